package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** The shapes that name a kind and list its fields: "rooms have a number and a floor", "donors (name, email)", "each day every room gets a status". */
final class BlockShapes extends ReaderPart {
    private final ProseGroups proseGroups;

    BlockShapes(RequestReader reader) {
        super(reader);
        this.proseGroups = new ProseGroups(lex);
    }

    /** "Every room has a number, a floor and a type", "Courses have a title, a trainer and ...". */
    boolean hasBlock(String s) {
        String f = Text.fold(s);
        for (Pattern hasPattern : lex.hasPatterns) {
            Matcher m = hasPattern.matcher(f);
            if (!m.matches() || f.length() != s.length()) {
                continue;
            }
            String head = s.substring(0, m.end(1));
            List<String> after = Text.words(m.group(2));
            if (head.chars().filter(c -> c == '(').count() > head.chars().filter(c -> c == ')').count()) {
                // "level (beginner à expert), …": a verb inside a bracket (French "à" folds into "a") is a range or a remark, not what the head has
                continue;
            }
            if (head.contains(",") || (!after.isEmpty() && lex.modals.contains(after.get(0)))) {
                // "drivers have to report accidents": a duty, not what a driver has
                continue;
            }
            String fh = Text.fold(head);
            for (String bl : lex.belongs) {
                int at = fh.indexOf(" " + bl + " ");
                if (at > 0 && fh.length() == head.length()) {
                    head = head.substring(0, at);
                    fh = Text.fold(head);
                }
            }
            List<ListSplitter.Item> items = splitter.split(s.substring(m.start(2)));
            if (items.stream().anyMatch(i -> lead.clause(i.text()))) {
                // "... with the company card and the receipts keep getting lost": a story
                continue;
            }
            // "how many months they stay valid": a question item is one field, however long
            long good = items.stream().filter(i -> Text.wordCount(RequestReader.noParens(i.text())) <= 5
                    || lex.whStart(Text.fold(i.text()))).count();
            long ok = items.stream().filter(i -> Text.wordCount(RequestReader.noParens(i.text())) <= 8).count();
            boolean kinds = items.size() <= 4 && items.stream().allMatch(i -> {
                List<String> w = Text.words(Text.fold(i.text()));
                return w.size() <= 2 && !w.isEmpty() && !Inflector.singularWord(lex.lang, w.get(w.size() - 1)).equals(w.get(w.size() - 1))
                        && !FieldTyper.hasTypeWord(lex, Text.fold(i.text()));
            });
            // "Sites have an address": one short field is enough when a plural names the kind
            boolean single = items.size() == 1 && Text.wordCount(RequestReader.noParens(items.get(0).text())) <= 3
                    && collectionHead(head) && !lex.whStart(Text.fold(items.get(0).text()));
            if (!kinds && (items.size() >= 2 || single) && good * 10 >= items.size() * 7 && ok == items.size() && Text.wordCount(head) <= 5
                    && !heads.hasPronoun(head)) {
                String name = heads.headName(head);
                if (name != null) {
                    if (periodic(fh, name, items, s)) {
                        return true;
                    }
                    reader.addFields(name, items, s);
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
    boolean periodic(String foldedHead, String owner, List<ListSplitter.Item> items, String because) {
        Matcher p = lex.periodic.matcher(foldedHead);
        if (!p.find()) {
            return false;
        }
        List<String> first = new ArrayList<>(Text.words(Text.fold(RequestReader.noParens(items.get(0).text()))));
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
        reader.addFields(log.name, items, because);
        return true;
    }

    /** "the properties we sell (address, price, ...) and viewings (which property, ...)". */
    int parentheticalBlocks(String s) {
        // two or more groups of fields in one sentence: each names a kind, plural or not
        boolean several = fieldGroups(s) >= 2;
        // "il y a des professeurs (nom, instrument, téléphone) et des élèves (nom, classe)": kinds listed in prose
        boolean prose = !several && proseGroups.listed(s, splitter, fields);
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
                    String before = proseGroups.withoutRelative(s.substring(lastEnd, open));
                    List<ListSplitter.Item> led = lastEnd == 0 ? splitter.split(before) : List.of();
                    if (led.size() >= 3 && reader.nestedKinds.childKind(led.get(led.size() - 1).text(), inner) != null) {
                        // "we note the date, the technician and the parts used (part, quantity, price)": the last of
                        // the record's fields, many of them, read with the list (NestedKinds)
                        lastEnd = i + 1;
                        continue;
                    }
                    String phrase = lastPhrase(before);
                    String head = phrase == null || heads.headName(phrase) == null || proseGroups.verbFirst(phrase)
                            ? orElse(proseGroups.trailingNoun(before), phrase) : phrase;
                    // "each club has its members (name, phone)": the records after the owner's possessive are the kind
                    String[] owned = head == null ? null : owned(head);
                    if (owned != null) {
                        head = owned[1];
                    }
                    String headNow = head;
                    boolean each = head != null && lex.forEach.stream().anyMatch(fe -> Text.containsPhrase(Text.fold(headNow), fe));
                    // "kilns (name, max temperature)" beside "firings (kiln, date, …)": two items will do for a
                    // plural the request also names as a thing elsewhere
                    boolean pair = items.size() == 2 && head != null && (several || prose || namedElsewhere(head));
                    // "we also log injuries (date, body part, physio)": the plural a record verb acts on, three items or more
                    boolean object = items.size() >= 3 && head != null && heads.verbObject(head) != null && !fields.valueList(items);
                    if ((items.size() >= 3 || prose && items.size() >= 2 || pair) && head != null && !lex.whStart(Text.fold(head))
                            && (fields.fieldLike(items) || ((each || prose || pair || object) && fields.someFieldWord(items)))
                            && (several || prose || collectionHead(head))) {
                        String name = heads.headName(head);
                        if (name != null) {
                            // "vans: reg, make, mileage, and a defects list (date, …)": the list before the group is
                            // the owner's own, read as a sentence of its own, and the group's kind points to it
                            String master = leadList(s.substring(any, open));
                            DraftEntity owner = null;
                            if (master != null) {
                                DraftEntity was = reader.lastEntity;
                                reader.sentence(master);
                                owner = reader.lastEntity != was && out.entities.contains(reader.lastEntity) ? reader.lastEntity : null;
                            }
                            reader.addFields(name, items, head + " (" + inner + ")");
                            if (owner == null && owned != null) {
                                owner = new KindLinker(lex).find(out.entities, owned[0]).orElse(null);
                            }
                            if (owner != null && !Text.fold(owner.name).equals(Text.fold(name))) {
                                out.links.add(new String[] {name, owner.name, head + " (" + inner + ")"});
                            }
                            any = i + 1;
                        }
                    }
                    lastEnd = i + 1;
                }
            }
        }
        return any;
    }

    /**
     * "We have clients with an address and a phone, cleaners with a rate, and jobs with a date and
     * the hours": each "noun with ..." starts a kind; the items after it, until the next, are its fields.
     */
    private static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    boolean kindsWith(String s) {
        List<String> items = new ArrayList<>();
        for (String p : lex.enumerationGap.split(s)) {
            if (!p.isBlank()) {
                items.add(p.strip());
            }
        }
        if (items.size() < 3 || s.indexOf('(') >= 0) {
            return false;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> firstFields = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String t = items.get(i);
            String f = Text.fold(t);
            if (f.length() != t.length()) {
                return false;
            }
            for (String w : lex.withWords) {
                int at = f.indexOf(" " + w + " ");
                if (at > 0 && !w.contains(" ")) {
                    String head = t.substring(0, at);
                    for (String wh : lex.weHave) {
                        if (i == 0 && Text.fold(head).startsWith(wh + " ")) {
                            // "we have clients with ..."
                            head = head.substring(wh.length() + 1);
                            break;
                        }
                    }
                    List<String> hw = Text.words(Text.fold(head));
                    String name = hw.size() <= 6 ? heads.headName(head) : null;
                    FieldType nt = name == null ? null : FieldTyper.type(lex, name);
                    if (nt == FieldType.TEXT || nt == FieldType.PERSON) {
                        starts.add(i);
                        names.add(name);
                        firstFields.add(t.substring(at + w.length() + 2));
                    }
                    break;
                }
            }
        }
        if (starts.size() < 2 || starts.get(0) != 0) {
            return false;
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : items.size();
            List<String> own = new ArrayList<>();
            own.add(firstFields.get(k));
            own.addAll(items.subList(from + 1, to));
            String name = names.get(k);
            reader.addFields(name, splitter.split(String.join(", ", own)), items.get(from));
            if (out.entities.stream().noneMatch(x -> x.name.equals(name))) {
                DraftEntity e = out.entity(name, items.get(from));
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, items.get(from)));
            }
        }
        return true;
    }

    /**
     * "There are classes like yoga, spin and pilates, each with an instructor and a weekly time": a
     * kind that the examples name one row at a time, with its fields after "each with".
     */
    boolean weHaveLike(String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return false;
        }
        for (String wh : lex.weHave) {
            if (!f.startsWith(wh + " ")) {
                continue;
            }
            String rest = f.substring(wh.length() + 1);
            for (String marker : lex.optionMarkers) {
                int at = rest.indexOf(" " + marker + " ");
                if (at <= 0 || Text.wordCount(rest.substring(0, at)) > 3) {
                    continue;
                }
                String name = heads.headName(s.substring(wh.length() + 1, wh.length() + 1 + at));
                if (name == null) {
                    return false;
                }
                DraftEntity e = out.entity(name, s);
                e.add(new DraftField(lex.nameLabel, FieldType.TEXT, s));
                for (String w : lex.withWords) {
                    int wi = f.indexOf(" " + w + " ", wh.length() + 1 + at);
                    if (wi > 0) {
                        for (DraftField df : fields.readAll(splitter.split(s.substring(wi + w.length() + 2)))) {
                            e.add(df);
                        }
                        break;
                    }
                }
                reader.lastEntity = e;
                return true;
            }
        }
        return false;
    }

    /** How many parenthesised groups of three or more field-like items the sentence holds. */
    private int fieldGroups(String s) {
        int count = 0;
        int depth = 0;
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0 && --depth == 0) {
                List<ListSplitter.Item> items = splitter.split(s.substring(open + 1, i));
                if (items.size() >= 3 && fields.fieldLike(items)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** "donors", "every donation", "a list of volunteers": a heading that names many records. */
    boolean collectionHead(String head) {
        String f = Text.fold(head);
        String name = heads.headName(head);
        if (name != null) {
            // "the products they sell": the name was made singular, so the heading named many
            List<String> nw = Text.words(Text.fold(name));
            if (!nw.isEmpty() && !Text.words(f).contains(nw.get(nw.size() - 1)) && !Text.words(f).contains(nw.get(0))) {
                return true;
            }
        }
        for (String e : lex.forEach) {
            if (Text.containsPhrase(f, e)) {
                return true;
            }
        }
        String obj = heads.verbObject(head);
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

    /**
     * Whether the kind a plural heading names is also named elsewhere in the request, as a thing a record
     * is about ("kilns (name, max temperature)" and "firings (kiln, date, …)"): its last word, singular,
     * stands in the request more often than in the heading itself.
     */
    boolean namedElsewhere(String head) {
        String name = heads.headName(head);
        List<String> hw = Text.words(Text.fold(head));
        if (name == null || hw.isEmpty() || Inflector.singularWord(lex.lang, hw.get(hw.size() - 1)).equals(hw.get(hw.size() - 1))) {
            return false;
        }
        List<String> nw = Text.words(Text.fold(name));
        String noun = nw.isEmpty() ? null : nw.get(nw.size() - 1);
        if (noun == null || lex.stopwords.contains(noun)) {
            return false;
        }
        long inHead = hw.stream().filter(w -> Inflector.singularWord(lex.lang, w).equals(noun)).count();
        long all = Text.words(Text.fold(reader.request)).stream().filter(w -> w.equals(noun) || Inflector.singularWord(lex.lang, w).equals(noun)).count();
        return all > inHead;
    }

    /** Possessives of a third party ("its", "leurs", "sus", "seine"): the owner is named before them. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Commas, semicolons and spaces at the end of the owner's list. */
    private static final Pattern TRAILING_GAP = Pattern.compile("[\\s,;]+$");
    private static final java.util.Set<String> THIRD_POSSESSIVES = java.util.Set.of("its", "their", "his", "her", "son", "sa", "ses",
            "leur", "leurs", "su", "sus", "sein", "seine", "seinen", "seiner", "ihr", "ihre", "ihren", "ihrer");

    /**
     * "each club has its members", "chaque client a ses contrats", "cada obra tiene sus partes", "jede Halle hat ihre
     * Stellplätze": the owner's name and the plural records after its possessive, or null (no owner before it, a
     * singular after it: "its address (street, town)" is a field's own details).
     */
    String[] owned(String head) {
        String[] w = SPACES.split(head.strip());
        for (int k = 1; k < w.length - 1 && k < 6; k++) {
            if (!THIRD_POSSESSIVES.contains(Text.fold(w[k]))) {
                continue;
            }
            int rest = w.length - k - 1;
            String last = Text.fold(w[w.length - 1]);
            if (rest > 3 || Inflector.singularWord(lex.lang, last).equals(last)) {
                return null;
            }
            String ownerName = heads.headName(String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)));
            String child = String.join(" ", java.util.Arrays.copyOfRange(w, k + 1, w.length));
            return ownerName == null || heads.headName(child) == null ? null : new String[] {ownerName, child};
        }
        return null;
    }

    /**
     * The words before a group's own phrase when they hold a list of two items or more ("suppliers: name, phone, email and
     * the orders we place (…)" → "suppliers: name, phone, email"), else null: cut at the last comma, semicolon or
     * and-word, which opens the group's phrase.
     */
    String leadList(String before) {
        String b = before.strip();
        int cut = Math.max(b.lastIndexOf(','), b.lastIndexOf(';'));
        Matcher m = andWord().matcher(b);
        while (m.find()) {
            cut = Math.max(cut, m.start());
        }
        if (cut <= 0) {
            return null;
        }
        String lead = TRAILING_GAP.matcher(b.substring(0, cut)).replaceAll("").strip();
        List<ListSplitter.Item> items = splitter.split(lead.substring(lead.lastIndexOf(':') + 1));
        return items.size() >= 2 ? lead : null;
    }

    private static final java.util.Map<Lang, Pattern> AND_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** An and-word between list items, per language (compiled once). */
    private Pattern andWord() {
        return AND_WORDS.computeIfAbsent(lex.lang, l -> Pattern.compile("(?iu)[\\s,]+(?:"
                + String.join("|", lex.and.stream().map(Pattern::quote).toList()) + ")\\s+"));
    }

    /** The noun phrase just before a parenthesis: the words after the last comma, "and" or verb. */
    String lastPhrase(String before) {
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
}
