package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A second kind said in passing by a verb of logging or reporting, with its fields after a colon or dash, about the kind
 * named before: "…, and riders can report problems on it - …", "Then a cleaning log per room: …", "When a cleaner spots
 * damage they should be able to log it: …". The records are a kind of their own pointing to the owner, and the owner
 * keeps its own fields only. Session 12, family d2 ({@link RecordClauses}, {@link NarrativeReader#event}).
 */
class LoggedInPassingTest {
    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Problem | Bike | Frame number | Reported by | Hi! We rent out e-bikes. Each bike has a frame number, a model and the station it's parked at, and riders can report problems on it - what's broken, who reported it, when, and whether the bike is locked until repaired.",
        "Damage | Flat | Address | Photo | We manage holiday flats. Each flat has an address, a number of bedrooms and an owner. When a cleaner spots damage they should be able to log it: what it is, a photo, how bad (minor / major), when and by whom.",
        "Fault | Machine | Location | Severity | Each machine has a name and a location. When a technician finds a fault, they record it - what it is, how serious (low, high), the date.",
        "Cleaning | Meeting room | Floor | Notes | A tracker for our meeting rooms: room number, floor, type (small, large, boardroom). Then a cleaning log per room: date, what was done (hoover, mop, deep clean), by who, notes.",
        "Complaint | Order | Total | Refund | We sell online. Customers have a name, email and phone; orders have a date, customer and total. So we'd need a complaints log as well: which customer, which order it was, the item, what happened (late, broken) and the refund.",
        "Fuel | Van | Plate | Litres | We keep a list of vans (plate, make, mileage). For every van we also need a fuel log - date, litres, cost, who filled up.",
        "Spraying | Greenhouse | Size | Dose | hello, we have greenhouses with a name, a size and the crop growing. Growers note down every spraying: the date, the product used, the dose and who did it.",
        "Repair request | Tenant | Phone | Urgency | Tenants have a name, flat number and phone. We also want to keep track of repair requests for each tenant: what's broken, date reported, urgency (low / high), fixed yes/no.",
        "Incident | Tour | Guide | Severity | We run kayak tours. Each tour has a date, a guide and a max group size, and we register incidents on it: what happened, who was involved, how serious (minor, serious), and whether the police were called.",
        "Loan | Tool | Serial no | Taken by | pls make an app for our tools: each tool has a name, serial no and which van it's in. We need a loan record for every tool - who took it, when, when it came back.",
        "Fault | Printer | Asset tag | Date | Each printer has an asset tag and a floor, and users can flag faults on it: what's wrong, when, who.",
        "Refuel | Truck | Plate | Litres | Each truck has a plate and a driver; drivers log refuels on it - date, litres, price.",
        "Booking | Studio | Size | Paid | We have 12 studios with a name and a size. Then a booking register per studio: date, client, hours, paid yes/no.",
        "Maintenance | Classroom | Capacity | Done by | Every classroom has a number and a capacity. For each classroom we also want a maintenance log: date, what was fixed, by whom.",
        "Item | Order | Customer | Quantity | Each order has a date and a customer, and staff enter the items on it - product, quantity, price.",
        "Trip | Boat | Berth | Crew | Hi all, each boat has a name, a length and a berth. Skippers should note down trips for each boat: date, crew, hours out, any damage.",
        "Repair | Laptop | Serial number | Cost | Each laptop has a serial number, a model and an owner, and IT records repairs on them: what broke, the cost, the date and whether it's under warranty.",
        "Inspection | Hive | Site | Honey level | Each hive has a number and a site. Every month a beekeeper does an inspection, notes the date, the queen seen (yes/no) and the honey level.",
        "Service | Van | Plate | Garage | Each van has a plate. Twice a year we do a service and record the garage, the cost and the date.",
        "Ménage | Chambre | Étage | Remarques | Nos chambres ont un numéro, un étage et un type (simple, double). Pour chaque chambre on tient un registre de ménage : date, ce qui a été fait, par qui, remarques.",
        "Contrôle de sécurité | Chaudière | Marque | Inspecteur | On gère des chaudières : numéro de série, marque, école. Chaque année on note un contrôle de sécurité : date, inspecteur, relevé, conforme oui/non.",
        "Réclamation | Client | Téléphone | Remboursement | Les clients ont un nom, un email et un téléphone. Il faut aussi un registre des réclamations : quel client, la date, ce qui s'est passé, le remboursement.",
        "Limpieza | Habitación | Planta | Notas | Las habitaciones tienen número, planta y tipo (individual, doble). Además llevamos un registro de limpieza por habitación: fecha, qué se hizo, quién, notas.",
        "Queja | Cliente | Teléfono | Reembolso | Los clientes tienen nombre, email y teléfono. También necesitamos un registro de quejas: qué cliente, la fecha, qué pasó y el reembolso.",
        "Avería | Carretilla | Modelo | Fecha | Cada carretilla tiene un número y un modelo. Los conductores pueden registrar averías por carretilla: qué pasa, quién la vio, la fecha y si está parada.",
        "Beschwerdebuch | Kunde | Telefon | Erstattung | Kunden haben Name, E-Mail und Telefon. Außerdem brauchen wir ein Beschwerdebuch: welcher Kunde, Datum, was passiert ist, Erstattung."})
    void the_logged_records_are_a_kind_of_their_own(String record, String owner, String ownerField, String recordField, String request) {
        SpecCheck.ownKind(SpecCheck.draft(request), record, owner, ownerField, recordField);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Mileage | Each van has a plate and a driver, and we log the mileage: the current reading and the date it was read.",
        "In | Each employee has a name and a team, and they log in with their email: name, team.",
        "Hour | Each project has a name and a client, and we log hours on it.",
        "Serial number | Each machine has a name and a location; for each machine we record: serial number, make, purchase date.",
        "Name | Each customer has a phone, and for every customer we also need: name, email, address.",
        "Something | Each room has a number. When a guest breaks something, staff log it: what, when, cost.",
        "Numéro | Chaque machine a un nom et un lieu ; pour chaque machine on note : numéro, marque, date d'achat."})
    void a_list_that_belongs_to_the_first_kind_makes_no_new_kind(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
