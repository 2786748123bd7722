package org.toolsmith.draft.offline;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New fields told as a question, a wish or a clause rather than with a verb of adding: a bare question ("which mechanic did
 * the repair?", "quel technicien a fait l'intervention ?", "Welcher Techniker hat den Auftrag erledigt?"), a wish to know where
 * something is kept, with its places ("où le colis est stocké : accueil, réserve ou casier"), one yes/no about a pair ("whether
 * the hirer needs a projector and screen"), a count whose kind the clause names ("during their session"), "who signed it off
 * and when" (the verb keeps its particle), and the start and the end of a piece of work said as two "when"s. Questions about
 * the app itself ("which field is required?", "wo finde ich das Feld Datum?") add nothing. Phrasing of our own.
 */
class AskedFieldsTest {
    static final AppSpec GARAGE = RefineFixtures.spec("""
            {"spec": 1, "name": "Garage", "entities": [
              {"key": "customer", "name": "Customer", "plural": "Customers", "fields": [{"key": "name", "label": "Name", "type": "text"}, {"key": "phone", "label": "Phone", "type": "phone"}]},
              {"key": "job", "name": "Job", "plural": "Jobs", "fields": [{"key": "number", "label": "Number", "type": "text"}, {"key": "customer", "label": "Customer", "type": "reference", "target": "customer"}, {"key": "registration", "label": "Registration", "type": "text"}, {"key": "work", "label": "Work done", "type": "long_text"}, {"key": "booked_for", "label": "Booked for", "type": "date"}]}]}
            """);
    static final AppSpec HALL = RefineFixtures.spec("""
            {"spec": 1, "name": "Hall hire", "entities": [
              {"key": "hirer", "name": "Hirer", "plural": "Hirers", "fields": [{"key": "name", "label": "Name", "type": "text"}, {"key": "email", "label": "Email", "type": "email"}]},
              {"key": "booking", "name": "Booking", "plural": "Bookings", "fields": [{"key": "hirer", "label": "Hirer", "type": "reference", "target": "hirer"}, {"key": "date", "label": "Date", "type": "date"}, {"key": "room", "label": "Room", "type": "choice", "options": ["Main hall", "Small hall"]}, {"key": "guests", "label": "Guests", "type": "integer"}]}]}
            """);
    static final AppSpec PRINT = RefineFixtures.spec("""
            {"spec": 1, "name": "Print room", "entities": [
              {"key": "member", "name": "Member", "plural": "Members", "fields": [{"key": "name", "label": "Name", "type": "text"}, {"key": "card", "label": "Card number", "type": "text"}]},
              {"key": "session", "name": "Session", "plural": "Sessions", "fields": [{"key": "member", "label": "Member", "type": "reference", "target": "member"}, {"key": "start", "label": "Start", "type": "datetime"}, {"key": "pc", "label": "Computer", "type": "choice", "options": ["PC 1", "PC 2", "PC 3"]}]}]}
            """);
    static final AppSpec CLEAN = RefineFixtures.spec("""
            {"spec": 1, "name": "Housekeeping", "entities": [
              {"key": "room", "name": "Room", "plural": "Rooms", "fields": [{"key": "number", "label": "Number", "type": "text"}, {"key": "floor", "label": "Floor", "type": "integer"}]},
              {"key": "clean", "name": "Clean", "plural": "Cleans", "fields": [{"key": "room", "label": "Room", "type": "reference", "target": "room"}, {"key": "cleaner", "label": "Cleaner", "type": "person"}, {"key": "date", "label": "Date", "type": "date"}]},
              {"key": "parcel", "name": "Parcel", "plural": "Parcels", "fields": [{"key": "guest", "label": "Guest", "type": "text"}, {"key": "received", "label": "Received", "type": "date"}]},
              {"key": "workshop", "name": "Workshop", "plural": "Workshops", "fields": [{"key": "title", "label": "Title", "type": "text"}, {"key": "day", "label": "Day", "type": "date"}]}]}
            """);
    static final AppSpec HOTEL_FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Hôtel", "entities": [
              {"key": "chambre", "name": "Chambre", "plural": "Chambres", "fields": [{"key": "numero", "label": "Numéro", "type": "text"}, {"key": "etage", "label": "Étage", "type": "integer"}]},
              {"key": "nettoyage", "name": "Nettoyage", "plural": "Nettoyages", "fields": [{"key": "chambre", "label": "Chambre", "type": "reference", "target": "chambre"}, {"key": "agent", "label": "Agent", "type": "person"}, {"key": "date", "label": "Date", "type": "date"}]},
              {"key": "colis", "name": "Colis", "plural": "Colis", "fields": [{"key": "client", "label": "Client", "type": "text"}, {"key": "recu", "label": "Reçu le", "type": "date"}]},
              {"key": "atelier", "name": "Atelier", "plural": "Ateliers", "fields": [{"key": "titre", "label": "Titre", "type": "text"}, {"key": "jour", "label": "Jour", "type": "date"}]},
              {"key": "intervention", "name": "Intervention", "plural": "Interventions", "fields": [{"key": "numero", "label": "Numéro", "type": "text"}, {"key": "description", "label": "Description", "type": "long_text"}, {"key": "date", "label": "Date", "type": "date"}]}]}
            """);
    static final AppSpec HOTEL_ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Hotel", "entities": [
              {"key": "habitacion", "name": "Habitación", "plural": "Habitaciones", "fields": [{"key": "numero", "label": "Número", "type": "text"}, {"key": "planta", "label": "Planta", "type": "integer"}]},
              {"key": "limpieza", "name": "Limpieza", "plural": "Limpiezas", "fields": [{"key": "habitacion", "label": "Habitación", "type": "reference", "target": "habitacion"}, {"key": "empleado", "label": "Empleado", "type": "person"}, {"key": "fecha", "label": "Fecha", "type": "date"}]},
              {"key": "paquete", "name": "Paquete", "plural": "Paquetes", "fields": [{"key": "cliente", "label": "Cliente", "type": "text"}, {"key": "recibido", "label": "Recibido", "type": "date"}]},
              {"key": "taller", "name": "Taller", "plural": "Talleres", "fields": [{"key": "titulo", "label": "Título", "type": "text"}, {"key": "dia", "label": "Día", "type": "date"}]},
              {"key": "reparacion", "name": "Reparación", "plural": "Reparaciones", "fields": [{"key": "numero", "label": "Número", "type": "text"}, {"key": "descripcion", "label": "Descripción", "type": "long_text"}, {"key": "fecha", "label": "Fecha", "type": "date"}]}]}
            """);
    static final AppSpec HOTEL_DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Hotel", "entities": [
              {"key": "zimmer", "name": "Zimmer", "plural": "Zimmer", "fields": [{"key": "nummer", "label": "Nummer", "type": "text"}, {"key": "etage", "label": "Etage", "type": "integer"}]},
              {"key": "reinigung", "name": "Reinigung", "plural": "Reinigungen", "fields": [{"key": "zimmer", "label": "Zimmer", "type": "reference", "target": "zimmer"}, {"key": "kraft", "label": "Reinigungskraft", "type": "person"}, {"key": "datum", "label": "Datum", "type": "date"}]},
              {"key": "paket", "name": "Paket", "plural": "Pakete", "fields": [{"key": "gast", "label": "Gast", "type": "text"}, {"key": "eingang", "label": "Eingang", "type": "date"}]},
              {"key": "kurs", "name": "Kurs", "plural": "Kurse", "fields": [{"key": "titel", "label": "Titel", "type": "text"}, {"key": "tag", "label": "Tag", "type": "date"}]},
              {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [{"key": "nummer", "label": "Nummer", "type": "text"}, {"key": "beschreibung", "label": "Beschreibung", "type": "long_text"}, {"key": "datum", "label": "Datum", "type": "date"}]}]}
            """);
    static final Map<String, AppSpec> SPECS = Map.of("garage", GARAGE, "hall", HALL, "print", PRINT, "clean", CLEAN, "fr", HOTEL_FR, "es", HOTEL_ES, "de", HOTEL_DE);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "garage | which mechanic did the repair? | +job:person:Mechanic",
        "garage | Hi, which mechanic worked on the car?? | +job:person:Mechanic",
        "garage | what time did the car come in? | +job:datetime",
        "garage | where was the car parked? | +job:text",
        "garage | how many miles were on the clock when it came in? | +job:integer:Number of miles",
        "fr | quel technicien a fait l'intervention ? | +intervention:person:Technicien",
        "es | ¿qué técnico hizo la reparación? | +reparacion:person:Técnico",
        "de | Welcher Techniker hat den Auftrag erledigt? | +auftrag:person:Techniker"})
    void a_bare_question_asks_for_the_field_it_names(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "clean | we need to know where each parcel is stored: front desk, back office or locker | +parcel:choice & parcel.storage_location[Front desk;Back office;Locker]",
        "fr | il faut savoir où le colis est stocké : accueil, réserve ou casier | +colis:choice & colis.lieu_de_stockage[Accueil;Réserve;Casier]",
        "fr | on a besoin de savoir où le colis est rangé | +colis:text:Lieu de stockage",
        "es | hay que saber donde se guarda el paquete: recepción, almacén o taquilla | +paquete:choice & paquete.lugar_de_almacenamiento[Recepción;Almacén;Taquilla]",
        "es | necesitamos saber qué técnico hizo cada reparación | +reparacion:person:Técnico",
        "de | Wir müssen wissen, wo das Paket gelagert wird: Rezeption, Lager oder Schließfach | +paket:choice & paket.lagerort[Rezeption;Lager;Schließfach]",
        "de | wir müssen wissen, welcher Techniker den Auftrag erledigt hat | +auftrag:person:Techniker"})
    void a_wish_to_know_which_or_where_is_the_field_with_its_places(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "garage | can we add if the customer wants a wash and vacuum | +job:boolean:Wash and vacuum",
        "hall | add whether the hirer needs a projector and screen | +booking:boolean:Projector and screen",
        "hall | we'd like to record if the hirer wants tea and coffee laid on for them | +booking:boolean:Tea and coffee",
        "clean | could you add if the guest wants milk and sugar brought up? | +clean:boolean:Milk and sugar",
        "hall | add whether the venue has step-free access and whether there's parking | +booking:boolean & +booking:boolean",
        "clean | For each clean also record whether the towels were changed and how many bins were emptied | +clean:boolean:Towels & +clean:integer:Number of bins",
        "clean | I'd like to note the fridge temperature and if any food was thrown away (e.g. past its date) | +clean:decimal:Fridge temperature & +clean:boolean",
        "fr | pour chaque nettoyage, noter aussi si les draps ont été changés et combien de serviettes ont été données | +nettoyage:boolean:Draps & +nettoyage:integer:Nombre de serviettes",
        "es | me gustaría anotar la temperatura de la nevera y si se ha tirado comida (por ejemplo por caducada) | +limpieza:decimal:Temperatura & +limpieza:boolean",
        "de | Bei jeder Reinigung bitte noch festhalten, ob die Minibar aufgefüllt wurde und wie viele Flaschen fehlten | +reinigung:boolean:Minibar & +reinigung:integer:Anzahl Flaschen",
        "de | Bitte bei jeder Reinigung noch eintragen, ob das Fenster geputzt wurde und wie viele Seifen nachgelegt wurden | +reinigung:boolean:Fenster & +reinigung:integer:Anzahl Seifen"})
    void one_yes_no_about_a_pair_and_two_fields_for_two_questions(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "print | we now need to track how many copies each member made during their session | +session:integer:Number of copies",
        "print | Can we start recording how many pages people scanned in each session? | +session:integer:Number of pages scanned",
        "print | please start to track how many copies each member made during their session | +session:integer:Number of copies"})
    void a_count_goes_to_the_kind_the_clause_names(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "clean | Managers have to approve every clean now, so I need to know who approved it and when | +clean:person:Approved by & +clean:date:Date approved",
        "clean | the checker has to tick off each clean, so we need who ticked it off and when | +clean:person:Ticked off by & +clean:date:Date ticked off",
        "clean | missing: who leads each workshop | +workshop:person",
        "clean | nobody knows who runs each workshop, please add that | +workshop:person",
        "fr | les responsables doivent valider chaque nettoyage, donc il faut savoir qui l'a validé et quand | +nettoyage:person:Validé par & +nettoyage:date:Validé le",
        "fr | il manque qui anime chaque atelier | +atelier:person",
        "es | falta quién dirige cada taller | +taller:person",
        "de | Die Hausdame muss jetzt jede Reinigung abzeichnen, also brauche ich, wer sie abgezeichnet hat und wann | +reinigung:person:Abgezeichnet & +reinigung:date:Abgezeichnet",
        "de | es fehlt noch, wer jeden Kurs leitet | +kurs:person"})
    void who_did_it_and_when_keep_the_deed(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "clean | we want to see how long each clean takes: when they start and when they finish | +clean:datetime:Start & +clean:datetime:End",
        "clean | for each clean, we want to see when they start and when they finish | +clean:datetime:Start & +clean:datetime:End",
        "es | quiero saber cuánto tarda cada limpieza: cuándo empiezan y cuándo terminan | +limpieza:datetime:Hora de inicio & +limpieza:datetime:Hora de fin",
        "es | en cada habitación, quiero saber cuándo empiezan y cuándo acaban | +limpieza:datetime:Hora de inicio & +limpieza:datetime:Hora de fin",
        "fr | pour chaque nettoyage, on veut savoir quand ils commencent et quand ils finissent | +nettoyage:datetime:Heure de début & +nettoyage:datetime:Heure de fin",
        "de | bei jeder Reinigung wollen wir wissen, wann sie anfangen und wann sie fertig sind | +reinigung:datetime:Beginn & +reinigung:datetime:Ende"})
    void when_it_starts_and_when_it_ends_are_two_times(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "garage | which field is required? | error",
        "garage | why did the date change? | error",
        "garage | whether we keep it or not, I don't know yet | error",
        "garage | how many fields does a job have? | error",
        "garage | where did the notes field go? | error",
        "garage | where can I change the customer? | error",
        "garage | when did you add the phone field? | error",
        "garage | what happens when a job is deleted? | error",
        "fr | pourquoi la date a changé ? | error",
        "fr | quel champ est obligatoire ? | error",
        "es | ¿por qué cambió la fecha? | error",
        "es | ¿qué campo es obligatorio? | error",
        "de | Warum hat sich das Datum geändert? | error",
        "de | Welches Feld ist Pflicht? | error",
        "de | Wo finde ich das Feld Datum? | error"})
    void a_question_about_the_app_adds_nothing(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "garage | Which bay was the car in? | +job:text",
        "garage | and which apprentice helped? | +job:person",
        "garage | oh and what colour is the car? | +job:text",
        "garage | where's the key kept? hook board, safe or with the mechanic | +job:choice:Storage location",
        "garage | add if the customer wants the old parts and receipt back | +job:boolean",
        "hall | whether the hirer wants a cake and candles provided | +booking:boolean",
        "print | we need to start noting how many scans each member did per session | +session:integer",
        "clean | I also need to see who checked each clean and when they checked it | +clean:person & +clean:date",
        "clean | the front desk want to know which porter took each parcel up | +parcel:person",
        "fr | quelle entreprise a fait l'intervention ? | +intervention:text",
        "fr | Bonjour, il faudrait savoir où sont rangées les clés du colis : accueil ou coffre | +colis:choice",
        "fr | pour chaque nettoyage on veut savoir quand ils arrivent et quand ils partent | +nettoyage:datetime & +nettoyage:datetime",
        "es | hola! ¿qué empresa hizo la reparación? | +reparacion:text",
        "es | necesitamos saber en qué estantería se guarda cada paquete | +paquete:text",
        "es | en cada limpieza queremos apuntar si se han cambiado las sábanas y cuántas toallas se han dejado | +limpieza:boolean & +limpieza:integer",
        "de | Welche Firma hat den Auftrag ausgeführt? | +auftrag:text",
        "de | bitte beim Paket noch erfassen, wo es gelagert wird: Keller, Büro oder Empfang | +paket:choice",
        "de | Bei jeder Reinigung möchten wir wissen, wann sie anfangen und wann sie aufhören | +reinigung:datetime & +reinigung:datetime"})
    void written_after_the_rules_the_same_family_in_other_words(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }

    static final AppSpec COMPLAINTS = RefineFixtures.spec("""
            {"spec": 1, "name": "Plaintes", "entities": [
              {"key": "plainte", "name": "Plainte", "plural": "Plaintes", "fields": [{"key": "titre", "label": "Titre", "type": "text"}, {"key": "detail", "label": "Détail", "type": "long_text"}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "J'aimerais savoir quel client a déposé la plainte et à quelle date | +plainte:text & +plainte:date",
        "on voudrait savoir quel magasin a reçu la plainte et quand | +plainte:text & +plainte:date"})
    void a_wish_to_know_two_things_keeps_both(String message, String expected) {
        RefineExpect.check(COMPLAINTS, message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "garage | was the car washed? | +job:boolean:Car washed",
        "clean | was the minibar restocked on each clean? | +clean:boolean:Minibar restocked",
        "fr | est-ce que la chambre a été aérée ? | +chambre:boolean",
        "es | ¿se ha revisado el paquete? | +paquete:boolean",
        "de | Wurde das Paket geöffnet? | +paket:boolean",
        "garage | was the registration removed? | error",
        "de | Wurde das Feld Datum gelöscht? | error"})
    void whether_something_was_done_asked_bare_is_a_yes_no(String spec, String message, String expected) {
        RefineExpect.check(SPECS.get(spec), message, expected);
    }
}
