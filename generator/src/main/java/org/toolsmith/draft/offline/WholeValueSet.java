package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Field;

/**
 * A choice field and the whole set of its values, in the four languages: "Species: dog, cat, rabbit"
 * (the label said in the plural), "el estado tiene que ser: Nuevo, Bueno o Regular", "the values should
 * be exactly Routine, Urgent and 2WW" (the choice field just spoken of), "Statut : ouvert, en cours, clos",
 * "Status: New -> Triaged -> Closed". The values replace the old ones. Only for a field that offers
 * choices already, and only when every value is short: anything else is left to the other readers.
 */
final class WholeValueSet {
    private static final String QUAL = "(?:exactly|only|just|now|from now on|exactement|seulement|desormais|solo|solamente|exactamente|ahora|nur|genau|jetzt|nun|kunftig)";
    /** Words between the verb and the values that say nothing of them: "are called differently for us", "heißen bei uns laut Standard anders". */
    private static final String FILL = "(?:differently|otherwise|something else|different|here|for us|with us|chez nous|pour nous|ici|autrement|differemment|autre chose|de otra (?:forma|manera)|distinto|de forma distinta|aqui|para nosotros|bei uns|hier|anders|"
            + "(?:according to|selon|segun|laut|gemass)\\s+(?:the\\s+|le\\s+|la\\s+|el\\s+|dem\\s+|der\\s+)?[\\p{L}-]+)";
    /** A word that leads into the values, as a colon does: "namely", "à savoir", "a saber", "nämlich". */
    private static final String LEAD = "(?:namely|that is|i\\.e\\.|a savoir|c'est-a-dire|a saber|es decir|o sea|namlich|und zwar)";
    private static final Pattern SHAPE = Pattern.compile("^(?:(?:the|our|el|la|los|las|le|les|nos|der|die|das|unsere)\\s+)?([\\p{L}' -]{2,40}?)\\s*"
            + "((?:(?:should|must|need to|needs to|has to|have to|tiene que|tienen que|debe|deben|deberia|deberian|doit|doivent|devrait|devraient|soll|sollen|sollte|sollten|muss|mussen)"
            + "\\s+(?:be|read|say|ser|etre|sein|lauten|heissen|be called|s'appeler|llamarse)\\b|will be|are now|are called|are named|are labell?ed|s'appellent|se nomment|se llaman|se denominan|nennen sich|sont|seront|son|seran|sind|lauten|heissen)"
            + "(?:,?\\s+" + FILL + ")*(?:\\s+" + QUAL + ")*\\s*(?:,?\\s*" + LEAD + "\\b)?\\s*:?|(?:" + QUAL + "\\s+)*:)"
            + "\\s*(.+)$");
    private static final Pattern LED = Pattern.compile(LEAD + "\\s*:?$");
    /** A word for the kind of value after or before the field's name: "priority levels", "niveaux de priorité", "Verletzungsgrade". */
    private static final Pattern GRADES = Pattern.compile("^(?:(?:niveaux|types|valeurs|categories|niveles|tipos|valores|grados|categorias)\\s+(?:de|d')\\s*)?(.+?)"
            + "(?:\\s+(?:levels?|grades?|types?|kinds?|values|options|categories)|(?<=\\p{L}{3})(?:s?(?:grade|stufen|arten|typen|werte|optionen|kategorien)))?$");
    /** A value that names the kind of box ("a drop-down with A, B", "a multi-select: A, B") is a type change, for the type readers. */
    private static final Pattern BOX = Pattern.compile("(?iu)\\b(?:drop-?down|list|multi-?select\\w*|choice|choix|liste|desplegable|lista|auswahl\\w*|dropdown|liste d[ée]roulante)\\b");
    private static final java.util.Set<String> VALUE_WORDS = RefineText.set("values", "options", "choices", "the values", "the options", "the choices",
            "valeurs", "options", "choix", "valores", "opciones", "werte", "optionen", "auswahl");

    /** A verb of adding or removing in front of the values, after a polite word ("kindly add", "merci d'ajouter", "porfa añadir"). */
    private static final Pattern ADDING = Pattern.compile("^(?:(?:please|pls|kindly|also|svp|stp|merci|por favor|porfa|bitte|noch|auch)\\s+|merci d'|merci de\\s+)*"
            + "(?:add|include|put in|remove|delete|drop|ajoute[rz]?|rajoute[rz]?|supprime[rz]?|enleve[rz]?|retire[rz]?|anad[eir]+|agreg[ae]r?|incluye|incluir|quita[rd]?|elimina[rd]?|fug\\w*|erganz\\w*)\\b");

    private WholeValueSet() {
    }

    static boolean read(RefineSession s, RefineClause c) {
        c = new RefineClause(c.orig.replaceAll("\\s*(?:->|→)\\s*", ", "));
        Matcher m = SHAPE.matcher(c.text);
        if (!m.matches()) {
            return false;
        }
        boolean colon = m.group(2).endsWith(":") || LED.matcher(m.group(2)).find();
        String name = m.group(1).strip();
        RefineMatcher.FieldRef f = VALUE_WORDS.contains(name) ? s.last() : field(s, c.sub(m.start(1), m.end(1)));
        if (f == null || !f.field().type().hasOptions()) {
            return false;
        }
        String said = c.from(m.start(3)).orig;
        if (colon && ADDING.matcher(c.from(m.start(3)).text).find()) {
            // "membership type: add Student and Patron": values to add, not the whole set (for the readers of additions)
            return false;
        }
        if (colon && ItemEdits.read(s, f, said)) {
            // "Sizes: we've dropped Small and added XL": edits item by item, not the new set of values
            return true;
        }
        List<String> values = RefineText.values(said);
        int least = colon ? 2 : 3;
        if (values.size() < least || values.stream().anyMatch(v -> v.split("\\s+").length > 4 || v.length() > 40 || v.contains(":") || BOX.matcher(v).find())) {
            return false;
        }
        for (String v : values) {
            if (RefineResolver.entity(s, new RefineClause(v)) != null || isLabel(s, v)) {
                return false;
            }
        }
        Field field = f.field();
        s.setOptions(f.entity().key(), field.key(), values);
        return true;
    }

    private static RefineMatcher.FieldRef field(RefineSession s, RefineClause name) {
        RefineMatcher.FieldRef f = RefineResolver.field(s, name);
        if (f != null && f.score() >= 0.9) {
            return f;
        }
        String one = s.singular(name.orig);
        if (!one.equalsIgnoreCase(name.orig)) {
            f = RefineResolver.field(s, new RefineClause(one));
            if (f != null && f.score() >= 0.9) {
                return f;
            }
        }
        Matcher g = GRADES.matcher(name.text);
        if (g.matches() && g.group(1).length() < name.text.length()) {
            // "the priority levels", "les niveaux de priorité", "die Verletzungsgrade": the field itself
            return field(s, name.sub(g.start(1), g.end(1)));
        }
        return null;
    }

    private static boolean isLabel(RefineSession s, String value) {
        String v = RefineText.fold(value);
        return s.spec.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(x -> RefineText.fold(x.label()).equals(v));
    }
}
