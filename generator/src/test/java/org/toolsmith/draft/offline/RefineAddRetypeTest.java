package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Adding fields and changing types in the many ways people say it: polite wrapping, a kind named in
 * front, a type named after a negated one, values picked from a list of people or of another kind,
 * one field replaced by another. Four languages, phrasing of our own.
 */
class RefineAddRetypeTest {
    static final AppSpec WORKSHOP = spec("""
            {"spec": 1, "name": "Repairs", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "phone"}]},
              {"key": "repair", "name": "Repair", "plural": "Repairs", "fields": [
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer", "required": true},
                {"key": "device", "label": "Device", "type": "text"},
                {"key": "mechanic", "label": "Mechanic", "type": "text"},
                {"key": "quote", "label": "Quote", "type": "text"},
                {"key": "picked_up", "label": "Picked up", "type": "date"},
                {"key": "remarks", "label": "Remarks", "type": "text"}]}]}
            """);
    static final AppSpec ATELIER = spec("""
            {"spec": 1, "name": "Atelier", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "reparation", "name": "Réparation", "plural": "Réparations", "fields": [
                {"key": "client", "label": "Client", "type": "reference", "target": "client"},
                {"key": "technicien", "label": "Technicien", "type": "text"},
                {"key": "garant", "label": "Garant", "type": "text"},
                {"key": "devis", "label": "Devis", "type": "text"},
                {"key": "depot", "label": "Dépôt", "type": "date"},
                {"key": "telephone", "label": "Téléphone", "type": "phone"}]}]}
            """);
    static final AppSpec TALLER = spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "proveedor", "name": "Proveedor", "plural": "Proveedores", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [
                {"key": "mecanico", "label": "Mecánico", "type": "text"},
                {"key": "repuestos", "label": "Repuestos", "type": "text"},
                {"key": "presupuesto", "label": "Presupuesto", "type": "text"},
                {"key": "comentario", "label": "Comentario", "type": "text"}]}]}
            """);
    static final AppSpec WERKSTATT = spec("""
            {"spec": 1, "name": "Werkstatt", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde"},
                {"key": "monteur", "label": "Monteur", "type": "text"},
                {"key": "preis", "label": "Preis", "type": "text"},
                {"key": "arbeitszeit", "label": "Arbeitszeit", "type": "text"},
                {"key": "abholung", "label": "Abholung", "type": "date"},
                {"key": "hinweis", "label": "Hinweis", "type": "text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hi there, could you please add a warranty expiry date? cheers | +repair:date:Warranty",
        "for the customer add a loyalty card number | +customer:text:Loyalty",
        "on customers please add an email, and on repairs add the number of hours worked | +customer:email & +repair:integer:Number of hours",
        "the quote should be an amount of money, not free text | repair.quote=money",
        "the mechanic has to be picked from the staff directory | repair.mechanic=person",
        "remarks are too short for what people write | repair.remarks=long_text",
        "picked up needs the time as well | repair.picked_up=datetime",
        "swap the remarks for a photo of the damage | -repair.remarks & +repair:file:Photo",
        "replace the device with a serial number | -repair.device & +repair:text:Serial"})
    void english(String message, String expected) {
        RefineExpect.check(WORKSHOP, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bonjour, pouvez-vous ajouter la date de restitution ? Merci | +reparation:date:Date de restitution",
        "Le technicien doit être choisi dans la liste des salariés | reparation.technicien=person",
        "Le garant doit être choisi parmi les clients | reparation.garant=reference",
        "Le devis, c'est un montant | reparation.devis=money",
        "Pour le dépôt il faut aussi l'heure | reparation.depot=datetime",
        "Remplace le téléphone par une adresse e-mail | -reparation.telephone & +reparation:email"})
    void french(String message, String expected) {
        RefineExpect.check(ATELIER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hola, ¿podríais añadir la fecha de entrega? ¡Gracias! | +reparacion:date:Fecha de entrega",
        "El mecánico debe elegirse de la lista de empleados | reparacion.mecanico=person",
        "El presupuesto debería ser dinero, no texto | reparacion.presupuesto=money",
        "El comentario necesita más espacio | reparacion.comentario=long_text",
        "Quita los repuestos y pon en su lugar el número de piezas | -reparacion.repuestos & +reparacion:integer:Número de piezas",
        "En los proveedores añade un teléfono | +proveedor:phone"})
    void spanish(String message, String expected) {
        RefineExpect.check(TALLER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hallo! Könnt ihr beim Kunden noch die Kundennummer ergänzen? Danke | +kunde:text:Kundennummer",
        "Der Monteur soll aus der Mitarbeiterliste gewählt werden | auftrag.monteur=person",
        "Preis bitte als Geldbetrag statt Text | auftrag.preis=money",
        "Die Arbeitszeit bitte als Zahl, in Stunden | auftrag.arbeitszeit=decimal",
        "Ersetze den Hinweis durch ein Foto | -auftrag.hinweis & +auftrag:file:Foto"})
    void german(String message, String expected) {
        RefineExpect.check(WERKSTATT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many visits did the customer make? Add that please | +repair:integer:Number of visits",
        "Combien de pièces faut-il ? Ajoute ce champ | +reparation:integer:Nombre de pièces",
        "¿Cuántas piezas hacen falta? Añádelo | +reparacion:integer:Número de piezas",
        "Wie viele Teile braucht der Auftrag? Bitte ein Feld dafür | +auftrag:integer:Anzahl Teile"})
    void a_question_then_add_it_adds_what_the_question_asks(String message, String expected) {
        AppSpec spec = message.startsWith("How") ? WORKSHOP : message.startsWith("Combien") ? ATELIER : message.startsWith("¿") ? TALLER : WERKSTATT;
        RefineExpect.check(spec, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Je voudrais savoir qui a signé la réparation et quand | +reparation:person:Signé & +reparation:date:Signé",
        "Nous devons pouvoir joindre la facture | +reparation:file:Facture"})
    void french_first_person_wishes(String message, String expected) {
        RefineExpect.check(ATELIER, message, expected);
    }

    @Test
    void spanish_and_german_first_person_wishes() {
        RefineExpect.check(TALLER, "Quiero saber quién revisó la reparación y cuándo", "+reparacion:person & +reparacion:date");
        RefineExpect.check(WERKSTATT, "Ich möchte wissen, wer den Auftrag geprüft hat und wann", "+auftrag:person:Geprüft & +auftrag:date:Geprüft");
        RefineExpect.check(WERKSTATT, "Den Lieferschein soll man hochladen können", "+auftrag:file:Lieferschein");
    }

    @Test
    void car_in_an_english_label_is_not_the_french_because() {
        AppSpec drivers = spec("""
                {"spec": 1, "name": "Drivers", "entities": [
                  {"key": "driver", "name": "Driver", "plural": "Drivers", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true},
                    {"key": "has_car", "label": "Has a car", "type": "text"}]}]}
                """);
        RefineExpect.check(drivers, "'Has a car' should be a yes/no", "driver.has_car=boolean");
    }

    @Test
    void whether_something_was_given_is_named_by_the_thing_given() {
        RefineExpect.check(WORKSHOP, "please record whether the customer was sent a reminder", "+repair:boolean:Reminder sent");
        RefineExpect.check(ATELIER, "Ajoute s'il faut une pièce de rechange", "+reparation:boolean:Pièce");
    }

    @Test
    void what_a_person_is_goes_to_the_person_not_to_their_repairs() {
        AppSpec hiring = spec("""
                {"spec": 1, "name": "Hiring", "entities": [
                  {"key": "applicant", "name": "Applicant", "plural": "Applicants", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true}]},
                  {"key": "interview", "name": "Interview", "plural": "Interviews", "fields": [
                    {"key": "applicant", "label": "Applicant", "type": "reference", "target": "applicant"},
                    {"key": "held_on", "label": "Held on", "type": "date"}]}]}
                """);
        RefineExpect.check(hiring, "also add their date of birth", "+applicant:date");
        RefineExpect.check(hiring, "add the interview room", "+interview:text");
    }

    @Test
    void a_bigger_box_after_a_field_is_that_fields_type_not_a_new_field() {
        RefineExpect.check(WORKSHOP, "Remarks are cramped, we need a bigger text box", "repair.remarks=long_text");
        RefineExpect.check(TALLER, "El comentario se queda corto, hace falta un cuadro de texto más grande", "reparacion.comentario=long_text");
    }

    @Test
    void a_range_of_numbers_makes_a_number_and_is_not_part_of_the_name() {
        RefineExpect.check(WORKSHOP, "add a satisfaction score from 1 to 5", "+repair:integer:Satisfaction score");
        RefineExpect.check(TALLER, "Añade una nota del 1 al 10", "+reparacion:integer:Nota");
    }

    @Test
    void a_field_named_first_then_what_it_should_hold() {
        RefineExpect.check(TALLER, "El presupuesto debería incluir también la hora", "reparacion.presupuesto=datetime");
        RefineExpect.check(WORKSHOP, "the mechanic works here, so pick him from the staff list", "repair.mechanic=person");
        RefineExpect.check(WORKSHOP, "pick the mechanic from our employees", "repair.mechanic=person");
    }

    @Test
    void linking_to_a_kind_reuses_the_text_field_of_that_name() {
        AppSpec stock = spec("""
                {"spec": 1, "name": "Stock", "entities": [
                  {"key": "part", "name": "Part", "plural": "Parts", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true},
                    {"key": "vendor", "label": "Vendor", "type": "text"}]},
                  {"key": "vendor", "name": "Vendor", "plural": "Vendors", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true}]}]}
                """);
        RefineExpect.check(stock, "each part should be linked to a vendor", "part.vendor=reference");
    }

    @Test
    void new_fields_with_a_unit_or_a_contact_number() {
        RefineExpect.check(WORKSHOP, "repairs should also say how long they took, in hours", "+repair:decimal");
        RefineExpect.check(WORKSHOP, "for customers add an emergency contact number", "+customer:phone");
        RefineExpect.check(WORKSHOP, "Thanks! One more: a field for the courier's name", "+repair:text");
    }

    @Test
    void who_a_field_is_for_does_not_type_it() {
        RefineExpect.check(WORKSHOP, "add a mobile number for the mechanic's manager", "+repair:phone");
    }

    @Test
    void a_field_named_alone_then_what_it_needs() {
        RefineExpect.check(ATELIER, "Le devis, il faut pouvoir écrire plusieurs paragraphes", "reparation.devis=long_text");
        RefineExpect.check(WORKSHOP, "The remarks. We need whole paragraphs there", "repair.remarks=long_text");
    }

    @Test
    void when_something_happened_is_named_by_its_participle_in_each_language() {
        RefineExpect.check(WERKSTATT, "Wir brauchen noch, wann der Auftrag abgerechnet wurde", "+auftrag:date:Abgerechnet am");
        RefineExpect.check(ATELIER, "On a besoin de savoir quand la réparation a été facturée", "+reparation:date:Facturée le");
        RefineExpect.check(TALLER, "Necesitamos saber cuándo fue revisada la reparación", "+reparacion:date:Revisada el");
    }

    @Test
    void a_type_said_after_a_comma_types_the_new_field() {
        RefineExpect.check(TALLER, "Añade un campo de observaciones internas, texto largo", "+reparacion:long_text:Observaciones internas");
        RefineExpect.check(WORKSHOP, "the mechanic should come from the employee list", "repair.mechanic=person");
        RefineExpect.check(WORKSHOP, "add a satisfaction rating out of 10", "+repair:integer:Satisfaction rating");
    }

    @Test
    void mixed_edits_in_one_message() {
        RefineExpect.check(WORKSHOP, "Mechanics need to attach the delivery slip - add that. Also add a warranty period in months.",
                "+repair:file:Delivery slip & +repair:integer:Warranty period");
        RefineExpect.check(WERKSTATT, "Füg bitte hinzu, wer abgerechnet hat, und beim Kunden die Steuernummer",
                "+auftrag:person:Abgerechnet & +kunde:text:Steuernummer");
        RefineExpect.check(WORKSHOP, "add whether each customer wants a courtesy call", "+customer:boolean");
    }

    @Test
    void asking_to_have_or_to_do_an_edit_is_the_edit() {
        RefineExpect.check(ATELIER, "Il faudrait si possible ajouter un champ garantie", "+reparation:text:Garantie");
        RefineExpect.check(ATELIER, "On pourrait avoir la date de livraison ?", "+reparation:date:Date de livraison");
        RefineExpect.check(TALLER, "¿Podemos tener la fecha de entrega?", "+reparacion:date:Fecha de entrega");
        RefineExpect.check(WERKSTATT, "Können wir noch das Abholdatum haben?", "+auftrag:date:Abholdatum");
        RefineExpect.check(WORKSHOP, "we should add a follow-up date", "+repair:date:Follow-up");
    }

    @Test
    void order_in_the_form_is_not_a_type() {
        org.junit.jupiter.api.Assertions.assertThrows(org.toolsmith.draft.DraftException.class,
                () -> new OfflineRefiner().refine(WORKSHOP, "the remarks should come after the picked up date"));
    }

    @Test
    void a_type_after_a_negation_is_the_one_left_behind() {
        assertEquals(Optional.of(FieldType.MONEY), RefineRetype.named("dinero, no texto"));
        assertEquals(Optional.of(FieldType.DATE), RefineRetype.named("a real date, not just text"));
        assertEquals(Optional.of(FieldType.PERSON), RefineRetype.named("one of our employees, not typed text"));
        assertEquals(Optional.of(FieldType.BOOLEAN), RefineRetype.named("ein Ja/Nein-Feld statt Freitext"));
        assertTrue(RefineRetype.named("pas du texte").isEmpty());
    }

    @Test
    void a_type_word_after_a_field_in_a_list_is_another_field_not_a_retype() {
        RefineExpect.check(WORKSHOP, "on customers we need the name again, an email and a birthday", "+customer:email & +customer:date");
    }

    @Test
    void a_bare_new_label_after_replace_is_still_a_rename() {
        RefineExpect.check(ATELIER, "Remplace Garant par Caution", "reparation.garant~Caution");
    }
}
