package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * What a clause mentions in the spec: fields (by label or key, whole or by their telling word:
 * "the fax" names "Fax number"), record kinds (by name or plural), choice values and quoted text,
 * with the positions where they are named. {@link RefineAnchored} decides what to do with them.
 */
final class RefineMentions {
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    record Hit(Entity entity, Field field, double score, int at, boolean full, boolean weak) {
        Hit(Entity entity, Field field, double score, int at, boolean full) {
            this(entity, field, score, at, full, false);
        }
    }

    record Kind(Entity entity, int at) {
    }

    record Option(Entity entity, Field field, String value, int at) {
    }

    final List<String> stems = new ArrayList<>();
    final List<List<String>> alternatives = new ArrayList<>();
    final List<Hit> fields = new ArrayList<>();
    final List<Kind> kinds = new ArrayList<>();
    final List<Option> options = new ArrayList<>();

    private RefineMentions() {
    }

    static RefineMentions of(RefineSession s, RefineClause c) {
        RefineMentions m = new RefineMentions();
        Matcher w = WORD.matcher(c.text.replace("'s ", " "));
        while (w.find()) {
            String t = w.group().replaceAll("^(?:l|d|qu|n)'", "");
            String stem = RefineText.STOP.contains(t) ? "" : RefineText.stem(t);
            m.stems.add(stem);
            List<String> alt = new ArrayList<>();
            if (!stem.isEmpty() && s.glossary != null && stem.length() > 2) {
                for (String a : s.glossary.alternatives(t)) {
                    List<String> as = RefineText.stems(a);
                    if (as.size() == 1) {
                        alt.add(as.get(0));
                    }
                }
            }
            m.alternatives.add(alt);
        }
        for (Entity e : s.spec.entities()) {
            int at = Math.min(m.find(RefineMatcher.words(e.name())), m.find(RefineMatcher.words(e.plural() == null ? "" : e.plural())));
            at = Math.min(at, m.find(RefineMatcher.words(e.key().replace('_', ' '))));
            if (at < Integer.MAX_VALUE) {
                m.kinds.add(new Kind(e, at));
            }
            for (Field f : e.fields()) {
                Hit h = m.hit(e, f, RefineMatcher.words(f.label()));
                Hit k = m.hit(e, f, RefineMatcher.words(f.key().replace('_', ' ')));
                Hit best = h == null ? k : k == null || h.score() >= k.score() ? h : k;
                if (best != null) {
                    m.fields.add(best);
                }
                for (String o : f.options()) {
                    int pos = c.text.indexOf(RefineText.fold(o));
                    if (pos >= 0 && boundary(c.text, pos, RefineText.fold(o).length())) {
                        m.options.add(new Option(e, f, o, pos));
                    }
                }
            }
        }
        String prefer = s.clauseEntity != null ? s.clauseEntity : null;
        // the thing named first is the head ("le téléphone du client"); an owner before 's is not ("the client's phone")
        java.util.Set<Integer> owners = new java.util.HashSet<>();
        Matcher pos = Pattern.compile("\\b([a-z0-9]+)'s\\b").matcher(c.text);
        while (pos.find()) {
            owners.add(wordIndex(c.text, pos.start()));
        }
        m.fields.sort(Comparator.comparingDouble((Hit h) -> -(h.score() + (h.entity().key().equals(prefer) ? 0.1 : 0) - (owners.contains(h.at()) ? 0.3 : 0)))
                .thenComparingInt(Hit::at));
        m.kinds.sort(Comparator.comparingInt(Kind::at));
        return m;
    }

    private static boolean boundary(String text, int pos, int len) {
        boolean before = pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1));
        boolean after = pos + len >= text.length() || !Character.isLetterOrDigit(text.charAt(pos + len));
        return before && after && len > 1;
    }

    /** Where all the words are named (the first of them), or MAX_VALUE. */
    private int find(List<String> words) {
        if (words.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        int first = Integer.MAX_VALUE;
        for (String x : words) {
            int at = position(x);
            if (at < 0) {
                return Integer.MAX_VALUE;
            }
            first = Math.min(first, at);
        }
        return first;
    }

    private boolean directly(String word) {
        return stems.stream().anyMatch(st -> !st.isEmpty() && RefineText.sameWord(word, st));
    }

    private int position(String word) {
        for (int i = 0; i < stems.size(); i++) {
            String st = stems.get(i);
            if (!st.isEmpty() && (RefineText.sameWord(word, st) || alternatives.get(i).stream().anyMatch(a -> RefineText.sameWord(word, a)))) {
                return i;
            }
        }
        return -1;
    }

    /** A field named whole, or by its one telling word when the rest is generic ("the fax" for "Fax number"). */
    private Hit hit(Entity e, Field f, List<String> label) {
        if (label.isEmpty()) {
            return null;
        }
        int matched = 0;
        int first = Integer.MAX_VALUE;
        boolean specific = false;
        boolean lastMatched = false;
        for (int i = 0; i < label.size(); i++) {
            int at = position(label.get(i));
            if (at >= 0) {
                matched++;
                first = Math.min(first, at);
                specific |= !RefineMatcher.GENERIC.contains(label.get(i));
                lastMatched |= i == label.size() - 1;
            }
        }
        if (matched == 0 || !specific && matched < label.size()) {
            return null;
        }
        boolean full = matched == label.size();
        boolean direct = label.stream().allMatch(x -> position(x) < 0 || directly(x));
        // "nombre" is "name" in Spanish but "number" in French: a generic label named only in another language is weak
        boolean weak = !specific && !direct;
        boolean restGeneric = label.stream().filter(x -> position(x) < 0).allMatch(RefineMatcher.GENERIC::contains);
        boolean firstTelling = label.size() == 2 && position(label.get(0)) >= 0 && label.get(0).length() >= 5 && !RefineMatcher.GENERIC.contains(label.get(0));
        if (!full && !restGeneric && !(lastMatched && label.size() <= 3) && !firstTelling) {
            return null;
        }
        return new Hit(e, f, (double) matched / label.size() + (full ? 0.5 : 0), first, full, weak);
    }

    Hit best() {
        return fields.isEmpty() ? null : fields.get(0);
    }

    /** The best field of a choice type that is named, or whose values are. */
    Hit choice() {
        for (Hit h : fields) {
            if (h.field().type().hasOptions()) {
                return h;
            }
        }
        if (!options.isEmpty()) {
            Option o = options.get(0);
            return new Hit(o.entity(), o.field(), 1, o.at(), true);
        }
        return null;
    }

    /** The kind named after "each", "every", "chaque", "cada", "jede", else the first named. */
    Kind subjectKind(RefineClause c) {
        Matcher each = Pattern.compile("\\b(?:each|every|all|chaque|tous les|toutes les|cada|todos los|todas las|jede[rsmn]?|alle)\\s+").matcher(c.text);
        if (each.find()) {
            int index = wordIndex(c.text, each.end());
            for (Kind k : kinds) {
                if (k.at() >= index && k.at() <= index + 2) {
                    return k;
                }
            }
        }
        return kinds.isEmpty() ? null : kinds.get(0);
    }

    /** The word at index i of the text, as {@link #wordIndex} counts them (lower case as written), or "" past the end. */
    static String wordAt(String text, int i) {
        Matcher w = WORD.matcher(text.replace("'s ", " "));
        for (int k = 0; w.find(); k++) {
            if (k == i) {
                return w.group();
            }
        }
        return "";
    }

    static int wordIndex(String text, int pos) {
        Matcher w = WORD.matcher(text.replace("'s ", " "));
        int i = 0;
        while (w.find() && w.start() < pos) {
            i++;
        }
        return i;
    }
}
