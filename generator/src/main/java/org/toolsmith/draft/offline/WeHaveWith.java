package org.toolsmith.draft.offline;

import java.util.EnumSet;
import java.util.List;
import org.toolsmith.spec.FieldType;

/**
 * "We have courses with a title, a language and a level", "Nous avons des cours avec …", "Tenemos
 * cursos con …", "Wir haben Kurse mit …": a collection the writer owns, named by a plural noun, and
 * its fields after the with-word. The words are the lexicon's ({@code we_have}, {@code with_words},
 * {@code several}, {@code owner_determiners}).
 */
final class WeHaveWith {
    private static final EnumSet<FieldType> KIND_TYPES = EnumSet.of(FieldType.TEXT, FieldType.PERSON);

    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}']");
    private static final java.util.regex.Pattern END_COMMA = java.util.regex.Pattern.compile("[,;]+$");

    private WeHaveWith() {
    }

    /** {kind, the list after the with-word}, or null when the sentence does not open so. */
    static String[] read(Lexicon lex, String said) {
        // spaces squashed first: fold collapses them, and a double space must not fail the length check
        String s = Text.squash(said);
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
            return kindAndList(lex, single, String.join(" ", java.util.List.of(w).subList(i + 2, w.length)));
        }
        return null;
    }

    /**
     * What someone wishes for, when it is a collection and its fields: "a list of caterers with their office number and
     * our client code", "the mechanics, with their name, phone and hourly rate" (after "we also need"). {kind, the list
     * after the with-word}, or null: the noun must be a plural (or follow "a list of") naming no typed field ("the dates
     * with times", "the totals with VAT" stay fields).
     */
    static String[] object(Lexicon lex, String said) {
        String np = Text.squash(said);
        String f = Text.fold(np);
        if (f.length() != np.length()) {
            return null;
        }
        String[] w = np.strip().split(" ", -1);
        int i = 0;
        boolean listed = false;
        List<String> lo = Text.words(lex.listOf);
        while (i < w.length - 1) {
            String x = NOT_LETTER.matcher(Text.fold(w[i])).replaceAll("");
            if (lex.articles.contains(x) || lex.ownerDeterminers.contains(x)) {
                i++;
            } else if (!lo.isEmpty() && i + lo.size() <= w.length
                    && Text.words(Text.fold(String.join(" ", List.of(w).subList(i, i + lo.size())))).equals(lo)) {
                listed = true;
                i += lo.size();
            } else {
                break;
            }
        }
        int with = -1;
        for (int k = i + 1; k < w.length - 1 && k <= i + 3 && with < 0; k++) {
            if (lex.withWords.contains(Text.fold(w[k]))) {
                with = k;
            }
        }
        if (with < 0) {
            return null;
        }
        String noun = END_COMMA.matcher(String.join(" ", List.of(w).subList(i, with))).replaceAll("").strip();
        List<String> nw = Text.words(Text.fold(noun));
        if (nw.isEmpty() || !noun.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == ' ')) {
            return null;
        }
        String head = nw.get(nw.size() - 1);
        String single = Inflector.singular(lex.lang, noun);
        FieldVocabulary vocab = FieldVocabulary.of(lex);
        if (head.length() < 3 || nw.stream().anyMatch(vocab.function::contains) || lex.generic.contains(Inflector.singularWord(lex.lang, head))
                || !listed && Inflector.singularWord(lex.lang, head).equals(head)
                || !KIND_TYPES.contains(FieldTyper.type(lex, Text.fold(single))) || lex.identifier.contains(Inflector.singularWord(lex.lang, head))
                || Inflector.singularWord(lex.lang, head).equals(Text.fold(lex.nameLabel))) {
            return null;
        }
        String list = String.join(" ", List.of(w).subList(with + 1, w.length)).strip();
        List<String> lw = Text.words(Text.fold(list));
        if (!lw.isEmpty() && lex.possessives.contains(lw.get(0))) {
            // "with their depot phone": the owner's own details
            list = list.substring(list.indexOf(' ') + 1).strip();
        }
        return kindAndList(lex, single, list);
    }

    /** {kind, list}, or null when a with-word comes again in the list ("clients with an address, cleaners with a phone": several kinds, read elsewhere). */
    private static String[] kindAndList(Lexicon lex, String single, String list) {
        String fl = Text.fold(list);
        if (lex.withWords.stream().anyMatch(x -> fl.contains(" " + x + " "))) {
            return null;
        }
        return new String[] {Text.capitalize(single), list};
    }
}
