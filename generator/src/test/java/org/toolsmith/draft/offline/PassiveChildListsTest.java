package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.toolsmith.draft.offline.SpecCheck.draft;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * Session 15 (k2): the records of each owner said with a passive verb after the plural ("for each machine, breakdowns
 * are logged: …", "Für jede Maschine werden Wartungen eingetragen: …", "plusieurs cotisations peuvent être saisies :
 * …") ({@link ChildLists}), or with "and then per X the …" ("und dann je Vertrag die …", "puis par contrat la …")
 * ({@link EachClauseSplit}): the plural is a kind of its own with the list, pointing to the owner.
 */
class PassiveChildListsTest {
    /** {request, child kind, owner kind, a field of the child}. */
    private static final String[][] CHILDREN = {
        {"We keep machines: serial number, maker, location. For each machine, breakdowns are logged: date, description, technician, cost.",
            "Breakdown", "Machine", "Technician"},
        {"Our boats (name, length, berth). For every boat several inspections can be recorded (date, inspector, result, notes).",
            "Inspection", "Boat", "Inspector"},
        {"sites with name, address and manager. for every site defects are recorded: description, trade, deadline, photo", "Defect", "Site", "Trade"},
        {"Rooms: name, capacity, floor. For each room, bookings get entered - date, start time, organiser, purpose.", "Booking", "Room", "Organiser"},
        {"Clients: name, phone, email. For each client multiple visits may be logged (date, sales rep, outcome, notes).", "Visit", "Client", "Outcome"},
        {"Members have a name and phone; for each member, the yearly fees are tracked: year, amount, paid on.", "Yearly fee", "Member", "Amount"},
        {"Suppliers with company, contact person, phone, and then per contract the term, the amount and the file.", "Contract", "Supplier", "Term"},
        {"Hi! Greenhouses (code, size, crop). For every greenhouse the waterings should be noted: date, litres, done by.", "Watering", "Greenhouse",
            "Litres"},
        {"Hello team, we run workshops (title, trainer, date). For every workshop the registrations have to be recorded: participant, email, paid yes/no.",
            "Registration", "Workshop", "Participant"},
        {"Projects (code, title, budget), and then per project the expenses: date, amount, category.", "Expense", "Project", "Category"},
        {"Hives: number, apiary, queen year. For each hive several honey harvests are weighed: date, kilos, frames.", "Honey harvest", "Hive", "Kilos"},
        {"Our trucks (plate, model). Then per truck the fill-ups: date, litres, price, station.", "Fill-up", "Truck", "Litres"},
        {"Unsere Kühlzellen (Nummer, Größe, Standort). Für jede Kühlzelle werden Kontrollen eingetragen: Datum, Uhrzeit, Temperatur, Mitarbeiter.",
            "Kontrolle", "Kühlzellen", "Temperatur"},
        {"Unsere Hunde (Name, Rasse, Geburtsdatum). Pro Hund können mehrere Entwurmungen dokumentiert werden (Datum, Mittel, Tierarzt, Kosten).",
            "Entwurmung", "Hund", "Mittel"},
        {"Baustellen mit Bezeichnung, Adresse, Bauleiter. Zu jeder Baustelle werden die Mängel erfasst: Beschreibung, Gewerk, Frist, Foto.",
            "Mangel", "Baustelle", "Gewerk"},
        {"Lieferanten mit Firma, Ansprechpartner, Telefon und dann je Vertrag die Laufzeit, der Betrag und die Datei.", "Vertrag", "Lieferant",
            "Laufzeit"},
        {"Hallo, wir brauchen eine Liste der Schulungen (Titel, Datum, Trainer). Für jede Schulung wird ausserdem die Teilnahme festgehalten: "
            + "Mitarbeiter, bestanden ja/nein, Zertifikat.", "Teilnahme", "Schulung", "Zertifikat"},
        {"Les adhérents (nom, téléphone, email), et pour chaque adhérent plusieurs cotisations peuvent être saisies : année, montant, date de paiement.",
            "Cotisation", "Adhérent", "Année"},
        {"Fournisseurs avec raison sociale, contact, téléphone, puis par contrat la durée, le montant et le fichier.", "Contrat", "Fournisseur",
            "Durée"},
        {"Nos serres : code, surface, culture. Pour chaque serre, les arrosages sont notés : date, litres, fait par.", "Arrosage", "Serre", "Litres"},
        {"Bonjour, on a des camions (immatriculation, modele). Et puis par camion les pleins : date, litres, prix, station.", "Plein", "Camion",
            "Station"},
        {"Los invernaderos (código, superficie, cultivo). Para cada invernadero se anotan los riegos: fecha, litros, hecho por.", "Riego",
            "Invernadero", "Litros"},
        {"Tenemos socios con nombre, DNI y teléfono, y luego por cada contrato la duración, el importe y el documento.", "Contrato", "Socio",
            "Duración"},
        {"Las fincas (referencia, superficie, municipio). Por cada finca pueden registrarse varias cosechas (año, kilos, variedad, precio).",
            "Cosecha", "Finca", "Variedad"},
        {"Las furgonetas (matrícula, modelo). De cada furgoneta son apuntados los repostajes: fecha, litros, precio.", "Repostaje", "Furgoneta",
            "Litros"},
    };

    private static Entity find(AppSpec spec, String name) {
        return spec.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void the_plural_before_a_passive_verb_or_after_then_per_is_a_kind_of_the_owner() {
        List<String> failed = new ArrayList<>();
        for (String[] c : CHILDREN) {
            AppSpec spec = draft(c[0]);
            Entity child = find(spec, c[1]);
            Entity owner = find(spec, c[2]);
            boolean ok = child != null && owner != null
                    && child.fields().stream().anyMatch(f -> f.type() == FieldType.REFERENCE && owner.key().equals(f.target()))
                    && child.fields().stream().anyMatch(f -> f.label().equals(c[3]))
                    && owner.fields().stream().noneMatch(f -> f.label().equals(c[3]));
            if (!ok) {
                failed.add(c[0] + " -> " + SpecCheck.names(spec));
            }
        }
        assertTrue(failed.isEmpty(), String.join("\n", failed));
    }

    @Test
    void a_passive_with_no_records_named_keeps_the_fields_on_the_owner() {
        // "the following", "folgende Angaben", "les informations suivantes": a word for fields, not records
        for (String s : List.of("Orders with number and date. For each order, the following is logged: supplier, date, amount.",
                "Bestellungen mit Nummer und Datum. Für jede Bestellung werden folgende Angaben erfasst: Lieferant, Datum, Betrag.",
                "Commandes avec numéro et date. Pour chaque commande, les informations suivantes sont notées : fournisseur, date, montant.",
                // a supplier said as a field only
                "Bestellungen mit Nummer und Datum. Für jede Bestellung werden Lieferant, Datum und Betrag erfasst.")) {
            AppSpec spec = draft(s);
            assertEquals(1, spec.entities().size(), s + " -> " + SpecCheck.names(spec));
        }
    }

    @Test
    void a_per_word_before_a_time_or_a_price_unit_names_no_records() {
        for (String s : List.of("Rooms with number and floor, and per month the total revenue.",
                "Kurse mit Titel, Preis pro Stunde und pro Person, Raum und Dozent.",
                "Nous gérons les chambres avec numéro, étage et prix par nuit, et par exemple le nom du client.")) {
            AppSpec spec = draft(s);
            assertEquals(1, spec.entities().size(), s + " -> " + SpecCheck.names(spec));
        }
        assertEquals("Rooms with number and floor. For each guest the arrival and the room.",
                EachClauseSplit.split(Lang.EN, "Rooms with number and floor, and then per guest the arrival and the room."));
        assertEquals("Zimmer mit Nummer und Etage. Zu jedem Gast die Anreise.", EachClauseSplit.split(Lang.DE, "Zimmer mit Nummer und Etage und dann je Gast die Anreise."));
    }
}
