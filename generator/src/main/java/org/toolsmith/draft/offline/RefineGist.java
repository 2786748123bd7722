package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * The last-resort reading of a whole message the rule readers found nothing in: long chatty messages
 * ("honestly the biggest headache is that we have no way to note the customer's phone, so …"). Each
 * sentence is read for the gist a careful person would take from it — one edit, said by a general cue
 * (a need, a lack, a wish, a removal, a "has to be filled in", a type said of a field) in English,
 * French, Spanish or German — and its target: a field or kind the sentence names, or for a new field the
 * noun phrase after the cue ({@link GistPhrase}). Sentences with no clear cue (context, reasons) change
 * nothing. Used only when nothing else changed the spec, so it cannot alter what the readers understand.
 */
final class RefineGist {
    /** A sentence that starts by pointing back at what the one before named. */
    private static final java.util.regex.Pattern POINTS_BACK = RefineText.p("^(?:it|that|this|they|die|der|das|er|sie|es|diese[rs]?|elle|il|celui-ci|celle-ci|ce champ|ella|el|ese|esa|este|esta|ese campo)\\s+(?:has|must|should|needs|muss|soll|sollte|darf|doit|devrait|debe|deberia|tiene)\\b");
    private RefineGist() {
    }

    /** Reads the message again for its gist on the spec as it came; true when that changed something. */
    static boolean read(RefineSession s, AppSpec spec) {
        if (s.message == null || s.message.length() > 1200) {
            return false;
        }
        s.spec = spec;
        s.lastEntity = null;
        s.lastField = null;
        s.clauseEntity = null;
        s.lastIntent = null;
        s.previous = null;
        s.pendingLinks.clear();
        for (String sentence : sentences(s.message)) {
            RefineClause c = new RefineClause(sentence);
            if (c.text.split("\\s+").length < 4) {
                continue;
            }
            try {
                int before = s.changes.size();
                sentence(s, c);
                if (s.changes.size() > before) {
                    s.lastEntity = null;
                    s.lastField = null;
                }
            } catch (DraftException e) {
                // a part that names nothing is left out, as a person would let it pass
            }
        }
        return !s.changes.isEmpty();
    }

    /** Sentences, lines and list items ("a) … b) …"); a dash stays inside its sentence (values and asides). */
    static List<String> sentences(String message) {
        List<String> out = new ArrayList<>();
        for (String part : message.split("(?<=[.!?;])\\s+(?=\\S)|\\s*\\n+\\s*")) {
            String item = part.strip().replaceFirst("^(?:[a-z]\\)|\\d+[.)]|[-*•])\\s+", "");
            if (!item.isBlank()) {
                out.add(item);
            }
        }
        return out;
    }

    private static void sentence(RefineSession s, RefineClause c) {
        RefineMentions named = RefineMentions.of(s, c);
        RefineMatcher.FieldRef field = named(s, c, named);
        int at = -1;
        if (s.last() != null && c.match(POINTS_BACK).find()) {
            // "die muss bei jeder und jedem Ehrenamtlichen hinterlegt sein": "die" is what the sentence before named
            field = s.last();
        } else if (field == null && s.last() != null) {
            // "…; die muss bei jeder und jedem hinterlegt sein": the field of the sentence before
            field = s.last();
        } else if (field != null) {
            RefineMatcher.FieldRef f = field;
            at = named.fields.stream().filter(h -> h.field().key().equals(f.field().key())).mapToInt(RefineMentions.Hit::at).findFirst().orElse(-1);
        }
        if (field != null && GistEdits.rename(s, c, field)) {
            return;
        }
        RefineMatcher.FieldRef choice = field != null && field.field().type().hasOptions() ? field : byValue(named);
        if (choice != null && GistOptions.read(s, c, choice)) {
            // "on fait aussi des cartes de visite et des bâches, et ça n'apparaît pas dans les supports"
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
            // "nobody ever looks at the notes, they just clutter the screen, so you can get rid of them"
            s.removeField(field.entity().key(), field.field().key());
            return;
        }
        if (field != null && GistEdits.required(s, c, field)) {
            return;
        }
        if (GistPhrase.add(s, c, named)) {
            return;
        }
        RefineMatcher.FieldRef spoken = named(s, c, named);
        if (spoken != null) {
            // a sentence that only names a field: the next one may say what to do with it
            s.mention(spoken.entity().key(), spoken.field().key());
        }
    }

    /** The field the sentence names: a quoted label, else the first named whole (a link named like its kind only when alone). */
    static RefineMatcher.FieldRef named(RefineSession s, RefineClause c, RefineMentions named) {
        for (String q : RefineText.quoted(c.orig)) {
            for (var e : s.spec.entities()) {
                for (var f : e.fields()) {
                    if (RefineText.fold(f.label()).equals(RefineText.fold(q))) {
                        return new RefineMatcher.FieldRef(e, f, 1);
                    }
                }
            }
        }
        List<RefineMentions.Hit> full = named.fields.stream().filter(RefineMentions.Hit::full).filter(h -> h.score() >= 0.99).toList();
        for (RefineMentions.Hit h : full) {
            if (said(s, c, h.field().label()) && !(h.field().type() == FieldType.REFERENCE && full.size() > 1)) {
                // the label said word for word ("Ort") wins over one found inside a compound ("Einsatz" in "Einsatzbereiche")
                return new RefineMatcher.FieldRef(h.entity(), h.field(), h.score());
            }
        }
        RefineMentions.Hit hit = full.stream().filter(h -> !(h.field().type() == FieldType.REFERENCE && full.size() > 1)).findFirst()
                .orElse(full.isEmpty() ? null : full.get(0));
        if (hit != null) {
            return new RefineMatcher.FieldRef(hit.entity(), hit.field(), hit.score());
        }
        for (var e : s.spec.entities()) {
            for (var f : e.fields()) {
                if (said(s, c, f.label().replaceAll("\\s*\\([^)]*\\)", ""))) {
                    // "die Auflösung" for "Auflösung (dpi)", "Telefonnummer" for "Telefon" (German compounds)
                    return new RefineMatcher.FieldRef(e, f, 0.99);
                }
            }
        }
        return null;
    }

    /** Whether the sentence says these words as whole words (German: also as the start of a compound). */
    private static boolean said(RefineSession s, RefineClause c, String label) {
        String l = RefineText.fold(label).strip();
        if (l.length() < 3) {
            return false;
        }
        String tail = s.lang == Lang.DE && !l.contains(" ") && l.length() >= 5 ? "\\w*" : "";
        return java.util.regex.Pattern.compile("(?<![\\w-])" + java.util.regex.Pattern.quote(l) + tail + "(?![\\w-])").matcher(c.text).find();
    }

    /** The choice field whose values the sentence names ("besides normal and urgent there is also …"). */
    static RefineMatcher.FieldRef byValue(RefineMentions named) {
        var fields = named.options.stream().map(o -> o.entity().key() + "." + o.field().key()).distinct().toList();
        if (fields.size() != 1) {
            return null;
        }
        var o = named.options.get(0);
        return new RefineMatcher.FieldRef(o.entity(), o.field(), 1);
    }

    /** The kind a sentence puts new fields on: the one it names, when it names one only. */
    static String kind(RefineSession s, RefineMentions named) {
        Entity only = null;
        for (RefineMentions.Kind k : named.kinds) {
            if (only != null && !only.key().equals(k.entity().key())) {
                return null;
            }
            only = k.entity();
        }
        return only == null ? null : only.key();
    }
}
