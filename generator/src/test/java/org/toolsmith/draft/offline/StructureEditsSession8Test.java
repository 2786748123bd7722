package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 8 edits of kinds, choices, types and removals, phrasing of our own on a sports-club booking app
 * and a French and Spanish garden-centre one: new kinds said "a courts table" or "a proper coach record",
 * a whole set of values said after the label ("Sports: …", "the values should be exactly …"), a typed-in
 * field made a list to pick from, removals said as "let's not have it", "forget …", "n'a plus lieu d'être".
 */
class StructureEditsSession8Test {
    static final AppSpec CLUB = RefineFixtures.spec("""
            {"spec": 1, "name": "Club bookings", "entities": [
              {"key": "member", "name": "Member", "plural": "Members", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "email", "label": "Email", "type": "email"},
                {"key": "locker_code", "label": "Locker code", "type": "text"}]},
              {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [
                {"key": "member", "label": "Member", "type": "reference", "target": "member", "required": true},
                {"key": "day", "label": "Day", "type": "date", "required": true},
                {"key": "sport", "label": "Sport", "type": "choice", "options": ["Tennis", "Squash"]},
                {"key": "level", "label": "Level", "type": "choice", "options": ["1", "2", "3"]},
                {"key": "paid_by", "label": "Paid by", "type": "text"},
                {"key": "extras", "label": "Extras", "type": "text"},
                {"key": "notes", "label": "Notes", "type": "long_text"}]}]}
            """);
    static final AppSpec JARDIN = RefineFixtures.spec("""
            {"spec": 1, "name": "Jardinerie", "entities": [
              {"key": "plante", "name": "Plante", "plural": "Plantes", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "exposition", "label": "Exposition", "type": "text"},
                {"key": "rayon", "label": "Rayon", "type": "text"},
                {"key": "origine", "label": "Origine", "type": "choice", "options": ["France", "Espagne"]}]}]}
            """);
    static final AppSpec VIVERO = RefineFixtures.spec("""
            {"spec": 1, "name": "Vivero", "entities": [
              {"key": "planta", "name": "Planta", "plural": "Plantas", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "riego", "label": "Riego", "type": "text"},
                {"key": "tamano", "label": "Tamaño", "type": "choice", "options": ["Pequeño", "Grande"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a new kind said with its container after the noun, or as "a proper X record"
        "We'd like a coaches table - name, phone and qualification - and each booking belongs to one coach. | kind Coach & booking>coach",
        "What we have in mind is a list of our courts - court number, surface and the building it is in - with every booking pointing at the court concerned. | kind Court & booking>court",
        "Could we have a proper coach record? Each booking belongs to one coach. Set up a coach list with name and phone. | kind Coach & booking>coach",
        // the whole set of values, with the label in the plural, after a verb, or as 'the values'
        "Sports: tennis, squash, padel and badminton. | booking.sport[Tennis;Squash;Padel;Badminton]",
        "the level must be: Beginner, Improver, Advanced | booking.level[Beginner;Improver;Advanced]",
        "the level should read Beginner, Improver, Advanced instead of 1, 2, 3 | booking.level[Beginner;Improver;Advanced]",
        "Sport needs one more option, 'Table tennis', between tennis and squash. | booking.sport[Tennis;Table tennis;Squash]", // placed where asked (PlacePhrase)
        "We've introduced a 'Padel' sport this year. | booking.sport[Tennis;Squash;Padel]",
        // a typed-in field made a list to pick from
        "Paid by is free text right now and it's chaos - turn it into a dropdown: Card, Cash, Voucher. | booking.paid_by=choice",
        "the paid by field shouldn't be free typing - it's card, cash or voucher, nothing else. | booking.paid_by=choice",
        "Extras should be tick boxes people can combine: racket, balls, towel. | booking.extras=multi_choice",
        // removals said in other ways
        "also the locker code, honestly let's not have it in the app at all | -member.locker_code",
        "Forget what I said about the locker code. | -member.locker_code",
        "The notes can then go. | -booking.notes"})
    void reads_club_edits(String message, String expected) {
        RefineExpect.check(CLUB, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L'exposition, c'est toujours une de ces trois : Soleil, Mi-ombre, Ombre. Tu peux en faire une liste déroulante ? | plante.exposition=choice",
        "Du coup le champ « Rayon » n'a plus lieu d'être. | -plante.rayon",
        "on voudrait une liste des fournisseurs (nom, ville, numéro de SIRET) et chaque plante rattachée à son fournisseur. | kind Fournisseur & plante>fournisseur"})
    void reads_french_edits(String message, String expected) {
        RefineExpect.check(JARDIN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "el riego que no sea texto libre, que se elija entre Diario, Semanal y Mensual. | planta.riego=choice",
        "el tamaño tiene que ser: Pequeño, Mediano o Grande | planta.tamano[Pequeño;Mediano;Grande]",
        "Nos hace falta una tabla de proveedores (nombre, teléfono y dirección). | kind Proveedor"})
    void reads_spanish_edits(String message, String expected) {
        RefineExpect.check(VIVERO, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a remark "which makes no sense" removes nothing; "the directory" that exists is no new kind
        "En tamaño solo tenemos pequeño y grande, pero cada vez vienen más medianos y enanos, y ahora los ponen como grande, que no tiene sentido. | planta.tamano[Pequeño;Grande;Mediano;Enano]"})
    void leaves_remarks_alone(String message, String expected) {
        RefineExpect.check(VIVERO, message, expected);
    }

    @Test
    void a_possessive_after_should_say_is_no_new_kind_name() {
        try {
            var r = new OfflineRefiner().refine(CLUB, "each booking should say its coach");
            assertEquals("Booking", r.spec().entity("booking").orElseThrow().name());
        } catch (org.toolsmith.draft.DraftException refused) {
            // refusing is fine: the kind keeps its name either way
        }
    }

    @Test
    void a_typed_field_is_picked_from_the_list_named_by_its_kind() {
        AppSpec books = RefineFixtures.spec("""
                {"spec": 1, "name": "Library", "entities": [
                  {"key": "publisher", "name": "Publisher", "plural": "Publishers", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true}]},
                  {"key": "book", "name": "Book", "plural": "Books", "fields": [
                    {"key": "title", "label": "Title", "type": "text", "required": true},
                    {"key": "publisher", "label": "Publisher", "type": "text"}]}]}
                """);
        RefineExpect.check(books, "On books, the publisher is typed in freehand. Make it pick from the publishers list instead.", "book.publisher=reference");
    }
}
