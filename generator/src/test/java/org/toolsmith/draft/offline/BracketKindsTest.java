package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.links;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 11 (d4): a kind said with its fields in brackets, then "for each X the &lt;people&gt;: fields" — the people
 * word (employees, teachers, drivers, Mitarbeiter …) names a kind of its own linked to X when a typed list follows
 * ({@link ChildLists}); German plurals like "Filialen" read back. Own phrasings; the "!" cases (a list of names
 * after the people word) must not make a kind.
 */
class BracketKindsTest {
    static Stream<Arguments> requests() {
        return Stream.of(
            Arguments.of("en", "We track branches (name, town, manager) and for each branch the employees: name, phone, start date.", List.of("Branch", "Employee"), null),
            Arguments.of("en", "Hi! we manage our shops (name, city, manager) and for every shop the employees: name, phone number, hire date", List.of("Shop", "Employee"), null),
            Arguments.of("en", "Schools (name, address, head teacher). For each school the teachers: name, email, subject, start date.", List.of("School", "Teacher"), null),
            Arguments.of("en", "hello, we run depots (name, town, phone) and for each depot the drivers: name, licence number, phone, hire date", List.of("Depot", "Driver"), null),
            Arguments.of("en", "Clubs with name, city and founded date, and for every club the members: name, email, joined on", List.of("Club", "Member"), null),
            Arguments.of("en", "We track projects (name, client, budget) and for each project the managers: Ann, Bob or Carla.", List.of(), "Manager"),
            Arguments.of("fr", "Bonjour, on gère les agences (nom, ville, responsable) et pour chaque agence les employés : nom, téléphone, date d'entrée.", List.of("Agence", "Employé"), null),
            Arguments.of("fr", "Nous avons des écoles (nom, adresse, directeur) et pour chaque école les enseignants : nom, email, matière, date d'arrivée", List.of("École", "Enseignant"), null),
            Arguments.of("fr", "les depots (nom, ville, telephone) et pour chaque depot les chauffeurs : nom, numero de permis, telephone, date d'embauche", List.of("Depot", "Chauffeur"), null),
            Arguments.of("fr", "Les clubs avec nom, ville et date de création, et pour chaque club les adhérents : nom, email, date d'adhésion", List.of("Club", "Adhérent"), null),
            Arguments.of("fr", "On suit les projets (nom, client, budget) et pour chaque projet les responsables : Anne, Paul ou Zoé.", List.of(), "Responsable"),
            Arguments.of("es", "Hola, llevamos las sucursales (nombre, ciudad, encargado) y para cada sucursal los empleados: nombre, teléfono, fecha de alta.", List.of("Sucursal", "Empleado"), null),
            Arguments.of("es", "Tenemos colegios (nombre, dirección, director) y para cada colegio los profesores: nombre, email, asignatura, fecha de alta", List.of("Colegio", "Profesor"), null),
            Arguments.of("es", "Gestionamos las tiendas (nombre, ciudad, gerente). Por cada tienda los vendedores: nombre, teléfono, fecha de contratación.", List.of("Tienda", "Vendedor"), null),
            Arguments.of("es", "los almacenes (nombre, ciudad, telefono) y para cada almacen los conductores: nombre, numero de carnet, telefono, fecha de alta", List.of("Almacén", "Conductor"), null),
            Arguments.of("es", "Los clubes con nombre, ciudad y fecha de fundación, y para cada club los socios: nombre, email, fecha de alta", List.of("Club", "Socio"), null),
            Arguments.of("es", "Llevamos los proyectos (nombre, cliente, presupuesto) y para cada proyecto los responsables: Ana, Luis o Marta.", List.of(), "Responsable"),
            Arguments.of("de", "Hallo, wir verwalten Filialen (Name, Ort, Leiter) und für jede Filiale die Mitarbeiter: Name, Telefon, Eintrittsdatum.", List.of("Filiale", "Mitarbeiter"), null),
            Arguments.of("de", "Wir verwalten Filialen (Name, Ort, Leiter).", List.of("Filiale"), null),
            Arguments.of("de", "Wir haben Schulen (Name, Adresse, Schulleiter) und für jede Schule die Lehrer: Name, E-Mail, Fach, Eintrittsdatum", List.of("Schule", "Lehrer"), null),
            Arguments.of("de", "Wir verwalten Projekte (Name, Kunde, Budget) und für jedes Projekt die Verantwortlichen: Anna, Paul oder Jana.", List.of(), "Verantwortlicher"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("requests")
    void a_people_word_with_a_typed_list_is_a_kind_linked_to_its_owner(String lang, String request, List<String> kinds, String notKind) {
        AppSpec spec = draft(request);
        for (String k : kinds) {
            entity(spec, k);
        }
        if (kinds.size() == 2) {
            assertTrue(links(spec, kinds.get(1), kinds.get(0)), kinds + " in " + SpecCheck.names(spec));
        }
        if (notKind != null) {
            assertFalse(spec.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(notKind)), notKind + " in " + SpecCheck.names(spec));
        }
    }

    /** "Repairs: each repair belongs to a vehicle; date, cost, garage": the list after the semicolon is the section's. */
    static Stream<Arguments> restated() {
        return Stream.of(
            Arguments.of("en", "Fleet app. Vehicles: plate, model, mileage. Repairs: each repair belongs to a vehicle; date, cost, garage.", "Vehicle", "Repair"),
            Arguments.of("en", "hi all, we need a library thing\nBooks: title, author, isbn\nLoans: each loan is for one book; borrower, date out, date back", "Book", "Loan"),
            Arguments.of("en", "Projects: name, client, budget. Invoices: every invoice belongs to a project; number, amount, due date, paid.", "Project", "Invoice"),
            Arguments.of("fr", "Véhicules : immatriculation, modèle, kilométrage. Réparations : chaque réparation appartient à un véhicule ; date, coût, garage.", "Véhicule", "Réparation"),
            Arguments.of("fr", "Livres : titre, auteur, isbn\nPrêts : chaque prêt concerne un livre ; emprunteur, date de sortie, date de retour", "Livre", "Prêt"),
            Arguments.of("fr", "Projets : nom, client, budget. Factures : chaque facture appartient a un projet ; numero, montant, echeance.", "Projet", "Facture"),
            Arguments.of("es", "Vehículos: matrícula, modelo, kilometraje. Reparaciones: cada reparación pertenece a un vehículo; fecha, coste, taller.", "Vehículo", "Reparación"),
            Arguments.of("es", "Libros: título, autor, isbn\nPréstamos: cada préstamo es de un libro; lector, fecha de salida, fecha de devolución", "Libro", "Préstamo"),
            Arguments.of("es", "Proyectos: nombre, cliente, presupuesto. Facturas: cada factura pertenece a un proyecto; numero, importe, vencimiento.", "Proyecto", "Factura"),
            Arguments.of("de", "Fahrzeuge: Kennzeichen, Modell, Kilometerstand. Reparaturen: jede Reparatur gehört zu einem Fahrzeug; Datum, Kosten, Werkstatt.", "Fahrzeug", "Reparatur"),
            Arguments.of("de", "Bücher: Titel, Autor, ISBN\nAusleihen: jede Ausleihe gehört zu einem Buch; Leser, Ausgabedatum, Rückgabedatum", "Buch", "Ausleihe"),
            Arguments.of("de", "Projekte: Name, Kunde, Budget. Rechnungen: jede Rechnung gehört zu einem Projekt; Nummer, Betrag, Fälligkeit.", "Projekt", "Rechnung"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("restated")
    void a_list_after_a_restated_section_label_goes_to_that_section(String lang, String request, String owner, String child) {
        AppSpec spec = draft(request);
        entity(spec, owner);
        entity(spec, child);
        assertTrue(links(spec, child, owner), child + " -> " + owner + " in " + SpecCheck.names(spec));
        assertTrue(SpecCheck.find(entity(spec, owner), "Date").isEmpty() && SpecCheck.find(entity(spec, owner), "Datum").isEmpty()
                && SpecCheck.find(entity(spec, owner), "Fecha").isEmpty(), SpecCheck.names(spec));
    }

    /** The label not restated ("each customer" under "Orders"): the line is left to the other readers. */
    static Stream<Arguments> notRestated() {
        return Stream.of(
            Arguments.of("en", "Customers: name, email. Orders: each customer orders often; date, total, status.", "Customer", "Date"),
            Arguments.of("fr", "Clients : nom, email. Commandes : chaque client commande souvent ; date, total, statut.", "Client", "Date"),
            Arguments.of("es", "Clientes: nombre, email. Pedidos: cada cliente pide a menudo; fecha, total, estado.", "Cliente", "Fecha"),
            Arguments.of("de", "Kunden: Name, E-Mail. Bestellungen: jeder Kunde bestellt oft; Datum, Summe, Status.", "Kunde", "Datum"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notRestated")
    void a_clause_about_another_kind_keeps_the_list_off_that_kind(String lang, String request, String other, String field) {
        AppSpec spec = draft(request);
        assertTrue(SpecCheck.find(entity(spec, other), field).isEmpty(), SpecCheck.names(spec));
    }
}
