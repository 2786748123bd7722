package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An event a thing does on its own, said as the moment a record is made: "every time a truck leaves
 * the yard we note …", "chaque fois qu'un vélo sort, on note …", "cada vez que sale un camión
 * apuntamos …", "jedes Mal, wenn ein Lieferwagen rausfährt, notieren wir …". The verb has no object,
 * so the record is about its subject (Departure → Truck), and it is named from the verb by the
 * lexicon's {@code event_subjects} block (verb form → record name). Verbs with an object ("a member
 * borrows a tool") stay with the reader's {@code nominal} map; a language without the block is left
 * alone.
 */
final class EventSubjects {
    private final Map<String, String> verbs;

    private EventSubjects(Map<String, String> verbs) {
        this.verbs = verbs;
    }

    /** The block's reader, or null when the language has no {@code event_subjects} block. */
    static EventSubjects of(JsonNode n) {
        if (n.isMissingNode() || n.isNull() || n.size() == 0) {
            return null;
        }
        Map<String, String> verbs = new HashMap<>();
        n.fields().forEachRemaining(e -> verbs.put(Text.fold(e.getKey()), e.getValue().asText()));
        return new EventSubjects(Map.copyOf(verbs));
    }

    /**
     * Reads the words of a sentence (folded) that opens with one of the lexicon's "every time" phrases:
     * {record name, what it is about (singular, folded)}, or null when the clause is not a thing doing
     * one of the block's verbs.
     */
    String[] read(Lexicon lex, List<String> folded, String request, String sentence) {
        String[] found = read(lex, folded);
        // "every time a parcel arrives we note …" with no parcels described: the parcel is the record itself
        return found != null && elsewhere(lex, found[1], request, sentence) ? found : null;
    }

    /** Whether the request speaks of the thing outside the event's own sentence ("For the trucks themselves: …"). */
    private static boolean elsewhere(Lexicon lex, String thing, String request, String sentence) {
        if (request == null) {
            return false;
        }
        String rest = Text.fold(request).replace(Text.fold(sentence), " ");
        for (String w : Text.words(rest)) {
            if (w.equals(thing) || Inflector.singularWord(lex.lang, w).equals(thing)) {
                return true;
            }
        }
        return false;
    }

    String[] read(Lexicon lex, List<String> folded) {
        List<String> w = apart(folded);
        for (String phrase : lex.everyTime) {
            List<String> p = apart(Text.words(Text.fold(phrase)));
            if (p.isEmpty() || w.size() < p.size() + 2 || !w.subList(0, p.size()).equals(p)) {
                continue;
            }
            // "when a truck …": the phrase may end with the article
            String[] found = clause(lex, w, p.size(), lex.articles.contains(p.get(p.size() - 1)));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String[] clause(Lexicon lex, List<String> w, int at, boolean article) {
        // "cada vez que sale un camión": the verb may come first
        String first = verb(w, at);
        if (first != null) {
            int k = skipArticles(lex, w, at + first.split(" ").length);
            return k < w.size() && thing(lex, w.get(k)) ? new String[] {verbs.get(first), Inflector.singularWord(lex.lang, w.get(k))} : null;
        }
        int subject = skipArticles(lex, w, at);
        if (subject == at && !article && lex.lang != Lang.DE || subject >= w.size() || !thing(lex, w.get(subject))) {
            // "every time someone …", "whenever we …": a person's act is read by the nominal map
            return null;
        }
        // "jedes Mal, wenn ein Lieferwagen vom Hof rausfährt": the verb may come a few words later
        for (int k = subject + 1; k < Math.min(w.size(), subject + 5); k++) {
            String v = verb(w, k);
            if (v != null) {
                // "every time a delivery van leaves": an English compound right before the verb
                String thing = lex.lang == Lang.EN && k == subject + 2 && thing(lex, w.get(subject + 1))
                        ? w.get(subject) + " " + Inflector.singularWord(lex.lang, w.get(subject + 1))
                        : Inflector.singularWord(lex.lang, w.get(subject));
                return new String[] {verbs.get(v), thing};
            }
            if (lex.pronouns.contains(w.get(k)) || lex.modals.contains(w.get(k))) {
                return null;
            }
        }
        return null;
    }

    /** The block's verb at {@code k}, two words first ("breaks down"), or null. */
    private String verb(List<String> w, int k) {
        if (k + 1 < w.size() && verbs.containsKey(w.get(k) + " " + w.get(k + 1))) {
            return w.get(k) + " " + w.get(k + 1);
        }
        return k < w.size() && verbs.containsKey(w.get(k)) ? w.get(k) : null;
    }

    private static int skipArticles(Lexicon lex, List<String> w, int k) {
        while (k < w.size() && (lex.articles.contains(w.get(k)) || lex.articles.contains(w.get(k) + "'"))) {
            k++;
        }
        return k;
    }

    private static boolean thing(Lexicon lex, String word) {
        // "chaque fois qu'un technicien répare une machine": a person's act is about its object, read elsewhere
        return word.length() > 1 && !lex.peopleKinds.contains(Inflector.singularWord(lex.lang, word))
                && FieldTyper.type(lex, Inflector.singularWord(lex.lang, word)) != org.toolsmith.spec.FieldType.PERSON && !lex.pronouns.contains(word) && !lex.stopwords.contains(word) && !lex.actors.contains(word)
                && !lex.articles.contains(word) && word.chars().allMatch(Character::isLetter);
    }

    /** "qu'un" → "qu", "un": an elided word apart from the one it leans on (its apostrophe dropped, as the lexicon's phrases lose it). */
    private static List<String> apart(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String x : words) {
            int q = x.indexOf('\'');
            if (q > 0 && q < x.length() - 1) {
                out.add(x.substring(0, q));
                out.add(x.substring(q + 1));
            } else {
                out.add(x);
            }
        }
        return out;
    }
}
