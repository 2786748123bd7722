package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A new field named by a linked kind's owner but asked for on another kind (session 15, r4), phrasing of our own:
 * "the client's signature on each visit", "on visits, record the client's mood". The kind said as scope (a tail
 * "on/at/during each K", a leading "on Ks,") holds the field; the owner stays in its label ("Client signature"). It
 * went to the owner's kind. Without a scope the owner still decides ("add the client's GP name" → Client), and a
 * word that describes the owner itself ("date of birth") still goes to the owner.
 */
class ScopedOwnerFieldTest {
    private static AppSpec care(String client, String clients, String name, String visit, String visits, String when, String clientLink) {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Care", "entities": [
                  {"key": "client", "name": "%s", "plural": "%s", "fields": [
                    {"key": "name", "label": "%s", "type": "text", "required": true}]},
                  {"key": "visit", "name": "%s", "plural": "%s", "fields": [
                    {"key": "when", "label": "%s", "type": "datetime", "required": true},
                    {"key": "client", "label": "%s", "type": "reference", "target": "client"}]}]}
                """.formatted(client, clients, name, visit, visits, when, clientLink));
    }

    private static final Map<String, AppSpec> CARE = Map.of(
            "en", care("Client", "Clients", "Name", "Visit", "Visits", "Date and time", "Client"),
            "fr", care("Patient", "Patients", "Nom", "Visite", "Visites", "Date et heure", "Patient"),
            "es", care("Paciente", "Pacientes", "Nombre", "Visita", "Visitas", "Fecha y hora", "Paciente"),
            "de", care("Patient", "Patienten", "Name", "Besuch", "Besuche", "Zeitpunkt", "Patient"));

    private static AppSpec single() {
        return RefineFixtures.spec("""
                {"spec": 1, "name": "Clients", "entities": [
                  {"key": "client", "name": "Client", "plural": "Clients", "fields": [
                    {"key": "name", "label": "Name", "type": "text", "required": true}]}]}
                """);
    }

    private static List<String> added(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> RefineFixtures.newFields(before, after, e.key()).stream()
                .map(f -> e.key() + "." + f.label())).toList();
    }

    /** The one new field lands on {@code want} (entity key) and nowhere else. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "visit | en | add the client's signature on each visit",
        "visit | en | on visits, record the client's mood",
        "visit | en | for every visit please add the client's mood",
        "visit | en | could we log the client's blood pressure during each visit?",
        "visit | en | Hi, on each visit I'd need the client's weight too",
        "visit | en | add the clients' pain score at every visit",
        "visit | en | please capture the client's temprature at each visit, thx",
        "visit | en | On each visit we should also record the client's mood (happy, ok, low)",
        "visit | en | For visits, add the client's oxygen level",
        "visit | fr | ajoute la signature du patient sur chaque visite",
        "visit | fr | pour les visites, ajoute la tension du patient",
        "visit | fr | sur chaque visite il faut aussi le poids du patient",
        "visit | es | añade la firma del paciente en cada visita",
        "visit | es | para las visitas, añade la tensión del paciente",
        "visit | es | en cada visita añadid también el peso del paciente",
        "visit | de | bei jedem Besuch bitte die Unterschrift des Patienten ergänzen",
        "visit | de | beim Besuch fehlt noch der Blutdruck des Patienten",
        "visit | de | bitte den Puls des Patienten bei jedem Besuch ergänzen",
        // must not fire: no scope, the owner decides; the scope names the owner; the kind named plainly
        "client | en | add the client's GP name",
        "client | en | please add the client's allergies",
        "client | en | on each client add the GP name",
        "visit | en | add a mood field to the visit",
        "client | en | on each visit add the client's date of birth",
        "client | fr | ajoute le médecin traitant du patient",
        "client | es | añade el médico de cabecera del paciente",
        "client | de | beim Patienten fehlt noch der Hausarzt",
    })
    void the_scope_kind_holds_the_owners_field(String want, String lang, String message) {
        List<String> kinds = added(CARE.get(lang), RefineFixtures.refine(CARE.get(lang), message).spec()).stream()
                .map(f -> f.substring(0, f.indexOf('.'))).toList();
        assertEquals(List.of(want), kinds, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add the client's signature on each visit | Client signature",
        "on visits, record the client's mood | Client mood",
    })
    void the_owner_stays_in_the_label(String message, String label) {
        AppSpec before = CARE.get("en");
        assertEquals(List.of("visit." + label), added(before, RefineFixtures.refine(before, message).spec()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "add the client's signature on each visit",
        "add the client's mood",
    })
    void one_kind_only_takes_it(String message) {
        AppSpec before = single();
        List<String> added = added(before, RefineFixtures.refine(before, message).spec());
        assertEquals(1, added.size(), added.toString());
        assertEquals("client", added.get(0).substring(0, added.get(0).indexOf('.')));
    }
}
