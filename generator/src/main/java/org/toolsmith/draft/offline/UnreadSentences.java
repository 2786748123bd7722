package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.toolsmith.draft.DraftException;

/**
 * A sentence the rule readers read without effect, in a message where other sentences did change the spec:
 * "Die Krankenkasse können wir rausnehmen. Was wir stattdessen brauchen, ist die Telefonnummer eines
 * Angehörigen." The removal is read, the second sentence's need was not; a careful person reads both. Such a
 * sentence gets the new-field reading of the last-resort gist ({@link GistPhrase}: a cue of need, lack or wish,
 * then the thing), on the spec as the other edits left it. Only new fields, and only from sentences none of
 * whose clauses changed anything, so it cannot undo or contradict what the readers understood.
 */
final class UnreadSentences {
    private final List<Set<String>> productive = new ArrayList<>();
    private final List<Set<String>> seen = new ArrayList<>();
    /** The kind each changing clause left as the one spoken of, in the order of {@link #productive}. */
    private final List<String> kinds = new ArrayList<>();

    /** Notes a clause the readers went through, and whether it changed (or confirmed) something. */
    void clause(RefineSession s, RefineClause clause, boolean changed) {
        Set<String> words = words(clause.text);
        seen.add(words);
        if (changed) {
            productive.add(words);
            kinds.add(s.lastEntity);
        }
    }

    /** Reads the unread sentences of the message for a new field; true when one was added. */
    boolean read(RefineSession s) {
        if (s.changes.isEmpty() && s.already.isEmpty() || s.message == null || s.message.length() > 1200) {
            return false;
        }
        if (s.spec.entities().stream().anyMatch(e -> s.originalFields.stream().noneMatch(f -> f.startsWith(e.key() + ".")))) {
            // the message made a kind of record: what else it says is about that kind, not fields to guess
            return false;
        }
        boolean any = false;
        String spoken = null;
        int next = 0;
        for (String sentence : RefineGist.sentences(s.message)) {
            RefineClause c = new RefineClause(sentence);
            Set<String> words = words(c.text);
            boolean read = covered(words, productive) > 0.3;
            for (; read && next < productive.size() && covered(productive.get(next), List.of(words)) > 0.5; next++) {
                // the kind the edits of this sentence were about: "… take it out. What we need instead is …" goes on it
                spoken = kinds.get(next) != null ? kinds.get(next) : spoken;
            }
            if (words.size() < 4 || read || covered(words, seen) < 0.5) {
                // short, read with effect, or not reaching the clause readers at all (a kind said whole was taken before)
                continue;
            }
            RefineMentions named = RefineMentions.of(s, c);
            RefineMatcher.FieldRef field = RefineGist.named(s, c, named);
            if (!named.options.isEmpty() || field != null && field.field().type().hasOptions()
                    || named.fields.stream().anyMatch(h -> h.field().type().hasOptions() && h.score() >= 0.8)) {
                // "il manque les concessions de 10 ans" in the list of durations: values of a choice, not a new field
                continue;
            }
            if (pointsBack(c)) {
                // "la mairie aimerait le savoir pour la subvention": the need is for what was named before, already read
                continue;
            }
            try {
                s.clauseEntity = null;
                s.lastEntity = spoken;
                s.clauseSaid = sentence;
                any |= GistPhrase.add(s, c, named);
            } catch (DraftException e) {
                // a part that names nothing is left out, as the gist does
            }
        }
        return any;
    }

    private static final java.util.regex.Pattern BACK = java.util.regex.Pattern.compile(
            "^\\s*(?:(?:le|la|les|l')\\s*(?:savoir|noter|avoir|garder|suivre|voir|saisir|indiquer|enregistrer|conserver|connaitre|ajouter|mettre|renseigner|preciser)\\b|(?:it|that|this|them|es|dies)\\b|\\p{L}+(?:ar|er|ir|re)\\s+(?:le|la|les|l'|los|las|el|un|una|une|des|du|the|a|an)\\b)");

    /** A cue of need followed by a pronoun ("le savoir", "record it") or by an infinitive and its object ("falta separar los niños"). */
    private static boolean pointsBack(RefineClause c) {
        java.util.regex.Matcher cue = c.match(GistPhrase.ADD_CUE);
        while (cue.find()) {
            if (BACK.matcher(c.text.substring(cue.end())).find()) {
                return true;
            }
        }
        return false;
    }

    /** The share of a sentence's words that these clauses said. */
    private static double covered(Set<String> sentence, List<Set<String>> clauses) {
        Set<String> hit = new HashSet<>();
        for (Set<String> c : clauses) {
            for (String w : c) {
                if (sentence.contains(w)) {
                    hit.add(w);
                }
            }
        }
        return sentence.isEmpty() ? 0 : (double) hit.size() / sentence.size();
    }

    private static Set<String> words(String folded) {
        Set<String> out = new HashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                out.add(w);
            }
        }
        return out;
    }
}
