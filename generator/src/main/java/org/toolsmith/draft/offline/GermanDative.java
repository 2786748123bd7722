package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A German heading that names its kind in the plural after a preposition and an article ("Für die
 * Fahrzeuge:", "Zu den Fahrzeugen selbst:", "Bei den Lagern:"): the kind is the noun, and a dative
 * plural loses its extra n ("Fahrzeugen" → "Fahrzeuge"), so the name is made singular from the
 * plural. After "für" only a plural counts: "Für die Tafel:", "Für den Fuhrpark:" name a place or a team.
 */
final class GermanDative {
    private static final Pattern HEAD = Pattern.compile("^(?:für|fuer|zu|bei|von)\\s+(?:den|die)\\s+(\\p{Lu}[\\p{L}-]*)((?:\\s+(?:selbst|an sich))?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATIVE = Pattern.compile("^(.*[^aeiouäöü\\W](?:e|er|el))n$");

    private GermanDative() {
    }

    /** The heading's plural noun (with its filler), or the heading as it was. */
    static String undo(Lexicon lex, String head) {
        if (lex.lang != Lang.DE || head == null) {
            return head;
        }
        Matcher m = HEAD.matcher(head.strip());
        if (!m.matches()) {
            return head;
        }
        String noun = m.group(1);
        if (Text.fold(head).matches("^(?:zu|bei|von) den .*")) {
            // "den" after these is the dative plural ("zu den Lieferwagen" too)
            Matcher d = DATIVE.matcher(noun);
            // "Fahrzeugen" → "Fahrzeuge" (a plural), "Lagern" → "Lager"; "Lieferwagen" stays (no "Lieferwage")
            boolean dative = d.matches() && (!d.group(1).endsWith("e") || !Inflector.singular(lex.lang, d.group(1)).equals(d.group(1)));
            return (dative ? d.group(1) : noun) + m.group(2);
        }
        boolean plural = Text.fold(head).matches("^fu(?:e)?r die .*") && !Text.fold(Inflector.singular(lex.lang, noun)).equals(Text.fold(noun));
        return plural ? noun + m.group(2) : head;
    }
}
