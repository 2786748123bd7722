package org.toolsmith.draft.offline;

import java.util.List;
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
    /** Words that number a thing, in the four languages. */
    private static final Set<String> NUMBERING = Set.of("number", "no", "id", "code", "ref", "numero", "num", "nummer", "nr", "kennung",
            "bezeichnung", "name");

    /** Whether a folded noun is of a class of kind-worthy nouns (a German compound ending in one counts). */
    private static boolean kindWorthy(Lang lang, KindNouns nouns, String noun) {
        if (nouns.parties().contains(noun) || nouns.assets().contains(noun) || nouns.places().contains(noun)) {
            return true;
        }
        return lang == Lang.DE && (compoundOf(noun, nouns.parties()) || compoundOf(noun, nouns.assets()) || compoundOf(noun, nouns.places()));
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
        if (entities.size() < 2) {
            return;
        }
        List<String> words = null;
        KindLinker linker = new KindLinker(lex);
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : List.copyOf(e.fields)) {
                String noun = candidate(lex, nouns, e, f);
                if (noun == null || linker.find(entities, noun).isPresent()) {
                    continue;
                }
                words = words == null ? Text.words(Text.fold(request)) : words;
                if (!saidAsOneOfASet(lex, nouns, words, noun) || heldElsewhere(lex, entities, e, noun)) {
                    continue;
                }
                DraftEntity target = new DraftEntity(Text.capitalize(f.label.strip()), f.because);
                List<DraftField> details = details(lex, request, entities, noun);
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
        if (f.label == null || f.target != null || !(f.type == FieldType.TEXT || f.type == FieldType.CHOICE) || !f.options.isEmpty()) {
            return null;
        }
        String label = Text.fold(f.label.strip());
        if (label.length() < 3 || label.contains(" ") || !Text.fold(Inflector.singularWord(lex.lang, label)).equals(label)
                || lex.peopleKinds.contains(label) || owner.name == null || Text.words(Text.fold(owner.name)).contains(label)) {
            return null;
        }
        return kindWorthy(lex.lang, nouns, label) ? label : null;
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
    private static List<DraftField> details(Lexicon lex, String request, List<DraftEntity> entities, String noun) {
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
            List<ListSplitter.Item> items = new ListSplitter(lex).split(request.substring(open + 1, close));
            if (items.size() < 2 || items.size() > MAX_DETAILS || items.stream().anyMatch(i -> Text.wordCount(i.text()) > MAX_DETAIL_WORDS)) {
                continue;
            }
            FieldReader reader = new FieldReader(lex);
            if (reader.valueList(items)) {
                continue;
            }
            List<DraftField> read = reader.readAll(items);
            boolean held = read.stream().anyMatch(d -> entities.stream().anyMatch(x -> x.find(d.label).isPresent()));
            if (!held && read.size() >= 2 && read.stream().anyMatch(d -> identifies(lex, d))) {
                return read;
            }
        }
        return List.of();
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
    private static int form(Lang lang, String word, String noun) {
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
