package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * A new kind said as things to keep track of, with the kind that refers to each of them (session 26, s26r):
 * "also track the suppliers, each order comes from one", "add branches as their own list and link every visit to its
 * branch", "il faut aussi suivre les véhicules, chaque intervention utilise un véhicule", "añade una tabla de
 * patrocinadores y vincula cada charla con su patrocinador", "wir wollen auch die Fahrzeuge erfassen, jeder Einsatz
 * nutzt ein Fahrzeug". Read by word family, whatever the order: a word of keeping a list (track, keep, list of,
 * table of, suivre, gérer, liste des, llevar, lista de, erfassen, Liste der …) before a plural noun that is neither
 * a kind nor a field of the app, and "each / chaque / cada / jede" before a kind of the app, with "one" or the new
 * noun after it. The new kind gets a name and the kind said with "each" links to it. A noun of a typed value
 * (hours, amount, photo, date) is never a kind; a list of the kind's details after it is left to the other readers.
 */
final class KindTracked {
    private static final String ART = "(?:(?:the|our|all|their|its|a|les|nos|des|leurs|tous les|toutes les|los|las|nuestros|nuestras|unos|unas|die|unsere|alle)\\s+)?";
    /** A word of keeping a list, then the plural noun. */
    private static final Pattern KEEP = RefineText.p("\\b(?:keep track of|track|keep a list of|keep|manage|record|a list of|a table of|a table for|list of|table of|add"
            + "|suivre|gerer|garder|ajoute[rz]?|une liste des|une liste de|une table des|une table de|liste des|table des"
            + "|llevar|controlar|gestionar|registrar|anade|anadir|anadid|una lista de|una tabla de|lista de|tabla de"
            + "|liste der|liste mit|tabelle fur|tabelle der|brauchen|benotigen)\\s+(?:(?:also|too|aussi|tambien|auch|noch|bitte|please)\\s+)?" + ART + "([a-z][\\w-]+(?:\\s+[a-z][\\w-]+)?)");
    /** German: the plural noun, then the verb at the end ("die Fahrzeuge erfassen", "Mannschaften ergänzen", "Standorte als eigene Liste an"). */
    private static final Pattern KEEP_DE = RefineText.p("\\b([a-z][\\w-]+)(?=\\s+(?:\\w+\\s+){0,2}?(?:erfassen|erganzen|anlegen|verwalten|aufnehmen|als eigene (?:liste|tabelle))\\b)");
    private static final Pattern EACH = RefineText.p("\\b(?:each|every|chaque|cada|jede[rsmn]?)\\s+([a-z][\\w-]+)((?:\\s+\\S+){0,8})");
    private static final Pattern ONE = RefineText.p("\\b(?:one|a single|un|une|uno|una|einem|einer|einen|ein|eine|its|their|son|sa|su|seinem|seiner|ihrem|ihrer)\\b");
    /** Details of the kind said after it: for the readers of kinds with their fields. */
    private static final Pattern DETAILS = RefineText.p("^\\s*(?:with|avec|con|mit|\\(|-|:(?!\\s*(?:each|every|chaque|cada|jede)))");
    /** A first word that is no kind's name: an article, or the list itself ("une table des …"). */
    private static final Pattern NOT_A_KIND = RefineText.p("^(?:to|an?|un|une|uno|una|unos|unas|ein|eine|einen|einer|table|tables|list|lists|liste|listes|tabla|tablas|lista|listas|tabelle|tabellen)\\b"
            + "|\\s(?:as|haben|sein|werden|anlegen|erfassen|erganzen|verwalten|aufnehmen|have|avoir|tener|too|also|aussi|tambien|auch|please|bitte|for|pour|para|fur|and|et|y|und|with|avec|con|mit|each|every|chaque|cada|jede\\w*)$");
    /** Details listed anywhere in the message: for the readers of kinds with their fields. */
    private static final Pattern LISTED = RefineText.p("\\(|:\\s*[^.!?;]{0,60},|\\b(?:with|avec|con|mit|including|y sus|et leurs?)\\s+[^.!?;]{0,60}(?:,|\\s(?:and|et|y|und)\\s)");
    /** "the fuel bill of each trip": a detail of the kind said with "each", not a kind of its own. */
    private static final Pattern OF_EACH = RefineText.p("^[\\w-]+\\s+(?:of|de|du|des|del|von|der|for|pour|para|fur|on|sur|en|bei|per|par|por|pro)\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;]+(?=\\s|$)|\\n+");

    private KindTracked() {
    }

    static String take(RefineSession s, String message) {
        RefineClause c = new RefineClause(message);
        if (c.match(LISTED).find()) {
            return message; // "a list of donors with name, village and phone", "(nom, ville, téléphone)": the kind with its details
        }
        Matcher each = c.match(EACH);
        Entity source = null;
        int eachAt = -1;
        String after = "";
        while (each.find()) {
            Entity e = RefineResolver.entity(s, c.group(each, 1));
            if (e != null && RefineText.fold(s.singular(e.name())).equals(RefineText.fold(s.singular(each.group(1))))
                    || e != null && RefineText.fold(e.name()).equals(each.group(1))) {
                if (source != null && !source.key().equals(e.key())) {
                    return message; // two kinds said with "each": not this reader's to tell
                }
                source = e;
                eachAt = each.start();
                after = each.group(2);
            }
        }
        if (source == null) {
            return message;
        }
        String name = null;
        int nameEnd = -1;
        int nameAt = -1;
        for (Pattern p : List.of(KEEP, KEEP_DE)) {
            // every place a keeping word stands (overlapping ones too); English, French and Spanish take the first noun
            // that is a new kind, German (the verb at the end) the one nearest its verb
            Matcher m = c.match(p);
            String chosen = null;
            int chosenEnd = -1;
            for (int from = 0; from < c.text.length() && m.find(from); from = m.start() + 1) {
                if (m.start(1) <= eachAt + 4 && m.start(1) >= eachAt) {
                    continue;
                }
                String noun = noun(s, c, m, after);
                if (noun != null) {
                    chosen = noun;
                    chosenEnd = m.end(1);
                    nameAt = m.start(1);
                    if (p == KEEP) {
                        break;
                    }
                }
            }
            if (chosen != null) {
                if (name != null && !RefineText.fold(name).equals(RefineText.fold(chosen))) {
                    return message;
                }
                name = chosen;
                nameEnd = chosenEnd;
            }
        }
        if (name == null || DETAILS.matcher(c.text.substring(nameEnd)).find()
                || nameAt >= 0 && nameAt < eachAt && OF_EACH.matcher(c.text.substring(nameAt, eachAt)).find()) {
            return message;
        }
        String key = s.addEntity(name);
        s.ensureField(key);
        s.link(source.key(), key, false);
        s.lastEntity = key;
        return rest(message, c, eachAt, nameEnd);
    }

    /** The kind the plural noun names, if it is a new one and the "each" part points to it. */
    private static String noun(RefineSession s, RefineClause c, Matcher m, String after) {
        String said = c.group(m, 1).orig.replaceAll("[,.;:!?]+$", "");
        String[] words = said.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
            String one = RefineText.capitalize(s.singular(phrase));
            String folded = RefineText.fold(one);
            if (folded.length() < 3 || NOT_A_KIND.matcher(RefineText.fold(phrase)).find() || s.functionWordsOnly(one) || RefineResolver.entity(s, new RefineClause(phrase)) != null
                    || RefineResolver.entity(s, new RefineClause(one)) != null || isLabel(s, one) || isLabel(s, phrase)
                    || RefineTypes.guess(s, one) != FieldType.TEXT && RefineTypes.guess(s, one) != FieldType.PERSON) {
                continue;
            }
            String stem = folded.length() > 5 ? folded.substring(0, folded.length() - 2) : folded;
            String tail = RefineText.fold(after);
            if (tail.contains(stem) || ONE.matcher(tail).find()) {
                return one;
            }
        }
        return null;
    }

    /** The message without the sentences that said the kind and its link. */
    private static String rest(String message, RefineClause c, int eachAt, int nameEnd) {
        StringBuilder out = new StringBuilder();
        Matcher m = SENTENCE_END.matcher(c.text);
        int start = 0;
        while (start < c.text.length()) {
            int end = m.find(start) ? m.end() : c.text.length();
            boolean said = eachAt >= start && eachAt < end || nameEnd > start && nameEnd <= end;
            if (!said) {
                out.append(c.sub(start, end).orig).append(' ');
            }
            start = end;
        }
        return out.toString().strip();
    }

    private static boolean isLabel(RefineSession s, String value) {
        String v = RefineText.fold(value);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(x -> RefineText.fold(x.label()).equals(v));
    }
}
