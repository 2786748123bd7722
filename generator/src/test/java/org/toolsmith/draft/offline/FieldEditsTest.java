package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Edits of an existing field said the way people talk ({@link UntouchedFields}, {@link FieldEditCues},
 * {@link ValueLeads}, {@link WithoutField}): a second look at sentences the readers left aside, names said by
 * contrast, types said by what people do, values after "pick from" or "either", required said by what is
 * worthless without the field. Phrasing of our own; nothing else may change ({@link RefineExpect}).
 */
class FieldEditsTest {
    private static final AppSpec RENTALS = RefineFixtures.spec("""
            {"spec": 1, "name": "Tool rental", "entities": [
              {"key": "rental", "name": "Rental", "plural": "Rentals", "fields": [
                {"key": "customer", "label": "Customer", "type": "text", "required": true},
                {"key": "item_name", "label": "Item name", "type": "text"},
                {"key": "pickup", "label": "Pickup date", "type": "date"},
                {"key": "returned", "label": "Returned", "type": "choice", "options": ["Yes", "No"]},
                {"key": "deposit", "label": "Deposit", "type": "text"},
                {"key": "condition", "label": "Condition", "type": "choice", "options": ["Good", "Worn"]},
                {"key": "receipt", "label": "Receipt", "type": "text"},
                {"key": "website", "label": "Shop website", "type": "text"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]},
              {"key": "courier", "name": "Courier", "plural": "Couriers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]}]}
            """);
    private static final AppSpec LOCATION = RefineFixtures.spec("""
            {"spec": 1, "name": "Location de matériel", "entities": [
              {"key": "location", "name": "Location", "plural": "Locations", "fields": [
                {"key": "client", "label": "Client", "type": "text", "required": true},
                {"key": "depot", "label": "Dépôt", "type": "text"},
                {"key": "recu", "label": "Reçu", "type": "text"},
                {"key": "etat", "label": "État", "type": "choice", "options": ["Bon", "Usé"]}]}]}
            """);
    private static final AppSpec ALQUILER = RefineFixtures.spec("""
            {"spec": 1, "name": "Alquiler de herramientas", "entities": [
              {"key": "alquiler", "name": "Alquiler", "plural": "Alquileres", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "text", "required": true},
                {"key": "deposito", "label": "Depósito", "type": "text"},
                {"key": "horas", "label": "Horas", "type": "text"},
                {"key": "estado", "label": "Estado", "type": "choice", "options": ["Bueno", "Gastado"]}]}]}
            """);
    private static final AppSpec VERLEIH = RefineFixtures.spec("""
            {"spec": 1, "name": "Werkzeugverleih", "entities": [
              {"key": "ausleihe", "name": "Ausleihe", "plural": "Ausleihen", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "text", "required": true},
                {"key": "abholung", "label": "Abholdatum", "type": "date"},
                {"key": "beleg", "label": "Beleg", "type": "text"},
                {"key": "zustand", "label": "Zustand", "type": "choice", "options": ["Gut", "Abgenutzt"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the readers take the first sentence; the second look takes the news in the second
        "Please remove the notes. Also the condition has a third state now, 'Broken', which nobody can pick at the moment. | -rental.notes & rental.condition[Good;Worn;Broken]",
        "Please remove the notes. And a rental without a pickup date is useless to us. | -rental.notes & rental.pickup!",
        "around here we say client, not customer | rental.customer~Client",
        "'Pickup date' is actually called collection day at the counter | rental.pickup~Collection day",
        "for the shop website people copy the link from their browser | rental.website=url",
        "the receipt - we scan it and attach it to the rental | rental.receipt=file",
        "returned or not, that should just be a tick box | rental.returned=boolean",
        "the condition is either good, worn or broken, nothing else | rental.condition[Good;Worn;Broken]",
        "for the deposit people pick from none, twenty euros or fifty euros | rental.deposit=choice",
        "nobody should be allowed to skip the pickup date, the insurance asks for it | rental.pickup!",
        "the pickup date is optional for regulars, but let's keep it required anyway | rental.pickup!",
        // a new value said as a name in running text, and "it" for that name
        "Please remove the notes. Since the spring there is a third condition, Repainted, which the form does not offer. | -rental.notes & rental.condition[Good;Worn;Repainted]",
        "we now also hand out tools marked Refurbished, can you add it to the condition list | rental.condition[Good;Worn;Refurbished]",
        // a value said inside a noun phrase with the field's own word or a word for a value
        "we also get a damaged condition now and then, when a drill comes back broken | rental.condition[Good;Worn;Damaged]",
        "we need a 'Needs cleaning' condition too | rental.condition[Good;Worn;Needs cleaning]"})
    void reads_field_edits_said_in_english(String message, String expected) {
        RefineExpect.check(RENTALS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chez nous on dit caution, pas dépôt | location.depot~Caution",
        "pour le reçu on joint directement le scan | location.recu=file",
        "aquí decimos fianza, no depósito | alquiler.deposito~Fianza",
        "las horas son siempre un número entero, sin decimales | alquiler.horas=integer",
        "el estado puede ser bueno, gastado o roto, nada más | alquiler.estado[Bueno;Gastado;Roto]",
        "falta el estado reparado para lo que vuelve del taller | alquiler.estado[Bueno;Gastado;Reparado]",
        "l'état doit aussi pouvoir être cassé | location.etat[Bon;Usé;Cassé]",
        "bei uns heißt das nicht Kunde, sondern Mieter | ausleihe.kunde~Mieter",
        "das Abholdatum darf nie leer bleiben | ausleihe.abholung!"})
    void reads_field_edits_said_in_french_spanish_and_german(String message, String expected) {
        AppSpec spec = expected.startsWith("location") ? LOCATION : expected.startsWith("alquiler") ? ALQUILER : VERLEIH;
        RefineExpect.check(spec, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a new thing to attach is a new field, not the field named beside it
        "for the item name, it would help to attach a photo of the item | +rental:file",
        // "drop-off" names a time, it asks to remove nothing
        "the pickup date is really called drop-off date here | rental.pickup~Drop-off date",
        // the second look leaves alone a field the readers answered as already so
        "The notes can go. The customer is required, that's fine as it is. | -rental.notes",
        // "doesn't need changing" leaves the kind as it is
        "Please remove the notes, the couriers don't need changing | -rental.notes"})
    void changes_nothing_it_was_not_asked(String message, String expected) {
        RefineExpect.check(RENTALS, message, expected);
    }
}
