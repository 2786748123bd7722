package org.toolsmith.runtime.records;

import java.util.List;

/** The SQL conditions that keep a person to the records they may see or change. */
final class Rows {
    private Rows() {
    }

    /** A condition for the WHERE: every row with view_all, own rows with view_own, else none. */
    static String visible(Caller caller, List<Object> params) {
        return allOrOwn(caller, Right.VIEW_ALL, Right.VIEW_OWN, params);
    }

    /**
     * A condition for rows the caller may act on with {@code all} (every row) or {@code own} (rows
     * whose {@code created_by} is the caller's login); {@code FALSE} with neither.
     */
    static String allOrOwn(Caller caller, Right all, Right own, List<Object> params) {
        if (caller.may(all)) {
            return "TRUE";
        }
        if (caller.may(own) && caller.login() != null) {
            params.add(caller.login());
            return "\"created_by\" = ?";
        }
        return "FALSE";
    }
}
