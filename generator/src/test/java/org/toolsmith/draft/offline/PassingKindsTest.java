package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/** Session 7 (d2): kinds introduced in passing, lower-case sentence ends, each-words after "and", a heading's act. */
class PassingKindsTest {
    @Test
    void a_kind_said_in_passing_after_and_gets_its_list_and_the_record_points_to_it() {
        AppSpec spec = draft("Every rental has a customer, a kayak and the hours. Kayaks are numbered, and for customers we only keep name and phone.");
        assertTrue(links(spec, "Rental", "Customer"), SpecCheck.names(spec));
        assertEquals(FieldType.PHONE, field(entity(spec, "Customer"), "Phone").type());
    }

    @Test
    void french_spanish_and_german_kinds_in_passing() {
        AppSpec fr = draft("Chaque inscription a un stagiaire, un stage et une date. Les stagiaires, on garde juste nom et e-mail.");
        assertTrue(links(fr, "Inscription", "Stagiaire"), SpecCheck.names(fr));
        AppSpec es = draft("Cada pedido tiene la fecha, el proveedor y el importe. Del proveedor guardamos nombre, teléfono y correo.");
        assertTrue(links(es, "Pedido", "Proveedor"), SpecCheck.names(es));
        AppSpec de = draft("Jeder Einsatz hat ein Datum, den Helfer und die Stunden. Bei den Helfern speichern wir nur Name und Telefon.");
        assertTrue(links(de, "Einsatz", "Helfer"), SpecCheck.names(de));
    }

    @Test
    void a_sentence_typed_in_lower_case_after_a_full_stop_is_a_sentence() {
        AppSpec spec = draft("we fix boilers. each job has a date and a cost. for each boiler we keep the make, the model and the install date");
        assertTrue(spec.entities().stream().anyMatch(e -> e.name().equals("Boiler")), SpecCheck.names(spec));
        assertEquals(java.util.List.of("a", "the phone.", "then approx. ten, e.g. five"),
                LowerCaseStops.split(java.util.List.of("a", "the phone. then approx. ten, e.g. five")));
    }

    @Test
    void an_each_word_after_and_names_no_owner_of_the_kind_before() {
        AppSpec spec = draft("donante (empresa o particular, nombre, teléfono) y cada donación con fecha, kilos y quién la recogió");
        assertTrue(links(spec, "Donación", "Donante"), SpecCheck.names(spec));
        assertFalse(links(spec, "Donante", "Donación"), SpecCheck.names(spec));
    }

    @Test
    void a_heading_whose_list_is_one_recording_act_is_no_field() {
        AppSpec spec = draft("Tool library: track loans. Each loan has a tool, a borrower, the date out and the date back.");
        assertFalse(spec.entities().stream().anyMatch(e -> e.name().startsWith("Tool library")), SpecCheck.names(spec));
    }

    @Test
    void one_side_said_with_a_modal_and_have_is_a_link_in_every_language() {
        AppSpec de = draft("Mitglieder mit Name und Telefon. Ein Mitglied kann viele Buchungen haben. Jede Buchung hat Datum, Platz und Trainer. Trainer: Name und Lizenz.");
        assertTrue(links(de, "Buchung", "Mitglied"), SpecCheck.names(de));
        assertFalse(links(de, "Trainer", "Mitglied"), SpecCheck.names(de));
        AppSpec fr = draft("Un locataire peut avoir plusieurs baux. Chaque bail a une date de début, un loyer et un gestionnaire. Les gestionnaires ont un nom et un téléphone.");
        assertTrue(links(fr, "Bail", "Locataire"), SpecCheck.names(fr));
        AppSpec es = draft("Los socios tienen nombre y correo. Un socio puede tener varias cuotas. Cada cuota tiene año, importe y si está pagada.");
        assertTrue(links(es, "Cuota", "Socio"), SpecCheck.names(es));
        assertFalse(es.entities().stream().anyMatch(e -> e.name().equals("Tener")), SpecCheck.names(es));
    }
}
