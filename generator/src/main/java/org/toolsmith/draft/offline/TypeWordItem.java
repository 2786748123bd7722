package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An item of a list that only says the type of the thing before it: "somewhere to put the appointment, date and
 * time", "la remise, en texte libre", "el aforo, un número", "Auffälligkeiten – Freitext". It is no field of its
 * own: "date and time" joins the thing's name (where the lexicon reads it), "yes/no" goes after it in brackets, and
 * "free text" is what a field is anyway.
 */
final class TypeWordItem {
    private static final Pattern TYPE_ONLY = Pattern.compile("^(?:(?:and|with|as|in|et|avec|en|comme|y|con|como|und|mit|als)\\s+)?(?:(?:a|an|the|un|une|le|la|el|una|ein|eine|einer|als)\\s+)?"
            + "(?:date and time|date & time|date/time|time and date|date et heure|date/heure|fecha y hora|fecha/hora|datum und uhrzeit|datum/uhrzeit"
            + "|yes/no|yes or no|oui/non|oui ou non|si/no|si o no|sí/no|sí o no|ja/nein|ja oder nein"
            + "|free text|free-text|texte libre|texto libre|freitext|long text|texte long|texto largo|langtext)$");

    private static final Pattern YES_NO = Pattern.compile("(?:yes|oui|si|ja)\\b");
    private static final Pattern DATE_TIME = Pattern.compile("(?:date|time|heure|fecha|hora|datum|uhrzeit)");
    /** Things that happen at a time: only these take "date and time" from the item after them ("the client, date and time" are two fields). */
    private static final Pattern EVENT = Pattern.compile("\\b(?:appointments?|meetings?|visits?|sessions?|interviews?|deliver(?:y|ies)|pick-?ups?|collections?|calls?|bookings?|hearings?|exams?|tests?|checks?|inspections?|departures?|arrivals?"
            + "|rendez-vous|reunions?|visites?|entretiens?|livraisons?|seances?|examens?|audiences?|citas?|reunion(?:es)?|visitas?|entregas?|recogidas?|sesion(?:es)?|llamadas?|termine?|besuche?|treffen|lieferungen?|abholungen?|sitzungen?|prufungen?|gesprache?)\\b");

    private TypeWordItem() {
    }

    /** The items with each type-only item put in brackets after the item before it. */
    static List<RefineClause> merge(List<RefineClause> items) {
        if (items.size() < 2) {
            return items;
        }
        List<RefineClause> out = new ArrayList<>();
        for (RefineClause item : items) {
            String t = item.text.strip().replaceAll("[.!?]+$", "");
            RefineClause before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null && TYPE_ONLY.matcher(t).matches() && !before.text.contains("(") && !before.text.contains(":")
                    && (!DATE_TIME.matcher(t).find() || EVENT.matcher(before.text).find())) {
                // "date and time" joins the name ("Appointment date and time" reads as a date and time); "(yes/no)" is read as a
                // yes/no question; free text is what a field is anyway
                String said = item.orig.strip().replaceAll("[.!?]+$", "").replaceAll("^(?i)(?:and|with|as|in|et|avec|en|comme|y|con|como|und|mit|als)\\s+", "");
                String joined = DATE_TIME.matcher(t).find() ? before.orig.strip() + " " + said
                        : YES_NO.matcher(t).find() ? before.orig.strip() + " (yes/no)" : before.orig.strip();
                out.set(out.size() - 1, new RefineClause(joined));
            } else {
                out.add(item);
            }
        }
        return out;
    }
}
