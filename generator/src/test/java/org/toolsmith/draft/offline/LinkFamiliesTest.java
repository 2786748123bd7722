package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;
import static org.toolsmith.draft.offline.SpecCheck.entity;
import static org.toolsmith.draft.offline.SpecCheck.field;
import static org.toolsmith.draft.offline.SpecCheck.links;

import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * Links that the way a request is written implies, in four languages: the owner a kind's heading names even when
 * other records point to the kind ("the units in each warehouse"), a list of named things said after a log (the log
 * points to it, not the other way), and a field whose item names a kind ("maker (the farm it comes from)", "is of one
 * area").
 */
class LinkFamiliesTest {
    @Test
    void the_owner_named_in_a_heading_holds_even_when_other_records_point_to_the_kind() {
        String[][] cases = {
                {"Warehouses have a name and a city. We also track the units in each warehouse (unit code, size in m2, monthly rent) "
                        + "and the lettings: which unit, tenant, start date, end date.", "Unit", "Warehouse", "Letting"},
                {"We run a small chain of gyms. For each gym: name, city, manager. The machines at each gym (serial number, model, "
                        + "purchase date) and breakdowns: which machine, date reported, what's wrong, cost.", "Machine", "Gym", "Breakdown"},
                {"On gère des immeubles (nom, adresse), les lots de chaque immeuble (numéro de lot, surface, étage) "
                        + "et les interventions : quel lot, date, prestataire, coût.", "Lot", "Immeuble", "Intervention"},
                {"Tenemos gimnasios (nombre, ciudad), las máquinas de cada gimnasio (código, modelo, fecha de compra) "
                        + "y las averías: qué máquina, fecha, descripción, coste.", "Máquina", "Gimnasio", "Avería"},
                {"Wir haben Lager (Name, Ort), die Regale in jedem Lager (Nummer, Höhe, Tragkraft) "
                        + "und die Prüfungen: welches Regal, Datum, Prüfer, Ergebnis.", "Regal", "Lager", "Prüfung"}};
        for (String[] c : cases) {
            AppSpec spec = draft(c[0]);
            assertTrue(links(spec, c[1], c[2]), c[0] + "\n" + SpecCheck.names(spec));
            assertTrue(links(spec, c[3], c[1]), c[0] + "\n" + SpecCheck.names(spec));
            assertFalse(links(spec, c[2], c[1]), c[0] + "\n" + SpecCheck.names(spec));
        }
    }

    @Test
    void a_list_of_named_things_said_after_a_log_is_what_the_log_points_to() {
        String[][] cases = {
                {"Every delivery we make gets logged: date, driver, number of crates, signed by. Depots are a separate list "
                        + "(depot name, town).", "Delivery", "Depot"},
                {"On note chaque collecte : date, poids, chauffeur. Les sites : nom et commune.", "Collecte", "Site"},
                {"Cada semana registramos los riegos: fecha, litros, quién lo hizo. Las parcelas: nombre y superficie.", "Riego", "Parcela"},
                {"Jede Lieferung wird erfasst: Datum, Menge, Fahrer. Die Märkte: Name und Stadtteil.", "Lieferung", "Märkte"}};
        for (String[] c : cases) {
            AppSpec spec = draft(c[0]);
            assertTrue(links(spec, c[1], c[2]), c[0] + "\n" + SpecCheck.names(spec));
            assertFalse(links(spec, c[2], c[1]), c[0] + "\n" + SpecCheck.names(spec));
        }
        // a name and no date, but "paid?" says the pupils going on a trip are registrations, not a list of things
        AppSpec trip = draft("each trip: destination, date, cost per pupil. then for each pupil going: pupil name, form, paid?");
        assertTrue(links(trip, "Pupil going", "Trip") && !links(trip, "Trip", "Pupil going"), SpecCheck.names(trip));
    }

    @Test
    void an_item_that_names_a_kind_in_brackets_is_the_link_to_it() {
        String[][] cases = {
                {"For each cheese: name, maker (the farm it comes from), weight, arrival date. Farms: name, village.", "Cheese", "Farm", "Maker"},
                {"Pour chaque fromage : nom, producteur (la ferme d'où il vient), poids, date d'arrivée. Les fermes : nom, village.",
                        "Fromage", "Ferme", "Producteur"},
                {"Para cada queso: nombre, productor (la granja de donde viene), peso, fecha de llegada. Las granjas: nombre, pueblo.",
                        "Queso", "Granja", "Productor"},
                {"Für jeden Käse: Name, Hersteller (der Hof, von dem er kommt), Gewicht, Ankunftsdatum. Die Höfe: Name, Dorf.", "Käse", "Hof",
                        "Hersteller"}};
        for (String[] c : cases) {
            AppSpec spec = draft(c[0]);
            assertEquals(FieldType.REFERENCE, field(entity(spec, c[1]), c[3]).type(), c[0] + "\n" + SpecCheck.names(spec));
            assertTrue(links(spec, c[1], c[2]) && !links(spec, c[2], c[1]), c[0] + "\n" + SpecCheck.names(spec));
        }
    }

    @Test
    void a_link_said_as_an_item_of_the_list_is_a_reference() {
        String[][] cases = {
                {"Areas have a name and a type. Inspections: date, inspector, is of one area, rating from 1 to 5.", "Inspection", "Area"},
                {"Les dossiers : numéro, client, date d'ouverture. Les factures : numéro, date, rattachée à un dossier, montant.", "Facture",
                        "Dossier"},
                {"Expedientes: número, cliente, fecha de apertura. Facturas: número, fecha, ligada a un expediente, importe.", "Factura",
                        "Expediente"},
                {"Server: Hostname, IP-Adresse, Standort. Anwendungen: Name, Ansprechpartner, läuft auf genau einem Server, Kritikalität.",
                        "Anwendung", "Server"}};
        for (String[] c : cases) {
            AppSpec spec = draft(c[0]);
            assertTrue(links(spec, c[1], c[2]), c[0] + "\n" + SpecCheck.names(spec));
            // the clause's words are no field of their own
            assertTrue(entity(spec, c[1]).fields().stream().noneMatch(f -> f.type() != FieldType.REFERENCE && f.label().split(" ").length > 2
                    && f.label().toLowerCase().contains(c[2].toLowerCase())), c[0] + "\n" + SpecCheck.names(spec));
        }
    }

    @Test
    void a_field_about_the_kind_itself_is_no_link_to_a_kind_of_the_same_word() {
        // "grant title" in the research grants is the grant's own title, whatever else is called a grant
        AppSpec spec = draft("Research grants: funder, grant title, PI, amount awarded, start date. "
                + "Grant reports: due date, who's responsible, submitted yes/no.");
        assertTrue(entity(spec, "Research grant").fields().stream().noneMatch(f -> f.type() == FieldType.REFERENCE
                && f.label().equalsIgnoreCase("Grant title")), SpecCheck.names(spec));
    }
}
