package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Bracketed values with a catch-all are options, not fields ({@link FieldReader#valueList}). */
class BracketValuesTest {
    private static List<Field> fields(String request) {
        AppSpec spec = new OfflineDrafter().draft(request);
        return spec.entities().stream().flatMap(e -> e.fields().stream()).toList();
    }

    private static Field field(List<Field> fs, String label) {
        return fs.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(fs.toString()));
    }

    @Test
    void a_catch_all_value_makes_the_brackets_options() {
        List<Field> es = fields("Para cada devolución anotamos la fecha, el pedido y el motivo (llegó roto, fecha caducada, otro).");
        assertEquals(FieldType.CHOICE, field(es, "Motivo").type(), es.toString());
        List<Field> de = fields("Für jede Reklamation erfassen wir das Datum, den Kunden und den Grund (beschädigt, Lieferung zu spät, sonstiges).");
        assertEquals(FieldType.CHOICE, field(de, "Grund").type(), de.toString());
    }

    @Test
    void attributes_in_brackets_stay_fields() {
        List<Field> fs = fields("For every job we need the customer (name, phone, email), the start date and the price.");
        assertEquals(FieldType.PHONE, field(fs, "Phone").type(), fs.toString());
        assertEquals(FieldType.EMAIL, field(fs, "Email").type(), fs.toString());
        List<Field> fr = fields("Pour chaque intervention : le client (nom, téléphone, e-mail), la date et le montant.");
        assertEquals(FieldType.PHONE, field(fr, "Téléphone").type(), fr.toString());
    }
}
