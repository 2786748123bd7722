package org.toolsmith.draft.offline;

import java.util.EnumSet;
import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * A list opened by the kind it is about, in the word order of French, Spanish and German: a
 * preposition, a determiner, the kind's noun, then who records it ("Bei den Kunden reichen Name,
 * Telefon …", "Beim Lieferanten speichern wir …", "Bei der Bestellung selbst interessiert uns das …",
 * "Pour un client on garde la raison sociale, …", "Del pedido guardamos el cliente, …"). The words are
 * in the lexicon ({@code owner_preps}, {@code owner_determiners}, {@code owner_fillers}); a language
 * without them is left alone.
 */
final class OwnerHeads {
    private static final EnumSet<FieldType> KIND_TYPES = EnumSet.of(FieldType.TEXT, FieldType.PERSON, FieldType.BOOLEAN);

    private OwnerHeads() {
    }

    /** {kind, first field} for a first item that opens so, or null. */
    static String[] read(Lexicon lex, String item) {
        if (lex.ownerPreps.isEmpty()) {
            return null;
        }
        String[] w = item.strip().split("\\s+");
        if (w.length >= 5 && lex.invertedSubjects.isEmpty() && lex.ownerDeterminers.contains(Text.fold(w[0]))
                && lex.pronouns.contains(Text.fold(w[2])) && !lex.ownerPreps.contains(Text.fold(w[0])) && records(lex, Text.fold(w[3]))) {
            // "Les clients on a juste le nom, …": the kind set before the clause, with no preposition
            String[] shifted = new String[w.length + 1];
            shifted[0] = "";
            System.arraycopy(w, 0, shifted, 1, w.length);
            w = shifted;
        } else if (w.length < 4 || !lex.ownerPreps.contains(Text.fold(w[0]))) {
            return null;
        }
        int i = 1;
        String elided = elision(lex, w[1]);
        if (elided != null) {
            w[1] = elided;
        } else if (lex.ownerDeterminers.contains(Text.fold(w[i]))) {
            i++;
        }
        boolean capitals = !lex.invertedSubjects.isEmpty();
        String noun = w[i].replaceAll("[^\\p{L}-]+$", "");
        String fn = Text.fold(noun);
        if (noun.length() < 3 || !noun.equals(w[i]) || capitals && !Character.isUpperCase(noun.charAt(0))
                || lex.stopwords.contains(fn) || lex.articles.contains(fn) || lex.pronouns.contains(fn)
                || !KIND_TYPES.contains(FieldTyper.type(lex, Text.fold(Inflector.singular(lex.lang, noun))))) {
            return null;
        }
        if (capitals && fn.matches(".*[^aeiou][e][lr]n") && lex.ownerDeterminers.contains(Text.fold(w[i - 1]))) {
            // "zu den Lagern", "bei allen Kindern": the dative plural adds an n
            noun = noun.substring(0, noun.length() - 1);
        }
        int j = i + 1;
        for (String filler : lex.ownerFillers) {
            List<String> fw = List.of(filler.split(" "));
            if (j + fw.size() < w.length && fw.equals(List.of(w).subList(j, j + fw.size()).stream().map(Text::fold).toList())) {
                j += fw.size();
                break;
            }
        }
        if (j >= w.length || !verbNext(lex, w[j], capitals)) {
            return null;
        }
        // the first field opens at an article (or, in German, a capitalised noun) within a few words
        for (int k = j + 1; k < Math.min(w.length, j + 5); k++) {
            String fk = Text.fold(w[k]);
            if (lex.duty.contains(fk) || lex.modals.contains(fk) && !lex.npStop.contains(fk) && fk.length() > 2) {
                // "Au labo on doit tracer l'étalonnage …": a duty said about a place, not a kind's list
                return null;
            }
            boolean article = lex.ownerDeterminers.contains(fk) || elision(lex, w[k]) != null;
            if (article || capitals && Character.isUpperCase(w[k].charAt(0)) && !lex.invertedSubjects.contains(fk)) {
                String rest = String.join(" ", List.of(w).subList(k, w.length));
                String first = Text.fold(rest.split("[,;]")[0]);
                if (first.contains(":") || lex.withWords.stream().anyMatch(x -> first.contains(" " + x + " "))) {
                    // "Für jede Baustelle erfassen wir die Begehungen mit Datum, …": records of the kind, not its own fields
                    return null;
                }
                return new String[] {Text.capitalize(Inflector.singular(lex.lang, noun)), rest};
            }
        }
        return null;
    }

    /** "a", "garde", "notons": a verb that has or records, after the pronoun of a topicalised kind. */
    private static boolean records(Lexicon lex, String verb) {
        return lex.has.contains(verb) || lex.recordVerbs.contains(verb) || lex.verbs.contains(verb);
    }

    /** "l'adhérent" → "adhérent": the noun after an elided determiner, or null. */
    private static String elision(Lexicon lex, String word) {
        String f = Text.fold(word);
        for (String d : lex.ownerDeterminers) {
            if (d.endsWith("'") && f.startsWith(d) && f.length() > d.length() + 2) {
                return word.substring(d.length());
            }
        }
        return null;
    }

    /** The word after the kind says someone records it: a lower-case verb in German, a pronoun or a known verb elsewhere. */
    private static boolean verbNext(Lexicon lex, String word, boolean capitals) {
        String f = Text.fold(word);
        if (lex.articles.contains(f) || lex.and.contains(f)) {
            return false;
        }
        if (capitals) {
            return Character.isLowerCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter);
        }
        return lex.verbs.contains(f) || lex.recordVerbs.contains(f) || lex.pronouns.contains(f)
                || lex.wants.stream().anyMatch(v -> v.equals(f));
    }
}
