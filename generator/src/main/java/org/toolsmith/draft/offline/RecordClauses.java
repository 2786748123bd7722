package org.toolsmith.draft.offline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Child records said inside a clause: "every course has a teacher, and it meets in several sessions,
 * each on a date with a room", "for each sample we run several tests, and a test has the method, …",
 * "for each animal we note every vaccination with …", "we record each payment against a household,
 * with …". A record noun is a count noun introduced by a quantifier ("several", "many", "a list of";
 * "every"/"each" after a verb of recording); its owner is the subject of its clause (a pronoun or an
 * elided subject is the sentence's subject, or the last one named) or the "for each" noun; its
 * attributes are what follows it up to the next clause, or the next clause when that clause says
 * "a test has …". The clause is rewritten into the plain sentences the reader already knows
 * ("Each course has several sessions with a date and a room"), the rest of the sentence read as before.
 * Every word it needs is in the lexicon's {@code record_clauses} block; a language without one is
 * left alone.
 */
final class RecordClauses {
    /** A language's words for these clauses, compiled once per lexicon. */
    static final class Grammar {
        final Pattern plural;
        final Pattern each;
        final Pattern ownerClause;
        final Pattern pronounClause;
        final Pattern elidedClause;
        final Pattern captureClause;
        final Pattern subject;
        /** "Would it be possible to get a sheet where every boat has …": where the sentence's subject starts after a lead clause. */
        final Pattern subjectLead;
        final Pattern linkSentence;
        final Pattern passiveLink;
        final Pattern eventRecord;
        final Pattern actOnEach;
        final Pattern eachWith;
        final Pattern reportOn;
        final Pattern logFor;
        final Pattern doneAct;
        final Pattern boundary;
        final Pattern attrLead;
        final Pattern nextHas;
        final Pattern elided;
        final Pattern forEachTail;
        final Pattern tailLead;
        final Pattern trailingAnd;
        final List<String> notRecords;
        /** Acts the reader's nominal map does not name, read only here ("someone reads each meter" → Reading). */
        final java.util.Map<String, String> acts = new java.util.HashMap<>();
        /** Papers that hold a record rather than name it ("we fill in a form"). */
        final List<String> documents;
        /** Endings of verb forms that end a compound noun ("job opening"): no verb in a kind's name. */
        final List<String> compoundEndings;
        /** Words that end a kind's name wherever the tagger puts them ("Vans themselves"). */
        final List<String> nameStops;
        final String hasTemplate;
        final String linkTemplate;
        final String eachTemplate;
        final String typeLabel;
        /** "a application" → "an application", where the language says so. */
        final String vowelArticle;
        final String vowelArticleReplacement;

        private Grammar(JsonNode n) {
            String np = "((?:[\\p{L}'-]+\\s+){0,2}?[\\p{L}-]+)";
            String quant = alt(n.path("quantifiers"));
            String each = alt(n.path("each"));
            String det = alt(n.path("determiners"));
            String aux = "(?:(?:" + alt(n.path("aux")) + ")\\s+)*";
            String owner = alt(n.path("owner_verbs"));
            String capture = alt(n.path("capture_verbs"));
            String who = alt(n.path("we"));
            String forEach = alt(n.path("for_each"));
            String preps = alt(n.path("link_preps"));
            String after = alt(n.path("after_record"));
            int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            plural = Pattern.compile("\\b(?:" + quant + ")\\s+((?:[\\p{L}-]+\\s+)?[\\p{L}-]+s)(?=\\s*(?:[,:;(]|$|(?:" + after + ")\\b))", f);
            this.each = Pattern.compile("\\b(?:" + each + ")\\s+((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)(?=\\s*(?:[,:;(]|$|(?:" + after + ")\\b))", f);
            ownerClause = Pattern.compile("^(?:(?:" + det + ")\\s+)?" + np + "\\s+" + aux + "(?:" + owner + ")\\s*$", f);
            pronounClause = Pattern.compile("^(?:" + alt(n.path("pronouns")) + ")\\s+" + aux + "(?:" + owner + ")\\s*$", f);
            elidedClause = Pattern.compile("^" + aux + "(?:" + owner + ")\\s*$", f);
            captureClause = Pattern.compile("^(?:(?:" + forEach + ")\\s+" + np + ",?\\s+)?(?:" + who + ")\\s+" + aux + "(?:" + capture + ")\\s*$", f);
            subject = Pattern.compile("^(?:(?:" + det + ")\\s+)?" + np + "\\s+" + aux + "(?:" + owner + "|" + alt(n.path("subject_verbs")) + ")\\b", f);
            String leads = alt(n.path("subject_leads"));
            subjectLead = leads.isEmpty() ? null : Pattern.compile("\\b(?:" + leads + ")\\s+", f);
            linkSentence = Pattern.compile("^(?:.*?,\\s*)?(?:" + who + ")\\s+" + aux + "(?:" + capture + ")\\s+(?:" + each + ")\\s+" + np
                    + "\\s+(?:" + preps + ")\\s+(?:" + det + ")\\s+" + np + "(?:\\s+(?:" + alt(n.path("relatives")) + ")\\s+[\\p{L}-]+)?\\s*,?\\s*(?:"
                    + alt(n.path("list_marks")) + ")\\s*(.+)$", f);
            // a new clause: "; ", or "and" before a subject and its verb ("and it meets", "and each order has")
            String marks = "(?:" + alt(n.path("list_marks")) + ")";
            String participle = "(?:[\\p{L}]+(?:" + alt(n.path("participle_endings")) + ")|" + alt(n.path("participles")) + ")";
            // "Talks are given in a track, with a title, …"
            passiveLink = Pattern.compile("^(?:(?:" + det + ")\\s+)?" + np + "\\s+(?:" + alt(n.path("be")) + ")\\s+" + aux + participle + "\\s+(?:" + preps
                    + ")\\s+(?:(?:" + det + ")\\s+)?" + np + "\\s*,?\\s*" + marks + "\\s*(.+)$", f);
            // "Every time we open a hive we write an inspection: …"
            eventRecord = Pattern.compile("^(?:" + alt(n.path("every_time")) + ")\\s+(?:" + who + ")\\s+[\\p{L}-]+\\s+(?:" + det + ")\\s+" + np + "\\s*,?\\s*(?:"
                    + who + ")\\s+" + aux + "(?:" + capture + ")\\s+(?:(?:" + det + ")\\s+)?" + np + "\\s*,?\\s*" + marks + "\\s*(.+)$", f);
            // "Someone reads each meter every month: …"
            actOnEach = Pattern.compile("^(?:" + who + "|" + alt(n.path("actors")) + ")\\s+" + aux + "([\\p{L}-]+)\\s+(?:" + each + ")\\s+" + np
                    + "(?:\\s+(?:" + alt(n.path("periods")) + ")\\s+[\\p{L}]+)?\\s*(?::|-|–)\\s*(.+)$", f);
            // "There are several tracks, each with a name, …", "We advertise openings, each with …"
            eachWith = Pattern.compile("^(?:(?:" + alt(n.path("there_are")) + ")|(?:" + who + ")\\s+" + aux + "[\\p{L}-]+)\\s+(?:(?:" + quant + "|\\d+|"
                    + alt(n.path("number_words")) + ")\\s+)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+s)\\s*,?\\s*(?:" + alt(n.path("attr_each")) + ")\\s+(?:"
                    + alt(n.path("each_with")) + ")\\s+(.+)$", f);
            // "…, and riders can report problems on it - what's broken, …", "Staff record breakdowns on each machine: …"
            String report = alt(n.path("report_verbs"));
            String verbs = report.isEmpty() ? capture : report + "|" + capture;
            String onOwner = alt(n.path("on_owner"));
            String tailWords = "(?:\\s+(?:" + alt(n.path("tail_words")) + "))?";
            String owned = "\\s+(?:(" + onOwner + ")|(?:" + forEach + ")\\s+" + np + ")";
            reportOn = onOwner.isEmpty() ? null : Pattern.compile("(?:^|;\\s*|,\\s*(?:(?:" + alt(n.path("and")) + ")\\s+)?|\\s(?:" + alt(n.path("and"))
                    + ")\\s+)(?:(?:" + who + ")|(?:(?:" + det + ")\\s+)?(?:[\\p{L}-]+\\s+)?[\\p{L}-]+)\\s+" + aux + "(?:" + verbs + ")\\s+(?:(?:"
                    + det + "|" + alt(n.path("some")) + ")\\s+)?" + np + owned + tailWords + "\\s*(?::|-|–)\\s*(.+)$", f);
            // "Then a cleaning log per room: …", "For every van we also need a fuel log - …"
            String logNouns = alt(n.path("log_nouns"));
            logFor = logNouns.isEmpty() ? null : Pattern.compile("^(?:(?:" + alt(n.path("and")) + "|" + alt(n.path("leads")) + ")\\s+)*(?:(?:" + forEach + ")\\s+"
                    + np + ",?\\s+)?(?:(?:" + who + ")\\s+" + aux + "(?:" + verbs + ")\\s+)?(?:(?:" + det + ")\\s+)?" + np + "\\s+(?:" + logNouns + ")"
                    + "(?:\\s+(?:" + forEach + ")\\s+" + np + ")?" + tailWords + "\\s*(?::|-|–)\\s*(.+)$", f);
            // "Every spring the inspector does a safety check, writes down the date, …": the act done is the record
            String doVerbs = alt(n.path("do_verbs"));
            doneAct = doVerbs.isEmpty() ? null : Pattern.compile("^(?:(?:" + alt(n.path("periods")) + ")\\s+[\\p{L}]+,?\\s+)?(?:(?:" + who + ")|(?:(?:" + det
                    + ")\\s+)?[\\p{L}-]+)\\s+" + aux + "(?:" + doVerbs + ")\\s+(?:" + det + ")\\s+" + np + "\\s*(?:,\\s*|\\s+)(?:(?:" + alt(n.path("and"))
                    + ")\\s+)?" + aux + "(?:" + verbs + ")\\s+(.+)$", f);
            boundary = Pattern.compile("\\s*(?:;|,?\\s+(?:" + alt(n.path("and")) + ")\\s+(?=(?:" + alt(n.path("pronouns")) + "|" + who + ")\\s|(?:" + det
                    + ")\\s+" + np + "\\s+" + aux + "(?:" + owner + "|" + alt(n.path("subject_verbs")) + "|" + capture + ")\\b))", f);
            attrLead = Pattern.compile("^[\\s,]*(?:(?:" + alt(n.path("attr_each")) + ")\\s+)?(?:(?:" + alt(n.path("attr_leads")) + ")\\s+|:\\s*)?"
                    + "(?:(?:" + alt(n.path("attr_preps")) + ")\\s+(?=(?:" + det + ")\\s))?", f);
            nextHas = Pattern.compile("^[\\s,]*(?:" + alt(n.path("and")) + ")\\s+(?:(?:" + det + ")\\s+)?" + np + "\\s+" + aux + "(?:" + owner
                    + ")\\s+(.+)$", f);
            elided = Pattern.compile(",?\\s+(?:" + alt(n.path("and")) + ")\\s+", f);
            forEachTail = Pattern.compile("\\b(?:" + forEach + ")\\s+((?:[\\p{L}'-]+\\s+){0,1}?[\\p{L}-]+)\\s*,?\\s*$", f);
            trailingAnd = Pattern.compile("[\\s,;]*(?:\\b(?:" + alt(n.path("and")) + "))?[\\s,;]*$", f);
            tailLead = Pattern.compile("^(?:" + alt(n.path("and")) + ")\\s+", f);
            List<String> nr = new ArrayList<>();
            n.path("not_records").forEach(x -> nr.add(Text.fold(x.asText())));
            notRecords = List.copyOf(nr);
            n.path("acts").fields().forEachRemaining(e -> acts.put(Text.fold(e.getKey()), e.getValue().asText()));
            List<String> docs = new ArrayList<>();
            n.path("documents").forEach(x -> docs.add(Text.fold(x.asText())));
            documents = List.copyOf(docs);
            List<String> ce = new ArrayList<>();
            n.path("compound_endings").forEach(x -> ce.add(x.asText()));
            compoundEndings = List.copyOf(ce);
            List<String> ns = new ArrayList<>();
            n.path("name_stops").forEach(x -> ns.add(Text.fold(x.asText())));
            nameStops = List.copyOf(ns);
            hasTemplate = n.path("has_template").asText();
            linkTemplate = n.path("link_template").asText();
            eachTemplate = n.path("each_template").asText();
            typeLabel = n.path("type_label").asText("type");
            JsonNode va = n.path("vowel_article");
            vowelArticle = va.size() == 2 ? "\\b" + va.get(0).asText() + " (?=[aeiouAEIOU])" : "(?!)";
            vowelArticleReplacement = va.size() == 2 ? va.get(1).asText() + " " : "";
        }

        static Grammar of(JsonNode n) {
            return n.isMissingNode() || !n.has("quantifiers") ? null : new Grammar(n);
        }

        private static String alt(JsonNode words) {
            return Text.alternation(words, w -> w, true);
        }
    }

    private final Grammar g;
    private final Lang lang;
    /** The owner of the child record the last rewrite found: a kind of its own ("each sample has several tests"). */
    String owner;
    /** The subject of the last sentence that had one: what "it" and "they" stand for. */
    private String lastSubject;
    /** Sentences this class wrote: read as they are, never rewritten again. */
    private final java.util.Set<String> written = new java.util.HashSet<>();

    private final java.util.Map<String, String> nominal;

    RecordClauses(Lexicon lex) {
        this.g = lex.recordClauses;
        java.util.Map<String, String> acts = new java.util.HashMap<>(lex.nominal);
        if (g != null) {
            acts.putAll(g.acts);
        }
        this.nominal = java.util.Map.copyOf(acts);
        this.lang = lex.lang;
    }

    /** The plain sentences a clause with a child record says, or null when it has none. */
    List<String> rewrite(String s) {
        if (g == null || written.contains(s.strip())) {
            return null;
        }
        List<String> out = rewriteOnce(s);
        if (out != null && out.size() == 1 && out.get(0).strip().equalsIgnoreCase(s.strip())) {
            // already the plain sentence
            owner = null;
            return null;
        }
        if (out != null) {
            out.forEach(x -> written.add(x.strip()));
        }
        return out;
    }

    private List<String> rewriteOnce(String s) {
        owner = null;
        String subject = subjectOf(s);
        String owner = subject != null ? subject : lastSubject;
        if (subject != null) {
            lastSubject = subject;
        }
        List<String> link = linkSentence(s);
        if (link != null) {
            return link;
        }
        Matcher done = g.doneAct == null ? null : g.doneAct.matcher(s);
        if (done != null && done.matches() && record(done.group(1)) && !document(done.group(1)) && done.group(2).contains(",")) {
            return List.of(Text.capitalize(done.group(1)) + ": " + done.group(2).replaceAll("[\\s,;.]+$", "").strip());
        }
        List<String> reported = reportOn(s, owner);
        if (reported != null) {
            return reported;
        }
        Matcher ew = g.eachWith.matcher(s);
        if (ew.matches() && record(ew.group(1))) {
            return List.of(fill(g.eachTemplate, "", ew.group(1), ew.group(2).strip()));
        }
        Matcher p = g.passiveLink.matcher(s);
        if (p.matches() && record(p.group(1)) && record(p.group(2)) && !same(p.group(1), p.group(2))) {
            return List.of(fill(g.linkTemplate, p.group(2), p.group(1), p.group(3).strip()));
        }
        Matcher ev = g.eventRecord.matcher(s);
        if (ev.matches() && record(ev.group(1)) && record(ev.group(2)) && !same(ev.group(1), ev.group(2)) && !document(ev.group(2))) {
            return List.of(fill(g.linkTemplate, ev.group(1), ev.group(2), ev.group(3).strip()));
        }
        Matcher act = g.actOnEach.matcher(s);
        if (act.matches() && record(act.group(2))) {
            String noun = nominal.get(Text.fold(act.group(1)));
            if (noun != null) {
                return List.of(fill(g.linkTemplate, act.group(2), noun, act.group(3).strip()));
            }
        }
        Matcher m = g.plural.matcher(s);
        while (m.find()) {
            List<String> out = recordAt(s, m, owner, false);
            if (out != null) {
                return out;
            }
        }
        m = g.each.matcher(s);
        while (m.find()) {
            List<String> out = recordAt(s, m, owner, true);
            if (out != null) {
                return out;
            }
        }
        return null;
    }

    /** "We record each payment against a household, with the year, …": the record, its owner, its fields. */
    private List<String> linkSentence(String s) {
        Matcher m = g.linkSentence.matcher(s);
        if (!m.matches() || !record(m.group(1)) || !record(m.group(2))) {
            return null;
        }
        return List.of(fill(g.linkTemplate, m.group(2), m.group(1), m.group(3).strip()));
    }

    /** Whether the sentence asks for a log of records per owner ("For every van we also need a fuel log - …"): no wish of fields. */
    boolean logFor(String s) {
        if (g == null || g.logFor == null) {
            return false;
        }
        Matcher m = g.logFor.matcher(s);
        return m.matches() && (m.group(1) != null || m.group(3) != null);
    }

    /**
     * A second kind said in passing by a verb of recording and an owner, then its list after a colon or dash:
     * "Each bike has a frame number, and riders can report problems on it - what's broken, who, when",
     * "Then a cleaning log per room: date, …", "For every van we also need a fuel log - date, litres, …".
     * The clause before it is read on its own; the record points to the owner ("it" is the sentence's subject).
     */
    private List<String> reportOn(String s, String subject) {
        if (g.reportOn == null || g.logFor == null) { // a lexicon may have report verbs without log nouns
            return null;
        }
        String owner = null;
        String records = null;
        String attrs = null;
        int start = 0;
        Matcher m = g.logFor.matcher(s);
        if (m.matches()) {
            owner = m.group(1) != null ? m.group(1) : m.group(3);
            records = m.group(2);
            attrs = m.group(4);
        } else {
            m = g.reportOn.matcher(s);
            if (!m.find()) {
                return null;
            }
            records = m.group(1);
            owner = m.group(2) != null ? subject : m.group(3);
            attrs = m.group(4);
            start = m.start();
        }
        if (owner == null || !record(owner) || !record(records) || same(owner, records) || document(records)
                || Text.wordCount(attrs) < 2 || !attrs.contains(",") && !attrs.contains(" and ")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        // "Would it be possible to get a sheet where every boat has …": the lead clause only asks, the owner's clause says
        int from = subjectFrom > 0 && subjectFrom < start && m.group(2) != null ? subjectFrom : 0;
        String before = g.trailingAnd.matcher(s.substring(from, start)).replaceFirst("").strip();
        if (Text.wordCount(before) >= 3) {
            out.add(from > 0 ? Text.capitalize(before) : before);
        }
        out.add(fill(g.linkTemplate, owner, records, attrs.replaceAll("[\\s,;.]+$", "").strip()));
        return out;
    }

    private List<String> recordAt(String s, Matcher m, String sentenceOwner, boolean each) {
        String records = m.group(1);
        if (!record(records)) {
            return null;
        }
        String pre = s.substring(0, m.start());
        int clauseStart = clauseStart(pre);
        String clause = g.tailLead.matcher(pre.substring(clauseStart).strip()).replaceFirst("");
        String owner = null;
        Matcher c = g.captureClause.matcher(clause);
        if (c.matches()) {
            owner = c.group(1) != null ? c.group(1) : forEachOwner(pre.substring(0, clauseStart));
        } else if (!each) {
            Matcher o = g.ownerClause.matcher(clause);
            if (o.matches() && record(o.group(1))) {
                owner = o.group(1);
            } else if (g.pronounClause.matcher(clause).matches() || clauseStart > 0 && g.elidedClause.matcher(clause).matches()) {
                owner = sentenceOwner;
            }
        }
        if (owner == null || same(owner, records)) {
            return null;
        }
        String rest = s.substring(m.end());
        String attrs;
        String after;
        Matcher next = g.nextHas.matcher(rest);
        if (next.matches() && same(next.group(1), records)) {
            // "…, and a test has the method, …"
            attrs = ": " + next.group(2);
            after = "";
        } else {
            int end = clauseEnd(rest);
            attrs = rest.substring(0, end);
            after = rest.substring(end);
        }
        attrs = attributes(attrs);
        if (attrs == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        String before = g.trailingAnd.matcher(pre.substring(0, clauseStart)).replaceFirst("").strip();
        if (Text.wordCount(before) >= 3 && g.captureClause.matcher(before).matches() == false) {
            out.add(before);
        }
        out.add(fill(g.hasTemplate, owner, records, attrs));
        this.owner = Inflector.singular(lang, owner);
        String tail = after.replaceFirst("^[\\s,;]+", "").strip();
        Matcher and = g.tailLead.matcher(tail);
        tail = and.lookingAt() ? tail.substring(and.end()) : tail;
        if (Text.wordCount(tail) >= 3) {
            out.add(Text.capitalize(tail));
        }
        return out;
    }

    /** Where the clause holding the record starts: after the last "; ", ", and …", or 0. */
    private int clauseStart(String pre) {
        int start = 0;
        Matcher b = g.boundary.matcher(pre);
        while (b.find()) {
            start = b.end();
        }
        // an elided subject: "…, and has several meters"
        Matcher e = g.elided.matcher(pre);
        while (e.find()) {
            if (e.end() > start && g.elidedClause.matcher(pre.substring(e.end()).strip()).matches()) {
                start = e.end();
            }
        }
        return start;
    }

    private int clauseEnd(String rest) {
        Matcher b = g.boundary.matcher(rest);
        return b.find() ? b.start() : rest.length();
    }

    private String forEachOwner(String before) {
        Matcher m = g.forEachTail.matcher(before);
        return m.find() ? m.group(1) : null;
    }

    /** The attribute list after a record noun, in a plain shape, or null when there is none. */
    private String attributes(String raw) {
        String a = raw.strip();
        String type = null;
        if (a.startsWith("(")) {
            // "several meters (gas, electricity or water) with …": the options are the record's type
            int close = a.indexOf(')');
            if (close < 0) {
                return null;
            }
            type = "a " + g.typeLabel + " " + a.substring(0, close + 1);
            a = a.substring(close + 1);
        }
        int colon = a.indexOf(':');
        if (colon > 0 && a.lastIndexOf(',', colon) < 0 && Text.wordCount(a.substring(0, colon)) <= 5) {
            // "one or more actions to fix it: what needs doing, …"
            a = a.substring(colon);
        }
        Matcher lead = g.attrLead.matcher(a);
        if (!lead.lookingAt() || lead.end() == 0 && type == null) {
            return null;
        }
        a = a.substring(lead.end()).replaceAll("[\\s,;.]+$", "").strip();
        if (!a.contains(",") && a.toLowerCase(Locale.ROOT).contains(" with ")) {
            // "each on a date with a room"
            a = a.replaceFirst("(?i) with ", " and ");
        }
        if (type != null) {
            a = a.isEmpty() ? type : type + (a.contains(",") || a.contains(" and ") ? ", " : " and ") + a;
        }
        return Text.wordCount(a) >= 1 ? a : null;
    }

    /** Where the subject found after a lead clause starts ("… where each van has"), or 0. */
    private int subjectFrom;

    private String subjectOf(String s) {
        subjectFrom = 0;
        String t = s.strip();
        Matcher m = g.subject.matcher(t);
        if (!m.find() || !record(m.group(1))) {
            // "Would it be possible to get a sheet where every boat has its name, …": the subject of the clause the lead opens
            Matcher lead = g.subjectLead == null ? null : g.subjectLead.matcher(t);
            if (lead == null || !lead.find() || Text.wordCount(t.substring(0, lead.start())) > 12) {
                return null;
            }
            m = g.subject.matcher(t.substring(lead.end()));
            if (!m.find()) {
                return null;
            }
            subjectFrom = s.indexOf(t) + lead.end();
        }
        String n = m.group(1);
        return record(n) && !n.contains(",") ? n : null;
    }

    /** Whether a phrase can name records: no pronoun, no time unit or other word the lexicon rules out. */
    private boolean record(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return false;
        }
        List<String> w = Text.words(Text.fold(phrase));
        return !w.isEmpty() && w.stream().noneMatch(x -> g.notRecords.contains(x) || g.notRecords.contains(Inflector.singularWord(lang, x)));
    }

    private boolean document(String phrase) {
        List<String> w = Text.words(Text.fold(phrase));
        return !w.isEmpty() && g.documents.contains(Inflector.singularWord(lang, w.get(w.size() - 1)));
    }

    private boolean same(String a, String b) {
        return Text.fold(Inflector.singular(lang, a)).equals(Text.fold(Inflector.singular(lang, b)));
    }

    private String fill(String template, String owner, String records, String attrs) {
        return template.replace("{owner}", Inflector.singular(lang, owner).toLowerCase(Locale.ROOT))
                .replace("{record}", Inflector.singular(lang, records).toLowerCase(Locale.ROOT))
                .replace("{records}", records.toLowerCase(Locale.ROOT))
                .replace("{attrs}", attrs)
                .replaceAll(g.vowelArticle, g.vowelArticleReplacement);
    }
}
