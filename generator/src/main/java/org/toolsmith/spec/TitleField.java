package org.toolsmith.spec;

import java.util.Locale;
import java.util.Set;

/** Picks the field that stands for a record in lists, links and pickers. */
final class TitleField {
    private static final Set<String> TITLE_WORDS = Set.of(
            "name", "title", "subject", "tag", "code", "number", "no", "ref", "reference", "label", "heading",
            "nom", "titre", "nombre", "titulo", "titel", "bezeichnung", "sujet", "asunto", "betreff");

    private TitleField() {
    }

    /** The entity's title key: kept when it names one of its fields, else the best text-like field. */
    static String pick(Entity e) {
        if (e.title() != null && e.field(e.title()).isPresent()) {
            return e.title();
        }
        Field best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < e.fields().size(); i++) {
            Field f = e.fields().get(i);
            int score = score(f) - i;
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best == null ? null : best.key();
    }

    private static int score(Field f) {
        int s = switch (f.type()) {
            case TEXT -> 100;
            case EMAIL, PHONE, URL -> 60;
            case PERSON, REFERENCE, CHOICE -> 40;
            case DATE, DATETIME, INTEGER -> 30;
            case LONG_TEXT -> 20;
            default -> 10;
        };
        if (f.type() == FieldType.TEXT || f.type() == FieldType.EMAIL) {
            for (String word : Keys.fold(f.label()).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (TITLE_WORDS.contains(word)) {
                    s += 50;
                    break;
                }
            }
            if (f.unique()) {
                s += 30;
            }
        }
        return s;
    }
}
