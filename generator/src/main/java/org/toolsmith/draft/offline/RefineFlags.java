package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** Required, optional and unique, with negations ("shouldn't be mandatory") and several fields at once. */
final class RefineFlags {
    private static final Pattern REQUIRED_WORD = p("\\b(?:required|mandatory|compulsory|obligatory|obligatoire|obligatoires|requis|obligatori[oa]s?|pflicht(?:feld|angabe)?|erforderlich|filled(?:\\s+in|\\s+out)?|always\\s+(?:be\\s+)?(?:given|entered|provided|set)|(?:has to|have to|must|should|needs to|need to)\\s+(?:always\\s+)?be\\s+(?:given|entered|provided|known|recorded|captured|set|there|present|attached|uploaded|included|(?:chosen|picked|selected)(?!\\s+(?:from|out of|among|off|in|on|via|using)\\b))|never\\s+be\\s+(?:empty|blank|left empty)|(?:can't|cannot|can not|must not|mustn't|shouldn't|should not|may not)\\s+be\\s+(?:left\\s+)?(?:empty|blank|skipped)|(?:is|are)\\s+a\\s+must|renseignee?s?|remplie?s?|saisie?s?|rellenad[oa]s?|ausgefullt)\\b");
    private static final Pattern OPTIONAL_WORD = p("\\b(?:(?:doesn't|doesnt|does not|don't|dont|do not|needn't|neednt|need not)\\s+(?:need\\s+|have\\s+)?(?:to\\s+)?be(?:\\s+(?:filled(?:\\s+in)?|entered|given|provided|set))?$|optional|facultati(?:f|ve)|optionnel(?:le)?|opcional|freiwillig|not required|not mandatory|non-mandatory|(?:can|may|could)\\s+(?:be\\s+)?(?:left\\s+)?(?:empty|blank|unfilled)|(?:is|are)\\s+not always (?:known|needed|filled in|available))\\b");
    private static final Pattern NEGATION = p("\\b(?:not|no longer|never|n't|shouldn't|doesn't|don't|isn't|aren't|needn't|shouldnt|doesnt|dont|isnt|arent|neednt|ne|n'est|no|ya no|kein|keine|nicht)\\b|n't\\b");
    private static final Pattern UNIQUE_WORD = p("\\b(?:unique|uniques|unico|unica|eindeutig|einmalig|no duplicates?|never (?:be )?repeated|(?:can't|cannot|must not|mustn't) (?:be )?(?:repeated|duplicated))\\b");
    private static final Pattern MODAL = p("\\s+(?:ne (?:devrait|devraient|doit|doivent|peut|peuvent|sera|seront)|no (?:debe|deben|deberia|deberian|tiene que|tienen que|hace falta)|no longer|not|never|must|should|shall|has to|have to|needs to|need to|is to|will|can|could|is|are|isn't|aren't|shouldn't|doesn't|don't|does not|do not|needn't|can't|cannot|isnt|arent|shouldnt|doesnt|dont|neednt|cant|doit|doivent|devrait|est|sont|n'est|ne doit|debe|deben|deberia|es|son|ya no es|no es|tiene que|tienen que|ha de|han de|soll|sollen|sollte|sollten|muss|mussen|ist|sind|kann|konnen)\\b");
    private static final Pattern TOO = p("^\\s*(?:(?:sein|werden|be|ser|etre)\\b\\s*)?(?:,\\s*)?(?:(?:and|et|y|und)\\s+)?(?:so is\\s+|so are\\s+)?(?:the\\s+|le\\s+|la\\s+|l'|les\\s+|el\\s+|los\\s+|las\\s+|der\\s+|die\\s+|das\\s+|den\\s+)?(.+?)\\s+(?:too|as well|also|aussi|egalement|tambien|auch|ebenfalls)$");
    private static final Pattern GROUP = p("^(?:make\\s+)?(all|every|each|none|no)\\s+(?:of\\s+)?(?:the\\s+)?([a-z]+s)(?:\\s+fields)?$");
    /** "…, optional", "… (obligatoire)", "… - Pflicht": a flag said after the thing, with nothing after it. */
    private static final Pattern TAIL_HEAD = p("^(.*[\\p{L}\\p{N}])\\s*[,(\\u2013\\u2014-]\\s*(?:(not|pas|no|nicht)\\s+)?$");
    private static final Pattern TAIL_END = p("^[\\s).!]*$");
    /** Words in front of a thing asked for in passing: "and", "also", "oh and", "dazu", "y también". */
    private static final Pattern TAIL_LEAD = p("^(?:(?:and|also|plus|oh|hi|hey|then|et|aussi|puis|enfin|y|tambien|ademas|und|dazu|auch|noch|ausserdem|zudem)\\b[\\s,!]*)+");
    private static final Pattern GENITIVE = p("^(.+?)\\s+(?:des|der|eines|einer)\\s+([\\w-]+)$");
    /** The comma, bracket or dash a subject ends on before its flag. */
    private static final Pattern TAIL_MARKS = Pattern.compile("[\\s,(\\u2013\\u2014-]+$");
    private static final Pattern TAIL_WORDS = p("^[\\p{L}\\p{N}' -]+$");
    private static final Pattern MAKE = p("^(?:make|set|mark|turn|rends|rendre|mets|mettre|haz|hacer|pon|poner|deja|dejar|mache|machen|mach|macht)\\s+(.+?)(?:\\s+(?:as|zu|zum|zur|en))?(?:\\s+(?:a|an|un|une|una|ein|eine|einem))?(?:\\s+be)?\\s*$");

    static boolean flags(RefineSession s, RefineClause c) {
        List<int[]> found = new java.util.ArrayList<>();
        collect(c, REQUIRED_WORD, 0, found);
        collect(c, OPTIONAL_WORD, 1, found);
        collect(c, UNIQUE_WORD, 2, found);
        if (found.isEmpty()) {
            return false;
        }
        found.sort(java.util.Comparator.comparingInt(x -> x[0]));
        int at = found.get(0)[0];
        RefineClause subject = subject(c, at);
        if (c.sub(0, at).text.matches(".*\\b(?:whether|if|si|ob)\\b.*")) {
            // "note whether the course is mandatory": a yes/no question to add, not a flag
            return false;
        }
        if (subject.text.matches("^(?:make|set|mark|turn|rends|rendre|mets|mettre|haz|hacer|pon|poner|deja|dejar|mache|machen|mach|macht)$")) {
            // "rends obligatoire le formateur", "haz obligatoria la fecha": the field after the flag
            subject = c.from(found.get(0)[1]);
        }
        if (subject.text.matches("^(?:add|ajout\\w*|anad\\w*|agreg\\w*|fug\\w*|track|record|include)\\b.*")
                || c.sub(0, at).text.matches(".*\\b(?:have|has|need|needs|get|gets|add|avoir|a besoin|tener|tiene|tienen|necesita|haben|hat|braucht|brauchen)\\b(?!\\s+(?:to|que|de)\\b).*")) {
            // "each loan must have a unique reference": a new field that is unique, not a flag on "each loan"
            return false;
        }
        if (flaggedNew(s, c, found, subject)) {
            return true;
        }
        List<RefineMatcher.FieldRef> fields = fields(s, subject);
        Matcher group = subject.match(GROUP);
        boolean none = false;
        if (group.find()) {
            // "all the dates are mandatory", "none of the dates should be required": every field of that type
            FieldType type = RefineTypes.guess(s, s.singular(subject.group(group, 2).orig));
            List<RefineMatcher.FieldRef> typed = new java.util.ArrayList<>();
            for (var e : s.spec.entities()) {
                if (s.clauseEntity != null && !e.key().equals(s.clauseEntity)) {
                    continue;
                }
                for (var f : e.fields()) {
                    boolean same = f.type() == type || type == FieldType.DATE && f.type() == FieldType.DATETIME;
                    if (type != FieldType.TEXT && same) {
                        typed.add(new RefineMatcher.FieldRef(e, f, 1));
                    }
                }
            }
            if (!typed.isEmpty()) {
                fields = typed;
                none = group.group(1).matches("none|no");
            }
        }
        if (fields.isEmpty()) {
            RefineMatcher.FieldRef made = addMissing(s, subject, found.get(0)[2]);
            if (made == null) {
                return false;
            }
            fields = List.of(made);
        }
        int from = 0;
        int lastKind = -1;
        boolean lastNegated = false;
        for (int[] flag : found) {
            String around = c.sub(from, flag[0]).text.replace(subject.text, " ");
            boolean negated = NEGATION.matcher(around).find();
            if (from > 0) {
                // "CV must be required and the email unique": a later flag may name its own field
                String named = around.replaceAll("\\b(?:and|et|y|und|but|mais|pero|aber|the|le|la|l'|el|der|die|das|is|are|be|should|must|not|no longer|ne|pas|n't)\\b", " ").strip();
                if (!named.isEmpty()) {
                    RefineMatcher.FieldRef other = RefineResolver.field(s, new RefineClause(named));
                    if (other != null) {
                        fields = List.of(other);
                    }
                }
            }
            negated ^= none;
            lastKind = flag[2];
            lastNegated = negated;
            for (RefineMatcher.FieldRef f : fields) {
                if (flag[2] == 2) {
                    s.setUnique(f.entity().key(), f.field().key(), !negated);
                } else {
                    s.setRequired(f.entity().key(), f.field().key(), (flag[2] == 1) == negated);
                }
            }
            from = flag[1];
        }
        Matcher too = c.from(found.get(found.size() - 1)[1]).match(TOO);
        if (too.find()) {
            // "the product is mandatory and the quantity too": the same flag on the field named after
            RefineMatcher.FieldRef other = RefineResolver.field(s, c.from(found.get(found.size() - 1)[1]).group(too, 1));
            if (other != null && other.score() >= 0.99) {
                if (lastKind == 2) {
                    s.setUnique(other.entity().key(), other.field().key(), !lastNegated);
                } else {
                    s.setRequired(other.entity().key(), other.field().key(), (lastKind == 1) == lastNegated);
                }
            }
        }
        // "Claimed by should be a person and required": the type asked for alongside
        String rest = c.text;
        for (int i = found.size() - 1; i >= 0; i--) {
            rest = rest.substring(0, found.get(i)[0]) + rest.substring(found.get(i)[1]);
        }
        rest = rest.replaceAll("\\s+(?:and|but|et|y|und)\\s*$", "").replaceAll("\\s+(?:and|but|et|y|und)\\s+(?:also\\s+)?$", "").strip();
        if (!rest.equals(c.text.strip()) && rest.matches(".*\\b(?:be|become|etre|ser|sein)\\s+(?:a|an|un|une|una|ein|eine)\\s+\\S+.*")) {
            RefineTypeEdits.type(s, new RefineClause(rest));
        }
        return true;
    }

    /**
     * "the tenant's mobile number, optional", "y el teléfono del inquilino, opcional": a thing named with only its flag after
     * it, and no field of that name yet, is a new field with that flag (not the flag of a field sharing one word with it).
     */
    private static boolean flaggedNew(RefineSession s, RefineClause c, List<int[]> found, RefineClause subject) {
        if (found.size() != 1 || found.get(0)[2] == 2 || !TAIL_END.matcher(c.from(found.get(0)[1]).text).matches()) {
            return false;
        }
        RefineClause head = c.sub(0, found.get(0)[0]);
        Matcher tail = head.match(TAIL_HEAD);
        if (!tail.find()) {
            return false;
        }
        RefineClause phrase = head.group(tail, 1);
        if (!TAIL_MARKS.matcher(subject.text).replaceAll("").equals(phrase.text.strip())) {
            // "the date should be set, optional": a verb before the flag, another reading
            return false;
        }
        Matcher lead = phrase.match(TAIL_LEAD);
        if (lead.find() && lead.end() > 0) {
            phrase = phrase.from(lead.end());
        }
        if (phrase.isEmpty() || !TAIL_WORDS.matcher(phrase.text).matches() || RefineResolver.isPronoun(phrase)
                || isKind(s, phrase)) {
            return false;
        }
        RefineResolver.Scoped scoped = RefineResolver.scope(s, phrase);
        Matcher genitive = phrase.match(GENITIVE);
        if (scoped.entityKey() == null && genitive.find()) {
            // "die Rechnungsnummer der Reparatur": the kind after a German genitive article
            RefineMatcher.EntityRef owner = RefineMatcher.entity(s.spec, phrase.group(genitive, 2).orig);
            if (owner != null && owner.score() >= 0.99) {
                scoped = new RefineResolver.Scoped(phrase.group(genitive, 1), owner.entity().key());
            }
        }
        List<String> words = RefineMatcher.words(scoped.phrase().orig);
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        RefineMatcher.FieldRef known = RefineResolver.field(s, phrase);
        if (known != null && (known.score() >= 0.99 || RefineMatcher.words(known.field().label()).containsAll(words))) {
            // "the email, optional", "the unit, required": a field that exists, only its flag
            return false;
        }
        String entity = RefineResolver.targetEntity(s, scoped.entityKey());
        String label = RefineText.label(scoped.phrase().orig);
        if (entity == null || label.isBlank()) {
            return false;
        }
        String key = s.addField(entity, label, RefineTypes.guess(s, label), List.of(), null);
        if (key == null || s.field(entity, key) == null) {
            return false;
        }
        s.setRequired(entity, key, (found.get(0)[2] == 0) == (tail.group(2) == null));
        return true;
    }

    /** "the repairs, optional": the phrase is a kind's own name, not a thing of one. */
    private static boolean isKind(RefineSession s, RefineClause phrase) {
        RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, phrase.orig);
        return e != null && e.score() >= 0.99;
    }

    /** "the due date must be filled in" when there is none yet: the field is added, with the flag. */
    private static RefineMatcher.FieldRef addMissing(RefineSession s, RefineClause subject, int kind) {
        String words = subject.text.replaceAll("^(?:make|set|mark|the|a|an|le|la|el|der|die|das)\\s+", "").strip();
        if (kind == 1 || RefineResolver.isPronoun(subject) || words.isEmpty() || words.split("\\s+").length > 4
                || RefineMatcher.words(words).isEmpty() || !words.matches("[\\w' -]+")) {
            return null;
        }
        RefineResolver.Scoped scoped = RefineResolver.scope(s, subject);
        String entity = RefineResolver.targetEntity(s, scoped.entityKey());
        String label = RefineText.label(scoped.phrase().orig.replaceAll("(?i)^(?:make|set|mark)\\s+", ""));
        String key = s.addField(entity, label, RefineTypes.guess(s, label), List.of(), null);
        return new RefineMatcher.FieldRef(s.entity(entity), s.field(entity, key), 1);
    }

    private static void collect(RefineClause c, Pattern p, int kind, List<int[]> out) {
        Matcher m = c.match(p);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.stream().noneMatch(x -> start < x[1] && end > x[0])) {
                out.add(new int[] {start, end, kind});
            }
        }
    }

    /** "purpose and starts at": each field named, or the one field the whole phrase names. */
    static List<RefineMatcher.FieldRef> fields(RefineSession s, RefineClause subject) {
        RefineMatcher.FieldRef whole = RefineResolver.field(s, subject);
        String[] parts = subject.text.split("\\s*,\\s*(?:and\\s+|et\\s+|y\\s+|und\\s+)?|\\s+(?:and|et|y|und|as well as)\\s+");
        if (parts.length > 1) {
            List<RefineMatcher.FieldRef> each = new java.util.ArrayList<>();
            String[] lastWords = parts[parts.length - 1].strip().split("\\s+");
            String shared = lastWords.length > 1 ? lastWords[lastWords.length - 1] : null;
            for (String part : parts) {
                RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(part));
                if (shared != null && !part.strip().contains(" ")) {
                    // "start and end date": the last word belongs to each ("start date", "end date")
                    RefineMatcher.FieldRef g = RefineResolver.field(s, new RefineClause(part.strip() + " " + shared));
                    f = g != null && (f == null || g.score() > f.score()) ? g : f;
                }
                if (f == null) {
                    each = null;
                    break;
                }
                each.add(f);
            }
            if (each != null && (whole == null || whole.score() < 1.0)) {
                return each;
            }
        }
        return whole == null ? List.of() : List.of(headOf(s, subject, whole));
    }

    /** "the phone of the owner", "le téléphone du client", "el teléfono del dueño", "the owner's phone": the head noun names the field. */
    private static final Pattern COMPLEMENT = p("^(?:the\\s+|le\\s+|la\\s+|l'|el\\s+)?(.+?)\\s+(?:of the|of|de la|de l'|du|des|de|del|de los|de las)\\s+(.+)$");
    private static final Pattern POSSESSIVE = p("^(?:the\\s+)?(.+?)'s?\\s+(.+)$");

    private static RefineMatcher.FieldRef headOf(RefineSession s, RefineClause subject, RefineMatcher.FieldRef whole) {
        Matcher m = subject.match(COMPLEMENT);
        int head = 1;
        int other = 2;
        if (!m.find()) {
            m = subject.match(POSSESSIVE);
            if (!m.find()) {
                return whole;
            }
            head = 2;
            other = 1;
        }
        RefineMatcher.FieldRef named = RefineResolver.field(s, subject.group(m, head));
        RefineMatcher.FieldRef owner = RefineResolver.field(s, subject.group(m, other));
        if (named == null || owner == null || named.score() < 0.99 || !owner.field().key().equals(whole.field().key())
                || named.field().key().equals(whole.field().key()) || !named.entity().key().equals(whole.entity().key())) {
            return whole;
        }
        // the whole phrase was matched by its complement ("dueño"), yet its head ("teléfono") is a field of the same kind
        return named;
    }

    /** The words that name the field: after "make", or before the verb. */
    static RefineClause subject(RefineClause c, int flagAt) {
        RefineClause head = c.sub(0, flagAt);
        Matcher make = head.match(MAKE);
        if (make.find()) {
            return head.group(make, 1);
        }
        Matcher modal = head.match(MODAL);
        if (modal.find() && modal.start() > 0) {
            return head.sub(0, modal.start());
        }
        return head;
    }

    private RefineFlags() {
    }
}
