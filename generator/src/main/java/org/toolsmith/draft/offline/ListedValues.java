package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * The values a message names when it does not say for which list, for {@link ChoiceListFit}: the quoted words; else
 * the items of the sentence's list ("canoes and dry bags", "Storniert und Erstattet", "le merisier et l'érable", "el
 * cerezo y el arce"), each one to three words, without the verbs, articles, pronouns and adverbs around them, the
 * kind or list named beside them ("pedidos cancelados" → "Cancelados") and an English verb in -ing in front; else one
 * word or capitalised run that is of a known family of values or shares a word with an option ("Cash", "Size 44" beside "Size 42").
 * The last word of a value is made singular (not in German).
 */
final class ListedValues {
    /** The values, where they start in the folded message, and whether they are one value found without a list or quotes. */
    record Said(List<String> values, int start, boolean single) {
    }

    private record Tok(int start, int end, String word) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'&+-]*");
    private static final Pattern BOUNDARY = Pattern.compile("[.!?;:()\\[\\]\\n]|\\s[-–—]\\s|^[-–—]|[-–—]$");
    private static final Set<String> JOIN = RefineText.set("and", "or", "et", "ou", "y", "e", "o", "u", "und", "oder", "sowie", "&");
    /** Words that are never part of a value said in passing: articles, pronouns, prepositions, adverbs, common verbs. */
    private static final Set<String> STOP = RefineText.set(
            "a", "an", "the", "some", "any", "all", "our", "my", "your", "their", "its", "this", "that", "these", "those", "we", "i", "you", "they", "it", "he", "she",
            "we've", "we're", "we'll", "i've", "i'd", "we'd", "they're", "there", "there's", "here", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "doing", "have", "has", "had", "get", "gets", "got", "getting", "can", "could", "would", "will", "should", "must", "may", "might",
            "need", "needs", "want", "wants", "like", "please", "pls", "too", "also", "as", "well", "now", "just", "only", "still", "then", "so", "ok", "okay",
            "add", "added", "adding", "put", "include", "started", "start", "starting", "begun", "began", "offer", "offering", "sell", "selling", "run", "running",
            "make", "making", "take", "taking", "use", "using", "come", "comes", "coming", "happen", "happens", "in", "into", "on", "onto", "at", "to", "from", "of",
            "for", "with", "by", "out", "up", "more", "extra", "another", "other", "possible", "available", "option", "options", "list", "value", "values", "choice",
            "choices", "too", "lately", "recently", "since", "today", "year", "month", "week", "again", "both", "not", "no", "yes", "if", "when", "which", "who",
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "dans", "en", "pour", "par", "sur", "avec", "il", "elle", "nous", "vous",
            "ils", "elles", "y", "a", "ai", "as", "avons", "avez", "ont", "est", "sont", "etre", "fait", "faisons", "font", "faire", "aussi", "egalement", "maintenant",
            "desormais", "encore", "ajoute", "ajoutez", "ajouter", "rajoute", "rajoutez", "mets", "mettez", "arrive", "arrivent", "vient", "viennent", "propose",
            "proposons", "vend", "vendons", "travaille", "travaillons", "svp", "stp", "merci", "plus", "ca", "cela",
            "ce", "cette", "ces", "nos", "notre", "leur", "leurs", "tu", "peux", "pouvez", "peut", "faut", "manque", "manquent", "ete", "cree", "lance",
            "el", "los", "las", "lo", "una", "uno", "unos", "unas", "del", "al", "para", "por", "con", "se", "nos", "nosotros", "hemos", "ha", "han", "hay", "es",
            "son", "ser", "estar", "esta", "estan", "tenemos", "tiene", "tienen", "hacemos", "hace", "ofrecemos", "vendemos", "trabajamos", "llegan", "llega",
            "vienen", "viene", "tambien", "ahora", "ya", "anade", "anadid", "anadir", "anadelos", "anadelas", "anadela",
            "anadelo", "agrega", "agregar", "pon", "poned", "porfa", "favor", "creado", "creada", "lanzado", "falta", "faltan", "mas", "ademas", "que", "nuestro",
            "nuestra", "nuestros", "nuestras", "su", "sus", "este", "estos", "estas",
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "bei", "beim", "zu", "zum", "zur", "im", "in", "fur", "mit", "von",
            "vom", "auf", "aus", "um", "wir", "ich", "ihr", "sie", "es", "man", "haben", "hat", "habe", "sind", "ist", "war", "sein", "werden", "wird", "gibt", "kommen",
            "kommt", "kommen", "dazu", "hinzu", "noch", "auch", "jetzt", "nun", "bitte", "danke", "mal", "doch", "schon",
            "ab", "seit", "erganze", "erganzen", "erganzt", "fuge", "fug", "hinzufugen", "aufnehmen", "bieten", "verkaufen", "machen", "unsere", "unser", "unseren",
            "fehlt", "fehlen", "zusatzlich", "eingefuhrt", "angeboten", "uns", "mehr", "weitere", "weiteren");

    private static final Set<String> PREP = RefineText.set("in", "on", "en", "im", "au", "al", "a", "sur", "sin", "ohne", "without", "under", "bei", "zur", "zum");
    /** Words of newness: no value's first word unless alone ("new colours Red and Blue", but the status "New"). */
    private static final Set<String> NEW = RefineText.set("new", "nouveau", "nouvelle", "nouveaux", "nouvelles", "nuevo", "nueva", "nuevos", "nuevas",
            "neu", "neue", "neuen", "neuer", "neues");

    private ListedValues() {
    }

    static Said read(AppSpec spec, RefineClause c, Lang lang) {
        List<String> quoted = new ArrayList<>();
        for (String q : RefineText.quoted(c.orig)) {
            if (names(spec, q)) {
                return null; // a field or kind quoted: the message is about it
            }
            if (!q.isBlank() && q.split("\\s+").length <= 4) {
                quoted.add(RefineText.capitalize(q.strip()));
            }
        }
        if (!quoted.isEmpty()) {
            int at = c.text.indexOf(RefineText.fold(quoted.get(0)));
            return new Said(quoted, Math.max(at, 0), false);
        }
        List<Tok> toks = new ArrayList<>();
        Matcher t = TOKEN.matcher(c.text);
        while (t.find()) {
            String w = t.group().replaceAll("^(?:l|d)'", "");
            // French "on" is a pronoun ("on a aussi …"); English "on" starts a value ("on hold")
            toks.add(new Tok(t.start(), t.end(), lang == Lang.FR && w.equals("on") ? "nous" : w));
        }
        Said listed = list(spec, c, toks, lang);
        return listed != null ? listed : single(spec, c, toks, lang);
    }

    /** The first list of two items or more joined by "and" / "et" / "y" / "und", or of three joined by commas. */
    private static Said list(AppSpec spec, RefineClause c, List<Tok> toks, Lang lang) {
        // a list joined by "and" first; one of commas only when there is none
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 1; j < toks.size() - 1; j++) {
                Said said = listAt(spec, c, toks, j, pass == 0, lang);
                if (said != null) {
                    return said;
                }
            }
        }
        return null;
    }

    /** The list around token {@code j}, a joining word or the first word after a comma. */
    private static Said listAt(AppSpec spec, RefineClause c, List<Tok> toks, int j, boolean byJoin, Lang lang) {
        boolean join = byJoin && JOIN.contains(toks.get(j).word()) && !boundary(c, toks, j);
        boolean comma = !byJoin && gap(c, toks, j).contains(",") && !boundary(c, toks, j);
        if (!join && !comma) {
            return null;
        }
        int[] left = tail(c, toks, j - 1);
        int[] right = head(c, toks, join ? j + 1 : j);
        if (left == null || right == null || comma && left[1] - left[0] > 1) {
            return null;
        }
        List<int[]> items = new ArrayList<>();
        items.add(left);
        // more items before, each a part of at most two words after a comma or a joining word
        int[] first = left;
        while (first[0] > 0 && separatedBefore(c, toks, first[0])) {
            int end = JOIN.contains(toks.get(first[0] - 1).word()) ? first[0] - 2 : first[0] - 1;
            int[] more = end < 0 ? null : tail(c, toks, end);
            if (more == null || more[1] - more[0] > 1) {
                break; // "customers keep asking, XL and XXL …": a clause before the list, no item of it
            }
            items.add(0, more);
            first = more;
        }
        items.add(right);
        int[] last = right;
        while (last[1] + 1 < toks.size()) {
            int next = last[1] + 1;
            boolean sep = gap(c, toks, next).contains(",") && !boundary(c, toks, next);
            boolean and = JOIN.contains(toks.get(next).word()) && !boundary(c, toks, next);
            int[] more = sep || and ? head(c, toks, and ? next + 1 : next) : null;
            if (more == null) {
                break;
            }
            items.add(more);
            last = more;
        }
        boolean joined = join || c.text.substring(toks.get(items.get(0)[0]).start(), toks.get(last[1]).end())
                .matches(".*\\s(?:and|or|et|ou|y|e|o|und|oder|sowie)\\s.*");
        if (!joined && items.size() < 3 || items.size() > 8) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (int[] item : items) {
            String v = value(spec, c, toks, item, lang);
            if (v == null) {
                return null;
            }
            values.add(v);
        }
        return new Said(values, toks.get(items.get(0)[0]).start(), false);
    }

    /** One value said alone: a word of a known family, or a capitalised run that shares a word with an option. */
    private static Said single(AppSpec spec, RefineClause c, List<Tok> toks, Lang lang) {
        Said found = null;
        for (int i = 0; i < toks.size(); i++) {
            if (stop(toks.get(i).word()) || JOIN.contains(toks.get(i).word())) {
                continue;
            }
            int end = i;
            String first = c.sub(toks.get(i).start(), toks.get(i).end()).orig;
            boolean capital = Character.isUpperCase(first.codePointAt(0)) || first.matches(".*\\d.*");
            while (end + 1 < toks.size() && end - i < 2 && !stop(toks.get(end + 1).word()) && !JOIN.contains(toks.get(end + 1).word()) && !boundary(c, toks, end + 1)
                    && !gap(c, toks, end + 1).contains(",")) {
                end++;
            }
            String v = value(spec, c, toks, new int[] {i, end}, lang);
            if (v != null && (ValueFamilies.of(v) != 0 || capital && sharesOption(spec, v))) {
                if (found != null) {
                    return null; // two candidates: which one is meant is not clear
                }
                found = new Said(List.of(v), toks.get(i).start(), true);
            }
            i = end;
        }
        return found;
    }

    /** Tokens [start, end] of the item ending at {@code end}: up to three words that are no stop word. */
    private static int[] tail(RefineClause c, List<Tok> toks, int end) {
        if (end < 0 || stop(toks.get(end).word()) || JOIN.contains(toks.get(end).word())) {
            return null;
        }
        int start = end;
        while (start > 0 && end - start < 2 && !stop(toks.get(start - 1).word()) && !JOIN.contains(toks.get(start - 1).word())
                && !boundary(c, toks, start) && !gap(c, toks, start).contains(",")) {
            start--;
        }
        if (start > 0 && openingWord(c, toks, start - 1) && !boundary(c, toks, start)) {
            start--;
        }
        return new int[] {start, end};
    }

    /** "In progress", "On hold", "En cours", "In Arbeit": a capitalised preposition that opens a value. */
    private static boolean openingWord(RefineClause c, List<Tok> toks, int i) {
        return PREP.contains(toks.get(i).word()) && Character.isUpperCase(c.sub(toks.get(i).start(), toks.get(i).end()).orig.codePointAt(0));
    }

    /** The item starting at {@code from}, up to two leading stop words ("el de", "l'") skipped. */
    private static int[] head(RefineClause c, List<Tok> toks, int from) {
        int start = from;
        while (start < toks.size() && start - from < 2 && stop(toks.get(start).word()) && !boundary(c, toks, start)
                && !(openingWord(c, toks, start) && start + 1 < toks.size() && !stop(toks.get(start + 1).word()))) {
            start++;
        }
        if (start < toks.size() && openingWord(c, toks, start) && start + 1 < toks.size() && !stop(toks.get(start + 1).word())) {
            int end = start + 1;
            while (end + 1 < toks.size() && end - start < 2 && !stop(toks.get(end + 1).word()) && !JOIN.contains(toks.get(end + 1).word())
                    && !boundary(c, toks, end + 1) && !gap(c, toks, end + 1).contains(",")) {
                end++;
            }
            return new int[] {start, end};
        }
        if (start >= toks.size() || stop(toks.get(start).word()) || JOIN.contains(toks.get(start).word()) || start > from && boundary(c, toks, start)) {
            return null;
        }
        int end = start;
        while (end + 1 < toks.size() && end - start < 2 && !stop(toks.get(end + 1).word()) && !JOIN.contains(toks.get(end + 1).word())
                && !boundary(c, toks, end + 1) && !gap(c, toks, end + 1).contains(",")) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean separatedBefore(RefineClause c, List<Tok> toks, int i) {
        return i > 0 && !boundary(c, toks, i) && (gap(c, toks, i).contains(",") || JOIN.contains(toks.get(i - 1).word()) && !boundary(c, toks, i - 1));
    }

    /** The text between token {@code i - 1} and token {@code i}. */
    private static String gap(RefineClause c, List<Tok> toks, int i) {
        return i <= 0 ? "" : c.text.substring(toks.get(i - 1).end(), toks.get(i).start());
    }

    private static boolean boundary(RefineClause c, List<Tok> toks, int i) {
        return i > 0 && BOUNDARY.matcher(gap(c, toks, i)).find();
    }

    private static boolean stop(String word) {
        return STOP.contains(word) || word.matches("\\d{3,}");
    }

    /** The item's words as typed, without the kind or list named beside them; null when nothing is left. */
    private static String value(AppSpec spec, RefineClause c, List<Tok> toks, int[] item, Lang lang) {
        int a = item[0];
        int b = item[1];
        while (a <= b && ofSpecWords(spec, toks.get(a).word())) {
            a++;
        }
        while (b >= a && ofSpecWords(spec, toks.get(b).word())) {
            b--;
        }
        if (a < b && NEW.contains(toks.get(a).word())) {
            a++;
        }
        if (a < b && lang == Lang.EN && toks.get(a).word().matches("\\p{Ll}{3,}ing")) {
            a++; // "renting tanks": the verb before the thing
        }
        if (a > b) {
            return null;
        }
        String v = c.sub(toks.get(a).start(), toks.get(b).end()).orig.replaceAll("^(?i)[ld]['’]", "");
        if (names(spec, v)) {
            return null;
        }
        return RefineText.capitalize(singular(v, lang));
    }

    /** "dry bags" → "dry bag", "Cancelados" → "Cancelado": the last word, not in German nor in capitals. */
    private static String singular(String v, Lang lang) {
        int cut = v.lastIndexOf(' ') + 1;
        String last = v.substring(cut);
        if (lang == Lang.DE || last.length() <= 3 || last.equals(last.toUpperCase(java.util.Locale.ROOT)) || !last.endsWith("s")
                || last.endsWith("ss") || last.endsWith("us") || last.endsWith("is")) {
            return v;
        }
        String one;
        if (lang == Lang.EN && last.matches(".*(?:ches|shes|sses|xes)")) {
            one = last.substring(0, last.length() - 2);
        } else if (lang == Lang.EN && last.endsWith("ies")) {
            one = last.substring(0, last.length() - 3) + "y";
        } else if (lang == Lang.ES && last.matches(".*[^aeiouáéíóú]es")) {
            one = last.substring(0, last.length() - 2);
        } else {
            one = last.substring(0, last.length() - 1);
        }
        return v.substring(0, cut) + one;
    }

    /** A word of a kind's name or of a choice field's label: it says where, it is no value. */
    private static boolean ofSpecWords(AppSpec spec, String word) {
        String w = RefineText.stem(word);
        for (Entity e : spec.entities()) {
            if (RefineText.stems(e.name()).contains(w) || e.plural() != null && RefineText.stems(e.plural()).contains(w)) {
                return true;
            }
            for (Field f : e.fields()) {
                if (f.type().hasOptions() && RefineText.stems(f.label()).contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that are a field's label or a kind's name, whole. */
    private static boolean names(AppSpec spec, String words) {
        String w = RefineText.fold(words).strip();
        for (Entity e : spec.entities()) {
            if (RefineText.fold(e.name()).equals(w) || e.plural() != null && RefineText.fold(e.plural()).equals(w)) {
                return true;
            }
            for (Field f : e.fields()) {
                if (RefineText.fold(f.label()).equals(w) && f.options().stream().noneMatch(o -> RefineText.fold(o).equals(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sharesOption(AppSpec spec, String v) {
        List<String> words = RefineText.stems(v);
        for (Entity e : spec.entities()) {
            for (Field f : e.fields()) {
                for (String o : f.options()) {
                    if (RefineText.stems(o).stream().anyMatch(x -> x.length() >= 3 && !x.matches("\\d+") && words.contains(x))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
