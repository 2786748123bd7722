package org.toolsmith.draft.offline;

import java.util.Locale;

/** The languages the offline drafter reads, with their ISO codes (639-1 and 639-3). */
enum Lang {
    EN("en", "eng"), FR("fr", "fra"), ES("es", "spa"), DE("de", "deu");

    final String code;
    final String iso3;

    Lang(String code, String iso3) {
        this.code = code;
        this.iso3 = iso3;
    }

    /** Whether a noun phrase's head comes last ("purchase date") rather than first ("date d'achat"). */
    boolean headLast() {
        return this == EN || this == DE;
    }

    static Lang fromIso3(String iso3) {
        for (Lang l : values()) {
            if (l.iso3.equals(iso3.toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        return null;
    }
}
