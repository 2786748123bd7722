package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.toolsmith.draft.DraftException;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * A kind asked for by the list it makes ("a proper list of sites - name and manager -", "une vraie liste des
 * vétérinaires (nom, ville)", "un fichero de paseadores (…)", "ein Züchter-Verzeichnis (…)"), with the fields
 * listed in brackets, between dashes or after a colon; a kind said by a pronoun ("a list of them", "one of
 * them") is the one it stands for; a pick said after the parts ("… and to pick which one takes each dog")
 * links to it; and a typed field turned into that link, when the message then lets the typed field go,
 * leaves the link behind. Phrasing and domains of our own.
 */
class RefineListedKindTest {
    static final AppSpec KENNEL = spec("""
            {"spec": 1, "name": "Kennel", "entities": [
              {"key": "dog", "name": "Dog", "plural": "Dogs", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "breed", "label": "Breed", "type": "text"},
                {"key": "kennel", "label": "Kennel", "type": "choice", "options": ["North", "South"]},
                {"key": "groomer", "label": "Groomer", "type": "text"}]},
              {"key": "owner", "name": "Owner", "plural": "Owners", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "phone"}]}]}""");
    static final AppSpec CHENIL = spec("""
            {"spec": 1, "name": "Pension canine", "entities": [
              {"key": "chien", "name": "Chien", "plural": "Chiens", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "race", "label": "Race", "type": "text"}]}]}""");
    static final AppSpec PERRERA = spec("""
            {"spec": 1, "name": "Residencia canina", "entities": [
              {"key": "perro", "name": "Perro", "plural": "Perros", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "raza", "label": "Raza", "type": "text"}]}]}""");
    static final AppSpec HUNDE = spec("""
            {"spec": 1, "name": "Hundepension", "entities": [
              {"key": "hund", "name": "Hund", "plural": "Hunde", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "rasse", "label": "Rasse", "type": "text"}]}]}""");

    private static Entity made(AppSpec before, AppSpec after) {
        List<Entity> fresh = after.entities().stream().filter(e -> before.entity(e.key()).isEmpty()).toList();
        assertEquals(1, fresh.size(), () -> "new kinds: " + fresh);
        return fresh.get(0);
    }

    private static void hasFields(Entity e, String... labels) {
        List<String> have = e.fields().stream().map(f -> f.label().toLowerCase(Locale.ROOT)).toList();
        for (String l : labels) {
            assertTrue(have.contains(l.toLowerCase(Locale.ROOT)), () -> e.name() + " lacks " + l + ": " + have);
        }
    }

    private static boolean links(AppSpec after, String from, String to) {
        return after.entity(from).orElseThrow().fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && to.equals(f.target()));
    }

    private static void untouched(AppSpec before, AppSpec after, String kind) {
        assertEquals(before.entity(kind).orElseThrow().fields(), after.entity(kind).orElseThrow().fields(), kind + " changed");
    }

    @Test
    void a_list_of_them_is_the_plural_said_before_and_the_pick_after_the_parts_links_to_it() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "We've begun using outside walkers, so we need a list of them (name, phone, hourly rate) and to pick which one takes each dog out.").spec();
        Entity walker = made(KENNEL, out);
        assertEquals("Walker", walker.name());
        hasFields(walker, "Name", "Phone", "Hourly rate");
        assertTrue(links(out, "dog", walker.key()), () -> out.entity("dog").toString());
        untouched(KENNEL, out, "owner");
    }

    @Test
    void a_pronoun_after_letters_that_fold_longer_still_finds_its_plural() {
        // "ß" folds to "ss" and "œ" to "oe": the pronoun sits further on in the folded text than in the message, so
        // cutting the message at the folded place took in the pronoun and the word after it ("them vans" → Van)
        RefineSession s = new RefineSession(KENNEL);
        s.lex = Lexicon.load(Lang.EN);
        s.message = "For the Großstraße, Fußgängerstraße, Schloßstraße, Weißstraße and Grußstraße fairs (bœuf, œufs, hors d'œuvres) "
                + "we hired outside walkers, so we need a list of them, vans and all (name, phone).";
        assertEquals("Walker", s.antecedent("them"));
        s.message = "We hired outside walkers, so we need a list of them, vans and all (name, phone).";
        assertEquals("Walker", s.antecedent("them"));
    }

    @Test
    void a_proper_list_of_a_field_with_its_parts_between_dashes_or_after_a_colon() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "Can we have the groomers as a proper list - name, salon and phone - and have each dog point to its groomer?").spec();
        Entity groomer = made(KENNEL, out);
        hasFields(groomer, "Name", "Salon", "Phone");
        assertTrue(links(out, "dog", groomer.key()));
        untouched(KENNEL, out, "owner");
        // the parts say nothing about the owner's Name: no kind called Name, no Name turned into a link
        AppSpec colon = new OfflineRefiner().refine(KENNEL, "Can we have a proper list of groomers: name and the salon?").spec();
        hasFields(made(KENNEL, colon), "Name", "Salon");
        untouched(KENNEL, colon, "owner");
    }

    @Test
    void the_typed_field_can_go_after_it_became_the_link_and_the_link_stays() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "It would be better to keep groomers as a proper list - name, salon and phone - and have each dog point to its groomer. Then the typed groomer column can go.").spec();
        Entity groomer = made(KENNEL, out);
        Entity dog = out.entity("dog").orElseThrow();
        assertTrue(dog.field("groomer").isEmpty(), dog.fields().toString());
        assertTrue(links(out, "dog", groomer.key()), dog.fields().toString());
    }

    @Test
    void one_of_them_is_the_kind_just_made_and_the_dropdown_becomes_the_link() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "I'd rather have a proper table of kennels (name, size, heated) and have each dog point to one of them instead of the dropdown.").spec();
        Entity kennel = made(KENNEL, out);
        assertEquals("Kennel", kennel.name());
        hasFields(kennel, "Name", "Size", "Heated");
        Field link = out.entity("dog").orElseThrow().field("kennel").orElseThrow();
        assertEquals(FieldType.REFERENCE, link.type());
        assertEquals(kennel.key(), link.target());
    }

    /** The new kind, named so, with these fields, and the link from the kind that picks it. */
    private static void kindLinked(AppSpec before, String message, String name, String from, String... fields) {
        AppSpec out = new OfflineRefiner().refine(before, message).spec();
        Entity kind = made(before, out);
        assertEquals(name, kind.name());
        hasFields(kind, fields);
        assertTrue(links(out, from, kind.key()), () -> out.entity(from).toString());
    }

    @Test
    void french_a_real_list_of_and_a_pick_on_each() {
        kindLinked(CHENIL, "Il nous faut une vraie liste des vétérinaires (nom, ville, téléphone) et pouvoir choisir le vétérinaire sur chaque chien.",
                "Vétérinaire", "chien", "Nom", "Ville", "Téléphone");
    }

    @Test
    void spanish_a_file_of_and_each_one_says_which() {
        kindLinked(PERRERA, "Nos hace falta un fichero de paseadores (nombre, teléfono y zona) y que en cada perro se indique qué paseador lo saca.",
                "Paseador", "perro", "Nombre", "Teléfono", "Zona");
    }

    @Test
    void german_a_compound_directory() {
        kindLinked(HUNDE, "Wir arbeiten mit mehreren Züchtern. Ich hätte gern ein Züchter-Verzeichnis (Name, Ort, Telefon) und jeder Hund gehört zu einem Züchter.",
                "Züchter", "hund", "Name", "Ort", "Telefon");
    }

    @Test
    void no_kind_is_named_by_a_pronoun_or_an_adjective_or_a_phrase_with_a_preposition() {
        for (String message : List.of("We need a list of them (name, phone).", "Can we have a proper list (name and phone)?",
                "Add a list of allergies per dog.")) {
            AppSpec out;
            try {
                out = new OfflineRefiner().refine(KENNEL, message).spec();
            } catch (DraftException refused) {
                continue;
            }
            assertFalse(out.entities().stream().anyMatch(e -> e.name().matches("(?i).*\\b(?:them|proper|per dog)\\b.*")), message + " → " + out.entities());
        }
    }
}
