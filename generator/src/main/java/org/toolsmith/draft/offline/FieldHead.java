package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a new field when the words kept are a question about it: "which rate applies to the job",
 * "welches Gewerk es war", "qué masa lleva", "savoir dans quelle compétition on joue" are named by the
 * noun the question word asks about (Rate, Gewerk, Masa, Compétition); "what type of contract" keeps
 * "Type of contract". A name of one or two words after the question word stays as it is said.
 */
final class FieldHead {
    private static final Pattern ASKED = Pattern.compile(
            "(?iu)^(?:(?:\\p{L}+\\s+){0,3}?(?:dans|en|a|à|de|in|on|at|for|con|mit|bei|an|auf|von|para|por|sur|pour|avec)\\s+|(?:\\p{L}+\\s+){0,2}?)?"
                    + "(?:which|what|quel|quelle|quels|quelles|qué|cuál|cuáles|welche|welcher|welches|welchen|welchem)\\s+"
                    + "((?:(?:type|kind|sort|sorte|genre|tipo|clase|art)\\s+(?:of|de|d'|der|des)\\s*)?\\p{L}[\\p{L}-]*)(?:\\s+(.*))?$");
    private static final Pattern NOT_A_NOUN = Pattern.compile(
            "(?iu)(?:is|are|was|were|it|they|we|he|she|you|one|ones|did|does|do|has|have|had|est|sont|il|elle|ils|elles|on|nous|es|son|fue|ha|han|ist|sind|war|es|er|sie|wir|man|hat|haben|the|a|an|le|la|les|el|los|las|der|die|das|lo|se)");

    private static final Pattern OWNER = Pattern.compile("(?iu)(?:su|sus|son|sa|ses|leur|leurs|their|his|her|its|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem)\\s+(\\p{L}.+)");

    private FieldHead() {
    }

    /** The noun a question-shaped name asks about, or the name as it was. */
    static String of(String label) {
        if (label == null || label.split("\\s+").length < 2) {
            return label;
        }
        Matcher own = OWNER.matcher(label.strip());
        if (own.matches()) {
            // "su correo electrónico", "leur adresse", "ihre Telefonnummer": whose it is is the record itself
            label = RefineText.capitalize(own.group(1));
        }
        Matcher m = ASKED.matcher(label.strip());
        if (!m.matches() || NOT_A_NOUN.matcher(m.group(1)).matches() || m.group(1).length() < 3) {
            return label;
        }
        return RefineText.capitalize(m.group(1));
    }
}
