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
            p("^(?:there's\\s+)?(?:nobody|no one|noone|no-one)\\s+(?:uses|needs|fills in|looks at)\\s+(.+?)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:not needed|no longer needed|unnecessary|redundant|useless|not used)\\b"),
            p("\\bstop\\s+(?:tracking|recording|asking for|collecting)\\s+(.+)$"),
            p("\\b(?:supprim|enlev|retir|efface)\\w*\\s+(.+)$"),
            p("\\b(?:on n'a|nous n'avons)\\s+plus besoin\\s+(?:de|du|des|d')\\s*(.+)$"),
            p("\\b(?:quit(?:a|e|en|ar|ad)|elimin\\w*|borr(?:a|e|en|ar|ad)|suprim\\w*)\\s+(.+)$"),
            p("\\bya no\\s+(?:necesitamos|hace falta|usamos)\\s+(.+)$"),
            p("\\b(?:entfern|losch|streich)\\w*\\s+(.+?)(?:\\s+(?:raus|weg|heraus))?$"),
            p("^(.+?)\\s+(?:brauchen wir|braucht man|brauchen)\\s+nicht mehr\\b"),
            p("^(.+?)\\s+(?:kann|soll)\\s+weg$"));
    private static final Pattern REMOVE_OPTION = p("^(.+?)\\s+(?:from|out of|de|del|aus)\\s+(?:the\\s+|la\\s+|les\\s+|el\\s+|los\\s+|den\\s+)?(?:list of\\s+|choices (?:of|for)\\s+|options (?:of|for)\\s+)?(.+?)(?:\\s+(?:options?|choices?|list|values?))?$");
    private static final Pattern REQUIRED_WORD = p("\\b(?:required|mandatory|compulsory|obligatory|obligatoire|obligatoires|requis|obligatori[oa]s?|pflicht(?:feld|angabe)?|erforderlich|filled(?:\\s+in|\\s+out)?|always\\s+(?:be\\s+)?(?:given|entered|provided|set)|renseigne|rempli|ausgefullt)\\b");
    private static final Pattern OPTIONAL_WORD = p("\\b(?:optional|facultati(?:f|ve)|optionnel(?:le)?|opcional|freiwillig|not required|not mandatory|non-mandatory)\\b");
    private static final Pattern NEGATION = p("\\b(?:not|no longer|never|n't|shouldn't|doesn't|don't|isn't|aren't|needn't|ne|n'est|no|ya no|kein|keine|nicht)\\b|n't\\b");
    private static final Pattern UNIQUE_WORD = p("\\b(?:unique|uniques|unico|unica|eindeutig|einmalig|no duplicates?|never (?:be )?repeated|(?:can't|cannot|must not|mustn't) (?:be )?(?:repeated|duplicated))\\b");
    private static final Pattern MODAL = p("\\s+(?:must|should|shall|has to|have to|needs to|need to|is to|will|can|could|is|are|isn't|aren't|shouldn't|doesn't|don't|does not|do not|needn't|can't|cannot|doit|doivent|devrait|est|sont|n'est|ne doit|debe|deben|deberia|es|son|ya no es|no es|soll|sollte|muss|ist|sind|kann)\\b");
    private static final Pattern MAKE = p("^(?:make|set|mark|turn|rends|rendre|mets|haz|pon|mach|macht)\\s+(.+?)\\s+(?:as\\s+|zu\\s+|zum\\s+|en\\s+)?(?:a\\s+|an\\s+|un\\s+|une\\s+|una\\s+|ein\\s+|eine\\s+|einem\\s+)?");
    private static final Pattern SET_LIST = p("^(.+?)(?:\\s+(?:should|must|will|can|could|shall|needs to|has to|is|are|doit|doivent|devrait|est|sont|debe|deben|es|son|soll|sollte|muss|ist|sind)(?:\\s+only)?(?:\\s+(?:be|etre|ser|sein))?)?(?:\\s+(?:a|an|one|une|un|una|eine|ein))?(?:\\s+(?:fixed|closed|pick|drop-?down|select|simple))?(?:\\s+(?:list|dropdown|drop-down|menu|choice|selection|options|liste|lista|auswahl(?:liste)?)(?:\\s+(?:deroulante|desplegable))?)?(?:\\s+(?:of|with|de|con|mit))?\\s*(?::|\\bone of\\b|\\bl'un de\\b|\\buno de\\b|\\beiner von\\b)\\s*(.+)$");
    private static final Pattern SET_LIST_NO_COLON = p("^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+(.+?)\\s+(?:are|should be|will be)\\s+(.+)$|^(.+?)\\s+(?:is|are|should be|can be|can only be|must be|will be)\\s+(?:either\\s+)?(.+?(?:,|\\bor\\b).+)$");
    private static final List<Pattern> ADD_OPTIONS = List.of(
            p("^(?:add|include|allow|put|also allow)\\s+(.+?)\\s+(?:as|to)\\s+(?:an?\\s+|the\\s+|another\\s+)?(?:possible\\s+|new\\s+|extra\\s+|further\\s+)?(?:options?\\s+(?:for|of|in)\\s+(?:the\\s+)?)?(.+?)(?:\\s+(?:options?|choices?|values?|list))?$"),
            p("^(.+?)\\s+(?:can|could|may|should)\\s+also\\s+be\\s+(.+)$"),
            p("^(?:ajout|rajout)\\w*\\s+(.+?)\\s+(?:aux|a la|au|a l'|dans les|dans la|dans le|comme)\\s+(.+)$"),
            p("^(?:anad|agreg)\\w*\\s+(.+?)\\s+(?:a los|a las|al|a la|como|en)\\s+(.+)$"),
            p("^fug\\w*\\s+(.+?)\\s+(?:zu den|zur|zum|zu|bei den|als)\\s+(.+?)\\s+hinzu$"),
            p("^(.+?)\\s+(?:peut|peuvent) aussi etre\\s+(.+)$"),
            p("^(.+?)\\s+(?:tambien puede|puede tambien) ser\\s+(.+)$"),
            p("^(.+?)\\s+kann auch\\s+(.+?)\\s+sein$"));
    private static final Pattern ONE_TOO = p("\\b(?:a|an|another)\\s+(.+?)\\s+one\\b");
    private static final Pattern TOO_SMALL = p("^(.+?)\\s+(?:is|are)\\s+(?:too|way too|much too)\\s+(?:small|short|tiny|narrow)\\b");
    private static final List<Pattern> TYPE = List.of(
            p("^(?:make|turn|change|convert|switch|set)\\s+(.+?)\\s+(?:into|to|as)\\s+(?:a\\s+|an\\s+)?(.+)$"),
            p("^(?:make|turn|rends|mets|haz|pon|mach)\\s+(.+?)\\s+(?:a|an|un|une|una|ein|eine|einem|einen|en|zu|zum|zur)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(?:picked|chosen|selected|taken|looked up)\\s+(?:from|in|out of)\\s+(.+)$"),
            p("^(.+?)\\s+(?:should|must|needs? to|has to|could|can|will|shall|ought to)\\s+(?:only\\s+|rather\\s+|instead\\s+)?(?:be|become)\\s+(.+)$"),
            p("^(.+?)\\s+(?:is|are)\\s+(?:a|an)\\s+(.+)$"),
            p("^(.+?)\\s+(?:doit|doivent|devrait)\\s+etre\\s+(.+)$"),
            p("^(.+?)\\s+(?:debe|deben|deberia)\\s+ser\\s+(.+)$"),
            p("^(.+?)\\s+(?:soll|sollte|muss)\\s+(.+?)\\s+(?:sein|werden)$"));

    private RefineEdits() {
    }

    static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    static boolean rename(RefineSession s, RefineClause c) {
        for (Pattern p : RENAME) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause subject = c.group(m, 1);
            String label = RefineText.label(c.group(m, 2).orig.replaceAll("(?i)\\s+(?:please|pls|stp|svp|s'il (?:te|vous) pla[iî]t|por favor|bitte|instead|thanks?|thank you|merci|gracias|danke)\\s*$", ""));
            if (label.isEmpty()) {
                continue;
            }
            RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
            if (f != null) {
                s.rename(f.entity().key(), f.field().key(), label);
                return true;
            }
            Entity e = RefineResolver.entity(s, subject);
            if (e != null) {
                s.renameEntity(e.key(), label);
                return true;
            }
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
            target = new RefineClause(target.orig.replaceAll("(?i)\\s+(?:any ?more|anymore|now|please|too|as well|any longer|plus|ya|mehr)$", ""));
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
        Entity e = RefineResolver.entity(s, target);
        RefineMatcher.FieldRef f = RefineResolver.field(s, target);
        if (e != null && (kindWords || f == null || f.score() < 1.0)) {
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
        Matcher req = c.match(REQUIRED_WORD);
        Matcher opt = c.match(OPTIONAL_WORD);
        Matcher uni = c.match(UNIQUE_WORD);
        boolean isReq = req.find();
        boolean isOpt = opt.find();
        boolean isUni = uni.find();
        if (!isReq && !isOpt && !isUni) {
            return false;
        }
        int at = isOpt ? opt.start() : isReq ? req.start() : uni.start();
        RefineClause subject = subject(c, at);
        RefineMatcher.FieldRef f = RefineResolver.field(s, subject);
        if (f == null) {
            return false;
        }
        String around = c.sub(0, at).text.replace(subject.text, " ");
        boolean negated = NEGATION.matcher(around).find();
        if (isUni && !isReq && !isOpt) {
            s.setUnique(f.entity().key(), f.field().key(), !negated);
        } else {
            s.setRequired(f.entity().key(), f.field().key(), isOpt == negated);
        }
        return true;
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
                subject = n.group(1) != null ? c.group(n, 1) : c.group(n, 3);
                list = n.group(2) != null ? c.group(n, 2) : c.group(n, 4);
            }
        }
        if (subject != null && list != null) {
            RefineClause subj = new RefineClause(subject.orig.replaceAll("(?i)^(?:the\\s+)?(?:options|choices|values)\\s+(?:for|of)\\s+", ""));
            List<String> values = RefineText.values(list.orig);
            RefineMatcher.FieldRef f = RefineResolver.field(s, subj);
            boolean colon = c.text.contains(":") || c.text.contains("one of");
            boolean shortValues = values.stream().allMatch(v -> v.split("\\s+").length <= 3);
            if (f != null && values.size() >= (colon ? 1 : 2) && (colon || shortValues) && !RefineText.fold(subj.orig).matches("^(?:add|ajout|anad|agreg|fug)\\w*\\b.*")) {
                boolean multi = f.field().type() == FieldType.MULTI_CHOICE
                        || RefineTypes.named(c.text).filter(t -> t == FieldType.MULTI_CHOICE).isPresent();
                s.setOptions(f.entity().key(), f.field().key(), values);
                if (multi && f.field().type() != FieldType.MULTI_CHOICE) {
                    s.setType(f.entity().key(), f.field().key(), FieldType.MULTI_CHOICE, values, null);
                }
                return true;
            }
        }
        for (Pattern p : ADD_OPTIONS) {
            Matcher a = c.match(p);
            if (!a.find()) {
                continue;
            }
            boolean valuesFirst = !p.pattern().startsWith("^(.+?)\\s+(?:can") && !p.pattern().contains("peut") && !p.pattern().contains("tambien") && !p.pattern().contains("kann");
            RefineClause values = c.group(a, valuesFirst ? 1 : 2);
            RefineClause field = c.group(a, valuesFirst ? 2 : 1);
            RefineMatcher.FieldRef f = RefineResolver.field(s, field);
            if (f != null && f.field().type().hasOptions()) {
                s.addOptions(f.entity().key(), f.field().key(), RefineText.values(values.orig));
                return true;
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

    static boolean type(RefineSession s, RefineClause c) {
        Matcher small = c.match(TOO_SMALL);
        if (small.find()) {
            RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(small, 1));
            if (f != null) {
                s.setType(f.entity().key(), f.field().key(), FieldType.LONG_TEXT, List.of(), null);
                return true;
            }
        }
        for (Pattern p : TYPE) {
            Matcher m = c.match(p);
            if (!m.find()) {
                continue;
            }
            RefineClause what = c.group(m, 2);
            if (what.text.contains(":") || RefineText.values(what.orig).size() >= 2) {
                continue;
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
                        return false;
                    }
                    s.setType(f.entity().key(), f.field().key(), t, defaults, null);
                } else {
                    s.setType(f.entity().key(), f.field().key(), t, f.field().options(), null);
                }
            }
            return true;
        }
        return false;
    }
}
