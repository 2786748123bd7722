package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/** Links between record kinds: "each X belongs to a Y", "X has many Ys", "pick X from a list of Ys", "done by a Y". */
final class RefineLinks {
    private static final List<Pattern> LINK = List.of(
            p("^(?:(?:each|every|all|the|an?)\\s+)?(.+?)\\s+(?:(?:should|must|needs? to|has to|have to|will|can|could|shall)\\s+)?(?:also\\s+)?(?:be\\s+)?(?:(?:linked|connected|tied|related|associated|attached|assigned|mapped|belongs?|belonging|links?|points?|refers?)\\s+(?:to|with)\\s+|points?\\s+at\\s+)(?:an?\\s+|the\\s+|one\\s+|its\\s+|their\\s+|some\\s+)?(.+?)$"),
            p("^(?:please\\s+)?(?:link|connect|tie|relate|associate|attach|assign|allocate)\\s+(?:each\\s+|every\\s+|the\\s+|all\\s+)?(.+?)\\s+(?:to|with)\\s+(?:an?\\s+|the\\s+|its\\s+|their\\s+)?(.+)$"),
            p("^(?:(?:have|let|make)\\s+)?(?:each|every)\\s+([\\w'-]+(?:\\s+[\\w'-]+)?)\\s+(?:pick|picks|choose|chooses|select|selects|reference|references|point to|points to|link to|links to|refer to|refers to)\\s+(?:an?\\s+|one\\s+|its\\s+|the\\s+)?(.+?)(?:\\s+from\\s+.*)?$"),
            p("^(?:chaque|les|la|le|l')\\s*(.+?)\\s+(?:(?:doit|doivent|devrait|devraient|va|vont)\\s+(?:toujours\\s+|aussi\\s+)?(?:etre\\s+)?|est\\s+|sont\\s+)?"
                    + "(?:(?:lie|liee|lies|liees|rattache|rattachee|rattaches|rattachees|associe|associee|associes|associees|relie|reliee|relies|reliees|affecte|affectee|affectes|affectees"
                    + "|appartient|appartiennent|appartenir|correspond|correspondent|correspondre)\\s+(?:a|au|aux)\\s+|(?:fait|font|faire)\\s+partie\\s+(?:d'|de\\s+|du\\s+))(?:un\\s+|une\\s+|la\\s+|le\\s+|l')?(.+)$"),
            p("^reli\\w*\\s+(?:les?\\s+|la\\s+|chaque\\s+)?(.+?)\\s+(?:a|aux|au|avec)\\s+(?:un\\s+|une\\s+|la\\s+|le\\s+|les\\s+)?(.+)$"),
            p("^(?:cada|los|las|el|la)\\s+(.+?)\\s+(?:(?:debe|deben|deberia|deberian|tiene que|tienen que|ha de|han de|tendria que|tendrian que)\\s+(?:siempre\\s+)?(?:estar\\s+|ir\\s+|ser\\s+|quedar\\s+)?"
                    + "|(?:esta|estan|va|van|queda|quedan)\\s+|se\\s+)?(?:(?:vinculad[oa]s?|asociad[oa]s?|ligad[oa]s?|asignad[oa]s?|relacionad[oa]s?|pertenece|pertenecen|pertenecer|corresponde|corresponden|corresponder"
                    + "|asigna|asignan|vincula|vinculan|asocia|asocian)\\s+(?:a|con|al)\\s+|(?:forma|forman|formar)\\s+parte\\s+(?:de|del)\\s+)(?:un\\s+|una\\s+|el\\s+|la\\s+)?(.+)$"),
            p("^vincul\\w*\\s+(?:los?\\s+|las?\\s+|cada\\s+)?(.+?)\\s+(?:a|con)\\s+(?:un\\s+|una\\s+|el\\s+|la\\s+|los\\s+|las\\s+)?(.+)$"),
            p("^(?:jede[rsn]?|die|der|das)\\s+(.+?)\\s+(?:gehort|gehoren|gehoert)\\s+zu\\s+(?:einem\\s+|einer\\s+|dem\\s+|der\\s+|den\\s+)?(.+)$"),
            p("^verknupf\\w*\\s+(?:die\\s+|den\\s+|das\\s+|jede[rsn]?\\s+)?(.+?)\\s+mit\\s+(?:einem\\s+|einer\\s+|dem\\s+|der\\s+|den\\s+)?(.+)$"));
    /** "a warehouse (name, city)", "a site with a name and an address", "una sede con nombre, …": the new kind's fields after it. */
    private static final Pattern DESCRIBED = Pattern.compile("^(.+?)\\s*(?:\\((.+)\\)|\\s+(?:with|avec|con|mit)\\s+(.+))$");
    private static final Pattern SOMEONE = Pattern.compile("^(?:someone|somebody|anyone|anybody|a person|a member|one of us|a colleague|a staff member)\\b");
    /** "a legal contact in our team": someone from the directory. */
    private static final Pattern OUR_PEOPLE = Pattern.compile(
            "\\b(?:in|from|on|of)\\s+(?:our|the)\\s+(?:team|staff|company|side|department|office|directory)$|\\b(?:colleague|staff member|employee|team member)$");
    private static final Pattern PERSON_WORDS = Pattern.compile(
            "^(?:(?:a|an|the|one|some)\\s+)?(?:employee|staff member|member of staff|colleague|user|person|team member|manager|owner|"
                    + "collaborateur|employe|salarie|empleado|companero|mitarbeiter|kollege|kollegin)s?$");

    /** "each loan is for a project", "every task is part of a project": a link, but only to a kind that exists. */
    private static final Pattern PART_OF = p("^(?:(?:each|every|all|the|an?)\\s+)?([\\w'-]+(?:\\s+[\\w'-]+)?)\\s+(?:(?:is|are)\\s+(?:always\\s+)?(?:for|part of|done for|made for|under|within|about)|falls? under|sits? under|comes? from|come from|relates? to)\\s+(?:an?|the|one|its|their|some)\\s+(.+)$");

    static boolean partOf(RefineSession s, RefineClause c) {
        Matcher m = c.match(PART_OF);
        if (!m.find()) {
            return false;
        }
        Entity from = RefineResolver.entity(s, c.group(m, 1));
        Entity to = RefineResolver.entity(s, c.group(m, 2));
        if (from == null || to == null || from.key().equals(to.key())) {
            return false;
        }
        s.link(from.key(), to.key());
        return true;
    }

    /** "the borrower field should link to an employee": the field becomes a person, or a link to a kind that exists. */
    private static boolean fieldLinks(RefineSession s, RefineClause fromWords, RefineClause toWords) {
        RefineMatcher.FieldRef f = RefineResolver.field(s, fromWords);
        if (f == null || f.score() < 0.99 || f.field().type() == org.toolsmith.spec.FieldType.REFERENCE) {
            return false;
        }
        Entity to = RefineResolver.entity(s, toWords);
        if (to != null && !to.key().equals(f.entity().key())) {
            s.setType(f.entity().key(), f.field().key(), org.toolsmith.spec.FieldType.REFERENCE, List.of(), to.key());
            return true;
        }
        if (to == null && (PERSON_WORDS.matcher(toWords.text).matches() || SOMEONE.matcher(toWords.text).find()
                || RefineTypes.named(toWords.text).filter(t -> t == org.toolsmith.spec.FieldType.PERSON).isPresent())) {
            s.setType(f.entity().key(), f.field().key(), org.toolsmith.spec.FieldType.PERSON, List.of(), null);
            return true;
        }
        return false;
    }

    static boolean link(RefineSession s, RefineClause c) {
        for (Pattern p : LINK) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause fromWords = c.group(m, 1);
            RefineClause toWords = new RefineClause(c.group(m, 2).orig.replaceAll("\\s*:.*$", "")
                    .replaceAll("(?i)\\s+(?:as well|too|also|record|entry|from (?:it|the list|that list|them)|aussi|tambien|auch)$", ""));
            Entity from = RefineResolver.isPronoun(fromWords) ? s.entity(RefineResolver.targetEntity(s, null)) : RefineResolver.entity(s, fromWords);
            if (from == null && fieldLinks(s, fromWords, toWords)) {
                return true;
            }
            if (from == null) {
                continue;
            }
            Matcher paren = DESCRIBED.matcher(toWords.text);
            RefineClause description = null;
            if (paren.find()) {
                description = toWords.group(paren, paren.group(2) != null ? 2 : 3);
                toWords = toWords.group(paren, 1);
            }
            Entity to = RefineResolver.entity(s, toWords);
            if (to == null && description == null && SOMEONE.matcher(toWords.text).find()) {
                // "tickets can be assigned to someone in IT": a person, named after the verb
                Matcher verb = Pattern.compile("\\b(assigned|allocated|given|handed|sent|linked|attached)\\s+to\\b").matcher(c.text);
                String label = verb.find() ? RefineText.capitalize(verb.group(1)) + " to" : "Person";
                s.addField(from.key(), label, org.toolsmith.spec.FieldType.PERSON, List.of(), null);
                return true;
            }
            if (to == null && description == null && toWords.text.split("\\s+").length <= 2
                    && RefineTypes.guess(s, toWords.orig) == org.toolsmith.spec.FieldType.PERSON && RefineResolver.field(s, toWords) == null) {
                // "each vehicle is assigned to a driver": a driver is a person, not a new list
                s.addField(from.key(), RefineText.label(toWords.orig), org.toolsmith.spec.FieldType.PERSON, List.of(), null);
                return true;
            }
            if (to == null && description == null && (PERSON_WORDS.matcher(toWords.text).matches() || OUR_PEOPLE.matcher(toWords.text).find())) {
                // "linked to an employee": a colleague from the directory, not a new list
                String who = RefineText.label(toWords.orig.replaceAll("(?i)\\s+(?:in|from|on|of)\\s+(?:our|the)\\s+\\w+$", ""));
                s.addField(from.key(), who, org.toolsmith.spec.FieldType.PERSON, List.of(), null);
                return true;
            }
            if (to == null) {
                RefineMatcher.FieldRef named = RefineResolver.field(s, toWords);
                if (named != null && named.score() >= 1.0 && description == null || toWords.text.split("\\s+").length > 3) {
                    continue;
                }
                String key = s.addEntity(RefineText.capitalize(s.singular(RefineText.label(toWords.orig))));
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
        String key = s.addEntity(RefineText.capitalize(RefineAdditions.singular(f.field().label())));
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
        if (!m.find() || c.text.contains(":") && RefineAnchored.listed(c).size() >= 2) {
            // "a list to pick from: New, Quoted, Done" gives the values of a choice, not another kind
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
        String key = existing != null ? existing.key() : s.addEntity(RefineText.capitalize(RefineAdditions.singular(RefineText.label(kindWords.orig))));
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
        RefineClause manyWords = c.group(m, 2);
        Entity many = RefineResolver.entity(s, manyWords);
        if (one == null && many != null && c.group(m, 1).text.split("\\s+").length <= 2
                && RefineResolver.field(s, c.group(m, 1)) == null && !RefineMatcher.words(c.group(m, 1).orig).isEmpty()) {
            // "a department can have many loans": the department is a new kind the loans link to
            String key = s.addEntity(RefineText.capitalize(s.singular(RefineText.label(c.group(m, 1).orig))));
            s.ensureField(key);
            one = s.entity(key);
        }
        if (one == null) {
            return false;
        }
        if (many == null) {
            if (manyWords.text.split("\\s+").length > 3 || RefineResolver.field(s, manyWords) != null) {
                return false;
            }
            String key = s.addEntity(RefineText.capitalize(RefineAdditions.singular(RefineText.label(manyWords.orig))));
            s.ensureField(key);
            many = s.entity(key);
        }
        if (many.key().equals(one.key())) {
            return false;
        }
        s.link(many.key(), one.key());
        return true;
    }

    private RefineLinks() {
    }
}
