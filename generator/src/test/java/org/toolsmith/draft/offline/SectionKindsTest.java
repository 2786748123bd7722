package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Session 11 (d2): requests written in sections (bullets or "Label: fields" lines) where a section is a kind of its
 * own, often a child of another: "- findings: each finding with …" under "Audits:", "Incidents : pour chaque
 * chantier, …", "Attendance: per session per employee -> present / absent", "Schäden (je Fahrzeug): …", "für jedes
 * Fahrzeug die Schäden: …" ({@link BulletKinds#children}, {@link ChildLists#section}, {@link ChildLists#ownedHeading},
 * {@link ChildLists} for typed child words). Own phrasings; the last of each language must not make a child kind.
 */
class SectionKindsTest {
    static Stream<Arguments> sections() {
        return Stream.of(
            Arguments.of("en", "Hi, we need a tool for our workshop.\n- tools we own (name, size, type, voltage)\n- each loan of a tool: which tool, date out, date back, who took it",
                    List.of("Tool", "Loan"), List.of(List.of("Loan", "Tool")), List.of(), false),
            Arguments.of("en", "Inspections:\n- site, date, inspector\n- defects: each defect with description, severity (low, medium, high), photo",
                    List.of("Inspection", "Defect"), List.of(List.of("Defect", "Inspection")), List.of(), false),
            Arguments.of("en", "Projects: name, client, budget\nTasks: for a project, title, deadline\nTime entries: per task per employee -> hours, date",
                    List.of("Project", "Task", "Time entry"), List.of(List.of("Task", "Project"), List.of("Time entry", "Task")), List.of(), false),
            Arguments.of("en", "We keep suppliers (name, email, phone) and for every supplier the deliveries: date, quantity, received yes/no.",
                    List.of("Supplier", "Delivery"), List.of(List.of("Delivery", "Supplier")), List.of(), false),
            Arguments.of("en", "Register of contracts:\n* contract number, partner, start date, end date\n* amendments - each amendment with date, summary and signed by",
                    List.of("Contract", "Amendment"), List.of(List.of("Amendment", "Contract")), List.of(), false),
            Arguments.of("en", "Members: name, email, joined on\nFor each member the payments: date, amount, method (cash, card, transfer)",
                    List.of("Member", "Payment"), List.of(List.of("Payment", "Member")), List.of(), false),
            Arguments.of("en", "Rooms - name, floor, capacity\nBookings - for each room: who booked, date, start time, end time",
                    List.of("Room", "Booking"), List.of(List.of("Booking", "Room")), List.of(), false),
            Arguments.of("en", "Vehicles (plate, model, location), and for each vehicle the damages: date, description, cost, fixed yes/no.",
                    List.of("Vehicle", "Damage"), List.of(List.of("Damage", "Vehicle")), List.of(), false),
            Arguments.of("en", "Containers: number, size, owner\nFor every container the hazard items: substance, class, quantity",
                    List.of("Container", "Hazard item"), List.of(List.of("Hazard item", "Container")), List.of(), false),
            Arguments.of("en", "Courses: title, level, trainer\nSessions: for a course, date, room\nAttendance: per session per employee -> present / absent / excused",
                    List.of("Course", "Session", "Attendance"), List.of(List.of("Session", "Course"), List.of("Attendance", "Session")), List.of(), false),
            Arguments.of("en", "hello! quick one.\nAudit list:\n- title, date, auditor\n- findings - each finding with a description, owner, due date, status (open/in progress/closed)\n- actions: for each finding, what to do, who, by when",
                    List.of("Audit", "Finding", "Action"), List.of(List.of("Finding", "Audit"), List.of("Action", "Finding")), List.of(), false),
            Arguments.of("en", "Orders:\n- customer, date, total\n- status: new, paid, shipped",
                    List.of("Order"), List.of(), List.of("Status"), true),
            Arguments.of("en", "Employees:\n- name, email, start date\n- address: street, city, postcode",
                    List.of("Employee"), List.of(), List.of("Address"), true),
            Arguments.of("en", "Projects: name, budget\nFor each project the costs: labour, material, travel",
                    List.of("Project"), List.of(), List.of("Cost"), true),
            Arguments.of("fr", "Bonjour,\n- Chantiers : adresse, client, date de début\n- Incidents : pour chaque chantier, date, gravité, description",
                    List.of("Chantier", "Incident"), List.of(List.of("Incident", "Chantier")), List.of(), false),
            Arguments.of("fr", "Nous suivons les chantiers (adresse, client, date de debut) et pour chaque chantier les incidents : date, gravite, description",
                    List.of("Chantier", "Incident"), List.of(List.of("Incident", "Chantier")), List.of(), false),
            Arguments.of("fr", "Audits :\n- titre, date, auditeur\n- constats : chaque constat avec description, responsable, échéance et statut (ouvert, en cours, clos)",
                    List.of("Audit", "Constat"), List.of(List.of("Constat", "Audit")), List.of(), false),
            Arguments.of("fr", "Il nous faut :\n- Adhérents : nom, prénom, téléphone\n- Sorties : chaque sortie avec date, lieu, responsable",
                    List.of("Adhérent", "Sortie"), List.of(), List.of(), false),
            Arguments.of("fr", "Formations : intitulé, niveau, formateur\nSessions : pour une formation, date, salle\nPrésences : par session et par salarié -> présent / absent / excusé",
                    List.of("Formation", "Session", "Présence"), List.of(List.of("Session", "Formation"), List.of("Présence", "Session")), List.of(), false),
            Arguments.of("fr", "Véhicules (immatriculation, modèle, site), et pour chaque véhicule les sinistres : date, description, coût, réparé oui/non.",
                    List.of("Véhicule", "Sinistre"), List.of(List.of("Sinistre", "Véhicule")), List.of(), false),
            Arguments.of("fr", "Registre des contrats :\n* numéro, partenaire, date de début\n* avenants - chaque avenant avec date, objet et signataire",
                    List.of("Contrat", "Avenant"), List.of(List.of("Avenant", "Contrat")), List.of(), false),
            Arguments.of("fr", "Adhérents : nom, email, date d'adhésion\nPour chaque adhérent les cotisations : année, montant, payée oui/non",
                    List.of("Adhérent", "Cotisation"), List.of(List.of("Cotisation", "Adhérent")), List.of(), false),
            Arguments.of("fr", "Salut, pour l'atelier :\n- les machines : nom, modele, emplacement\n- les pannes : pour chaque machine, date, description, reparee oui/non",
                    List.of("Machine", "Panne"), List.of(List.of("Panne", "Machine")), List.of(), false),
            Arguments.of("fr", "Commandes :\n- client, date, total\n- statut : nouvelle, payée, expédiée",
                    List.of("Commande"), List.of(), List.of("Statut"), true),
            Arguments.of("es", "Hola, necesitamos:\n- Máquinas: nombre, modelo, ubicación\n- Revisiones: cada revisión con fecha, técnico y resultado",
                    List.of("Máquina", "Revisión"), List.of(), List.of(), false),
            Arguments.of("es", "Registramos los pedidos (cliente, fecha, estado) y por cada pedido las líneas: producto, cantidad, precio",
                    List.of("Pedido", "Línea"), List.of(List.of("Línea", "Pedido")), List.of(), false),
            Arguments.of("es", "Auditorías:\n- título, fecha, auditor\n- hallazgos: cada hallazgo con descripción, responsable, fecha límite y estado (abierto, en curso, cerrado)",
                    List.of("Auditoría", "Hallazgo"), List.of(List.of("Hallazgo", "Auditoría")), List.of(), false),
            Arguments.of("es", "Cursos: título, nivel, formador\nSesiones: de un curso, fecha, aula\nAsistencia: por sesión y por empleado -> presente / ausente / justificado",
                    List.of("Curso", "Sesión", "Asistencia"), List.of(List.of("Sesión", "Curso"), List.of("Asistencia", "Sesión")), List.of(), false),
            Arguments.of("es", "Vehículos (matrícula, modelo, sede) y para cada vehículo los daños: fecha, descripción, coste, reparado si/no",
                    List.of("Vehículo", "Daño"), List.of(List.of("Daño", "Vehículo")), List.of(), false),
            Arguments.of("es", "Socios: nombre, email, fecha de alta\nPor cada socio las cuotas: año, importe, pagada sí/no",
                    List.of("Socio", "Cuota"), List.of(List.of("Cuota", "Socio")), List.of(), false),
            Arguments.of("es", "Obras - dirección, cliente, fecha de inicio\nIncidencias - por cada obra: fecha, gravedad, descripción",
                    List.of("Obra", "Incidencia"), List.of(List.of("Incidencia", "Obra")), List.of(), false),
            Arguments.of("es", "Contratos:\n* número, proveedor, fecha de inicio\n* anexos: cada anexo con fecha, resumen y firmante",
                    List.of("Contrato", "Anexo"), List.of(List.of("Anexo", "Contrato")), List.of(), false),
            Arguments.of("es", "Pedidos:\n- cliente, fecha, total\n- estado: nuevo, pagado, enviado",
                    List.of("Pedido"), List.of(), List.of("Estado"), true),
            Arguments.of("de", "Fahrzeuge (Kennzeichen, Modell, Standort), und für jedes Fahrzeug die Schäden: Datum, Beschreibung, Kosten, behoben ja/nein. Außerdem pro Fahrzeug ob der TÜV gültig ist.",
                    List.of("Fahrzeug", "Schaden"), List.of(List.of("Schaden", "Fahrzeug")), List.of(), false),
            Arguments.of("de", "Audits:\n- Titel, Datum, Prüfer\n- Feststellungen: jede Feststellung mit Beschreibung, Verantwortlicher, Frist und Status (offen, in Arbeit, erledigt)",
                    List.of("Audit", "Feststellung"), List.of(List.of("Feststellung", "Audit")), List.of(), false),
            Arguments.of("de", "Kurse: Titel, Niveau, Trainer\nTermine: zu einem Kurs, Datum, Raum\nAnwesenheit: pro Termin pro Mitarbeiter -> anwesend / abwesend / entschuldigt",
                    List.of("Kurs", "Termin", "Anwesenheit"), List.of(List.of("Termin", "Kurs"), List.of("Anwesenheit", "Termin")), List.of(), false),
            Arguments.of("de", "Mitglieder: Name, E-Mail, Eintrittsdatum\nFür jedes Mitglied die Beiträge: Jahr, Betrag, bezahlt ja/nein",
                    List.of("Mitglied", "Beitrag"), List.of(List.of("Beitrag", "Mitglied")), List.of(), false),
            Arguments.of("de", "Baustellen - Adresse, Kunde, Beginn\nVorfälle - pro Baustelle: Datum, Schwere, Beschreibung",
                    List.of("Baustelle", "Vorfall"), List.of(List.of("Vorfall", "Baustelle")), List.of(), false),
            Arguments.of("de", "Hallo, wir brauchen:\n- Maschinen: Name, Modell, Standort\n- Wartungen: jede Wartung mit Datum, Techniker und Ergebnis",
                    List.of("Maschine", "Wartung"), List.of(), List.of(), false),
            Arguments.of("de", "Verträge:\n* Vertragsnummer, Partner, Beginn\n* Nachträge - jeder Nachtrag mit Datum, Inhalt und unterschrieben von",
                    List.of("Vertrag", "Nachtrag"), List.of(List.of("Nachtrag", "Vertrag")), List.of(), false),
            Arguments.of("de", "Wir verwalten Fahrzeuge (Kennzeichen, Modell, Standort) und zu jedem Fahrzeug die Fahrten: Datum, Fahrer, Kilometer",
                    List.of("Fahrzeug", "Fahrt"), List.of(List.of("Fahrt", "Fahrzeug")), List.of(), false),
            Arguments.of("de", "Bestellungen:\n- Kunde, Datum, Summe\n- Status: neu, bezahlt, versendet",
                    List.of("Bestellung"), List.of(), List.of("Status"), true),
            Arguments.of("en", "Hey! For the kitchen we'd need:\n* Suppliers - name, contact, phone\n* Deliveries: for each supplier, date, items, temperature ok y/n",
                    List.of("Supplier", "Delivery"), List.of(List.of("Delivery", "Supplier")), List.of(), false),
            Arguments.of("en", "Test cases: name, area, priority\nRuns: date, build, tester\nResults: per test case per run -> pass / fail / blocked",
                    List.of("Test case", "Run", "Result"), List.of(List.of("Result", "Test case"), List.of("Result", "Run")), List.of(), false),
            Arguments.of("en", "Vehicles: plate, model, location\nDamages (per vehicle): date, description, cost, fixed yes/no",
                    List.of("Vehicle", "Damage"), List.of(List.of("Damage", "Vehicle")), List.of(), false),
            Arguments.of("en", "Hi team,\nAudits:\n- title\n- date\n- auditor\nFindings (each audit can have several):\n- description\n- owner\n- due date",
                    List.of("Audit", "Finding"), List.of(List.of("Finding", "Audit")), List.of(), false),
            Arguments.of("en", "VEHICLES\nplate, model, location\n\nREPAIRS - each vehicle can have many\ndate, description, cost, fixed yes/no",
                    List.of("Vehicle", "Repair"), List.of(List.of("Repair", "Vehicle")), List.of(), false),
            Arguments.of("en", "Prices (per night): room type, season, amount",
                    List.of("Price"), List.of(), List.of(), true),
            Arguments.of("fr", "Cas de test : nom, domaine, priorité\nCampagnes : date, version, testeur\nRésultats : par cas de test et par campagne -> OK / KO / bloqué",
                    List.of("Cas de test", "Campagne", "Résultat"), List.of(List.of("Résultat", "Cas de test"), List.of("Résultat", "Campagne")), List.of(), false),
            Arguments.of("fr", "Chantiers : adresse, client, date de début\nIncidents (par chantier) : date, gravité, description",
                    List.of("Chantier", "Incident"), List.of(List.of("Incident", "Chantier")), List.of(), false),
            Arguments.of("fr", "Bonjour à tous,\n- Clients : nom, adresse, téléphone\n- Interventions : pour chaque client, date, technicien, durée",
                    List.of("Client", "Intervention"), List.of(List.of("Intervention", "Client")), List.of(), false),
            Arguments.of("es", "Casos de prueba: nombre, área, prioridad\nEjecuciones: fecha, versión, probador\nResultados: por caso de prueba y por ejecución -> ok / fallo / bloqueado",
                    List.of("Caso de prueba", "Ejecución", "Resultado"), List.of(List.of("Resultado", "Caso de prueba"), List.of("Resultado", "Ejecución")), List.of(), false),
            Arguments.of("es", "Obras: dirección, cliente, fecha de inicio\nIncidencias (por obra): fecha, gravedad, descripción",
                    List.of("Obra", "Incidencia"), List.of(List.of("Incidencia", "Obra")), List.of(), false),
            Arguments.of("es", "Buenas, os paso lo que necesitamos:\n- Proveedores - nombre, contacto, teléfono\n- Entregas: para cada proveedor, fecha, bultos, temperatura correcta si/no",
                    List.of("Proveedor", "Entrega"), List.of(List.of("Entrega", "Proveedor")), List.of(), false),
            Arguments.of("de", "Testfälle: Name, Bereich, Priorität\nTestläufe: Datum, Version, Tester\nErgebnisse: pro Testfall pro Testlauf -> bestanden / nicht bestanden / blockiert",
                    List.of("Testfall", "Testlauf", "Ergebnis"), List.of(List.of("Ergebnis", "Testfall"), List.of("Ergebnis", "Testlauf")), List.of(), false),
            Arguments.of("de", "Fahrzeuge: Kennzeichen, Modell, Standort\nSchäden (je Fahrzeug): Datum, Beschreibung, Kosten, behoben ja/nein",
                    List.of("Fahrzeug", "Schaden"), List.of(List.of("Schaden", "Fahrzeug")), List.of(), false),
            Arguments.of("de", "Moin, wir bräuchten:\n- Lieferanten - Name, Kontakt, Telefon\n- Lieferungen: für jeden Lieferanten Datum, Menge, Temperatur ok ja/nein",
                    List.of("Lieferant", "Lieferung"), List.of(List.of("Lieferung", "Lieferant")), List.of(), false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sections")
    void each_section_naming_a_kind_gives_that_kind_linked_to_its_owner(String lang, String request, List<String> kinds,
            List<List<String>> childOf, List<String> notKinds, boolean exactly) {
        AppSpec spec = draft(request);
        for (String k : kinds) {
            entity(spec, k);
        }
        for (List<String> link : childOf) {
            assertTrue(links(spec, link.get(0), link.get(1)), link + " in " + SpecCheck.names(spec));
        }
        for (String k : notKinds) {
            assertFalse(spec.entities().stream().anyMatch(e -> e.name().equalsIgnoreCase(k)), k + " in " + SpecCheck.names(spec));
        }
        if (exactly) {
            assertEquals(kinds.size(), spec.entities().size(), SpecCheck.names(spec));
        }
    }
}
