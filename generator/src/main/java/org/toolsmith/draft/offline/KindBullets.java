package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Bullets that each open a kind with a with-word ("- Lieferanten mit Lieferantennummer, Name und
 * Ansprechpartner", "- Teile mit Sachnummer, Bezeichnung, …", "- Erstmuster: zu welchem Teil, …")
 * are kind lines like "Kind: a, b, c": each is rewritten so, when every bullet is one or the other.
 * The head is one to three words naming no field type; the with-words are the lexicon's.
 */
final class KindBullets {
    private KindBullets() {
    }

    /** The bullets as "Kind: list" lines, or the bullets as they were. */
    static List<String> asKindLines(Lexicon lex, List<String> bullets) {
        if (bullets.size() < 2) {
            return bullets;
        }
        List<String> out = new ArrayList<>();
        boolean any = false;
        for (String b : bullets) {
            String t = b.strip();
            Matcher colon = COLON.matcher(t);
            if (colon.matches()) {
                out.add(t);
                continue;
            }
            String line = withLine(lex, t);
            if (line == null) {
                return bullets;
            }
            out.add(line);
            any = true;
        }
        return any ? out : bullets;
    }

    private static final Pattern COLON = Pattern.compile("^([^:,;()]{2,40}?)\\s*:\\s*(.+)$");

    static String withLine(Lexicon lex, String t) {
        for (String w : lex.withWords) {
            if (w.contains(" ")) {
                continue;
            }
            Matcher m = Pattern.compile("^([\\p{L}][\\p{L}'-]*(?:\\s+[\\p{L}'-]+){0,2})\\s+" + Pattern.quote(w) + "\\s+(.+)$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t);
            if (m.matches() && m.group(2).contains(",") && FieldTyper.type(lex, Text.fold(m.group(1))) == FieldType.TEXT
                    && !FieldTyper.hasTypeWord(lex, Text.fold(m.group(1)))) {
                return m.group(1) + ": " + m.group(2);
            }
        }
        return null;
    }
}
