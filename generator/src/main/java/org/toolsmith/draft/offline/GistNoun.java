package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The noun phrase that names a thing asked for ({@link GistPhrase}): the words after a cue without who,
 * modals and verbs of writing down in front, then in English {@link FieldPhrase}, in French and German the
 * first run of determiners, adjectives and nouns from the part-of-speech tags (with "de / du / vom / von"
 * joins), in Spanish (no tagger) the content words up to a function word or a verb form. A question
 * ("whether …", "who the reviewer is") is kept for the describer.
 */
final class GistNoun {
    private static final NlpPipeline NLP = new NlpPipeline(NlpModels.SHARED);
    /** Words between the cue and the thing: who, modals, verbs of writing it down, "somewhere to". */
    private static final Set<String> SKIP = new java.util.HashSet<>(java.util.List.of(
            "to", "for", "of", "if", "that", "whether", "we", "i", "you", "they", "people", "could", "can", "would", "also", "just", "still", "really",
            "be", "able", "there", "was", "were", "is", "are", "had", "has", "have", "get", "show", "showed", "shows", "record", "note", "write",
            "down", "see", "say", "enter", "put", "store", "log", "keep", "track", "capture", "hold", "include", "add", "somewhere", "way", "us",
            "me", "them", "form", "the form", "it", "know", "mark", "tick", "actually", "ask", "asking", "about", "a", "field", "place", "box", "space",
            "completely", "entirely", "totally", "altogether", "anywhere", "currently", "right", "now", "here", "great", "nice", "good", "useful", "handy", "helpful", "help", "big", "lovely", "brilliant", "super", "ideal", "set", "up",
            "de", "d", "le", "plus", "vraiment", "bien", "pouvoir", "avoir", "noter", "indiquer", "saisir", "enregistrer", "ajouter", "voir",
            "mettre", "renseigner", "suivre", "garder", "c", "est", "absolument", "aussi", "egalement", "encore", "surtout", "pratique",
            "utile", "top", "mieux", "genial", "qu", "que", "on", "nous", "se", "puisse", "pourrait", "puissions", "quelque", "part", "moyen",
            "pour", "un", "une", "champ", "endroit", "case", "sitio", "campo", "hueco", "para", "poder", "anotar", "apuntar", "registrar",
            "poner", "guardar", "tener", "ver", "pudiera", "pudieramos", "tambien", "ademas", "muy", "bien", "genial", "util", "donde", "manera",
            "forma", "modo", "de", "es", "dass", "man", "wir", "uns", "auch", "noch", "wirklich", "einfach", "gern", "gerne", "mal", "bitte",
            "wenn", "leider", "hier", "dann", "irgendwo", "eintragen", "speichern", "erfassen", "sehen", "notieren", "haben", "festhalten",
            "saber", "savoir", "wissen", "know", "zu", "ein", "feld", "fur", "als", "muy", "super", "toll", "gut", "praktisch", "schon", "hilfreich", "sinnvoll", "wichtig", "lo", "mas",
            "el", "y", "la", "und", "marcar", "indicar", "senalar", "cocher", "marquer", "ankreuzen", "markieren", "vermerken", "angeben"));
    private static final Set<String> WHETHER = Set.of("whether", "if", "si", "ob");
    /** "if we could also …", "ob man …", "si on pouvait …": the wish, not a question about the record. */
    private static final Pattern WE_COULD = p("^\\s*(?:we|you|they|i|people|there|man|wir|on|nous|se|podemos|pudieramos|podriamos)\\b\\s*(?:could|can|would|might|was|were|is|are|had|konnte\\w*|kann|pouvait|pourrait|puede|pudiera)?\\b");
    private static final Pattern LEAD_TOKEN = Pattern.compile("[\\p{L}]+'|[\\p{L}\\d]+|[^\\s]");
    private static final Pattern WHO_IS = p("^(?:who|which)\\s+(?:the|their|our|its)\\s+((?:[\\w-]+\\s+){0,2}?[\\w-]+)\\s+(?:is|are|was|were|will be)\\b");
    static final Pattern QUESTION = p("^(?:(?:on|at|in|by|a|en|an|am|bis) (?:what|which|quelle|quel|que|welchem|welcher|wann)\\b|which|who|whether|when|how many|how much|how long|qui|si|quand|combien|quien|si|cuando|cuant[oa]s?|wer|ob|wann|wie viele|wie viel)\\b");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "le", "les", "l'", "des", "du", "der", "die", "das");
    private static final Set<String> FUNCTION = RefineText.set("que", "lo", "se", "y", "o", "u", "e", "pero", "porque", "para", "en", "con", "por", "cuando", "si", "a", "al",
            "como", "sin", "sobre", "entre", "hasta", "desde", "ya", "no", "mas", "muy", "le", "les", "me", "nos", "es", "son", "esta", "estan", "hay", "su", "sus",
            "tambien", "siempre", "nunca", "ahora", "aqui", "alli", "cada", "todo", "toda", "todos", "todas", "este", "esta", "ese", "esa", "eso", "esto");
    private static final Set<String> NP_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> OF = Set.of("de", "d'", "du", "des", "del", "de la", "vom", "von", "der", "of", "a", "al");

    private GistNoun() {
    }

    /** The noun phrase that names the thing, or null. */
    static RefineClause thing(RefineSession s, RefineClause words) {
        if (words.text.matches("^(?:que|qu'|dass)\\s+(?!(?:el|la|los|las|le|les|un|une|una|der|die|das|ein|eine)\\b).*")) {
            // "necesitaríamos que aparezca como tipo": a clause about something else, not a thing
            return null;
        }
        RefineClause left = words.match(QUESTION).find() ? words : skip(words);
        if (left.isEmpty()) {
            return null;
        }
        Matcher who = left.match(WHO_IS);
        if (who.find()) {
            // "who the reviewer is" → the reviewer
            return left.group(who, 1);
        }
        if (left.match(QUESTION).find()) {
            return left;
        }
        if (s.lang == Lang.EN) {
            return FieldPhrase.of(s, left);
        }
        return nounPhrase(s, left);
    }

    /** The words after the cue, without who, modals and verbs of writing down in front. */
    static RefineClause skip(RefineClause c) {
        Matcher w = LEAD_TOKEN.matcher(c.text);
        String before = "";
        while (w.find()) {
            String t = w.group();
            boolean asks = !t.equals("if") || before.matches("know|ask|asking|asked|see|check|wondering|tell");
            before = t;
            if (WHETHER.contains(t) && asks && !c.from(w.end()).match(WE_COULD).find()) {
                // "whether it has its own water butt": the question names the thing
                return c.from(w.start());
            }
            if (!t.equals(",") && !SKIP.contains(t.replaceAll("'$", "")) && !t.matches("[a-z]'")) {
                return c.from(w.start());
            }
        }
        return new RefineClause("");
    }    /** French, Spanish, German: the first run of determiners, adjectives and nouns, with "de / vom / del" joins. */
    static RefineClause nounPhrase(RefineSession s, RefineClause words) {
        String[] tokens = NLP.tokens(s.lang, words.orig);
        var tagged = NLP.tags(s.lang, tokens);
        if (tokens.length == 0) {
            return null;
        }
        if (tagged.isEmpty()) {
            return untagged(tokens);
        }
        String[] tags = tagged.get();
        int i = 0;
        while (i < tokens.length && !NP_TAGS.contains(tags[i])) {
            i++;
        }
        int end = i;
        boolean noun = false;
        while (end < tokens.length) {
            String t = tags[end];
            String w = fold(tokens[end]);
            if (NP_TAGS.contains(t)) {
                noun |= t.equals("NOUN") || t.equals("PROPN");
                end++;
            } else if (noun && (OF.contains(w) || t.equals("ADP") && w.matches("de|del|vom|von|des|der|d'")) && end + 1 < tokens.length
                    && (NP_TAGS.contains(tags[end + 1]) || OF.contains(fold(tokens[end + 1])))) {
                end++;
            } else {
                break;
            }
        }
        if (!noun) {
            return null;
        }
        while (end > i && (tags[end - 1].equals("DET") || tags[end - 1].equals("ADP"))) {
            end--;
        }
        return new RefineClause(join(tokens, i, end));
    }
    /** Without a tagger (Spanish): content words joined by "de / del", up to a function word or a verb form. */
    private static RefineClause untagged(String[] tokens) {
        int i = 0;
        while (i < tokens.length && (ARTICLES.contains(fold(tokens[i])) || !Character.isLetter(tokens[i].charAt(0)))) {
            i++;
        }
        int end = i;
        int content = 0;
        while (end < tokens.length && content < 4) {
            String w = fold(tokens[end]);
            if (!Character.isLetter(tokens[end].charAt(0)) || FUNCTION.contains(w) || content > 0 && w.matches(".{3,}(?:ar|ir|ando|iendo|ado|ada)")) {
                break;
            }
            if (OF.contains(w)) {
                if (content == 0 || end + 1 >= tokens.length) {
                    break;
                }
                int k = end + 1;
                while (k < tokens.length && ARTICLES.contains(fold(tokens[k]))) {
                    k++;
                }
                if (k >= tokens.length || FUNCTION.contains(fold(tokens[k])) || OF.contains(fold(tokens[k]))) {
                    break;
                }
                end = k;
                continue;
            }
            content++;
            end++;
        }
        return content == 0 ? null : new RefineClause(join(tokens, i, end));
    }
    private static String join(String[] tokens, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            boolean glue = out.length() > 0 && (out.charAt(out.length() - 1) == '\'' || tokens[k].startsWith("'") || tokens[k].equals("-")
                    || out.charAt(out.length() - 1) == '-');
            if (out.length() > 0 && !glue) {
                out.append(' ');
            }
            out.append(tokens[k]);
        }
        return out.toString();
    }
    private static String fold(String w) {
        return RefineText.fold(w).toLowerCase(Locale.ROOT);
    }
}
