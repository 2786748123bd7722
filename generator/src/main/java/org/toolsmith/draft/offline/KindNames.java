package org.toolsmith.draft.offline;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A record kind's name is a noun phrase: "Samples come" (from "samples come in with …"), "Players
 * belong", "Fridges in", "Reagents themselves" keep the noun before the verb, preposition, adverb or
 * pronoun the part-of-speech tagger finds after it ("Sample", "Player", "Fridge", "Reagent"); when
 * people act on a thing ("Users raise ticket") the thing is the record. Only for languages whose
 * lexicon has a {@code record_clauses} block; names of one word, or tagged as nouns throughout, are
 * left as they are.
 */
final class KindNames {
    private final Lexicon lex;
    private final NlpPipeline nlp;
    private final Predicate<String> people;

    KindNames(Lexicon lex, NlpPipeline nlp, Predicate<String> people) {
        this.lex = lex;
        this.nlp = nlp;
        this.people = people;
    }

    /** Names already cleaned in this request: a kind is looked up by name many times. */
    private final java.util.Map<String, String> seen = new java.util.HashMap<>();

    String clean(String name) {
        if (lex.recordClauses == null || name == null || !name.contains(" ")) {
            return name;
        }
        return seen.computeIfAbsent(name, this::cleaned);
    }

    private String cleaned(String name) {
        String[] tokens = name.strip().split("\\s+");
        Optional<String[]> tagged = nlp.tags(lex.lang, tokens);
        if (tagged.isEmpty()) {
            return name;
        }
        String[] tags = tagged.get();
        int cut = -1;
        for (int k = 1; k < tokens.length && cut < 0; k++) {
            final int i = k;
            // a gerund or participle is part of a compound ("job opening", "fuel filling")
            boolean verb = NlpPipeline.isVerb(tags[i]) && !tags[i].equals("VBG") && !tags[i].equals("VBN")
                    && lex.recordClauses.compoundEndings.stream().noneMatch(e -> tokens[i].toLowerCase(java.util.Locale.ROOT).endsWith(e));
            if (verb || lex.recordClauses.nameStops.contains(Text.fold(tokens[i])) || tags[i].startsWith("IN") || tags[i].startsWith("RB") || tags[i].startsWith("PRP")
                    || tags[i].equals("ADP") || tags[i].equals("ADV") || tags[i].equals("PRON")) {
                cut = i;
            }
        }
        if (cut < 0) {
            return name;
        }
        String subject = String.join(" ", Arrays.copyOfRange(tokens, 0, cut));
        String rest = cut + 1 < tokens.length ? String.join(" ", Arrays.copyOfRange(tokens, cut + 1, tokens.length)) : "";
        boolean objectNoun = !rest.isEmpty() && NlpPipeline.isNoun(tags[tags.length - 1]) && NlpPipeline.isVerb(tags[cut]);
        String kept = objectNoun && people.test(Text.fold(Inflector.singular(lex.lang, subject))) ? rest : subject;
        return Text.capitalize(Inflector.singular(lex.lang, kept));
    }
}
