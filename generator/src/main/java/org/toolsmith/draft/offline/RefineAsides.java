package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clause says around its edit, so that fields named in passing stay as they were: a choice
 * field named in front ("for the status, add 'On hold'"), where a new field goes ("…, right after
 * the company"), and a need said just before the edit that meets it ("we want to know what's wrong
 * - add a fault description").
 */
final class RefineAsides {
    private static final Pattern SCOPE = p("^(?:for|on|in|pour|dans|sur|para|en|bei|beim|fur|im)\\s+(?:the\\s+|le\\s+|la\\s+|l'|les\\s+|el\\s+|los\\s+|las\\s+|den\\s+|dem\\s+|der\\s+|die\\s+|das\\s+)?"
            + "([\\w'-]+(?:\\s+[\\w'-]+){0,2})\\s*,\\s*(.+)$");
    private static final Pattern ADD_VALUES = p("^(?:please\\s+|bitte\\s+)?(?:add|also add|include|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|fug\\w*|erganz\\w*)\\s+(?:also\\s+|aussi\\s+|tambien\\s+|noch\\s+|auch\\s+)?(.+?)(?:\\s+(?:hinzu|dazu))?$");
    private static final Pattern REMOVE_VALUES = p("^(?:please\\s+|bitte\\s+)?(?:remove|drop|delete|take out|supprim\\w*|enlev\\w*|retir\\w*|quit\\w*|elimin\\w*|entfern\\w*|streich\\w*)\\s+(.+)$");
    /** ", right after the company", "juste après la société", "justo después del nombre", "direkt nach der Firma". */
    private static final Pattern PLACE = p("\\s*,?\\s+(?:right\\s+|just\\s+|directly\\s+|immediately\\s+|juste\\s+|justo\\s+|direkt\\s+|gleich\\s+)?"
            + "(?:after|before|below|above|under|next to|beside|apres|avant|sous|a cote d[eu']|despues de|antes de|debajo de|junto a|nach|vor|unter|neben)"
            + "\\s+(?:the\\s+|le\\s+|la\\s+|l'|les\\s+|el\\s+|la\\s+|los\\s+|las\\s+|dem\\s+|der\\s+|den\\s+|die\\s+|das\\s+)?([\\w' -]{2,40}?)(?:\\s+(?:field|one|champ|campo|feld))?$");
    private static final Pattern ADDING = p("^(?:please\\s+|also\\s+|bitte\\s+)*(?:add|include|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|fug\\w*)\\b");
    /** "(when it breaks) we want to know what's wrong": a need, met by the edit after it. */
    private static final Pattern NEED_TO_KNOW = p("^(?:(?:when|if|whenever|once|quand|lorsque|si|cuando|wenn|falls)\\b.*?,?\\s*)?(?:so\\s+)?"
            + "(?:we|i|on|nous|je|queremos|quiero|necesitamos|wir|ich)\\s+(?:also\\s+|aussi\\s+|tambien\\s+|auch\\s+)?(?:want|need|would like|'d like|like|veut|voudrait|voulons|aimerait|aimerions|veux|queremos|quiero|necesitamos|wollen|mochten|mussen|brauchen)\\s+"
            + "(?:to\\s+)?(?:know|see|savoir|saber|wissen)\\s*,?\\s+(?:what|what's|whats|why|pourquoi|quoi|ce qui|por que|que|warum|was|wieso|weshalb)\\b.*$");

    private static final Pattern SO_EDIT = p("^(?:so|therefore|hence|which means|donc|alors|du coup|asi que|por eso|por lo tanto|deshalb|daher|deswegen)\\s*,?\\s+(?:please\\s+|bitte\\s+)?"
            + "(?:remove|delete|drop|take|get rid|rename|make|change|set|add|ajout\\w*|supprim\\w*|enlev\\w*|retir\\w*|renomm\\w*|rend\\w*|anad\\w*|quit\\w*|elimin\\w*|renombr\\w*|haz|fug\\w*|entfern\\w*|losch\\w*|streich\\w*|benenn\\w*|mach\\w*)\\b");
    /** "so take it off the list": the edit acts on what the clause before said. */
    private static final Pattern POINTS_BACK = p("\\b(?:it|them|this|that|those|these|le|la|les|lo|los|las|ihn|sie|es|das)\\b|\\w(?:lo|la|los|las)\\b|-(?:le|la|les)\\b");
    private static final Pattern EDIT_FIRST = p("^(?:please\\s+|bitte\\s+)?(?:remove|delete|drop|get rid|rename|make|change|set|link|ajout\\w*|supprim\\w*|enlev\\w*|renomm\\w*|rend\\w*|anad\\w*|quit\\w*|elimin\\w*|renombr\\w*|haz|fug\\w*|entfern\\w*|losch\\w*|benenn\\w*|mach\\w*)\\b");
    private static final Pattern NAMED_VALUE = p("^(?:please\\s+|bitte\\s+)?(?:add|ajout\\w*|rajout\\w*|anad\\w*|agreg\\w*|fug\\w*|erganz\\w*)\\s+(?:also\\s+|aussi\\s+|tambien\\s+|noch\\s+|auch\\s+)?"
            + "(?:the\\s+|a\\s+|an\\s+|le\\s+|la\\s+|l'|un\\s+|une\\s+|el\\s+|una?\\s+|den\\s+|die\\s+|das\\s+|einen\\s+|eine\\s+|ein\\s+)?(?:new\\s+|nouvel\\w*\\s+|nouveau\\s+|nuev[oa]\\s+|neue\\w*\\s+)?"
            + "([\\w' -]{2,40}?)\\s+([\"«']\\s?\\S.*)$");

    /** "besides the price, …", "neben dem Kaufdatum brauchen wir…": a field named in passing, where the new one goes. */
    private static final Pattern BESIDES = p("^(?:besides|apart from|in addition to|as well as|next to|alongside|en plus d[eu]s?|en plus de la|en plus de l'|a cote d[eu]s?|ademas de(?:l| la| los| las)?|aparte de(?:l| la)?|junto (?:a|al|con)(?: la| el)?|neben|zusatzlich zu(?:m|r)?)\\s+"
            + "(?:the\\s+|dem\\s+|der\\s+|den\\s+|la\\s+|le\\s+|l'|les\\s+|el\\s+|los\\s+|las\\s+)?([\\w' -]{2,40}?)\\s*,?\\s+"
            + "(?=(?:we|i|add|also|please|il|on|nous|ajout|rajout|anad|agreg|necesit|hace falta|brauch|wir|bitte|fug|erfass|noch)\\w*\\b)");
    private static final Pattern VERB_SECOND_DE = p("^(brauchen|benotigen|wollen|mochten)\\s+wir\\b");

    private static final Pattern KEEP = p("^(?:but\\s+)?(?:let us\\s+|we(?:'ll| will| should| can)?\\s+|please\\s+)?keep\\s+(it|them|that|this|the\\s+[\\w' -]+?)\\s+"
            + "(?:as\\s+)?(required|mandatory|compulsory|optional|as it is|is|unchanged|the same|like (?:that|this|it is))$");

    private static final Pattern ADD_PAIRS = p("^(?:please\\s+)?(?:add|ajout\\w*|anad\\w*|agreg\\w*)\\s+(.+?)\\s+(?:to|aux?|a la|a l'|a los|a las|al)\\s+(?:the\\s+|les\\s+|la\\s+|le\\s+|los\\s+|las\\s+|el\\s+)?(.+?)"
            + "\\s*,?\\s+(?:and|et|y)\\s+(.+?)\\s+(?:to|aux?|a la|a l'|a los|a las|al)\\s+(?:the\\s+|les\\s+|la\\s+|le\\s+|los\\s+|las\\s+|el\\s+)?(.+?)$");
    /**
     * "Pending to the order" before "statuses": the values end where the place starts. "to/as/into" always say a
     * place; "for/in/on/of" only with "the/our", so "Parts on order" stays a value.
     */
    private static final Pattern PLACE_TAIL = Pattern.compile(".*\\s(?:(?:to|as|into)(?:\\s+(?:the|our))?(?:\\s+[\\w-]+)?|(?:for|in|on|of)(?:\\s+(?:the|our)(?:\\s+[\\w-]+)?)?)");
    private static final Pattern ADD_PLURAL = p("^(?:please\\s+)?(?:add|also add)\\s+(.+?)\\s+(?:as\\s+)?(?:new\\s+|more\\s+|extra\\s+)?([a-z][\\w-]*s)$");

    private RefineAsides() {
    }

    /** The clause without a field named in passing in front of it; that field tells the kind. */
    static RefineClause besides(RefineSession s, RefineClause c) {
        Matcher m = c.match(BESIDES);
        if (!m.find()) {
            return c;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.99) {
            return c;
        }
        s.mention(f.entity().key(), f.field().key());
        s.clauseEntity = f.entity().key();
        RefineClause rest = c.from(m.end());
        Matcher de = rest.match(VERB_SECOND_DE);
        return de.find() ? new RefineClause("wir " + rest.group(de, 1).orig + " " + rest.from(de.end()).orig) : rest;
    }

    /**
     * "add Urgent to the priorities and Network to the categories", "add Japanese and Thai cuisines":
     * values for choice fields named after them (several pairs share the verb).
     */
    /** "es kommen noch A und B dazu", "A et B s'ajoutent", "se suman A y B": values that come along, for the choice field just named. */
    private static final List<Pattern> COME_ALONG = List.of(
            p("^(?:und\\s+)?(?:es\\s+|da\\s+)?(?:kommen|kommt)\\s+(?:noch\\s+|auch\\s+|jetzt\\s+|neu\\s+|bald\\s+)*(.+?)\\s+(?:dazu|hinzu)$"),
            p("^(?:und\\s+)?(.+?)\\s+(?:kommen|kommt)\\s+(?:noch\\s+|auch\\s+|jetzt\\s+|neu\\s+|bald\\s+)*(?:dazu|hinzu)$"),
            p("^(?:et\\s+)?(?:il\\s+)?s'(?:y\\s+)?ajout(?:e|ent)\\s+(?:aussi\\s+|encore\\s+|desormais\\s+)*(.+)$"),
            p("^(?:et\\s+)?(.+?)\\s+s'(?:y\\s+)?ajout(?:e|ent)(?:\\s+(?:aussi|encore|desormais))?$"),
            p("^(?:y\\s+)?se\\s+(?:anaden|anade|suman|suma|incorporan|incorpora)\\s+(?:tambien\\s+|ahora\\s+)*(.+)$"),
            p("^(?:y\\s+)?(.+?)\\s+se\\s+(?:anaden|anade|suman|suma|incorporan|incorpora)(?:\\s+(?:tambien|ahora))?$"));

    private static boolean comeAlong(RefineSession s, RefineClause c) {
        RefineMatcher.FieldRef f = s.last();
        if (f == null || !f.field().type().hasOptions()) {
            return false;
        }
        for (Pattern p : COME_ALONG) {
            Matcher m = c.match(p);
            if (m.find() && !notFields(s, c.group(m, 1))) {
                List<String> values = values(c.group(m, 1));
                if (!values.isEmpty() && values.stream().allMatch(v -> v.split("\\s+").length <= 4)) {
                    s.addOptions(f.entity().key(), f.field().key(), values);
                    return true;
                }
            }
        }
        return false;
    }

    static boolean valuesFor(RefineSession s, RefineClause c) {
        if (comeAlong(s, c)) {
            return true;
        }
        Matcher m = c.match(ADD_PAIRS);
        if (m.find()) {
            RefineMatcher.FieldRef a = choice(s, c.group(m, 2));
            RefineMatcher.FieldRef b = choice(s, c.group(m, 4));
            if (a != null && b != null && !notFields(s, c.group(m, 1)) && !notFields(s, c.group(m, 3))) {
                s.addOptions(a.entity().key(), a.field().key(), RefineText.values(c.group(m, 1).orig));
                s.addOptions(b.entity().key(), b.field().key(), RefineText.values(c.group(m, 3).orig));
                return true;
            }
        }
        m = c.match(ADD_PLURAL);
        if (m.find()) {
            RefineMatcher.FieldRef f = choice(s, c.group(m, 2));
            if (f != null && !notFields(s, c.group(m, 1)) && c.group(m, 1).orig.matches("(?s)\\p{Lu}.*")
                    && !PLACE_TAIL.matcher(c.group(m, 1).text).matches()) {
                s.addOptions(f.entity().key(), f.field().key(), RefineText.values(c.group(m, 1).orig));
                return true;
            }
        }
        return false;
    }

    private static RefineMatcher.FieldRef choice(RefineSession s, RefineClause words) {
        RefineClause bare = new RefineClause(words.orig.replaceAll("(?i)\\s+(?:list|options|choices|values|liste|lista|optionen)$", ""));
        RefineMatcher.FieldRef f = RefineResolver.field(s, bare);
        if (f == null || f.score() < 0.99) {
            f = RefineResolver.field(s, new RefineClause(s.singular(bare.orig)));
        }
        if (f == null || f.score() < 0.99) {
            // "the paper sizes" for a choice field labelled "Paper": its label is all there
            List<String> said = RefineMatcher.words(bare.orig);
            f = s.spec.entities().stream().flatMap(e -> e.fields().stream().filter(x -> x.type().hasOptions())
                    .filter(x -> !RefineMatcher.words(x.label()).isEmpty() && RefineMatcher.words(x.label()).stream()
                            .allMatch(w -> said.stream().anyMatch(y -> RefineText.sameWord(w, y))))
                    .map(x -> new RefineMatcher.FieldRef(e, x, 0.99))).reduce((a, b) -> null).orElse(null);
        }
        return f != null && f.score() >= 0.99 && f.field().type().hasOptions() ? f : null;
    }

    /** True when some of the values are fields that exist (then they are not new values). */
    private static boolean notFields(RefineSession s, RefineClause values) {
        return RefineText.values(values.orig).stream().anyMatch(v -> {
            RefineMatcher.FieldRef f = RefineResolver.field(s, new RefineClause(v));
            return f != null && f.score() >= 0.99;
        });
    }

    /** "but let's keep it required", "keep the date as it is": the flag said again, or nothing to change. */
    static boolean keep(RefineSession s, RefineClause c) {
        Matcher m = c.match(KEEP);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null) {
            return false;
        }
        String how = m.group(2);
        if (how.matches("required|mandatory|compulsory|obligatoire|obligatori[oa]|pflicht")) {
            s.setRequired(f.entity().key(), f.field().key(), true);
        } else if (how.matches("optional|facultati(?:f|ve)|opcional|freiwillig")) {
            s.setRequired(f.entity().key(), f.field().key(), false);
        } else {
            s.already.add(f.field().label() + " stays as it is.");
        }
        return true;
    }

    /** "for the status, add 'On hold' and remove Broken": values of the choice field named in front. */
    static boolean scopedChoice(RefineSession s, RefineClause c) {
        Matcher m = c.match(SCOPE);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions()) {
            return false;
        }
        RefineClause rest = c.group(m, 2);
        Matcher add = rest.match(ADD_VALUES);
        if (add.find()) {
            List<String> values = values(rest.group(add, 1));
            if (values.isEmpty() || values.stream().anyMatch(v -> RefineResolver.field(s, new RefineClause(v)) != null
                    && f.field().options().stream().noneMatch(v::equalsIgnoreCase))) {
                return false;
            }
            s.addOptions(f.entity().key(), f.field().key(), values);
            s.mention(f.entity().key(), f.field().key());
            return true;
        }
        Matcher remove = rest.match(REMOVE_VALUES);
        if (remove.find()) {
            List<String> present = values(rest.group(remove, 1)).stream()
                    .flatMap(v -> f.field().options().stream().filter(v::equalsIgnoreCase)).toList();
            if (present.isEmpty()) {
                return false;
            }
            s.removeOptions(f.entity().key(), f.field().key(), present);
            s.mention(f.entity().key(), f.field().key());
            return true;
        }
        return false;
    }

    private static List<String> values(RefineClause words) {
        List<String> quoted = RefineText.quoted(words.orig);
        return quoted.isEmpty() ? RefineText.values(words.orig) : quoted.stream().map(RefineText::capitalize).toList();
    }

    /** The words of an addition that say where it goes, when they name a field that exists: {clause without them, the field's words}. */
    static RefineClause[] place(RefineSession s, RefineClause c) {
        if (!c.match(ADDING).find()) {
            return null;
        }
        Matcher m = c.match(PLACE);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        RefineClause anchor = c.group(m, 1);
        RefineMatcher.FieldRef f = RefineResolver.field(s, anchor);
        if (f == null || f.score() < 0.99) {
            return null;
        }
        return new RefineClause[] {c.sub(0, m.start()), anchor};
    }

    /** Puts the field just added after (or before) the one named. */
    static void move(RefineSession s, RefineClause said, RefineClause anchor) {
        RefineMatcher.FieldRef made = s.last();
        RefineMatcher.FieldRef at = RefineResolver.field(s, anchor);
        if (made == null || at == null || !made.entity().key().equals(at.entity().key()) || made.field().key().equals(at.field().key())) {
            return;
        }
        boolean before = said.text.matches(".*\\b(?:before|above|avant|antes|vor)\\b.*");
        List<org.toolsmith.spec.Field> fields = new java.util.ArrayList<>(made.entity().fields());
        fields.remove(made.field());
        int i = fields.indexOf(at.field());
        if (i < 0) {
            return;
        }
        fields.add(before ? i : i + 1, made.field());
        s.reorder(made.entity().key(), fields, made.field().label());
    }

    /**
     * "we don't send laptops away anymore, so remove 'Sent away'": the world said before "so" and
     * an explicit edit, which the edit acts on; the first clause alone is not an edit.
     */
    static boolean explainsNext(RefineClause clause, RefineClause next) {
        return next != null && next.match(SO_EDIT).find() && !next.match(POINTS_BACK).find()
                && !clause.match(ADDING).find() && !clause.match(EDIT_FIRST).find();
    }

    /** "add the status 'Cancelled'", "ajoute l'état « Annulée »": a value for the choice field named. */
    static boolean namedChoiceValue(RefineSession s, RefineClause c) {
        Matcher m = c.match(NAMED_VALUE);
        if (!m.find()) {
            return false;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, c.group(m, 1));
        List<String> values = RefineText.quoted(c.group(m, 2).orig);
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions() || values.isEmpty()) {
            return false;
        }
        s.addOptions(f.entity().key(), f.field().key(), values.stream().map(RefineText::capitalize).toList());
        s.mention(f.entity().key(), f.field().key());
        return true;
    }

    /** "we want to know what's wrong" right before "add a fault description": the need, not a field of its own. */
    static boolean metByNext(RefineClause clause, RefineClause next) {
        return next != null && clause.match(NEED_TO_KNOW).find() && OfflineRefiner.prepare(next).match(ADDING).find();
    }
}
