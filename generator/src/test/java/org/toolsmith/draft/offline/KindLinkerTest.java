package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.FieldType;

/**
 * The one shape of a link the kind passes make ({@link KindLinker#linkField}, {@link KindLinker#linkAt}), the kind a
 * noun names ({@link KindLinker#named}, {@link KindLinker#namedAtStart}, {@link KindLinker#holds}), and the lexicon's
 * words {@link ResourceKinds} reads a kept set by (counted, having, "each with"), in four languages. Session 21, k3.
 */
class KindLinkerTest {
    private static DraftEntity kind(String name, String... labels) {
        DraftEntity e = new DraftEntity(name, name);
        for (String l : labels) {
            e.add(new DraftField(l, FieldType.TEXT, l));
        }
        return e;
    }

    @Test
    void a_field_becomes_a_reference_named_after_the_kind() {
        KindLinker linker = new KindLinker(Lexicon.load(Lang.EN));
        DraftEntity course = kind("Course", "Title");
        DraftEntity enrolment = kind("Enrolment", "Student name", "course chosen", "Amount");
        DraftField f = enrolment.fields.get(1);
        f.options(List.of("a", "b"));
        assertTrue(linker.linkField(enrolment, f, course));
        assertEquals(FieldType.REFERENCE, f.type);
        assertEquals("Course", f.target);
        assertEquals("Course", f.label);
        assertTrue(f.options.isEmpty());
        // a second field never points to the same kind
        DraftField other = enrolment.fields.get(0);
        assertFalse(linker.linkField(enrolment, other, course));
        assertEquals(FieldType.TEXT, other.type);
    }

    @Test
    void a_link_takes_the_field_named_after_the_kind_or_goes_where_it_is_asked() {
        KindLinker linker = new KindLinker(Lexicon.load(Lang.FR));
        DraftEntity client = kind("Client", "Nom");
        DraftEntity repair = kind("Réparation", "Numéro", "client", "Prix");
        linker.linkAt(repair, client, "x", 0);
        assertEquals(3, repair.fields.size());
        assertEquals(FieldType.REFERENCE, repair.fields.get(1).type);
        assertEquals("Client", repair.fields.get(1).label);
        DraftEntity device = kind("Appareil", "Modèle");
        linker.linkAt(repair, device, "x", 2);
        assertEquals("Appareil", repair.fields.get(2).target);
        linker.linkAt(repair, device, "x", 0);
        assertEquals(4, repair.fields.size());
        DraftEntity shop = kind("Atelier", "Nom");
        linker.linkAt(repair, shop, "x", 99);
        assertEquals("Atelier", repair.fields.get(4).target);
    }

    /** Kind, noun, whether the noun names it. */
    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "EN | Route | routes | true", "EN | Route | Route | true", "EN | Route | router | false", "EN | Order line | order lines | true",
        "FR | Salle | salles | true", "FR | Salle | salon | false",
        "ES | Pista | pistas | true", "ES | Pista | piso | false",
        "DE | Bahn | Bahnen | true", "DE | Bahn | Bahnhof | false"})
    void the_kind_a_noun_names(Lang lang, String kind, String noun, boolean named) {
        assertEquals(named, new KindLinker(Lexicon.load(lang)).named(kind(kind), noun));
    }

    /** Kind, label, whether the label's first words name the kind. */
    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "EN | Course | course chosen | true", "EN | Order line | order line number | true", "EN | Course | date of course | false",
        "EN | Course | recourse | false",
        "FR | Stage | stage choisi | true", "FR | Stage | date du stage | false",
        "ES | Curso | curso elegido | true", "ES | Curso | precio del curso | false",
        "DE | Standort | Standort | true", "DE | Standort | Standortleiter | false"})
    void the_kind_a_label_starts_with(Lang lang, String kind, String label, boolean named) {
        KindLinker linker = new KindLinker(Lexicon.load(lang));
        assertEquals(named, linker.namedAtStart(List.of(kind("Other"), kind(kind)), label).isPresent());
    }

    @Test
    void a_drafted_kind_holds_the_nouns_of_its_name() {
        assertTrue(KindLinker.holds(List.of(kind("Customer order")), "customer"));
        assertTrue(KindLinker.holds(List.of(kind("Stammkunde")), "kunde"));
        assertFalse(KindLinker.holds(List.of(kind("Customer")), "custom"));
        assertFalse(KindLinker.holds(List.of(kind("Order")), "customer"));
    }

    /**
     * Language, request, a singular, whether the request keeps it as a set of its own: counted, having, "each with" do;
     * a with-word adds fields without keeping a set, a have-verb as an auxiliary and a folded "à" are no having.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "EN | We hire out a dozen kayaks by the hour | kayak | true",
        "EN | Charging: the bays contain one charger | bay | true",
        "EN | We keep cabins, each one has a number | cabin | true",
        "FR | Nous louons trois barques | barque | true",
        "FR | Le camping : les cabanes, chacune a un numéro | cabane | true",
        "ES | Tenemos nueve pistas | pista | true",
        "ES | El club: las pistas, cada una tiene un nombre | pista | true",
        "DE | Wir haben mehrere Boote | boot | true",
        "DE | Am Steg die Boote, jedes hat eine Nummer | boot | true",
        "EN | Log the bookings with a note | booking | false",
        "EN | The rooms have to be cleaned daily | room | false",
        "FR | Les locations à la journée sont notées | location | false",
        "ES | Anotamos las reservas con el nombre | reserva | false",
        "DE | Wir notieren die Buchungen mit Namen | buchung | false"})
    void a_set_kept_on_its_own(Lang lang, String request, String one, boolean kept) {
        assertEquals(kept, ResourceKinds.keptSets(Lexicon.load(lang), request).containsKey(one),
                () -> ResourceKinds.keptSets(Lexicon.load(lang), request).toString());
    }
}
