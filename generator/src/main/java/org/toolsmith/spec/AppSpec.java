package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An app spec: the one document that drafting, refining, review, generation and the runtime all
 * speak. The core is fixed by {@code shared/spec/APP-SPEC.md}; the full shape is in
 * {@code app-spec.schema.json} beside this class.
 */
@JsonInclude(Include.NON_NULL)
public record AppSpec(int spec, String name, String summary, List<Entity> entities) {

    public static final int VERSION = 1;

    public AppSpec {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public Optional<Entity> entity(String entityKey) {
        return entities.stream().filter(e -> e.key().equals(entityKey)).findFirst();
    }

    public AppSpec withName(String newName) {
        return new AppSpec(spec, newName, summary, entities);
    }

    public AppSpec withSummary(String newSummary) {
        return new AppSpec(spec, name, newSummary, entities);
    }

    public AppSpec withEntities(List<Entity> newEntities) {
        return new AppSpec(spec, name, summary, newEntities);
    }

    public AppSpec withEntity(Entity entity) {
        List<Entity> list = new ArrayList<>(entities);
        list.add(entity);
        return withEntities(list);
    }

    /** Replaces the entity with the given key (no change if there is none). */
    public AppSpec mapEntity(String entityKey, UnaryOperator<Entity> change) {
        return withEntities(entities.stream().map(e -> e.key().equals(entityKey) ? change.apply(e) : e).toList());
    }

    public AppSpec withoutEntity(String entityKey) {
        return withEntities(entities.stream().filter(e -> !e.key().equals(entityKey)).toList());
    }

    /** Fields in other record kinds that point at {@code entityKey}. */
    public List<Reference> referencesTo(String entityKey) {
        List<Reference> refs = new ArrayList<>();
        for (Entity e : entities) {
            for (Field f : e.fields()) {
                if (f.type() == FieldType.REFERENCE && entityKey.equals(f.target())) {
                    refs.add(new Reference(e, f));
                }
            }
        }
        return refs;
    }

    /** A field of {@code from} that points at another record kind. */
    public record Reference(Entity from, Field field) {
    }
}
