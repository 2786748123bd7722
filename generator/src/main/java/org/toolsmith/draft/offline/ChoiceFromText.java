package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.FieldType;

/**
 * A typed-in field that should become a list to pick from, with its values, said in one sentence or two
 * side by side, in the four languages: "Channel is free text and it's a mess - turn it into a dropdown: Phone,
 * Email, Web form", "the payment method shouldn't be free typing - it's bank transfer, card or cash, nothing
 * else", "el tipo de cuota que no sea texto libre, que se elija entre Mensual, Trimestral y Anual", "La classe
 * c'est toujours une de nos divisions : A, B, C. Tu peux en faire une liste déroulante ?", "dietary
 * requirements should be tick boxes people can combine: vegetarian, vegan" (several at once: a multi-select).
 * Needs a cue of picking (or of "not free text"), exactly one text field named, and a list of at least two
 * short values; the sentences it reads are taken out of the message.
 */
final class ChoiceFromText {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    private static final Pattern PICK = Pattern.compile("(?iu)\\b(?:multi-?\\s?select\\w*|drop-?down|pick-?list|pick list|choice list|fixed list|select(?:ion)? list|tick ?box(?:es)?|check ?box(?:es)?|"
            + "(?:not|n't|no more|never|instead of) (?:be )?(?:a )?free(?:[- ]text| typing| text field| entry)|nothing else|only (?:ever )?(?:be )?(?:one of|either)|"
            + "liste d[ée]roulante|liste de choix|menu d[ée]roulant|cases? [àa] cocher|texte libre|n'importe quoi|rien d'autre|"
            + "desplegable|lista (?:cerrada|de opciones|para elegir)|texto libre|se elija entre|elegir entre|casillas?|nada m[áa]s|"
            + "auswahlliste|dropdown|ausklappliste|auswahlfeld|ankreuz\\w*|freitext|sonst nichts)\\b");
    private static final Pattern SEVERAL = Pattern.compile("(?iu)\\b(?:multi-?\\s?select\\w*|multiple[- ]choice|choix multiples?|s[ée]lection multiple|selecci[óo]n m[úu]ltiple|mehrfach\\w*|tick ?box(?:es)?|check ?box(?:es)?|combine|several|more than one|multiple|"
            + "cases? [àa] cocher|plusieurs|cumul\\w*|combin\\w*|casillas|varias|varios|mehrere|kombinier\\w*|ankreuz\\w*)\\b");
    /** Where the values start. */
    private static final Pattern LEAD = Pattern.compile("(?iu)\\s*:\\s*|\\b(?:it's|it is|they're|they are|either|between|one of|entre|soit|c'est|ce sont|es|son|zwischen|entweder)\\s+");
    private static final Pattern END = Pattern.compile("[.!?;\\n]|\\s[-–—]\\s");
    private static final Pattern ITEM = Pattern.compile("(?iu)^[\\p{L}\\d][\\p{L}\\d' /+&-]{0,30}$");

    private ChoiceFromText() {
    }

    static String take(RefineSession s, String message) {
        Matcher sm = SENTENCE.matcher(message);
        List<int[]> spans = new ArrayList<>();
        while (sm.find()) {
            spans.add(new int[] {sm.start(), sm.end()});
        }
        for (int n = 1; n <= 2; n++) {
            // one sentence first, then two side by side
            for (int i = 0; i + n <= spans.size(); i++) {
                String window = message.substring(spans.get(i)[0], spans.get(i + n - 1)[1]);
                if (read(s, window)) {
                    return (message.substring(0, spans.get(i)[0]) + " " + message.substring(spans.get(i + n - 1)[1])).strip();
                }
            }
        }
        return message;
    }

    private static boolean read(RefineSession s, String window) {
        if (!PICK.matcher(window).find()) {
            return false;
        }
        RefineClause c = new RefineClause(window);
        List<RefineMentions.Hit> hits = RefineMentions.of(s, c).fields.stream().filter(RefineMentions.Hit::full).toList();
        RefineMentions.Hit one = null;
        for (RefineMentions.Hit h : hits) {
            if (one != null && !(one.entity().key().equals(h.entity().key()) && one.field().key().equals(h.field().key()))) {
                return false;
            }
            one = h;
        }
        if (one == null || one.field().type() != FieldType.TEXT && one.field().type() != FieldType.LONG_TEXT) {
            return false;
        }
        List<String> values = values(window);
        if (values == null) {
            return false;
        }
        FieldType type = SEVERAL.matcher(window).find() ? FieldType.MULTI_CHOICE : FieldType.CHOICE;
        s.setType(one.entity().key(), one.field().key(), type, values, null);
        return true;
    }

    /** The first run of at least two short values after a colon, "it's", "between", "entre"…; null when there is none. */
    private static List<String> values(String window) {
        Matcher lead = LEAD.matcher(window);
        while (lead.find()) {
            String rest = window.substring(lead.end());
            Matcher end = END.matcher(rest);
            int stop = end.find() ? end.start() : rest.length();
            List<String> vals = RefineText.values(rest.substring(0, stop));
            if (vals.size() >= 2 && vals.stream().allMatch(v -> ITEM.matcher(v).matches() && v.split("\\s+").length <= 4)) {
                return vals;
            }
        }
        return null;
    }
}
