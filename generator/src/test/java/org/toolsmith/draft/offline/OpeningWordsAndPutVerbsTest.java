package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;

/**
 * A message that asks for a new field is read as one (session 16, r2), phrasing of our own: a greeting in front of
 * the whole message ("Salut, il nous faudrait …"), a connector in front of a clause ("mais ajoute …", "pero añade …",
 * "aber bitte … ergänzen", "en plus, …", "außerdem …"), a need said with "nous voulons", a condition with no comma
 * before the need ("Lorsqu'on livre l'appareil je veux …"), a relative clause after the thing ("le nom du client qui
 * …"), and verbs of putting in ("mets", "mettez", "poner", "llevar un registro de", "garder trace de", "… eintragen").
 * A signature is a file in every language. Before, most of these were refused or added nothing. Must not fire: a flag
 * or a type said with "mets"/"poner", a whole new list with "et que …", a message that only greets.
 */
class OpeningWordsAndPutVerbsTest {
    private static AppSpec shop(String kind, String kinds, String device, String received, String status, String open, String done) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Shop", "entities": [{"key": "repair", "name": "%s", "plural": "%s", "fields": [
                  {"key": "device", "label": "%s", "type": "text", "required": true},
                  {"key": "received", "label": "%s", "type": "date"},
                  {"key": "status", "label": "%s", "type": "choice", "options": ["%s", "%s"]}]}]}
                """.formatted(kind, kinds, device, received, status, open, done));
    }

    private static final Map<String, AppSpec> SHOP = Map.of(
            "en", shop("Repair", "Repairs", "Device", "Received on", "Status", "Open", "Done"),
            "fr", shop("Réparation", "Réparations", "Appareil", "Reçu le", "Statut", "Ouvert", "Terminé"),
            "es", shop("Reparación", "Reparaciones", "Aparato", "Recibido el", "Estado", "Abierto", "Terminado"),
            "de", shop("Reparatur", "Reparaturen", "Gerät", "Eingang am", "Status", "Offen", "Erledigt"));

    private static List<String> added(String lang, String message) {
        AppSpec before = SHOP.get(lang);
        try {
            AppSpec after = RefineFixtures.refine(before, message).spec();
            return RefineFixtures.newFields(before, after, "repair").stream().map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList();
        } catch (DraftException refused) {
            return List.of();
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Hello, we also need the customer's phone number. | Customer phone number:phone
            en | Morning! we need the serial number | Serial number:text
            en | but add the serial number too | Serial number:text
            en | besides, we want the serial number | Serial number:text
            en | Hi, we'd want the reviewer too | Reviewer:person
            en | Hello! the reviewer is missing | Reviewer:person
            en | we need the customer's signature | Customer signature:file
            en | put the serial number | Serial number:text
            fr | Salut, il nous faudrait aussi le vérificateur. Bonne soirée | Vérificateur:person
            fr | Salut, il faudrait le relecteur | Relecteur:text
            fr | Bonjour, pour les réparations sous garantie il nous faut le numéro de facture et la date d'achat | Numéro de facture:text;Date d'achat:date
            fr | mais ajoute le numéro de série | Numéro de série:text
            fr | en plus, le numéro de série | Numéro de série:text
            fr | nous voulons aussi le numéro de série | Numéro de série:text
            fr | Lorsqu'on livre l'appareil je veux l'heure de livraison | Heure de livraison:datetime
            fr | il nous faut le numéro du lot et le nom du fournisseur chez qui on l'a acheté | Numéro du lot:text;Nom du fournisseur:text
            fr | mets le numéro de série | Numéro de série:text
            fr | on doit garder trace des remarques du client | Remarques du client:long_text
            es | pero añade el número de serie | Número de serie:text
            es | además, el número de serie | Número de serie:text
            es | Cuando se entrega el aparato queremos la firma del cliente | Firma del cliente:file
            es | poner el número de serie | Número de serie:text
            es | llevar un registro de las piezas cambiadas | Piezas cambiadas:text
            de | aber bitte die Seriennummer ergänzen | Seriennummer:text
            de | außerdem die Seriennummer | Seriennummer:text
            de | die Seriennummer eintragen | Seriennummer:text
            de | wir brauchen die Unterschrift des Kunden | Unterschrift des Kunden:file
            de | Moin! Wir brauchen noch die Seriennummer. | Seriennummer:text
            """)
    void the_field_asked_for_is_added(String lang, String message, String labels) {
        assertEquals(List.of(labels.split(";")), added(lang, message), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"reemplazad el aparato por el número de serie", "sustituid el aparato por el número de serie",
            "cambiad el aparato por el número de serie"})
    void a_plural_imperative_replaces_a_field(String message) {
        AppSpec before = SHOP.get("es");
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertEquals(List.of("Número de serie"), RefineFixtures.newFields(before, after, "repair").stream().map(f -> f.label()).toList(), message);
        assertEquals(List.of("received", "status", "numero_de_serie"), after.entities().get(0).fields().stream().map(f -> f.key()).toList(), message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | mets le statut en obligatoire
            fr | mettez « Appareil » à la place de « Modèle »
            es | poner el estado como obligatorio
            en | make the status required
            de | den Status bitte als Pflichtfeld
            """)
    void a_flag_or_a_rename_adds_no_field(String lang, String message) {
        assertEquals(List.of(), added(lang, message), message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {"fr | Bonjour, merci", "de | Guten Morgen", "es | Hola, buenas tardes", "en | Hello there!"})
    void a_message_that_only_greets_is_refused_or_changes_nothing(String lang, String message) {
        assertEquals(List.of(), added(lang, message), message);
    }

    @org.junit.jupiter.api.Test
    void a_new_list_with_a_que_clause_keeps_its_kind() {
        AppSpec before = SHOP.get("fr");
        AppSpec after = RefineFixtures.refine(before, "je veux une liste des clients (nom, ville) et que chaque réparation soit rattachée à un client").spec();
        assertEquals(List.of("Client:reference"), RefineFixtures.newFields(before, after, "repair").stream().map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList());
        assertEquals(2, after.entities().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Guten Morgen", "Bonjour, merci"})
    void nonsense_is_still_an_error_in_the_batch(String message) {
        assertThrows(DraftException.class, () -> new OfflineRefiner().refine(SHOP.get("fr"), message));
    }

    /**
     * "En fait", "au fait", "in fact", "de hecho", "en realidad" in front of a clause only say that it is meant (session 23):
     * left in front, the wish after them was not read, and "état" / "estado" in the new field's name, with a bracket
     * after it, put the bracket's word among the status values.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | En fait nous aimerions aussi le bilan d'état (le scan) pour chaque réparation. | Bilan d'état:file
            es | De hecho queremos también el informe de estado (el PDF) de cada reparación. | Informe de estado:file
            es | En realidad necesitamos también el informe del estado (foto) en cada reparación. | Informe del estado:file
            en | In fact we'd also like the condition report (a scan) on each repair. | Condition report:file
            """)
    void an_in_fact_opener_leaves_the_wish_and_the_status_values(String lang, String message, String expected) {
        assertEquals(List.of(expected), added(lang, message), message);
        AppSpec after = RefineFixtures.refine(SHOP.get(lang), message).spec();
        assertEquals(SHOP.get(lang).entities().get(0).fields().get(2).options(), after.entities().get(0).fields().get(2).options(), message);
    }
}
