package org.toolsmith.runtime.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.spec.AccessRule;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * Review risks for access rules that widen what people see between the published spec and the
 * version under review: a kind opened to everyone ({@code rows: all}), new {@code see_all} groups, an
 * own-rows rule removed, a hidden field shown to more groups or to everyone.
 */
final class AccessRisks {
    private AccessRisks() {
    }

    static List<Review.Risk> of(AppSpec before, AppSpec after) {
        List<Review.Risk> risks = new ArrayList<>();
        for (Entity e : after.entities()) {
            Optional<AccessRule> was = rows(before, e.key());
            Optional<AccessRule> now = rows(after, e.key());
            boolean wasOwn = was.map(r -> AccessRule.OWN.equals(r.rows())).orElse(false);
            if (now.isPresent() && AccessRule.ALL.equals(now.get().rows()) && !was.map(r -> AccessRule.ALL.equals(r.rows())).orElse(false)) {
                risks.add(new Review.Risk("high", "Everyone the app is shared with will see every " + lower(e.name())
                        + ", even with only the right to see their own (access rule \"rows\": \"all\")."));
            } else if (wasOwn && now.isEmpty()) {
                risks.add(new Review.Risk("medium", e.plural() + " are no longer limited to their owners: "
                        + "the sharing alone decides who sees them."));
            }
            if (now.isPresent() && AccessRule.OWN.equals(now.get().rows())) {
                Set<String> added = added(was.filter(r -> AccessRule.OWN.equals(r.rows())).map(AccessRule::seeAll).orElse(List.of()),
                        now.get().seeAll());
                if (!added.isEmpty() && wasOwn) {
                    risks.add(new Review.Risk("medium", "Members of " + String.join(", ", added) + " will see every "
                            + lower(e.name()) + ", not only their own."));
                }
            }
            for (AccessRule r : before.accessOf(e.key())) {
                if (r.isRowRule() || e.field(r.field()).isEmpty()) {
                    continue;
                }
                String label = e.field(r.field()).get().label();
                Optional<AccessRule> kept = after.accessOf(e.key()).stream().filter(x -> !x.isRowRule() && r.field().equals(x.field())).findFirst();
                if (kept.isEmpty()) {
                    risks.add(new Review.Risk("high", "The field \"" + label + "\" of " + lower(e.plural())
                            + " will be shown to everyone the app is shared with, not only to " + String.join(", ", r.visibleTo()) + "."));
                } else if (!added(r.visibleTo(), kept.get().visibleTo()).isEmpty()) {
                    risks.add(new Review.Risk("medium", "The field \"" + label + "\" of " + lower(e.plural()) + " will also be shown to "
                            + String.join(", ", added(r.visibleTo(), kept.get().visibleTo())) + "."));
                }
            }
        }
        return risks;
    }

    private static Optional<AccessRule> rows(AppSpec spec, String entity) {
        return spec.accessOf(entity).stream().filter(AccessRule::isRowRule).findFirst();
    }

    private static Set<String> added(List<String> before, List<String> after) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : after) {
            if (before.stream().noneMatch(b -> b.equalsIgnoreCase(g))) {
                out.add(g);
            }
        }
        return out;
    }

    private static String lower(String words) {
        return words == null || words.length() < 2 || Character.isUpperCase(words.charAt(1)) ? words
                : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
