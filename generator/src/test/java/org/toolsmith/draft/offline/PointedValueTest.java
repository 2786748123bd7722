package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * A new choice value named by a pronoun, with the thing itself said before (session 11, r1): "we opened a new site in
 * Bristol, please add it to the sites", "on a ajouté une vitrine, mets-la dans les emplacements", "hemos abierto la Sala
 * Norte, añádela", "wir haben jetzt einen E-Roller, nimm den bei den Fahrzeugen auf" ({@link PointedValue}). The value
 * is the name said before the pronoun (a capitalised run, or the noun after an indefinite article), never the verb and
 * pronoun ("Ajoute-le", "Mets-la") nor words of the sentence ("Opened"); the choice is the list the pointer names, or the
 * choice field the sentence before names. Phrasing of our own (a depot, a shop, room bookings, a delivery service).
 */
class PointedValueTest {
    static final AppSpec DEPOT = RefineFixtures.spec("""
            {"spec": 1, "name": "Depot", "entities": [{"key": "loan", "name": "Loan", "plural": "Loans", "fields": [{"key": "borrower", "label": "Borrower", "type": "text", "required": true}, {"key": "badge", "label": "Badge", "type": "text"}, {"key": "status", "label": "Status", "type": "choice", "options": ["Out", "Returned"]}, {"key": "due_back", "label": "Due back", "type": "date"}]}, {"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "number", "label": "Number", "type": "text", "required": true}, {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "Shipped"]}, {"key": "order_type", "label": "Order type", "type": "choice", "options": ["Sale", "Rental"]}, {"key": "site", "label": "Site", "type": "choice", "options": ["London", "Leeds"]}, {"key": "size", "label": "Size", "type": "choice", "options": ["S", "M", "L", "XL"]}]}]}
            """);
    static final AppSpec MAGASIN = RefineFixtures.spec("""
            {"spec": 1, "name": "Magasin", "entities": [{"key": "pret", "name": "Prêt", "plural": "Prêts", "fields": [{"key": "emprunteur", "label": "Emprunteur", "type": "text", "required": true}, {"key": "statut", "label": "Statut", "type": "choice", "options": ["Sorti", "Rendu"]}, {"key": "retour", "label": "Retour prévu", "type": "date"}]}, {"key": "article", "name": "Article", "plural": "Articles", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "site", "label": "Site", "type": "choice", "options": ["Paris", "Marseille"]}, {"key": "emplacement", "label": "Emplacement", "type": "choice", "options": ["Réserve", "Rayon"]}, {"key": "etat", "label": "État", "type": "choice", "options": ["Bon", "Abîmé"]}]}]}
            """);
    static final AppSpec RESERVAS = RefineFixtures.spec("""
            {"spec": 1, "name": "Reservas", "entities": [{"key": "reserva", "name": "Reserva", "plural": "Reservas", "fields": [{"key": "cliente", "label": "Cliente", "type": "text", "required": true}, {"key": "sala", "label": "Sala", "type": "choice", "options": ["Sala Azul", "Sala Verde"]}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Pendiente", "Confirmada"]}, {"key": "tipo", "label": "Tipo", "type": "choice", "options": ["Reunión", "Formación"]}, {"key": "fecha", "label": "Fecha", "type": "date"}]}, {"key": "empleado", "name": "Empleado", "plural": "Empleados", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "departamento", "label": "Departamento", "type": "choice", "options": ["Ventas", "Compras"]}]}]}
            """);
    static final AppSpec LIEFERDIENST = RefineFixtures.spec("""
            {"spec": 1, "name": "Lieferdienst", "entities": [{"key": "tour", "name": "Tour", "plural": "Touren", "fields": [{"key": "datum", "label": "Datum", "type": "date", "required": true}, {"key": "fahrzeug", "label": "Fahrzeug", "type": "choice", "options": ["Transporter", "PKW"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["Geplant", "Erledigt"]}]}, {"key": "mitarbeiter", "name": "Mitarbeiter", "plural": "Mitarbeiter", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "schulung", "label": "Schulung", "type": "choice", "options": ["Staplerschein", "Brandschutz"]}, {"key": "abteilung", "label": "Abteilung", "type": "choice", "options": ["Lager", "Fahrdienst"]}]}]}
            """);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hi, we opened a new site in Bristol last week, please add it to the sites | order.site[London;Leeds;Bristol]",
        "We've just opened a depot in Bristol, can you add that as a site? | order.site[London;Leeds;Bristol]",
        "we now also sell XXL, add it to the sizes please | order.size[S;M;L;XL;XXL]",
        "we started doing exchanges too, so add that as an order type | order.order_type[Sale;Rental;Exchange]",
        "we opened a new site at the Harbour - add it to the list | order.site[London;Leeds;Harbour]",
        "We got a third depot, Bristol North, so it should be available in the site list. | order.site[London;Leeds;Bristol North]",
        "Sizes: we stock a 3XL now, add it please | order.size[S;M;L;XL;3XL]",
        "hiya - new site opened in Hull on monday.. pls put it in the sites | order.site[London;Leeds;Hull]"})
    void english(String message, String expected) {
        RefineExpect.check(DEPOT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Please add Bristol, Cardiff and Glasgow to the sites | order.site[London;Leeds;Bristol;Cardiff;Glasgow]",
        "the borrower field is confusing, rename it to Member | loan.borrower~Member"})
    void english_not_a_pointed_value(String message, String expected) {
        RefineExpect.check(DEPOT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "on a ouvert un nouveau dépôt à Lyon, ajoute-le dans les sites | article.site[Paris;Marseille;Lyon]",
        "on a ajouté une vitrine, mets-la dans les emplacements | article.emplacement[Réserve;Rayon;Vitrine]",
        "Bonjour, nous avons un nouveau site à Lille, peux-tu l'ajouter aux sites ? | article.site[Paris;Marseille;Lille]",
        "on a installé une mezzanine, ajoutez-la aux emplacements svp | article.emplacement[Réserve;Rayon;Mezzanine]",
        "on a maintenant un site a Lyon (ajoute le stp) | article.site[Paris;Marseille;Lyon]",
        "Nouvel entrepôt à Nantes depuis lundi. Tu peux le rajouter dans les sites ? | article.site[Paris;Marseille;Nantes]",
        "Bonjour ! On a une réserve froide maintenant, merci de la mettre dans les emplacements. | article.emplacement[Réserve;Rayon;Réserve froide]",
        "Un site à Toulouse vient d'ouvrir : ajoute-le. | article.site[Paris;Marseille;Toulouse]"})
    void french(String message, String expected) {
        RefineExpect.check(MAGASIN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "hemos abierto la Sala Norte, añádela | reserva.sala[Sala Azul;Sala Verde;Sala Norte]",
        "Hola, ya está lista la Sala Roja, ¿la podéis añadir a las salas? | reserva.sala[Sala Azul;Sala Verde;Sala Roja]",
        "abrimos la Sala Norte la semana pasada, ponla en las salas porfa | reserva.sala[Sala Azul;Sala Verde;Sala Norte]",
        "tenemos un departamento nuevo, Logística, añádelo por favor | empleado.departamento[Ventas;Compras;Logística]",
        "Ya tenemos un departamento de Logística. Añádelo a los departamentos. | empleado.departamento[Ventas;Compras;Logística]",
        "Buenas, se ha creado la Sala Mar; añadidla a las salas, gracias | reserva.sala[Sala Azul;Sala Verde;Sala Mar]",
        "Se ha abierto la Sala Sur. ¿Puedes añadirla? | reserva.sala[Sala Azul;Sala Verde;Sala Sur]",
        "La Sala Jardín ya está disponible, incorpórala a las salas | reserva.sala[Sala Azul;Sala Verde;Sala Jardín]",
        "añade Taller y Visita a los tipos | reserva.tipo[Reunión;Formación;Taller;Visita]"})
    void spanish(String message, String expected) {
        RefineExpect.check(RESERVAS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wir haben jetzt auch einen E-Roller, nimm den bitte bei den Fahrzeugen auf | tour.fahrzeug[Transporter;PKW;E-Roller]",
        "Wir haben seit gestern ein Lastenrad, bitte als Fahrzeug aufnehmen | tour.fahrzeug[Transporter;PKW;Lastenrad]",
        "Es gibt jetzt ein Lastenrad. Füg das bitte bei den Fahrzeugen hinzu. | tour.fahrzeug[Transporter;PKW;Lastenrad]",
        "Wir haben eine neue Abteilung Verwaltung, bitte die auch ergänzen | mitarbeiter.abteilung[Lager;Fahrdienst;Verwaltung]",
        "Seit Montag fahren wir auch mit einem Kühlwagen – bitte bei den Fahrzeugen aufnehmen. | tour.fahrzeug[Transporter;PKW;Kühlwagen]",
        "Hallo, wir haben einen Sprinter gekauft, kannst du den als Fahrzeug hinzufügen? | tour.fahrzeug[Transporter;PKW;Sprinter]",
        "Es gibt jetzt einen Erste-Hilfe-Kurs, trag ihn bitte bei den Schulungen ein | mitarbeiter.schulung[Staplerschein;Brandschutz;Erste-Hilfe-Kurs]",
        "Wir haben ein neues Lastenrad, das muss in die Fahrzeugliste | tour.fahrzeug[Transporter;PKW;Lastenrad]",
        "Bitte Lastenrad und Kühlwagen bei den Fahrzeugen ergänzen | tour.fahrzeug[Transporter;PKW;Lastenrad;Kühlwagen]"})
    void german(String message, String expected) {
        RefineExpect.check(LIEFERDIENST, message, expected);
    }
}
