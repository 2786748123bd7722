package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A thing added by name with the link said beside it, which makes the thing a record kind of its own: "add a landlord
 * (each flat belongs to one)", "we need depots too - every van belongs to one depot", "add a sponsor (link each match
 * to a sponsor) and a kickoff time", "ajoute une école (chaque élève appartient à une école)", "añade almacenes; cada
 * pedido pertenece a un almacén", "Füge eine Schule hinzu (jeder Kurs gehört zu einer Schule) und ein Startdatum",
 * "Lege Lager an, jeder Artikel gehört zu einem Lager".
 *
 * <p>The link is a clause of its own (in brackets, between dashes, or after a comma, semicolon or colon) that starts with
 * "each / every / chaque / cada / jede" (or a verb of linking right before it) and a kind the app has, and ends with "one /
 * a / un / una / einem …" and, when said, the thing again. The rest of the message must be a verb of adding, the thing
 * (no kind the app has, no field of the linked kind), and at most more details to add after "and / plus / et / y / und".
 * The thing becomes a kind with a name, the kind said with "each" links to it, and the details after it are left to
 * the other readers as an addition to that kind. Anything else leaves the message as it was.
 */
final class AddedKindLinked {
    private static final Set<String> EACH = Set.of("each", "every", "chaque", "cada", "jede", "jeder", "jedes", "jeden", "jedem");
    private static final Set<String> ONE = Set.of("one", "a", "an", "un", "une", "uno", "una", "ein", "eine", "einen", "einem", "einer", "eines", "eins");
    /** A verb of linking right before "each": "link each event to …", "relie chaque …", "vincula cada …", "verknüpfe jede …". */
    private static final Set<String> LINK_VERB = Set.of("link", "connect", "tie", "attach", "assign", "relie", "reliez", "rattache", "rattachez",
            "lie", "liez", "associe", "associez", "vincula", "vinculad", "enlaza", "enlazad", "asocia", "asigna", "verknupfe", "verknupft",
            "ordne", "ordnet", "verbinde", "verbindet", "and", "et", "y", "und", "then", "puis");
    /** Words that end the link clause without ending the sentence. */
    private static final Set<String> JOIN = Set.of("and", "plus", "et", "y", "und", "also", "aussi", "ademas");
    private static final Set<String> AFTER_THING = Set.of("too", "also", "as", "well", "aussi", "tambien", "auch", "noch");
    private static final Set<String> DET = Set.of("a", "an", "some", "un", "une", "des", "de", "d", "du", "una", "unos", "unas", "einen", "eine", "ein",
            "einer", "neue", "neuen", "new", "nouveau", "nouvelle", "nuevo", "nueva", "the", "le", "la", "les", "l", "el", "los", "las");
    /**
     * The verb of adding the message opens with ("please add", "we also need", "ajoute", "il faut", "añade", "necesitamos",
     * "füge … hinzu", "lege … an").
     */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:oh|ok|okay|and|also|please|pls|et|aussi|y|tambien|por favor|und|bitte|noch)\\s+)*"
            + "(?:(?:can|could) you (?:please )?add|add|we(?: also)? need|we'd like|create|ajoute[sz]?|rajoute[sz]?|il (?:nous )?faut(?: aussi)?|cree[sz]?|"
            + "a[nñ]ade|a[nñ]adid|agrega|crea|necesitamos(?: tambien)?|fug\\w*|leg\\w*|wir brauchen(?: auch| noch)?|erstelle)"
            + "(?:\\s+(?:also|too|please|aussi|stp|svp|tambien|por favor|bitte|noch|auch|mal))*\\s+");
    /** The gaps between words. */
    private static final Pattern WORD_GAPS = Pattern.compile("\\s+");
    /** The German particle of the adding verb, after the thing ("Füge einen Kunden hinzu", "Lege Kostenstellen an"). */
    private static final Set<String> PARTICLE = Set.of("hinzu", "an", "dazu");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private AddedKindLinked() {
    }

    private record Link(int start, int end, Entity from, String thing) {
    }

    static String take(RefineSession s, String message) {
        if (message == null || message.isBlank() || message.length() > 300) {
            return message;
        }
        String folded = RefineText.fold(message);
        if (folded.length() != message.length()) {
            return message;
        }
        for (Entity e : s.spec.entities()) {
            if (!s.originalEntities.contains(e.key())) {
                return message; // a reader before made a kind: the message is theirs
            }
        }
        Link link = link(s, folded);
        if (link == null) {
            return message;
        }
        String rest = (folded.substring(0, link.start()) + " " + folded.substring(link.end())).strip();
        String restOrig = (message.substring(0, link.start()) + " " + message.substring(link.end())).strip();
        Matcher lead = LEAD.matcher(rest);
        if (!lead.find()) {
            return message;
        }
        // the thing: the words after the verb (and an article), up to "and / plus / et / y / und", a particle or the end
        List<int[]> words = new ArrayList<>();
        for (Matcher w = WORD.matcher(rest); w.find(); ) {
            if (w.start() >= lead.end()) {
                words.add(new int[] {w.start(), w.end()});
            }
        }
        int i = 0;
        while (i < words.size() && DET.contains(word(rest, words.get(i)))) {
            i++;
        }
        int first = i;
        while (i < words.size() && !JOIN.contains(word(rest, words.get(i))) && !AFTER_THING.contains(word(rest, words.get(i)))
                && !(s.lang == Lang.DE && PARTICLE.contains(word(rest, words.get(i))))
                && (i == first || !STOP.matcher(between(rest, words.get(i - 1)[1], words.get(i)[0])).matches())) {
            i++;
        }
        if (i == first || i - first > 4) {
            return message;
        }
        String thing = rest.substring(words.get(first)[0], words.get(i - 1)[1]);
        String thingSaid = restOrig.substring(words.get(first)[0], words.get(i - 1)[1]);
        if (link.thing() != null && !same(thing, link.thing())) {
            return message;
        }
        while (i < words.size() && AFTER_THING.contains(word(rest, words.get(i)))) {
            i++;
        }
        String particle = "";
        if (i < words.size() && s.lang == Lang.DE && PARTICLE.contains(word(rest, words.get(i)))) {
            particle = " " + word(rest, words.get(i));
            i++;
        }
        String more = "";
        if (i < words.size()) {
            if (!JOIN.contains(word(rest, words.get(i)))) {
                return message;
            }
            int from = words.get(i)[1];
            while (i < words.size() && JOIN.contains(word(rest, words.get(i)))) {
                from = words.get(i)[1];
                i++;
            }
            more = restOrig.substring(from).strip();
            if (s.lang == Lang.DE && more.endsWith("hinzu") && particle.isEmpty()) {
                particle = "";
            }
        }
        // the thing is new: no kind the app has, and no field of the kind that links ("replace the venue field …" is another reader's)
        for (Entity e : s.spec.entities()) {
            if (same(thing, RefineText.fold(e.name())) || same(thing, RefineText.fold(e.plural()))) {
                return message;
            }
        }
        for (Field f : link.from().fields()) {
            if (same(thing, RefineText.fold(f.label()))) {
                return message;
            }
        }
        String name = RefineText.capitalize(s.singular(thingSaid));
        String key = s.addEntity(name);
        s.ensureField(key);
        s.link(link.from().key(), key, false);
        if (more.isEmpty()) {
            return "";
        }
        // "… and a budget": added to the kind that links
        String lead2 = restOrig.substring(0, lead.end()).strip();
        String tail = END_MARKS.matcher(more).replaceAll("");
        return lead2 + " " + tail + particle + ".";
    }

    /** The link clause: "each X … one / a Z", with where it starts and ends in the message (its brackets or separator included). */
    private static Link link(RefineSession s, String folded) {
        List<int[]> words = new ArrayList<>();
        for (Matcher w = WORD.matcher(folded); w.find(); ) {
            words.add(new int[] {w.start(), w.end()});
        }
        Link found = null;
        for (int i = 0; i < words.size(); i++) {
            if (!EACH.contains(word(folded, words.get(i)))) {
                continue;
            }
            // the kind right after "each"
            Entity from = null;
            int after = -1;
            for (Entity e : s.spec.entities()) {
                for (String n : List.of(RefineText.fold(e.name()), RefineText.fold(e.plural()))) {
                    int at = words.get(i)[1];
                    String tail = folded.substring(at).stripLeading();
                    int gap = folded.length() - at - tail.length();
                    if (tail.startsWith(n) && (tail.length() == n.length() || !Character.isLetterOrDigit(tail.charAt(n.length()))) && (from == null || at + gap + n.length() > after)) {
                        from = e;
                        after = at + gap + n.length();
                    }
                }
            }
            if (from == null) {
                continue;
            }
            // where the clause starts: a bracket, a dash, a comma, semicolon or colon before it (or a verb of linking there)
            int start = words.get(i)[0];
            int w = i;
            if (w > 0 && LINK_VERB.contains(word(folded, words.get(w - 1)))) {
                w--;
                start = words.get(w)[0];
            }
            String before = folded.substring(0, start);
            String gapBefore = before.substring(w > 0 ? words.get(w - 1)[1] : 0);
            if (!OPENS.matcher(gapBefore).matches()) {
                continue;
            }
            boolean bracket = gapBefore.contains("(");
            int cut = w > 0 ? words.get(w - 1)[1] : 0;
            // where it ends: the closing bracket, a dash, a sentence end, a comma, or "and" / "plus"
            int end = folded.length();
            int last = -1;
            for (int j = i + 1; j < words.size(); j++) {
                if (words.get(j)[0] < after) {
                    continue;
                }
                String between = folded.substring(words.get(j - 1)[1], words.get(j)[0]);
                if (bracket ? between.contains(")") : ENDS.matcher(between).find() || JOIN.contains(word(folded, words.get(j)))) {
                    end = words.get(j - 1)[1];
                    break;
                }
                last = j;
            }
            if (last < 0 || !linking(folded, words, w, last)) {
                continue;
            }
            end = words.get(last)[1];
            // the end: "… one", "… a client", "… einem Vertrag", "… un centre de coût"
            int one = -1;
            for (int j = last; j > i && j >= last - 4; j--) {
                if (ONE.contains(word(folded, words.get(j)))) {
                    one = j;
                    break;
                }
            }
            if (one < 0 || words.get(one)[0] < after) {
                continue;
            }
            String thing = one == last ? null : folded.substring(words.get(one + 1)[0], end);
            // the clause's own closing mark goes with it
            String closing = folded.substring(end);
            Matcher close = (bracket ? BRACKET_CLOSE : DASH_CLOSE).matcher(closing);
            if (close.find()) {
                end += close.end();
            } else if (bracket) {
                continue;
            }
            if (found != null) {
                return null; // two links: for the other readers
            }
            found = new Link(cut, end, from, thing);
        }
        return found;
    }

    private static final Pattern DASH_CLOSE = Pattern.compile("^\\s*[-\\u2013\\u2014](?=\\s)");
    private static final Pattern END_MARKS = Pattern.compile("[.!?\\s]+$");
    private static final Pattern BRACKET_CLOSE = Pattern.compile("^\\s*\\)");
    /** What may stand before the link clause: a bracket, a dash, a comma, a semicolon or a colon. */
    private static final Pattern OPENS = Pattern.compile("\\s*(?:\\(|[-\\u2013\\u2014]|[,;:])\\s*");
    /** What ends the link clause when it is not in brackets. */
    private static final Pattern ENDS = Pattern.compile("[.;!?()]|\\s[-\\u2013\\u2014]\\s|,");
    /** A mark between two words of the thing that ends it. */
    private static final Pattern STOP = Pattern.compile("\\s*[,;:.!?]\\s*");

    /** The clause says a link: "belongs", "link", "appartient", "pertenece", "gehört", "zugeordnet" … */
    private static boolean linking(String folded, List<int[]> words, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (NewKindLinked.LINKING.contains(word(folded, words.get(j))) || MORE_LINKING.contains(word(folded, words.get(j)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MORE_LINKING = Set.of("ligado", "ligada", "ligados", "ligadas", "rattachee", "rattaches", "rattachees", "liees", "relies");

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    private static String between(String text, int from, int to) {
        return text.substring(from, to);
    }

    /** The same thing, in its forms: "cost centres" and "cost centre", "Kostenstellen" and "Kostenstelle", "un centre de coût". */
    static boolean same(String a, String b) {
        String[] x = WORD_GAPS.split(a.strip());
        String[] y = WORD_GAPS.split(b.strip());
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !NewKindLinked.sameWord(x[i], y[i]) && !sameY(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /** "agency" and "agencies". */
    private static boolean sameY(String a, String b) {
        return a.endsWith("y") && b.equals(a.substring(0, a.length() - 1) + "ies") || b.endsWith("y") && a.equals(b.substring(0, b.length() - 1) + "ies");
    }
}
