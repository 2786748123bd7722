package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat frames in French, Spanish and German that wrap an ordinary edit, rewritten to the plain shapes
 * the readers know: what a colleague said ("mi compañera dice que …", "meine Kollegin meint, …",
 * "mon chef me dit que …") is the request itself; a problem ("on ne sait jamais qui …", "no sabemos
 * si …", "wir wissen nie, ob …") is a need to know; "X s'appelle maintenant Y", "X ahora se llama Y",
 * "X heißt jetzt Y" are renames; "X tendría que llevar también la hora" makes a date and time; a German
 * verb of keeping at the end ("kann man … noch die E-Mail hinterlegen?") is an addition; "ist es
 * möglich, dass X kein Pflichtfeld ist" is the statement. Matching is on the folded text; the typed
 * words are kept for labels.
 */
final class RefineChatFrames {
    private static final String SOMEONE = "(?:(?:mon|ma|mes|notre|nos|le|la|les|l')\\s*[\\w-]+(?:\\s+[\\w-]+){0,2}|on|ils|elles|"
            + "(?:mi|mis|nuestro|nuestra|nuestros|nuestras|el|la|los|las)\\s+[\\w-]+(?:\\s+[\\w-]+){0,2}|"
            + "(?:mein|meine|unser|unsere|der|die)\\s+[\\w-]+(?:\\s+[\\w-]+){0,2})";

    /** "mon chef me dit que", "los de compras dicen que", "meine Kollegin meint,": the report around the request. */
    private static final Pattern REPORT = Pattern.compile("^" + SOMEONE + "\\s+(?:"
            + "(?:(?:me|nous|m')\\s*)?(?:dit|disent|a dit|ont dit|m'a dit|nous a dit|trouve|trouvent|pense|pensent|signale|signalent|rappelle|remarque|fait remarquer)\\s+qu(?:e\\s+|')"
            + "|(?:(?:me|nos)\\s+)?(?:dice|dicen|ha dicho|han dicho|comenta|comentan|cree|creen|opina|opinan|recuerda|avisa|avisan)\\s+que\\s+"
            + "|(?:meint|meinen|sagt|sagen|hat gesagt|haben gesagt|findet|finden|sagte|meinte)\\s*,?\\s*(?:dass\\s+)?)(?=\\S)");

    /** "On a un souci :", "Un problema:", "Das Problem ist:": the problem said before what it is. */
    private static final Pattern PROBLEM = Pattern.compile("^(?:(?:on a|nous avons|j'ai|tenemos|hay|wir haben|es gibt)\\s+)?"
            + "(?:un |une |ein |das |el )?(?:(?:petit|gros|vrai|grand|pequeno|gran|kleines|grosses|echtes)\\s+)?(?:souci|probleme|problema|problem)(?:\\s+(?:ist|es))?\\s*(?::|,|–|-)\\s*(?=\\S)");

    private static final Pattern UNKNOWN_FR = Pattern.compile("^(?:on ne sait|nous ne savons|je ne sais|personne ne sait)\\s+(?:jamais|pas|pas toujours|toujours pas|jamais vraiment)\\s+(?=(?:qui|quand|si|s'il|s'ils|s'elle|combien|pourquoi|ou)\\b)");
    private static final Pattern UNKNOWN_ES = Pattern.compile("^(?:(?:nunca|no)\\s+(?:sabemos|se sabe|se|sabe nadie)(?:\\s+nunca)?|nadie sabe)\\s+(?=(?:quien|cuando|si|cuanto|cuanta|cuantos|cuantas|donde|por que)\\b)");
    private static final Pattern UNKNOWN_DE = Pattern.compile("^(?:wir wissen|man weiss|ich weiss|keiner weiss|niemand weiss)(?:\\s+(?:nie|nicht|oft nicht|nie so genau|nicht immer|nicht mehr))?\\s*,?\\s+(?=(?:wer|wann|ob|wie viele|wieviel|wo|warum)\\b)");

    private static final Pattern RENAME_FR = Pattern.compile("^(?:ce qui s'appelle\\s+(?:aujourd'hui|maintenant)\\s+)?(.+?)\\s*,?\\s+(?:s'appell(?:e|ent)(?:ra|ront)?\\s+(?:maintenant|desormais|dorenavant|a partir de maintenant)|(?:maintenant|desormais|dorenavant),?\\s+(?:ca\\s+|il\\s+|elle\\s+)?s'appell(?:e|ent))\\s+(.+)$");
    private static final Pattern RENAME_ES = Pattern.compile("^(?:lo que (?:ahora )?(?:es|se llama|pone)\\s+)?(.+?)\\s*,?\\s+(?:se llama(?:ra)? ahora|ahora se llama(?:ra)?|pasa a llamarse|se va a llamar|a partir de ahora se llama(?:ra)?)\\s+(.+)$");
    private static final Pattern RENAME_ES_LEAD = Pattern.compile("^lo que (?:ahora )?(?:es|se llama|pone)\\s+(?=.+\\s(?:deberia|debe|tendria que|tiene que)\\s+llamarse\\s)");
    /** "« Destination » s'appelle « Lieu »", "'Firma' heißt 'Lieferant'": both names quoted, a rename in any of the three. */
    private static final Pattern RENAME_QUOTED = Pattern.compile("^(?:(?:maintenant|desormais|ahora|jetzt|ab sofort)\\s*,?\\s+)?([«\"'][^«»\"']+[»\"'])\\s+(?:s'appelle|se llama|heisst)\\s+([«\"'][^«»\"']+[»\"'])$");
    private static final Pattern RENAME_DE = Pattern.compile("^(.+?)\\s*,?\\s+(?:heisst|heissen)\\s+(?:ab sofort|ab jetzt|jetzt|nun|kunftig|in zukunft|ab heute)\\s+(.+)$");

    private static final Pattern WITH_TIME_ES = Pattern.compile("^(.+?)\\s+(?:tendria que|tendrian que|deberia|deberian|debe|deben|tiene que|tienen que|necesita|necesitan|podria|podrian)\\s+(?:llevar|tener|incluir|mostrar|guardar|registrar)\\s+(?:tambien\\s+)?la hora(?:\\s+tambien)?$");
    private static final Pattern WITH_TIME_FR = Pattern.compile("^(.+?)\\s+(?:doit|devrait|doivent|devraient|pourrait|pourraient)\\s+(?:aussi\\s+)?(?:avoir|inclure|comporter|indiquer|contenir|afficher)\\s+(?:aussi\\s+)?l'heure(?:\\s+aussi)?$");
    private static final Pattern WITH_TIME_DE = Pattern.compile("^(.+?)\\s+(?:soll|sollte|sollen|sollten|muss|mussen|braucht|brauchen)\\s+(?:(?:auch|noch|bitte)\\s+)*(?:die\\s+)?uhrzeit(?:\\s+(?:haben|enthalten|zeigen|bekommen|mit))?$");

    private static final Pattern KEEP_DE = Pattern.compile("^(?:kann man|konnen wir|konnt ihr|kannst du|konnen sie|konnten wir|konntet ihr|konnten sie|konntest du|wir sollten|wir mussten|wir mussen|man sollte|man musste|bitte)\\s+"
            + "(.+?)\\s+(?:(?:noch|auch|mit|bitte|mal)\\s+)*(?:hinterlegen|einbauen|festhalten|erfassen|aufnehmen|eintragen|speichern|vermerken|dokumentieren|notieren|mitfuhren|abspeichern|einfugen|aufnehmen)$");
    private static final Pattern THAT_DE = Pattern.compile("^(?:ist es moglich|geht es|ginge es|ware es moglich|konnt ihr machen|konnen wir machen)\\s*,?\\s+dass\\s+((?:der|die|das)\\s+[\\w-]+)\\s+(.+?)\\s+(ist|sind|wird|werden)$");

    /** "'Von' und 'Bis' bitte in 'Beginn' und 'Ende' umbenennen", "renommez A et B en C et D", "renombrad A y B a C y D": two renames, in order. */
    private static final Pattern PAIR_RENAME = Pattern.compile(
            "^(?:bitte\\s+)?(?:die felder\\s+)?(.+?)\\s+und\\s+(.+?)\\s+(?:(?:bitte|noch|mal)\\s+)*in\\s+(.+?)\\s+und\\s+(.+?)\\s+umbenennen$"
                    + "|^renomm\\w*\\s+(?:les champs\\s+)?(.+?)\\s+et\\s+(.+?)\\s+en\\s+(.+?)\\s+et\\s+(.+)$"
                    + "|^renombr\\w*\\s+(?:los campos\\s+)?(.+?)\\s+y\\s+(.+?)\\s+(?:a|como|por|en)\\s+(.+?)\\s+y\\s+(.+)$");
    private static final String LEAD_AND = "(?iu)^(?:und|et|y|aber|mais|pero|ah|oh)\\b[,\\s]*";
    private static final String WHY_TAIL = "(?iu)\\s*,\\s*(?:das|sonst|weil|denn|c'est|sinon|car|parce|porque|que asi|asi|es que|eso)\\b.*$";

    private RefineChatFrames() {
    }

    static RefineClause plain(RefineSession s, RefineClause c) {
        if (s.lang == Lang.EN || c.isEmpty()) {
            return c;
        }
        RefineClause t = new RefineClause(c.orig.replaceAll("^[¿¡\\s]+", "").replaceAll("[?!.\\s]+$", ""));
        boolean changed = false;
        for (Pattern lead : new Pattern[] {PROBLEM, REPORT}) {
            Matcher m = t.match(lead);
            if (m.find()) {
                t = t.from(m.end());
                changed = true;
            }
        }
        RefineClause r = rewrite(s.lang, t);
        return r != null ? r : changed ? t : c;
    }

    /** Sentences of the message that rename two fields at once are applied here and taken out of the message. */
    static String pairRenames(RefineSession s, String message) {
        if (s.lang == Lang.EN || message.isBlank()) {
            return message;
        }
        StringBuilder kept = new StringBuilder();
        boolean any = false;
        for (String sentence : message.split("(?<=[.!?;])\\s+")) {
            if (pairRename(s, new RefineClause(sentence.replaceAll("[.!?;\\s]+$", "")))) {
                any = true;
            } else {
                kept.append(kept.isEmpty() ? "" : " ").append(sentence);
            }
        }
        return any ? kept.toString() : message;
    }

    private static boolean pairRename(RefineSession s, RefineClause c) {
        RefineClause t = new RefineClause(c.orig.replaceAll(LEAD_AND, "").replaceAll(WHY_TAIL, ""));
        Matcher m = t.match(PAIR_RENAME);
        if (!m.find()) {
            return false;
        }
        int g = m.group(1) != null ? 1 : m.group(5) != null ? 5 : 9;
        RefineMatcher.FieldRef a = RefineResolver.field(s, new RefineClause(RefineText.unquote(t.group(m, g).orig)));
        RefineMatcher.FieldRef b = RefineResolver.field(s, new RefineClause(RefineText.unquote(t.group(m, g + 1).orig)));
        String toA = RefineText.unquote(t.group(m, g + 2).orig).strip();
        String toB = RefineText.unquote(t.group(m, g + 3).orig).strip();
        if (a == null || b == null || a.score() < 0.8 || b.score() < 0.8 || a.field() == b.field() || toA.isEmpty() || toB.isEmpty()
                || toA.split("\\s+").length > 4 || toB.split("\\s+").length > 4) {
            return false;
        }
        s.rename(a.entity().key(), a.field().key(), RefineText.capitalize(toA));
        s.rename(b.entity().key(), b.field().key(), RefineText.capitalize(toB));
        return true;
    }

    private static RefineClause rewrite(Lang lang, RefineClause t) {
        Matcher m = t.match(RENAME_QUOTED);
        if (m.find()) {
            String from = t.group(m, 1).orig;
            String to = t.group(m, 2).orig;
            return new RefineClause(lang == Lang.FR ? from + " doit s'appeler " + to : lang == Lang.ES ? from + " debería llamarse " + to : from + " soll " + to + " heißen");
        }
        if (lang == Lang.FR) {
            if ((m = t.match(UNKNOWN_FR)).find()) {
                return new RefineClause("il faudrait savoir " + t.from(m.end()).orig);
            }
            if ((m = t.match(RENAME_FR)).find()) {
                return new RefineClause(t.group(m, 1).orig + " doit s'appeler " + t.group(m, 2).orig);
            }
            if ((m = t.match(WITH_TIME_FR)).find()) {
                return new RefineClause(t.group(m, 1).orig + " devrait être une date et heure");
            }
        } else if (lang == Lang.ES) {
            if ((m = t.match(UNKNOWN_ES)).find()) {
                return new RefineClause("necesitamos saber " + t.from(m.end()).orig);
            }
            if ((m = t.match(RENAME_ES)).find()) {
                return new RefineClause(t.group(m, 1).orig + " debería llamarse " + t.group(m, 2).orig);
            }
            if ((m = t.match(RENAME_ES_LEAD)).find()) {
                return t.from(m.end());
            }
            if ((m = t.match(WITH_TIME_ES)).find()) {
                return new RefineClause(t.group(m, 1).orig + " debería ser fecha y hora");
            }
        } else if (lang == Lang.DE) {
            if ((m = t.match(UNKNOWN_DE)).find()) {
                return new RefineClause("wir sollten wissen, " + t.from(m.end()).orig);
            }
            if ((m = t.match(RENAME_DE)).find()) {
                return new RefineClause(t.group(m, 1).orig + " soll " + t.group(m, 2).orig + " heißen");
            }
            if ((m = t.match(WITH_TIME_DE)).find()) {
                return new RefineClause(t.group(m, 1).orig + " bitte mit Uhrzeit");
            }
            if ((m = t.match(THAT_DE)).find()) {
                return new RefineClause(t.group(m, 1).orig + " " + t.group(m, 3).orig + " " + t.group(m, 2).orig);
            }
            if ((m = t.match(KEEP_DE)).find() && !t.group(m, 1).text.matches(".*\\b(?:nicht|kein\\w*|nie)\\b.*")) {
                return new RefineClause(t.group(m, 1).orig + " hinzufügen");
            }
        }
        return null;
    }
}
