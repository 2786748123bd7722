package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * The chatty part beside an edit ({@link BesideRemarks}): what holds for some records or some of the time, a rule given
 * as the reason and a bracket that gives a reason are left out; "add both" adds the two things named before.
 */
class BesideRemarksTest {
    private static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Kennels", "entities": [
              {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [
                {"key": "owner", "label": "Owner", "type": "text", "required": true},
                {"key": "arrives", "label": "Arrives", "type": "date"}]}]}
            """);
    private static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Pension", "entities": [
              {"key": "sejour", "name": "Séjour", "plural": "Séjours", "fields": [
                {"key": "proprietaire", "label": "Propriétaire", "type": "text", "required": true},
                {"key": "arrivee", "label": "Arrivée", "type": "date"}]}]}
            """);
    private static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Residencia", "entities": [
              {"key": "estancia", "name": "Estancia", "plural": "Estancias", "fields": [
                {"key": "dueno", "label": "Dueño", "type": "text", "required": true},
                {"key": "llegada", "label": "Llegada", "type": "date"}]}]}
            """);
    private static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Tierpension", "entities": [
              {"key": "aufenthalt", "name": "Aufenthalt", "plural": "Aufenthalte", "fields": [
                {"key": "halter", "label": "Halter", "type": "text", "required": true},
                {"key": "ankunft", "label": "Ankunft", "type": "date"}]}]}
            """);

    private static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> FR;
            case "es" -> ES;
            case "de" -> DE;
            default -> EN;
        };
    }

    private static List<String> added(AppSpec before, AppSpec after) {
        return RefineFixtures.newFields(before, after, before.entities().get(0).key()).stream()
                .map(f -> f.label() + ":" + f.type().name().toLowerCase()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            add the vet's phone number. A few of the younger cats get very stressed at the door.           | add the vet's phone number.
            add the vet's phone number, lots of our regulars bring their own baskets                         | add the vet's phone number
            add a departure date, new rules from the insurer                                                 | add a departure date
            add a departure date (we need the insurer's approval for long stays)                             | add a departure date
            ajoute le numéro du vétérinaire. Certains propriétaires partent à l'étranger pendant des mois.   | ajoute le numéro du vétérinaire.
            ajoute une date de départ, nouvelle réglementation de la préfecture                              | ajoute une date de départ
            ajoute une date de départ (c'est très important pour la facturation du séjour)                   | ajoute une date de départ
            añade el teléfono del veterinario, algunos dueños viajan durante semanas                         | añade el teléfono del veterinario
            añade la fecha de salida (porque lo exige la gestoría cada trimestre)                            | añade la fecha de salida
            ergänze die Telefonnummer vom Tierarzt, manchmal kommen die Halter erst spät am Abend            | ergänze die Telefonnummer vom Tierarzt
            ergänze das Abreisedatum, neue Vorschrift vom Veterinäramt                                       | ergänze das Abreisedatum
            add the vet's phone number, so that the night staff know who to ring                             | add the vet's phone number
            add the vet's phone number. That saves us a lot of searching at night.                           | add the vet's phone number.
            ajoute le numéro du vétérinaire, comme ça l'équipe de nuit sait qui appeler, même le dimanche    | ajoute le numéro du vétérinaire
            ajoute le numéro du vétérinaire, ça évite de chercher dans les classeurs                         | ajoute le numéro du vétérinaire
            añade el teléfono del veterinario, así el turno de noche sabe a quién llamar                     | añade el teléfono del veterinario
            añade el teléfono del veterinario, en caso de urgencia nocturna                                  | añade el teléfono del veterinario
            ergänze die Telefonnummer vom Tierarzt, damit die Nachtschicht weiß, wen sie anruft              | ergänze die Telefonnummer vom Tierarzt
            ergänze die Telefonnummer vom Tierarzt, das spart uns nachts die Sucherei                        | ergänze die Telefonnummer vom Tierarzt
            le propriétaire, ça embrouille les stagiaires, appelle-le Maître                                  | le propriétaire, appelle-le Maître
            """)
    void the_remark_beside_the_edit_is_left_out(String message, String kept) {
        assertEquals(kept, BesideRemarks.cut(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            add the vet's phone number. Some of the notes are long, often several paragraphs.
            add the diet, sometimes it's a long list
            add the vet's phone number, some owners want a text message, so add their mobile too
            add the feeding times (often more than one)
            add a departure date (we need it for the invoice)
            add the breed (Labrador, Collie or other)
            ajoute le régime, parfois c'est une longue liste
            añade la dieta, a veces son 2 o 3 cosas
            ergänze die Rasse, oft mehrere
            ergänze die Allergien, manchmal müssen wir auch die Medikamente notieren
            Some owners bring two dogs, add the second dog's name
            add the diet, that status should be required too
            add the vet's phone number, so we no longer need the old contact field
            ergänze die Rasse, das Gewicht fehlt auch noch
            ergänze die Rasse, das heißt bei uns Schlag
            ajoute la race, et ça n'apparaît nulle part dans la fiche
            """)
    void a_hint_or_a_request_is_kept(String message) {
        assertEquals(message, BesideRemarks.cut(message), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The insurer now wants the vet's name and a record of whether the vaccinations were checked. Can you add both please? | Vet name:text, Vaccinations checked:boolean
            fr | L'assurance demande maintenant le nom du vétérinaire et la date du dernier vaccin. Tu peux ajouter les deux ? | Nom du vétérinaire:text, Date du dernier vaccin:date
            es | El seguro ahora pide el nombre del veterinario y la fecha de la última vacuna. ¿Puedes añadir ambos? | Nombre del veterinario:text, Fecha de la última vacuna:date
            de | Die Versicherung will jetzt die Chipnummer und das Impfdatum. Bitte beide ergänzen. | Chipnummer:text, Impfdatum:date
            """)
    void both_adds_the_two_things_named_before(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(",\\s*")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add the vet's phone number. Half of the cats get nervous at night so it helps to know. | Vet phone number:phone
            """)
    void a_remark_adds_no_field(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields.split(",\\s*")), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }

    @Test
    void a_remark_after_a_rename_leaves_the_rename_alone() {
        // the rename is made, and the remark adds nothing and changes nothing else
        RefineExpect.check(DE, "Halter bitte in Besitzer umbenennen, manchmal bringt ja die Nachbarin den Hund", "aufenthalt.halter~Besitzer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | add a record of whether the vaccinations were checked                  | Vaccinations checked:boolean
            fr | ajoute une trace de qui a vérifié les vaccins                          | Vérifié par:person
            es | añade un registro de si se revisaron las vacunas                       | Vacunas revisadas:boolean
            de | ergänze einen Vermerk, ob die Impfungen geprüft wurden                 | Impfungen geprüft:boolean
            """)
    void a_record_of_a_question_adds_the_question(String lang, String message, String fields) {
        AppSpec before = spec(lang);
        assertEquals(List.of(fields), added(before, new OfflineRefiner().refine(before, message).spec()), message);
    }
}
