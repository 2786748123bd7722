package org.toolsmith.draft.offline;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A name that only says what kind of box a field is: "just free text", "a number is enough", "texte libre", "solo
 * texto", "einfach ein Textfeld", "yes/no". It names no field of its own: said after a field the message adds, it types
 * that field; said with nothing added before it, it is no edit (the clause is refused rather than adding a field
 * called "Free text"). A plain "Number" or "Date" is a name some fields have, so it counts only with a word of "only"
 * in front ("just a number", "nur ein Datum").
 */
final class TypeOnlyName {
    private static final String ONLY = "(?:just|only|simply|merely|juste|seulement|simplement|uniquement|solo|solamente|simplemente|nur|einfach|blo(?:ss|ß))";
    private static final String ARTICLE = "(?:a|an|the|some|un|une|du|en|una|como|ein|eine|einen|als)";
    /** Types no field is named after. */
    private static final String ALWAYS = "(?:free[- ]?text|plain text|short text|long(?:er)? text|text|text ?field|text ?box|yes ?/ ?no|yes or no|tick ?box|check ?box"
            + "|texte(?: libre| long)?|champ (?:de )?texte|champ libre|zone de texte|oui ?/ ?non|case a cocher"
            + "|texto(?: libre| largo)?|campo (?:de )?texto|campo libre|si ?/ ?no|casilla"
            + "|freitext(?:feld)?|freies textfeld|textfeld|langtext|ja ?/ ?nein|hakchen|kastchen)";
    /** Types that are also names of fields ("Number", "Date"): type words only after "just / only". */
    private static final String WITH_ONLY = "(?:number|whole number|numeric value|figure|date|amount|chiffre|date|numero|cifra|fecha|importe|zahl|nummer|datum|betrag)";
    private static final String TAIL = "(?:\\s+(?:field|box|feld|champ|campo))?(?:\\s+(?:please|pls|thanks|is fine|is enough|will do|svp|stp|merci|suffit|ca suffit|por favor|porfa|basta|vale|bitte|reicht|genugt|danke))*";
    private static final Pattern BARE = Pattern.compile("^(?:" + ONLY + "\\s+)?(?:" + ARTICLE + "\\s+)?(?:simple\\s+|plain\\s+|normal\\s+|einfache[sn]?\\s+)?" + ALWAYS + TAIL + "$");
    private static final Pattern ONLY_TYPE = Pattern.compile("^" + ONLY + "\\s+(?:" + ARTICLE + "\\s+)?" + WITH_ONLY + TAIL + "$");
    private static final Pattern TYPE_WORD = Pattern.compile("^(?:" + ARTICLE + "\\s+)?" + WITH_ONLY + TAIL + "$");
    private static final Pattern YES_NO = Pattern.compile("\\b(?:yes|oui|si|ja)\\b|tick|check|case|casilla|hakchen|kastchen");
    private static final Pattern NUMBER = Pattern.compile("number|numeric|figure|chiffre|numero|cifra|zahl|nummer");
    private static final Pattern DATE = Pattern.compile("date|fecha|datum");
    private static final Pattern MONEY = Pattern.compile("amount|importe|betrag");
    private static final Pattern LONG = Pattern.compile("long|largo");

    private TypeOnlyName() {
    }

    /** The type a label names when it names nothing but a type, the label as it was said being {@code said} too. */
    static Optional<FieldType> of(String label, String said) {
        String folded = RefineText.fold(label).replaceAll("[.!?]+$", "").strip();
        if (BARE.matcher(folded).matches() || ONLY_TYPE.matcher(folded).matches()) {
            return Optional.of(type(folded));
        }
        // "just a number": the "just" may have been trimmed from the label, so it is looked for in the clause as said
        if (said != null && TYPE_WORD.matcher(folded).matches()) {
            String clause = RefineText.fold(said).replaceAll("[.!?]+$", "").strip();
            Matcher only = ONLY_TYPE.matcher(clause);
            if (only.matches()) {
                return Optional.of(type(folded));
            }
        }
        return Optional.empty();
    }

    private static FieldType type(String folded) {
        if (YES_NO.matcher(folded).find()) {
            return FieldType.BOOLEAN;
        }
        if (MONEY.matcher(folded).find()) {
            return FieldType.MONEY;
        }
        if (NUMBER.matcher(folded).find()) {
            return FieldType.INTEGER;
        }
        if (DATE.matcher(folded).find()) {
            return FieldType.DATE;
        }
        return LONG.matcher(folded).find() ? FieldType.LONG_TEXT : FieldType.TEXT;
    }
}
