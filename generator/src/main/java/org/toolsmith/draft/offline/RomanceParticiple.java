package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "qui la traite" → Traité par, "quién lo gestiona" → Gestionado por: a French or Spanish "who" clause
 * in the present, an object pronoun and a verb, names the person field by the verb's participle (the
 * preterite forms, "quién lo aprobó", are read by {@link RefineVerbs#who}).
 */
final class RomanceParticiple {
    private static final Pattern FR = Pattern.compile("^(?:la|le|les|l')\\s*(\\p{L}+?)(?:nt)?$");
    private static final Pattern ES = Pattern.compile("^(?:lo|la|los|las|le|les)\\s+(\\p{L}+?)(?:n)?$");
    private static final Map<String, String> FR_IRREGULAR = Map.of("suit", "suivi", "fait", "fait", "prend", "pris", "reçoit", "reçu", "écrit", "écrit",
            "gère", "géré", "vérifie", "vérifié", "envoie", "envoyé", "paie", "payé");
    private static final Map<String, String> ES_IRREGULAR = Map.ofEntries(Map.entry("aprueba", "aprobado"), Map.entry("resuelve", "resuelto"),
            Map.entry("devuelve", "devuelto"), Map.entry("cierra", "cerrado"), Map.entry("hace", "hecho"), Map.entry("pone", "puesto"),
            Map.entry("escribe", "escrito"), Map.entry("abre", "abierto"), Map.entry("ve", "visto"), Map.entry("prueba", "probado"),
            Map.entry("atiende", "atendido"), Map.entry("entiende", "entendido"), Map.entry("muestra", "mostrado"), Map.entry("cuenta", "contado"));

    private RomanceParticiple() {
    }

    /** "Traité par" / "Gestionado por", or null when the words are not a pronoun and a verb in the present. */
    static String ofPresent(Lang lang, String said) {
        String t = said.strip().replaceAll("[.!?,;]+$", "").toLowerCase(java.util.Locale.ROOT);
        if (lang == Lang.FR) {
            Matcher m = FR.matcher(t);
            if (!m.matches()) {
                return null;
            }
            String verb = t.replaceFirst("^(?:la|le|les|l')\\s*", "").replaceFirst("nt$", "");
            // "qui la traite": the participle agrees with the feminine thing the pronoun stands for
            String agree = t.startsWith("la ") ? "e" : "";
            if (FR_IRREGULAR.containsKey(verb)) {
                return RefineText.capitalize(FR_IRREGULAR.get(verb) + agree) + " par";
            }
            return verb.endsWith("e") && verb.length() > 3 ? RefineText.capitalize(verb.substring(0, verb.length() - 1).replaceAll("è(?=\\p{L}*$)", "é") + "é" + agree) + " par" : null;
        }
        if (lang == Lang.ES) {
            Matcher m = ES.matcher(t);
            if (!m.matches()) {
                return null;
            }
            String verb = t.replaceFirst("^(?:lo|la|los|las|le|les)\\s+", "");
            String one = verb.endsWith("an") || verb.endsWith("en") ? verb.substring(0, verb.length() - 1) : verb;
            if (ES_IRREGULAR.containsKey(one)) {
                return RefineText.capitalize(ES_IRREGULAR.get(one)) + " por";
            }
            if (one.length() > 3 && one.endsWith("a")) {
                return RefineText.capitalize(one.substring(0, one.length() - 1) + "ado") + " por";
            }
            if (one.length() > 3 && one.endsWith("e")) {
                // "quién lo pide" → Pedido por, not "Pidido por"
                return WhoParticiple.mend(Lang.ES, RefineText.capitalize(one.substring(0, one.length() - 1) + "ido") + " por");
            }
        }
        return null;
    }
}
