package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * Additive joiners between two things a message asks for (session 16): "the scan date as well as the resolution",
 * "the due date, plus the invoice", "le prix ainsi que la facture", "el precio así como la factura", "der Preis sowie die
 * Rechnung". Writers use them where a list would say "and"; read as they are, the joiner stays inside one label
 * ("Date de scan ainsi", "Scandatum sowie die Auflösung") or the second thing is lost. They are made the plain "and"
 * of the message's language, so every reader of lists (items, values, removals) sees one list.
 * <p>
 * Only between two words (a phrase that opens a sentence, "As well as the price, we need…", is a place, not a join);
 * "plus" only after a comma and before a determiner in English and German ("…, plus the dpi"), since French "plus" is
 * also the negation ("on n'a plus la colonne").
 */
final class AdditiveJoins {
    private static final Pattern JOINER = Pattern.compile(
            "(?iu)(?<=[\\p{L}\\p{N})'’\"»”])\\s*,?\\s+(?:as\\s+well\\s+as|along\\s+with|together\\s+with|ainsi\\s+que|as[ií]\\s+como|sowie)\\s+(?=[\\p{L}\\p{N}'\"«“‘])");
    private static final Pattern PLUS = Pattern.compile(
            "(?iu)(?<=[\\p{L}\\p{N})'’\"»”])\\s*,\\s*plus\\s+(?=(?:the|a|an|their|its|our|any|der|die|das|den|dem|ein|eine|einen|seine?|ihre?|unsere?)\\s)");

    private AdditiveJoins() {
    }

    static String plain(Lang lang, String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        String and = switch (lang == null ? Lang.EN : lang) {
            case FR -> " et ";
            case ES -> " y ";
            case DE -> " und ";
            default -> " and ";
        };
        String out = JOINER.matcher(message).replaceAll(and);
        if (lang == null || lang == Lang.EN || lang == Lang.DE) {
            out = PLUS.matcher(out).replaceAll(and);
        }
        return out;
    }
}
