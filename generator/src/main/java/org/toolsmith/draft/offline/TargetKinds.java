package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Link targets folded into fields: a record's one-word field that names an outside party (supplier, customer, owner,
 * tenant …), an asset the organisation keeps (vehicle, boat, machine, horse, device …) or a place or slot that is booked
 * or used (site, room, venue, paddock, bay, pitch …) becomes a link to a kind of that noun holding a name, when the
 * request speaks of that noun as one of a set: its plural is said besides the field ("we run the kitchens of three
 * homes … which kitchen"), it is asked as a pick ("which horse", "quel local", "qué finca", "welches Pferd"), or it is
 * counted or said after a per-word ("per school", "par propriétaire", "por colegio", "pro Mieter"). Only in a request
 * that drafts several records (one record alone keeps its columns: analysts made a kind there about one time in seven).
 * The new kind holds a name, or the details the request gives for it: a bracket a few words after one of its mentions
 * with an item that names or numbers it ("a berth for their boat (berth number, pontoon A or B)").
 *
 * <p>The classes are lexicon word families ({@code lexicon/kind-nouns.json}: parties, assets, places, by language;
 * German compounds ending in one, "Lagerplatz", "Stellplatz"), never the words of a request. Not for a field with
 * options, a plural label (the record's own list), a person of the staff ({@code people_kinds}), a label of several
 * words ("storage location", "client name"), the record's own name, or a noun a drafted kind already holds.
 *
 * <p>Counted over every readable draft set (s21k1, docs/offline-drafting.md): a one-word field of those classes said
 * bare once is an expected kind about one time in fifty; with its plural said besides, as a pick, counted or per-word,
 * in a request of several records, the new kind is an expected one seven times in eleven. Not when another kind was
 * drafted from words that say the noun (the set is there under another name).
 */
final class TargetKinds {
    /** German plural endings, after the umlaut is folded away ("Plätze" → "platze" = "platz" + "e"). */
    private static final List<String> DE_ENDINGS = List.of("", "e", "n", "en", "er", "s", "nen");
    /** The shortest German head a compound may end in ("-platz", "-stall"). */
    private static final int MIN_COMPOUND_HEAD = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    /** How far after a mention of the noun its bracket of details may open: words, and characters. */
    private static final int MAX_GAP_WORDS = 6;
    private static final int MAX_GAP_CHARS = 80;
    private static final int MAX_DETAILS = 8;
    private static final int MAX_DETAIL_WORDS = 4;
    /** How many words from a plural a kept word ("list", "verwalten") may stand. */
    private static final int KEPT_REACH = 4;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.,;:!?]+$");
    /** Words that number a thing, in the four languages. */
    private static final Set<String> NUMBERING = Set.of("number", "no", "id", "code", "ref", "numero", "num", "nummer", "nr", "kennung",
            "bezeichnung", "name");

    /** Whether a noun (as said) is of a class of kind-worthy nouns: a party, an asset, a place or a work. */
    static boolean worthy(Lang lang, String noun) {
        KindNouns nouns = KindNouns.of(lang);
        return nouns != null && kindWorthy(lang, nouns, Text.fold(noun));
    }

    /** Whether a folded noun is of a class of kind-worthy nouns (a German compound ending in one counts). */
    static boolean kindWorthy(Lang lang, KindNouns nouns, String noun) {
        if (nouns.parties().contains(noun) || nouns.assets().contains(noun) || nouns.places().contains(noun) || nouns.works().contains(noun)) {
            return true;
        }
        return lang == Lang.DE && (compoundOf(noun, nouns.parties()) || compoundOf(noun, nouns.assets()) || compoundOf(noun, nouns.places())
                || compoundOf(noun, nouns.works()));
    }

    private static boolean compoundOf(String noun, Set<String> heads) {
        for (String h : heads) {
            if (h.length() >= MIN_COMPOUND_HEAD && noun.length() >= h.length() + 3 && noun.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    private TargetKinds() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        KindNouns nouns = KindNouns.of(lex.lang);
        if (nouns == null || request == null || entities.isEmpty()) {
            return;
        }
        boolean single = entities.size() < 2;
        KindLinker linker = new KindLinker(lex);
        String folded = Text.fold(request);
        saidBack(lex, nouns, request, folded, entities, linker);
        List<String> words = null;
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : List.copyOf(e.fields)) {
                String noun = candidate(lex, nouns, e, f);
                if (noun == null || linker.find(entities, noun).isPresent()) {
                    continue;
                }
                words = words == null ? Text.words(folded) : words;
                boolean kept = keptSet(lex, nouns, words, noun);
                if (single && !kept || !saidAsOneOfASet(lex, nouns, words, noun) || heldElsewhere(lex, entities, e, noun)) {
                    continue;
                }
                DraftEntity target = new DraftEntity(Text.capitalize(f.label.strip()), f.because);
                List<DraftField> details = details(lex, request, entities, noun, kept);
                if (details.isEmpty()) {
                    target.add(new DraftField(lex.nameLabel, FieldType.TEXT, f.because));
                }
                details.forEach(target::add);
                entities.add(target);
                linker.addReference(e, target, f.because);
            }
        }
    }

    /** The folded noun of a field that may name a kind of one of the classes; null when it may not. */
    private static String candidate(Lexicon lex, KindNouns nouns, DraftEntity owner, DraftField f) {
        return candidate(lex, nouns, owner, f, false);
    }

    /** As above; a person's noun (customer, Kunde) may be one when {@code people} (its own details are said back). */
    private static String candidate(Lexicon lex, KindNouns nouns, DraftEntity owner, DraftField f, boolean people) {
        if (f.label == null || f.target != null || !(f.type == FieldType.TEXT || f.type == FieldType.CHOICE) || !f.options.isEmpty()) {
            return null;
        }
        String label = Text.fold(f.label.strip());
        if (label.length() < 3 || label.contains(" ") || !Text.fold(Inflector.singularWord(lex.lang, label)).equals(label)
                || !people && lex.peopleKinds.contains(label) || owner.name == null || Text.words(Text.fold(owner.name)).contains(label)) {
            return null;
        }
        return kindWorthy(lex.lang, nouns, label) ? label : null;
    }

    /**
     * A noun of the classes said as a record's field and then referred back to with its own details: "… and the supplier,
     * whose contact e-mail and phone we also need", "et le chantier, dont il nous faut aussi adresse et chef de chantier",
     * "y la obra, de la que también necesitamos dirección y jefe de obra", "und die Baustelle, von der wir auch Adresse
     * und Bauleiter brauchen". The details the reader put on the record beside the noun (two or more, said after the
     * back word in the same sentence) move to a new kind of the noun, and the record points to it. The back word
     * (whose, dont, del que, dessen, with their …) is what says the details are the noun's, not the record's.
     */
    private static void saidBack(Lexicon lex, KindNouns nouns, String request, String folded, List<DraftEntity> entities, KindLinker linker) {
        if (nouns.back().isEmpty()) {
            return;
        }
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : List.copyOf(e.fields)) {
                String noun = candidate(lex, nouns, e, f, true);
                if (noun == null || linker.find(entities, noun).isPresent()) {
                    continue;
                }
                BackSpan span = backSpan(lex, nouns, folded, noun);
                if (span == null) {
                    continue;
                }
                List<DraftField> moved = new ArrayList<>();
                List<DraftField> stray = new ArrayList<>();
                for (DraftField d : e.fields) {
                    String label = Text.fold(d.label);
                    String bare = bare(lex, nouns, label);
                    if (d == f || d.target != null || Text.containsPhrase(span.before(), label)) {
                        continue;
                    }
                    if (Text.containsPhrase(span.after(), label) && label.equals(bare)) {
                        moved.add(d);
                    } else if (Text.containsPhrase(span.back() + " " + span.after().strip(), label)) {
                        // the back phrase, or a detail with the wanting words around it, read as a field ("Von", "Que también necesitamos dirección")
                        stray.add(d);
                    }
                }
                // a detail the reader lost or glued to the back phrase ("whose e-mail and phone we also need" → Phone only)
                List<DraftField> lost = new ArrayList<>();
                if (request.length() == folded.length()) {
                    List<ListSplitter.Item> items = new ListSplitter(lex).split(request.substring(span.from(), span.end()));
                    FieldReader reader = new FieldReader(lex);
                    for (ListSplitter.Item item : items) {
                        String said = bareSaid(lex, nouns, item.text());
                        if (said.isEmpty() || Text.wordCount(said) > MAX_DETAIL_WORDS || moved.stream().anyMatch(d -> Text.fold(d.label).equals(Text.fold(said)))) {
                            continue;
                        }
                        lost.addAll(reader.readAll(List.of(new ListSplitter.Item(said, List.of(), false))));
                    }
                }
                if (moved.size() + lost.size() < 2) {
                    continue;
                }
                moved.addAll(lost);
                DraftEntity target = new DraftEntity(Text.capitalize(f.label.strip()), f.because);
                for (DraftField d : moved) {
                    e.fields.remove(d);
                    target.add(d);
                }
                // a word of the back phrase read as a field of its own ("von dem …" → "Von")
                e.fields.removeAll(stray);
                entities.add(target);
                linker.addReference(e, target, f.because);
            }
        }
    }

    /** The sentence before a mention of the noun, what is said after its back word (folded, from..end), and the back word. */
    private record BackSpan(String before, String after, String back, int from, int end) {
    }

    /**
     * Around a back word that follows a mention of the noun (a comma between them at most): the sentence before the
     * mention, what it says after the back word, and the back word itself; null when there is none.
     */
    private static BackSpan backSpan(Lexicon lex, KindNouns nouns, String folded, String noun) {
        for (Matcher m = WORD.matcher(folded); m.find();) {
            if (form(lex.lang, m.group(), noun) < 0) {
                continue;
            }
            int at = m.end();
            while (at < folded.length() && (folded.charAt(at) == ' ' || folded.charAt(at) == ',')) {
                at++;
            }
            for (String b : nouns.back()) {
                if (folded.startsWith(b, at) && (at + b.length() == folded.length() || !Character.isLetter(folded.charAt(at + b.length())))) {
                    int from = at + b.length();
                    int end = from;
                    while (end < folded.length() && ".;!?\n()".indexOf(folded.charAt(end)) < 0) {
                        end++;
                    }
                    // an item with an article after a comma is the record's again ("el inquilino con su teléfono, el piso …")
                    for (String a : lex.articles) {
                        int cut = folded.indexOf(", " + Text.fold(a) + " ", from);
                        if (cut >= 0 && cut < end) {
                            end = cut;
                        }
                    }
                    return new BackSpan(folded.substring(Text.sentenceStart(folded, m.start()), m.start()), folded.substring(from, end), b, from, end);
                }
            }
        }
        return null;
    }

    /** A folded label without the wanting words and back words at its ends ("que tambien necesitamos direccion" → "direccion"). */
    private static String bare(Lexicon lex, KindNouns nouns, String folded) {
        List<String> w = new ArrayList<>(Text.words(folded));
        while (!w.isEmpty() && filler(lex, nouns, w.get(0))) {
            w.remove(0);
        }
        while (!w.isEmpty() && filler(lex, nouns, w.get(w.size() - 1))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }

    /** The item as written, without the wanting words and back words at its ends ("wir auch Telefon" → "Telefon"). */
    private static String bareSaid(Lexicon lex, KindNouns nouns, String text) {
        String[] w = SPACES.split(text.strip());
        int from = 0;
        int to = w.length;
        while (from < to && filler(lex, nouns, Text.fold(w[from]))) {
            from++;
        }
        while (to > from && filler(lex, nouns, Text.fold(w[to - 1]))) {
            to--;
        }
        return END_MARKS.matcher(String.join(" ", Arrays.asList(w).subList(from, to))).replaceAll("");
    }

    /** Every word of the back phrases of each language ("whose", "with", "their", "dont" …), split once. */
    private static final Map<Lang, Set<String>> BACK_WORDS = backWords();

    private static Map<Lang, Set<String>> backWords() {
        Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
        for (Lang l : Lang.values()) {
            KindNouns n = KindNouns.of(l);
            Set<String> words = new HashSet<>();
            if (n != null) {
                n.back().forEach(b -> words.addAll(Text.words(b)));
            }
            out.put(l, Set.copyOf(words));
        }
        return out;
    }

    private static boolean filler(Lexicon lex, KindNouns nouns, String folded) {
        return nouns.fillers().contains(folded) || lex.stopwords.contains(folded) || BACK_WORDS.get(lex.lang).contains(folded);
    }

    /** Whether a plural of the noun is said a few words from a word that says the set is kept ("a list of our courses", "unsere Kurse verwalten"). */
    private static boolean keptSet(Lexicon lex, KindNouns nouns, List<String> words, String noun) {
        for (int i = 0; i < words.size(); i++) {
            if (form(lex.lang, words.get(i), noun) <= 0) {
                continue;
            }
            for (int k = Math.max(0, i - KEPT_REACH); k < Math.min(words.size(), i + KEPT_REACH + 1); k++) {
                if (nouns.kept().contains(words.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the request says the noun's plural besides, asks for it as a pick, counts it or says it after a per-word. */
    private static boolean saidAsOneOfASet(Lexicon lex, KindNouns nouns, List<String> words, String noun) {
        int said = 0;
        boolean plural = false;
        for (int i = 0; i < words.size(); i++) {
            int form = form(lex.lang, words.get(i), noun);
            if (form < 0) {
                continue;
            }
            said++;
            plural |= form > 0;
            String prev = i > 0 ? words.get(i - 1) : "";
            if (nouns.picks().contains(prev) || nouns.per().contains(prev) || counts(lex, prev)) {
                return true;
            }
        }
        return plural && said >= 2;
    }

    /**
     * Whether another kind was drafted from words that say the noun ("Clients own one or several pianos — make/model,
     * year" drafted as "Own one"): the set is there under another name, and the record may point to it already.
     */
    private static boolean heldElsewhere(Lexicon lex, List<DraftEntity> entities, DraftEntity owner, String noun) {
        for (DraftEntity x : entities) {
            if (x != owner && x.because != null) {
                for (String w : Text.words(Text.fold(x.because))) {
                    if (form(lex.lang, w, noun) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The details the request gives for the noun: a bracket of a few short items after one of its mentions, in the same
     * sentence and a few words on ("members rent a berth for their boat (berth number, pontoon A or B)"), none of them
     * a field another kind already holds, one of them naming or numbering the thing (a bracket of words that only
     * describe it, "stain, tear, zip broken", is a list of values); none when there is no such bracket.
     */
    private static List<DraftField> details(Lexicon lex, String request, List<DraftEntity> entities, String noun, boolean kept) {
        for (Matcher m = WORD.matcher(request); m.find();) {
            if (form(lex.lang, Text.fold(m.group()), noun) < 0) {
                continue;
            }
            int open = -1;
            int gap = 0;
            for (int k = m.end(); k < request.length() && k < m.end() + MAX_GAP_CHARS; k++) {
                char c = request.charAt(k);
                if (c == '(') {
                    open = k;
                    break;
                }
                if (".;:!?\n)".indexOf(c) >= 0) {
                    break;
                }
                if (c == ' ' && ++gap > MAX_GAP_WORDS) {
                    break;
                }
            }
            int close = open < 0 ? -1 : request.indexOf(')', open);
            if (close < 0 || request.substring(open + 1, close).indexOf('(') >= 0) {
                continue;
            }
            List<DraftField> read = listed(lex, request.substring(open + 1, close), entities);
            if (read.size() >= 2 && (kept || read.stream().anyMatch(d -> identifies(lex, d)))) {
                return read;
            }
        }
        return kept ? withList(lex, request, entities, noun) : List.of();
    }

    /**
     * A kept set's own list said after its plural and a with-word, to the end of the sentence ("a list of exhibitions
     * with title, curator and opening date", "une liste des formations avec intitulé, durée et prix"); none when the
     * items are values, long, or held by a drafted kind.
     */
    private static List<DraftField> withList(Lexicon lex, String request, List<DraftEntity> entities, String noun) {
        KindNouns nouns = KindNouns.of(lex.lang);
        for (Matcher m = WORD.matcher(request); m.find();) {
            if (form(lex.lang, Text.fold(m.group()), noun) <= 0) {
                continue;
            }
            Matcher w = WORD.matcher(request);
            if (!w.find(m.end()) || !nouns.withs().contains(Text.fold(w.group())) || !request.substring(m.end(), w.start()).isBlank()) {
                continue;
            }
            int end = w.end();
            while (end < request.length() && ".;!?\n(".indexOf(request.charAt(end)) < 0) {
                end++;
            }
            List<DraftField> read = listed(lex, request.substring(w.end(), end), entities);
            if (read.size() >= 2) {
                dropEchoes(entities, read);
                return read;
            }
        }
        return List.of();
    }

    /** A short list of details read as fields; none when it has one item or more than a few, long items, values, or one a drafted kind holds. */
    private static List<DraftField> listed(Lexicon lex, String text, List<DraftEntity> entities) {
        List<ListSplitter.Item> items = new ListSplitter(lex).split(text);
        if (items.size() < 2 || items.size() > MAX_DETAILS || items.stream().anyMatch(i -> Text.wordCount(i.text()) > MAX_DETAIL_WORDS)) {
            return List.of();
        }
        FieldReader reader = new FieldReader(lex);
        if (reader.valueList(items)) {
            return List.of();
        }
        List<DraftField> read = reader.readAll(items);
        boolean held = read.stream().anyMatch(d -> entities.stream().anyMatch(x -> x.find(d.label).isPresent()));
        return held ? List.of() : read;
    }

    /** A choice the reader made of the same list ("Short list: exhibitions with title, curator, opening date") goes. */
    private static void dropEchoes(List<DraftEntity> entities, List<DraftField> read) {
        for (DraftEntity x : entities) {
            x.fields.removeIf(f -> f.type == FieldType.CHOICE && f.options.stream().filter(o -> read.stream()
                    .anyMatch(d -> Text.fold(o).equals(Text.fold(d.label)) || Text.fold(o).endsWith(" " + Text.fold(d.label)))).count() >= 2);
        }
    }

    /** Whether a detail names or numbers the thing ("berth number", "Platznummer", "nom"). */
    private static boolean identifies(Lexicon lex, DraftField d) {
        for (String w : Text.words(Text.fold(d.label))) {
            if (lex.namingWords.contains(w) || NUMBERING.contains(w)
                    || lex.lang == Lang.DE && NUMBERING.stream().anyMatch(i -> i.length() >= 4 && w.endsWith(i))) {
                return true;
            }
        }
        return false;
    }

    /** -1 when the word is not the noun, 0 when it is its singular, 1 when another form (a plural). */
    static int form(Lang lang, String word, String noun) {
        String w = word.substring(word.lastIndexOf('\'') + 1);
        if (w.equals(noun)) {
            return 0;
        }
        if (lang == Lang.DE) {
            for (String end : DE_ENDINGS) {
                String whole = noun + end;
                if (w.equals(whole) || noun.length() >= MIN_COMPOUND_HEAD && w.length() >= whole.length() + 3 && w.endsWith(whole)) {
                    return end.isEmpty() ? 0 : 1;
                }
            }
            return -1;
        }
        return w.length() > noun.length() && Text.fold(Inflector.singularWord(lang, w)).equals(noun) ? 1 : -1;
    }

    private static boolean counts(Lexicon lex, String prev) {
        return !prev.isEmpty() && (Character.isDigit(prev.charAt(0)) || lex.numberWords.contains(prev) || lex.several.contains(prev));
    }
}
