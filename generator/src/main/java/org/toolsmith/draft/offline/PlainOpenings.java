package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three ways people say "for each X" or "X has several Y" that the readers take better in their plain form:
 * <ul>
 * <li>one record per thing: "une fiche par commande avec …", "a form per order with …", "una ficha por pedido con …",
 * "ein Formular pro Auftrag mit …" → "for each order, …";</li>
 * <li>a topic put first: "Les clients, on aimerait garder leur nom …", "Los clientes, queremos guardar …" → "Pour les
 * clients, on …";</li>
 * <li>"gives rise to several": "Chaque entretien donne lieu à plusieurs objectifs", "da lugar a varios", "führt zu
 * mehreren" → "has several".</li>
 * </ul>
 */
final class PlainOpenings {
    private static final int F = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // "a record per order", not the verb in "we record per boat: …" (a log kind of its own, read by the sentence rewrites)
    private static final String RECORD_EN = "(?:an?\\s+|(?<!\\b(?:we|i|they|you|to|and|also)\\s))(?:record|form|entry|row|sheet|card|line|page)";
    private static final String RECORD_FR = "(?:une?\\s+)?(?:fiche|ligne|entr[ée]e|enregistrement|formulaire|page|carte)";
    private static final String RECORD_ES = "(?:una?\\s+)?(?:ficha|fila|entrada|registro|formulario|hoja|p[áa]gina)";
    private static final String RECORD_DE = "(?:eine?n?\\s+)?(?:Eintrag|Datensatz|Formular|Zeile|Blatt|Karte|Seite)";

    private static final Map<Lang, Pattern> PER_RECORD = Map.of(
            Lang.EN, Pattern.compile("\\b" + RECORD_EN + "\\s+(?:per|for\\s+each|for\\s+every)\\s+([\\p{L}-]+)\\s*(?:,\\s*)?(?:with|:)\\s+", F),
            Lang.FR, Pattern.compile("\\b" + RECORD_FR + "\\s+(?:par|pour\\s+chaque)\\s+([\\p{L}-]+)\\s*(?:,\\s*)?(?:avec|:)\\s+", F),
            Lang.ES, Pattern.compile("\\b" + RECORD_ES + "\\s+(?:por|para\\s+cada|por\\s+cada)\\s+([\\p{L}-]+)\\s*(?:,\\s*)?(?:con|:)\\s+", F),
            Lang.DE, Pattern.compile("\\b" + RECORD_DE + "\\s+(?:pro|je|für\\s+jede[nrs]?)\\s+([\\p{L}-]+)\\s*(?:,\\s*)?(?:mit|:)\\s+", F));
    private static final Map<Lang, String> FOR_EACH = Map.of(Lang.EN, "for each", Lang.FR, "pour chaque", Lang.ES, "para cada", Lang.DE, "für jede");

    private static final Map<Lang, Pattern> TOPIC = Map.of(
            Lang.FR, Pattern.compile("(?<=^|[.!?;]\\s|\\n)(\\s*)(les|des)\\s+([\\p{L}-]+s)\\s*,\\s*(?=(?:on|nous|il|j'|je)\\b)", F),
            Lang.ES, Pattern.compile("(?<=^|[.!?;]\\s|\\n)(\\s*)(los|las)\\s+([\\p{L}-]+s)\\s*,\\s*(?=(?:queremos|necesitamos|guardamos|anotamos|nos|me|hay)\\b)", F));

    /** "Del donante nos interesa el nombre, …": said as "Del donante necesitamos …", which the readers take. */
    private static final Pattern DEL_ES = Pattern.compile("(?<=^|[.!?;]\\s|\\n)(\\s*(?:del|de\\s+la|de\\s+los|de\\s+las)\\s+[\\p{L}-]+\\s*,?\\s+)"
            + "(?:nos|me)\\s+interesan?\\b", F);

    private static final Map<Lang, Pattern> GIVES_RISE = Map.of(
            Lang.EN, Pattern.compile("\\bgives?\\s+rise\\s+to\\s+(several|many|multiple)\\b", F),
            Lang.FR, Pattern.compile("\\bdonne(?:nt)?\\s+lieu\\s+à\\s+(plusieurs)\\b", F),
            Lang.ES, Pattern.compile("\\bda(?:n)?\\s+lugar\\s+a\\s+(vari[oa]s)\\b", F),
            Lang.DE, Pattern.compile("\\bführ(?:t|en)\\s+zu\\s+(mehreren)\\b", F));
    private static final Map<Lang, String> HAS = Map.of(Lang.EN, "has", Lang.FR, "a", Lang.ES, "tiene", Lang.DE, "hat");

    /** "Chaque jour, l'équipe remplit une fiche par enfant": a sheet made each day is a record of its own, not the child's. */
    private static final Pattern DATED = Pattern.compile("\\b(?:(?:each|every)\\s+(?:day|week|month|morning|evening|shift|visit)|daily|weekly"
            + "|chaque\\s+(?:jour|semaine|mois|matin|soir)|tous\\s+les\\s+(?:jours|soirs|matins)|quotidien\\w*"
            + "|cada\\s+(?:d[íi]a|semana|mes|ma[ñn]ana|tarde)|todos\\s+los\\s+d[íi]as|diari\\w*"
            + "|jede[nrs]?\\s+(?:Tag|Woche|Monat|Morgen|Abend)|täglich\\w*|wöchentlich\\w*)\\b", F);

    private PlainOpenings() {
    }

    private static String sentenceOf(String text, int at) {
        int start = Text.sentenceStart(text, at);
        int end = text.length();
        for (char c : new char[] {'.', '\n', '!', '?'}) {
            int i = text.indexOf(c, at);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return text.substring(start, end);
    }

    static String rewrite(Lang lang, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher per = PER_RECORD.get(lang).matcher(text);
        if (per.find() && !DATED.matcher(sentenceOf(text, per.start())).find()) {
            // "Il nous faudrait une fiche par commande avec le client, …" → "Pour chaque commande, il nous faudrait le client, …"
            int start = Text.sentenceStart(text, per.start());
            String lead = text.substring(start, per.start()).strip();
            String opening = Text.capitalize(FOR_EACH.get(lang) + " " + per.group(1)) + ", "
                    + (lead.isEmpty() ? "" : Character.toLowerCase(lead.charAt(0)) + lead.substring(1) + " ");
            text = text.substring(0, start) + (start > 0 ? " " : "") + opening + text.substring(per.end());
        }
        Pattern topic = TOPIC.get(lang);
        if (topic != null) {
            text = topic.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                    + (Character.isUpperCase(m.group(2).charAt(0)) ? (lang == Lang.FR ? "Pour " : "De ") : (lang == Lang.FR ? "pour " : "de "))
                    + m.group(2).toLowerCase(java.util.Locale.ROOT) + " " + m.group(3) + ", "));
        }
        if (lang == Lang.ES) {
            text = DEL_ES.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "necesitamos"));
        }
        text = GIVES_RISE.get(lang).matcher(text).replaceAll(m -> Matcher.quoteReplacement(HAS.get(lang) + " " + m.group(1)));
        return text;
    }
}
