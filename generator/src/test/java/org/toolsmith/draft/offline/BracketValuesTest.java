package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/** Bracketed values with a catch-all, or without type words as heads, are options, not fields ({@link FieldReader#valueList}). */
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

    // type words count only as an item's head (FieldReader.headsFieldLike): "price beat", a state like "damaged"
    @Test
    void modifiers_and_states_in_brackets_are_values() {
        List<Field> en = fields("For each refund we log the order, the cause (scratched, end of line, surplus, price beat) and who approved it.");
        assertEquals(FieldType.CHOICE, field(en, "Cause").type(), en.toString());
        assertTrue(en.stream().noneMatch(f -> f.label().equals("Price beat")), en.toString());
        List<Field> en2 = fields("For each refund we log the order, the cause (delivered late, end of line, price beat) and the date.");
        assertEquals(FieldType.CHOICE, field(en2, "Cause").type(), en2.toString());
        List<Field> fr = fields("Pour chaque remboursement on note la commande, la cause (livré cassé, fin de série, surplus, erreur de prix) et la date.");
        assertEquals(FieldType.CHOICE, field(fr, "Cause").type(), fr.toString());
        List<Field> es = fields("Para cada reembolso anotamos el pedido, la causa (dañado, fin de serie, excedente, error de precio) y la fecha.");
        assertEquals(FieldType.CHOICE, field(es, "Causa").type(), es.toString());
    }

    @Test
    void type_words_as_heads_stay_fields() {
        List<Field> en = fields("For each sale we keep the seller, the payment (amount paid, date received, method) and a note.");
        assertEquals(FieldType.MONEY, field(en, "Amount paid").type(), en.toString());
        assertEquals(FieldType.DATE, field(en, "Date received").type(), en.toString());
        List<Field> fr = fields("Pour chaque vente : le vendeur, le paiement (montant payé, date de réception, moyen) et une remarque.");
        assertEquals(FieldType.MONEY, field(fr, "Montant payé").type(), fr.toString());
        assertEquals(FieldType.DATE, field(fr, "Date de réception").type(), fr.toString());
        List<Field> en3 = fields("For each job we keep the client (name, phone, email), the start date and the amount.");
        assertEquals(FieldType.PHONE, field(en3, "Phone").type(), en3.toString());
    }
}
