package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A record kind named before a colon ("on reports: …", "sur les rapports : …", "en los informes: …", "bei den Berichten:
 * …") is where the fields after it go: not a choice field named after the head, not the main kind. Own phrasing, on the
 * shop of {@link WishedAdditionsTest}.
 */
class KindColonTest {
    static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> WishedAdditionsTest.BOUTIQUE;
            case "es" -> WishedAdditionsTest.TIENDA;
            case "de" -> WishedAdditionsTest.LADEN;
            default -> WishedAdditionsTest.SHOP;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | on reports: a photo + a description please | +report:file:Photo & +report:long_text:Description",
        "en | For the reports: photo and a short description | +report:file:Photo & +report:long_text:Short description",
        "en | hi! reports: we'd need a photo, and the weather | +report:file:Photo & +report:text:Weather",
        "en | on each order: delivery date and a tracking number | +order:date:Delivery date & +order:text:Tracking number",
        "en | Customers: phone number and a birthday please | +customer:phone & +customer:date:Birthday",
        "en | in the report: a photo and who checked it | +report:file:Photo & +report:person:Checked by",
        "fr | sur les rapports : une photo + une description | +rapport:file:Photo & +rapport:long_text:Description",
        "fr | pour les commandes : date de livraison et numéro de suivi | +commande:date:Date de livraison & +commande:text:Numéro de suivi",
        "fr | Bonjour, sur chaque rapport : une photo et la météo svp | +rapport:file:Photo & +rapport:text:Météo",
        "fr | dans les rapports: photo, description | +rapport:file:Photo & +rapport:long_text:Description",
        "fr | clients : date de naissance et téléphone portable | +client:date:Date de naissance & +client:phone",
        "es | en los informes: una foto + una descripción | +informe:file:Foto & +informe:long_text:Descripción",
        "es | para los pedidos: fecha de entrega y número de seguimiento | +pedido:date:Fecha de entrega & +pedido:text:Número de seguimiento",
        "es | hola, en cada informe: una foto y el tiempo que hacía | +informe:file:Foto & +informe:text:Tiempo",
        "es | clientes: fecha de nacimiento y teléfono móvil | +cliente:date:Fecha de nacimiento & +cliente:phone",
        "es | en los informes: necesitamos una foto y la causa | +informe:file:Foto & +informe:text:Causa",
        "de | bei den Berichten: ein Foto + eine Beschreibung | +bericht:file:Foto & +bericht:long_text:Beschreibung",
        "de | für die Aufträge: Lieferdatum und Sendungsnummer | +auftrag:date:Lieferdatum & +auftrag:text:Sendungsnummer",
        "de | Hallo, beim Bericht: ein Foto und das Wetter bitte | +bericht:file:Foto & +bericht:text:Wetter",
        "de | Berichte: Foto, Beschreibung | +bericht:file:Foto & +bericht:long_text:Beschreibung",
        "de | Kunden: Geburtstag und Telefonnummer | +kunde:date:Geburtstag & +kunde:phone"})
    void fields_go_on_the_kind_named_before_the_colon(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the head is a field, or no kind at all: left to the other readers
        "en | status: add the option Returned | order.status[New;Shipped;Closed;Returned]",
        "en | for orders: the carrier (DHL, UPS, post) | +order:choice:Carrier & order.carrier[DHL;UPS;Post]",
        "en | Customer: must always be filled in | order.customer!",
        "fr | commandes : le transporteur (DHL, UPS, La Poste) | +commande:choice:Transporteur & commande.transporteur[DHL;UPS;La Poste]",
        "de | in den Aufträgen: der Spediteur (DHL, UPS, Post) | +auftrag:choice:Spediteur & auftrag.spediteur[DHL;UPS;Post]"})
    void a_head_that_is_no_kind_or_a_field_is_left_alone(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
