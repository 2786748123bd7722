package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind defined with an equals sign, as people jot it down: "audit = name + year + lead auditor",
 * "machine = serial number, model, location". Rewritten into the colon list the reader already
 * knows ("audit: name, year, lead auditor"), in every language, since the signs carry no words.
 * The name before the sign is one to three words at the start of a sentence (no digits, so
 * "x = 5" and "line 1 = packaging" stay as they are), and what follows must be a list: two items
 * or more, joined by "+" or ",". A "+" inside a sentence without that shape ("Straße + Flurstück")
 * is left alone.
 */
final class KindDefinitions {
    private static final Pattern DEFINITION = Pattern.compile(
            "(^|[.!?;]\\s+|\\n\\s*)(\\p{L}[\\p{L}'’\\-]*(?: \\p{L}[\\p{L}'’\\-]*){0,2}) ?= ?([^=.!?;\\n+,]+(?:(?: ?\\+ ?|, ?)[^=.!?;\\n+,]+)+)(?=[.!?;]|\\n|$)");
    /** Every item holds a letter: "total = 3 + 4" is arithmetic. */
    private static final Pattern ITEM_WITH_LETTER = Pattern.compile("[^+,]*\\p{L}[^+,]*(?:[+,][^+,]*\\p{L}[^+,]*)+");
    private static final Pattern PLUS = Pattern.compile(" ?\\+ ?");

    private KindDefinitions() {
    }

    /** The request with each "X = a + b + c" definition written as "X: a, b, c". */
    static String asLists(String text) {
        if (text.indexOf('=') < 0) {
            return text;
        }
        Matcher m = DEFINITION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!ITEM_WITH_LETTER.matcher(m.group(3)).matches()) {
                continue;
            }
            String items = PLUS.matcher(m.group(3).strip()).replaceAll(", ");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + ": " + items));
        }
        m.appendTail(out);
        return out.toString();
    }
}
