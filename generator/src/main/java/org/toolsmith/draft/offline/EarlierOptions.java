package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * Options given where a thing is first mentioned, for a field named later by the same noun: "two routes
 * (North and South) … which route they take", "4 Gruppen (Käfer, Igel, Füchse) … Gruppe". Not when the
 * noun names a drafted kind: its examples are records, not options.
 */
final class EarlierOptions {
    private EarlierOptions() {
    }

    private static final Pattern NOUN_LIST = Pattern.compile("([\\p{L}][\\p{L}-]{2,})\\s*\\(([^()]{3,150})\\)");

    static void apply(Lexicon lex, String request, List<DraftEntity> entities) {
        Matcher m = NOUN_LIST.matcher(request);
        while (m.find()) {
            String noun = Text.fold(Inflector.singularWord(lex.lang, m.group(1)));
            if (entities.stream().anyMatch(e -> Text.fold(e.name).equals(noun)) || InlineExamples.aside(Text.fold(m.group(2)))) {
                continue;
            }
            String[] aside = OptionAsides.split(m.group(2));
            List<String> alts = Options.splitAlternatives(aside != null ? aside[0] : m.group(2), lex);
            if (alts.size() < 2 || alts.stream().anyMatch(a -> Text.wordCount(a) > 3 || FieldTyper.hasTypeWord(lex, Text.fold(a)))) {
                continue;
            }
            for (DraftEntity e : entities) {
                for (DraftField f : e.fields) {
                    if (f.type != FieldType.TEXT || !f.options.isEmpty() || f.suggested) {
                        continue;
                    }
                    List<String> words = Text.words(Text.fold(f.label));
                    if (words.size() == 1 && Text.fold(Inflector.singularWord(lex.lang, words.get(0))).equals(noun)) {
                        f.type = FieldType.CHOICE;
                        f.options(alts);
                    }
                }
            }
        }
    }

    /** Words that name a sort of thing: a bare field of that name asks the same as "Event type". */
    private static final java.util.Map<Lang, java.util.Set<String>> SORT_WORDS = java.util.Map.of(
            Lang.EN, java.util.Set.of("type", "kind", "sort", "category"),
            Lang.FR, java.util.Set.of("type", "sorte", "categorie"),
            Lang.ES, java.util.Set.of("tipo", "clase", "categoria"),
            Lang.DE, java.util.Set.of("typ", "art", "sorte", "kategorie"));

    /**
     * "library events (storytime, lego club, …) … with which kind of event it is": the kind already has its type with the
     * examples as options, so the bare "Kind" (or "Type") the question gave, with no options of its own, is the same field.
     */
    static void sameType(Lexicon lex, List<DraftEntity> entities) {
        java.util.Set<String> sorts = SORT_WORDS.get(lex.lang);
        for (DraftEntity e : entities) {
            boolean typed = e.fields.stream().anyMatch(f -> {
                List<String> words = Text.words(Text.fold(f.label));
                return f.type == FieldType.CHOICE && f.options.size() >= 2 && !f.suggested && words.size() >= 2 && sorts.contains(last(words));
            });
            if (typed) {
                e.fields.removeIf(f -> f.type == FieldType.CHOICE && f.options.size() <= 1 && Text.words(Text.fold(f.label)).size() == 1
                        && sorts.contains(Text.fold(f.label)));
            }
        }
    }

    private static String last(List<String> words) {
        return words.get(words.size() - 1);
    }
}
