package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Session 8's construction readers: aspect headings ("On the tenant side:"), "for a X" as "for each X", "the X
 * concerned" as a link, and a kind's children said in the same sentence as its own fields.
 */
class ChildKindsInOneSentenceTest {
    private static final OfflineDrafter DRAFTER = new OfflineDrafter();

    private static Entity kind(AppSpec spec, String name) {
        return spec.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no kind " + name + " in " + spec.entities().stream().map(Entity::name).toList()));
    }

    private static boolean linked(Entity from, Entity to) {
        return from.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && to.key().equals(f.target()));
    }

    private static List<String> labels(Entity e) {
        return e.fields().stream().map(Field::label).map(String::toLowerCase).toList();
    }

    @Test
    void aspect_headings_name_the_kind_inside_them_in_four_languages() {
        assertEquals("tenant", AspectHeads.inner(Lang.EN, "On the tenant side:"));
        assertEquals("flats", AspectHeads.inner(Lang.EN, "As for the flats"));
        assertEquals("locataire", AspectHeads.inner(Lang.FR, "Côté locataire :"));
        assertEquals("inquilino", AspectHeads.inner(Lang.ES, "Del lado del inquilino:"));
        assertEquals("Mietern", AspectHeads.inner(Lang.DE, "Bei den Mietern:"));
        assertEquals("Wohnungen", AspectHeads.inner(Lang.DE, "Was die Wohnungen angeht:"));
        assertNull(AspectHeads.inner(Lang.EN, "Tenants"));
        assertNull(AspectHeads.inner(Lang.FR, "Locataires"));
    }

    @Test
    void side_headings_give_each_kind_its_own_fields() {
        AppSpec spec = DRAFTER.draft("A landlord can have several flats. On the landlord side: name, phone, bank account. "
                + "On the flat side: address, floor, monthly rent.");
        Entity landlord = kind(spec, "Landlord");
        Entity flat = kind(spec, "Flat");
        assertTrue(labels(landlord).contains("phone"), labels(landlord).toString());
        assertTrue(labels(flat).contains("monthly rent"), labels(flat).toString());
        assertTrue(linked(flat, landlord));
        assertEquals(2, spec.entities().size());
    }

    @Test
    void for_a_x_reads_as_for_each_x_in_french_spanish_and_german() {
        assertEquals("Pour chaque atelier, il faut la date.", IndefiniteEach.rewrite(Lang.FR, "Pour un atelier, il faut la date."));
        assertEquals("Para cada taller: fecha y sala.", IndefiniteEach.rewrite(Lang.ES, "Para un taller: fecha y sala."));
        assertEquals("Für jeden Kurs brauchen wir den Raum.", IndefiniteEach.rewrite(Lang.DE, "Für einen Kurs brauchen wir den Raum."));
        // not at a sentence's start, or not followed by what is kept: left as written
        assertEquals("On prend un café pour un atelier, puis on part.", IndefiniteEach.rewrite(Lang.FR, "On prend un café pour un atelier, puis on part."));
        AppSpec spec = DRAFTER.draft("Nous organisons des ateliers et des inscriptions. Pour un atelier, il nous faut le thème, la date et la salle. "
                + "Chaque inscription correspond à un atelier : on note le participant et son e-mail.");
        Entity atelier = kind(spec, "Atelier");
        assertTrue(labels(atelier).contains("thème"), labels(atelier).toString());
        assertTrue(linked(kind(spec, "Inscription"), atelier));
    }

    @Test
    void each_with_after_for_each_keeps_the_children_apart_but_not_after_we_have() {
        assertEquals("Für jedes Boot erfassen wir Fahrten mit Datum und Dauer.",
                IndefiniteEach.rewrite(Lang.DE, "Für jedes Boot erfassen wir Fahrten, jeweils mit Datum und Dauer."));
        String kept = "Wir haben zwölf Boote, jeweils mit Name und Länge.";
        assertEquals(kept, IndefiniteEach.rewrite(Lang.DE, kept));
    }

    @Test
    void the_x_concerned_links_to_that_kind() {
        AppSpec spec = DRAFTER.draft("We should record every inspection with the site concerned, the inspector and the date. "
                + "For the sites we need the address and the manager.");
        Entity inspection = kind(spec, "Inspection");
        Entity site = kind(spec, "Site");
        assertTrue(linked(inspection, site), inspection.fields().toString());
        assertTrue(!linked(site, inspection));
    }

    @Test
    void and_for_each_in_the_same_sentence_starts_the_childrens_list() {
        String split = EachClauseSplit.split(Lang.EN, "We keep our boats with the name and the length, and for each boat a history of its trips with the date and the skipper.");
        assertEquals("We keep our boats with the name and the length. For each boat its trips with the date and the skipper.", split);
        AppSpec spec = DRAFTER.draft("We keep our boats with the name and the length, and for each boat a history of its trips with the date and the skipper.");
        Entity trip = kind(spec, "Trip");
        assertTrue(labels(trip).contains("skipper"), labels(trip).toString());
        assertTrue(linked(trip, kind(spec, "Boat")));
    }

    @Test
    void each_of_them_stands_for_the_kind_listed_before() {
        assertEquals("On voudrait une liste des bateaux avec le nom. Pour chaque bateau ses sorties : date, skipper.",
                EachClauseSplit.split(Lang.FR, "On voudrait une liste des bateaux avec le nom, et pour chacun ses sorties : date, skipper."));
        AppSpec spec = DRAFTER.draft("Queremos una lista de barcos con el nombre y la eslora, y para cada uno sus salidas: fecha, patrón, duración.");
        Entity salida = kind(spec, "Salida");
        assertNotNull(salida);
        assertTrue(linked(salida, kind(spec, "Barco")));
    }

    @Test
    void a_short_for_each_pair_stays_one_sentence() {
        String text = "For each boat and for each trip we note the date.";
        assertEquals(text, EachClauseSplit.split(Lang.EN, text));
    }

    @Test
    void verbless_english_groups_read_as_kinds_with_their_fields() {
        assertEquals("We need boats (name, length) and trips (boat, date, skipper).",
                VerblessGroups.rewrite(Lang.EN, "Boats (name, length) and trips (boat, date, skipper)."));
        // a sentence with a verb, or a bracket with one item, is left as written
        String kept = "We sail boats (mostly dinghies) on weekends.";
        assertEquals(kept, VerblessGroups.rewrite(Lang.EN, kept));
        AppSpec spec = DRAFTER.draft("Hi, for our sailing club. Boats (name, length, home port), trips (boat, date, skipper) and crew members (name, phone).");
        assertTrue(linked(kind(spec, "Trip"), kind(spec, "Boat")));
        assertTrue(labels(kind(spec, "Crew member")).contains("phone"));
    }

    @Test
    void a_connective_before_for_each_only_orders_the_sentences() {
        assertEquals("Puis. Pour chaque bateau, la date.", IndefiniteEach.rewrite(Lang.FR, "Puis. Ensuite, pour chaque bateau, la date."));
        assertEquals("For each boat we note the date. For each trip, the skipper.",
                IndefiniteEach.rewrite(Lang.EN, "For each boat we note the date. Then, for each trip, the skipper."));
        AppSpec spec = DRAFTER.draft("Pour chaque atelier il faudrait la date, la salle et le thème. Ensuite, pour chaque participant, "
                + "on noterait son nom, son âge et le téléphone d'un parent.");
        assertTrue(labels(kind(spec, "Participant")).contains("âge"), spec.entities().toString());
    }

    @Test
    void lorsque_opens_an_event_as_quand_does() {
        assertEquals("Quand un membre emprunte une tente, on note la date.", IndefiniteEach.rewrite(Lang.FR, "Lorsqu'un membre emprunte une tente, on note la date."));
        AppSpec spec = DRAFTER.draft("Chaque tente a un numéro et une taille. Lorsqu'un membre emprunte une tente, on note qui emprunte, "
                + "la date de sortie et la date de retour prévue.");
        assertTrue(labels(kind(spec, "Emprunt")).contains("date de retour prévue"), spec.entities().toString());
    }
}
