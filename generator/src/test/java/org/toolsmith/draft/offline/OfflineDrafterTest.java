package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

class OfflineDrafterTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    @Test
    void rejects_an_empty_request_with_advice() {
        DraftException e = assertThrows(DraftException.class, () -> DRAFTER.draft("   "));
        assertTrue(e.getMessage().contains("Describe"));
    }

    @Test
    void rejects_a_request_over_the_limit_with_advice() {
        String huge = "a".repeat(OfflineDrafter.MAX_CHARS + 1);
        DraftException e = assertThrows(DraftException.class, () -> DRAFTER.draft(huge));
        assertTrue(e.getMessage().contains("too long"));
    }

    @Test
    void drafts_requests_at_the_size_limit_whatever_their_shape() {
        String sentence = "Boat hire log: boat, skipper, start time, hours, price, deposit paid? ";
        // prose a third of the limit keeps the test short; the shapes that used to blow up go to the limit
        String prose = sentence.repeat(OfflineDrafter.MAX_CHARS / 3 / sentence.length());
        String noSpaces = "?".repeat(OfflineDrafter.MAX_CHARS);
        String bullets = "Items:\n" + "- part number\n".repeat(OfflineDrafter.MAX_CHARS / 15);
        for (String request : List.of(prose, noSpaces, bullets)) {
            assertTrue(request.length() <= OfflineDrafter.MAX_CHARS);
            draft(request);
        }
    }

    @Test
    void reads_a_heading_with_a_field_list() {
        AppSpec spec = draft("Fleet fuel log. Fields: vehicle plate, fill-up date, litres, total cost, receipt photo, driver");
        Entity e = spec.entities().get(0);
        assertEquals(FieldType.DATE, field(e, "Fill-up date").type());
        assertEquals(FieldType.MONEY, field(e, "Total cost").type());
        assertEquals(FieldType.FILE, field(e, "Receipt photo").type());
        assertEquals(FieldType.PERSON, field(e, "Driver").type());
    }

    @Test
    void reads_bullets_under_a_heading() {
        AppSpec spec = draft("Canteen allergy register. For each dish:\n- dish name\n- contains nuts?\n- price\n- chef in charge");
        Entity dish = entity(spec, "Dish");
        assertEquals(FieldType.BOOLEAN, field(dish, "Contains nuts").type());
        assertEquals(FieldType.MONEY, field(dish, "Price").type());
    }

    @Test
    void reads_choices_in_several_phrasings() {
        AppSpec spec = draft("Bug list: summary, severity (minor/major/blocker), state can be open, fixed or wont fix, "
                + "platform - web, ios, android - and the reporter");
        Entity e = spec.entities().get(0);
        assertEquals(List.of("Minor", "Major", "Blocker"), field(e, "Severity").options());
        assertEquals(List.of("Open", "Fixed", "Wont fix"), field(e, "State").options());
        assertEquals(List.of("Web", "Ios", "Android"), field(e, "Platform").options());
    }

    @Test
    void links_many_records_to_their_owner_in_the_right_direction() {
        AppSpec spec = draft("Warehouses: name, city. Pallets: code, weight, which warehouse it is in.");
        Entity pallet = entity(spec, "Pallet");
        Field link = pallet.fields().stream().filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow();
        assertEquals(entity(spec, "Warehouse").key(), link.target());
        assertTrue(entity(spec, "Warehouse").fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE));
    }

    @Test
    void several_children_point_to_their_parent() {
        AppSpec spec = draft("Each club has several teams. Clubs have a name and a founding year. "
                + "Teams have a team name, a coach and an age group.");
        Entity team = entity(spec, "Team");
        assertTrue(team.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE
                && f.target().equals(entity(spec, "Club").key())), () -> team.fields().toString());
    }

    @Test
    void belongs_to_points_from_the_child() {
        AppSpec spec = draft("Desks: desk number, floor. Bookings: desk, day, booked by. A booking belongs to a desk.");
        Entity booking = entity(spec, "Booking");
        assertTrue(booking.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE
                && f.target().equals(entity(spec, "Desk").key())));
    }

    @Test
    void completes_a_terse_request_from_the_closest_archetype_as_suggestions() {
        AppSpec spec = draft("keep a record of who borrowed which camera");
        Entity loan = spec.entities().stream().filter(e -> e.fields().stream().anyMatch(f -> f.type() == FieldType.PERSON))
                .findFirst().orElseThrow();
        assertTrue(loan.fields().stream().anyMatch(Field::suggested), "assumed fields are marked");
        assertTrue(loan.fields().stream().filter(Field::suggested).allMatch(f -> f.because() != null), "and say why");
        assertTrue(loan.fields().stream().anyMatch(f -> f.type() == FieldType.DATE));
        assertTrue(spec.entities().stream().anyMatch(e -> e.name().equals("Camera")), SpecCheck.names(spec));
    }

    @Test
    void a_notes_field_is_suggested_to_a_terse_request_but_not_added_to_one_that_lists_its_fields() {
        AppSpec terse = draft("keep a record of who borrowed which camera");
        assertTrue(terse.entities().stream().flatMap(e -> e.fields().stream())
                .anyMatch(f -> f.suggested() && f.type() == FieldType.LONG_TEXT), SpecCheck.names(terse));
        AppSpec listed = draft("Parking permits: plate number, holder, valid until, zone and the fee paid");
        assertFalse(listed.entities().stream().flatMap(e -> e.fields().stream()).anyMatch(f -> f.type() == FieldType.LONG_TEXT),
                SpecCheck.names(listed));
    }

    @Test
    void fields_that_were_asked_for_are_not_suggestions_and_carry_their_words() {
        AppSpec spec = draft("Parking permits: plate number, holder, valid until");
        Field plate = field(spec.entities().get(0), "Plate number");
        assertFalse(plate.suggested());
        assertTrue(plate.because().contains("plate number"));
    }

    @Test
    void drafts_french_requests() {
        AppSpec spec = draft("Je voudrais suivre les prêts de matériel : l'objet, l'emprunteur, la date de retour prévue, "
                + "l'état (bon, abîmé, perdu) et une photo.");
        Entity e = spec.entities().get(0);
        assertEquals(FieldType.PERSON, field(e, "Emprunteur").type());
        assertEquals(FieldType.DATE, field(e, "Date de retour prévue").type());
        assertEquals(List.of("Bon", "Abîmé", "Perdu"), field(e, "État").options());
        assertEquals(FieldType.FILE, field(e, "Photo").type());
    }

    @Test
    void drafts_spanish_requests() {
        AppSpec spec = draft("Necesitamos registrar las averías del taller: máquina, fecha, descripción, "
                + "prioridad (baja, media o alta), coste de la reparación y si está resuelta.");
        Entity e = spec.entities().get(0);
        assertEquals(FieldType.DATE, field(e, "Fecha").type());
        assertEquals(List.of("Baja", "Media", "Alta"), field(e, "Prioridad").options());
        assertEquals(FieldType.MONEY, field(e, "Coste de la reparación").type());
        assertTrue(e.fields().stream().anyMatch(f -> f.type() == FieldType.BOOLEAN));
    }

    @Test
    void drafts_german_requests() {
        AppSpec spec = draft("Pro Fahrzeug: Kennzeichen, Modell, nächster TÜV-Termin. Pro Fahrt: Fahrer, Datum, "
                + "gefahrene Kilometer, Zweck und aus welchem Fahrzeug.");
        Entity fahrt = entity(spec, "Fahrt");
        assertEquals(FieldType.DATE, field(fahrt, "Datum").type());
        assertTrue(fahrt.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE
                && f.target().equals(entity(spec, "Fahrzeug").key())), () -> fahrt.fields().toString());
    }

    @Test
    void yes_no_questions_are_booleans_not_choices() {
        AppSpec spec = draft("Fire drill log: date, building, alarm heard everywhere (yes/no), evacuation time, "
                + "everyone accounted for?");
        Entity e = spec.entities().get(0);
        assertEquals(FieldType.BOOLEAN, field(e, "Alarm heard everywhere").type());
        assertEquals(FieldType.BOOLEAN, field(e, "Everyone accounted for").type());
    }

    @Test
    void the_same_request_drafts_the_same_spec() {
        String r = "Volunteer hours: volunteer, date, hours, activity (gardening, kitchen, driving)";
        assertEquals(DRAFTER.draft(r), DRAFTER.draft(r));
    }
}
