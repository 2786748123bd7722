package org.toolsmith.draft.offline;

import java.util.Set;

/**
 * The name of a yes/no field asked as a German "ob …" clause, where the verb comes last and nouns are
 * capitalised: "ob jemand eine Begleitperson mitbringt" → Begleitperson (the thing asked about), "ob
 * die Rechnung bezahlt wurde" → Rechnung bezahlt, "ob er geimpft ist" → Geimpft. Never a label made
 * of the subject and a conjugated verb ("Jemand Begleitperson mitbringt").
 */
final class GermanWhether {
    private static final Set<String> GERMAN = Set.of("jemand", "er", "sie", "es", "man", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer", "wir", "ihr");
    private static final Set<String> AUX = Set.of("ist", "sind", "war", "waren", "wurde", "wurden", "hat", "haben", "hatte", "hatten", "wird", "werden", "worden");

    private GermanWhether() {
    }

    /** The label, or null when the words are not a German clause ending in its verb. */
    static String label(String said) {
        String[] w = said.replaceAll("[.!?,;]+$", "").strip().split("\\s+");
        if (w.length < 2 || !GERMAN.contains(RefineText.fold(w[0])) || !Character.isLowerCase(w[w.length - 1].codePointAt(0))) {
            return null;
        }
        int end = w.length - 1;
        while (end > 0 && AUX.contains(RefineText.fold(w[end]))) {
            end--;
        }
        boolean passive = end < w.length - 1;
        String verb = w[end];
        int noun = -1;
        for (int i = 1; i < end; i++) {
            if (Character.isUpperCase(w[i].codePointAt(0))) {
                noun = i;
            }
        }
        if (noun < 0) {
            return passive && Character.isLowerCase(verb.codePointAt(0)) ? RefineText.capitalize(verb) : null;
        }
        return passive ? w[noun] + " " + verb : w[noun];
    }
}
