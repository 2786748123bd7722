package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * A list item that is a purpose or a reason said after the fields ("…, weight (kg), so that we see the
 * yield", "…, damit wir den Ertrag sehen", "…, pour qu'on voie le rendement", "…, para que veamos el
 * rendimiento"), or a condition with its own subject ("falls wir weiterbelasten", "if we charge it on"):
 * a clause about the list, never a field. Questions ("whether it was paid", "ob bezahlt", "wenn ja wann")
 * and emphasis ("especially the date") are fields and are left alone. Read folded (no accents).
 */
final class PurposeItems {
    private PurposeItems() {
    }

    private static final Pattern LEAD = Pattern.compile("^(?:(?:and|or|et|ou|y|o|und|oder|but|mais|pero|aber)\\s+)+");
    private static final Pattern EN = Pattern.compile("^(?:because|cuz|so that|so (?:we|i|they|you|people|nobody|everyone)|in order to|to make sure|"
            + "since (?:we|i|they|you|it|there)|as (?:we|they)|even though|although|if (?:we|i|they|you))\\s");
    private static final Pattern FR = Pattern.compile("^(?:parce qu|puisqu|car\\s|afin (?:de\\s|d'|qu(?:'|e\\s))|pour qu(?:'|e\\s)|pour (?:pouvoir|savoir|voir|eviter|comparer)\\s|meme si\\s|bien qu(?:'|e\\s)|"
            + "si (?:on|nous|je|ils|elles|vous)\\s)");
    private static final Pattern ES = Pattern.compile("^(?:porque|ya que|puesto que|dado que|para que|para (?:poder|saber|ver|evitar|comparar)|aunque|a fin de|"
            + "si (?:nosotros|vosotros|ellos))\\s");
    private static final Pattern DE = Pattern.compile("^(?:weil\\s|damit\\s+\\S|sodass\\s|so dass\\s|obwohl\\s|denn\\s|um (?!wie\\b)\\S.*\\szu\\s+\\S+$|"
            + "(?:falls|wenn) (?:wir|ich|man|sie|er|es)\\s|da (?:wir|ich|man)\\s)");

    private static final java.util.Map<Lang, Pattern> BY_LANG = new java.util.EnumMap<>(java.util.Map.of(Lang.EN, EN, Lang.FR, FR, Lang.ES, ES, Lang.DE, DE));

    /** Whether the item (as typed) is a purpose, a reason or a condition with a subject. */
    static boolean aside(Lang lang, String item) {
        String f = LEAD.matcher(Text.fold(item).strip()).replaceFirst("");
        if (lang == Lang.ES && item.toLowerCase(java.util.Locale.ROOT).contains("para qué")) {
            // "para qué cliente": a question, a field
            return false;
        }
        return BY_LANG.get(lang).matcher(f).find();
    }
}
