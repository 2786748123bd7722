package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * The last tidying of a new field's name and type, in four languages. Words a person would not put on a
 * column go: when it is said ("at the moment", "for now", "en ce moment", "de momento", "im Moment"),
 * "exact" ("the exact date and time of arrival", "la hora exacta", "die genaue Uhrzeit"), how it arrives
 * ("as a scan", "en PDF", "als Scan"), a verb of seeing or knowing in front ("see the colour", "ver el
 * color", "voir la couleur"), and "before/after the K" when K is a record kind ("l'heure du rendez-vous
 * avant le concert"). "a link to their website" is named by what it links to. A date asked with its time
 * ("at what time", "when exactly", "quand exactement", "à quelle heure", "a qué hora", "cuándo exactamente",
 * "wann genau", "um wie viel Uhr", "mit Uhrzeit") is a date and time.
 */
final class FieldNameTidy {
    /** A name and a type. */
    record Named(String label, FieldType type) {
    }

    private static final Pattern WHEN_SAID = Pattern.compile("(?iu)\\s+(?:at the moment|right now|for now|currently|at present|these days|anymore|any more|yet|"
            + "en ce moment|pour l'instant|pour le moment|actuellement|de momento|por ahora|ahora mismo|actualmente|todavia|todavía|"
            + "im moment|derzeit|zurzeit|aktuell|bisher|momentan|noch)$");
    private static final Pattern EXACT = Pattern.compile("(?iu)^(?:the\\s+)?(?:exact|precise|exacte?|précise?|precise?|exacta|exacto|precisa|preciso|genaue?|exakte?)\\s+(?=\\S)|\\s+(?:exacte?|précise|exacta|exacto|precisa|genau)(?=\\s|$)");
    private static final Pattern ARRIVES = Pattern.compile("(?iu)\\s+(?:as an?|in|en|como|als|par|por)\\s+(?:(?:un|une|una|ein|einen|eine)\\s+)?(?:pdf|scan|scans|photo|foto|image|jpeg|jpg|fichier|file|archivo|datei|attachment|pièce jointe)$");
    private static final Pattern SEE = Pattern.compile("(?iu)^(?:see|know|check|view|voir|savoir|connaître|connaitre|ver|saber|conocer|sehen|wissen)\\s+(?=(?:the|le|la|les|l'|el|los|las|die|der|das|den)\\b)(?:(?:the|le|la|les|el|los|las|die|der|das|den)\\s+|l')?");
    private static final Pattern AROUND_KIND = Pattern.compile("(?iu)\\s+(?:before|after|during|avant|après|apres|pendant|antes de|antes del|después de|después del|despues de|despues del|durante|vor|nach|während)\\s+(?:(?:the|each|le|la|les|l'|chaque|el|la|los|las|cada|dem|der|den|jedem|jeder)\\s*)?([\\p{L}-]+)$");
    private static final Pattern LINK_TO = Pattern.compile("(?iu)^(?:a\\s+|the\\s+)?(?:link|url)\\s+(?:to|for)\\s+(?:(?:the|their|its|our|his|her)\\s+)?(.{3,40})$|^(?:un\\s+|le\\s+)?lien\\s+(?:vers|pour)\\s+(?:(?:le|la|les|leur|son|sa)\\s+|l')?(.{3,40})$"
            + "|^(?:un\\s+|el\\s+)?enlace\\s+(?:a|al|para)\\s+(?:(?:la|el|su|sus)\\s+)?(.{3,40})$|^(?:ein(?:en)?\\s+|den\\s+)?link\\s+(?:zu[rm]?|auf)\\s+(?:(?:der|die|das|ihre[rmn]?|seine[rmn]?)\\s+)?(.{3,40})$");
    /** The time asked with the date: question words and "exact time"; a date and a time named together name their own field. */
    private static final Pattern TIME_SAID = Pattern.compile("\\b(?:what time|which time|exact time|when exactly|exactly when|to the minute|with the time|including the time|"
            + "heure exacte|quelle heure|quand exactement|a quelle heure|avec l'heure|"
            + "hora exacta|que hora|a que hora|cuando exactamente|con la hora|"
            + "wann genau|genau wann|um wie viel uhr|um wieviel uhr|mit uhrzeit|genaue uhrzeit)\\b");

    /** "on every job", "pour chaque stage", "en cada visita", "bei jedem Einsatz" at the end: where it goes, never part of its name. */
    private static final Pattern ON_EACH = Pattern.compile("(?iu)\\s+(?:on|for|in|of|per|to|with|at|during|sur|pour|de|dans|à|a|en|lors de|pendant|para|por|de|durante|bei|für|fur|pro|auf|an|zu|während|wahrend)\\s+(?:every|each|all|any|chaque|tous les|toutes les|cada|todos los|todas las|jede[nmrs]?|alle[nm]?)\\s+[\\p{L}-]+$");
    /** A word of "while" left at the end once the kind after it went ("Tread depth during", "Pression lors"). */
    private static final Pattern DURING_LEFT = Pattern.compile("(?iu)\\s+(?:during|lors|pendant|durante|während|wahrend)$");
    /** "al bono", "to the booking", "au dossier", "zum Auftrag" at the end, when that is a record kind. */
    private static final Pattern TO_KIND = Pattern.compile("(?iu)\\s+(?:to the|onto the|on the|for the|al|a la|a los|a las|del|de la|au|aux|à la|à l'|a l'|sur le|sur la|zum|zur|zu den|beim|bei der|bei den)\\s*([\\p{L}-]+)$");
    /** A preposition left at the end ("Resit opportunity in" once "August" went), unless it ends a verb ("Checked in", "Signed off"). */
    /**
     * A thing described by who acted on it: "the number of visitors announced by the organiser", "le budget validé par la
     * direction", "la foto del parte firmado por el encargado". The participle and its doer tell which one is meant, they
     * do not name the column; a date keeps the participle ("the date signed by the client" → Date signed).
     */
    private static final Pattern DONE_BY_SOMEONE = Pattern.compile("(?iu)\\s+(\\p{L}+(?:ed|en|wn|ne|id|nt|é|ée|és|ées|is|ise|it|ite|u|ue|ado|ada|ados|adas|ido|ida|idos|idas|to|ta|cho|cha))"
            + "\\s+(?:by|par|por)\\s+(?:the|a|an|their|our|its|his|her|each|l'|le|la|les|un|une|son|sa|ses|leur|el|los|las|un|una|su|sus|cada)\\s*\\p{L}[\\p{L}' -]*$");
    /**
     * A verb of writing down or attaching left in front ("pouvoir joindre le rapport", "poder adjuntar el albarán", "be
     * able to attach the plan", "noter le numéro"): it says what is done with the thing, not its name; attaching makes
     * the thing a file.
     */
    private static final Pattern LEAD_VERB = Pattern.compile("(?iu)^(?:pouvoir\\s+|poder\\s+|be able to\\s+)?(?:(joindre|téléverser|televerser|adjuntar|subir|attach|upload)"
            + "|noter|indiquer|saisir|renseigner|enregistrer|anotar|apuntar|registrar|indicar|record|note down|note|enter|log)\\s+"
            + "(?:le|la|les|l'|un|une|des|du|el|los|las|una|the|a|an)\\s*(?=\\p{L})");
    /** A verb of attaching and its article in the clause as said: the thing right after it is a file. */
    private static final Pattern ATTACH_SAID = Pattern.compile("\\b(?:joindre|televerser|adjuntar|subir|attach|upload)\\s+(?:(?:le|la|les|un|une|des|du|el|los|las|una|the|a|an|their|its)\\s+|l')?");
    private static final Pattern DATE_HEAD = Pattern.compile("(?iu)^(?:the\\s+)?(?:date|day|time|la date|le jour|l'heure|la fecha|el d[ií]a|la hora)$");
    private static final Pattern AFTER_LEFT = Pattern.compile("(?iu)(?<=\\S\\s\\S{1,40})\\s+(?:after|afterwards|despu[eé]s|nach|danach)$");
    /** "Rate per gram", "Tageskurs pro Gramm", "prix au kilo": an amount per unit of what is sold is money. */
    private static final Pattern PER_UNIT = Pattern.compile("(?iu)^\\S.*\\s(?:per|pro|par|au|por|je|the|a|al|el)\\s+(?:unit|gram|gramme?s?|gramm|g|kg|kilos?|kilogram\\w*|litres?|liters?|litros?|l|pieces?|pièces?|piezas?|stück|stuck|unités?|unidad(?:es)?|einheit|persons?|personnes?|personas?|heads?|kopf|m2|m²|metres?|meters?|mètres?|metros?|ounces?|oz|pounds?|lb|tonnes?|tons?|toneladas?)$");
    private static final Pattern LEFT_PREPOSITION = Pattern.compile("(?iu)(?<![\\p{L}](?:ed|en|ée|é|ado|ido|t))\\s+(?:in|on|at|of|for|to|from|with|de|du|des|à|au|en|pour|sur|dans|del|al|para|con|por|für|fur|im|am|vom|zum|zur|mit|von)$");

    /** English "the appointment the hospital gives the patient": a relative clause without "that" after the head noun. */
    private static final Pattern CONTACT_CLAUSE = Pattern.compile("(?iu)^((?:(?!(?:of|for|to|in|on|with|and|or|by|from|at|is|was|are|be|get|gets|need|needs|has|have|had|do|does|did|give|gives|put|see|know|which|what|who)\\b)\\p{L}[\\p{L}-]*\\s+){0,1}(?!(?:of|for|to|in|on|with|and|or|by|from|at|is|was|are|be|get|gets|need|needs|has|have|had|do|does|did|give|gives|put|see|know|which|what|who)\\b)\\p{L}[\\p{L}-]*)\\s+(?:the|a|an|our|their|his|her|its|each|every)\\s+\\p{L}+(?:\\s+\\S+){1,}$");

    private FieldNameTidy() {
    }

    /** "ein Foto-Feld", "ein Bemerkungsfeld": the word for a field is no part of the name (a type word before it is: "Textfeld"). */
    private static final Pattern FIELD_WORD = Pattern.compile("^(\\p{L}{3,}?)(?:-[Ff]eld|s?feld)$");
    private static final Pattern DOER_WORD = Pattern.compile("(?i)por|von");
    private static final Pattern DATE_WORD = Pattern.compile("(?i)am");
    private static final Pattern TYPE_FIELD = Pattern.compile("(?i)(?:text|freitext|langtext|zahl|datum|ja|nein|auswahl|eingabe|pflicht|zusatz|frei|kontroll|ankreuz|such)");

    static Named of(RefineSession s, String label, FieldType type) {
        String l = label.strip();
        Matcher fieldWord = FIELD_WORD.matcher(l);
        if (fieldWord.matches() && !TYPE_FIELD.matcher(fieldWord.group(1)).matches()) {
            l = RefineText.capitalize(fieldWord.group(1));
            type = type == FieldType.TEXT ? RefineTypes.guess(s, l) : type;
        }
        Matcher link = LINK_TO.matcher(l);
        if (link.matches()) {
            // "a link to their website": named by what it links to
            for (int g = 1; g <= 4; g++) {
                if (link.group(g) != null) {
                    l = RefineText.capitalize(link.group(g).strip());
                    type = type == FieldType.TEXT ? FieldType.URL : type;
                    break;
                }
            }
        }
        String before;
        do {
            before = l;
            l = WHEN_SAID.matcher(l).replaceFirst("");
            Matcher arrives = ARRIVES.matcher(l);
            if (arrives.find() && arrives.start() > 0) {
                l = l.substring(0, arrives.start());
                type = type == FieldType.TEXT ? FieldType.FILE : type;
            }
            l = SEE.matcher(l).replaceFirst("");
            Matcher around = AROUND_KIND.matcher(l);
            if (around.find() && around.start() > 0) {
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, around.group(1));
                if (e != null && e.score() >= 0.99) {
                    l = l.substring(0, around.start());
                }
            }
            Matcher each = ON_EACH.matcher(l);
            if (each.find() && each.start() > 0) {
                l = l.substring(0, each.start());
            }
            Matcher during = DURING_LEFT.matcher(l);
            if (during.find() && during.start() > 0) {
                l = l.substring(0, during.start()); // "Tread depth during" once "each inspection" went
            }
            Matcher toKind = TO_KIND.matcher(l);
            if (toKind.find() && toKind.start() > 0) {
                RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, toKind.group(1));
                if (e != null && e.score() >= 0.99) {
                    l = l.substring(0, toKind.start());
                }
            }
            Matcher lead = LEAD_VERB.matcher(l);
            if (lead.find() && lead.end() < l.length()) {
                type = lead.group(1) != null && type == FieldType.TEXT ? FieldType.FILE : type;
                l = l.substring(lead.end());
            }
            Matcher doneBy = DONE_BY_SOMEONE.matcher(l);
            if (doneBy.find() && doneBy.start() > 0 && !l.substring(0, doneBy.start()).isBlank()) {
                String thing = l.substring(0, doneBy.start()).strip();
                l = DATE_HEAD.matcher(thing).matches() ? thing + " " + doneBy.group(1) : thing;
                // "Budget approved by the board" was read as a person for its "by": the thing names the type
                type = type != FieldType.PERSON ? type : DATE_HEAD.matcher(thing).matches() ? FieldType.DATE : RefineTypes.guess(s, l);
            }
            Matcher left = LEFT_PREPOSITION.matcher(l);
            if (left.find() && left.start() > 0 && !(type == FieldType.PERSON && DOER_WORD.matcher(left.group().strip()).matches())
                    && !((type == FieldType.DATE || type == FieldType.DATETIME) && DATE_WORD.matcher(left.group().strip()).matches())) {
                // "Visita por", "Vor-Ort-Termin am": the doer's and the date's word after the thing done stays
                l = l.substring(0, left.start());
            }
            // "Short report after" once "each lesson" went: a word of time left last after two words of a name
            l = AFTER_LEFT.matcher(l).replaceFirst("");
            Matcher contact = CONTACT_CLAUSE.matcher(l);
            if (s.lang == Lang.EN && contact.matches()) {
                l = contact.group(1);
            }
            String exact = EXACT.matcher(l).replaceAll("").strip();
            l = exact.isEmpty() ? l : exact;
        } while (!l.equals(before) && !l.isBlank());
        if (l.isBlank()) {
            l = label.strip();
        }
        l = RefineText.capitalize(l.strip());
        if (type == FieldType.TEXT && s.clauseSaid != null && attached(RefineText.fold(s.clauseSaid), RefineText.fold(l))) {
            // "on voudrait pouvoir joindre le bon de livraison", "necesitamos poder adjuntar el albarán": what is attached is a file
            type = FieldType.FILE;
        }
        if (type == FieldType.DATE && s.clauseSaid != null && TIME_SAID.matcher(RefineText.fold(s.clauseSaid)).find()) {
            // "when exactly it arrived", "à quelle heure", "wann genau": the time too
            type = FieldType.DATETIME;
        }
        if (type == FieldType.TEXT && PER_UNIT.matcher(l).matches()) {
            type = FieldType.MONEY;
        }
        return new Named(l, type);
    }

    private static boolean attached(String said, String label) {
        Matcher m = ATTACH_SAID.matcher(said);
        while (m.find()) {
            if (!label.isEmpty() && said.startsWith(label, m.end())) {
                return true;
            }
        }
        return false;
    }
}
