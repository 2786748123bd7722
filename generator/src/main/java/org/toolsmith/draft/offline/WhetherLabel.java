package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a yes/no field asked with "whether" when the words are too many to be a name: "the family
 * or next of kin has been informed" → Family informed (the first thing and what happened to it);
 * "el pedido lleva velas de cumpleaños" → Velas de cumpleaños, "the room has a projector" → Projector
 * (what it has is the name).
 */
final class WhetherLabel {
    private static final Pattern HAS = Pattern.compile(
            "^(?:(?:the|a|an|its|their|el|la|los|las|le|les|l'|der|die|das)\\s*)?[\\w-]+\\s+(?:has|have|lleva|llevan|tiene|tienen|incluye|incluyen|contains|includes|comes with|enthalt|enthalten)\\s+(?:(?:a|an|any|some|un|una|unos|unas|ein|eine|einen)\\s+)?(\\p{L}[\\p{L}-]*(?:\\s+(?:de|del|of|with|con|mit)\\s+\\p{L}[\\p{L}-]*)?(?:\\s+\\p{L}[\\p{L}-]*)?)$");

    private WhetherLabel() {
    }

    /** "this", "esa", "cette", "diese": a demonstrative points at the thing, it never names it. */
    private static final String DEMONSTRATIVE = "this|that|these|those|ce|cet|cette|ces|ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella|aquellos|aquellas|dieser|diese|dieses|diesen|jener|jene|jenes";

    /** The short name, or null to keep the usual one. */
    static String of(RefineClause rest, List<String> kept) {
        String text = rest.text.replaceAll("[.!?]+$", "").strip();
        Matcher has = HAS.matcher(text);
        if (has.find() && has.group(1).split("\\s+").length <= 3 && !has.group(1).matches("(?:been|got|to|ya|sido|already)\\b.*")) {
            return RefineText.label(rest.group(has, 1).orig);
        }
        if (kept.size() <= 4 || kept.size() > 9) {
            return null;
        }
        String said = kept.get(kept.size() - 1).toLowerCase(java.util.Locale.ROOT);
        String last = RefineText.fold(said).replaceAll("[^a-z']", "");
        if (!RefineVerbs.isParticiple(last) && !said.matches("\\p{L}{3,}(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)") && !said.matches("ge\\p{L}{3,}t")) {
            return null;
        }
        if (!RefineText.fold(kept.get(kept.size() - 2)).matches("has|have|had|been|was|were|is|are|got|get|gets|a|ont|est|sont|ete|etait|ha|han|sido|fue|fueron|esta|estan|hat|haben|ist|sind|wurde|wurden|worden|war")) {
            return null;
        }
        for (String k : kept) {
            if (RefineText.fold(k).matches("when|while|if|because|that|who|which|and|quand|lorsque|parce|cuando|porque|wenn|als|weil|und|et|y")) {
                // "the dry ice was still there when they opened the box": two clauses, no short name to make
                return null;
            }
        }
        String first = null;
        String determiner = "";
        for (String k : kept) {
            String f = RefineText.fold(k).replaceAll("[^a-z']", "");
            if (!f.isEmpty() && !f.matches("the|a|an|its|their|our|le|la|les|l'.*|el|los|las|der|die|das|un|une|una|ein|eine|" + DEMONSTRATIVE)) {
                first = k;
                break;
            }
            determiner = f;
        }
        String done = kept.get(kept.size() - 1);
        if (determiner.matches("la|las|una|unas|esa|esas|esta|estas|aquella|aquellas") && done.matches("\\p{L}{2,}[ai]dos?")) {
            // "si ese pan se ha tirado": the bread is thrown away, Pan tirado (the participle agrees with the thing)
            done = done.replaceAll("o(s?)$", "a$1");
        }
        return first == null || first.equals(kept.get(kept.size() - 1)) ? null : RefineText.label(first + " " + done);
    }
}
