package org.toolsmith.runtime.records;

import java.util.List;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.spec.Entity;

/** The SQL conditions that keep a person to the records they may see or change (see {@link KindAccess}). */
final class Rows {
    private Rows() {
    }

    /** A condition for the WHERE: the rows of {@code entity} the caller may see. */
    static String visible(App app, Entity entity, Caller caller, List<Object> params) {
        return KindAccess.of(app.spec(), entity, caller).visible(params);
    }

    /** A condition for rows the caller may act on with {@code all} or {@code own}; {@code FALSE} with neither. */
    static String allOrOwn(App app, Entity entity, Caller caller, Right all, Right own, List<Object> params) {
        return KindAccess.of(app.spec(), entity, caller).allOrOwn(all, own, params);
    }
}
