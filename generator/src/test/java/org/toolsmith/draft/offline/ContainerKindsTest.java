package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;

/**
 * The kind a sheet, a book, a log or a list holds, named in the request's opening phrase ({@link HeadNames#containerKind}):
 * "a daily sign in sheet" holds sign-ins, "a fault tracker" faults, "eine Anwesenheitsliste" Anwesenheiten; and
 * "each return request logged with" is a return request, the verb word "request" a noun after "each".
 */
class ContainerKindsTest {
    private static String kinds(String prompt) {
        AppSpec spec = new OfflineDrafter().draft(prompt);
        return spec.entities().stream().map(Entity::name).collect(Collectors.joining(", "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi all, we need a daily sign in sheet for the after school club - child, time they arrived, who dropped them off and any notes.|Sign-in",
        "Could we get a sign-out sheet for the tool store: tool, who took it, date taken and date returned.|Sign-out",
        "Visitor sign in book for reception: visitor, time in, time out, host.|Sign-in",
        "hi - a key sign-out sheet would be great. key number, person, date out, date back|Sign-out",
        "Hello! Need a weekly cleaning rota for the kitchen - who, which day, area cleaned and done yes/no.|Cleaning",
        "Need a daily temperature log for the fridges - fridge, reading, time and checked by|Temperature",
        "We need a check-in sheet for the gym - member, time, and which class.|Check-in",
        "Our front desk keeps a parcel book - parcel number, recipient, date received and collected (yes/no).|Parcel",
        "We'd like a late arrivals register for year 9: pupil, date, minutes late and reason.|Late arrival",
        "I'd like each maintenance request logged with: room, problem, date reported and priority (low, medium, high).|Maintenance request",
        "hiya, could every return request be logged with: order no, customer, reason and date received|Return request",
        "Hi! I'd like each repair order recorded with: bike, fault, price and date in.|Repair order",
        "Could we have a simple overtime log for the warehouse team: employee, date, hours and approved by.|Overtime",
        "Bonjour, il nous faudrait une feuille de présence quotidienne pour la garderie : enfant, heure d'arrivée, qui l'a déposé.|Présence",
        "Il nous faut un cahier de suivi des pannes pour l'atelier : machine, description, date, statut (ouvert, réparé).|Panne",
        "Bonjour, un carnet des prêts de clés svp : clé, personne, date de sortie, date de retour.|Prêt",
        "Salut, on voudrait un cahier des livraisons pour la cuisine : fournisseur, date, nombre de colis, vérifié par.|Livraison",
        "Hola, necesitamos un cuaderno de averías para el taller: máquina, descripción, fecha y estado (abierta, reparada).|Avería",
        "Un listado de préstamos de llaves: llave, persona, fecha de salida, fecha de devolución.|Préstamo",
        "Buenas, queremos un libro de visitas para la recepción: visitante, empresa, hora de entrada, a quién visita.|Visita",
        "Necesitamos una hoja de incidencias semanal para el almacén: fecha, descripción, responsable y estado.|Incidencia",
        "Hallo, wir brauchen eine tägliche Anwesenheitsliste für die Frühbetreuung: Kind, Ankunftszeit, wer es gebracht hat.|Anwesenheit",
        "Wir möchten ein Besucherbuch am Empfang: Name, Firma, Uhrzeit, besuchte Person.|Besucher",
        "Eine Störungsliste für die Werkstatt: Maschine, Beschreibung, Datum, Status (offen, behoben).|Störung",
        "Wir brauchen einen Schlüsselausgabe-Plan: Schlüssel, Person, Ausgabedatum, Rückgabedatum.|Schlüsselausgabe",
        // must not fire: the sheets themselves are what is tracked
        "We need to track sign-off sheets for each project: project, signed by, date signed and the scanned sheet.|Sign-off sheet",
        "Employees submit a timesheet each week with the hours per day and the project.|Timesheet",
    })
    void the_sheet_names_the_kind_it_holds(String prompt, String kind) {
        String got = kinds(prompt);
        assertTrue(got.startsWith(kind), prompt + " → " + got);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a list that is a kind of box, not of things; "tableau de bord", "hoja de cálculo", "Preisliste", "Tagebuch"
        "EN|We need a pick list for the warehouse",
        "EN|we need a to-do list for the team",
        "EN|Employees submit a timesheet each week",
        "EN|We need to track sign-off sheets",
        "EN|we book rooms for the day",
        "FR|Un tableau de bord pour les ventes",
        "FR|il nous faut une feuille de temps pour l'équipe",
        "ES|una hoja de cálculo para el almacén",
        "DE|Eine Preisliste für den Laden",
        "DE|Ein Tagebuch für die Klasse",
    })
    void a_box_or_a_sheet_of_its_own_holds_no_kind(String lang, String head) {
        assertEquals(null, new HeadNames(Lexicon.load(Lang.valueOf(lang))).containerKind(head));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we need a daily sign in sheet for the breakfast club|Sign-in",
        "a log of deliveries to the warehouse|Delivery",
        "Can you build a fault tracker for the workshop|Fault",
        "Could we have a simple register of visitors|Visitor",
        "I'd like each return request logged with|Return request",
        "We need to track sign-off sheets|Sign-off sheet",
    })
    void heading_names(String head, String name) {
        assertEquals(name, new HeadNames(Lexicon.load(Lang.EN)).headName(head));
    }
}
