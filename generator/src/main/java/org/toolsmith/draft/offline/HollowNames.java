package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that never name a record kind though a reading can take them for one: a time word of the sentence ("every
 * year there is a review", "chaque soir", "cada vez", "jedes Jahr"), a sentence adverb or a discourse word ("here",
 * "now", "basically", "ensuite", "también", "dazu", "deshalb", "bisher", "drittens") or a verb of the sentence ("gibt
 * es", "tenemos", "hay", "il faut"). A kind named only by such words is named again from the words that follow them
 * in the sentence that made it; one named by a noun and such a word keeps the noun ("Bakery here" → "Bakery",
 * "Drittens Werkstattaufenthalte" → "Werkstattaufenthalt"). The four languages share one list: none of its words is a
 * thing a business keeps a list of in any of them.
 */
final class HollowNames {
    /** Time words and months: hollow alone or first ("Jour …"), a head last ("Shooting day", "Open evening"). */
    private static final Set<String> TIME = Set.of(
            "year", "years", "month", "months", "week", "weeks", "day", "days", "evening", "evenings", "morning", "mornings",
            "night", "nights", "couple", "january", "february", "april", "june", "july", "september", "october", "november",
            "december", "an", "ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours", "soir", "soirs", "matin",
            "matins", "nuit", "fois", "janvier", "fevrier", "avril", "juin", "juillet", "septembre", "octobre", "novembre",
            "decembre", "ano", "anos", "mes", "meses", "semana", "semanas", "dia", "dias", "tarde", "noche", "vez", "veces",
            "enero", "febrero", "abril", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre", "jahr", "jahre",
            "monat", "monate", "woche", "wochen", "abend", "abends", "nacht", "mal", "morgens", "januar", "februar", "juni",
            "juli", "oktober", "dezember");

    /** Sentence adverbs, discourse words and verbs of the sentence: hollow wherever they stand in a name. */
    private static final Set<String> SENTENCE = Set.of(
            // sentence adverbs and discourse words
            "here", "now", "basically", "basicly", "also", "therefore", "currently", "briefly", "then", "first", "secondly",
            "thirdly", "finally", "ici", "maintenant", "ensuite", "aussi", "donc", "puis", "actuellement", "enfin", "plusieurs",
            "aqui", "ahora", "tambien", "luego", "despues", "entonces", "actualmente", "varios", "varias", "jetzt", "dazu",
            "deshalb", "daher", "bisher", "kurz", "auserdem", "zudem", "erstens", "zweitens", "drittens", "mehreren", "mehrere",
            "genau", "there", "is", "are", "telefonisch", "momentan", "aktuell", "derzeit", "dann", "noch", "hier", "ya", "todavia", "encore", "deja",
            // verbs of the sentence
            "gibt", "gibts", "sehen", "brauche", "brauchen", "tener", "tienen", "tenemos", "tengo", "hay", "saber", "soy",
            "somos", "necesito", "necesitamos", "faut", "avons", "sommes", "suis", "voir", "savoir", "hatten", "haben", "habe", "hat",
            "wollen", "mochten", "wurden", "mussen", "konnen", "sollen", "sind", "ist", "wird", "werden");

    /** Owner words: "unserer Kundenbudgets", "nos devis", "our rota" name the thing, not the owner. */
    private static final Set<String> OWNER = Set.of("our", "their", "my", "your", "notre", "nos", "leur", "leurs", "mon", "mes", "votre",
            "vos", "nuestro", "nuestra", "nuestros", "nuestras", "su", "sus", "mi", "mis", "unser", "unsere", "unserer", "unseren",
            "unseres", "ihre", "ihrer", "meine", "meiner");

    /** Little words between the hollow ones and the noun: articles and "es" ("gibt es ein …", "il y a des …"). */
    private static final Set<String> LINKING = Set.of("es", "ein", "eine", "einen", "die", "der", "das", "den", "the", "a", "an",
            "un", "une", "des", "les", "le", "la", "il", "y", "unos", "unas", "una", "uno", "los", "las", "el", "que", "q", "of", "ne",
            "nen", "nem");

    /** Articles and quantifiers: the word after one is a noun ("a rehearsal", "des tournées", "mehrere Rezepte"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "several", "un", "une", "des", "les", "plusieurs",
            "una", "unos", "unas", "los", "las", "varios", "varias", "ein", "eine", "einen", "einer", "mehrere", "die");
    /** Where an English noun phrase after the article stops. */
    private static final Set<String> PHRASE_END = Set.of("on", "for", "of", "in", "at", "to", "with", "and", "or", "that", "which",
            "who", "we", "they", "by", "from", "per", "each", "every");

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}']+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Where a heading ends: its list starts. */
    private static final Pattern HEAD_END = Pattern.compile("[:(\\[]|\\s[-–—]\\s");

    private HollowNames() {
    }

    private static boolean lead(String word) {
        String f = Text.fold(word);
        return TIME.contains(f) || SENTENCE.contains(f) || LINKING.contains(f) || OWNER.contains(f);
    }

    private static boolean tail(String word) {
        String f = Text.fold(word);
        return SENTENCE.contains(f) || LINKING.contains(f) || OWNER.contains(f);
    }

    /** Whether every word of the name is a hollow one ("Jahr", "Dazu", "Día hay"). */
    static boolean hollow(String name) {
        if (name == null) {
            return false;
        }
        List<String> w = words(name);
        return !w.isEmpty() && w.stream().allMatch(x -> TIME.contains(x) || SENTENCE.contains(x) || LINKING.contains(x) || OWNER.contains(x));
    }

    /** The name without the hollow words at its two ends ("Bakery here" → "Bakery"), or null when none was there. */
    static String trimmed(String name) {
        if (name == null || hollow(name)) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(SPACES.split(name.strip())));
        boolean cut = false;
        while (parts.size() > 1 && lead(parts.get(0))) {
            parts.remove(0);
            cut = true;
        }
        while (parts.size() > 1 && tail(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
            cut = true;
        }
        return cut ? Text.capitalize(String.join(" ", parts)) : null;
    }

    /**
     * The words of the sentence after the hollow name and before its list: "Jedes Jahr gibt es ein Gespräch: …" with
     * "Jahr" → "gibt es ein Gespräch"; null when the name is not in it or nothing follows.
     */
    static String after(String sentence, String name) {
        if (sentence == null) {
            return null;
        }
        String s = sentence;
        var end = HEAD_END.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        List<String> nameWords = words(name);
        String[] toks = SPACES.split(s.strip());
        for (int i = 0; i < toks.length; i++) {
            if (nameWords.contains(Text.fold(WORDS.matcher(toks[i]).replaceAll("")))) {
                int j = i + 1;
                while (j < toks.length && (lead(toks[j]) || nameWords.contains(Text.fold(toks[j])))) {
                    if (Text.fold(toks[j]).equals("que")) {
                        return null; // "hay que pasar lista", "tenemos que saber": a verb follows, not a kind
                    }
                    j++;
                }
                if (j >= toks.length) {
                    return null;
                }
                return String.join(" ", Arrays.copyOfRange(toks, j, toks.length));
            }
        }
        return null;
    }

    /** The noun after the first article of the words ("there is a rehearsal" → "rehearsal"), or null. */
    static String articleNoun(Lang lang, String rest) {
        String[] toks = SPACES.split(rest.strip());
        for (int i = 0; i + 1 < toks.length; i++) {
            if (!ARTICLES.contains(Text.fold(toks[i]))) {
                continue;
            }
            String noun = WORDS.matcher(toks[i + 1]).replaceAll("");
            if (noun.isEmpty() || lead(noun)) {
                return null;
            }
            if (lang == Lang.EN && i + 2 < toks.length) {
                String next = WORDS.matcher(toks[i + 2]).replaceAll("");
                if (!next.isEmpty() && next.equals(toks[i + 2]) && !PHRASE_END.contains(Text.fold(next)) && !lead(next)) {
                    return noun + " " + next; // "a germination test", head last
                }
            }
            return noun;
        }
        return null;
    }

    /** Whether another kind's name has a word of the new name ("Examen" beside "Passage d'examen"): the two would blur. */
    static boolean sharesWord(List<DraftEntity> entities, DraftEntity self, String named) {
        List<String> mine = words(named.replace('\'', ' ')).stream().filter(w -> !LINKING.contains(w)).toList();
        for (DraftEntity x : entities) {
            if (x != self && x.name != null && words(x.name.replace('\'', ' ')).stream().anyMatch(w -> mine.contains(w)
                    || w.length() > 3 && mine.stream().anyMatch(m -> m.length() > 3 && (m.startsWith(w) || w.startsWith(m))))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        return Arrays.stream(WORDS.split(Text.fold(s))).filter(x -> !x.isEmpty()).toList();
    }
}
