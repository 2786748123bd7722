package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field said missing before a colon and its values (session 14, r3): "Lieferart fehlt uns: Post, Kurier oder Abholung",
 * "Payment method is still missing: cash, card or voucher", "Le mode de paiement manque : espèces ou chèque", "Todavía falta
 * la moneda: euro, dólar o libra". The thing missing comes first, so no reader took it (the message was refused, or the
 * verb became part of the name). It is said again in the word order the readers of needs know ("we're missing the …:",
 * "il manque …", "nos falta …", "es fehlt noch …"). Only at the start of a sentence, a name of one to four words, and a
 * list of values after the colon (a comma or "or" in it): "the invoice is missing" alone stays for the other readers, and so
 * does a name that is already a field's label.
 */
final class MissingColon {
    private static final String LIST = "(?=[^.!?\\n:]*(?:,|\\s(?:or|ou|o|oder)\\s))";
    private static final String START = "(^|[.!?\\n]\\s*)";
    private static final String NAME = "((?:[\\p{L}][\\p{L}'’-]*)(?:\\s+[\\p{L}][\\p{L}'’-]*){0,3}?)";
    private static final Pattern EN = Pattern.compile("(?iu)" + START + "(?:the\\s+)?" + NAME + "\\s+(?:is|are)\\s+(?:still\\s+|also\\s+)?missing\\s*[:–—-]\\s*" + LIST);
    private static final Pattern FR = Pattern.compile("(?iu)" + START + "((?:le|la|les)\\s+|l')" + NAME + "\\s+manquen?t?(?:\\s+(?:encore|aussi|toujours))?\\s*[:–—-]\\s*" + LIST);
    private static final Pattern ES = Pattern.compile("(?iu)" + START + "(?:(?:todav[ií]a|a[uú]n)\\s+)?faltan?(?:\\s+(?:todav[ií]a|a[uú]n|tambi[eé]n))?\\s+((?:el|la|los|las)\\s+)" + NAME + "\\s*[:–—-]\\s*" + LIST);
    private static final Pattern DE = Pattern.compile("(?iu)" + START + "((?:der|die|das)\\s+)?" + NAME + "\\s+fehl(?:t|en)(?:\\s+(?:noch|auch|bisher))*\\s*[:–—-]\\s*" + LIST);
    /** Words that make the front a sentence, not a name: "it is missing", "what is missing". */
    private static final Pattern NOT_NAME = Pattern.compile("(?iu)^(?:it|this|that|what|something|one|one thing|which|es|das|was|etwas|ce|cela|ca|quelque chose|algo|lo que|eso"
            + "|we|us|i|me|you|uns|mir|dir|euch|ihnen|hier|dann|leider|jetzt|au(?:ss|ß)erdem|noch|nous|on"
            + "|the following|(?:a few|a couple of|two|three|some|several|these|those)(?:\\s+(?:more|other))?(?:\\s+\\p{L}+)?"
            + "|.*\\b(?:fields|things|items|details|columns|felder|dinge|sachen|angaben|champs|choses|campos|cosas|datos))$");

    /** "Some fields are missing: a, b", "Ein paar Felder fehlen: a, b": the front only says fields follow; the list is the fields. */
    private static final Pattern FIELDS = Pattern.compile("(?iu)^(?:(?:some|a few|a couple of|two|three|several|these|those|the following|following|einige|ein paar|zwei|drei|mehrere|folgende|folgenden|diese|die folgenden)\\s+)?"
            + "(?:(?:more|other|weitere|andere)\\s+)?(?:fields|columns|felder|spalten)$");

    private MissingColon() {
    }

    static String plain(RefineSession s, String message) {
        if (message.indexOf(':') < 0 && message.indexOf('-') < 0 && message.indexOf('–') < 0 && message.indexOf('—') < 0) {
            return message;
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        s.spec.entities().forEach(e -> e.fields().forEach(f -> labels.add(RefineText.fold(f.label()))));
        message = rewrite(labels, EN, message, 0, m -> FIELDS.matcher(m.group(2).strip()).matches() ? "We're missing: " : "We're missing the " + m.group(2) + ": ");
        message = rewrite(labels, FR, message, 3, m -> "Il manque " + m.group(2) + m.group(3) + " : ");
        message = rewrite(labels, ES, message, 3, m -> "Nos falta " + m.group(2) + m.group(3) + ": ");
        return rewrite(labels, DE, message, 3, m -> FIELDS.matcher(m.group(3).strip()).matches() ? "Es fehlt noch: "
                : "Es fehlt noch " + (m.group(2) == null ? "" : m.group(2)) + m.group(3) + ": ");
    }

    private static String rewrite(java.util.Set<String> labels, Pattern p, String message, int nameGroup, java.util.function.Function<Matcher, String> said) {
        Matcher m = p.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String name = m.group(nameGroup == 0 ? 2 : nameGroup);
            if (NOT_NAME.matcher(name.strip()).matches() && !FIELDS.matcher(name.strip()).matches() || labels.contains(RefineText.fold(name.strip()))) {
                // "the sport is missing - tennis or squash" names a field that is there: for the readers of its values
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            any = true;
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + said.apply(m)));
        }
        if (!any) {
            return message;
        }
        m.appendTail(out);
        return out.toString();
    }
}
