package org.toolsmith.draft.offline;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;

/**
 * The record kind a question-shaped field is about, when the question names it with an article: "whether
 * the repair is under warranty" goes on Repair, "wer den Sud abgefüllt hat" on Sud, "si le vin est bio" on
 * Vin. Used only when nothing else named a kind, and never for a kind the default one links to: "whether the
 * book was damaged on return" belongs to the loan of the book (a question asked as its own sentence about
 * that kind names it itself, {@link AskFrames}). A linked kind does take it when the question is about what that
 * kind has or where it is: "whether the venue has step-free access", "which paddock the ewe is in", "dans quel
 * enclos se trouve la brebis", "ob das Lokal einen Aufzug hat", and when a yes/no question says what the kind is: "whether the
 * customer is a member or a guest", "si el local es accesible" ({@link #owned}).
 */
final class QuestionKind {
    private static final Pattern WH = Pattern.compile("^(?:(?:in|on|at|dans|sur|en|a|auf|an)\\s+)?(?:where|ou|donde|wo|whether|if|who|whom|when|how|which|what|si|s'il|s'ils|s'elle|qui|quand|combien|quel\\w*|quien|cuando|cuant\\w*|que|cual\\w*|ob|wer|wen|wem|wann|wie|welch\\w*)\\b");
    private static final Pattern NAMED = Pattern.compile("\\b(?:the|le|la|les|l'|el|los|las|der|die|das|den|dem|des)\\s*([\\w-]{3,})\\b");
    /** A question about a place: "which paddock", "where", "dans quel enclos", "en qué potrero", "auf welcher Weide". */
    private static final Pattern PLACE_Q = Pattern.compile("^(?:(?:in|on|at|dans|sur|en|a|auf|an|im|am)\\s+)?(?:which|what|where|ou|quel\\w*|donde|que|cual\\w*|wo|welch\\w*)\\b");
    /** What follows the kind when the question asks what it has: "has step-free access", "a un parking", "tiene rampa". */
    private static final Pattern HAS_AFTER = Pattern.compile("^\\s*(?:(?:has|have)\\s+(?:got\\s+)?(?!been\\b|got\\b|gone\\b|done\\b|come\\b|given\\b|taken\\b|seen\\b|had\\b|paid\\b|sent\\b|left\\b|lost\\b|broken\\b|\\w+ed\\b)\\w|(?:owns|possesses|offers|provides)\\b"
            + "|(?:a|ont|possede\\w*|dispose\\w*|offre\\w*|propose\\w*)\\s+(?:un|une|des|du|de|d'|l'|le|la|les|son|sa|ses|leur|leurs)\\b"
            + "|(?:tiene|tienen|dispone|disponen|cuenta|cuentan|ofrece|ofrecen)\\b|(?:hat|haben|verfugt|verfugen|besitzt|bietet)\\s+(?:ein|eine|einen|einem|einer|kein\\w*)\\b)");
    /** What follows the kind in a place question: "is in", "is kept in", "lives on", "steht", "gerade ist". */
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s*(?:(?:currently|now|gerade|jetzt|aktuell)\\s+)?(?:(?:is|are)(?:\\s+(?:currently|now|kept|housed|stored|located|grazing|parked|based))?(?:\\s+(?:in|on|at))?|(?:lives|sits|stays|grazes|sleeps|goes)\\s+(?:in|on|at)|(?:takes|take) place|(?:is|are) (?:held|run|given)|ist|sind|steht|stehen|liegt|liegen|lebt|leben|wohnt|grast|sich befindet|stattfindet|stattfinden)\\s*$");
    /** What comes before the kind in a French or Spanish place question: "où se trouve la brebis", "en qué potrero está la oveja". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:est|sont|se trouve\\w*|vit|vivent|loge\\w*|broute\\w*|a lieu|ont lieu|se deroule\\w*|esta|estan|se encuentra\\w*|vive|viven|pasta\\w*|tiene lugar|tienen lugar|se celebra\\w*|se imparte\\w*)(?:\\s+(?:actuellement|maintenant|actualmente|ahora))?\\s*$");
    /**
     * What follows the kind when the question asks what it is, in the present: "is a member or a guest", "es accesible", "est
     * bio"; not a participle, which tells what happened to it ("was damaged", "fue devuelto"), nor a state said with a
     * preposition ("is in good health", "est en bonne santé"), which holds at the time of the record edited.
     */
    private static final Pattern IS_AFTER = Pattern.compile("^\\s*(?:is|are|est|sont|es|son)\\s+(?!(?:not|pas|no|been|being|still|already|in|on|at|under|with|without|out|off|en|dans|sous|avec|sans|bajo|con|sin|de)\\b)(?:(?:an?|the|un|une|una?|le|la|el)\\s+)?(?!\\w+(?:ed|en|ee|ees|ado|ada|ados|adas|ido|ida|idos|idas)\\b)\\w");
    /** German verb-final description: "ob der Kunde Eigentümer oder Mieter ist" (a noun before "ist"). */
    private static final Pattern IS_FINAL = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+(?:ist|sind)\\s*$");
    /** German verb-final possession: "einen Aufzug hat" (a noun before "hat"), not "bezahlt hat" (a perfect tense). */
    private static final Pattern HAS_FINAL = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+(?:hat|haben|besitzt|besitzen|bietet|bieten)\\s*$");

    private QuestionKind() {
    }

    /** The scoped phrase with the kind its question names, or the phrase as it was. */
    static RefineResolver.Scoped scope(RefineSession s, RefineResolver.Scoped found) {
        RefineClause phrase = found.phrase();
        if (found.entityKey() != null || phrase == null || !phrase.match(WH).find()) {
            return found;
        }
        Set<String> kinds = new LinkedHashSet<>();
        boolean owned = false;
        Matcher m = phrase.match(NAMED);
        while (m.find()) {
            RefineMatcher.EntityRef e = RefineMatcher.entity(s.spec, m.group(1));
            if (e != null && e.score() >= 0.99) {
                kinds.add(e.entity().key());
                owned = owned || owned(phrase, m);
            }
        }
        if (kinds.size() != 1) {
            return found;
        }
        String kind = kinds.iterator().next();
        String fallback = RefineResolver.targetEntity(s, null);
        Entity d = s.entity(fallback);
        boolean linked = d != null && d.fields().stream().anyMatch(f -> kind.equals(f.target()));
        if (kind.equals(fallback) || linked && !owned) {
            return found;
        }
        return new RefineResolver.Scoped(phrase, kind);
    }

    /** Whether the question asks what the named kind has, or where it is: then it is that kind's own field. */
    private static boolean owned(RefineClause phrase, Matcher named) {
        String after = phrase.text.substring(named.end());
        boolean asksWhether = phrase.text.matches("^(?:whether|if|si|ob)\\s.*");
        if (asksWhether && named.start() <= phrase.text.indexOf(' ') + 5 && (IS_AFTER.matcher(after).find() || IS_FINAL.matcher(phrase.orig).find())) {
            // "whether the customer is a member or a guest", "si el local es accesible": what the kind is, the kind's own field
            return true;
        }
        if (HAS_AFTER.matcher(after).find() || HAS_FINAL.matcher(phrase.orig).find() && !phrase.text.startsWith("wo")) {
            return true;
        }
        return phrase.match(PLACE_Q).find() && (PLACE_AFTER.matcher(after).find()
                || PLACE_BEFORE.matcher(phrase.text.substring(0, named.start())).find() && after.isBlank());
    }
}
