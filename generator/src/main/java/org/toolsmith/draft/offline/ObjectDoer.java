package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "who does the boiler check", "qui fait le relevé de compteur", "quién realiza la auditoría", "wer die Abnahme macht":
 * a "who" clause whose verb only says that something is done (do, run, carry out, handle, faire, réaliser, hacer, realizar,
 * machen, durchführen) is named by the thing done: Boiler check by, Relevé de compteur par, Auditoría por, Abnahme durch.
 * A "when" right after it is that thing's date ({@link When}): Site visit date, Visite sur place le, Inspección el,
 * Vor-Ort-Termin am. An object that is a pronoun or one of the record kinds is left to the verb ("who runs each course" is
 * Run by), and so is a single event noun with a participle of its own ("who did the calibration" is Calibrated by).
 */
final class ObjectDoer {
    private static final String ARTICLE_EN = "(?:the|a|an|each|every|this|that|our|their|its)";
    private static final Pattern EN = Pattern.compile("^(?:(?:usually|normally|actually|will|is going to|should)\\s+)?"
            + "(?:does|do|did|will do|is doing|runs|run|ran|carries out|carry out|carried out|conducts|conduct|conducted|handles|handle|handled"
            + "|performs|perform|performed|takes care of|took care of|looks after|looked after)\\s+" + ARTICLE_EN + "\\s+"
            + "([a-z][\\w-]*(?:\\s+[a-z][\\w-]*){0,2}?)(?:\\s+(?:for|on|of|at|in|with|and|to)\\b.*)?$");
    private static final Pattern FR = Pattern.compile("^(?:(?:a|ont|va|vont)\\s+)?(?:fait|font|faire|realise|realisent|realiser|effectue|effectuent|effectuer"
            + "|mene|menent|mener|assure|assurent|assurer|conduit|conduisent)\\s+(?:le|la|les|l'|un|une|chaque)\\s*"
            + "([a-z][\\w-]*(?:\\s+(?:(?:de|d'|du|des|sur|en|a)\\s*)?[a-z][\\w-]*){0,2}?)(?:\\s+(?:pour|chez|de chaque|a chaque|avec|et|dans|aupres)\\b.*)?$");
    private static final Pattern ES = Pattern.compile("^(?:(?:va a|van a|ha|han)\\s+)?(?:hace|hacen|hizo|hicieron|hara|hacer|hecho|realiza|realizan|realizo|realizaron|realizara|realizar|realizado"
            + "|lleva a cabo|llevan a cabo|llevo a cabo|efectua|efectuan|efectuo|efectuar)\\s+(?:el|la|los|las|un|una|cada)\\s+"
            + "([a-z][\\w-]*(?:\\s+(?:(?:de|del|de la|en)\\s+)?[a-z][\\w-]*){0,2}?)(?:\\s+(?:para|de cada|en cada|a cada|con|y|del cliente)\\b.*)?$");
    private static final Pattern DE_FINAL = Pattern.compile("^(?:den|die|das|einen|eine|ein|jeden|jede|jedes)\\s+([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)\\s+"
            + "(?:(?:bei|fur|mit|beim|am)\\s+\\S+(?:\\s+\\S+)?\\s+)?(?:macht|machen|gemacht hat|gemacht haben|durchfuhrt|durchfuhren|durchgefuhrt hat|durchgefuhrt haben"
            + "|ubernimmt|ubernehmen|ubernommen hat|erledigt|erledigen|erledigt hat|wahrnimmt|wahrgenommen hat)$");
    private static final Pattern DE_SECOND = Pattern.compile("^(?:macht|machte|fuhrt|fuhrte|ubernimmt|ubernahm|erledigt|erledigte)\\s+(?:den|die|das|einen|eine|ein|jeden|jede|jedes)\\s+"
            + "([a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)(?:\\s+durch)?$");
    private static final Pattern PRONOUN = Pattern.compile("^(?:it|them|this|that|one|ones|so|all|everything|things?|job|work|stuff|ca|cela|tout|eso|esto|todo|es|das|alles)$");

    private static final Pattern END_MARKS = Pattern.compile("[.!?,;]+$");
    private static final Pattern DO_VERB = Pattern.compile("^(?:does|do|did|will do|is doing)\\s.*");

    private ObjectDoer() {
    }

    /** What a bare "when" right after a who- or whether-item is the date of: a thing done, or the yes/no question itself. */
    record When(String thing, boolean object) {
        /** The date's name in {@code lang}: Site visit date / Date invoice sent, … le, … el, … am. */
        String label(Lang lang, boolean exact) {
            return switch (lang) {
                case FR -> thing + " le";
                case ES -> thing + " el";
                case DE -> thing + " am";
                default -> object ? thing + (exact ? " time" : " date")
                        : (exact ? "Time " : "Date ") + (thing.length() > 1 && !Character.isUpperCase(thing.charAt(1)) ? thing.substring(0, 1).toLowerCase(Locale.ROOT) + thing.substring(1) : thing);
            };
        }
    }

    /** The person field named by the thing done ("Site visit by"), with its date for a "when" after it; null when the clause is not so. */
    static String doer(RefineSession s, RefineClause rest) {
        Matcher m;
        Pattern p = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE_FINAL;
            default -> EN;
        };
        String t = END_MARKS.matcher(rest.text.strip()).replaceAll("");
        RefineClause said = new RefineClause(END_MARKS.matcher(rest.orig.strip()).replaceAll(""));
        m = p.matcher(t);
        if (!m.matches() && s.lang == Lang.DE) {
            m = DE_SECOND.matcher(t);
        }
        if (!m.matches()) {
            return null;
        }
        String object = said.group(m, 1).orig.strip();
        String folded = RefineText.fold(object);
        if (PRONOUN.matcher(folded).matches() || RefineResolver.entity(s, new RefineClause(object)) != null) {
            return null;
        }
        if (s.lang == Lang.EN && !object.contains(" ") && (EventParticiple.known(folded) || !DO_VERB.matcher(t).matches())) {
            return null; // "who did the calibration": Calibrated by; "who runs the workshop": Run by
        }
        String thing = RefineText.capitalize(object);
        s.whenLabel = new When(thing, true);
        return thing + switch (s.lang) {
            case FR -> " par";
            case ES -> " por";
            case DE -> " durch";
            default -> " by";
        };
    }
}
