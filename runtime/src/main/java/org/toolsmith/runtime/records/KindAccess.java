package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * What one caller may see of one record kind: the app's sharing (the caller's rights) combined with
 * the spec's access rules for that kind. The strictest wins unless a rule widens it:
 * <ul>
 * <li>no row rule: {@code view_all} sees every row, {@code view_own} the rows the caller added;</li>
 * <li>{@code rows: own}: even with {@code view_all}, only the rows the caller owns (creator or the
 * person field named as owner), except members of {@code see_all}, who see every row (and with
 * {@code edit_all} / {@code delete_all} may act on every row);</li>
 * <li>{@code rows: all}: any view right sees every row (a widening, flagged in review);</li>
 * <li>a field rule hides the field from everyone outside {@code visible_to}.</li>
 * </ul>
 * Holders of {@code manage} (the app's builder, admins, co-owners) are not narrowed by the rules.
 */
public final class KindAccess {
    /** Words as {@code \b} sees them: runs of letters, digits and underscores. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    private final Caller caller;
    private final Entity entity;
    private final AccessRule rows;
    private final Set<String> hidden = new HashSet<>();
    /** Computed fields whose script reads a hidden field: their values would reveal it. */
    private final Set<String> hiddenComputed = new HashSet<>();

    private KindAccess(AppSpec spec, Entity entity, Caller caller) {
        this.caller = caller;
        this.entity = entity;
        AccessRule row = null;
        boolean privileged = caller.may(Right.MANAGE);
        for (AccessRule r : spec.accessOf(entity.key())) {
            if (r.isRowRule()) {
                row = r;
            } else if (!privileged && !caller.inAny(r.visibleTo())) {
                hidden.add(r.field());
            }
        }
        this.rows = row;
        for (var c : spec.computedOf(entity.key())) {
            if (c.script() != null && !hidden.isEmpty() && readsAny(c.script(), hidden)) {
                hiddenComputed.add(c.key());
            }
        }
    }

    /** Whether the script names any of the keys as a whole word (over-hiding beats leaking). */
    static boolean readsAny(String script, Set<String> keys) {
        Matcher m = WORD.matcher(script);
        while (m.find()) {
            if (keys.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    public static KindAccess of(AppSpec spec, Entity entity, Caller caller) {
        return new KindAccess(spec, entity, caller);
    }

    /** The record kind as this caller sees it: without the fields hidden from them. */
    public Entity visibleEntity() {
        if (hidden.isEmpty()) {
            return entity;
        }
        return entity.withFields(entity.fields().stream().filter(f -> !hidden.contains(f.key())).toList());
    }

    public boolean hides(String fieldKey) {
        return hidden.contains(fieldKey);
    }

    /** The record without the hidden fields (a copy; the input is left as it is). */
    public Map<String, Object> strip(Map<String, Object> record) {
        if (hidden.isEmpty()) {
            return record;
        }
        Map<String, Object> out = new LinkedHashMap<>(record);
        hidden.forEach(out::remove);
        hiddenComputed.forEach(out::remove);
        if (out.get("_errors") instanceof Map<?, ?> errors && !hiddenComputed.isEmpty()) {
            Map<Object, Object> kept = new LinkedHashMap<>(errors);
            hiddenComputed.forEach(kept::remove);
            out.put("_errors", kept);
        }
        return out;
    }

    /** The column that says whose a row is: {@code created_by}, or the person field the spec names. */
    public String ownerColumn() {
        return rows == null || !AccessRule.OWN.equals(rows.rows()) ? AccessRule.CREATOR : rows.ownerColumn();
    }

    /** Whether the record is the caller's: its owner column holds their login. */
    public boolean owns(Map<String, Object> record) {
        Object owner = record.get(ownerColumn());
        return caller.login() != null && owner != null && owner.toString().strip().equalsIgnoreCase(caller.login());
    }

    /** Whether the caller may act on this record with {@code all}, or with {@code own} and it is theirs. */
    public boolean allows(Map<String, Object> record, Right all, Right own) {
        return caller.may(all) && everyRow(all) || (caller.may(all) || caller.may(own)) && owns(record);
    }

    /** A 403 when a required field is hidden from the caller: they could never fill it in. */
    public void mayAdd() {
        for (var f : entity.fields()) {
            if (f.required() && hidden.contains(f.key())) {
                throw org.toolsmith.runtime.system.RequestException.forbidden("Only some people may add " + entity.plural()
                        + ": \"" + f.label() + "\" must be filled in, and it is shown only to some groups. Ask one of them to add it.");
            }
        }
    }

    /** A WHERE condition for the rows the caller may see. */
    String visible(List<Object> params) {
        if (!caller.canView()) {
            return "FALSE";
        }
        if (rows != null && AccessRule.ALL.equals(rows.rows())) {
            return "TRUE";
        }
        return allOrOwn(Right.VIEW_ALL, Right.VIEW_OWN, params);
    }

    /** A WHERE condition for the rows the caller may act on with {@code all} (every row) or {@code own} (theirs). */
    String allOrOwn(Right all, Right own, List<Object> params) {
        boolean seesAll = all == Right.VIEW_ALL ? caller.canView() && everyRow(all) && (caller.may(all) || seeAllMember())
                : caller.may(all) && everyRow(all);
        if (seesAll) {
            return "TRUE";
        }
        if ((caller.may(all) || caller.may(own)) && caller.login() != null) {
            String column = ownerColumn();
            if (column.equals(AccessRule.CREATOR)) {
                params.add(caller.login());
                return "\"created_by\" = ?";
            }
            params.add(caller.login().toLowerCase(Locale.ROOT));
            return "LOWER(TRIM(" + quote(column) + ")) = ?";
        }
        return "FALSE";
    }

    /** Whether {@code all} reaches every row here: always without a row rule "own", else only for see_all and owners. */
    private boolean everyRow(Right all) {
        if (rows == null || !AccessRule.OWN.equals(rows.rows()) || caller.may(Right.MANAGE)) {
            return true;
        }
        return seeAllMember();
    }

    private boolean seeAllMember() {
        return rows != null && AccessRule.OWN.equals(rows.rows()) && caller.inAny(rows.seeAll());
    }
}
