package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * Structural edits said in chatty sentences: a new kind with its fields, a new kind linked to the one
 * it belongs to (the reference on the "many" side), links with a remark after them, links asked as
 * what to know, and groups of fields that are no kind. Phrasing and domains of our own.
 */
class RefineKindSentenceTest {
    static final AppSpec KENNEL = spec("""
            {"spec": 1, "name": "Kennel", "entities": [
              {"key": "dog", "name": "Dog", "plural": "Dogs", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "breed", "label": "Breed", "type": "text"},
                {"key": "born", "label": "Born on", "type": "date"}]},
              {"key": "owner", "name": "Owner", "plural": "Owners", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "phone"}]},
              {"key": "run", "name": "Run", "plural": "Runs", "fields": [
                {"key": "label", "label": "Label", "type": "text", "required": true}]}]}""");
    static final AppSpec CHENIL = spec("""
            {"spec": 1, "name": "Pension canine", "entities": [
              {"key": "chien", "name": "Chien", "plural": "Chiens", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "race", "label": "Race", "type": "text"}]},
              {"key": "niche", "name": "Niche", "plural": "Niches", "fields": [
                {"key": "numero", "label": "Numéro", "type": "text", "required": true}]}]}""");
    static final AppSpec PERRERA = spec("""
            {"spec": 1, "name": "Residencia canina", "entities": [
              {"key": "perro", "name": "Perro", "plural": "Perros", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "dueno", "name": "Dueño", "plural": "Dueños", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]}]}""");
    static final AppSpec HUNDE = spec("""
            {"spec": 1, "name": "Hundepension", "entities": [
              {"key": "hund", "name": "Hund", "plural": "Hunde", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "zwinger", "name": "Zwinger", "plural": "Zwinger", "fields": [
                {"key": "nummer", "label": "Nummer", "type": "text", "required": true}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Oh, we'll also want a register of vets - name, practice and phone number. | kind Vet",
        "We'd like to keep the walks for each dog too: the date, the walker and how long it took. | kind Walk>dog",
        "Each dog gets several grooming sessions, with date, groomer and price. | kind Grooming session>dog",
        "Could we track the vaccinations? Name of the vaccine, date given and booster due. | kind Vaccination",
        "We also need a list of vets with name and phone, and each dog is registered with one vet. | kind Vet & dog>vet",
        "One owner often brings several dogs, so hook dogs up to their owner. | dog>owner",
        "Every dog stays in one run, which we currently write on a whiteboard. | dog>run",
        "One owner often brings several dogs, and each dog should be linked to a run. | dog>owner & dog>run",
        "For each dog, link it to its owner. | dog>owner",
        "We need to see which run each dog is in. | dog>run",
        "Every dog belongs to one owner, so link them please. | dog>owner",
        "We'll need a table for dog sitters too. Name, phone and rate per day. | kind Dog sitter",
        "Drop the runs table, we put dogs wherever there is room now. | -kind run",
        "Take 'Large' off the runs list. | error"})
    void english(String message, String expected) {
        RefineExpect.check(KENNEL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On a aussi besoin de suivre les vétérinaires : nom, cabinet et téléphone. | kind Vétérinaire",
        "On voudrait enregistrer les séjours de chaque chien : arrivée, départ et tarif. | kind Séjour>chien",
        "Une niche accueille plusieurs chiens, il faudrait les relier. | chien>niche",
        "Je voudrais savoir dans quelle niche dort chaque chien. | chien>niche"})
    void french(String message, String expected) {
        RefineExpect.check(CHENIL, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "¿Podemos añadir los paseadores? Solo nombre, teléfono y zona. | kind Paseador",
        "Queremos registrar también los baños de cada perro: fecha, champú y precio. | kind Baño>perro",
        "Cada perro es de un dueño, que ahora no aparece en ningún sitio. | perro>dueno",
        "Un dueño puede tener varios perros a su cargo. | perro>dueno"})
    void spanish(String message, String expected) {
        RefineExpect.check(PERRERA, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wir brauchen noch eine Liste der Tierärzte – Name, Praxis und Telefon. | kind Tierarzt",
        "Für jeden Hund gibt es mehrere Impfungen, jeweils mit Datum, Impfstoff und Tierarzt. | kind Impfung>hund",
        "Ein Zwinger kann viele Hunde haben, bitte verknüpft das. | hund>zwinger",
        "Könnt ihr noch die Besitzer aufnehmen? Name, Telefon und Adresse. | kind Besitzer",
        "Tabelle Zwinger bitte löschen, beim Hund reicht dann ein Textfeld. | -kind zwinger"})
    void german(String message, String expected) {
        RefineExpect.check(HUNDE, message, expected);
    }

    @Test
    void new_kind_gets_the_listed_fields_and_the_reference_on_the_many_side() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "Each dog can have several vet visits, with date, vet and notes.").spec();
        Entity visit = out.entities().stream().filter(e -> e.name().startsWith("Vet visit")).findFirst().orElseThrow();
        List<String> labels = visit.fields().stream().map(Field::label).toList();
        assertTrue(labels.containsAll(List.of("Date", "Vet", "Notes")), labels.toString());
        Field link = visit.fields().stream().filter(f -> f.type() == FieldType.REFERENCE).findFirst().orElseThrow();
        assertEquals("dog", link.target());
        assertTrue(out.entity("dog").orElseThrow().fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE));
    }

    @Test
    void a_bare_kind_before_its_list_is_made_when_another_sentence_links_to_one() {
        AppSpec out = new OfflineRefiner().refine(CHENIL,
                "On voudrait rattacher chaque chien à un vétérinaire. Les vétérinaires : nom, ville, téléphone.").spec();
        Entity vet = out.entities().stream().filter(e -> e.name().startsWith("Vétérinaire")).findFirst().orElseThrow();
        assertEquals(3, vet.fields().size(), vet.fields().toString());
        assertTrue(out.entity("chien").orElseThrow().fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && vet.key().equals(f.target())));
    }

    @Test
    void a_field_that_becomes_its_own_list_takes_the_fields_in_brackets() {
        AppSpec spec = spec("""
                {"spec": 1, "name": "Hundepension", "entities": [
                  {"key": "hund", "name": "Hund", "plural": "Hunde", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true},
                    {"key": "tierarzt", "label": "Tierarzt", "type": "text"}]}]}""");
        AppSpec out = new OfflineRefiner().refine(spec, "Der Tierarzt sollte eine eigene Liste sein (Name, Praxis, Telefon).").spec();
        Entity vet = out.entities().stream().filter(e -> e.name().equals("Tierarzt")).findFirst().orElseThrow();
        assertEquals(3, vet.fields().size(), vet.fields().toString());
        assertEquals(vet.key(), out.entity("hund").orElseThrow().field("tierarzt").orElseThrow().target());
    }

    @Test
    void a_kind_this_message_made_is_never_removed_by_it() {
        AppSpec out = new OfflineRefiner().refine(KENNEL,
                "We also need a list of vets with name and phone. Actually the vets table can go again, no wait, keep the dogs.").spec();
        assertTrue(out.entities().stream().anyMatch(e -> e.name().equals("Vet")), out.entities().toString());
    }

    @Test
    void german_plural_in_e_takes_the_singular_said_elsewhere() {
        AppSpec out = new OfflineRefiner().refine(HUNDE,
                "Wir brauchen die Futterpläne: Futter, Menge und Uhrzeit. Jeder Futterplan gehört zu einem Hund.").spec();
        Entity plan = out.entities().stream().filter(e -> e.name().equals("Futterplan")).findFirst().orElseThrow();
        assertTrue(plan.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && "hund".equals(f.target())));
    }
}
