package org.toolsmith.draft.offline;

import static org.toolsmith.draft.offline.RefineFixtures.LOANS;
import static org.toolsmith.draft.offline.RefineFixtures.spec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Chat edits in French, Spanish and German, on specs labelled in the same language and on the
 * English equipment-loans spec (a team often writes in its own language about labels in English).
 */
class OfflineRefinerChatLanguagesTest {
    static final AppSpec TRAINING = spec("""
            {"spec": 1, "name": "Formations", "entities": [
              {"key": "formation", "name": "Formation", "plural": "Formations", "fields": [
                {"key": "titre", "label": "Titre", "type": "text", "required": true},
                {"key": "formateur", "label": "Formateur", "type": "text"},
                {"key": "date", "label": "Date", "type": "date"},
                {"key": "duree", "label": "Durée", "type": "decimal"},
                {"key": "lieu", "label": "Lieu", "type": "text"},
                {"key": "statut", "label": "Statut", "type": "choice", "options": ["Prévue", "Terminée"]},
                {"key": "commentaires", "label": "Commentaires", "type": "long_text"}]}]}
            """);
    static final AppSpec FAULTS = spec("""
            {"spec": 1, "name": "Incidencias", "entities": [
              {"key": "incidencia", "name": "Incidencia", "plural": "Incidencias", "fields": [
                {"key": "titulo", "label": "Título", "type": "text", "required": true},
                {"key": "descripcion", "label": "Descripción", "type": "long_text"},
                {"key": "prioridad", "label": "Prioridad", "type": "choice", "options": ["Baja", "Media", "Alta"]},
                {"key": "responsable", "label": "Responsable", "type": "text"},
                {"key": "fecha", "label": "Fecha", "type": "date"},
                {"key": "telefono", "label": "Teléfono", "type": "phone"}]}]}
            """);
    static final AppSpec VISITORS = spec("""
            {"spec": 1, "name": "Besucher", "entities": [
              {"key": "besuch", "name": "Besuch", "plural": "Besuche", "fields": [
                {"key": "name", "label": "Name", "type": "text", "required": true},
                {"key": "firma", "label": "Firma", "type": "text"},
                {"key": "ankunft", "label": "Ankunft", "type": "datetime"},
                {"key": "gastgeber", "label": "Gastgeber", "type": "text"},
                {"key": "ausweisnummer", "label": "Ausweisnummer", "type": "text"},
                {"key": "art", "label": "Art", "type": "choice", "options": ["Kunde", "Lieferant"]},
                {"key": "notizen", "label": "Notizen", "type": "long_text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Le lieu n'est plus nécessaire | -formation.lieu",
        "Les commentaires ne servent à rien | -formation.commentaires",
        "Débarrasse-toi du champ lieu | -formation.lieu",
        "Retire la durée, on ne s'en sert pas | -formation.duree",
        "Appelle le lieu « Salle » | formation.lieu~Salle",
        "Remplace Lieu par Salle | formation.lieu~Salle",
        "Le formateur doit être un employé | formation.formateur=person",
        "Le formateur est un collègue | formation.formateur=person",
        "La date doit être renseignée | formation.date!",
        "Mets la date en obligatoire | formation.date!",
        "Le statut peut aussi être « Annulée » | formation.statut[Prévue;Terminée;Annulée]",
        "Les statuts possibles sont Prévue, En cours et Terminée | formation.statut[Prévue;En cours;Terminée]",
        "Ajoute un champ niveau avec Débutant, Intermédiaire ou Avancé | +formation:choice:Niveau",
        "J'aimerais savoir qui a validé la formation et quand | +formation:person:Validé & +formation:date:Validé",
        "On voudrait aussi noter si la formation est obligatoire | +formation:boolean:Obligatoire",
        "La date doit comprendre l'heure | formation.date=datetime",
        "On a aussi besoin des sessions : chaque formation a plusieurs sessions avec une date et une salle | kind Session>formation",
        "Enlève le champ durée et rends le formateur obligatoire | -formation.duree & formation.formateur!",
        "Les formations ont aussi un formateur adjoint et une date de fin | +formation:person & +formation:date",
        "Les salles ont un nom et une capacité | kind Salle",
        "Il nous faut aussi des programmes : chaque formation appartient à un programme | kind Programme & formation>programme",
        "Ajoute le nombre de places, par exemple 12 ou 20 | +formation:integer",
        "Ajoute les publics : débutants, managers, techniciens (plusieurs possibles) | +formation:multi_choice"})
    void french(String message, String expected) {
        RefineExpect.check(TRAINING, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "El teléfono ya no hace falta | -incidencia.telefono",
        "Sobra el teléfono | -incidencia.telefono",
        "Ya no usamos la descripción | -incidencia.descripcion",
        "Llama al responsable «Técnico» | incidencia.responsable~Técnico",
        "Cambia Título por Asunto | incidencia.titulo~Asunto",
        "El responsable tiene que ser un empleado | incidencia.responsable=person",
        "Haz obligatorio el responsable | incidencia.responsable!",
        "La prioridad también puede ser Urgente | incidencia.prioridad[Baja;Media;Alta;Urgente]",
        "Las opciones de prioridad son Baja, Normal, Urgente | incidencia.prioridad[Baja;Normal;Urgente]",
        "Añade un campo categoría con Hardware, Software o Red | +incidencia:choice:Categoría",
        "Necesitamos saber quién la cerró y cuándo | +incidencia:person & +incidencia:date",
        "Queremos registrar si el cliente quedó satisfecho | +incidencia:boolean",
        "La fecha debe incluir la hora | incidencia.fecha=datetime",
        "Añade las intervenciones: cada incidencia tiene varias intervenciones con fecha y técnico | kind Intervenci>incidencia",
        "Añade el número de equipos afectados, y el responsable es obligatorio | +incidencia:integer & incidencia.responsable!",
        "Las incidencias tienen también una fecha de cierre | +incidencia:date",
        "Quita el teléfono. La prioridad debe ser Media por defecto | -incidencia.telefono",
        "Los técnicos tienen un nombre y un teléfono | kind Técnico",
        "Necesitamos también equipos: cada incidencia pertenece a un equipo | kind Equipo & incidencia>equipo"})
    void spanish(String message, String expected) {
        RefineExpect.check(FAULTS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Ausweisnummer wird nicht mehr benötigt | -besuch.ausweisnummer",
        "Wir benutzen die Firma nicht mehr | -besuch.firma",
        "Die Notizen sind überflüssig | -besuch.notizen",
        "Nenne die Firma „Unternehmen“ | besuch.firma~Unternehmen",
        "Ersetze Firma durch Unternehmen | besuch.firma~Unternehmen",
        "Der Gastgeber ist ein Kollege | besuch.gastgeber=person",
        "Die Firma muss ausgefüllt werden | besuch.firma!",
        "Der Name ist nicht mehr Pflicht | besuch.name?",
        "Art soll Kunde, Lieferant oder Bewerber sein | besuch.art[Kunde;Lieferant;Bewerber]",
        "Füge Bewerber zur Art hinzu | besuch.art[Kunde;Lieferant;Bewerber]",
        "Bitte noch die E-Mail-Adresse erfassen | +besuch:email:E-Mail-Adresse",
        "Ich möchte wissen, wer den Besuch genehmigt hat und wann | +besuch:person:Genehmigt & +besuch:date:Genehmigt",
        "Füge einen Abreisezeitpunkt hinzu und mache den Gastgeber zur Pflicht | +besuch:datetime & besuch.gastgeber!",
        "Wir wollen festhalten, ob der Besucher eingewiesen wurde | +besuch:boolean",
        "Bitte ein Feld für die Lieferadresse hinzufügen und Notizen entfernen | +besuch:long_text & -besuch.notizen",
        "Die Besuche haben auch ein Enddatum | +besuch:date",
        "Jeder Besuch hat auch eine Abteilung | +besuch:text",
        "Entferne die Notizen, die Art soll standardmäßig Kunde sein | -besuch.notizen",
        "Die Termine haben ein Datum und eine Dauer | kind Termin",
        "Wir brauchen auch Abteilungen: jeder Besuch gehört zu einer Abteilung | kind Abteilung & besuch>abteilung"})
    void german(String message, String expected) {
        RefineExpect.check(VISITORS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Supprime les notes | -loan.notes",
        "Les prêts ont aussi une date de rappel | +loan:date",
        "Die Ausleihen haben auch ein Rückrufdatum | +loan:date",
        "Le prix d'achat ne sert à rien | -item.purchase_price",
        "L'emprunteur doit être un employé | loan.borrower=person",
        "Ajoute Perdu aux états | loan.condition[Good;Damaged;Perdu]",
        "Chaque prêt doit avoir un numéro de référence unique | +loan:text:Numéro",
        "Ya no necesitamos el número de serie | -item.serial_number",
        "Haz obligatoria la fecha de devolución | +loan:date:Fecha",
        "Cambia el nombre de Notas a Observaciones | loan.notes~Observaciones",
        "Añade una foto del artículo y quita las notas | +loan:file & -loan.notes",
        "Die Seriennummer brauchen wir nicht mehr | -item.serial_number",
        "Benenne Notizen in Bemerkungen um | loan.notes~Bemerkungen",
        "Füge Verloren beim Zustand hinzu | loan.condition[Good;Damaged;Verloren]",
        "Mach die Seriennummer zur Pflicht | item.serial_number!",
        "Füge die Marke hinzu: Dell, HP oder Lenovo | +item:choice:Marke",
        "Il nous faut savoir qui a fait le contrôle | +loan:person:Contrôle",
        "Quiero saber quién hizo la revisión y cuándo | +loan:person:Revisión & +loan:date:Revisión"})
    void other_languages_on_an_english_spec(String message, String expected) {
        RefineExpect.check(LOANS, message, expected);
    }
}
