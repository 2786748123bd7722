package org.toolsmith.draft.offline;

import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * "Can the deadlines have a type? Filing, hearing, limitation, or internal.", "Kannst du noch den Beruf ergänzen? A, B oder C.": a sentence that
 * is only a list of short values, right after a clause that added a field, gives that field its choices.
 */
final class ValuesAfter {
    /** What follows a question mark up to the end of its sentence: "? pending, paid, refunded." or "? (A / B / C)". */
    private static final java.util.regex.Pattern AFTER_QUESTION = java.util.regex.Pattern.compile("\\?[?!]*[ \\t]*(\\([^()\\n]{3,160}\\)|[^.!?\\n():;]{3,160})[ \\t]*(?=[.!]+|\\n|$)");
    private static final java.util.regex.Pattern SLASH = java.util.regex.Pattern.compile("\\s*/\\s*");
    /** "… die Zahlung verfolgen?": a German verb at the end of the question, after which the values would land. */
    private static final java.util.regex.Pattern VERB_LAST = java.util.regex.Pattern.compile("(?iu)\\s+(?:(?:noch|auch|bitte|mal)\\s+)*(?:hinzuf(?:ü|u|ue)gen|erg(?:ä|a|ae)nzen|aufnehmen|erfassen|verfolgen|haben|sehen|festhalten|speichern|notieren|anlegen|eintragen|einf(?:ü|u|ue)gen|angeben|anzeigen)\\s*$");
    /** "…, several per job": a remark on how many, read by {@link SeveralValues}, not a value. */
    private static final java.util.regex.Pattern HOW_MANY = java.util.regex.Pattern.compile("(?iu)\\b(?:several|multiple|many|each|per|plusieurs|chaque|par|varios|varias|cada|por|mehrere|jede[rsmn]?|pro)\\b");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    private ValuesAfter() {
    }

    /**
     * "Can we track the payment of each order? pending, paid, refunded", "¿podríamos tener el método de envío? (recogida,
     * paquetería)": the values said right after a question are its values, so they go in brackets inside it ("… order
     * (pending, paid, refunded)?"), where a list of values is read with what it names. Only a list of two or more short
     * values with no verb of editing and none that names a field (price, date, name); a sentence that says anything else stays a sentence.
     */
    static String glue(RefineSession s, String message) {
        if (message.indexOf('?') < 0) {
            return message;
        }
        java.util.regex.Matcher m = AFTER_QUESTION.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String said = m.group(1).strip();
            String inner = said.startsWith("(") ? said.substring(1, said.length() - 1).strip() : said;
            String plain = SLASH.matcher(inner).replaceAll(", ");
            RefineClause c = new RefineClause(plain);
            List<String> values = RefineText.values(plain);
            if (values.size() < 2 || HOW_MANY.matcher(plain).find() || values.stream().anyMatch(v -> SPACE.split(v).length > 3) || !RefineSplitter.isBareList(c)
                    || message.substring(0, m.start()).strip().isEmpty() || RefineKindSentence.listOfFields(s, c, true)) {
                // "Can we have the order lines too? product, qty and unit price": the fields of something, not values
                continue;
            }
            String asked = message.substring(from, m.start());
            java.util.regex.Matcher verb = VERB_LAST.matcher(asked);
            int at = verb.find() ? verb.start() : asked.length();
            out.append(asked, 0, at).append(" (").append(plain).append(")").append(asked.substring(at)).append("?");
            from = m.end();
        }
        if (from == 0) {
            return message;
        }
        return out.append(message.substring(from)).toString();
    }

    /** Whether the clause was the values of the field the clause before added (and they were set). */
    static boolean read(RefineSession s, RefineClause c) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || !"add".equals(s.lastIntent) || !RefineSplitter.isBareList(c)
                || s.originalFields.contains(last.entity().key() + "." + last.field().key())
                || last.field().type() != FieldType.TEXT && !last.field().type().hasOptions()) {
            return false;
        }
        List<String> values = RefineText.values(c.orig.replaceAll("[.!?;]+$", ""));
        if (values.size() < 2 || values.stream().anyMatch(v -> v.split("\\s+").length > 3)) {
            return false;
        }
        FieldType type = last.field().type() == FieldType.MULTI_CHOICE ? FieldType.MULTI_CHOICE : FieldType.CHOICE;
        s.setType(last.entity().key(), last.field().key(), type, values, null);
        return true;
    }
}
