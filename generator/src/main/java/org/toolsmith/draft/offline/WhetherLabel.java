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

    private static final Pattern END_MARKS = Pattern.compile("[.!?]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_A_THING = Pattern.compile("(?:been|got|to|ya|sido|already)\\b.*");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z']");
    private static final Pattern ROMANCE_PARTICIPLE = Pattern.compile("\\p{L}{3,}(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas)");
    private static final Pattern GERMAN_PARTICIPLE = Pattern.compile("ge\\p{L}{3,}t");
    private static final Pattern AUXILIARY = Pattern.compile("has|have|had|been|was|were|is|are|got|get|gets|a|ont|est|sont|ete|etait|ha|han|sido|fue|fueron|esta|estan|hat|haben|ist|sind|wurde|wurden|worden|war");
    private static final Pattern CLAUSE_WORD = Pattern.compile("when|while|if|because|that|who|which|and|quand|lorsque|parce|cuando|porque|wenn|als|weil|und|et|y");
    private static final Pattern DETERMINER = Pattern.compile("the|a|an|its|their|our|le|la|les|l'.*|el|los|las|der|die|das|un|une|una|ein|eine|" + DEMONSTRATIVE);
    private static final Pattern FEMININE = Pattern.compile("la|las|una|unas|esa|esas|esta|estas|aquella|aquellas");
    private static final Pattern MASCULINE_PARTICIPLE = Pattern.compile("\\p{L}{2,}[ai]dos?");
    private static final Pattern O_ENDING = Pattern.compile("o(s?)$");

    /** The short name, or null to keep the usual one. */
    static String of(RefineClause rest, List<String> kept) {
        String text = END_MARKS.matcher(rest.text).replaceAll("").strip();
        Matcher has = HAS.matcher(text);
        if (has.find() && SPACES.split(has.group(1)).length <= 3 && !NOT_A_THING.matcher(has.group(1)).matches()) {
            return RefineText.label(rest.group(has, 1).orig);
        }
        if (kept.size() <= 4 || kept.size() > 9) {
            return null;
        }
        String said = kept.get(kept.size() - 1).toLowerCase(java.util.Locale.ROOT);
        String last = NOT_LETTER.matcher(RefineText.fold(said)).replaceAll("");
        if (!RefineVerbs.isParticiple(last) && !ROMANCE_PARTICIPLE.matcher(said).matches() && !GERMAN_PARTICIPLE.matcher(said).matches()) {
            return null;
        }
        if (!AUXILIARY.matcher(RefineText.fold(kept.get(kept.size() - 2))).matches()) {
            return null;
        }
        for (String k : kept) {
            if (CLAUSE_WORD.matcher(RefineText.fold(k)).matches()) {
                // "the dry ice was still there when they opened the box": two clauses, no short name to make
                return null;
            }
        }
        String first = null;
        String determiner = "";
        for (String k : kept) {
            String f = NOT_LETTER.matcher(RefineText.fold(k)).replaceAll("");
            if (!f.isEmpty() && !DETERMINER.matcher(f).matches()) {
                first = k;
                break;
            }
            determiner = f;
        }
        String done = kept.get(kept.size() - 1);
        if (FEMININE.matcher(determiner).matches() && MASCULINE_PARTICIPLE.matcher(done).matches()) {
            // "si esa camisa se ha tirado": the shirt is thrown away, Camisa tirada (the participle agrees with the thing)
            done = O_ENDING.matcher(done).replaceAll("a$1");
        }
        return first == null || first.equals(kept.get(kept.size() - 1)) ? null : RefineText.label(first + " " + done);
    }
}
