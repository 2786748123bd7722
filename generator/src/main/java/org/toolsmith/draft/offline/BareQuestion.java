package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * A new field asked for as a bare question, with no verb of adding: "which mechanic did the job?", "where was the car
 * parked?", "quel technicien a fait l'intervention ?", "¿qué técnico hizo la reparación?", "Welcher Techniker hat den
 * Auftrag erledigt?", "où est rangé le colis ?". The question is said again as the wish the readers know ("we need to
 * know which …", "on a besoin de savoir …", "necesitamos saber …", "wir müssen wissen, …"), with the kind the question
 * names in front. A question about the app itself ("which field is required?", "what is this column for?") is no field:
 * {@link #aboutTheApp} says so, and the loop leaves it out.
 */
final class BareQuestion {
    /** Chatter before the question: "hi,", "and", "also", "oh and", "et", "y", "und", "noch". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:hi|hello|hey|ok|okay|oh|also|and|but|bonjour|salut|et|aussi|mais|hola|y|tambien|pero|hallo|und|auch|noch|aber)\\b[,!\\s]*)*");
    /** Words of the app itself: a question about them asks how the app is, not for a field. */
    private static final String META = "(?:fields?|columns?|options?|values?|ones?|kinds? of records?|types? of records?|tables?|lists?|screens?|buttons?|tabs?|forms?|settings?|apps?|records?|entr(?:y|ies)|way"
            + "|champs?|colonnes?|valeurs?|listes?|ecrans?|onglets?|formulaires?|campos?|columnas?|opcion(?:es)?|valor(?:es)?|listas?|paginas?|pantallas?|formularios?"
            + "|feld(?:er)?|spalten?|werte?|listen?|seiten?|masken?|formulare?|eintrage?)";
    /** "which mechanic", "quel technicien", "que tecnico" (with its accent in the original), "welcher Techniker": the thing asked about. */
    private static final Pattern WHICH = Pattern.compile("^(?:which|what|quel|quelle|quels|quelles|que|cual|cuales|welche[rsmn]?)\\s+(?!" + META + "\\b)"
            + "(?!(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|happens|happened|about|if|else|est|sont|a|ont|es|son|ha|han|ist|sind|hat|haben|wird|war)\\b)\\p{L}[\\p{L}'-]+\\s+\\S");
    /** "was the car washed?", "est-ce que la voiture a été lavée ?", "¿se ha lavado el coche?", "Wurde das Auto gewaschen?": something done or not. */
    private static final Pattern DONE_EN = Pattern.compile("^(?:was|were|has|have)\\s+(?:been\\s+)?((?:the|a|an|their|its|his|her|any)\\s+(?:[a-z'-]+\\s+){0,2}?)([a-z]{3,}ed)(?:\\s+(?:on|in|for|at|during|after)\\s+(?:each|every|the|a|an)\\s+[a-z'-]+)?$");
    private static final Pattern DONE_FR = Pattern.compile("^est-ce (?:que|qu')\\s*((?:le|la|les|l'|son|sa|ses|leur)\\s*(?:\\S+\\s+){0,2}?)(?:a|ont) ete\\s+(\\S+)$");
    private static final Pattern DONE_ES = Pattern.compile("^se (?:ha|han)\\s+(\\S+(?:ado|ido|ados|idos|ada|ida|adas|idas))\\s+((?:el|la|los|las|su|sus)\\s+\\S+(?:\\s+\\S+)?)$");
    private static final Pattern DONE_DE = Pattern.compile("^(?:wurde|wurden)\\s+((?:der|die|das|den|sein|seine|ihr|ihre)\\s+\\S+(?:\\s+\\S+)?)\\s+(ge\\S+(?:t|en)|\\S+(?:iert|ert|elt))$");
    /** Deeds done to the app, not to the thing the record is about. */
    private static final Pattern APP_DEED = Pattern.compile("\\b(?:removed|deleted|renamed|changed|added|moved|required|hidden|shown|updated|imported|exported|saved|supprime\\w*|renomme\\w*|ajoute\\w*|modifie\\w*|eliminad\\w*|borrad\\w*|cambiad\\w*|anadid\\w*|renombrad\\w*|geloscht|entfernt|umbenannt|geandert|hinzugefugt|gespeichert)\\b");

    /** A yes/no question about something done to the thing: the yes/no field, said as the wish to know whether. */
    private static String yesNo(RefineSession s, RefineClause q) {
        if (q.match(APP_DEED).find()) {
            return null;
        }
        String text = q.text.replaceAll("[?\\s]+$", "");
        Matcher m;
        Entity kind = named(s, q);
        String scope = kind == null ? "" : "for each " + kind.name() + ", ";
        String said = q.orig.replaceAll("[?\\s]+$", "");
        if ((m = DONE_EN.matcher(text)).find()) {
            RefineClause all = new RefineClause(said);
            return scope + "we need to know whether " + all.sub(m.start(1), m.start(2)).orig.strip() + " was " + all.group(m, 2).orig;
        }
        if ((m = DONE_FR.matcher(text)).find()) {
            return scope + "on a besoin de savoir si " + new RefineClause(said).from(m.start(1)).orig;
        }
        if ((m = DONE_ES.matcher(text)).find()) {
            RefineClause all = new RefineClause(said);
            return scope + "necesitamos saber si " + all.group(m, 2).orig + " ha sido " + all.group(m, 1).orig;
        }
        if ((m = DONE_DE.matcher(text)).find()) {
            return scope + "wir müssen wissen, ob " + new RefineClause(said).group(m, 1).orig + " " + new RefineClause(said).group(m, 2).orig + " wurde";
        }
        return null;
    }

    /** The noun after the question word, in the original spelling. */
    private static final Pattern NOUN = Pattern.compile("(?iu)^\\S+\\s+(\\p{L}[\\p{L}'-]+)");
    /** "where was the car parked?", "où est rangé le colis ?", "¿dónde se guarda?", "wo wird das Paket gelagert?". */
    private static final Pattern WHERE = Pattern.compile("^(?:where|ou|donde|wo)\\s+\\S+\\s+\\S");
    /** "when did the car come in?", "what time did it arrive?" (English; the others read "quand …?" already). */
    private static final Pattern WHEN_EN = Pattern.compile("^(?:when|what time|at what time)\\s+(?:did|does|do|was|were|is|are|has|have)\\s+\\S");
    /** A question about what happened to the data, not a thing to record: "when did the date change?". */
    private static final Pattern HISTORY = Pattern.compile("\\b(?:change|changed|changes|disappear|disappeared|vanish|vanished|go wrong|went wrong|break|broke|deleted|removed|renamed)\\b");
    /** A question about the app or put to the reader: it names a field, a column, or "I" / "you" ("where can I change …?", "when did you add …?"). */
    private static final Pattern ABOUT_USE = Pattern.compile("\\b(?:" + META.replace("ones?|", "").replace("way|", "") + "|i|you|je|j|tu|vous|yo|tu|usted|ich|du|apunto|anoto|pongo|escribo|meto|mets|ecris|note|trage|schreibe)\\b");
    /** "à quelle date", "on which day", "a qué hora", "an welchem Tag": a moment, which the date readers name. */
    private static final Pattern MOMENT = Pattern.compile("^(?:\\S+\\s+)?(?:date|day|time|hour|jour|heure|fecha|dia|hora|datum|tag|uhrzeit)\\b");
    /** "which field is required?", "quel champ est obligatoire ?", "¿qué campo es obligatorio?", "welches Feld ist Pflicht?". */
    private static final Pattern ABOUT_APP = Pattern.compile("^(?:which|what|how many|quel|quelle|quels|quelles|combien de|que|cual|cuales|cuant[oa]s|welche[rsmn]?|wie viele)\\s+(?:of the\\s+)?" + META + "\\b");

    private BareQuestion() {
    }

    /** A sentence, with its end marks. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*[\\n]?");

    /** The message with the start and the end of a piece of work said as two "when"s made the two times, before other readers turn them into dates. */
    static String times(RefineSession s, String message) {
        return each(s, message, true);
    }

    /** The message with each bare question said as a wish, and each question about the app left out. */
    static String take(RefineSession s, String message) {
        return each(s, message, false);
    }

    private static String each(RefineSession s, String message, boolean times) {
        if (message == null || message.length() > 1500) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = SENTENCE.matcher(message);
        int from = 0;
        boolean any = false;
        while (m.find()) {
            String sentence = m.group();
            RefineClause c = new RefineClause(sentence.strip().replaceAll("[.!]+$", "").replaceAll("^[¿¡\\s]+", ""));
            String plain = times ? startEnd(s, c) : sentence.strip().endsWith("?") ? aboutTheApp(c) ? "" : plain(s, c) : known(s, c);
            if (plain == null) {
                continue;
            }
            out.append(message, from, m.start()).append(plain.isEmpty() ? "" : " " + plain + ". ");
            from = m.end();
            any = true;
        }
        return any ? out.append(message.substring(from)).toString().strip() : message;
    }

    /** "on doit savoir où …", "il faut savoir quel …", "necesitamos saber dónde / qué …", "wir müssen wissen, wo / welcher …". */
    private static final Pattern KNOW = Pattern.compile("^(?:[^,:;]{0,40}?,\\s*)?(?:(?:il (?:nous |me )?(?:faut|faudrait)|on (?:doit|devrait|voudrait|veut|aimerait)|nous (?:devons|voulons|voudrions)|je (?:dois|veux|voudrais)|j'aimerais|(?:on|nous|j') ?(?:a|avons|ai|aurait) besoin de)\\s+(?:aussi\\s+|egalement\\s+|bien\\s+)?savoir"
            + "|(?:necesito|necesitamos|quiero|queremos|hay que|tenemos que|debemos|(?:me|nos) gustaria|quisiera|quisieramos|(?:nos |me )?falta)\\s+(?:tambien\\s+)?saber"
            + "|(?:wir|ich|man)\\s+(?:mussen|muss|mochten|mochte|wollen|will|sollten|musste|mussten)\\s+(?:(?:auch|noch|immer|unbedingt)\\s+)*wissen"
            // "bitte beim Paket noch erfassen, wo …", "noter aussi où …", "apuntar también dónde …"
            + "|(?:bitte\\s+)?(?:(?:bei|beim|fur)\\s+(?:\\S+\\s+)?\\S+\\s+)?(?:(?:bitte|noch|auch)\\s+)*(?:erfassen|festhalten|eintragen|notieren|vermerken)"
            + "|(?:noter|indiquer|preciser|enregistrer|apuntar|anotar|registrar|indicar))\\s*,?\\s+(?:(?:aussi|tambien|auch|noch)\\s+)?");
    /** "en qué …", "dans quel …", "in welchem …", "on which …": the place asked about, then its word. */
    private static final Pattern IN_WHICH = Pattern.compile("^(?:en|dans|sur|a|in|auf|an|on|at)\\s+(?=(?:que|quel\\w*|welche\\w*|which|what)\\s)");
    /** "qué técnico" asks which; a plain "que" ("il faut savoir que le colis est arrivé") does not. */
    private static final Pattern ACCENTED_QUE = Pattern.compile("^[¿\\s]*[Qq]ué\\s");
    /** A second thing asked in the same clause: "quel client a remonté le bug et à quelle date" is two fields, left to the readers of asks. */
    private static final Pattern SECOND_ASK = Pattern.compile("\\s(?:et|y|e|und|and)\\s+(?:a\\s+|an\\s+|en\\s+|on\\s+|at\\s+)?(?:quel\\w*|quand|ou|qui|cuando|donde|quien\\w*|que|cual\\w*|wann|wo|wer|welche\\w*|when|where|who|which|what)\\b");
    /** A list of values after a colon: "… : réception, bagagerie ou coffre". */
    private static final Pattern VALUES = Pattern.compile("\\s*:\\s*(.+)$");

    /** A wish to know which thing or where, said in French, Spanish or German, as the field it asks for; null when it is none. */
    private static String known(RefineSession s, RefineClause c) {
        if (s.lang == Lang.EN) {
            return null;
        }
        Matcher k = c.from(lead(c)).match(KNOW);
        if (!k.find()) {
            return null;
        }
        RefineClause q = c.from(lead(c)).from(k.end());
        Matcher in = q.match(IN_WHICH);
        if (in.find()) {
            q = q.from(in.end()); // "en qué estantería", "dans quel bâtiment", "in welchem Regal": the thing asked about
        }
        boolean which = q.match(WHICH).find() && (!q.text.startsWith("que ") || ACCENTED_QUE.matcher(q.orig).find());
        boolean where = q.match(WHERE).find();
        if (!which && !where || q.match(HISTORY).find()) {
            return null;
        }
        if (which && q.match(MOMENT).find() || q.match(SECOND_ASK).find()) {
            return null;
        }
        Matcher v = q.match(VALUES);
        List<String> values = v.find() ? RefineText.values(q.group(v, 1).orig) : List.of();
        RefineClause asked = values.size() >= 2 ? q.sub(0, v.start()) : q;
        Entity kind = named(s, asked);
        kind = kind != null ? kind : named(s, c.from(lead(c)).sub(0, k.end())); // "bitte beim Paket noch erfassen, wo …"
        String scope = kind == null ? "" : "for each " + kind.name() + ", ";
        String what;
        if (which) {
            Matcher head = NOUN.matcher(asked.orig);
            if (!head.find()) {
                return null;
            }
            what = head.group(1);
        } else {
            what = RefineDescriber.placeLabel(s.lang, asked);
        }
        return scope + "add " + what + (values.size() >= 2 ? " (" + String.join(", ", values) + ")" : "");
    }

    /** "when they start and when they finish", "quand ils commencent et quand ils finissent", "cuándo empiezan y cuándo acaban", "wann sie anfangen und wann sie fertig sind". */
    private static final Pattern START_END = Pattern.compile(
            "\\bwhen\\s+(?:\\S+\\s+){0,2}?(?:start|starts|started|begin|begins|began|arrive|arrives|arrived)\\b.{0,40}?\\s(?:and|&)\\s+when\\s+(?:\\S+\\s+){0,2}?(?:finish|finishes|finished|end|ends|ended|stop|stops|stopped|leave|leaves|left|are done|is done|are finished)\\b"
                    + "|\\bquand\\s+(?:\\S+\\s+){0,2}?(?:commence\\w*|debute\\w*|demarre\\w*|arrive\\w*)\\b.{0,40}?\\set\\s+quand\\s+(?:\\S+\\s+){0,2}?(?:finiss\\w*|finit|terminent|termine|s'arrete\\w*|arrete\\w*|partent|part|sont finis|ont fini)\\b"
                    + "|\\bcuando\\s+(?:\\S+\\s+){0,2}?(?:empiez\\w*|empez\\w*|comienz\\w*|comenz\\w*|inici\\w*|lleg\\w*)\\b.{0,40}?\\sy\\s+cuando\\s+(?:\\S+\\s+){0,2}?(?:acab\\w*|termin\\w*|finaliz\\w*|se van|salen)\\b"
                    + "|\\bwann\\s+(?:\\S+\\s+){0,3}?(?:anfang\\w*|anfangt|beginn\\w*|start\\w*|kommt|kommen)\\b.{0,40}?\\sund\\s+wann\\s+(?:\\S+\\s+){0,3}?(?:aufhor\\w*|fertig|end\\w*|beend\\w*|geht|gehen)\\b(?:\\s+(?:sind|ist|werden|wird|haben|hat))?");
    /** A duration asked first, then said as its two ends: "how long each clean takes: …", "cuánto tardan en cada habitación: …". */
    private static final Pattern HOW_LONG_HEAD = Pattern.compile("\\b(?:how long|how much time|combien de temps|cuanto tiempo|cuanto tard\\w*|cuanto dur\\w*|wie lange)\\b[^:]*:\\s*$");

    /**
     * The start and the end of a piece of work said as two "when" questions: a start time and an end time (date and hour), on
     * the kind the sentence names; a duration asked before a colon is said by them. When the kind named is a thing that an event
     * kind points to ("cuánto tardan en cada habitación" with cleanings of rooms), the times go to the event.
     */
    private static String startEnd(RefineSession s, RefineClause c) {
        Matcher m = c.match(START_END);
        if (!m.find()) {
            return null;
        }
        RefineClause head = c.sub(0, m.start());
        Entity kind = event(s, named(s, c));
        String scope = kind == null ? "" : "for each " + kind.name() + ", ";
        String what = switch (s.lang) {
            case FR -> "ajoute l'heure de début et l'heure de fin";
            case ES -> "añade la hora de inicio y la hora de fin";
            case DE -> "ergänze Beginn (Uhrzeit) und Ende (Uhrzeit)";
            default -> "add the start time and the end time";
        };
        String after = c.from(m.end()).orig.strip();
        if (!head.match(HOW_LONG_HEAD).find() && !head.text.isBlank() && !head.text.matches(".*\\b(?:know|see|record|track|note|log|savoir|noter|saber|registrar|apuntar|anotar|wissen|erfassen|festhalten|notieren)\\W*$")) {
            return null; // the two "when"s are not what the sentence asks for
        }
        return scope + what + (after.isEmpty() || after.matches("^[.!?]*$") ? "" : ", " + after.replaceAll("^[,;\\s]+", ""));
    }

    /** The event kind that points to a thing named (with a date of its own), when the thing has none and only one such event exists. */
    private static Entity event(RefineSession s, Entity named) {
        if (named == null || named.fields().stream().anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.DATE || f.type() == org.toolsmith.spec.FieldType.DATETIME)) {
            return named;
        }
        Entity found = null;
        for (Entity e : s.spec.entities()) {
            boolean points = e.fields().stream().anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.REFERENCE && named.key().equals(f.target()));
            boolean dated = e.fields().stream().anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.DATE || f.type() == org.toolsmith.spec.FieldType.DATETIME);
            if (points && dated) {
                if (found != null) {
                    return named;
                }
                found = e;
            }
        }
        return found != null ? found : named;
    }

    /** Whether the clause is a question about the app itself: it names no field to add. */
    static boolean aboutTheApp(RefineClause c) {
        return c.orig.strip().endsWith("?") && c.from(lead(c)).match(ABOUT_APP).find();
    }

    private static String plain(RefineSession s, RefineClause c) {
        RefineClause q = c.from(lead(c));
        if (q.isEmpty() || q.text.split("\\s+").length > 16 || q.match(HISTORY).find() || q.match(ABOUT_USE).find()) {
            return null;
        }
        boolean which = q.match(WHICH).find() && (!q.text.startsWith("que ") || ACCENTED_QUE.matcher(q.orig).find());
        boolean where = q.match(WHERE).find();
        boolean when = s.lang == Lang.EN && q.match(WHEN_EN).find();
        if (!which && !where && !when) {
            return yesNo(s, q);
        }
        if (which && s.lang != Lang.EN && q.match(MOMENT).find()) {
            return null;
        }
        String ask = q.orig.replaceAll("^[¿\\s]+", "").replaceAll("[?\\s]+$", "");
        Entity kind = named(s, q);
        if (which && s.lang != Lang.EN) {
            // "quel technicien …", "qué técnico …", "welcher Techniker …": the thing asked about names the field
            Matcher head = NOUN.matcher(ask);
            if (head.find()) {
                return (kind == null ? "" : "for each " + kind.name() + ", ") + "add " + head.group(1);
            }
        }
        String scope = kind == null ? "" : switch (s.lang) {
            case FR -> "pour chaque " + kind.name() + ", ";
            case ES -> "en cada " + kind.name() + ", ";
            case DE -> "bei " + kind.name() + " ";
            default -> "for each " + kind.name() + ", ";
        };
        return scope + switch (s.lang) {
            case FR -> "on a besoin de savoir " + lower(ask);
            case ES -> "necesitamos saber " + lower(ask);
            case DE -> "wir müssen wissen, " + lower(ask);
            default -> "we need to know " + lower(ask);
        };
    }

    private static int lead(RefineClause c) {
        Matcher m = c.match(LEAD);
        return m.find() ? m.end() : 0;
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** The one kind of the spec the question names by its name or plural, if exactly one. */
    private static Entity named(RefineSession s, RefineClause q) {
        Entity found = null;
        String text = " " + q.text.replaceAll("[^\\p{L}\\p{N}' -]", " ").replace('\'', ' ') + " ";
        for (Entity e : s.spec.entities()) {
            boolean said = false;
            for (String n : new String[] {e.name(), e.plural()}) {
                String f = RefineText.fold(n == null ? "" : n);
                if (!f.isBlank() && text.contains(" " + f + " ")) {
                    said = true;
                }
            }
            if (said && found != null && found != e) {
                return null;
            }
            if (said) {
                found = e;
            }
        }
        return found;
    }
}
