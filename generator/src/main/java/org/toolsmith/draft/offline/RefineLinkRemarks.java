package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What people add after saying how two kinds hang together, which is no edit of its own: "one
 * supplier supplies many parts, so hook parts up to their supplier", "une salle peut avoir plusieurs
 * réservations, il faudrait les relier", "cada pedido va asociado a un cliente, que ahora mismo no
 * aparece", "ein Raum kann viele Buchungen haben, bitte verknüpft das". The sentence keeps the part
 * that says the link, so the link readers see it alone; the remark (a request to link, connect or
 * tie them, or a relative clause that only describes) is dropped. Only after a part that names a
 * link (each / every / several / many, in the four languages).
 */
final class RefineLinkRemarks {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?;\\n]+(?:[.!?;]+|\\n|$)");
    /** The part before the comma says a link: "each X … a Y", "X … several Ys". */
    private static final Pattern SAYS_LINK = p("\\b(?:each|every|chaque|cada|jede[rsnm]?|many|several|multiple|lots of|plusieurs|de nombreu(?:x|ses)|"
            + "varios|varias|muchos|muchas|mehrere|viele)\\b");
    private static final Pattern SCOPE = p("^(?:for|on|in|at|pour|sur|dans|para|en|por|fur|bei|beim|zu|im)\\s");
    /** ", so (please) link them", ", il faudrait les relier", ", bitte verknüpft das": asking for the link just said. */
    private static final Pattern LINK_ASK = p("^,?\\s*(?:(?:so|and so|and|then|therefore|please|can you|could you|would you|donc|alors|et|il faudrait|il faut|merci de|"
            + "pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|asi que|entonces|por eso|y|hay que|podeis|puedes|podriais|por favor|also|bitte|deshalb|daher|und|konnt ihr|konntet ihr|kannst du)\\s+)*"
            + "(?:[\\w'-]+\\s+){0,4}?(?:link\\w*|hook\\w*|connect\\w*|tie\\w*|join\\w*|relate\\w*|associate\\w*|relie\\w*|lie[rz]?|rattach\\w*|connect\\w*|associ\\w*|"
            + "relacion\\w*|vincul\\w*|enlaz\\w*|conect\\w*|asoci\\w*|uni[rd]?|verknupf\\w*|verbind\\w*|zuordn\\w*|verlink\\w*)\\b[^,]{0,50}$");
    /** ", que ahora mismo no aparece", ", which we don't have yet": a relative clause that only describes. */
    private static final Pattern RELATIVE = p("^,\\s*(?:que|qui|which|who|das|die|der|lo que|ce qui|ce que)\\s+[^,]{0,60}$");
    private static final Pattern REQUEST = p("\\b(?:should|must|need|add|remove|required|mandatory|optional|doit|doivent|ajout\\w*|obligatoire|debe|deben|anad\\w*|obligatori[oa]|"
            + "soll\\w*|muss|mussen|pflicht|hinzu\\w*|erganz\\w*)\\b");

    private static final Pattern LINK_VERB = p("^(?:link\\w*|hook\\w*|connect\\w*|tie\\w*|join\\w*|relate\\w*|associate\\w*|relie\\w*|lie[rz]?|rattach\\w*|associ\\w*|"
            + "relacion\\w*|vincul\\w*|enlaz\\w*|conect\\w*|asoci\\w*|uni[rd]?|verknupf\\w*|verbind\\w*|zuordn\\w*|verlink\\w*)$");
    private static final java.util.Set<String> FILLER = RefineText.set("please", "could", "would", "should", "them", "that", "this", "those", "these",
            "their", "together", "both", "with", "each", "other", "then", "faudrait", "pourriez", "pouvez", "donc", "alors", "ensemble", "deux",
            "entonces", "favor", "podeis", "puedes", "ambos", "ambas", "bitte", "deshalb", "daher", "beide", "beiden", "miteinander", "konnt", "konntet");

    private RefineLinkRemarks() {
    }

    /** The remark names nothing the link part did not: "so hook parts up to their supplier", never "and each repair should be linked to a technician". */
    private static boolean nothingNew(RefineClause said, RefineClause remark) {
        if (remark.text.matches(".*\\b(?:each|every|chaque|cada|jede[rsnm]?)\\b.*")) {
            return false;
        }
        String[] before = said.text.split("[^\\p{L}]+");
        for (String w : remark.text.split("[^\\p{L}]+")) {
            if (w.length() < 4 || FILLER.contains(w) || w.matches(LINK_VERB.pattern())) {
                continue;
            }
            String stem = w.substring(0, Math.min(5, w.length()));
            if (java.util.Arrays.stream(before).noneMatch(b -> b.startsWith(stem))) {
                return false;
            }
        }
        return true;
    }

    /** The message with each such remark taken out of its sentence. */
    static String strip(String message) {
        Matcher sm = SENTENCE.matcher(message);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (sm.find()) {
            String sentence = message.substring(sm.start(), sm.end());
            String lead = sentence.substring(0, sentence.length() - sentence.stripLeading().length()); // the space after the last full stop
            RefineClause c = new RefineClause(sentence.strip().replaceAll("[.!?;\\s]+$", ""));
            int comma = c.text.indexOf(',');
            RefineClause said = comma <= 0 ? null : c.sub(0, comma);
            if (said == null || !said.match(SAYS_LINK).find() || said.text.split("\\s+").length < 4 || said.match(SCOPE).find()) {
                // "for each loan, link it to the department": a scope in front, the edit is after the comma
                continue;
            }
            RefineClause remark = c.from(comma);
            if (remark.match(LINK_ASK).find() && nothingNew(said, remark) || remark.match(RELATIVE).find() && !remark.match(REQUEST).find()) {
                out.append(message, from, sm.start()).append(lead).append(c.sub(0, comma).orig).append(sentence.endsWith("\n") ? ".\n" : ". ");
                from = sm.end();
            }
        }
        if (from == 0) {
            return message;
        }
        out.append(message.substring(from));
        return out.toString().strip();
    }
}
