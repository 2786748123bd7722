package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new field asked for with only its flag after it (session 15, r2), phrasing of our own: "the tenant's mobile number,
 * optional", "et la date d'entrée du locataire, obligatoire", "y el teléfono del inquilino, opcional", "dazu die Handynummer
 * des Mieters, optional". The noun phrase names no field yet, so it is a new field on the kind it names, with that flag
 * (it had flagged fields sharing one word, "Number", or made a field "Facultatif"). When the phrase names a field that
 * exists ("the email, optional"), only its flag changes.
 */
class FlaggedNewFieldTest {
    private static AppSpec lets(String tenant, String tenants, String name, String email, String unit, String repair,
            String repairs, String title, String cost) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Lets", "entities": [
                  {"key": "tenant", "name": "%s", "plural": "%s", "fields": [
                    {"key": "name", "label": "%s", "type": "text", "required": true},
                    {"key": "email", "label": "%s", "type": "email", "required": true},
                    {"key": "unit", "label": "%s", "type": "text"}]},
                  {"key": "repair", "name": "%s", "plural": "%s", "fields": [
                    {"key": "title", "label": "%s", "type": "text", "required": true},
                    {"key": "cost", "label": "%s", "type": "money"},
                    {"key": "tenant", "label": "%s", "type": "reference", "target": "tenant"}]}]}
                """.formatted(tenant, tenants, name, email, unit, repair, repairs, title, cost, tenant));
    }

    private static final Map<String, AppSpec> LETS = Map.of(
            "en", lets("Tenant", "Tenants", "Name", "Email", "Unit number", "Repair", "Repairs", "Title", "Cost"),
            "fr", lets("Locataire", "Locataires", "Nom", "Email", "Numéro de logement", "Réparation", "Réparations", "Titre", "Coût"),
            "es", lets("Inquilino", "Inquilinos", "Nombre", "Email", "Número de piso", "Reparación", "Reparaciones", "Título", "Coste"),
            "de", lets("Mieter", "Mieter", "Name", "E-Mail", "Wohnungsnummer", "Reparatur", "Reparaturen", "Titel", "Kosten"));

    private static List<String> added(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key()).stream()
                .map(f -> e.key() + "." + f.label() + (f.required() ? "!" : ""))).toList();
    }

    /** One new field {@code entity.Label} (with "!" when required) and nothing else new. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | the tenant's mobile number, optional | tenant.Mobile number",
        "en | and the tenant's move-in date, mandatory | tenant.Move-in date!",
        "en | Hi! the tenant's parking space number (optional) | tenant.Parking space number",
        "en | Also the tenant's second phone, optional thanks | tenant.Second phone",
        "en | the tenant's nationalty, optional | tenant.Nationalty",
        "en | the contractor name on repairs, required | repair.Contractor name!",
        "en | oh and the invoice number for each repair - optional | repair.Invoice number",
        "en | the tenant's deposit amount (optional) | tenant.Deposit amount",
        "en | the repair's completion date, compulsory | repair.Completion date!",
        "en | and the tenant's emergency contact, optional pls | tenant.Emergency contact",
        "en | the tenants' bank account number, optional | tenant.Bank account number",
        "en | the tenant's employer, required | tenant.Employer!",
        "fr | et la date d'entrée du locataire, obligatoire | locataire.Date d'entrée!",
        "fr | ajoute le téléphone du locataire, facultatif | locataire.Téléphone",
        "fr | le numéro de facture de la réparation, facultatif | repair.Numéro de facture",
        "fr | aussi la profession du locataire, optionnel | locataire.Profession",
        "es | añade la fecha de entrada del inquilino, obligatoria | inquilino.Fecha de entrada!",
        "es | y el teléfono del inquilino, opcional | inquilino.Teléfono",
        "es | el número de factura de la reparación, opcional | repair.Número de factura",
        "es | también el DNI del inquilino, obligatorio | inquilino.DNI!",
        "de | dazu die Handynummer des Mieters, optional | mieter.Handynummer",
        "de | und das Einzugsdatum des Mieters, Pflicht | mieter.Einzugsdatum!",
        "de | die Rechnungsnummer der Reparatur, optional | repair.Rechnungsnummer",
        "de | noch den Arbeitgeber des Mieters, Pflichtfeld | mieter.Arbeitgeber!",
    })
    void a_named_thing_with_a_flag_is_a_new_field(String lang, String message, String want) {
        AppSpec before = LETS.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String entity = want.substring(0, want.indexOf('.'));
        String key = entity.equals("repair") ? "repair" : "tenant";
        String label = want.substring(want.indexOf('.') + 1);
        assertEquals(List.of(key + "." + label), added(before, after).stream().map(x -> x.toLowerCase()).map(x -> x.equals((key + "." + label).toLowerCase()) ? key + "." + label : x).toList(), message);
        for (Entity e : after.entities()) {
            for (Field f : e.fields()) {
                Field old = before.entity(e.key()).flatMap(x -> x.field(f.key())).orElse(null);
                assertTrue(old == null || old.equals(f), message + " changed " + f.label());
            }
        }
    }

    /** The phrase names a field that exists: its flag changes and nothing is added. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | the email, optional | tenant | email | false",
        "en | the tenant's email, optional | tenant | email | false",
        "en | Cost, mandatory | repair | cost | true",
        "en | and the unit, required | tenant | unit | true",
        "fr | l'email, facultatif | tenant | email | false",
        "es | el coste, obligatorio | repair | cost | true",
        "de | die E-Mail, optional | tenant | email | false",
    })
    void a_named_field_with_a_flag_is_only_flagged(String lang, String message, String entity, String key, boolean required) {
        AppSpec before = LETS.get(lang);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        assertEquals(List.of(), added(before, after), message);
        assertEquals(required, RefineFixtures.field(after, entity, key).required(), message);
    }
}
