package org.toolsmith.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** The spec's access rules in plain words, for the studio, the sharing page and review. */
public final class AccessWords {
    private AccessWords() {
    }

    /** One sentence per rule, in the spec's order. */
    public static List<String> describe(AppSpec spec) {
        List<String> out = new ArrayList<>();
        for (AccessRule r : spec.access()) {
            out.add(rule(spec, r));
        }
        return out;
    }

    /** "Each person sees and changes only the leave requests they added; Managers see all of them." */
    public static String rule(AppSpec spec, AccessRule r) {
        Optional<Entity> kind = spec.entity(r.entity());
        String plural = lower(kind.map(Entity::plural).orElse(r.entity()));
        if (!r.isRowRule()) {
            String field = kind.flatMap(e -> e.field(r.field())).map(Field::label).orElse(r.field());
            return "Only " + groups(r.visibleTo()) + " see the " + lower(field) + " of " + plural
                    + " (hidden from everyone else in lists, details, search, exports and the API).";
        }
        if (AccessRule.ALL.equals(r.rows())) {
            return "Everyone the app is shared with sees all " + plural + ".";
        }
        String owner = AccessRule.CREATOR.equals(r.ownerColumn()) ? "they added"
                : "where they are the " + lower(kind.flatMap(e -> e.field(r.ownerColumn())).map(Field::label).orElse(r.ownerColumn()));
        return "Each person sees and changes only the " + plural + " " + owner
                + (r.seeAll().isEmpty() ? "." : "; " + groups(r.seeAll()) + " see all of them.");
    }

    private static String groups(List<String> names) {
        List<String> g = names.stream().map(n -> "members of " + n).toList();
        return g.size() == 1 ? g.get(0) : String.join(", ", g.subList(0, g.size() - 1)) + " and " + g.get(g.size() - 1);
    }

    private static String lower(String words) {
        return words == null || words.length() < 2 || Character.isUpperCase(words.charAt(1)) ? String.valueOf(words)
                : words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }
}
