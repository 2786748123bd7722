package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no said as a box to tick: "a 'paid' tick", "une case « réalisée »", "una casilla «pagado»",
 * "ein Häkchen „erledigt“" name the field by the quoted word; "a yes/no for vegan" by what follows "for".
 */
final class TickLabels {
    private TickLabels() {
    }

    private static final String ARTICLE = "(?:(?:a|an|one|une|un|una|ein|eine|einen)\\s+)?";
    private static final String BOX = "(?:tick|ticks|tickbox|tick box|tick-box|checkbox|check box|check-box|box|flag|case|case a cocher|casilla|casilla de verificacion|hakchen|haken|kastchen|checkbox-feld)";
    private static final String QUOTE = "[\"'«»„“”‘’]";
    private static final Pattern BOX_FIRST = Pattern.compile("^" + ARTICLE + BOX + "\\s*(?:(?:for|pour|para|de|fur)\\s+)?" + QUOTE
            + "\\s*([^\"'«»„“”‘’]{2,40}?)\\s*" + QUOTE + "?$");
    private static final Pattern WORD_FIRST = Pattern.compile("^" + ARTICLE + QUOTE + "?\\s*([^\"'«»„“”‘’]{2,40}?)\\s*" + QUOTE + "\\s*" + BOX + "$");
    private static final Pattern FOR_LEAD = Pattern.compile("^" + ARTICLE + "(?:for|pour|para|fur)\\s+", Pattern.CASE_INSENSITIVE);

    /** The label a quoted box names ("Paid" for "a 'paid' tick"), or null when the item is no such box. */
    static String quoted(String text) {
        String f = Text.fold(text);
        if (f.length() != text.length()) {
            return null;
        }
        for (Pattern p : new Pattern[] {BOX_FIRST, WORD_FIRST}) {
            Matcher m = p.matcher(f);
            if (m.matches() && Text.wordCount(m.group(1)) <= 4) {
                return Text.capitalize(text.substring(m.start(1), m.end(1)).strip());
            }
        }
        return null;
    }

    /** "a for vegan" once "yes/no" is taken out: the field is "vegan". */
    static String afterYesNo(String text) {
        Matcher m = FOR_LEAD.matcher(Text.plainQuotes(text).strip());
        return m.lookingAt() && m.end() < text.strip().length() ? text.strip().substring(m.end()).strip() : text;
    }

    /** Whether the item says "yes/no" (its "no" is no negation). */
    static boolean yesNo(Lexicon lex, String text) {
        String f = Text.fold(text);
        return lex.yesNo.stream().anyMatch(y -> y.contains("/") && Text.containsPhrase(f, y));
    }
}
