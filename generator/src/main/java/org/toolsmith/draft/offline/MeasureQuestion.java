package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A measure asked as a question, named by the measure rather than "Amount": "how much the animal weighed"
 * → Weight, "how old the patient is" → Age, "how far it is" → Distance, "how tall" → Height; "combien il
 * pèse" / "quel âge", "cuánto pesa" / "qué edad", "wie viel es wiegt" / "wie schwer" / "wie alt" / "wie weit".
 */
final class MeasureQuestion {
    private record Measure(Pattern asked, String[] names, FieldType type) {
    }

    private static final List<Measure> MEASURES = List.of(
            new Measure(Pattern.compile("^(?:how much\\b.*\\bweigh\\w*|how heavy)\\b|^(?:combien\\b.*\\bpes\\w*|quel poids)\\b|^(?:cuanto\\b.*\\bpes[aoó]\\w*|que peso)\\b|^(?:wie ?viel\\b.*\\bwieg\\w*|wie schwer)\\b"),
                    new String[] {"Weight", "Poids", "Peso", "Gewicht"}, FieldType.DECIMAL),
            new Measure(Pattern.compile("^how old\\b|^quel age\\b|^(?:que edad|cuantos anos tiene)\\b|^wie alt\\b"),
                    new String[] {"Age", "Âge", "Edad", "Alter"}, FieldType.INTEGER),
            new Measure(Pattern.compile("^how far\\b|^(?:a quelle distance)\\b|^(?:a que distancia)\\b|^wie weit\\b"),
                    new String[] {"Distance", "Distance", "Distancia", "Entfernung"}, FieldType.DECIMAL),
            new Measure(Pattern.compile("^how (?:tall|high)\\b|^quelle hauteur\\b|^(?:que altura|cuanto mide)\\b|^wie (?:hoch|gross)\\b"),
                    new String[] {"Height", "Hauteur", "Altura", "Höhe"}, FieldType.DECIMAL),
            // "how often it needs refreshing", "à quelle fréquence", "cada cuánto", "wie oft": how often, said in words
            new Measure(Pattern.compile("^how often\\b|^(?:a quelle frequence|tous les combien)\\b|^(?:cada cuanto|con que frecuencia)\\b|^wie (?:oft|haufig)\\b"),
                    new String[] {"Frequency", "Fréquence", "Frecuencia", "Häufigkeit"}, FieldType.TEXT));

    private MeasureQuestion() {
    }

    /** The measure the question asks for, or null. */
    static RefineDescriber.Item of(RefineSession s, RefineClause words) {
        for (Measure m : MEASURES) {
            Matcher hit = words.match(m.asked());
            if (hit.find()) {
                int i = switch (s.lang) {
                    case FR -> 1;
                    case ES -> 2;
                    case DE -> 3;
                    default -> 0;
                };
                return new RefineDescriber.Item(m.names()[i], m.type(), List.of(), null);
            }
        }
        return null;
    }
}
