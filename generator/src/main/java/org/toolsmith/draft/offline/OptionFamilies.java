package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names a choice that was said by its values alone ("morning or afternoon", "cash, card or transfer", "S/M/L") after
 * what the values are, from {@code lexicon/option-families.json}: a time of day, a payment method, a condition, a
 * frequency, a day, a size, a level, a result, dietary needs, a delivery method, a contract type, a location, a
 * channel, a trade, a unit. Only a name that would otherwise be the generic Status or Type is replaced, and only when every value
 * belongs to the one family; states ("open, in progress, closed") keep their Status.
 */
final class OptionFamilies {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.' -]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<Family> FAMILIES = load();

    private OptionFamilies() {
    }

    private record Family(Map<Lang, String> labels, Set<String> values) {
    }

    /** The family's name for these values in the request's language, or {@code generic} when they are no family's. */
    static String label(Lexicon lex, List<String> options, String generic) {
        if (options.size() < 2 || Options.lookLikeStatus(options, lex)) {
            return generic;
        }
        Family f = familyOf(options);
        return f == null ? generic : f.labels.getOrDefault(lex.lang, generic);
    }

    /**
     * Whether two or more words are all values of one family: "(grams, kg, litres)" after "unit", "(electrician,
     * plumber, painter)" after "trade" are the values of that field, even where some of them look like field words.
     */
    static boolean oneFamily(List<String> words) {
        return words.size() >= 2 && familyOf(words) != null;
    }

    private static Family familyOf(List<String> options) {
        List<String> folded = new ArrayList<>();
        for (String o : options) {
            folded.add(SPACES.matcher(NOT_WORD.matcher(Text.fold(o)).replaceAll(" ")).replaceAll(" ").strip());
        }
        for (Family f : FAMILIES) {
            if (folded.stream().allMatch(f.values::contains)) {
                return f;
            }
        }
        return null;
    }

    /** Whether a value said alone ("small", "matin", "efectivo", "vormittags") is one of some family's values. */
    static boolean value(String said) {
        String folded = SPACES.matcher(NOT_WORD.matcher(Text.fold(said)).replaceAll(" ")).replaceAll(" ").strip();
        for (Family f : FAMILIES) {
            if (f.values.contains(folded)) {
                return true;
            }
        }
        return false;
    }

    private static List<Family> load() {
        List<Family> out = new ArrayList<>();
        for (JsonNode f : LexiconFile.read("option-families.json").path("families")) {
            Map<Lang, String> labels = new EnumMap<>(Lang.class);
            for (Lang l : Lang.values()) {
                String label = f.path("labels").path(l.code).asText("");
                if (!label.isEmpty()) {
                    labels.put(l, label);
                }
            }
            Set<String> values = new HashSet<>();
            f.path("values").forEach(v -> values.add(Text.fold(v.asText())));
            out.add(new Family(labels, Set.copyOf(values)));
        }
        return List.copyOf(out);
    }
}
