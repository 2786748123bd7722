package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Edits of what is there: rename, remove, required / optional / unique, type, choices. */
final class RefineEdits {
    private static final List<Pattern> RENAME = List.of(
            p("\\b(?:rename|relabel|retitle)\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?(?:to|as|into)\\s+(.+)$"),
            p("\\bchange\\s+(?:the\\s+)?(?:name|label|title|wording)\\s+(?:of\\s+)?(?:the\\s+)?(.+?)\\s+(?:to|into)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|shall|will|could|can|has to|needs to)\\s+(?:be\\s+)?(?:called|named|labell?ed|renamed(?:\\s+to)?)\\s+(.+)$"),
            p("^call\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?([\"'].+)$"),
            p("\\brenomm\\w*\\s+(?:le champ\\s+|la colonne\\s+)?(.+?)\\s+en\\s+(.+)$"),
            p("^(.+?)\\s+(?:doit|devrait)\\s+s'appeler\\s+(.+)$"),
            p("\\brenombr\\w*\\s+(?:el campo\\s+|la columna\\s+)?(.+?)\\s+(?:a|como|por|en)\\s+(.+)$"),
            p("\\bcambi\\w*\\s+el nombre\\s+(?:de|del)\\s+(?:campo\\s+)?(.+?)\\s+(?:a|por)\\s+(.+)$"),
            p("^(.+?)\\s+(?:debe|deberia)\\s+llamarse\\s+(.+)$"),
            p("\\b(?:benenne|nenne)\\s+(?:das feld\\s+|die spalte\\s+)?(.+?)\\s+(?:in|zu)\\s+(.+?)\\s+um\\b"),
            p("\\bbenenne\\s+(.+?)\\s+um\\s+(?:in|zu)\\s+(.+)$"),
            p("^(.+?)\\s+(?:umbenennen|umbenannt werden)\\s+(?:in|zu)\\s+(.+)$"),
            p("^(.+?)\\s+(?:soll|sollte)\\s+(.+?)\\s+heissen$"));
    private static final List<Pattern> REMOVE = List.of(
            p("\\b(?:remove|delete|drop|get rid of|take out|take away|scrap|ditch|eliminate|lose)\\s+(.+)$"),
            p("\\b(?:we|i)\\s+(?:do not|don't|dont|no longer|won't|will not|wont)\\s+(?:really\\s+)?(?:need|want|use)\\s+(.+?)$"),
            p("^(?:the\\s+)?(?:[\\w-]+(?:\\s+[\\w-]+)?)\\s+(?:don't|do not|doesn't|does not|no longer|won't)\\s+(?:need|needs|require|have)\\s+(?:an?\\s+|the\\s+|any\\s+)?(.+?)$"),
            p("^(?:there's\\s+)?(?:nobody|no one|noone|no-one)\\s+(?:uses|needs|fills in|looks at)\\s+(.+?)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:not needed|no longer needed|unnecessary|redundant|useless|not used)\\b"),
            p("\\bstop\\s+(?:tracking|recording|asking for|collecting)\\s+(.+)$"),
            p("\\b(?:removing|deleting|dropping|getting rid of|scrapping|ditching)\\s+(.+)$"),
            p("^(.+?)\\s+(?:aren't|are not|isn't|is not|are no longer|is no longer)\\s+(?:tracked|needed|used|recorded|relevant|required any ?more)\\b"),
            p("\\b(?:supprim|enlev|retir|efface)\\w*\\s+(.+)$"),
            p("\\b(?:on n'a|nous n'avons)\\s+plus besoin\\s+(?:de|du|des|d')\\s*(.+)$"),
            p("\\b(?:quit(?:a|e|en|ar|ad)|elimin\\w*|borr(?:a|e|en|ar|ad)|suprim\\w*)\\s+(.+)$"),
            p("\\bya no\\s+(?:necesitamos|hace falta|usamos)\\s+(.+)$"),
            p("\\b(?:entfern|losch|streich)\\w*\\s+(.+?)(?:\\s+(?:raus|weg|heraus))?$"),
            p("^(.+?)\\s+(?:brauchen wir|braucht man|brauchen)\\s+nicht mehr\\b"),
            p("^(.+?)\\s+(?:kann|soll)\\s+weg$"),
            p("^(.+?)\\s+(?:should|can|must|could|has to|needs to)\\s+(?:go|go away|be removed|be deleted|be dropped|disappear|come out)$"),
            p("^(.+?)\\s+(?:doit|peut)\\s+(?:partir|disparaitre|etre supprime)e?s?$"),
            p("^(.+?)\\s+(?:sobra|puede desaparecer|debe desaparecer)$"));
    private static final Pattern REMOVE_OPTION = p("^(.+?)\\s+(?:from|out of|as an?|as|de|del|aus)\\s+(?:the\\s+|la\\s+|les\\s+|el\\s+|los\\s+|den\\s+)?(?:list of\\s+|choices (?:of|for)\\s+|options (?:of|for)\\s+)?(.+?)(?:\\s+(?:options?|choices?|list|values?))?$");
    private static final Pattern REQUIRED_WORD = p("\\b(?:required|mandatory|compulsory|obligatory|obligatoire|obligatoires|requis|obligatori[oa]s?|pflicht(?:feld|angabe)?|erforderlich|filled(?:\\s+in|\\s+out)?|always\\s+(?:be\\s+)?(?:given|entered|provided|set)|(?:has to|have to|must|should|needs to|need to)\\s+(?:always\\s+)?be\\s+(?:given|entered|provided|known|recorded|captured|set|there|present)|never\\s+be\\s+(?:empty|blank|left empty)|renseigne|rempli|ausgefullt)\\b");
    private static final Pattern OPTIONAL_WORD = p("\\b(?:optional|facultati(?:f|ve)|optionnel(?:le)?|opcional|freiwillig|not required|not mandatory|non-mandatory|(?:can|may|could)\\s+(?:be\\s+)?(?:left\\s+)?(?:empty|blank|unfilled)|(?:is|are)\\s+not always (?:known|needed|filled in|available))\\b");
    private static final Pattern NEGATION = p("\\b(?:not|no longer|never|n't|shouldn't|doesn't|don't|isn't|aren't|needn't|ne|n'est|no|ya no|kein|keine|nicht)\\b|n't\\b");
    private static final Pattern UNIQUE_WORD = p("\\b(?:unique|uniques|unico|unica|eindeutig|einmalig|no duplicates?|never (?:be )?repeated|(?:can't|cannot|must not|mustn't) (?:be )?(?:repeated|duplicated))\\b");
    private static final Pattern MODAL = p("\\s+(?:no longer|not|never|must|should|shall|has to|have to|needs to|need to|is to|will|can|could|is|are|isn't|aren't|shouldn't|doesn't|don't|does not|do not|needn't|can't|cannot|doit|doivent|devrait|est|sont|n'est|ne doit|debe|deben|deberia|es|son|ya no es|no es|soll|sollte|muss|ist|sind|kann)\\b");
    private static final Pattern MAKE = p("^(?:make|set|mark|turn|rends|rendre|mets|haz|pon|mach|macht)\\s+(.+?)(?:\\s+(?:as|zu|zum|en))?(?:\\s+(?:a|an|un|une|una|ein|eine|einem))?(?:\\s+be)?\\s*$");
    private static final Pattern SET_LIST = p("^(.+?)(?:\\s+(?:should|must|will|can|could|shall|needs to|has to|is|are|doit|doivent|devrait|est|sont|debe|deben|es|son|soll|sollte|muss|ist|sind)(?:\\s+only)?(?:\\s+(?:be|etre|ser|sein))?)?(?:\\s+(?:a|an|one|une|un|una|eine|ein))?(?:\\s+(?:fixed|closed|pick|drop-?down|select|simple))?(?:\\s+(?:list|dropdown|drop-down|menu|choice|selection|options|liste|lista|auswahl(?:liste)?)(?:\\s+(?:deroulante|desplegable))?)?(?:\\s+(?:of|with|de|con|mit)(?:\\s+[^:,]{1,40})?)?\\s*(?::|\\bone of\\b|\\bl'un de\\b|\\buno de\\b|\\beiner von\\b)\\s*(.+)$");
    private static final Pattern SET_LIST_NO_COLON = p("^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+(.+?)\\s+(?:are|should be|will be)\\s+(.+)$|^(.+?)\\s+(?:(?:should|can|must|will|may|could)(?:\\s+now)?(?:\\s+only|\\s+just)?\\s+(?:be|say|read|show|offer)|(?:is|are)(?:\\s+now)?(?:\\s+only|\\s+just)?)\\s+(?:either\\s+)?(?:one of\\s+)?(.+?(?:,|\\bor\\b).+)$"
                    + "|^(?:replace|change|set|update)\\s+(?:the\\s+)?(.+?)\\s+(?:options|choices|values|list|dropdown)\\s+(?:with|to|into)\\s+(.+)$");
    private record OptionRule(Pattern pattern, boolean valuesFirst) {
    }

    private static final List<OptionRule> ADD_OPTIONS = List.of(
            new OptionRule(p("^(?:add|include|allow|put|also allow)\\s+(.+?)\\s+(?:as|to)\\s+(?:an?\\s+|the\\s+|another\\s+)?(?:possible\\s+|new\\s+|extra\\s+|further\\s+)?(?:options?\\s+(?:for|of|in)\\s+(?:the\\s+)?)?(.+?)(?:\\s+(?:options?|choices?|values?|list))?$"), true),
            new OptionRule(p("^(.+?)\\s+(?:can|could|may|should)\\s+also\\s+be\\s+(.+)$"), false),
            new OptionRule(p("^(?:the\\s+)?(.+?)\\s+(?:should|must|can|could|needs? to|has to)\\s+(?:also\\s+)?(?:allow|include|offer|accept|have|contain)\\s+(.+)$"), false),
            new OptionRule(p("^(?:the\\s+)?(.+?)\\s+(?:list|options|choices|dropdown)?\\s*(?:also\\s+)?(?:needs|need|should have|should include|must include|should also have|also needs|is missing|lacks)\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+(?:soll|sollte|muss)\\s+auch\\s+(.+?)\\s+(?:haben|enthalten|anbieten)$"), false),
            new OptionRule(p("^(?:ajout|rajout)\\w*\\s+(.+?)\\s+(?:aux|a la|au|a l'|dans les|dans la|dans le|comme)\\s+(.+)$"), true),
            new OptionRule(p("^(?:anad|agreg)\\w*\\s+(.+?)\\s+(?:a los|a las|al|a la|como|en)\\s+(.+)$"), true),
            new OptionRule(p("^fug\\w*\\s+(.+?)\\s+(?:zu den|zur|zum|zu|bei den|als)\\s+(.+?)\\s+hinzu$"), true),
            new OptionRule(p("^(.+?)\\s+(?:peut|peuvent) aussi etre\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+(?:tambien puede|puede tambien) ser\\s+(.+)$"), false),
            new OptionRule(p("^(.+?)\\s+kann auch\\s+(.+?)\\s+sein$"), false));
    private static final Pattern LIST_VERB = p("^(add|also add|plus|include|remove|drop|delete|without|no more|ajout\\w*|supprim\\w*|anad\\w*|quit\\w*)\\b:?\\s+");
    private static final Pattern LIST_RENAME = p("^(?:rename|replace|change|renomm\\w*|remplace\\w*|renombr\\w*|reemplaz\\w*|ersetz\\w*)\\s+(.+?)\\s+(?:to|with|by|into|as|en|par|por|a|durch|mit)\\s+(.+)$");
    private static final Pattern NOT_INCLUDE = p("^(?:the\\s+)?(.+?)\\s+(?:should not|shouldn't|must not|mustn't|won't|will not|does not|doesn't|can no longer|should no longer|no longer)\\s+(?:include|have|offer|allow|contain|be)\\s+(?:an?\\s+)?(.+?)(?:\\s+(?:option|choice|value))?$");
    private static final Pattern ONE_TOO = p("\\b(?:a|an|another)\\s+(.+?)\\s+one\\b");
    private static final Pattern TOO_SMALL = p("^(.+?)\\s+(?:is|are)\\s+(?:too|way too|much too)\\s+(?:small|short|tiny|narrow)\\b");
    private static final Pattern LINK_TO = p("^(?:an?\\s+)?(?:link|reference|pointer|lookup)\\s+(?:to|into|from)\\s+(?:an?\\s+|the\\s+|our\\s+)?(?:new\\s+|separate\\s+)?([\\w' -]+?)(?:\\s+(?:list|table|records?|entries|register))?$");
    private static final Pattern WITH_TIME = p("^(.+?)\\s+(?:should|must|needs? to|has to)\\s+(?:also\\s+)?(?:include|have|show|record|capture|contain)\\s+(?:the\\s+|a\\s+)?(?:time|hour|heure|hora|uhrzeit)\\b");
    private static final List<Pattern> TYPE = List.of(
            p("^(?:make|turn|change|convert|switch|set)\\s+(.+?)\\s+(?:into|to|as)\\s+(?:a\\s+|an\\s+)?(.+)$"),
            p("^(?:make|turn|rends|mets|passe|transforme|haz|pon|cambia|convierte|mach|andere)\\w*\\s+(.+?)\\s+(?:a|an|un|une|una|ein|eine|einem|einen|en|zu|zum|zur|in)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(?:picked|chosen|selected|taken|looked up)\\s+(?:from|in|out of)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(.+)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:now\\s+)?(?:really\\s+|actually\\s+|just\\s+|rather\\s+|basically\\s+|more like\\s+|only\\s+)?(?:a\\s+|an\\s+)?(.+)$"),
            p("^(it's|it is|that's|that is|this is|they're|they are|c'est|es|ist)\\s+(?:really\\s+|actually\\s+|just\\s+|rather\\s+)?(?:a\\s+|an\\s+|un\\s+|une\\s+|una?\\s+|ein\\s+|eine\\s+)?(.+)$"),
            p("^(.+?)\\s+(?:doit|doivent|devrait)\\s+etre\\s+(.+)$"),
            p("^(.+?)\\s+(?:debe|deben|deberia)\\s+ser\\s+(.+)$"),
            p("^(.+?)\\s+(?:soll|sollte|muss)\\s+(.+?)\\s+(?:sein|werden)$"));

    private RefineEdits() {
    }

    static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static final Pattern MOVE = p("^(?:put|move|show|place|display)\\s+(?:the\\s+)?(.+?)\\s+(?:field\\s+|column\\s+)?(first|last|at the (?:top|start|beginning|end|bottom)|to the (?:top|start|end|bottom)|(?:right\\s+|just\\s+)?(?:before|after|above|below|under)\\s+(?:the\\s+)?(.+))$");

    /** "put the receipt first", "move notes after amount": the order of the form. */
    static boolean move(RefineSession s, RefineClause c) {
        Matcher m = c.match(MOVE);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null) {
            return false;
        }
        String where = m.group(2);
        List<org.toolsmith.spec.Field> fields = new java.util.ArrayList<>(f.entity().fields());
        fields.remove(f.field());
        int at;
        if (where.startsWith("first") || where.matches(".*(?:top|start|beginning)")) {
            at = 0;
        } else if (where.startsWith("last") || where.matches(".*(?:end|bottom)")) {
            at = fields.size();
        } else {
            RefineMatcher.FieldRef anchor = RefineResolver.field(s, c.group(m, 3));
            if (anchor == null || !anchor.entity().key().equals(f.entity().key())) {
                return false;
            }
            at = fields.indexOf(anchor.field()) + (where.matches(".*(?:before|above).*") ? 0 : 1);
        }
        fields.add(at, f.field());
        s.reorder(f.entity().key(), fields, f.field().label());
        return true;
    }

    private static final Pattern RENAME_QUOTED = p("\\b(?:rename|relabel|renomm\\w*|renombr\\w*|benenne|change)\\b[^\"«]*[\"«]([^\"»]+)[\"»]\\s*(?:to|as|into|en|a|in|por)\\s*[\"«]([^\"»]+)[\"»]");

    static boolean rename(RefineSession s, RefineClause c) {
        Matcher quoted = c.match(RENAME_QUOTED);
        if (quoted.find()) {
            RefineClause subject = c.group(quoted, 1);
            String label = RefineText.label(c.group(quoted, 2).orig);
            if (renameTo(s, c, subject, label)) {
                return true;
            }
        }
        for (Pattern p : RENAME) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause subject = c.group(m, 1);
            String label = RefineText.label(c.group(m, 2).orig.replaceAll("(?i)\\s+(?:please|pls|stp|svp|s'il (?:te|vous) pla[iî]t|por favor|bitte|instead|thanks?|thank you|merci|gracias|danke)\\s*$", ""));
            if (!label.isEmpty() && renameTo(s, c, subject, label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean renameTo(RefineSession s, RefineClause c, RefineClause subject, String label) {
        int colon = subject.text.indexOf(':');
        if (colon > 0) {
            RefineMatcher.FieldRef owner = RefineResolver.field(s, subject.sub(0, colon));
            if (owner != null && owner.field().type().hasOptions()
                    && renameOption(s, owner, RefineText.label(subject.from(colon + 1).orig), label)) {
                return true;
            }
            subject = subject.from(colon + 1);
        }
        String plain = RefineText.fold(RefineText.unquote(subject.orig)).strip();
        boolean kindWords = RefineMatcher.namesKind(subject.orig);
        RefineMatcher.FieldRef f = kindWords ? null : RefineResolver.field(s, subject);
        if (f != null && f.score() >= 0.99) {
            s.rename(f.entity().key(), f.field().key(), label);
            return true;
        }
        // a choice value ("rename Use as is to Accept") before a loose field match
        for (Entity e : s.spec.entities()) {
            for (var field : e.fields()) {
                if (field.options().stream().anyMatch(o -> RefineText.fold(o).equals(plain))) {
                    return renameOption(s, new RefineMatcher.FieldRef(e, field, 1), RefineText.unquote(subject.orig), label);
                }
            }
        }
        if (f != null) {
            s.rename(f.entity().key(), f.field().key(), label);
            return true;
        }
        Entity e = RefineResolver.entity(s, subject);
        if (e != null) {
            s.renameEntity(e.key(), label);
            return true;
        }
        return false;
    }

    static boolean remove(RefineSession s, RefineClause c) {
        for (Pattern p : REMOVE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause target = c.group(m, 1);
            int comma = target.text.indexOf(',');
            if (comma > 0) {
                target = target.sub(0, comma);
            }
            target = new RefineClause(target.orig.replaceAll("(?i)\\s+(?:but|except|apart from|mais|pero|aber)\\s.*$", "")
                    .replaceAll("(?i)\\s+(?:any ?more|anymore|now|please|too|as well|any longer|plus|ya|mehr|altogether|completely|entirely|for good)$", ""));
            if (removeOptions(s, target)) {
                return true;
            }
            boolean any = false;
            for (String part : target.text.split("\\s*,\\s*|\\s+(?:and|as well as|et|y|und)\\s+")) {
                any |= removeOne(s, new RefineClause(part));
            }
            return any;
        }
        return false;
    }

    private static boolean removeOne(RefineSession s, RefineClause target) {
        if (RefineResolver.isPronoun(target)) {
            RefineMatcher.FieldRef last = s.last();
            if (last != null) {
                s.removeField(last.entity().key(), last.field().key());
            }
            return s.lastField != null;
        }
        boolean kindWords = RefineMatcher.namesKind(target.orig);
        boolean fieldWords = target.text.matches(".*\\b(?:field|column|box|tick ?box|checkbox|champ|campo|feld|spalte)s?\\b.*");
        Entity e = RefineResolver.entity(s, target);
        RefineMatcher.FieldRef f = RefineResolver.field(s, target);
        String bare = RefineText.fold(target.orig).replaceAll("^(?:the|all|all the|our|les|la|le|los|las|el|die|der|das)\\s+", "").strip();
        boolean plural = e != null && e.plural() != null && RefineText.fold(e.plural()).equals(bare) && !RefineText.fold(e.name()).equals(bare);
        if (e != null && !fieldWords && (kindWords || plural || f == null || f.score() < 1.0)) {
            s.removeEntity(e.key());
            return true;
        }
        if (f != null) {
            s.removeField(f.entity().key(), f.field().key());
            return true;
        }
        return false;
    }

    /** "remove Lost from the conditions": a choice value out of a choice field. */
    private static boolean removeOptions(RefineSession s, RefineClause target) {
        Matcher m = target.match(REMOVE_OPTION);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, target.group(m, 2));
        if (f == null || !f.field().type().hasOptions()) {
            return false;
        }
        List<String> values = RefineText.values(target.group(m, 1).orig);
        List<String> present = values.stream().filter(v -> f.field().options().stream().anyMatch(v::equalsIgnoreCase)).toList();
        if (present.isEmpty()) {
            return false;
        }
        s.removeOptions(f.entity().key(), f.field().key(), present);
        return true;
    }

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
        List<RefineMatcher.FieldRef> fields = fields(s, subject);
        if (fields.isEmpty()) {
            RefineMatcher.FieldRef made = addMissing(s, subject, found.get(0)[2]);
            if (made == null) {
                return false;
            }
            fields = List.of(made);
        }
        int from = 0;
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
            for (RefineMatcher.FieldRef f : fields) {
                if (flag[2] == 2) {
                    s.setUnique(f.entity().key(), f.field().key(), !negated);
                } else {
                    s.setRequired(f.entity().key(), f.field().key(), (flag[2] == 1) == negated);
                }
            }
            from = flag[1];
        }
        // "Claimed by should be a person and required": the type asked for alongside
        String rest = c.text;
        for (int i = found.size() - 1; i >= 0; i--) {
            rest = rest.substring(0, found.get(i)[0]) + rest.substring(found.get(i)[1]);
        }
        rest = rest.replaceAll("\\s+(?:and|but|et|y|und)\\s*$", "").replaceAll("\\s+(?:and|but|et|y|und)\\s+(?:also\\s+)?$", "").strip();
        if (!rest.equals(c.text.strip()) && rest.matches(".*\\b(?:be|become|etre|ser|sein)\\s+(?:a|an|un|une|una|ein|eine)\\s+\\S+.*")) {
            type(s, new RefineClause(rest));
        }
        return true;
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
        String key = s.addField(entity, label, RefineTypes.guess(label), List.of(), null);
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
            for (String part : parts) {
                RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(part));
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
        return whole == null ? List.of() : List.of(whole);
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

    static boolean options(RefineSession s, RefineClause c) {
        Matcher m = c.match(SET_LIST);
        RefineClause subject = null;
        RefineClause list = null;
        if (m.find()) {
            subject = c.group(m, 1);
            list = c.group(m, 2);
        } else {
            Matcher n = c.match(SET_LIST_NO_COLON);
            if (n.find()) {
                int g = n.group(1) != null ? 1 : n.group(3) != null ? 3 : 5;
                subject = c.group(n, g);
                list = c.group(n, g + 1);
            }
        }
        if (subject != null && list != null) {
            RefineClause subj = new RefineClause(subject.orig.replaceAll("(?i)^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+", ""));
            Matcher renaming = list.match(LIST_RENAME);
            if (renaming.find()) {
                RefineMatcher.FieldRef target = RefineResolver.field(s, subject);
                if (target != null && target.field().type().hasOptions()
                        && renameOption(s, target, RefineText.label(list.group(renaming, 1).orig), RefineText.label(list.group(renaming, 2).orig))) {
                    return true;
                }
            }
            Matcher verb = list.match(LIST_VERB);
            boolean adding = false;
            boolean removing = false;
            if (verb.find()) {
                adding = verb.group(1).matches("add|also add|plus|include|ajout\\w*|anad\\w*");
                removing = !adding;
                list = list.from(verb.end());
            }
            List<String> values = RefineText.values(list.orig);
            RefineMatcher.FieldRef f = RefineResolver.field(s, subj);
            if (f != null && (adding || removing) && f.field().type().hasOptions()) {
                if (adding) {
                    s.addOptions(f.entity().key(), f.field().key(), values);
                } else {
                    s.removeOptions(f.entity().key(), f.field().key(), values);
                }
                return true;
            }
            if (values.size() == 1 && c.text.contains(":")) {
                Optional<FieldType> typed = RefineTypes.named(list.text);
                RefineMatcher.FieldRef target = RefineResolver.field(s, subj);
                if (typed.isPresent() && !typed.get().hasOptions() && target != null) {
                    s.setType(target.entity().key(), target.field().key(), typed.get(), List.of(), null);
                    return true;
                }
                if (list.text.matches("^(?:allow|make|set|should|can|must|needs?|let|keep)\\b.*")) {
                    return false;
                }
            }
            boolean colon = c.text.contains(":") || c.text.contains("one of");
            boolean shortValues = values.stream().allMatch(v -> v.split("\\s+").length <= 3) && isValueList(list.text);
            boolean close = f != null && (f.score() >= 1.0 || f.score() >= 0.66 && f.field().type().hasOptions()
                    || f.score() >= 0.66 && f.field().type() == FieldType.TEXT);
            if (close && values.size() >= (colon ? 1 : 2) && (colon || shortValues) && !RefineText.fold(subj.orig).matches("^(?:add|ajout|anad|agreg|fug)\\w*\\b.*")) {
                boolean multi = f.field().type() == FieldType.MULTI_CHOICE
                        || RefineTypes.named(c.text).filter(t -> t == FieldType.MULTI_CHOICE).isPresent();
                s.setOptions(f.entity().key(), f.field().key(), values);
                if (multi && f.field().type() != FieldType.MULTI_CHOICE) {
                    s.setType(f.entity().key(), f.field().key(), FieldType.MULTI_CHOICE, values, null);
                }
                return true;
            }
        }
        if (placedOption(s, c)) {
            return true;
        }
        for (OptionRule rule : ADD_OPTIONS) {
            Matcher a = c.match(rule.pattern());
            if (!a.find()) {
                continue;
            }
            boolean valuesFirst = rule.valuesFirst();
            RefineClause values = c.group(a, valuesFirst ? 1 : 2);
            RefineClause field = c.group(a, valuesFirst ? 2 : 1);
            RefineMatcher.FieldRef f = RefineResolver.field(s, field);
            if (f != null && f.field().type().hasOptions() && values.text.matches("^(?:more than one|several|multiple|many)\\b.*")) {
                s.setType(f.entity().key(), f.field().key(), FieldType.MULTI_CHOICE, f.field().options(), null);
                return true;
            }
            if (f != null && f.field().type().hasOptions()) {
                s.addOptions(f.entity().key(), f.field().key(),
                        RefineText.values(values.orig.replaceAll("(?i)\\s+(?:options?|choices?|values?)$", "")));
                return true;
            }
            if (f == null && valuesFirst && newChoiceField(s, c, values, field)) {
                return true;
            }
        }
        Matcher without = c.match(NOT_INCLUDE);
        if (without.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(without, 1));
            if (f != null && f.field().type().hasOptions()) {
                List<String> gone = RefineText.values(c.group(without, 2).orig.replaceAll("(?i)\\s+(?:any ?more|anymore|any longer)$", ""));
                List<String> present = gone.stream().filter(v -> f.field().options().stream().anyMatch(v::equalsIgnoreCase)).toList();
                if (!present.isEmpty()) {
                    s.removeOptions(f.entity().key(), f.field().key(), present);
                    return true;
                }
            }
        }
        Matcher one = c.match(ONE_TOO);
        if (one.find()) {
            RefineMatcher.FieldRef last = s.last();
            if (last != null && last.field().type().hasOptions()) {
                s.addOptions(last.entity().key(), last.field().key(), RefineText.values(c.group(one, 1).orig));
                return true;
            }
        }
        return false;
    }

    /** "A, B or C", "A and B", "A/B", "A, B, C": values, not a sentence with a comma in it. */
    static boolean isValueList(String text) {
        return text.matches(".*(?:\\s(?:or|and|ou|et|o|y|oder|und)\\s|/).*") || text.split(",").length >= 3;
    }

    private static final Pattern PLACED = p("^(?:add|insert|put)\\s+(.+?)\\s+(between|after|before|right after|just after|right before|just before)\\s+(.+?)(?:\\s+and\\s+(.+?))?(?:\\s+(?:in|to|into|on|for)\\s+(?:the\\s+)?(.+?))?$");

    /** Renames one choice in place ("Use as is" → "Accept"). */
    static boolean renameOption(RefineSession s, RefineMatcher.FieldRef f, String from, String to) {
        List<String> options = new java.util.ArrayList<>(f.field().options());
        for (int i = 0; i < options.size(); i++) {
            if (RefineText.fold(options.get(i)).equals(RefineText.fold(from))) {
                options.set(i, to);
                s.replaceOptions(f.entity().key(), f.field().key(), options, "Renamed the choice " + options.get(i).replace(to, from) + " to " + to + ".");
                return true;
            }
        }
        return false;
    }

    /** "add Negotiation between Qualified and Won in the stages": a choice placed where it belongs. */
    private static boolean placedOption(RefineSession s, RefineClause c) {
        Matcher m = c.match(PLACED);
        if (!m.find()) {
            return false;
        }
        String anchor = RefineText.label(c.group(m, 3).orig);
        RefineMatcher.FieldRef f = m.group(5) != null ? RefineResolver.field(s, c.group(m, 5)) : null;
        if (f == null || !f.field().type().hasOptions()) {
            f = null;
            for (var e : s.spec.entities()) {
                for (var field : e.fields()) {
                    if (f == null && field.options().stream().anyMatch(anchor::equalsIgnoreCase)) {
                        f = new RefineMatcher.FieldRef(e, field, 1);
                    }
                }
            }
        }
        if (f == null) {
            return false;
        }
        int index = -1;
        for (int i = 0; i < f.field().options().size(); i++) {
            if (f.field().options().get(i).equalsIgnoreCase(anchor)) {
                index = m.group(2).endsWith("before") ? i : i + 1;
            }
        }
        if (index < 0) {
            return false;
        }
        s.addOptions(f.entity().key(), f.field().key(), RefineText.values(c.group(m, 1).orig), index);
        return true;
    }

    /** "add 'Complaint' and 'Audit' as sources", with no such field yet: a new choice field. */
    private static boolean newChoiceField(RefineSession s, RefineClause c, RefineClause values, RefineClause field) {
        if (!c.text.contains(" as ") || RefineTypes.named(field.text).isPresent()
                || field.text.matches("^(?:well|usual|before|always|needed|required|a field|fields?)$") || field.text.split("\\s+").length > 3) {
            return false;
        }
        List<String> options = RefineText.values(values.orig);
        boolean looksLikeValues = !options.isEmpty() && options.stream().allMatch(v -> v.length() <= 40)
                && (values.orig.matches(".*[\"'«].*") || values.orig.chars().filter(Character::isUpperCase).count() >= options.size());
        if (!looksLikeValues) {
            return false;
        }
        RefineResolver.Scoped scoped = RefineResolver.scope(s, field);
        String label = RefineText.capitalize(RefineAdditions.singular(RefineText.label(scoped.phrase().orig)));
        String entity = RefineResolver.targetEntity(s, scoped.entityKey());
        s.addField(entity, label, FieldType.CHOICE, options, null);
        return true;
    }

    private record Shape(Pattern pattern, FieldType type) {
    }

    /** Ways of saying what a field holds without naming a type. */
    private static final List<Shape> SHAPES = List.of(
            new Shape(TOO_SMALL, FieldType.LONG_TEXT),
            new Shape(p("^(.+?)\\s+(?:needs|need|should have|requires|could use)\\s+(?:more|extra|much more|a lot more)\\s+(?:space|room|lines)\\b"), FieldType.LONG_TEXT),
            new Shape(p("^(.+?)\\s+(?:only\\s+)?(?:needs|should have|should show|should record|is)\\s+(?:only\\s+)?(?:the\\s+)?(?:day|date)(?:\\s+only)?,?\\s+(?:not|without|no)\\s+(?:the\\s+)?time\\b"), FieldType.DATE),
            new Shape(p("^(.+?)\\s+(?:can|should|must|needs to|will|may)\\s+(?:have|allow|take|hold|include|accept)\\s+(?:cents|pennies|decimals|decimal places|fractions|halves|half [\\w-]+|parts? of)"), FieldType.DECIMAL),
            new Shape(p("^(.+?)\\s+(?:can|should|may|could)\\s+(?:have|allow|take|accept)\\s+(?:more than one|several|multiple|many)\\s+(?:answers?|values?|choices?|options?|selections?)"), FieldType.MULTI_CHOICE));

    static boolean type(RefineSession s, RefineClause c) {
        for (Shape shape : SHAPES) {
            Matcher m = c.match(shape.pattern());
            if (!m.find()) {
                continue;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
            if (f == null) {
                continue;
            }
            FieldType t = shape.type();
            if (t == FieldType.DECIMAL && (f.field().type() == FieldType.MONEY || f.field().type() == FieldType.DECIMAL)) {
                s.already.add(f.field().label() + " already takes decimals.");
                return true;
            }
            if (t == FieldType.MULTI_CHOICE && !f.field().type().hasOptions()) {
                continue;
            }
            s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
            return true;
        }
        Matcher withTime = c.match(WITH_TIME);
        if (withTime.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(withTime, 1));
            if (f != null) {
                s.setType(f.entity().key(), f.field().key(), FieldType.DATETIME, List.of(), null);
                return true;
            }
        }
        for (Pattern p : TYPE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause what = c.group(m, 2);
            List<String> listed = RefineText.values(what.orig);
            if (what.text.contains(":") || listed.size() >= 2 && listed.stream().allMatch(v -> v.split("\\s+").length <= 3) && isValueList(what.text)) {
                continue;
            }
            Matcher linkTo = what.match(LINK_TO);
            if (linkTo.find()) {
                RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
                RefineClause kind = what.group(linkTo, 1);
                Entity known = RefineResolver.entity(s, kind);
                boolean newList = what.text.matches(".*\\b(?:list|table|register|records|new|separate)\\b.*");
                if (f != null && (known != null || newList)) {
                    Entity existing = known;
                    String key = existing != null ? existing.key()
                            : s.addEntity(RefineText.capitalize(RefineAdditions.singular(RefineText.label(kind.orig))));
                    s.ensureField(key);
                    s.setType(f.entity().key(), f.field().key(), FieldType.REFERENCE, List.of(), key);
                    return true;
                }
            }
            Optional<FieldType> named = RefineTypes.named(what.text);
            Entity target = named.isPresent() ? null : RefineResolver.entity(s, new RefineClause(what.orig.replaceAll("(?i)^(?:a|an|the)\\s+|\\s+(?:from|in) the list$", "")));
            if (named.isEmpty() && target == null) {
                continue;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
            if (f == null) {
                continue;
            }
            if (target != null) {
                s.setType(f.entity().key(), f.field().key(), FieldType.REFERENCE, List.of(), target.key());
            } else {
                FieldType t = named.get();
                if (t.hasOptions() && f.field().options().isEmpty()) {
                    List<String> defaults = RefineTypes.defaultOptions(f.field().label());
                    if (defaults.isEmpty()) {
                        s.mention(f.entity().key(), f.field().key());
                        continue;
                    }
                    s.setType(f.entity().key(), f.field().key(), t, defaults, null);
                } else {
                    if (t == FieldType.INTEGER && !what.text.matches(".*\\b(?:whole|integer|count|entier|entero|ganze)\\b.*")
                            && (f.field().type() == FieldType.MONEY || f.field().type() == FieldType.DECIMAL)) {
                        t = FieldType.DECIMAL;
                    }
                    s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
                }
            }
            return true;
        }
        return false;
    }
}
