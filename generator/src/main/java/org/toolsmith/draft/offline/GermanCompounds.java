package org.toolsmith.draft.offline;

import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * German joins a record kind and one of its fields into one word: "Behandlungsarten" is the Art of a
 * Behandlung, "Gerätestandort" the Standort of a Gerät. The word is split at the kind's name (singular
 * or plural, with or without the joining "s", "n", "en", "es") and the rest must be the field's one-word
 * label, alone or in a plural form; a field whose own label is such a word ("Behandlungsart") is named by
 * its plural ("Behandlungsarten") rather than the kind.
 */
final class GermanCompounds {
    private GermanCompounds() {
    }

    /** The field a compound word names, or null when it is not such a word. */
    static RefineMatcher.FieldRef field(RefineSession s, RefineClause phrase) {
        if (s.lang != Lang.DE || phrase == null) {
            return null;
        }
        String word = phrase.text.replaceAll("^(?:der|die|das|den|dem|des|beim|bei|im|zum|zur)\\s+", "").strip();
        if (!word.matches("[a-z]{7,}")) {
            return null;
        }
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                // "die Behandlungsarten" for a field labelled "Behandlungsart" on Behandlung: the word is the label, in the plural
                String label = RefineText.fold(f.label());
                if (!label.contains(" ") && label.length() >= 7 && label.startsWith(RefineText.fold(e.name())) && word.matches(java.util.regex.Pattern.quote(label) + "(?:en|e|n|s|er)")) {
                    return new RefineMatcher.FieldRef(e, f, 0.99);
                }
            }
            for (String kind : new String[] {RefineText.fold(e.name()), RefineText.fold(e.plural() == null ? e.name() : e.plural())}) {
                if (kind.isEmpty() || kind.contains(" ") || !word.startsWith(kind) || word.length() - kind.length() < 2) {
                    continue;
                }
                String rest = word.substring(kind.length());
                for (Field f : e.fields()) {
                    String label = RefineText.fold(f.label());
                    if (label.length() >= 3 && !label.contains(" ") && names(rest, label)) {
                        return new RefineMatcher.FieldRef(e, f, 0.99);
                    }
                }
            }
        }
        return null;
    }

    private static boolean names(String rest, String label) {
        for (String join : new String[] {"", "s", "n", "en", "es", "e"}) {
            if (rest.startsWith(join) && rest.substring(join.length()).matches(java.util.regex.Pattern.quote(label) + "(?:en|e|n|s|er)?")) {
                return true;
            }
        }
        return false;
    }
}
