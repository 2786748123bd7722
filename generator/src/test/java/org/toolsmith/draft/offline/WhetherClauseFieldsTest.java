package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * A yes/no question in an edit ("whether …", "s'il y a …", "si se …", "ob es … gibt") is a field named by the thing asked
 * about: "il y a" and where the thing is are no part of the name, a Spanish "se" passive is named by its participle, a word
 * for a note or a mark in front of the question names nothing, a German comma before "ob" cuts nothing, a question of
 * which of two a person is names the choice by its values, a question that says what a linked kind is goes on that kind,
 * and a name headed by a word for a date is a date even when it speaks of a person.
 */
class WhetherClauseFieldsTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Repairs", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true}]},
              {"key": "visit", "name": "Visit", "plural": "Visits", "fields": [
                {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"},
                {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Locations", "entities": [
              {"key": "logement", "name": "Logement", "plural": "Logements", "fields": [
                {"key": "adresse", "label": "Adresse", "type": "text", "required": true}]},
              {"key": "sejour", "name": "Séjour", "plural": "Séjours", "fields": [
                {"key": "logement", "label": "Logement", "type": "reference", "target": "logement"},
                {"key": "arrivee", "label": "Arrivée", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Almacén", "entities": [
              {"key": "local", "name": "Local", "plural": "Locales", "fields": [
                {"key": "nombre", "label": "Nombre", "type": "text", "required": true}]},
              {"key": "entrega", "name": "Entrega", "plural": "Entregas", "fields": [
                {"key": "local", "label": "Local", "type": "reference", "target": "local"},
                {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Umzüge", "entities": [
              {"key": "umzug", "name": "Umzug", "plural": "Umzüge", "fields": [
                {"key": "kunde", "label": "Kunde", "type": "text", "required": true},
                {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    /** The fields the edit added, as "kind.Label:type". */
    private static List<String> added(AppSpec before, AppSpec after) {
        return after.entities().stream().flatMap(e -> e.fields().stream()
                        .filter(f -> before.entity(e.key()).map(Entity::fields).orElse(List.of()).stream().noneMatch(g -> g.key().equals(f.key())))
                        .map(f -> e.key() + "." + f.label() + ":" + f.type().name().toLowerCase()))
                .collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | on visits, add if there's a parking space                                       | visit.Parking space:boolean
            en | on visits we need the gate code and a note of whether the alarm was set          | visit.Gate code:text;visit.Alarm set:boolean
            en | the inspector wants a record of whether a permit was shown. Can you add both?    | visit.Permit shown:boolean
            en | add whether they're a member or a guest to the customers                          | customer.Member or guest:choice
            en | add whether the customer is a landlord or an agent                                | customer.Customer type:choice
            en | on customers, add the date the account holder joined                              | customer.Date:date
            en | on visits add the date the supervisor took on the job                             | visit.Supervisor took on job date:date
            fr | pour les séjours, noter s'il y a des dégâts                                        | sejour.Dégâts:boolean
            fr | on aimerait noter s'il y a un lave-vaisselle dans le logement                    | logement.Lave-vaisselle:boolean
            fr | ajoute s'il y a une caution                                                        | sejour.Caution:boolean
            es | en las entregas añade si se cobró al cliente                                       | entrega.Cobrado al cliente:boolean
            es | añade si se devolvió                                                               | entrega.Devuelto:boolean
            es | en las entregas añade si se hizo la factura                                        | entrega.Factura hecha:boolean
            es | añade si el local es accesible en silla de ruedas                                  | local.Accesible en silla:boolean
            de | Ergänze, ob es im Keller einen Stellplatz gibt                                     | umzug.Stellplatz:boolean
            de | Beim Umzug fehlt, ob jemand ein Klavier mitbringt                                  | umzug.Klavier:boolean
            de | Bitte noch die Etage und ein Häkchen, ob die Parkzone beantragt wurde             | umzug.Etage:integer;umzug.Parkzone beantragt:boolean
            """)
    void a_yes_no_question_is_a_field_named_by_its_thing(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(";")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | on visits, add a photo if there's damage                 | visit.Photo:file
            en | on visits we record whether the alarm was set            | visit.Alarm set:boolean
            en | add whether the customer was called back                 | visit.Called back:boolean
            en | add the customer contact person                          | visit.Customer contact person:person
            fr | pour les séjours, ajoute une photo quand il y a un dégât | sejour.Photo:file
            es | en las entregas, añade una foto si hay daños            | entrega.Foto:file
            de | Beim Umzug bitte ein Foto ergänzen, wenn es einen Schaden gibt | umzug.Foto:file
            """)
    void a_condition_or_an_event_stays_as_it_was(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(";")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }
}
