package org.toolsmith.migrate;

import static org.toolsmith.build.SqlNames.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.templates.Templates;

/**
 * The SQL of a {@link MigrationPlan}, from {@code templates/sql/migrate-app.sql.vm}: the script a
 * reviewer reads is the script that runs. It builds the new version in a schema of its own, so the
 * published one stays live and whole until the runtime switches the app over in one update. The
 * script has four steps, each introduced by a line {@code -- step: NAME}: {@code create} (schema and
 * tables), {@code copy} (every row, converted), {@code finish} (indexes and links) and
 * {@code archive} (values of removed fields, into {@code TOOLSMITH.FIELD_ARCHIVE}).
 */
public final class MigrationSql {
    public static final List<String> STEPS = List.of("create", "copy", "finish", "archive");
    /** Days the archive keeps the values of a removed field. */
    public static final int ARCHIVE_DAYS = 30;

    private final Templates templates;

    public MigrationSql(Templates templates) {
        this.templates = templates;
    }

    public String render(MigrationPlan plan, String oldSchema, String newSchema) {
        Map<String, Object> model = new LinkedHashMap<>(SchemaSql.model(newSchema, plan.to()));
        List<Map<String, Object>> copies = new ArrayList<>();
        for (MigrationPlan.TableCopy copy : plan.copies()) {
            String source = copy.source() != null ? SqlNames.table(oldSchema, copy.source()) + " src"
                    : "(SELECT DISTINCT RECORD_ID AS \"id\" FROM TOOLSMITH.FIELD_ARCHIVE WHERE APP_ID = " + plan.appId()
                    + " AND ENTITY_KEY = " + SqlNames.literal(copy.table()) + " AND EXPIRES_AT > CURRENT_TIMESTAMP) src";
            copies.add(Map.of("table", SqlNames.table(newSchema, copy.table()), "columns", String.join(", ", copy.columns()),
                    "expressions", String.join(",\n       ", copy.expressions()), "source", source));
        }
        List<Map<String, Object>> archives = new ArrayList<>();
        for (MigrationPlan.Archive a : plan.archives()) {
            Entity entity = plan.from().entity(a.entity()).orElseThrow();
            List<Field> fields = a.wholeKind() ? entity.fields() : List.of(entity.field(a.field()).orElseThrow());
            for (Field f : fields) {
                archives.add(Map.of("app", String.valueOf(plan.appId()), "version", String.valueOf(plan.version()),
                        "entity", SqlNames.literal(entity.key()), "field", SqlNames.literal(f.key()), "column", quote(f.key()),
                        "table", SqlNames.table(oldSchema, entity.key()), "days", String.valueOf(ARCHIVE_DAYS)));
            }
        }
        model.put("copies", copies);
        model.put("archives", archives);
        return templates.render("sql/migrate-app.sql.vm", model);
    }

    /** The statements of one step of a rendered script (empty when the step has none). */
    public static String step(String script, String name) {
        String marker = "-- step: " + name + "\n";
        int start = script.indexOf(marker);
        if (start < 0) {
            throw new IllegalArgumentException("no step " + name);
        }
        start += marker.length();
        int end = script.indexOf("-- step: ", start);
        return (end < 0 ? script.substring(start) : script.substring(start, end)).strip();
    }
}
