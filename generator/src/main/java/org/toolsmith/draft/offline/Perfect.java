package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * "have" as the auxiliary of a perfect tense, not a verb of having: "accounts have moved all the instalments
 * into Xero", "les comptables ont déplacé …", "los comerciales han cambiado …", "die Buchhalter haben alles
 * nach Xero verschoben". Such a clause tells news; it never gives a record kind (or a new kind named by its
 * subject) anything to hold. Read on the folded text after the verb of having.
 */
final class Perfect {
    /** The auxiliary just before the words read. */
    private static final Pattern AUX = Pattern.compile("(?:^|\\s)(?:have|has|'ve|ont|a|avons|han|ha|hemos|haben|hat|habe)\\s*$");
    /** An English participle, then what may follow a verb (not a noun: "have limited seats" is having). */
    private static final Pattern EN = Pattern.compile("^(?:(?:already|just|recently|now|all|finally|also)\\s+)*(?:[a-z]{3,}ed|been|done|gone|made|taken|got|gotten|seen|sent|given|had|begun|brought|bought|built|put|set|told|said|found|left|kept|lost|paid|run|won|written|chosen|spent|shown|known)"
            + "(?:\\s+(?:all|the|a|an|our|their|its|his|her|to|into|from|in|on|onto|over|away|up|back|out|off|already|just|it|them|us|everything|this|that|these|those|some|most|every|each|since|for|with|by|across|down)\\b|\\s*$|\\s*[,.;!?])");
    private static final Pattern ROMANCE = Pattern.compile("^(?:(?:deja|aussi|tous|toutes|tout|ya|tambien|todo|todos)\\s+)*(?!(?:une|des|le|la|les|un|du|de|d'|una|unos|unas|el|los|las|leur|leurs|son|sa|ses|su|sus|nuestro|nuestra|notre|nos)\\b)(?:[a-z]{2,}(?:e|es|ee|ees)|fait|pris|mis|dit|eu|ete|ouvert|ecrit|[a-z]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)|hecho|puesto|dicho|visto|vuelto|escrito|abierto)\\b");
    /** German: the participle ends the clause, in lower case ("haben alles nach Xero verschoben"). */
    private static final Pattern DE = Pattern.compile("\\s(?:ge[a-z]{3,}(?:t|en)|[a-z]{3,}iert|[a-z]+(?:ge)[a-z]{3,}(?:t|en))\\s*[.!?]?$");

    private Perfect() {
    }

    /** Whether the words at {@code at} of the folded {@code text} follow "have" as a perfect tense. */
    static boolean follows(String text, int at) {
        if (at <= 0 || at > text.length() || !AUX.matcher(text.substring(0, at)).find()) {
            return false;
        }
        String rest = text.substring(at).strip();
        String aux = text.substring(0, at).strip();
        if (aux.endsWith("haben") || aux.endsWith("hat") || aux.endsWith("habe")) {
            return rest.contains(" ") && DE.matcher(" " + rest).find() && !rest.matches("^(?:ein|eine|einen|keine|keinen)\\b.*");
        }
        if (aux.endsWith("ont") || aux.endsWith("avons") || aux.endsWith(" a") || aux.equals("a") || aux.endsWith("han") || aux.endsWith("ha") || aux.endsWith("hemos")) {
            return ROMANCE.matcher(rest).find() && !rest.matches("^(?:une|des|le|la|les|un|une|du|una|un|unos|unas|el|los|las)\\b.*");
        }
        return EN.matcher(rest).find();
    }
}
