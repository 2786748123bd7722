package org.toolsmith.draft.offline;

import java.util.regex.Pattern;

/**
 * Where a thing "of the K" goes when the clause is about another kind. "en cada contratación quiero subir la
 * factura del proveedor": the hiring links to one supplier, and the supplier's invoice for that hiring is the
 * hiring's; only words that describe the supplier itself (its type, brand, address… {@link
 * RefineResolver#describedKind}) would go to the supplier, the rule {@link FieldLabelTrim#owner} already keeps.
 * And the fields listed for a kind this message makes ("una lista propia (nombre, CIF y el email del
 * departamento de recobros)") are that kind's own, whatever kind their words name.
 */
final class LinkedOwner {
    /** "… of the K", "… du K", "… del K", "… des K", "… vom K" at the end: whose it is. */
    private static final Pattern OF_TAIL = Pattern.compile("\\s(?:of|de|del|du|des|d'|von|vom|der|des)\\s*(?:(?:the|a|an|la|le|les|l'|el|los|las|un|una|une|dem|den|der|die|das|einem|einer)\\s+)?[\\w'-]+\\s*$");

    /** "the client's …", "the clients' …" in front: the English way to say whose it is. */
    private static final Pattern OWNER_HEAD = Pattern.compile("^(?:(?:the|each|every|our|a|an)\\s+)?[\\w-]+(?:'s|s')\\s");

    private LinkedOwner() {
    }

    /** The scope to use for an item whose words named kind {@code found}, said for kind {@code hinted} (or the clause's). */
    static RefineResolver.Scoped keep(RefineSession s, RefineClause part, RefineResolver.Scoped found, String hinted) {
        if (found.entityKey() == null) {
            return found;
        }
        if (hinted != null && s.entity(hinted) != null && !s.originalEntities.contains(hinted) && !hinted.equals(found.entityKey())) {
            return new RefineResolver.Scoped(found.phrase(), hinted);
        }
        String base = RefineResolver.targetEntity(s, hinted);
        var from = s.entity(base);
        boolean owner = part.match(OWNER_HEAD).find();
        if (from == null || base.equals(found.entityKey()) || !owner && !part.match(OF_TAIL).find()) {
            return found;
        }
        boolean linked = from.fields().stream().anyMatch(f -> found.entityKey().equals(f.target()));
        if (!linked || (hinted == null && s.clauseEntity == null) || found.entityKey().equals(RefineResolver.describedKind(s, base, found.phrase()))) {
            return found;
        }
        // "on each visit, the client's mood": the owner's name stays in the label (Client mood)
        return new RefineResolver.Scoped(owner ? part : found.phrase(), base);
    }
}
