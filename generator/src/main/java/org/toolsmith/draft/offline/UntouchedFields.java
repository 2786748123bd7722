package org.toolsmith.draft.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A second look at the sentences of a message the rule readers answered only in part: a sentence that
 * names a field (or a record kind) the readers left exactly as it was, and says of it an edit of an
 * existing field — a new name, new or other choice values, a type, required, removal ("since September
 * there's a fourth zone, Riverside, which the form doesn't offer", "could the label read 'Letter date'
 * instead?", "please delete that list entirely") — gets that edit, read as {@link RefineGist} reads it.
 * Never a new field: what the readers added stays theirs. A sentence that names anything the readers
 * changed, or a field they made, is theirs too and is left alone.
 */
final class UntouchedFields {
    /** "Max.", "Nr.", "z.B.", "e.g.", "env.": a period that ends a short word, not a sentence. */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?iu)\\b(max|min|nr|no|tel|ca|bzw|usw|vs|approx|env|aprox|num|núm|ggf|evtl|inkl|zzgl|ref|art|abs|z\\.b|e\\.g|i\\.e|p\\.ex|u\\.a|d\\.h)\\.(?=\\s)");

    private UntouchedFields() {
    }

    /** Reads the message's sentences, as the person wrote them, again on the spec as the readers left it; {@code before} is the spec as it came. */
    static void read(RefineSession s, AppSpec before, String message) {
        if (message == null || message.length() > 1200 || s.changes.isEmpty()) {
            return;
        }
        Set<String> touched = touched(before, s.spec);
        s.lastEntity = null;
        s.lastField = null;
        s.clauseEntity = null;
        s.previous = null;
        for (String sentence : RefineGist.sentences(ABBREVIATION.matcher(message).replaceAll("$1"))) {
            RefineClause c = new RefineClause(sentence);
            if (c.text.split("\\s+").length < 4) {
                continue;
            }
            RefineMentions named = RefineMentions.of(s, c);
            AppSpec now = s.spec;
            s.spec = before;
            // a field the readers removed is named only in the spec as it came
            RefineMentions was = RefineMentions.of(s, c);
            s.spec = now;
            if (namesTouched(s, c, named, touched) || namesTouched(s, c, was, touched)) {
                continue;
            }
            try {
                int had = s.changes.size();
                edit(s, c, named);
                if (s.changes.size() > had) {
                    touched.addAll(touched(before, s.spec));
                }
            } catch (DraftException e) {
                // a part that names nothing is left out
            }
        }
    }

    /** One edit of a field or kind the sentence names, as the last-resort reading makes it; never an addition. */
    private static void edit(RefineSession s, RefineClause c, RefineMentions named) {
        RefineMatcher.FieldRef field = RefineGist.named(s, c, named);
        String label = field == null ? null : field.field().label() + " ";
        if (label != null && s.already.stream().anyMatch(a -> a.startsWith(label))) {
            // "… is already optional": the readers answered for this field
            return;
        }
        if (field != null && !saidWhole(s, c, field.field().label())) {
            // "relevés" is not "Releveur": a second look acts only on a field named by its own words
            field = null;
        }
        int at = -1;
        if (field != null) {
            RefineMatcher.FieldRef f = field;
            at = named.fields.stream().filter(h -> h.field().key().equals(f.field().key())).mapToInt(RefineMentions.Hit::at).findFirst().orElse(-1);
        }
        if (field != null && GistEdits.rename(s, c, field)) {
            return;
        }
        RefineMatcher.FieldRef choice = field != null && field.field().type().hasOptions() ? field : RefineGist.byValue(named);
        if (choice != null && GistOptions.read(s, c, choice)) {
            return;
        }
        if (field != null && GistEdits.retype(s, c, field, at, named)) {
            return;
        }
        if (GistEdits.removeKind(s, c, named)) {
            return;
        }
        if (field != null && named.options.isEmpty() && GistEdits.removal(c) && !c.match(RefineCues.REQUIRED).find()
                && (GistEdits.notNeeded(c) || !c.match(GistPhrase.ADD_CUE).find())) {
            s.removeField(field.entity().key(), field.field().key());
            return;
        }
        if (field != null) {
            GistEdits.required(s, c, field);
        }
    }

    /** Whether the sentence names a field or kind the readers changed or made (then the sentence was theirs). */
    private static boolean namesTouched(RefineSession s, RefineClause c, RefineMentions named, Set<String> touched) {
        for (RefineMentions.Hit h : named.fields) {
            if (h.full() && (touched.contains(h.entity().key() + "." + h.field().key()) || touched.contains(h.entity().key()))) {
                return true;
            }
        }
        for (RefineMentions.Kind k : named.kinds) {
            if (touched.contains(k.entity().key())) {
                return true;
            }
        }
        for (RefineMentions.Option o : named.options) {
            if (touched.contains(o.entity().key() + "." + o.field().key())) {
                return true;
            }
        }
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (!s.originalFields.contains(e.key() + "." + f.key()) && saysLabel(c, f.label())) {
                    // "add a return date after the due date": the sentence made a field
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether each content word of the label is said as such (a plural, or in German the start of a compound, allowed), or the label is quoted. */
    static boolean saidWhole(RefineSession s, RefineClause c, String label) {
        String l = RefineText.fold(label.replaceAll("\\s*\\([^)]*\\)", "")).strip();
        if (RefineText.quoted(c.orig).stream().anyMatch(q -> RefineText.fold(q).strip().equals(l))) {
            return true;
        }
        List<String> said = java.util.Arrays.asList(c.text.split("[^\\p{L}\\d]+"));
        List<String> words = java.util.Arrays.stream(l.split("[^\\p{L}\\d]+")).filter(w -> w.length() > 2 && !RefineText.STOP.contains(w)).toList();
        return !words.isEmpty() && words.stream().allMatch(w -> said.stream().anyMatch(x -> x.equals(w) || x.equals(w + "s") || x.equals(w + "es") || x.equals(w + "x")
                || w.equals(x + "s") || s.lang == Lang.DE && w.length() >= 5 && x.startsWith(w)));
    }

    private static boolean saysLabel(RefineClause c, String label) {
        List<String> words = RefineMatcher.words(label);
        List<String> said = RefineMatcher.words(c.orig);
        return !words.isEmpty() && words.stream().allMatch(w -> said.stream().anyMatch(x -> RefineText.sameWord(w, x)));
    }

    /** Keys of what differs: "entity.field" for a field changed, removed or made; "entity" for a kind made or removed. */
    static Set<String> touched(AppSpec before, AppSpec after) {
        Set<String> out = new HashSet<>();
        for (Entity b : before.entities()) {
            Entity a = after.entities().stream().filter(x -> x.key().equals(b.key())).findFirst().orElse(null);
            if (a == null) {
                out.add(b.key());
                continue;
            }
            for (Field f : b.fields()) {
                Field g = a.fields().stream().filter(x -> x.key().equals(f.key())).findFirst().orElse(null);
                if (g == null || !g.equals(f)) {
                    out.add(b.key() + "." + f.key());
                }
            }
            for (Field g : a.fields()) {
                if (b.fields().stream().noneMatch(x -> x.key().equals(g.key()))) {
                    out.add(b.key() + "." + g.key());
                }
            }
        }
        for (Entity a : after.entities()) {
            if (before.entities().stream().noneMatch(x -> x.key().equals(a.key()))) {
                out.add(a.key());
            }
        }
        return out;
    }
}
