package org.toolsmith.runtime.records;

import static org.toolsmith.build.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.toolsmith.runtime.apps.App;
import org.toolsmith.runtime.system.RequestException;
import org.toolsmith.runtime.system.RequestException.FieldError;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Server-side checks of every write: required, type, choice, then reference and unique. */
final class Checks {
    private Checks() {
    }

    /**
     * Column values keyed by field key, in field order. With {@code partial}, only the fields the
     * input names; otherwise every field (absent ones empty).
     */
    static Map<String, Object> parse(AppSpec spec, Entity entity, Map<String, Object> input, boolean partial) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Field f : entity.fields()) {
            if (partial && !input.containsKey(f.key())) {
                continue;
            }
            try {
                Object v = Values.parse(f, input.get(f.key()));
                if (v == null && f.required()) {
                    errors.add(new FieldError(f.key(), required(spec, f)));
                }
                values.put(f.key(), v);
            } catch (Values.BadValue e) {
                errors.add(new FieldError(f.key(), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(entity, errors);
        }
        return values;
    }

    private static String required(AppSpec spec, Field f) {
        return switch (f.type()) {
            case CHOICE, MULTI_CHOICE -> "Choose a " + f.label() + ".";
            case REFERENCE -> "Choose a " + spec.entity(f.target()).map(Entity::name).orElse(f.label()) + ".";
            default -> "Enter a value for " + f.label() + ".";
        };
    }

    static RequestException invalid(Entity entity, List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError e = errors.get(0);
            return RequestException.invalid(label(entity, e.field()) + ": " + e.message(), errors);
        }
        return RequestException.invalid("Some values need fixing: "
                + String.join(", ", errors.stream().map(e -> label(entity, e.field())).toList()) + ".", errors);
    }

    private static String label(Entity entity, String key) {
        return entity.field(key).map(Field::label).orElse(key);
    }

    /**
     * References must point at records that exist and that {@code caller} may see (422, the same
     * words either way); unique values must not be taken by another record (409).
     */
    static void constraints(Connection c, App app, Entity entity, Map<String, Object> values, Long selfId, Caller caller)
            throws SQLException {
        List<FieldError> missing = new ArrayList<>();
        for (Field f : entity.fields()) {
            Object v = values.get(f.key());
            if (f.type() != FieldType.REFERENCE || v == null) {
                continue;
            }
            Optional<Entity> target = app.spec().entity(f.target());
            List<Object> params = new ArrayList<>();
            params.add(v);
            String visible = target.isEmpty() ? "FALSE" : Rows.visible(app, target.get(), caller, params);
            if (target.isEmpty() || Tables.count(c, "SELECT COUNT(*) FROM " + Tables.table(app, target.get())
                    + " WHERE \"id\" = ? AND " + visible, params) == 0) {
                String name = target.map(Entity::name).orElse(f.label());
                missing.add(new FieldError(f.key(), "There is no " + name + " with id " + v + ". Choose one that exists."));
            }
        }
        if (!missing.isEmpty()) {
            throw invalid(entity, missing);
        }
        for (Field f : entity.fields()) {
            Object v = values.get(f.key());
            if (!f.unique() || v == null) {
                continue;
            }
            String sql = "SELECT COUNT(*) FROM " + Tables.table(app, entity) + " WHERE " + quote(f.key()) + " = ?"
                    + (selfId == null ? "" : " AND \"id\" <> ?");
            if (Tables.count(c, sql, selfId == null ? List.of(v) : List.of(v, selfId)) > 0) {
                throw taken(entity, f);
            }
        }
    }

    private static RequestException taken(Entity entity, Field f) {
        String message = "Another " + entity.name() + " already has this " + f.label() + ". Use a different one.";
        return RequestException.conflict(f.label() + ": " + message, List.of(new FieldError(f.key(), message)));
    }

    /** Runs a write; constraint violations that slipped past the checks (a race) become 409/422. */
    static void execute(PreparedStatement ps, Entity entity) throws SQLException {
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String text = e.getMessage() == null ? "" : e.getMessage();
            switch (state) {
                case "23505" -> {
                    for (Field f : entity.fields()) {
                        if (f.unique() && text.contains("uq_" + entity.key() + "__" + f.key())) {
                            throw taken(entity, f);
                        }
                    }
                    throw RequestException.conflict("A value that must be unique is already taken.", List.of());
                }
                case "23503" -> throw RequestException.conflict("This " + entity.name()
                        + " is still used by other records. Change or delete those first.", List.of());
                case "23506" -> throw RequestException.invalid("A linked record does not exist any more. Choose another.", List.of());
                case "23513" -> throw RequestException.invalid("A value is not one of the allowed choices.", List.of());
                case "23502" -> throw RequestException.invalid("A required value is missing.", List.of());
                default -> throw e;
            }
        }
    }
}
