package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import org.toolsmith.spec.FieldType;

/**
 * "Wir müssen nachhalten, welcher Mitarbeiter welche Schulung gemacht hat": two "which" nouns and
 * the verb that ties them name a record of its own (the verb's noun, from the lexicon's
 * {@code nominal} words: "gemacht" → Teilnahme, "gebucht" → Buchung) that points to both. A "when"
 * in the clause adds a date. The shape is the lexicon's {@code which_join} pattern (groups: the
 * first noun, the second, the verb); a language without it is left alone.
 */
final class WhichJoins {
    private WhichJoins() {
    }

    /** Reads the sentence when it is such a clause; returns whether it did. */
    static boolean read(RequestReader reader, String s) {
        Lexicon lex = reader.lex;
        if (lex.whichJoin == null) {
            return false;
        }
        String f = Text.fold(s);
        Matcher m = lex.whichJoin.matcher(f);
        if (!m.find()) {
            return false;
        }
        // "…, welches Buch an welchen Schüler ausgeliehen wurde, wann es zurückkommen soll und ob …": the rest are its fields
        String rest = f.length() == s.length() && f.substring(m.end()).matches("\\s*,.*\\p{L}.*") ? s.substring(s.indexOf(',', m.end()) + 1) : null;
        if (rest == null && Text.wordCount(f.substring(m.end())) > 2) {
            return false;
        }
        String record = lex.nominal.get(m.group(3));
        String a = Inflector.singular(lex.lang, m.group(1));
        String b = Inflector.singular(lex.lang, m.group(2));
        if (record == null || a.equals(b) || lex.stopwords.contains(a) || lex.stopwords.contains(b)) {
            return false;
        }
        DraftEntity e = reader.out.entity(record, s);
        // "welches Fahrzeug wann gebucht hat": a question word of a date between the nouns and the verb
        for (String w : Text.words(f.substring(m.end(2), m.start(3)))) {
            if (lex.whWords.contains(w) && lex.wh.stream().anyMatch(x -> x.type() == FieldType.DATE && x.pattern().matcher(w).matches())) {
                e.add(new DraftField(lex.dateLabel, FieldType.DATE, s));
                break;
            }
        }
        String child = Text.fold(record);
        reader.out.links.add(new String[] {child, a, s, "child-text", "join"});
        reader.out.links.add(new String[] {child, b, s, "child-text", "join"});
        reader.lastEntity = e;
        if (rest != null) {
            reader.addFields(record, reader.lead.stripLead(reader.splitter.split(rest)), s);
        }
        return true;
    }
}
