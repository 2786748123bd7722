package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The past participle of a German verb said in the present at the end of a "wer …" clause ("wer sie
 * organisiert" → organisiert, "wer das prüft" → geprüft, "wer den Antrag abzeichnet" → abgezeichnet),
 * so that the field is named "Organisiert von", "Geprüft von", "Abgezeichnet von".
 */
final class GermanParticiple {
    /** Object words that start the clause: what makes it German and not a new field's name. */
    private static final Pattern CLAUSE = Pattern.compile("^(?:sie|es|ihn|das|den|die|der|dies|diese|diesen|dieses|ihre|ihren|seine|seinen)\\s+(?:[\\w-]+\\s+){0,2}([a-z]+t)$");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("unterschreibt", "unterschrieben"), Map.entry("schreibt", "geschrieben"), Map.entry("gibt", "gegeben"),
            Map.entry("nimmt", "genommen"), Map.entry("bringt", "gebracht"), Map.entry("entscheidet", "entschieden"),
            Map.entry("liest", "gelesen"), Map.entry("sieht", "gesehen"), Map.entry("hilft", "geholfen"), Map.entry("fahrt", "gefahren"),
            Map.entry("unterzeichnet", "unterzeichnet"), Map.entry("halt", "gehalten"), Map.entry("tragt", "getragen"), Map.entry("ladt", "geladen"));
    private static final String[] PARTICLES = {"zuruck", "frei", "fest", "ab", "an", "auf", "aus", "ein", "mit", "nach", "vor", "zu", "weg", "um"};

    private GermanParticiple() {
    }

    /** The participle, or null when the folded clause is not an object and a verb in the present. */
    static String ofPresent(String folded) {
        return ofPresent(folded, null);
    }

    /** As {@link #ofPresent(String)}, keeping the umlauts of the verb as typed ("prüft" → geprüft). */
    static String ofPresent(String folded, String typed) {
        String found = participle(folded);
        if (found == null || typed == null) {
            return found;
        }
        String[] words = typed.strip().replaceAll("[.!?,;]+$", "").toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String original = words[words.length - 1];
        String plain = RefineText.fold(original);
        return plain.length() == original.length() && found.contains(plain) ? found.replace(plain, original) : found;
    }

    /** "wer hat mit ihm gesprochen", "wer ist zuständig": a main clause, the participle or the role last. */
    private static final Pattern MAIN = Pattern.compile("^(?:[\\w-]+\\s+){0,3}?(?:hat|haben|hatte|hatten|ist|war|wurde)\\s+(?:[\\w-]+\\s+){0,4}((?:ge[a-z]+(?:t|en))|[a-z]+iert|zustandig|verantwortlich)$");

    private static String participle(String folded) {
        Matcher main = MAIN.matcher(folded.strip());
        if (main.find()) {
            return main.group(1);
        }
        Matcher m = CLAUSE.matcher(folded.strip());
        if (!m.find()) {
            return null;
        }
        String verb = m.group(1);
        if (verb.length() < 4 || verb.matches("ist|hat|wird|gut|heut|jetzt|nicht|meist|erst|selbst|bist")) {
            return null;
        }
        for (String p : PARTICLES) {
            if (verb.startsWith(p) && verb.length() > p.length() + 3) {
                String rest = stem(verb.substring(p.length()));
                if (rest != null) {
                    return p + rest;
                }
            }
        }
        return stem(verb);
    }

    private static String stem(String verb) {
        if (IRREGULAR.containsKey(verb)) {
            return IRREGULAR.get(verb);
        }
        if (verb.endsWith("iert") || verb.matches("^(?:be|ge|er|ver|zer|ent|emp|miss|uber|unter|hinter)\\w+t$")) {
            return verb;
        }
        return verb.endsWith("t") ? "ge" + verb : null;
    }
}
