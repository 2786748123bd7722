package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A date field that should hold the time of day too, said in four languages: "the order date needs a time
 * too", "order date: date and time please", "pour le rendez-vous il faut aussi l'heure, pas seulement le
 * jour", "la fecha del entrenamiento necesita también la hora", "beim Abholdatum brauchen wir auch die
 * Uhrzeit". The field is a date field the clause names by its label, else the one date field of the kind
 * the clause names. A time said as not needed ("we don't need the time") is left to the other readers, and
 * so is a thing of its own that only holds the word ("time slot", "time spent", "start time").
 */
final class TimeToo {
    private static final Pattern TIME = p("\\b(?:date (?:and|&|\\+|with) (?:the )?time|(?:(?:include|includes|including|add|with|and|plus|need|needs|want|have|has|show|hold|store|keep|take|record|log)\\s+(?:the\\s+|a\\s+|an\\s+)?)(?:exact\\s+|precise\\s+)?(?:time|hour)(?:\\s+of\\s+day)?(?!\\s*(?:slot|spent|taken|sheet|zone|off|limit|frame)\\b)|(?:the|a|an)\\s+(?:time|hour)\\s+(?:too|as well)|(?:exact|precise)\\s+(?:time|hour)|time of day|(?:the|a|an)\\s+(?:time|hour)\\s*,?\\s+not (?:just|only) the (?:day|date)|"
            + "date et (?:l')?heure|(?:l'|l |une |avec l'|avec une |et l')heure(?: exacte| precise)?|l'horaire|"
            + "fecha y (?:la )?hora|(?:la|una|con la|con|y la)\\s+hora(?: exacta)?|(?:llevar|lleve|llevan|incluir|incluya|tener|tenga)\\s+(?:la\\s+)?hora|"
            + "datum (?:und|mit) (?:der )?uhrzeit|(?:die|eine|mit|der|auch|und)\\s+uhrzeit)\\b");
    /** The time said as needed: also, too, with, needs, not only the day. */
    private static final Pattern NEED = p("\\b(?:too|as well|also|include\\w*|with|need\\w*|want|should|must|please|not (?:just|only)|date and time|"
            + "aussi|egalement|avec|il faut|faudrait|pas seulement|pas que|doit|devrait|date et|"
            + "tambien|con|necesit\\w*|no solo|hace falta|falta|tiene que|tienen que|deberia|debe|fecha y|"
            + "auch|mit|brauch\\w*|nicht nur|noch|soll\\w*|muss|fehlt|datum und)\\b|:");
    /** Not needed: the other readers turn a datetime back into a date. */
    private static final Pattern NOT_NEEDED = p("\\b(?:no need|don't need|do not need|doesn't need|without|not the time|never|pas besoin|sans|pas l'heure|sin|no hace falta|no necesit\\w*|ohne|nicht die uhrzeit|keine uhrzeit|brauchen wir nicht|at a time|at the time|at the same time|each time|every time|a la fois|a la vez|zur zeit)\\b");
    private static final Pattern OWN_THING = p("\\b(?:start|end|arrival|departure|pickup|return|delivery|finish|opening|closing|debut|fin|arrivee|depart|inicio|llegada|salida|beginn|ende|ankunft|abfahrt)\\s+(?:time|hour)\\b|\\b(?:heure|hora) de\\b|\\b\\w+uhrzeit\\b|\\b(?:add|ajout\\w*|anad\\w*|agreg\\w*|fug\\w*|whether|si|ob)\\b|\\b(?:time|hour|heure|hora|uhrzeit)\\s+(?!of day)(?:of|de|du|des|del|der|vom|von|d')\\b");

    private TimeToo() {
    }

    /** Turns the date field the clause speaks of into a date and time; true when it did. */
    static boolean read(RefineSession s, RefineClause c) {
        if (!c.match(TIME).find() || !c.match(NEED).find() || c.match(NOT_NEEDED).find() || c.match(OWN_THING).find()) {
            return false;
        }
        RefineMatcher.FieldRef f = dateField(s, c);
        if (f == null) {
            return false;
        }
        if (f.field().type() != FieldType.DATE) {
            // already a date and time: what the clause says about it is for the other readers
            return false;
        }
        s.setType(f.entity().key(), f.field().key(), FieldType.DATETIME, List.of(), null);
        return true;
    }

    /** The date field named by its label's words; else the one date field of the kind named. */
    private static RefineMatcher.FieldRef dateField(RefineSession s, RefineClause c) {
        List<String> words = RefineText.stems(c.text);
        RefineMatcher.FieldRef best = null;
        int bestSize = 0;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type() != FieldType.DATE && f.type() != FieldType.DATETIME) {
                    continue;
                }
                List<String> label = RefineText.stems(f.label());
                if (!label.isEmpty() && label.size() > bestSize && label.stream().allMatch(w -> words.stream().anyMatch(x -> RefineText.sameWord(w, x)))) {
                    best = new RefineMatcher.FieldRef(e, f, 1.0);
                    bestSize = label.size();
                } else if (!label.isEmpty() && label.size() == bestSize && best != null && label.stream().allMatch(w -> words.stream().anyMatch(x -> RefineText.sameWord(w, x)))
                        && s.clauseEntity != null && s.clauseEntity.equals(e.key())) {
                    best = new RefineMatcher.FieldRef(e, f, 1.0);
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (Entity e : s.spec.entities()) {
            boolean named = s.clauseEntity != null && s.clauseEntity.equals(e.key())
                    || words.stream().anyMatch(x -> RefineText.stems(e.name()).stream().anyMatch(w -> RefineText.sameWord(w, x))
                    || RefineText.stems(e.plural()).stream().anyMatch(w -> RefineText.sameWord(w, x)));
            List<Field> dates = e.fields().stream().filter(f -> f.type() == FieldType.DATE).toList();
            if (named && dates.size() == 1 && e.fields().stream().noneMatch(f -> f.type() == FieldType.DATETIME)) {
                return new RefineMatcher.FieldRef(e, dates.get(0), 1.0);
            }
        }
        return null;
    }
}
