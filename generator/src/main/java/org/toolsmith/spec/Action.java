package org.toolsmith.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;

/**
 * A button on a record of {@code entity}: pressing it runs {@code script}, which returns the
 * changes to make (the sandbox's {@code result()} builder). {@code roles} says who may press it:
 * role names, or {@code "everyone"} (the default).
 */
@JsonInclude(Include.NON_NULL)
public record Action(String key, String entity, String label, String script,
                     @JsonInclude(Include.NON_EMPTY) List<String> roles, String template, String because) {
    public static final String EVERYONE = "everyone";

    public Action {
        roles = roles == null || roles.isEmpty() ? List.of(EVERYONE) : List.copyOf(roles);
    }

    public static Action of(String key, String entity, String label, String script) {
        return new Action(key, entity, label, script, List.of(EVERYONE), null, null);
    }

    public boolean allows(List<String> userRoles) {
        return roles.contains(EVERYONE) || userRoles.stream().anyMatch(roles::contains);
    }

    public Action withTemplate(String shape) {
        return new Action(key, entity, label, script, roles, shape, because);
    }

    public Action withBecause(String words) {
        return new Action(key, entity, label, script, roles, template, words);
    }
}
