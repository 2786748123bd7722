package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.Keys;

/**
 * A typed-in field that held the name of something ("Driver name", "Nom du club", "Nombre del proveedor",
 * "Entsorgername") and that this message turned into a link to a new kind of that very thing: the name now lives on
 * the new kind (its name field), so the old field goes and the record gets a link named after the kind, instead of the
 * name field being relabelled into the link. A field named by the thing alone ("Driver", "Club") or by a role
 * ("Proposer") keeps its key and stays the link. Run once after the readers, before the spec is checked.
 */
final class NameFieldToLink {
    /** A word for a name before or after the thing: "X name", "name of X", "nom du X", "nombre del X", "Name des X", German "Xname". */
    private static final Pattern NAME_AFTER = Pattern.compile("^(.+?)\\s+(?:name|names|nom|nombre|namen?|full name)$");
    private static final Pattern NAME_BEFORE = Pattern.compile("^(?:name|nom|nombre|name)\\s+(?:of|of the|du|de la|de l'|de|des|del|de los|de las|des|der|vom|von)\\s*(.+)$");
    private static final Pattern GERMAN_COMPOUND = Pattern.compile("^(\\p{L}{3,})name$");

    private NameFieldToLink() {
    }

    static void settle(RefineSession s) {
        for (Entity was : s.original.entities()) {
            for (Field old : was.fields()) {
                if (old.type() != FieldType.TEXT) {
                    continue;
                }
                Field now = s.field(was.key(), old.key());
                if (now == null || now.type() != FieldType.REFERENCE || now.target() == null || s.originalEntities.contains(now.target())) {
                    continue;
                }
                Entity made = s.entity(now.target());
                if (made != null && (namesThing(old.label(), made) || namesThing(old.key().replace('_', ' '), made)) && s.entity(was.key()).fields().size() > 1) {
                    java.util.Set<String> taken = new java.util.HashSet<>();
                    s.entity(was.key()).fields().forEach(x -> taken.add(x.key()));
                    String key = Keys.unique(Keys.fromLabel(made.name(), "f", "link"), taken);
                    Field link = new Field(key, made.name(), FieldType.REFERENCE, now.required(), false, List.of(), made.key(), false, null);
                    s.spec = s.spec.mapEntity(was.key(), x -> x.withFields(x.fields().stream().map(f -> f.key().equals(old.key()) ? link : f).toList()));
                    s.changes.add("Removed " + old.label() + " from " + was.name() + "; each " + was.name() + " now links to a " + made.name() + ".");
                    s.mention(was.key(), key);
                }
            }
        }
    }

    /** The old label (or key) is the new kind's name (or plural) with a word for a name around it. */
    static boolean namesThing(String label, Entity kind) {
        String l = RefineText.fold(label).strip();
        String thing = null;
        var after = NAME_AFTER.matcher(l);
        var before = NAME_BEFORE.matcher(l);
        var compound = GERMAN_COMPOUND.matcher(l);
        if (after.matches()) {
            thing = after.group(1);
        } else if (before.matches()) {
            thing = before.group(1);
        } else if (compound.matches()) {
            thing = compound.group(1);
        }
        if (thing == null) {
            return false;
        }
        String name = RefineText.fold(kind.name());
        String plural = RefineText.fold(kind.plural());
        return thing.equals(name) || thing.equals(plural) || name.startsWith(thing + " ") || thing.equals(RefineAdditions.singular(plural));
    }
}
