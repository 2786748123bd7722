package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineText.p;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A choice field named in front of a colon, with the values to add or remove after it (session 11, r5): "Status of
 * orders: add Cancelled", "Statut des commandes : ajouter Annulée", "Estado de los pedidos: añadir Cancelado", "Status
 * der Bestellungen: bitte Storniert hinzufügen". Three words or more before a colon otherwise only set the scene
 * ({@code OfflineRefiner.PREFACE}) and the values were read as a new field, or put on the choice spoken of before; when
 * the words name an existing choice field, they are the field the values go to (read as "add … to the status of
 * orders" by {@link RefineOptions}). Adding only; removals keep their own readers.
 */
final class ChoicePreface {
    private static final Pattern SHAPE = p("^([^:]{3,60}?)\\s*:\\s*(?:please\\s+|pls\\s+|svp\\s+|stp\\s+|por favor\\s+|bitte\\s+)?"
            + "(?:(add|also add|include|remove|delete|drop|ajout\\w*|rajout\\w*|supprim\\w*|enlev\\w*|retir\\w*|anad\\w*|agreg\\w*|quit\\w*|elimin\\w*)\\s+(.+?)"
            + "|(.+?)\\s+(hinzufugen|hinzu|erganzen|aufnehmen|entfernen|streichen|loschen))[.!]*$");
    /** Words that make the rest a field, not a value: "add a field", "ajouter une date". */
    private static final Pattern NOT_VALUES = p("^(?:an?|the|une?|la|le|les|des|una?|el|los|las|eine?n?|die|der|das|new|nouv\\w*|nuev\\w*|neue?\\w*)\\s");
    private static final Pattern GREETING = p("^(?:hi|hello|hey|bonjour|salut|coucou|hola|buenas|buenos dias|hallo|moin|servus|guten tag)\\b[\\s,!.-]*");
    private static final Pattern POLITE = p("[\\s,]+(?:please|pls|thanks|thank you|svp|stp|s'il (?:te|vous) plait|merci|por favor|porfa|gracias|bitte|danke)$");
    private static final Pattern REMOVE = p("^(?:remove|delete|drop|supprim\\w*|enlev\\w*|retir\\w*|quit\\w*|elimin\\w*|entfernen|streichen|loschen)$");

    /** A space before the colon, as French writes it: "type d'adhésion : …". */
    private static final Pattern SPACED_COLON = Pattern.compile("^[^:]*\\s:");

    private ChoicePreface() {
    }

    static RefineClause plain(RefineSession s, RefineClause c) {
        if (c.text.indexOf(':') < 0) {
            return c;
        }
        Matcher m = c.match(SHAPE);
        if (!m.find()) {
            return c;
        }
        RefineClause named = c.group(m, 1);
        Matcher hi = named.match(GREETING);
        if (hi.find() && hi.end() > 0) {
            named = named.from(hi.end());
        }
        boolean lead = m.group(2) != null;
        if (lead && named.text.split("\\s+").length < 3 && !SPACED_COLON.matcher(c.text).find()) {
            // "Order status: add Cancelled" is read as it is; "type d'adhésion : rajoutez Senior" (a space before the colon,
            // which the preface cut counts as a word) and "Art: Tausch hinzufügen" are not
            return c;
        }
        RefineClause values = c.group(m, lead ? 3 : 4);
        Matcher polite = values.match(POLITE);
        if (polite.find()) {
            values = values.sub(0, polite.start());
        }
        if (values.match(NOT_VALUES).find()) {
            return c;
        }
        RefineMatcher.FieldRef f = RefineResolver.field(s, named);
        if (f == null || f.score() < 0.99 || !f.field().type().hasOptions() || f.field().options().isEmpty()) {
            return c;
        }
        if (REMOVE.matcher(lead ? m.group(2) : m.group(5)).matches()) {
            return c;
        }
        return new RefineClause("add " + values.orig + " to the " + named.orig);
    }
}
