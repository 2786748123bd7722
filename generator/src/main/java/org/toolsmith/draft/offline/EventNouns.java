package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "When X happens" said in Spanish, French or German names a date by the event's noun, from general
 * knowledge of the language: "cuándo vence la póliza" → "la fecha de vencimiento", "la date à laquelle
 * la concession arrive à échéance" → "la date d'échéance", "wann der Vertrag abläuft" → "das
 * Ablaufdatum". Verbs outside the list are left to the describer (which names the date by the participle).
 */
final class EventNouns {
    private static final Map<String, String> ES = Map.ofEntries(
            Map.entry("vence", "vencimiento"), Map.entry("vencen", "vencimiento"), Map.entry("caduca", "caducidad"), Map.entry("caducan", "caducidad"),
            Map.entry("expira", "expiración"), Map.entry("empieza", "inicio"), Map.entry("empiezan", "inicio"), Map.entry("comienza", "inicio"),
            Map.entry("comienzan", "inicio"), Map.entry("termina", "fin"), Map.entry("terminan", "fin"), Map.entry("acaba", "fin"), Map.entry("finaliza", "fin"),
            Map.entry("llega", "llegada"), Map.entry("llegan", "llegada"), Map.entry("sale", "salida"), Map.entry("salen", "salida"),
            Map.entry("renueva", "renovación"), Map.entry("renuevan", "renovación"));
    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("expire", "d'expiration"), Map.entry("expirent", "d'expiration"), Map.entry("arrive a echeance", "d'échéance"),
            Map.entry("arrivent a echeance", "d'échéance"), Map.entry("echoit", "d'échéance"), Map.entry("commence", "de début"),
            Map.entry("debute", "de début"), Map.entry("se termine", "de fin"), Map.entry("finit", "de fin"), Map.entry("prend fin", "de fin"),
            Map.entry("arrive", "d'arrivée"), Map.entry("part", "de départ"), Map.entry("est renouvele", "de renouvellement"),
            Map.entry("est renouvelee", "de renouvellement"));
    private static final Map<String, String> DE = Map.ofEntries(
            Map.entry("ablauft", "Ablaufdatum"), Map.entry("ablaufen", "Ablaufdatum"), Map.entry("endet", "Enddatum"), Map.entry("enden", "Enddatum"),
            Map.entry("beginnt", "Beginn"), Map.entry("anfangt", "Beginn"), Map.entry("ankommt", "Ankunft"), Map.entry("eingeht", "Eingangsdatum"),
            Map.entry("fallig ist", "Fälligkeitsdatum"), Map.entry("fallig wird", "Fälligkeitsdatum"), Map.entry("verlangert wird", "Verlängerungsdatum"));
    private static final Pattern ES_WHEN = Pattern.compile("(?<=\\b(?:saber|indicar|apuntar|registrar|anotar|guardar|ver|poner|conocer|controlar|y)\\s)cuando\\s+(?:se\\s+)?(" + alternatives(ES) + ")\\b(?:\\s+(?:el|la|los|las|su|sus)\\s+[\\p{L}-]+)?");
    private static final Pattern FR_WHEN = Pattern.compile("(?:(?<=\\b(?:savoir|indiquer|noter|voir|suivre|et)\\s)quand|\\bla date (?:a laquelle|ou))\\s+(?:(?:le|la|les|l')\\s*[\\p{L}-]+(?:\\s+(?:de|du|des)\\s+[\\p{L}-]+)?\\s+|(?:il|elle|ils|elles)\\s+)?(" + alternatives(FR) + ")\\b");
    private static final Pattern DE_WHEN = Pattern.compile("(?<!\\b(?:bis|seit|ab)\\s)\\bwann\\s+(?:(?:der|die|das)\\s+[\\p{L}-]+|er|sie|es)\\s+(" + alternatives(DE) + ")\\b");

    private EventNouns() {
    }

    private static String alternatives(Map<String, String> words) {
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    static String rewrite(Lang lang, String message) {
        Pattern p = lang == Lang.ES ? ES_WHEN : lang == Lang.FR ? FR_WHEN : lang == Lang.DE ? DE_WHEN : null;
        if (p == null) {
            return message;
        }
        RefineClause c = new RefineClause(message);
        Matcher m = c.match(p);
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean any = false;
        while (m.find()) {
            String verb = m.group(1);
            String noun = lang == Lang.ES ? "la fecha de " + ES.get(verb) : lang == Lang.FR ? "la date " + FR.get(verb) : "das " + DE.get(verb);
            out.append(c.sub(at, m.start()).orig).append(m.start() > 0 ? " " : "").append(noun).append(' ');
            at = m.end();
            any = true;
        }
        if (!any) {
            return message;
        }
        return message.contains("\n") ? message : (out + c.from(at).orig).replaceAll("\\s{2,}", " ").strip();
    }
}
