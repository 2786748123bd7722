package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Link targets a record names and that the request gives a life of their own ({@link TargetKinds}, session 26): a
 * party, thing, place or work (project, course, team) said as a record's field and then referred back to with its own
 * details ("… and the supplier, whose e-mail and phone we also need"), or said as a set that is kept or managed ("we
 * also keep a list of our courses", "unsere Baustellen verwalten wir auch"), even in a request of one record. A person
 * who does something, a field with its values, and a target said bare in one record stay columns.
 */
class KeptAndSaidBackTargetsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Vendor | Email | Purchase log: date, item, total cost, and the vendor, whose email and phone number we also keep.",
        "Van | Serial number | Fuel receipts: date, litres, price, and the van, whose serial number and purchase date we note too.",
        "Entrepôt | Adresse | Registre des sorties : date, article, quantité, et l'entrepôt, dont il faut aussi adresse et responsable.",
        "Parcela | Dirección | Lecturas de contador: fecha, consumo y la parcela, de la cual necesitamos dirección y superficie.",
        "Kunde | Telefon | Wir erfassen Angebote: Nummer, Datum, Summe und den Kunden, von dem wir auch Telefon und E-Mail brauchen.",
        "Team | Name | Match sheets with date, score, opponent and which team played. We also keep a list of our teams.",
        "Projet | Nom | Notes de frais : date, montant, motif et pour quel projet. On tient aussi la liste de nos projets.",
        "Curso | Precio | Inscripciones: fecha, alumno, importe pagado y el curso. También gestionamos nuestros cursos (título, horas y precio).",
        "Kurs | Titel | Anmeldungen: Datum, Teilnehmer, Betrag und den Kurs. Unsere Kurse verwalten wir auch darin (Titel, Dauer, Preis).",
        "Exhibition | Curator | Painting loans: painting, date out, date back, which exhibition. And a list of exhibitions with title, curator and opening date."})
    void the_target_is_a_kind_of_its_own(String target, String detail, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        SpecCheck.field(kind, detail);
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
    }

    /** A person who does something, values, a target said bare in one record, a back word with one detail, no class. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Supplier | Deliveries: date, quantity, amount, supplier, received by.",
        "Site | Daily reports: date, weather, hours worked and the site (North, Harbour or Old Mill).",
        "Course | Sessions: date, start time, number of attendees and which course it belongs to.",
        "Customer | Orders: date, total, and the customer, whose phone we call when it ships.",
        "Fournisseur | Livraisons : date, quantité, montant, fournisseur et réceptionnée par.",
        "Proyecto | Registro de horas: fecha, horas, tarea y proyecto.",
        "Baustelle | Tagesberichte: Datum, Wetter, Arbeitsstunden und die Baustelle (Nord, Hafen oder Mühle).",
        "Module | Bug reports: id, summary, which module, severity. Each sprint has a goal and a developer."})
    void the_target_stays_a_column(String word, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(word)), () -> "no kind " + word + " in " + SpecCheck.names(spec));
    }
}
