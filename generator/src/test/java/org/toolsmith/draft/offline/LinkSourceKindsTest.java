package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A log kind (visits, repairs, readings, checkouts …) written next to the kind it is about: the request describes the
 * log's fields, and they used to land on that master kind. The log is a kind of its own pointing to the master, and the
 * master keeps only its own details. Session 15, family k1.
 */
class LinkSourceKindsTest {
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the events are said to happen, then the list is recorded "per" / "for each" master
        "Survey | Boat | Length | Surveyor | Boats: name, length, home port. Surveys happen every spring and we record per boat: date, surveyor, pass or fail, remarks",
        "Audit | Shop | Manager | Auditor | hi all! Shops: name, town, manager. audits take place twice a year and we note for each shop: date, auditor, score, actions",
        "Inspection | Crane | Site | Inspector | Cranes have an id, a site and a capacity in tonnes. Inspections are carried out monthly, and we log per crane: date, inspector, passed yes/no.",
        "Tasting | Cheese | Milk type | Taster | Our cheeses: name, milk type, age. Tastings happen weekly; we write down per cheese: date, taster, score, notes",
        "Check | Extinguisher | Location | Checked by | Extinguishers: location, type, expiry. Checks happen every month and we record per extinguisher: date, checked by, pressure ok?",
        "Reading | Meter | Location | Value | meters: serial, location. readings are taken weekly and we note per meter: date, value, who read it",
        // "log / record / track when someone does something to the master", its fields in brackets or after a dash
        "Report | Printer | Room | Tray | Printers: model, room, serial no. Also want to log when someone reports a jam (who, when, which tray).",
        "Checkout | Van | Model | Mileage | Vans: plate, model. We want to record when a driver takes a van out (who, mileage, destination)",
        "Loan | Tool | Value | Due back | we lend tools to members. tools: name, value. please log each time a member borrows a tool (who, date, due back)",
        "Refuel | Truck | Make | Litres | Trucks: registration, make, year. We'd like to note whenever a driver refuels a truck - date, litres, price",
        "Repair | Bike | Frame | Cost | Bikes: code, frame, colour. We need to track when a mechanic repairs a bike: date, what was fixed, cost.",
        "Visit | Client | Address | Duration | Clients - name, address, phone. I'd also like to record when a carer visits a client (date, carer, duration, notes)",
        // German: the records are entered in the passive, for each master
        "Reparatur | Fahrzeug | Modell | Werkstatt | Fahrzeuge: Kennzeichen, Modell. Für jedes Fahrzeug werden Reparaturen eingetragen: Datum, Werkstatt, Kosten.",
        "Wartung | Gerät | Raum | Techniker | Geräte: Name, Raum. Zu jedem Gerät werden die Wartungen dokumentiert: Datum, Techniker, Ergebnis.",
        "Kontrolle | Feuerlöscher | Standort | Prüfer | Unsere Feuerlöscher haben einen Standort und einen Typ. Pro Feuerlöscher werden Kontrollen festgehalten: Datum, Prüfer, in Ordnung ja/nein",
        "Messung | Kühlraum | Standort | Temperatur | Kühlräume: Nummer, Standort. Je Kühlraum werden die Messungen protokolliert: Datum, Uhrzeit, Temperatur, wer",
        // French
        "Plein | Véhicule | Modèle | Litres | Véhicules : immatriculation, modèle. Pour chaque véhicule, les pleins sont notés : date, litres, prix.",
        "Intervention | Ascenseur | Adresse | Technicien | Nos ascenseurs : numéro, adresse. Les interventions ont lieu chaque mois et on note pour chaque ascenseur : date, technicien, remarques",
        "Contrôle | Extincteur | Emplacement | Contrôleur | Extincteurs : emplacement, type. Pour chaque extincteur sont enregistrés les contrôles : date, contrôleur, état",
        "Releve | Compteur | Emplacement | Valeur | bonjour, nos compteurs (numero, emplacement). les releves se font chaque semaine et on note par compteur : date, valeur, qui",
        // Spanish
        "Avería | Máquina | Modelo | Técnico | Máquinas: número de serie, modelo. Para cada máquina se apuntan las averías: fecha, descripción, técnico.",
        "Revisión | Ascensor | Dirección | Técnico | Ascensores: número, dirección. Las revisiones se hacen cada mes y anotamos por ascensor: fecha, técnico, observaciones",
        "Lectura | Contador | Ubicación | Valor | Contadores: número, ubicación. Para cada contador se registran las lecturas: fecha, valor, quién",
        "Limpieza | Aula | Planta | Limpiador | hola! aulas (nombre, planta, capacidad). las limpiezas tienen lugar a diario y apuntamos por aula: fecha, limpiador, ok si/no"})
    void the_log_is_a_kind_pointing_to_its_master(String record, String owner, String ownerField, String recordField, String request) {
        SpecCheck.ownKind(SpecCheck.draft(request), record, owner, ownerField, recordField);
    }

    /** The master's own details, and a "when" that is one of its fields, stay on one kind. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "1 | Each van has a plate, a model and a next service date.",
        "1 | Printers: model, room, serial no, plus the day of the latest service.",
        "1 | Tenants: name, flat, phone. We record when they moved in and whether the deposit is paid.",
        "1 | Vans: plate, model, and we note when a van was last serviced.",
        // an event with no list of its own after it stays a field of the kind
        "1 | Parcels have a number and a weight. We note when a courier collects the parcel and whether it arrived.",
        "1 | Rooms: number, floor. We log when a guest checks in and when they leave.",
        "1 | Für jedes Fahrzeug werden Kennzeichen, Modell und Baujahr erfasst.",
        "1 | Für jedes Fahrzeug wird das Baujahr erfasst.",
        "1 | Meetings happen every week and we note the date, the room and who attended."})
    void no_second_kind(int kinds, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertEquals(kinds, spec.entities().size(), SpecCheck.names(spec));
    }
}
