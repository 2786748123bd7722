package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/** The shapes that name a kind and list its fields: "rooms have a number and a floor", "donors (name, email)", "each day every room gets a status". */
final class BlockShapes extends ReaderPart {
    BlockShapes(RequestReader reader) {
        super(reader);
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
            if (head.contains(",")) {
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
            long good = items.stream().filter(i -> Text.wordCount(RequestReader.noParens(i.text())) <= 5).count();
            long ok = items.stream().filter(i -> Text.wordCount(RequestReader.noParens(i.text())) <= 8).count();
            boolean kinds = items.size() <= 4 && items.stream().allMatch(i -> {
                List<String> w = Text.words(Text.fold(i.text()));
                return w.size() <= 2 && !w.isEmpty() && !Inflector.singularWord(lex.lang, w.get(w.size() - 1)).equals(w.get(w.size() - 1))
                        && !FieldTyper.hasTypeWord(lex, Text.fold(i.text()));
            });
            if (!kinds && items.size() >= 2 && good * 10 >= items.size() * 7 && ok == items.size() && Text.wordCount(head) <= 5
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
                            && (fields.fieldLike(items) || (each && fields.someFieldWord(items))) && (several || collectionHead(head))) {
                        String name = heads.headName(head);
                        if (name != null) {
                            reader.addFields(name, items, head + " (" + inner + ")");
                            any = i + 1;
                        }
                    }
                    lastEnd = i + 1;
                }
            }
        }
        return any;
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
