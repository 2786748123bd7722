package org.toolsmith.draft.offline;

/**
 * A dash that does a colon's work: "Außerdem wollen wir die Beitragszahlungen pro Mitglied und Jahr
 * festhalten – Betrag, Datum des Einzugs und …", "we also log every delivery — date, driver, boxes".
 * A clause of four words or more, one spaced dash, then a list of three items or more (not ending in
 * "etc." or "…": examples), and no colon in the sentence: the dash becomes a colon, so the heading
 * readers see the shape they know.
 */
final class DashHeading {
    /** A tail that ends in "etc." or an ellipsis lists examples ("certs - forklift licence, first aid etc"), not fields. */
    private static final java.util.regex.Pattern EXAMPLES = java.util.regex.Pattern.compile("(?i)(?:\\betc\\.?|\\busw\\.?|\\.\\.\\.|…)\\s*[.!]?\\s*$");

    private DashHeading() {
    }

    static String colon(ListSplitter splitter, String s) {
        if (s.indexOf(':') >= 0 || s.indexOf('(') >= 0) {
            return s;
        }
        int at = -1;
        int len = 0;
        for (String d : new String[] {" – ", " — ", " - "}) {
            int i = s.indexOf(d);
            if (i >= 0) {
                if (at >= 0 || s.indexOf(d, i + 1) >= 0) {
                    return s;
                }
                at = i;
                len = d.length();
            }
        }
        if (at < 0 || Text.wordCount(s.substring(0, at)) < 4 || s.substring(0, at).indexOf(',') >= 0) {
            return s;
        }
        String tail = s.substring(at + len);
        if (splitter.split(tail).size() < 3 || EXAMPLES.matcher(tail).find()) {
            return s;
        }
        return s.substring(0, at) + ": " + tail;
    }
}
