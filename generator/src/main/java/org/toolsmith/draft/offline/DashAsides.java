package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of fields set between two dashes right after the thing it describes: "the speakers - name, company, bio,
 * email - and the talks: …", "les intervenants – nom, société, email – et …", "los ponentes - nombre, empresa, email -
 * y …", "die Referenten - Name, Firma, E-Mail - und …". Written so, it is the bracket the readers already take
 * ("the speakers (name, company, bio, email) and …"). Only a run of at least three short items (commas, or commas and
 * a last and-word, none opening with a pronoun) is one; an aside in words ("the vans - we have twelve, all diesel - need …") keeps its dashes.
 */
final class DashAsides {
    /** A spaced dash after a word, up to five words a part, then the closing spaced dash, all within one sentence. */
    private static final Pattern ASIDE = Pattern.compile("(?<=\\p{L}) [-\u2013\u2014] ((?:(?! [-\u2013\u2014] )[^.!?:;()\\n]){3,160}?) [-\u2013\u2014](?=\\s)");
    private static final Pattern PARTS = Pattern.compile("\\s*,\\s*|\\s+(?:and|et|y|e|und|or|ou|o|oder)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PART_WORDS = 4;

    private DashAsides() {
    }

    static String rewrite(Lexicon lex, String text) {
        if (text == null || text.indexOf(" - ") < 0 && text.indexOf(" \u2013 ") < 0 && text.indexOf(" \u2014 ") < 0) {
            return text;
        }
        Matcher m = ASIDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1).strip();
            String[] parts = PARTS.split(inner);
            boolean list = inner.indexOf(',') > 0 && parts.length >= 3;
            for (String p : parts) {
                list &= !p.isBlank() && Text.wordCount(p) <= MAX_PART_WORDS && !lex.pronouns.contains(Text.fold(p.split(" ")[0]));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(list ? " (" + inner + ")" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
