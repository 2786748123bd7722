package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A field that becomes a list of its own, with the fields of that list: "cleaners should be picked
 * from a list of cleaners (name, phone, agency)", "el proyecto debería ser una lista: crea proyectos
 * con código y nombre", "l'emprunteur doit devenir une liste à part : des institutions avec nom et
 * ville", "die Stellen sollen eine eigene Liste sein mit Titel und Abteilung". The new kind is made
 * and the field becomes a link to it (same key), so what each record pointed at stays in one place.
 */
final class RefineListOf {
    private static final String ART = "(?:the\\s+|our\\s+|le\\s+|la\\s+|les\\s+|l'|el\\s+|los\\s+|las\\s+|der\\s+|die\\s+|das\\s+|den\\s+)?";
    private static final String LIST = "(?:list|table|register|directory|liste|table|lista|tabla|tabelle|verzeichnis)";
    /** "X should be picked from a list of Ys (…)", "X should come from a list of Ys with …". */
    private static final Pattern PICKED_FROM = p("^" + ART + "(.+?)\\s+(?:should|must|could|can|will|has to|have to|needs? to)\\s+(?:be\\s+)?(?:picked|chosen|selected|taken|come|coming)\\s+from\\s+"
            + "(?:a|an|the|our)\\s+(?:(?:proper|separate|own|new|real)\\s+)?" + LIST + "\\s+of\\s+([\\w' -]+?)\\s*(?:\\((.+)\\)|(?:with|:)\\s+(.+?))?(?:\\s+instead\\b.*|\\s+rather than\\b.*)?$");
    /** "X should be (its own / a separate) list: …", in four languages. */
    private static final Pattern BECOMES_LIST = p("^" + ART + "(.+?)\\s+(?:should|must|has to|needs to|debe|deberia|deben|deberian|tiene que|doit|doivent|devrait|devraient|soll|sollte|sollen|sollten|muss|mussen)\\s+"
            + "(?:be|become|ser|convertirse en|etre|devenir|sein|werden)?\\s*(?:its own|their own|a|an|una?|une?|eine?)?\\s*(?:(?:proper|separate|own|real|propre|vraie|propia|eigene|separate|richtige)\\s+)?"
            + LIST + "(?:\\s+(?:of (?:its|their) own|a part|aparte|propia|de verdad|separada))?(?:\\s+(?:sein|werden))?\\s*(?::\\s*|,\\s*|\\s+(?=with\\b|avec\\b|con\\b|mit\\b))(.+)$");
    /** After the colon: "create projects with code and name", "des institutions avec nom…", "mit Titel und Abteilung". */
    private static final Pattern MADE_OF = p("^(?:(?:create|add|make|with|crea|anade|cree|ajoute|lege|mit)\\s+)?(?:(?:des|les|los|las|unos|unas|die|some)\\s+)?"
            + "(?:([\\w'-]+)\\s+)?(?:with|having|avec|con|mit)\\s+(.+)$");

    /** "Lagerort sollte eine eigene Liste sein (Raum, Gebäude, …)": the fields in brackets after a list of its own. */
    private static final Pattern LIST_BRACKET = java.util.regex.Pattern.compile("(?iu)\\b((?:its own|their own|eigene|propia|propre|separada)\\s+(?:list|liste|lista|table|tabla|tabelle)"
            + "(?:\\s+(?:of (?:its|their) own|a part|aparte|sein|werden|ser|être))?)\\s*\\((?=[^)]*,)([^)]+)\\)");

    /** The message with "a list of its own (a, b, c)" said as "a list of its own with a, b, c", which {@link #read} knows. */
    static String brackets(String message) {
        return LIST_BRACKET.matcher(message).replaceAll("$1 with $2");
    }

    private static final Pattern OLD_ONE = Pattern.compile("\\b(?:old|previous|ancien\\w*|antigu\\w*|alte[nsr]?|bisherige\\w*)\\b");

    private RefineListOf() {
    }

    static boolean read(RefineSession s, RefineClause c) {
        Matcher m = c.match(PICKED_FROM);
        if (m.find()) {
            RefineClause parts = c.group(m, 3) != null ? c.group(m, 3) : c.group(m, 4);
            return make(s, c.group(m, 1), c.group(m, 2), parts);
        }
        m = c.match(BECOMES_LIST);
        if (m.find()) {
            RefineClause rest = c.group(m, 2);
            Matcher made = rest.match(MADE_OF);
            if (made.find()) {
                return make(s, c.group(m, 1), made.group(1) == null ? null : rest.group(made, 1), rest.group(made, 2));
            }
        }
        return false;
    }

    private static boolean make(RefineSession s, RefineClause fieldWords, RefineClause kindWords, RefineClause parts) {
        RefineMatcher.FieldRef f = RefineResolver.field(s, fieldWords);
        if (f == null) {
            f = RefineResolver.field(s, new RefineClause(s.singular(fieldWords.orig)));
        }
        if (f == null || f.score() < 0.99 || !java.util.EnumSet.of(FieldType.TEXT, FieldType.PERSON, FieldType.CHOICE).contains(f.field().type())
                || parts == null || parts.isEmpty() || RefineText.values(parts.orig).size() < 2 && !parts.text.contains(" ")) {
            return false;
        }
        String name = kindWords != null && !kindWords.isEmpty() && RefineMatcher.words(kindWords.orig).size() > 0
                ? RefineText.label(s.singular(RefineText.label(kindWords.orig))) : RefineText.capitalize(s.singular(f.field().label()));
        if (RefineResolver.entity(s, new RefineClause(name)) != null) {
            return false;
        }
        String key = s.addEntity(name);
        RefineItems.addAll(s, new RefineClause(parts.orig.replaceAll("[()]", " ").strip()), key, null);
        s.ensureField(key);
        if (s.message != null && OLD_ONE.matcher(RefineText.fold(s.message)).find()) {
            // "… und jeder Gefahrstoff bekommt einen Lagerort daraus. Das alte Textfeld dann löschen": a new link, the old field goes
            s.addField(f.entity().key(), RefineText.capitalize(name), FieldType.REFERENCE, List.of(), key);
            s.removeField(f.entity().key(), f.field().key());
            s.made = key;
            return true;
        }
        s.setType(f.entity().key(), f.field().key(), FieldType.REFERENCE, List.of(), key);
        s.made = key;
        s.mention(f.entity().key(), f.field().key());
        return true;
    }
}
