package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asides inside a list of options: "(flammable, corrosive, toxic - a bottle can have several)",
 * "(Fußball, Turnen – manche sind in mehreren)". What follows the dash speaks of the options (how many
 * may apply, where they come from); it is no option itself. Also the plural mark of a label,
 * "subject(s)", "Sprache(n)", which says that several values may be picked.
 */
final class OptionAsides {
    private OptionAsides() {
    }

    /** A dash after at least one comma-separated option, then the aside to the end. */
    private static final Pattern DASH = Pattern.compile("^(.+?,.+?)\\s+[-–—]\\s+(.+)$");
    private static final Pattern DOTS = Pattern.compile("^(.+?,.+?)\\s*(?:\\.\\.\\.|…)\\s+(.+)$");
    private static final Pattern PLURAL_MARK = Pattern.compile("s|es|en|n|x|e");

    /**
     * The options part and the aside of a parenthesised list, or null when there is no aside: the aside
     * must be a clause or a remark of two words or more, not one more option.
     */
    static String[] split(String inner) {
        Matcher m = DASH.matcher(inner.strip());
        if (!m.matches()) {
            // "(rabbit, mouse, goat... those are all we have)"
            m = DOTS.matcher(inner.strip());
            if (!m.matches()) {
                return null;
            }
        }
        String aside = m.group(2).strip();
        if (aside.contains(",") || Text.wordCount(aside) < 2) {
            return null;
        }
        return new String[] {m.group(1).strip(), aside};
    }

    /** Whether the parentheses at {@code start} of {@code text} hold only the plural mark of the word before. */
    static boolean pluralMark(String text, int start, String inner) {
        return start > 1 && Character.isLetter(text.charAt(start - 1)) && PLURAL_MARK.matcher(inner.strip()).matches();
    }
}
