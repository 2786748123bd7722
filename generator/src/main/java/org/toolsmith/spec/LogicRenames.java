package org.toolsmith.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries key renames into a spec's logic: when the normalizer renames a record kind or a field
 * (an invalid, reserved or repeated key), each rule, computed field, button and automation follows
 * — its {@code entity}, its {@code field}, and the places its script names them: {@code record.old},
 * {@code record['old']}, {@code before.old}, {@code row.old}, an object key {@code old:} (as in
 * {@code result().set({old: ...})}), {@code _related.old} and the quoted record kind of
 * {@code update('old', ...)} / {@code create('old', ...)}. What a script reaches in other ways is
 * not rewritten; {@link LogicCheck} then reports a {@code record.x} the record kind does not have.
 * A system column ({@code id}, {@code created_at}...) renamed as a field is not followed: in a
 * script it still means the system column. Stateless.
 */
final class LogicRenames {
    private final Map<String, String> entities;
    private final Map<String, Map<String, String>> fieldsByNewEntity;

    /**
     * @param entities          old record kind key → new one
     * @param fieldsByNewEntity for each (new) record kind key, old field key → new one
     */
    LogicRenames(Map<String, String> entities, Map<String, Map<String, String>> fieldsByNewEntity) {
        this.entities = entities;
        this.fieldsByNewEntity = fieldsByNewEntity;
    }

    boolean none() {
        return entities.isEmpty() && fieldsByNewEntity.values().stream().allMatch(Map::isEmpty);
    }

    AppSpec apply(AppSpec spec) {
        if (none()) {
            return spec;
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : spec.rules()) {
            if (r == null) {
                rules.add(null);
                continue;
            }
            String e = entity(r.entity());
            rules.add(new Rule(r.key(), e, r.name(), field(e, r.field()), script(e, r.script()), r.message(),
                    r.template(), r.because()));
        }
        List<Computed> computed = new ArrayList<>();
        for (Computed c : spec.computed()) {
            if (c == null) {
                computed.add(null);
                continue;
            }
            String e = entity(c.entity());
            computed.add(new Computed(c.key(), e, c.label(), c.type(), script(e, c.script()), c.template(), c.because()));
        }
        List<Action> actions = new ArrayList<>();
        for (Action a : spec.actions()) {
            if (a == null) {
                actions.add(null);
                continue;
            }
            String e = entity(a.entity());
            actions.add(new Action(a.key(), e, a.label(), script(e, a.script()), a.roles(), a.template(), a.because()));
        }
        List<Automation> automations = new ArrayList<>();
        for (Automation a : spec.automations()) {
            if (a == null) {
                automations.add(null);
                continue;
            }
            String e = entity(a.entity());
            automations.add(new Automation(a.key(), e, a.name(), a.on(), field(e, a.field()), a.value(), a.schedule(),
                    script(e, a.script()), a.template(), a.because()));
        }
        return spec.withRules(rules).withComputed(computed).withActions(actions).withAutomations(automations);
    }

    private String entity(String key) {
        return key == null ? null : entities.getOrDefault(key, key);
    }

    private String field(String entity, String key) {
        if (key == null || entity == null) {
            return key;
        }
        return fieldsByNewEntity.getOrDefault(entity, Map.of()).getOrDefault(key, key);
    }

    /** The script with the item's own record kind's field renames, then other kinds' where they agree, then kind renames. */
    String script(String entity, String script) {
        if (script == null) {
            return null;
        }
        String out = script;
        Map<String, String> own = entity == null ? Map.of() : fieldsByNewEntity.getOrDefault(entity, Map.of());
        for (Map.Entry<String, String> r : own.entrySet()) {
            out = renameField(out, r.getKey(), r.getValue());
        }
        Map<String, String> others = new HashMap<>();
        Map<String, Boolean> agree = new HashMap<>();
        fieldsByNewEntity.forEach((e, renames) -> {
            if (!e.equals(entity)) {
                renames.forEach((from, to) -> {
                    if (!own.containsKey(from)) {
                        String before = others.putIfAbsent(from, to);
                        agree.merge(from, before == null || before.equals(to), Boolean::logicalAnd);
                    }
                });
            }
        });
        for (Map.Entry<String, String> r : others.entrySet()) {
            if (agree.get(r.getKey())) {
                out = renameField(out, r.getKey(), r.getValue());
            }
        }
        for (Map.Entry<String, String> r : entities.entrySet()) {
            String from = Pattern.quote(r.getKey());
            out = out.replaceAll("(\\b_related\\s*\\.\\s*)" + from + "\\b", "$1" + Matcher.quoteReplacement(r.getValue()));
            out = out.replaceAll("(\\b_related\\s*\\[\\s*)(['\"])" + from + "\\2", "$1$2" + Matcher.quoteReplacement(r.getValue()) + "$2");
            out = out.replaceAll("(\\.\\s*(?:update|create)\\s*\\(\\s*)(['\"])" + from + "\\2", "$1$2"
                    + Matcher.quoteReplacement(r.getValue()) + "$2");
        }
        return out;
    }

    private static String renameField(String script, String from, String to) {
        if (Keys.SYSTEM_COLUMNS.contains(from)) {
            return script;
        }
        String to2 = Matcher.quoteReplacement(to);
        String out = script;
        if (from.matches("[A-Za-z_$][\\w$]*")) {
            String f = Pattern.quote(from);
            out = out.replaceAll("(\\.\\s*)" + f + "(?![\\w$])", "$1" + to2);
            out = out.replaceAll("([{,]\\s*)" + f + "(\\s*:)", "$1" + to2 + "$2");
        }
        String q = Pattern.quote(from);
        out = out.replaceAll("(\\[\\s*)(['\"])" + q + "\\2(\\s*\\])", "$1$2" + to2 + "$2$3");
        out = out.replaceAll("([{,]\\s*)(['\"])" + q + "\\2(\\s*:)", "$1$2" + to2 + "$2$3");
        return out;
    }
}
