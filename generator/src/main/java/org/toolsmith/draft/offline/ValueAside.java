package org.toolsmith.draft.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aside in brackets on one value inside a list (session 14, r3): "Open, Waiting (when we need the customer's reply) and
 * Closed", "Mañana, Tarde (solo en verano), Noche", "Strom, Gas (nur Altbau) und Wasser". The bracket says something about
 * the value and is no value itself, and the list around it is read without it. Only a bracket of three words or more (two
 * words such as "(by customer)" can be part of a value), between a comma-joined value and another separator, never one that lists things itself, and never one
 * that says several values may be picked ("(can be several)"), which the type readers need.
 */
final class ValueAside {
    private static final String JOIN = "(?:,|\\s(?:and|or|et|ou|y|o|und|oder)\\s)";
    /** A comma and one short value before the bracket, or a comma and a short value right after it. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ASIDE = Pattern.compile("(?iu)(?<=,\\s{0,3}[\\p{L}\\p{N}][^,.;:!?()\\n]{0,40}?[\\p{L}\\p{N}'’])\\s*\\(([^()\\n]{3,80})\\)(?=\\s*" + JOIN + ")"
            + "|(?<=[\\p{L}\\p{N}'’])\\s*\\(([^()\\n]{3,80})\\)(?=\\s*,\\s*[\\p{L}\\p{N}][^,.;:!?()\\n]{0,40}?" + JOIN + ")");
    private static final Pattern SEVERAL = Pattern.compile("(?iu)\\b(?:several|multiple|more than one|many|plusieurs|varios|varias|mehrere|possible|possibles|posibles|m[oö]glich"
            // a flag said in the bracket ("(must be filled in)", "(obligatoire)") is for the flag readers
            + "|required|mandatory|compulsory|must|optional|obligatoire|facultati\\w*|obligatori\\w*|pflicht\\w*|optional)\\b");

    /** "(the default)", "(par défaut)", "(por defecto)", "(Standard)": which value comes first, an aside however short. */
    private static final Pattern DEFAULT = Pattern.compile("(?iu)^\\s*(?:the\\s+|our\\s+|la\\s+|el\\s+|valeur\\s+|valor\\s+)?(?:default|d[eé]faut|par d[eé]faut|por defecto|predeterminad[oa]|standard|voreinstellung|vorgabe)\\b");

    /** A bracket that lists things ("(name, day rate, email)", "(A4, A5 oder A3)") holds values or fields, not an aside. */
    private static final Pattern LISTING = Pattern.compile("[,;/|]|\\s(?:or|ou|o|oder)\\s");

    private ValueAside() {
    }

    static String cut(String message) {
        if (message.indexOf('(') < 0) {
            return message;
        }
        Matcher m = ASIDE.matcher(message);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2);
            if ((SPACES.split(inner.strip()).length < 3 && !DEFAULT.matcher(inner).find()) || SEVERAL.matcher(inner).find() || LISTING.matcher(inner).find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            any = true;
            m.appendReplacement(out, "");
        }
        if (!any) {
            return message;
        }
        m.appendTail(out);
        return out.toString();
    }
}
