package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * One sentence, two kinds, one verb: "the tasks need a due date, and the projects a budget", "les tâches ont besoin
 * d'une échéance, les projets d'un budget", "las tareas necesitan un plazo y los proyectos un presupuesto", "bei den
 * Aufgaben eine Frist ergänzen, bei den Projekten ein Budget", "add a due date to the tasks, and on the projects a
 * budget". The part after the second kind is an edit of its own on that kind: the sentence is cut before the second
 * kind, and the verb of the first part is said again in the second when the second has none ("… need(s)", "… ont
 * besoin", "… necesitan", "… brauchen" after the kind; a verb of adding before it; German: a verb of adding that ends
 * the first part, after the second). Before, the second detail went to the first kind, or was glued into a name with
 * the second kind ("Interviews need a location" as one field of the candidates).
 *
 * Only when the sentence names exactly two kinds of the spec (by name or plural, each once), the first part has such
 * a verb with the first kind as its subject or its place, and a joining word, a comma or a semicolon stands right before
 * the second kind (with its article or preposition). Otherwise the message stays as it is.
 */
final class KindGaps {
    /** A sentence and the marks that end it. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?\\n]*");
    /** The comma and spaces that open the rest after a kind. */
    private static final Pattern LEAD_COMMA = Pattern.compile("^\\s*,?\\s*");
    private static final Pattern TAIL_END = Pattern.compile("(?s)^.*?([.!?\\s]*)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*");
    /** Words that may stand between the joint and the second kind. */
    private static final Set<String> LEADS = Set.of("the", "each", "every", "all", "on", "for", "in", "to", "les", "la", "le", "l", "chaque", "sur", "pour",
            "aux", "au", "los", "las", "el", "cada", "en", "a", "para", "al", "die", "der", "den", "dem", "bei", "beim", "fur", "jede", "jeder", "jedem");
    /** Joining words before the second kind. */
    private static final Set<String> JOINS = Set.of("and", "plus", "also", "y", "et", "und", "sowie", "aussi", "tambien", "auch", "ausserdem");
    /** The first part: the first kind, then a verb of needing. */
    private static final Pattern NEED_AFTER = Pattern.compile("^\\s*(?:\\p{L}+\\s+){0,3}?(?:also\\s+)?"
            + "(needs?|should (?:also )?have|must (?:also )?have|ont (?:aussi |egalement )?besoin|a (?:aussi |egalement )?besoin|doivent avoir|"
            + "necesitan|necesita|deben tener|brauchen|braucht|benotigen|sollen|sollten)\\b");
    private static final String NEEDS = "needs?|should (?:also )?have|must (?:also )?have|ont (?:aussi |egalement )?besoin|a (?:aussi |egalement )?besoin|doivent avoir|"
            + "necesitan|necesita|deben tener|brauchen|braucht|benotigen";
    private static final String ARTICLES = "(?:(?:the|each|every|all|les|la|le|chaque|los|las|el|cada|die|der|das|alle|jede[rsn]?)\\s+|l')?";
    /** A sentence opened by a kind and a verb of needing. */
    private static final Pattern KIND_NEED = Pattern.compile("^\\s*(?:(?:and|also|oh|et|y|und)\\s+)?" + ARTICLES + "([\\p{L}-]+(?: [\\p{L}-]+)?)\\s+(?:also\\s+|aussi\\s+|tambien\\s+|auch\\s+)?(" + NEEDS + ")\\b");
    /** A sentence opened by a kind and a comma: the verb left out. */
    private static final Pattern KIND_COMMA = Pattern.compile("^\\s*(?:(?:and|also|et|y|und)\\s+)?" + ARTICLES + "([\\p{L}-]+(?: [\\p{L}-]+)?)\\s*(,)\\s*(?=\\S)");
    /** The first part: a verb of adding in front. */
    private static final Pattern ADD_FIRST = Pattern.compile("^\\s*(?:(?:please|pls|also|so|oh|and|bitte|merci de|svp|por favor|tambien|aussi)\\s+)*"
            + "(add|also add|ajoute[sz]?|ajouter|rajoute[sz]?|anade|anadid|anadir|agrega|agregad|agregar)\\b");
    /** The first part: a German verb of adding at its end. */
    private static final Pattern ADD_LAST = Pattern.compile("\\b(erganzen|hinzufugen|aufnehmen|erfassen|anlegen)\\s*$");
    /** The second part already has a verb of its own. */
    private static final Pattern OWN_VERB = Pattern.compile("\\b(?:add|adds|remove|delete|drop|rename|change|make|turn|set|put|need|needs|needed|want|should|must|could|can|has|have|get|"
            + "ajout\\w*|rajout\\w*|supprim\\w*|enlev\\w*|renomm\\w*|chang\\w*|faut|faudrait|besoin|doit|doivent|ont|rend\\w*|"
            + "anad\\w*|agreg\\w*|quit\\w*|elimin\\w*|cambi\\w*|necesit\\w*|tiene|tienen|debe\\w*|haz|"
            + "erganz\\w*|hinzuf\\w*|entfern\\w*|losch\\w*|umbenenn\\w*|brauch\\w*|soll\\w*|muss|mussen|haben|hat|ist|sind|machen)\\b");

    private KindGaps() {
    }

    static String take(RefineSession s, String message) {
        if (message.indexOf(',') < 0 && message.indexOf(';') < 0 && !message.contains(" ")) {
            return message;
        }
        List<Entity> kinds = s.spec.entities();
        if (kinds.size() < 2) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        Matcher sm = SENTENCE.matcher(message);
        int last = 0;
        boolean changed = false;
        String need = null;
        while (sm.find()) {
            out.append(message, last, sm.start());
            String said = sm.group();
            String read = sentence(s, kinds, said);
            if (read == null && need != null) {
                read = gapped(kinds, said, need);
            }
            need = needVerb(kinds, said);
            changed |= read != null;
            out.append(read == null ? said : read);
            last = sm.end();
        }
        out.append(message.substring(last));
        return changed ? out.toString() : message;
    }

    /** "Les tâches ont besoin d'une échéance. Les projets, d'un budget.": the second sentence has the kind and what it needs. */
    private static String gapped(List<Entity> kinds, String said, String need) {
        RefineClause c = new RefineClause(said);
        Matcher m = KIND_COMMA.matcher(c.text);
        if (!m.find() || kindNamed(kinds, m.group(1)) == null || OWN_VERB.matcher(c.text.substring(m.end())).find()) {
            return null;
        }
        String lead = said.substring(0, said.length() - said.stripLeading().length()) + c.sub(0, m.end(1)).orig.strip();
        String rest = c.from(m.end()).orig;
        return lead + " " + need + " " + rest;
    }

    /** The verb of needing after the kind that opens the sentence, as typed. */
    private static String needVerb(List<Entity> kinds, String said) {
        RefineClause c = new RefineClause(said);
        Matcher m = KIND_NEED.matcher(c.text);
        if (!m.find() || kindNamed(kinds, m.group(1)) == null) {
            return null;
        }
        return c.sub(m.start(2), m.end(2)).orig;
    }

    private record Mention(Entity kind, int start, int end) {
    }

    private static String sentence(RefineSession s, List<Entity> kinds, String said) {
        RefineClause c = new RefineClause(said);
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(c.text);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= 2 && i + n <= words.size(); n++) {
                String phrase = c.text.substring(words.get(i)[0], words.get(i + n - 1)[1]);
                Entity e = kindNamed(kinds, phrase);
                if (e != null) {
                    found.add(new Mention(e, i, i + n));
                }
            }
        }
        if (found.isEmpty() || found.size() > 2 || found.size() == 2 && (found.get(0).kind() == found.get(1).kind() || found.get(1).start() <= found.get(0).end())) {
            return null;
        }
        // one kind only: the first part names a field ("add X to the sources, and on the interviews a Y")
        Mention first = found.size() == 2 ? found.get(0) : null;
        Mention second = found.get(found.size() - 1);
        int floor = first == null ? 1 : first.end();
        int lead = second.start();
        while (lead > floor && LEADS.contains(word(c, words, lead - 1))) {
            lead--;
        }
        int join = lead;
        while (join > floor && JOINS.contains(word(c, words, join - 1))) {
            join--;
        }
        if (join <= floor || first == null && !placeBefore(c, words, second.start())) {
            return null;
        }
        int headEnd = words.get(join - 1)[1];
        String gap = c.text.substring(headEnd, words.get(join)[0]);
        if (join == lead && !gap.contains(",") && !gap.contains(";")) {
            return null; // no joining word, comma or semicolon before the second kind
        }
        if (second.end() >= words.size()) {
            return null; // nothing said after the second kind
        }
        String head = c.text.substring(0, headEnd);
        String headOrig = c.sub(0, headEnd).orig;
        String tailText = c.text.substring(words.get(lead)[0]);
        RefineClause tail = c.from(words.get(lead)[0]);
        String end = TAIL_END.matcher(tail.orig).replaceAll("$1");
        String tailOrig = tail.orig.substring(0, tail.orig.length() - end.length());
        if (tailOrig.isBlank()) {
            return null;
        }
        int firstAt = first == null ? 0 : words.get(first.start())[0];
        Matcher need = NEED_AFTER.matcher(head.substring(firstAt));
        boolean needStyle = first != null && need.find() && leadsOnly(c, words, first.start());
        Matcher add = ADD_FIRST.matcher(head);
        boolean addFirst = add.find() && (first == null || placeBefore(c, words, first.start()));
        Matcher addLast = ADD_LAST.matcher(head);
        boolean verbLast = s.lang == Lang.DE && first != null && addLast.find() && placeBefore(c, words, first.start());
        if (!needStyle && !addFirst && !verbLast) {
            return null;
        }
        String headDone = said.substring(0, said.length() - said.stripLeading().length()) + headOrig.strip() + ". ";
        if (OWN_VERB.matcher(tailText).find()) {
            return headDone + RefineText.capitalize(tailOrig.strip()) + end;
        }
        if (needStyle) {
            String verb = c.sub(firstAt + need.start(1), firstAt + need.end(1)).orig;
            RefineClause kindAndLead = c.sub(words.get(lead)[0], words.get(second.end() - 1)[1]);
            String after = c.from(words.get(second.end() - 1)[1]).orig;
            after = LEAD_COMMA.matcher(after.substring(0, after.length() - end.length())).replaceFirst("");
            if (after.isBlank()) {
                return null;
            }
            return headDone + RefineText.capitalize(kindAndLead.orig.strip()) + " " + verb + " " + after + end;
        }
        if (addFirst) {
            String verb = c.sub(add.start(1), add.end(1)).orig;
            return headDone + RefineText.capitalize(verb) + " " + tailOrig.strip() + end;
        }
        String verb = c.sub(addLast.start(1), addLast.end(1)).orig;
        return headDone + RefineText.capitalize(tailOrig.strip()) + " " + verb + end;
    }

    private static String word(RefineClause c, List<int[]> words, int i) {
        return c.text.substring(words.get(i)[0], words.get(i)[1]);
    }

    /** Only openers, articles and the like before the first kind: it is the subject. */
    private static boolean leadsOnly(RefineClause c, List<int[]> words, int at) {
        for (int i = 0; i < at; i++) {
            String w = word(c, words, i);
            if (!LEADS.contains(w) && !JOINS.contains(w) && !Set.of("oh", "so", "then", "now", "y", "pues", "donc", "alors", "und", "dann", "also").contains(w)) {
                return false;
            }
        }
        return at <= 4;
    }

    /** A preposition of place right before the first kind (its article between): the kind is where the detail goes. */
    private static boolean placeBefore(RefineClause c, List<int[]> words, int at) {
        for (int i = at - 1; i >= 0 && i >= at - 3; i--) {
            String w = word(c, words, i);
            if (Set.of("to", "on", "for", "au", "aux", "sur", "pour", "a", "al", "en", "bei", "beim", "fur", "zu", "zum", "zur").contains(w)) {
                return true;
            }
            if (!Set.of("the", "each", "every", "all", "les", "la", "le", "l", "chaque", "los", "las", "el", "cada", "den", "dem", "der", "die", "jedem", "jeder").contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** A kind of the spec named by its name or plural (German: a dative plural in -n as well). */
    private static Entity kindNamed(List<Entity> kinds, String phrase) {
        for (Entity e : kinds) {
            for (String name : new String[] {e.name(), e.plural()}) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                String n = RefineText.fold(name);
                if (phrase.equals(n) || phrase.equals(n + "n") || phrase.equals(n + "en")) {
                    return e;
                }
            }
        }
        return null;
    }
}
