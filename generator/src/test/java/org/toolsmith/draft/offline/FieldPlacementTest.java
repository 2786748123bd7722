package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Where a new field goes, what it is called and what type it gets, and what is no field at all (session 8):
 * {@link NeedColon}, {@link Perfect}, {@link FieldNameTidy}, {@link ValuesPastAside}, {@link ValuesLead},
 * {@link LinkedOwner}, {@link TypeWordItem}, {@link FieldWhere}, the announcement preface of {@link DiscoursePreface}.
 * Phrasing of our own, on fixtures of our own.
 */
class FieldPlacementTest {
    /** A workshop: tools lent out in jobs, each job done for one customer. */
    static final AppSpec WORKSHOP = RefineFixtures.spec("""
            {"spec": 1, "name": "Workshop jobs", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"}]},
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer", "required": true},
                {"key": "title", "label": "Title", "type": "text"},
                {"key": "booked_on", "label": "Booked on", "type": "date"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);

    static final AppSpec TALLER = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "proveedor", "name": "Proveedor", "plural": "Proveedores", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [
                {"key": "proveedor", "label": "Proveedor", "type": "reference", "target": "proveedor", "required": true},
                {"key": "fecha", "label": "Fecha", "type": "date"},
                {"key": "importe", "label": "Importe", "type": "money"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a verb of needing, then a colon: the colon only opens the list (before, "still" / "noch" became a new kind)
        "We still need: a pickup slot and the signed waiver as a file. | +job:text:Pickup slot & +job:file:Signed waiver",
        "Wir brauchen noch: die Werkstattnummer und ein Foto als Datei. | +job:text:Werkstattnummer & +job:file:Foto",
        "Il nous faut encore : le numéro de bon et la date de livraison. | +job:text & +job:date",
        // "have" of a perfect tense tells news: no kind "Accountant", the removal still applies
        "The accountants have moved all the invoices into the ledger, so we don't need the notes any more. | -job.notes",
        // where it goes is not part of its name
        "add a deposit on every job | +job:money:Deposit",
        // values after a reason belong to the thing before it
        "add a payment method, since the till never balances: cash, card or voucher | +job:choice:Payment method",
        // an announcement of edits before a colon is no field
        "A couple of changes: jobs need a priority (low, high) and a link to the quote | +job:choice:Priority & +job:url",
        // a thing that happens at a time takes 'date and time' said after it; a contact clause is not part of the name
        "we need somewhere to put the appointment the garage gives the customer, date and time | +job:datetime:Appointment",
        "add the collection slot, date and time, and the courier, yes/no | +job:datetime:Collection slot & +job:boolean:Courier",
        // "who did the X": X's participle
        "please note who did the inspection | +job:person:Inspected by",
        // two things that share their head word: a choice of them
        "we need to know whether each job was collected in the customer's own van or a hire van | +job:choice:Van"})
    void places_names_and_types_new_fields(String message, String expected) {
        RefineExpect.check(WORKSHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "subir" is uploading: a file; "saber cuándo" has its own verb
        "en cada pedido quiero poder subir el albarán del proveedor y saber cuándo llega | +pedido:file:Albarán & +pedido:date",
        // the reason between the thing and its values
        "Añade la forma de pago al pedido, que nunca cuadra la caja: efectivo, tarjeta o transferencia | +pedido:choice:Forma de pago",
        "Necesitamos además: el número de bultos | +pedido:integer",
        // "lo importante" is what matters most, never a field
        "Añade lo importante. | error"})
    void reads_spanish_placement(String message, String expected) {
        RefineExpect.check(TALLER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "We need a fuel type on jobs. It's usually one or more of petrol, diesel, electric - can they tick several? | MULTI_CHOICE",
        "Add a fuel type to jobs. It's always petrol, diesel or electric. | CHOICE"})
    void takes_values_from_the_sentence_after(String message, String type) {
        AppSpec after = RefineFixtures.refine(WORKSHOP, message).spec();
        var fresh = RefineFixtures.newFields(WORKSHOP, after, "job");
        assertEquals(1, fresh.size(), message);
        assertEquals(FieldType.valueOf(type), fresh.get(0).type(), message);
        assertEquals(3, fresh.get(0).options().size(), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DE | Bei den Buchungen fehlt uns ein Feld, wo man Besonderheiten reinschreiben kann. | buchung | Besonderheiten",
        "FR | Il manque un champ où l'on peut noter les remarques du client. | reservation | Remarques du client"})
    void names_a_field_by_what_is_written_in_it(String lang, String message, String kind, String label) {
        AppSpec before = lang.equals("DE") ? RefineFixtures.DE : RefineFixtures.FR;
        AppSpec after = RefineFixtures.refine(before, message).spec();
        var fresh = RefineFixtures.newFields(before, after, kind);
        assertEquals(1, fresh.size(), () -> message + " → " + RefineFixtures.JSON.write(after));
        assertEquals(label, fresh.get(0).label(), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Since spring the suppliers email us the delivery note so there's no paper slip anymore.",
        "That new status needs adding."})
    void adds_no_field_for_news_or_a_bare_gerund(String message) {
        try {
            AppSpec after = new OfflineRefiner().refine(WORKSHOP, message).spec();
            assertFalse(after.entities().stream().anyMatch(e -> !RefineFixtures.newFields(WORKSHOP, after, e.key()).isEmpty()
                    || WORKSHOP.entity(e.key()).isEmpty()), message);
        } catch (org.toolsmith.draft.DraftException refused) {
            // refusing the message is fine: nothing was damaged
        }
    }
}
