package org.toolsmith.draft.offline;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that name nothing: "Hi", "Ok", "Dear colleague", "It", "Of them", "Eso", "L" (from "l'abonné"). Made only of
 * pronouns, articles, greetings and fillers, in any of the four languages, or a greeting with a word or two after it.
 * No record kind or field is called that: a reading that produces such a name misread a greeting, a pronoun or an
 * elision. Prepositions alone ("From", "To", "In", "Out") are not empty: they label real fields (a trip's from and to).
 */
final class EmptyNames {

    /** Greetings, thanks and fillers: left out at the start of a text ({@link #unlead}). */
    private static final Set<String> FILLERS = Set.of("ok", "okay", "ah", "oh", "hmm", "um", "uh", "yeah", "yep", "well", "ta",
            "thx", "cheers", "thanks", "hi", "hello", "hey", "hiya", "dear", "bonjour", "salut", "coucou", "merci", "bon", "ben",
            "voila", "hola", "buenas", "gracias", "vale", "bueno", "pues", "so", "alors", "donc", "also", "hallo", "moin", "servus",
            "danke", "na", "tja", "eh");

    private static final Set<String> PRONOUNS = Set.of(
            // pronouns and determiners standing alone
            "it", "its", "it's", "them", "they", "this", "that", "these", "those", "one", "ones", "he", "she", "him", "her",
            "we", "we'd", "we're", "we've", "us", "you", "i", "i'd", "i'm", "me", "my", "our", "their", "your", "the", "a", "an",
            "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j'", "ca", "cela", "ceci", "celui", "celle", "ceux", "eux",
            "lui", "l", "l'", "d", "d'", "qu", "qu'", "le", "la", "les", "un", "une",
            "eso", "esto", "esta", "este", "ese", "esa", "ello", "ellos", "ellas", "lo", "los", "las", "uno", "unos", "unas", "se",
            "es", "sie", "er", "ihn", "ihm", "wir", "man", "das", "dies", "diese", "dieser", "der", "die", "den", "dem", "ein",
            "eine", "einen", "einer");

    /** Little words that join others: empty beside an empty word ("Of them", "It to the"), a label alone ("From", "To"). */
    private static final Set<String> JOINING = Set.of("of", "to", "in", "on", "at", "for", "from", "with", "by", "de", "a", "en",
            "au", "aux", "du", "des", "del", "para", "por", "con", "von", "zu", "mit", "fur", "im", "am", "and", "et", "y", "und");

    /** A greeting that starts a name: "Dear colleague", "Hi team", "Hola equipo", "Liebe Kollegen". */
    private static final Pattern GREETED = Pattern.compile(
            "(?:hi|hello|hey|hiya|dear|bonjour|salut|coucou|hola|buenas|buenos dias|hallo|liebe|lieber|moin|servus)(?:\\s+\\S+){0,2}");

    /** The first word of a text and the spaces and punctuation around it. */
    private static final Pattern LEAD = Pattern.compile("^[\\s\\p{Punct}–—]*([\\p{L}']+)[\\s\\p{Punct}–—]*");

    private EmptyNames() {
    }

    /** The text without the greetings and fillers it starts with: "ok so the registry office …" → "the registry office …". */
    static String unlead(String text) {
        String t = text;
        for (int i = 0; i < 6; i++) {
            var m = LEAD.matcher(t);
            if (!m.find() || !FILLERS.contains(Text.fold(m.group(1))) && !GREETED.matcher(Text.fold(m.group(1))).matches()) {
                break;
            }
            if (GREETED.matcher(Text.fold(m.group(1))).matches() && t.indexOf(',') > 0 && t.indexOf(',') < 40) {
                t = t.substring(t.indexOf(',') + 1); // "Dear colleague, …", "Hola equipo, …"
            } else {
                t = t.substring(m.end());
            }
        }
        return t.strip();
    }

    private static boolean little(String w) {
        return PRONOUNS.contains(w) || FILLERS.contains(w);
    }

    /** Whether the name is made of nothing but pronouns, articles, greetings and fillers, or is a greeting. */
    static boolean empty(String name) {
        if (name == null) {
            return false;
        }
        String f = Text.fold(name);
        if (f.isEmpty()) {
            return false;
        }
        if (GREETED.matcher(f).matches()) {
            return true;
        }
        boolean any = false;
        for (String w : f.split("[^\\p{L}']+")) {
            if (w.isEmpty() || JOINING.contains(w)) {
                continue;
            }
            String bare = w.endsWith("'") ? w.substring(0, w.length() - 1) : w;
            if (!little(w) && !little(bare)) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
