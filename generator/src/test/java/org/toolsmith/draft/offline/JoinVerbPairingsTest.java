package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A record implied only by a verb between two described kinds: "which X is on which Y", "who has a seat on
 * which Y", "which X takes which Y" (present tense), "mark every X present or absent at each Y".
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
    })
    void no_record_when_a_side_or_the_verb_is_missing(String request, String record) {
        var spec = SpecCheck.draft(request);
        assertFalse(SpecCheck.names(spec).contains(record), SpecCheck.names(spec));
    }
}
