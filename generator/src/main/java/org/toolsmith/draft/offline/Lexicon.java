package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * The words of one language that tell field types, list shapes and record kinds apart, read from
 * {@code lexicon/<lang>.json}. Every word is stored folded (lower case, no accents). Immutable.
 */
final class Lexicon {
    final Lang lang;
    final Set<String> stopwords;
    final List<String> articles;
    final List<String> intro;
    final Set<String> generic;
    final Set<String> tool;
    final List<String> and;
    final List<String> or;
    final List<String> yesNo;
    final List<String> whether;
    final List<String> several;
    final List<String> has;
    final List<String> belongs;
    /** Verbs of a record that ties others together ("an enrolment links an employee and a course"), and their connectors. */
    final List<String> joins;
    final List<String> joinSplit;
    /** A link said of each record ("each order goes to a supplier"): its opening words, the verb's words, and the object's. */
    final Set<String> linkSubjects;
    final Set<String> linkObjects;
    final Set<String> linkPreps;
    final Set<String> linkAux;
    /** Object pronouns before the verb ("cada venta la hace un vendedor"): the subject comes after. */
    final Set<String> linkClitics;
    /** The verb that gives a record its fields once the link is read ("has", "a", "tiene", "hat"). */
    final String linkHas;
    /** "who did which training", "qué empleado hizo qué curso": the question words of a pairing. */
    final Set<String> pairWho;
    final Set<String> pairWhich;
    /** Kinds of people a record can point to ("employee", "member"), singular. */
    final Set<String> peopleKinds;
    /** "must", "doit", "debe", "muss": words of a duty ("every employee must complete ..."). */
    final Set<String> duty;
    /** "by", "par", "por", "von": the preposition of a passive's doer. */
    final Set<String> agentPreps;
    /** Prepositions that tie a record to the kind it is about: "a visit to a client", "repairs on a vehicle". */
    final Set<String> kindPreps;
    /** A lead clause that only says who wants the tool ("Finance wants", "HR asked me to") and the words after it. */
    final List<String> wants;
    /** Participles that end a kind's name ("expense claims tracked", "equipment handed out"). */
    final Set<String> participles;
    /** "something for", "a way to": the kind comes after. */
    final List<String> something;
    /** "every time someone borrows one, we note ...": an event that is a record of its own. */
    final List<String> everyTime;
    /** "every time", "whenever": an event said to recur, whose object can be the record ("each time they fetch a hamper"). */
    final List<String> repeatedEvents;
    /** "does", "makes", "goes": verbs too light for what they act on to be the record ("whenever a warden makes the checks"). */
    final Set<String> lightVerbs;
    /** Verb forms that end a noun after "which" ("which donor gave it" → "donor"). */
    final Set<String> verbForms;
    /** "For vans just the plate and the model": words that open a list about a kind already named. */
    final List<String> forKind;
    /** "one inspection per site": the record comes before the word. */
    final Set<String> per;
    /** "one", "a single": a count that opens a kind's name ("one inspection per site"). */
    final List<String> one;
    /** Words that open a yes/no question ("Has the new starter got a laptop yet?"). */
    final List<String> questionAux;
    /** Words that make a question the writer's own ("can we", "do you"), lead-ins before a question ("also", "if so"), and answers no field holds ("possible"). */
    final Set<String> askers;
    final List<String> questionLeads;
    final Set<String> questionSkip;
    /** "X would be nice", "X would help too": a field wished for in a sentence of its own. */
    final Pattern wished;
    final Pattern alsoNeed;
    /** "note down", "write down": the particle after a recording verb. */
    final List<String> particles;
    /** "which is", "that can": what comes before an option marker after a comma. */
    final List<String> optionLeads;
    /** "fewer", "more": a wish about amounts, not a field. */
    final Set<String> comparatives;
    /** "roughly", "approximately": hedges before a field. */
    final List<String> hedges;
    /** "mostly", "some", "a couple of", "the odd": how common a value is, before options written as a spread. */
    final List<String> optionHedges;
    /** "the date it arrived", "la fecha en que llegó": a date word over a clause, read as the "when" question it stands for. */
    final Pattern dateClause;
    /** "most have names", "some have a nickname", "la plupart ont un surnom": group 1 is the field, which only some records have. */
    final Pattern someHave;
    final String dateClauseWh;
    /** "other", "autre", "sonstige": a catch-all value that only a list of options ends with. */
    final Set<String> otherValues;
    /** "from to", "du au", "von bis": the bounds of a date range, in pairs. */
    final List<String> rangeBounds;
    /** The two dates a range of bounds gives ("labels": range_start, range_end): "Start date", "End date". */
    final List<String> rangeLabels;
    /** "something", "someone": a subject that tells a story, not a record. */
    final Set<String> indefinites;
    /** "another agent can take it": a person word (group 1) and its verb (group 2); "by" for the label. */
    final Pattern actorVerb;
    final String byWord;
    /** "Hi all", "quick request", "Thanks": sentences that only greet. */
    final List<String> greetings;
    /** "it would be great to know if they turned up": the fields after the wish. */
    final Pattern wishedTo;
    /** "a tool", "something": words for the app itself, never a field. */
    final Set<String> notFields;
    final List<String> weHave;
    final List<String> forEach;
    final List<String> relative;
    final List<Wh> wh;
    final Pattern which;
    final List<TypeWords> types;
    final Set<String> identifier;
    /** Words of a label that names a record ("name", "title"): what a list of things has and a log entry has not. */
    final Set<String> namingWords;
    /** What a party or a thing has ("company", "contact", "email", "brand", "model"): fields, not values of a choice. */
    final Set<String> attributeWords;
    /** What an organisation has and a single person has not ("company", "contact person", "country"). */
    final Set<String> partyWords;
    /** Parties and sites a business keeps a list of (clients, patients, suppliers, sites …): {@link RegisterKinds}. */
    final Set<String> registerNouns;
    /** Places and things kept as a list but often a plain column (rooms, vehicles …): only a pick makes them kinds. */
    final Set<String> registerPlaces;
    final Map<String, List<String>> choiceDefaults;
    final Set<String> statusWords;
    final List<String> optionMarkers;
    /** "such as", "comme", "z. B.": words that open examples of a kind ({@link ExampleKinds}). */
    final List<String> exampleMarkers;
    /** "and so on", "etc": words that end a list of examples. */
    final List<String> exampleTails;
    final List<String> whWords;
    final Set<String> modifiers;
    final Set<String> ofWords;
    final Set<String> subjectWords;
    /** German "erfassen wir", "brauchen wir": a subject pronoun after its verb; the two only lead in a list. */
    final Set<String> invertedSubjects;
    /** "on a besoin de", "il nous faut", "wir brauchen": words that open a list's first item and name nothing. */
    final List<String> itemLeads;
    /** "Bei den Kunden reichen …", "Del pedido guardamos …": a preposition, a determiner and a kind open its list ({@link OwnerHeads}). */
    final Set<String> ownerPreps;
    final Set<String> ownerDeterminers;
    final List<String> ownerFillers;
    /** "welcher Mitarbeiter welche Schulung gemacht hat": groups are the two nouns and the verb; null when none. */
    final Pattern whichJoin;
    final Set<String> multiWords;
    final List<String> withWords;
    final Set<String> keepTogether;
    final List<String> verbs;
    /**
     * Verbs that take a kind as their object only after a subject ("we also deal with suppliers", "we issue laptops",
     * "we take in repairs"): one word or a verb and its particle. Not in {@link #verbs}, whose words are read anywhere.
     */
    final java.util.Set<String> objectVerbs;
    final String statusLabel;
    /** "$ details": the text beside a yes/no question that also asks which ("does it need medication and what"). */
    final String detailsLabel;
    /** "and what", "et quoi", "y cuál", "und welche": a yes/no question that also asks for the answer's details. */
    final List<String> detailsTail;
    final String notesBecause;
    final String entryLabel;
    final String usualLabel;
    final Set<String> modals;
    /** Compiled once: clause starts that end a label, and the shapes that open a list of options. */
    Pattern relativePattern;
    Pattern headCut;
    Pattern optionLead;
    /** An "and" (or only commas) left at the end of a clause cut off before the next one; with and without (?i). */
    Pattern trailingAndAnyCase;
    Pattern trailingAnd;
    /** An "and" opening a clause. */
    Pattern leadingAnd;
    /** The separators of an enumeration: commas or semicolons (maybe with "and"), or a bare "and". */
    Pattern enumerationGap;
    List<Pattern> hasPatterns;
    List<Pattern> recordVerbPatterns;
    List<Pattern> weHavePatterns;
    /** Small counts said in words ("six rooms"): a counted collection like "6 rooms". */
    List<String> numberWords;
    /** "I run a lab", "I work on the helpdesk": an opening that says where, not what is recorded. */
    Set<String> settingVerbs;
    /** "one", "it", "them": an object that points back to the kind named before. */
    Set<String> anaphors;
    /** Nouns for papers people file ("claim", "request"): after a verb they are the record, not its event. */
    Set<String> recordNouns;
    /** "each piece of feedback" is "each feedback": words that only count what follows; null when none. */
    Pattern partitives;
    final Pattern periodic;
    final String dateLabel;
    final Set<String> dateSuffix;
    final Set<String> possessives;
    final List<Rewrite> rewrites;
    /** Whole-sentence rewrites that put a verb-final link in the order the shapes read ("einem Gerät zugeordnet werden"). */
    final List<Rewrite> sentenceRewrites;
    /** Words of child-record clauses ("…, and it meets in several sessions, each …"); null when the language has none. */
    final RecordClauses.Grammar recordClauses;
    /** Kinds named first and described after ("Then shifts, which is …"); null when the language has none. */
    final AnnouncedKinds announcedKinds;
    /** Pairing records said as "who signed up for which shift"; null when the language has none. */
    final WhoDidWhich pairings;
    final Pattern also;
    /** A sentence that only adds a field as an afterthought ({@link Afterthoughts}); null when the language has none. */
    final Afterthoughts afterthought;
    final Set<String> actors;
    final Set<String> negations;
    final List<String> withSplit;
    final List<Narrative> narrative;
    final List<String> recordVerbs;
    /** A kind introduced in passing ({@link PassingKinds}): adverbs and verbs between the kind and its list. */
    final Set<String> passingAdverbs;
    final Set<String> passingVerbs;
    /** Have-verbs after a modal (peut avoir, puede tener, kann ... haben): {@link HasAfter}. */
    final Set<String> hasInfinitives;
    final Set<String> subordinators;
    final Set<String> npStop;
    final Set<String> pronouns;
    /** We, us; nous, on; nos, yo; wir, uns: personal pronouns of the writer's side, a clause about them ({@link BackgroundOpening}). */
    final Set<String> firstPerson;
    /** "voulons", "queremos", "möchten": wishes said in the first person, which the third-person `wants` lacks. */
    final List<String> firstPersonWishes;
    final Map<String, String> nominal;
    /** Participles and event verbs of "when a cow is served", "quand une vache vêle": the record the event names ("Service"). */
    final Map<String, String> eventNouns;
    /**
     * Folded words that name a place taken or asked for ("booking", "inscription", "Anmeldung", "act_nouns"): a kind so
     * named is an entry of the occasion before it, never a master the occasion points to.
     */
    final Set<String> actNouns;
    /** "each" said alone ("Each has …", "(chacun : …)") and the each-word that opens a noun in its place: {@link EachPronoun}. */
    final Map<String, String> eachPronouns;
    final String listOf;
    final String hasLabel;
    final String typeLabel;
    /** The label of a choice between lengths of time ("15 or 45 min", "half day or full day"). */
    final String durationLabel;
    final String nameLabel;
    final String notesLabel;

    /** A question-like phrase ("who reported it") and the field it stands for. */
    record Wh(Pattern pattern, String label, FieldType type) {
    }

    /** A phrase anywhere in a sentence that stands for a field ("approves or rejects" → a status). */
    record Narrative(Pattern pattern, String label, FieldType type, List<String> options) {
    }

    /** A label said the long way and its short form ("is assigned to a housekeeper" → "housekeeper"). */
    record Rewrite(Pattern pattern, String replacement) {
    }

    /** Words and phrases that point to one field type. */
    record TypeWords(FieldType type, List<String> phrases, Set<String> words) {
    }

    private Lexicon(Lang lang, JsonNode n) {
        this.lang = lang;
        stopwords = new HashSet<>(list(n, "stopwords"));
        articles = list(n, "articles");
        intro = list(n, "intro");
        generic = new HashSet<>(list(n, "generic"));
        tool = new HashSet<>(list(n, "tool"));
        and = list(n, "and");
        or = list(n, "or");
        yesNo = list(n, "yes_no");
        whether = list(n, "whether");
        several = list(n, "several");
        has = list(n, "has");
        belongs = list(n, "belongs");
        joins = list(n, "joins");
        joinSplit = list(n, "join_split");
        kindPreps = new HashSet<>(list(n, "kind_preps"));
        wants = list(n, "wants");
        participles = new HashSet<>(list(n, "participles"));
        something = list(n, "something");
        everyTime = list(n, "every_time");
        repeatedEvents = list(n, "repeated_events");
        lightVerbs = new HashSet<>(list(n, "light_verbs"));
        verbForms = new HashSet<>(list(n, "verb_forms"));
        forKind = list(n, "for_kind");
        per = new HashSet<>(list(n, "per"));
        one = list(n, "one");
        questionAux = list(n, "question_aux");
        askers = new HashSet<>(list(n, "askers"));
        questionLeads = list(n, "question_leads");
        questionSkip = new HashSet<>(list(n, "question_skip"));
        wished = Pattern.compile(Text.fold(n.path("wished").asText("^$")));
        alsoNeed = Pattern.compile(Text.fold(n.path("also_need").asText("^$")));
        particles = list(n, "particles");
        optionLeads = list(n, "option_leads");
        comparatives = new HashSet<>(list(n, "comparatives"));
        hedges = list(n, "hedges");
        optionHedges = list(n, "option_hedges");
        someHave = Pattern.compile(Text.fold(n.path("some_have").asText("^$")));
        dateClause = Pattern.compile(Text.fold(n.path("date_clause").path("pattern").asText("^$")));
        dateClauseWh = Text.fold(n.path("date_clause").path("wh").asText(""));
        otherValues = new HashSet<>(list(n, "other_values"));
        rangeBounds = list(n, "range_bounds");
        rangeLabels = List.of(n.path("labels").path("range_start").asText(""), n.path("labels").path("range_end").asText(""));
        indefinites = new HashSet<>(list(n, "indefinites"));
        actorVerb = Pattern.compile(Text.fold(n.path("actor_verb").asText("^$")));
        byWord = n.path("labels").path("by").asText("by");
        greetings = list(n, "greetings");
        wishedTo = Pattern.compile(Text.fold(n.path("wished_to").asText("^$")));
        notFields = new HashSet<>(list(n, "not_fields"));
        weHave = list(n, "we_have");
        numberWords = list(n, "number_words");
        settingVerbs = new HashSet<>(list(n, "setting_verbs"));
        anaphors = new HashSet<>(list(n, "anaphors"));
        recordNouns = new HashSet<>(list(n, "record_nouns"));
        forEach = list(n, "for_each");
        List<String> parts = list(n, "partitives");
        partitives = parts.isEmpty() ? null
                : Pattern.compile("(?iu)(?<=\\b(?:" + alternation(forEach) + "|" + alternation(articles) + "|\\d{1,4}" + (numberWords.isEmpty() ? "" : "|" + alternation(numberWords)) + ") )(?:" + alternation(parts) + ") ");
        relative = list(n, "relative");
        identifier = new HashSet<>(list(n, "identifier"));
        namingWords = new HashSet<>(list(n, "naming_words"));
        attributeWords = new HashSet<>(list(n, "attribute_words"));
        partyWords = new HashSet<>(list(n, "party_words"));
        registerNouns = new HashSet<>(list(n, "register_nouns"));
        registerPlaces = new HashSet<>(list(n, "register_places"));
        statusWords = new HashSet<>(list(n, "status_words"));
        optionMarkers = list(n, "option_markers");
        exampleMarkers = list(n, "example_markers");
        exampleTails = list(n, "example_tails");
        whWords = list(n, "wh_words");
        modifiers = new HashSet<>(list(n, "modifiers"));
        ofWords = new HashSet<>(list(n, "of_words"));
        subjectWords = new HashSet<>(list(n, "subject_words"));
        invertedSubjects = new HashSet<>(list(n, "inverted_subjects"));
        itemLeads = list(n, "item_leads");
        ownerPreps = new HashSet<>(list(n, "owner_preps"));
        ownerDeterminers = new HashSet<>(list(n, "owner_determiners"));
        ownerFillers = list(n, "owner_fillers");
        whichJoin = n.has("which_join") ? Pattern.compile(Text.fold(n.path("which_join").asText())) : null;
        multiWords = new HashSet<>(list(n, "multi_words"));
        withWords = list(n, "with_words");
        keepTogether = new HashSet<>(list(n, "keep_together"));
        verbs = list(n, "verbs");
        objectVerbs = new HashSet<>(list(n, "object_verbs"));
        npStop = new HashSet<>(list(n, "np_stop"));
        notesBecause = n.path("labels").path("notes_because").asText("");
        entryLabel = n.path("labels").path("entry").asText("entry");
        usualLabel = n.path("labels").path("usual").asText("Usual in");
        modals = new HashSet<>(list(n, "modals"));
        periodic = Pattern.compile(Text.fold(n.path("periodic").asText("^$")));
        dateLabel = n.path("labels").path("date").asText("Date");
        dateSuffix = new HashSet<>(list(n, "date_suffix"));
        possessives = new HashSet<>(list(n, "possessives"));
        List<Rewrite> rws = new ArrayList<>();
        for (JsonNode w : n.path("rewrites")) {
            rws.add(new Rewrite(Pattern.compile(Text.fold(w.get(0).asText())), w.get(1).asText()));
        }
        rewrites = List.copyOf(rws);
        List<Rewrite> srws = new ArrayList<>();
        for (JsonNode w : n.path("sentence_rewrites")) {
            srws.add(new Rewrite(Pattern.compile(w.get(0).asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), w.get(1).asText()));
        }
        sentenceRewrites = List.copyOf(srws);
        recordClauses = RecordClauses.Grammar.of(n.path("record_clauses"));
        announcedKinds = AnnouncedKinds.of(n.path("announced_kinds"));
        pairings = WhoDidWhich.of(n.path("pairings"), lang);
        also = Pattern.compile(Text.fold(n.path("also").asText("^$")));
        afterthought = Afterthoughts.of(n.path("afterthought"));
        actors = new HashSet<>(list(n, "actors"));
        negations = new HashSet<>(list(n, "negations"));
        withSplit = list(n, "with_split");
        recordVerbs = list(n, "record_verbs");
        passingAdverbs = new HashSet<>(list(n, "passing_adverbs"));
        passingVerbs = new HashSet<>(list(n, "passing_verbs"));
        hasInfinitives = new HashSet<>(list(n, "has_infinitives"));
        linkSubjects = new HashSet<>(list(n, "link_subjects"));
        linkObjects = new HashSet<>(list(n, "link_objects"));
        linkPreps = new HashSet<>(list(n, "link_preps"));
        linkAux = new HashSet<>(list(n, "link_aux"));
        linkClitics = new HashSet<>(list(n, "link_clitics"));
        linkHas = n.path("link_has").asText("has");
        pairWho = new HashSet<>(list(n, "pair_who"));
        pairWhich = new HashSet<>(list(n, "pair_which"));
        peopleKinds = new HashSet<>(list(n, "people_kinds"));
        duty = new HashSet<>(list(n, "duty"));
        agentPreps = new HashSet<>(list(n, "agent_preps"));
        subordinators = new HashSet<>(list(n, "subordinators"));
        List<Narrative> narr = new ArrayList<>();
        for (JsonNode w : n.path("narrative")) {
            List<String> opts = new ArrayList<>();
            w.path(3).forEach(o -> opts.add(o.asText()));
            narr.add(new Narrative(Pattern.compile(Text.fold(w.get(0).asText())), w.get(1).asText(),
                    FieldType.fromJson(w.get(2).asText()).orElseThrow(), List.copyOf(opts)));
        }
        narrative = List.copyOf(narr);
        pronouns = new HashSet<>(list(n, "pronouns"));
        firstPerson = Set.copyOf(list(n, "first_person"));
        firstPersonWishes = list(n, "first_person_wishes");
        Map<String, String> nom = new java.util.HashMap<>();
        n.path("nominal").fields().forEachRemaining(e -> nom.put(Text.fold(e.getKey()), e.getValue().asText()));
        nominal = Map.copyOf(nom);
        Map<String, String> ev = new java.util.HashMap<>();
        n.path("event_nouns").fields().forEachRemaining(e -> ev.put(Text.fold(e.getKey()), e.getValue().asText()));
        eventNouns = Map.copyOf(ev);
        Set<String> acts = new HashSet<>(list(n, "act_nouns"));
        Set<String> joined = new HashSet<>();
        acts.forEach(w -> joined.add(w.replace("-", "").replace(" ", "")));
        acts.addAll(joined);
        actNouns = Set.copyOf(acts);
        Map<String, String> each = new java.util.LinkedHashMap<>();
        n.path("each_pronouns").fields().forEachRemaining(e -> each.put(Text.fold(e.getKey()), e.getValue().asText()));
        eachPronouns = java.util.Collections.unmodifiableMap(each);
        listOf = Text.fold(n.path("labels").path("list_of").asText("list of"));
        hasLabel = n.path("labels").path("has").asText("Has");
        statusLabel = n.path("labels").path("status").asText("Status");
        detailsLabel = n.path("labels").path("details").asText("$ details");
        detailsTail = list(n, "details_tail");
        typeLabel = n.path("labels").path("type").asText("Type");
        durationLabel = n.path("labels").path("duration").asText("Duration");
        nameLabel = n.path("labels").path("name").asText("Name");
        notesLabel = n.path("labels").path("notes").asText("Notes");
        List<Wh> whs = new ArrayList<>();
        for (JsonNode w : n.path("wh")) {
            whs.add(new Wh(Pattern.compile(Text.fold(w.get(0).asText())), w.get(1).asText(),
                    FieldType.fromJson(w.get(2).asText()).orElseThrow()));
        }
        wh = List.copyOf(whs);
        which = Pattern.compile(Text.fold(n.path("which").asText("^$")));
        List<TypeWords> tw = new ArrayList<>();
        for (JsonNode t : n.path("types")) {
            tw.add(new TypeWords(FieldType.fromJson(t.get(0).asText()).orElseThrow(), folded(t.get(1)),
                    new HashSet<>(folded(t.get(2)))));
        }
        types = List.copyOf(tw);
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        n.path("choice_defaults").fields().forEachRemaining(e -> {
            List<String> opts = new ArrayList<>();
            e.getValue().forEach(o -> opts.add(o.asText()));
            defaults.put(Text.fold(e.getKey()), List.copyOf(opts));
        });
        choiceDefaults = Map.copyOf(defaults);
    }

    private static String alternation(java.util.Collection<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    private void compile() {
        String and = alternation(this.and);
        trailingAndAnyCase = Pattern.compile("(?i)[\\s,;]+(?:" + and + ")?[\\s,]*$");
        trailingAnd = Pattern.compile("[\\s,;]+(?:" + and + ")?\\s*$");
        leadingAnd = Pattern.compile("^(?:" + and + ")\\s+");
        enumerationGap = Pattern.compile("\\s*[,;]\\s*(?:(?:" + and + ")\\s+)?|\\s+(?:" + and + ")\\s+");
        relativePattern = Pattern.compile("\\s(?:" + alternation(relative) + ")(?=\\s|$|')");
        headCut = Pattern.compile("\\s(?:" + alternation(relative) + "|" + alternation(verbs) + "|" + alternation(npStop)
                + ")(?=\\s|$|')");
        optionLead = Pattern.compile("^(.{1,40}?)\\s*(?::|\\s-\\s|\\s(?:" + alternation(optionMarkers) + ")\\s)\\s*(.+)$",
                Pattern.CASE_INSENSITIVE);
        hasPatterns = has.stream().map(h -> Pattern.compile("^(.{2,60}?)\\s" + Pattern.quote(h) + "\\s(.+)$")).toList();
        recordVerbPatterns = recordVerbs.stream().map(v -> Pattern.compile("\\b" + Pattern.quote(v) + "\\s+(.+)$")).toList();
        weHavePatterns = weHave.stream().map(w -> Pattern.compile("\\b" + Pattern.quote(w)
                + "\\s+(?:about |around |some |over |roughly |nearly |almost |environ |unos |unas |etwa |rund |ca\\. |approx\\. |aprox\\. |env\\. )?(\\d+" + (numberWords.isEmpty() ? "" : "|" + alternation(numberWords)) + ")\\s+([\\p{L}-]+(?:\\s[\\p{L}-]+)?)"))
                .toList();
    }

    static Lexicon load(Lang lang) {
        Lexicon lex = new Lexicon(lang, LexiconFile.read(lang.code + ".json"));
        lex.compile();
        return lex;
    }

    private static List<String> list(JsonNode n, String name) {
        return folded(n.path(name));
    }

    private static List<String> folded(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(Text.fold(x.asText())));
        // longest first, so that "for each" is tried before "for"
        out.sort((a, b) -> b.length() - a.length());
        return List.copyOf(out);
    }

    /** Whether folded text starts like a question ("who", "when", "which"). */
    boolean whStart(String folded) {
        for (String w : whWords) {
            if (folded.startsWith(w + " ") || folded.startsWith(w + "'") || folded.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Default options for a choice field whose label names no options ("priority"). */
    List<String> defaultOptions(String foldedLabel) {
        for (String w : Text.words(foldedLabel)) {
            List<String> o = choiceDefaults.getOrDefault(w, choiceDefaults.get(Inflector.singularWord(lang, w)));
            if (o != null) {
                return o;
            }
        }
        return choiceDefaults.getOrDefault("*", List.of("Other"));
    }
}
