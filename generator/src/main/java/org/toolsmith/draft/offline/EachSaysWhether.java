package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "we'd like each order to say whether it is insured", "queremos que cada pedido diga si lleva seguro", "nos gustaría que
 * cada pedido indique si …", "es wäre schön, wenn man bei jedem Auftrag sieht, ob …", "est ce qu on pourrait avoir sur
 * chaque commande si …": a wish that each record of a kind says, shows or lets one see whether something holds is a
 * yes/no on that kind. The sentence up to the "whether" is said again the way the reader takes it ("we want to see on
 * each Order whether …"). Only for a kind of the spec, right after each/every/chaque/cada/jede…, with a verb of saying,
 * showing or seeing next to it; a lead that removes or renames something is left as it is.
 */
final class EachSaysWhether {
    private static final String SAY = "(?:say|says|show|shows|state|states|(?:tell|tells|told)(?: us| you)?|indicate|indicates|display|displays|mark|record|see|know|have|"
            + "dise|disent|dire|indique|indiquent|indiquer|montre|montrent|montrer|pr[ée]cise|pr[ée]ciser|affiche|afficher|voir|savoir|avoir|"
            + "diga|digan|decir|indiquen|indicar|muestre|muestren|mostrar|ponga|pongan|poner|ver|saber|tener|"
            + "sagt|sagen|zeigt|zeigen|anzeigt|anzeigen|angibt|angeben|steht|stehen|sieht|sehen|wissen|haben)";
    private static final String EACH = "(?:each|every|chaque|cada|jede[mrsn]?)";
    private static final String KIND = "([\\p{L}][\\p{L}'-]*(?: [\\p{L}][\\p{L}'-]*)??)";
    private static final String WH = "(?:whether|if|si(?=\\s)|s'(?=ils?\\b|elles?\\b)|ob)";
    /** "each order (should) say whether …", "cada pedido indique si …", "bei jedem Auftrag sieht, ob …". */
    private static final Pattern KIND_SAYS = Pattern.compile("(?iu)\\b" + EACH + "\\s+" + KIND + "\\s+(?:[\\p{L}']+\\s+){0,3}?" + SAY + "\\s*,?\\s*" + WH + "\\s*");
    /** "see on each order whether …", "avoir sur chaque commande si …", "ver en cada pedido si …". */
    private static final Pattern SAYS_KIND = Pattern.compile("(?iu)\\b" + SAY + "\\s+(?:(?:on|in|for|at|sur|dans|pour|en|para|de|bei|in|f[üu]r|zu)\\s+)?" + EACH + "\\s+" + KIND + "\\s*,?\\s*" + WH + "\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;\\n]");

    private EachSaysWhether() {
    }

    static String take(RefineSession s, String message) {
        Matcher m = KIND_SAYS.matcher(message);
        if (!m.find() || !fits(s, message, m)) {
            m = SAYS_KIND.matcher(message);
            if (!m.find() || !fits(s, message, m)) {
                return message;
            }
        }
        String name = RefineMatcher.entity(s.spec, m.group(1)).entity().name();
        int start = sentenceStart(message, m.start());
        String lead = switch (s.lang) {
            case FR -> "on veut voir sur chaque " + name + " si ";
            case ES -> "queremos saber en cada " + name + " si ";
            case DE -> "wir möchten bei jedem " + name + " sehen, ob ";
            default -> "we want to see on each " + name + " whether ";
        };
        return message.substring(0, start) + lead + message.substring(m.end());
    }

    private static boolean fits(RefineSession s, String message, Matcher m) {
        RefineMatcher.EntityRef ref = RefineMatcher.entity(s.spec, m.group(1));
        if (ref == null || ref.score() < 1.0) {
            return false;
        }
        String before = RefineText.fold(message.substring(sentenceStart(message, m.start()), m.start()));
        return !RefineCues.REMOVE.matcher(before).find() && !RefineCues.RENAME.matcher(before).find();
    }

    private static int sentenceStart(String message, int at) {
        Matcher e = SENTENCE_END.matcher(message);
        int start = 0;
        while (e.find() && e.end() <= at) {
            start = e.end();
        }
        while (start < at && Character.isWhitespace(message.charAt(start))) {
            start++;
        }
        return start;
    }
}
