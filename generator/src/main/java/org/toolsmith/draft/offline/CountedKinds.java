package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Things the request counts ("across our 5 buildings", "a restaurant group, 3 sites", "nos 12
 * salles", "unsere 4 Standorte") are a list of their own when a record also names one of them in a
 * field ("building", "which site"): the kind is made with a name, and the field becomes its
 * reference. A thing counted but never named by a field, or named but never counted, is left as it
 * was (guessing kinds from a passing mention costs more than it gains). Numbers are digits or the
 * lexicon's {@code number_words}; time units, measures and people are no such things.
 */
final class CountedKinds {
    private final Lexicon lex;
    private final Pattern counted;

    CountedKinds(Lexicon lex) {
        this.lex = lex;
        List<String> numbers = new ArrayList<>();
        numbers.add("\\d{1,3}");
        lex.numberWords.stream().filter(w -> !w.contains(" ")).forEach(w -> numbers.add(Pattern.quote(Text.fold(w))));
        this.counted = Pattern.compile("(?<![\\p{L}\\d.,])(?:" + String.join("|", numbers) + ")\\s+([\\p{L}-]{3,})\\b");
    }

    /** The singular (folded) nouns counted in the request. */
    List<String> nouns(String request) {
        List<String> out = new ArrayList<>();
        Matcher m = counted.matcher(Text.fold(request));
        while (m.find()) {
            String word = m.group(1);
            String one = Inflector.singularWord(lex.lang, word);
            if (one.equals(word) || m.group().startsWith("1 ") || HeadNames.TIME_UNITS.contains(one) || HeadNames.TIME_UNITS.contains(word) || lex.stopwords.contains(word) || lex.articles.contains(word)
                    || FieldTyper.type(lex, one) != FieldType.TEXT || lex.peopleKinds.contains(one)
                    || lex.peopleKinds.contains(word) || lex.generic.contains(one) || lex.tool.contains(one) || out.contains(one)) {
                continue;
            }
            out.add(one);
        }
        return out;
    }

    /** Adds a kind for each counted thing a field names and no kind is called, before references are resolved. */
    void addKinds(List<DraftEntity> entities, List<String> counted, KindLinker linker) {
        for (String noun : counted) {
            if (linker.find(entities, noun).isPresent()) {
                continue;
            }
            for (DraftEntity e : List.copyOf(entities)) {
                DraftField named = e.fields.stream().filter(f -> names(f, noun)).findFirst().orElse(null);
                if (named != null) {
                    DraftEntity kind = new DraftEntity(Text.capitalize(noun), named.because);
                    kind.add(new DraftField(lex.nameLabel, FieldType.TEXT, named.because));
                    entities.add(kind);
                    break;
                }
            }
        }
    }

    /** "Building", "Which site" for "site": a plain field whose one word is the counted thing. */
    private boolean names(DraftField f, String noun) {
        if (f.type == FieldType.REFERENCE && f.target != null) {
            // "which site": read as a link to a kind the request may not describe
            return Inflector.singularWord(lex.lang, Text.fold(f.target)).equals(noun);
        }
        if (f.label == null || f.type != FieldType.TEXT && f.type != FieldType.CHOICE || !f.options.isEmpty()) {
            return false;
        }
        List<String> w = new ArrayList<>(Text.words(Text.fold(f.label)));
        if (w.size() == 2 && (lex.pairWhich.contains(w.get(0)) || lex.whWords.contains(w.get(0)))) {
            w.remove(0);
        }
        return w.size() == 1 && Inflector.singularWord(lex.lang, w.get(0)).equals(noun);
    }
}
