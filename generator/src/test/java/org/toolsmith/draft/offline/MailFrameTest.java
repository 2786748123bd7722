package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/** Subject lines, closings and signatures of a request sent as an e-mail name no record and no field. */
class MailFrameTest {
    @Test
    void drops_subject_line_closing_and_signature() {
        String body = MailFrame.body("Subject: kayak rentals\n\nHello,\n\nWe rent out kayaks every summer weekend and need a log.\n\nBest regards,\nOla Nordmann\nBoathouse");
        assertEquals("Hello,\n\nWe rent out kayaks every summer weekend and need a log.", body);
    }

    @Test
    void drops_closings_in_other_languages_with_the_name_after_them() {
        assertEquals("Il nous faut le nom, la date et le montant de chaque don reçu.",
                MailFrame.body("Il nous faut le nom, la date et le montant de chaque don reçu.\nMerci d'avance,\nLéa"));
        assertEquals("Wir brauchen für jede Lieferung das Datum und die Menge.",
                MailFrame.body("Wir brauchen für jede Lieferung das Datum und die Menge.\n\nMit freundlichen Grüßen\nJonas Weber\nEinkauf"));
        assertEquals("Necesitamos apuntar cada pedido con fecha, cliente e importe.",
                MailFrame.body("Necesitamos apuntar cada pedido con fecha, cliente e importe.\nUn saludo, Marta"));
    }

    @Test
    void drops_a_thank_you_at_the_end_of_an_unpunctuated_message() {
        assertEquals("need a list of bike loans who has which bike and the return date",
                MailFrame.body("need a list of bike loans who has which bike and the return date thx"));
        assertEquals("faut noter le nom la date et si le dossier est complet",
                MailFrame.body("faut noter le nom la date et si le dossier est complet merci"));
    }

    @Test
    void drops_a_greeting_word_typed_in_front_of_a_lower_case_message() {
        assertEquals("can we get a list of the gym faults with machine and date",
                MailFrame.body("hey can we get a list of the gym faults with machine and date"));
        assertEquals("necesito algo para apuntar las averias de las maquinas",
                MailFrame.body("hola necesito algo para apuntar las averias de las maquinas"));
        assertEquals("Hi, I run the front desk and we need a log of parcels.",
                MailFrame.body("Hi, I run the front desk and we need a log of parcels."));
        assertEquals("hi team", MailFrame.body("hi team"));
    }

    @Test
    void keeps_a_message_that_is_no_letter() {
        String plain = "Track loans: borrower, item, due date.\nThanks to this we stop losing drills.";
        assertEquals(plain, MailFrame.body(plain));
        assertEquals("Thanks", MailFrame.body("Thanks"));
        assertEquals("Regards: a field for best regards", MailFrame.body("Regards: a field for best regards"));
    }

    @Test
    void an_e_mail_draft_has_no_kind_named_after_its_subject_or_signature() {
        AppSpec spec = new OfflineDrafter().draft("Betreff: Leihräder\n\nHallo zusammen,\n\nfür jede Ausleihe brauchen wir "
                + "das Fahrrad, den Namen der Person, das Ausleihdatum und das Rückgabedatum.\n\nViele Grüße\nStefan Maier\nFuhrpark");
        List<String> names = spec.entities().stream().map(Entity::name).map(String::toLowerCase).toList();
        assertFalse(names.stream().anyMatch(n -> n.contains("betreff") || n.contains("stefan") || n.contains("fuhrpark")), names::toString);
        List<String> labels = spec.entities().stream().flatMap(e -> e.fields().stream()).map(Field::label)
                .map(String::toLowerCase).toList();
        assertTrue(labels.contains("rückgabedatum"), labels::toString);
        assertFalse(labels.stream().anyMatch(l -> l.contains("stefan") || l.contains("grüße") || l.contains("leihräder")), labels::toString);
    }
}
