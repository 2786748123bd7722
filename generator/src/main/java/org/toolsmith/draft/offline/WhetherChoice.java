package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "whether each clean was a stayover or a departure clean", "si la visite est une première visite ou
 * un suivi", "si el pedido es urgente o normal", "ob die Schicht eine Früh- oder Spätschicht ist": a
 * question of which of two things, not a yes/no. It is a choice of those two, named by the thing asked
 * about and "type" in the message's language.
 */
final class WhetherChoice {
    private static final String ART = "(?:an?|un|une|una?|ein|eine|einen)\\s+";
    /** The article before a value: "the member or a guest". */
    private static final String VALUE_ART = "(?:an?|the|un|une|una?|le|la|el|ein|eine|einen)\\s+";
    /** English, French, Spanish: "whether the X is/was a A or a B [X]". */
    private static final Pattern ROMANCE = Pattern.compile("^(?:whether|if|si|s')\\s*(?:(?:(?:each|every|the|this|a|an|le|la|chaque|el|cada|este|esta)\\s+|l'\\s*)?([\\p{L}-]+)\\s+|c['’]\\s*)?"
            + "(?:was|is|were|are|will be|est|etait|sera|es|era|fue|sera)\\s+(?:" + VALUE_ART + ")?([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:or|ou|o|u)\\s+(?:" + VALUE_ART + ")?([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s*[.?!]?$");
    /** English: "whether each trip was done in the person's own car or a pool car": two things that share their head word. */
    private static final Pattern VIA = Pattern.compile("^(?:whether|if)\\s+(?:(?:each|every|the|this|a|an)\\s+)?(?:[\\p{L}-]+\\s+)?(?:was|is|were|are|will be|gets?|got)\\s+(?:[a-z]+ed|done|made|paid|sent|taken|driven|given|brought|held|run|built|bought|sold|kept|seen|met)\\s+"
            + "(?:in|by|with|on|at|via|through|from|to|into)\\s+(?:(?:the|a|an|their|his|her|its|our|my|your)\\s+)?(?:[\\p{L}-]+'s?\\s+)?([\\p{L}-]+\\s+)?([\\p{L}-]+)\\s+or\\s+(?:(?:in|by|with|on|at|via|through|from|to|into)\\s+)?(?:(?:the|a|an|their|his|her|its|our|my|your)\\s+)?([\\p{L}-]+\\s+)?([\\p{L}-]+)\\s*[.?!]?$");
    /** German: "ob der X ein A oder ein B ist". */
    private static final Pattern GERMAN = Pattern.compile("^ob\\s+(?:(?:der|die|das|jede[rsmn]?)\\s+)?([\\p{L}-]+)\\s+(?:" + ART + ")?([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+oder\\s+(?:" + ART + ")?([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:ist|war|sind|waren)\\s*[.?!]?$");
    /** "… or a return", "… ou un retour", "… oder eine Rücksendung": the second of two things said with its article. */
    private static final Pattern ARTICLED = Pattern.compile("\\s(?:or|ou|o|u|oder)\\s+" + ART + "\\S");
    /** "whether it was …", "si c'était …", "ob es … war": a pronoun names no thing; the choice is then a type. */
    private static final Pattern PRONOUN = Pattern.compile("(?:it|they|this|that|il|elle|ils|elles|ce|cela|ca|eso|esto|ello|er|sie|es|das)");

    /** "si elle est végétarienne ou non": a yes/no; a pronoun names no thing. */
    private static final Pattern NOT_A_VALUE = Pattern.compile("\\b(?:not|non|no|nein|nicht|pas|it|they|he|she|il|elle|ils|elles|ella|ellos|el|er|sie|es|this|that)$|^(?:not|non|no|nein|nicht|pas)\\b|\\s(?:not|non|no|nein|nicht|pas)\\s");

    private WhetherChoice() {
    }

    /** "whether they're …", "if it's …": the short form of the verb, said in full. */
    private static final Pattern SHORT_VERB = Pattern.compile("(?i)^(whether|if)\\s+(they|we|you|it|he|she)['’](re|s)\\b");
    /** "(members pay less)": a bracket after the question that explains it. */
    private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)\\s*[.?!]?$");
    /** "whether they're a member or a guest": a person asked about; the choice is named by its two values. */
    private static final Pattern PERSON = Pattern.compile("(?:they|he|she|il|elle|ils|elles|ella|ellos|ellas|er|sie)");

    /** The choice field the words ask for, or null when they are no question of which of two. */
    static List<RefineDescriber.Item> read(RefineSession s, RefineClause words) {
        Matcher shortVerb = SHORT_VERB.matcher(words.orig);
        if (shortVerb.find() || REMARK.matcher(words.orig).find()) {
            String full = shortVerb.find(0) ? shortVerb.replaceFirst("$1 $2 " + (shortVerb.group(3).equalsIgnoreCase("re") ? "are" : "is")) : words.orig;
            words = new RefineClause(REMARK.matcher(full).replaceAll(""));
        }
        Matcher via = s.lang == Lang.EN ? words.match(VIA) : null;
        if (via != null && via.find() && via.group(1) != null && via.group(3) != null && via.group(2).equals(via.group(4))
                && !via.group(1).equals(via.group(3)) && !NOT_A_VALUE.matcher(via.group(1).strip() + " " + via.group(3).strip()).find()) {
            // "whether each trip was done in the person's own car or a pool car": Car, Own car or Pool car
            String head = words.group(via, 2).orig;
            return List.of(new RefineDescriber.Item(RefineText.capitalize(head.toLowerCase(java.util.Locale.ROOT)), FieldType.CHOICE,
                    List.of(RefineText.capitalize(words.group(via, 1).orig.strip() + " " + head), RefineText.capitalize(words.group(via, 3).orig.strip() + " " + head)), null));
        }
        Matcher m = words.match(s.lang == Lang.DE ? GERMAN : ROMANCE);
        if (!m.find()) {
            return null;
        }
        // "whether (each clean) was a stayover or a departure clean": the kind was taken as the scope; the shared last word names the thing
        String[] second = m.group(3).split("\\s+");
        String thing = m.group(1) != null ? words.group(m, 1).orig
                : second.length == 2 && !m.group(2).contains(" ") ? words.group(m, 3).orig.strip().split("\\s+")[1] : "";
        boolean articled = ARTICLED.matcher(words.text).find();
        boolean person = PERSON.matcher(RefineText.fold(thing)).matches();
        if (articled && PRONOUN.matcher(RefineText.fold(thing)).matches()) {
            thing = ""; // "whether it was a normal delivery or a return": two things, no thing named
        }
        String a = strip(words.group(m, 2).orig, thing);
        String b = strip(words.group(m, 3).orig, thing);
        if (NOT_A_VALUE.matcher(RefineText.fold(a + " " + b + " " + thing)).find() || a.isEmpty() || b.isEmpty() || a.equalsIgnoreCase(b) || a.split("\\s+").length > 2 || b.split("\\s+").length > 2) {
            return null;
        }
        if (person && articled) {
            // "whether they're a member or a guest": Member or guest
            String or = switch (s.lang) {
                case FR -> " ou ";
                case ES -> " o ";
                case DE -> " oder ";
                default -> " or ";
            };
            return List.of(new RefineDescriber.Item(RefineText.capitalize(a) + or + b.toLowerCase(java.util.Locale.ROOT), FieldType.CHOICE,
                    List.of(RefineText.capitalize(a), RefineText.capitalize(b)), null));
        }
        if (thing.isEmpty() && articled) {
            // "if each delivery was a drop-off or a pickup", "si fue una entrega o una devolución": a type of two things
            String type = switch (s.lang) {
                case ES -> "Tipo";
                case DE -> "Typ";
                default -> "Type";
            };
            return List.of(new RefineDescriber.Item(type, FieldType.CHOICE, List.of(RefineText.capitalize(a), RefineText.capitalize(b)), null));
        }
        if (thing.isEmpty()) {
            return null;
        }
        String label = switch (s.lang) {
            case FR -> "Type de " + thing.toLowerCase(java.util.Locale.ROOT);
            case ES -> "Tipo de " + thing.toLowerCase(java.util.Locale.ROOT);
            case DE -> RefineText.capitalize(thing) + "art";
            default -> RefineText.capitalize(thing.toLowerCase(java.util.Locale.ROOT)) + " type";
        };
        return List.of(new RefineDescriber.Item(label, FieldType.CHOICE,
                List.of(RefineText.capitalize(a), RefineText.capitalize(b)), null));
    }

    /** "a departure clean" → Departure: the thing's own name after a value is not part of it. */
    private static String strip(String value, String thing) {
        String v = value.strip();
        String low = v.toLowerCase(java.util.Locale.ROOT);
        String t = thing.toLowerCase(java.util.Locale.ROOT);
        if (low.endsWith(" " + t)) {
            v = v.substring(0, v.length() - t.length()).strip();
        }
        return v.replaceAll("-$", "");
    }
}
