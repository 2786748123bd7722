package org.toolsmith.migrate;

import java.util.Locale;

/**
 * One change between two versions, in plain words for a reviewer who is not a programmer.
 *
 * @param entity    the record kind's key in the published version (where its data is), or null
 * @param field     the field's key in the published version when the words should say how many
 *                  values it holds ({@code holdsData}), else null
 * @param holdsData whether the runtime should count the values this change touches and say so
 */
public record Change(Kind kind, String words, Risk risk, String entity, String field, boolean holdsData) {

    public enum Kind {
        RENAME_APP, ADD_ENTITY, REMOVE_ENTITY, RENAME_ENTITY, RELABEL_ENTITY, ADD_FIELD, REMOVE_FIELD,
        RENAME_FIELD, RELABEL_FIELD, RETYPE_FIELD, REQUIRE_FIELD, UNREQUIRE_FIELD, UNIQUE_FIELD,
        NOT_UNIQUE_FIELD, ADD_OPTIONS, REMOVE_OPTIONS, RETARGET_FIELD
    }

    /** How closely a reviewer should look: high for anything that can lose or hide a value. */
    public enum Risk {
        NONE, LOW, MEDIUM, HIGH;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
