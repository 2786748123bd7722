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
public record AppSpec(int spec, String name, String summary, List<Entity> entities,
                      @JsonInclude(Include.NON_EMPTY) List<Rule> rules,
                      @JsonInclude(Include.NON_EMPTY) List<Computed> computed,
                      @JsonInclude(Include.NON_EMPTY) List<Action> actions,
                      @JsonInclude(Include.NON_EMPTY) List<Automation> automations) {

    public static final int VERSION = 1;

    public AppSpec {
        entities = entities == null ? List.of() : List.copyOf(entities);
        rules = rules == null ? List.of() : List.copyOf(rules);
        computed = computed == null ? List.of() : List.copyOf(computed);
        actions = actions == null ? List.of() : List.copyOf(actions);
        automations = automations == null ? List.of() : List.copyOf(automations);
    }

    /** A spec without logic (rules, computed fields, actions, automations). */
    public AppSpec(int spec, String name, String summary, List<Entity> entities) {
        this(spec, name, summary, entities, List.of(), List.of(), List.of(), List.of());
    }

    /** True when the spec has rules, computed fields, actions or automations. */
    public boolean hasLogic() {
        return !rules.isEmpty() || !computed.isEmpty() || !actions.isEmpty() || !automations.isEmpty();
    }

    /** This spec with the logic (rules, computed, actions, automations) of {@code other}. */
    public AppSpec withLogicOf(AppSpec other) {
        return new AppSpec(spec, name, summary, entities, other.rules, other.computed, other.actions, other.automations);
    }

    public AppSpec withRules(List<Rule> newRules) {
        return new AppSpec(spec, name, summary, entities, newRules, computed, actions, automations);
    }

    public AppSpec withComputed(List<Computed> newComputed) {
        return new AppSpec(spec, name, summary, entities, rules, newComputed, actions, automations);
    }

    public AppSpec withActions(List<Action> newActions) {
        return new AppSpec(spec, name, summary, entities, rules, computed, newActions, automations);
    }

    public AppSpec withAutomations(List<Automation> newAutomations) {
        return new AppSpec(spec, name, summary, entities, rules, computed, actions, newAutomations);
    }

    public List<Rule> rulesOf(String entityKey) {
        return rules.stream().filter(r -> entityKey.equals(r.entity())).toList();
    }

    public List<Computed> computedOf(String entityKey) {
        return computed.stream().filter(c -> entityKey.equals(c.entity())).toList();
    }

    public List<Action> actionsOf(String entityKey) {
        return actions.stream().filter(a -> entityKey.equals(a.entity())).toList();
    }

    public List<Automation> automationsOf(String entityKey) {
        return automations.stream().filter(a -> entityKey.equals(a.entity())).toList();
    }

    public Optional<Entity> entity(String entityKey) {
        return entities.stream().filter(e -> e.key().equals(entityKey)).findFirst();
    }

    public AppSpec withName(String newName) {
        return new AppSpec(spec, newName, summary, entities, rules, computed, actions, automations);
    }

    public AppSpec withSummary(String newSummary) {
        return new AppSpec(spec, name, newSummary, entities, rules, computed, actions, automations);
    }

    public AppSpec withEntities(List<Entity> newEntities) {
        return new AppSpec(spec, name, summary, newEntities, rules, computed, actions, automations);
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
