package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * A need said first and then pointed back at: "what did the repair come to? please log that", "when was it paid back?
 * We need that on the claim.", "who entered it - please add", "combien ça nous a coûté ? à noter sur chaque
 * réparation", "¿cuánto costó? habría que apuntarlo", "was hat das gekostet? bitte bei jeder Reparatur festhalten".
 * The tail names no detail of its own (only a pronoun, a record verb and perhaps the kind it goes on), so it is cut
 * before the readers see the message: read whole it became a field "That on the claim", "Noter" or "Festhalten".
 * When the tail names one of two or more kinds ("we should know that per vehicle", "please add that to vehicles"),
 * the need is read on that kind ("for each vehicle, …"). Nothing is cut when nothing would be left.
 */
final class PointerTail {
    private PointerTail() {
    }

    private static final String SEP = "(?:[.?!;]+\\s*|\\s+[-\\u2013\\u2014]\\s+|\\s*,\\s*|\\s*\\(\\s*)";
    private static final String END = "\\s*\\)?\\s*[.!?]*\\s*$";
    private static final String EN_SCOPE = "(?:\\s+(?:on|for|in|to|per|against|with)\\s+(?:the\\s+|each\\s+|every\\s+|all\\s+|a\\s+|an\\s+|our\\s+)?([\\p{L}-]+))?";
    private static final String EN_TOO = "(?:\\s+(?:too|as well|also|please|then|somewhere))?";
    private static final String EN_WE = "(?:(?:and|so|oh|but)\\s+)?(?:we|i)(?:'d|'ll|\\s+would|\\s+will|\\s+really|\\s+also|\\s+do)*\\s+(?:need|want|like|should|must|have to|ought to)(?:\\s+to)?(?:\\s+also)?";
    private static final String EN_VERB = "(?:add|record|note|log|track|keep track of|capture|know|see|have|store|keep|show)";
    private static final Pattern EN = Pattern.compile("(?iu)" + SEP + "(?:"
            + "(?:please\\s+)?(?:add|record|note|log|capture|track|store)(?:\\s+(?:it|that|this))?" + EN_SCOPE + EN_TOO
            + "|" + EN_WE + "(?:\\s+" + EN_VERB + ")?\\s+(?:that|this|it)" + EN_SCOPE + EN_TOO
            + "|(?:(?:and|so|oh|but)\\s+)?(?:we|i)\\s+(?:should|must|need to|do|would like to|'d like to)"
            + "|(?:it|that)(?:'d|'s|\\s+would|\\s+will|\\s+is)?(?:\\s+be)?\\s+(?:good|useful|helpful|nice|handy|great|important)\\s+to\\s+" + EN_VERB + "\\s+(?:that|this|it)" + EN_SCOPE + EN_TOO
            + "|(?:can|could)\\s+(?:we|you)\\s+(?:please\\s+)?" + EN_VERB + "\\s+(?:that|this|it)" + EN_SCOPE + EN_TOO
            + ")" + END);
    private static final String FR_SCOPE = "(?:\\s+(?:sur|pour|dans|par)\\s+(?:chaque\\s+|les\\s+|la\\s+|le\\s+|l'|tous les\\s+|toutes les\\s+)?([\\p{L}-]+))?";
    private static final Pattern FR = Pattern.compile("(?iu)" + SEP + "(?:et\\s+)?(?:"
            + "(?:c'est\\s+)?[àa]\\s+(?:noter|ajouter|rajouter|enregistrer|suivre|garder)" + FR_SCOPE
            + "|merci de l'(?:ajouter|noter|enregistrer)" + FR_SCOPE
            + "|(?:on|il|nous)\\s+(?:doit|devrait|devons|devrions|faut|faudrait)\\s+(?:aussi\\s+)?(?:le\\s+|l')(?:savoir|noter|ajouter|enregistrer|suivre|conna[iî]tre)" + FR_SCOPE
            + "|(?:ce serait|c'est)\\s+(?:bien|utile|important|pratique)\\s+de\\s+(?:le\\s+|l')(?:savoir|noter|voir|avoir)" + FR_SCOPE
            + ")(?:\\s+(?:aussi|svp|stp|s'il vous pla[iî]t|merci))?" + END);
    private static final String ES_SCOPE = "(?:\\s+(?:en|para|por)\\s+(?:cada\\s+|los\\s+|las\\s+|el\\s+|la\\s+)?([\\p{L}-]+))?";
    private static final Pattern ES = Pattern.compile("(?iu)" + SEP + "(?:y\\s+)?(?:"
            + "(?:habr[ií]a que|hay que|tenemos que|deber[ií]amos|ser[ií]a bueno|ser[ií]a [uú]til|conviene|quiero|queremos|necesitamos)\\s+(?:tambi[eé]n\\s+)?"
            + "(?:saberlo|apuntarlo|anotarlo|registrarlo|guardarlo|a[nñ]adirlo|tenerlo|verlo)" + ES_SCOPE
            + "|(?:a|para)\\s+(?:apuntar|anotar|a[nñ]adir)" + ES_SCOPE
            + ")(?:\\s+(?:tambi[eé]n|por favor|porfa|gracias))?" + END);
    private static final Pattern DE = Pattern.compile("(?iu)" + SEP + "(?:und\\s+)?(?:"
            + "(?:bitte\\s+)?(?:auch\\s+|noch\\s+)?(?:(?:bei|f[üu]r|an|auf|in)\\s+(?:jede[rmns]?|den|dem|der|die|allen)\\s+([\\p{L}-]+)\\s+)?"
            + "(?:festhalten|erfassen|erg[äa]nzen|notieren|vermerken|aufnehmen|hinzuf[üu]gen|eintragen)(?:\\s+bitte)?"
            + "|das\\s+(?:sollten|m[üu]ssen|wollen|m[öo]chten)\\s+wir\\s+(?:auch\\s+|noch\\s+)?(?:festhalten|erfassen|wissen|notieren|vermerken)"
            + "|(?:das|es)\\s+(?:sollte|muss)\\s+(?:auch\\s+)?(?:erfasst|festgehalten|notiert|vermerkt)\\s+werden"
            + ")" + END);
    /** What stands between words. */
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    /** The message without its pointing tail, a kind it names put in front; the message itself when there is none. */
    static String cut(AppSpec spec, Lang lang, String message) {
        Pattern p = switch (lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        Matcher m = p.matcher(message);
        if (!m.find()) {
            return message;
        }
        String head = message.substring(0, m.start()).strip();
        if (head.length() < 6 || head.indexOf(' ') < 0) {
            return message; // "please add it": nothing said before the pointer
        }
        String mark = message.substring(m.start(), m.end()).strip();
        String rest = head + (mark.startsWith("?") ? "?" : mark.startsWith("!") ? "!" : mark.startsWith(".") ? "." : "");
        String scope = firstGroup(m);
        Entity kind = scope == null ? null : kindNamed(spec, scope);
        if (scope != null && kind == null) {
            return message; // "add it to the list", "… to the languages": a place that is no kind, perhaps a field's values
        }
        if (kind == null && spec.entities().size() >= 2 && mark.startsWith("?") && namesKind(spec, head)) {
            return message; // "¿A qué hora volvió el barco? Hay que apuntarlo": the question names its kind, AskFrames reads the two
        }
        if (kind == null || spec.entities().size() < 2) {
            return rest;
        }
        String name = kind.name();
        String lead = switch (lang) {
            case FR -> "pour chaque " + name + ", ";
            case ES -> "para cada " + name + ", ";
            case DE -> "bei jedem " + name + ", ";
            default -> "for each " + name.toLowerCase(Locale.ROOT) + ", ";
        };
        return lead + lowerFirst(rest);
    }

    private static String last(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }

    private static String firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether a word of the question names a kind of the spec. */
    private static boolean namesKind(AppSpec spec, String head) {
        for (String w : WORDS.split(head)) {
            if (!w.isEmpty() && kindNamed(spec, w) != null) {
                return true;
            }
        }
        return false;
    }

    /** The kind whose name or plural, or their last word, the word is ("vehicles", "Fahrzeugen", "claim" for Expense claim), or null. */
    private static Entity kindNamed(AppSpec spec, String word) {
        String w = RefineText.fold(word);
        Entity found = null;
        for (Entity e : spec.entities()) {
            String n = last(RefineText.fold(e.name()));
            String pl = e.plural() == null ? n : last(RefineText.fold(e.plural()));
            boolean same = w.equals(n) || w.equals(pl) || w.equals(n + "s") || w.equals(n + "n") || w.equals(pl + "n")
                    || w.equals(n + "en") || w.equals(n + "es");
            if (same) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
