package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A field typed by hand that should be picked from a list the app already keeps: "the branch on a
 * complaint is typed by hand … we already keep the list of branches, so it should be picked from that
 * list", "choisie dans cette liste", "que pase a elegirse de esa lista", "aus dieser Liste gewählt". The
 * text field whose name is a record kind's name (on another kind) becomes the link to that kind, when
 * the message names the kind and says to pick from a list. Read on the whole message, after the clauses.
 */
final class PickFromList {
    private static final Pattern PICK = p("\\b(?:(?:picked|chosen|selected|pick(?:ed)?|choose|select(?:ed)?|taken|look(?:ed)? up)\\s+(?:it\\s+|them\\s+)?(?:from|out of)\\s+(?:that|this|the|our|a)\\s+(?:[\\w'-]+\\s+)?(?:list|table)"
            + "|choisie?s?\\s+(?:dans|parmi|depuis)\\s+(?:cette|la|notre)\\s+liste|(?:selectionne|prise?)e?s?\\s+dans\\s+(?:cette|la)\\s+liste"
            + "|(?:elegi\\w*|eleg\\w*|seleccion\\w*|escog\\w*)\\s+(?:de|desde|en)\\s+(?:esa|esta|la|nuestra)\\s+lista"
            + "|(?:aus|von)\\s+(?:dieser|der|unserer)\\s+liste\\s+(?:\\w+\\s+)?(?:gewahlt|ausgewahlt|auswahlen|wahlen|kommen))\\b");

    private PickFromList() {
    }

    static void read(RefineSession s) {
        if (s.message == null || !PICK.matcher(RefineText.fold(s.message)).find()) {
            return;
        }
        String said = RefineText.fold(s.message);
        for (Entity holder : List.copyOf(s.spec.entities())) {
            for (Field f : holder.fields()) {
                if (f.type() != FieldType.TEXT) {
                    continue;
                }
                for (Entity kind : s.spec.entities()) {
                    if (kind.key().equals(holder.key())) {
                        continue;
                    }
                    String label = RefineText.fold(f.label());
                    boolean same = label.equals(RefineText.fold(kind.name())) || label.equals(RefineText.fold(kind.plural()));
                    boolean named = Pattern.compile("\\b" + Pattern.quote(RefineText.fold(kind.plural())) + "\\b|\\b" + Pattern.quote(RefineText.fold(kind.name())) + "\\b")
                            .matcher(said).find();
                    if (same && named) {
                        s.setType(holder.key(), f.key(), FieldType.REFERENCE, List.of(), kind.key());
                    }
                }
            }
        }
    }
    /**
     * A link made in this message beside a typed field of the same name: "can we have our own cleaners
     * list (name, agency, phone), and make the Cleaner field on the jobs pick from that list instead?",
     * "nos propres nettoyeurs … et que le champ Nettoyeur des interventions pioche dedans". The readers
     * made the kind and a second "Cleaner" field linking to it; the field the kind already had is the one
     * that becomes the link, and the second goes. Only a text or person field the spec had before, named
     * like the new link or like the kind it points at, on the kind the link was added to.
     */
    static void merge(RefineSession s) {
        for (Entity holder : List.copyOf(s.spec.entities())) {
            if (!s.originalEntities.contains(holder.key())) {
                continue;
            }
            for (Field link : List.copyOf(holder.fields())) {
                if (link.type() != FieldType.REFERENCE || link.target() == null || s.originalFields.contains(holder.key() + "." + link.key())
                        || s.originalEntities.contains(link.target())) {
                    continue;
                }
                Entity kind = s.entity(link.target());
                if (kind == null) {
                    continue;
                }
                Field typed = holder.fields().stream()
                        .filter(f -> s.originalFields.contains(holder.key() + "." + f.key()))
                        .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.PERSON)
                        .filter(f -> sameName(s, f.label(), link.label(), kind))
                        .findFirst().orElse(null);
                if (typed == null) {
                    continue;
                }
                s.spec = s.spec.mapEntity(holder.key(), x -> x.withoutField(link.key()));
                s.changes.removeIf(c -> c.startsWith("Added " + link.label() + " ") || c.startsWith("Added " + link.label() + "."));
                s.setType(holder.key(), typed.key(), FieldType.REFERENCE, List.of(), kind.key());
            }
        }
    }

    private static boolean sameName(RefineSession s, String label, String linkLabel, Entity kind) {
        String had = RefineText.fold(label);
        String single = RefineText.fold(s.singular(label));
        for (String name : List.of(linkLabel, kind.name(), kind.plural())) {
            String n = RefineText.fold(name);
            if (n.equals(had) || n.equals(single)) {
                return true;
            }
        }
        return false;
    }
}
