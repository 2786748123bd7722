package org.toolsmith.build;

import static org.toolsmith.build.SqlNames.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.templates.Templates;

/**
 * The SQL that creates an app's schema in H2: one schema per app (named from its id), one table per
 * record kind, typed columns, NOT NULL, UNIQUE, CHECK for choices, foreign keys added after every
 * table exists (so cycles and self links work), and an index per sortable column and reference.
 * Identifiers come only from validated keys, quoted; choice options are SQL string literals.
 *
 * <p>{@code multi_choice} is stored as the JSON array text of the chosen options, in option order
 * ({@code ["Red","Blue"]}), in a VARCHAR: searchable with LIKE, checked by the runtime on write.
 */
public final class SchemaSql {
    /** Longest value of one-line text types (text, email, phone, url, person, file, choice). */
    public static final int TEXT_LENGTH = 1000;
    public static final int LONG_TEXT_LENGTH = 1_000_000;
    public static final int MULTI_CHOICE_LENGTH = 10_000;
    /** System columns every table has, besides the field columns. */
    public static final List<String> SYSTEM_COLUMNS = List.of("id", "created_at", "updated_at", "created_by", "updated_by");

    private final Templates templates;

    public SchemaSql(Templates templates) {
        this.templates = templates;
    }

    /** The script (statements separated by {@code ;} and a newline) that creates the schema. */
    public String create(String schema, AppSpec spec) {
        return templates.render("sql/create-app.sql.vm", model(schema, spec));
    }

    /**
     * What {@code sql/create-app.sql.vm} prints: {@code schema}, {@code tables} (name, columns with
     * definition, check and unique), {@code indexes} and {@code foreignKeys}. The migration planner
     * renders its new schema from the same model, so a migrated app has the very tables a new one has.
     */
    public static Map<String, Object> model(String schema, AppSpec spec) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("schema", SqlNames.schema(schema));
        List<Map<String, Object>> tables = new ArrayList<>();
        List<Map<String, Object>> indexes = new ArrayList<>();
        List<Map<String, Object>> foreignKeys = new ArrayList<>();
        for (Entity entity : spec.entities()) {
            String table = SqlNames.table(schema, entity.key());
            List<Map<String, Object>> columns = new ArrayList<>();
            for (Field field : entity.fields()) {
                columns.add(column(entity, field));
                if (isIndexed(field)) {
                    indexes.add(Map.of("name", quote(shortName("ix", entity.key(), field.key())),
                            "table", table, "columns", quote(field.key()) + ", \"id\""));
                }
                if (field.type() == FieldType.REFERENCE) {
                    foreignKeys.add(Map.of("table", table, "name", quote(shortName("fk", entity.key(), field.key())),
                            "column", quote(field.key()), "target", SqlNames.table(schema, field.target())));
                }
            }
            for (String system : List.of("created_at", "updated_at")) {
                indexes.add(Map.of("name", quote(shortName("ix", entity.key(), system)),
                        "table", table, "columns", quote(system) + ", \"id\""));
            }
            tables.add(Map.of("name", table, "columns", columns));
        }
        model.put("tables", tables);
        model.put("indexes", indexes);
        model.put("foreignKeys", foreignKeys);
        return model;
    }

    /** Whether the column has an index, so lists can sort and filter by it without a full sort. */
    public static boolean isIndexed(Field field) {
        return field.type() != FieldType.LONG_TEXT && field.type() != FieldType.MULTI_CHOICE;
    }

    /** The H2 column type of a field. */
    public static String columnType(Field field) {
        return switch (field.type()) {
            case TEXT, EMAIL, PHONE, URL, PERSON, FILE, CHOICE -> "CHARACTER VARYING(" + TEXT_LENGTH + ")";
            case LONG_TEXT -> "CHARACTER VARYING(" + LONG_TEXT_LENGTH + ")";
            case MULTI_CHOICE -> "CHARACTER VARYING(" + MULTI_CHOICE_LENGTH + ")";
            case INTEGER, REFERENCE -> "BIGINT";
            case DECIMAL -> "DECFLOAT";
            case MONEY -> "NUMERIC(19, 2)";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case DATETIME -> "TIMESTAMP WITH TIME ZONE";
        };
    }

    private static Map<String, Object> column(Entity entity, Field field) {
        StringBuilder sql = new StringBuilder(quote(field.key())).append(' ').append(columnType(field));
        if (field.required()) {
            sql.append(" NOT NULL");
        }
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("definition", sql.toString());
        String check = "";
        if (field.type() == FieldType.CHOICE && !field.options().isEmpty()) {
            check = "CONSTRAINT " + quote(shortName("ck", entity.key(), field.key())) + " CHECK (" + quote(field.key()) + " IN ("
                    + field.options().stream().map(SqlNames::literal).collect(Collectors.joining(", ")) + "))";
        }
        column.put("check", check);
        column.put("unique", field.unique()
                ? "CONSTRAINT " + quote(shortName("uq", entity.key(), field.key())) + " UNIQUE (" + quote(field.key()) + ")"
                : "");
        return column;
    }

    /** A constraint or index name, unique in the schema because table and column keys are. */
    static String shortName(String prefix, String table, String column) {
        return prefix + "_" + table + "__" + column;
    }
}
