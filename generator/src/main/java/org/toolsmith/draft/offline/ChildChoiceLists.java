package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A second list of things that belong to each record, said inside the record's own list: "…, the date and the
 * price, then the bookings: name, email, seats paid", "…, et les prêts : qui, quand, date de retour", "- order
 * lines: item, quantity, unit price", "und die Prüfungen: Datum, Prüfer, Ergebnis". The reading takes the plural for
 * a choice and the child's first fields for its values, which writes field names as choice values. After assembly, a
 * choice labelled by a plural noun (no field, status, generic or type word; no drafted kind named after it) whose
 * values read as fields (type words, questions, drafted kinds' names; never a catch-all value) becomes a kind of its
 * own holding them, together with the fields that follow it in the same sentence, and it points to the kind that
 * held the choice (a value naming a drafted kind becomes the link to that kind instead). Session 20, k3
 * (docs/offline-drafting.md).
 */
final class ChildChoiceLists {
    private static final int MAX_VALUES = 12;
    private static final int MAX_VALUE_WORDS = 4;
    private static final int MAX_LABEL_WORDS = 2;

    private ChildChoiceLists() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        if (request == null || entities.isEmpty()) {
            return;
        }
        FieldReader reader = new FieldReader(lex);
        KindLinker linker = new KindLinker(lex);
        for (DraftEntity parent : List.copyOf(entities)) {
            for (int i = 0; i < parent.fields.size(); i++) {
                DraftField f = parent.fields.get(i);
                DraftEntity child = f.type.hasOptions() ? fromValues(lex, linker, reader, f, entities) : fromLabel(lex, reader, f, entities);
                if (child == null) {
                    continue;
                }
                List<DraftField> moved = followers(request, parent, i);
                moved.forEach(child::add);
                if (child.fields.stream().filter(x -> x.type != FieldType.REFERENCE).count() < 2) {
                    continue;
                }
                DraftEntity linkedTo = linkNamed(linker, child, entities);
                parent.fields.remove(f);
                parent.fields.removeAll(moved);
                if (linkedTo != parent) {
                    linker.addReference(child, parent, f.because);
                }
                entities.add(entities.indexOf(parent) + 1, child);
                pointTo(linker, entities, child);
                i--;
            }
        }
    }

    /** A plain field of another kind named after the new one ("Kind", "enrolment") is the link to it. */
    private static void pointTo(KindLinker linker, List<DraftEntity> entities, DraftEntity child) {
        for (DraftEntity e : entities) {
            if (e == child) {
                continue;
            }
            for (DraftField g : e.fields) {
                if (g.options.isEmpty() && (g.type == FieldType.TEXT || g.type == FieldType.PERSON) && linker.named(child, g.label.strip())) {
                    linker.linkField(e, g, child);
                    break;
                }
            }
        }
    }

    /** "Enrolments" with the values "Student name, Email, Course chosen": the child and its fields, or null. */
    private static DraftEntity fromValues(Lexicon lex, KindLinker linker, FieldReader reader, DraftField f, List<DraftEntity> entities) {
        if (f.options.size() < 2 || f.options.size() > MAX_VALUES || f.because == null || f.because.indexOf('(') >= 0) {
            // "coordonnées (tél / mail)": values in a bracket are a group's parts or a choice's values, never a child list
            return null;
        }
        String one = childName(lex, f.label, entities);
        if (one == null) {
            return null;
        }
        List<ListSplitter.Item> items = new ArrayList<>();
        int kinds = 0;
        for (String o : f.options) {
            items.add(new ListSplitter.Item(o));
            if (linker.namedAtStart(entities, o).isPresent()) {
                kinds++;
            }
        }
        if (items.stream().anyMatch(x -> Text.wordCount(x.text()) > MAX_VALUE_WORDS) || reader.valueList(items)
                || !(reader.fieldLike(items) || kinds >= 1 && reader.someFieldWord(items))) {
            return null;
        }
        DraftEntity child = new DraftEntity(Text.capitalize(one), f.because);
        for (String o : f.options) {
            reader.readAll(List.of(new ListSplitter.Item(o))).forEach(child::add);
        }
        return child;
    }

    /**
     * "Enrolments: student name", "Bookings with name", "Anmeldungen dazu mit Name": a plural heading the rest of the
     * list by a colon or a with-word, and the first of its fields; the child, or null.
     */
    private static DraftEntity fromLabel(Lexicon lex, FieldReader reader, DraftField f, List<DraftEntity> entities) {
        if (f.type == FieldType.REFERENCE || !f.options.isEmpty() || f.label == null) {
            return null;
        }
        Matcher m = LABELLED.matcher(f.label.strip());
        String head = null;
        String first = null;
        if (m.matches()) {
            head = m.group(1);
            first = m.group(2);
        } else {
            Matcher with = WITH.computeIfAbsent(lex.lang, l -> withPattern(lex)).matcher(f.label.strip());
            if (with.matches()) {
                head = with.group(1);
                first = with.group(2);
            }
        }
        if (head == null || Text.wordCount(first) > MAX_VALUE_WORDS) {
            return null;
        }
        String one = childName(lex, unlead(lex, head), entities);
        if (one == null) {
            return null;
        }
        DraftEntity child = new DraftEntity(Text.capitalize(one), f.because);
        reader.readAll(List.of(new ListSplitter.Item(first))).forEach(child::add);
        return child.fields.isEmpty() ? null : child;
    }

    /** Per language, a plural and the first field after a with-word ("Bookings with name"). */
    private static final java.util.Map<Lang, Pattern> WITH = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern withPattern(Lexicon lex) {
        List<String> words = lex.withWords.stream().filter(w -> !w.contains(" ")).map(Pattern::quote).toList();
        String any = words.isEmpty() ? "(?!)" : String.join("|", words);
        return Pattern.compile("^(.+?)\\s+(?:(?:" + WITH_LEAD + ")\\s+)?(?:" + any + ")\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "Enrolments: student name": a head and the first field after a colon. */
    private static final Pattern LABELLED = Pattern.compile("^([^:]{2,40}?)\\s*:\\s*(.+)$");
    /** "die Anmeldungen dazu mit …", "the bookings also with …": a word of adding between the plural and the with-word. */
    private static final String WITH_LEAD = "dazu|also|too|aussi|tambien|también|auch|jeweils";

    /** The head without its leading article or and-word ("and the enrolments" → "enrolments"). */
    private static String unlead(Lexicon lex, String head) {
        List<String> w = new ArrayList<>(List.of(head.strip().split("\\s+")));
        while (w.size() > 1 && (lex.articles.contains(Text.fold(w.get(0))) || lex.stopwords.contains(Text.fold(w.get(0))))) {
            w.remove(0);
        }
        return String.join(" ", w);
    }

    /**
     * A field of the child named by a drafted kind ("stage choisi", "course chosen", "Standort") is its link to that
     * kind: the first such becomes a reference. The kind linked to, or null.
     */
    private static DraftEntity linkNamed(KindLinker linker, DraftEntity child, List<DraftEntity> entities) {
        for (DraftField g : child.fields) {
            if (g.type == FieldType.REFERENCE || !g.options.isEmpty()) {
                continue;
            }
            Optional<DraftEntity> k = linker.namedAtStart(entities, g.label);
            if (k.isPresent() && linker.linkField(child, g, k.get())) {
                return k.get();
            }
        }
        return null;
    }

    /**
     * The singular of a label that names a child list ("Inscriptions" → "Inscription", "order lines" → "order line"),
     * or null: one or two words whose last is a plural noun that is no field, status, generic or type word, with no
     * drafted kind named after it.
     */
    private static String childName(Lexicon lex, String label, List<DraftEntity> entities) {
        String l = label == null ? "" : label.strip();
        List<String> words = Text.words(Text.fold(l));
        if (words.isEmpty() || words.size() > MAX_LABEL_WORDS) {
            return null;
        }
        String one = Inflector.singular(lex.lang, l);
        String oneFolded = Text.fold(one);
        String last = words.get(words.size() - 1);
        String lastOne = Text.words(oneFolded).isEmpty() ? last : Text.words(oneFolded).get(Text.words(oneFolded).size() - 1);
        if (oneFolded.equals(Text.fold(l)) || lastOne.equals(last)) {
            return null;
        }
        for (String w : new String[] {last, lastOne, Text.fold(l), oneFolded}) {
            if (lex.stopwords.contains(w) || lex.generic.contains(w) || lex.tool.contains(w) || lex.statusWords.contains(w)
                    || lex.notFields.contains(w) || lex.attributeWords.contains(w) || FieldTyper.hasTypeWord(lex, w)) {
                return null;
            }
        }
        return KindLinker.holds(entities, lastOne) || KindLinker.holds(entities, oneFolded) ? null : one;
    }

    /**
     * The parent's fields after the choice that were said after it in the same sentence or line: they go on with the
     * child's list ("…, then the bookings: name, email, seats, amount paid"). Reading stops at the first that was not.
     */
    private static List<DraftField> followers(String request, DraftEntity parent, int at) {
        List<DraftField> out = new ArrayList<>();
        String low = request.toLowerCase(java.util.Locale.ROOT);
        DraftField f = parent.fields.get(at);
        int from = f.because == null ? -1 : low.indexOf(f.because.toLowerCase(java.util.Locale.ROOT));
        if (from < 0) {
            return out;
        }
        int end = sentenceEnd(request, from + f.because.length());
        int pos = from + f.because.length();
        for (int k = at + 1; k < parent.fields.size(); k++) {
            DraftField g = parent.fields.get(k);
            if (g.because == null || g.suggested) {
                break;
            }
            int p = low.indexOf(g.because.toLowerCase(java.util.Locale.ROOT), pos);
            if (p < 0 || p >= end) {
                break;
            }
            out.add(g);
            pos = p + g.because.length();
        }
        return out;
    }

    /** Where the sentence or line that goes on at {@code from} ends: a line break, or a full stop, "!" or "?" before a space. */
    private static int sentenceEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 == s.length() || Character.isWhitespace(s.charAt(k + 1)))) {
                return k;
            }
        }
        return s.length();
    }
}
