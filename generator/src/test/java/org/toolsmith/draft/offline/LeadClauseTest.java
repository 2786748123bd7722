package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/** Kind names behind lead clauses that only say who wants the tool, in four languages. */
class LeadClauseTest {
    private static final Lexicon EN = Lexicon.load(Lang.EN);

    @Test
    void a_department_that_wants_records_tracked_is_not_the_kind() {
        AppSpec spec = draft("Procurement wants supplier quotes tracked with the supplier, the amount, the valid-until date and the PDF.");
        Entity quote = entity(spec, "Supplier quote");
        assertEquals(FieldType.MONEY, field(quote, "Amount").type());
        assertEquals(FieldType.FILE, field(quote, "PDF").type());
        assertTrue(quote.fields().stream().noneMatch(f -> f.label().toLowerCase().contains("procurement")), quote.fields().toString());
    }

    @Test
    void someone_who_asked_for_something_for_records_names_the_records() {
        assertEquals("Fuel card", new HeadNames(EN).headName("The fleet manager asked me to build something for fuel cards"));
        assertEquals("Visitor", new HeadNames(EN).headName("Our receptionist needs a visitor log"));
    }

    @Test
    void a_participle_after_the_kind_ends_its_name() {
        HeadNames heads = new HeadNames(EN);
        assertEquals("Sample", heads.headName("samples received from partner labs"));
        assertEquals("Purchase request", heads.headName("purchase requests submitted by staff"));
    }

    @Test
    void french_spanish_and_german_lead_clauses() {
        assertEquals("Note de frais", new HeadNames(Lexicon.load(Lang.FR)).headName("La comptabilité veut suivre les notes de frais"));
        assertEquals("Préstamo", new HeadNames(Lexicon.load(Lang.ES)).headName("La directora necesita controlar los préstamos"));
        AppSpec de = draft("Die Buchhaltung möchte Reisekosten erfassen: Mitarbeiter, Reiseziel, Datum, Betrag und Beleg.");
        assertTrue(de.entities().stream().noneMatch(e -> e.name().contains("Buchhaltung")), SpecCheck.names(de));
    }

    @Test
    void a_french_compound_with_de_stays_one_name() {
        HeadNames fr = new HeadNames(Lexicon.load(Lang.FR));
        assertEquals("Bon de commande", fr.headName("les bons de commande"));
        assertEquals("Visite", fr.headName("les visites de nos clients"));
    }

    @Test
    void an_opening_yes_no_question_names_no_kind_and_no_field() {
        AppSpec spec = draft("Did the supplier deliver the chairs, the desks and the lamps yet? Nobody can tell. "
                + "We need a delivery log: supplier, expected date, received date, complete (yes/no).");
        assertEquals(1, spec.entities().size(), SpecCheck.names(spec));
        Entity delivery = spec.entities().get(0);
        assertTrue(delivery.fields().stream().noneMatch(f -> f.label().toLowerCase().contains("chair")), delivery.fields().toString());
        assertEquals(FieldType.BOOLEAN, field(delivery, "Complete").type());
        AppSpec alone = draft("Has the invoice been paid by the customer?");
        assertTrue(alone.entities().stream().anyMatch(e -> e.name().equals("Invoice")), SpecCheck.names(alone));
    }
}
