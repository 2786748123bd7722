package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A record implied only by a verb between two described kinds: "which X is on which Y", "who has a seat on
 * which Y", "which X takes which Y" (present tense), "mark every X present or absent at each Y"; and in four languages
 * "log who was trained on which press", "which tools went out on which job", "sign-ups: which member for which class",
 * "qui est inscrit à quel atelier", "quién se apuntó a qué curso", "wer sich für welchen Kurs angemeldet hat".
 */
class JoinVerbPairingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi all! Volunteers have a name and phone. Shifts have a date and a place. We need to track which volunteer is on which shift.|Assignment|Volunteer|Shift",
        "Summer camp. Kids: name, age. Groups: name, leader. we need to know which kid is in which group this term|Assignment|Kid|Group",
        "Workshops: title, start date. Trainees: name, email. We'd like to know which trainee has a seat on which workshop.|Booking|Trainee|Workshop",
        "Nurses: name, grade. Wards: name, floor. Pls track which nurse is assigned to which ward (it changes weekly).|Assignment|Nurse|Ward",
        "Students have a name and a year. Clubs have a name and a weekday. The office wants to know which student attends which club.|Attendance|Student|Club",
        "Members: name, email. Classes: title, time. Log which member takes which class.|Enrollment|Member|Class",
        "Drivers: name, licence no. Routes: code, depot. Also which driver drives which route.|Assignment|Driver|Route",
        "Our choir app: musicians (name, instrument, phone) and rehearsals (date, venue). We want to mark every musician present or absent at each rehearsal.|Attendance|Musician|Rehearsal",
        "Players: name, shirt number. Practices: date, pitch. The coach should record each player as present/absent for every practice.|Attendance|Player|Practice",
        "Pupils: name, class. Lessons: date, subject. Teachers mark all pupils present or absent in each lesson.|Attendance|Pupil|Lesson",
        "We have about 40 players - we need name, shirt number and phone. Then the matches: date, opponent, home or away. For every match the coach will mark each player as present, injured, absent or excused, with a short note.|Attendance|Match|Player",
        "Scouts: name, patrol, parent phone. Meetings: date, theme. At each meeting the leader records every scout as present or absent.|Attendance|Scout|Meeting",

        // said as a clause, in four languages (no verb object: "sign-ups: which member for which class")
        "Employees: name, team. Forklifts: fleet no, make. We must record who was trained on which forklift.|Training|Employee|Forklift",
        "Fitters: name, grade. Machines: serial, model. pls note down who was trained on what, auditors want it|Training|Fitter|Machine",
        "Ladders: code, height. Sites: address, client. We want to see which ladders went out on which site.|Checkout|Ladder|Site",
        "Gym app. Members: name, email. Classes: title, weekday. Keep track of sign-ups: which member for which class.|Signup|Member|Class",
        "Campers: name, age. Cabins: name, beds. Also the bookings (which camper - which cabin).|Booking|Camper|Cabin",
        "Players have a name and a number. Tournaments have a name and a date. Also log which player went to which tournament!|Attendance|Player|Tournament",
        "Staff: name, shift. Courses: title, hours. Track who was trained in which course and when.|Training|Staff|Course",
        "Vans: plate, model. Jobs: address, day. Log which vans go out on which job|Checkout|Van|Job",
        "Bonjour ! Bénévoles : nom, téléphone. Ateliers : titre, date. On veut savoir qui est inscrit à quel atelier.|Inscription|Bénévole|Atelier",
        "Élèves : nom, classe. Livres : titre, auteur. Il faut noter quel élève a emprunté quel livre.|Emprunt|Élève|Livre",
        "Adhérents : nom, email. Sorties : lieu, date. Et surtout qui participe à quelle sortie, merci|Participation|Adhérent|Sortie",
        "Hola. Voluntarios: nombre, teléfono. Turnos: fecha, hora. Queremos saber quién se apuntó a qué turno.|Inscripción|Voluntario|Turno",
        "Socios: nombre, cuota. Pistas: número, tipo. Hay que ver qué socio reservó qué pista.|Reserva|Socio|Pista",
        "Alumnos: nombre, curso. Talleres: nombre, día. Anotar quien esta inscrito en que taller|Inscripción|Alumno|Taller",
        "Hallo! Helfer: Name, Telefon. Schichten: Datum, Ort. Wir möchten wissen, wer sich für welche Schicht angemeldet hat.|Anmeldung|Helfer|Schicht",
        "Mitglieder: Name, E-Mail. Kurse: Titel, Wochentag. Und wer an welchem Kurs teilnimmt.|Teilnahme|Mitglied|Kurs",
        "Fahrer: Name, Führerschein. Touren: Datum, Ziel. Wir planen, welcher Fahrer in welcher Tour eingeteilt ist.|Einsatz|Fahrer|Tour",
    })
    void the_verb_names_a_record_linking_both(String request, String record, String a, String b) {
        var spec = SpecCheck.draft(request);
        assertTrue(SpecCheck.links(spec, record, a), SpecCheck.names(spec));
        assertTrue(SpecCheck.links(spec, record, b), SpecCheck.names(spec));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tasks: title, due date. Mark every task done or not done.|Attendance",
        "Tasks: title, due date. For each task we mark the status as present or absent.|Attendance",
        "Invoices: number, amount. Customers: name. Mark every invoice as paid at the end of the month.|Attendance",
        "Vans: plate, model. Track which driver is on which van.|Assignment",
        "Rooms: number, floor. Guests: name. Show which guest has a dog in which room.|Booking",

        "Printers: model, serial. For each printer note which room it is in.|Assignment",
        "Printers: model, serial. Rooms: number, floor. Users: name. We note who was trained on what.|Training",
        "Ateliers : titre, date. On veut savoir qui est inscrit à quel atelier.|Inscription",
        "Cursos: título, fecha. Queremos saber quién se apuntó a qué curso.|Inscripción",
        "Schichten: Datum, Ort. Wir möchten wissen, wer sich für welche Schicht angemeldet hat.|Anmeldung",
        "Bénévoles : nom, téléphone. Ateliers : titre, date. Pour chaque atelier on note quelle salle est prévue.|Affectation",
    })
    void no_record_when_a_side_or_the_verb_is_missing(String request, String record) {
        var spec = SpecCheck.draft(request);
        assertFalse(SpecCheck.names(spec).contains(record), SpecCheck.names(spec));
    }
}
