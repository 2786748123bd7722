package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A person and how they are written down (session 12, d8): "borrower (name/email)", "l'emprunteur (nom ou e-mail)" is one
 * field for the person, not a choice between Name and Email. "preferred contact (email/phone)" stays a choice.
 */
class IdentityAsidesTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    /** prompt | label | the type it must have (CHOICE rows are the must-not-fire neighbours). */
    static Stream<String[]> rows() {
        return """
                Equipment loans: the item, the borrower (name/email), the date out, returned? | Borrower | PERSON
                Key loans: key number, borrower (name or email), date out. | Borrower | PERSON
                hiya - for the darkroom bookings we need the slot, the member (name / phone) and the enlarger | Member | PERSON
                Lost property: the item, where found, the owner (full name or phone) if known | Owner | PERSON
                Prêts : l'objet, l'emprunteur (nom/email), la date de sortie. | Emprunteur | PERSON
                Préstamos: el objeto, el prestatario (nombre o email), la fecha. | Prestatario | PERSON
                Ausleihen: Gegenstand, Entleiher (Name/E-Mail), Datum. | Entleiher | PERSON
                Customers: name, preferred contact (email/phone), city. | Preferred contact | CHOICE
                Tickets: the customer, channel (email, phone, chat), the date. | Channel | CHOICE
                """.lines().map(l -> l.split("\\s*\\|\\s*"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void a_name_and_a_way_to_reach_them_is_no_choice(String prompt, String label, String type) {
        AppSpec spec = DRAFTER.draft(prompt);
        FieldType want = FieldType.valueOf(type);
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.label().equals(label) && (f.type() == want || want == FieldType.PERSON && f.type() == FieldType.TEXT)
                        && (want == FieldType.CHOICE) == !f.options().isEmpty()), () -> prompt + ": " + spec.entities());
    }
}
