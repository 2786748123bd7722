package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * "participants should be able to rate the course from 1 to 5", "les clients doivent pouvoir noter
 * le service sur 5", "los alumnos pueden valorar la clase del 1 al 10", "die Teilnehmer sollen die
 * Schulung von 1 bis 5 bewerten können": a rating, a whole number, on the kind of whoever rates
 * (the kind holding the field the subject names), else where new fields go.
 */
final class RefineRating {
    private static final Pattern RATES = p("\\b(?:rate|rating|grade|score|bewerten|benoten|noter|evaluer|valorar|puntuar|calificar|evaluar)\\b");
    private static final Pattern SCALE = p("(?:\\b(?:from|von|de|del|entre)\\s+\\d+\\s*(?:to|bis|a|al|à|y|et|and|-)\\s*\\d+\\b|\\b(?:out of|sur|sobre)\\s+\\d+\\b|\\b\\d+\\s*(?:-|bis|to|a|à)\\s*\\d+\\b|\\b(?:stars?|sterne[n]?|etoiles?|estrellas?)\\b)");
    private static final Pattern SUBJECT = p("^(?:(?:ausserdem|auch|zudem|dann|und)\\s+)?(?:sollen|soll|sollten|konnen|kann|mussen|muss)\\s+(?:(?:die|der|das|jede[rsmn]?|alle)\\s+)?([\\w'-]+)"
            // "Außerdem sollen die Teilnehmer … bewerten können": the German verb comes before the subject
            + "|^(?:(?:also|aussi|ademas|tambien|ausserdem|auch|and|et|y|und)\\s+)?(?:(?:the|les|los|las|die|der|das|each|every|chaque|cada|jede[rsmn]?)\\s+)?"
            + "([\\w'-]+(?:\\s+[\\w'-]+)?)\\s+(?:should|must|can|could|need to|needs to|will|doivent|doit|peuvent|peut|devraient|pueden|puede|deben|debe|deberian|sollen|soll|sollten|konnen|kann|mussen|muss)\\b");

    /** A field that already holds a rating: then the type readers change it, nothing is added here. */
    private static final Pattern RATING_LABEL = p("\\b(?:rating|score|grade|note|bewertung|valoracion|puntuacion|calificacion|evaluation|evaluacion)\\b");

    private RefineRating() {
    }

    static boolean rating(RefineSession s, RefineClause c) {
        if (!RATES.matcher(c.text).find() || !SCALE.matcher(c.text).find()) {
            return false;
        }
        String entity = null;
        Matcher who = c.match(SUBJECT);
        boolean rated = s.spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> RATING_LABEL.matcher(RefineText.fold(f.label())).find());
        if (rated || !who.find()) {
            // a rating that exists is changed by the type readers; a rating is added here only when someone is said to give it
            return false;
        }
        RefineClause subject = c.group(who, who.group(1) != null ? 1 : 2);
        RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
        if (f != null && f.score() >= 0.99) {
            entity = f.entity().key();
        } else {
            var e = RefineResolver.entity(s, subject);
            entity = e == null ? null : e.key();
        }
        if (entity == null) {
            entity = s.clauseEntity != null ? s.clauseEntity : RefineResolver.targetEntity(s, null);
        }
        String label = switch (s.lang) {
            case FR -> "Note";
            case ES -> "Valoración";
            case DE -> "Bewertung";
            default -> "Rating";
        };
        s.addField(entity, label, FieldType.INTEGER, List.of(), null);
        return true;
    }
}
