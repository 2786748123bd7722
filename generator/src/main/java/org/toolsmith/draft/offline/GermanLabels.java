package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * German labels come out of a sentence in the case the sentence gave them ("einen Namen", "den
 * Verantwortlichen", "mit gefahrenen Kilometern eingetragen"); a field is named in the nominative
 * singular. Only the endings that are safe to undo are undone: weak nouns ("Namen" → "Name"),
 * nouns made of adjectives or participles ("Verantwortlichen" → "Verantwortlicher"), the dative
 * plural in -ern ("Kilometern" → "Kilometer") and a participle left at the end of a verb-final
 * clause ("… Kilometern eingetragen").
 */
final class GermanLabels {
    private GermanLabels() {
    }

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    /** Weak nouns whose -n/-en is only a case ending when one thing is meant. */
    private static final Map<String, String> WEAK = Map.ofEntries(
            Map.entry("namen", "Name"), Map.entry("kunden", "Kunde"), Map.entry("kollegen", "Kollege"),
            Map.entry("nachnamen", "Nachname"), Map.entry("vornamen", "Vorname"), Map.entry("familiennamen", "Familienname"),
            Map.entry("firmennamen", "Firmenname"), Map.entry("herrn", "Herr"), Map.entry("boten", "Bote"),
            Map.entry("nachbarn", "Nachbar"), Map.entry("experten", "Experte"), Map.entry("zeugen", "Zeuge"),
            Map.entry("praktikanten", "Praktikant"), Map.entry("lieferanten", "Lieferant"),
            Map.entry("auszubildenden", "Auszubildender"), Map.entry("bauherrn", "Bauherr"), Map.entry("ansprechpartnern", "Ansprechpartner"));

    /** Endings of adjectives and participles used as nouns ("den Vorgesetzten", "einen Verantwortlichen"). */
    private static final List<String> NOMINAL_ADJ = List.of("lichen", "enden", "igten", "setzten", "ierten", "agten", "ellten",
            "zogenen", "igen");

    /** Words ending in -ern that are not a dative plural. */
    private static final Set<String> ERN_KEEP = Set.of("eltern", "ostern", "gestern", "kasern", "intern", "extern", "modern",
            "bern", "stern", "konzern", "kern", "lern");

    /** Verbs and particles that close a verb-final list ("… und Gebühr wissen", "… und Raum fest"), after a noun only. */
    private static final Set<String> CLOSERS = Set.of("wissen", "fest", "kennen", "nachhalten", "aufschreiben", "aufnehmen", "vermerken",
            "hinterlegen", "eintragen", "angeben", "mitschreiben");

    static String normalize(String label, Set<String> participles, java.util.Collection<String> verbs) {
        String[] w = label.strip().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return label;
        }
        List<String> out = new ArrayList<>(List.of(w));
        // "gefahrenen Kilometern eingetragen", "Fahrer erfassen": a verb that closes the clause, not part of the name
        if (out.size() >= 2) {
            String last = out.get(out.size() - 1);
            String fl = Text.fold(last);
            boolean lower = Character.isLowerCase(last.charAt(0));
            if (lower && (participles.contains(fl) || verbs.contains(fl) || CLOSERS.contains(fl) && Character.isUpperCase(out.get(out.size() - 2).charAt(0)) || (fl.startsWith("ge") || fl.contains("ge")) && fl.matches("[a-z]*ge[a-z]+(?:t|en)")
                    && fl.length() > 6 && Character.isUpperCase(out.get(out.size() - 2).charAt(0)) && !DoneFlags.factLike(fl))) {
                out.remove(out.size() - 1);
            }
        }
        nominative(out);
        // an adjective before the noun keeps the nominative ending of its case: "aktuellen Bestand" → "aktuelle Bestand" is no
        // better, so it is left as said
        return String.join(" ", out);
    }

    /**
     * A refine label said in the case of its sentence ("und den Lieferanten", "wer der Verantwortlichen ist", "mit
     * Bildern"): the nouns in the nominative singular, nothing else changed (session 16; the refiner's own readers cut
     * verbs and participles, so only the endings are undone here).
     */
    static String nominative(String label) {
        String[] w = BLANKS.split(label.strip());
        if (w.length == 0 || w[0].isEmpty()) {
            return label;
        }
        // nouns alone only: with a small word ("Namen des Kunden", "Fotos mit Bildern") the other readers name the phrase
        for (String word : w) {
            if (word.isEmpty() || Character.isLowerCase(word.charAt(0))) {
                return label;
            }
        }
        List<String> out = new ArrayList<>(List.of(w));
        nominative(out);
        return String.join(" ", out);
    }

    private static void nominative(List<String> out) {
        for (int i = 0; i < out.size(); i++) {
            String word = out.get(i);
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            String f = Text.fold(word).toLowerCase();
            String lower = word.toLowerCase();
            String weak = WEAK.get(lower);
            if (weak != null) {
                out.set(i, weak);
                continue;
            }
            if (i == out.size() - 1 && out.size() <= 2 && NOMINAL_ADJ.stream().anyMatch(lower::endsWith) && lower.length() > 7) {
                out.set(i, word.substring(0, word.length() - 2) + "er");
                continue;
            }
            if (lower.endsWith("ern") && lower.length() > 6 && ERN_KEEP.stream().noneMatch(f::endsWith)) {
                out.set(i, word.substring(0, word.length() - 1));
            }
        }
    }
}
