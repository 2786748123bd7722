package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A yes/no field that becomes a choice: "instead of the Alive tick box I'd like a status: Alive, Stillborn, Died later",
 * "replace the urgent checkbox with a priority: normal, rush, same day", "au lieu de la case Urgent, un statut : …",
 * "en vez de la casilla Urgente, una prioridad: …", "statt der Checkbox Urgent einen Status: …". When the readers took
 * the box away and made a new choice field in the same kind, and the message says it replaces one with the other, the box
 * itself becomes that choice (same key, the new name and values): one field changed, not one gone and one made. A box
 * dropped beside a choice added with no word of replacing ("add a condition …, and drop the cold chain box") stays as read.
 */
final class TickBoxToChoice {
    private static final Pattern INSTEAD = Pattern.compile("\\b(?:instead of|in place of|rather than|replac\\w*|turn\\w* (?:it|that|them|\\w+) into|convert\\w*|swap\\w*|chang\\w* (?:it|that|\\w+) (?:in)?to"
            + "|au lieu d\\w*|a la place d\\w*|plutot qu\\w*|remplac\\w*|transform\\w*|en vez de|en lugar de|reemplaz\\w*|sustitu\\w*|convert\\w*|cambi\\w* (?:por|a)"
            + "|statt|anstelle|anstatt|ersetz\\w*|umwandeln|umstellen)\\b");
    /** "completed as a tick box isn't enough", "la case Validé ne suffit pas", "con la casilla no basta", "das Häkchen reicht nicht". */
    private static final Pattern NOT_ENOUGH = Pattern.compile("\\b(?:(?:is|are)(?:n't| not) (?:enough|sufficient|detailed enough|precise enough)|not enough|(?:does|do)(?:n't| not) (?:cut it|do|work)(?: anymore| any more)?\\b"
            + "|ne (?:suffi(?:t|sent)|va|vont) (?:pas|plus)|n'est (?:pas|plus) (?:assez|suffisant\\w*)|ne fait (?:pas|plus) l'affaire|pas assez"
            + "|no (?:basta|alcanza|sirve|es suficiente|son suficientes)|ya no (?:basta|alcanza|sirve|es suficiente)|se queda corto"
            + "|(?:reicht|reichen|genugt|genugen)(?: \\w+)? (?:nicht|nicht mehr|nicht aus)|ist zu wenig|zu ungenau)");
    /** The values after a colon: "…, make it a status: Completed, Missed, Late". */
    private static final Pattern COLON_LIST = Pattern.compile(":\\s*([^:.;!?]{3,160})\\s*[.!?]?\\s*$");

    private TickBoxToChoice() {
    }

    static void read(RefineSession s, AppSpec before, String written) {
        String folded = RefineText.fold(written);
        boolean instead = INSTEAD.matcher(folded).find();
        var short_ = NOT_ENOUGH.matcher(folded);
        int enough = short_.find() ? short_.start() : -1;
        if (!instead && enough < 0) {
            return;
        }
        for (Entity was : before.entities()) {
            Entity now = s.entity(was.key());
            if (now == null) {
                continue;
            }
            List<Field> gone = was.fields().stream().filter(f -> f.type() == FieldType.BOOLEAN && now.field(f.key()).isEmpty()).toList();
            if (gone.isEmpty()) {
                // "au lieu de la case Urgent, un statut : …": the box named just after the word of replacing, still there
                gone = was.fields().stream().filter(f -> f.type() == FieldType.BOOLEAN && now.field(f.key()).filter(f::equals).isPresent()
                        && (instead && namedAfterInstead(folded, RefineText.fold(f.label())) || enough > 0 && namedBefore(folded, enough, RefineText.fold(f.label())))).toList();
            }
            List<Field> made = now.fields().stream().filter(f -> f.type().hasOptions() && !f.options().isEmpty() && was.field(f.key()).isEmpty()).toList();
            if (made.isEmpty() && gone.size() == 1 && enough > 0) {
                // "completed as a tick box isn't enough, make it a status: Completed, Missed, Late": nothing was made, the box takes
                // the values (put back where it was if a reader took it away)
                List<String> values = colonValues(written, enough);
                if (values.size() >= 2) {
                    Field box = gone.get(0);
                    Field choice = box.withType(FieldType.CHOICE).withOptions(values);
                    List<Field> fields = new ArrayList<>(now.withoutField(box.key()).fields());
                    int at = was.fields().indexOf(box);
                    int place = (int) was.fields().subList(0, at).stream().filter(f -> fields.stream().anyMatch(x -> x.key().equals(f.key()))).count();
                    fields.add(Math.min(place, fields.size()), choice);
                    s.spec = s.spec.mapEntity(was.key(), x -> x.withFields(fields));
                    s.changes.removeIf(c -> c.equals("Removed " + box.label() + " from " + now.name() + "."));
                    s.changes.add(box.label() + " is now a choice: " + String.join(", ", values) + ".");
                }
                continue;
            }
            if (gone.size() != 1 || made.size() != 1) {
                continue;
            }
            Field box = gone.get(0);
            Field choice = made.get(0);
            List<Field> fields = new ArrayList<>();
            Entity in = now.field(box.key()).isPresent() ? now.withoutField(box.key()) : now;
            int at = was.fields().indexOf(box);
            for (Field f : in.fields()) {
                if (f != choice) {
                    fields.add(f);
                }
            }
            // the box's own place among the fields that were before it
            int place = (int) was.fields().subList(0, at).stream().filter(f -> fields.stream().anyMatch(x -> x.key().equals(f.key()))).count();
            fields.add(Math.min(place, fields.size()), choice.withKey(box.key()).withRequired(box.required()));
            s.spec = s.spec.mapEntity(was.key(), x -> x.withFields(fields));
            s.changes.removeIf(c -> c.equals("Removed " + box.label() + " from " + now.name() + ".") || c.startsWith("Added " + choice.label() + " ("));
            s.changes.add(box.label() + " is now " + RefineSession.describe(choice) + ", called " + choice.label() + ".");
        }
    }

    /** The box's label said in the words just before "isn't enough" (same sentence, up to 60 characters back). */
    private static boolean namedBefore(String folded, int cue, String label) {
        String before = folded.substring(Math.max(0, cue - 60), cue);
        int cut = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("; "), before.lastIndexOf("! ")));
        return !label.isBlank() && Text.containsPhrase(before.substring(cut + 1), label);
    }

    private static List<String> colonValues(String written, int cue) {
        var m = COLON_LIST.matcher(written.substring(Math.min(written.length(), cue)));
        if (!m.find()) {
            return List.of();
        }
        List<String> values = RefineText.values(m.group(1));
        return values.stream().allMatch(v -> !v.isBlank() && v.split("\\s+").length <= 4) ? values : List.of();
    }

    private static boolean namedAfterInstead(String folded, String label) {
        var m = INSTEAD.matcher(folded);
        while (m.find()) {
            String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 40));
            if (Text.containsPhrase(after, label)) {
                return true;
            }
        }
        return false;
    }
}
