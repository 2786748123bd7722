package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New values for a choice field said after a colon, with a word of forgetting, missing or adding in the same
 * sentence or the next, in the four languages: "Pour le lieu on a oublié deux endroits : la salle d'activités et
 * l'ascenseur. Tu peux les rajouter ?", "For the status we forgot two: On hold and Cancelled", "En el tipo faltan
 * dos: poda y riego", "Bei der Farbe fehlen noch zwei: Rot und Blau". Exactly one choice field must be named, the
 * values must be short and new; the sentences it reads are taken out of the message.
 */
final class ValuesToAdd {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    private static final Pattern MORE = Pattern.compile("(?iu)\\b(?:forgot|forgotten|missing|left out|add|adding|oubli[ée]s?|manqu\\w*|rajout\\w*|ajout\\w*|"
            + "olvidad[oa]s?|olvidamos|falta\\w*|a[ñn]ad\\w*|agreg\\w*|vergessen|fehl\\w*|erg[äa]nz\\w*|hinzuf[üu]g\\w*)\\b");
    private static final Pattern ITEM = Pattern.compile("(?iu)^[\\p{L}\\d][\\p{L}\\d' /+&’-]{0,30}$");
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:la|le|les|l'|l’|el|los|las|der|die|das|den|un|une|una|uno|ein|eine|einen|the|an?)\\s*(?=\\p{L})");

    private ValuesToAdd() {
    }

    static String take(RefineSession s, String message) {
        Matcher sm = SENTENCE.matcher(message);
        List<int[]> spans = new ArrayList<>();
        while (sm.find()) {
            spans.add(new int[] {sm.start(), sm.end()});
        }
        for (int n = 1; n <= 2; n++) {
            for (int i = 0; i + n <= spans.size(); i++) {
                String first = message.substring(spans.get(i)[0], spans.get(i)[1]);
                String window = message.substring(spans.get(i)[0], spans.get(i + n - 1)[1]);
                if (read(s, first, window)) {
                    return (message.substring(0, spans.get(i)[0]) + " " + message.substring(spans.get(i + n - 1)[1])).strip();
                }
            }
        }
        return message;
    }

    /** The field and the values are in the first sentence, the wish to add anywhere in the window. */
    private static boolean read(RefineSession s, String first, String window) {
        int colon = first.indexOf(':');
        if (colon < 0 || !MORE.matcher(window).find() || new RefineClause(window).match(RefineCues.REMOVE).find()
                || MORE.matcher(first.substring(colon)).find() || first.substring(colon).matches("(?s).*\\b(?:please|bitte|por favor|svp|s'il)\\b.*")) {
            // "stages: please add 'Phone screen' …" says its own edit after the colon, for the other readers
            return false;
        }
        RefineClause head = new RefineClause(first.substring(0, colon));
        RefineMentions.Hit one = null;
        for (RefineMentions.Hit h : RefineMentions.of(s, head).fields) {
            if (!h.full()) {
                continue;
            }
            if (one != null && !(one.entity().key().equals(h.entity().key()) && one.field().key().equals(h.field().key()))) {
                return false;
            }
            one = h;
        }
        if (one == null || !one.field().type().hasOptions()) {
            return false;
        }
        List<String> values = new ArrayList<>();
        for (String v : RefineText.values(first.substring(colon + 1))) {
            String plain = RefineText.capitalize(ARTICLE.matcher(v).replaceFirst("").strip());
            if (!ITEM.matcher(plain).matches() || plain.split("\\s+").length > 4) {
                return false;
            }
            if (one.field().options().stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(plain.toLowerCase(Locale.ROOT)))) {
                return false;
            }
            values.add(plain);
        }
        if (values.isEmpty()) {
            return false;
        }
        s.addOptions(one.entity().key(), one.field().key(), values);
        return true;
    }
}
