package org.toolsmith.draft.offline;

import java.util.List;

/**
 * A yes/no question in a list, "do they need catering?", "is it urgent?", "has it been paid?": the field is
 * what is asked about ("Catering", "Urgent", "Paid"), not the auxiliary that opens the question ("Do").
 */
final class AskedYesNo {
    private AskedYesNo() {
    }

    /** The label the question asks about, or the question itself when it opens with no auxiliary and subject. */
    static String label(Lexicon lex, String question) {
        String[] words = question.strip().split("\\s+");
        if (words.length < 3 || !lex.questionAux.contains(Text.fold(words[0])) || !lex.subjectWords.contains(Text.fold(words[1]))) {
            return question;
        }
        int k = 1;
        while (k < words.length - 1 && (lex.subjectWords.contains(Text.fold(words[k])) || lex.articles.contains(Text.fold(words[k]))
                || lex.generic.contains(Text.fold(words[k])) || lex.has.contains(Text.fold(words[k])))) {
            k++;
        }
        List<String> rest = List.of(words).subList(k, words.length);
        return String.join(" ", rest);
    }
}
