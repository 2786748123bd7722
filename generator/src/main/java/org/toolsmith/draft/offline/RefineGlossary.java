package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that name the same field in English, French, Spanish and German, so that "supprime le
 * kilométrage" finds a field labelled "Mileage": the refiner's own word list
 * ({@code refine/glossary.json}) and the four-language labels of the archetype catalog.
 * Immutable once loaded.
 */
final class RefineGlossary {
    private static final int MAX_ALTERNATIVES = 24;
    private final Map<String, Set<String>> same;

    private RefineGlossary(Map<String, Set<String>> same) {
        this.same = same;
    }

    static RefineGlossary load() {
        Map<String, Set<String>> same = new HashMap<>();
        for (JsonNode line : LexiconFile.resource("refine/glossary.json").path("words")) {
            group(same, List.of(line.asText().split("[|/]")));
        }
        for (JsonNode a : LexiconFile.resource("archetypes.json")) {
            group(same, List.of(a.path("name").asText().split("\\|")));
            for (JsonNode f : a.path("fields")) {
                group(same, List.of(f.path("label").asText().split("\\|")));
            }
        }
        return new RefineGlossary(Map.copyOf(same));
    }

    private static void group(Map<String, Set<String>> same, List<String> terms) {
        List<String> keys = new ArrayList<>();
        for (String t : terms) {
            String k = key(t);
            if (!k.isEmpty() && !keys.contains(k)) {
                keys.add(k);
            }
        }
        for (String k : keys) {
            same.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(keys);
        }
    }

    /** Stems without stop words: "la date d'achat" and "Date d'achat" meet. */
    static String key(String phrase) {
        return String.join(" ", RefineText.stems(phrase));
    }

    /**
     * The phrase said in the other languages: the whole phrase when the list has it, else each word
     * replaced by its equivalents ("fecha de entrega" → "date delivery"). Never the phrase itself.
     */
    List<String> alternatives(String phrase) {
        String whole = key(phrase);
        Set<String> out = new LinkedHashSet<>(same.getOrDefault(whole, Set.of()));
        List<String> words = RefineText.stems(phrase);
        if (words.size() > 1 && words.size() <= 4) {
            List<String> combos = List.of("");
            for (String w : words) {
                List<String> options = new ArrayList<>();
                options.add(w);
                options.addAll(same.getOrDefault(w, Set.of()));
                List<String> next = new ArrayList<>();
                for (String c : combos) {
                    for (String o : options) {
                        if (next.size() < MAX_ALTERNATIVES) {
                            next.add((c + " " + o).strip());
                        }
                    }
                }
                combos = next;
            }
            out.addAll(combos);
        }
        out.remove(whole);
        return List.copyOf(out);
    }
}
