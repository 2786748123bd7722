package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * The "one" side of a link that the request says it keeps as a list, inside the brackets of the field that points to
 * it: "owner (we keep a list of owners with name, phone, email)", "le client (on a une liste des clients avec nom, …)",
 * "el proveedor (tenemos una lista de proveedores con …)", "der Kunde (es gibt eine Kundenliste mit …)". The thing is a
 * kind with those details (a person word too, since the request lists it), and the record's field is its reference.
 * Session 15, family k3.
 */
class ListedTargetKindsTest {
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Owner | name;phone;email | tracker for vet appointments. pet, owner (we keep a list of owners with name, phone, email), date, reason, fee",
        "Depot | name;address;phone | hi all, we need to track van hire: the van, the depot (we keep a list of depots with name, address, phone), date out, date back",
        "Supplier | name;contact person;phone | Log of tastings - wine, supplier (we have a list of suppliers w/ name, contact person, phone), date, score",
        "Customer | name;email;phone number | Each repair job: bike, customer (there's a register of customers with name, email and phone number), date in, price.",
        "Client | company name;billing email;vat number | Timesheets: employee, date, hours, client (we keep clients in a list with company name, billing email and vat number)",
        "Venue | name;address;capacity | plz set up a tracker for our seminars - title, date, venue (we have a list of venues with name, address and capacity), number of seats",
        "Site | name;grid reference;landowner | Sample log: sample id, date taken, site (a list of sites w/ name, grid reference, landowner), depth, notes",
        "Caterer | name;phone;email | Catering orders - event date, caterer (we keep a list of caterers with name, phone, email, hygiene rating), number of guests, total",
        "School | name;head teacher;phone | Incidents: date, time, school (keep a list of schools with name, head teacher, phone), description",
        "Warehouse | name;city;manager | For each delivery we note the date, the warehouse (we've got a register of warehouses with name, city and manager), the pallets and the driver.",
        "Donor | name;email;address | Donations log: amount, date, donor (we keep a donor list with name, email, address), campaign",
        "Supplier | name;phone;email | hi! track equipment checks: item, date, the supplier (we also keep a list of suppliers, with name, phone, email), the result",
        "Client | nom;téléphone;mail | Suivi des réparations : le vélo, le client (on a une liste des clients avec nom, téléphone, mail), la date, le prix.",
        "Dépôt | nom;ville;responsable | Les livraisons : date, le dépôt (nous tenons un registre des dépôts avec nom, ville et responsable), chauffeur, nombre de colis",
        "Formateur | nom;email;téléphone | Inscriptions aux ateliers : l'atelier, le formateur (on garde une liste des formateurs avec nom, email, téléphone), la date, le tarif",
        "Association | nom;adresse;contact | coucou, pour chaque emprunt on note l'objet, l'association (on a un fichier des associations avec nom, adresse, contact), la sortie et le retour",
        "Dueño | nombre;móvil | Arreglos de patinetes: el patinete, el dueño (guardamos un registro de dueños con nombre y móvil), el día, el importe.",
        "Proveedor | nombre;cif;teléfono | Pedidos: fecha, proveedor (tenemos una lista de proveedores con nombre, CIF y teléfono), importe",
        "Tienda | nombre;direccion;encargado | Cada visita: fecha, la tienda (llevamos un registro de tiendas con nombre, direccion, encargado), comercial, notas",
        "Profesor | nombre;email;departamento | Reservas de sala: el profesor (hay una lista de profesores con nombre, email y departamento), la fecha, la hora",
        "Kunde | name;handy | Hallo, Aufträge notieren: Gerät, der Kunde (wir pflegen eine Liste unserer Kunden mit Name und Handy), Preis",
        "Lager | name;ort;leiter | Lieferungen: Datum, das Lager (wir haben eine Liste der Lager mit Name, Ort und Leiter), Fahrer, Paletten",
        "Kunde | firmenname;telefon;e-mail | Jeder Einsatz: Datum, der Kunde (es gibt eine Kundenliste mit Firmenname, Telefon, E-Mail), Dauer",
        "Techniker | name;firma;handy | Wartungen: Maschine, Datum, der Techniker (wir führen ein Verzeichnis der Techniker mit Name, Firma, Handy), Ergebnis"})
    void the_listed_thing_is_a_kind_the_record_points_to(String target, String details, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        java.util.Arrays.stream(details.split(";")).forEach(d -> SpecCheck.field(kind, d.strip()));
        assertTrue(spec.entities().stream().anyMatch(e -> e != kind && e.fields().stream()
                .anyMatch(f -> f.type() == org.toolsmith.spec.FieldType.REFERENCE && kind.key().equals(f.target()))),
                () -> "a reference to " + target + " in " + SpecCheck.names(spec));
        assertTrue(spec.entities().size() >= 2, SpecCheck.names(spec));
    }

    /** A plural thing, a dash and two details joined by "and": the record's field of that name points to it. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Record | Branch | name;branch manager | I want a log of every rental: the tool, which customer, the branch it goes out from, start date, return date. The branches - name and branch manager.",
        "Plant hire | Yard | name;yard foreman | Plant hire register: item, hire firm, which yard, on-hire date, weekly rate. Yards - name and the yard foreman.",
        "Parcel | Depot | address;phone | we track parcels: tracking no, courier, which depot, date sent. depots - address and phone",
        "Session | Pitch | name;surface | Sessions: date, coach, which pitch, number of players. Pitches - name and surface.",
        "Callout | Client | company name;main contact | Track callouts: date, engineer, the client, fault, hours. Clients - company name and main contact",
        "Booking | Room | number;floor | Each booking: guest, room, check-in, check-out, price. Rooms - number and floor.",
        "Exam sitting | Venue | name;capacity | Exam sittings: student, exam, venue, date. The venues - name + capacity.",
        "Inspection | Lift | serial number;building | hi, log of inspections please: date, inspector, the lift, outcome. Lifts - serial number and building.",
        "Loan | Laptop | asset tag;model | Loans: laptop, borrower, date out. Laptops - asset tag and model.",
        "Delivery | Van | registration;make | Deliveries: date, van, driver, drops. Vans - registration and make.",
        "Rehearsal | Hall | name;address | Rehearsals: date, time, hall, conductor. Halls - name and address",
        "Complaint | Store | name;manager | Complaints: date, store, what happened, resolved yes/no. Stores - store name and manager.",
        "Intervention | Site | nom;adresse | Interventions : date, technicien, site, durée. Les sites - nom et adresse.",
        "Location de kayaks | Kayak | numéro;couleur | Locations de kayaks : client, kayak, jour, durée. Kayaks - numéro et couleur.",
        "Réservation | Salle | nom;capacité | Réservations : salle, date, heure. Les salles - nom et capacité.",
        "Livraison | Entrepôt | ville;responsable | Livraisons : date, chauffeur, entrepôt. Entrepôts - ville et responsable.",
        "Visita | Tienda | nombre;encargado | Visitas: fecha, comercial, tienda, notas. Las tiendas - nombre y encargado.",
        "Reserva | Sala | nombre;capacidad | Reservas: sala, fecha, hora. Salas - nombre y capacidad.",
        "Pedido | Proveedor | nombre;teléfono | Pedidos: fecha, proveedor, importe. Proveedores - nombre y teléfono.",
        "Turno | Planta | nombre;edificio | Turnos: enfermera, planta, fecha. Plantas - nombre y edificio.",
        "Einsatz | Standort | name;adresse | Einsätze: Datum, Techniker, Standort. Standorte - Name und Adresse.",
        "Bestellung | Lieferant | name;telefon | Bestellungen: Datum, Lieferant, Betrag. Lieferanten - Name und Telefon.",
        "Fahrt | Fahrzeug | kennzeichen;marke | Fahrten: Datum, Fahrer, Fahrzeug. Fahrzeuge - Kennzeichen und Marke.",
        "Wartung | Maschine | hersteller;baujahr | Wartungen: Datum, Maschine, Ergebnis. Maschinen - Hersteller und Baujahr."})
    void a_plural_with_two_details_after_a_dash_is_a_kind(String main, String target, String details, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, target);
        java.util.Arrays.stream(details.split(";")).forEach(d -> SpecCheck.field(kind, d.strip()));
        assertTrue(SpecCheck.links(spec, main, target), () -> main + " -> " + target + " in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Owner | Appointments: pet, owner name, date, reason (checkup, vaccine, injury), fee
        Room | Room bookings: guest, which room (A, B or C), date, number of nights
        Result | Checks: machine, date, result (pick from a list with pass, fail or retest)
        Supplier | Orders: item, the supplier's name, date, quantity, size (small, medium, large)
        Client | Réparations : le vélo, le nom du client, la date, le statut (reçu, réparé, rendu)
        Sala | Reservas: la sala (A, B o C), la fecha, la persona
        Ergebnis | Prüfungen: Gerät, Datum, Ergebnis (aus einer Liste mit bestanden, durchgefallen)
        Payment | Bookings: guest, room, nights. Payment - cash or card.
        Returns | Orders: item, qty, date. Returns - yes and no are both fine.
        Notes | Visits: date, nurse, patient. Notes - keep them short and friendly.
        Paiements | Réservations : client, salle, date. Paiements - espèces ou carte.
        """)
    void a_name_or_one_value_stays_a_field(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
