package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Each" said alone, standing for the kind just counted: "We have 40 scanners. Each has a serial number
 * and a room", "Wir haben 12 Räume. Jeder hat …", "On a quatre sites (chacun : nom, adresse)", "onze
 * salles (chacune avec un nom …)". The words are the lexicon's {@code each_pronouns}, each with the
 * each-word that opens a noun in its place ("chacun" → "chaque"). A sentence that opens with one and a
 * has-verb gets the kind's noun ("Each scanner has …"); a parenthesised group that opens with one loses
 * it, so the group reads as the kind's fields.
 */
final class EachPronoun {
    private final Lexicon lex;
    private final Pattern group;
    private final Pattern counted;
    private String previous = "";

    EachPronoun(Lexicon lex) {
        this.lex = lex;
        String each = alternation(lex.eachPronouns.keySet());
        String with = alternation(lex.withWords.stream().filter(w -> !w.contains(" ")).toList());
        this.group = each.isEmpty() ? null
                : Pattern.compile("(?iu)\\(\\s*(?:" + each + ")\\s*(?::\\s*|(?:" + with + ")\\s+)(?=\\S)");
        this.counted = Pattern.compile("(?iu)(?:^|\\s)(?:\\d{1,5}" + (lex.numberWords.isEmpty() ? "" : "|" + alternation(lex.numberWords))
                + ")\\s+(\\p{L}[\\p{L}-]*(?:\\s\\p{L}[\\p{L}-]*)?)");
    }

    /** "(chacun : nom, adresse)" → "(nom, adresse)"; the text as it was when no group opens so. */
    String inGroups(String s) {
        return group == null || s.indexOf('(') < 0 ? s : group.matcher(s).replaceAll("(");
    }

    /**
     * "Each has a serial number …" → "Each scanner has a serial number …" when the sentence before counted
     * the kind ("We have 40 scanners"), or else the kind last described; the sentence as it was otherwise.
     * Remembers the sentence for the next one.
     */
    String sentence(String s, DraftEntity last) {
        String before = previous;
        previous = s;
        String f = Text.fold(s);
        for (Map.Entry<String, String> e : lex.eachPronouns.entrySet()) {
            String p = e.getKey();
            if (e.getValue().isEmpty() || f.length() != s.length() || !f.startsWith(p + " ")) {
                continue;
            }
            List<String> rest = Text.words(f.substring(p.length()));
            if (rest.isEmpty() || !lex.has.contains(rest.get(0))) {
                continue;
            }
            String noun = countedNoun(before);
            if (noun == null && last != null && last.name != null) {
                noun = last.name;
            }
            if (noun == null) {
                return s;
            }
            return Text.capitalize(e.getValue()) + " " + noun + s.substring(p.length());
        }
        return s;
    }

    /** The noun after the last count of a sentence ("40 kit", "six meeting rooms", "35 Flurförderzeuge"), or null. */
    private String countedNoun(String sentence) {
        // a count among examples in parentheses ("(vans, two cars)") is no count of the kind
        Matcher m = counted.matcher(sentence.replaceAll("\\([^()]*\\)", " "));
        String noun = null;
        while (m.find()) {
            List<String> w = List.of(m.group(1).split("\\s+"));
            String second = w.size() > 1 ? Text.fold(w.get(1)) : null;
            boolean two = second != null && !lex.stopwords.contains(second) && !lex.and.contains(second) && !lex.articles.contains(second)
                    && !lex.has.contains(second) && !lex.withWords.contains(second) && !lex.pronouns.contains(second)
                    && !Inflector.singularWord(lex.lang, second).equals(second);
            String first = Text.fold(w.get(0));
            if (lex.stopwords.contains(first) || lex.articles.contains(first)) {
                continue;
            }
            noun = two ? w.get(0) + " " + w.get(1) : w.get(0);
        }
        return noun == null ? null : Inflector.singular(lex.lang, noun);
    }

    private static String alternation(java.util.Collection<String> words) {
        return String.join("|", words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList());
    }
}
