package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's words of {@code lexicon/kind-nouns.json}, folded: the classes of nouns an analyst makes a kind of
 * (outside parties, assets kept, places or slots; events that hang off a record), the words that ask for one of a
 * list, per-words, the words of a log or history and the words of repetition; works (projects, courses, teams),
 * the words that say a set is kept or managed, and the words that refer back to a noun just said ("whose", "dont"). Read once, shared by
 * {@link TargetKinds} and {@link SourceEventKinds}.
 */
record KindNouns(Set<String> parties, Set<String> assets, Set<String> places, Set<String> picks, Set<String> per,
        Set<String> events, Set<String> parts, Set<String> logs, Set<String> every, Set<String> works, Set<String> kept,
        Set<String> back, Set<String> withs, Set<String> fillers, Set<String> owned) {
    private static final Map<Lang, KindNouns> BY_LANG = load();

    /** The words of a language, or null when the file has none for it. */
    static KindNouns of(Lang lang) {
        return BY_LANG.get(lang);
    }

    private static Map<Lang, KindNouns> load() {
        JsonNode root = LexiconFile.read("kind-nouns.json");
        Map<Lang, KindNouns> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            JsonNode n = root.path(l.code);
            if (!n.isMissingNode()) {
                out.put(l, new KindNouns(folded(n.path("parties")), folded(n.path("assets")), folded(n.path("places")),
                        folded(n.path("picks")), folded(n.path("per")), folded(n.path("events")), folded(n.path("parts")),
                        folded(n.path("logs")), folded(n.path("every")), folded(n.path("works")), folded(n.path("kept")),
                        folded(n.path("back")), folded(n.path("withs")), folded(n.path("fillers")), folded(n.path("owned"))));
            }
        }
        return out;
    }

    /** Folded, in a fixed order (longest first): a pass that takes the first word a text ends or starts with gets the same one every run. */
    private static Set<String> folded(JsonNode list) {
        List<String> words = new ArrayList<>();
        list.forEach(x -> words.add(Text.fold(x.asText())));
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return Collections.unmodifiableSet(new LinkedHashSet<>(words));
    }
}
