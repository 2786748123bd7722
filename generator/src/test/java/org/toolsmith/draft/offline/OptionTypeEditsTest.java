package org.toolsmith.draft.offline;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Option edits and type changes as office workers write them (session 14, r3), phrasings of our own: values joined by
 * "and / et / y / und" after "Label: add …" ({@link ChoicePreface}, {@link WholeValueSet}), the record kind said before the
 * field ("to the incident types", {@link ChoiceListEdits}), a slash inside one value ("Wrist/Hand", "2/0 und 4/2",
 * {@link RefineText#values}), a sigh before the list ("Oh and …"), an aside in brackets on one value ({@link ValueAside}),
 * a number whose example has decimals ("(might be 3.5)", {@link RefineTypeEdits}) and decimals asked as if a field ("il faut
 * des décimales", {@link RefineSession#addField}), a field said missing before its values ("Versandart fehlt noch: Post, Kurier
 * oder Abholung", {@link MissingColon}). {@link #OPEN} keeps those of the family still read wrong (not asserted).
 */
class OptionTypeEditsTest {
    static final AppSpec EN = RefineFixtures.spec("""
            {"spec": 1, "name": "Desk", "entities": [{"key": "ticket", "name": "Ticket", "plural": "Tickets", "fields": [{"key": "subject", "label": "Subject", "type": "text", "required": true}, {"key": "ticket_type", "label": "Ticket type", "type": "choice", "options": ["Feature", "Bug"]}, {"key": "area", "label": "Area", "type": "choice", "options": ["Checkout", "Login", "Search"]}, {"key": "status", "label": "Status", "type": "choice", "options": ["Open", "In progress", "Closed"]}, {"key": "urgent", "label": "Urgent", "type": "text"}, {"key": "estimate", "label": "Estimate", "type": "integer"}, {"key": "score", "label": "Score", "type": "text"}, {"key": "reported", "label": "Reported", "type": "date"}, {"key": "approved", "label": "Approved", "type": "boolean"}]}, {"key": "member", "name": "Member", "plural": "Members", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "membership", "label": "Membership type", "type": "choice", "options": ["Individual", "Family"]}, {"key": "branch", "label": "Branch", "type": "choice", "options": ["Central", "North"]}, {"key": "body_area", "label": "Body area", "type": "choice", "options": ["Back", "Neck", "Knee"]}, {"key": "sport", "label": "Sport", "type": "text"}]}]}
            """);
    static final AppSpec FR = RefineFixtures.spec("""
            {"spec": 1, "name": "Asso", "entities": [{"key": "adherent", "name": "Adhérent", "plural": "Adhérents", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "type_adhesion", "label": "Type d'adhésion", "type": "choice", "options": ["Individuel", "Famille"]}, {"key": "formule", "label": "Formule", "type": "choice", "options": ["Mensuel", "Trimestriel", "Annuel"]}, {"key": "note", "label": "Note", "type": "integer"}, {"key": "section", "label": "Section", "type": "text"}, {"key": "arrivee", "label": "Arrivée", "type": "date"}]}, {"key": "transmission", "name": "Transmission", "plural": "Transmissions", "fields": [{"key": "texte", "label": "Texte", "type": "long_text", "required": true}, {"key": "cible", "label": "Cible", "type": "choice", "options": ["Douleur", "Sommeil"]}]}]}
            """);
    static final AppSpec ES = RefineFixtures.spec("""
            {"spec": 1, "name": "Granja", "entities": [{"key": "ordeno", "name": "Ordeño", "plural": "Ordeños", "fields": [{"key": "fecha", "label": "Fecha", "type": "date", "required": true}, {"key": "turno", "label": "Turno", "type": "choice", "options": ["Mañana", "Tarde"]}, {"key": "litros", "label": "Litros", "type": "integer"}, {"key": "revisado", "label": "Revisado", "type": "boolean"}, {"key": "sala", "label": "Sala", "type": "text"}, {"key": "hora_aviso", "label": "Aviso", "type": "date"}]}, {"key": "factura", "name": "Factura", "plural": "Facturas", "fields": [{"key": "numero", "label": "Número", "type": "text", "required": true}, {"key": "estado", "label": "Estado", "type": "choice", "options": ["Emitida", "Pagada"]}, {"key": "forma_pago", "label": "Forma de pago", "type": "choice", "options": ["Efectivo", "Tarjeta"]}]}]}
            """);
    static final AppSpec DE = RefineFixtures.spec("""
            {"spec": 1, "name": "Pflege", "entities": [{"key": "besuch", "name": "Besuch", "plural": "Besuche", "fields": [{"key": "datum", "label": "Datum", "type": "date", "required": true}, {"key": "leistung", "label": "Leistung", "type": "choice", "options": ["Grundpflege", "Behandlungspflege"]}, {"key": "farbigkeit", "label": "Farbigkeit", "type": "choice", "options": ["1/0", "4/0", "4/4"]}, {"key": "dauer", "label": "Dauer", "type": "integer"}, {"key": "kilometer", "label": "Kilometer", "type": "text"}, {"key": "ankunft", "label": "Ankunft", "type": "date"}, {"key": "erledigt", "label": "Erledigt", "type": "text"}]}]}
            """);
    static final Map<String, AppSpec> SPECS = Map.of("en", EN, "fr", FR, "es", ES, "de", DE);

    /** Phrasings of the family still read wrong (not asserted). */
    static final List<String> OPEN = List.of(
            "we have more branches now - Eastgate, Riverside etc. - please add them",
            "'Approved' ought to name the approver, yes/no is too little",
            "A Westfield site starts in June, so put it among the branches",
            "the Knee and Back areas are fine but we need Shoulder as well",
            "please add a Notes field to tickets",
            "rajoute les cibles Appétit et Humeur svp",
            "On supprime la formule mensuelle, et on crée une formule Senior.",
            "mete el turno de madrugada, porque ya hacemos tres pasadas",
            "'Revisado' no basta con sí/no: que diga quién lo revisó",
            "Forma de pago: añadir Bizum (la usan mucho los jóvenes) y Transferencia");

    /** The family: values added or replaced, types changed. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | ticket type needs Chore too. | ticket.ticket_type[Feature;Bug;Chore]",
        "en | Hi, could you add Refactor and Docs to the ticket types? thx | ticket.ticket_type[Feature;Bug;Refactor;Docs]",
        "en | Oh and Billing and Reports areas are missing | ticket.area[Checkout;Login;Search;Billing;Reports]",
        "en | membership type: add Student and Patron please | member.membership[Individual;Family;Student;Patron]",
        "en | add Elbow and Wrist/Hand to the body areas | member.body_area[Back;Neck;Knee;Elbow;Wrist/Hand]",
        "en | The statuses should be Open, Waiting (when we need the customer's reply) and Closed | ticket.status[Open;Waiting;Closed]",
        "en | make Urgent a tick box instead | ticket.urgent=boolean",
        "en | the estimate should hold decimals, we quote half days | ticket.estimate=decimal",
        "en | For Reported we need the time too, not only the day | ticket.reported=datetime",
        "en | The score is a mark out of 5 (might be 3.5), not text | ticket.score=decimal",
        "en | Status should allow several values at once | ticket.status=multi_choice",
        "en | Sport should be a pick list: Tennis, Squash, Padel | member.sport=choice & member.sport[Tennis;Squash;Padel]",
        "en | rename Area to Product area | ticket.area~Product area",
        "fr | type d'adhésion : rajoutez Senior et Couple | adherent.type_adhesion[Individuel;Famille;Senior;Couple]",
        "fr | la note se donne sur 10 avec des quarts, il faut des décimales | adherent.note=decimal",
        "fr | l'arrivée doit avoir l'heure aussi, pas seulement le jour | adherent.arrivee=datetime",
        "fr | Section : une liste déroulante avec Foot, Tennis et Judo | adherent.section=choice & adherent.section[Foot;Tennis;Judo]",
        "es | forma de pago: añadir Bizum y Transferencia | factura.forma_pago[Efectivo;Tarjeta;Bizum;Transferencia]",
        "es | los litros deberían admitir decimales | ordeno.litros=decimal",
        "es | en Aviso queremos la hora exacta, no solo el día | ordeno.hora_aviso=datetime",
        "es | Sala que sea una lista: Sala 1, Sala 2 y Sala 3 | ordeno.sala=choice & ordeno.sala[Sala 1;Sala 2;Sala 3]",
        "de | Leistung bitte um Einkauf und Begleitung erweitern | besuch.leistung[Grundpflege;Behandlungspflege;Einkauf;Begleitung]",
        "de | Farbigkeit braucht auch 2/0 und 4/2 | besuch.farbigkeit[1/0;4/0;4/4;2/0;4/2]",
        "de | Leistung muss mehrere Werte erlauben, meist wird beides bestellt | besuch.leistung=multi_choice",
        "de | Ankunft bitte mit Uhrzeit | besuch.ankunft=datetime",
        "de | die Kilometer sind ganze Zahlen, kein Text | besuch.kilometer=integer",
        "de | Erledigt bitte als Häkchen statt Text | besuch.erledigt=boolean"})
    void family(String lang, String message, String expected) {
        RefineExpect.check(SPECS.get(lang), message, expected);
    }

    /** Neighbours where the new rules must not fire: a slash alone, a short bracket, an example without decimals, a bracket that lists. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | Area should be Checkout/Login | ticket.area[Checkout;Login]",
        "en | Score should be a number, e.g. 8, not text | ticket.score=integer",
        "en | add Cancelled (by customer) and Refunded to the statuses | ticket.status[Open;In progress;Closed;Cancelled (by customer);Refunded]",
        "en | Ahh, Profile is missing from the areas | ticket.area[Checkout;Login;Search;Profile]",
        "fr | Formule : Mensuel / Annuel | adherent.formule[Mensuel;Annuel]",
        "de | Leistung: Grundpflege, Hauswirtschaft (nur montags und freitags) und Betreuung | besuch.leistung[Grundpflege;Hauswirtschaft;Betreuung]"})
    void neighbours(String lang, String message, String expected) {
        RefineExpect.check(SPECS.get(lang), message, expected);
    }

    /** A field said missing before a colon and its values ({@link MissingColon}); one that is already a field keeps its reader. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | Payment method is still missing: cash, card or voucher. Thanks! | +ticket:choice",
        "en | the sport is missing - tennis, squash or padel | member.sport=choice & member.sport[Tennis;Squash;Padel]",
        "fr | Il manque encore le mode de paiement : espèces, chèque ou carte. | +adherent:choice",
        "fr | Le mode de paiement manque : espèces, chèque ou carte | +adherent:choice",
        "es | Falta el método de entrega: recogida, envío o mensajero | +ordeno:choice",
        "es | Todavía falta la moneda: euro, dólar o libra. ¡Gracias! | +ordeno:choice",
        "de | Versandart fehlt noch: Post, Kurier oder Abholung. Danke! | +besuch:choice",
        "de | Es fehlt noch die Anfahrt: Auto, Bus oder Fahrrad | +besuch:choice"})
    void missing(String lang, String message, String expected) {
        RefineExpect.check(SPECS.get(lang), message, expected);
    }
}
