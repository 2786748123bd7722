package org.toolsmith.runtime.records;

import java.util.Locale;
import java.util.Optional;

/** What a person may do with an app's records, as API.md names the rights ({@code view_all}, ...). */
public enum Right {
    VIEW_ALL, VIEW_OWN, ADD, EDIT_OWN, EDIT_ALL, DELETE_OWN, DELETE_ALL, MANAGE;

    /** The name used in JSON and forms, e.g. {@code view_all}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Right> of(String key) {
        for (Right r : values()) {
            if (r.key().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
