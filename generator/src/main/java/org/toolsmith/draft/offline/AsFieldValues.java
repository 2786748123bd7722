package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New choice values each said with the field it goes to, several in one sentence: "Exchange as order type and Cancelled
 * as order status", "Neuf comme état et Lyon comme site", "Cancelada como estado y Taller como tipo", "Lastenrad als
 * Fahrzeug ergänzen und bei den Touren das Zeitfenster (früh, spät)". The sentence is cut at commas and and-words; each
 * part that is only "VALUE as FIELD" (with a verb of adding or a polite word around it) adds the value to the choice
 * field it names, and is taken out of the message. The other parts stay, as a sentence of their own, for the other
 * readers. A part whose field is no choice ("add Sam as owner") or whose value is no value (a pronoun, a field's name)
 * is left alone.
 */
final class AsFieldValues {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|\\n|$)");
    private static final Pattern QUOTE_LEAD = Pattern.compile("^[\"'«“„‘]");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern CODE = Pattern.compile("\\d+\\p{Lu}+");
    private static final Pattern AS_WORD = Pattern.compile("(?iu)\\s(?:as|comme|como|als)\\s");
    private static final Pattern JOINS = Pattern.compile("(?iu)\\s*(?:[,;]\\s*(?:(?:and|et|y|und|plus)\\s+)?|\\s(?:and|et|y|und|plus)\\s+)");
    private static final String LEAD = "(?:adding|please|pls|can we have|could we have|can you add|could you add|we need|also add|add|also|ajoute[zr]?|rajoute[zr]?|merci d'ajouter|"
            + "peux-tu ajouter|aussi|svp|stp|porfa|por favor|a[ñn]ade|a[ñn]adid|agrega|agregad|tambi[ée]n|bitte|f[üu]ge?|auch|noch)";
    private static final String TRAIL = "(?:too|as well|please|pls|thanks|thank you|merci|svp|stp|aussi|gracias|por favor|porfa|tambi[ée]n|bitte|danke|auch|"
            + "hinzuf[üu]gen|hinzu|erg[äa]nzen|aufnehmen|eintragen)";
    private static final Pattern PAIR = Pattern.compile("(?iu)^(?<lead>(?:" + LEAD + ":?\\s+)*)(?<val>[\"'«“„‘][^\"'»”“‘’]{1,40}[\"'»”“’]|[\\p{L}\\d][\\p{L}\\d&'’/-]*(?:\\s+[\\p{L}\\d][\\p{L}\\d&'’/-]*){0,2}?)"
            + "\\s+(?:as|comme|como|als)\\s+(?:(?:an?|another|the|un|une|le|la|l'|el|una|ein|eine|einen|new|nouveau|nouvel|nouvelle|nuevo|nueva|neue[nrs]?|extra|additional|possible)\\s+)*"
            + "(?<field>\\p{L}[\\p{L}' -]{1,40}?)(?:\\s+" + TRAIL + ")*[\\s?!.]*$");
    private static final Pattern NOT_VALUE = Pattern.compile("(?iu)^(?:it|that|this|them|le|la|les|lo|eso|esto|das|den|die|es|ihn|sie|we|i|nous|on|wir|ich|yo|nosotros)$");
    /** Verbs that start a sentence, capitalised there, and are no value ("Treat Urgent as a status"). */
    private static final Pattern VERB_FIRST = Pattern.compile("(?iu)^(?:treat|use|keep|mark|set|show|count|make|list|handle|record|save|rename|change|traite[rz]?|utilise[rz]?|garde[rz]?|marque[rz]?|"
            + "usa|usar|trata|tratar|marca|marcar|guarda|behandle|behandeln|nutze|nutzen|verwende|verwenden|markiere|markieren|z[äa]hle)\\b.*");

    private AsFieldValues() {
    }

    static String take(RefineSession s, String message) {
        Matcher sm = SENTENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        int last = 0;
        while (sm.find()) {
            String sentence = sm.group();
            if (!AS_WORD.matcher(sentence).find()) {
                // every "VALUE as FIELD" part needs the word
                continue;
            }
            List<String> kept = new ArrayList<>();
            boolean read = false;
            int at = 0;
            Matcher j = JOINS.matcher(sentence);
            List<String> parts = new ArrayList<>();
            while (j.find()) {
                parts.add(sentence.substring(at, j.start()));
                at = j.end();
            }
            parts.add(sentence.substring(at));
            List<String> pending = new ArrayList<>();
            List<String> pendingParts = new ArrayList<>();
            for (String part : parts) {
                Pair to = pair(s, part.strip());
                if (to != null) {
                    read = true;
                    // "adding Overnight and Weekend as delivery types": the values listed before the last one go there too
                    List<String> values = new ArrayList<>(pending);
                    values.add(to.value());
                    s.addOptions(to.field().entity().key(), to.field().field().key(), values);
                    pending.clear();
                    pendingParts.clear();
                    continue;
                }
                String listed = listedValue(part.strip());
                RefineMatcher.FieldRef named = listed == null ? null : RefineResolver.field(s, new RefineClause(listed));
                if (listed != null && (named == null || named.score() < 0.99)) {
                    pending.add(RefineText.capitalize(listed));
                    pendingParts.add(part.strip());
                    continue;
                }
                kept.addAll(pendingParts);
                pending.clear();
                pendingParts.clear();
                if (!part.isBlank()) {
                    kept.add(part.strip());
                }
            }
            kept.addAll(pendingParts);
            if (read) {
                any = true;
                out.append(message, last, sm.start());
                String rest = String.join(", ", kept).replaceAll("(?iu)^(?:and|et|y|und)\\s+", "");
                out.append(rest.isBlank() ? " " : " " + rest.replaceAll("[.!?\\s]*$", "") + ". ");
                last = sm.end();
            }
        }
        if (!any) {
            return message;
        }
        out.append(message.substring(last));
        return out.toString().strip();
    }

    /** A value and the choice field it goes to. */
    private record Pair(RefineMatcher.FieldRef field, String value) {
    }

    /** A part that is only a value, listed before a "VALUE as FIELD" part: "adding Overnight", "Adding Overnight", "Overnight". */
    private static final Pattern LISTED = Pattern.compile("(?u)^(?:(?i:adding|add|also|plus|ajouter|ajoutant|a[ñn]adir|a[ñn]adiendo|agregando|" + LEAD + ")\\s+)*"
            + "([\"'«“„‘][^\"'»”“‘’]{1,40}[\"'»”“’]|\\p{Lu}[\\p{L}\\d&'’/-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'’/-]*){0,2})$");

    /** A greeting or thanks in front ("Hola, añade …"), which is no value. */
    private static final Pattern GREETING = Pattern.compile("(?iu)^(?:hi|hello|hey|dear|ok|okay|thanks|bonjour|salut|coucou|merci|hola|buenas|gracias|hallo|moin|servus|danke|guten)\\b");

    private static String listedValue(String part) {
        Matcher m = LISTED.matcher(part);
        if (!m.matches()) {
            return null;
        }
        String v = m.group(1);
        v = QUOTE_LEAD.matcher(v).find() ? v.substring(1, v.length() - 1).strip() : v;
        return v.isEmpty() || NOT_VALUE.matcher(v).matches() || VERB_FIRST.matcher(v).matches() || GREETING.matcher(v).find() ? null : v;
    }

    /** Reads one part "VALUE as FIELD": the value and its field, or null. */
    private static Pair pair(RefineSession s, String part) {
        Matcher m = PAIR.matcher(part);
        if (!m.matches()) {
            return null;
        }
        String raw = m.group("val").strip();
        boolean quoted = QUOTE_LEAD.matcher(raw).find();
        String value = quoted ? raw.substring(1, raw.length() - 1).strip() : raw;
        boolean lead = !m.group("lead").isBlank();
        int words = value.isEmpty() ? 0 : BLANKS.split(value).length;
        if (value.isEmpty() || NOT_VALUE.matcher(value).matches()
                || !quoted && !Character.isUpperCase(value.codePointAt(0)) && !CODE.matcher(value).matches() && !(lead && words <= 2)
                || !quoted && !lead && (m.start("val") > 0 || words > 2 || VERB_FIRST.matcher(value).matches())) {
            return null;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(m.group("field").strip()));
        RefineMatcher.FieldRef asField = f == null ? null : RefineResolver.field(s, new RefineClause(value));
        if (f == null || f.score() < 0.66 || !f.field().type().hasOptions() || asField != null && asField.score() >= 0.99) {
            return null;
        }
        return new Pair(f, RefineText.capitalize(value));
    }
}
