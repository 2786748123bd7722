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
}
