package org.toolsmith.draft.offline;

import java.util.Set;

/**
 * Keys that satisfy the spec contract ({@code ^[a-z][a-z0-9_]{0,62}$}), made from names. Used until
 * the spec normalizer takes over; kept small on purpose.
 */
final class Keys {
    static final Set<String> SYSTEM = Set.of("id", "created_at", "updated_at", "created_by", "updated_by");
    static final Set<String> RESERVED = Set.of("versions", "draft", "submit", "review", "approve", "request_changes",
            "restore", "sharing", "openapi", "api", "new", "edit", "search", "export", "import", "static", "assets");

    private Keys() {
    }

    static String of(String name, String fallback) {
        String k = Text.fold(name).replace("&", " and ").replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (k.isEmpty()) {
            k = fallback;
        }
        if (!Character.isLetter(k.charAt(0))) {
            k = fallback + "_" + k;
        }
        if (k.length() > 63) {
            k = k.substring(0, 63).replaceAll("_+$", "");
        }
        return k;
    }

    /** A key not in {@code taken}, nor a system column or reserved word: adds _2, _3 ... */
    static String unique(String base, Set<String> taken, boolean entity) {
        String k = base;
        if (SYSTEM.contains(k) || (entity && RESERVED.contains(k))) {
            k = k + "_value";
        }
        int n = 2;
        String candidate = k;
        while (taken.contains(candidate)) {
            String suffix = "_" + n++;
            candidate = (k.length() + suffix.length() > 63 ? k.substring(0, 63 - suffix.length()) : k) + suffix;
        }
        taken.add(candidate);
        return candidate;
    }
}
