package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * "Who decided the service list, by the way? Add the dog's age.": a question put to the reader about
 * something else, followed by the request itself, changes nothing. A question followed by "add that"
 * names the field and is left to the readers, and so is a question that is the whole message.
 */
final class AsideQuestion {
    private static final Pattern WH = Pattern.compile("^(?:(?:and|but|also|et|mais|y|pero|und|aber)\\s+)?(?:who|why|what|which|where|when|how|"
            + "qui|pourquoi|quel(?:le)?s?|quand|ou|comment|quien|por que|que|cual|donde|cuando|como|wer|warum|wieso|weshalb|was|welche\\w*|wo|wann|wie)\\b");
    /** "by the way", "au fait", "por cierto", "übrigens": said in passing. */
    private static final Pattern IN_PASSING = Pattern.compile("\\b(?:by the way|btw|out of curiosity|just wondering|au fait|par curiosite|por cierto|por curiosidad|ubrigens|nebenbei|aus neugier)\\b");
    /** The next clause asks for something itself: an edit verb or a wish. */
    private static final Pattern ASKS = Pattern.compile("^(?:(?:and|also|but|anyway|either way|so|please|et|mais|bref|y|pero|bueno|und|aber|jedenfalls|bitte)\\s*,?\\s+)*"
            + "(?:please\\s+)?(?:add|remove|delete|drop|rename|make|include|track|record|we (?:need|want|would like)|i (?:need|want)|"
            + "ajout\\w*|rajout\\w*|supprim\\w*|enlev\\w*|renomm\\w*|il (?:nous )?faut|on veut|anad\\w*|agreg\\w*|quit\\w*|elimin\\w*|renombr\\w*|necesitamos|queremos|"
            + "fug\\w*|erganz\\w*|entfern\\w*|losch\\w*|benenn\\w*|wir brauchen|wir wollen)\\b"
            // German, the verb last: "bitte beim Pferd noch das Stockmaß ergänzen"
            + "|\\b(?:erganzen|hinzufugen|aufnehmen|entfernen|loschen|umbenennen)\\s*[.!]*$");

    /** "add that", "we need it on the booking", "das muss rein": a pronoun, not an article before a noun ("das Stockmaß"). */
    private static final Pattern POINTS_BACK = Pattern.compile("(?<![\\p{L}'])(?iu:that|it|this|those|them|ça|ca|cela|eso|esto|ello|das|es|dies|dafür|dafur|dazu)(?![\\p{L}'])(?!\\s+\\p{Lu})");

    private AsideQuestion() {
    }

    /** Whether {@code clause} is a question about something else, to be left out. */
    static boolean skip(RefineClause clause, RefineClause next) {
        // "Who decided it, by the way?" may come cut at its comma: the question mark is on the part in passing
        boolean passingNext = next != null && next.orig.strip().endsWith("?") && next.match(IN_PASSING).find();
        if (!clause.match(WH).find()) {
            return false;
        }
        // "… Add that.", "We need that on the booking.": the question names the field, the readers take it
        boolean asksElse = next != null && next.match(ASKS).find() && !POINTS_BACK.matcher(next.orig).find();
        return passingNext || clause.match(IN_PASSING).find() || clause.orig.strip().endsWith("?") && asksElse;
    }
}
