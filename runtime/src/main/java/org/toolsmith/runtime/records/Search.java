package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** The WHERE of a search and the ORDER BY of a sort, from whitelisted keys only. */
final class Search {
    private static final List<String> SORTABLE_SYSTEM = List.of("id", "created_at", "updated_at");

    private Search() {
    }

    /**
     * Case-insensitive LIKE over the searchable fields (text-like ones and person), and over the
     * title of the records that reference fields point at (a loan is found by its laptop's asset
     * tag). The text is a bound parameter, its wildcards escaped.
     */
    static String where(App app, Entity entity, String q, List<Object> params) {
        if (q == null || q.isBlank()) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        String pattern = "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        for (Field f : entity.fields()) {
            if (isSearchable(f)) {
                terms.add("LOWER(" + quote(f.key()) + ") LIKE ? ESCAPE '\\'");
                params.add(pattern);
            } else if (f.type() == FieldType.REFERENCE) {
                Optional<Entity> target = app.spec().entity(f.target());
                Optional<Field> title = target.flatMap(Entity::titleField).filter(Search::isSearchable);
                if (title.isPresent()) {
                    terms.add(quote(f.key()) + " IN (SELECT \"id\" FROM " + Tables.table(app, target.get())
                            + " WHERE LOWER(" + quote(title.get().key()) + ") LIKE ? ESCAPE '\\')");
                    params.add(pattern);
                }
            }
        }
        if (terms.isEmpty()) {
            return " WHERE FALSE";
        }
        return " WHERE (" + String.join(" OR ", terms) + ")";
    }

    static boolean isSearchable(Field f) {
        return f.type().isSearchable() || f.type() == FieldType.PERSON;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code key} or {@code -key} over indexed fields and id/created_at/updated_at; default newest first. */
    static String orderBy(Entity entity, String sort) {
        if (sort == null || sort.isBlank()) {
            return " ORDER BY \"id\" DESC";
        }
        boolean desc = sort.startsWith("-");
        String key = desc ? sort.substring(1) : sort;
        boolean allowed = SORTABLE_SYSTEM.contains(key)
                || entity.field(key).filter(SchemaSql::isIndexed).isPresent();
        if (!allowed) {
            List<String> options = new ArrayList<>();
            entity.fields().stream().filter(SchemaSql::isIndexed).forEach(f -> options.add(f.key()));
            options.addAll(SORTABLE_SYSTEM);
            throw RequestException.badRequest("Cannot sort " + entity.plural() + " by \"" + sort + "\". Sort by one of: "
                    + String.join(", ", options) + " (put - in front for descending).");
        }
        String dir = desc ? " DESC" : " ASC";
        return key.equals("id") ? " ORDER BY \"id\"" + dir : " ORDER BY " + quote(key) + dir + ", \"id\"" + dir;
    }
}
