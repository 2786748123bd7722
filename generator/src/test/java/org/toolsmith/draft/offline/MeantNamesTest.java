package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;

/**
 * A new field under the name the person meant, and nothing more (session 15, r1): a verdict said after the request is no
 * field ("Add a photo. Would be good for the insurers.", "ce serait bien pour l'assurance", "sería útil para compras",
 * "wäre gut für die Versicherung"); "during / at / lors de / pendant / durante / während each X" is where the field goes,
 * not part of its name; "could mechanics upload …" asks; a Spanish "done by" agrees with the thing done ("quién autorizó la
 * compra" → Autorizada por). Must not fire: "it would be good to have a photo", "would be useful to know who …", "quién
 * firmó el contrato" (Firmado por), "quién la preparó" (a pronoun: Preparado por), "Price per night", French labels.
 * The rows list every new field's label exactly, so an extra field fails. Phrasings of our own.
 */
class MeantNamesTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Fleet", "entities": [{"key": "vehicle", "name": "Vehicle", "plural": "Vehicles", "fields": [{"key": "plate", "label": "Plate", "type": "text", "required": true}, {"key": "model", "label": "Model", "type": "text"}]}, {"key": "tyre_inspection", "name": "Tyre inspection", "plural": "Tyre inspections", "fields": [{"key": "vehicle", "label": "Vehicle", "type": "reference", "target": "vehicle", "required": true}, {"key": "inspected_on", "label": "Inspected on", "type": "date"}, {"key": "notes", "label": "Notes", "type": "long_text"}]}, {"key": "leave_request", "name": "Leave request", "plural": "Leave requests", "fields": [{"key": "employee", "label": "Employee", "type": "text", "required": true}, {"key": "first_day", "label": "First day", "type": "date"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Flotte", "entities": [{"key": "vehicule", "name": "Véhicule", "plural": "Véhicules", "fields": [{"key": "immatriculation", "label": "Immatriculation", "type": "text", "required": true}]}, {"key": "controle", "name": "Contrôle des pneus", "plural": "Contrôles des pneus", "fields": [{"key": "vehicule", "label": "Véhicule", "type": "reference", "target": "vehicule", "required": true}, {"key": "date", "label": "Date", "type": "date"}]}, {"key": "demande", "name": "Demande de congé", "plural": "Demandes de congé", "fields": [{"key": "salarie", "label": "Salarié", "type": "text", "required": true}, {"key": "debut", "label": "Début", "type": "date"}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Flota", "entities": [{"key": "vehiculo", "name": "Vehículo", "plural": "Vehículos", "fields": [{"key": "matricula", "label": "Matrícula", "type": "text", "required": true}]}, {"key": "revision", "name": "Revisión de neumáticos", "plural": "Revisiones de neumáticos", "fields": [{"key": "vehiculo", "label": "Vehículo", "type": "reference", "target": "vehiculo", "required": true}, {"key": "fecha", "label": "Fecha", "type": "date"}]}, {"key": "solicitud", "name": "Solicitud de vacaciones", "plural": "Solicitudes de vacaciones", "fields": [{"key": "empleado", "label": "Empleado", "type": "text", "required": true}, {"key": "inicio", "label": "Inicio", "type": "date"}]}, {"key": "taller", "name": "Taller", "plural": "Talleres", "fields": [{"key": "titulo", "label": "Título", "type": "text", "required": true}]}, {"key": "factura", "name": "Factura", "plural": "Facturas", "fields": [{"key": "numero", "label": "Número", "type": "text", "required": true}, {"key": "importe", "label": "Importe", "type": "money"}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Fuhrpark", "entities": [{"key": "fahrzeug", "name": "Fahrzeug", "plural": "Fahrzeuge", "fields": [{"key": "kennzeichen", "label": "Kennzeichen", "type": "text", "required": true}]}, {"key": "pruefung", "name": "Reifenprüfung", "plural": "Reifenprüfungen", "fields": [{"key": "fahrzeug", "label": "Fahrzeug", "type": "reference", "target": "fahrzeug", "required": true}, {"key": "datum", "label": "Datum", "type": "date"}]}, {"key": "antrag", "name": "Urlaubsantrag", "plural": "Urlaubsanträge", "fields": [{"key": "mitarbeiter", "label": "Mitarbeiter", "type": "text", "required": true}]}]}
            """);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // the good the edit would do, said after it: a verdict, no field
        "en | add a photo. Would be good for the insurers. | tyre_inspection:Photo",
        "en | Could we have a photo of the damage? It'd really help the claims team. | tyre_inspection:Photo of damage",
        "en | Can you add a signature field? That would make life easier for the drivers. | tyre_inspection:Signature",
        "en | add whether the tyres were rotated. Would be great for planning. | tyre_inspection:Tyres rotated",
        "en | I'd like the garage name on each inspection. Super useful for accounts | tyre_inspection:Garage name",
        "en | pls add a photo :) would be nice for the auditors | tyre_inspection:Photo",
        "en | add the garage name. Really handy for the accountants! | tyre_inspection:Garage name",
        "en | please add the tread depth during each inspection, that'd be great | tyre_inspection:Tread depth",
        "en | add a due date. It would help the planners a lot. | tyre_inspection:Due date",
        "en | Can we add a photo? Would be nice for the insurers too. | tyre_inspection:Photo",
        // a scope word before the kind is no part of the name; others asked to attach something
        "en | add the tread depth during each inspection | tyre_inspection:Tread depth",
        "en | add the wheel nut torque at every inspection | tyre_inspection:Wheel nut torque",
        "en | Morning! Could mechanics upload a photo of the worn tyre? | tyre_inspection:Photo of worn tyre",
        "fr | ajoutez une photo. Ce serait bien pour l'assurance. | controle:Photo",
        "fr | Bonjour, ajoutez la marque des pneus. Ce serait utile pour les acheteurs. | controle:Marque des pneus",
        "fr | il faut une photo, ça aiderait l'assurance | controle:Photo",
        "fr | ajoutez la pression des pneus lors de chaque contrôle | controle:Pression des pneus",
        "fr | ajoutez la profondeur de gomme pendant chaque contrôle | controle:Profondeur de gomme",
        "es | añadid una foto. Sería útil para la aseguradora. | revision:Foto",
        "es | añadid la marca de los neumáticos, sería útil para compras | revision:Marca de los neumáticos",
        "es | añade la marca, nos vendría muy bien para compras | vehiculo:Marca",
        "es | añade la profundidad durante cada revisión | revision:Profundidad",
        // who did it: the label agrees with the thing done that the message names
        "es | me gustaría apuntar quién autorizó la solicitud | solicitud:Autorizada por",
        "es | hay que anotar quién revisó cada factura | factura:Revisada por",
        "es | quién validó la solicitud | solicitud:Validada por",
        "es | Hola! quien ha revisado la factura? | factura:Revisada por",
        "es | quién gestiona cada solicitud | solicitud:Gestionada por",
        "de | bitte noch ein Foto. Wäre gut für die Versicherung. | pruefung:Foto",
        "de | Bitte ein Foto hinzufügen, das wäre hilfreich für die Buchhaltung | pruefung:Foto",
        "de | Foto bitte hinzufügen – wäre super für die Versicherung | pruefung:Foto",
        "de | bitte die Profiltiefe während jeder Prüfung erfassen | pruefung:Profiltiefe",
        // must not fire: the verdict that still asks, a masculine or pronoun object, a rate
        "en | It would be good to have a photo on each inspection | tyre_inspection:Photo",
        "en | would be useful to know who checked the tyres | tyre_inspection:Checked by",
        "en | That would help us see who rotated the tyres | tyre_inspection:Rotated by",
        "en | add the price per night | tyre_inspection:Price per night",
        "fr | ce serait bien d'avoir une photo | controle:Photo",
        "fr | il nous faut aussi qui a signé chaque demande | demande:Signé par",
        "es | sería útil tener la presión de los neumáticos | revision:Presión de los neumáticos",
        "es | queremos saber quién firmó el contrato | revision:Firmado por",
        "es | necesito saber quién la preparó | revision:Preparado por",
        "es | falta quién imparte cada taller | taller:Impartido por",
        "de | wäre gut, wenn wir ein Foto hätten | pruefung:Foto"
    })
    void adds_the_field_under_the_name_meant(String lang, String message, String expected) {
        AppSpec before = Map.of("fr", FR, "es", ES, "de", DE).getOrDefault(lang, EN);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        List<String> fresh = new ArrayList<>();
        for (Entity e : after.entities()) {
            for (Field f : e.fields()) {
                if (before.entity(e.key()).flatMap(b -> b.field(f.key())).isEmpty()) {
                    fresh.add(e.key() + ":" + f.label());
                }
            }
        }
        assertEquals(expected.strip(), fresh.stream().sorted().collect(Collectors.joining(" ; ")), message);
    }
}
