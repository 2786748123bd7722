package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A new "choice" whose values are really the fields of a new record kind: "can we have the order lines too?
 * product, qty and unit price, several per order", "queremos una ficha de socios: nombre, número de socio,
 * teléfono y email", "une liste de traducteurs avec nom, téléphone et email", "pro Auftrag mehrere Positionen:
 * Artikel, Menge, Preis". The values name what each record holds (a name, a phone, a quantity, a price), and the
 * label names a list (list / fiche / ficha / Liste … of Xs) or a plural with "several per / each" — so the
 * message asks for a kind of its own, linked to the kind the field was meant for. A real list of values
 * ("preferred contact: email, phone or post" — one singular field, no list word, no "several per") is left a choice.
 */
final class OptionsAreFields {
    private static final String LIST = "(?:list|table|register|directory|file|liste|fichier|fiche|registre|lista|ficha|fichero|registro|tabla|tabelle|verzeichnis|kartei)";
    /** "una lista de donantes con nombre": the kind and the first field, when the values were cut after "with". */
    private static final Pattern LIST_WITH = Pattern.compile("(?iu)^(?:(?:a|an|une?|una?|eine?|the|la|le|el|die)\\s+)?" + LIST
            + "\\s+(?:of|de|des|d'|du|der|von|mit den|with the)\\s*(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*)?)\\s+(?:with|avec|con|mit)\\s+(.+)$");
    /** "Ficha de socios", "List of donors", "Liste der Lieferanten": the label is a list of something. */
    private static final Pattern LIST_LABEL = Pattern.compile("(?iu)^(?:(?:a|an|une?|una?|eine?|the|la|le|el|die)\\s+)?" + LIST
            + "\\s+(?:of|de|des|d'|du|der|von)\\s*(\\p{L}[\\p{L}'-]*(?:\\s+\\p{L}[\\p{L}'-]*)?)$");
    /** "several per order", "plusieurs par commande", "varias por pedido", "mehrere pro Auftrag", "one order has many". */
    private static final Pattern SEVERAL = Pattern.compile("(?iu)\\b(?:several|many|multiple|plusieurs|varios|varias|muchos|muchas|mehrere|viele)\\b.{0,20}\\b(?:per|each|par|chaque|por|cada|pro|je|jede[rsmn]?)\\b"
            + "|\\b(?:per|par|por|pro)\\s+\\p{L}+.{0,20}\\b(?:several|many|multiple|plusieurs|varios|varias|mehrere)\\b");
    /** A value that only says how many there are ("several per order") is no field. */
    private static final Pattern CUE_VALUE = Pattern.compile("(?iu)^(?:several|many|multiple|plusieurs|varios|varias|mehrere|one or more|une? ou plusieurs|uno o varios|einer? oder mehrere)\\b.*");
    /** Labels that gather fields ("contact details: phone, email, address"): those are fields of the kind itself. */
    private static final Set<String> GATHERING = Set.of("details", "detail", "info", "infos", "information", "informations", "data", "coordonnees",
            "donnees", "datos", "detalles", "informacion", "angaben", "daten", "kontaktdaten", "contact", "contacts", "fields", "champs", "campos", "felder");
    /** Values that name what a record holds although typing finds nothing special: a name, a title, a description. */
    private static final Pattern NAMING = Pattern.compile("(?iu)^(?:(?:full\\s+)?name|nom|nombre|name|title|titre|titulo|titel|description|descripcion|beschreibung|notes?|remarques|notas|notizen|address|adresse|direccion|anschrift|product|produit|producto|artikel|sku|code|codigo|reference|referencia)$");

    private OptionsAreFields() {
    }

    /** Turns each choice this message added whose values are the fields of a kind into that kind. */
    static void settle(RefineSession s) {
        if (s.message == null) {
            return;
        }
        for (Entity e : List.copyOf(s.spec.entities())) {
            for (Field f : List.copyOf(e.fields())) {
                if (!s.originalFields.contains(e.key() + "." + f.key()) && s.originalEntities.contains(e.key()) && f.type().hasOptions()
                        && kind(s, e.key(), f) != null) {
                    Field now = s.field(e.key(), f.key());
                    if (now == null || now.type() == FieldType.REFERENCE) {
                        continue; // "Socios" typed in became the link itself
                    }
                    s.spec = s.spec.mapEntity(e.key(), x -> x.withoutField(f.key()));
                    s.changes.removeIf(c -> c.startsWith("Added " + f.label() + " (") || c.startsWith(f.label() + " now offers") || c.startsWith(f.label() + " is now"));
                }
            }
        }
    }

    /**
     * Makes the kind when the values of a new choice called {@code label} are the fields of a kind; returns the key of
     * the link field it left in {@code entityKey} (or of the kind), null when {@code field} is an ordinary choice.
     */
    private static String kind(RefineSession s, String entityKey, Field field) {
        return kind(s, entityKey, field.label(), field.type(), field.options());
    }

    /** The same for a choice about to be added, whose values are already known: the kind instead of the field. */
    static String kind(RefineSession s, String entityKey, String label, FieldType type, List<String> options) {
        if (!type.hasOptions() || options == null || options.size() < 2 || s.message == null) {
            return null;
        }
        List<String> values = new ArrayList<>(options);
        String kindWords = null;
        boolean lookup = false;
        Matcher with = LIST_WITH.matcher(values.get(0).strip());
        Matcher listed = LIST_LABEL.matcher(label.strip());
        if (with.matches()) {
            kindWords = with.group(1);
            values.set(0, with.group(2));
            lookup = true;
        } else if (listed.matches()) {
            kindWords = listed.group(1);
            lookup = true;
        } else {
            String[] words = label.strip().split("\\s+");
            if (SEVERAL.matcher(s.message).find() && s.pluralWord(words[words.length - 1])) {
                kindWords = label.strip();
            }
        }
        if (kindWords == null) {
            return null;
        }
        for (String w : RefineText.fold(kindWords).split("\\s+")) {
            if (GATHERING.contains(w)) {
                return null;
            }
        }
        values.removeIf(v -> CUE_VALUE.matcher(v.strip()).matches());
        int like = 0;
        for (String v : values) {
            if (fieldLike(s, v)) {
                like++;
            }
        }
        if (values.size() < 2 || like < 2 || like * 2 < values.size()) {
            return null;
        }
        String name = RefineText.capitalize(s.singular(kindWords.strip()));
        String folded = RefineText.fold(name);
        for (Entity e : s.spec.entities()) {
            if (RefineText.fold(e.name()).equals(folded) || RefineText.fold(e.plural()).equals(RefineText.fold(kindWords))) {
                return null;
            }
        }
        String key = s.addEntity(name);
        RefineItems.addAll(s, new RefineClause(String.join(", ", values)), key, null);
        s.ensureField(key);
        if (lookup) {
            s.link(entityKey, key);
        } else {
            s.link(key, entityKey);
        }
        return s.spec.entity(entityKey).flatMap(e -> e.fields().stream()
                .filter(f -> f.type() == FieldType.REFERENCE && key.equals(f.target())).findFirst()).map(f -> f.key()).orElse(key);
    }

    private static boolean fieldLike(RefineSession s, String value) {
        String v = value.strip();
        if (NAMING.matcher(RefineText.fold(v)).matches()) {
            return true;
        }
        FieldType t = RefineTypes.guess(s, v);
        return t != null && t != FieldType.TEXT && t != FieldType.CHOICE && t != FieldType.MULTI_CHOICE;
    }
}
