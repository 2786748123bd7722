package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Details said of a record's link target, read as the target's own: a record's field (or a link to a kind holding a
 * name only) names a party or thing, and the request says that thing's details where they can only be its own:
 * <ul>
 * <li>in a bracket a few words after a mention of it ("which building it covered (address, alarm code, key holder)",
 * "für einen Kunden (Firma, Ansprechpartner, E-Mail)");</li>
 * <li>after a heading of it with a comma or colon, or a German clause-opening "zum/vom": "…; for the building, address,
 * alarm code and key holder", "del edificio, dirección …", "zum Gebäude Adresse, Alarmcode …";</li>
 * <li>in a possessive of a sentence of their own, the noun said before: "We also need the building's address …",
 * "Il nous faut aussi adresse, code d'alarme … du bâtiment.", "También necesitamos dirección … del edificio."</li>
 * </ul>
 * The details (two or more short items, not values) go to the target kind (new, named after the noun, or the
 * placeholder kind already linked), off whatever kind the reader had put them on, and the record's field becomes the
 * link. The noun is of the classes of {@code kind-nouns.json} (parties, assets, places, works), a kind of person of
 * the lexicon, or an {@code owned} noun (documents, recipes, books, staff who carry a licence or a phone of their own);
 * a record's own noun never.
 */
final class TargetDetails {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern END_MARKS = Pattern.compile("[.,;:!?]+$");
    private static final int MAX_GAP_WORDS = 6;
    private static final int MAX_GAP_CHARS = 80;
    private static final int MIN_DETAILS = 2;
    private static final int MIN_BRACKETED = 3;
    /** Words that number or code a thing, in the four languages. */
    private static final Set<String> NUMBERING = Set.of("number", "no", "id", "code", "ref", "isbn", "numero", "num", "codigo", "nummer", "nr",
            "kennung", "bezeichnung", "name", "title", "titre", "titulo", "titel");
    private static final int MAX_DETAILS = 8;
    private static final int MAX_DETAIL_WORDS = 4;
    /** Words that open a heading of the noun ("for the building,", "pour le bâtiment,", "del edificio,", "zum Gebäude"). */
    private static final Map<Lang, Set<String>> HEADS = Map.of(
            Lang.EN, Set.of("for", "of", "about", "on"),
            Lang.FR, Set.of("pour", "du", "de", "sur", "quant"),
            Lang.ES, Set.of("del", "de", "para", "sobre"),
            Lang.DE, Set.of("zum", "zur", "vom", "fur", "uber", "von"));
    /** Articles between a heading word and the noun. */
    private static final Map<Lang, Set<String>> ARTICLES = Map.of(
            Lang.EN, Set.of("the", "a", "an", "each", "every"),
            Lang.FR, Set.of("le", "la", "les", "un", "une", "chaque"),
            Lang.ES, Set.of("el", "la", "los", "las", "un", "una", "cada"),
            Lang.DE, Set.of("der", "die", "das", "den", "dem", "des", "jeden", "jedem", "jeder"));
    /** Indefinite articles, and the words of what a record is for before them ("for a", "pour une", "para un", "für einen"). */
    private static final Map<Lang, Set<String>> INDEFINITE = Map.of(
            Lang.EN, Set.of("a", "an"), Lang.FR, Set.of("un", "une"), Lang.ES, Set.of("un", "una"), Lang.DE, Set.of("ein", "eine", "einen"));
    private static final Map<Lang, Set<String>> FOR_WORDS = Map.of(
            Lang.EN, Set.of("for"), Lang.FR, Set.of("pour"), Lang.ES, Set.of("para"), Lang.DE, Set.of("fur"));
    /** German heading words that need no comma after the noun ("zum Gebäude Adresse, …", "Vom Kunden brauchen wir …"). */
    private static final Set<String> DE_BARE_HEADS = Set.of("zum", "zur", "vom");
    /** Words of a possessive before the noun at the end of a sentence ("… du bâtiment.", "… del edificio.", "… des Gebäudes."). */
    private static final Map<Lang, Set<String>> OF_WORDS = Map.of(
            Lang.EN, Set.of("of"),
            Lang.FR, Set.of("du", "de", "des"),
            Lang.ES, Set.of("del", "de"),
            Lang.DE, Set.of("des", "der", "vom"));

    /** Words that open a remark in a bracket rather than a detail. */
    private static final Map<Lang, Set<String>> REMARKS = Map.of(
            Lang.EN, Set.of("no", "not", "only", "just", "without", "eg", "e.g", "ie", "i.e", "optional", "if"),
            Lang.FR, Set.of("pas", "ne", "n'", "seulement", "juste", "sans", "ex", "p.ex", "facultatif", "si", "uniquement"),
            Lang.ES, Set.of("no", "solo", "solamente", "sin", "ej", "p.ej", "opcional", "si", "unicamente"),
            Lang.DE, Set.of("nur", "kein", "keine", "nicht", "ohne", "z.b", "optional", "falls", "wenn"));
    /** Words that join list items: a bracket after one of them belongs to the item after it. */
    private static final Map<Lang, List<String>> JOINS = Map.of(
            Lang.EN, List.of("and", "or"), Lang.FR, List.of("et", "ou"), Lang.ES, List.of("y", "e", "o", "u"), Lang.DE, List.of("und", "oder"));
    /** Types that say a detail is the thing's own data, not a value of a choice ("volunteer", "small" are text). */
    private static final Set<FieldType> DATA_TYPES = Set.of(FieldType.DATE, FieldType.DATETIME, FieldType.MONEY, FieldType.DECIMAL,
            FieldType.INTEGER, FieldType.PHONE, FieldType.EMAIL);

    private TargetDetails() {
    }

    /** A span of the request (positions of the original text) said of the noun. */
    private record Span(int from, int end, int min) {
        Span(int from, int end) {
            this(from, end, MIN_DETAILS);
        }
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        KindNouns nouns = KindNouns.of(lex.lang);
        if (nouns == null || request == null || entities.isEmpty()) {
            return;
        }
        String folded = foldAligned(request);
        KindLinker linker = new KindLinker(lex);
        for (DraftEntity e : List.copyOf(entities)) {
            if (!entities.contains(e)) {
                continue;
            }
            for (DraftField f : List.copyOf(e.fields)) {
                if (!e.fields.contains(f)) {
                    continue;
                }
                DraftEntity placeholder = null;
                String noun;
                if (f.type == FieldType.REFERENCE) {
                    placeholder = linker.find(entities, f.target).orElse(null);
                    if (placeholder == null || placeholder == e || !placeholderOnly(lex, placeholder)) {
                        continue;
                    }
                    noun = Text.fold(Inflector.singular(lex.lang, placeholder.name.strip()));
                } else {
                    noun = noun(lex, nouns, e, f);
                }
                if (noun == null || noun.isEmpty() || noun.contains(" ") || e.name != null && Text.words(Text.fold(e.name)).contains(noun)) {
                    continue;
                }
                if (placeholder == null && linker.find(entities, noun).isPresent()) {
                    continue;
                }
                List<DraftField> details = details(lex, nouns, request, folded, noun, entities, placeholder);
                if (details.size() < MIN_DETAILS) {
                    continue;
                }
                if (f.type == FieldType.CHOICE && !f.options.isEmpty() && !optionsAreDetails(f, details)) {
                    continue;
                }
                move(lex, linker, entities, e, f, placeholder, noun, details);
            }
        }
        unsaid(lex, nouns, request, folded, entities, linker);
    }

    /**
     * A noun of the classes said with a bracket of its details and kept nowhere as a field or a kind ("Chaque ronde est
     * faite pour un bâtiment (adresse, code d'alarme, responsable des clés) et comporte …"): the kind that took two or
     * more of the bracket's details gives them up for a link to a new kind of the noun.
     */
    private static void unsaid(Lexicon lex, KindNouns nouns, String request, String folded, List<DraftEntity> entities, KindLinker linker) {
        for (int open = folded.indexOf('('); open >= 0; open = folded.indexOf('(', open + 1)) {
            int from = open;
            while (from > 0 && ",;:.!?\n()".indexOf(folded.charAt(from - 1)) < 0) {
                from--;
            }
            List<int[]> words = new ArrayList<>();
            for (Matcher m = WORD.matcher(folded).region(from, open); m.find();) {
                words.add(new int[] {m.start(), m.end()});
            }
            for (int i = words.size() - 1; i >= 0 && i >= words.size() - MAX_GAP_WORDS; i--) {
                String w = folded.substring(words.get(i)[0], words.get(i)[1]);
                if (KindLinker.holds(entities, Text.fold(Inflector.singularWord(lex.lang, w)))) {
                    break;
                }
                if (!nounWord(lex, nouns, w)) {
                    continue;
                }
                // asked as a pick or said as what the record is for: "which building", "pour une recette", "für einen Kunden"
                String prev = i > 0 ? folded.substring(words.get(i - 1)[0], words.get(i - 1)[1]) : "";
                String prev2 = i > 1 ? folded.substring(words.get(i - 2)[0], words.get(i - 2)[1]) : "";
                boolean asked = nouns.picks().contains(prev) || INDEFINITE.get(lex.lang).contains(prev) && FOR_WORDS.get(lex.lang).contains(prev2);
                Span b = bracket(lex.lang, folded, words.get(i)[1]);
                if (!asked || b == null || linker.find(entities, w).isPresent() || KindLinker.holds(entities, w)
                        || entities.stream().anyMatch(x -> x.fields.stream().anyMatch(g -> TargetKinds.form(lex.lang, Text.fold(g.label.strip()), w) >= 0))) {
                    break;
                }
                List<DraftField> details = details(lex, nouns, request, List.of(b), w, null);
                DraftEntity holder = null;
                for (DraftEntity x : entities) {
                    long held = x.fields.stream().filter(g -> g.target == null
                            && details.stream().anyMatch(d -> owned(lex, Text.fold(g.label), Text.fold(d.label), w))).count();
                    if (held >= MIN_DETAILS && (x.name == null || !Text.words(Text.fold(x.name)).contains(w))) {
                        holder = x;
                        break;
                    }
                }
                if (details.size() < MIN_DETAILS || holder == null) {
                    break;
                }
                String said = request.substring(words.get(i)[0], words.get(i)[1]);
                DraftField stand = new DraftField(Inflector.singularWord(lex.lang, said), FieldType.TEXT, said);
                int at = holder.fields.size();
                for (int k = 0; k < holder.fields.size(); k++) {
                    DraftField g = holder.fields.get(k);
                    if (g.target == null && details.stream().anyMatch(d -> owned(lex, Text.fold(g.label), Text.fold(d.label), w))) {
                        at = k;
                        break;
                    }
                }
                holder.fields.add(at, stand);
                move(lex, linker, entities, holder, stand, null, w, details);
                break;
            }
        }
    }

    /** Whether a folded word is a singular noun of the classes a target is made of. */
    private static boolean nounWord(Lexicon lex, KindNouns nouns, String w) {
        if (w.length() < 3 || lex.stopwords.contains(w) || lex.namingWords.contains(w) || !Text.fold(Inflector.singularWord(lex.lang, w)).equals(w)) {
            return false;
        }
        return TargetKinds.kindWorthy(lex.lang, nouns, w) || lex.peopleKinds.contains(w) || nouns.owned().contains(w);
    }

    /** The folded noun of a record's own field that may name a target: one word (after a heading's words), of the classes. */
    private static String noun(Lexicon lex, KindNouns nouns, DraftEntity owner, DraftField f) {
        if (f.label == null || f.target != null || !(f.type == FieldType.TEXT || f.type == FieldType.CHOICE || f.type == FieldType.PERSON)) {
            return null;
        }
        List<String> w = new ArrayList<>(Text.words(Text.fold(f.label.strip())));
        // "For the instructor", "Pour le décor": a heading of the noun read as a field
        while (w.size() > 1 && (HEADS.get(lex.lang).contains(w.get(0)) || lex.stopwords.contains(w.get(0)))) {
            w.remove(0);
        }
        if (w.size() != 1) {
            return null;
        }
        String label = w.get(0);
        if (label.equals(Text.fold(lex.nameLabel)) || !nounWord(lex, nouns, label)) {
            return null;
        }
        return label;
    }

    /** Whether a linked kind holds nothing but a name (a placeholder made from a pick or a "belongs to"). */
    private static boolean placeholderOnly(Lexicon lex, DraftEntity k) {
        return k.fields.isEmpty() || k.fields.size() == 1 && Text.fold(k.fields.get(0).label).equals(Text.fold(lex.nameLabel));
    }

    /** A choice whose values are the details read ("Contrat" with values numéro, assureur, échéance from the bracket). */
    private static boolean optionsAreDetails(DraftField f, List<DraftField> details) {
        long same = f.options.stream().filter(o -> details.stream().anyMatch(d -> Text.fold(d.label).equals(Text.fold(o)))).count();
        return same >= MIN_DETAILS;
    }

    /** The details said of the noun in the first span that gives two or more; none otherwise. */
    private static List<DraftField> details(Lexicon lex, KindNouns nouns, String request, String folded, String noun, List<DraftEntity> entities,
            DraftEntity placeholder) {
        return details(lex, nouns, request, spans(lex, folded, noun), noun, placeholder);
    }

    private static List<DraftField> details(Lexicon lex, KindNouns nouns, String request, List<Span> spans, String noun, DraftEntity placeholder) {
        FieldReader reader = null;
        for (Span s : spans) {
            String said = request.substring(s.from(), s.end());
            List<ListSplitter.Item> items = new ArrayList<>();
            for (ListSplitter.Item i : new ListSplitter(lex).split(said)) {
                String bare = bare(lex, nouns, i.text(), noun);
                if (!bare.isEmpty()) {
                    items.add(new ListSplitter.Item(bare, List.of(), false));
                }
            }
            if (items.size() < s.min() || items.size() > MAX_DETAILS || items.stream().anyMatch(i -> Text.wordCount(i.text()) > MAX_DETAIL_WORDS
                    || remark(lex, i.text()))) {
                continue;
            }
            reader = reader == null ? new FieldReader(lex) : reader;
            if (reader.valueList(items)) {
                continue;
            }
            List<DraftField> read = reader.readAll(items);
            read.removeIf(d -> d.type == FieldType.REFERENCE || placeholder != null && placeholder.find(d.label).isPresent()
                    && !Text.fold(d.label).equals(Text.fold(lex.nameLabel)));
            if (read.size() >= s.min() && read.stream().anyMatch(d -> DATA_TYPES.contains(d.type) || identifies(lex, d))) {
                return read;
            }
        }
        return List.of();
    }

    /** The spans said of the noun: brackets after a mention, headings of it, possessives of a sentence of their own. */
    private static List<Span> spans(Lexicon lex, String folded, String noun) {
        List<Span> out = new ArrayList<>();
        List<int[]> mentions = new ArrayList<>();
        for (Matcher m = WORD.matcher(folded); m.find();) {
            String w = m.group();
            boolean possessive = lex.lang == Lang.EN && (w.endsWith("'s") || w.endsWith("s'"));
            String bare = possessive ? w.substring(0, w.length() - 2) : w;
            int form = TargetKinds.form(lex.lang, bare, noun);
            if (form >= 0) {
                mentions.add(new int[] {m.start(), m.end(), possessive ? 1 : 0});
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            int start = mentions.get(i)[0];
            int end = mentions.get(i)[1];
            boolean earlier = i > 0 && Text.sentenceStart(folded, mentions.get(0)[0]) < Text.sentenceStart(folded, start);
            Span b = bracket(lex.lang, folded, end);
            if (b != null) {
                out.add(b);
            }
            if (mentions.get(i)[2] == 1) {
                if (earlier) {
                    out.add(new Span(end, sentenceEnd(folded, end)));
                }
                continue;
            }
            List<String> before = wordsBefore(folded, start, 2);
            String after = folded.substring(end, Math.min(folded.length(), end + 2)).strip();
            // the heading is the clause's opening: a heading word and an article at most ("for the", "del", "zum", "de la")
            boolean head = !before.isEmpty() && clauseOpens(folded, start, before) && (before.size() == 1 ? HEADS.get(lex.lang).contains(before.get(0))
                    : HEADS.get(lex.lang).contains(before.get(0)) && ARTICLES.get(lex.lang).contains(before.get(1)));
            if (head && (after.startsWith(",") || after.startsWith(":"))) {
                out.add(new Span(folded.indexOf(after.charAt(0), end) + 1, sentenceEnd(folded, end)));
            } else if (head && lex.lang == Lang.DE && before.stream().anyMatch(DE_BARE_HEADS::contains)) {
                out.add(new Span(end, sentenceEnd(folded, end)));
            }
            // "… a, b et c du bâtiment.", "… y fecha de renovación de la póliza." said in a sentence of its own, the noun said before
            int of = ofWord(lex, before);
            if (earlier && of >= 0 && atSentenceEnd(folded, end)) {
                int from = Text.sentenceStart(folded, start);
                int to = folded.lastIndexOf(' ' + before.get(of) + ' ', start);
                if (to > from) {
                    out.add(new Span(from, to));
                }
            }
        }
        return out;
    }

    /** Where a word of a possessive stands among the words before the noun, only articles after it; -1 when none does. */
    private static int ofWord(Lexicon lex, List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (OF_WORDS.get(lex.lang).contains(before.get(i))) {
                return i;
            }
            if (!ARTICLES.get(lex.lang).contains(before.get(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** A bracket opening a few words after the mention, in the same sentence, with no bracket inside. */
    private static Span bracket(Lang lang, String folded, int end) {
        int gap = 0;
        for (int k = end; k < folded.length() && k < end + MAX_GAP_CHARS; k++) {
            char c = folded.charAt(k);
            if (c == '(') {
                int close = folded.indexOf(')', k);
                // a bracket of two ("à quel client (nom, téléphone)") is kept on the record as often as not: three at least
                return close < 0 || folded.substring(k + 1, close).indexOf('(') >= 0 ? null : new Span(k + 1, close, MIN_BRACKETED);
            }
            if (".,;:!?\n)/".indexOf(c) >= 0 || c == ' ' && ++gap > MAX_GAP_WORDS) {
                return null;
            }
            // "inspector and risk rating (low, high)": the bracket is the next item's
            if (c == ' ' && joinAt(lang, folded, k + 1)) {
                return null;
            }
        }
        return null;
    }

    private static boolean joinAt(Lang lang, String folded, int at) {
        for (String j : JOINS.get(lang)) {
            int end = at + j.length();
            if (folded.startsWith(j, at) && end < folded.length() && folded.charAt(end) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Up to {@code n} words right before a position, in the same clause. */
    private static List<String> wordsBefore(String folded, int at, int n) {
        int from = at;
        while (from > 0 && ",;:.!?\n(".indexOf(folded.charAt(from - 1)) < 0) {
            from--;
        }
        List<String> w = Text.words(folded.substring(from, at));
        return w.subList(Math.max(0, w.size() - n), w.size());
    }

    /** Whether the words before the noun open their clause (nothing else between the clause mark and them). */
    private static boolean clauseOpens(String folded, int at, List<String> before) {
        int from = at;
        while (from > 0 && ",;:.!?\n(".indexOf(folded.charAt(from - 1)) < 0) {
            from--;
        }
        return Text.words(folded.substring(from, at)).size() == before.size();
    }

    private static int sentenceEnd(String folded, int from) {
        int end = from;
        while (end < folded.length() && ".;!?\n(".indexOf(folded.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static boolean atSentenceEnd(String folded, int end) {
        int k = end;
        while (k < folded.length() && folded.charAt(k) == ' ') {
            k++;
        }
        return k == folded.length() || ".;!?\n".indexOf(folded.charAt(k)) >= 0;
    }

    /** The item as written, without the wanting words at its ends and without the noun's own possessive ("the building's"). */
    private static String bare(Lexicon lex, KindNouns nouns, String text, String noun) {
        List<String> w = new ArrayList<>(List.of(SPACES.split(text.strip())));
        while (!w.isEmpty() && filler(lex, nouns, Text.fold(w.get(0)))) {
            w.remove(0);
        }
        while (!w.isEmpty() && filler(lex, nouns, Text.fold(w.get(w.size() - 1)))) {
            w.remove(w.size() - 1);
        }
        String s = END_MARKS.matcher(String.join(" ", w)).replaceAll("").strip();
        return TargetKinds.form(lex.lang, Text.fold(s), noun) >= 0 ? "" : s;
    }

    /**
     * Whether an item is a remark or a value, not a detail: it opens with a digit ("1h beach", "2 hours") or a word of
     * restriction or negation ("only name", "no need for a file", "nur Name", "pas de fiche", "sin ficha").
     */
    private static boolean remark(Lexicon lex, String item) {
        String f = Text.fold(item);
        if (f.isEmpty() || Character.isDigit(f.charAt(0))) {
            return true;
        }
        List<String> w = Text.words(f);
        return !w.isEmpty() && REMARKS.get(lex.lang).contains(w.get(0));
    }

    private static boolean filler(Lexicon lex, KindNouns nouns, String folded) {
        return nouns.fillers().contains(folded) || lex.stopwords.contains(folded);
    }

    /** The details go to the target, off every other kind; the record's field becomes the link; kinds left empty go. */
    private static void move(Lexicon lex, KindLinker linker, List<DraftEntity> entities, DraftEntity record, DraftField f, DraftEntity placeholder,
            String noun, List<DraftField> details) {
        DraftEntity target = placeholder;
        if (target == null) {
            target = new DraftEntity(Text.capitalize(Text.words(Text.fold(f.label)).size() == 1 ? f.label.strip() : noun), f.because);
        }
        List<DraftEntity> emptied = new ArrayList<>();
        for (DraftEntity x : entities) {
            // a kind the reader made of the details alone ("Couvert: Adresse, Code d'alarme") gives them all up
            if (x != target && x != record && x.fields.stream().anyMatch(g -> g.target == null) && x.fields.stream().allMatch(g -> g.target != null
                    || details.stream().anyMatch(d -> owned(lex, Text.fold(g.label), Text.fold(d.label), noun)))) {
                x.fields.removeIf(g -> g.target == null);
                emptied.add(x);
            }
        }
        for (DraftField d : details) {
            String l = Text.fold(d.label);
            record.fields.removeIf(g -> g != f && g.target == null && owned(lex, Text.fold(g.label), l, noun));
            if (placeholder != null && l.equals(Text.fold(lex.nameLabel))) {
                continue;
            }
            target.add(d);
        }
        // a heading of the noun read as a field of its own ("For the building")
        record.fields.removeIf(g -> g != f && g.target == null && heading(lex, Text.fold(g.label), noun));
        for (DraftEntity x : emptied) {
            entities.remove(x);
            for (DraftEntity y : entities) {
                for (DraftField g : y.fields) {
                    if (g.type == FieldType.REFERENCE && x.name.equals(g.target)) {
                        g.type = FieldType.TEXT;
                        g.target = null;
                    }
                }
            }
        }
        if (placeholder == null) {
            entities.add(target);
            int at = record.fields.indexOf(f);
            record.fields.remove(f);
            linker.linkAt(record, target, f.because, at < 0 ? record.fields.size() : at);
        }
    }

    /** Whether a detail names or numbers the thing ("alarm code", "numéro de licence", "Lizenznummer", "title"). */
    private static boolean identifies(Lexicon lex, DraftField d) {
        for (String w : Text.words(Text.fold(d.label))) {
            if (lex.namingWords.contains(w) || NUMBERING.contains(w)
                    || lex.lang == Lang.DE && NUMBERING.stream().anyMatch(i -> i.length() >= 4 && w.endsWith(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a field label is the detail, or the detail said with the noun ("Building's address", "Idiomas del monitor"). */
    private static boolean owned(Lexicon lex, String label, String detail, String noun) {
        if (label.equals(detail)) {
            return true;
        }
        if (!Text.containsPhrase(label, detail)) {
            return false;
        }
        for (String w : Text.words(label)) {
            String bare = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (TargetKinds.form(lex.lang, bare, noun) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean heading(Lexicon lex, String label, String noun) {
        List<String> w = Text.words(label);
        return w.size() >= 2 && HEADS.get(lex.lang).contains(w.get(0)) && TargetKinds.form(lex.lang, w.get(w.size() - 1), noun) >= 0;
    }

    /** The request folded letter for letter, so positions in it are positions in the request. */
    private static String foldAligned(String request) {
        StringBuilder b = new StringBuilder(request.length());
        for (int i = 0; i < request.length(); i++) {
            char c = request.charAt(i);
            if (c < 128) {
                b.append(Character.toLowerCase(c));
                continue;
            }
            String f = Text.fold(String.valueOf(c));
            b.append(f.isEmpty() ? ' ' : f.charAt(0));
        }
        return b.toString();
    }
}
