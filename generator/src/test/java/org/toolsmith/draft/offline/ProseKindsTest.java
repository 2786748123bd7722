package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;
import org.toolsmith.spec.SpecJson;
import org.toolsmith.spec.SpecValidator;

/**
 * A further kind said inside prose after the first (session 23, helper ke): an object verb and its particle ("we also
 * take in repairs (…)"), a relative clause ("manuscripts, which have …"), each owner's records ("each author's
 * contracts (…)"), a bracket of dated or counted fields that is no list of examples, and "for each K we also note which
 * L did it". Rows that must not fire: examples before a plural, a compound that starts like an object verb.
 */
class ProseKindsTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static AppSpec draft(String request) {
        AppSpec spec = DRAFTER.draft(request);
        assertEquals(List.of(), new SpecValidator().validate(new SpecJson().toTree(spec)), () -> new SpecJson().writePretty(spec));
        return spec;
    }

    private static Optional<Entity> kind(AppSpec spec, String name) {
        return spec.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
    }

    private static Entity must(AppSpec spec, String name) {
        return kind(spec, name).orElseThrow(() -> new AssertionError(name + " missing in " + new SpecJson().writePretty(spec)));
    }

    private static boolean pointsTo(AppSpec spec, String from, String to) {
        Entity target = must(spec, to);
        return must(spec, from).fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && target.key().equals(f.target()));
    }

    private static List<String> labels(Entity e) {
        return e.fields().stream().map(Field::label).map(String::toLowerCase).toList();
    }

    @Test
    void object_verb_with_particle_and_a_bracket_of_dated_fields() {
        AppSpec spec = draft("Our depot keeps vans: plate, model and mileage. We also take in repairs (date of repair, garage and cost).");
        Entity repair = must(spec, "Repair");
        assertTrue(labels(repair).contains("date of repair"), labels(repair).toString());
        assertTrue(pointsTo(spec, "Repair", "Van"), new SpecJson().writePretty(spec));
    }

    @Test
    void object_verb_hand_out() {
        AppSpec spec = draft("We look after members: name, phone and email. We also hand out lockers (locker number, deposit amount and key code).");
        assertTrue(labels(must(spec, "Locker")).contains("deposit amount"), new SpecJson().writePretty(spec));
    }

    @Test
    void relative_clause_with_which_have() {
        AppSpec spec = draft("We track our authors: name, email and country. We also keep manuscripts, which have title, word count and submission date.");
        Entity m = must(spec, "Manuscript");
        assertTrue(labels(m).contains("word count"), labels(m).toString());
        assertFalse(labels(m).stream().anyMatch(l -> l.startsWith("have")), labels(m).toString());
    }

    @Test
    void each_owners_records_after_a_wish() {
        AppSpec spec = draft("Authors have a name, an email and a country. We also need each author's contracts (signing date, royalty rate and advance amount).");
        assertTrue(pointsTo(spec, "Contract", "Author"), new SpecJson().writePretty(spec));
        assertFalse(labels(must(spec, "Author")).stream().anyMatch(l -> l.startsWith("contracts")), new SpecJson().writePretty(spec));
    }

    @Test
    void one_which_field_for_a_kind_described_before() {
        AppSpec spec = draft("Machines have a serial number, a model and a site. Services have a date, a cost and a description. "
                + "We also deal with engineers: name and phone. For each service we also note which engineer did it.");
        assertTrue(pointsTo(spec, "Service", "Engineer"), new SpecJson().writePretty(spec));
        assertFalse(pointsTo(spec, "Machine", "Engineer"), new SpecJson().writePretty(spec));
    }

    @Test
    void examples_before_a_plural_stay_examples() {
        AppSpec spec = draft("We run salsa, tango and zumba classes, each class has a teacher and a room.");
        assertEquals(1, spec.entities().size(), new SpecJson().writePretty(spec));
    }

    @Test
    void examples_in_brackets_stay_examples_in_every_language() {
        assertTrue(kind(draft("We organise courses (pottery, life drawing, woodwork) and each course has a teacher and a price."), "Pottery").isEmpty());
        assertTrue(kind(draft("On organise des ateliers (poterie, dessin, menuiserie) et chaque atelier a un animateur et un prix."), "Poterie").isEmpty());
        assertTrue(kind(draft("Organizamos talleres (cerámica, dibujo, carpintería) y cada taller tiene un profesor y un precio."), "Cerámica").isEmpty());
        assertTrue(kind(draft("Wir bieten Kurse (Töpfern, Zeichnen, Schreinern) an, jeder Kurs hat einen Leiter und einen Preis."), "Töpfern").isEmpty());
    }

    @Test
    void a_compound_that_starts_like_an_object_verb_is_no_verb() {
        AppSpec spec = draft("Track work orders (asset, date opened, priority and technician).");
        assertTrue(kind(spec, "Order").isEmpty(), new SpecJson().writePretty(spec));
    }
}
