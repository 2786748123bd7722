package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;

/**
 * New values of a choice field said as news about the world, in a sentence that names the field
 * ({@link RefineGist}): "we also do e-bike repairs now, and the type only has A and B", "on fait aussi des
 * cartes de visite et des bâches, et ça n'apparaît nulle part dans la liste", "cada vez vienen más conejos y
 * hurones". The values are quoted words, else the list ("A, B and C") in the part of the sentence that says
 * what is new (also / now / too, aussi, también / cada vez más, auch / jetzt / seit), not the part that
 * names the field or its current values.
 */
final class GistOptions {
    /** Something new: "also", "now", "since January", "more and more". */
    private static final Pattern NEWS = p("\\b(?:also|too|as well|now|these days|since|started|new|more and more|missing|not in the list|there is also|besides|"
            + "manque\\w*|n'apparai\\w+|il y a aussi|en plus de|a cote de|falta\\w*|no aparece\\w*|hay tambien|incorpor\\w+|ademas de|fehl\\w*|gibt es (?:noch|auch)|neben|"
            + "aussi|egalement|desormais|maintenant|depuis|nouveaux?|nouvelles?|de plus en plus|"
            + "tambien|ahora|desde|cada vez|nuev[oa]s?|ademas|"
            + "auch|jetzt|seit|inzwischen|mittlerweile|neu\\w*|zusatzlich)\\b");
    /** Question words, which no choice value holds: "who fixed it and when", "qui l'a résolu et quand", "quién y cuándo", "wer und wann". */
    private static final Pattern ASKING = p("(?:^|\\s|')(?:who|whom|whose|when|why|how|qui|quand|pourquoi|comment|quien|cuando|por que|wer|wen|wem|wann|warum)(?:$|\\s)");
    /** A list of two or more short items joined by and / or in any of the four languages. */
    private static final Pattern LIST = p("((?:[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}\\s*,\\s*)*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})\\s+(?:and|or|et|ou|y|e|o|u|und|oder|sowie)\\s+"
            + "((?:(?:des|de|du|les|la|le|un|une|the|some|more|mas|unos|unas|los|las|el|una|un|eine?n?|die|der|das)\\s+)?[\\p{L}'’-]+(?:\\s+(?:(?:de|of|du|del|des|vom|von|fur)\\s+|d')?[\\p{L}'’-]+){0,2})");
    /** Words that start what an item is not part of: a verb of having, an article, an also-word. */
    private static final Set<String> NOT_VALUE = RefineText.set("we", "they", "i", "also", "now", "too", "do", "does", "have", "has", "get", "got", "take", "sell", "offer",
            "on", "nous", "fait", "faisons", "avons", "a", "aussi", "egalement", "desormais", "maintenant", "propose", "proposons", "vend", "vendons",
            "tambien", "ahora", "recibimos", "vienen", "tenemos", "hacemos", "ofrecemos", "vendemos", "llegan", "cada", "vez", "mas",
            "wir", "haben", "machen", "bieten", "verkaufen", "auch", "jetzt", "seit", "noch", "es", "gibt",
            "des", "de", "du", "les", "la", "le", "un", "une", "the", "some", "more", "unos", "unas", "los", "las", "el", "una",
            "ein", "eine", "einen", "die", "der", "das", "dem", "den", "and", "et", "y", "und", "only", "seulement", "solo", "nur");

    /** Words no choice value holds: verbs of having, places, negations. */
    private static final Pattern REJECT = p("\\b(?:con|with|avec|mit|dans|para|pour|for|que|qui|which|ningun|nulle|aucun|kein\\w*|sin|sans|without|no|not|pas|nicht|"
            + "hemos|have|has|ont|haben|hat|is|are|est|sont|es|son|ist|sind|we|wir|nous|on|nos)\\b");
    /** A value no longer used: "stopped working with", "hemos dejado de trabajar con", "plus personne ne … de", "nicht mehr mit". */
    private static final Pattern STOPPED = p("\\b(?:stopped|no longer|don't (?:use|do|work with) \\w*|dejado de|ya no|plus (?:personne|de)|ne \\w+ plus|nicht mehr|kein\\w* mehr|arrete|abandonn\\w+)\\b");
    /** "three levels", "trois niveaux", "drei Stufen": a count of the values, before them. */
    private static final Pattern COUNTED = p("(?:^|\\s)(?:\\d+|two|three|four|five|six|deux|trois|quatre|cinq|six|dos|tres|cuatro|cinco|seis|zwei|drei|vier|funf|sechs)\\s+\\S+$");
    /** Words that end the last value: "des bâches depuis janvier", "Spanish and Italian now". */
    private static final Set<String> RIGHT_STOP = RefineText.set("depuis", "since", "now", "desde", "seit", "ahora", "maintenant", "jetzt", "a", "au", "aux", "en", "in", "on", "at",
            "for", "pour", "para", "fur", "from", "et", "and", "y", "und", "que", "qui", "which", "dans", "this", "ce", "cette", "este", "esta", "diese", "also", "aussi",
            "too", "cada", "each", "chaque", "jede", "todos", "tous", "anymore", "mehr", "plus", "tambien", "auch", "noch", "ya", "deja", "schon", "already", "as", "well",
            "today", "aujourd'hui", "hoy", "heute", "too", "every", "toutes", "todas", "alle", "ici", "here", "hier", "aqui");
    private static final Set<String> JOINS = Set.of("de", "d'", "of", "del", "du", "vom", "von");

    /** Whether the message is German, where every noun is capitalised (set while reading one sentence). */
    private static final ThreadLocal<Boolean> GERMAN = ThreadLocal.withInitial(() -> false);

    private GistOptions() {
    }

    /** Adds the new values to the choice field the sentence names (and drops one it says is gone); false when no clear value is said. */
    static boolean read(RefineSession s, RefineClause c, RefineMatcher.FieldRef field) {
        GERMAN.set(s.lang == Lang.DE);
        Field f = field.field();
        if (FieldEditCues.oneOf(s, c, field)) {
            // "payment status – it's either paid, pending or written off, nothing else": the whole set
            return true;
        }
        if (!f.type().hasOptions() || !c.match(NEWS).find()) {
            return false;
        }
        List<String> values = new ArrayList<>();
        for (String q : RefineText.quoted(c.orig)) {
            if (!RefineText.fold(q).equals(RefineText.fold(f.label())) && q.split("\\s+").length <= 4) {
                values.add(q);
            }
        }
        if (values.isEmpty()) {
            values = listed(c, f);
        }
        if (values.isEmpty()) {
            values = shaped(s, c, f);
        }
        if (values.isEmpty() && NewsValue.named(s, c, f) != null) {
            // "there's a fourth controlled zone, Riverside, which the form doesn't offer"
            values = new ArrayList<>(List.of(NewsValue.named(s, c, f)));
        }
        if (!f.options().isEmpty() && f.options().stream().noneMatch(o -> RefineText.fold(o).matches(".*[a-z]s$"))) {
            // the values in the form of the ones there: "Perro, Gato" take "Conejo", not "Conejos"
            values = new ArrayList<>(values.stream().map(v -> RefineText.capitalize(Inflector.singular(s.lang, v))).toList());
        }
        values.removeIf(v -> f.options().stream().anyMatch(o -> RefineText.fold(o).equals(RefineText.fold(v))));
        if (values.stream().anyMatch(v -> ASKING.matcher(RefineText.fold(v)).find())) {
            // "I also need to know who fixed it and when": a question about the record asks for fields, not values
            return false;
        }
        if (values.isEmpty() || values.size() > 6) {
            return false;
        }
        List<String> gone = gone(c, f);
        int at = ranked(f, values);
        if (at >= 0) {
            // "10 ans" before "15 ans": numbered values keep their order
            s.addOptions(field.entity().key(), f.key(), values, at);
        } else {
            s.addOptions(field.entity().key(), f.key(), values);
        }
        if (!gone.isEmpty() && gone.size() < f.options().size()) {
            // "we stopped working with A and took on B and C": A goes
            s.removeOptions(field.entity().key(), f.key(), gone);
        }
        return !s.changes.isEmpty();
    }

    /** Where one numbered value goes among numbered values in rising order, or -1. */
    static int ranked(Field f, List<String> values) {
        if (values.size() != 1 || !values.get(0).matches("\\d+\\b.*")) {
            return -1;
        }
        int mine = Integer.parseInt(values.get(0).replaceAll("^(\\d+).*", "$1"));
        for (int i = 0; i < f.options().size(); i++) {
            String o = f.options().get(i);
            if (o.matches("\\d+\\b.*") && Integer.parseInt(o.replaceAll("^(\\d+).*", "$1")) > mine) {
                return i;
            }
        }
        return -1;
    }

    /** Values for a field that becomes a choice: quoted ones, else the list the sentence gives. */
    static List<String> values(RefineClause c, Field f) {
        List<String> quoted = RefineText.quoted(c.orig).stream().filter(q -> !RefineText.fold(q).equals(RefineText.fold(f.label()))).toList();
        if (quoted.size() >= 2) {
            return quoted;
        }
        List<String> out = new ArrayList<>();
        Matcher m = c.match(LIST);
        for (int from = 0; from < c.text.length() && m.find(from); from = next(c.text, m.start())) {
            List<String> items = items(c, m, f);
            if (items.size() >= 2) {
                return items;
            }
        }
        return out;
    }

    /** Existing values the sentence says are no longer used ("we stopped working with MRW", "plus personne ne … de fax"). */
    private static List<String> gone(RefineClause c, Field f) {
        List<String> out = new ArrayList<>();
        Matcher stop = c.match(STOPPED);
        while (stop.find()) {
            String after = c.text.substring(stop.end(), Math.min(c.text.length(), stop.end() + 40));
            for (String o : f.options()) {
                if (after.matches("(?s).*\\b" + Pattern.quote(RefineText.fold(o)) + "\\b.*")) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** One value after a lack cue, cut to the shape of the values there ("il manque les concessions de 10 ans" → "10 ans"). */
    private static List<String> shaped(RefineSession s, RefineClause c, Field f) {
        List<String> out = new ArrayList<>();
        RefineClause thing = GistPhrase.lacking(s, c);
        if (thing == null || f.options().isEmpty()) {
            return out;
        }
        String[] w = thing.orig.split("\\s+");
        for (int k = 0; k < w.length; k++) {
            String first = RefineText.fold(w[k]);
            String last = RefineText.fold(w[w.length - 1]);
            int size = w.length - k;
            boolean shape = f.options().stream().anyMatch(o -> {
                String[] ow = RefineText.fold(o).split("\\s+");
                return ow.length == size && (ow[ow.length - 1].equals(last) || first.matches("\\d.*") && ow[0].matches("\\d.*"));
            });
            if (shape) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)));
                return out;
            }
        }
        return out;
    }

    /** The list in the part of the sentence that says what is new and does not name the field or its values. */
    private static List<String> listed(RefineClause c, Field f) {
        for (String part : c.orig.split("\\s*[,;:]\\s+(?=(?:and|but|so|et|mais|donc|y|pero|asi|und|aber|also)\\b)|\\s*;\\s*|\\s+(?:but|mais|pero|aber)\\s+")) {
            RefineClause piece = new RefineClause(part);
            if (!piece.match(NEWS).find() || names(piece, f)) {
                continue;
            }
            Matcher m = piece.match(LIST);
            for (int from = 0; from < piece.text.length() && m.find(from); from = next(piece.text, m.start())) {
                // a list that holds a word no value holds may start one word later ("con MRW y hemos incorporado GLS y DHL")
                List<String> out = items(piece, m, f);
                if (out.size() >= 2) {
                    return out;
                }
            }
        }
        return new ArrayList<>();
    }

    /** The items of one list match, or none when one of them holds a word no value holds. */
    private static List<String> items(RefineClause piece, Matcher m, Field f) {
        List<String> out = new ArrayList<>();
        String[] left = piece.group(m, 1).orig.split("\\s*,\\s*");
        if (left.length > 1 && COUNTED.matcher(RefineText.fold(left[0])).find()) {
            // "trois niveaux, normal, prioritaire et urgence vitale": the count of what follows is no value
            left = java.util.Arrays.copyOfRange(left, 1, left.length);
        }
        for (int i = 0; i < left.length; i++) {
            String item = item(left[i], i == 0);
            if (item == null || REJECT.matcher(RefineText.fold(left[i])).find()) {
                // "dejado de trabajar con MRW y …": the words around a value hold no verb of having, place or negation
                return new ArrayList<>();
            }
            out.add(item);
        }
        String[] tail = piece.group(m, 2).orig.split("\\s+");
        int keep = 1;
        while (keep < tail.length && !RIGHT_STOP.contains(RefineText.fold(tail[keep]))) {
            keep++;
        }
        String right = item(String.join(" ", java.util.Arrays.copyOfRange(tail, 0, keep)), false);
        if (right == null || REJECT.matcher(RefineText.fold(String.join(" ", java.util.Arrays.copyOfRange(tail, 0, keep)))).find() || out.stream().anyMatch(v -> REJECT.matcher(RefineText.fold(v)).find()) || REJECT.matcher(RefineText.fold(right)).find()) {
            return new ArrayList<>();
        }
        out.add(right);
        if (out.stream().anyMatch(v -> RefineText.fold(v).equals(RefineText.fold(f.label())) || JOINS.contains(RefineText.fold(v).replaceAll("^.*\\s", "")))) {
            return new ArrayList<>();
        }
        return out;
    }

    /** Where the word after the one at this position starts. */
    private static int next(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.max(i, at + 1);
    }

    private static boolean names(RefineClause piece, Field f) {
        String t = piece.text;
        return f.options().stream().filter(o -> o.length() > 2).filter(o -> t.matches("(?s).*\\b" + Pattern.quote(RefineText.fold(o)) + "\\b.*")).count() >= 2;
    }

    /** One value: the words after the last word that is not part of a value (the first item may carry a verb in front). */
    private static String item(String words, boolean first) {
        boolean german = GERMAN.get();
        String[] w = (first ? ValueLeads.cut(words.strip()) : words.strip()).split("\\s+");
        int from = 0;
        for (int i = 0; i < w.length; i++) {
            String x = RefineText.fold(w[i]);
            boolean joins = JOINS.contains(x) && i > from && i + 1 < w.length;
            if (NOT_VALUE.contains(x) && !joins) {
                from = i + 1;
            }
        }
        if (!first && from > 1) {
            return null;
        }
        if (from >= w.length || w.length - from > 4) {
            return null;
        }
        int caps = w.length;
        while (caps > from && Character.isUpperCase(w[caps - 1].charAt(0))) {
            caps--;
        }
        if (caps < w.length && caps > from && !Character.isUpperCase(w[from].charAt(0)) && !german) {
            // "give tours in Spanish", "hemos incorporado GLS": the name is the capitalised words at the end
            from = caps;
        }
        String v = String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)).replaceAll("[.!?]+$", "");
        return v.isBlank() ? null : RefineText.capitalize(v);
    }
}
