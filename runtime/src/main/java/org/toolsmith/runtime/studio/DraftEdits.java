package org.toolsmith.runtime.studio;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;
import org.toolsmith.spec.SpecException;
import org.toolsmith.spec.SpecNormalizer;
import org.toolsmith.spec.SpecValidator;

/** Applies a {@link FieldEdit} to a draft's spec, or says in words what is wrong with it. */
final class DraftEdits {
    static final int MAX_LABEL = 100;

    private DraftEdits() {
    }

    /** The changed spec. @throws SpecException with a message for the person; the spec is unchanged. */
    static AppSpec apply(AppSpec spec, FieldEdit edit) {
        AppSpec changed = new SpecNormalizer().normalize(change(spec, edit));
        new SpecValidator().check(changed);
        return changed;
    }

    /**
     * For a draft of a created app: a relabelled field keeps its key, so the reviewer sees a new
     * label and the records keep their values (a changed key would be a removal and an addition).
     */
    static AppSpec keepKey(AppSpec changed, FieldEdit edit) {
        if (!edit.op().equals("save")) {
            return changed;
        }
        return changed.mapEntity(edit.entity(), e -> {
            if (e.field(edit.field()).isPresent()) {
                return e;
            }
            return e.fields().stream().filter(f -> f.label().equals(edit.label())).findFirst().map(f -> {
                Entity kept = e.mapField(f.key(), x -> x.withKey(edit.field()));
                return f.key().equals(e.title()) ? kept.withTitle(edit.field()) : kept;
            }).orElse(e);
        });
    }

    private static AppSpec change(AppSpec spec, FieldEdit edit) {
        if (edit.op().equals("app")) {
            return spec.withName(checkName(edit.label(), "the app"));
        }
        Entity entity = spec.entity(edit.entity())
                .orElseThrow(() -> new SpecException("That record kind is no longer in the draft; reload the page."));
        return switch (edit.op()) {
            case "add" -> spec.mapEntity(entity.key(), e -> add(spec, e, edit));
            case "save" -> spec.mapEntity(entity.key(), e -> save(spec, e, existing(e, edit), edit));
            case "remove" -> spec.mapEntity(entity.key(), e -> remove(e, existing(e, edit)));
            case "entity" -> spec.mapEntity(entity.key(), e -> e.withName(checkName(edit.label(), "the record kind"), null));
            case "remove-entity" -> removeEntity(spec, entity);
            default -> throw new SpecException("Unknown change \"" + edit.op() + "\".");
        };
    }

    private static Entity add(AppSpec spec, Entity entity, FieldEdit edit) {
        checkLabel(entity, edit.label(), null);
        Field field = typed(spec, Field.of(uniqueKey(entity, edit.label(), null), edit.label(), FieldType.TEXT), edit)
                .withRequired(edit.required());
        Entity added = entity.withField(field);
        return entity.fields().isEmpty() ? added.withTitle(field.key()) : added;
    }

    private static Entity save(AppSpec spec, Entity entity, Field old, FieldEdit edit) {
        checkLabel(entity, edit.label(), old.key());
        String key = edit.label().equals(old.label()) ? old.key() : uniqueKey(entity, edit.label(), old.key());
        Field changed = typed(spec, old.withLabel(edit.label()).withKey(key), edit)
                .withRequired(edit.required()).withSuggested(false);
        Entity result = entity.mapField(old.key(), f -> changed);
        return old.key().equals(entity.title()) ? result.withTitle(key) : result;
    }

    private static Entity remove(Entity entity, Field old) {
        Entity result = entity.withoutField(old.key());
        if (old.key().equals(entity.title())) {
            result = result.withTitle(result.fields().isEmpty() ? null : result.fields().get(0).key());
        }
        return result;
    }

    private static AppSpec removeEntity(AppSpec spec, Entity entity) {
        if (spec.entities().size() == 1) {
            throw new SpecException("An app needs at least one kind of record; add another before removing " + entity.name() + ".");
        }
        var links = spec.referencesTo(entity.key()).stream().filter(r -> !r.from().key().equals(entity.key())).toList();
        if (!links.isEmpty()) {
            throw new SpecException(links.get(0).from().name() + "'s field \"" + links.get(0).field().label() + "\" links to "
                    + entity.name() + "; remove or change that field first.");
        }
        return spec.withoutEntity(entity.key());
    }

    private static String checkName(String name, String what) {
        if (name.isEmpty()) {
            throw new SpecException("Give " + what + " a name.");
        }
        if (name.length() > MAX_LABEL) {
            throw new SpecException("Keep the name of " + what + " under " + MAX_LABEL + " characters.");
        }
        return name;
    }

    private static Field typed(AppSpec spec, Field field, FieldEdit edit) {
        String type = edit.type().isEmpty() ? field.type().json() : edit.type();
        if (type.startsWith("reference:")) {
            String target = type.substring("reference:".length());
            if (spec.entity(target).isEmpty()) {
                throw new SpecException("Pick a record kind that is in this draft to link to.");
            }
            return field.withType(FieldType.REFERENCE).withTarget(target);
        }
        FieldType t = FieldType.fromJson(type).filter(x -> x != FieldType.REFERENCE)
                .orElseThrow(() -> new SpecException("Pick one of the kinds of value in the list."));
        Field result = field.withType(t);
        if (t.hasOptions()) {
            List<String> options = edit.optionList();
            if (options.isEmpty()) {
                throw new SpecException("List the choices for \"" + field.label() + "\", separated by commas.");
            }
            result = result.withOptions(options);
        }
        return result;
    }

    private static Field existing(Entity entity, FieldEdit edit) {
        return entity.field(edit.field())
                .orElseThrow(() -> new SpecException("That field is no longer in the draft; reload the page."));
    }

    private static void checkLabel(Entity entity, String label, String ownKey) {
        if (label.isEmpty()) {
            throw new SpecException("Give the field a name, for example \"Due date\".");
        }
        if (label.length() > MAX_LABEL) {
            throw new SpecException("Keep the field's name under " + MAX_LABEL + " characters.");
        }
        Optional<Field> same = entity.fields().stream()
                .filter(f -> !f.key().equals(ownKey) && f.label().equalsIgnoreCase(label)).findFirst();
        if (same.isPresent()) {
            throw new SpecException(entity.name() + " already has a field called \"" + same.get().label() + "\".");
        }
    }

    /** A key made from the label ({@code ^[a-z][a-z0-9_]{0,62}$}), different from the entity's other keys. */
    static String uniqueKey(Entity entity, String label, String ownKey) {
        Set<String> taken = new HashSet<>(Keys.SYSTEM_COLUMNS);
        entity.fields().stream().map(Field::key).filter(k -> !k.equals(ownKey)).forEach(taken::add);
        return Keys.unique(Keys.fromLabel(label, "f", "field"), taken);
    }
}
