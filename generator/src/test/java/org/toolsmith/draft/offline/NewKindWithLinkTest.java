package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.Field;
import org.toolsmith.spec.FieldType;

/**
 * One message adds a new record kind with its fields and links an existing kind to it (session 11, r2): the link said with
 * any verb of linking, belonging or assigning (before or after), the new kind described in brackets, after with / avec / con /
 * mit, or in a sentence of its own ("A contract has …", "Une tournée a …", "Las rutas tienen …", "Ein Raum hat …", ", and each
 * room has …"), greetings and politeness around ({@link RefineAdditions#definedKinds}, {@link RefineLinks}, {@link RefineAnchored}).
 * Phrasing and domains of our own, four languages. Must not fire: a link to a web page stays a url field, a link to a person
 * (driver, sales rep, courier, manager) stays a person field, and a description of a thing the message names nowhere else makes
 * no kind.
 */
class NewKindWithLinkTest {
    private static final Map<String, AppSpec> SPECS = new HashMap<>();
    static {
        put("auftrag", "Auftrag", "Aufträge", "nummer:Nummer:text, kunde:Kunde:text, datum:Datum:date");
        put("bestellung", "Bestellung", "Bestellungen", "nummer:Nummer:text, betrag:Betrag:money, datum:Datum:date");
        put("booking", "Booking", "Bookings", "guest:Guest:text, date:Date:date, hours:Hours:integer");
        put("buchung", "Buchung", "Buchungen", "gast:Gast:text, datum:Datum:date, dauer:Dauer:integer");
        put("commande", "Commande", "Commandes", "numero:Numéro:text, client:Client:text, montant:Montant:money");
        put("delivery", "Delivery", "Deliveries", "date:Date:date, address:Address:text, status:Status:choice");
        put("don", "Don", "Dons", "donateur:Donateur:text, montant:Montant:money, date:Date:date");
        put("donation", "Donation", "Donations", "donor:Donor:text, amount:Amount:money, date:Date:date");
        put("donativo", "Donativo", "Donativos", "donante:Donante:text, importe:Importe:money, fecha:Fecha:date");
        put("einsatz", "Einsatz", "Einsätze", "titel:Titel:text, datum:Datum:date, status:Status:choice");
        put("empleado", "Empleado", "Empleados", "nombre:Nombre:text, email:Email:email, alta:Fecha de alta:date");
        put("employe", "Employé", "Employés", "nom:Nom:text, email:E-mail:email, embauche:Date d'embauche:date");
        put("employee", "Employee", "Employees", "name:Name:text, email:Email:email, start:Start date:date");
        put("entrega", "Entrega", "Entregas", "fecha:Fecha:date, direccion:Dirección:text, estado:Estado:choice");
        put("factura", "Factura", "Facturas", "numero:Número:text, importe:Importe:money, vencimiento:Vencimiento:date");
        put("facture", "Facture", "Factures", "numero:Numéro:text, montant:Montant:money, echeance:Échéance:date");
        put("incidencia", "Incidencia", "Incidencias", "titulo:Título:text, descripcion:Descripción:long_text, estado:Estado:choice");
        put("intervention", "Intervention", "Interventions", "date:Date:date, description:Description:long_text, statut:Statut:choice");
        put("job", "Job", "Jobs", "title:Title:text, date:Date:date, status:Status:choice");
        put("lieferung", "Lieferung", "Lieferungen", "datum:Datum:date, adresse:Adresse:text, status:Status:choice");
        put("livraison", "Livraison", "Livraisons", "date:Date:date, adresse:Adresse:text, statut:Statut:choice");
        put("invoice", "Invoice", "Invoices", "number:Number:text, amount:Amount:money, due:Due date:date");
        put("order", "Order", "Orders", "number:Number:text, customer:Customer:text, amount:Amount:money, order_date:Order date:date");
        put("pedido", "Pedido", "Pedidos", "numero:Número:text, cliente:Cliente:text, importe:Importe:money");
        put("reserva", "Reserva", "Reservas", "cliente:Cliente:text, fecha:Fecha:date, horas:Horas:integer");
        put("reservation", "Réservation", "Réservations", "client:Client:text, date:Date:date, duree:Durée:integer");
        put("spende", "Spende", "Spenden", "spender:Spender:text, betrag:Betrag:money, datum:Datum:date");
        put("ticket", "Ticket", "Tickets", "title:Title:text, description:Description:long_text, status:Status:choice");
        put("timesheet", "Timesheet", "Timesheets", "employee:Employee:person, week:Week:date, hours:Hours:integer");
        put("trabajo", "Trabajo", "Trabajos", "titulo:Título:text, fecha:Fecha:date, estado:Estado:choice");
    }


    private static void put(String key, String name, String plural, String fields) {
        StringBuilder f = new StringBuilder();
        for (String one : fields.split(",\\s*")) {
            String[] p = one.split(":");
            f.append(f.length() == 0 ? "" : ", ").append("{\"key\": \"").append(p[0]).append("\", \"label\": \"").append(p[1]).append("\", \"type\": \"").append(p[2]).append('"')
                    .append(p[2].equals("choice") ? ", \"options\": [\"Open\", \"Closed\"]" : "").append('}');
        }
        SPECS.put(key, RefineFixtures.spec("{\"spec\": 1, \"name\": \"T\", \"entities\": [{\"key\": \"" + key + "\", \"name\": \"" + name + "\", \"plural\": \"" + plural
                + "\", \"fields\": [" + f + "]}]}"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | invoice | Add a purchase order to each invoice. A PO has a number, a date and an amount. | Purchase order | number,date,amount",
        "en | order | Add a contract to each order. A contract has a number, a supplier and an end date. | Contract | number,supplier,end date",
        "fr | commande | Ajoutez un contrat à chaque commande. Un contrat a un numéro, un fournisseur et une date de fin. | Contrat | numero,fournisseur,date de fin",
        "es | pedido | Añadid un contrato a cada pedido. Un contrato tiene número, proveedor y fecha de fin. | Contrato | numero,proveedor,fecha de fin",
        "es | factura | Hay que añadir la orden de compra a cada factura. Una OC tiene número, fecha e importe. | Orden de compra | numero,fecha,importe",
        "de | bestellung | Bitte bei jeder Bestellung noch den Vertrag ergänzen. Ein Vertrag hat Nummer, Lieferant und Enddatum. | Vertrag | nummer,lieferant,enddatum",
        "en | delivery | Hi, we now work with two depots. Every delivery has to be assigned to a depot (name, town, manager). | Depot | name,town,manager",
        "en | order | Let's link orders to a framework contract rather than typing it each time. A contract has a number, a supplier and an end date. | Contract/Framework contract | number,supplier,end date",
        "en | job | Could we have the maintenance plans in here too? Each plan has a start date and a technician, and every job should be tied to the plan it belongs to. | Plan/Maintenance plan | start date,technician",
        "en | timesheet | We've started running projects. Each timesheet should belong to a project - a project has a code, a name and a budget. | Project | code,name,budget",
        "en | donation | pls add campaigns: name, start date, budget. every donation should be linked to a campaign | Campaign | name,start date,budget",
        "en | ticket | We have several sites now, so each ticket needs to say which site it's for. Sites have a name, an address and a contact person. | Site | name,address,contact",
        "en | employee | From next month we split the staff into teams. Every employee belongs to one team, and a team has a name and a team leader. | Team | name,leader",
        "en | booking | Can each booking point to a room? Rooms have a name, a capacity and a floor. | Room | name,capacity,floor",
        "en | delivery | We now run two warehouses. Every delivery must be assigned to a warehouse (name, city, manager). | Warehouse | name,city,manager",
        "en | order | Let's link orders to a purchase contract instead of typing it every time. A contract has a number, a supplier and an end date. | Contract/Purchase contract | number,supplier,end date",
        "fr | livraison | On gère maintenant deux entrepôts. Chaque livraison doit être rattachée à un entrepôt (nom, ville, responsable). | Entrepot | nom,ville,responsable",
        "fr | livraison | Peut-on ajouter les tournées ? Une tournée a une date et un chauffeur, et chaque livraison appartient à une tournée. | Tournee | date,chauffeur",
        "fr | commande | Bonjour, il faudrait relier chaque commande à un contrat. Un contrat a un numero, un fournisseur et une date de fin. | Contrat | numero,fournisseur,date de fin",
        "fr | intervention | Nous avons maintenant plusieurs sites : chaque intervention doit etre liee a un site avec son nom, son adresse et un contact. | Site | nom,adresse,contact",
        "fr | employe | Ajoutez les équipes svp : nom et chef d'équipe. Chaque employé fait partie d'une équipe. | Equipe | nom,chef",
        "fr | reservation | Les réservations doivent être associées à une salle. Une salle a un nom, une capacité et un étage. | Salle | nom,capacite,etage",
        "fr | don | On voudrait suivre les campagnes (nom, date de début, budget) et rattacher chaque don à sa campagne. | Campagne | nom,date de debut,budget",
        "fr | facture | Chaque facture doit correspondre à un bon de commande. Un bon de commande a un numéro, une date et un montant. | Bon de commande | numero,date,montant",
        "fr | reservation | On gère maintenant deux salles. Chaque réservation doit être rattachée à une salle (nom, capacité, étage). | Salle | nom,capacite,etage",
        "es | pedido | Ahora tenemos dos almacenes. Cada pedido tiene que ir asociado a un almacén (nombre, ciudad, responsable). | Almacen | nombre,ciudad,responsable",
        "es | entrega | ¿Podemos añadir las rutas? Una ruta tiene fecha y conductor, y cada entrega pertenece a una ruta. | Ruta | fecha,conductor",
        "es | factura | Hola, queremos vincular cada factura a un contrato. Un contrato tiene número, proveedor y fecha de fin. | Contrato | numero,proveedor,fecha de fin",
        "es | incidencia | Tenemos varias sedes ahora: cada incidencia debe estar ligada a una sede con nombre, direccion y telefono. | Sede | nombre,direccion,telefono",
        "es | empleado | Añadid los equipos por favor (nombre, responsable). Cada empleado pertenece a un equipo. | Equipo | nombre,responsable",
        "es | reserva | Las reservas tienen que estar asignadas a una sala. Cada sala tiene nombre, capacidad y planta. | Sala | nombre,capacidad,planta",
        "es | donativo | Quisiéramos llevar las campañas: nombre, fecha de inicio y presupuesto, y relacionar cada donativo con su campaña. | Campana | nombre,fecha de inicio,presupuesto",
        "es | trabajo | Cada trabajo debería estar vinculado a un plan de mantenimiento. Un plan tiene fecha de inicio y técnico. | Plan/Plan de mantenimiento | fecha de inicio,tecnico",
        "de | auftrag | Wir haben jetzt zwei Standorte. Jeder Auftrag muss einem Standort zugeordnet werden (Name, Adresse, Leiter). | Standort | name,adresse,leiter",
        "de | lieferung | Bitte die Touren mit aufnehmen: eine Tour hat Datum und Fahrer, und jede Lieferung gehört zu einer Tour. | Tour | datum,fahrer",
        "de | bestellung | Hallo, wir möchten jede Bestellung mit einem Vertrag verknüpfen. Ein Vertrag hat Nummer, Lieferant und Enddatum. | Vertrag | nummer,lieferant,enddatum",
        "de | lieferung | Es gibt jetzt mehrere Lager, jede Lieferung soll einem Lager zugeordnet sein - mit Name, Ort und Verantwortlichem. | Lager | name,ort,verantwortlich",
        "de | buchung | Die Buchungen müssen einem Raum zugeordnet werden. Ein Raum hat Name, Kapazität und Stockwerk. | Raum | name,kapazitat,stockwerk",
        "de | spende | Wir wollen Kampagnen erfassen: Name, Startdatum, Budget. Jede Spende soll einer Kampagne zugeordnet werden. | Kampagne | name,startdatum,budget",
        "de | einsatz | Jeder Einsatz sollte zu einem Wartungsplan gehören. Ein Wartungsplan hat Startdatum und Techniker. | Wartungsplan | startdatum,techniker",
        "en | ticket | hello! we'd like each ticket linked to a customer site. A site has a name, an address and an opening hours note | Site/Customer site | name,address,opening",
        "en | job | Jobs should now belong to a project. Projects have a code, a client and a deadline. | Project | code,client,deadline",
        "en | booking | Every booking must point to a room, and each room has a name, a capacity and a floor | Room | name,capacity,floor",
        "en | order | Orders should be linked to a contract rather than typing the contract number in. Each contract has a number, a supplier and an end date. | Contract | number,supplier,end date",
        "fr | commande | Il faudrait rattacher les commandes à un contrat cadre. Un contrat a un numéro, un fournisseur et une date de fin. | Contrat/Contrat cadre | numero,fournisseur,date de fin",
        "fr | intervention | Chaque intervention doit etre liee a un chantier. Les chantiers ont un nom, une adresse et un chef de chantier. | Chantier | nom,adresse,chef",
        "fr | don | Bonjour ! Un événement a un titre, une date et un lieu ; chaque don est rattaché à un événement. | Evenement | titre,date,lieu",
        "fr | reservation | Merci de lier chaque réservation à une salle : une salle a un nom, une capacité et un étage. | Salle | nom,capacite,etage",
        "es | pedido | Hola. Cada pedido debe ir vinculado a un contrato. Un contrato tiene número, proveedor y fecha de fin. | Contrato | numero,proveedor,fecha de fin",
        "es | entrega | Las entregas tienen que estar asociadas a una ruta. Las rutas tienen fecha, conductor y vehiculo. | Ruta | fecha,conductor,vehiculo",
        "es | reserva | Una sala tiene nombre, capacidad y planta, y cada reserva corresponde a una sala. | Sala | nombre,capacidad,planta",
        "es | incidencia | Queremos relacionar cada incidencia con una obra. Cada obra tiene nombre, dirección y encargado. | Obra | nombre,direccion,encargado",
        "de | auftrag | Jeder Auftrag gehört zu einem Projekt. Ein Projekt hat Nummer, Kunde und Budget. | Projekt | nummer,kunde,budget",
        "de | buchung | Hallo, bitte jede Buchung mit einem Raum verknüpfen. Ein Raum hat Name, Kapazität und Etage. | Raum | name,kapazitat,etage",
        "de | spende | Eine Kampagne hat Name, Startdatum und Budget, und jede Spende gehört zu einer Kampagne. | Kampagne | name,startdatum,budget",
        "de | lieferung | Die Lieferungen sollen einer Tour zugeordnet werden. Touren haben Datum, Fahrer und Fahrzeug. | Tour | datum,fahrer,fahrzeug"
    })

    void makes_the_kind_with_its_fields_and_the_link(String lang, String owner, String message, String names, String fields) {
        AppSpec before = SPECS.get(owner);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        List<Entity> made = after.entities().stream().filter(e -> before.entity(e.key()).isEmpty()).toList();
        assertEquals(1, made.size(), why);
        Entity kind = made.get(0);
        assertTrue(List.of(names.split("/")).stream().anyMatch(n -> RefineText.fold(n).equals(RefineText.fold(kind.name()))), why);
        List<String> labels = kind.fields().stream().map(f -> RefineText.fold(f.label())).toList();
        String[] wanted = fields.split(",");
        long found = java.util.Arrays.stream(wanted).filter(w -> labels.stream().anyMatch(l -> l.contains(RefineText.fold(w)) || RefineText.fold(w).contains(l))).count();
        assertTrue(found * 2 >= wanted.length, why);
        Entity was = before.entity(owner).orElseThrow();
        Entity now = after.entity(owner).orElseThrow();
        assertEquals(was.fields().size() + 1, now.fields().size(), why);
        for (Field f : was.fields()) {
            assertEquals(f, now.field(f.key()).orElse(null), why);
        }
        Field link = now.fields().get(now.fields().size() - 1);
        assertEquals(FieldType.REFERENCE, link.type(), why);
        assertEquals(kind.key(), link.target(), why);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | order | Add a link to the contract on each order | url",
        "en | delivery | Assign each delivery to a driver | person",
        "en | order | each order is assigned to a sales rep | person",
        "fr | commande | Ajoutez un lien vers le contrat | url",
        "es | pedido | Cada pedido se asigna a un comercial | person",
        "de | lieferung | Jede Lieferung einem Fahrer zuordnen | person",
        "en | order | Please add a link to the supplier's website on each order | url",
        "en | delivery | every delivery should be assigned to a courier | person",
        "fr | employe | Chaque employé est rattaché à un responsable | person"
    })
    void a_link_to_a_page_or_a_person_stays_a_field(String lang, String owner, String message, String type) {
        AppSpec before = SPECS.get(owner);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertEquals(1, after.entities().size(), why);
        Entity now = after.entity(owner).orElseThrow();
        assertEquals(before.entity(owner).orElseThrow().fields().size() + 1, now.fields().size(), why);
        assertEquals(FieldType.valueOf(type.toUpperCase(java.util.Locale.ROOT)), now.fields().get(now.fields().size() - 1).type(), why);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | order | A contract has a number, a supplier and an end date.",
        "fr | commande | Un contrat a un numero, un fournisseur et une date de fin.",
        "es | pedido | Un contrato tiene número, proveedor y fecha de fin.",
        "de | bestellung | Ein Vertrag hat Nummer, Lieferant und Enddatum.",
        "en | invoice | A PO has a number, a date and an amount."
    })
    void a_thing_described_and_named_nowhere_else_makes_no_kind(String lang, String owner, String message) {
        AppSpec before = SPECS.get(owner);
        AppSpec after;
        try {
            after = RefineFixtures.refine(before, message).spec();
        } catch (org.toolsmith.draft.DraftException refused) {
            return;
        }
        assertEquals(1, after.entities().size(), message + " → " + RefineFixtures.JSON.write(after));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "en | delivery | We want totals per depot. Can we have a depot list (name, city, manager) and each delivery sent from a depot?",
        "en | booking | Could we have a room list with name and floor, and each booking made for a room?",
        "fr | commande | Est-ce qu'on peut avoir une liste des dépôts (nom, ville) et chaque commande liée à un dépôt ?",
        "es | pedido | ¿Podemos tener una lista de almacenes (nombre, ciudad) y cada pedido asociado a un almacén?",
        "de | auftrag | Können wir eine Liste der Standorte (Name, Ort) haben und jeden Auftrag einem Standort zuordnen?"
    })
    void a_person_asking_is_no_thing_described(String lang, String owner, String message) {
        AppSpec before = SPECS.get(owner);
        AppSpec after = RefineFixtures.refine(before, message).spec();
        String why = message + " → " + RefineFixtures.JSON.write(after);
        assertTrue(after.entities().stream().noneMatch(e -> RefineText.fold(e.name()).matches(
                "(?:can|could|est-ce|podemos|konnen|we|on|wir)\\b.*")), why);
    }
}
