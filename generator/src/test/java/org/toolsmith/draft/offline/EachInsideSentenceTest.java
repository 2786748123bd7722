package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "each X has …" said after a comma inside a longer sentence ("Levels 1 to 4, each bay has a number, a width …"): X is a
 * kind of its own with those fields, in every language, and never a field "Each bay has a number" of a kind named after
 * the sentence's opening. Times ("each month"), "each of them" and counts ("gets one review per year") stay as they are.
 */
class EachInsideSentenceTest {
    private static final java.util.regex.Pattern HAS_LABEL = java.util.regex.Pattern.compile(
            ".*\\b(?:each|every|has|have|gets|chaque|cada|jede[rs]?|tiene|hat|possède)\\b.*");

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "Bay | Number/Width | Parking for the office. Levels 1 to 4, each bay has a number, a width and whether it has a charger.",
        "Shelf | Code/Height | Hi, we run a small warehouse with three aisles, every shelf has a code, a height and a max weight.",
        "Course | Teacher/Hall/Start date | we offer evening dance classes, each course has a teacher, a hall, a start date and a number of places",
        "Concert | Venue/Date | Our choir does concerts around the region; each concert has a venue, a date, a ticket price and whether it sold out.",
        "Car | Plate number/Fuel card | I manage the company cars (about 20), each car comes with a plate number, a fuel card and a next service date.",
        "Room | Name/Floor/Capacity | We rent out meeting rooms to startups - every room has a name, a floor, a capacity and a day rate.",
        "Book | ISBN/Title/Author | Need a tool for the library at school, each book gets an ISBN, a title, an author and a shelf.",
        "Appointment | Date/Reason | The clinic has 5 doctors, every appointment is linked to a patient and has a date, a time and a reason.",
        "Bike | Frame number/Brand/Price | Inventory for the bike shop: we sell new and used bikes, each bike has a frame number, a brand, a size and a price",
        "Team | Name/Age group/Coach | Hello! For the sports club, every team has a name, an age group, a coach and a training night, thanks.",
        "Job | Date/Address/Hours worked | We do house cleaning for clients in town, every job has a date, an address, the hours worked and whether it is paid.",
        "Locker | Number/Size | we have lockers on every floor of the gym, each locker has a number, a size (small or large) and a key code",
        "Trip | Destination/Price | The travel club plans outings all year, so each trip has a destination, a date, a price and a max group size.",
        "Place | Numéro/Largeur | Bonjour, on gère le parking de l'entreprise sur 3 niveaux, chaque place a un numéro, une largeur et une borne de recharge ou pas.",
        "Vélo | Numéro de cadre/Marque | Pour l'atelier vélo, on répare beaucoup de vélos - chaque vélo possède un numéro de cadre, une marque et un propriétaire.",
        "Salle de réunion | Nom/Capacité | On loue des salles aux associations du quartier, chaque salle de réunion a un nom, un étage, une capacité et un tarif.",
        "Casier | Numero/Taille | Pour le vestiaire de la piscine, chaque casier a un numero, une taille et un code.",
        "Estante | Código/Altura | Hola, llevamos el almacén con tres pasillos, cada estante tiene un código, una altura y un peso máximo.",
        "Coche | Matrícula/Tarjeta de combustible | Gestionamos los coches de la empresa, cada coche lleva una matrícula, una tarjeta de combustible y la fecha de la próxima revisión.",
        "Concierto | Lugar/Fecha | Organizamos conciertos en la region, cada concierto tiene un lugar, una fecha, un precio y si se agotaron las entradas.",
        "Taquilla | Número/Tamaño | en el gimnasio hay taquillas en cada planta; cada taquilla tiene un número, un tamaño y un código",
        "Stellplatz | Nummer/Breite | Hallo, wir verwalten die Tiefgarage mit vier Ebenen, jeder Stellplatz hat eine Nummer, eine Breite und eine Ladesäule oder nicht.",
        "Fahrrad | Rahmennummer/Marke | Für die Werkstatt reparieren wir viele Fahrräder, jedes Fahrrad hat eine Rahmennummer, eine Marke und einen Besitzer.",
        "Raum | Name/Stockwerk | Wir vermieten Räume an Vereine, jeder Raum hat einen Namen, ein Stockwerk, eine Kapazität und einen Tagespreis.",
        "Spind | Nummer/Größe | Im Fitnessstudio gibt es Spinde auf jeder Etage - jeder Spind hat eine Nummer, eine Größe und einen Code."})
    void the_kind_after_the_comma_holds_its_own_fields(String kind, String fields, String request) {
        var spec = SpecCheck.draft(request);
        var e = SpecCheck.entity(spec, kind);
        for (String f : fields.split("/")) {
            SpecCheck.field(e, f);
        }
        assertTrue(spec.entities().stream().flatMap(x -> x.fields().stream())
                .noneMatch(f -> HAS_LABEL.matcher(f.label().toLowerCase(Locale.ROOT)).matches()), SpecCheck.names(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We keep the machines in a list, each month we check them and note the date, the result and who did it.",
        "Our volunteers come twice a week, each of them has a badge, a phone and a skill.",
        "Annual reviews here, every employee gets one review per year, done by their manager, with a score and comments.",
        "On suit les machines, chaque mois on a un contrôle, une date et un résultat.",
        "Seguimos las máquinas, cada mes tiene una revisión, una fecha y un resultado.",
        "Wir prüfen die Geräte, jeden Monat hat jemand Zeit, Datum und Ergebnis.",
        "Track loans, each has a borrower, a date and a return date.",
        "We track stuff:\n- each unit has a name and a type\n- staff take the temperature twice a day"})
    void times_pronouns_counts_and_bullets_stay_in_their_sentence(String said) {
        assertEquals(said, KindDefinitions.definedAfterComma(said));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We keep the machines in a list, each month we check them and note the date, the result and who did it.",
        "Our volunteers come twice a week, each of them has a badge, a phone and a skill."})
    void no_kind_is_named_after_a_time_or_a_pronoun(String said) {
        var spec = SpecCheck.draft(said);
        assertFalse(spec.entities().stream().anyMatch(e -> e.name().matches("(?i)month|them|of them|each")), SpecCheck.names(spec));
    }
}
