package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * New kinds of record that hang off an existing one: "we also need sessions: each course runs
 * several sessions with a date and a room", "each loan can have several inspections, each with a
 * date and an inspector", "chaque formation a plusieurs sessions avec une date", in the four
 * languages. The new kind gets the listed fields and a link to the kind it belongs to.
 */
final class RefineKinds {
    /** "we also need sessions:", "add inspections:", "il faut des sessions :": a new kind named before a colon. */
    private static final Pattern HEAD = p("^(?:(?:we|i)(?:'ll| will| would)?\\s+(?:also\\s+|now\\s+|now also\\s+|also now\\s+)?"
            + "(?:need|want|like|have|track|keep|record|log|manage|run|hold|book|organi[sz]e)\\s+(?:to\\s+(?:track|record|keep|log|manage)\\s+)?(?:the\\s+)?"
            + "|(?:please\\s+)?(?:also\\s+)?(?:add|create|introduce|set up|track|manage|keep track of|log)\\s+(?:the\\s+|some\\s+)?"
            + "|(?:ajout\\w*|rajout\\w*|cree\\w*|il (?:nous )?faut(?: aussi)?|on a (?:aussi )?besoin (?:des|du|d'|de))\\s*(?:les\\s+|des\\s+|de\\s+)?"
            + "|(?:anad\\w*|agreg\\w*|crea\\w*|(?:tambien\\s+)?necesitamos(?: tambien)?)\\s+(?:los\\s+|las\\s+|unos\\s+|unas\\s+)?"
            + "|(?:bitte\\s+)?(?:noch\\s+)?(?:wir brauchen|ich brauche|wir mochten|fug\\w*|erstelle\\w*)\\s+(?:noch\\s+|auch\\s+)?(?:die\\s+)?)"
            + "(?:(?:a\\s+)?(?:list|table|register)\\s+(?:of|for)\\s+|(?:une\\s+)?(?:liste|table)\\s+(?:des|de|d')\\s*|(?:una\\s+)?(?:lista|tabla)\\s+de\\s+)?"
            + "([\\w'-]+(?:\\s+(?:de|d'|du|des|del)\\s*[\\w'-]+|\\s+[\\w'-]+)?)\\s*(?:too|as well|aussi|tambien|auch)?\\s*(?::|\\s[-–]\\s)\\s*(.+)$");

    private static final String MANY = "(?:several|many|multiple|one or more|a few|a number of|various|lots of|any number of|"
            + "plusieurs|de nombreu(?:x|ses)|un ou plusieurs|une ou plusieurs|varios|varias|muchos|muchas|uno o varios|una o varias|mehrere|viele|einen oder mehrere)";
    /** "each course runs on several dates with a room": the kind that owns them, the many, and their fields. */
    private static final Pattern OWNS = p("^(?:(?:each|every|a|an|one|the|any|chaque|un|une|le|la|les|cada|el|los|las|una?|jede[rsnm]?|ein|eine|der|die|das)\\s+)?"
            + "([\\w'-]+(?:\\s+[\\w'-]+)?)\\s+(?:(?:can|may|will|usually|often|typically|normally|peut|peuvent|puede|pueden|kann|konnen)\\s+)?"
            + "(?:(?:also|aussi|tambien|auch)\\s+)?([\\w'-]+)(?:\\s+(?:on|in|at|over|into|across|sur|en|dans|an|in|auf|uber))?\\s+" + MANY + "\\s+"
            + "([\\w'-]+(?:\\s+[\\w'-]+)?)(?:\\s*\\(([^)]*)\\)|\\s*,?\\s*(?:(?:each|every one|chacune?|cada un[oa]|jeweils)\\s+)?"
            + "(?:with|having|including|that have|which have|avec|con|mit)\\s+(.+))?\\s*$");

    /** "add suppliers with a name and a phone", "we need to track suppliers too", "departments: name and cost centre". */
    private static final Pattern PLURAL_KIND = p("^(?:(?:(?:we|i)(?:'ll| will| would)?\\s+(?:also\\s+|now\\s+)*(?:need|want|have)\\s+to\\s+(?:track|manage|keep|list|record|log)"
            + "|(?:we|i)\\s+(?:also\\s+|now\\s+)*(?:track|manage|keep|list|record|log)"
            + "|(?:please\\s+)?(?:also\\s+)?(?:add|track|manage|list|keep track of))\\s+(?:the\\s+|our\\s+)?)?"
            + "([a-z][\\w-]*[^s\\W](?<!amo|emo|imo)s)\\b\\s*(?:(?:too|as well|also)\\s*)?(?:,?\\s*(?:each\\s+)?(?:with|having|including)\\s+|:\\s*)?(.*)$");
    /** "track repairs for each item with the date and the cost", "for each item we log visits with a date". */
    private static final Pattern PER_OWNER = p("^(?:(?:(?:we|i)\\s+(?:also\\s+)?(?:need|want|have)\\s+to\\s+|(?:please\\s+)?(?:also\\s+)?)"
            + "(?:track|record|log|keep track of|keep|manage|note)\\s+(?:the\\s+)?([\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:for|of|on|per)\\s+(?:each|every|an?|the)\\s+([\\w-]+)"
            + "|for\\s+(?:each|every)\\s+([\\w-]+)\\s*,?\\s+(?:we|i|they)\\s+(?:also\\s+)?(?:log|record|track|keep|have|hold|run|do)\\s+(?:the\\s+)?([\\w-]+(?:\\s+[\\w-]+)?))"
            + "\\s*(?:,\\s*)?(?:with|including|:)\\s+(.+)$");
    static final java.util.Set<String> NOT_KINDS = RefineText.set("notes", "details", "comments", "remarks", "hours", "costs", "days",
            "dates", "times", "changes", "things", "fields", "options", "choices", "values", "columns", "photos", "pictures", "files",
            "attachments", "documents", "receipts", "tags", "skills", "keywords", "minutes", "points", "marks", "grades", "scores");

    private RefineKinds() {
    }

    /** A plural noun that is neither a field nor a kind yet, asked for with its fields or as something to track. */
    static boolean pluralKind(RefineSession s, RefineClause c) {
        Matcher m = c.match(PLURAL_KIND);
        if (!m.find()) {
            return false;
        }
        RefineClause noun = c.group(m, 1);
        RefineClause rest = c.group(m, 2);
        boolean asked = !c.text.startsWith(noun.text);
        boolean listed = rest != null && !rest.isEmpty();
        if (!asked && !c.text.contains(":") || NOT_KINDS.contains(noun.text) || !isNewName(s, noun)
                || RefineTypes.guess(s, s.singular(noun.orig)) != FieldType.TEXT) {
            return false;
        }
        if (listed && (c.text.startsWith(noun.text + " ") && !c.text.contains(":") || rest.text.matches("^(?:too|as well|also|please)$"))) {
            return false;
        }
        if ((!asked || listed) && !fieldLike(s, rest) || noun.text.matches(".*(?:us|ss|is)$")) {
            // "add the status: open, closed" lists choices, not the fields of a new kind
            return false;
        }
        if (asked && !listed && !c.text.matches("^(?:we|i)\\b.*\\b(?:track|manage|keep|list)\\b.*|^(?:please\\s+)?(?:also\\s+)?(?:track|manage|keep track of)\\b.*")) {
            return false;
        }
        String key = s.addEntity(kindName(s, noun));
        if (listed) {
            RefineItems.addAll(s, rest, key, null);
        }
        s.ensureField(key);
        s.lastEntity = key;
        return true;
    }

    /** "name and cost centre": words that name fields, not choices ("Open, Closed"). */
    private static boolean fieldLike(RefineSession s, RefineClause list) {
        for (RefineClause item : RefineItems.split(list)) {
            String t = item.text.replaceAll("^(?:an?|the)\\s+", "");
            FieldType type = RefineTypes.guess(s, item.orig);
            if (t.matches("(?:name|title|code|number|description|address|email|phone|notes?)") || type != FieldType.TEXT && type != FieldType.BOOLEAN) {
                return true;
            }
        }
        return false;
    }

    /** "track repairs for each item with the date and the cost": a kind of its own, linked to the item. */
    static boolean perOwner(RefineSession s, RefineClause c) {
        Matcher m = c.match(PER_OWNER);
        if (!m.find()) {
            return false;
        }
        RefineClause noun = c.group(m, m.group(1) != null ? 1 : 4);
        Entity owner = RefineResolver.entity(s, c.group(m, m.group(1) != null ? 2 : 3));
        if (owner == null || !isNewName(s, noun) || NOT_KINDS.contains(noun.text)) {
            return false;
        }
        String key = s.addEntity(kindName(s, noun));
        RefineItems.addAll(s, c.group(m, 5), key, null);
        s.ensureField(key);
        s.link(key, owner.key());
        s.lastEntity = key;
        return true;
    }

    /** "we also need sessions: each course runs several sessions with a date and a room". */
    static boolean kindWithParts(RefineSession s, RefineClause c) {
        Matcher head = c.match(HEAD);
        if (head.find()) {
            RefineClause nameWords = c.group(head, 1);
            RefineClause rest = c.group(head, 2);
            nameWords = new RefineClause(nameWords.orig.replaceAll("(?i)\\s+(?:separately|too|as well|also)$", ""));
            if (!isNewName(s, nameWords)) {
                return false;
            }
            Matcher owns = rest.match(OWNS);
            if (owns.find()) {
                Entity owner = RefineResolver.entity(s, rest.group(owns, 1));
                if (owner != null) {
                    String key = s.addEntity(kindName(s, nameWords));
                    partsOf(s, rest, owns, key, nameWords);
                    s.link(key, owner.key());
                    return true;
                }
            }
            if (fieldLike(s, rest) && RefineText.fold(nameWords.orig).replaceAll("\\s+(?:de|d'|du|des|del)\\s*[\\w'-]+$", "").matches(".*[a-z](?<![us]s|is)s$") && !c.text.startsWith("add ")) {
                // "track reservations separately: item, who, from and until"
                String key = s.addEntity(kindName(s, nameWords));
                String after = RefineEachLink.eachFirst(s, key, rest);
                if (after != null) {
                    // "…: cada movimiento es de un producto, con la fecha, …": the link, then the fields
                    rest = new RefineClause(after.replaceAll("^(?i)(?:with|avec|con|mit)\\s+", ""));
                }
                RefineItems.addAll(s, rest, key, null);
                s.ensureField(key);
                s.lastEntity = key;
                return true;
            }
            return false;
        }
        Matcher owns = c.match(OWNS);
        if (!owns.find() || owns.group(4) == null && owns.group(5) == null) {
            return false;
        }
        Entity owner = RefineResolver.entity(s, c.group(owns, 1));
        RefineClause manyWords = c.group(owns, 3);
        if (owner == null) {
            return false;
        }
        Entity many = RefineResolver.entity(s, manyWords);
        String key;
        if (many != null) {
            key = many.key();
        } else if (isNewName(s, manyWords)) {
            key = s.addEntity(kindName(s, manyWords));
            partsOf(s, c, owns, key, manyWords);
        } else {
            return false;
        }
        if (key.equals(owner.key())) {
            return false;
        }
        s.link(key, owner.key());
        return true;
    }

    private static boolean isNewName(RefineSession s, RefineClause words) {
        if (words == null || words.isEmpty() || RefineResolver.entity(s, words) != null) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, words);
        return (f == null || f.score() < 0.99) && !RefineText.stems(words.orig).isEmpty()
                && !words.text.matches("(?:changes?|things?|fields?|options?|choices?|values?|columns?)");
    }

    private static String kindName(RefineSession s, RefineClause words) {
        return RefineText.capitalize(s.singular(RefineText.label(words.orig)));
    }

    /** The listed fields; "runs on several dates" also says each one has a date. */
    private static void partsOf(RefineSession s, RefineClause c, Matcher owns, String key, RefineClause kindWords) {
        RefineClause manyWords = c.group(owns, 3);
        if (!RefineMatcher.words(manyWords.orig).equals(RefineMatcher.words(kindWords.orig))) {
            String label = RefineText.capitalize(s.singular(RefineText.label(manyWords.orig)));
            FieldType t = RefineTypes.guess(s, label);
            if (t != FieldType.TEXT && t != FieldType.BOOLEAN) {
                s.addField(key, label, t, java.util.List.of(), null);
            }
        }
        RefineClause list = owns.group(4) != null ? c.group(owns, 4) : owns.group(5) != null ? c.group(owns, 5) : null;
        if (list != null && !list.isEmpty()) {
            RefineItems.addAll(s, list, key, null);
        }
        s.ensureField(key);
        s.lastEntity = key;
    }
}
