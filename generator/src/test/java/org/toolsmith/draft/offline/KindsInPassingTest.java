package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * New record kinds said in passing and links said indirectly ({@link KindIntro}, {@link LinkTail},
 * {@link LinkVerbs}): a plural noun and what each one has, a list of its own, one new thing recorded
 * each time, "one of them", and links with an aside after them or a verb of linking in any word order.
 * The reference goes on the "many" side. Phrasing of our own; nothing else may change ({@link RefineExpect}).
 */
class KindsInPassingTest {
    private static final AppSpec GARDENS = RefineFixtures.spec("""
            {"spec": 1, "name": "Allotments", "entities": [
              {"key": "plot", "name": "Plot", "plural": "Plots", "fields": [
                {"key": "number", "label": "Number", "type": "text", "required": true},
                {"key": "size", "label": "Size", "type": "decimal"},
                {"key": "holder", "label": "Holder", "type": "person"}]}]}
            """);
    private static final AppSpec LIBRARY = RefineFixtures.spec("""
            {"spec": 1, "name": "Bibliothèque", "entities": [
              {"key": "livre", "name": "Livre", "plural": "Livres", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "auteur", "label": "Auteur", "type": "text"}]},
              {"key": "emprunt", "name": "Emprunt", "plural": "Emprunts", "fields": [
                {"key": "date", "label": "Date", "type": "date", "required": true},
                {"key": "lecteur", "label": "Lecteur", "type": "text"}]}]}
            """);
    private static final AppSpec TALLER = RefineFixtures.spec("""
            {"spec": 1, "name": "Taller", "entities": [
              {"key": "coche", "name": "Coche", "plural": "Coches", "fields": [
                {"key": "matricula", "label": "Matrícula", "type": "text", "required": true},
                {"key": "marca", "label": "Marca", "type": "text"}]},
              {"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [
                {"key": "fecha", "label": "Fecha", "type": "date", "required": true},
                {"key": "importe", "label": "Importe", "type": "money"}]}]}
            """);
    private static final AppSpec VEREIN = RefineFixtures.spec("""
            {"spec": 1, "name": "Verein", "entities": [
              {"key": "mitglied", "name": "Mitglied", "plural": "Mitglieder", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "eintritt", "label": "Eintritt", "type": "date"}]},
              {"key": "spende", "name": "Spende", "plural": "Spenden", "fields": [
                {"key": "betrag", "label": "Betrag", "type": "money", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "we've started working with a few seed suppliers lately, each has a company name, a contact email and a phone number. | kind Seed supplier",
        "Honestly the committee wants the water butts listed too - they should be their own list (location, capacity in litres and last emptied). | kind Water butt",
        "For every plot we'd like to log each inspection with the date, the inspector and whether it passed, linked to the plot of course. | kind Inspection>plot"})
    void makes_a_kind_said_in_passing_in_english(String message, String expected) {
        RefineExpect.check(GARDENS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On reçoit de plus en plus de dons de plusieurs associations. Chacune a un nom, une ville et un téléphone. | kind Association",
        "On voudrait suivre chaque réservation : la date, le lecteur et quel livre, évidemment. | kind Réservation>livre"})
    void makes_a_kind_said_in_passing_in_french(String message, String expected) {
        RefineExpect.check(LIBRARY, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trabajamos con varias aseguradoras, cada una con su nombre, un teléfono y un email, y cada coche lo cubre una de ellas. | kind Aseguradora & coche>aseguradora",
        "Un coche tiene muchas reparaciones a lo largo de los años, así que enlazadlas. | reparacion>coche",
        "Vinculad cada reparación con su coche, que ahora no hay manera de saber nada. | reparacion>coche"})
    void reads_kinds_and_links_in_spanish(String message, String expected) {
        RefineExpect.check(TALLER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wir haben inzwischen mehrere Sportgruppen – jede hat einen Namen, einen Trainer und einen Wochentag – und jedes Mitglied gehört zu einer davon. | kind Sportgruppe & mitglied>sportgruppe",
        "Bitte die Spenden mit ihrem Mitglied verknüpfen, sonst weiß keiner, wer was gegeben hat. | spende>mitglied",
        "Jede Spende kommt von genau einem Mitglied, das ist bisher nirgends hinterlegt. | spende>mitglied"})
    void reads_kinds_and_links_in_german(String message, String expected) {
        RefineExpect.check(VEREIN, message, expected);
    }

    @Test
    void the_plural_side_of_a_verb_of_linking_gets_the_reference() {
        RefineExpect.check(LIBRARY, "Il faudrait relier chaque emprunt à son livre.", "emprunt>livre");
        RefineExpect.check(LIBRARY, "Il faudrait que les emprunts soient reliés à leur livre.", "emprunt>livre");
        RefineExpect.check(LIBRARY, "Un livre a plusieurs emprunts, donc il faut les relier.", "emprunt>livre");
    }

    @Test
    void a_new_kind_takes_the_types_of_its_fields_from_the_lexicons() {
        AppSpec after = new OfflineRefiner().refine(GARDENS,
                "We also deal with a handful of volunteers these days, each has a name, an email address and a start date.").spec();
        Entity made = after.entities().stream().filter(e -> e.name().startsWith("Volunteer")).findFirst().orElseThrow();
        assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.EMAIL));
        assertTrue(made.fields().stream().anyMatch(f -> f.type() == FieldType.DATE));
    }

    private static final AppSpec DEPOTS = RefineFixtures.spec("""
            {"spec": 1, "name": "Deliveries", "entities": [
              {"key": "depot", "name": "Depot", "plural": "Depots", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "delivery", "name": "Delivery", "plural": "Deliveries", "fields": [
                {"key": "date", "label": "Date", "type": "date", "required": true},
                {"key": "depot", "label": "Depot", "type": "text"}]}]}
            """);

    @Test
    void a_typed_field_picked_from_a_list_the_app_keeps_becomes_the_link() {
        RefineExpect.check(DEPOTS, "People type the depot however they like on a delivery. The depots are already listed in here, so it should be picked from that list.",
                "delivery.depot=reference");
    }

    @Test
    void one_of_them_names_a_kind_said_before_in_the_plural() {
        RefineExpect.check(VEREIN, "Die Mitglieder stehen ja schon in der App – jede Spende sollte einem davon zugeordnet sein.", "spende>mitglied");
    }

    @Test
    void a_field_that_names_a_thing_is_no_new_kind() {
        RefineExpect.check(GARDENS, "Each plot now needs a photo of the shed, the council inspectors all ask for one.", "+plot:file");
        RefineExpect.check(TALLER, "Cada reparación se hace en un coche concreto, y ya está.", "reparacion>coche");
    }
}
