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
    /** Words that count a set when they stand before a plural, besides digits and the lexicon's number words. */
    private static final Set<String> SEVERAL = Set.of("several", "many", "multiple", "various", "plusieurs", "nombreux",
            "nombreuses", "varios", "varias", "muchos", "muchas", "mehrere", "viele", "einige");
    /** A plural subject's verb of having. */
    private static final Set<String> HAVE = Set.of("have", "ont", "tienen", "haben");
    /** "have to", "tienen que", "ont été": the verb of having as an auxiliary. */
    private static final Set<String> MODAL = Set.of("to", "been", "got", "que", "ete", "pu", "du", "zu", "gesagt");
    /** Adverbs that may stand between the plural and its verb: "courts just have …", "die Boxen haben alle …". */
    private static final Set<String> ADVERBS = Set.of("just", "only", "also", "all", "each", "always", "usually", "seulement",
            "juste", "aussi", "toutes", "tous", "solo", "solamente", "tambien", "todas", "todos", "nur", "auch", "alle",
            "jeweils");
    /** "…, each with", "chacun avec", "cada una con", "jeweils mit". */
    private static final Set<String> EACH = Set.of("each", "chacun", "chacune", "cada", "jeweils", "jede", "jeder", "jedes");
    private static final Set<String> WITH = Set.of("with", "has", "avec", "a", "con", "tiene", "una", "uno", "mit", "hat");

    /**
     * Stands for the plural when the set is described in its own bracket ("the show (…, each with …)"): that words of
     * another kind hold it does not mean the set is drafted there.
     */
    private static final String DESCRIBED = "";

    private ResourceKinds() {
    }

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        Map<String, String> kept = null;
        for (DraftEntity e : List.copyOf(entities)) {
            for (DraftField f : e.fields) {
                if (f.type != FieldType.TEXT && f.type != FieldType.INTEGER || !f.options.isEmpty() || f.label == null) {
                    continue;
                }
                String label = Text.fold(f.label.strip());
                if (label.isEmpty() || label.contains(" ")) {
                    continue;
                }
                Optional<DraftEntity> drafted = drafted(lex, entities, e, label);
                if (drafted.isPresent()) {
                    f.type = FieldType.REFERENCE;
                    f.target = drafted.get().name;
                    continue;
                }
                if (kept == null) {
                    kept = keptSets(lex, request);
                }
                String noun = kept(lex, kept, entities, e, f.label);
                if (noun == null) {
                    continue;
                }
                DraftEntity target = new DraftEntity(Text.capitalize(noun), f.because);
                target.add(new DraftField(lex.nameLabel, FieldType.TEXT, f.because));
                entities.add(target);
                f.type = FieldType.REFERENCE;
                f.target = target.name;
            }
        }
    }

    /**
     * The part of a label ("buggy", "licence/vehicle" → "licence") that names a set the request keeps on its own and
     * no kind holds yet; null when none does.
     */
    private static String kept(Lexicon lex, Map<String, String> kept, List<DraftEntity> entities, DraftEntity owner, String label) {
        for (String part : label.strip().split("/")) {
            String noun = Text.fold(part.strip());
            if (noun.length() < 3 || !Inflector.singularWord(lex.lang, noun).equals(noun) || lex.peopleKinds.contains(noun)
                    || Text.fold(owner.name).equals(noun)) {
                continue;
            }
            String plural = kept.get(noun);
            if (plural != null && entities.stream().noneMatch(x -> named(lex, x, noun) || x != owner && says(x.because, plural))) {
                return part.strip();
            }
        }
        return null;
    }

    /** Another drafted kind named by the label or by one part of a slash label ("truck/route"). */
    private static Optional<DraftEntity> drafted(Lexicon lex, List<DraftEntity> entities, DraftEntity owner, String label) {
        for (String part : label.split("/")) {
            String noun = Text.fold(Inflector.singularWord(lex.lang, part.strip()));
            if (noun.length() < 3) {
                continue;
            }
            for (DraftEntity x : entities) {
                if (x != owner && owner.fields.stream().noneMatch(f -> x.name.equals(f.target)) && named(lex, x, noun)) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean named(Lexicon lex, DraftEntity x, String noun) {
        return Text.fold(Inflector.singular(lex.lang, x.name)).equals(noun);
    }

    /** Whether a kind's source words hold the plural: the set is already drafted under another name. */
    private static boolean says(String because, String plural) {
        return because != null && Text.words(Text.fold(because)).contains(plural);
    }

    /**
     * The plurals the request speaks of as a set of their own (counted, listed, having, "each with"), by their
     * singular.
     */
    static Map<String, String> keptSets(Lexicon lex, String request) {
        Map<String, String> out = new HashMap<>();
        String folded = Text.fold(request);
        List<String> words = Text.words(folded);
        Set<String> numbers = new HashSet<>();
        for (String n : lex.numberWords) {
            numbers.add(Text.fold(n));
        }
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
                if (pos >= 0 && eachInBracket(folded, at)) {
                    out.put(one, DESCRIBED);
                }
                continue;
            }
            String prev = i > 0 ? words.get(i - 1) : "";
            boolean counted = !prev.isEmpty() && (Character.isDigit(prev.charAt(0)) || numbers.contains(prev) || SEVERAL.contains(prev));
            boolean listed = pos >= 0 && bracketAfter(folded, at);
            int v = i + 1;
            while (v < words.size() && v <= i + 2 && ADVERBS.contains(words.get(v)) && !HAVE.contains(words.get(v))) {
                v++;
            }
            boolean having = v < words.size() && HAVE.contains(words.get(v)) && (v + 1 >= words.size() || !MODAL.contains(words.get(v + 1)));
            boolean each = i + 2 < words.size() && EACH.contains(words.get(i + 1)) && WITH.contains(words.get(i + 2));
            if (pos >= 0 && eachInBracket(folded, at)) {
                out.put(one, DESCRIBED);
            } else if (counted || listed || having || each) {
                out.putIfAbsent(one, w);
            }
        }
        return out;
    }

    /** A bracket right after the word whose words say "each with / each has" ("skips (each has a number …)"). */
    private static boolean eachInBracket(String folded, int end) {
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
            if (EACH.contains(inside.get(k)) && WITH.contains(inside.get(k + 1))) {
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
