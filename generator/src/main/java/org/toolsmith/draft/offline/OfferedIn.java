package org.toolsmith.draft.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choice value read with the verb that offers it (session 11, r5): "sizes come in XXL and 3XL too" gave "Come in XXL",
 * "les tailles sont disponibles en XXL" gave "Disponibles en XXL", "Größen: gibt's auch in 3XL" gave "Gibt's auch in 3XL",
 * "die Größen sind auch in XXL erhältlich" gave "XXL erhältlich". The verb of being offered (come in, exist in, be
 * available in, existe en, se fait en, viene en, está disponible en, gibt es in, kommt in, erhältlich) is no part of
 * the value; {@link RefineSession#addOptions} and {@link RefineSession#setOptions} cut it off every value they get.
 */
final class OfferedIn {
    private static final String ALSO = "(?:also|now|too|as well|aussi|maintenant|egalement|également|désormais|desormais|tambi[eé]n|ahora|ya|auch|jetzt|noch|nun)";
    /**
     * "come in", "is also available in", "ça existe aussi en", "vienen también en", "gibt's jetzt auch in", then a value
     * that starts with a capital or a digit ("Available in store", "Disponible en magasin" are values of their own).
     */
    private static final Pattern LEAD = Pattern.compile("^(?iu:(?:(?:it|they|that|ça|ca|cela|elles?|ils?|es|sie|das)\\s+)?(?:" + ALSO + "\\s+)*"
            + "(?:(?:comes?|exists?|(?:(?:is|are)\\s+(?:" + ALSO + "\\s+)*)?available|existen?t?|existe|(?:(?:est|sont)\\s+(?:" + ALSO + "\\s+)*)?disponibles?|se (?:fait|font|vend|vendent)"
            + "|vienen?|(?:(?:est[aá]n?)\\s+(?:" + ALSO + "\\s+)*)?disponibles?|gibt(?:'s|s| es)|kommen|kommt)\\s+(?:" + ALSO + "\\s+)*(?:in|en)\\s+))([\\p{Lu}\\d].*)$",
            Pattern.UNICODE_CASE);
    /** "XXL erhältlich", "3XL available": an offered-word after a short value. */
    private static final Pattern TRAIL = Pattern.compile("^(\\S+(?:\\s+\\S+)?)\\s+(?:erh[aä]ltlich|verf[uü]gbar|lieferbar)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that make "… verfügbar" a value of its own ("Sofort lieferbar", "Nicht verfügbar"). */
    private static final Set<String> OWN = Set.of("sofort", "nicht", "bald", "nur", "wieder", "kurzfristig", "demnächst", "demnachst", "online", "direkt", "teilweise", "begrenzt");
    /** Whether the lead cut off said "also" ("ça existe aussi en 3XL"): the values are added, not the whole list. */
    private static final Pattern ALSO_IN_LEAD = Pattern.compile("\\b" + ALSO + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private OfferedIn() {
    }

    /** The value without the verb that offers it, or the value itself. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = LEAD.matcher(value.strip());
        String v = value.strip();
        if (m.matches()) {
            v = RefineText.capitalize(m.group(1).strip());
        }
        Matcher t = TRAIL.matcher(v);
        if (t.matches() && !OWN.contains(t.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+")[0])) {
            v = t.group(1);
        }
        return v;
    }

    /** Whether the value starts with a verb of being offered ("Comes in 3XL", "Gibt's auch in 3XL"). */
    static boolean led(String value) {
        return value != null && LEAD.matcher(value.strip()).matches();
    }

    /** Whether the value's offering lead says also / now ("ça existe aussi en 3XL"). */
    static boolean ledAlso(String value) {
        Matcher m = value == null ? null : LEAD.matcher(value.strip());
        return m != null && m.matches() && ALSO_IN_LEAD.matcher(value.strip().substring(0, m.start(1))).find();
    }
}
