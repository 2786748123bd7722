package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "we need the completion date", "il faut la date de clôture", "necesitamos la fecha de cierre", "wir brauchen das Datum
 * des Abschlusses": after a field is named, a type word with a word of its own that says which one (a date of what) names
 * another field to add, not the type the named field should become. "a real date", "a whole number", "the phone number",
 * "a date and time" still say a type.
 */
final class OtherThing {
    private static final String TYPE = "(?:date|dates|datum|fecha|number|numero|nombre|zahl|amount|montant|importe|betrag|file|fichier|archivo|datei|time|heure|hora|uhrzeit|photo|foto|picture)";
    private static final String DET = "(?:the|their|its|a|an|le|la|l'|les|un|une|el|los|las|una|su|das|die|der|den|ein|eine|einen)";
    /** "the completion date", "a return date": a word before the type word that says which (English). */
    private static final Pattern BEFORE = Pattern.compile("(?:^|\\s)" + DET + "\\s+([a-z-]+)\\s+" + TYPE + "\\b");
    /** "la date de clôture", "la fecha de cierre", "the date of completion", "das Datum des Abschlusses". */
    private static final Pattern AFTER = Pattern.compile("(?:^|\\s)" + DET + "\\s*" + TYPE + "\\s+(?:of|de|d'|du|del|de la|des|der)\\s*(?:(?:the|la|le|l'|el)\\s+)?([a-z-]+)");
    /** Words before a type word that say what kind of value it is, not which one. */
    private static final Pattern SAYS_TYPE = Pattern.compile("^(?:real|proper|actual|full|whole|simple|plain|free|short|long|big|bigger|single|separate|valid|exact|precise|specific|correct"
            + "|phone|telephone|mobile|decimal|round|positive|email|e-mail|reference|serial|tick|check|date|time|yes|no|text|numeric|cash|money|pdf|scanned|digital|vraie|reelle|real|verdadera"
            + "|and|or|with|et|ou|avec|y|o|con|und|oder|mit|too|also|only|just|one|same|new|another|other)$");
    /** After "date of", "date de": what says a type (birth date of the person is still a date of its own). */
    private static final Pattern AFTER_SAYS_TYPE = Pattern.compile("^(?:type|kind|sort|format|jour|day|dia|tag|heure|hour|hora|time|decimal\\w*|decimales|virgule|coma|comma|comas|texte|text|texto)$");

    private OtherThing() {
    }

    /** Whether the words after the cue name another field (a type word with a word that says which). */
    static boolean named(String window) {
        Matcher b = BEFORE.matcher(window);
        if (b.find() && !SAYS_TYPE.matcher(b.group(1)).matches()) {
            return true;
        }
        Matcher a = AFTER.matcher(window);
        return a.find() && !AFTER_SAYS_TYPE.matcher(a.group(1)).matches() && !SAYS_TYPE.matcher(a.group(1)).matches();
    }
}
