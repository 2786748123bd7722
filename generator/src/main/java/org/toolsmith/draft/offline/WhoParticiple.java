package org.toolsmith.draft.offline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "who" item named by its verb rather than a bare "Person": "qui valide" → Validé par, "qui l'a fait" → Fait par,
 * "qui réserve" → Réservé par, "wer anfragt" → Angefragt von, "who approves it" → Approved by, and Spanish
 * participles with a changed stem ("quién lo pide" → Pedido por, not "Pidido"). Two who-items in one list
 * ("qui demande, qui valide") so stay two fields. A verb that names no act ("qui est", "qui y va", "qui doit …")
 * keeps the language's plain label.
 */
final class WhoParticiple {
    private WhoParticiple() {
    }

    /** "qui [ne] [l'|le|la|les|lui] [a|ont] VERB …": the optional auxiliary and the verb. */
    private static final Pattern FR = Pattern.compile("^qui (?:l'|le |la |les |lui |leur )?(a |ont |avait |avaient )?([a-z]+)(?:\\s.*)?$");
    /** French verbs that name no act of their own, or words that are no verb. */
    private static final java.util.Set<String> FR_NOT = java.util.Set.of("est", "sont", "etait", "etaient", "sera", "va", "vont",
            "vient", "viennent", "doit", "doivent", "peut", "peuvent", "veut", "veulent", "sait", "savent", "a", "ont", "y", "en",
            "se", "s", "ne", "n", "fait-quoi", "quoi", "part", "partent", "sort", "sortent", "reste", "restent", "devra", "pourra");
    /** Present forms whose participle no rule gives ("prend" → pris); the values keep their accents. */
    private static final Map<String, String> FR_IRREGULAR = Map.ofEntries(
            Map.entry("fait", "fait"), Map.entry("font", "fait"), Map.entry("prend", "pris"), Map.entry("prennent", "pris"),
            Map.entry("reprend", "repris"), Map.entry("met", "mis"), Map.entry("mettent", "mis"), Map.entry("remet", "remis"),
            Map.entry("transmet", "transmis"), Map.entry("soumet", "soumis"), Map.entry("ecrit", "écrit"), Map.entry("redige", "rédigé"),
            Map.entry("dit", "dit"), Map.entry("lit", "lu"), Map.entry("recoit", "reçu"), Map.entry("recoivent", "reçu"),
            Map.entry("voit", "vu"), Map.entry("vend", "vendu"), Map.entry("rend", "rendu"), Map.entry("conduit", "conduit"),
            Map.entry("envoie", "envoyé"), Map.entry("paie", "payé"), Map.entry("suit", "suivi"), Map.entry("ouvre", "ouvert"),
            Map.entry("offre", "offert"), Map.entry("tient", "tenu"), Map.entry("obtient", "obtenu"), Map.entry("produit", "produit"),
            Map.entry("traduit", "traduit"), Map.entry("construit", "construit"), Map.entry("inscrit", "inscrit"),
            Map.entry("decrit", "décrit"), Map.entry("emet", "émis"), Map.entry("gere", "géré"), Map.entry("complete", "complété"),
            Map.entry("regle", "réglé"), Map.entry("repond", "répondu"), Map.entry("attend", "attendu"), Map.entry("prete", "prêté"));
    /** Spanish participles built from a stem that changed in the present or the past ("pide" → pidido → pedido). */
    private static final Map<String, String> ES_FIX = Map.ofEntries(
            Map.entry("pidido", "pedido"), Map.entry("midido", "medido"), Map.entry("sirvido", "servido"), Map.entry("repitido", "repetido"),
            Map.entry("eligido", "elegido"), Map.entry("corrigido", "corregido"), Map.entry("sigido", "seguido"), Map.entry("consigido", "conseguido"),
            Map.entry("cierrado", "cerrado"), Map.entry("pruebado", "probado"), Map.entry("compruebado", "comprobado"),
            Map.entry("cuentado", "contado"), Map.entry("muestrado", "mostrado"), Map.entry("recuerdado", "recordado"),
            Map.entry("hacido", "hecho"), Map.entry("escribido", "escrito"), Map.entry("ponido", "puesto"), Map.entry("abrido", "abierto"),
            Map.entry("dicido", "dicho"), Map.entry("cubrido", "cubierto"), Map.entry("devuelvido", "devuelto"), Map.entry("devolvido", "devuelto"),
            Map.entry("resuelvido", "resuelto"), Map.entry("resolvido", "resuelto"), Map.entry("rompido", "roto"), Map.entry("vuelvido", "vuelto"),
            Map.entry("revisido", "revisado"), Map.entry("imprimido", "impreso"), Map.entry("descubrido", "descubierto"));
    /** "wer VERB" with the verb last and no object: German verbs that name no act. */
    private static final Pattern DE = Pattern.compile("^wer ([a-z]+t)$");
    private static final Pattern END_MARKS = Pattern.compile("[.!?,;]+$");
    private static final Pattern PARTICIPLE_END = Pattern.compile(".*(?:e|i|u|t|s)");
    private static final Pattern KEEP_S = Pattern.compile(".*(?:ss|us|is)");
    private static final Pattern SIBILANT_PLURAL = Pattern.compile(".*(?:ch|sh|x|z|ss)es");
    private static final java.util.Set<String> DE_NOT = java.util.Set.of("ist", "hat", "wird", "kommt", "geht", "muss", "soll",
            "darf", "kann", "will", "weiss", "bekommt", "erhalt", "nicht", "gerade", "jetzt", "zuletzt", "zuerst", "meist");

    /**
     * The label for a who-item, or null when the verb gives none. {@code folded} is the folded item (starting with the
     * who-word), {@code text} the item as typed (for accents).
     */
    static String label(Lang lang, String folded, String text) {
        return switch (lang) {
            case FR -> french(folded, text);
            case DE -> german(folded, text);
            default -> null;
        };
    }

    private static String french(String folded, String text) {
        Matcher m = FR.matcher(folded);
        if (!m.matches()) {
            return null;
        }
        String verb = m.group(2);
        if (FR_NOT.contains(verb) || verb.length() < 3) {
            return null;
        }
        String typed = FieldReader.original(text, verb);
        String participle;
        if (m.group(1) != null) {
            // "qui l'a fait", "qui a pris", "qui a rempli": the participle as written
            participle = PARTICIPLE_END.matcher(verb).matches() ? typed : null;
        } else if (FR_IRREGULAR.containsKey(verb)) {
            participle = FR_IRREGULAR.get(verb);
        } else if (verb.length() >= 4 && verb.endsWith("ent") && !verb.endsWith("issent")) {
            // "qui valident" → validé
            participle = typed.substring(0, typed.length() - 3) + "é";
        } else if (verb.length() >= 6 && verb.endsWith("issent")) {
            participle = typed.substring(0, typed.length() - 4);
        } else if (verb.length() >= 4 && verb.endsWith("e")) {
            // "qui demande", "qui réserve" → demandé, réservé
            participle = typed.substring(0, typed.length() - 1) + "é";
        } else if (verb.length() >= 5 && verb.endsWith("it")) {
            // second group: "qui remplit", "qui choisit" → rempli, choisi
            participle = typed.substring(0, typed.length() - 1);
        } else {
            participle = null;
        }
        return participle == null ? null : Text.capitalize(participle) + " par";
    }

    private static String german(String folded, String text) {
        Matcher m = DE.matcher(END_MARKS.matcher(folded).replaceAll("").strip());
        if (!m.matches() || DE_NOT.contains(m.group(1))) {
            return null;
        }
        // "wer anfragt", "wer prüft": the same participle the refiner reads after an object ("wer das prüft")
        String p = GermanParticiple.ofPresent("das " + m.group(1), text);
        return p == null ? null : Text.capitalize(p) + " von";
    }

    /** An English "Approves by" as "Approved by"; a Spanish "Pidido por" as "Pedido por"; others as they are. */
    static String mend(Lang lang, String label) {
        String[] lw = label.split(" ");
        if (lw.length != 2) {
            return label;
        }
        String w = lw[0].toLowerCase(java.util.Locale.ROOT);
        if (lang == Lang.EN && java.util.List.of("by", "on", "to").contains(lw[1]) && w.length() > 3 && w.endsWith("s")
                && !KEEP_S.matcher(w).matches()) {
            String stem = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : SIBILANT_PLURAL.matcher(w).matches() ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1);
            return Text.capitalize(Inflector.pastParticiple(stem)) + " " + lw[1];
        }
        if (lang == Lang.ES && lw[1].equals("por") && ES_FIX.containsKey(w)) {
            return Text.capitalize(ES_FIX.get(w)) + " " + lw[1];
        }
        return label;
    }
}
