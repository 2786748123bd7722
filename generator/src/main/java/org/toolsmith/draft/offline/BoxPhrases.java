package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no field asked for by the box it is ticked in, said before the message is read: "a yes/no for the deposit", "a
 * tick box for the refund", "a travel booked tick box", "un oui/non pour le remboursement", "une case caution payée",
 * "una casilla de fianza pagada", "un sí/no para el viaje". Each becomes the plain form "the deposit (yes/no)", which
 * every reader of additions types as a yes/no named by the thing. The words after "for / pour / para" name the field;
 * read later, they were cut as a purpose ("pour le remboursement") and the box itself became the name or the message
 * was refused. A box "for whether …" stays as it is (the question names the field), and a French or Spanish "case /
 * casilla" for notes or comments stays a text box. English, French and Spanish (German boxes are read by
 * {@link BoxWords}).
 */
final class BoxPhrases {
    /** The thing a box is for: one to five words, ending before a scope, a joined clause or a reason. */
    private static final String THING = "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)(?:\\s+(?!(?:for|pour|para|on|sur|to|aux?|a|à|en|and|et|y|or|ou|o|because|parce|porque|car|since|ya|so|please|svp|stp|por|porfa|too|aussi|tambien|también|also|as|comme|como|with|avec|con|in|dans|per|par|each|every|chaque|cada|que|that|which|qui)\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,4})";
    private static final String THE = "(?:(?:the|its|their|le|la|les|l'|l’|son|sa|ses|leur|el|los|las|su|sus)\\s*)?";
    private static final String NOT_A_QUESTION = "(?!(?:si|if|whether|que|qu'|when|quand|cuando|who|qui|quien|quién)\\b)";
    private static final Pattern FOR_THING = Pattern.compile("(?iu)\\b(?:a|an|one|un|une|una)\\s+"
            + "(?:yes ?/ ?no|yes or no|oui ?/ ?non|oui ou non|s[ií] ?/ ?no|s[ií] o no|tick[- ]?box|check[- ]?box|checkbox"
            + "|case [àa] cocher|casilla de verificaci[óo]n|casilla para marcar)"
            + "(?:\\s+(?:box|field|flag|case|champ|casilla|campo))?\\s+(?:for|on|about|pour|sur|para|sobre|de)\\s+"
            + NOT_A_QUESTION + "(" + THE + ")(?!no\\b|no-)" + THING);
    /** "a background check box": read as a box, it was long text ("a no-show tick box" is read as it is). */
    private static final Pattern THING_BOX = Pattern.compile("(?iu)\\b(?:a|an|one)\\s+" + NOT_A_QUESTION + "(?!no\\b|no-)"
            + "((?:[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*){0,3}?)\\s+(?:check[- ]?box|checkbox)\\b");
    /** The words of a box for words ({@link BoxWords#NOTE_WORDS}), and the words of "case à cocher", "casilla de verificación". */
    private static final String NOTES = "(?:" + BoxWords.NOTE_WORDS + "|[àa]|cocher|verificaci[óo]n|marcar)\\b";
    private static final Pattern CASE_THING = Pattern.compile("(?iu)\\b(?:une\\s+case|una\\s+casilla)\\s+(?![àa]\\s+cocher|de\\s+verificaci)(?:(?:de|pour|para|d')\\s*)?"
            + NOT_A_QUESTION + "(?!" + THE + NOTES + "|(?:de|pour|para|d')\\b)(" + THE + ")(?!no\\b|no-)" + THING);

    private BoxPhrases() {
    }

    /** The message with each box to tick said as "the thing (yes/no)". */
    static String plain(Lang lang, String message) {
        if (message == null || lang == Lang.DE || !BOXY.matcher(message).find()) {
            return message;
        }
        String yesNo = switch (lang) {
            case FR -> " (oui/non)";
            case ES -> " (sí/no)";
            default -> " (yes/no)";
        };
        String out = replace(FOR_THING, message, yesNo, true);
        if (lang == Lang.EN) {
            out = replace(THING_BOX, out, yesNo, false);
        } else {
            out = replace(CASE_THING, out, yesNo, true);
        }
        return out;
    }

    private static final Pattern BOXY = Pattern.compile("(?iu)yes ?/ ?no|yes or no|oui|s[ií] ?/ ?no|s[ií] o no|tick|check|\\bcase\\b|casilla");

    private static String replace(Pattern p, String message, String yesNo, boolean withArticle) {
        Matcher m = p.matcher(message);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String thing = withArticle ? m.group(2) : m.group(1);
            String article = withArticle ? m.group(1) : "";
            out.append(message, last, m.start()).append(article).append(thing.strip()).append(yesNo);
            last = m.end();
        }
        return last == 0 ? message : out.append(message, last, message.length()).toString();
    }
}
