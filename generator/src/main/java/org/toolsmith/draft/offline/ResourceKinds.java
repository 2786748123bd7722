package org.toolsmith.draft.offline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.toolsmith.spec.FieldType;

/**
 * The things a record is booked on, assigned to or happens at, when the request keeps them as a list of their own (cabs,
 * buggies, skips, tables, routes, tracks, bays …). A one-word text or number field of a record becomes a link when
 * <ul>
 * <li>a kind of that name is already drafted ("… and the route. Routes have a name, a driver and a weekday"; a slash
 * label such as "truck/route" is read part by part), or</li>
 * <li>the request speaks of the noun's plural as a set kept on its own: counted ("12 buggies", "trois salles",
 * "nueve licencias", "mehrere Bahnen"), followed by a colon and its own list ("Tracks: name, room"; a bracket
 * of values after a plural stays values), as the subject of a have-verb ("the courts have a name and a surface", "las pistas tienen …", "les quais
 * ont …", "die Boxen haben …") or "each with / chacun avec / cada una con / jeweils mit".</li>
 * </ul>
 * The new kind holds a name. Not for people (a person field, or a noun of {@code people_kinds}: "3 therapists" are
 * staff, not a register here), not for a plural label (the field's own list: "notes (…)"), not for fields with
 * options.
 *
 * <p>Counted over the public and read draft sets (s20k2): a one-word field whose plural is said counted, listed or with a
 * have-verb is an expected link about twice as often as a plain column; said only in a "which X" pick, or with a
 * singular bracket (the field's own remark), it is a plain column three times out of four, so neither is promoted.
 */
final class ResourceKinds {
    /** "have to", "tienen que", "ont été": the verb of having as an auxiliary. */
    private static final Set<String> MODAL = Set.of("to", "been", "got", "que", "ete", "pu", "du", "zu", "gesagt");
    /** Adverbs that may stand between the plural and its verb: "courts just have …", "die Boxen haben alle …". */
    private static final Set<String> ADVERBS = Set.of("just", "only", "also", "all", "each", "always", "usually", "seulement",
            "juste", "aussi", "toutes", "tous", "solo", "solamente", "tambien", "todas", "todos", "nur", "auch", "alle",
            "jeweils");

    /**
     * Stands for the plural when the set is described in its own bracket ("the show (…, each with …)"): that words of
     * another kind hold it does not mean the set is drafted there.
     */
    private static final String DESCRIBED = "";

    /**
     * The lexicon's words the rule reads, as word sequences: what counts a set before a plural (number words and
     * "several"), a plural subject's verb of having ({@code has} without the with-words, which add fields to a noun
     * without saying it is kept, and without one-letter words, which fold into prepositions: "à" → "a"), the each-word
     * said alone ("each", "chacune", "cada una", "jeweils") and what follows it ("with", "has", "avec", "a", "con", "tiene", "mit").
     */
    private record Words(List<List<String>> counting, List<List<String>> having, List<List<String>> each, Set<String> eachWith) {
    }

    private static final Map<Lang, Words> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Words words(Lexicon lex) {
        return WORDS.computeIfAbsent(lex.lang, l -> {
            List<List<String>> counting = new java.util.ArrayList<>(phrases(lex.numberWords));
            counting.addAll(phrases(lex.several));
            List<List<String>> having = phrases(lex.has.stream().filter(h -> !lex.withWords.contains(h) && h.length() > 1).toList());
            Set<String> eachWith = new HashSet<>();
            for (String w : lex.withWords) {
                if (!w.contains(" ")) {
                    eachWith.add(w);
                }
            }
            for (String h : lex.has) {
                if (!h.contains(" ")) {
                    eachWith.add(h);
                }
            }
            return new Words(List.copyOf(counting), having, phrases(List.copyOf(lex.eachPronouns.keySet())), Set.copyOf(eachWith));
        });
    }

    private static List<List<String>> phrases(List<String> texts) {
        return texts.stream().map(t -> Text.words(Text.fold(t))).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether one of the phrases ends right before {@code end} ("three", "a dozen", "lots of" before a plural). */
    private static boolean endsBefore(List<String> words, int end, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (p.size() <= end && words.subList(end - p.size(), end).equals(p)) {
                return true;
            }
        }
        return false;
    }

    /** The length of the phrase that starts at {@code at}, or 0. */
    private static int startsAt(List<String> words, int at, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (at + p.size() <= words.size() && words.subList(at, at + p.size()).equals(p)) {
                return p.size();
            }
        }
        return 0;
    }

    /** "…, each with", "chacune a", "cada una con", "jeweils mit" at {@code at}. */
    private static boolean eachWith(Words ws, List<String> words, int at) {
        int n = startsAt(words, at, ws.each());
        return n > 0 && at + n < words.size() && ws.eachWith().contains(words.get(at + n));
    }

    private ResourceKinds() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        Map<String, String> kept = null;
        Map<DraftEntity, List<String>> said = new HashMap<>();
        KindLinker linker = new KindLinker(lex);
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : e.fields) {
                if (f.type != FieldType.TEXT && f.type != FieldType.INTEGER || !f.options.isEmpty() || f.label == null) {
                    continue;
                }
                String label = Text.fold(f.label.strip());
                if (label.isEmpty() || label.contains(" ")) {
                    continue;
                }
                Optional<DraftEntity> drafted = drafted(linker, entities, e, label);
                if (drafted.isPresent()) {
                    linker.linkField(e, f, drafted.get());
                    continue;
                }
                if (kept == null) {
                    kept = keptSets(lex, request);
                }
                String noun = kept(lex, linker, kept, said, entities, e, f.label);
                if (noun == null) {
                    continue;
                }
                DraftEntity target = linker.namedKind(noun, f.because);
                entities.add(target);
                linker.linkField(e, f, target);
            }
        }
    }

    /**
     * The part of a label ("buggy", "licence/vehicle" → "licence") that names a set the request keeps on its own and
     * no kind holds yet; null when none does.
     */
    private static String kept(Lexicon lex, KindLinker linker, Map<String, String> kept, Map<DraftEntity, List<String>> said,
            List<DraftEntity> entities, DraftEntity owner, String label) {
        for (String part : label.strip().split("/")) {
            String noun = Text.fold(part.strip());
            if (noun.length() < 3 || !Inflector.singularWord(lex.lang, noun).equals(noun) || lex.peopleKinds.contains(noun)
                    || Text.fold(owner.name).equals(noun)) {
                continue;
            }
            String plural = kept.get(noun);
            if (plural != null && entities.stream().noneMatch(x -> linker.named(x, noun)
                    || x != owner && said.computeIfAbsent(x, ResourceKinds::saidWords).contains(plural))) {
                return part.strip();
            }
        }
        return null;
    }

    /** Another drafted kind named by the label or by one part of a slash label ("truck/route"). */
    private static Optional<DraftEntity> drafted(KindLinker linker, List<DraftEntity> entities, DraftEntity owner, String label) {
        for (String part : label.split("/")) {
            String noun = part.strip();
            if (noun.length() < 3) {
                continue;
            }
            for (DraftEntity x : entities) {
                if (x != owner && !KindLinker.links(owner, x) && linker.named(x, noun)) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    /** A kind's source words, folded once: when they hold the plural, the set is already drafted under another name. */
    private static List<String> saidWords(DraftEntity x) {
        return x.because == null ? List.of() : Text.words(Text.fold(x.because));
    }

    /**
     * The plurals the request speaks of as a set of their own (counted, listed, having, "each with"), by their
     * singular.
     */
    static Map<String, String> keptSets(Lexicon lex, String request) {
        Map<String, String> out = new HashMap<>();
        Words ws = words(lex);
        String folded = Text.fold(request);
        List<String> words = Text.words(folded);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int pos = folded.indexOf(w, at);
            at = pos < 0 ? at : pos + w.length();
            String one = Text.fold(Inflector.singularWord(lex.lang, w));
            if (one.length() < 3 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            if (one.equals(w)) {
                // a singular counts only with a bracket that describes each one: "the show (we have …, each with …)"
                if (pos >= 0 && eachInBracket(ws, folded, at)) {
                    out.put(one, DESCRIBED);
                }
                continue;
            }
            String prev = i > 0 ? words.get(i - 1) : "";
            boolean counted = !prev.isEmpty() && Character.isDigit(prev.charAt(0)) || endsBefore(words, i, ws.counting());
            boolean listed = pos >= 0 && bracketAfter(folded, at);
            int v = i + 1;
            while (v < words.size() && v <= i + 2 && ADVERBS.contains(words.get(v)) && startsAt(words, v, ws.having()) == 0) {
                v++;
            }
            int verb = startsAt(words, v, ws.having());
            boolean having = verb > 0 && (v + verb >= words.size() || !MODAL.contains(words.get(v + verb)));
            boolean each = eachWith(ws, words, i + 1);
            if (pos >= 0 && eachInBracket(ws, folded, at)) {
                out.put(one, DESCRIBED);
            } else if (counted || listed || having || each) {
                out.putIfAbsent(one, w);
            }
        }
        return out;
    }

    /** A bracket right after the word whose words say "each with / each has" ("skips (each has a number …)"). */
    private static boolean eachInBracket(Words ws, String folded, int end) {
        int open = end;
        while (open < folded.length() && folded.charAt(open) == ' ') {
            open++;
        }
        if (open >= folded.length() || folded.charAt(open) != '(') {
            return false;
        }
        int close = folded.indexOf(')', open);
        List<String> inside = Text.words(folded.substring(open + 1, close < 0 ? Math.min(folded.length(), open + 200) : close));
        for (int k = 0; k + 1 < inside.size(); k++) {
            if (eachWith(ws, inside, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracketAfter(String folded, int end) {
        for (int k = end; k < folded.length(); k++) {
            char c = folded.charAt(k);
            if (c == ':') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }
}
