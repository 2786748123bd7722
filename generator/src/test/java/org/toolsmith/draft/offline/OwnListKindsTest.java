package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A kind asked for as a list, table or master data of its own, with its details, while the main kind names it as a
 * field: the list kind gets those details, the main kind's field becomes its reference. Session 11, family d1.
 */
class OwnListKindsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Shift | Ward | floor;contact phone | We plan shifts: nurse, ward, date, start and end. We have about 30 wards so please keep wards as their own list with the floor and a contact phone.",
        "Visit | Depot | name;address;region | Hi, we need to log visits: technician, depot, start time, end time, whether they clocked in. Depots should be a separate list (name, address, region) since we reuse them.",
        "Order | Store | manager;phone | Each order has a date, an amount and one of our stores (North, South, City) - actually make stores a table since each one has its own manager and phone.",
        "Ticket | Account | account number;owner | Tickets: title, description, priority, customer account. Accounts should be master data with account number and owner.",
        "Booking | Room | room name;floor | Each booking has the room, the date and the staff member. Rooms come from our list of meeting rooms (room name + floor).",
        "Purchase order | Supplier | company name;vat number;contact person | For every purchase order we record the supplier, the date, the amount. Please keep suppliers in a separate table: company name, VAT number, contact person.",
        "Inspection | Site | site name;address;region | Every inspection has a date, an inspector, the site and a result (pass/fail). The sites we'd like as their own list, with site name, address and region.",
        "Commande | Fournisseur | nom;siret;e-mail | Bonjour, on enregistre les commandes : date, fournisseur, montant. Les fournisseurs dans une liste à part (nom, SIRET, e-mail).",
        "Intervention | Site | nom;adresse | Chaque intervention : technicien, site, date, durée. Les sites, on veut les gérer comme une liste séparée avec nom et adresse.",
        "Location | Vélo | numéro;modèle;état | Pour chaque location on note le client, le vélo, la date de début et de fin. Les vélos doivent être une liste à part : numéro, modèle, état.",
        "Livraison | Entrepot | nom;ville;responsable | On suit les livraisons (date, chauffeur, entrepot, nb de colis). Les entrepots en données de référence avec nom, ville et responsable.",
        "Réservation | Salle | nom de la salle;étage;capacité | Chaque réservation concerne une salle, une date et un demandeur. Les salles sont à gérer dans une table séparée (nom de la salle, étage, capacité).",
        "Prêt | Adhérent | nom;prénom;téléphone | Les prêts : adhérent, livre, date de prêt, date de retour. Merci de garder les adhérents dans leur propre liste avec nom, prénom et téléphone.",
        "Ticket | Client | raison sociale;contact;telephone | Chaque ticket est lié à un client, avec un titre et une priorité. les clients comme liste séparée: raison sociale, contact, telephone",
        "Visite | Magasin | nom;gérant;téléphone | Suivi des visites : date, commercial, magasin, remarques. Les magasins forment une liste à part avec leur nom, leur gérant et leur téléphone.",
        "Pedido | Proveedor | razón social;cif;teléfono | Hola, registramos pedidos: fecha, proveedor, importe. Los proveedores los queremos como ficha aparte: razón social, CIF y teléfono.",
        "Entrega | Almacén | nombre;dirección | Cada entrega tiene fecha, conductor, almacén y bultos. Los almacenes en una lista aparte (nombre, dirección).",
        "Reparación | Máquina | número de serie;modelo;ubicación | Por cada reparación anotamos el técnico, la máquina, la fecha y el coste. Las máquinas como datos maestros con número de serie, modelo y ubicación.",
        "Reserva | Sala | nombre;planta;capacidad | Reservas: sala, fecha, hora, persona. Las salas deberían ser una tabla aparte con nombre, planta y capacidad.",
        "Visita | Cliente | nombre;telefono;ciudad | Cada visita es a un cliente, con fecha y comercial. los clientes en una lista propia (nombre, telefono, ciudad)",
        "Préstamo | Socio | nombre;dni;email | Control de préstamos: socio, libro, fecha de salida, fecha de devolución. Queremos los socios en una lista separada con nombre, DNI y email.",
        "Turno | Planta | nombre;edificio;teléfono de contacto | Cada turno: enfermera, planta, fecha, inicio y fin. Las plantas como tabla propia: nombre, edificio, teléfono de contacto.",
        "Bestellung | Lieferant | name;ust-id;ansprechpartner | Hallo, wir erfassen Bestellungen: Datum, Lieferant, Betrag. Lieferanten als Stammdaten mit Name, USt-ID und Ansprechpartner.",
        "Einsatz | Standort | bezeichnung;adresse;region | Für jeden Einsatz: Techniker, Standort, Datum, Dauer. Die Standorte sollen als eigene Liste gepflegt werden (Bezeichnung, Adresse, Region).",
        "Lieferung | Lager | name;ort;leiter | Jede Lieferung hat Datum, Fahrer, Lager und Anzahl Paletten. Lager bitte als separate Tabelle mit Name, Ort und Leiter.",
        "Ausleihe | Werkzeug | bezeichnung;seriennummer;lagerort | Jede Ausleihe: Mitarbeiter, Werkzeug, Ausgabedatum, Rückgabedatum. Die Werkzeuge als Stammdaten (Bezeichnung, Seriennummer, Lagerort).",
        "Reservierung | Raum | raumname;etage;kapazität | Reservierungen mit Raum, Datum, Uhrzeit und Person. Räume kommen aus einer eigenen Liste: Raumname, Etage, Kapazität.",
        "Auftrag | Kunde | firmenname;telefon;e-mail | Jeder Auftrag gehört zu einem Kunden, dazu Datum und Betrag. Kunden bitte als eigene Tabelle mit Firmenname, Telefon und E-Mail.",
        "Wartung | Maschine | name;hersteller;baujahr | Wartungen: Datum, Maschine, Techniker, Ergebnis. Maschinen pflegen wir gesondert als Stammdaten: Name, Hersteller, Baujahr.",
        "Einsatz | Standort | bezeichnung;adresse | Kunden (Name, Telefon) und Standorte (Bezeichnung, Adresse, gehört zu welchem Kunden) sollen als eigene Listen gepflegt werden. Jeder Einsatz hat Datum, Techniker, Kunde und Standort.",
        "Support ticket | Customer account | account number;owner | We log support tickets with a subject, a priority and the date opened. Tickets belong to a customer account (account number, owner).",
        "Ticket | Compte client | numéro de compte;titulaire | Chaque ticket a un titre et une priorité et appartient à un compte client (numéro de compte, titulaire).",
        "Ticket | Kundenkonto | kontonummer;inhaber | Jedes Ticket hat einen Titel und eine Priorität und gehört zu einem Kundenkonto (Kontonummer, Inhaber).",
        "Order | Store | manager;phone | Orders: date, amount, store. Stores should be their own table - each has a manager and a phone.",
        "Inspection | Site | name;address | Inspections (date, inspector, site, result). Separate list for sites please: name, address.",
        "Intervention | Site | nom;adresse | Interventions (date, technicien, site). Une liste à part pour les sites svp : nom, adresse.",
        "Einsatz | Standort | bezeichnung;adresse | Einsätze: Datum, Techniker, Standort. Eine eigene Liste für die Standorte: Bezeichnung, Adresse.",
        "Viva | External examiner | name;home institution;email | Each viva: candidate, date, external examiner. External examiners come back quite often, so it would make sense to keep them as a separate list with their name, home institution, email and their area of expertise.",
        "Bestellung | Lieferant | name;telefon | Jede Bestellung: Datum, Lieferant, Betrag. Die Lieferanten wechseln selten, daher bitte sie als eigene Liste mit Name und Telefon."})
    void the_list_kind_has_its_details_and_the_main_kind_points_to_it(String main, String list, String details, String request) {
        AppSpec spec = SpecCheck.draft(request);
        var kind = SpecCheck.entity(spec, list);
        for (String d : details.split(";")) {
            SpecCheck.field(kind, d.strip());
        }
        assertTrue(SpecCheck.links(spec, main, list), () -> main + " -> " + list + " in " + SpecCheck.names(spec));
        assertFalse(SpecCheck.links(spec, list, main), () -> list + " -> " + main + " in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        Status | Each order has a date, a customer and a status (open, shipped, closed). We keep a separate list of customers.
        Statut | Chaque commande a une date, un client et un statut (ouverte, livrée, close).
        Estado | Cada pedido tiene fecha, cliente y un estado (abierto, enviado, cerrado).
        Status | Jede Bestellung hat Datum, Kunde und einen Status (offen, versendet, erledigt).
        Welchem | Standorte (Bezeichnung, Adresse, gehört zu welchem Kunden) als eigene Liste. Kunden mit Name und Telefon.
        Them | Shifts: nurse, ward, date. We have about 30 wards so please keep them as their own list with the floor and a phone.
        Everything | Jobs: date, client, amount. We keep everything in a separate table with date and amount.
        Them | Jobs: date, client. A separate list for them please: date, amount.
        Eux | Les commandes : date, client, montant. On veut les garder à part avec la date et le montant.
        """)
    void options_and_which_words_make_no_kind(String notAKind, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
    }
}
