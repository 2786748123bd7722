package org.toolsmith.draft.offline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drafter's lexicons, loaded once on first use, and the language of a chat message by its
 * function words (a message is short and the spec's own labels tell too; English when unsure).
 * Thread-safe once loaded: the lexicons never change.
 */
final class RefineLanguage {
    /** Words of chat edits that only one of the languages uses. */
    private static final Map<Lang, java.util.Set<String>> CUES = Map.of(
            Lang.EN, java.util.Set.of("add", "remove", "make", "rename", "delete", "drop", "please", "also", "field", "anymore", "should", "must"),
            Lang.FR, java.util.Set.of("ajoute", "ajouter", "supprime", "supprimer", "enleve", "retire", "rends", "renomme", "faut", "veux", "voudrais",
                    "aussi", "champ", "doit", "plus", "besoin", "peut", "etre", "quand", "qui"),
            Lang.ES, java.util.Set.of("anade", "agrega", "quita", "haz", "elimina", "borra", "renombra", "cambia", "quiero", "necesitamos",
                    "tambien", "campo", "debe", "puede", "ser", "cuando", "quien", "ya", "la", "las"),
            Lang.DE, java.util.Set.of("fuge", "hinzu", "hinzufugen", "entferne", "entfernen", "losche", "mach", "benenne", "bitte", "soll",
                    "muss", "feld", "auch", "noch", "wer", "wann", "nicht", "mehr",
                    // the modal, the verbs of editing and the little words only German has: "Kannst du beim Kunden …" is German
                    "kannst", "konnt", "konnen", "konnten", "konntest", "beim", "wir", "ich", "ist", "und", "oder", "statt", "lieber",
                    "nimm", "lege", "erganzen", "erganze", "umbenennen", "brauchen", "brauchten", "pflicht", "pflichtfeld", "sollte",
                    "tabelle", "neues", "danke"));
    private volatile Map<Lang, Lexicon> lexicons;
    private volatile RefineGlossary glossary;

    RefineGlossary glossary() {
        RefineGlossary g = glossary;
        if (g == null) {
            synchronized (this) {
                g = glossary;
                if (g == null) {
                    g = RefineGlossary.load();
                    glossary = g;
                }
            }
        }
        return g;
    }

    Lexicon lexicon(Lang lang) {
        return all().get(lang);
    }

    /** The language whose function words the message (and the labels it is about) use most. */
    Lang guess(String message, List<String> labels) {
        Map<Lang, Lexicon> lex = all();
        List<String> words = Text.words(Text.fold(message));
        List<String> labelWords = Text.words(Text.fold(String.join(" ", labels)));
        Lang best = Lang.EN;
        int bestScore = 0;
        for (Lang l : Lang.values()) {
            Lexicon x = lex.get(l);
            int score = 0;
            for (String w : words) {
                score += x.stopwords.contains(w) ? 3 : 0;
                score += CUES.get(l).contains(w) ? 3 : 0;
            }
            int labelScore = 0;
            for (String w : labelWords) {
                labelScore += x.types.stream().anyMatch(t -> t.words().contains(w)) ? 1 : 0;
            }
            // the labels only break ties: a French message about an English spec is French
            score = score * 1000 + labelScore;
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        return best;
    }

    private Map<Lang, Lexicon> all() {
        Map<Lang, Lexicon> m = lexicons;
        if (m == null) {
            synchronized (this) {
                m = lexicons;
                if (m == null) {
                    Map<Lang, Lexicon> loaded = new EnumMap<>(Lang.class);
                    for (Lang l : Lang.values()) {
                        loaded.put(l, Lexicon.load(l));
                    }
                    m = Map.copyOf(loaded);
                    lexicons = m;
                }
            }
        }
        return m;
    }
}
