package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A verb of keeping track before a heading is no part of the kind's name ("Seguimos las entregas:" → Entrega). */
class OpeningVerbsTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Entrega | Seguimos las entregas: fecha, dirección, conductor.",
        "Pedido | Gestionamos los pedidos: cliente, fecha, importe.",
        "Obra | Vigilamos las obras: dirección, encargado, fecha de inicio.",
        "Livraison | Nous suivons les livraisons : date, adresse, chauffeur.",
        "Lieferung | Wir verfolgen die Lieferungen: Datum, Adresse, Fahrer."})
    void the_verb_before_the_heading_is_cut(String kind, String request) {
        var spec = SpecCheck.draft(request);
        assertEquals(kind, spec.entities().get(0).name(), SpecCheck.names(spec));
    }
}
