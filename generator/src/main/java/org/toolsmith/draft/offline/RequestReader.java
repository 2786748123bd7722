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
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪‣]|\\d+[.)])\\s+(.*)$");
    private static final Pattern DIFFERENT = Pattern.compile("\\b(?:with different|of different|with various|with their own)\\s+([\\p{L}-]+)");
    private static final Pattern SOME_HAVE = Pattern.compile("\\bsome (?:have|has|with) (?:a |an )?([\\p{L}-]+)");
    private static final Pattern ON_DIFFERENT = Pattern.compile("\\b(?:with|on|at|in|of) (?:different|various|several) ([\\p{L}-]+)");
    private static final Pattern AS_NAMED = Pattern.compile("\\b(?:as|called|named)\\s+(\\p{L}+)");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern DASH_HEAD = Pattern.compile("^(.{3,80}?)\\s+-\\s+(.+)$");

    private final Lexicon lex;
    private final NlpPipeline nlp;
    private final ListSplitter splitter;
    final FieldReader fields;
    final Reading out = new Reading();
    /** The kind the sentence before a semicolon was about, which the rest of the sentence goes on describing. */
    private DraftEntity clauseTarget;
    private DraftEntity lastEntity;

    /** What was read: named kinds in order, the fields for the main kind, the title, the links. */
    static final class Reading {
        final List<DraftEntity> entities = new ArrayList<>();
        final DraftEntity main = new DraftEntity(null, null);
        String title;
        final List<String[]> links = new ArrayList<>();
        final List<String> collections = new ArrayList<>();
        int listedFields;

        DraftEntity entity(String name, String because) {
            String k = Text.fold(name);
            for (DraftEntity e : entities) {
                if (Text.fold(e.name).equals(k)) {
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
    }

    Reading read(String request) {
        String text = clean(request);
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
                    bullets.add(bj.group(1));
                    j++;
                }
                flushParagraph(paragraph);
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
        return out;
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
            sentence(s);
        }
    }

    static String clean(String request) {
        String t = Text.plainQuotes(request).replace("\r", "");
        t = t.replaceAll("[\\p{So}\\p{Cn}\\p{Cs}]", " ");
        t = t.replaceAll("\\s*(?:->|=>|→|⇒)\\s*", " / ");
        return t.replaceAll("[ \\t]+", " ").strip();
    }

    /** One sentence: the first shape that fits wins. */
    void sentence(String raw) {
        String s = raw.strip().replaceAll("[.!]+$", "").strip();
        if (s.isEmpty()) {
            return;
        }
        if (out.title == null) {
            out.title = s;
        }
        int semi = depthZeroIndex(s, ';');
        if (semi > 0) {
            DraftEntity before = lastEntity;
            sentence(s.substring(0, semi));
            DraftEntity saved = clauseTarget;
            clauseTarget = lastEntity != before ? lastEntity : clauseTarget;
            sentence(s.substring(semi + 1));
            clauseTarget = saved;
            return;
        }
        links(s);
        if (weHave(s)) {
            return;
        }
        int consumed = parentheticalBlocks(s);
        if (consumed > 0) {
            String rest = s.substring(consumed).replaceAll("^[\\s,;.]+", "");
            if (Text.wordCount(rest) >= 3) {
                sentence(rest);
            }
            return;
        }
        int colon = colonAtDepthZero(s);
        if (colon > 0 && colon < s.length() - 1 && Text.wordCount(s.substring(0, colon)) <= 12) {
            String list = s.substring(colon + 1);
            List<ListSplitter.Item> items = splitter.split(list);
            if (items.size() >= 2 || (items.size() == 1 && Text.wordCount(list) <= 3)) {
                block(s.substring(0, colon), list, s);
                return;
            }
            s = s.substring(colon + 1).strip();
        }
        Matcher dash = DASH_HEAD.matcher(s);
        if (dash.matches() && dash.group(2).contains(",") && Text.wordCount(dash.group(1)) <= 8 && !dash.group(2).contains(" - ")) {
            block(dash.group(1), dash.group(2), s);
            return;
        }
        if (hasBlock(s)) {
            return;
        }
        if (actor(s)) {
            return;
        }
        List<ListSplitter.Item> items = stripLead(splitter.split(s));
        if (items.size() >= 3 && fields.fieldish(items)) {
            if (kindsList(items)) {
                return;
            }
            addFields(null, items, s);
            return;
        }
        Matcher also = lex.also.matcher(Text.fold(s));
        if (also.matches() && Text.wordCount(also.group(1)) <= 4 && Text.fold(s).length() == s.length()) {
            String item = s.substring(also.start(1), also.end(1));
            if (FieldTyper.hasTypeWord(lex, Text.fold(item)) || lex.whStart(Text.fold(item))) {
                addFields(null, List.of(new ListSplitter.Item(item)), s);
                return;
            }
        }
        narrative(s, clauseTarget != null ? clauseTarget : out.main);
    }

    /**
     * "People book a room for a time slot and say what the meeting is for": a record named after
     * the verb ("Booking"), a link to what it is about, and the fields the rest of the sentence names.
     */
    private boolean actor(String s) {
        String f = Text.fold(s);
        List<String> w = Text.words(f);
        int a = 0;
        while (a < w.size() && lex.articles.contains(w.get(a))) {
            a++;
        }
        if (w.size() < a + 3 || f.length() != s.length() || !lex.actors.contains(w.get(a))) {
            return false;
        }
        w = w.subList(a, w.size());
        String verb = w.get(1);
        String two = w.size() > 2 ? w.get(1) + " " + w.get(2) : verb;
        String name = lex.nominal.get(two);
        int objStart = 2;
        if (name == null) {
            name = nominal(verb);
        } else {
            objStart = 3;
        }
        if (name == null) {
            return false;
        }
        DraftEntity e = out.entity(name, s);
        lastEntity = e;
        List<String> rest = w.subList(objStart, w.size());
        int i = 0;
        while (i < rest.size() && (lex.npStop.contains(rest.get(i)) || lex.articles.contains(rest.get(i)))) {
            i++;
        }
        if (i < rest.size()) {
            String obj = Inflector.singular(lex.lang, rest.get(i));
            if (!lex.stopwords.contains(obj) && !lex.pronouns.contains(obj) && !lex.generic.contains(obj)) {
                DraftField ref = new DraftField(Text.capitalize(obj), FieldType.REFERENCE, s);
                ref.target = obj;
                ref.narrative = true;
                e.add(ref);
            }
            i++;
        }
        // the rest: "for a time slot and say what the meeting is for"
        String tail = String.join(" ", rest.subList(Math.min(i, rest.size()), rest.size()));
        for (ListSplitter.Item it : splitter.split(tail)) {
            String t = Text.fold(it.text());
            List<String> tw = new ArrayList<>(Text.words(t));
            while (!tw.isEmpty() && (lex.npStop.contains(tw.get(0)) || lex.articles.contains(tw.get(0)))) {
                tw.remove(0);
            }
            String item = String.join(" ", tw);
            if (item.isEmpty()) {
                continue;
            }
            String cut = afterLastVerb(item);
            String candidate = cut != null ? cut : item;
            if (lex.whStart(candidate) || (Text.wordCount(candidate) <= 3 && FieldTyper.hasTypeWord(lex, candidate))) {
                for (DraftField df : fields.read(new ListSplitter.Item(candidate))) {
                    e.add(df);
                }
            }
        }
        narrative(s, e);
        if (e.fields.isEmpty()) {
            out.entities.remove(e);
            return false;
        }
        return true;
    }

    /** "Laptops, monitors, phones, docking stations": kinds of the main record, a choice. */
    private boolean kindsList(List<ListSplitter.Item> items) {
        List<String> singular = new ArrayList<>();
        for (ListSplitter.Item it : items) {
            String t = it.text().strip();
            List<String> w = Text.words(Text.fold(t));
            if (w.isEmpty() || w.size() > 2 || lex.whStart(Text.fold(t)) || !it.options().isEmpty()) {
                return false;
            }
            String head = FieldTyper.head(lex, w);
            if (Inflector.singularWord(lex.lang, head).equals(head)) {
                return false;
            }
            singular.add(Text.capitalize(Inflector.singular(lex.lang, t)));
        }
        DraftField type = new DraftField(lex.typeLabel, FieldType.CHOICE, String.join(", ", items.stream().map(ListSplitter.Item::text).toList()));
        type.options(singular);
        out.main.add(type);
        out.listedFields++;
        return true;
    }

    /**
     * Fields named in running text: what follows a recording verb ("IT records who granted it and
     * the date"), and phrases such as "approves or rejects", "how many days", "mark them as paid".
     */
    private void narrative(String s, DraftEntity target) {
        String f = Text.fold(s);
        if (f.length() == s.length()) {
            for (Pattern verbPattern : lex.recordVerbPatterns) {
                Matcher m = verbPattern.matcher(f);
                if (!m.find()) {
                    continue;
                }
                String after = s.substring(m.start(1));
                List<ListSplitter.Item> items = splitter.split(after);
                for (ListSplitter.Item it : items) {
                    String t = Text.fold(it.text());
                    List<String> tw = Text.words(t);
                    if (tw.isEmpty() || (!lex.whStart(t) && (tw.size() > 4 || tw.stream().anyMatch(lex.pronouns::contains)
                            || tw.stream().anyMatch(lex.subordinators::contains)))) {
                        continue;
                    }
                    if (!lex.whStart(t) && !FieldTyper.hasTypeWord(lex, t)) {
                        continue;
                    }
                    for (DraftField df : fields.read(it)) {
                        df.narrative = true;
                        target.add(df);
                    }
                }
                break;
            }
        }
        for (Lexicon.Narrative n : lex.narrative) {
            Matcher m = n.pattern().matcher(f);
            while (m.find()) {
                String label = n.label();
                for (int g = 1; g <= m.groupCount(); g++) {
                    label = label.replace("$" + g, m.group(g) == null ? "" : m.group(g));
                }
                if (label.startsWith("*")) {
                    for (DraftField df : fields.read(new ListSplitter.Item(label.substring(1)))) {
                        df.narrative = true;
                        target.add(df);
                    }
                    continue;
                }
                if (n.type() == FieldType.BOOLEAN && (lex.stopwords.contains(label) || lex.pronouns.contains(label))) {
                    continue;
                }
                DraftField df = new DraftField(Text.capitalize(FieldReader.original(s, label)), n.type(), s);
                df.narrative = true;
                df.options(n.options());
                if (n.type() == FieldType.REFERENCE) {
                    df.target = Inflector.singular(lex.lang, label);
                    if (lex.stopwords.contains(label) || lex.generic.contains(label) || FieldTyper.type(lex, label) != FieldType.TEXT) {
                        continue;
                    }
                }
                if (target.find(df.label).isEmpty() && target.fields.stream().noneMatch(x -> x.type == n.type() && n.type() == FieldType.FILE)) {
                    target.add(df);
                }
            }
        }
    }

    /** "Kind: list" or a bullet list under "heading". */
    private void block(String head, String list, String because) {
        String name = headName(head);
        List<ListSplitter.Item> items = splitter.split(list);
        if (items.isEmpty()) {
            return;
        }
        addFields(name, stripLead(items), because);
    }

    private void addFields(String entityName, List<ListSplitter.Item> items, String because) {
        DraftEntity target = entityName == null ? (clauseTarget != null ? clauseTarget : out.main) : out.entity(entityName, because);
        if (entityName != null) {
            lastEntity = target;
        }
        List<ListSplitter.Item> kept = items.stream().filter(i -> {
            List<String> w = Text.words(Text.fold(i.text()));
            return w.isEmpty() || !lex.subordinators.contains(w.get(0)) || lex.whWords.contains(w.get(0));
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

    private static String noParens(String s) {
        return s.replaceAll("\\([^()]*\\)", " ");
    }

    private boolean hasPronoun(String head) {
        for (String w : Text.words(Text.fold(head))) {
            if (lex.pronouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Every room has a number, a floor and a type", "Courses have a title, a trainer and ...". */
    private boolean hasBlock(String s) {
        String f = Text.fold(s);
        for (Pattern hasPattern : lex.hasPatterns) {
            Matcher m = hasPattern.matcher(f);
            if (!m.matches() || f.length() != s.length()) {
                continue;
            }
            String head = s.substring(0, m.end(1));
            String fh = Text.fold(head);
            for (String bl : lex.belongs) {
                int at = fh.indexOf(" " + bl + " ");
                if (at > 0 && fh.length() == head.length()) {
                    head = head.substring(0, at);
                    fh = Text.fold(head);
                }
            }
            List<ListSplitter.Item> items = splitter.split(s.substring(m.start(2)));
            long good = items.stream().filter(i -> Text.wordCount(noParens(i.text())) <= 5).count();
            long ok = items.stream().filter(i -> Text.wordCount(noParens(i.text())) <= 8).count();
            if (items.size() >= 2 && good * 10 >= items.size() * 7 && ok == items.size() && Text.wordCount(head) <= 5
                    && !hasPronoun(head)) {
                String name = headName(head);
                if (name != null) {
                    if (periodic(fh, name, items, s)) {
                        return true;
                    }
                    addFields(name, items, s);
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Each day every room gets a cleaning status ...": one record per room and day, named after
     * what is recorded ("Cleaning"), pointing to the room, with a date.
     */
    private boolean periodic(String foldedHead, String owner, List<ListSplitter.Item> items, String because) {
        Matcher p = lex.periodic.matcher(foldedHead);
        if (!p.find()) {
            return false;
        }
        List<String> first = new ArrayList<>(Text.words(Text.fold(noParens(items.get(0).text()))));
        first.removeIf(w -> lex.articles.contains(w) || lex.stopwords.contains(w));
        String record = first.isEmpty() ? null : first.get(0);
        if (record == null || FieldTyper.type(lex, record) != FieldType.TEXT || first.size() < 2) {
            return false;
        }
        DraftEntity of = out.entity(owner, because);
        if (of.fields.isEmpty()) {
            of.add(new DraftField(lex.nameLabel, FieldType.TEXT, because));
        }
        DraftEntity log = out.entity(Text.capitalize(record), because);
        DraftField ref = new DraftField(owner, FieldType.REFERENCE, because);
        ref.target = owner;
        log.add(ref);
        log.add(new DraftField(lex.dateLabel, FieldType.DATE, because));
        addFields(log.name, items, because);
        return true;
    }

    /** "the properties we sell (address, price, ...) and viewings (which property, ...)". */
    private int parentheticalBlocks(String s) {
        int any = 0;
        int depth = 0;
        int open = -1;
        int lastEnd = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                if (depth == 0) {
                    String inner = s.substring(open + 1, i);
                    List<ListSplitter.Item> items = splitter.split(inner);
                    String before = s.substring(lastEnd, open);
                    String head = lastPhrase(before);
                    boolean each = head != null && lex.forEach.stream().anyMatch(fe -> Text.containsPhrase(Text.fold(head), fe));
                    if (items.size() >= 3 && head != null && !lex.whStart(Text.fold(head))
                            && (fields.fieldLike(items) || (each && fields.someFieldWord(items))) && collectionHead(head)) {
                        String name = headName(head);
                        if (name != null) {
                            addFields(name, items, head + " (" + inner + ")");
                            any = i + 1;
                        }
                    }
                    lastEnd = i + 1;
                }
            }
        }
        return any;
    }

    /** "donors", "every donation", "a list of volunteers": a heading that names many records. */
    private boolean collectionHead(String head) {
        String f = Text.fold(head);
        for (String e : lex.forEach) {
            if (Text.containsPhrase(f, e)) {
                return true;
            }
        }
        String obj = verbObject(head);
        List<String> w = Text.words(Text.fold(obj != null ? obj : head));
        if (w.isEmpty()) {
            return false;
        }
        for (String noun : List.of(w.get(0), w.get(w.size() - 1))) {
            if (!lex.stopwords.contains(noun) && !lex.articles.contains(noun) && !Inflector.singularWord(lex.lang, noun).equals(noun)) {
                return true;
            }
        }
        return Text.containsPhrase(f, lex.listOf);
    }

    /** The noun phrase just before a parenthesis: the words after the last comma, "and" or verb. */
    private String lastPhrase(String before) {
        String b = before.strip();
        int cut = Math.max(Math.max(b.lastIndexOf(','), b.lastIndexOf(';')), b.lastIndexOf(':'));
        b = b.substring(cut + 1).strip();
        List<ListSplitter.Item> parts = splitter.split(b);
        if (parts.isEmpty()) {
            return null;
        }
        String last = parts.get(parts.size() - 1).text();
        return Text.wordCount(last) <= 8 ? last : null;
    }

    /** "We have 4 freezers", "there are 12 rooms with different capacities, some have a screen". */
    private boolean weHave(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (Pattern weHavePattern : lex.weHavePatterns) {
            Matcher m = weHavePattern.matcher(f);
            if (m.find()) {
                String noun = s.substring(m.start(2), m.end(2));
                String[] words = noun.split("\\s+");
                if (words.length == 2 && (lex.stopwords.contains(Text.fold(words[1])) || lex.withWords.contains(Text.fold(words[1])))) {
                    noun = words[0];
                }
                String name = Text.capitalize(Inflector.singular(lex.lang, noun));
                DraftEntity e = out.entity(name, s);
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, s));
                String tf = f.substring(m.end());
                Matcher diff = DIFFERENT.matcher(tf);
                if (diff.find()) {
                    String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
                    e.add(new DraftField(label, FieldTyper.type(lex, label), s));
                }
                Matcher some = SOME_HAVE.matcher(tf);
                if (some.find()) {
                    e.add(new DraftField(lex.hasLabel + " " + some.group(1), FieldType.BOOLEAN, s));
                }
                out.collections.add(name);
                return true;
            }
        }
        return false;
    }

    /** "each project has several tasks" → task points to project; "a loan belongs to a member". */
    private void links(String s) {
        String f = Text.fold(s);
        for (String sev : lex.several) {
            int i = f.indexOf(" " + sev + " ");
            if (i < 0) {
                continue;
            }
            String before = f.substring(0, i);
            String after = f.substring(i + sev.length() + 2);
            String owner = lastNoun(before);
            String many = firstNounAfterAs(after);
            if (owner != null && many != null) {
                out.links.add(new String[] {many, before, s});
                describe(Text.capitalize(many), s.substring(Math.min(s.length(), i + sev.length() + 2)), s);
                return;
            }
        }
        for (String bl : lex.belongs) {
            int i = f.indexOf(" " + bl + " ");
            if (i > 0) {
                String child = lastNoun(f.substring(0, i));
                String parent = firstNoun(f.substring(i + bl.length() + 2));
                if (child != null && parent != null) {
                    out.links.add(new String[] {f.substring(0, i), parent, s, "child-text"});
                    return;
                }
            }
        }
    }

    /** "sessions on different dates, each with a max number of seats" → date, max number of seats. */
    private void describe(String name, String tail, String because) {
        String tf = Text.fold(tail);
        if (tf.length() != tail.length()) {
            return;
        }
        DraftEntity e = out.entity(name, because);
        Matcher diff = ON_DIFFERENT.matcher(tf);
        if (diff.find()) {
            String label = Text.capitalize(Inflector.singular(lex.lang, diff.group(1)));
            e.add(new DraftField(label, FieldTyper.type(lex, label), because));
        }
        for (String w : lex.withWords) {
            int at = tf.indexOf(w + " ");
            if (at >= 0 && w.contains(" ")) {
                for (DraftField f : fields.readAll(splitter.split(tail.substring(at + w.length() + 1)))) {
                    e.add(f);
                }
                break;
            }
        }
        if (e.fields.isEmpty()) {
            out.entities.remove(e);
        }
    }

    private String lastNoun(String folded) {
        String[] tokens = nlp.tokens(lex.lang, folded);
        var tags = nlp.tags(lex.lang, tokens);
        if (tags.isPresent()) {
            for (int i = tokens.length - 1; i >= 0; i--) {
                if (NlpPipeline.isNoun(tags.get()[i]) && tokens[i].length() > 2) {
                    return Inflector.singular(lex.lang, tokens[i]);
                }
            }
        }
        List<String> w = Text.words(folded);
        for (int i = w.size() - 1; i >= 0; i--) {
            if (!lex.stopwords.contains(w.get(i)) && !lex.articles.contains(w.get(i)) && w.get(i).length() > 2
                    && !lex.has.contains(w.get(i)) && !lex.verbs.contains(w.get(i))) {
                return Inflector.singular(lex.lang, w.get(i));
            }
        }
        return null;
    }

    private String firstNoun(String folded) {
        for (String w : Text.words(folded)) {
            if (!lex.stopwords.contains(w) && !lex.articles.contains(w) && w.length() > 2 && !w.matches("\\d+")) {
                return Inflector.singular(lex.lang, w);
            }
        }
        return null;
    }

    /** "several times a year as sessions" → "session"; "several tasks" → "task". */
    private String firstNounAfterAs(String folded) {
        Matcher as = AS_NAMED.matcher(folded);
        if (as.find()) {
            return Inflector.singular(lex.lang, as.group(1));
        }
        return firstNoun(folded);
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

    /**
     * A record-kind name from a heading ("For each new hire I need" → "New hire", "IT helpdesk
     * tickets" → "IT helpdesk ticket"), or null when the heading names no kind ("Columns", "I need").
     */
    String headName(String head) {
        String h = head.strip().replaceAll("[:\\-–]+$", "").strip();
        String f = Text.fold(h);
        if (f.length() != h.length()) {
            h = f;
        }
        String nominal = nominal(f);
        if (nominal != null) {
            return nominal;
        }
        String obj = verbObject(h);
        if (obj != null) {
            h = obj;
            f = Text.fold(h);
        }
        // "each day every room" → "room"
        for (String fe : lex.forEach) {
            int at = f.lastIndexOf(" " + fe + " ");
            if (at > 0 && f.length() == h.length()) {
                h = h.substring(at + fe.length() + 2);
                f = Text.fold(h);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : lex.intro) {
                if (f.startsWith(p + " ") || f.equals(p)) {
                    h = h.substring(Math.min(h.length(), p.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
            for (String a : lex.articles) {
                if (f.startsWith(a + " ") || f.equals(a)) {
                    h = h.substring(Math.min(h.length(), a.length())).strip();
                    f = Text.fold(h);
                    changed = true;
                }
            }
        }
        // cut at a clause ("new hire I need", "properties we're selling")
        Matcher r = lex.headCut.matcher(" " + f);
        if (r.find()) {
            h = h.substring(0, Math.max(0, Math.min(h.length(), r.start() - 1))).strip();
            f = Text.fold(h);
        }
        if (h.isEmpty() || Text.wordCount(h) > 4 || hasPronoun(h)) {
            return null;
        }
        // drop tool words ("tracker", "app", "log") at either end
        List<String> words = new ArrayList<>(List.of(h.split("\\s+")));
        while (!words.isEmpty() && (lex.tool.contains(Text.fold(words.get(words.size() - 1))))) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && (lex.tool.contains(Text.fold(words.get(0))) || lex.articles.contains(Text.fold(words.get(0))))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return null;
        }
        String name = String.join(" ", words).replaceAll("[^\\p{L}\\p{N}' -]", "").strip();
        boolean generic = Text.words(Text.fold(name)).stream().allMatch(w -> lex.generic.contains(w) || lex.stopwords.contains(w));
        if (name.isEmpty() || generic) {
            return null;
        }
        return Text.capitalize(Inflector.singular(lex.lang, name));
    }

    /** "People register with ..." → "Registration": a verb that names a record. */
    private String nominal(String folded) {
        List<String> words = Text.words(folded);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String n = i + 1 < words.size() ? lex.nominal.get(w + " " + words.get(i + 1)) : null;
            int after = i + 2;
            if (n == null) {
                n = lex.nominal.get(w);
                after = i + 1;
            }
            if (n == null && w.length() > 4) {
                n = lex.nominal.get(w.replaceAll("(?:ing|ed|es|s|d)$", ""));
            }
            if (n != null) {
                // "we register households": the object is the record, not the registration
                if (after < words.size() && !lex.npStop.contains(words.get(after)) && !lex.possessives.contains(words.get(after))
                        && !lex.articles.contains(words.get(after)) && !lex.stopwords.contains(words.get(after))) {
                    return null;
                }
                return n;
            }
        }
        return null;
    }

    /** "I'd like each rep to log a visit on their phone" → "visit". */
    private String verbObject(String h) {
        String f = Text.fold(h);
        List<String> words = Text.words(f);
        for (int i = words.size() - 2; i >= 0; i--) {
            if (lex.verbs.contains(words.get(i))) {
                List<String> np = new ArrayList<>();
                for (int j = i + 1; j < words.size() && np.size() < 3; j++) {
                    String w = words.get(j);
                    if (lex.articles.contains(w) || lex.forEach.contains(w)) {
                        if (np.isEmpty()) {
                            continue;
                        }
                        break;
                    }
                    if (lex.stopwords.contains(w) || lex.relative.contains(w) || lex.npStop.contains(w)) {
                        break;
                    }
                    np.add(w);
                }
                if (!np.isEmpty()) {
                    return String.join(" ", np);
                }
            }
        }
        return null;
    }

    /**
     * The first item of a list often carries the sentence's start ("Usually I have the supplier",
     * "They pick the type"), the last one a verb ("and can add a comment"): keep the noun phrase.
     */
    List<ListSplitter.Item> stripLead(List<ListSplitter.Item> items) {
        List<ListSplitter.Item> out = new ArrayList<>(items);
        if (!out.isEmpty()) {
            // "for each request the item" → "the item"
            ListSplitter.Item first = out.get(0);
            String f = Text.fold(first.text());
            for (String fe : lex.forEach) {
                if (f.startsWith(fe + " ") && f.length() == first.text().length()) {
                    String[] rest = first.text().substring(fe.length()).strip().split("\\s+", 2);
                    if (rest.length == 2) {
                        out.set(0, new ListSplitter.Item(rest[1], first.options(), first.joined()));
                    }
                    break;
                }
            }
        }
        for (int idx = 0; idx < out.size(); idx++) {
            ListSplitter.Item it = out.get(idx);
            String t = it.text();
            boolean edge = idx == 0 || idx == out.size() - 1 || Text.wordCount(t) >= 3;
            if (!edge || Text.wordCount(t) < 2 || lex.whStart(Text.fold(t)) || t.strip().endsWith("?")) {
                continue;
            }
            String cut = afterLastVerb(t);
            if (cut != null && !cut.isBlank()) {
                String fc = Text.fold(cut);
                int with = -1;
                for (String w : lex.withWords) {
                    with = Math.max(with, fc.lastIndexOf(" " + w + " "));
                }
                if (Text.wordCount(cut) > 4 && with >= 0 && fc.length() == cut.length()) {
                    cut = cut.substring(with).strip().replaceFirst("^\\S+\\s+", "");
                }
                out.set(idx, new ListSplitter.Item(cut, it.options(), it.joined()));
            }
        }
        return out;
    }

    /**
     * The part of an item after its verb when the verb only introduces it ("they pick the type",
     * "can add a comment", "track asset tag", "every evening the manager enters shop"), found by
     * the part-of-speech tagger, or null to keep the item as it is ("next follow-up date", "the
     * note if they sent one").
     */
    String afterLastVerb(String item) {
        StringBuilder blanked = new StringBuilder(item);
        Matcher pm = PARENS.matcher(item);
        while (pm.find()) {
            for (int k = pm.start(); k < pm.end(); k++) {
                blanked.setCharAt(k, ' ');
            }
        }
        // "fill-up date": a hyphenated word is not a verb
        String noParen = blanked.toString().replaceAll("(?<=\\p{L})-(?=\\p{L})", "_");
        String[] tokens = nlp.tokens(lex.lang, noParen);
        if (tokens.length < 2) {
            return null;
        }
        var tags = nlp.tags(lex.lang, tokens);
        int verbAt = -1;
        for (int i = 0; i < tokens.length - 1; i++) {
            String ft = Text.fold(tokens[i]);
            if (i > 0 && (lex.whWords.contains(ft) || lex.subordinators.contains(ft))) {
                break;
            }
            boolean known = lex.recordVerbs.contains(ft) || lex.verbs.contains(ft);
            boolean verb = tags.isPresent() ? NlpPipeline.isVerb(tags.get()[i]) || known : known || lex.has.contains(ft);
            if (verb && i == 0 && !known) {
                // a list item rarely starts with a verb the lexicon does not know: "rating from 1 to 5"
                verb = false;
            }
            if (verb) {
                verbAt = i;
            }
        }
        if (verbAt < 0) {
            return null;
        }
        boolean prefixHasPronoun = false;
        for (int i = 0; i < verbAt; i++) {
            String ft = Text.fold(tokens[i]);
            if (lex.pronouns.contains(ft) || lex.actors.contains(ft) || (tags.isPresent() && tags.get()[i].equals("AUX"))) {
                prefixHasPronoun = true;
                break;
            }
            // "the date it came in": a noun before the pronoun makes it a relative clause
            if (tags.isPresent() && (NlpPipeline.isNoun(tags.get()[i]) || tags.get()[i].equals("ADJ"))) {
                break;
            }
        }
        int suffixWords = tokens.length - verbAt - 1;
        String next = Text.fold(tokens[verbAt + 1]);
        boolean recordVerb = lex.recordVerbs.contains(Text.fold(tokens[verbAt]));
        boolean cut = verbAt == 0 || prefixHasPronoun || recordVerb || lex.whWords.contains(next);
        if (!cut) {
            return null;
        }
        int pos = indexOfToken(noParen, tokens, verbAt);
        if (pos < 0) {
            return null;
        }
        String rest = item.substring(Math.min(item.length(), pos + tokens[verbAt].length())).strip();
        return rest.isEmpty() ? null : rest;
    }

    private static int indexOfToken(String text, String[] tokens, int upTo) {
        int from = 0;
        for (int i = 0; i <= upTo; i++) {
            int at = text.indexOf(tokens[i], from);
            if (at < 0) {
                return -1;
            }
            from = at + (i == upTo ? 0 : tokens[i].length());
        }
        return from;
    }
}
