package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.draft.scripts.Comparison;

/**
 * How one language asks for logic, for {@link LogicReader}: patterns over folded text (lower case,
 * no accents, plain quotes; see {@link #fold}) with named groups, the words they capture, and the
 * sentences Toolsmith answers with. One instance per language in {@link LogicLexicons}.
 *
 * <p>Groups: compare {@code left, op, right}; range {@code field, min, max}; required-if {@code field,
 * cond}; transition {@code field, from, to}; reminder {@code person, n, when, date} and optionally
 * {@code hour, min, ampm}; stamp {@code field, value, target}; button {@code label} or {@code label2};
 * mark {@code state}; total {@code word}.
 */
record LogicPhrases(Lang lang, Pattern lead, List<Pattern> compare, List<Map.Entry<Pattern, Comparison>> ops,
                    List<Pattern> range, List<Pattern> required, Pattern copula, List<Pattern> transition, Pattern listSplit,
                    List<Pattern> remind, Pattern before, Map<String, Integer> numbers, List<Pattern> stamp, Pattern overdue,
                    Pattern total, Pattern sum, List<Pattern> button, List<Pattern> mark, Says says) {

    /** What Toolsmith says and writes in this language: rule messages, labels, and the chat's answers. */
    record Says(Map<Comparison, String> dateWords, Map<Comparison, String> numberWords, String compare, String range,
                String required, String transition, String or, String remindBefore, String remindAfter, String day,
                String days, String overdueLabel, String totalLabel, String countLabel, String buttonLabel,
                String addedRule, String addedComputed, String addedButton, String addedAutomation, String addedReminder,
                String remindName, String stampName, String beforeWord, String afterWord) {

        /** A label as a message shows it: lower case in English ("the due date"), quoted elsewhere ("« Date d'échéance »"). */
        String label(Lang lang, String label) {
            return switch (lang) {
                case EN -> label.toLowerCase(java.util.Locale.ROOT);
                case FR -> "« " + label + " »";
                case ES -> "«" + label + "»";
                case DE -> "„" + label + "“";
            };
        }

        String days(int n) {
            return n + " " + (n == 1 ? day : days);
        }
    }

    /** Lower case, accents removed, quotes made plain ({@code „“«»’}), so patterns need no accents. */
    static String fold(String text) {
        return Text.fold(text.replace('\u201e', '"').replace('\u201a', '\'').replaceAll("\u00ab\\s*", "\u00ab").replaceAll("\\s*\u00bb", "\u00bb"));
    }

    Comparison comparison(String op) {
        for (Map.Entry<Pattern, Comparison> e : ops) {
            if (e.getKey().matcher(op).matches()) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("no comparison for “" + op + "”");
    }

    /** A count written in figures or words ("2", "two", "deux", "dos", "zwei"); -1 when it is neither. */
    int number(String word) {
        if (word.matches("\\d{1,3}")) {
            return Integer.parseInt(word);
        }
        return numbers.getOrDefault(word, -1);
    }

    boolean isBefore(String when) {
        return before.matcher(when).matches();
    }

    /** The first of {@code patterns} that finds something in {@code text}, or null. */
    static Matcher first(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** A named group, or null when the pattern has no such group or it did not take part. */
    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
