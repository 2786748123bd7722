package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A clause that opens on one thing with its details in brackets, then says something else of it, or a sentence that is
 * only that: the thing is a kind with those fields ({@link NestedKinds#subjectGroup}). "Each ward (bay no, level)
 * has faults", "A client (name, client number, phone) can place several orders", "Client (nom, téléphone, email).",
 * "Cada piso (número, planta) tiene …", "Jede Wohnung (Nummer, Etage) hat Mängel". Session 14, family k2 (a kind missed
 * entirely, its details nowhere).
 */
class SubjectGroupKindsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Ward | Level | Fault log for wing D. Each ward (bay no, level) has faults. Fault: spot, details, picture, repaired y/n",
        "Round | Yard | We're a tiny milk delivery firm. every round (round code, yard) is covered by a milkman on a given date. For each trip: start time, number of drops, finished.",
        "Reader | Card number | We'd like to track purchase suggestions. A reader (name, card number, email) can make several suggestions. For each suggestion: title, author, date requested, status",
        "Customer | Phone | We sell bikes and want to track the sales. Customer (name, phone, email). Sale: customer, make, model, price, salesperson",
        "Member | Email | hi, quick one - each member (name, email) can borrow up to 3 tools. for each loan we need the tool, the date out and the date back",
        "Trainer | Phone number | Every trainer (name, phone number) runs a few sessions a week; sessions have a date, a time and a room.",
        "Warehouse | Address | The warehouse (code, address) receives deliveries every day. For each delivery: supplier, date, number of pallets.",
        "Vehicle | Model | Each vehicle (reg, model) gets a safety check every month - date, inspector, passed yes/no.",
        "Volunteer | Mobile | A volunteer (name, mobile) signs up for shifts. Shifts: date, start time, end time, location.",
        "Supplier | Contact email | Supplier (company name, contact email, phone). Order: supplier, date, total, status",
        "School | Town | Each school (name, town) sends pupils to our camps; for every camp we note the dates, the school and the number of pupils",
        "Client | Address | Hello! Client (name, address, phone) - we visit them every quarter. Each visit: date, technician, notes, invoice sent y/n",
        "Client | Numéro de client | Un client (nom, numéro de client, téléphone) peut passer plusieurs commandes. Pour chaque commande : article, quantité, date, état.",
        "Appartement | Étage | Chaque appartement (numéro, étage) a des réserves. Pour chaque réserve : pièce, description, photo, levée oui/non.",
        "Client | Téléphone | Client (nom, téléphone, email). Vente : client, marque, modèle, prix, vendeur.",
        "Véhicule | Modèle | Chaque véhicule (immatriculation, modèle) passe un contrôle tous les mois : date, contrôleur, résultat.",
        "Socio | Teléfono | Socio (nombre, teléfono, correo). Préstamo: socio, título, autor, fecha, bibliotecario.",
        "Piso | Planta | Cada piso (número, planta) tiene varios desperfectos. De cada desperfecto: estancia, descripción, foto, arreglado sí/no.",
        "Socio | Email | Un socio (nombre, email) puede reservar varias pistas. Para cada reserva: pista, fecha, hora.",
        "Ruta | Almacén | Cada ruta (código, almacén) la hace un conductor en una fecha. Para cada salida: hora de salida, número de paradas, completada.",
        "Mitglied | Telefon | Mitglied (Name, Telefon, E-Mail). Ausleihe: Mitglied, Titel, Autor, Datum, Bibliothekar.",
        "Wohnung | Etage | Jede Wohnung (Nummer, Etage) hat Mängel. Pro Mangel: Raum, Beschreibung, Foto, behoben ja/nein.",
        "Leser | Ausweisnummer | Ein Leser (Name, Ausweisnummer, E-Mail) kann mehrere Vorschläge machen. Für jeden Vorschlag: Titel, Autor, Datum, Status.",
        "Fahrzeug | Modell | Jedes Fahrzeug (Kennzeichen, Modell) bekommt jeden Monat eine Prüfung: Datum, Prüfer, bestanden ja/nein.",
        "Tool | Asset tag | Hi all, quick request. every tool (asset tag, make, model) can be booked out by staff. Bookings: tool, who, from, to",
        "Tutor | Hourly rate | our tutor (name, subject, hourly rate) teaches several kids, and for each lesson we note date, kid, paid y/n"})
    void the_thing_before_its_group_is_a_kind(String kind, String kindField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, kind), kindField);
    }

    @Test
    void the_record_said_of_the_thing_links_to_it() {
        AppSpec spec = SpecCheck.draft("We'd like to track purchase suggestions. A reader (name, card number, email) can make several "
                + "suggestions. For each suggestion: title, author, date requested, status");
        assertTrue(SpecCheck.links(spec, "Suggestion", "Reader"), SpecCheck.names(spec));
        spec = SpecCheck.draft("Cada piso (número, planta) tiene varios desperfectos. De cada desperfecto: estancia, descripción, foto, arreglado sí/no.");
        assertTrue(SpecCheck.links(spec, "Desperfecto", "Piso"), SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Status | * | The status (open, closed, on hold) is set by the manager. Requests: title, date, requester.",
        "Name | * | The name (first and last) must be on every certificate. Certificate: name, course, date, grade",
        "Size | * | Size (S, M, L, XL) matters for the t-shirts. T-shirt orders: name, size, quantity",
        "Room | Single | Each room (single, double, suite) has a nightly price and a floor. Bookings: room, guest, arrival date, nights.",
        "Machine | There are about 12 | Each machine (there are about 12) is serviced yearly: date, technician, cost",
        "Booking | Usually 2-3 a day | Each booking (usually 2-3 a day) needs a date, a room and a guest.",
        "Statut | * | Le statut (ouvert, fermé, en attente) est mis par le responsable. Demandes : titre, date, demandeur.",
        "Größe | * | Die Größe (S, M, L) ist wichtig. Bestellungen: Name, Größe, Menge.",
        "Habitación | Individual | Cada habitación (individual, doble, suite) tiene un precio por noche. Reservas: habitación, huésped, fecha de llegada, noches."})
    void no_kind_when_the_group_is_values_or_the_thing_a_field(String notAKind, String notAField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        // "*": no kind of that name at all; otherwise the kind (drafted from elsewhere) must not carry the values as a field
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)
                && (notAField.equals("*") || SpecCheck.find(e, notAField).isPresent())), SpecCheck.names(spec));
    }
}
