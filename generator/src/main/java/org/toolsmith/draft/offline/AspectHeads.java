package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings that say which kind the list after them is about, in so many words: "On the customer side:", "As for
 * the visits:", "Côté client :", "Del lado de la visita:", "En cuanto a los socios:", "Beim Kunden:", "Bei den
 * Einsätzen:", "Was die Zahlungen angeht:". The frame is dropped and the noun phrase inside it is what names the kind.
 */
final class AspectHeads {
    private static final String DASH = "(?:\\s*[:\\-–]+)?\\s*$";

    private static final Map<Lang, List<Pattern>> FRAMES = Map.of(
            Lang.EN, List.of(
                    p("^(?:and\\s+|also\\s+)?(?:on|for|from)\\s+(?:the\\s+)?(.+?)\\s+side" + DASH),
                    p("^(?:and\\s+)?(?:as\\s+for|as\\s+regards|regarding|concerning)\\s+(?:the\\s+)?(.+?)" + DASH)),
            Lang.FR, List.of(
                    p("^(?:et\\s+)?(?:du\\s+)?c[oô]t[ée]\\s+(?:des\\s+|du\\s+|de\\s+la\\s+|de\\s+l'|de\\s+|d')?(.+?)" + DASH),
                    p("^(?:et\\s+)?(?:concernant|quant\\s+aux?|en\\s+ce\\s+qui\\s+concerne|pour\\s+ce\\s+qui\\s+est\\s+d(?:es|u|e\\s+la|e\\s+l'))\\s*"
                            + "(?:les\\s+|la\\s+|le\\s+|l')?(.+?)" + DASH)),
            Lang.ES, List.of(
                    p("^(?:y\\s+)?(?:del|por\\s+el|en\\s+el)\\s+lado\\s+(?:del\\s+|de\\s+la\\s+|de\\s+los\\s+|de\\s+las\\s+|de\\s+)(.+?)" + DASH),
                    p("^(?:y\\s+)?(?:en\\s+cuanto\\s+a|respecto\\s+a|con\\s+respecto\\s+a)\\s+(?:los\\s+|las\\s+|el\\s+|la\\s+)?(.+?)" + DASH)),
            Lang.DE, List.of(
                    p("^(?:und\\s+)?(?:beim|bei\\s+(?:den|der|dem))\\s+(.+?)" + DASH),
                    p("^(?:und\\s+)?(?:seitens|auf\\s+seiten)\\s+(?:der|des)\\s+(.+?)" + DASH),
                    p("^(?:und\\s+)?was\\s+(?:die|den|das|der)\\s+(.+?)\\s+(?:angeht|betrifft)" + DASH)));

    private AspectHeads() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The noun phrase an aspect heading frames ("On the customer side" → "customer"), or null for any other heading. */
    static String inner(Lang lang, String head) {
        String h = Text.plainQuotes(head).strip();
        for (Pattern frame : FRAMES.getOrDefault(lang, List.of())) {
            Matcher m = frame.matcher(h);
            if (m.matches() && Text.wordCount(m.group(1)) <= 4) {
                return m.group(1).strip();
            }
        }
        return null;
    }
}
