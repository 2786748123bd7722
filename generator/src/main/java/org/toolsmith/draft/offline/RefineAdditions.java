package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/** Edits that add: links between kinds, new kinds, new fields. */
final class RefineAdditions {
    private static final List<Pattern> LINK = List.of(
            p("^(?:(?:each|every|all|the|an?)\\s+)?(.+?)\\s+(?:(?:should|must|needs? to|has to|have to|will|can|could|shall)\\s+)?(?:also\\s+)?(?:be\\s+)?(?:linked|connected|tied|related|associated|attached|assigned|mapped|belongs?|belonging|links?|points?|refers?)\\s+(?:to|with)\\s+(?:an?\\s+|the\\s+|one\\s+|its\\s+|their\\s+|some\\s+)?(.+?)$"),
            p("^(?:please\\s+)?link\\s+(?:each\\s+|every\\s+|the\\s+)?(.+?)\\s+(?:to|with)\\s+(?:an?\\s+|the\\s+|its\\s+)?(.+)$"),
            p("^(?:(?:have|let|make)\\s+)?(?:each|every)\\s+(.+?)\\s+(?:pick|picks|choose|chooses|select|selects|reference|references|point to|points to|link to|links to|refer to|refers to)\\s+(?:an?\\s+|one\\s+|its\\s+|the\\s+)?(.+?)(?:\\s+from\\s+.*)?$"),
            p("^(?:chaque|les|la|le|l')\\s*(.+?)\\s+(?:doit etre\\s+|doivent etre\\s+|est\\s+|sont\\s+)?(?:lie|liee|lies|liees|rattache|rattachee|rattaches|rattachees|associe|associee|appartient|appartiennent)\\s+(?:a|au|aux)\\s+(?:un\\s+|une\\s+|la\\s+|le\\s+|l')?(.+)$"),
            p("^reli\\w*\\s+(?:les?\\s+|la\\s+|chaque\\s+)?(.+?)\\s+(?:a|aux|au|avec)\\s+(?:un\\s+|une\\s+|la\\s+|le\\s+|les\\s+)?(.+)$"),
            p("^(?:cada|los|las|el|la)\\s+(.+?)\\s+(?:debe estar\\s+|deben estar\\s+|esta\\s+|estan\\s+)?(?:vinculad[oa]s?|asociad[oa]s?|ligad[oa]s?|pertenece|pertenecen)\\s+(?:a|con)\\s+(?:un\\s+|una\\s+|el\\s+|la\\s+)?(.+)$"),
            p("^vincul\\w*\\s+(?:los?\\s+|las?\\s+|cada\\s+)?(.+?)\\s+(?:a|con)\\s+(?:un\\s+|una\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(.+)$"),
            p("^(?:jede[rsn]?|die|der|das)\\s+(.+?)\\s+(?:gehort|gehoren|gehoert)\\s+zu\\s+(?:einem\\s+|einer\\s+|dem\\s+|der\\s+|den\\s+)?(.+)$"),
            p("^verknupf\\w*\\s+(?:die\\s+|den\\s+|das\\s+|jede[rsn]?\\s+)?(.+?)\\s+mit\\s+(?:einem\\s+|einer\\s+|dem\\s+|der\\s+|den\\s+)?(.+)$"));
    private static final List<Pattern> NEW_KIND = List.of(
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:also\\s+)?(?:add|create|have|keep|(?:i|we)\\s+(?:also\\s+)?(?:need|want))\\s+(?:an?\\s+|the\\s+)?(?:list|table|register)\\s+of\\s+([\\w' -]+?)(?=\\s*[(:]|\\s+with\\b|$)\\s*(.*)$"),
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:please\\s+)?(?:also\\s+)?(?:add|create|have|get|need|want|make|set up|start|keep|(?:i|we)\\s+(?:also\\s+)?(?:need|want|would like))\\s+(?:an?\\s+|the\\s+|another\\s+|one\\s+)?(?:proper\\s+|separate\\s+|new\\s+|dedicated\\s+|own\\s+|simple\\s+|real\\s+)?(?!list\\b|table\\b|an?\\s|the\\s)([\\w' -]+?)\\s+(?:list|table|register|directory|catalog|catalogue|database|record type|record kind|kind of record|kind|entity)\\b\\s*(.*)$"),
            p("^(?:i|we)\\s+(?:also\\s+)?(?:need|want|would like|have)\\s+(?:to\\s+(?:track|record|keep|log|manage)\\s+)?(?:the\\s+)?([\\w-]+s(?:\\s+[\\w-]+s)?)\\s*(?:too|as well|also)?\\s*(:.*)$"),
            p("^(?:ajout\\w*|cree\\w*|il (?:nous )?faut|on a besoin d')\\s*(?:une\\s+|un\\s+)?(?:liste|table|tableau|registre)\\s+(?:des\\s+|de\\s+|d')\\s*([\\w' -]+?)(?=\\s*[(:]|\\s+avec\\b|$)\\s*(.*)$"),
            p("^(?:anad\\w*|agreg\\w*|crea\\w*|necesitamos)\\s+(?:una\\s+)?(?:lista|tabla|registro)\\s+(?:de\\s+)?([\\w' -]+?)(?=\\s*[(:]|\\s+con\\b|$)\\s*(.*)$"),
            p("^(?:bitte\\s+)?(?:noch\\s+)?(?:eine|neue)\\s+(?:liste|tabelle)\\s+(?:der|fur|mit|von)?\\s*([\\w' -]+?)(?=\\s*[(:]|\\s+mit\\b|$)\\s*(.*)$"));
    private static final List<Pattern> ADD = List.of(
            p("^(?:for|on|in)\\s+(?:the\\s+|each\\s+|every\\s+|all\\s+)?([\\w' -]+?),?\\s+(?:we|i)\\s+(?:also\\s+)?(?:need|want|would like|track|record|have to record|must record|should record|keep)\\s+(?:to\\s+(?:know|record|track)\\s+)?(.+)$"),
            p("^(?:let|allow|lets)\\s+(?:us|me|them|people|the\\s+\\w+|\\w+)\\s+(?:to\\s+)?(attach|upload|add|record|enter|note|pick|choose|select|photograph)\\s+(.+)$"),
            p("^(?:can|could|may)\\s+(?:we|you|i)\\s+(?:also\\s+)?(?:please\\s+)?(have|get|see|keep|record|track|add|store|capture|include|attach|upload)\\s+(.+)$"),
            p("^(attach|upload)\\s+(.+)$"),
            p("^(?:(?:can|could)\\s+(?:we|you|i)\\s+)?(?:please\\s+)?(?:also\\s+)?(add|include|track|record|capture|store|log|keep track of|keep|show|display|put|insert|collect|note down|note|ask for|save|need|attach|upload)\\s+(?:also\\s+)?(.+)$"),
            p("^(?:the\\s+|each\\s+|every\\s+|all\\s+|our\\s+|chaque\\s+|les?\\s+|la\\s+|cada\\s+|los\\s+|las\\s+|el\\s+|jede[rsn]?\\s+|die\\s+|der\\s+|das\\s+)?([\\w' -]+?)\\s+(?:also\\s+)?(?:need|needs|should have|must have|should also have|also need|also needs|require|requires|should record|should show|should track|have|has|also have|also has|doit avoir|doivent avoir|a besoin d'|ont besoin d'|necesita|necesitan|debe tener|deben tener|braucht|brauchen|benotigt|benotigen)\\b\\s*(?:also\\s+|noch\\s+|auch\\s+)?(.+)$"),
            p("^(?:we|i)(?:'d|'ll| would| will)?\\s+(?:also\\s+|now\\s+|really\\s+|still\\s+)*(?:need|want|like|would like|have|should|must)\\s+(?:also\\s+)?(?:to\\s+)?(?:also\\s+)?(know|see|track|record|capture|store|log|add|keep|note|have|ask|collect|photograph|attach|upload|be able to record|be able to see|be able to track|be able to attach|be able to upload)?\\s*(?:also\\s+)?(?:of\\s+|about\\s+|for\\s+)?(.+)$"),
            p("^there (?:should|must|needs to) (be)\\s+(.+)$"),
            p("^(?:ajout\\w*|rajout\\w*|il (?:nous )?faut(?: aussi| egalement)?|on (?:a|aurait) besoin d[eu']?|j'ai besoin d[eu']?|nous avons besoin d[eu']?|enregistr\\w*|note[rz]?)()\\s*(.+)$"),
            p("^(?:anad\\w*|agreg\\w*|incluy\\w*|necesitamos(?: saber)?|queremos(?: saber)?|hace falta|registr\\w*|guard\\w*)()\\s+(.+)$"),
            p("^(?:bitte\\s+)?noch()\\s+(.+)$"),
            p("^fug\\w*\\s+()(.+?)\\s+hinzu$"),
            p("^fug\\w*\\s+hinzu\\s*,?()\\s*(.+)$"),
            p("^(?:wir brauchen|ich brauche|wir mochten|erfasse|erfassen|wir mussen)()\\s+(?:noch\\s+|auch\\s+)?(.+)$"));

    private static final Pattern PERSON_WORDS = Pattern.compile(
            "^(?:(?:a|an|the|one|some)\\s+)?(?:employee|staff member|member of staff|colleague|user|person|team member|manager|owner|"
                    + "collaborateur|employe|salarie|empleado|companero|mitarbeiter|kollege|kollegin)s?$");

    private RefineAdditions() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    static boolean link(RefineSession s, RefineClause c) {
        for (Pattern p : LINK) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause fromWords = c.group(m, 1);
            RefineClause toWords = new RefineClause(c.group(m, 2).orig
                    .replaceAll("(?i)\\s+(?:as well|too|also|record|entry|from (?:it|the list|that list|them)|aussi|tambien|auch)$", ""));
            Entity from = RefineResolver.isPronoun(fromWords) ? s.entity(RefineResolver.targetEntity(s, null)) : RefineResolver.entity(s, fromWords);
            if (from == null) {
                continue;
            }
            Matcher paren = Pattern.compile("^(.+?)\\s*(?:\\((.+)\\)|\\s+with\\s+(.+))$").matcher(toWords.text);
            RefineClause description = null;
            if (paren.find()) {
                description = toWords.group(paren, paren.group(2) != null ? 2 : 3);
                toWords = toWords.group(paren, 1);
            }
            Entity to = RefineResolver.entity(s, toWords);
            if (to == null && description == null && PERSON_WORDS.matcher(toWords.text).matches()) {
                // "linked to an employee": a colleague from the directory, not a new list
                s.addField(from.key(), RefineText.label(toWords.orig), org.toolsmith.spec.FieldType.PERSON, List.of(), null);
                return true;
            }
            if (to == null) {
                RefineMatcher.FieldRef named = RefineResolver.field(s, toWords);
                if (named != null && named.score() >= 1.0 && description == null || toWords.text.split("\\s+").length > 3) {
                    continue;
                }
                String key = s.addEntity(RefineText.capitalize(singular(RefineText.label(toWords.orig))));
                if (description != null) {
                    RefineItems.addAll(s, description, key, null);
                }
                s.ensureField(key);
                to = s.entity(key);
            }
            if (to.key().equals(from.key())) {
                continue;
            }
            if (s.insteadOf != null) {
                Entity old = RefineResolver.entity(s, new RefineClause(s.insteadOf));
                if (old != null) {
                    for (var f : from.fields()) {
                        if (f.type() == org.toolsmith.spec.FieldType.REFERENCE && old.key().equals(f.target())) {
                            s.removeField(from.key(), f.key());
                        }
                    }
                }
            }
            s.link(from.key(), to.key());
            return true;
        }
        return false;
    }

    private static final Pattern OWN_TABLE = p("^(?:make\\s+)?(?:the\\s+)?(.+?)\\s+(?:should be|must be|needs to be|could be|becomes?|into|as)?\\s*(?:a|an|its own|their own|a proper)\\s+(?:separate\\s+|proper\\s+|own\\s+)?(?:table|list|kind of record|record type|register)\\b\\s*(.*)$");
    private static final Pattern DONE_BY = p("^(?:each|every|the|an?)?\\s*(.+?)\\s+(?:should|must|has to|needs to|is|are|will|can)\\s+(?:always\\s+)?(?:be\\s+)?(done|handled|run|led|made|approved|signed|checked|owned|managed|assigned|carried out|taken|reviewed|\\w+ed)\\s+by\\s+(?:an?\\s+|the\\s+|one\\s+|our\\s+)?(.+)$");

    /** "vendor should be a separate table with name and email": a field becomes a kind of its own, linked. */
    static boolean ownTable(RefineSession s, RefineClause c) {
        Matcher m = c.match(OWN_TABLE);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.99 || f.field().type() == org.toolsmith.spec.FieldType.REFERENCE) {
            return false;
        }
        String key = s.addEntity(RefineText.capitalize(singular(f.field().label())));
        RefineClause rest = c.group(m, 2);
        if (rest != null && !rest.isEmpty()) {
            String desc = rest.orig.strip().replaceAll("^(?i)(?:with|avec|con|mit)\\s+|^[(:]\\s*|\\)\\s*$", "");
            if (!desc.isBlank()) {
                RefineItems.addAll(s, new RefineClause(desc), key, null);
            }
        }
        s.ensureField(key);
        s.setType(f.entity().key(), f.field().key(), org.toolsmith.spec.FieldType.REFERENCE, List.of(), key);
        return true;
    }

    private static final Pattern PICK_FROM = p("^(?:the\\s+)?(.+?)\\s+(?:should|must|needs? to|has to|could|can|will)\\s+(?:only\\s+|rather\\s+|instead\\s+)?be\\s+(?:picked|chosen|selected|taken|looked up)\\s+(?:from|in|out of)\\s+(?:a|an|the|our)\\s+(?:(?:list|table|register|directory)\\s+of\\s+([\\w' -]+?)|([\\w' -]+?)\\s+(?:list|table|register|directory))\\s*,?\\s*(?:(?:with|including|holding)\\s+(.+))?$");

    /** "the supplier should be chosen from a supplier list with name and email": a field becomes a link to a new kind. */
    static boolean pickFrom(RefineSession s, RefineClause c) {
        Matcher m = c.match(PICK_FROM);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        RefineClause kindWords = c.group(m, m.group(2) != null ? 2 : 3);
        if (f == null || kindWords == null) {
            return false;
        }
        if (PERSON_WORDS.matcher(kindWords.text).matches() || kindWords.text.matches("(?:staff|employees|colleagues|people|users|team members)")) {
            s.setType(f.entity().key(), f.field().key(), org.toolsmith.spec.FieldType.PERSON, List.of(), null);
            return true;
        }
        Entity existing = RefineResolver.entity(s, kindWords);
        String key = existing != null ? existing.key() : s.addEntity(RefineText.capitalize(singular(RefineText.label(kindWords.orig))));
        RefineClause rest = c.group(m, 4);
        if (existing == null && rest != null && !rest.isEmpty()) {
            RefineItems.addAll(s, rest, key, null);
        }
        s.ensureField(key);
        s.setType(f.entity().key(), f.field().key(), org.toolsmith.spec.FieldType.REFERENCE, List.of(), key);
        return true;
    }

    /** "each visit should be done by a sales rep": who does it, a person (or a link when a kind is named). */
    static boolean doneBy(RefineSession s, RefineClause c) {
        Matcher m = c.match(DONE_BY);
        if (!m.find()) {
            return false;
        }
        Entity from = RefineResolver.entity(s, c.group(m, 1));
        if (from == null || RefineResolver.field(s, c.group(m, 3)) != null) {
            return false;
        }
        Entity to = RefineResolver.entity(s, c.group(m, 3));
        if (to != null && !to.key().equals(from.key())) {
            s.link(from.key(), to.key());
            return true;
        }
        String who = RefineText.label(c.group(m, 3).orig);
        if (who.isEmpty() || who.split("\\s+").length > 3) {
            return false;
        }
        s.addField(from.key(), who, org.toolsmith.spec.FieldType.PERSON, List.of(), null);
        return true;
    }

    private static final Pattern HAS_MANY = p("^(?:an?\\s+|each\\s+|every\\s+|one\\s+|the\\s+)?(.+?)\\s+(?:has|have|can have|may have|holds?|contains?|includes?|gets?|can do|does|can get|can take)\\s+(?:many|several|multiple|lots of|a number of|one or more|any number of)\\s+(.+?)(?:\\s+\\(.*\\))?$");

    /** "a course has many sessions": each session links to its course. */
    static boolean hasMany(RefineSession s, RefineClause c) {
        Matcher m = c.match(HAS_MANY);
        if (!m.find()) {
            return false;
        }
        Entity one = RefineResolver.entity(s, c.group(m, 1));
        if (one == null) {
            return false;
        }
        RefineClause manyWords = c.group(m, 2);
        Entity many = RefineResolver.entity(s, manyWords);
        if (many == null) {
            if (manyWords.text.split("\\s+").length > 3 || RefineResolver.field(s, manyWords) != null) {
                return false;
            }
            String key = s.addEntity(RefineText.capitalize(singular(RefineText.label(manyWords.orig))));
            s.ensureField(key);
            many = s.entity(key);
        }
        if (many.key().equals(one.key())) {
            return false;
        }
        s.link(many.key(), one.key());
        return true;
    }

    static boolean newKind(RefineSession s, RefineClause c) {
        for (Pattern p : NEW_KIND) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause nameWords = c.group(m, 1);
            if (RefineResolver.entity(s, nameWords) != null || nameWords.text.split("\\s+").length > 3) {
                continue;
            }
            if (RefineResolver.field(s, nameWords) != null && !RefineMatcher.namesKind(c.text)) {
                continue;
            }
            String name = RefineText.capitalize(singular(RefineText.label(nameWords.orig)));
            String key = s.addEntity(name);
            RefineClause rest = c.group(m, 2);
            if (rest != null && !rest.isEmpty()) {
                String desc = rest.orig.strip().replaceAll("^(?i)(?:with|avec|con|mit)\\s+|^[(:]\\s*|\\)\\s*$", "");
                if (!desc.isBlank()) {
                    RefineItems.addAll(s, new RefineClause(desc), key, null);
                }
            }
            s.ensureField(key);
            s.lastEntity = key;
            return true;
        }
        return false;
    }

    static boolean fields(RefineSession s, RefineClause c) {
        for (Pattern p : ADD) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            String entityKey = null;
            String verb = null;
            RefineClause what;
            if (p == ADD.get(0) || p == ADD.get(5)) {
                Entity e = RefineResolver.entity(s, c.group(m, 1));
                if (e == null) {
                    continue;
                }
                entityKey = e.key();
                what = c.group(m, 2);
            } else {
                verb = m.group(1);
                what = c.group(m, 2);
            }
            if (what == null || what.isEmpty()) {
                continue;
            }
            if (entityKey == null && optionsOfLast(s, what)) {
                return true;
            }
            if (RefineItems.addAll(s, what, entityKey, verb)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "rename urgency to priority and add Critical": capitalised or quoted values right after a choice
     * field was spoken of are new choices, not new fields.
     */
    private static boolean optionsOfLast(RefineSession s, RefineClause what) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || !last.field().type().hasOptions() || !s.changes.stream().anyMatch(ch -> ch.contains(last.field().label()))) {
            return false;
        }
        List<String> values = RefineText.values(what.orig);
        if (values.isEmpty() || values.size() > 6) {
            return false;
        }
        for (String v : values) {
            String typed = what.orig.contains(v) ? v : null;
            boolean marked = typed != null && Character.isUpperCase(typed.charAt(0)) || what.orig.matches(".*[\"'«].*");
            if (!marked || v.split("\\s+").length > 3 || !java.util.EnumSet.of(org.toolsmith.spec.FieldType.TEXT, org.toolsmith.spec.FieldType.BOOLEAN).contains(RefineTypes.guess(v))
                    || RefineResolver.entity(s, new RefineClause(v)) != null || RefineResolver.field(s, new RefineClause(v)) != null
                    || RefineText.fold(v).matches(".*\\b(?:name|title|type|code|number|status|address|location|reference)\\b.*")) {
                return false;
            }
        }
        s.addOptions(last.entity().key(), last.field().key(), values);
        return true;
    }

    /** "Enrollments" → "Enrollment", "Freezers" → "Freezer", "People" → "Person". */
    static String singular(String phrase) {
        int cut = phrase.lastIndexOf(' ') + 1;
        String word = phrase.substring(cut);
        String lower = RefineText.fold(word);
        String one;
        if (lower.equals("people")) {
            one = Character.isUpperCase(word.charAt(0)) ? "Person" : "person";
        } else if (lower.endsWith("ies") && lower.length() > 4) {
            one = word.substring(0, word.length() - 3) + "y";
        } else if (lower.matches(".*(?:ches|shes|sses|xes)$")) {
            one = word.substring(0, word.length() - 2);
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is") && lower.length() > 3) {
            one = word.substring(0, word.length() - 1);
        } else {
            one = word;
        }
        return phrase.substring(0, cut) + one;
    }
}
