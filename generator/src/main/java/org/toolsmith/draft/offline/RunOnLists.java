package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field lists typed without commas, as on a phone: "dog name owner name phone number breed and
 * price", "nom prenom date de naissance telephone des parents", "kundenname bestellnummer datum".
 * The commas are put back where one field phrase ends and the next begins, judged by field words of
 * the {@link FieldVocabulary}: in English and German a field word ends a phrase ("owner name |
 * phone number"), in French and Spanish it starts one ("nom | prénom | date de naissance"). A word
 * that joins (article, preposition, verb, pronoun, conjunction) never starts or ends a phrase, so
 * prose is left alone; and only a run of three phrases or more gets commas. The words before the
 * first phrase of the run, when they are no field ("want to log appointments"), get a colon.
 */
final class RunOnLists {
    private RunOnLists() {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Text between marks that end a list item or a sentence. */
    private static final Pattern STRETCH = Pattern.compile("[^,;:.!?()\\[\\]\\n/]+");
    private static final int MIN_TOKENS = 6;
    private static final int MIN_ITEMS = 3;
    /** An item inside a run holds at most this many words ("date de début du contrat"). */
    private static final int MAX_ITEM = 5;
    private static final int MAX_PHRASE = 4;

    private record Tok(String text, String folded, int start, int end) {
    }

    /** The text with commas (and a colon) put into run-on field lists; unchanged when it has none. */
    static String commas(Lexicon lex, NlpPipeline nlp, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        FieldVocabulary v = FieldVocabulary.of(lex);
        Set<String> leading = new HashSet<>(lex.articles);
        leading.addAll(lex.possessives);
        StringBuilder out = new StringBuilder();
        Matcher m = STRETCH.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String contacts = ContactRuns.split(lex.lang, m.group());
            out.append(contacts != m.group() ? contacts : stretch(v, nlp, leading, m.group())); // "nom prénom mail tel" first
            last = m.end();
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String stretch(FieldVocabulary v, NlpPipeline nlp, Set<String> leading, String s) {
        List<Tok> toks = new ArrayList<>();
        Matcher t = TOKEN.matcher(s);
        while (t.find()) {
            toks.add(new Tok(t.group(), Text.fold(t.group()), t.start(), t.end()));
        }
        if (toks.size() < MIN_TOKENS) {
            return s;
        }
        int n = toks.size();
        // field phrases: [start, end) spans, longest first
        int[] phraseEnd = new int[n];
        for (int i = 0; i < n; i++) {
            phraseEnd[i] = -1;
            for (int len = Math.min(MAX_PHRASE, n - i); len >= 2; len--) {
                if (v.phrases.contains(join(toks, i, i + len))) {
                    phraseEnd[i] = i + len;
                    break;
                }
            }
            if (phraseEnd[i] < 0 && isField(v, toks.get(i).folded())) {
                phraseEnd[i] = i + 1;
            }
        }
        List<int[]> units = new ArrayList<>(); // field phrases found, not overlapping
        for (int i = 0; i < n; ) {
            if (phraseEnd[i] > 0) {
                units.add(new int[] {i, phraseEnd[i]});
                i = phraseEnd[i];
            } else {
                i++;
            }
        }
        List<Integer> cuts = new ArrayList<>(); // token index a new item starts at
        boolean headLast = v.lang.headLast();
        for (int k = 0; k < units.size(); k++) {
            int[] u = units.get(k);
            if (headLast) {
                int next = u[1];
                if (v.lang == Lang.EN && next + 1 < n && toks.get(next).folded().endsWith("ed") && !inUnitStart(units, next)
                        && content(v, toks.get(next).folded())) {
                    next++; // "date reported | reported by": a participle after a field word is part of it
                }
                boolean compound = k + 1 < units.size() && units.get(k + 1)[0] == next
                        && v.modifies(join(toks, u[0], u[1]), join(toks, next, units.get(k + 1)[1]));
                if (next < n && (content(v, toks.get(next).folded()) && !compound || article(v, toks, next))) {
                    cuts.add(next);
                }
            } else {
                int prev = u[0] - 1;
                if (prev >= 0 && content(v, toks.get(prev).folded())) {
                    cuts.add(u[0]);
                } else if (prev >= 1 && determiner(v, toks.get(prev).folded()) && content(v, toks.get(prev - 1).folded())) {
                    cuts.add(prev); // "leur nom | leur école | la date de début"
                }
            }
        }
        if (cuts.size() < MIN_ITEMS - 1) {
            return s;
        }
        boolean[] inUnit = new boolean[n];
        for (int[] u : units) {
            for (int i = u[0]; i < u[1]; i++) {
                inUnit[i] = true;
            }
        }
        boolean[] verb = verbs(v.lang, nlp, toks, inUnit);
        Shape shape = new Shape(v, leading, toks, units, inUnit, verb);
        cuts = run(shape, cuts);
        if (cuts.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int intro = introCut(v, toks, units, cuts.get(0), headLast);
        // "les inscriptions des enfants | nom | prénom": words before the first field that make no
        // field phrase say what the list is about, so the first cut is a colon
        // "log bike rentals | customer name": a plural that is no field word as written names the records
        boolean lead = !headLast && !shape.item(lastJoin(v, toks, cuts.get(0)) + 1, cuts.get(0))
                || v.lang == Lang.EN && pluralKind(v, toks.get(cuts.get(0) - 1).folded());
        for (int i = cuts.size() - 1; i >= 0; i--) {
            int at = toks.get(cuts.get(i) - 1).end();
            b.insert(at, i == 0 && lead ? ":" : ",");
        }
        if (intro > 0 && !lead) {
            b.insert(toks.get(intro - 1).end(), ":");
        }
        return b.toString();
    }

    private static int lastJoin(FieldVocabulary v, List<Tok> toks, int before) {
        int last = -1;
        for (int i = 0; i < before; i++) {
            if (v.function.contains(toks.get(i).folded())) {
                last = i;
            }
        }
        return last;
    }

    /** The cuts of the longest run of field-shaped items (three items at least), or none. */
    private static List<Integer> run(Shape shape, List<Integer> cuts) {
        List<Integer> best = List.of();
        List<Integer> cur = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            if (!cur.isEmpty() && !shape.item(cur.get(cur.size() - 1), cuts.get(i))) {
                best = longer(shape, best, cur);
                cur = new ArrayList<>();
            }
            cur.add(cuts.get(i));
        }
        best = longer(shape, best, cur);
        return best.size() >= MIN_ITEMS - 1 ? best : List.of();
    }

    /** The longer of two runs, the second one losing its last cut when no field follows it. */
    private static List<Integer> longer(Shape shape, List<Integer> best, List<Integer> cur) {
        List<Integer> c = new ArrayList<>(cur);
        while (!c.isEmpty() && !shape.tail(c.get(c.size() - 1))) {
            c.remove(c.size() - 1);
        }
        return c.size() > best.size() ? c : best;
    }

    /** Part-of-speech verbs outside field phrases ("the inspector writes the door number"). */
    private static boolean[] verbs(Lang lang, NlpPipeline nlp, List<Tok> toks, boolean[] inUnit) {
        boolean[] out = new boolean[toks.size()];
        if (nlp == null) {
            return out;
        }
        String[] words = toks.stream().map(Tok::text).toArray(String[]::new);
        nlp.tags(lang, words).ifPresent(tags -> {
            for (int i = 0; i < tags.length && i < out.length; i++) {
                // a word before a field word may be its modifier even when tagged a verb ("bike model")
                out[i] = !inUnit[i] && NlpPipeline.isVerb(tags[i]) && !(i + 1 < out.length && inUnit[i + 1]);
            }
        });
        return out;
    }

    /** What a field phrase looks like in the stretch. */
    private record Shape(FieldVocabulary v, Set<String> leading, List<Tok> toks, List<int[]> units, boolean[] inUnit,
            boolean[] verb) {
        /**
         * Whether tokens [from, to) make one field phrase: articles only in front, no verb, pronoun or
         * conjunction, a preposition only inside ("duration in hours", "taille du maillot"), and the
         * field word at its end (English, German) or its start (French, Spanish).
         */
        boolean item(int from, int to) {
            if (to - from > MAX_ITEM) {
                return false;
            }
            int i = from;
            while (i < to && leading.contains(toks.get(i).folded()) && !inUnit[i]) {
                i++;
            }
            if (i == to) {
                return false;
            }
            if (v.lang.headLast() ? !inUnit[to - 1] && !participle(to - 1) : !inUnit[i]) {
                return false;
            }
            for (int k = i; k < to; k++) {
                String w = toks.get(k).folded();
                if (verb[k] && !participle(k) || !inUnit[k] && v.function.contains(w) && !(preposition(w) && k > i && k < to - 1)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the words after the last cut begin with a field phrase. */
        boolean tail(int from) {
            int to = from;
            while (to < toks.size() && to - from < MAX_ITEM && !(v.function.contains(toks.get(to).folded()) && !inUnit[to]
                    && !(leading.contains(toks.get(to).folded()) && to == from))) {
                to++;
            }
            for (int k = to; k > from; k--) {
                if (item(from, k)) {
                    return true;
                }
            }
            return false;
        }

        /** "date reported", "date found": an English participle right after a field word. */
        private boolean participle(int k) {
            return v.lang == Lang.EN && k > 0 && inUnit[k - 1] && !inUnit[k] && toks.get(k).folded().endsWith("ed");
        }

        private boolean preposition(String w) {
            return v.prepositions.contains(w);
        }
    }

    /**
     * Where the first item of the run starts when the words before it are no field: after the last
     * joining word, and in English and German keeping one word before the field word ("dog name").
     */
    private static int introCut(FieldVocabulary v, List<Tok> toks, List<int[]> units, int firstCut, boolean headLast) {
        int lastJoin = lastJoin(v, toks, firstCut);
        if (headLast) {
            int[] head = null;
            for (int[] u : units) {
                if (u[1] == firstCut) {
                    head = u;
                }
            }
            if (head == null) {
                return -1;
            }
            // a phrase of the vocabulary is whole ("customer name"); a single field word keeps one word before it ("dog name")
            int start = Math.max(lastJoin + 1, head[1] - head[0] > 1 ? head[0] : head[0] - 1);
            return start > lastJoin + 1 ? start : -1;
        }
        for (int[] u : units) {
            if (u[0] > lastJoin && u[0] < firstCut && u[0] > 0 && content(v, toks.get(u[0] - 1).folded())) {
                return u[0];
            }
        }
        return -1;
    }

    private static boolean inUnitStart(List<int[]> units, int at) {
        return units.stream().anyMatch(u -> u[0] <= at && at < u[1]);
    }

    /** "rentals", "appointments": an English plural that is no field word names the records listed. */
    private static boolean pluralKind(FieldVocabulary v, String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !v.isFieldWord(w);
    }

    private static boolean isField(FieldVocabulary v, String w) {
        return !v.function.contains(w) && (v.isFieldWord(w) || w.length() > 3 && w.endsWith("s")
                && v.words.contains(w.substring(0, w.length() - 1)));
    }

    /** "the date recieved | the email": an article or possessive before a word that is no joining word. */
    private static boolean article(FieldVocabulary v, List<Tok> toks, int at) {
        String w = toks.get(at).folded();
        return determiner(v, w) && at + 1 < toks.size() && content(v, toks.get(at + 1).folded());
    }

    /** Articles and possessives, which open a noun phrase (not "and", "also", "de", which the lexicon's article lists hold too). */
    private static boolean determiner(FieldVocabulary v, String w) {
        return DETERMINERS.get(v.lang).contains(w) && !v.prepositions.contains(w);
    }

    private static final java.util.Map<Lang, Set<String>> DETERMINERS = java.util.Map.of(
            Lang.EN, Set.of("the", "a", "an", "their", "his", "her", "its", "our", "my", "your"),
            Lang.FR, Set.of("le", "la", "les", "l'", "un", "une", "leur", "leurs", "son", "sa", "ses", "notre", "nos", "votre", "vos",
                    "mon", "ma", "mes"),
            Lang.ES, Set.of("el", "la", "los", "las", "un", "una", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras"),
            Lang.DE, Set.of("ein", "eine", "einen", "einem", "einer", "sein", "seine", "ihr", "ihre", "unser", "unsere"));

    private static boolean content(FieldVocabulary v, String w) {
        return !v.function.contains(w) && !w.chars().allMatch(Character::isDigit);
    }

    private static String join(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append(' ');
            }
            b.append(toks.get(i).folded());
        }
        return b.toString();
    }
}
