package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Pour un spectacle, il nous faut le titre, …", "Para una obra, necesitamos …", "Für ein Stück brauchen wir …": a
 * sentence that opens with "for a X" and then lists what is kept says the same as "for each X", and is read as
 * such. Only at the start of a sentence or line, and only when the noun phrase (at most three words) is followed by
 * a comma or colon, or, in German, by the verb of the inverted clause ("Für einen Kunden brauchen wir"). Likewise
 * "we log visits, each with a, b and c" says "visits with a, b and c" ("…, jeweils mit …", "…, avec pour chacune …").
 * Two more openings are made plain first: a connective that only orders the sentences ("Ensuite, pour chaque …",
 * "Then, for each …") is dropped, and French "lorsque / lorsqu'un" opens an event as "quand" does.
 */
final class IndefiniteEach {
    private static final String START = "(?<=^|[.!?;]\\s|\\n)(\\s*)";
    private static final String NOUN = "((?:[\\p{L}'-]+\\s+){0,2}?[\\p{L}'-]+)";

    private static final Map<Lang, Pattern> OPENINGS = Map.of(
            Lang.FR, Pattern.compile(START + "(pour)\\s+(?:un|une)\\s+" + NOUN + "(?=\\s*[,:])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.ES, Pattern.compile(START + "(para)\\s+(?:un|una)\\s+" + NOUN + "(?=\\s*[,:])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.DE, Pattern.compile(START + "(für|fur)\\s+(einen|eine|ein)\\s+" + NOUN
                    + "(?=\\s*[,:]|\\s+(?:brauchen|benötigen|bräuchten|erfassen|notieren|speichern|wollen|möchten|halten|führen)\\b)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /** "…, jeweils mit a, b und c", "…, avec pour chacune a, b et c", "…, cada una con a, b y c": "with" said per record. */
    private static final Map<Lang, Pattern> EACH_WITH = Map.of(
            Lang.FR, Pattern.compile("\\s*,\\s*(?:avec\\s+pour\\s+chacune?|chacune?\\s+avec)(?=\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.ES, Pattern.compile("\\s*,\\s*cada\\s+un[oa]\\s+con(?=\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.DE, Pattern.compile("\\s*,\\s*(?:jeweils|je)\\s+mit(?=\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+");
    private static final Map<Lang, Pattern> FOR_EACH = Map.of(
            Lang.FR, Pattern.compile("\\s*pour\\s+chaque\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.ES, Pattern.compile("\\s*(?:por|para)\\s+cada\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Lang.DE, Pattern.compile("\\s*f(?:ü|u)r\\s+jede[nrs]?\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    private static final Map<Lang, String> WITH = Map.of(Lang.FR, " avec", Lang.ES, " con", Lang.DE, " mit");

    /** "Then, for each participant …", "Ensuite, pour chaque …", "Luego, de cada …": a connective that only orders the sentences. */
    private static final Pattern CONNECTIVE = Pattern.compile("(?<=^|[.!?;]\\s|\\n)(\\s*)(?:then|next|finally|also|in\\s+addition|besides|after\\s+that|on\\s+top\\s+of\\s+that"
            + "|ensuite|puis|enfin|par\\s+ailleurs|de\\s+plus|en\\s+outre|aussi|apr[èe]s|"
            + "luego|despu[ée]s|adem[áa]s|por\\s+[úu]ltimo|finalmente|tambi[ée]n|por\\s+otro\\s+lado)\\s*,\\s+(\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern LORSQUE = Pattern.compile("\\blorsqu(?:e\\s+|['’])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private IndefiniteEach() {
    }

    static String rewrite(Lang lang, String text) {
        if (text != null && lang == Lang.FR) {
            // "Lorsqu'un membre emprunte du matériel, …" says what "Quand un membre emprunte …" says
            text = LORSQUE.matcher(text).replaceAll(m -> Character.isUpperCase(m.group().charAt(0)) ? "Quand " : "quand ");
        }
        if (text != null && lang != Lang.DE) {
            Matcher c = CONNECTIVE.matcher(text);
            StringBuilder plain = new StringBuilder();
            while (c.find()) {
                c.appendReplacement(plain, Matcher.quoteReplacement(c.group(1) + c.group(2).toUpperCase(java.util.Locale.ROOT)));
            }
            c.appendTail(plain);
            text = plain.toString();
        }
        Pattern eachWith = EACH_WITH.get(lang);
        if (eachWith != null && text != null) {
            // only in a sentence that opens with "for each X" ("Für jeden Kunden erfassen wir Einsätze, jeweils mit …"):
            // "Wir haben 40 Mitglieder, jeweils mit …" is read well as it stands
            Matcher sentence = SENTENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (sentence.find()) {
                String one = sentence.group();
                boolean forEach = FOR_EACH.get(lang).matcher(one).lookingAt();
                sentence.appendReplacement(out, Matcher.quoteReplacement(forEach ? eachWith.matcher(one).replaceAll(WITH.get(lang)) : one));
            }
            sentence.appendTail(out);
            text = out.toString();
        }
        Pattern opening = OPENINGS.get(lang);
        if (opening == null || text == null) {
            return text;
        }
        Matcher m = opening.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String each = switch (lang) {
                case FR -> "chaque";
                case ES -> "cada";
                default -> switch (m.group(3).toLowerCase(java.util.Locale.ROOT)) {
                    case "einen" -> "jeden";
                    case "eine" -> "jede";
                    default -> "jedes";
                };
            };
            String noun = lang == Lang.DE ? m.group(4) : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + " " + each + " " + noun));
        }
        m.appendTail(out);
        return out.toString();
    }
}
