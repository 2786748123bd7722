package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Pattern;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Which side of a link said without a direction keeps the reference: "die Kunden sollten mit den Bestellungen
 * verknüpft sein", "link customers and orders" say no more than that the two go together, but when the orders
 * already have a typed-in Customer and the customers have no Order, each order names one customer, so the
 * order holds the link (and its typed field becomes it). A message that says the direction itself (each /
 * chaque / cada / jede, belongs to …) is followed as said.
 */
final class LinkDirection {
    private static final Pattern SAID = p("\\b(?:each|every|per|belongs?|chaque|chacune?|appartien\\w*|cada|pertenec\\w*|pertenece|jede[rsmn]?|gehor\\w*)\\b");

    private LinkDirection() {
    }

    /** True when the link from {@code from} to {@code to} is better held the other way round. */
    static boolean reversed(String message, Entity from, Entity to) {
        if (message == null || SAID.matcher(RefineText.fold(message)).find()) {
            return false;
        }
        boolean fromNamesTo = from.fields().stream().anyMatch(f -> names(f, to) || f.type() == FieldType.REFERENCE && to.key().equals(f.target()));
        boolean toNamesFrom = to.fields().stream().anyMatch(f -> f.type() == FieldType.TEXT && names(f, from));
        boolean toLinksFrom = to.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && from.key().equals(f.target()));
        return !fromNamesTo && toNamesFrom && !toLinksFrom;
    }

    private static boolean names(Field f, Entity e) {
        String label = RefineText.fold(f.label());
        return label.equals(RefineText.fold(e.name())) || label.equals(RefineText.fold(e.plural()));
    }
}
