package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.toolsmith.spec.FieldType;

/** Which drafted kind a detail belongs to: by the owner its label names, and by what it means (rows of my own). */
class DetailOwnersTest {

    private static DraftEntity kind(String name, String... labels) {
        DraftEntity e = new DraftEntity(name, name);
        for (String l : labels) {
            e.add(new DraftField(l, FieldType.TEXT, l));
        }
        return e;
    }

    private static String shape(List<DraftEntity> entities) {
        StringBuilder b = new StringBuilder();
        for (DraftEntity e : entities) {
            b.append(e.name).append(e.fields.stream().map(f -> f.type == FieldType.REFERENCE ? "->" + f.target : f.label).toList()).append(' ');
        }
        return b.toString().strip();
    }

    private static String run(Lang lang, DraftEntity... kinds) {
        List<DraftEntity> entities = new ArrayList<>(List.of(kinds));
        DetailOwners.apply(Lexicon.load(lang), entities);
        return shape(entities);
    }

    @Test
    void a_vehicle_detail_leaves_the_trip() {
        assertEquals("Trip[->Van, Trip date, Destination] Van[Name, Licence plate, Mileage]",
                run(Lang.EN, kind("Trip", "Trip date", "Destination", "Licence plate", "Mileage"), kind("Van", "Name")));
    }

    @Test
    void an_animal_detail_leaves_the_stay() {
        assertEquals("Séjour[->Chien, Date d'arrivée] Chien[Nom, Race, Poids en kg]",
                run(Lang.FR, kind("Séjour", "Date d'arrivée", "Race", "Poids en kg"), kind("Chien", "Nom")));
    }

    @Test
    void an_owner_said_after_three_details_becomes_a_kind() {
        assertEquals("Contrato[->Inquilino, Fianza] Inquilino[Nombre completo, Teléfono, Fecha de nacimiento]",
                run(Lang.ES, kind("Contrato", "Nombre completo", "Teléfono", "Fecha de nacimiento del inquilino", "Fianza")));
    }

    @Test
    void a_german_compound_names_its_owner() {
        assertEquals("Fahrt[->Fahrzeug, Fahrtdatum] Fahrzeug[Name, Kennzeichen, Kilometerstand]",
                run(Lang.DE, kind("Fahrt", "Fahrtdatum", "Fahrzeugkennzeichen", "Fahrzeugkilometerstand"), kind("Fahrzeug", "Name")));
    }

    @Test
    void an_occasions_readings_and_place_stay_on_it() {
        // typed as the drafter types them: the mileage read at a check is a number, the job's address where it happens
        DraftEntity check = kind("Check", "Check date");
        check.add(new DraftField("Mileage", FieldType.INTEGER, "mileage"));
        assertEquals("Check[Check date, Mileage] Van[Name, Plate]", run(Lang.EN, check, kind("Van", "Name", "Plate")));
        DraftEntity job = kind("Repair job", "Date", "Address");
        assertEquals("Repair job[Date, Address] Customer[Name, Email]", run(Lang.EN, job, kind("Customer", "Name", "Email")));
    }

    @Test
    void the_records_own_details_stay() {
        assertEquals("Loan[Loan date, Due back] Laptop[Serial number]",
                run(Lang.EN, kind("Loan", "Loan date", "Due back"), kind("Laptop", "Serial number")));
        assertEquals("Ausleihe[Ausleihdatum, Rückgabe] Gerät[Seriennummer]",
                run(Lang.DE, kind("Ausleihe", "Ausleihdatum", "Rückgabe"), kind("Gerät", "Seriennummer")));
    }

    @Test
    void one_owned_detail_makes_no_kind() {
        assertEquals("Réservation[Date, Téléphone du client]", run(Lang.FR, kind("Réservation", "Date", "Téléphone du client")));
    }

    @Test
    void a_detail_of_no_family_stays_where_it_was_said() {
        assertEquals("Pago[Forma de pago, Importe]", run(Lang.ES, kind("Pago", "Forma de pago", "Importe")));
        assertEquals("Zahlung[Zahlungsart] Freigabe[Datum]", run(Lang.DE, kind("Zahlung", "Zahlungsart"), kind("Freigabe", "Datum")));
        assertEquals("Import case[Case number, Client name] Client[Tariff]",
                run(Lang.EN, kind("Import case", "Case number", "Client name"), kind("Client", "Tariff")));
    }

    @Test
    void a_kind_of_no_known_class_keeps_its_details() {
        assertEquals("Beekeeper[Name, Phone] Hive[Name]", run(Lang.EN, kind("Beekeeper", "Name", "Phone"), kind("Hive", "Name")));
    }
}
