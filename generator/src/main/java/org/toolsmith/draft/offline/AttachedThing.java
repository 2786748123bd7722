package org.toolsmith.draft.offline;

import java.util.Set;

/**
 * The head noun of what a message attaches ("the floor plan" → plan, "the receipt as a PDF" → receipt,
 * "the plan of the site" → plan): the thing attached is the head, and the words before it only say which
 * one. A field whose label lacks the head is another thing than what is attached (a Floor field is not
 * the floor plan).
 */
final class AttachedThing {
    /** Words after which the name of the attached thing has ended. */
    private static final Set<String> ENDS = Set.of("as", "to", "for", "of", "with", "and", "or", "in", "on", "at", "from", "please",
            "too", "also", "here", "instead", "so", "when", "if", "because", "that", "which", "where", "en", "de", "du", "des", "del",
            "como", "para", "pour", "avec", "con", "et", "y", "ou", "o",
            // German: "Fotos vom Fehler", "den Bericht als PDF"
            "vom", "von", "zum", "zur", "als", "fur", "mit", "und", "oder", "beim", "bei", "aus");

    private AttachedThing() {
    }

    /** The last word of the attached noun phrase (folded words, as the refiner's text has them), or null if there is none. */
    static String head(String words) {
        String head = null;
        for (String w : words.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (ENDS.contains(w)) {
                break;
            }
            head = w;
        }
        return head;
    }
}
