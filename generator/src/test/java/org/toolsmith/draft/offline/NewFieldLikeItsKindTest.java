package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A field added by a chat edit, named and placed as an analyst would: a contact's details listed after it (in brackets,
 * after a colon or dash, or straight after the person) are one field each, a contact's "number" a phone; a new field that
 * shares its head word with a typed field of the kind takes that field's type; a polite word left after a noun
 * ("… porfa, …", "… bitte, …") does not hide the kind the noun names.
 */
class NewFieldLikeItsKindTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Allotments", "entities": [
              {"key": "plot", "name": "Plot", "plural": "Plots", "fields": [
                {"key": "code", "label": "Code", "type": "text", "required": true},
                {"key": "tenant", "label": "Tenant", "type": "reference", "target": "tenant"},
                {"key": "water_butts", "label": "Water butts", "type": "integer"},
                {"key": "start_date", "label": "Start date", "type": "date"}]},
              {"key": "tenant", "name": "Tenant", "plural": "Tenants", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "phone", "label": "Phone", "type": "phone"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Cantine", "entities": [
              {"key": "eleve", "name": "Élève", "plural": "Élèves", "fields": [
                {"key": "nom", "label": "Nom", "type": "text", "required": true},
                {"key": "classe", "label": "Classe", "type": "text"}]},
              {"key": "livraison", "name": "Livraison", "plural": "Livraisons", "fields": [
                {"key": "date", "label": "Date", "type": "date"},
                {"key": "plats_chauds", "label": "Plats chauds", "type": "integer"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Club", "entities": [
              {"key": "socio", "name": "Socio", "plural": "Socios", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true},
                {"key": "telefono", "label": "Teléfono", "type": "phone"}]},
              {"key": "torneo", "name": "Torneo", "plural": "Torneos", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "cuota_adultos", "label": "Cuota adultos", "type": "money"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Verein", "entities": [
              {"key": "mitglied", "name": "Mitglied", "plural": "Mitglieder", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "eintritt", "label": "Eintritt", "type": "date"}]},
              {"key": "kurs", "name": "Kurs", "plural": "Kurse", "fields": [
                {"key": "titel", "label": "Titel", "type": "text", "required": true},
                {"key": "beginn", "label": "Beginn", "type": "date"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    private static void check(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(";")), RefineFixtures.addedLabels(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | each tenant should have a next of kin contact - name and number                | tenant.Next of kin contact name:text;tenant.Next of kin contact number:phone
            en | add a backup contact name + email for every tenant                            | tenant.Backup contact name:text;tenant.Backup contact email:email
            en | on tenants we want a doctor: his name and a phone                              | tenant.Doctor name:text;tenant.Doctor phone:phone
            fr | ajoute à chaque élève un contact d'urgence - nom et numéro                     | eleve.Nom de contact d'urgence:text;eleve.Numéro de contact d'urgence:phone
            es | añade a cada socio un contacto de emergencia - nombre y teléfono              | socio.Nombre de contacto de emergencia:text;socio.Teléfono de contacto de emergencia:phone
            de | bei jedem Mitglied noch einen Notfallkontakt: Name und Nummer                 | mitglied.Notfallkontakt Name:text;mitglied.Notfallkontakt Nummer:phone
            """)
    void a_contacts_details_are_one_field_each(String lang, String message, String fields) {
        check(lang, message, fields);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add rain butts on each plot                             | plot.Rain butts:integer
            en | add the end date on plots                              | plot.End date:date
            fr | il manque les plats froids dans les livraisons         | livraison.Plats froids:integer
            es | añade la cuota juveniles a los torneos                 | torneo.Cuota juveniles:money
            """)
    void a_field_named_like_a_typed_one_takes_its_type(String lang, String message, String fields) {
        check(lang, message, fields);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add a shed colour on each plot                         | plot.Shed colour:text
            en | add an emergency contact for each tenant               | tenant.Emergency contact:text
            fr | ajoute le régime alimentaire de chaque élève              | eleve.Régime alimentaire:text
            de | beim Kurs fehlt noch der Raum                          | kurs.Raum:text
            """)
    void other_new_fields_keep_their_own_type(String lang, String message, String fields) {
        check(lang, message, fields);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add the email of the tenant please, we send reminders by post to plots now   | tenant.Email:email
            fr | ajoutez l'adresse mail de l'élève svp, on envoie les menus des livraisons   | eleve.Adresse mail:email
            es | añadid el email del socio porfa, que ahora mandamos los avisos por correo    | socio.Email:email
            de | ergänzt die E-Mail vom Mitglied bitte, wir schicken die Kurse per Mail       | mitglied.E-Mail:email
            """)
    void a_polite_word_after_the_owner_does_not_hide_it(String lang, String message, String fields) {
        check(lang, message, fields);
    }
}
