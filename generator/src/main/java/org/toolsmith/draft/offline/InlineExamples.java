package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Examples a writer gives after a field: "Lage z. B. 2. OG links", "where in the building (like 'Flat 3B,
 * kitchen')", "ein Thema (z. B. Riesling-Vertikale, Rotwein-Abend)". Examples are no options and no part
 * of the label; "das Modul bzw. die Lehrveranstaltung" names the field twice, the first name is kept.
 */
final class InlineExamples {
    private InlineExamples() {
    }

    /** Leads that can only introduce examples (not "like" or "such as", which also list options). */
    private static final String LEADS = "e\\.\\s?g\\.|z\\.\\s?b\\.|p\\.\\s?ej\\.|p\\.\\s?ex\\.|par ex\\.|par exemple|por ejemplo|zum beispiel|for example|for instance|bspw\\.|beispielsweise";
    private static final Pattern INLINE = Pattern.compile("^(.{2,60}?)[\\s,]+(?:" + LEADS + "|bzw\\.|resp\\.)\\s+.+$");
    private static final Pattern ASIDE = Pattern.compile("^(?:" + LEADS + ")[:,]?\\s*\\S.*|^like\\s+[\"'«„“‘].+");

    /** The item without an example or second name said after it, or the item itself. */
    static String cut(String text) {
        String f = Text.fold(text);
        if (f.length() != text.length() || f.contains("(")) {
            return text;
        }
        Matcher m = INLINE.matcher(f);
        return m.matches() ? text.substring(0, m.end(1)).strip() : text;
    }

    /** Whether a parenthesised aside gives examples ("z. B. Lager, Serverraum"), which are no options. */
    static boolean aside(String folded) {
        return ASIDE.matcher(folded.strip()).matches();
    }
}
