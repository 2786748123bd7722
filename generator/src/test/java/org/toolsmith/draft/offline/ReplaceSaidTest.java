package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 28 (helper s28r), replace edits in phrasings of our own in four languages ({@link ReplaceSaid}): one field goes
 * and another comes in its place ("drop X and instead track Y", "X isn't needed, but …", "instead of X …", "plutôt que
 * X …", "en vez de X …", "X entfernen und stattdessen Y erfassen", "X raus, dafür Y rein"), and a new name said as a state
 * or with a second edit after it ("X becomes Y", "X devient Y", "X pasa a llamarse Y y es obligatorio", "X wird zu Y und
 * ist Pflicht"). Rows that must not fire: a state that is no name ("becomes mandatory"), an old field the app lacks.
 */
class ReplaceSaidTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Plant sales", "entities": [{"key": "sale", "name": "Sale", "plural": "Sales", "fields": [{"key": "customer", "label": "Customer", "type": "text", "required": true}, {"key": "plant", "label": "Plant", "type": "text"}, {"key": "pot_size", "label": "Pot size", "type": "choice", "options": ["Small", "Large"]}, {"key": "price", "label": "Price", "type": "money"}, {"key": "delivered", "label": "Delivered", "type": "boolean"}, {"key": "remarks", "label": "Remarks", "type": "long_text"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Ventes de plantes", "entities": [{"key": "vente", "name": "Vente", "plural": "Ventes", "fields": [{"key": "client", "label": "Client", "type": "text", "required": true}, {"key": "plante", "label": "Plante", "type": "text"}, {"key": "prix", "label": "Prix", "type": "money"}, {"key": "livree", "label": "Livrée", "type": "boolean"}, {"key": "remarques", "label": "Remarques", "type": "long_text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Venta de plantas", "entities": [{"key": "venta", "name": "Venta", "plural": "Ventas", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "planta", "label": "Planta", "type": "text"}, {"key": "precio", "label": "Precio", "type": "money"}, {"key": "entregada", "label": "Entregada", "type": "boolean"}, {"key": "comentarios", "label": "Comentarios", "type": "long_text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Pflanzenverkauf", "entities": [{"key": "verkauf", "name": "Verkauf", "plural": "Verkäufe", "fields": [{"key": "kunde", "label": "Kunde", "type": "text", "required": true}, {"key": "pflanze", "label": "Pflanze", "type": "text"}, {"key": "preis", "label": "Preis", "type": "money"}, {"key": "geliefert", "label": "Geliefert", "type": "boolean"}, {"key": "anmerkungen", "label": "Anmerkungen", "type": "long_text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "please drop the remarks and instead track the delivery date | -sale.remarks & +sale:date:Delivery date",
        "remarks aren't needed any more, but we need a delivery date | -sale.remarks & +sale:date:Delivery date",
        "Instead of the remarks we'd like the delivery date. | -sale.remarks & +sale:date:Delivery date",
        "Remarks becomes Care tips | sale.remarks~Care tips",
        "rename plant to Species and make it required | sale.plant~Species & sale.plant!",
        // must not fire: a state that is no new name, an old field the app does not have
        "Plant becomes mandatory | sale.plant!",
        "drop the loyalty card and instead track the delivery date | error"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "on n'a plus besoin des remarques, mais il nous faut la date de livraison | -vente.remarques & +vente:date:Date de livraison",
        "Plutôt que les remarques, on veut la date de livraison. | -vente.remarques & +vente:date:Date de livraison",
        "Au lieu des remarques, on voudrait la date de livraison. | -vente.remarques & +vente:date:Date de livraison",
        "Remarques devient Conseils | vente.remarques~Conseils"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "borra los comentarios y en vez de eso pon la fecha de entrega | -venta.comentarios & +venta:date:Fecha de entrega",
        "En lugar de los comentarios, queremos la fecha de entrega. | -venta.comentarios & +venta:date:Fecha de entrega",
        "Planta pasa a llamarse Especie y es obligatoria | venta.planta~Especie & venta.planta!"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Bitte die Anmerkungen entfernen und stattdessen das Lieferdatum erfassen. | -verkauf.anmerkungen & +verkauf:date:Lieferdatum",
        "anmerkungen raus, dafür lieferdatum rein | -verkauf.anmerkungen & +verkauf:date:Lieferdatum",
        "Pflanze wird zu Sorte und ist Pflicht. | verkauf.pflanze~Sorte & verkauf.pflanze!"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }
}
