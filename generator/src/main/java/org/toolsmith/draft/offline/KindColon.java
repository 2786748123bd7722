package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * "on reports: a photo + a description", "sur les rapports : …", "en los informes: …", "bei den Berichten: …": a record
 * kind named before a colon at the start of the message is where what follows goes. The head is said again the way the
 * reader takes a scope ("on the Report add …", "pour chaque Rapport, ajoute …", "en cada Informe añade …", "bei Bericht
 * ergänze …"), with a verb of adding only when the rest has no verb of its own. Only a head that is a kind of the spec
 * (by its name or plural, nothing more than a greeting, a preposition and an article around it); "note: …", "status: …"
 * stay as they are.
 */
final class KindColon {
    private static final Pattern HEAD = Pattern.compile("(?isu)^\\s*(?:(?:hi|hello|hey|dear all|bonjour|salut|hola|buenas|buenos dias|buenos días|hallo|moin|servus|guten (?:morgen|tag))\\b[!,.\\s]*)?"
            + "(?:(?:on|for|in|at|to|about|sur|pour|dans|chez|concernant|en|para|sobre|bei|beim|für|fur|fuer|im|zu|zum|zur|an|am)\\s+)?"
            + "(?:l'|(?:the|each|every|all(?: the)?|our|les|le|la|chaque|tous les|toutes les|nos|los|las|el|cada|todos los|todas las|nuestros|nuestras|den|dem|der|die|das|jedem|jeder|jede|allen|unseren)\\s+)?"
            + "([\\p{L}][\\p{L}'-]*(?: [\\p{L}][\\p{L}'-]*){0,2})\\s*:\\s*(\\S.*)$");
    /** The rest already says what to do: no verb of adding before it. */
    private static final Pattern OWN_VERB = Pattern.compile("(?iu)\\b(?:add|remove|delete|drop|rename|change|make|turn|set|put|need|needs|want|would|should|must|could|can|please add|"
            + "ajout\\w*|rajout\\w*|supprim\\w*|enl[eè]v\\w*|renomm\\w*|chang\\w*|faut|faudrait|besoin|veut|voudrai\\w*|doit|doivent|"
            + "a[nñ]ad\\w*|agreg\\w*|quit\\w*|elimin\\w*|borr\\w*|cambi\\w*|necesit\\w*|quer\\w*|hace falta|falta\\w*|debe\\w*|"
            + "erg[aä]nz\\w*|hinzuf\\w*|entfern\\w*|l[oö]sch\\w*|umbenenn\\w*|[aä]nder\\w*|brauch\\w*|fehl\\w*|soll\\w*|muss|m[uü]ssen|wollen|h[aä]tten)\\b");

    private KindColon() {
    }

    static String take(RefineSession s, String message) {
        if (message.indexOf(':') < 0) {
            return message;
        }
        Matcher m = HEAD.matcher(message);
        if (!m.matches()) {
            return message;
        }
        String head = m.group(1);
        String rest = m.group(2);
        AppSpec spec = s.spec;
        RefineMatcher.EntityRef ref = RefineMatcher.entity(spec, head);
        if (ref == null || ref.score() < 1.0) {
            return message;
        }
        Entity e = ref.entity();
        boolean verb = OWN_VERB.matcher(rest).find();
        if (verb && namesField(spec, head)) {
            // "Customer: must always be filled in": the field of that name, not the kind
            return message;
        }
        String name = e.name();
        String lead = switch (s.lang) {
            case FR -> "pour chaque " + name + (verb ? ", " : ", ajoute ");
            case ES -> "en cada " + name + (verb ? ", " : " añade ");
            case DE -> "bei " + name + (verb ? " " : " ergänze ");
            default -> "on the " + name + (verb ? ", " : " add ");
        };
        return lead + rest;
    }

    private static boolean namesField(AppSpec spec, String head) {
        java.util.List<String> w = RefineMatcher.words(head);
        for (Entity e : spec.entities()) {
            for (Field f : e.fields()) {
                if (w.equals(RefineMatcher.words(f.label()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
