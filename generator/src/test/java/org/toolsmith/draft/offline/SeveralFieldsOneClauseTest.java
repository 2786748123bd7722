package org.toolsmith.draft.offline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;

/**
 * Several new fields asked for in one clause, each named and typed from its own words ("counts for plates and bowls",
 * "Invoiced? and Delivered? checkboxes", "whether it was a drop-off or a pickup", "the date of the next check"), the
 * kind said once at the end of the clause for all of them, two fields retyped together, and story sentences or thanks
 * that add nothing. Phrasing of our own on a small office app in four languages, with rows where nothing may split.
 */
class SeveralFieldsOneClauseTest {
    static final AppSpec OFFICE = RefineFixtures.spec("""
            {"spec": 1, "name": "Office", "entities": [{"key": "delivery", "name": "Delivery", "plural": "Deliveries", "fields": [{"key": "reference", "label": "Reference", "type": "text", "required": true}, {"key": "date", "label": "Date", "type": "date"}, {"key": "supplier", "label": "Supplier", "type": "text"}, {"key": "cups", "label": "Cups", "type": "integer"}]}, {"key": "printer", "name": "Printer", "plural": "Printers", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "location", "label": "Location", "type": "text"}, {"key": "last_check", "label": "Last check", "type": "date"}]}, {"key": "order", "name": "Order", "plural": "Orders", "fields": [{"key": "number", "label": "Number", "type": "text", "required": true}, {"key": "customer", "label": "Customer", "type": "text"}, {"key": "total", "label": "Total", "type": "money"}]}, {"key": "employee", "name": "Employee", "plural": "Employees", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "email", "label": "Email", "type": "email"}, {"key": "start_date", "label": "Start date", "type": "date"}]}, {"key": "session", "name": "Session", "plural": "Sessions", "fields": [{"key": "title", "label": "Title", "type": "text", "required": true}, {"key": "start_time", "label": "Start time", "type": "text"}, {"key": "end_time", "label": "End time", "type": "text"}, {"key": "instructor", "label": "Instructor", "type": "text"}]}, {"key": "claim", "name": "Claim", "plural": "Claims", "fields": [{"key": "number", "label": "Number", "type": "text", "required": true}, {"key": "customer", "label": "Customer", "type": "text"}, {"key": "description", "label": "Description", "type": "long_text"}]}]}
            """);
    static final AppSpec BUREAU = RefineFixtures.spec("""
            {"spec": 1, "name": "Bureau", "entities": [{"key": "livraison", "name": "Livraison", "plural": "Livraisons", "fields": [{"key": "reference", "label": "Référence", "type": "text", "required": true}, {"key": "date", "label": "Date", "type": "date"}, {"key": "fournisseur", "label": "Fournisseur", "type": "text"}, {"key": "tasses", "label": "Tasses", "type": "integer"}]}, {"key": "imprimante", "name": "Imprimante", "plural": "Imprimantes", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "emplacement", "label": "Emplacement", "type": "text"}, {"key": "dernier_controle", "label": "Dernier contrôle", "type": "date"}]}, {"key": "commande", "name": "Commande", "plural": "Commandes", "fields": [{"key": "numero", "label": "Numéro", "type": "text", "required": true}, {"key": "client", "label": "Client", "type": "text"}, {"key": "total", "label": "Total", "type": "money"}]}, {"key": "employe", "name": "Employé", "plural": "Employés", "fields": [{"key": "nom", "label": "Nom", "type": "text", "required": true}, {"key": "email", "label": "E-mail", "type": "email"}, {"key": "date_entree", "label": "Date d'entrée", "type": "date"}]}, {"key": "seance", "name": "Séance", "plural": "Séances", "fields": [{"key": "titre", "label": "Titre", "type": "text", "required": true}, {"key": "heure_debut", "label": "Heure de début", "type": "text"}, {"key": "heure_fin", "label": "Heure de fin", "type": "text"}, {"key": "moniteur", "label": "Moniteur", "type": "text"}]}, {"key": "reclamation", "name": "Réclamation", "plural": "Réclamations", "fields": [{"key": "numero", "label": "Numéro", "type": "text", "required": true}, {"key": "client", "label": "Client", "type": "text"}, {"key": "description", "label": "Description", "type": "long_text"}]}]}
            """);
    static final AppSpec OFICINA = RefineFixtures.spec("""
            {"spec": 1, "name": "Oficina", "entities": [{"key": "entrega", "name": "Entrega", "plural": "Entregas", "fields": [{"key": "referencia", "label": "Referencia", "type": "text", "required": true}, {"key": "fecha", "label": "Fecha", "type": "date"}, {"key": "proveedor", "label": "Proveedor", "type": "text"}, {"key": "tazas", "label": "Tazas", "type": "integer"}]}, {"key": "impresora", "name": "Impresora", "plural": "Impresoras", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "ubicacion", "label": "Ubicación", "type": "text"}, {"key": "ultima_revision", "label": "Última revisión", "type": "date"}]}, {"key": "pedido", "name": "Pedido", "plural": "Pedidos", "fields": [{"key": "numero", "label": "Número", "type": "text", "required": true}, {"key": "cliente", "label": "Cliente", "type": "text"}, {"key": "total", "label": "Total", "type": "money"}]}, {"key": "empleado", "name": "Empleado", "plural": "Empleados", "fields": [{"key": "nombre", "label": "Nombre", "type": "text", "required": true}, {"key": "correo", "label": "Correo", "type": "email"}, {"key": "fecha_alta", "label": "Fecha de alta", "type": "date"}]}, {"key": "sesion", "name": "Sesión", "plural": "Sesiones", "fields": [{"key": "titulo", "label": "Título", "type": "text", "required": true}, {"key": "hora_inicio", "label": "Hora de inicio", "type": "text"}, {"key": "hora_fin", "label": "Hora de fin", "type": "text"}, {"key": "monitor", "label": "Monitor", "type": "text"}]}, {"key": "reclamacion", "name": "Reclamación", "plural": "Reclamaciones", "fields": [{"key": "numero", "label": "Número", "type": "text", "required": true}, {"key": "cliente", "label": "Cliente", "type": "text"}, {"key": "descripcion", "label": "Descripción", "type": "long_text"}]}]}
            """);
    static final AppSpec BUERO = RefineFixtures.spec("""
            {"spec": 1, "name": "Büro", "entities": [{"key": "lieferung", "name": "Lieferung", "plural": "Lieferungen", "fields": [{"key": "referenz", "label": "Referenz", "type": "text", "required": true}, {"key": "datum", "label": "Datum", "type": "date"}, {"key": "lieferant", "label": "Lieferant", "type": "text"}, {"key": "tassen", "label": "Tassen", "type": "integer"}]}, {"key": "drucker", "name": "Drucker", "plural": "Drucker", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "standort", "label": "Standort", "type": "text"}, {"key": "letzte_pruefung", "label": "Letzte Prüfung", "type": "date"}]}, {"key": "auftrag", "name": "Auftrag", "plural": "Aufträge", "fields": [{"key": "nummer", "label": "Nummer", "type": "text", "required": true}, {"key": "kunde", "label": "Kunde", "type": "text"}, {"key": "summe", "label": "Summe", "type": "money"}]}, {"key": "mitarbeiter", "name": "Mitarbeiter", "plural": "Mitarbeiter", "fields": [{"key": "name", "label": "Name", "type": "text", "required": true}, {"key": "email", "label": "E-Mail", "type": "email"}, {"key": "eintritt", "label": "Eintrittsdatum", "type": "date"}]}, {"key": "termin", "name": "Termin", "plural": "Termine", "fields": [{"key": "titel", "label": "Titel", "type": "text", "required": true}, {"key": "beginn", "label": "Beginn", "type": "text"}, {"key": "ende", "label": "Ende", "type": "text"}, {"key": "trainer", "label": "Trainer", "type": "text"}]}, {"key": "schaden", "name": "Schadensmeldung", "plural": "Schadensmeldungen", "fields": [{"key": "nummer", "label": "Nummer", "type": "text", "required": true}, {"key": "kunde", "label": "Kunde", "type": "text"}, {"key": "beschreibung", "label": "Beschreibung", "type": "long_text"}]}]}
            """);

    static AppSpec spec(String lang) {
        return switch (lang) {
            case "fr" -> BUREAU;
            case "es" -> OFICINA;
            case "de" -> BUERO;
            default -> OFFICE;
        };
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | we'd also need to know if each delivery was a drop-off or a pickup | +delivery:choice",
        "en | For deliveries we also have to know whether it was a normal delivery or a return. | +delivery:choice",
        "en | Printers: add the serial number and when the warranty ends | +printer:text:Serial number & +printer:date:Warranty",
        "en | Our customers keep asking about gift vouchers. Add a status to orders - New, Packed, Shipped | +order:choice:Status",
        "en | The warehouse moved to a new building last month. Please add a tracking number to deliveries. | +delivery:text:Tracking number",
        "en | start time and end time need to be real date+time fields, not text | session.start_time=datetime & session.end_time=datetime",
        "en | Could the start and end times be proper date/times instead of free text? | session.start_time=datetime & session.end_time=datetime",
        "en | For each employee we need the mobile number and whether they have a company car | +employee:phone & +employee:boolean:Company car",
        "en | hi! on orders please add a tracking number and the date it shipped, thanks a lot! | +order:text:Tracking number & +order:date",
        "en | add the weight in kg and the number of boxes to every delivery | +delivery:decimal:Weight & +delivery:integer:Number of boxes",
        "en | sessions also need who signed them off and when | +session:person & +session:date",
        "fr | ajoutez sur les livraisons une photo du bon signé et l'heure de passage | +livraison:file:Photo & +livraison:datetime:Heure de passage",
        "fr | Bonjour, pouvez-vous ajouter aux réclamations une photo (si besoin) et le nom de l'expert ? Merci d'avance ! | +reclamation:file:Photo & +reclamation:text:Nom de l'expert",
        "fr | il faudrait aussi savoir si c'était une livraison normale ou un retour | +livraison:choice",
        "fr | ajoutez le nombre de cartons et le poids de chaque livraison | +livraison:integer:Nombre de cartons & +livraison:decimal:Poids",
        "fr | Les clients demandent souvent une carte de fidélité. Ajoutez un statut aux commandes : nouvelle, préparée, envoyée | +commande:choice:Statut",
        "fr | l'heure de début et l'heure de fin doivent être de vraies dates/heures, pas du texte libre | seance.heure_debut=datetime & seance.heure_fin=datetime",
        "es | quisiera poder subir una foto del desperfecto y apuntar la fecha de la visita en las reclamaciones | +reclamacion:file:Foto & +reclamacion:date:Fecha de la visita",
        "es | añade el número de cajas y el peso de cada entrega | +entrega:integer:Número de cajas & +entrega:decimal:Peso",
        "es | Los clientes siempre preguntan por la tarjeta de puntos. Poned un estado en los pedidos: nuevo, preparado, enviado | +pedido:choice:Estado",
        "es | la hora de inicio y la hora de fin deberían ser fecha y hora de verdad, no texto | sesion.hora_inicio=datetime & sesion.hora_fin=datetime",
        "es | también tenemos que saber si fue una entrega normal o una devolución | +entrega:choice",
        "de | Bei den Schadensmeldungen bräuchten wir noch, wer den Schaden begutachtet und wann | +schaden:person & +schaden:date",
        "de | Bitte Anzahl Kartons und Gewicht bei den Lieferungen ergänzen | +lieferung:integer:Anzahl Kartons & +lieferung:decimal:Gewicht",
        "de | Die Kunden fragen ständig nach einer Kundenkarte. Bitte einen Status bei den Aufträgen: Neu, Gepackt, Versendet | +auftrag:choice:Status",
        "de | wir müssen auch wissen, ob es eine normale Lieferung oder eine Rücksendung war | +lieferung:choice",
        "de | Kannst du bei den Aufträgen noch die Telefonnummer vom Kunden und ob er schon informiert wurde ergänzen? | +auftrag:phone & +auftrag:boolean:Informiert"})
    void several_fields_in_one_clause_are_read_apart(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | Add a status on orders: new or packed | +order:choice:Status",
        "en | start time should be a proper date/time | session.start_time=datetime",
        "en | Customers keep asking about their delivery date, so add an expected delivery date to orders. | +order:date:Expected delivery date",
        "fr | ajoutez une case « Conditions générales acceptées » aux commandes | +commande:boolean:Conditions",
        "fr | l'heure de début doit être une vraie date/heure | seance.heure_debut=datetime",
        "es | la hora de inicio debería ser fecha y hora de verdad | sesion.hora_inicio=datetime"})
    void one_field_or_one_retype_stays_one(String lang, String message, String expected) {
        RefineExpect.check(spec(lang), message, expected);
    }
}
