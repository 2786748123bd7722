package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * Verbs of writing down left around the thing in one item of an addition: the field is what is written, not who
 * writes it or the act. "tutors to write a short report after each lesson" → a short report …; "(et) de savoir si le
 * tissu est fourni" / "(y) de saber si …" / "(and) to know whether …" → the question; German "den Tageskurs
 * mitschreiben", "die Seriennummer dokumentieren" with the infinitive last (the verb-final word order of a wish) → the
 * noun phrase. Read on the item as typed (German verbs are in lower case, nouns capitalised); nothing else changes.
 */
final class NameVerbs {
    private NameVerbs() {
    }

    /** Who writes, then "to" and a verb of writing down: the people are not the field ("drivers to log the mileage"). */
    private static final Pattern EN_DOER = Pattern.compile("(?iu)^(?:(?:the|our|all|each|every|any)\\s+)?(?:[\\p{L}'-]+\\s+){0,2}?"
            + "(?:[\\p{L}'-]+s|staff|people|crew|everyone|everybody|someone|somebody|anyone|whoever)\\s+to\\s+(?:be able to\\s+)?(?:also\\s+)?"
            + "(?:write(?:\\s+(?:down|up))?|record|note(?:\\s+down)?|log|fill in|fill out|enter|upload|attach|tick|rate|sign|type(?:\\s+in)?|jot down|submit|leave|give|add|put(?:\\s+down|\\s+in)?)\\s+(?=\\S)");
    /** Words that say who or when, never a writer: "dates to note", "items to upload". */
    private static final Pattern NOT_DOER = Pattern.compile("(?iu)^(?:(?:the|our|all|each|every|any)\\s+)?(?:[\\p{L}'-]+\\s+){0,2}?"
            + "(?:dates|times|days|details|things|items|fields|boxes|places|spaces|notes|documents|files|photos|reports|forms|ways|options|reasons|records)\\s+to\\s");
    /** A verb of knowing or noting with its "de" / "to" in front of the thing or a yes/no question: the thing is what is known. */
    private static final Pattern KNOW_FRONT = Pattern.compile("(?iu)^(?:(?:and|et|y|und)\\s+)?(?:"
            + "to (?:know|see|note|record|keep|track)(?:\\s+track of)?"
            + "|(?:(?:de|d')\\s*)?(?:savoir|voir|noter|garder|conserver|suivre|indiquer|connaitre|connaître|pouvoir (?:noter|indiquer|saisir|savoir|voir))"
            + "|(?:de\\s+)?(?:saber|ver|anotar|apuntar|registrar|guardar|indicar|poder (?:saber|ver|anotar|apuntar|indicar))"
            + "|zu (?:wissen|sehen|notieren|erfassen))\\s+(?=\\S)"
            // "saber cuándo vence": a question word after the verb is read with it by the question readers
            + "(?!(?:when|who|how|what|which|where|why|quand|qui|comment|quel|quelle|quels|quelles|où|pourquoi|combien|cuándo|cuando|quién|quien|cómo|como|qué|que|cuál|cual|dónde|donde|cuánto|cuanto|cuántos|cuantos|cuánta|cuanta|por qué|wann|wer|wie|was|welche\\p{L}*|wo|warum|wieviel)(?![\\p{L}]))");
    /** German: a verb of writing down left last, in lower case, after the thing. */
    private static final Pattern DE_LAST = Pattern.compile("(?u)(?<=\\S)\\s+(?:(?:mit|noch|auch|bitte|mal|gleich|dann|immer)\\s+)*"
            + "(?:notieren|mitnotieren|aufschreiben|mitschreiben|hinschreiben|reinschreiben|eintragen|reintragen|festhalten|erfassen|miterfassen|aufnehmen|"
            + "vermerken|dokumentieren|protokollieren|speichern|abspeichern|hinterlegen|aufzeichnen|einpflegen|nachhalten|tracken|loggen|mitführen|mitfuehren)"
            + "(?:\\s+(?:können|koennen|konnen|dürfen|duerfen|zu können|zu koennen))?\\s*[.!?]*$");

    /** The item without the verbs of writing around its thing, or the item itself. */
    static RefineClause strip(Lang lang, RefineClause item) {
        String typed = item.orig;
        if (lang == Lang.EN) {
            var doer = EN_DOER.matcher(typed);
            if (doer.find() && !NOT_DOER.matcher(typed).find()) {
                typed = typed.substring(doer.end());
            }
        }
        var know = KNOW_FRONT.matcher(typed);
        if (know.find() && know.end() < typed.length()) {
            typed = typed.substring(know.end());
        }
        if (lang == Lang.DE) {
            var last = DE_LAST.matcher(typed);
            if (last.find() && last.start() > 0) {
                typed = typed.substring(0, last.start());
            }
        }
        return typed.equals(item.orig) ? item : new RefineClause(typed);
    }
}
