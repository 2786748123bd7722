package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Field;

/**
 * Two or three fields asked for in one breath: a question followed by its values ("and whether it's for a
 * celebration (wedding, birthday, other)") is a choice named by the thing asked about, next to the other items;
 * a person's details in brackets ("an emergency contact (name + phone)") are one field each. Not fired: "(yes/no)"
 * after a question, details joined by "or", values that are no person's details. Phrasing of our own.
 */
class SeveralAskedFieldsTest {
    static final AppSpec HIRE = spec("""
            {"spec": 1, "name": "Van hire", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "rental", "name": "Rental", "plural": "Rentals", "fields": [
                {"key": "client", "label": "Client", "type": "reference", "target": "client"},
                {"key": "start", "label": "Start date", "type": "date"}]}]}""");
    static final AppSpec LOCATION = spec("""
            {"spec": 1, "name": "Location", "entities": [
              {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true}]},
              {"key": "location", "name": "Location", "plural": "Locations", "fields": [
                {"key": "client", "label": "Client", "type": "reference", "target": "client"},
                {"key": "debut", "label": "Début", "type": "date"}]}]}""");
    static final AppSpec ALQUILER = spec("""
            {"spec": 1, "name": "Alquiler", "entities": [
              {"key": "cliente", "name": "Cliente", "plural": "Clientes", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "alquiler", "name": "Alquiler", "plural": "Alquileres", "fields": [
                {"key": "cliente", "label": "Cliente", "type": "reference", "target": "cliente"},
                {"key": "inicio", "label": "Inicio", "type": "date"}]}]}""");
    static final AppSpec MIETE = spec("""
            {"spec": 1, "name": "Vermietung", "entities": [
              {"key": "kunde", "name": "Kunde", "plural": "Kunden", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "miete", "name": "Miete", "plural": "Mieten", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "reference", "target": "kunde"},
                {"key": "beginn", "label": "Beginn", "type": "date"}]}]}""");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Add the number of passengers to rentals and whether it's for a celebration (wedding, birthday, other) | +rental:integer & +rental:choice:Celebration",
        "On rentals, add whether it's for a celebration (wedding, birthday, other) | +rental:choice:Celebration",
        "Add the deposit to rentals, and whether the van came back damaged (scratch, dent, broken glass) | +rental:money & +rental:choice:Came back damaged",
        "Add an emergency contact to the clients (name + phone) | +client:text:Emergency contact name & +client:phone:Emergency contact phone",
        "Clients need a next of kin (name and phone number) | +client:text:Next of kin name & +client:phone:Next of kin phone",
        "Add a guardian to the clients (name, phone and email) | +client:text:Guardian name & +client:phone & +client:email",
        // not fired: a yes/no question stays a yes/no
        "Add whether the rental was paid (yes/no) | +rental:boolean",
        // not fired: details joined by \"or\" are one field; values that are no person's details are options
        "Add a status to the clients (active, archived) | +client:choice:Status"})
    void english(String message, String expected) {
        RefineExpect.check(HIRE, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ajoute aux locations le nombre de passagers et si c'est pour une fête (mariage, anniversaire, autre) | +location:integer & +location:choice:Fête",
        "Sur les locations, ajoute si c'est pour une fête (mariage, anniversaire, autre) | +location:choice:Fête",
        "Ajoute aux clients un contact d'urgence (nom + téléphone) | +client:text:Nom & +client:phone:Téléphone",
        "Ajoute un responsable aux clients (nom, téléphone et email) | +client:text:Nom & +client:phone & +client:email",
        "Ajoute aux locations si elle a été payée (oui/non) | +location:boolean"})
    void french(String message, String expected) {
        RefineExpect.check(LOCATION, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Añade a los alquileres el número de pasajeros y si es para alguna celebración (boda, cumpleaños, otra) | +alquiler:integer & +alquiler:choice:Celebración",
        "En los alquileres añade si es para alguna celebración (boda, cumpleaños, otra) | +alquiler:choice:Celebración",
        "En los clientes falta la persona de contacto (nombre + móvil) | +cliente:text:Nombre & +cliente:phone:Móvil",
        "En los clientes añade el estado (activo, archivado) | +cliente:choice:Estado"})
    void spanish(String message, String expected) {
        RefineExpect.check(ALQUILER, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bei der Miete bitte noch die Anzahl der Fahrgäste und ob es für eine Feier ist (Hochzeit, Geburtstag, andere) | +miete:integer & +miete:choice:Feier",
        "Bei der Miete bitte noch ob es für eine Feier ist (Hochzeit, Geburtstag, andere) | +miete:choice:Feier",
        "Beim Kunden bitte noch einen Notfallkontakt (Name + Telefon) hinzufügen | +kunde:text:Notfallkontakt Name & +kunde:phone:Notfallkontakt Telefon",
        "Beim Kunden bitte noch den Status (aktiv, archiviert) hinzufügen | +kunde:choice:Status"})
    void german(String message, String expected) {
        RefineExpect.check(MIETE, message, expected);
    }

    static final AppSpec JOBS = spec("""
            {"spec": 1, "name": "Jobs", "entities": [
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [
                {"key": "van", "label": "Van", "type": "text", "required": true},
                {"key": "done", "label": "Done", "type": "boolean"},
                {"key": "start", "label": "Start date", "type": "date"}]}]}""");
    static final AppSpec TRAVAUX = spec("""
            {"spec": 1, "name": "Travaux", "entities": [
              {"key": "travail", "name": "Travail", "plural": "Travaux", "fields": [
                {"key": "vehicule", "label": "Véhicule", "type": "text", "required": true},
                {"key": "termine", "label": "Terminé", "type": "boolean"}]}]}""");
    static final AppSpec TRABAJOS = spec("""
            {"spec": 1, "name": "Trabajos", "entities": [
              {"key": "trabajo", "name": "Trabajo", "plural": "Trabajos", "fields": [
                {"key": "furgoneta", "label": "Furgoneta", "type": "text", "required": true},
                {"key": "hecho", "label": "Hecho", "type": "boolean"}]}]}""");
    static final AppSpec AUFTRAEGE = spec("""
            {"spec": 1, "name": "Aufträge", "entities": [
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [
                {"key": "transporter", "label": "Transporter", "type": "text", "required": true},
                {"key": "erledigt", "label": "Erledigt", "type": "boolean"}]}]}""");

    /** A field named, then "not enough, we need the X date" or "a photo of the X": new fields, the named one stays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "EN | The done box isn't enough, we need the completion date | +job:date:Completion date",
        "EN | The done y/n box isn't enough, I need the completion date and a closing note | +job:date:Completion date & +job:long_text:Closing note",
        "EN | We want a photo of the van on return, and the state it came back in (OK, Scratched, Broken) | +job:file:Photo & +job:choice:State",
        // not fired: the type the field itself should become
        "EN | The start date should be a date and time | job.start=datetime",
        "EN | The van should be a photo | job.van=file",
        "FR | La case terminé ne suffit pas, il faut la date de clôture | +travail:date:Date de clôture",
        "FR | Il nous faut une photo du véhicule au retour et l'état (bon, abîmé) | +travail:file:Photo & +travail:choice:État",
        "ES | La casilla hecho no basta, necesitamos la fecha de cierre | +trabajo:date:Fecha de cierre",
        "ES | Necesitamos una foto de la furgoneta a la vuelta y el estado (bien, rayado, roto) | +trabajo:file:Foto & +trabajo:choice:Estado",
        "DE | Wir brauchen noch ein Foto vom Transporter bei Rückgabe und den Zustand (gut, zerkratzt, kaputt) | +auftrag:file:Foto & +auftrag:choice:Zustand"})
    void theNamedFieldStays(String lang, String message, String expected) {
        AppSpec spec = switch (lang) {
            case "FR" -> TRAVAUX;
            case "ES" -> TRABAJOS;
            case "DE" -> AUFTRAEGE;
            default -> JOBS;
        };
        RefineExpect.check(spec, message, expected);
    }

    /** German "Brutto- und Nettobetrag": the first item takes the second's head ("Bruttobetrag"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Bei der Miete bitte noch Brutto- und Nettobetrag | +miete:money:Bruttobetrag & +miete:money:Nettobetrag",
        "Bei der Miete bitte noch das Abhol- und das Rückgabedatum | +miete:date:Abholdatum & +miete:date:Rückgabedatum",
        "Bei der Miete bitte noch Ankunfts- und Abfahrtszeit | +miete:datetime:Ankunftszeit & +miete:datetime:Abfahrtszeit",
        // not fired: two whole words
        "Bei der Miete bitte noch die Kaution und den Zustand | +miete:money:Kaution & +miete:text:Zustand"})
    void germanSharedHeads(String message, String expected) {
        RefineExpect.check(MIETE, message, expected);
    }

    @Test
    void theValuesGoToTheQuestionTheyFollow() {
        AppSpec after = RefineFixtures.refine(HIRE, "Add the number of passengers to rentals and whether it's for a celebration (wedding, birthday, other)").spec();
        Field f = after.entity("rental").orElseThrow().fields().stream().filter(x -> x.label().equals("Celebration")).findFirst().orElseThrow();
        assertEquals(List.of("Wedding", "Birthday", "Other"), f.options());
    }

    @Test
    void detailsJoinedByOrStayOneField() {
        AppSpec after = RefineFixtures.refine(HIRE, "Add a contact to the clients (name or phone, whichever they give)").spec();
        assertEquals(2, after.entity("client").orElseThrow().fields().size());
    }
}
