package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Optional;
import org.toolsmith.spec.FieldType;

/**
 * A field whose own words name a kind that nothing points to yet: "producteur (la fromagerie d'où elle
 * vient)", "quel vendeur" with "Propriétaire vendeur" drafted, "which van it was". The label said something
 * else (or only part of the kind's name); the item's words say which list the value comes from, so the
 * field becomes the link to that kind.
 */
final class ItemNamesKind {
    /** Longer items are clauses or whole sentences, not the words of one field. */
    private static final int MAX_WORDS = 8;

    private final Lexicon lex;
    private final KindLinker linker;

    ItemNamesKind(Lexicon lex, KindLinker linker) {
        this.lex = lex;
        this.linker = linker;
    }

    void apply(List<DraftEntity> entities) {
        for (DraftEntity e : entities) {
            for (DraftField f : e.fields) {
                if (f.type != FieldType.REFERENCE && !f.suggested && f.because != null) {
                    saidAsClause(entities, e, f.because).ifPresent(t -> {
                        f.type = FieldType.REFERENCE;
                        f.target = t.name;
                        f.label = t.name;
                        f.options.clear();
                    });
                }
            }
        }
        for (DraftEntity target : entities) {
            if (target.name == null || KindLinker.isLinked(entities, target)) {
                continue;
            }
            link:
            for (DraftEntity e : entities) {
                if (e == target || e.name == null || pointsTo(e, target) || pointsTo(target, e) || sharesWord(e, target)) {
                    continue;
                }
                for (DraftField f : e.fields) {
                    if ((f.type == FieldType.TEXT || f.type == FieldType.PERSON) && !f.suggested && f.because != null
                            && names(f.because, target)) {
                        f.type = FieldType.REFERENCE;
                        f.target = target.name;
                        f.options.clear();
                        break link;
                    }
                }
            }
        }
    }

    /**
     * "An inspection is of one area", "rattachées à un dossier", "läuft auf genau einem Server": the link said as an
     * item of the list, a verb or preposition and then one of a kind the request drafted.
     */
    private Optional<DraftEntity> saidAsClause(List<DraftEntity> entities, DraftEntity e, String because) {
        List<String> w = Text.words(Text.fold(because));
        if (w.size() < 3 || w.size() > MAX_WORDS) {
            return Optional.empty();
        }
        for (int n = 1; n <= 2 && n + 2 <= w.size(); n++) {
            int object = w.size() - n - 1;
            String tied = w.get(object - 1);
            if (!lex.linkObjects.contains(w.get(object)) || !(lex.linkPreps.contains(tied) || lex.linkAux.contains(tied)
                    || lex.ofWords.contains(tied))) {
                continue;
            }
            String said = String.join(" ", w.subList(object + 1, w.size()));
            Optional<DraftEntity> t = linker.find(entities, said).filter(k -> k != e);
            if (t.isPresent() && !pointsTo(e, t.get()) && !pointsTo(t.get(), e)) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** "Grant title" in "Research grant": a field of the kind itself, even when another kind is called "Grant". */
    private boolean sharesWord(DraftEntity e, DraftEntity target) {
        List<String> own = Text.words(Text.fold(e.name)).stream().map(w -> Inflector.singularWord(lex.lang, w)).toList();
        return Text.words(Text.fold(target.name)).stream().map(w -> Inflector.singularWord(lex.lang, w)).anyMatch(own::contains);
    }

    private static boolean pointsTo(DraftEntity from, DraftEntity to) {
        return from.fields.stream().anyMatch(f -> f.type == FieldType.REFERENCE && to.name.equals(f.target));
    }

    /** The item opens with the kind ("which van", "show it was played in") or says it in brackets. */
    private boolean names(String because, DraftEntity kind) {
        String folded = Text.fold(because);
        List<String> all = Text.words(folded);
        if (all.isEmpty() || all.size() > MAX_WORDS) {
            return false;
        }
        int open = folded.indexOf('(');
        String outside = open < 0 ? folded : folded.substring(0, open);
        if (opensWith(Text.words(outside), kind)) {
            return true;
        }
        return open >= 0 && opensWith(Text.words(folded.substring(open + 1)), kind);
    }

    private boolean opensWith(List<String> w, DraftEntity kind) {
        int i = 0;
        boolean which = false;
        while (i < w.size() && (lex.articles.contains(w.get(i)) || lex.pairWhich.contains(w.get(i)))) {
            which |= lex.pairWhich.contains(w.get(i));
            i++;
        }
        if (i >= w.size() || i == 0 && w.size() == 1) {
            // a bare word is the label itself, which the label rules already read
            return false;
        }
        List<String> name = Text.words(Text.fold(kind.name));
        for (int n = Math.min(w.size(), i + name.size()); n > i; n--) {
            String said = String.join(" ", w.subList(i, n));
            Optional<DraftEntity> same = Optional.of(kind).filter(k -> Text.fold(Inflector.singular(lex.lang, said)).equals(Text.fold(k.name)));
            if (same.isPresent()) {
                return true;
            }
        }
        // "quel vendeur" and "Propriétaire vendeur": after a which-word, one word of a two-word name
        String one = Inflector.singularWord(lex.lang, w.get(i));
        return which && name.size() == 2 && one.length() >= 4 && name.contains(one) && !FieldTyper.hasTypeWord(lex, one);
    }
}
