package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * Two fields, one "should be": "the hours should be a whole number and the volunteer a person", "les heures doivent être
 * un nombre entier et le bénévole une personne", "las horas deben ser un número entero y el voluntario una persona",
 * "Stunden soll eine ganze Zahl sein und Ehrenamtliche eine Person". The second field, named by its label right after
 * "and", with an article and no verb after it, gets the same verb: two sentences. Before, the second half was lost.
 *
 * Also a flag wished after "and that": "…, y que la dieta sea obligatoria", "… et que la note soit obligatoire" starts
 * a clause of its own (before, "Sea obligatoria" became one more value of the list before it). Only a flag: "et que le
 * fournisseur soit choisi dans la liste" stays with the sentence it finishes.
 */
final class CopulaGaps {
    private static final String ART = "(?:(?:the|le|la|les|el|los|las|der|die|das)\\s+|l')?";
    private static final Pattern FIRST = Pattern.compile("^(\\s*" + ART + "[\\p{L}\\p{N}' -]{2,40}?\\s+)(should be|must be|needs to be|has to be|doit etre|doivent etre|devrait etre|debe ser|deben ser|deberia ser|tiene que ser)\\s+"
            + "((?:an?|un|une|una|uno)\\s+[^,.;!?]+?)\\s*,?\\s+(?:and|et|y)\\s+(" + ART + ")([^,.;!?]+?)\\s+((?:an?|un|une|una|uno)\\s+[^,.;!?]+?)([.!?]*\\s*)$");
    private static final Pattern FIRST_DE = Pattern.compile("^(\\s*" + ART + "[\\p{L}\\p{N}' -]{2,40}?\\s+)(soll|sollen|sollte|sollten|muss|mussen)\\s+((?:ein|eine|einen)\\s+[^,.;!?]+?)\\s+(sein|werden)\\s*,?\\s+und\\s+(" + ART + ")([^,.;!?]+?)\\s+((?:ein|eine|einen)\\s+[^,.;!?]+?)([.!?]*\\s*)$");
    private static final Pattern AND_THAT = Pattern.compile("\\s*,?\\s+(?:y|et)\\s+(?=que\\s+(?:(?:el|la|los|las|le|les)\\s+|l')[^.!?]*?\\b(?:sea|sean|soit|soient)\\s+(?:obligatori\\w*|opcional\\w*|facultati\\w*|optionnel\\w*)\\b)");

    private CopulaGaps() {
    }

    static String take(RefineSession s, String message) {
        RefineClause c = new RefineClause(message);
        Matcher that = c.match(AND_THAT);
        if (that.find() && that.start() > 0) {
            return c.sub(0, that.start()).orig.stripTrailing() + ". " + RefineText.capitalize(c.from(that.end()).orig);
        }
        if (message.indexOf('\n') >= 0) {
            return message;
        }
        List<String> labels = labels(s);
        Matcher m = c.match(FIRST);
        if (m.find() && labels.contains(m.group(5).strip())) {
            String verb = c.group(m, 2).orig;
            return c.sub(0, m.end(3)).orig.stripTrailing() + ". " + RefineText.capitalize((c.group(m, 4).orig + c.group(m, 5).orig).strip()) + " " + verb + " "
                    + c.from(m.start(6)).orig;
        }
        Matcher de = c.match(FIRST_DE);
        if (de.find() && labels.contains(de.group(6).strip())) {
            String verb = c.group(de, 2).orig;
            String be = c.group(de, 4).orig;
            return c.sub(0, de.end(4)).orig.stripTrailing() + ". " + RefineText.capitalize((c.group(de, 5).orig + c.group(de, 6).orig).strip()) + " " + verb + " "
                    + c.group(de, 7).orig.strip() + " " + be + c.group(de, 8).orig;
        }
        return message;
    }

    private static List<String> labels(RefineSession s) {
        List<String> out = new ArrayList<>();
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                out.add(RefineText.fold(f.label()).strip());
            }
        }
        return out;
    }
}
