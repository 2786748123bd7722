package org.toolsmith.draft.offline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether words about to become a new field's label are a remark of the chat rather than a thing:
 * a sentence with its own subject and verb ("the front desk knows", "les parents le demandent
 * souvent", "der Vorstand will Zahlen sehen", "contabilidad siempre pregunta") or a reason or purpose
 * ("wegen dem Lastschrifteinzug", "c'est pour le projet", "para las incidencias"). Such words come
 * after the request in chatty messages and were added as fields nobody asked for. Read with the
 * OpenNLP tags in English, French and German, with verb endings and clitics in Spanish.
 */
final class ChatterClause {
    private static final NlpPipeline NLP = new NlpPipeline(NlpModels.SHARED);

    /** Words a field's name never starts with: reasons, purposes, pointers to the sentence before. */
    private static final Set<String> REASON_START = Set.of(
            "for", "because", "since", "so", "that's", "it's", "otherwise",
            "pour", "car", "parce", "puisque", "c'est", "c'", "ça", "cela", "sinon", "afin",
            "para", "porque", "que", "eso", "esto",
            "wegen", "weil", "damit", "denn", "für", "fur", "zwecks", "um");
    /** Subject pronouns: with a verb after them the words are a sentence. */
    private static final Set<String> SUBJECTS = Set.of(
            "i", "we", "you", "he", "she", "it", "they", "people", "everyone", "nobody", "someone",
            "je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "c'", "ça", "ca", "cela",
            "yo", "nosotros", "ellos", "ellas", "usted", "ustedes", "alguien", "nadie", "todos",
            "ich", "du", "er", "sie", "es", "wir", "ihr", "man", "jemand", "niemand", "alle", "keiner");
    /** Spanish object clitics: a verb follows them. */
    private static final Set<String> ES_CLITICS = Set.of("lo", "le", "les", "me", "nos", "se", "te");
    /** "la/las/los" are articles too: a clitic only after words that come before a verb ("ya la tenemos"). */
    private static final Set<String> ES_ARTICLE_CLITICS = Set.of("la", "las", "los");
    private static final Set<String> ES_BEFORE_VERB = Set.of("ya", "no", "siempre", "nunca", "que", "tambien", "también", "aun", "aún", "todavia", "todavía");
    /** Spanish finite verbs common in remarks. */
    private static final Set<String> ES_FINITE = Set.of("es", "son", "está", "están", "estan", "hay", "tiene", "tienen",
            "quiere", "quieren", "pide", "piden", "preguntan", "necesita", "necesitan", "sirve", "sirven", "va", "van",
            "hacen", "dice", "dicen", "influye", "suele", "suelen", "pueden", "deben",
            "estamos", "tenemos", "queremos", "necesitamos", "hacemos", "usamos", "buscamos", "olvida", "olvidan");
    /** "los alumnos la preguntan": after a noun, "la/las/los" before a verb of the plural is a clitic. */
    private static final Pattern ES_PLURAL_VERB = Pattern.compile(".{3,}(?:an|en|amos|emos|imos)$");
    private static final Set<String> ES_PREPOSITIONS = Set.of("de", "del", "a", "al", "en", "con", "por", "para", "sin", "sobre", "entre", "desde", "hasta",
            "y", "o", "e", "u", "todas", "todos", "unas", "unos");
    private static final Pattern ES_VERB_END = Pattern.compile(".{2,}(?:a|an|e|en|o|amos|emos|imos|aba|aban|ia|ían|ian|ía)$");
    /** French: a noun, an object clitic and a finite verb ("les parents le demandent"), never after a preposition ("de l'équipement"). */
    private static final Pattern FR_CLITIC_VERB = Pattern.compile("(?<!\\b(?:de|du|des|a|au|aux|dans|sur|pour|par|avec|sans|en|entre|chez|vers))\\s+"
            + "(?:le|la|les|l'|lui|leur|en|y|nous|vous|se|s')\\s*\\p{L}{2,}(?:ent|ons|ez|ait|aient)\\b");
    /** English verbs of remarks, in the forms a sentence uses ("the front desk knows", "people describe things"); nouns such as "needs" or "visits" are not among them. */
    private static final Set<String> EN_FINITE = Set.of("knows", "know", "wants", "says", "say", "asks", "ask", "asked", "thinks", "think", "keeps", "keep",
            "goes", "go", "comes", "does", "do", "gets", "describe", "describes", "complain", "complains", "forget", "forgets", "forgot", "changes",
            "happens", "happened", "told", "said", "prefer", "prefers", "hate", "hates", "love", "loves", "like", "likes", "find", "finds", "mentioned");
    /** German finite verbs common in remarks; a label is a noun phrase and holds none of them. */
    private static final Set<String> DE_FINITE = Set.of("ist", "sind", "war", "waren", "hat", "haben", "will", "wollen", "muss", "müssen",
            "kann", "können", "soll", "sollen", "macht", "machen", "braucht", "brauchen", "fragt", "fragen", "weiß", "wissen", "gibt", "geht",
            "wird", "werden", "möchte", "möchten", "vergisst", "vergessen", "sagt", "sagen", "prüft", "prüfen", "nutzt", "nutzen", "liegt");
    /** "Ist für die Versicherung": a label made of a sentence whose "das" was taken for an article. */
    private static final Set<String> DE_FIRST = Set.of("ist", "sind", "hat", "war", "wird", "muss", "soll", "kann");
    /** A relative clause inside a name: its verb belongs to the name. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:que|qui|qu'|quien|donde|dont|who|which)\\b.*\\s\\S");
    private static final Pattern COUNTED = Pattern.compile("^(?:number|numero|nombre|anzahl|time|temps|tiempo|zeit|duration|duree|duracion|dauer)\\b");
    private static final Pattern ELISION = Pattern.compile("(?iu)(?:[cdjlmnst]|qu)['’](?=\\p{L})");

    private ChatterClause() {
    }

    /** Whether {@code label} (a new field's words) is a remark of the chat, not a thing a field could hold. */
    static boolean remark(Lang lang, String label) {
        if (label == null || lang == null) {
            return false;
        }
        String text = label.strip().replaceAll("[.!?]+$", "");
        if (text.isEmpty() || text.split("\\s+").length < 3) {
            // one or two words are a name (and the tagger is not run for them)
            return false;
        }
        // the taggers read "Parents" at the start of a label as a name: the words are tagged in lower case
        String lower = lang == Lang.DE ? text : text.toLowerCase(Locale.ROOT);
        String[] tokens = lang == Lang.FR ? frenchTokens(lower) : NLP.tokens(lang, lower);
        if (tokens.length < 2) {
            return false;
        }
        String[] low = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            low[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        if (REASON_START.contains(low[0]) && tokens.length >= 3) {
            return true;
        }
        if (COUNTED.matcher(RefineText.fold(text)).find() || tokens.length < 3 || RELATIVE.matcher(RefineText.fold(text)).find()) {
            // "Número de jugadores que van", "Médico que lo atiende", "Personne qui l'a validé": a name with a relative clause
            // "Número de jugadores que van": the describer's name for a question of how many
            return false;
        }
        if (lang == Lang.FR && FR_CLITIC_VERB.matcher(RefineText.fold(text)).find() || lang == Lang.DE && germanFinite(low, tokens)) {
            return true;
        }
        var tagged = NLP.tags(lang, tokens);
        if (tagged.isEmpty()) {
            return lang == Lang.ES && spanishSentence(low);
        }
        return sentence(lang, low, tagged.get());
    }

    /** A subject (a pronoun, or a noun group from the start) followed by a finite verb. */
    private static boolean sentence(Lang lang, String[] low, String[] tags) {
        int i = 0;
        boolean article = false;
        if (SUBJECTS.contains(low[0])) {
            i = 1;
            article = true;
        } else {
            if (tags[0].equals("DET") || tags[0].equals("ADP+DET")) {
                i = 1;
                article = true;
            }
            int nouns = 0;
            while (i < low.length && (NlpPipeline.isNoun(tags[i]) || tags[i].equals("ADJ") && nouns == 0)) {
                nouns += NlpPipeline.isNoun(tags[i]) ? 1 : 0;
                i++;
            }
            if (nouns == 0) {
                return false;
            }
        }
        while (i < low.length && (tags[i].equals("ADV") || tags[i].startsWith("PRON") && lang != Lang.EN)) {
            // "souvent", "immer", a clitic object ("le demandent")
            i++;
        }
        if (i >= low.length) {
            return false;
        }
        if (tags[i].equals("AUX")) {
            // English "the cost is …" only with an article in front, as a sentence starts
            return lang != Lang.EN || article;
        }
        // English: only verbs of remarks ("knows", "describe"); a noun the tagger takes for a verb ("Site visits") stays a name
        return tags[i].equals("VERB") && finite(lang, low[i]);
    }

    private static boolean finite(Lang lang, String verb) {
        return switch (lang) {
            case EN -> EN_FINITE.contains(verb);
            case FR -> verb.matches(".*(?:ent|ons|ez|ait|aient)$")
                    || verb.matches("a|ont|est|sont|va|vont|fait|font|veut|peut|doit|sait|dit|prend");
            case DE -> !verb.startsWith("ge") && !verb.matches(".*(?:iert|ierte)$");
            default -> false;
        };
    }

    /** German: a finite verb anywhere ("Ist für die Versicherung" once "das" was taken for an article, "Vorstand will Zahlen sehen", "Kasse macht das per Hand"). */
    private static boolean germanFinite(String[] low, String[] typed) {
        for (int i = 0; i < low.length; i++) {
            // typed in lower case, a German word is no noun ("das Wissen", "der Nutzen" are capitalised)
            boolean lowerTyped = !low[i].isEmpty() && typed[i].equals(low[i]);
            if (DE_FINITE.contains(low[i]) && (lowerTyped || i == 0 && DE_FIRST.contains(low[i]))) {
                return true;
            }
        }
        return false;
    }

    /** French words with their elided article or pronoun as a word of its own ("c'" "est", "l'" "aide"). */
    private static String[] frenchTokens(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String t : NLP.tokens(Lang.FR, text)) {
            var m = ELISION.matcher(t);
            if (m.lookingAt() && m.end() < t.length()) {
                out.add(t.substring(0, m.end()));
                out.add(t.substring(m.end()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Spanish, without a tagger: a clitic and a verb ("lo pide"), or a common finite verb after the first word. */
    private static boolean spanishSentence(String[] low) {
        for (int i = 0; i + 1 < low.length; i++) {
            boolean clitic = ES_CLITICS.contains(low[i]) || ES_ARTICLE_CLITICS.contains(low[i]) && i > 0
                    && (ES_BEFORE_VERB.contains(low[i - 1]) || !ES_PREPOSITIONS.contains(low[i - 1]) && ES_PLURAL_VERB.matcher(low[i + 1]).matches());
            if (clitic && i > 0 && ES_VERB_END.matcher(low[i + 1]).matches()) {
                return true;
            }
        }
        for (int i = 1; i < low.length; i++) {
            if (ES_FINITE.contains(low[i]) && !low[i - 1].matches("de|del|la|el|los|las|un|una")) {
                return true;
            }
        }
        return false;
    }
}
