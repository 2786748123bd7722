package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "parts used - brakes, chain, tyres - usually more than one", "les allergies : arachide, gluten — un
 * enfant peut en avoir plusieurs", "die Piktogramme: A, B, C – ein Stoff hat oft mehrere": a remark
 * after a list of values saying that several apply at once. The remark is not a value; the field is a
 * multi-select. Said in a short tail after a dash, a comma or a full stop, in four languages.
 */
final class SeveralValues {
    private static final Pattern TAIL = Pattern.compile("(?iu)\\s*(?:[,;–—]|\\s-|\\.)\\s*((?:[^,;–—.]{0,40}?\\s)?(?:several|more than one|multiple|many at once|plusieurs|varios|varias|mehrere|mehr als (?:ein|eine|einen))\\b[^,;–—.]{0,25})[.!]?\\s*$");

    private SeveralValues() {
    }

    /** The phrase without a trailing "several apply" remark, or null when it has none. */
    static String cut(String phrase) {
        Matcher m = TAIL.matcher(phrase);
        if (!m.find() || m.start() == 0) {
            return null;
        }
        String before = phrase.substring(0, m.start());
        // only after a list of values: two commas, or a comma and "or"/"and"
        long commas = before.chars().filter(c -> c == ',').count();
        return commas >= 1 && before.matches("(?s).*[:(–—-].*") || commas >= 2 ? before : null;
    }

    private static final Pattern REMARK = Pattern.compile("^(?:[^,;]{0,40}\\s)?(?:several|more than one|multiple|plusieurs|varios|varias|mehrere|mehr als (?:ein|eine|einen))\\b[^,;]{0,25}?[.!]?$");

    /** Whether the clause only said that several values of the choice field just added apply at once (and it was made a multi-select). */
    static boolean after(RefineSession s, RefineClause c) {
        RefineMatcher.FieldRef last = s.last();
        if (last == null || last.field().type() != org.toolsmith.spec.FieldType.CHOICE || c.text.split("\\s+").length > 10
                || s.originalFields.contains(last.entity().key() + "." + last.field().key()) || !c.match(REMARK).find()) {
            return false;
        }
        s.setType(last.entity().key(), last.field().key(), org.toolsmith.spec.FieldType.MULTI_CHOICE, last.field().options(), null);
        return true;
    }
}
