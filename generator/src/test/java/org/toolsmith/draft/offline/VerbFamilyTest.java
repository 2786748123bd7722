package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A question about an office verb names its field by the verb's noun ({@link VerbFamily}): who + sign is Signed by,
 * when + come back the return date, how many + deliver the quantity delivered. Questions that name what is counted,
 * or whose thing is not the party that acts, are left to the other readers.
 */
class VerbFamilyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | who signed for it                  | AGENT  | Signed by
            EN | how many were shipped              | COUNT  | Quantity shipped
            EN | how much it cost                   | AMOUNT | Cost
            EN | whether the tenant paid            | DONE   | Paid
            FR | pourquoi il a ete refuse           | REASON | Motif du refus
            FR | combien ont ete livres             | COUNT  | Quantité livrée
            FR | combien ca a coute                 | AMOUNT | Coût
            ES | cuanto costo                       | AMOUNT | Coste
            ES | si el cliente pago                 | DONE   | Pagado
            ES | por que se cancelo                 | REASON | Motivo de cancelación
            DE | wo es gelagert wird                | PLACE  | Lagerort
            DE | wann es zuruckkam                  | DATE   | Rückgabedatum
            DE | wie viele bestellt wurden          | COUNT  | Bestellmenge
            """)
    void a_question_on_an_office_verb_names_its_noun(String lang, String folded, String role, String label) {
        VerbFamily.Hit h = VerbFamily.ask(Lang.valueOf(lang), folded);
        assertEquals(role + " " + label, h == null ? null : h.role() + " " + h.label(), folded);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EN | how many boxes were delivered
            EN | who is responsible
            EN | whether the invoice was paid
            FR | si la note a ete reglee
            FR | combien de colis ont ete livres
            ES | cuando llega
            DE | wie viele Gaste kommen
            DE | ob die Rechnung bezahlt wurde
            """)
    void other_questions_are_left(String lang, String folded) {
        assertNull(VerbFamily.ask(Lang.valueOf(lang), folded), folded);
    }

    private static AppSpec spec(String name, String plural, String label) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Parcels", "entities": [
                  {"key": "parcel", "name": "%s", "plural": "%s", "fields": [
                    {"key": "code", "label": "%s", "type": "text", "required": true}]}]}
                """.formatted(name, plural, label));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Parcel | Parcels | Code    | Also when the parcel came back                   | Return date:date
            en | Parcel | Parcels | Code    | we'd like to record how many were delivered      | Quantity delivered:integer
            fr | Colis  | Colis   | Code    | Aussi : pourquoi il a été refusé                 | Motif du refus:long_text
            fr | Colis  | Colis   | Code    | J'ai aussi besoin de savoir combien ça a coûté   | Coût:money
            es | Paquete | Paquetes | Código | También necesito saber cuántos se entregaron     | Cantidad entregada:integer
            es | Paquete | Paquetes | Código | nos falta saber por qué se canceló               | Motivo de cancelación:long_text
            de | Paket  | Pakete  | Code    | Außerdem: wo es gelagert wird                    | Lagerort:text
            de | Paket  | Pakete  | Code    | es fehlt noch, wann es zurückkam                 | Rückgabedatum:date
            """)
    void the_refiner_adds_the_noun_of_the_verb(String lang, String name, String plural, String label, String message, String field) {
        AppSpec before = spec(name, plural, label);
        AppSpec after = new OfflineRefiner().refine(before, message).spec();
        assertEquals(List.of(field), RefineFixtures.newFields(before, after, "parcel").stream()
                .map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList(), message);
    }
}
