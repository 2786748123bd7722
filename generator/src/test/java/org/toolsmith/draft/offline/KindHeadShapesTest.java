package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Kinds named by the head of their sentence in shapes the reader used to miss (session 22, helper d): a definition
 * "a X = a, b, c" after a stop that follows a unit or an abbreviation ("area m2. a repair = …"), or whose name has four
 * words; a has-verb inside a bracket ("niveau (A2 à B2)": French "à" folds into the verb "a") that named a kind of
 * the bracket's words; "for the Xs just the a, the b and the c" with no verb; an each-word in small letters after an
 * abbreviation's stop ("… parks dept. every tree has …"). Rows that must not fire keep the one kind they name.
 */
class KindHeadShapesTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // a definition after a unit: the stop ends the sentence
        "Repair | Room | we follow repairs in the rooms. a room = name, floor, area m2. a repair = which room, date, cost, done by",
        "Intervention | Salle | on suit les travaux dans les salles. une salle = nom, étage, surface m2. une intervention = quelle salle, date, coût, technicien",
        "Reparación | Local | seguimos las reparaciones de los locales. un local = nombre, planta, superficie m2. una reparación = qué local, fecha, coste, técnico",
        "Reparatur | Raum | wir verfolgen Reparaturen in den Räumen. ein Raum = Name, Etage, Fläche m2. eine Reparatur = welcher Raum, Datum, Kosten, Techniker",
        // a definition whose name has four words
        "Bon de livraison | Client | Un client = nom, adresse, téléphone. Un bon de livraison = le client, la date, le montant, le chauffeur",
        // an each-word after an abbreviation's stop
        "Tree | Park | tree register for the parks dept. every tree has a tag number, species, the park and location. parks: name, ward",
        // "for the Xs just …"
        "Supplier | Delivery | We log deliveries: date, supplier, quantity and batch number. For the suppliers just the name, the contact and the phone.",
        "Transporteur | Expédition | On enregistre les expéditions : date, transporteur, poids et nombre de colis. Pour les transporteurs juste le nom, l'email et le téléphone.",
        "Lieferant | Lieferung | Wir erfassen Lieferungen: Datum, Lieferant, Menge und Chargennummer. Für die Lieferanten nur Name, Ansprechpartner und Telefon."})
    void both_kinds_are_read(String kind, String other, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.entity(spec, kind);
        SpecCheck.entity(spec, other);
    }

    /** A has-verb inside a bracket names no kind: the list stays the kind's before the colon. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Atelier | On inscrit les membres : nom, email et atelier choisi. Un atelier : niveau (débutant à expert), salle, jour de la semaine et animateur.",
        "Cours | Un cours : niveau (A2 à B2), salle, jour de la semaine, tarif et professeur.",
        "Course | A course: level (beginner to expert), room, weekday, fee and teacher.",
        "Curso | Un curso: nivel (A2 a B2), aula, día de la semana, tarifa y profesor.",
        "Kurs | Ein Kurs: Niveau (A2 bis B2), Raum, Wochentag, Gebühr und Lehrer."})
    void the_bracket_names_no_kind(String kind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var k = SpecCheck.entity(spec, kind);
        assertTrue(k.fields().size() >= 4, () -> "the list stays on " + kind + " in " + SpecCheck.names(spec));
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().toLowerCase(java.util.Locale.ROOT).startsWith("niv")
                || e.name().toLowerCase(java.util.Locale.ROOT).startsWith("level")), () -> "no level kind in " + SpecCheck.names(spec));
    }

    /** Not a kind: a lone field after "just", or an abbreviation before an ordinary small word. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Supplier | We log deliveries: date, supplier, quantity and batch number. For the supplier just the name.",
        "Contact | Staff list: name, role, approx. salary and start date",
        "Proveedor | Registramos las entregas: fecha, proveedor, cantidad y número de lote."})
    void no_kind_is_made(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }
}
