package org.toolsmith.draft.offline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A need said in the first person singular, put in the plural the readers know: "il me faut" → "il nous faut",
 * "j'ai besoin de" → "on a besoin de", "me hace falta" → "nos hace falta", "ich bräuchte" → "wir bräuchten", "mir fehlt"
 * → "uns fehlt". Who needs it changes nothing in the edit; many
 * frames were written for one voice only, so "Sur chaque stage il me faut …" was refused while "… il nous faut …"
 * was read. Only verbs of needing whose singular the readers do not know, whole words, keeping the first letter's case.
 */
final class NeedVoices {
    private record Voice(Pattern said, String plural) {
    }

    private static final List<Voice> FR = List.of(
            voice("il me (faut|faudrait|manque|manquerait)", "il nous $1"),
            voice("j'ai (?:aussi |également )?besoin d(?=e\\b|u\\b|es\\b|')", "on a besoin d"));
    private static final List<Voice> ES = List.of(
            voice("me (hace|har[ií]a|falta|faltan|faltar[ií]a|vendr[ií]a)", "nos $1"),
            // "ponle también el presupuesto": put it on the record, an addition with the clitic of the record
            voice("(?:p[oó]nle|p[oó]nles|a[nñ][aá]dele|a[nñ][aá]deles|agr[eé]gale|agr[eé]gales|m[eé]tele|m[eé]teles)(?!\\s+(?:al|a)\\b)", "añade"));
    private static final List<Voice> DE = List.of(
            voice("ich br[aä]uchte", "wir bräuchten"), voice("ich h[aä]tte (gerne?)", "wir hätten $1"), voice("mir (fehlt|fehlen)", "uns $1"));
    private static final List<Voice> EN = List.of(voice("i(?:'m| am) missing", "we're missing"));

    private NeedVoices() {
    }

    private static Voice voice(String said, String plural) {
        return new Voice(Pattern.compile("(?iu)(?<![\\p{L}'])" + said + "(?![\\p{L}])"), plural);
    }

    /** The message with each first-person need said in the plural. */
    static String plural(RefineSession s, String message) {
        List<Voice> voices = switch (s.lang) {
            case FR -> FR;
            case ES -> ES;
            case DE -> DE;
            default -> EN;
        };
        String out = message;
        for (Voice v : voices) {
            Matcher m = v.said().matcher(out);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String plural = expand(m, v.plural());
                m.appendReplacement(b, Matcher.quoteReplacement(Character.isUpperCase(m.group().charAt(0)) ? RefineText.capitalize(plural) : plural));
            }
            m.appendTail(b);
            out = b.toString();
        }
        return out;
    }

    private static String expand(Matcher m, String plural) {
        String out = plural;
        for (int g = m.groupCount(); g >= 1; g--) {
            out = out.replace("$" + g, m.group(g) == null ? "" : m.group(g).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
