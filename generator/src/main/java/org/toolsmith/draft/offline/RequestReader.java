package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Reads a request into record kinds and their fields: bullet lists under a heading, "Kind: a, b, c",
 * "for each kind: ...", "kinds have a, b and c", "kind (a, b, c)", lists with no heading (they go to
 * the main kind), "we have 6 rooms", and explicit links ("each project has several tasks").
 */
final class RequestReader {
    /** A clause that opens with its own subject ("we also need", "on doit aussi", "wir müssen auch"). */
    private static final Pattern SUBJECT_OPENS = Pattern.compile("^\\s*(?:we|i|they|nous|on|je|wir|ich|man)\\s+\\p{L}");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪‣]|\\d+[.)])\\s+(.*)$");
    private static final Pattern NEXT_CLAUSE = Pattern.compile(",\\s+(?:and|but|so|et|mais|y|pero|und|aber)\\s+");
    private static final Pattern DASH_HEAD = Pattern.compile("^(.{3,80}?)\\s+-\\s+(.+)$");

    final Lexicon lex;
    final NlpPipeline nlp;
    final ListSplitter splitter;
    final FieldReader fields;
    final HeadNames heads;
    final LeadCutter lead;
    private final KindMentions kinds;
    private final BlockShapes shapes;
    private final NarrativeReader narrative;
    private final LinkClauses linkClauses;
    private final QuestionSentences questions;
    /** Bounds that keep a 100,000-character request to a few seconds at most. */
    private static final int MAX_SENTENCES = 1500;
    private static final int MAX_SENTENCE = 3000;
    private static final int MAX_BULLETS = 300;
    private int sentences;
    /** The sentence as the paragraph gave it, before any reader cut it into parts. */
    private String topSentence = "";
    final Reading out = new Reading();
    /** The kind the sentence before a semicolon was about, which the rest of the sentence goes on describing. */
    private final RecordClauses recordClauses;
    final NestedKinds nestedKinds;
    private final ChildLists childLists;
    DraftEntity clauseTarget;
    DraftEntity lastEntity;
    private final EachPronoun eachPronoun;
    private final GroupThenList groupThenList;
    final BulletKinds bulletKinds;

    /** What was read: named kinds in order, the fields for the main kind, the title, the links. */
    static final class Reading {
        final List<DraftEntity> entities = new ArrayList<>();
        final DraftEntity main = new DraftEntity(null, null);
        String title;
        final List<String[]> links = new ArrayList<>();
        /** {record, kind, because}: "each visit to a client": a link when that kind is drafted, else a field. */
        final List<String[]> aboutLinks = new ArrayList<>();
        final List<String> collections = new ArrayList<>();
        /** {people kind or "", thing, because}: "who did which training": a record ties someone to a thing. */
        final List<String[]> pairings = new ArrayList<>();
        int listedFields;
        /** Lists of examples of a kind, taken out of the text: its type's options ({@link ExampleKinds}). */
        final List<ExampleKinds.Group> examples = new ArrayList<>();

        private static final Pattern GENITIVE = Pattern.compile("(\\p{Lu}\\p{L}+) (?:einer|eines|des|der) (\\p{Lu}\\p{L}+)");

        /** German: a kind named by a compound ("Eingangsrechnung") is the one its head names later ("Rechnung"). */
        boolean compoundHeads;

        /** Cleans a kind's name before it is looked up or made ("Samples come" → "Sample"). */
        java.util.function.UnaryOperator<String> names = n -> n;

        DraftEntity entity(String name, String because) {
            name = names.apply(name);
            java.util.regex.Matcher gen = GENITIVE.matcher(name);
            if (compoundHeads && gen.matches()) {
                // "Abrechnung einer Karte": the record, about the kind in the genitive (a link when that kind is drafted)
                name = gen.group(1);
                aboutLinks.add(new String[] {name, Text.fold(gen.group(2)), because});
            }
            if (compoundHeads && name.matches("\\p{L}+e[nm] \\p{Lu}\\p{L}+")) {
                // "Neuen Mandat" (from "zu jedem neuen Mandat"): the adjective keeps its case ending; the noun is the kind
                name = name.substring(name.indexOf(' ') + 1);
            }
            String k = Text.fold(name);
            for (DraftEntity e : entities) {
                if (Text.fold(e.name).equals(k)) {
                    return e;
                }
            }
            for (DraftEntity e : entities) {
                String en = Text.fold(e.name);
                if (compoundHeads && k.length() >= 4 && en.length() > k.length() + 2 && en.endsWith(k) && !k.contains(" ")) {
                    return e;
                }
            }
            DraftEntity e = new DraftEntity(name, because);
            entities.add(e);
            return e;
        }
    }

    RequestReader(Lexicon lex, NlpPipeline nlp) {
        this.lex = lex;
        this.nlp = nlp;
        this.splitter = new ListSplitter(lex);
        this.fields = new FieldReader(lex);
        this.heads = new HeadNames(lex);
        this.lead = new LeadCutter(lex, nlp);
        this.kinds = new KindMentions(this);
        this.shapes = new BlockShapes(this);
        this.narrative = new NarrativeReader(this);
        this.linkClauses = new LinkClauses(this);
        this.questions = new QuestionSentences(this);
        this.recordClauses = new RecordClauses(lex);
        this.nestedKinds = new NestedKinds(this);
        this.childLists = new ChildLists(this);
        this.eachPronoun = new EachPronoun(lex);
        this.groupThenList = new GroupThenList(this);
        this.bulletKinds = new BulletKinds(this);
        KindNames kindNames = new KindNames(lex, nlp, this::peopleWord);
        out.names = n -> kindNames.clean(KindFillers.strip(lex, n));
        out.compoundHeads = lex.lang == Lang.DE;
    }

    /** The whole request as written, for readers that look beyond their sentence ({@link PassingKinds}). */
    String request = "";

    Reading read(String request) {
        request = PlainOpenings.rewrite(lex.lang, DashAsides.rewrite(lex, AliasHeads.rewrite(lex, request))); // "une fiche par commande avec …", "Les clients, on …"
        this.request = request;
        request = RunOnLists.commas(lex, nlp, TypoFix.fix(lex, PastedNotes.layout(lex, GenderForms.normalize(lex.lang, MailFrame.body(request)))));
        request = IndefiniteEach.rewrite(lex.lang, request);
        request = VerblessGroups.rewrite(lex.lang, SeparateLists.rewrite(lex, EachClauseSplit.split(lex.lang, request)));
        String text = lex.announcedKinds == null ? clean(request) : lex.announcedKinds.asLists(clean(request));
        text = lex.pairings == null ? text : lex.pairings.asRecords(text);
        text = ExampleKinds.rewrite(lex, splitter, text, out.examples);
        List<String> lines = List.of(text.split("\n"));
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                flushParagraph(paragraph);
                continue;
            }
            Matcher b = BULLET.matcher(line);
            if (b.matches()) {
                // a heading line (kept in the paragraph) followed by bullets
                String heading = lastSentence(paragraph);
                List<String> bullets = new ArrayList<>();
                int j = i;
                while (j < lines.size()) {
                    Matcher bj = BULLET.matcher(lines.get(j).strip());
                    if (!bj.matches()) {
                        break;
                    }
                    if (bullets.size() < MAX_BULLETS) {
                        bullets.add(bj.group(1));
                    }
                    j++;
                }
                flushParagraph(paragraph);
                // "- Lieferanten mit Nummer, Name, …", "- Teile mit …": each bullet opens a kind as "Kind: …" does
                List<String> kindBullets = KindBullets.asKindLines(lex, bullets);
                if (kindBullets != bullets && kindLines(kindBullets)) {
                    bullets = kindBullets;
                }
                if (kindLines(bullets)) {
                    // "- Customer: company, contact, phone" under a title: each bullet is a kind of its own
                    if (out.title == null && !heading.isBlank()) {
                        out.title = heading;
                    }
                    bullets.forEach(this::guarded);
                    i = j - 1;
                    continue;
                }
                List<String> openings = bulletKinds.kindOpenings(bullets);
                if (openings != null) {
                    // "- customer (company, phone)", "- hire: customer, date, …", "- and whether …": a kind each,
                    // and a bullet that opens none goes on with the kind before it
                    if (out.title == null && !heading.isBlank()) {
                        out.title = heading;
                    }
                    DraftEntity saved = clauseTarget;
                    for (int k = 0; k < bullets.size(); k++) {
                        if (openings.get(k) != null) {
                            DraftEntity before = lastEntity;
                            clauseTarget = null;
                            guarded(openings.get(k));
                            clauseTarget = lastEntity != before && out.entities.contains(lastEntity) ? lastEntity : saved;
                        } else {
                            // read as the items of a list, as one kind's bullets are
                            addFields(null, lead.stripLead(splitter.split(bullets.get(k))), bullets.get(k));
                        }
                    }
                    clauseTarget = saved;
                    i = j - 1;
                    continue;
                }
                if (childBullets(heading, bullets)) {
                    i = j - 1;
                    continue;
                }
                block(heading, String.join("\n", bullets), heading + " " + String.join(", ", bullets));
                i = j - 1;
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(paragraph.toString().matches("(?s).*[.!?:]$") ? " " : ". ");
            }
            paragraph.append(line);
        }
        flushParagraph(paragraph);
        if (skippedText != null && out.title == null) {
            String lead = skippedText;
            skippedText = null;
            guarded(lead);
        }
        return out;
    }

    /**
     * Bullets under a heading that names a kind, some of them a kind of their own that belongs to it ("- findings:
     * each finding with …", "- actions - for each finding: …"): the heading's kind gets the other bullets, each child
     * its list and a link to its owner. False (nothing read) when the bullets are not so.
     */
    private boolean childBullets(String heading, List<String> bullets) {
        List<String[]> children = heading.isBlank() || heads.headName(heading) == null ? null : bulletKinds.children(bullets);
        if (children == null) {
            return false;
        }
        List<String> own = new ArrayList<>();
        for (int k = 0; k < bullets.size(); k++) {
            if (children.get(k) == null) {
                own.add(bullets.get(k));
            }
        }
        DraftEntity before = lastEntity;
        lastEntity = null;
        block(heading, String.join("\n", own), heading + " " + String.join(", ", own));
        DraftEntity parent = lastEntity;
        if (parent == null || parent == out.main || !out.entities.contains(parent)) {
            lastEntity = parent == null ? before : parent;
            return true;
        }
        for (int k = 0; k < bullets.size(); k++) {
            String[] c = children.get(k);
            if (c != null) {
                addFields(c[0], lead.stripLead(splitter.split(c[2])), bullets.get(k));
                out.aboutLinks.add(new String[] {c[0], Text.fold(c[1] == null ? parent.name : c[1]), bullets.get(k)});
            }
        }
        return true;
    }

    private static final Pattern KIND_LINE = Pattern.compile("^([^:,;()]{2,40}?)\\s*:\\s*(.+)$");
    /** "every", "chaque", "cada", "jede": a word that restates a section's records one by one. */
    private static final java.util.Set<String> EACH_WORDS = java.util.Set.of("each", "every", "chaque", "cada", "jede", "jeder", "jedes");

    /**
     * The label of a "Label: each &lt;label&gt; …; list" line ("Repairs: each repair belongs to a vehicle; date, cost"),
     * or null: the clause restates the label in the singular, and a list without a colon follows the semicolon.
     */
    private String restatedLabel(String s, int semi) {
        Matcher m = KIND_LINE.matcher(s);
        if (!m.matches() || m.start(2) > semi || s.indexOf(',', semi) < 0 || s.indexOf(':', semi) >= 0) {
            return null;
        }
        String label = m.group(1).strip();
        List<String> lw = Text.words(Text.fold(label));
        List<String> rw = Text.words(Text.fold(s.substring(m.start(2), semi)));
        if (lw.isEmpty() || lw.size() > 3 || rw.size() < lw.size() + 2 || !EACH_WORDS.contains(rw.get(0))) {
            return null;
        }
        String one = Text.fold(Inflector.singular(lex.lang, label));
        return String.join(" ", rw.subList(1, 1 + lw.size())).equals(one) ? label : null;
    }

    /** Whether the bullets are "Kind: field, field, …" lines (two at least, and no bullet that is not). */
    private boolean kindLines(List<String> bullets) {
        if (bullets.size() < 2) {
            return false;
        }
        for (String b : bullets) {
            Matcher m = KIND_LINE.matcher(b.strip());
            if (!m.matches() || Text.wordCount(m.group(1)) > 4 || splitter.split(m.group(2)).size() < 2) {
                return false;
            }
        }
        return true;
    }

    private String lastSentence(StringBuilder paragraph) {
        String p = paragraph.toString().strip();
        if (p.isEmpty()) {
            return "";
        }
        List<String> sentences = nlp.sentences(lex.lang, p);
        String last = sentences.get(sentences.size() - 1);
        paragraph.setLength(0);
        paragraph.append(p, 0, Math.max(0, p.lastIndexOf(last)));
        return last.replaceAll("[:\\s]+$", "");
    }

    private void flushParagraph(StringBuilder paragraph) {
        String p = paragraph.toString().strip();
        paragraph.setLength(0);
        if (p.isEmpty()) {
            return;
        }
        for (String s : nlp.sentences(lex.lang, p)) {
            guarded(s);
        }
    }

    /**
     * One sentence; a flaw in reading it loses that sentence, not the whole draft (the person still
     * gets the rest and can add what is missing by chatting). The flaw is logged for whoever fixes it.
     */
    private void guarded(String s) {
        topSentence = s;
        try {
            sentence(s);
        } catch (RuntimeException e) {
            System.err.println("offline drafter: could not read a sentence of " + Text.wordCount(s) + " words: " + e);
            java.util.Arrays.stream(e.getStackTrace()).limit(5).forEach(f -> System.err.println("    at " + f));
        }
    }

    static String clean(String request) {
        String t = Text.plainQuotes(request).replace("\r", "");
        t = t.replaceAll("[\\p{So}\\p{Cn}\\p{Cs}]", " ");
        t = t.replaceAll("\\s*(?:->|=>|→|⇒)\\s*", " / ");
        t = KindDefinitions.definedAfterComma(KindDefinitions.definedAfterAnd(KindDefinitions.asLists(t)));
        return t.replaceAll("[ \\t]+", " ").strip();
    }

    /** One sentence: the first shape that fits wins. */
    void sentence(String raw) {
        if (++sentences > MAX_SENTENCES) {
            return;
        }
        String s = raw.strip();
        if (lex.partitives != null) {
            s = lex.partitives.matcher(s).replaceAll("");
        }
        for (Lexicon.Rewrite rw : lex.sentenceRewrites) {
            s = rw.pattern().matcher(s).replaceFirst(rw.replacement());
        }
        s = EachOwnerList.rewrite(lex.lang, s);
        String[] withOwn = WithDetailsItem.split(lex.lang, s);
        if (withOwn != null) {
            // "…: the customer with their name and account number, date, …": the record's list, then the thing's own
            for (String part : withOwn) {
                sentence(part);
            }
            return;
        }
        String[] owned = OwnerLists.split(lex.lang, s);
        if (owned != null) {
            // "…, plus the dog's name, breed and owner's phone": the record's part, then the owner's own list
            for (String part : owned) {
                sentence(part);
            }
            return;
        }
        // "the person who approved it" is "who approved it"; "…, and we also need the approver" goes on with the list
        String asked = AddedDetails.asQuestions(lex.lang, AddedDetails.withoutSituation(lex.lang, s));
        String joined = AddedDetails.join(lex.lang, asked);
        // a clause the join brought after a comma is read as a question too; nothing to do when nothing was joined
        s = joined == asked ? asked : AddedDetails.asQuestions(lex.lang, joined);
        String[] ownList = EachOwnerList.split(lex.lang, s);
        if (ownList != null) {
            // "…, and for the customer the name, address and phone": the party's own list after the record's
            sentence(ownList[0]);
            sentence(ownList[1]);
            return;
        }
        if (s.length() > MAX_SENTENCE) {
            // a run-on "sentence" this long is a pasted list: read its start, cut at a comma
            int cut = s.lastIndexOf(',', MAX_SENTENCE);
            s = s.substring(0, cut > 0 ? cut : MAX_SENTENCE);
        }
        s = s.replaceAll("[.!]+$", "").strip();
        if (s.chars().noneMatch(Character::isLetter)) {
            return;
        }
        if (s.isEmpty()) {
            return;
        }
        s = nestedKinds.subjectGroup(s);
        if (s.isEmpty()) {
            // "Customer (name, phone, email).": the kind and its fields, nothing else said
            return;
        }
        String[] group = nestedKinds.groupAtEnd(s);
        if (group != null && eventStart(s) < 0) {
            // (not after an event: "every time a driver takes a van out (who, mileage, …)" lists what is logged)
            // "each repair is for a customer machine (serial number, model, location)": the machine's own list after the sentence
            sentence(group[0]);
            sentence(group[1]);
            return;
        }
        s = nestedKinds.readOff(eachPronoun.sentence(eachPronoun.inGroups(nestedKinds.childAfterList(s)), lastEntity), s);
        s = EachGroup.colon(lex, splitter, DashHeading.colon(splitter, ExampleGroups.drop(lex, splitter, s)));
        int logStart = lex.lang == Lang.EN ? eventStart(s) : -1;
        String logged = logStart > 0 ? loggedEvent(s, logStart) : null;
        if (logged != null) {
            // "Also want to log when someone reports a jam (who, …)": read as "when someone reports a jam we note: who, …"
            s = logged;
        }
        if (greeting(s)) {
            // "Hi all, quick request." names nothing, not even the app
            sentences--;
            return;
        }
        if (out.title == null && sentences == 1 && leadQuestion(raw)) {
            // "Has the new starter got a laptop yet? Nobody knows." only says why the tool is needed
            sentences--;
            skippedLead = true;
            skippedText = raw;
            return;
        }
        if (out.title == null) {
            out.title = s;
        }
        if (someHave(s)) {
            return;
        }
        if (childLists.section(s)) {
            // "Incidents : pour chaque chantier, date, …", "Attendance: per session per employee -> present / absent"
            return;
        }
        if (addedAfter(s)) {
            return;
        }
        int subjectSemi = depthZeroIndex(s, ';');
        if (subjectSemi > 0 && SUBJECT_OPENS.matcher(Text.fold(s.substring(subjectSemi + 1))).find()) {
            // "Key loans with key, borrower and return date; we also need the approver noted": a sentence of its own
            // after the list, which a reader of the whole would otherwise take as one wish and lose the list
            splitAt(s, subjectSemi);
            return;
        }
        if (questions.read(raw) || !recordClauses.logFor(s) && wished(s) || choiceSentence(s) || childLists.read(s)) {
            return;
        }
        List<String> childRecords = recordClauses.rewrite(s);
        if (childRecords != null) {
            // "…, and it meets in several sessions, each on a date with a room": the child record in plain sentences
            if (recordClauses.owner != null && new KindLinker(lex).find(out.entities, recordClauses.owner).isEmpty()) {
                // "for each sample we run several tests": what owns records is a kind of its own
                out.entity(Text.capitalize(recordClauses.owner), s);
            }
            childRecords.forEach(this::sentence);
            return;
        }
        if (groupThenList.read(s)) {
            return;
        }
        int semi = depthZeroIndex(s, ';');
        String restated = semi > 0 ? restatedLabel(s, semi) : null;
        if (restated != null) {
            // "Repairs: each repair belongs to a vehicle; date, cost, garage": the list after the semicolon is the
            // section's own, not the kind before
            sentence(s.substring(0, semi));
            sentence(restated + ": " + s.substring(semi + 1).strip());
            return;
        }
        if (semi > 0) {
            splitAt(s, semi);
            return;
        }
        int andEach = linkClauses.andEach(s);
        if (andEach > 0) {
            // "Each book belongs to a category and each loan is for one book": two sentences
            sentence(lex.trailingAndAnyCase.matcher(s.substring(0, andEach)).replaceAll(""));
            sentence(s.substring(andEach));
            return;
        }
        int event = eventStart(s);
        if (event > 0) {
            // "..., and every time someone borrows one we note who and when": two sentences
            sentence(lex.trailingAnd.matcher(s.substring(0, event)).replaceAll(""));
            sentence(s.substring(event));
            return;
        }
        if (event == 0 && narrative.event(s)) {
            return;
        }
        if (PassingKinds.sentence(this, s) || ownerList(s) || weHaveWith(s) || kindSegments(s)) {
            return;
        }
        kinds.passingLink(s);
        if (WhichJoins.read(this, s)) {
            return;
        }
        linkClauses.pairing(s);
        if (kinds.join(s)) {
            return;
        }
        String linked = linkClauses.read(s);
        if (linked == null && kinds.links(s)) {
            return;
        }
        if (linked != null && !LinkClauses.kept(linked)) {
            // "Each order goes to a supplier and has the date, ...": the link is noted, the rest read on
            if (!linked.isBlank()) {
                sentence(linked);
            }
            return;
        }
        if (kinds.weHave(s)) {
            return;
        }
        int consumed = shapes.parentheticalBlocks(s);
        if (consumed > 0) {
            String rest = s.substring(consumed).replaceAll("^[\\s,;.]+", "");
            if (Text.wordCount(rest) >= 3) {
                sentence(rest);
            }
            return;
        }
        int colon = colonAtDepthZero(s);
        if (colon > 0 && colon < s.length() - 1 && eachTail(s.substring(0, colon)) > 0) {
            // "a list of the children with name and group, and for each child the absences: from, to, reason"
            int cut = eachTail(s.substring(0, colon));
            sentence(s.substring(0, cut));
            String tail = lex.leadingAnd.matcher(s.substring(cut + 1, colon).strip()).replaceFirst("");
            String owner = heads.forEachOwner(tail);
            // the records are the noun after the owner: "zu jedem Kind die Abwesenheiten" → Abwesenheit
            List<String> tw = Text.words(Text.fold(tail));
            int o = tw.indexOf(Text.fold(owner));
            String records = null;
            for (int k = Math.max(0, o + 1); o >= 0 && k < tw.size() && records == null; k++) {
                if (!lex.articles.contains(tw.get(k)) && !lex.stopwords.contains(tw.get(k))) {
                    records = Text.capitalize(Inflector.singular(lex.lang, FieldReader.original(tail, tw.get(k))));
                }
            }
            if (records == null) {
                block(tail, s.substring(colon + 1), s);
                return;
            }
            addFields(records, lead.stripLead(splitter.split(s.substring(colon + 1))), s);
            out.links.add(new String[] {records, owner, s});
            return;
        }
        // a chatty heading may run long ("I'd like something where a colleague can book the van for a day:")
        if (colon > 0 && colon < s.length() - 1 && (Text.wordCount(s.substring(0, colon)) <= 12
                || (Text.wordCount(s.substring(0, colon)) <= 18 && splitter.split(s.substring(colon + 1)).size() >= 3))) {
            String list = s.substring(colon + 1);
            if (kinds.join(list.strip())) {
                return;
            }
            String linkedList = linkClauses.read(list.strip());
            if (linkedList != null && !LinkClauses.kept(linkedList)) {
                // "Gestion des sinistres : chaque sinistre est déclaré par un client et concerne un contrat"
                if (!linkedList.isBlank()) {
                    sentence(linkedList);
                }
                return;
            }
            List<ListSplitter.Item> items = splitter.split(list);
            if (shapes.hasBlock(list.strip())) {
                return;
            }
            if (items.size() >= 2 && items.stream().allMatch(i -> lead.clause(i.text()))) {
                // "parcels are worse: couriers drop them off and nobody knows they're here"
                return;
            }
            if (!items.isEmpty() && heads.forEachKind(items.get(0).text()) != null && heads.forEachKind(s.substring(0, colon)) == null) {
                // "Para el mantenimiento de la flota: por cada vehículo anotamos …": the list names its own kind
                sentence(list.strip());
                return;
            }
            if (items.size() == 1 && ActHeading.act(lex, list)) {
                sentence(list.strip());
                return;
            }
            if (items.size() >= 2 || (items.size() == 1 && Text.wordCount(list) <= 3)) {
                block(s.substring(0, colon), list, s);
                return;
            }
            s = s.substring(colon + 1).strip();
        }
        Matcher dash = DASH_HEAD.matcher(s);
        if (dash.matches() && (dash.group(2).contains(",") || pluralDetails(dash.group(1), dash.group(2))) && Text.wordCount(dash.group(1)) <= 8
                && !dash.group(2).contains(" - ")) {
            block(dash.group(1), dash.group(2), s);
            return;
        }
        if (shapes.kindsWith(s) || withBlock(s) || shapes.hasBlock(s)) {
            return;
        }
        if (narrative.actor(s)) {
            return;
        }
        if (shapes.weHaveLike(s) || forKnownKind(s) || narrative.verbEvery(s)) {
            return;
        }
        List<ListSplitter.Item> split = splitter.split(s);
        List<ListSplitter.Item> items = lead.stripLead(split);

        // "De cada inscripción guardamos el alumno, el taller, ...": a list the heading says is about a kind
        String eachKind = split.isEmpty() ? null : heads.forEachKind(split.get(0).text());
        if (eachKind == null && !split.isEmpty() && items.size() >= 2) {
            // "For students we keep the name, the year group and ...": a plural after "for", then who records
            eachKind = heads.forPluralKind(split.get(0).text());
            if (eachKind != null && items.get(0).text().equals(split.get(0).text())) {
                // "For the cars I need the plate, ...": the lead ends at the wish
                String first = heads.afterWish(items.get(0).text());
                if (first != null) {
                    items = new ArrayList<>(items);
                    items.set(0, new ListSplitter.Item(first, items.get(0).options(), items.get(0).joined()));
                }
            }
        }
        if (eachKind == null && !split.isEmpty() && items.size() >= 2) {
            // "We keep each volunteer's name, phone and the days they can help": the owner is the kind
            eachKind = heads.possessiveKind(split.get(0).text());
        }
        if (eachKind == null && split.size() >= 2 && items.size() >= 2) {
            // "Pour les véhicules, on a besoin de …": the first item only names the kind
            eachKind = heads.forKindOnly(split.get(0).text());
            if (eachKind != null && Text.fold(items.get(0).text()).equals(Text.fold(split.get(0).text()))) {
                items = new ArrayList<>(items.subList(1, items.size()));
            }
        }
        if (eachKind == null && !split.isEmpty() && items.size() >= 2) {
            // "Il faudrait noter pour chaque emprunt l'agent, le véhicule, …": "for each" inside the first item
            // read on the item as written: the lead cutter may already have dropped "… pour chaque emprunt"
            String[] inner = heads.midForEach(split.get(0).text());
            if (inner != null) {
                eachKind = inner[0];
                if (items.get(0).text().equals(split.get(0).text())) {
                    items = new ArrayList<>(items);
                    items.set(0, new ListSplitter.Item(inner[1], items.get(0).options(), items.get(0).joined()));
                }
            }
        }
        // "For each van we keep the registration and the MOT date": two items are enough after "for each"
        if (eachKind != null && items.size() >= 2) {
            // "Every service visit should be logged with the vehicle, ...": what is left of the heading is no field
            List<String> w0 = Text.words(Text.fold(items.get(0).text()));
            // a modal and a recording participle or verb: "visit should be logged" (not "adresse de livraison")
            String last0 = w0.isEmpty() ? "" : w0.get(w0.size() - 1);
            if (w0.size() >= 3 && w0.subList(1, w0.size()).stream().anyMatch(lex.modals::contains)
                    && (lex.participles.contains(last0) || lex.recordVerbs.contains(last0) || lex.verbs.contains(last0))
                    && !FieldTyper.hasTypeWord(lex, Text.fold(items.get(0).text())) && !lex.whStart(Text.fold(items.get(0).text()))) {
                items = new ArrayList<>(items.subList(1, items.size()));
            }
        }
        if (eachKind != null && items.size() == 1 && split.size() == 1 && new KindLinker(lex).find(out.entities, eachKind).isPresent()
                && Text.wordCount(items.get(0).text()) <= 6 && lex.whStart(Text.fold(items.get(0).text()))) {
            // "For each case we also note which technician made it": one more field of a kind described before
            addFields(eachKind, items, s);
            return;
        }
        boolean eachList = items.size() >= 2 && eachKind != null
                && items.stream().allMatch(i -> Text.wordCount(noParens(i.text())) <= 5 || shortPhrase(noParens(i.text()))
                        || lex.whStart(Text.fold(i.text())));
        if ((items.size() >= 3 || eachList) && (eachList || (fields.fieldish(items) && lead.nounItems(items, split)))) {
            if (narrative.kindsList(items)) {
                return;
            }
            // "Each loan records the student, the tablet, ...": the list is about that kind
            String kind = eachKind;
            // "We also bill time, so each time entry should say which matter, ...": the second item may name it
            int from = 0;
            for (int k = 0; kind == null && k < Math.min(2, split.size()); k++) {
                kind = heads.innerEachKind(split.get(k).text());
                from = kind != null && items.size() == split.size() ? k : 0;
            }
            if (kind == null && BackgroundOpening.is(lex, out.entities, request, s)) {
                // "Les écoles nous prennent des vélos, des casques …": the writer's situation, not a list of fields
                return;
            }
            addFields(kind, items.subList(from, items.size()), s);
            return;
        }
        if (afterthought(s)) {
            return;
        }
        Matcher also = lex.also.matcher(Text.fold(s));
        // the lexicon's pattern may have several alternatives, each with its own group: take the one that matched
        int g = also.matches() ? firstGroup(also) : 0;
        if (g > 0 && Text.wordCount(also.group(g)) <= 4 && Text.fold(s).length() == s.length()) {
            String item = s.substring(also.start(g), also.end(g));
            if (FieldTyper.hasTypeWord(lex, Text.fold(item)) || lex.whStart(Text.fold(item))) {
                addFields(null, List.of(new ListSplitter.Item(item)), s);
                return;
            }
        }
        DraftEntity target = clauseTarget != null ? clauseTarget : out.main;
        String each = heads.innerEachKind(s);
        if (each != null) {
            // "..., so each time entry should say which matter, who worked on it, ..."
            target = out.entity(each, s);
            lastEntity = target;
        }
        narrative.narrative(s, target);
        if (each != null && target.fields.isEmpty()) {
            out.entities.remove(target);
        }
    }

    /**
     * "For every machine we record repairs with the date, the technician and the cost": a heading
     * that names what is recorded, then "with" and its fields.
     */
    private boolean withBlock(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (String w : lex.withWords) {
            int at = f.indexOf(" " + w + " ");
            if (at <= 0 || Text.wordCount(s.substring(0, at)) > 12) {
                continue;
            }
            String head = s.substring(0, at);
            String list = s.substring(at + w.length() + 2);
            if (((heads.verbObject(head) == null && heads.afterLead(head) == null && heads.nominal(Text.fold(head)) == null
                    && InvertedClauses.kind(lex, head) == null) || heads.headName(head) == null) && heads.perRecord(head) == null) {
                return false;
            }
            List<ListSplitter.Item> items = lead.stripLead(splitter.split(list));
            if (items.size() >= 2 && (fields.fieldish(items) || ((pluralEnd(head) || eachIn(head)) && twoTyped(items)))) {
                block(head, list, s);
                return true;
            }
            if (items.size() == 1 && pluralEnd(head) && Text.fold(head).contains(lex.listOf + " ") && Text.wordCount(items.get(0).text()) <= 4) {
                // "a list of suppliers with contact details": a kind of its own, named, with that detail
                String name = heads.headName(head);
                if (name != null) {
                    out.entity(name, s).add(new DraftField(lex.nameLabel, FieldType.TEXT, s));
                    block(head, list, s);
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Where the last clause of a long heading starts when it is "and for each X the Ys" (the list after
     * the colon is the Ys'), or -1: "…, und zu jedem Kind die Abwesenheiten".
     */
    private int eachTail(String head) {
        int comma = head.lastIndexOf(',');
        if (comma <= 0 || Text.wordCount(head.substring(0, comma)) < 4) {
            return -1;
        }
        String tail = head.substring(comma + 1).strip();
        String f = Text.fold(tail);
        for (String a : lex.and) {
            if (f.startsWith(a + " ")) {
                tail = tail.substring(a.length()).strip();
                break;
            }
        }
        String clause = tail;
        List<String> w = Text.words(Text.fold(clause));
        boolean each = !w.isEmpty() && w.size() <= 6 && lex.forEach.stream().anyMatch(fe -> Text.fold(clause).startsWith(fe + " ") && fe.contains(" "));
        return each && heads.forEachOwner(clause) != null && heads.headName(clause) != null ? comma : -1;
    }

    /** "a list of members": the head ends on a plural noun (a collection, not one form or one tool). */
    private boolean pluralEnd(String head) {
        List<String> w = Text.words(Text.fold(head));
        if (w.isEmpty()) {
            return false;
        }
        String last = w.get(w.size() - 1);
        return !Inflector.singular(lex.lang, last).equals(last);
    }

    /** "the visits of each client": the head is about every one of a kind. */
    private boolean eachIn(String head) {
        return Text.words(Text.fold(head)).stream().anyMatch(w -> lex.forEach.contains(w) && !lex.per.contains(w));
    }

    /** "members with name and email": after a kind and "with", two short items one of which a type word names. */
    private boolean twoTyped(List<ListSplitter.Item> items) {
        return items.size() == 2 && items.stream().allMatch(i -> {
            // "la fecha y el motivo": an article is no pronoun, though "la" is both in Spanish
            List<String> w = Text.words(Text.fold(i.text())).stream().filter(x -> !lex.articles.contains(x)).toList();
            return !w.isEmpty() && w.size() <= 3 && w.stream().noneMatch(lex.pronouns::contains);
        }) && items.stream().anyMatch(i -> FieldTyper.hasTypeWord(lex, Text.fold(i.text())));
    }

    /**
     * "the suppliers we buy from and the purchase orders we send them: ...": the list is about the
     * last kind; the ones before it are kinds of their own. Returns the heading of the last one.
     */
    private String twoKindHead(String head, String because) {
        String f = Text.fold(head);
        if (f.length() != head.length()) {
            return head;
        }
        for (String a : lex.and) {
            int at = f.lastIndexOf(" " + a + " ");
            if (at <= 0) {
                continue;
            }
            String first = head.substring(0, at);
            String last = head.substring(at + a.length() + 2);
            String lastName = heads.headName(last);
            String firstName = heads.headName(first);
            if (lastName == null || firstName == null || Text.fold(firstName).equals(Text.fold(lastName))
                    || !shapes.collectionHead(first) || !shapes.collectionHead(last)) {
                return head;
            }
            DraftEntity e = out.entity(firstName, because);
            if (e.fields.isEmpty()) {
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, because));
            }
            return last;
        }
        return head;
    }

    /**
     * "A scan of the invoice would be nice", "Payroll also needs the hourly rate": a field wished
     * for in a sentence of its own, for the kind being described.
     */
    private boolean wished(String sentence) {
        for (String s : WishTarget.clauses(sentence)) {
            if (wishedClause(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a wished object is the records of each owner followed by their list: "each pupil's laptops: asset tag,
     * model", "every member's bookings: date, court" (an each-word, a possessive, a plural, then a colon).
     */
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern OWNER_WORD = Pattern.compile("\\p{L}{3,}(?:'s|s')");

    private boolean eachOwnersList(String object) {
        int colon = object.indexOf(':');
        if (colon <= 0 || splitter.split(object.substring(colon + 1)).size() < 2) {
            return false;
        }
        List<String> w = List.of(BLANKS.split(object.substring(0, colon).strip()));
        for (int k = 1; k < w.size() - 1; k++) {
            String owner = Text.fold(w.get(k));
            String last = Text.fold(w.get(w.size() - 1));
            if (lex.forEach.contains(Text.fold(w.get(k - 1))) && OWNER_WORD.matcher(owner).matches() && w.size() - k <= 3
                    && !Inflector.singularWord(lex.lang, last).equals(last)) {
                return true;
            }
        }
        return false;
    }

    private boolean wishedClause(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (Pattern p : List.of(lex.wished, lex.alsoNeed, lex.wishedTo)) {
            Matcher m = p.matcher(f);
            if (!m.find() || m.group(1) == null) {
                continue;
            }
            if (eachOwnersList(s.substring(m.start(1), m.end(1)))) {
                // "we also need each pupil's laptops: asset tag, model, …": a kind of its own, read by the heading shapes
                return false;
            }
            if (groupThenList.alone(s.substring(m.start(1), m.end(1)))) {
                // "we also need the prep evenings (date, who leads it)": a kind with its own list
                return true;
            }
            String[] kind = WeHaveWith.object(lex, s.substring(m.start(1), m.end(1)));
            if (kind != null && ownList(kind, s)) {
                // "we would also like a list of caterers with their office number and our client code": a kind with its fields
                return true;
            }
            WishTarget.Found on = WishTarget.find(lex, s.substring(m.start(1), m.end(1)), out.entities);
            List<ListSplitter.Item> items = splitter.split(on != null ? on.said() : s.substring(m.start(1), m.end(1)));
            boolean plain = !items.isEmpty() && items.stream().allMatch(i -> {
                List<String> w = Text.words(Text.fold(noParens(i.text())));
                return lex.whStart(Text.fold(i.text())) || lex.whether.stream().anyMatch(x -> Text.fold(i.text()).startsWith(x + " "))
                        || (w.size() <= 5 && w.stream().noneMatch(x -> lex.pronouns.contains(x) || lex.negations.contains(x) && !TickLabels.yesNo(lex, i.text())));
            });
            if (!plain) {
                return false;
            }
            DraftEntity target = on != null ? on.kind() : clauseTarget != null ? clauseTarget
                    : lastEntity != null && out.entities.contains(lastEntity) ? lastEntity : out.main;
            List<DraftField> read = fields.readAll(lead.stripLead(items));
            read.forEach(target::add);
            return !read.isEmpty();
        }
        return false;
    }

    /**
     * "Oh and the cost and the checker", "Don't forget the return date", "N'oubliez pas le valideur", "No olvides el
     * firmante", "Nicht vergessen: den Prüfer": a sentence after the list that only adds details to the kind described
     * last ({@link AddedDetails#opening}).
     */
    private boolean addedAfter(String s) {
        if (sentences <= 1 || out.entities.isEmpty() && out.main.fields.isEmpty()) {
            return false;
        }
        String rest = AddedDetails.opening(lex.lang, s);
        if (rest == null) {
            return false;
        }
        if (afterthought(s)) {
            // "also a tick for organic": the afterthought reader knows its yes/no and wh-items, and reads it as before
            return true;
        }
        List<DraftField> read = fields.readAll(lead.stripLead(splitter.split(rest)));
        DraftEntity target = clauseTarget != null ? clauseTarget
                : lastEntity != null && out.entities.contains(lastEntity) ? afterthoughtTarget(s)
                : !out.main.fields.isEmpty() ? out.main : null;
        if (read.isEmpty() || target == null) {
            return false;
        }
        read.forEach(target::add);
        return true;
    }

    /**
     * "Oh and a hull inspection signed yes/no", "Flag if the skipper holds a radio licence", "The day of
     * the hire naturally": a sentence that only adds a field or two to the kind being described.
     */
    private boolean afterthought(String s) {
        if (lex.afterthought == null || out.entities.isEmpty() || sentences <= 1 || Text.wordCount(s) + 2 < Text.wordCount(topSentence)) {
            // a part another reader cut off ("… and the agenda") is no afterthought
            return false;
        }
        String said = lex.afterthought.phrase(lex, s);
        if (said == null || greeting(said)) {
            return false;
        }
        WishTarget.Found on = WishTarget.find(lex, said, out.entities);
        List<ListSplitter.Item> items = splitter.split(on != null ? on.said() : said);
        if (items.isEmpty() || items.size() > 3 || !items.stream().allMatch(this::afterthoughtItem)) {
            return false;
        }
        DraftEntity target = on != null ? on.kind() : clauseTarget != null ? clauseTarget : afterthoughtTarget(s);
        if (target == null) {
            return false;
        }
        List<DraftField> read = fields.readAll(lead.stripLead(items));
        read.forEach(target::add);
        return !read.isEmpty();
    }

    /**
     * The kind an afterthought goes to: one the sentence names after a preposition ("in charge of the
     * patient"); else the kind described last, unless that is a list another kind points to ("we'd keep
     * brokers as their own list …"), when the afterthought is about the record that points to it.
     */
    private DraftEntity afterthoughtTarget(String s) {
        List<String> w = Text.words(Text.fold(s));
        for (int k = 0; k + 1 < w.size(); k++) {
            if (!lex.kindPreps.contains(w.get(k))) {
                continue;
            }
            int j = k + 1;
            while (j < w.size() - 1 && (lex.articles.contains(w.get(j)) || lex.forEach.contains(w.get(j)))) {
                j++;
            }
            String noun = Text.fold(Inflector.singularWord(lex.lang, w.get(j)));
            for (DraftEntity e : out.entities) {
                List<String> ew = Text.words(Text.fold(e.name));
                if (!ew.isEmpty() && ew.get(lex.lang.headLast() ? ew.size() - 1 : 0).equals(noun)) {
                    return e;
                }
            }
        }
        DraftEntity last = lastEntity != null && out.entities.contains(lastEntity) ? lastEntity : out.main;
        if (last == null) {
            return null;
        }
        String name = Text.fold(last.name);
        for (int k = out.entities.size() - 1; k >= 0; k--) {
            DraftEntity e = out.entities.get(k);
            String en = Text.fold(e.name);
            if (e != last && (e.fields.stream().anyMatch(f -> name.equals(Text.fold(f.label)) || f.target != null && name.equals(Text.fold(f.target)))
                    || out.links.stream().anyMatch(l -> l.length >= 2 && en.equals(Text.fold(Inflector.singular(lex.lang, l[0])))
                            && name.equals(Text.fold(Inflector.singular(lex.lang, l[1])))))) {
                return e;
            }
        }
        return last;
    }

    /** An item an afterthought may add: a question, a whether, a yes/no, or a short phrase that is no clause. */
    private boolean afterthoughtItem(ListSplitter.Item i) {
        String f = Text.fold(i.text());
        if (lex.afterthought.notWh(i.text())) {
            // "y que podamos adjuntar …": a wish, not "qué"
            return false;
        }
        if (lex.whStart(f) || lex.whether.stream().anyMatch(x -> f.startsWith(x + " "))) {
            return Text.wordCount(i.text()) <= 12;
        }
        List<String> w = Text.words(Text.fold(noParens(i.text())));
        boolean yesNo = TickLabels.yesNo(lex, i.text());
        List<String> head = w.stream().dropWhile(lex.articles::contains).limit(1).toList();
        if (w.size() <= 7 && !head.isEmpty() && FieldTyper.hasTypeWord(lex, head.get(0)) && !lex.pronouns.contains(head.get(0))) {
            // "the date it was cleaned", "the time they left": a typed noun and what it is the time of
            return true;
        }
        return !w.isEmpty() && w.size() <= (yesNo ? 8 : 5) && (!lex.stopwords.contains(w.get(0)) || lex.articles.contains(w.get(0))) && !w.stream().allMatch(x -> lex.stopwords.contains(x) || lex.articles.contains(x))
                && w.stream().noneMatch(x -> lex.pronouns.contains(x) || lex.negations.contains(x) && !yesNo)
                && !lead.clause(i.text());
    }

    /**
     * "The status can be new, in progress or done", "Each request is either approved or rejected":
     * a sentence that only gives a field's options (a status when its subject is the record).
     */
    private boolean choiceSentence(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length() || s.contains(":")) {
            return false;
        }
        for (String marker : lex.optionMarkers) {
            int at = f.indexOf(" " + marker + " ");
            // "like" and "such as" give examples; "either", "one of", "can be" close the list
            if (at <= 0 || (!marker.contains(" ") && marker.length() < 6)) {
                continue;
            }
            String subject = s.substring(0, at).strip();
            String list = s.substring(at + marker.length() + 2).strip();
            String more = null;
            Matcher next = NEXT_CLAUSE.matcher(list);
            if (next.find()) {
                // "..., either approved or rejected, and we need to know who handled it"
                more = list.substring(next.end());
                list = list.substring(0, next.start());
            }
            List<String> sw = Text.words(Text.fold(subject));
            List<String> opts = Options.splitAlternatives(list, lex);
            boolean closed = Text.words(Text.fold(list)).stream().anyMatch(lex.or::contains);
            if (sw.isEmpty() || sw.size() > 4 || opts.size() < 2 || !(closed || opts.size() >= 3) || opts.stream().anyMatch(o -> Text.wordCount(o) > 3)
                    || sw.stream().anyMatch(w -> lex.pronouns.contains(w) || lex.askers.contains(w))) {
                continue;
            }
            boolean record = lex.forEach.contains(sw.get(0)) || heads.headName(subject) != null && out.entities.stream()
                    .anyMatch(e -> Text.fold(e.name).equals(Text.fold(Inflector.singular(lex.lang, heads.headName(subject)))));
            String label = record || sw.size() > 2 ? OptionFamilies.label(lex, opts, lex.statusLabel) : fields.cleanLabel(subject);
            if (label.isEmpty()) {
                return false;
            }
            DraftEntity target = clauseTarget != null ? clauseTarget
                    : lastEntity != null && out.entities.contains(lastEntity) ? lastEntity : out.main;
            DraftField field = target.find(label).orElse(null);
            if (field != null && !field.suggested && field.options.size() >= 2) {
                // the options the request gave first stay
                return true;
            }
            if (field == null) {
                field = new DraftField(label, FieldType.CHOICE, s);
                target.add(field);
            }
            field.type = Options.isYesNo(opts) ? FieldType.BOOLEAN : FieldType.CHOICE;
            field.options.clear();
            if (field.type == FieldType.CHOICE) {
                field.options(opts);
            }
            if (more != null && Text.wordCount(more) >= 3) {
                sentence(more);
            }
            return true;
        }
        return false;
    }

    /** A sentence of greetings and thanks only: "Hi all, quick request", "Thanks in advance". */
    private boolean greeting(String s) {
        String f = Text.fold(s).replaceAll("[,!.]", " ").strip();
        int words = Text.words(f).size();
        if (words > 6) {
            return false;
        }
        boolean changed = true;
        while (changed && !f.isEmpty()) {
            changed = false;
            for (String g : lex.greetings) {
                if (f.equals(g) || f.startsWith(g + " ")) {
                    f = f.substring(g.length()).strip();
                    changed = true;
                    break;
                }
            }
            if (!changed && f.startsWith("in advance")) {
                break;
            }
        }
        // what is left after the greetings: nothing, or a word or two ("all", "in advance", a name)
        return words > 0 && Text.words(f).size() < words && Text.words(f).size() <= 2
                && Text.words(f).stream().noneMatch(w -> lex.tool.contains(w) && !lex.articles.contains(w));
    }

    /** "For vans just the plate and the model": a list about a kind the request already named. */
    private boolean forKnownKind(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (String fk : lex.forKind) {
            if (!f.startsWith(fk + " ")) {
                continue;
            }
            List<String> w = Text.words(f.substring(fk.length()));
            for (int n = Math.min(2, w.size() - 1); n >= 1; n--) {
                String noun = Inflector.singular(lex.lang, String.join(" ", w.subList(0, n)));
                DraftEntity kind = out.entities.stream().filter(e -> Text.fold(e.name).equals(noun)).findFirst().orElse(null);
                if (kind == null) {
                    continue;
                }
                int at = f.indexOf(w.get(n - 1), fk.length()) + w.get(n - 1).length();
                List<ListSplitter.Item> items = lead.stripLead(splitter.split(s.substring(at).replaceFirst("^[\\s,:]+", "")));
                if (items.isEmpty() || items.stream().anyMatch(i -> Text.wordCount(noParens(i.text())) > 5)) {
                    return false;
                }
                addFields(kind.name, items, s);
                return true;
            }
            return false;
        }
        return false;
    }

    /** "Objekt (Adresse, Anzahl Wohnungen), Mängelmeldung mit Objekt, …": kinds one after the other ({@link KindSegments}). */
    private boolean kindSegments(String s) {
        List<String[]> segments = KindSegments.read(lex, fields, splitter, s);
        for (String[] seg : segments) {
            DraftEntity kind = out.entities.stream().filter(e -> Text.fold(e.name).equals(Text.fold(seg[0]))).findFirst().orElse(null);
            addFields(kind != null ? kind.name : seg[0], lead.stripLead(splitter.split(seg[1])), s);
        }
        return !segments.isEmpty();
    }

    /** "Wir haben Kurse mit Titel, Sprache, …": a collection named by its plural and its fields ({@link WeHaveWith}). */
    private boolean weHaveWith(String s) {
        String[] h = WeHaveWith.read(lex, s);
        return h != null && ownList(h, s);
    }

    /** {kind, its list}: the fields (two at least, short ones) go to the kind, one already drafted under that name or a new one. */
    private boolean ownList(String[] h, String s) {
        List<ListSplitter.Item> items = lead.stripLead(splitter.split(h[1]));
        if (items.size() < 2 || !items.stream().allMatch(i -> Text.wordCount(noParens(i.text())) <= 5)) {
            return false;
        }
        DraftEntity kind = out.entities.stream().filter(e -> Text.fold(e.name).equals(Text.fold(h[0]))).findFirst().orElse(null);
        addFields(kind != null ? kind.name : h[0], items, s);
        return true;
    }

    /** "Bei den Kunden reichen Name, …", "Del pedido guardamos el cliente, …": a list its opening names the kind of ({@link OwnerHeads}). */
    private boolean ownerList(String s) {
        int colon = s.indexOf(':');
        // "Für die Tafel: Bei den Spendern speichern wir …": a short heading before the owner
        String[] owner = OwnerHeads.read(lex, colon > 0 && Text.wordCount(s.substring(0, colon)) <= 4 ? s.substring(colon + 1) : s);
        if (owner == null) {
            return false;
        }
        List<ListSplitter.Item> items = lead.stripLead(splitter.split(owner[1]));
        if (items.size() < 2 || !items.stream().allMatch(i -> Text.wordCount(noParens(i.text())) <= 5 || lex.whStart(Text.fold(i.text())))) {
            return false;
        }
        DraftEntity kind = out.entities.stream().filter(e -> Text.fold(e.name).equals(Text.fold(owner[0]))).findFirst().orElse(null);
        addFields(kind != null ? kind.name : owner[0], items, s);
        return true;
    }

    /** "when someone", "cada vez que", "wenn ein": the phrase itself opens the clause. */
    private boolean endsWithSubject(String phrase) {
        String[] w = phrase.split(" ");
        String last = w[w.length - 1];
        return lex.pronouns.contains(last) || lex.articles.contains(last) || lex.subordinators.contains(last)
                || lex.whWords.contains(last) || lex.stopwords.contains(last);
    }

    private boolean skippedLead;
    /** The lead question set aside, read after all if nothing else was ("Has it been paid?" alone). */
    private String skippedText;

    /** A yes/no question that opens the request: it tells the need, not the records. */
    private boolean leadQuestion(String raw) {
        String r = raw.strip();
        if (skippedLead || !r.endsWith("?")) {
            return false;
        }
        String f = Text.fold(r.replaceFirst("^[¿¡]+", ""));
        for (String q : lex.questionAux) {
            if (f.startsWith(q + " ")) {
                return Text.wordCount(r) >= 4;
            }
        }
        return false;
    }

    /** Where "every time", "whenever" starts an event clause in the sentence, or -1. */
    private int eventStart(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return -1;
        }
        int best = -1;
        for (String e : lex.everyTime) {
            String sep = e.endsWith("'") ? "" : " ";
            String first = e.split("[ ']")[0];
            // "when someone ..." starts an event only at the start of a sentence; mid-sentence it is often a field
            boolean startOnly = lex.subordinators.contains(first) || lex.whWords.contains(first) || first.equals("lorsqu") || first.equals("quand");
            int at = f.startsWith(e + sep) ? 0 : startOnly ? loggedWhen(f, e) : f.indexOf(" " + e + sep);
            if (at > 0) {
                at++;
            }
            if (at >= 0) {
                // "each time someone ...", not "each time entry"
                List<String> next = Text.words(f.substring(at + e.length()));
                String n = next.isEmpty() ? "" : next.get(0);
                boolean clause = lex.pronouns.contains(n) || lex.articles.contains(n) || lex.subordinators.contains(n)
                        || lex.actors.contains(n) || lex.possessives.contains(n) || lex.forEach.contains(n) || e.endsWith("'")
                        || endsWithSubject(e);
                if (clause && (best < 0 || at < best)) {
                    best = at;
                }
            }
        }
        return best;
    }

    /**
     * "Also want to log when someone reports a jam (…)", "we need to track when a mechanic repairs a bike: …": a "when"
     * clause right after a verb of recording, with someone or an indefinite subject doing something now, is an event whose
     * record is logged, not a field of the kind before ("we note when a van was last serviced" stays a field: no present
     * verb). Where the clause starts in the folded sentence, or -1.
     */
    private int loggedWhen(String f, String e) {
        List<String> ew = Text.words(e);
        String subject = ew.get(ew.size() - 1);
        if (ew.size() != 2 || !lex.articles.contains(subject) && !lex.actors.contains(subject) && !INDEFINITE_SUBJECTS.contains(subject)) {
            return -1;
        }
        int at = f.indexOf(" " + e + " ");
        if (at <= 0 || !loggingLead(f.substring(0, at))) {
            return -1;
        }
        List<String> after = Text.words(f.substring(at + e.length() + 2));
        // the present verb right after the subject ("someone reports"), or after its noun ("a driver takes")
        int v = lex.articles.contains(subject) ? 1 : 0;
        if (after.size() <= v + 1) {
            return -1;
        }
        String verb = after.get(v);
        boolean present = verb.length() > 3 && verb.endsWith("s") && !verb.endsWith("ss") && !lex.has.contains(verb) && !lex.modals.contains(verb)
                && !lex.stopwords.contains(verb) && !NOT_EVENTS.contains(verb);
        // only with the log's own list after it (a bracket, a colon, a dash): "we record when a customer pays" alone is a field
        return present && LOGGED_LIST.matcher(f).find(at + e.length() + 2) ? at : -1;
    }

    /**
     * "Also want to log when someone reports a jam (who, when, which tray)": a short lead that only says events are logged,
     * the event clause, then its list in brackets, after a colon or a dash. The sentence said event first, as the event
     * reader takes it ("when someone reports a jam we note: who, when, which tray"); null when it is not so (English only:
     * the caller asks only for English sentences).
     */
    private String loggedEvent(String s, int event) {
        String lead = s.substring(0, event);
        if (Text.wordCount(lead) > 7 || !PLAIN_LEAD.matcher(lead).matches() || !loggingLead(Text.fold(lead))) {
            return null;
        }
        Matcher m = LOGGED_LIST.matcher(s);
        if (!m.find(event) || Text.wordCount(s.substring(event, m.start())) < 3) {
            return null;
        }
        String list = CLOSING_BRACKET.matcher(s.substring(m.end())).replaceFirst("");
        return list.isBlank() ? null : s.substring(event, m.start()).strip() + " we note: " + list.strip();
    }

    /** A lead with no clause or list of its own. */
    private static final Pattern PLAIN_LEAD = Pattern.compile("[^,:;()]*");
    /** The bracket that closes a logged event's list, and the sentence's end marks. */
    private static final Pattern CLOSING_BRACKET = Pattern.compile("\\)\\s*[.!]*\\s*$");
    /** Where the list of a logged event starts: a bracket, a colon or a dash. */
    private static final Pattern LOGGED_LIST = Pattern.compile("\\s*(?:\\(|:|\\s[-–]\\s)\\s*");

    /** Whether the words before a clause end with a verb of recording: "log", "we'd like to record", "keep track of". */
    private boolean loggingLead(String before) {
        List<String> w = Text.words(before);
        if (w.isEmpty()) {
            return false;
        }
        int n = w.size();
        String last = w.get(n - 1);
        if (last.equals("of") && n >= 2) {
            last = w.get(n - 2);
        }
        return lex.recordVerbs.contains(last) && !lex.has.contains(last) && !lex.wants.contains(last)
                || n >= 2 && lex.recordVerbs.contains(w.get(n - 2) + " " + last);
    }

    private static final java.util.Set<String> INDEFINITE_SUBJECTS = java.util.Set.of("someone", "somebody", "anyone", "anybody");
    /** Present verbs that say a state, not an event: "when a van needs a service", "when a member wants …". */
    private static final java.util.Set<String> NOT_EVENTS = java.util.Set.of("needs", "wants", "seems", "looks", "means", "stays", "remains",
            "belongs", "lives", "knows", "likes", "expires", "costs", "lasts", "exists", "matters", "happens");

    /**
     * "The branches - name and branch manager", "Les sites - nom et adresse", "Standorte - Name und Leiter": a plural
     * thing (one to three words after an article) and two short details joined by "and" or "+", one a field word, as a
     * "Kind: list" line. Options ("Payment - cash or card") and remarks stay as they were.
     */
    private boolean pluralDetails(String head, String tail) {
        List<String> w = new java.util.ArrayList<>(Text.words(Text.fold(head)));
        if (!w.isEmpty() && lex.articles.contains(w.get(0))) {
            w.remove(0);
        }
        if (w.isEmpty() || w.size() > 3) {
            return false;
        }
        String last = w.get(w.size() - 1);
        List<String> tw = Text.words(Text.fold(tail));
        if (last.length() < 3 || Inflector.singularWord(lex.lang, last).equals(last) || lex.stopwords.contains(last)
                || w.stream().anyMatch(lex.greetings::contains) || tw.isEmpty() || lex.and.contains(tw.get(0))) {
            return false;
        }
        List<ListSplitter.Item> items = lead.stripLead(splitter.split(tail.replace(" + ", ", ")));
        return items.size() >= 2 && items.stream().allMatch(i -> Text.wordCount(i.text()) <= 4 && i.options().isEmpty()
                && !lex.yesNo.contains(Text.fold(i.text())) && !lead.clause(i.text())) && fields.someFieldWord(items);
    }

    /** "Kind: list" or a bullet list under "heading". */
    private void block(String head, String list, String because) {
        if (eventStart(list.strip()) == 0 && heads.namesContainer(head.strip()) && narrative.event(list.strip())) {
            // "medicine book for the farm - when any animal gets treated i need …": the event names what each row is,
            // the book only what they are written in
            return;
        }
        // "Findings (each audit can have several):", "Schäden (je Fahrzeug):": the remark names whose records they are
        String[] owned = childLists.ownedHeading(head);
        if (owned != null) {
            head = owned[0];
        }
        head = twoKindHead(head, because);
        // "We do one inspection per forklift per month: ...", "Wir machen eine Prüfung pro Maschine: ..."
        String per = heads.perRecord(head);
        String name = per != null ? per : heads.headName(head);
        String recorder = name == null ? heads.recorder(head) : null;
        if (recorder != null) {
            // "Next the mechanic writes up the service sheet: …": the record being filled in is the kind the request is on
            // (the main record when none is named yet), and who fills it in one of its fields
            name = lastEntity != null ? lastEntity.name : null;
            list = Text.capitalize(recorder) + ", " + list;
        }
        List<ListSplitter.Item> first = splitter.split(list);
        String inner = first.isEmpty() || per != null ? null : heads.forEachKind(first.get(0).text());
        if (inner != null) {
            // "Fuhrpark: für jedes Fahrzeug das Kennzeichen, ...": the heading names the app, the list the kind
            name = inner;
        }
        List<ListSplitter.Item> items = splitter.split(list);
        if (items.isEmpty()) {
            return;
        }
        addFields(name, lead.stripLead(items), because);
        for (int k = 1; owned != null && name != null && k < owned.length; k++) {
            out.links.add(new String[] {Text.fold(name), owned[k], because, "child-text", "join"});
        }
        String about = name == null ? null : heads.aboutKind(head, name);
        if (about != null) {
            out.aboutLinks.add(new String[] {name, about, because});
        }
        String owner = heads.forEachOwner(head);
        String possessor = name == null ? null : heads.possessiveOwner(head);
        if (possessor != null) {
            out.aboutLinks.add(new String[] {name, possessor, because});
        }
        if (name != null && owner != null && !Text.fold(Inflector.singular(lex.lang, name)).equals(Text.fold(owner))) {
            out.links.add(new String[] {name, owner, because});
        }
    }

    /**
     * "Some have a nickname too.", "La plupart ont aussi un surnom.": a sentence of its own that adds fields only some
     * records have, to the kind the sentence before described.
     */
    private boolean someHave(String s) {
        String f = Text.fold(s);
        Matcher m = lex.someHave.matcher(f);
        DraftEntity target = lastEntity != null && out.entities.contains(lastEntity) ? lastEntity : out.main;
        if (!m.matches() || f.length() != s.length() || target == null || Text.wordCount(s.substring(m.start(1))) > 8) {
            return false;
        }
        List<DraftField> read = fields.readAll(List.of(new ListSplitter.Item(s)));
        read.forEach(target::add);
        return !read.isEmpty();
    }

    /** Words after "if" that make it a condition on the list, not a yes/no question ("if any", "if applicable"). */
    private static final java.util.Set<String> CONDITION_WORDS = java.util.Set.of("any", "there", "so", "not", "yes", "no", "applicable",
            "possible", "needed", "necessary", "relevant", "known", "available", "appropriate", "required", "ever", "anyone", "anybody",
            "anything", "someone", "somebody", "we", "i", "you", "us");

    /**
     * "if the guest claimed it", "if claimed": in a list of fields, an item opened by a whether-word that is also a
     * subordinator ("if", "si", "ob") asks a yes/no question, like "whether …". A condition ("if any", "if we …") is none.
     */
    private boolean askedIf(List<String> w) {
        return w.size() >= 2 && w.size() <= 7 && lex.whether.contains(w.get(0))
                && w.subList(1, w.size()).stream().noneMatch(CONDITION_WORDS::contains)
                && (w.size() > 2 || w.get(1).endsWith("ed"));
    }

    void addFields(String entityName, List<ListSplitter.Item> items, String because) {
        // "hotel (we have a list - name, city, …)": the kind the field names, with its own fields
        DraftEntity target = entityName == null ? (clauseTarget != null ? clauseTarget : out.main) : out.entity(entityName, because);
        items = nestedKinds.readOff(items, because, target == out.main ? null : target.name);
        if (entityName != null) {
            lastEntity = target;
        }
        List<ListSplitter.Item> kept = items.stream().filter(i -> {
            List<String> w = Text.words(Text.fold(i.text()));
            // "who's fixing it" is a question ("who's" is one word here), not an action
            boolean wh = !w.isEmpty() && (lex.whWords.contains(w.get(0)) || lex.whStart(Text.fold(i.text()).replace('’', '\'')));
            // "and closes it": an action, not a field
            boolean action = w.size() >= 2 && w.size() <= 3 && lex.pronouns.contains(w.get(w.size() - 1)) && !wh;
            // "a tool where someone puts in a request": the app itself is no field
            boolean app = !w.isEmpty() && lex.notFields.contains(Inflector.singularWord(lex.lang,
                    w.stream().filter(x -> !lex.articles.contains(x)).findFirst().orElse("")));
            return w.isEmpty() || !action && !app && (!lex.subordinators.contains(w.get(0)) || wh
                    || askedIf(Text.words(Text.fold(noParens(i.text())))));
        }).toList();
        for (DraftField f : fields.readAll(kept)) {
            if (target.add(f)) {
                out.listedFields++;
            }
        }
        if (target != out.main && target.fields.isEmpty()) {
            out.entities.remove(target);
        }
    }

    boolean peopleWord(String folded) {
        return linkClauses.peopleWord(folded);
    }

    /** The first group that took part in the match (a lexicon pattern may have alternatives), or 0. */
    static int firstGroup(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return g;
            }
        }
        return 0;
    }

    /** "de la date de la prochaine révision": long in words, short in content, and no one doing anything in it. */
    private boolean shortPhrase(String s) {
        List<String> w = Text.words(Text.fold(s));
        String f = " " + String.join(" ", w) + " ";
        return !w.isEmpty() && w.size() <= 8 && w.stream().noneMatch(lex.pronouns::contains)
                && w.stream().filter(x -> !lex.articles.contains(x) && !lex.npStop.contains(x))
                        .noneMatch(x -> lex.has.contains(x) || lex.modals.contains(x) || lex.forEach.contains(x)
                        || lex.verbs.contains(x) || lex.recordVerbs.contains(x) || lex.subjectWords.contains(x))
                && lex.belongs.stream().noneMatch(b -> f.contains(" " + b + " "))
                && !(lex.npStop.contains(w.get(0)) && !lex.articles.contains(w.get(0)))
                && w.stream().filter(x -> !lex.stopwords.contains(x) && !lex.articles.contains(x)).count() <= 4;
    }

    static String noParens(String s) {
        return s.replaceAll("\\([^()]*\\)", " ");
    }

    /** The two sides of a semicolon as sentences; the second side's clauses go to the kind the first one named. */
    private void splitAt(String s, int semi) {
        DraftEntity before = lastEntity;
        sentence(s.substring(0, semi));
        DraftEntity saved = clauseTarget;
        clauseTarget = lastEntity != before ? lastEntity : clauseTarget;
        sentence(s.substring(semi + 1));
        clauseTarget = saved;
    }

    private static int depthZeroIndex(String s, char wanted) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int colonAtDepthZero(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ':' && depth == 0 && !(i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                return i;
            }
        }
        return -1;
    }
}
