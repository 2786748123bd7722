package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind put first in its sentence and asked for as a list of its own, its details after: "Honey harvests I would
 * also like to record separately: the hive, the date and the kilos", "riders are freelancers so we need a list of them
 * w/ name, phone", "Los invitados los queremos guardar aparte (nombre, cargo, teléfono)", "Die liefernden Bibliotheken
 * bitte als eigene Liste (Name, Ort, Sigel)", "Les adhérents, on a déjà une liste avec nom, téléphone". The sentence
 * becomes "Noun: details." Only when the sentence opens with the noun (an article before it at most), a marker of a
 * separate list follows within twelve words, and the details come right after the marker, in brackets, after a colon
 * or after a with-word.
 */
final class SeparateLists {
    private static final String MARKER = "(?:separately|aparte|por separado|s[ée]par[ée]ment|[àa] part|separat|gesondert"
            + "|(?:their|its|our) own list|(?:a|as a|an?) separate list|(?:eigene[nr]?|extra|separate) liste"
            + "|lista (?:aparte|propia|separada)|liste (?:[àa] part|s[ée]par[ée]e)"
            + "|(?:a |une |una |eine )?list[ae]? (?:of them|d'entre eux|de ellos|de ellas|von ihnen)"
            + "|(?:a|une|una|eine) list[ae]?(?= *(?:with\\b|w/|avec\\b|con\\b|mit\\b|\\()))";
    private static final Pattern SENTENCE = Pattern.compile("(?iu)(?<=^|[.!?\\n]\\s{0,3})([^\\s.!?:()][^.!?\\n:()]{0,140}?)\\b" + MARKER
            + "[ \\t]*(?:\\b(?:too|also|aussi|también|auch)\\b)?[ \\t,]*(?:\\(([^()\\n]{3,300})\\)|:([^.!?\\n]{3,300})|(?:with\\b|w/|avec\\b|con\\b|mit\\b)([^.!?\\n]{3,300}))");

    private SeparateLists() {
    }

    static String rewrite(Lexicon lex, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        Matcher m = SENTENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String noun = opening(lex, vocab, m.group(1));
            String items = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            if (noun == null || Text.wordCount(m.group(1)) > 12 || !BracketKinds.fieldList(lex, vocab, items.replace(" and ", ", ")
                    .replace(" et ", ", ").replace(" y ", ", ").replace(" und ", ", "))) {
                continue;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(noun + ": " + items.strip()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The noun the sentence opens with: two words or one after an optional article, no function word. */
    private static String opening(Lexicon lex, FieldVocabulary vocab, String head) {
        String[] w = head.strip().split("[\\s,]+");
        int start = w.length > 1 && lex.articles.contains(Text.fold(w[0])) ? 1 : 0;
        for (int n = 2; n >= 1; n--) {
            if (start + n > w.length) {
                continue;
            }
            String np = String.join(" ", List.of(w).subList(start, start + n));
            if (np.matches("[\\p{L}'’-]+(?: [\\p{L}'’-]+)?") && BracketKinds.kindNoun(lex, vocab, np, true)) {
                return np;
            }
        }
        return null;
    }
}
