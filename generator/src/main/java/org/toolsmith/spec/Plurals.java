package org.toolsmith.spec;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** English plurals for display names ("Leave request" → "Leave requests", "Person" → "People"). */
public final class Plurals {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("person", "people"), Map.entry("child", "children"), Map.entry("man", "men"),
            Map.entry("woman", "women"), Map.entry("foot", "feet"), Map.entry("tooth", "teeth"),
            Map.entry("mouse", "mice"), Map.entry("goose", "geese"), Map.entry("criterion", "criteria"),
            Map.entry("analysis", "analyses"), Map.entry("thesis", "theses"), Map.entry("crisis", "crises"),
            Map.entry("diagnosis", "diagnoses"), Map.entry("datum", "data"), Map.entry("medium", "media"),
            Map.entry("cactus", "cacti"), Map.entry("leaf", "leaves"), Map.entry("shelf", "shelves"),
            Map.entry("knife", "knives"), Map.entry("life", "lives"), Map.entry("half", "halves"),
            Map.entry("wife", "wives"), Map.entry("wolf", "wolves"), Map.entry("calf", "calves"),
            Map.entry("loaf", "loaves"), Map.entry("thief", "thieves"), Map.entry("ox", "oxen"),
            Map.entry("index", "indexes"), Map.entry("matrix", "matrices"), Map.entry("appendix", "appendices"),
            Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"), Map.entry("hero", "heroes"),
            Map.entry("echo", "echoes"), Map.entry("bus", "buses"), Map.entry("quiz", "quizzes"));

    private static final Set<String> SAME = Set.of(
            "staff", "equipment", "information", "feedback", "software", "hardware", "furniture", "series",
            "species", "sheep", "fish", "deer", "news", "inventory", "personnel", "stock", "data", "media",
            "people", "aircraft", "luggage", "baggage", "mail", "advice", "research", "money", "music",
            "police", "offspring", "moose", "swine", "trout", "salmon");

    private Plurals() {
    }

    /** The plural of a display name; only its last word changes, and its capitalisation is kept. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int cut = trimmed.lastIndexOf(' ') + 1;
        String head = trimmed.substring(0, cut);
        String word = trimmed.substring(cut);
        return head + pluralWord(word);
    }

    static String pluralWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !Character.isLetter(lower.charAt(lower.length() - 1)) || SAME.contains(lower)) {
            return word;
        }
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return matchCase(word, irregular);
        }
        if (allUpper(word) && word.length() > 1) {
            return word + "s";
        }
        String plural;
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            plural = word.substring(0, word.length() - 1) + "ies";
        } else if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z")
                || lower.endsWith("ch") || lower.endsWith("sh")) {
            plural = word + "es";
        } else {
            plural = word + "s";
        }
        return plural;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean allUpper(String w) {
        return w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static String matchCase(String original, String replacement) {
        if (allUpper(original) && original.length() > 1) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }
}
