package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.Language;

/**
 * Sentences, tokens and part-of-speech tags for the four languages: OpenNLP models where a model
 * is published (sentences for en/fr/de, tokens for en/de, tags for en/fr/de), rules elsewhere.
 * Thread-safe: the models are shared, the tools made per call.
 */
final class NlpPipeline {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}¡¿\\d\"'])");
    private static final Pattern RULE_TOKENS = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private static final int MODEL_PIECE = 2_000;
    private static final Pattern LONG_RUN = Pattern.compile("\\S{200}");
    private final NlpModels models;

    NlpPipeline(NlpModels models) {
        this.models = models;
    }

    List<String> sentences(Lang lang, String paragraph) {
        var detector = models.sentences(lang);
        List<String> out = new ArrayList<>();
        // clear ends of sentence first; the model then looks inside each piece of a sane size (its
        // search for white space grows with the square of a piece that has none)
        for (String piece : SENTENCE_END.split(paragraph.strip())) {
            if (detector.isPresent() && piece.length() <= MODEL_PIECE && !LONG_RUN.matcher(piece).find()) {
                for (String s : detector.get().sentDetect(piece)) {
                    out.add(s.strip());
                }
            } else {
                out.add(piece.strip());
            }
        }
        out.removeIf(String::isBlank);
        out = LowerCaseStops.split(out);
        // "ready?, badge?" or "e.g. this": a piece that starts with a comma or a small letter goes on
        List<String> merged = new ArrayList<>();
        for (String s : out) {
            String t = s.strip();
            if (!merged.isEmpty() && (t.startsWith(",") || t.startsWith(";") || Character.isLowerCase(t.codePointAt(0)))
                    && !merged.get(merged.size() - 1).endsWith(".")
                    || !merged.isEmpty() && endsWithMarkThenComma(merged.get(merged.size() - 1))
                    // "(e.g. 1.5)", "(p. ej. 2,5)": no sentence ends inside parentheses
                    || !merged.isEmpty() && openParens(merged.get(merged.size() - 1)) && t.length() < 200
                    || !merged.isEmpty() && AbbreviationStops.endsWithOne(lang, merged.get(merged.size() - 1)) && !LowerCaseStops.opensEach(t)) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + " " + t);
            } else {
                merged.add(t);
            }
        }
        return merged;
    }

    private static boolean openParens(String s) {
        return s.chars().filter(c -> c == '(').count() > s.chars().filter(c -> c == ')').count();
    }

    private static boolean endsWithMarkThenComma(String s) {
        int n = s.length();
        return n >= 2 && (s.charAt(n - 1) == ',' || s.charAt(n - 1) == ';') && (s.charAt(n - 2) == '?' || s.charAt(n - 2) == '!');
    }

    String[] tokens(Lang lang, String sentence) {
        var tok = models.tokenizer(lang);
        if (tok.isPresent()) {
            return tok.get().tokenize(sentence);
        }
        List<String> out = new ArrayList<>();
        var m = RULE_TOKENS.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out.toArray(String[]::new);
    }

    /** Universal part-of-speech tags (VERB, NOUN, ...), or empty when there is no tagger. */
    Optional<String[]> tags(Lang lang, String[] tokens) {
        return models.tagger(lang).map(t -> acronymsAsNames(tokens, t.tag(tokens)));
    }

    /** Tags an acronym can be given by mistake: "VAT amount" is tagged ADP NOUN, "MOT due" AUX ADJ. */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("ADP", "AUX", "SCONJ", "CCONJ", "DET", "PRON", "PART", "VERB");
    /** Small words some people write in capitals for stress ("OR", "NOT"), which stay what they are. */
    private static final java.util.Set<String> SHOUTED = java.util.Set.of("or", "and", "if", "the", "to", "of", "in", "on", "at", "is",
            "by", "for", "with", "not", "no", "ok", "et", "ou", "de", "la", "le", "les", "du", "des", "el", "los", "las", "und", "oder",
            "der", "die", "das", "nicht", "ist", "es", "un", "une", "una", "ein", "eine");

    /**
     * An acronym of two to six capitals ("VAT", "MOT", "RMA", "TVA") names a thing: the models, trained on running text,
     * tag some of them as prepositions or verbs, and a field "VAT amount" then read as "amount" after a preposition.
     */
    static String[] acronymsAsNames(String[] tokens, String[] tags) {
        for (int i = 0; i < tokens.length && i < tags.length; i++) {
            String t = tokens[i];
            if (t.length() >= 2 && t.length() <= 6 && FUNCTION_TAGS.contains(tags[i]) && t.chars().allMatch(Character::isUpperCase)
                    && !SHOUTED.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                tags[i] = "PROPN";
            }
        }
        return tags;
    }

    /** The language the model sees, when it is one of ours and reasonably sure. */
    Optional<Lang> detect(String text) {
        return models.languageDetector().flatMap(d -> {
            Language best = d.predictLanguage(text);
            Lang l = Lang.fromIso3(best.getLang());
            return l != null && best.getConfidence() > 0.3 ? Optional.of(l) : Optional.empty();
        });
    }

    static boolean isVerb(String tag) {
        return tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("VB") || tag.startsWith("MD");
    }

    static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.startsWith("NN");
    }
}
