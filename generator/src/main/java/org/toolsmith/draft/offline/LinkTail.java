package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link said with an aside after it: "every visit happens at one site, obviously, so …", "cada visita
 * se hace en una obra concreta", "un curso tiene muchas sesiones a lo largo del trimestre", "jede
 * Rechnung wird von einem Lieferanten geschickt". The clause is cut where the aside starts (a comma,
 * a bracket, a dash, or a word that cannot go on the noun: an adverb, a preposition, a conjunction, an
 * adjective of "that very one", a German word typed in lower case after the noun) and each shorter
 * clause is read by the link readers, shortest last. Only clauses that start with "each / a / one"
 * and a kind are tried, so a field named after a kind ("a site manager") is never cut to a link.
 */
final class LinkTail {
    private static final Pattern START = p("^(?:each|every|any|a|an|one|chaque|chacune? des|tout|toute|un|une|cada|todo|toda|una?|jede[rsmn]?|ein|eine)\\s");
    private static final java.util.Set<String> ASIDE = RefineText.set(
            "obviously", "of", "naturally", "always", "usually", "normally", "at", "in", "during", "over", "across", "throughout", "per", "for", "on",
            "so", "because", "since", "which", "that", "who", "as", "now", "today", "anyway", "too", "also", "really", "only", "concerned", "specifically",
            "these", "this", "whatever", "then", "every", "each", "rather", "instead",
            "evidemment", "bien", "forcement", "toujours", "en", "dans", "pendant", "au", "lors", "pour", "donc", "car", "parce", "qui", "que", "deja", "aussi",
            "precis", "precise", "donne", "donnee", "concerne", "concernee", "particulier", "chaque", "et", "mais", "sinon",
            "a", "al", "durante", "por", "para", "asi", "porque", "claro", "obviamente", "siempre", "concreto", "concreta", "determinado", "determinada",
            "tambien", "ya", "lo", "del", "cada", "y", "pero", "normalmente",
            "im", "während", "wahrend", "pro", "fur", "also", "weil", "da", "denn", "naturlich", "immer", "auch", "schon", "statt", "jede", "jeder", "jedes",
            "und", "aber", "sonst", "bitte");

    private LinkTail() {
    }

    /** The clause cut before each aside, longest first; empty when the clause is not of the shape. */
    static List<RefineClause> cuts(RefineSession s, RefineClause c) {
        List<RefineClause> out = new ArrayList<>();
        if (!c.match(START).find()) {
            return out;
        }
        Matcher w = Pattern.compile("[\\p{L}'-]+|[,;(\\[–—]|\\s-\\s").matcher(c.orig);
        List<Integer> at = new ArrayList<>();
        int words = 0;
        while (w.find()) {
            String tok = w.group().strip();
            if (tok.matches("[,;(\\[–—-]")) {
                if (words >= 3) {
                    at.add(w.start());
                }
                continue;
            }
            words++;
            String f = RefineText.fold(tok);
            boolean lowerGerman = s.lang == Lang.DE && Character.isLowerCase(tok.charAt(0)) && words > 3;
            if (words > 3 && (ASIDE.contains(f) || lowerGerman)) {
                at.add(w.start());
            }
        }
        RefineClause folded = new RefineClause(c.orig);
        for (int i = at.size() - 1; i >= 0; i--) {
            String cut = c.orig.substring(0, at.get(i)).replaceAll("[\\s,;]+$", "");
            if (!cut.equals(folded.orig) && cut.split("\\s+").length >= 3) {
                out.add(new RefineClause(cut));
            }
        }
        return out;
    }
}
