package org.toolsmith.draft.offline;

import java.util.List;

/**
 * "Jede Veranstaltung hat mehrere Anmeldungen." / "Each event has several registrations.": a sentence
 * that only says an owner has several records of a kind, before either is described. Both kinds are
 * drafted (the fields come from later sentences) and the link noted, so neither the owner nor the link
 * is lost and no field "several registrations" is invented.
 */
final class SeveralKinds {
    private SeveralKinds() {
    }

    /** Whether the sentence is only "each OWNER has several MANY": an each-word opens it, one or two words follow. */
    static boolean bare(Lexicon lex, String before, String after) {
        List<String> b = Text.words(before);
        return !b.isEmpty() && lex.linkSubjects.contains(b.get(0)) && b.size() <= 4 && Text.words(after).size() <= 2;
    }

    /** Drafts the owner and the records, names kept as written where the sentence shows them. */
    static void draft(Lexicon lex, RequestReader.Reading out, String s, String owner, String many) {
        out.entity(name(lex, s, owner), s);
        out.entity(name(lex, s, many), s);
    }

    /** The whole word as written ("Verträge"), made singular from its own letters ("Vertrag"); else the folded word. */
    static String name(Lexicon lex, String s, String folded) {
        String o = FieldReader.original(s, folded);
        int at = o.equals(folded) ? -1 : s.indexOf(o);
        if (at < 0) {
            return Text.capitalize(folded);
        }
        int end = at + o.length();
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return Text.capitalize(Inflector.singular(lex.lang, s.substring(at, end)));
    }
}
