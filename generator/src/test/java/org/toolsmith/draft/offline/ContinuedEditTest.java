package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * A later sentence of a message that only goes on with "and the …", "et la …", "y el …", "und die …", "plus …" (session
 * 17, r1), phrasing of our own: the thing it names is one more field asked for, even when it is long or carries a remark
 * after a comma ("…, the drivers never write it down"). Before, a noun phrase of more than eight words was dropped, and a
 * remark after the comma became a field of its own. A later sentence with a verb of its own is left to the other readers.
 */
class ContinuedEditTest {
    private static AppSpec deliveries(String kind, String kinds, String name, String address, String status, String planned, String done) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Deliveries", "entities": [{"key": "delivery", "name": "%s", "plural": "%s", "fields": [
                  {"key": "name", "label": "%s", "type": "text", "required": true},
                  {"key": "address", "label": "%s", "type": "text"},
                  {"key": "status", "label": "%s", "type": "choice", "options": ["%s", "%s"]}]}]}
                """.formatted(kind, kinds, name, address, status, planned, done));
    }

    private static final Map<String, AppSpec> DELIVERIES = Map.of(
            "en", deliveries("Delivery", "Deliveries", "Name", "Address", "Status", "Planned", "Done"),
            "fr", deliveries("Livraison", "Livraisons", "Nom", "Adresse", "Statut", "Prévue", "Faite"),
            "es", deliveries("Entrega", "Entregas", "Nombre", "Dirección", "Estado", "Prevista", "Hecha"),
            "de", deliveries("Lieferung", "Lieferungen", "Name", "Adresse", "Status", "Geplant", "Erledigt"));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The address has to be filled in. And the name of the neighbour who took the parcel in for us | Name
            en | Put Cancelled in the statuses. And the time the van actually left the depot, the drivers never write it down | Time
            en | Make the address mandatory. Plus the number of boxes handed over at the door of the customer | Number
            fr | L'adresse doit être obligatoire. Et le nom du voisin qui a gardé le colis pour nous | Nom
            fr | Ajoute Annulée dans les statuts. Et l'heure de départ réelle de la camionnette depuis le dépôt | Heure
            es | La dirección tiene que ser obligatoria. Y el nombre del vecino que ha recogido el paquete por nosotros | Nombre
            es | Añade Cancelada a los estados. Y la hora de salida real de la furgoneta desde el almacén, los conductores nunca la apuntan | Hora
            de | Die Adresse muss Pflicht sein. Und die Anzahl der Kartons, die an der Haustür des Kunden übergeben wurden | Anzahl
            de | Bitte Storniert bei den Status ergänzen. Und die tatsächliche Abfahrtszeit des Transporters vom Lager aus | Abfahrtszeit
            """)
    void a_sentence_that_goes_on_adds_one_field(String lang, String message, String firstWord) {
        AppSpec before = DELIVERIES.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<Field> fresh = RefineFixtures.newFields(before, after, "delivery");
        assertEquals(1, fresh.size(), () -> message + " -> " + fresh);
        String label = fresh.get(0).label();
        assertTrue(label.startsWith(firstWord) || label.contains(" " + firstWord), () -> message + " -> " + label);
        boolean firstEditKept = RefineFixtures.field(after, "delivery", "address").required()
                || RefineFixtures.field(after, "delivery", "status").options().size() == 3;
        assertTrue(firstEditKept, () -> message + ": the first edit still counts");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The address has to be filled in. And the reason is that drivers keep forgetting it
            en | Make the address mandatory. And the status should be required too
            fr | L'adresse doit être obligatoire. Et le statut doit être obligatoire aussi
            es | La dirección tiene que ser obligatoria. Y el estado debe ser obligatorio también
            de | Die Adresse muss Pflicht sein. Und das ist wirklich wichtig für die Fahrer
            """)
    void a_sentence_with_its_own_verb_adds_no_field(String lang, String message) {
        AppSpec before = DELIVERIES.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertEquals(List.of(), RefineFixtures.newFields(before, after, "delivery"), message);
        assertTrue(RefineFixtures.field(after, "delivery", "address").required(), message);
    }
}
