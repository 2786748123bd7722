package org.toolsmith.draft.offline;

import java.util.EnumSet;
import org.toolsmith.spec.FieldType;

/**
 * "We have courses with a title, a language and a level", "Nous avons des cours avec …", "Tenemos
 * cursos con …", "Wir haben Kurse mit …": a collection the writer owns, named by a plural noun, and
 * its fields after the with-word. The words are the lexicon's ({@code we_have}, {@code with_words},
 * {@code several}, {@code owner_determiners}).
 */
final class WeHaveWith {
    private static final EnumSet<FieldType> KIND_TYPES = EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    private WeHaveWith() {
    }

    /** {kind, the list after the with-word}, or null when the sentence does not open so. */
    static String[] read(Lexicon lex, String s) {
        String f = Text.fold(s);
        if (f.length() != s.length()) {
            return null;
        }
        for (String wh : lex.weHave) {
            if (!f.startsWith(wh + " ")) {
                continue;
            }
            int at = wh.length() + 1;
            String[] w = s.substring(at).split(" ", -1);
            int i = 0;
            boolean several = false;
            // "des cours", "mehrere Standorte", "several sites"
            while (i < w.length - 1 && (lex.ownerDeterminers.contains(Text.fold(w[i])) && !lex.lang.equals(Lang.DE)
                    || lex.several.contains(Text.fold(w[i])))) {
                several |= lex.several.contains(Text.fold(w[i]));
                i++;
            }
            if (i + 2 >= w.length) {
                return null;
            }
            String noun = w[i];
            String fn = Text.fold(noun);
            String single = Inflector.singular(lex.lang, noun);
            if (noun.length() < 3 || !noun.chars().allMatch(c -> Character.isLetter(c) || c == '-')
                    || !lex.invertedSubjects.isEmpty() && !Character.isUpperCase(noun.charAt(0))
                    || lex.stopwords.contains(fn) || lex.articles.contains(fn) || lex.pronouns.contains(fn)
                    // "mehrere Lager": a plural like its singular is told by the count word
                    || Text.fold(single).equals(fn) && !several || !KIND_TYPES.contains(FieldTyper.type(lex, Text.fold(single)))
                    || !lex.withWords.contains(Text.fold(w[i + 1]))) {
                return null;
            }
            String list = String.join(" ", java.util.List.of(w).subList(i + 2, w.length));
            String fl = Text.fold(list);
            // "clients with an address, cleaners with a phone": several kinds, read elsewhere
            if (lex.withWords.stream().anyMatch(x -> fl.contains(" " + x + " "))) {
                return null;
            }
            return new String[] {Text.capitalize(single), list};
        }
        return null;
    }
}
