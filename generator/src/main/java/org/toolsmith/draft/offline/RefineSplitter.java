package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a chat message into clauses, one edit each: at sentence ends, at dashes, and at "and" or a
 * comma when an edit starts after it ("…, and the end date has to be mandatory"). A list of values
 * that a dash or comma cut off ("Add a status - Open, Closed - and…") goes back to its clause.
 */
final class RefineSplitter {
    /** How an edit starts, in the four languages (on folded text). */
    static final String TRIGGER = "(?:(?:also|then|please|now|just|so|plus|aussi|puis|tambien|luego|auch|dann|bitte)\\s+)*"
            + "(?:(?:add|remove|delete|drop|get rid|rename|make|set|change|link|have|let|record|track|store|capture|include|show|"
            // "…, and call the offer 'Offer price'": a rename to a quoted name, not part of what was added before it
            + "(?:call|appelle[rz]?|llam[ae]|nenn[et]?)\\s+(?:the\\s+|le\\s+|la\\s+|l'|el\\s+|den\\s+|die\\s+|das\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2}\\s+[\"'«“]|"
            + "attach|mark|turn|switch|put|take|move|split|merge|we|i|it|they|there|nobody|no one|(?:people|everyone|staff|users) (?:are|keep|often|always|never|write|type|put|enter|forget)|each|every|chaque|cada|que cada|jede[rsmn]?|can|could|il (?:faut|y a)|on (?:a|n'a|doit|veut|voudrait|aimerait|peut)|nous|je|"
            + "haz|pon|tambien|mache|machen|mach|wir|ich|noch|mets|met|rends|rend|"
            // "…, et rendre le praticien obligatoire", "… y hacer opcional la fecha", "…, and call it Reserve": an infinitive of editing, or naming what was just named
            + "rendre|mettre|passer|transformer|hacer|poner|dejar|convertir|(?:call|name) (?:it|that|this|them)(?!\\s+(?:that|this|so)\\b)|"
            // "… y queremos poner la fecha opcional": a wish opens an edit only when an editing verb follows ("y queremos marcar si …" stays)
            + "(?:queremos|quiero|quisieramos|nos gustaria)(?=\\s+(?:anadir|agregar|quitar|eliminar|renombrar|hacer|poner|dejar|convertir|cambiar)\\b))\\b|"
            + "the\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,2}\\s+(?:should|must|has|have|needs?|is|are|can|cannot|can't|shouldn't|doesn't|could)\\b|"
            // "…, and a job can have several trades", "und ein Einsatz kann mehrere Gewerke haben": what one record may have, an edit of its own
            + "(?:a|an|one|un|une|una|uno|ein|eine)\\s+[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:can|could|may|might|peut|pourra|puede|podra|kann|darf)\\s+(?:have|avoir|tener|haber|(?:\\w+\\s+){0,3}haben|be|etre|ser)\\b|"
            // "…, and the grade needs Expert as well", "und das Gewerk braucht noch Maler": a field that needs one more value
            + "[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:needs|also needs|now needs|braucht|brauchen|a besoin|ont besoin|necesita|necesitan)\\s+(?:noch|auch|aussi|also|tambien|de|d')?\\s*[\\w'\"«„“]|"
            + "[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:should|must|has to|needs to|needs (?:an?|another|more)|is now|can also|can be|shouldn't|can't|(?:is|are)\\s+(?:now\\s+)?(?:required|optional|mandatory|compulsory|not|no longer|a|an))\\b|"
            + "ajout|rajout|supprim|enlev|retir|renomm|anad|agreg|quit|elimin|borr|renombr|necesit|fug|entfern|losch|benenn|"
            + "cambi[ae]|remplace|reemplaz[ae]|sustituy[ea]|ersetze|es (?:kommen|kommt|fehlen|fehlt)|(?:pon|poned|mete|meted|incorpora|nimm|pack|ponle|ponles|anadele|anadeles)\\b|que sean?\\b|(?:deja|dejad|laisse|lass) (?:el|la|los|las|le|les|l'|den|die|das)\\b|il (?:nous )?manque|(?:nos |me )?faltan?\\b|se (?:anaden|suman)|"
            + "(?:le|la|les|l')\\s*[\\w'-]+(?:\\s+[\\w'-]+){0,3}\\s+(?:doit|doivent|devrait|est|sont|peut)\\b|"
            // "…, and the access code we don't need anymore", "et le code on n'en veut plus", "y el código ya no lo queremos"
            + "(?:the|our|le|la|les|l'|el|los|las|den|die|das|der)\\s*[\\w'-]+(?:\\s+[\\w'-]+){0,3}\\s*,?\\s+(?:we (?:don't|do not|no longer|won't|never)|nobody|no one|"
            + "on (?:n'en|n'|ne)|nous n'en|personne ne|ya no|no (?:lo|la|los|las) (?:necesitamos|queremos|usamos)|nadie|(?:brauchen|wollen|benotigen|nutzen) wir (?:nicht|kein))\\b|"
            + "(?:el|la|los|las)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,3}\\s+(?:debe|deben|es|son|puede)\\b|"
            + "(?:der|die|das)\\s+[\\w'-]+(?:\\s+[\\w'-]+){0,2}\\s+(?:soll|sollen|sollte|sollten|muss|mussen|ist|sind|kann|konnen)\\b|"
            // "…, und Hinfahrt und Rückfahrt sollen Pflicht sein": a German subject with no article, then a modal
            + "[\\w'-]+(?:\\s+[\\w'-]+){0,2}\\s+(?:soll|sollen|sollte|sollten|muss|mussen)\\s+(?:\\w+\\s+){0,3}(?:pflicht\\w*|optional|ausgefullt|sein|werden|heissen)\\b|"
            + "[\\w'-]+(?:\\s+[\\w'-]+){0,3}\\s+(?:entfernen|loschen|streichen|weglassen|hinzufugen|erganzen|aufnehmen|umbenennen)(?:\\s|$|[.!,;])|"
            // "…, and on maintenance add…", "y en las salas añade…": a kind in front of the verb
            + "(?:for|on|in|to|pour|dans|sur|para|en|bei|beim|fur|im)\\s+(?:(?:the|each|every|all|les|la|le|chaque|los|las|el|cada|den|dem|der|die|das)\\s+|l')?[\\w'-]+(?:\\s+[\\w'-]+)?\\s*,?\\s+"
            + "(?:please\\s+|also\\s+|bitte\\s+|noch\\s+)?(?:add|remove|delete|drop|rename|make|track|record|include|ajout|rajout|supprim|anad|agreg|quit|fug|entfern|erganz)\\w*\\b)";

    /** "…several sessions, each with a date": the fields of what was just named, not a new edit. */
    private static final String EACH_WITH = "(?:each|every one|chacune?|cada un[oa]|jeweils)\\s+(?:with|has|having|avec|a|con|tiene|mit|hat)\\b";
    private static final Pattern SENTENCE = Pattern.compile(
            "(?<=[.!?;])\\s+|[.!?;]+$|\\s*\\n\\s*(?:[-*•]\\s+|\\d{1,2}[.)]\\s+)?|(?:^|\\s+)\\(?\\d{1,2}[.)]\\s+|(?:^|\\s+)\\(?[a-h]\\)\\s+|^[-*•]\\s+");
    private static final Pattern JOIN = Pattern.compile(
            "\\s+[-–—]+\\s+(?:(?:and|et|y|und)\\s+)?|\\s*,\\s*(?:(?:and|but|et|mais|y|pero|und|aber)\\s+)?(?!" + EACH_WITH + ")(?=" + TRIGGER + ")"
                    + "|(?<!\\bum\\s{1,3}[\\w'-]{1,30})\\s+(?:and|but|et|mais|y|pero|und|aber)\\s+(?=" + TRIGGER + ")|\\s+(?:and then|then|puis|luego|und dann)\\s+|\\s*,\\s*dann\\s+");
    private static final Pattern SCOPE_ONLY = Pattern.compile(
            "^(?:(?:and|also|et|aussi|y|tambien|und|auch)\\s+)?(?:for|on|in|at|pour|dans|sur|para|en|bei|fur|zu)\\s+(?:(?:the|each|every|all|our|les|la|le|l'|chaque|los|las|el|cada|den|dem|der|die|das|jede[rsmn]?)\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?$");
    /** A few words naming fields, with no verb: the start of a list that the clause after goes on with. */
    private static final Pattern BARE_NOUNS = Pattern.compile("^(?:(?:the\\s+|le\\s+|la\\s+|les\\s+|l'|el\\s+|los\\s+|las\\s+|der\\s+|die\\s+|das\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,2}\\s*,\\s*){0,4}"
            + "(?:the\\s+|le\\s+|la\\s+|les\\s+|l'|el\\s+|los\\s+|las\\s+|der\\s+|die\\s+|das\\s+)?[\\w'-]+(?:\\s+[\\w'-]+){0,2}$");
    private static final Pattern VERB_FIRST = Pattern.compile("^(?:please\\s+)?(?:add|remove|delete|drop|get|rename|make|set|change|link|track|record|include|capture|store|attach|mark|turn|put|keep|"
            + "ajout\\w*|rajout\\w*|supprim\\w*|enlev\\w*|retir\\w*|renomm\\w*|rends|mets|anad\\w*|agreg\\w*|quit[ae]\\w*|elimin\\w*|borr[ae]|renombr\\w*|haz|pon|fug\\w*|entfern\\w*|losch\\w*|benenn\\w*|mach\\w*)\\b");
    private static final Pattern IMPERATIVE = Pattern.compile("^(?:(?:also|then|please|now|just|so|plus|aussi|puis|tambien|luego|auch|dann|bitte)\\s+)*"
            + "(?:add|remove|delete|drop|get rid|rename|make|set|change|link|have|let|record|track|store|capture|include|show|attach|mark|turn|switch|put|we|i|it|they|there|nobody|no one|can|could|"
            + "ajout|rajout|supprim|enlev|retir|renomm|rends|mets|il faut|on|nous|je|anad|agreg|quit|elimin|borr|renombr|haz|pon|necesit|fug|entfern|losch|benenn|mach|wir|ich)");
    private static final Pattern EACH_COLON = Pattern.compile("^(?:each|every|chaque|cada|jede[rsmn]?)\\s+[^:\\s]+(?:\\s+[^:\\s]+){2,16}(\\s*:\\s*)"
            + "(?=(?:we|i|il (?:nous )?faut|on a besoin|nous avons besoin|ajout\\w*|add|keep|create|make|cre\\w*|necesit\\w*|anad\\w*|wir|ich|leg\\w*|fug\\w*)\\b)");
    private static final Pattern HAS_TRIGGER = Pattern.compile("\\b" + TRIGGER);
    private static final Pattern FLAG_TAIL = Pattern.compile("^\\s*(?:(?:not|pas|no|nicht)\\s+)?(?:optional|required|mandatory|compulsory|obligatoire|facultati(?:f|ve)|optionnel(?:le)?|"
            + "obligatori[oa]|opcional|pflicht(?:feld)?|verpflichtend|freiwillig)\\s*[.!]*$");
    /** A bare "and" between two parts, no comma or dash. */
    private static final Pattern AND_ONLY = Pattern.compile("\\s+(?:and|et|y|und)\\s+");
    /** German: a value or two, then the verb closing the sentence ("… und Wochenende ergänzen"). */
    private static final Pattern VALUE_VERB_LAST = Pattern.compile("^(?:noch\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:noch\\s+)?(?:hinzufugen|erganzen|aufnehmen|entfernen|loschen|streichen|rausnehmen)\\s*[.!]*\\s*$");
    /** A German verb or modal in the part before, which makes it an edit of its own. */
    private static final Pattern GERMAN_VERB = Pattern.compile("\\b(?:hinzufugen|erganzen|aufnehmen|entfernen|loschen|streichen|rausnehmen|umbenennen|machen|setzen|weglassen|"
            + "soll|sollen|sollte|muss|mussen|ist|sind|kann|konnen|wird|werden|brauchen|haben)\\b");
    /** "… y también Fax al canal", "… et aussi Web aux canaux": one more value of the list the verb before adds to. */
    private static final Pattern ALSO_TO = Pattern.compile("^(?:tambien|aussi|auch)\\s+[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:al|a la|a los|a las|en el|en la|en los|au|aux|a|dans|zum|zur|zu|in)\\b");
    private static final Pattern END_MARKS = Pattern.compile("[.!?;]+$");
    private static final Pattern ONLY_I = Pattern.compile("I\\b");
    private static final Pattern QUOTES = Pattern.compile("\"[^\"]*\"|«[^»]*»");
    /** A short value; German gender forms ("Mechatroniker/in", "Kaufmann/-frau") are one word. */
    /** One value of a list: a word or two, then a comma, "or"/"and", the end of the sentence. */
    private static final Pattern VALUE_TAIL = Pattern.compile("^([\\p{L}\\p{N}'&+-]+(?:\\s+[\\p{L}\\p{N}'&+-]+)?)\\s*(?:,|[.!?;]|$|\\s+(?:or|and|ou|et|o|y|oder|und)\\s)");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[\\p{L}\\p{N}'&+ ]|(?<=\\p{L})/-?(?=(?:in|innen|frau|mann)\\b))+$");

    private RefineSplitter() {
    }

    static List<RefineClause> split(String message) {
        List<RefineClause> out = new ArrayList<>();
        // "e.g.", "z.B.", "p. ex.", "i.e.": abbreviations, not the end of a sentence
        RefineClause whole = new RefineClause(message.replaceAll("(?i)\\b(e)\\.\\s?(g)\\.|\\b(i)\\.\\s?(e)\\.|\\b(z)\\.\\s?(b)\\.|\\b(p)\\.\\s?(ex|ej)\\.", "$1$2$3$4$5$6$7$8")
                // "Max. Teilnehmer", "Nr. der Rechnung", "env. 3 h": a shortened word, not the end of a sentence
                .replaceAll("(?i)\\b(max|min|nr|ca|env|aprox|approx|bzw|inkl|evtl|ggf|ref)\\.(?=\\s+\\p{L})", "$1"));
        List<RefineClause> sentences = new ArrayList<>();
        for (RefineClause sentence : cut(whole, SENTENCE)) {
            Matcher colon = EACH_COLON.matcher(sentence.text);
            if (colon.find()) {
                // "each vehicle has one driver: we need a list of drivers with…": a link, then the kind
                sentences.add(sentence.sub(0, colon.start(1)));
                sentences.add(sentence.from(colon.end(1)));
            } else {
                sentences.add(sentence);
            }
        }
        for (RefineClause sentence : sentences) {
            List<RefineClause> parts = cut(sentence, JOIN);
            for (int i = 0; i + 1 < parts.size(); i++) {
                // "For rooms, we also want…": the kind in front belongs to the clause after it
                if (SCOPE_ONLY.matcher(parts.get(i).text).matches()) {
                    parts.set(i, new RefineClause(parts.get(i).orig + ", " + parts.get(i + 1).orig));
                    parts.remove(i + 1);
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                RefineClause part = parts.get(i);
                if (i > 0 && isBareList(part) && !endsWithList(out.get(out.size() - 1))) {
                    RefineClause prev = out.remove(out.size() - 1);
                    out.add(new RefineClause(prev.orig + ": " + part.orig));
                } else if (!part.isEmpty()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static List<RefineClause> cut(RefineClause c, Pattern at) {
        List<RefineClause> out = new ArrayList<>();
        Matcher m = c.match(at);
        boolean joins = at == JOIN;
        Matcher q = QUOTES.matcher(c.text);
        List<int[]> quoted = new ArrayList<>();
        while (q.find()) {
            quoted.add(new int[] {q.start(), q.end()});
        }
        int start = 0;
        while (m.find()) {
            int pos = m.start();
            if (quoted.stream().anyMatch(span -> pos > span[0] && pos < span[1])) {
                continue;
            }
            String before = c.text.substring(start, pos).strip();
            if (joins && m.group().contains(",") && insideValues(c, pos, m.end())) {
                // "condition should be a pick list - New, Good, Retire, Worn": a value that looks like a verb is one more value
                continue;
            }
            if (joins && AND_ONLY.matcher(m.group()).matches() && (VALUE_VERB_LAST.matcher(c.text.substring(m.end())).matches() && !GERMAN_VERB.matcher(before).find()
                    || ALSO_TO.matcher(c.text.substring(m.end())).find() && VERB_FIRST.matcher(before).find())) {
                // "Schichten: bitte Nacht und Wochenende ergänzen", "añade Web y también Fax al canal": one list of values
                continue;
            }
            if (joins && AND_ONLY.matcher(m.group()).matches() && !m.group().contains("und") && lastValue(c, m.end())) {
                // "rajoute les statuts Suspendu et Élimination", "add the trades Tiler and Remover": a capitalised last value, not an edit
                continue;
            }
            if (joins && FLAG_TAIL.matcher(c.text.substring(m.end())).matches()) {
                // "the invoice number - optional", "…, not required": the flag of the thing before, not an edit of its own
                continue;
            }
            if (joins && !m.group().matches(".*(?:[-–—]|\\b(?:but|mais|pero|aber)\\b).*") && BARE_NOUNS.matcher(before).matches() && !VERB_FIRST.matcher(before).find()
                    && !before.matches(".*(?:n't\\b|\\b(?:is|are|be|should|must|can|will|has|have|need|needs|want|not|no|est|sont|doit|doivent|pas|plus|es|son|debe|deben|ist|sind|soll|sollen|muss|nicht|kein|keine)\\b).*")
                    && !IMPERATIVE.matcher(c.text.substring(m.end())).find()) {
                // "borrowed on, due back and condition should be mandatory": one list of fields, not three edits
                continue;
            }
            if (m.start() > start) {
                out.add(c.sub(start, m.start()));
            }
            start = m.end();
        }
        if (start < c.text.length()) {
            out.add(c.from(start));
        }
        out.removeIf(RefineClause::isEmpty);
        return out;
    }

    /** After a colon or a dash, short values, and then a word or two standing alone as the next one (capitalised after a single value). */
    private static boolean insideValues(RefineClause c, int pos, int next) {
        String head = c.text.substring(0, pos);
        int lead = Math.max(head.lastIndexOf(':'), Math.max(head.lastIndexOf(" - "), Math.max(head.lastIndexOf(" \u2013 "), head.lastIndexOf(" \u2014 "))));
        if (lead < 0) {
            return false;
        }
        String[] items = head.substring(lead + 2).strip().split("\\s*,\\s*");
        if (java.util.Arrays.stream(items).anyMatch(x -> x.isBlank() || x.split("\\s+").length > 3)) {
            return false;
        }
        Matcher tail = VALUE_TAIL.matcher(c.text.substring(next));
        if (!tail.find()) {
            return false;
        }
        String typed = c.sub(next, next + tail.end(1)).orig;
        String typedBefore = c.sub(lead + 2, pos).orig;
        boolean upper = Character.isUpperCase(typed.codePointAt(0));
        return upper || items.length > 1 && typedBefore.equals(typedBefore.toLowerCase(java.util.Locale.ROOT));
    }

    /** A word or two written with a capital (not "I") that end the sentence: the last value of a list, in English, French or Spanish. */
    private static boolean lastValue(RefineClause c, int next) {
        String rest = c.text.substring(next);
        Matcher tail = VALUE_TAIL.matcher(rest);
        if (!tail.find() || tail.end(1) < END_MARKS.matcher(rest.strip()).replaceAll("").length()) {
            return false;
        }
        String typed = c.from(next).orig.strip();
        return !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0)) && !ONLY_I.matcher(typed).lookingAt();
    }

    /** "Open, Returned, Lost": values only, no verb. */
    static boolean isBareList(RefineClause c) {
        String[] items = c.text.replaceAll("[.!?;]+$", "").split("\\s*,\\s*|\\s+(?:or|and|ou|et|o|y|oder|und)\\s+");
        if (items.length < 2 || HAS_TRIGGER.matcher(c.text).find() && !capitalised(c)) {
            // "New, Good, Worn, Retire": a capitalised word that could start an edit is still a value
            return false;
        }
        for (String item : items) {
            if (!LIST_ITEM.matcher(item.strip().replaceAll("[\"']", "")).matches() || item.strip().split("\\s+").length > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(RefineClause c) {
        String[] typed = c.orig.replaceAll("[.!?;]+$", "").split("\\s*,\\s*|\\s+(?:or|and|ou|et|o|y|oder|und)\\s+");
        return typed.length > 2 && java.util.Arrays.stream(typed).allMatch(x -> !x.isBlank() && Character.isUpperCase(x.strip().codePointAt(0)) && x.strip().split("\\s+").length <= 2);
    }

    private static boolean endsWithList(RefineClause c) {
        return c.text.contains(":");
    }
}
