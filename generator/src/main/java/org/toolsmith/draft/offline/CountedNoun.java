package org.toolsmith.draft.offline;

import java.util.Set;

/**
 * What a "how many" counts, without the rest of the question: "pupils can go at most" → pupils, "words a
 * job had" → words, "spectateurs étaient là" → spectateurs, "Jahre jemand schon Mitglied ist" → Jahre.
 * The words are kept up to the first word of another kind (article, pronoun, verb, adverb, preposition
 * other than of/de), in four languages.
 */
final class CountedNoun {
    private static final Set<String> STOP = RefineText.set(
            // English
            "a", "an", "the", "this", "that", "these", "those", "it", "they", "we", "he", "she", "you", "i", "someone", "somebody", "people",
            "can", "could", "will", "would", "should", "may", "might", "must", "shall", "do", "does", "did", "is", "are", "was", "were", "be",
            "been", "have", "has", "had", "get", "gets", "got", "go", "goes", "went", "come", "came", "at", "on", "in", "to", "for", "from",
            "there", "here", "already", "still", "actually", "really", "usually", "roughly", "exactly", "most", "least", "per", "each", "every",
            "with", "by", "into", "out", "up", "over", "so", "when", "before", "after", "during", "since",
            // French
            "le", "la", "les", "l", "un", "une", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "quelqu",
            "est", "sont", "etait", "etaient", "a", "ont", "avait", "avaient", "sera", "seront", "fut", "peut", "peuvent", "doit", "doivent",
            "y", "la", "ici", "deja", "encore", "vraiment", "environ", "a", "au", "aux", "en", "dans", "sur", "pour", "par", "chaque", "avec",
            "lors", "pendant", "depuis", "quand",
            // Spanish
            "el", "los", "las", "uno", "una", "unos", "unas", "este", "esta", "ese", "esa", "alguien", "ellos", "ellas", "nosotros", "se",
            "es", "son", "era", "eran", "fue", "fueron", "ha", "han", "habia", "habian", "tiene", "tienen", "tenia", "tenian", "lleva",
            "llevan", "hay", "puede", "pueden", "debe", "deben", "ya", "aun", "todavia", "alli", "aqui", "al", "del", "para", "por", "cada",
            "con", "desde", "durante", "cuando",
            // German
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "jemand", "man", "sie", "wir", "er", "es",
            "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden", "kann", "konnen", "muss",
            "mussen", "soll", "sollen", "schon", "noch", "bereits", "da", "dort", "hier", "wirklich", "ungefahr", "pro", "je", "bei", "beim",
            "im", "am", "zum", "zur", "fur", "mit", "seit", "wahrend", "wenn", "jede", "jeder", "jedes", "jeden", "jedem");

    private CountedNoun() {
    }

    /** The counted noun phrase, cut before the first word that is not part of it (never empty when the input is not). */
    static String trim(String noun) {
        if (noun == null || noun.isBlank()) {
            return noun;
        }
        String[] words = noun.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            String w = RefineText.fold(words[i]).replaceAll("[^a-z'-]", "");
            if (w.matches("of|de|d'.*|du|des|del|von|vom")) {
                if (i + 1 >= words.length) {
                    break;
                }
                out.append(' ').append(words[i]);
                continue;
            }
            if (w.isEmpty() || STOP.contains(w) || w.contains("'")) {
                break;
            }
            out.append(' ').append(words[i]);
        }
        return out.toString().replaceAll("\\s+(?i:of|de|du|des|del|von|vom)$", "");
    }
}
