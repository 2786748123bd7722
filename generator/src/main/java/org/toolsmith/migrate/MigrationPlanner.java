package org.toolsmith.migrate;

import static org.toolsmith.build.SqlNames.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SpecWords;
import org.toolsmith.build.SqlNames;
import org.toolsmith.migrate.Change.Kind;
import org.toolsmith.migrate.Change.Risk;
import org.toolsmith.migrate.MigrationPlan.Archive;
import org.toolsmith.migrate.MigrationPlan.TableCopy;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Plans the move from a published spec to the next version. Pure: specs, renames and the person's
 * decisions in, a {@link MigrationPlan} out. Fields and record kinds are matched by key; a changed
 * key is a rename only when a {@link Rename} says so (otherwise it is a removal and an addition).
 *
 * <p>Decisions, keyed {@code entity.field} in the new version: {@code clear} (values that would not
 * convert, options that go away, duplicates: emptied) or {@code fill:VALUE} (the value for records
 * that have none in a field that becomes required).
 */
public final class MigrationPlanner {
    public static final String CLEAR = "clear";
    public static final String FILL = "fill:";

    /**
     * @param archived {@code entity.field} keys that have values in the archive: a field added back
     *                 under such a key gets them back
     */
    public MigrationPlan plan(AppSpec from, AppSpec to, List<Rename> renames, Map<String, String> decisions,
                              long appId, int version, Set<String> archived) {
        Planning p = new Planning(from, to, renames, decisions, appId, version, archived);
        p.run();
        return new MigrationPlan(from, to, appId, version, List.copyOf(p.changes), List.copyOf(p.checks),
                List.copyOf(p.blockers), List.copyOf(p.copies), List.copyOf(p.archives));
    }

    private static final class Planning {
        final AppSpec from;
        final AppSpec to;
        final Map<String, String> decisions;
        final long appId;
        final int version;
        final Set<String> archived;
        final Map<String, String> entitySource = new HashMap<>();
        final Map<String, Map<String, String>> fieldSource = new HashMap<>();
        final List<Change> changes = new ArrayList<>();
        final List<DataCheck> checks = new ArrayList<>();
        final List<String> blockers = new ArrayList<>();
        final List<TableCopy> copies = new ArrayList<>();
        final List<Archive> archives = new ArrayList<>();

        Planning(AppSpec from, AppSpec to, List<Rename> renames, Map<String, String> decisions, long appId,
                 int version, Set<String> archived) {
            this.from = from;
            this.to = to;
            this.decisions = decisions == null ? Map.of() : decisions;
            this.appId = appId;
            this.version = version;
            this.archived = archived == null ? Set.of() : archived;
            for (Rename r : renames == null ? List.<Rename>of() : renames) {
                readRename(r);
            }
        }

        void readRename(Rename r) {
            if (!SqlNames.isKey(r.from()) || !SqlNames.isKey(r.to()) || (r.entity() != null && !SqlNames.isKey(r.entity()))) {
                blockers.add("A rename names a key that is not valid: keys are lower-case letters, digits and _.");
                return;
            }
            if (r.ofKind()) {
                if (from.entity(r.from()).isEmpty() || to.entity(r.to()).isEmpty()) {
                    blockers.add("The rename of the record kind \"" + r.from() + "\" to \"" + r.to()
                            + "\" names a record kind that one of the two versions does not have.");
                } else {
                    entitySource.put(r.to(), r.from());
                }
            } else {
                fieldSource.computeIfAbsent(r.entity(), k -> new HashMap<>()).put(r.to(), r.from());
            }
        }

        void run() {
            if (!from.name().equals(to.name())) {
                change(Kind.RENAME_APP, "renames the app from *" + from.name() + "* to *" + to.name() + "*", Risk.NONE, null, null, false);
            }
            Set<String> usedEntities = new HashSet<>();
            for (Entity n : to.entities()) {
                String sourceKey = entitySource.getOrDefault(n.key(), n.key());
                Optional<Entity> o = from.entity(sourceKey);
                if (o.isEmpty()) {
                    addEntity(n);
                } else {
                    usedEntities.add(sourceKey);
                    entity(o.get(), n);
                }
            }
            for (Entity o : from.entities()) {
                if (!usedEntities.contains(o.key())) {
                    change(Kind.REMOVE_ENTITY, "removes the record kind *" + o.name() + "* and its " + o.plural()
                            + " (kept in the archive for 30 days)", Risk.HIGH, o.key(), null, true);
                    archives.add(new Archive(o.key(), null, true));
                }
            }
        }

        void addEntity(Entity n) {
            boolean back = n.fields().stream().anyMatch(f -> archived.contains(n.key() + "." + f.key()));
            change(Kind.ADD_ENTITY, "adds the record kind *" + n.name() + "*: " + SpecWords.entity(to, n)
                    + (back ? " (its records come back from the archive)" : ""), Risk.NONE, null, null, false);
            if (!back) {
                return;
            }
            List<String> columns = new ArrayList<>(List.of("\"id\""));
            List<String> expressions = new ArrayList<>(List.of("src.\"id\""));
            for (Field f : n.fields()) {
                columns.add(quote(f.key()));
                expressions.add(archived.contains(n.key() + "." + f.key()) ? fromArchive(n.key(), f) : "NULL");
            }
            columns.addAll(List.of("\"created_at\"", "\"updated_at\"", "\"created_by\"", "\"updated_by\""));
            expressions.addAll(List.of("CURRENT_TIMESTAMP", "CURRENT_TIMESTAMP", "NULL", "NULL"));
            copies.add(new TableCopy(n.key(), null, columns, expressions));
        }

        void entity(Entity o, Entity n) {
            if (!o.key().equals(n.key())) {
                change(Kind.RENAME_ENTITY, "renames the record kind *" + o.name() + "* to *" + n.name()
                        + "* (its records are kept)", Risk.LOW, o.key(), null, false);
            } else if (!o.name().equals(n.name()) || !java.util.Objects.equals(o.plural(), n.plural())) {
                change(Kind.RELABEL_ENTITY, "calls the record kind *" + o.name() + "* *" + n.name() + "* now", Risk.NONE, o.key(), null, false);
            }
            Map<String, String> renamed = fieldSource.getOrDefault(n.key(), Map.of());
            for (Map.Entry<String, String> r : renamed.entrySet()) {
                if (n.field(r.getKey()).isEmpty() || o.field(r.getValue()).isEmpty()) {
                    blockers.add("The rename of \"" + r.getValue() + "\" to \"" + r.getKey() + "\" in " + n.name()
                            + " names a field that one of the two versions does not have.");
                }
            }
            List<String> columns = new ArrayList<>(List.of("\"id\""));
            List<String> expressions = new ArrayList<>(List.of("src.\"id\""));
            Set<String> used = new HashSet<>();
            for (Field f : n.fields()) {
                Optional<Field> s = o.field(renamed.getOrDefault(f.key(), f.key()));
                columns.add(quote(f.key()));
                if (s.isEmpty()) {
                    expressions.add(addField(o, n, f));
                } else {
                    used.add(s.get().key());
                    expressions.add(keepField(o, n, s.get(), f));
                }
            }
            for (Field s : o.fields()) {
                if (!used.contains(s.key())) {
                    change(Kind.REMOVE_FIELD, "removes *" + s.label() + "* from " + n.name(), Risk.HIGH, o.key(), s.key(), true);
                    archives.add(new Archive(o.key(), s.key(), false));
                }
            }
            for (String system : List.of("created_at", "updated_at", "created_by", "updated_by")) {
                columns.add(quote(system));
                expressions.add("src." + quote(system));
            }
            copies.add(new TableCopy(n.key(), o.key(), columns, expressions));
        }

        String addField(Entity o, Entity n, Field f) {
            String key = n.key() + "." + f.key();
            boolean back = archived.contains(key);
            change(Kind.ADD_FIELD, "adds *" + f.label() + "* (" + SpecWords.details(to, f) + ") to " + n.name()
                    + (back ? "; its values come back from the archive" : ""), Risk.NONE, null, null, false);
            String fill = fill(key, f);
            String value = back ? fromArchive(n.key(), f) : "NULL";
            if (fill != null) {
                return back ? "COALESCE(" + value + ", " + fill + ")" : fill;
            }
            if (f.required()) {
                if (f.type() == FieldType.BOOLEAN) {
                    return back ? "COALESCE(" + value + ", FALSE)" : "FALSE";
                }
                checks.add(new DataCheck(key, o.key(), back ? value + " IS NULL" : "TRUE", null,
                        "*" + f.label() + "* is required, and these " + o.plural() + " would have no value for it."
                                + " Give a value to fill in, or make the field optional.", false, true));
            }
            return value;
        }

        String keepField(Entity o, Entity n, Field s, Field f) {
            String key = n.key() + "." + f.key();
            String c = "src." + quote(s.key());
            String expr = c;
            if (!s.key().equals(f.key())) {
                change(Kind.RENAME_FIELD, "renames *" + s.label() + "* to *" + f.label() + "* in " + n.name()
                        + "; its values are kept", Risk.LOW, o.key(), s.key(), false);
            } else if (!s.label().equals(f.label())) {
                change(Kind.RELABEL_FIELD, "calls *" + s.label() + "* *" + f.label() + "* now, in " + n.name(), Risk.NONE, o.key(), s.key(), false);
            }
            boolean clear = CLEAR.equals(decisions.get(key));
            if (s.type() != f.type()) {
                Conversion conv = Conversion.of(s, f, c);
                if (conv == null) {
                    blockers.add("*" + f.label() + "* in " + n.name() + " cannot change from " + SpecWords.type(from, s)
                            + " to " + SpecWords.type(to, f) + ". Keep its type, or add a new field and remove this one.");
                    return "NULL";
                }
                change(Kind.RETYPE_FIELD, "changes *" + f.label() + "* in " + n.name() + " from " + SpecWords.type(from, s)
                        + " to " + SpecWords.type(to, f), conv.narrows() ? Risk.HIGH : Risk.MEDIUM, o.key(), s.key(), conv.narrows());
                expr = conv.expression();
                if (conv.condition() != null) {
                    checks.add(new DataCheck(key, o.key(), c + " IS NOT NULL AND NOT (" + conv.condition() + ")", c,
                            "These values of *" + s.label() + "* would not convert to " + SpecWords.type(to, f)
                                    + ". Clear them, or cancel and correct them first.", true, false));
                    expr = clear ? "CASE WHEN " + conv.condition() + " THEN " + expr + " END" : expr;
                }
            } else if (f.type() == FieldType.REFERENCE && !entitySource.getOrDefault(f.target(), f.target()).equals(s.target())) {
                blockers.add("*" + f.label() + "* in " + n.name() + " cannot link to another record kind; add a new field instead.");
            } else if (f.type().hasOptions()) {
                expr = options(o, n, s, f, c, clear);
            }
            if (f.required() && !s.required()) {
                String fill = fill(key, f);
                change(Kind.REQUIRE_FIELD, "makes *" + f.label() + "* required in " + n.name(), Risk.MEDIUM, o.key(), s.key(), false);
                if (fill != null) {
                    expr = "COALESCE(" + expr + ", " + fill + ")";
                } else {
                    checks.add(new DataCheck(key, o.key(), c + " IS NULL", null, "These " + o.plural() + " have no *"
                            + f.label() + "*, which becomes required. Give a value to fill in, or keep the field optional.", false, true));
                }
            } else if (!f.required() && s.required()) {
                change(Kind.UNREQUIRE_FIELD, "makes *" + f.label() + "* optional in " + n.name(), Risk.NONE, o.key(), s.key(), false);
            }
            if (f.unique() && !s.unique()) {
                change(Kind.UNIQUE_FIELD, "lets no two " + n.plural() + " share the same *" + f.label() + "*", Risk.MEDIUM, o.key(), s.key(), false);
                checks.add(new DataCheck(key, o.key(), c + " IN (SELECT " + quote(s.key()) + " FROM {table} GROUP BY "
                        + quote(s.key()) + " HAVING COUNT(*) > 1)", c, "These " + o.plural() + " share a value of *" + f.label()
                        + "*, which must be unique now. Correct them first, or keep the field as it is.", false, false));
            } else if (!f.unique() && s.unique()) {
                change(Kind.NOT_UNIQUE_FIELD, "lets " + n.plural() + " share the same *" + f.label() + "*", Risk.LOW, o.key(), s.key(), false);
            }
            return expr;
        }

        String options(Entity o, Entity n, Field s, Field f, String c, boolean clear) {
            List<String> added = f.options().stream().filter(x -> !s.options().contains(x)).toList();
            List<String> removed = s.options().stream().filter(x -> !f.options().contains(x)).toList();
            if (!added.isEmpty()) {
                change(Kind.ADD_OPTIONS, "adds the choice" + (added.size() == 1 ? " " : "s ") + String.join(", ", added)
                        + " to *" + f.label() + "* in " + n.name(), Risk.NONE, o.key(), s.key(), false);
            }
            if (removed.isEmpty()) {
                return c;
            }
            change(Kind.REMOVE_OPTIONS, "removes the choice" + (removed.size() == 1 ? " " : "s ") + String.join(", ", removed)
                    + " from *" + f.label() + "* in " + n.name(), Risk.HIGH, o.key(), s.key(), false);
            String condition;
            String expr = c;
            if (f.type() == FieldType.CHOICE) {
                condition = c + " IN (" + Conversion.literals(removed) + ")";
                if (clear) {
                    expr = "CASE WHEN " + condition + " THEN NULL ELSE " + c + " END";
                }
            } else {
                List<String> parts = new ArrayList<>();
                for (String r : removed) {
                    String json = "\"" + r.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    parts.add("LOCATE(" + SqlNames.literal(json) + ", " + c + ") > 0");
                    expr = "REPLACE(REPLACE(REPLACE(" + expr + ", " + SqlNames.literal("," + json) + ", ''), "
                            + SqlNames.literal(json + ",") + ", ''), " + SqlNames.literal("[" + json + "]") + ", '[]')";
                }
                condition = "(" + String.join(" OR ", parts) + ")";
                if (clear) {
                    expr = "NULLIF(" + expr + ", '[]')";
                } else {
                    expr = c;
                }
            }
            checks.add(new DataCheck(n.key() + "." + f.key(), o.key(), condition, c, "These " + o.plural()
                    + " still use a choice of *" + f.label() + "* that goes away. Clear it from them, or cancel and change them first.", true, false));
            return expr;
        }

        /** The fill value for {@code key} as a typed SQL literal, or null if none was given. */
        String fill(String key, Field f) {
            String d = decisions.get(key);
            if (d == null || !d.startsWith(FILL)) {
                return null;
            }
            return "CAST(" + SqlNames.literal(d.substring(FILL.length())) + " AS " + SchemaSql.columnType(f) + ")";
        }

        String fromArchive(String entity, Field f) {
            return "(SELECT CAST(a.VALUE_TEXT AS " + SchemaSql.columnType(f) + ") FROM TOOLSMITH.FIELD_ARCHIVE a WHERE a.APP_ID = "
                    + appId + " AND a.ENTITY_KEY = " + SqlNames.literal(entity) + " AND a.FIELD_KEY = " + SqlNames.literal(f.key())
                    + " AND a.RECORD_ID = src.\"id\" AND a.EXPIRES_AT > CURRENT_TIMESTAMP ORDER BY a.ID DESC FETCH FIRST 1 ROW ONLY)";
        }

        void change(Kind kind, String words, Risk risk, String entity, String field, boolean holdsData) {
            changes.add(new Change(kind, words, risk, entity, field, holdsData));
        }
    }
}
