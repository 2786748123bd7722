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
                      @JsonInclude(Include.NON_EMPTY) List<Automation> automations,
                      @JsonInclude(Include.NON_EMPTY) List<AccessRule> access) {

    public static final int VERSION = 1;

    public AppSpec {
        entities = entities == null ? List.of() : List.copyOf(entities);
        rules = rules == null ? List.of() : List.copyOf(rules);
        computed = computed == null ? List.of() : List.copyOf(computed);
        actions = actions == null ? List.of() : List.copyOf(actions);
        automations = automations == null ? List.of() : List.copyOf(automations);
        access = access == null ? List.of() : List.copyOf(access);
    }

    /** A spec without access rules (people see what the app's sharing gives them). */
    public AppSpec(int spec, String name, String summary, List<Entity> entities, List<Rule> rules, List<Computed> computed,
                   List<Action> actions, List<Automation> automations) {
        this(spec, name, summary, entities, rules, computed, actions, automations, List.of());
    }

    /** A spec without logic (rules, computed fields, actions, automations). */
    public AppSpec(int spec, String name, String summary, List<Entity> entities) {
        this(spec, name, summary, entities, List.of(), List.of(), List.of(), List.of());
    }

    /** True when the spec has rules, computed fields, actions or automations. */
    public boolean hasLogic() {
        return !rules.isEmpty() || !computed.isEmpty() || !actions.isEmpty() || !automations.isEmpty();
    }

    /** This spec with the logic (rules, computed, actions, automations) and the access rules of {@code other}. */
    public AppSpec withLogicOf(AppSpec other) {
        return new AppSpec(spec, name, summary, entities, other.rules, other.computed, other.actions, other.automations,
                other.access);
    }

    public AppSpec withAccess(List<AccessRule> newAccess) {
        return new AppSpec(spec, name, summary, entities, rules, computed, actions, automations, newAccess);
    }

    /** The access rules of one record kind (row rules and field rules). */
    public List<AccessRule> accessOf(String entityKey) {
        return access.stream().filter(a -> entityKey.equals(a.entity())).toList();
    }

    public AppSpec withRules(List<Rule> newRules) {
        return new AppSpec(spec, name, summary, entities, newRules, computed, actions, automations, access);
    }

    public AppSpec withComputed(List<Computed> newComputed) {
        return new AppSpec(spec, name, summary, entities, rules, newComputed, actions, automations, access);
    }

    public AppSpec withActions(List<Action> newActions) {
        return new AppSpec(spec, name, summary, entities, rules, computed, newActions, automations, access);
    }

    public AppSpec withAutomations(List<Automation> newAutomations) {
        return new AppSpec(spec, name, summary, entities, rules, computed, actions, newAutomations, access);
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
        return new AppSpec(spec, newName, summary, entities, rules, computed, actions, automations, access);
    }

    public AppSpec withSummary(String newSummary) {
        return new AppSpec(spec, name, newSummary, entities, rules, computed, actions, automations, access);
    }

    public AppSpec withEntities(List<Entity> newEntities) {
        return new AppSpec(spec, name, summary, newEntities, rules, computed, actions, automations, access);
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
