package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that open a message or a clause without being part of the request: a greeting in front of the whole
 * message ("Bonjour, il nous faudrait …", "Moin! Wir brauchen …", "Hola, necesitamos …") and a connector in
 * front of a clause ("mais ajoute …", "pero añadid …", "aber bitte … ergänzen", "außerdem den …", "además, la
 * …"). The readers of needs and verbs look at the start of a clause; with such a word in front they found
 * nothing and the message was refused or the word became part of a field name. A connector that adds ("also",
 * "en plus", "además", "außerdem") becomes the plain "also" marker of each language, which still marks a bare
 * noun phrase as asked for; one that contrasts ("but", "mais", "pero", "aber") is dropped.
 */
final class OpeningWords {
    /** A greeting, with who it greets, then a comma, a stop, an exclamation or a dash, at the start of the message. */
    private static final Pattern GREETING = Pattern.compile("(?iu)^\\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|bonjour|bonsoir|salut|coucou|"
            + "hola|buenas(?: tardes| noches)?|buenos d[ií]as|hallo|guten (?:tag|morgen|abend)|moin(?: moin)?|servus|gr[üu](?:ß|ss) gott)"
            + "(?:\\s+(?:both|there|team|all|everyone|folks|guys|à tous|a tous|tout le monde|l'équipe|a todos|chicos|equipo|zusammen|leute|ihr|alle))?"
            + "\\s*(?:[,!.:;]+|\\s[-–—])\\s*(?=\\S+\\s+\\S)");
    /** A connector that adds, folded: "en plus", "de plus", "además", "aparte", "außerdem", "zudem", "zusätzlich", "besides", "in addition". */
    private static final Pattern ADDING = Pattern.compile("^(?:(en plus|de plus|par ailleurs|egalement)|(ademas|aparte|por otro lado|asimismo)|(ausserdem|zudem|zusatzlich|des weiteren|weiterhin)|"
            + "(besides|in addition|additionally|on top of that|furthermore|moreover))\\s*,?\\s+(?=\\S)");
    /** A connector that contrasts, folded: "mais", "en revanche", "pero", "sin embargo", "aber", "jedoch", "dafür". */
    private static final Pattern CONTRAST = Pattern.compile("^(?:mais|en revanche|cependant|pero|sin embargo|no obstante|aber|jedoch|allerdings|dafur aber|however)\\s*,?\\s+(?=\\S+\\s+\\S)");

    /**
     * A word that only says the clause is meant, folded: "en fait", "au fait", "in fact", "de hecho", "en realidad". Left in
     * front, a wish after it ("en fait, nous aimerions aussi …") was not read as one, and a bracket in the clause was taken
     * for new values of a choice field it seemed to name.
     */
    private static final Pattern IN_FACT = Pattern.compile("^(?:en fait|au fait|in fact|de hecho|en realidad)\\s*,?\\s+(?=\\S+\\s+\\S)");

    private OpeningWords() {
    }

    /**
     * A polite word left after a word, before a comma, a bracket or a dash: "add the phone of the member please, …",
     * "la fecha porfa (…)", "die Nummer vom Mieter bitte, wir …". It stuck to the noun before it, so the noun named no
     * kind or field; a polite word in front of a clause is read there already, and one at the end of a sentence stays: it
     * marks a bare noun ("Return date please.") as asked for.
     */
    private static final Pattern POLITE_AFTER = Pattern.compile("(?iu)(?<=[\\p{L}\\p{N}])\\s+(?:please|pls|plz|kindly|svp|stp|s'il (?:vous|te) pla[iî]t"
            + "|por favor|porfa|porfis|bitte(?:\\s+sch[öo]n)?|bitte sehr)(?=\\s*(?:[,;:(]|[-–—]\\s))");

    /** The message without the polite words left after a word ("… the email porfa, …"). */
    static String politeAfter(String message) {
        return POLITE_AFTER.matcher(message).replaceAll("");
    }

    /** The message without a greeting in front of it ("Bonjour, …", "Moin! …"); unchanged when nothing follows it. */
    static String message(String message) {
        Matcher m = GREETING.matcher(message);
        return m.find() ? message.substring(m.end()) : message;
    }

    /** The clause without a connector in front; an adding connector becomes the plain "also" of the language. */
    static RefineClause clause(RefineClause c) {
        Matcher add = c.match(ADDING);
        if (add.find()) {
            String also = add.group(1) != null ? "aussi" : add.group(2) != null ? "también" : add.group(3) != null ? "auch" : "also";
            return new RefineClause(also + " " + c.from(add.end()).orig);
        }
        Matcher but = c.match(CONTRAST);
        if (but.find()) {
            return c.from(but.end());
        }
        Matcher fact = c.match(IN_FACT);
        return fact.find() ? c.from(fact.end()) : c;
    }
}
