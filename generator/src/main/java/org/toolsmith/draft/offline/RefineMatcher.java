package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** Finds the record kind or field that some words of a message name. */
final class RefineMatcher {
    /** Words that say "a table of them" rather than naming one. */
    static final Set<String> KIND_WORDS = RefineText.set(
            "table", "list", "sheet", "register", "kind", "record", "entity", "tab", "directory", "catalog", "catalogue",
            "tableau", "liste", "tabla", "lista", "tabelle", "registro", "registre");
    private static final Set<String> NOISE = RefineText.set(
            "tick", "checkbox", "check", "dropdown", "old", "new", "current", "existing", "whole", "entire", "free", "text",
            "it", "them", "one", "all", "any", "thing", "stuff", "info", "information", "data", "details", "about", "we", "us",
            "i", "you", "they", "people", "from", "am", "im", "zum", "zur", "actual", "actually", "also", "too", "please",
            "be", "can", "could", "should", "must", "will", "would", "need", "needs", "have", "has");

    static final Set<String> GENERIC = RefineText.set(
            "date", "name", "number", "no", "type", "time", "amount", "status", "code", "id", "email", "phone", "note", "notes",
            "detail", "value", "total", "count", "level", "category", "by", "on", "at", "first", "last", "fecha", "nombre", "tipo",
            "nom", "datum", "typ", "numero", "nummer");

    record FieldRef(Entity entity, Field field, double score) {
    }

    record EntityRef(Entity entity, double score) {
    }

    private RefineMatcher() {
    }

    /** Labels and names come back again and again while one message is read: their words are kept (bounded). */
    private static final java.util.Map<String, List<String>> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> words(String phrase) {
        List<String> known = WORDS.get(phrase);
        if (known != null) {
            return known;
        }
        List<String> out = wordsOf(phrase);
        if (WORDS.size() > 20_000) {
            WORDS.clear();
        }
        WORDS.put(phrase, out);
        return out;
    }

    private static List<String> wordsOf(String phrase) {
        List<String> out = new ArrayList<>();
        for (String s : RefineText.stems(phrase)) {
            if (!NOISE.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    static boolean namesKind(String phrase) {
        return RefineText.stems(phrase).stream().anyMatch(KIND_WORDS::contains);
    }

    /** Dice overlap of two stem lists, each stem matched once, compounds and plurals allowed. */
    static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[b.size()];
        int matched = 0;
        boolean specific = false;
        for (String x : a) {
            for (int j = 0; j < b.size(); j++) {
                if (!used[j] && RefineText.sameWord(x, b.get(j))) {
                    used[j] = true;
                    matched++;
                    specific |= !GENERIC.contains(x);
                    break;
                }
            }
        }
        double dice = 2.0 * matched / (a.size() + b.size());
        // "due date" is not "Start date": sharing only a generic word is not naming the same thing
        boolean extraSpecific = a.stream().anyMatch(x -> !GENERIC.contains(x) && b.stream().noneMatch(y -> RefineText.sameWord(x, y)))
                && b.stream().anyMatch(y -> !GENERIC.contains(y) && a.stream().noneMatch(x -> RefineText.sameWord(x, y)));
        return matched > 0 && !specific && extraSpecific ? dice / 2 : dice;
    }

    /** The best field the words name, preferring {@code preferEntity} and fields that were there before. */
    static FieldRef field(AppSpec spec, String phrase, String preferEntity, Set<String> original) {
        List<String> p = words(phrase.replaceAll("[\"'«»]", " "));
        String folded = RefineText.fold(RefineText.unquote(phrase)).strip();
        FieldRef best = null;
        for (Entity e : spec.entities()) {
            // "room names": the words that name the kind say where the field is
            List<String> kindWords = words(e.name());
            List<String> rest = new ArrayList<>(p);
            rest.removeIf(w -> kindWords.stream().anyMatch(k -> RefineText.sameWord(k, w)));
            boolean scoped = !rest.isEmpty() && rest.size() < p.size();
            for (Field f : e.fields()) {
                double s = Math.max(similarity(p, words(f.label())), similarity(p, words(f.key().replace('_', ' '))));
                if (scoped) {
                    s = Math.max(s, similarity(rest, words(f.label())) + 0.05);
                }
                if (RefineText.fold(f.label()).equals(folded)) {
                    s = Math.max(s, 1.2);
                }
                if (s <= 0) {
                    continue;
                }
                if (e.key().equals(preferEntity)) {
                    s += 0.15;
                }
                if (original.contains(e.key() + "." + f.key())) {
                    s += 0.01;
                }
                if (best == null || s > best.score()) {
                    best = new FieldRef(e, f, s);
                }
            }
        }
        return best != null && best.score() >= 0.5 ? best : null;
    }

    /** The record kind the words name (by name, plural or key), if one fits well. */
    static EntityRef entity(AppSpec spec, String phrase) {
        List<String> p = new ArrayList<>(words(phrase));
        p.removeIf(KIND_WORDS::contains);
        EntityRef best = null;
        for (Entity e : spec.entities()) {
            double s = Math.max(similarity(p, words(e.name())),
                    Math.max(similarity(p, words(e.plural() == null ? "" : e.plural())), similarity(p, words(e.key().replace('_', ' ')))));
            if (s > 0 && (p.equals(words(e.name())) || e.plural() != null && p.equals(words(e.plural())))) {
                // "ruche" names Ruche, not Rucher, though the two words are near enough to match each other
                s = Math.max(s, 1.2);
            }
            if (best == null || s > best.score()) {
                best = new EntityRef(e, s);
            }
        }
        return best != null && best.score() >= 0.66 ? best : null;
    }

    /** The main record kind: the one that links to the most others, then the one with most fields. */
    static Entity main(AppSpec spec) {
        Entity best = null;
        int bestScore = -1;
        for (Entity e : spec.entities()) {
            int links = (int) e.fields().stream().filter(f -> f.target() != null).count();
            int score = links * 1000 + e.fields().size();
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }
}
