package org.toolsmith.runtime.apps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.toolsmith.build.SchemaSql;
import org.toolsmith.build.SqlNames;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.Problem;
import org.toolsmith.spec.SpecException;

/**
 * The last checks before a spec's schema is made, after the generator's SpecValidator and
 * SpecNormalizer: whatever reaches SQL (keys, choice options as literals) is checked here again.
 */
final class SpecCheck {
    static final Set<String> RESERVED_ENTITY_KEYS = org.toolsmith.spec.Keys.RESERVED_ENTITY_KEYS;
    static final int MAX_NAME = 200;

    private SpecCheck() {
    }

    /** The spec, with a title field set on every entity; or a SpecException listing every problem. */
    static AppSpec check(AppSpec spec) {
        List<Problem> problems = new ArrayList<>();
        if (spec == null) {
            throw new SpecException("The app description is empty.");
        }
        if (spec.name() == null || spec.name().isBlank()) {
            problems.add(new Problem("$.name", "Give the app a name."));
        } else if (spec.name().length() > MAX_NAME) {
            problems.add(new Problem("$.name", "Keep the app's name to " + MAX_NAME + " characters or fewer."));
        }
        if (spec.entities().isEmpty()) {
            problems.add(new Problem("$.entities", "Describe at least one kind of record the app keeps."));
        }
        Set<String> entityKeys = new HashSet<>();
        spec.entities().forEach(e -> entityKeys.add(e.key()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.entities().size(); i++) {
            Entity e = spec.entities().get(i);
            String at = "$.entities[" + i + "]";
            if (!SqlNames.isKey(e.key())) {
                problems.add(new Problem(at + ".key", "The record kind \"" + e.name() + "\" needs a key of lower-case letters, digits and _ that starts with a letter."));
            } else if (RESERVED_ENTITY_KEYS.contains(e.key())) {
                problems.add(new Problem(at + ".key", "\"" + e.key() + "\" is reserved for the app's own pages; choose another key."));
            } else if (!seen.add(e.key())) {
                problems.add(new Problem(at + ".key", "Two record kinds share the key \"" + e.key() + "\"."));
            }
            if (e.name() == null || e.name().isBlank() || e.plural() == null || e.plural().isBlank()) {
                problems.add(new Problem(at + ".name", "Give the record kind a name and a plural."));
            }
            if (e.fields().isEmpty()) {
                problems.add(new Problem(at + ".fields", "Give \"" + e.name() + "\" at least one field."));
            }
            checkFields(e, at, entityKeys, problems);
        }
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
        return spec.withEntities(spec.entities().stream()
                .map(e -> e.title() != null && e.field(e.title()).isPresent() ? e : e.withTitle(e.fields().get(0).key()))
                .toList());
    }

    private static void checkFields(Entity e, String at, Set<String> entityKeys, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < e.fields().size(); j++) {
            Field f = e.fields().get(j);
            String fat = at + ".fields[" + j + "]";
            if (!SqlNames.isKey(f.key())) {
                problems.add(new Problem(fat + ".key", "The field \"" + f.label() + "\" needs a key of lower-case letters, digits and _ that starts with a letter."));
            } else if (SchemaSql.SYSTEM_COLUMNS.contains(f.key())) {
                problems.add(new Problem(fat + ".key", "\"" + f.key() + "\" is kept by Toolsmith itself; choose another key."));
            } else if (!seen.add(f.key())) {
                problems.add(new Problem(fat + ".key", "Two fields of \"" + e.name() + "\" share the key \"" + f.key() + "\"."));
            }
            if (f.label() == null || f.label().isBlank()) {
                problems.add(new Problem(fat + ".label", "Give the field a label."));
            }
            if (f.type() == null) {
                problems.add(new Problem(fat + ".type", "Say what kind of value \"" + f.label() + "\" holds."));
                continue;
            }
            if (f.type().hasOptions()) {
                if (f.options().isEmpty()) {
                    problems.add(new Problem(fat + ".options", "List the choices for \"" + f.label() + "\"."));
                }
                for (String o : f.options()) {
                    if (o == null || o.isBlank() || o.length() > SchemaSql.TEXT_LENGTH || o.chars().anyMatch(Character::isISOControl)) {
                        problems.add(new Problem(fat + ".options", "Each choice of \"" + f.label() + "\" must be one line of text."));
                        break;
                    }
                }
            }
            if (f.type() == org.toolsmith.spec.FieldType.REFERENCE && !entityKeys.contains(f.target())) {
                problems.add(new Problem(fat + ".target", "\"" + f.label() + "\" links to a record kind that the app does not have."));
            }
        }
    }
}
