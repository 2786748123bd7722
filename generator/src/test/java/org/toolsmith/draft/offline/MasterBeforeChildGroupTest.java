package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.find;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;

/**
 * Session 16 (k2): a kind's own list written before a child group ("suppliers: name, phone, email and the orders we place
 * with them (date, amount, status)") keeps its kind, and the group's kind points to it; "each club has its members (…)"
 * names the members, not the club, as the kind of the group.
 */
class MasterBeforeChildGroupTest {
    private static void master(String request, String master, String masterField, String child) {
        AppSpec spec = draft(request);
        assertTrue(find(entity(spec, master), masterField).isPresent(), SpecCheck.names(spec));
        assertTrue(links(spec, child, master), SpecCheck.names(spec));
    }

    @Test
    void the_owner_list_before_a_child_group_keeps_its_kind() {
        master("bikes: frame number, brand, colour, and the repairs we do on them (date, work done, price)", "Bike", "Brand", "Repair");
        master("suppliers: name, phone, email and the orders we place with them (date, amount, status)", "Supplier", "Email", "Order");
        master("Our trainers: name, phone, speciality, and the sessions they run (date, room, attendees)", "Trainer", "Speciality", "Session");
        master("rooms. number, floor, capacity, and the bookings (date, guest, nights)", "Room", "Capacity", "Booking");
    }

    @Test
    void records_after_the_owner_possessive_are_the_kind_of_the_group() {
        master("Each team has a name and a coach. Each team has its players (name, shirt number, position).", "Team", "Coach", "Player");
        master("Clients have a name and an email. Every client has their contracts (start date, end date, value).", "Client", "Email", "Contract");
        AppSpec team = draft("Each team has a name and a coach. Each team has its players (name, shirt number, position).");
        assertFalse(find(entity(team, "Team"), "Position").isPresent(), SpecCheck.names(team));
    }

    @Test
    void nothing_changes_without_an_owner_list_or_with_a_singular_after_the_possessive() {
        AppSpec one = draft("For the gym we track members (name, email, plan)");
        assertEquals(1, one.entities().size(), SpecCheck.names(one));
        AppSpec address = draft("Each tenant gives us their address (street, town, postcode), a phone and an email");
        assertTrue(address.entities().stream().noneMatch(e -> e.name().equals("Address")), SpecCheck.names(address));
        AppSpec groups = draft("suppliers (name, phone, email), the products they sell (name, price, unit) and orders (date, amount, status)");
        assertEquals(3, groups.entities().size(), SpecCheck.names(groups));
    }

    /** Each language: an owner list before a child group, an owner possessive, and a single group that must stay one kind. */
    private static void language(String[] ownerList, String[] possessive, String single) {
        master(ownerList[0], ownerList[1], ownerList[2], ownerList[3]);
        master(possessive[0], possessive[1], possessive[2], possessive[3]);
        AppSpec one = draft(single);
        assertEquals(1, one.entities().size(), SpecCheck.names(one));
    }

    @Test
    void french_spanish_and_german() {
        language(new String[] {"nos salles : nom, capacité, étage, et les réservations qu'on reçoit (date, heure, organisateur)", "Salle",
                "Capacité", "Réservation"}, new String[] {"Les adhérents ont un nom, un email et une date d'inscription. "
                + "Chaque adhérent a ses cotisations (année, montant, payée).", "Adhérent", "Email", "Cotisation"},
                "Pour le club on suit les adhérents (nom, email, date d'inscription)");
        language(new String[] {"De cada proveedor: nombre, teléfono, email, y los pedidos que le hacemos (fecha, importe, estado)", "Proveedor",
                "Email", "Pedido"}, new String[] {"Tenemos varios equipos (nombre, entrenador, categoría). "
                + "Cada equipo tiene sus jugadores (nombre, dorsal, posición).", "Equipo", "Entrenador", "Jugador"},
                "En el taller llevamos los coches (matrícula, marca, modelo)");
        language(new String[] {"Fahrzeuge: Kennzeichen, Marke, Kilometerstand und die Schadensmeldungen (Datum, Beschreibung, Schwere)",
                "Fahrzeug", "Marke", "Schadensmeldung"}, new String[] {"Jeder Verein hat einen Namen und einen Ort. "
                + "Jeder Verein hat seine Mitglieder (Name, Telefon, E-Mail).", "Verein", "Ort", "Mitglied"},
                "Im Lager erfassen wir die Artikel (Nummer, Bezeichnung, Bestand)");
    }
}
