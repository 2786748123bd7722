package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.FieldType;

/**
 * Common internal tools (leave requests, asset register, visitor log, ...) with their usual fields,
 * read from {@code archetypes.json}. A terse request is completed from the closest one. Names and
 * labels are written "English|French|Spanish|German"; triggers are folded words in any language.
 */
final class ArchetypeCatalog {
    /** One common tool. */
    record Archetype(String id, String[] names, List<String> triggers, List<Slot> fields) {
        String name(Lang lang) {
            return pick(names, lang);
        }
    }

    /** One usual field of an archetype. */
    record Slot(String[] labels, FieldType type, String[] options) {
        String label(Lang lang) {
            return pick(labels, lang);
        }

        List<String> options(Lang lang) {
            if (options == null) {
                return List.of();
            }
            return List.of(pick(options, lang).split(","));
        }
    }

    /** The archetype that fits best, and how strongly (sum of matched trigger lengths in words). */
    record Match(Archetype archetype, int score) {
    }

    private final List<Archetype> archetypes;

    private ArchetypeCatalog(List<Archetype> archetypes) {
        this.archetypes = List.copyOf(archetypes);
    }

    static ArchetypeCatalog load() {
        List<Archetype> list = new ArrayList<>();
        for (JsonNode a : LexiconFile.resource("archetypes.json")) {
            List<String> triggers = new ArrayList<>();
            a.path("triggers").forEach(t -> triggers.add(Text.fold(t.asText())));
            List<Slot> slots = new ArrayList<>();
            for (JsonNode f : a.path("fields")) {
                FieldType type = FieldType.fromJson(f.path("type").asText())
                        .orElseThrow(() -> new IllegalStateException("archetype " + a.path("id").asText() + ": bad type"));
                String[] options = f.has("options") ? f.path("options").asText().split("\\|") : null;
                slots.add(new Slot(f.path("label").asText().split("\\|"), type, options));
            }
            list.add(new Archetype(a.path("id").asText(), a.path("name").asText().split("\\|"), List.copyOf(triggers),
                    List.copyOf(slots)));
        }
        return new ArchetypeCatalog(list);
    }

    List<Archetype> all() {
        return archetypes;
    }

    /** The best archetype for a request, if any trigger word occurs in it. */
    Optional<Match> best(String request) {
        String f = Text.fold(request);
        List<String> words = Text.words(f).stream().filter(w -> w.length() >= 9).distinct().toList();
        Match best = null;
        for (Archetype a : archetypes) {
            int score = 0;
            for (String t : a.triggers()) {
                if (Text.containsPhrase(f, t) || (t.length() > 3 && Text.containsPhrase(f, t + "s")) || inCompound(words, t)) {
                    score += t.split(" ").length * 2 + (t.length() > 6 ? 1 : 0);
                }
            }
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(a, score);
            }
        }
        return Optional.ofNullable(best);
    }

    /** German compounds: "schlusselverwaltung" holds "schlussel". */
    private static boolean inCompound(List<String> longWords, String trigger) {
        if (trigger.length() < 5 || trigger.contains(" ")) {
            return false;
        }
        for (String w : longWords) {
            if (w.length() >= trigger.length() + 4 && (w.startsWith(trigger) || w.endsWith(trigger))) {
                return true;
            }
        }
        return false;
    }

    private static String pick(String[] values, Lang lang) {
        int i = lang.ordinal();
        return i < values.length && !values[i].isBlank() ? values[i].strip() : values[0].strip();
    }
}
