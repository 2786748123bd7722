package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A new field named like one the kind already has takes that field's type: "Repas sans porc" beside "Repas standard"
 * (a count), "End time" beside "Start time", "Fecha hasta" beside "Fecha desde", "Rückgabe Datum" beside "Ausgabe
 * Datum". The two names share their head word (last in English and German, first in French and Spanish, as the
 * drafter reads it) and differ in what qualifies it, so they are two values of one sort. Only a name whose own words
 * say nothing (it would be text) changes, and only to a type that needs no values (a count, an amount, a date, a
 * phone …); a name that ends in a little word ("Récupéré le" / "Récupéré par") is not a sibling of the other.
 */
final class SiblingType {
    private static final java.util.Set<FieldType> TAKEN = java.util.EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY,
            FieldType.DATE, FieldType.DATETIME, FieldType.PHONE, FieldType.EMAIL, FieldType.URL, FieldType.FILE, FieldType.LONG_TEXT);

    private static final java.util.regex.Pattern BRACKET = java.util.regex.Pattern.compile("\\([^)]*\\)");

    private SiblingType() {
    }

    /** The type of a field of {@code entityKey} (as the message found it) whose name shares the head of {@code label}; else {@code type}. */
    static FieldType of(RefineSession s, String entityKey, String label, FieldType type) {
        if (type != FieldType.TEXT || s.lex == null || label == null) {
            return type;
        }
        List<String> words = Text.words(Text.fold(label));
        String head = head(s.lex, words);
        if (head == null) {
            return type;
        }
        FieldType found = null;
        for (org.toolsmith.spec.Entity e : s.original.entities()) {
            if (!e.key().equals(entityKey)) {
                continue;
            }
            for (org.toolsmith.spec.Field f : e.fields()) {
                List<String> other = Text.words(Text.fold(BRACKET.matcher(f.label()).replaceAll(" "))); // "Temps (h)" is one word and its unit
                if (!TAKEN.contains(f.type()) || other.equals(words) || !head.equals(head(s.lex, other))) {
                    continue;
                }
                if (found != null && found != f.type()) {
                    return type; // two siblings of two sorts: the name alone cannot tell
                }
                found = f.type();
            }
        }
        return found != null ? found : type;
    }

    /** The head of a name of two words or more, none of them a little word at the end; else null. */
    private static String head(Lexicon lex, List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (last.length() <= 3 && (lex.npStop.contains(last) || lex.stopwords.contains(last) || lex.dateSuffix.contains(last))) {
            return null;
        }
        String head = FieldTyper.head(lex, words);
        return head.length() < 3 || lex.stopwords.contains(head) ? null : head;
    }
}
