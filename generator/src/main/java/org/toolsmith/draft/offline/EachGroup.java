package org.toolsmith.draft.offline;

import java.util.List;

/**
 * A record said with an each-word, its fields in parentheses: "je voudrais qu'on note chaque passage
 * chez les patients (date, heure, infirmière, soins)", "we log each delivery to a shop (date, boxes,
 * driver)". The group is the record's list, as after a colon; before, it went to the noun right before
 * the parenthesis ("les patients"). Only when the each-word is among the last eight words before the group,
 * nothing but "and …" follows the group, the group has three items or more and there is no colon in the sentence ("una ficha de cada proveedor (…) y de
 * las facturas: …" is {@link GroupThenList}'s), no comma, has-verb or with-word between, no verb after the
 * each-word ("Cada curso tiene idioma, nivel (A1, A2, …)") and no "each one" ("cada uno (…)").
 */
final class EachGroup {
    private EachGroup() {
    }

    static String colon(Lexicon lex, ListSplitter splitter, String s) {
        int open = s.indexOf('(');
        if (open <= 0 || s.indexOf('(', open + 1) >= 0) {
            return s;
        }
        int close = s.indexOf(')', open);
        if (close < 0 || s.substring(0, open).indexOf(':') >= 0 || s.substring(close).indexOf(':') >= 0) {
            return s;
        }
        String head = s.substring(0, open);
        int comma = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
        // "Cada curso tiene idioma, nivel (A1, A2, …)": a comma after the each-word makes the group one field's
        List<String> hw = Text.words(Text.fold(head.substring(comma + 1)));
        boolean each = false;
        for (int i = Math.max(0, hw.size() - 8); i < hw.size() - 1 && !each; i++) {
            String w = hw.get(i);
            String next = hw.get(i + 1);
            // "que compra cada uno (…)": "each one" is no record; "Chaque équipe a une catégorie (U11, …)": the group is a field's
            each = lex.forEach.contains(w) && !lex.per.contains(w) && w.length() > 3 && !lex.numberWords.contains(next)
                    && !lex.eachPronouns.containsKey(w + " " + next) && !lex.has.contains(next) && !lex.stopwords.contains(next)
                    && hw.subList(i + 1, hw.size()).stream().noneMatch(x -> lex.has.contains(x) || lex.withWords.contains(x));
        }
        List<String> after = Text.words(Text.fold(s.substring(close + 1)));
        if (!each || splitter.split(s.substring(open + 1, close)).size() < 3 || !after.isEmpty() && !lex.and.contains(after.get(0))) {
            // "Jedes Gerät (Inventarnummer, Typ, Raum) muss …": the sentence goes on about the thing itself
            return s;
        }
        return s.substring(0, open).stripTrailing() + ": " + s.substring(open + 1, close) + s.substring(close + 1);
    }
}
