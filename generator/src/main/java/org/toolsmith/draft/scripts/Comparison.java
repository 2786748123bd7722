package org.toolsmith.draft.scripts;

/** How a rule compares two values; dates and numbers have their own words. */
public enum Comparison {
    BEFORE("<", "before", "less than"),
    ON_OR_BEFORE("<=", "on or before", "at most"),
    AFTER(">", "after", "more than"),
    ON_OR_AFTER(">=", "on or after", "at least");

    final String operator;
    final String dateWords;
    final String numberWords;

    Comparison(String operator, String dateWords, String numberWords) {
        this.operator = operator;
        this.dateWords = dateWords;
        this.numberWords = numberWords;
    }

    public String dateWords() {
        return dateWords;
    }

    public String numberWords() {
        return numberWords;
    }
}
