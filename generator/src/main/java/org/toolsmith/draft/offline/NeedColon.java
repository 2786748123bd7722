package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verb of needing followed by a colon and the things on the same line: "We also need: a, b and c",
 * "Il nous faut encore : …", "Necesitamos además: …", "Wir brauchen noch: …", "Wir bräuchten noch
 * folgendes: …". The colon only opens the list, so it goes (with "the following", "folgendes",
 * "lo siguiente", "ce qui suit"): before, the adverb in front of it ("noch", "encore", "además") was
 * read as the name of a new record kind whose fields were the list. Only when nothing but adverbs
 * stands between the verb and the colon: "we need visits: date, technician" names a kind and is left.
 */
final class NeedColon {
    private static final String NEED = "(?:we(?:'d| would)? (?:also |still |really )?(?:need|want|would like|'d like)|i(?:'d| would)? (?:also |still )?(?:need|want|would like|'d like)|we're (?:also |still )?missing|we are (?:also |still )?missing"
            + "|il (?:nous |me )?(?:faut|faudrait|manque)|on a (?:aussi |encore )?besoin|nous avons (?:aussi |encore )?besoin|j'ai (?:aussi |encore )?besoin|on voudrait|nous voudrions|je voudrais|on aimerait"
            + "|necesitamos|necesito|necesitar[ií]amos|nos hace falta|nos har[ií]a falta|hace falta|nos falta(?:n)?|queremos|quiero|quisi[ée]ramos"
            + "|wir (?:brauchen|br[äa]uchten|ben[öo]tigen|h[äa]tten gern|h[äa]tten gerne|m[öo]chten)|ich (?:brauche|br[äa]uchte|h[äa]tte gern|h[äa]tte gerne|m[öo]chte)|(?:uns |es )?fehl(?:en|t)(?: uns)?)";
    private static final String ADVERB = "(?:also|still|too|as well|additionally|now|then|further|the following(?: fields| things)?|these|"
            + "encore|aussi|en plus|également|egalement|de plus|ce qui suit|les (?:champs|choses) suivant(?:e)?s|"
            + "además|ademas|también|tambien|todavía|todavia|aún|aun|lo siguiente|los siguientes campos|"
            + "noch|auch|außerdem|ausserdem|zusätzlich|zusatzlich|folgendes|folgende(?: felder| dinge| angaben)?|bitte|dazu)";
    private static final Pattern SAID = Pattern.compile("(?iu)(^|[.!?\\n]\\s*|,\\s*(?:and|et|y|und)\\s+|\\b(?:and|et|y|und)\\s+)(" + NEED + ")((?:\\s+" + ADVERB + ")*)\\s*:[ \\t]*(?=\\S)");
    private static final Pattern LISTING_WORD = Pattern.compile("(?iu)\\s+(?:the following(?: fields| things)?|ce qui suit|les (?:champs|choses) suivant(?:e)?s|lo siguiente|los siguientes campos|folgendes|folgende(?: felder| dinge| angaben)?)");

    private NeedColon() {
    }

    /** The message with the colon after a verb of needing (and "the following" before it) taken out. */
    static String plain(String message) {
        Matcher m = SAID.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String adverbs = LISTING_WORD.matcher(m.group(3)).replaceAll("");
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + adverbs + " "));
        }
        m.appendTail(out);
        return out.toString();
    }
}
