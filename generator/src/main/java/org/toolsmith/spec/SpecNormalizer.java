package org.toolsmith.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Completes and repairs a spec so that it passes {@link SpecValidator}: keys from labels, unique
 * keys, plurals, a title field per record kind, defaults. Leaves whatever is already valid exactly as
 * it is (a refined spec keeps its keys), so normalizing twice changes nothing. Stateless.
 *
 * <p>It does not cut specs that exceed the size limits (50 kinds, 100 fields): it never drops what
 * a person wrote, so the validator still reports those.
 */
public final class SpecNormalizer {

    public AppSpec normalize(AppSpec spec) {
        List<Entity> entities = new ArrayList<>();
        Set<String> takenEntityKeys = new HashSet<>();
        Map<String, String> renamedTargets = new HashMap<>();
        for (Entity e : spec.entities()) {
            if (e == null) {
                continue;
            }
            String name = displayName(e);
            String key = e.key();
            if (!Keys.isValid(key)) {
                key = Keys.fromLabel(name, "k", "record");
            }
            if (Keys.RESERVED_ENTITY_KEYS.contains(key)) {
                key = key + "_item";
            }
            key = Keys.unique(key, takenEntityKeys);
            takenEntityKeys.add(key);
            if (e.key() != null && !e.key().equals(key)) {
                renamedTargets.putIfAbsent(e.key(), key);
            }
            String plural = e.plural() == null || e.plural().isBlank() ? Plurals.of(name) : e.plural().strip();
            entities.add(new Entity(key, name, plural, e.fields(), e.title(), e.suggested(), e.because()));
        }
        Map<String, String> entityByName = new HashMap<>();
        for (Entity e : entities) {
            entityByName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.key());
            entityByName.putIfAbsent(e.plural().toLowerCase(Locale.ROOT), e.key());
        }
        List<Entity> result = new ArrayList<>();
        Map<String, Map<String, String>> fieldRenames = new HashMap<>();
        for (Entity e : entities) {
            Entity fixed = e.withFields(fields(e, takenEntityKeys, renamedTargets, entityByName));
            result.add(fixed.withTitle(TitleField.pick(fixed)));
            fieldRenames.put(fixed.key(), renamed(e.fields(), fixed.fields()));
        }
        String name = spec.name() == null || spec.name().isBlank() ? appName(result) : clip(spec.name().strip(), SpecValidator.MAX_NAME);
        String summary = spec.summary() == null || spec.summary().isBlank() ? defaultSummary(result) : spec.summary().strip();
        AppSpec out = new AppSpec(AppSpec.VERSION, name, clip(summary, SpecValidator.MAX_SUMMARY), result).withLogicOf(spec);
        Map<String, String> entityRenames = new HashMap<>(renamedTargets);
        entityRenames.keySet().removeAll(takenEntityKeys);
        return new LogicRenames(entityRenames, fieldRenames).apply(out);
    }

    /** Old field key → new one, for the fields whose key changed (and whose old key no other field now has). */
    private static Map<String, String> renamed(List<Field> before, List<Field> after) {
        Map<String, String> renames = new HashMap<>();
        List<Field> given = before.stream().filter(java.util.Objects::nonNull).toList();
        Set<String> kept = new HashSet<>();
        after.forEach(f -> kept.add(f.key()));
        for (int i = 0; i < given.size() && i < after.size(); i++) {
            String old = given.get(i).key();
            String now = after.get(i).key();
            if (old != null && !old.equals(now) && !kept.contains(old)) {
                renames.putIfAbsent(old, now);
            }
        }
        return renames;
    }

    private static List<Field> fields(Entity e, Set<String> entityKeys, Map<String, String> renamedTargets,
                                      Map<String, String> entityByName) {
        List<Field> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Field f : e.fields()) {
            if (f == null) {
                continue;
            }
            String label = f.label() == null || f.label().isBlank() ? Keys.humanize(f.key()) : f.label().strip();
            if (label.isBlank()) {
                label = "Field " + (out.size() + 1);
            }
            label = clip(label, SpecValidator.MAX_LABEL);
            String key = Keys.isValid(f.key()) ? f.key() : Keys.fromLabel(label, "f", "field");
            if (Keys.SYSTEM_COLUMNS.contains(key)) {
                key = key + "_value";
            }
            key = Keys.unique(key, taken);
            taken.add(key);
            FieldType type = f.type() == null ? FieldType.TEXT : f.type();
            List<String> options = type.hasOptions() ? options(f.options()) : List.of();
            String target = null;
            if (type == FieldType.REFERENCE) {
                target = target(f.target(), entityKeys, renamedTargets, entityByName);
                if (target == null) {
                    type = FieldType.TEXT;
                }
            }
            if (type.hasOptions() && options.isEmpty()) {
                type = FieldType.TEXT;
            }
            out.add(new Field(key, label, type, f.required(), f.unique(), options, target, f.suggested(), f.because()));
        }
        if (out.isEmpty()) {
            out.add(new Field("name", "Name", FieldType.TEXT, true, false, List.of(), null, true,
                    "every kind of record needs at least one field"));
        }
        return out;
    }

    private static String target(String target, Set<String> entityKeys, Map<String, String> renamedTargets,
                                 Map<String, String> entityByName) {
        if (target == null) {
            return null;
        }
        if (entityKeys.contains(target)) {
            return target;
        }
        String renamed = renamedTargets.get(target);
        if (renamed != null) {
            return renamed;
        }
        return entityByName.get(target.strip().toLowerCase(Locale.ROOT));
    }

    /** Trimmed, non-empty, unique regardless of case, each at most 200 characters; first spelling wins. */
    static List<String> options(List<String> options) {
        Set<String> seen = new HashSet<>();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String o : options) {
            if (o == null || o.isBlank()) {
                continue;
            }
            String v = clip(o.strip(), SpecValidator.MAX_OPTION);
            if (seen.add(v.toLowerCase(Locale.ROOT))) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private static String displayName(Entity e) {
        if (e.name() != null && !e.name().isBlank()) {
            return clip(e.name().strip(), SpecValidator.MAX_NAME);
        }
        if (e.key() != null && !e.key().isBlank()) {
            return clip(Keys.humanize(e.key().strip()), SpecValidator.MAX_NAME);
        }
        if (e.plural() != null && !e.plural().isBlank()) {
            return clip(e.plural().strip(), SpecValidator.MAX_NAME);
        }
        return "Record";
    }

    private static String appName(List<Entity> entities) {
        return entities.isEmpty() ? "My app" : clip(entities.get(0).plural(), SpecValidator.MAX_NAME);
    }

    private static String defaultSummary(List<Entity> entities) {
        if (entities.isEmpty()) {
            return "An app to keep records.";
        }
        List<String> names = entities.stream().map(e -> e.plural().toLowerCase(Locale.ROOT)).limit(4).toList();
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return clip("Keeps track of " + list + ".", SpecValidator.MAX_SUMMARY);
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
