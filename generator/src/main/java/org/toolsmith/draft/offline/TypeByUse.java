package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * English type changes said by what people need of a field rather than by a type's name: "only the
 * day matters, not the time" (a date), "we need the time as well" (a date and time), "a single line
 * is plenty" (short text). The field is the one the clause names besides the cue words, else the one
 * just spoken of, else the only field the change fits.
 */
final class TypeByUse {
    private record Cue(Pattern pattern, FieldType to, FieldType from) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(p("\\b(?:only|just)\\s+the\\s+(?:day|date)\\s+(?:matters|counts|is needed|is important)(?:,?\\s+not\\s+the\\s+time)?"
                    + "|\\b(?:we\\s+)?(?:only|just)\\s+(?:care\\s+about|need|want|use)\\s+the\\s+(?:day|date)\\b(?:,?\\s+not\\s+the\\s+time)?"
                    + "|\\bthe\\s+(?:day|date)\\s+(?:alone\\s+)?(?:is|would be)\\s+(?:enough|plenty|fine)\\b"
                    + "|\\b(?:we\\s+)?(?:don't|do not|never)\\s+(?:need|care about|use)\\s+the\\s+time\\b|\\bthe\\s+time\\s+(?:doesn't|does not|never)\\s+matters?\\b"
                    + "|\\bno\\s+need\\s+for\\s+the\\s+time\\b"), FieldType.DATE, FieldType.DATETIME),
            new Cue(p("\\b(?:we\\s+)?(?:also\\s+)?need\\s+the\\s+time\\s+(?:as well|too)\\b|\\bthe\\s+time\\s+(?:as well|too),?\\s+not\\s+(?:just|only)\\s+the\\s+day\\b"
                    + "|\\b(?:we\\s+)?need\\s+the\\s+time\\s+as\\s+well\\b|\\bthe\\s+time\\s+(?:of day\\s+)?matters\\b|\\bnot\\s+(?:just|only)\\s+the\\s+day\\b"
                    // "can the visit date include the time as well?", "the start should show the time too"
                    + "|\\b(?:include|have|show|hold|store|keep|take)\\s+the\\s+time(?:\\s+of\\s+day)?(?:\\s+as\\s+well|\\s+too)?\\b"), FieldType.DATETIME, FieldType.DATE),
            new Cue(p("\\b(?:a\\s+)?(?:single|one)\\s+line\\s+(?:is|would be)\\s+(?:plenty|enough|fine|sufficient)\\b"
                    + "|\\b(?:it\\s+)?(?:doesn't|does not|don't|do not)\\s+need\\s+to\\s+be\\s+(?:that\\s+|so\\s+)?(?:long|a long text|big)\\b"
                    + "|\\b(?:a\\s+)?short\\s+text\\s+(?:is|would be)\\s+(?:plenty|enough|fine)\\b"), FieldType.TEXT, FieldType.LONG_TEXT),
            new Cue(p("\\b(?:should|must|needs? to|has to|have to)\\s+(?:be\\s+allowed\\s+to\\s+|be\\s+able\\s+to\\s+)?be\\s+(?:a\\s+(?:lot|bit)\\s+|much\\s+)?longer\\b"
                    + "|\\b(?:a|one)\\s+(?:single\\s+)?(?:sentence|line)\\s+(?:isn't|is not|is never|won't be)\\s+(?:enough|sufficient)\\b"), FieldType.LONG_TEXT, FieldType.TEXT));

    private TypeByUse() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** Reads one such change from the clause; returns whether it changed (or found already right) a field. */
    static boolean read(RefineSession s, RefineClause c) {
        if (s.lang != Lang.EN) {
            return false;
        }
        for (Cue cue : CUES) {
            Matcher m = c.match(cue.pattern());
            if (!m.find()) {
                continue;
            }
            RefineClause rest = new RefineClause((c.sub(0, m.start()).orig + " " + c.from(m.end()).orig).strip());
            RefineMatcher.FieldRef f = named(s, rest, cue);
            if (f == null && s.last() != null && (s.last().field().type() == cue.from() || s.last().field().type() == cue.to())) {
                f = s.last();
            }
            if (f == null) {
                f = only(s, cue.from());
            }
            if (f == null || f.field().type() != cue.from() && f.field().type() != cue.to()) {
                continue;
            }
            if (f.field().type() == cue.to()) {
                s.already.add(f.field().label() + " is already " + cue.to().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
                s.mention(f.entity().key(), f.field().key());
                return true;
            }
            s.setType(f.entity().key(), f.field().key(), cue.to(), List.of(), null);
            return true;
        }
        return false;
    }

    private static RefineMatcher.FieldRef named(RefineSession s, RefineClause rest, Cue cue) {
        if (rest.isEmpty()) {
            return null;
        }
        RefineMentions.Hit best = null;
        for (RefineMentions.Hit h : RefineMentions.of(s, rest).fields) {
            if (h.full() && !h.weak() && (best == null || h.score() > best.score())) {
                best = h;
            }
        }
        return best == null ? null : new RefineMatcher.FieldRef(best.entity(), best.field(), best.score());
    }

    /** The only field of that type in the app, when there is just one. */
    private static RefineMatcher.FieldRef only(RefineSession s, FieldType type) {
        RefineMatcher.FieldRef found = null;
        for (Entity e : s.spec.entities()) {
            for (Field f : e.fields()) {
                if (f.type() == type) {
                    if (found != null) {
                        return null;
                    }
                    found = new RefineMatcher.FieldRef(e, f, 1);
                }
            }
        }
        return found;
    }
}
