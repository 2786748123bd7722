package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Examples or sorts of a thing named in passing are the options of the kind's type field, not fields and not
 * kinds: "we run salsa, tango and zumba classes, each class has …" (before the kind's plural, English), "courses
 * at the centre - pottery, life drawing and woodwork", "events such as weddings and birthdays", "des cours comme
 * la salsa et le tango", "Geräte (Hebebühnen, Stapler …) mit …" (after it, with a marker of the lexicon's
 * {@code example_markers}, a dash, a colon or a parenthesis), and "scissor lifts, pallet jacks and so on, each
 * with …" (no kind word: the examples end with a tail of {@code example_tails} and each-with follows).
 * {@link #rewrite} takes the list out of the text and keeps it; {@link #apply} gives the kind the type choice.
 * A list with a field word, a status word or a type word, an item named again elsewhere in the request (it is a
 * kind of its own) or a kind word that is a field word is left alone.
 */
final class ExampleKinds {
    /**
     * One list of examples: the plural that names their kind (null when none was said), the examples, and whether the
     * kind is said again after an each-word (then the main record is it when no kind of that name was drafted).
     */
    record Group(String kind, List<String> items, boolean said) {
    }

    private record Shapes(Pattern after, Pattern before, Pattern bare, Pattern tailEnd) {
    }

    private static final Map<Lang, Shapes> SHAPES = new ConcurrentHashMap<>();
    private static final NlpPipeline NLP = new NlpPipeline(NlpModels.SHARED);
    private static final String W = "\\p{L}[\\p{L}'-]*";
    private static final int MAX_BACK = 6;
    /** What a word of the clause keeps: letters, apostrophes and hyphens ("centre," → "centre"). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_GAP = Pattern.compile("[\\s,]+$");
    /** German plural endings ("Geräte", "Kurse", "Events", "Hubwagen"): not "Prüfung", "Art". */
    private static final Pattern DE_PLURAL = Pattern.compile("(?:e|en|er|s|n)$");

    private ExampleKinds() {
    }

    private static String alt(List<String> words) {
        return String.join("|", words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s*\\Q")).toList());
    }

    private static Shapes shapes(Lexicon lex) {
        return SHAPES.computeIfAbsent(lex.lang, l -> {
            String joins = alt(concat(lex.and, lex.or)) + "|&";
            String sep = "(?:\\s*,\\s*(?:(?:" + joins + ")\\s+)?|\\s*/\\s*|\\s+(?:" + joins + ")\\s+)";
            String item = W + "(?:\\s" + W + "){0,2}?";
            String list = item + "(?:" + sep + item + ")+";
            String tail = "(?:\\s*,?\\s*(?:" + alt(lex.exampleTails) + ")\\.?|\\s*(?:\\.{2,}|…))?";
            String eachWith = "(?:" + alt(concat(lex.forEach, lex.withWords)) + ")";
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            String marker = "(?:" + alt(lex.exampleMarkers) + ")[\\s,:]+";
            Pattern after = Pattern.compile("(?<=" + "\\p{L})(?<pre>\\s*\\(\\s*(?:" + marker + ")?|\\s*,?\\s*" + marker + "|\\s+-\\s+)"
                    + "(?<list>" + list + ")(?<tail>" + tail + ")(?<close>\\s*\\))?(?=\\s*(?:[.;!?,)]|$|-\\s|" + eachWith + "\\b))", flags);
            Pattern before = Pattern.compile("\\b(?<list>" + W + "(?:\\s*(?:,|/)\\s*" + W + ")*(?:\\s*,?\\s+(?:" + joins + ")\\s+|\\s*/\\s*)" + W
                    + ")\\s+(?<kind>" + W + ")\\b", flags);
            Pattern bare = Pattern.compile("(?<list>" + list + ")(?<tail>" + tail + ")\\s*,?\\s+(?=" + eachWith + "\\b)", flags);
            Pattern tailEnd = Pattern.compile("(?:\\s*,?\\s*(?:" + alt(lex.exampleTails) + ")\\.?|\\s*(?:\\.{2,}|…))\\s*$", flags);
            return new Shapes(after, before, bare, tailEnd);
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Types a sort of thing never has: an item typed so by its words is a field ("date of injury", "number of seats"). */
    private static final java.util.Set<FieldType> MEASURED = java.util.EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.MONEY,
            FieldType.INTEGER, FieldType.DECIMAL, FieldType.EMAIL, FieldType.PHONE, FieldType.URL);

    /** Words before a plural that does not change ("des cours", "los análisis", "die Geräte"). */
    private static final java.util.Set<String> PLURAL_DETERMINERS = java.util.Set.of("des", "les", "nos", "vos", "ces", "mes", "leurs",
            "los", "las", "unos", "unas", "nuestros", "nuestras", "sus", "die", "unsere", "alle", "our", "the");

    /** The request with each list of examples taken out; the lists go to {@code found}. */
    static String rewrite(Lexicon lex, ListSplitter splitter, String text, List<Group> found) {
        if (lex.exampleMarkers.isEmpty()) {
            return text;
        }
        Shapes sh = shapes(lex);
        String folded = Text.fold(text);
        FieldVocabulary vocabulary = FieldVocabulary.of(lex);
        // after the kind's plural
        Matcher m = sh.after.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String pre = m.group("pre").strip();
            boolean dash = pre.equals("-");
            String kind = umbrella(lex, vocabulary, TRAILING_GAP.matcher(text.substring(0, m.start())).replaceAll(""), dash);
            if (dash && !listEnds(text, m.end())) {
                // "gets logged: song, artist, show it was …": a colon or dash list that goes on is a list of fields
                continue;
            }
            List<String> items = items(lex, sh, splitter, vocabulary, m.group("list"), folded, false, false);
            boolean paren = pre.startsWith("(");
            if (kind == null || items == null || paren != (m.group("close") != null)) {
                continue;
            }
            found.add(new Group(kind, items, false));
            out.append(text, last, m.start());
            last = m.end();
        }
        text = out.append(text.substring(last)).toString();
        if (lex.lang == Lang.EN) {
            // "salsa, tango and zumba classes": the examples before the plural
            m = sh.before.matcher(text);
            out = new StringBuilder();
            last = 0;
            while (m.find()) {
                String kind = m.group("kind");
                String fk = Text.fold(kind);
                String one = Inflector.singularWord(lex.lang, fk);
                List<String> items = items(lex, sh, splitter, vocabulary, m.group("list"), folded, true, false);
                boolean each = eachAgain(lex, folded, one) || startsWithEach(lex, text.substring(m.end()));
                if (one.equals(fk) || lex.stopwords.contains(fk) || items == null || !each || verbInList(text, m.start("list"), m.start("kind"))) {
                    continue;
                }
                found.add(new Group(kind, items, true));
                out.append(text, last, m.start("list"));
                last = m.start("kind");
            }
            text = out.append(text.substring(last)).toString();
        }
        // "scissor lifts, pallet jacks and so on, each with …": no kind word, the list stays for the fields to go
        m = sh.bare.matcher(text);
        while (m.find()) {
            boolean tail = !m.group("tail").isBlank() || sh.tailEnd.matcher(m.group("list")).find();
            List<String> items = items(lex, sh, splitter, vocabulary, m.group("list"), null, false, true);
            if (items != null && (tail || items.size() >= 3 && lex.lang != Lang.DE)) {
                found.add(new Group(null, items, false));
            }
        }
        return text;
    }

    /**
     * Whether the tagger, reading the sentence up to the kind word, takes a word of the list for a verb: "journals we
     * have read and publish deals with" names no sorts of deal, "we run salsa, tango and zumba classes" does.
     */
    private static boolean verbInList(String text, int listStart, int kindStart) {
        int from = Text.sentenceStart(text, listStart);
        String[] before = NLP.tokens(Lang.EN, text.substring(from, listStart));
        String[] all = NLP.tokens(Lang.EN, text.substring(from, kindStart));
        var tags = NLP.tags(Lang.EN, all);
        if (tags.isEmpty()) {
            return false;
        }
        String[] t = tags.get();
        if (before.length > 0 && (t[before.length - 1].equals("AUX") || t[before.length - 1].equals("PRON"))) {
            return true; // "we have read and publish …": a subject or an auxiliary opens a verb phrase, not a list of sorts
        }
        int words = 0;
        int verbs = 0;
        for (int i = before.length; i < all.length; i++) {
            if (!LIST_MARKS.contains(t[i])) {
                words++;
                verbs += t[i].equals("VERB") || t[i].equals("AUX") ? 1 : 0;
            }
        }
        // the tagger takes one dance in four for a verb ("swing"); most of the list as verbs is a verb phrase
        return verbs * 2 > words;
    }

    private static final java.util.Set<String> LIST_MARKS = java.util.Set.of("PUNCT", "CCONJ", "SYM");

    /** "each class", "every class", "chaque cours": the kind's singular said again after an each-word. */
    private static boolean eachAgain(Lexicon lex, String folded, String one) {
        List<String> w = Text.words(folded);
        for (int i = 0; i + 1 < w.size(); i++) {
            if (lex.forEach.contains(w.get(i)) && w.get(i + 1).equals(one)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithEach(Lexicon lex, String rest) {
        List<String> w = Text.words(Text.fold(rest));
        return !w.isEmpty() && (lex.forEach.contains(w.get(0)) || lex.withWords.contains(w.get(0)));
    }

    /** Whether the list ends its sentence, clause or group at {@code end}. */
    private static boolean listEnds(String text, int end) {
        String rest = text.substring(end).stripLeading();
        return rest.isEmpty() || ".;!?)-\n".indexOf(rest.charAt(0)) >= 0 || !Character.isLetter(rest.charAt(0)) && rest.charAt(0) != ',';
    }

    /**
     * The plural that names the examples' kind, with the word that goes with it ("evening courses", "activités
     * périscolaires"): right before the marker, or after a dash a few words back past a place ("courses at the centre
     * - …"); null when there is none, or when it is an item of a list of fields ("…, skills like …").
     */
    private static String umbrella(Lexicon lex, FieldVocabulary vocabulary, String before, boolean dash) {
        int cut = -1;
        for (char c : new char[] {'.', ';', ',', '\n', '(', ':', '!', '?'}) {
            cut = Math.max(cut, before.lastIndexOf(c));
        }
        char delim = cut < 0 ? '.' : before.charAt(cut);
        String clause = before.substring(cut + 1);
        String[] ws = SPACES.split(clause.strip());
        String[] bare = new String[ws.length]; // each word cut to its letters once, not once per look
        for (int k = 0; k < ws.length; k++) {
            bare[k] = NOT_WORD.matcher(ws[k]).replaceAll("");
        }
        for (int i = ws.length - 1, n = 0; i >= 0 && n < (dash ? MAX_BACK : 1); i--, n++) {
            String w = bare[i];
            String f = Text.fold(w);
            if (f.isEmpty() || lex.stopwords.contains(f) || lex.articles.contains(f)) {
                continue;
            }
            String one = Inflector.singularWord(lex.lang, f);
            String prev = i > 0 ? Text.fold(bare[i - 1]) : "";
            // German: a noun's plural is often its singular's form; a capital noun right before the examples names them
            boolean plural = !one.equals(f) || PLURAL_DETERMINERS.contains(prev) && lex.lang != Lang.EN
                    || lex.lang == Lang.DE && n == 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && DE_PLURAL.matcher(f).find();
            if (!plural || lex.statusWords.contains(f) ) {
                continue;
            }
            boolean pair = !prev.isEmpty() && !lex.stopwords.contains(prev) && !lex.articles.contains(prev) && !lex.weHave.contains(prev)
                    && !lex.forEach.contains(prev) && !lex.and.contains(prev) && !vocabulary.isFieldWord(prev) && !prev.endsWith("ly")
                    && (lex.lang == Lang.EN ? Inflector.singularWord(lex.lang, prev).equals(prev) : !Inflector.singularWord(lex.lang, prev).equals(prev));
            int start = pair ? i - 1 : i;
            boolean first = true;
            for (int j = 0; j < start; j++) {
                String x = Text.fold(bare[j]);
                if (!x.isEmpty() && !lex.stopwords.contains(x) && !lex.articles.contains(x) && !lex.and.contains(x)) {
                    first = false;
                }
            }
            if (delim != '.' && (first || vocabulary.isFieldWord(one))) {
                // "…, skills like driving, cooking": an item of a list of fields, with its options
                return null;
            }
            return pair ? bare[i - 1] + " " + w : w;
        }
        return null;
    }

    /** The examples, cleaned; null when the list reads as fields, statuses or kinds named elsewhere. */
    private static List<String> items(Lexicon lex, Shapes sh, ListSplitter splitter, FieldVocabulary vocabulary, String list, String folded,
            boolean modifiers, boolean bare) {
        List<ListSplitter.Item> split = splitter.split(sh.tailEnd.matcher(list).replaceFirst(""));
        if (split.size() < 2) {
            return null;
        }
        int longest = 0;
        for (int k = 1; k < split.size(); k++) {
            longest = Math.max(longest, Text.words(Text.fold(split.get(k).text())).size());
        }
        List<String> out = new ArrayList<>();
        int fieldy = 0;
        for (int k = 0; k < split.size(); k++) {
            String t = split.get(k).text().strip();
            List<String> w = new ArrayList<>(Text.words(Text.fold(t)));
            List<String> raw = new ArrayList<>(List.of(t.split("\\s+")));
            if (raw.size() != w.size()) {
                return null;
            }
            // "We've got scissor lifts", "hire out vans": the list's first item starts after the words that lead to it
            while (bare && k == 0 && w.size() > Math.max(1, longest)) {
                w.remove(0);
                raw.remove(0);
            }
            while (!w.isEmpty() && lex.articles.contains(w.get(0))) {
                w.remove(0);
                raw.remove(0);
            }
            if (lex.lang == Lang.DE && w.size() > 1 && lex.particles.contains(w.get(w.size() - 1))) {
                // "… und Zumba an": the verb's particle
                w.remove(w.size() - 1);
                raw.remove(raw.size() - 1);
            }
            String f = String.join(" ", w);
            if (w.isEmpty()) {
                return null;
            }
            if (vocabulary.isFieldWord(f) || w.size() == 1 && FieldTyper.hasTypeWord(lex, f) || vocabulary.isFieldWord(w.get(0))
                    || vocabulary.isFieldWord(w.get(w.size() - 1))) {
                // "name", "email", "phone": a field word; one among examples ("weddings, birthdays, …") is let be
                fieldy++;
            }
            if (w.isEmpty() || w.size() > 3 || f.indexOf('\'') >= 0 || lex.statusWords.contains(f)
                    || lex.stopwords.contains(w.get(0)) || lex.stopwords.contains(w.get(w.size() - 1)) || fieldy * 2 >= split.size() || fieldy >= 2
                    || w.stream().anyMatch(x -> lex.forEach.contains(x) || lex.withWords.contains(x) || lex.has.contains(x))) {
                return null;
            }
            if (w.size() >= 2 && MEASURED.contains(FieldTyper.type(lex, f))) {
                // "(date of injury, body part, physio)": a date, an amount or a count is something recorded, never a sort
                return null;
            }
            String lastWord = w.get(w.size() - 1);
            String one = Inflector.singularWord(lex.lang, lastWord);
            if (modifiers && !one.equals(lastWord) || bare && one.equals(lastWord) && lex.lang != Lang.DE) {
                return null;
            }
            if (folded != null && !modifiers && count(folded, one) > 1) {
                // "trainers and clients …, each trainer has": named again, a kind of its own
                return null;
            }
            String text = String.join(" ", raw).replaceAll("[.…]+$", "");
            out.add(Text.capitalize(Inflector.singular(lex.lang, text)));
        }
        return out;
    }

    private static int count(String folded, String word) {
        int n = 0;
        for (String w : Text.words(folded)) {
            if (w.equals(word) || w.startsWith(word) && w.length() <= word.length() + 2) {
                n++;
            }
        }
        return n;
    }

    /** Gives each list's kind its type choice; fields named by the examples go. */
    static void apply(Lexicon lex, List<DraftEntity> entities, DraftEntity main, List<Group> groups) {
        for (Group g : groups) {
            List<String> fi = g.items().stream().map(i -> Text.fold(i)).toList();
            DraftEntity target = null;
            for (DraftEntity e : entities) {
                if (e.fields.removeIf(f -> f.type != FieldType.REFERENCE && named(lex, f.label, fi))) {
                    target = e;
                }
            }
            if (g.kind() == null && target == null) {
                continue;
            }
            String head = null;
            if (g.kind() != null) {
                List<String> kw = Text.words(Text.fold(g.kind()));
                List<String> heads = kw.size() > 1 ? List.of(Inflector.singularWord(lex.lang, kw.get(kw.size() - 1)), Inflector.singularWord(lex.lang, kw.get(0)))
                        : List.of(Inflector.singularWord(lex.lang, kw.get(0)));
                String k = Text.fold(Inflector.singular(lex.lang, g.kind()));
                DraftEntity exact = null;
                DraftEntity other = null;
                for (String h : heads) {
                    for (DraftEntity e : entities) {
                        String n = Text.fold(e.name);
                        if (n.equals(k) || n.equals(h) && exact == null) {
                            exact = e;
                            head = h;
                        } else if (Text.words(n).contains(h) && other == null) {
                            other = e;
                            head = head == null ? h : head;
                        }
                    }
                    if (exact != null || other != null) {
                        break;
                    }
                }
                if (exact != null && other != null && exact.fields.stream().allMatch(f -> f.type == FieldType.REFERENCE || f.suggested
                        || Text.fold(f.label).equals(Text.fold(lex.nameLabel)))) {
                    // "evening courses - …. Each course has …": the plural only named the records said next
                    DraftEntity gone = exact;
                    entities.remove(gone);
                    String key = Text.fold(gone.name);
                    entities.forEach(e -> e.fields.removeIf(f -> f.type == FieldType.REFERENCE && Text.fold(f.label).equals(key)));
                    exact = null;
                }
                if (target == null) {
                    target = exact != null ? exact : other;
                }
                if (target == null && !g.said()) {
                    // the plural names no kind drafted: the examples were about something else
                    continue;
                }
            }
            if (target == null) {
                target = main != null && entities.contains(main) ? main : entities.isEmpty() ? null : entities.get(0);
            }
            if (target == null) {
                continue;
            }
            DraftField type = null;
            for (DraftField f : target.fields) {
                String l = Text.fold(f.label);
                if ((l.equals(Text.fold(lex.typeLabel)) || l.endsWith(" type") && lex.lang == Lang.EN) && (f.type == FieldType.CHOICE || f.type == FieldType.TEXT)) {
                    type = f;
                    break;
                }
            }
            if (type == null) {
                type = new DraftField(typeLabel(lex, head), FieldType.CHOICE, String.join(", ", g.items()));
                target.fields.add(0, type);
            }
            type.type = FieldType.CHOICE;
            type.options = new ArrayList<>(g.items());
        }
    }

    private static boolean named(Lexicon lex, String label, List<String> items) {
        String l = Text.fold(label).replaceAll("\\s*(?:etc|and so on|\\.\\.\\.)\\.?$", "");
        for (String i : items) {
            if (l.equals(i) || Text.fold(Inflector.singular(lex.lang, l)).equals(i) || l.endsWith(" " + i) && Text.words(l).size() <= 3
                    || Text.fold(Inflector.singular(lex.lang, l)).endsWith(" " + i) && Text.words(l).size() <= 3) {
                return true;
            }
        }
        return false;
    }

    private static String typeLabel(Lexicon lex, String head) {
        if (head == null) {
            return lex.typeLabel;
        }
        String h = head.toLowerCase(Locale.ROOT);
        return switch (lex.lang) {
            case EN -> Text.capitalize(h) + " type";
            case FR -> "Type de " + h;
            case ES -> "Tipo de " + h;
            default -> lex.typeLabel;
        };
    }
}
