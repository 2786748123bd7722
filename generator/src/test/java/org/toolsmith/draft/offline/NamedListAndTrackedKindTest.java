package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 26 (helper s26r), phrasings of our own in four languages: a named choice field's list replaced, extended or
 * cut by a word of the family ({@link NamedListEdit}: "only …", "que ces valeurs", "estas opciones", "nur noch";
 * "also allow", "peut aussi être", "permite también", "auch … erlauben"; "take … out"), and a new kind said as
 * things to keep track of with the kind that refers to each ({@link KindTracked}). Rows after "must not fire" keep
 * the older readers' answers: a second edit in the sentence, a cue word inside the would-be values, details listed.
 */
class NamedListAndTrackedKindTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Bakery orders", "entities": [{"key": "shop", "name": "Shop", "plural": "Shops", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}]}, {"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "shop", "label": "Shop", "type": "reference", "target": "shop", "required": true}, {"key": "bread", "label": "Bread", "type": "choice", "options": ["Rye", "Spelt", "White"]}, {"key": "loaves", "label": "Loaves", "type": "text"}, {"key": "baker", "label": "Baker", "type": "person"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Commandes boulangerie", "entities": [{"key": "boutique", "name": "Boutique", "plural": "Boutiques", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}]}, {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "boutique", "label": "Boutique", "type": "reference", "target": "boutique", "required": true}, {"key": "pain", "label": "Pain", "type": "choice", "options": ["Seigle", "Épeautre", "Blanc"]}, {"key": "pains", "label": "Quantité", "type": "text"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Pedidos panadería", "entities": [{"key": "tienda", "name": "Tienda", "plural": "Tiendas", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}]}, {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "tienda", "label": "Tienda", "type": "reference", "target": "tienda", "required": true}, {"key": "pan", "label": "Pan", "type": "choice", "options": ["Centeno", "Espelta", "Blanco"]}, {"key": "cantidad", "label": "Cantidad", "type": "text"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Bäckerei-Bestellungen", "entities": [{"key": "filiale", "name": "Filiale", "plural": "Filialen", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}]}, {"key": "bestellung", "name": "Bestellung", "plural": "Bestellungen", "fields": [{"key": "filiale", "label": "Filiale", "type": "reference", "target": "filiale", "required": true}, {"key": "brot", "label": "Brot", "type": "choice", "options": ["Roggen", "Dinkel", "Weißbrot"]}, {"key": "menge", "label": "Menge", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "just Rye, Sourdough and Seeded for the bread, nothing more | order.bread[Rye;Sourdough;Seeded]",
        "Could you swap the bread options to Sourdough and Rye please? | order.bread[Sourdough;Rye]",
        "the bread should also accept Brioche and Sourdough | order.bread[Rye;Spelt;White;Brioche;Sourdough]",
        "take Spelt out of the bread, nobody orders it | order.bread[Rye;White]",
        "we want to keep track of our drivers as well, each order goes out with one | kind Driver & order>driver",
        // must not fire
        "only the baker can change the bread | error",
        "for the bread, allow several | order.bread=multi_choice",
        "we need to track the delivery cost of each order | +order:money"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "le pain ne peut avoir que ces valeurs : Seigle, Campagne, Complet | commande.pain[Seigle;Campagne;Complet]",
        "pour le pain, autorise aussi Brioche | commande.pain[Seigle;Épeautre;Blanc;Brioche]",
        "on veut aussi suivre les livreurs, chaque commande part avec un livreur | kind Livreur & commande>livreur"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "que el pan tenga estas opciones: Centeno, Payés, Integral | pedido.pan[Centeno;Payés;Integral]",
        "el pan también puede ser Brioche, añádelo | pedido.pan[Centeno;Espelta;Blanco;Brioche]",
        "queremos llevar también los repartidores, cada pedido sale con uno | kind Repartidor & pedido>repartidor"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Brot soll nur noch diese Werte haben: Roggen, Dinkel | bestellung.brot[Roggen;Dinkel]",
        "beim Brot bitte auch Vollkorn erlauben | bestellung.brot[Roggen;Dinkel;Weißbrot;Vollkorn]",
        "wir wollen auch die Fahrer erfassen, jede Bestellung fährt ein Fahrer aus | kind Fahrer & bestellung>fahrer"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }
}
