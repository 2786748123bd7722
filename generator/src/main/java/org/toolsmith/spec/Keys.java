package org.toolsmith.spec;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers of record kinds and fields: the only user-derived names that reach SQL and URLs, so
 * they are made from labels by a whitelist (ASCII letters, digits, underscore) and checked against
 * {@link #PATTERN}.
 */
public final class Keys {
    /** What a key must look like, everywhere. */
    public static final Pattern PATTERN = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

    public static final int MAX_LENGTH = 63;

    /** Entity keys that would collide with an app's own routes (API.md, plus the runtime's own). */
    public static final Set<String> RESERVED_ENTITY_KEYS = Set.of(
            "versions", "draft", "submit", "review", "approve", "request_changes", "restore", "sharing",
            "openapi", "api", "static", "files", "new");

    /** Columns every table has; never listed as fields. */
    public static final Set<String> SYSTEM_COLUMNS = Set.of("id", "created_at", "updated_at", "created_by", "updated_by");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Keys() {
    }

    public static boolean isValid(String key) {
        return key != null && PATTERN.matcher(key).matches();
    }

    /**
     * A key made from a label: accents folded to ASCII, lower snake case, anything else dropped,
     * prefixed with {@code prefix_} when it would start with a digit, at most 63 characters.
     * Returns {@code fallback} when nothing usable is left.
     */
    public static String fromLabel(String label, String prefix, String fallback) {
        String s = fold(label == null ? "" : label).toLowerCase(Locale.ROOT);
        s = NON_WORD.matcher(s).replaceAll("_");
        s = trimUnderscores(s);
        if (s.isEmpty()) {
            return fallback;
        }
        if (!Character.isLetter(s.charAt(0))) {
            s = prefix + "_" + s;
        }
        if (s.length() > MAX_LENGTH) {
            s = trimUnderscores(s.substring(0, MAX_LENGTH));
        }
        return s;
    }

    /** Folds accents and a few ligatures to plain ASCII letters ("Fälligkeit" → "Falligkeit", "ß" → "ss"). */
    public static String fold(String text) {
        String s = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d");
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /** {@code base}, or {@code base_2}, {@code base_3}… : the first that is not taken, within 63 characters. */
    public static String unique(String base, Collection<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "_" + n;
            String head = base.length() + suffix.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH - suffix.length()) : base;
            String candidate = head + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Words for people: "due_on" → "Due on". */
    public static String humanize(String key) {
        String s = key == null ? "" : key.replace('_', ' ').trim();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String trimUnderscores(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '_') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '_') {
            b--;
        }
        return s.substring(a, b);
    }
}
