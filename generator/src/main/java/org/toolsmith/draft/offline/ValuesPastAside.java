package org.toolsmith.draft.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Values said after an aside: "add the payment method, since the till never balances: cash, card or
 * Bizum", "añade la forma de pago, que a final de mes nunca cuadra la caja: efectivo, tarjeta o Bizum",
 * "ajoute le mode de paiement, parce qu'on s'y perd : espèces, carte", "die Zahlungsart, weil die Kasse
 * nie stimmt: bar, Karte". The aside is a reason or a remark, not an item of the list; the values after
 * its colon belong to the thing named before it.
 */
final class ValuesPastAside {
    /** An item that opens with a word of reason or a relative pronoun (folded). */
    private static final Pattern ASIDE = Pattern.compile("^(?:que|qui|which|that|because|since|as|parce qu(?:e|')|puisqu(?:e|')|car|porque|ya que|pues|weil|da|denn|die|der|das|wo|where|who|cuando|when|quand|wenn|sonst|otherwise|sinon|si no)\\b");

    private ValuesPastAside() {
    }

    /** The items with an aside's values moved to the item before it, and the aside left out. */
    static List<RefineClause> join(List<RefineClause> items) {
        if (items.size() < 2) {
            return items;
        }
        RefineClause last = items.get(items.size() - 1);
        int colon = last.text.indexOf(':');
        if (colon < 0 || !last.match(ASIDE).find() || last.text.substring(colon + 1).isBlank()) {
            return items;
        }
        RefineClause before = items.get(items.size() - 2);
        if (before.text.contains(":") || before.text.contains("(")) {
            return items;
        }
        List<RefineClause> out = new ArrayList<>(items.subList(0, items.size() - 2));
        out.add(new RefineClause(before.orig.strip() + ": " + last.from(colon + 1).orig.strip()));
        return out;
    }
}
