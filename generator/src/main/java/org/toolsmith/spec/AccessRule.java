package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Who sees which records and fields of one record kind, beyond the app's sharing. Two shapes:
 * <ul>
 * <li>a row rule, {@code {"entity": "leave_request", "rows": "own", "owner": "created_by",
 * "see_all": ["Managers"]}}: people see and change only the rows they own (the creator, or the
 * login held by the person field {@code owner}); members of {@code see_all} see every row.
 * {@code "rows": "all"} widens instead: everyone the app is shared with sees every row.</li>
 * <li>a field rule, {@code {"entity": "employee", "field": "salary", "visible_to": ["HR"]}}: the
 * field is shown, searched, exported and returned only to members of those groups.</li>
 * </ul>
 * The runtime enforces both in its data layer; {@code because} keeps the words they came from.
 */
@JsonInclude(Include.NON_NULL)
public record AccessRule(String entity, String rows, String owner,
                         @JsonProperty("see_all") @JsonInclude(Include.NON_EMPTY) List<String> seeAll,
                         String field,
                         @JsonProperty("visible_to") @JsonInclude(Include.NON_EMPTY) List<String> visibleTo,
                         String because) {
    /** {@code rows}: people see only the rows they own. */
    public static final String OWN = "own";
    /** {@code rows}: everyone the app is shared with sees every row (a widening, flagged in review). */
    public static final String ALL = "all";
    /** {@code owner}: the person who added the record. */
    public static final String CREATOR = "created_by";

    public AccessRule {
        seeAll = seeAll == null ? List.of() : List.copyOf(seeAll);
        visibleTo = visibleTo == null ? List.of() : List.copyOf(visibleTo);
    }

    /** People see only their own {@code entity} rows (owned through {@code owner}); {@code seeAll} groups see all. */
    public static AccessRule ownRows(String entity, String owner, List<String> seeAll, String because) {
        return new AccessRule(entity, OWN, owner == null ? CREATOR : owner, seeAll, null, List.of(), because);
    }

    /** Only members of {@code groups} see {@code field} of {@code entity}. */
    public static AccessRule hiddenField(String entity, String field, List<String> groups, String because) {
        return new AccessRule(entity, null, null, List.of(), field, groups, because);
    }

    public AccessRule withBecause(String words) {
        return new AccessRule(entity, rows, owner, seeAll, field, visibleTo, words);
    }

    /** True for a row rule, false for a field rule. */
    @JsonIgnore
    public boolean isRowRule() {
        return field == null;
    }

    /** The column that says whose a row is: {@code created_by} or a person field key. */
    @JsonIgnore
    public String ownerColumn() {
        return owner == null || owner.isBlank() ? CREATOR : owner;
    }
}
