package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Keys;

/**
 * A piece of a chat message in two forms: {@link #text} (lower case, accents folded, for matching)
 * and {@link #orig} (as typed, for labels and choice values), with positions that map one onto the
 * other so that a pattern found in the folded form cuts the words out of the typed one.
 */
final class RefineClause {
    final String orig;
    final String text;
    private final int[] map;

    RefineClause(String typed) {
        this.orig = typed.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').replace('„', '"')
                .replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").replaceAll("\\s*[\\r\\n]+\\s*", "\n").strip();
        StringBuilder folded = new StringBuilder();
        int[] positions = new int[orig.length() * 3 + 1];
        int n = 0;
        for (int i = 0; i < orig.length(); ) {
            int cp = orig.codePointAt(i);
            String f = Keys.fold(new String(Character.toChars(cp))).toLowerCase(Locale.ROOT);
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                positions[n++] = i;
            }
            i += Character.charCount(cp);
        }
        this.text = folded.toString();
        this.map = new int[n + 1];
        System.arraycopy(positions, 0, map, 0, n);
        map[n] = orig.length();
    }

    /** The part between two positions of {@link #text}, as its own clause. */
    RefineClause sub(int start, int end) {
        int s = map[Math.max(0, Math.min(start, map.length - 1))];
        int e = end >= text.length() ? orig.length() : map[end];
        return new RefineClause(orig.substring(s, Math.max(s, e)));
    }

    RefineClause group(Matcher m, int group) {
        return m.group(group) == null ? null : sub(m.start(group), m.end(group));
    }

    RefineClause from(int start) {
        return sub(start, text.length());
    }

    Matcher match(Pattern p) {
        return p.matcher(text);
    }

    boolean isEmpty() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return orig;
    }
}
