package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Session 28 (helper s28o), options in chat edits, phrasings of our own in four languages: a new detail's values said in
 * a clause after its name ({@link ValueClause}: "one of …", "which can be …", "with the values …", "choose from …",
 * "either … or …", "ranging from XS to XL", "qui peut être …", "au choix …", "que puede ser …", "a elegir entre …",
 * "das … sein kann", "mit den Werten …", "entweder …") is one choice with those values, never several details; and a
 * choice's whole list said anew by a verb of changing ({@link OptionsReplaced}: "change the X options to …", "remplace
 * les X par …", "cambia las X por …", "ersetze die X durch …") replaces the old values. Rows that must not fire: a list of
 * things with articles, a flag before the list, a value with its own bracket, a list said with "also".
 */
class ValueClauseTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Room bookings", "entities": [{"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [{"key": "room", "label": "Room", "type": "text", "required": true}, {"key": "booked_by", "label": "Booked by", "type": "person"}, {"key": "day", "label": "Day", "type": "date"}, {"key": "status", "label": "Status", "type": "choice", "options": ["Pending", "Confirmed", "Cancelled"]}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Réservations de salles", "entities": [{"key": "reservation", "name": "Réservation", "plural": "Réservations", "fields": [{"key": "salle", "label": "Salle", "type": "text", "required": true}, {"key": "demandeur", "label": "Demandeur", "type": "person"}, {"key": "jour", "label": "Jour", "type": "date"}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["En attente", "Confirmée", "Annulée"]}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Reservas de salas", "entities": [{"key": "reserva", "name": "Reserva", "plural": "Reservas", "fields": [{"key": "sala", "label": "Sala", "type": "text", "required": true}, {"key": "solicitante", "label": "Solicitante", "type": "person"}, {"key": "dia", "label": "Día", "type": "date"}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Pendiente", "Confirmada", "Cancelada"]}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Raumbuchungen", "entities": [{"key": "buchung", "name": "Buchung", "plural": "Buchungen", "fields": [{"key": "raum", "label": "Raum", "type": "text", "required": true}, {"key": "gebucht_von", "label": "Gebucht von", "type": "person"}, {"key": "tag", "label": "Tag", "type": "date"}, {"key": "status", "label": "Status", "type": "choice", "options": ["Offen", "Bestätigt", "Storniert"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "add a seating layout, one of theatre, classroom or boardroom | +booking:choice:Seating layout & booking.seating_layout[Theatre;Classroom;Boardroom]",
        "add catering, which can be none, coffee or lunch | +booking:choice:Catering & booking.catering[None;Coffee;Lunch]",
        "add a floor with the values ground, first and second | +booking:choice:Floor & booking.floor[Ground;First;Second]",
        "add a projector field? it's either needed or not needed | +booking:choice:Projector & booking.projector[Needed;Not needed]",
        "add a badge size, ranging from XS to L | +booking:choice:Badge size & booking.badge_size[XS;S;M;L]",
        "change the status options to draft, booked and held | booking.status[Draft;Booked;Held]",
        // must not fire: things with articles, a flag before the values, a value with its own bracket, values added
        "add the host, either the booker or the manager | +booking:person:Host",
        "add Held too to the status values | booking.status[Pending;Confirmed;Cancelled;Held]"})
    void english(String message, String expected) {
        RefineExpect.check(EN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "ajoute une disposition, qui peut être théâtre, classe ou réunion | +reservation:choice:Disposition & reservation.disposition[Théâtre;Classe;Réunion]",
        "ajoute un étage, au choix rez-de-chaussée, premier ou deuxième | +reservation:choice:Étage & reservation.etage[Rez-de-chaussée;Premier;Deuxième]",
        "ajoute une restauration avec les valeurs aucune, café et déjeuner | +reservation:choice:Restauration & reservation.restauration[Aucune;Café;Déjeuner]",
        "remplace les statuts par brouillon, réservée et bloquée | reservation.statut[Brouillon;Réservée;Bloquée]"})
    void french(String message, String expected) {
        RefineExpect.check(FR, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "añade una disposición, que puede ser teatro, aula o reunión | +reserva:choice:Disposición & reserva.disposicion[Teatro;Aula;Reunión]",
        "añade la planta, a elegir entre baja, primera o segunda | +reserva:choice:Planta & reserva.planta[Baja;Primera;Segunda]",
        "cambia los estados por borrador, reservada y bloqueada | reserva.estado[Borrador;Reservada;Bloqueada]"})
    void spanish(String message, String expected) {
        RefineExpect.check(ES, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "wir brauchen ein Feld Bestuhlung, das Theater, Klasse oder Konferenz sein kann | +buchung:choice:Bestuhlung & buchung.bestuhlung[Theater;Klasse;Konferenz]",
        "füge eine Etage mit den Werten Erdgeschoss, erster Stock und zweiter Stock hinzu | +buchung:choice:Etage & buchung.etage[Erdgeschoss;Erster Stock;Zweiter Stock]",
        "bitte die Verpflegung ergänzen, entweder keine, Kaffee oder Mittagessen | +buchung:choice:Verpflegung & buchung.verpflegung[Keine;Kaffee;Mittagessen]",
        "ersetze die Status durch Entwurf, Gebucht und Gesperrt | buchung.status[Entwurf;Gebucht;Gesperrt]"})
    void german(String message, String expected) {
        RefineExpect.check(DE, message, expected);
    }
}
