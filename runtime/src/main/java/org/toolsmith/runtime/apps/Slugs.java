package org.toolsmith.runtime.apps;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** URL slugs from app names: lower-case ASCII letters, digits and hyphens, unique. */
final class Slugs {
    static final int MAX = 60;

    private Slugs() {
    }

    static String of(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "app" : s;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… the first one not {@code taken}. */
    static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
