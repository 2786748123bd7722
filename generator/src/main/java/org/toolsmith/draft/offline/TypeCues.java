package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code lexicon/type-cues.json}, folded: measurement units (the same in every
 * language) and, per language, the cues that settle a type beyond a label's head word (a count
 * lead, an aside saying "external" or "one or more"). Read once; immutable.
 */
final class TypeCues {
    final Set<String> strongUnits;
    final Set<String> weakUnits;
    final List<String> unitLeads;
    final List<String> countLeads;
    final List<String> countModifiers;
    final List<String> outside;
    final List<String> staff;
    final List<String> multi;
    final List<String> datetime;
    final List<String> dayWords;
    final List<String> eventDates;

    private static final Map<Lang, TypeCues> BY_LANG = load();

    private TypeCues(JsonNode units, JsonNode lang) {
        strongUnits = Set.copyOf(folded(units.path("strong")));
        weakUnits = Set.copyOf(folded(units.path("weak")));
        unitLeads = folded(lang.path("unit_leads"));
        countLeads = folded(lang.path("count_leads"));
        countModifiers = folded(lang.path("count_modifiers"));
        outside = folded(lang.path("outside"));
        staff = folded(lang.path("staff"));
        multi = folded(lang.path("multi"));
        datetime = folded(lang.path("datetime"));
        dayWords = folded(lang.path("day_words"));
        eventDates = folded(lang.path("event_dates"));
    }

    static TypeCues of(Lang lang) {
        return BY_LANG.get(lang);
    }

    /** Whether one of {@code phrases} occurs in {@code folded} as whole words. */
    static boolean any(List<String> phrases, String folded) {
        for (String p : phrases) {
            if (Text.containsPhrase(folded, p)) {
                return true;
            }
        }
        return false;
    }

    private static Map<Lang, TypeCues> load() {
        JsonNode root = LexiconFile.read("type-cues.json");
        Map<Lang, TypeCues> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            out.put(l, new TypeCues(root.path("units"), root.path(l.code)));
        }
        return out;
    }

    private static List<String> folded(JsonNode array) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        array.forEach(x -> {
            String f = Text.fold(x.asText());
            if (seen.add(f)) {
                out.add(f);
            }
        });
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }
}
