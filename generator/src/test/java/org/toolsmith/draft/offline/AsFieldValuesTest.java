package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * New choice values each said with the field it goes to, several in one sentence (session 11, r1; {@link AsFieldValues}):
 * "Exchange as order type and Cancelled as order status", "Neuf comme état et Lyon comme site", "Cancelada como estado y
 * Taller como tipo", "Lastenrad als Fahrzeug ergänzen und bei den Touren das Zeitfenster (früh, spät)". Each value goes to
 * the choice it names, never "Exchange as" or "Touren das Zeitfenster" as one value; a part that is an edit of its own
 * stays for the other readers. Phrasing of our own; the specs are those of {@link PointedValueTest}.
 */
class AsFieldValuesTest {
    private static final AppSpec DEPOT = PointedValueTest.DEPOT;
    private static final AppSpec MAGASIN = PointedValueTest.MAGASIN;
    private static final AppSpec RESERVAS = PointedValueTest.RESERVAS;
    private static final AppSpec LIEFERDIENST = PointedValueTest.LIEFERDIENST;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Can we have Exchange as order type and Cancelled as order status? | order.order_type[Sale;Rental;Exchange] & order.status[Open;Shipped;Cancelled]",
        "Hi! Exchange as an order type, and Hull as a site please | order.order_type[Sale;Rental;Exchange] & order.site[London;Leeds;Hull]",
        "add 'Lost' as a loan status and 'XXL' as a size | loan.status[Out;Returned;Lost] & order.size[S;M;L;XL;XXL]",
        "Cancelled as order status, Hull as site, thanks | order.status[Open;Shipped;Cancelled] & order.site[London;Leeds;Hull]",
        "pls add Exchange as order type, and remove the due back date from loans | order.order_type[Sale;Rental;Exchange] & -loan.due_back",
        "Add 'Cancelled' as a status on orders, and the order type needs Return too | order.status[Open;Shipped;Cancelled] & order.order_type[Sale;Rental;Return]",
        "Exchange as order type plus 3XL as size | order.order_type[Sale;Rental;Exchange] & order.size[S;M;L;XL;3XL]",
        "Could you add Hull as a site and Exchange as an order type? ta | order.site[London;Leeds;Hull] & order.order_type[Sale;Rental;Exchange]",
        // not values of a choice: an edit of its own, a field that is no choice
        "Treat Urgent as a status | error",
        "Please add Bristol, Cardiff and Glasgow to the sites | order.site[London;Leeds;Bristol;Cardiff;Glasgow]"})
    void english(String message, String expected) {
        RefineExpect.check(DEPOT, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Neuf comme état et Lyon comme site, merci | article.etat[Bon;Abîmé;Neuf] & article.site[Paris;Marseille;Lyon]",
        "Ajoute 'Perdu' comme statut, et l'état doit aussi avoir Neuf | pret.statut[Sorti;Rendu;Perdu] & article.etat[Bon;Abîmé;Neuf]",
        "Bonjour, ajoutez Lyon comme site et Vitrine comme emplacement svp | article.site[Paris;Marseille;Lyon] & article.emplacement[Réserve;Rayon;Vitrine]",
        "Perdu comme statut de prêt, Neuf comme état | pret.statut[Sorti;Rendu;Perdu] & article.etat[Bon;Abîmé;Neuf]",
        "ajoute Vitrine comme nouvel emplacement et Lille comme site | article.emplacement[Réserve;Rayon;Vitrine] & article.site[Paris;Marseille;Lille]",
        "merci d'ajouter « Perdu » comme statut, et Neuf comme état | pret.statut[Sorti;Rendu;Perdu] & article.etat[Bon;Abîmé;Neuf]",
        "Lille comme site ; Vitrine comme emplacement. | article.site[Paris;Marseille;Lille] & article.emplacement[Réserve;Rayon;Vitrine]",
        "Rajoute Lyon comme site, et supprime la date de retour prévu | article.site[Paris;Marseille;Lyon] & -pret.retour",
        "le statut doit aussi avoir Perdu | pret.statut[Sorti;Rendu;Perdu]"})
    void french(String message, String expected) {
        RefineExpect.check(MAGASIN, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cancelada como estado y Taller como tipo, gracias | reserva.estado[Pendiente;Confirmada;Cancelada] & reserva.tipo[Reunión;Formación;Taller]",
        "Hola, añade 'Cancelada' como estado y 'Visita' como tipo | reserva.estado[Pendiente;Confirmada;Cancelada] & reserva.tipo[Reunión;Formación;Visita]",
        "Logística como departamento, y Taller como tipo de reserva por favor | empleado.departamento[Ventas;Compras;Logística] & reserva.tipo[Reunión;Formación;Taller]",
        "añadid Sala Norte como sala y Cancelada como estado | reserva.sala[Sala Azul;Sala Verde;Sala Norte] & reserva.estado[Pendiente;Confirmada;Cancelada]",
        "Taller como nuevo tipo, Cancelada como estado | reserva.tipo[Reunión;Formación;Taller] & reserva.estado[Pendiente;Confirmada;Cancelada]",
        "agrega Logística como departamento y quita la fecha de las reservas | empleado.departamento[Ventas;Compras;Logística] & -reserva.fecha",
        "porfa: Sala Norte como sala; Visita como tipo | reserva.sala[Sala Azul;Sala Verde;Sala Norte] & reserva.tipo[Reunión;Formación;Visita]",
        "Añade 'Cancelada' como estado y Logística como departamento. | reserva.estado[Pendiente;Confirmada;Cancelada] & empleado.departamento[Ventas;Compras;Logística]",
        // "the X needs Y too" said in Spanish, French, German: Y is a value of that choice, not "Necesita"; a field that is no choice gets a field
        "Añade 'Cancelada' como estado, y el tipo necesita también Taller | reserva.estado[Pendiente;Confirmada;Cancelada] & reserva.tipo[Reunión;Formación;Taller]",
        "el tipo necesita también Visita | reserva.tipo[Reunión;Formación;Visita]",
        "el cliente necesita también un teléfono | +reserva:phone"})
    void spanish(String message, String expected) {
        RefineExpect.check(RESERVAS, message, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Lastenrad als Fahrzeug ergänzen und bei den Touren das Zeitfenster (früh, spät) | tour.fahrzeug[Transporter;PKW;Lastenrad] & +tour:choice",
        "Storniert als Status und Verwaltung als Abteilung, danke | tour.status[Geplant;Erledigt;Storniert] & mitarbeiter.abteilung[Lager;Fahrdienst;Verwaltung]",
        "Bitte 'Storniert' als Status hinzufügen und bei der Abteilung fehlt noch Büro | tour.status[Geplant;Erledigt;Storniert] & mitarbeiter.abteilung[Lager;Fahrdienst;Büro]",
        "Hallo, bitte Lastenrad als Fahrzeug und Erste Hilfe als Schulung aufnehmen | tour.fahrzeug[Transporter;PKW;Lastenrad] & mitarbeiter.schulung[Staplerschein;Brandschutz;Erste Hilfe]",
        "Kühlwagen als neues Fahrzeug, Verwaltung als Abteilung | tour.fahrzeug[Transporter;PKW;Kühlwagen] & mitarbeiter.abteilung[Lager;Fahrdienst;Verwaltung]",
        "Füge Storniert als Status hinzu und lösche bei den Mitarbeitern die Abteilung | tour.status[Geplant;Erledigt;Storniert] & -mitarbeiter.abteilung",
        "E-Roller als Fahrzeug; Büro als Abteilung. | tour.fahrzeug[Transporter;PKW;E-Roller] & mitarbeiter.abteilung[Lager;Fahrdienst;Büro]",
        "Bitte noch 'Storniert' als Status und 'Lastenrad' als Fahrzeug ergänzen | tour.status[Geplant;Erledigt;Storniert] & tour.fahrzeug[Transporter;PKW;Lastenrad]",
        "Der Status braucht auch Storniert | tour.status[Geplant;Erledigt;Storniert]"})
    void german(String message, String expected) {
        RefineExpect.check(LIEFERDIENST, message, expected);
    }
}
