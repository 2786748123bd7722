package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.FieldType;

/**
 * A thing nobody should type again is a kind of its own, with the details said after, and the record that names it links
 * to it ({@link SeparateLists}, retyped): "Customers shouldn't be typed in again every time, we need their name, phone and
 * email", "On ne veut pas retaper les clients à chaque fois : …", "Kunden nicht jedes Mal neu eintippen: …". A field list
 * naming a kind ("which cow", "the feed", "for which project") links to it. Session 13, family d2.
 */
class RetypedKindsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Repair | Customer | Phone | Hi! I run a bike repair shop. Customers shouldn't be typed in again every time, we need their name, phone and email. Each repair has the customer, the bike, what's wrong, date in, price.",
        "Visit | Customer | Address | We do catering orders: customer, date, number of guests, menu, price. We don't want to retype the customer each time - just their name, phone and address.",
        "Office supply | Supplier | Email | Office supplies orders: item, quantity, supplier, order date. Suppliers should be a list of their own with name, email and phone so we don't retype them.",
        "Cleaning job | Client | Address | Cleaning jobs: client, date, hours, price. Clients shouldn't have to be typed every time - just name, address and phone please.",
        "Order | Customer | Address | We sell firewood. Orders: customer, date, how many cubic metres, delivered yes/no. I don't want to type the customer's details every time, so keep customers separately with name, address, phone.",
        "Vet clinic booking | Owner | Phone | Vet clinic bookings: owner, pet name, date, reason. Owners should be saved once (name, phone, email) and then picked.",
        "Repair | Customer | Phone number | hello, we need a repairs log (customer, device, fault, date in, cost). customers must only be entered once - name, phone number, email",
        "Job | Customer | Email | Customers should be a list of their own (name, phone, email). Then each job: the customer, the date, the address, price.",
        "Tutoring session | Student | School | Our tutoring sessions: student, subject, date, length, paid yes/no. Students shouldn't need retyping every time (name, parent phone, school).",
        "Complaint | Customer | Email | We log complaints - customer, date, what happened, resolved y/n. So nobody has to retype customers, keep them in one list with name, email and phone.",
        "Quote | Customer | Name | Quotes: customer, date, amount, accepted yes/no. We don't want to retype the customer every time.",
        "Repair ticket | Customer | Email | Bike repairs. Customers shouldn't be typed in again every time (name, phone, email), and some customers have more than one bike, so bikes need their own list too: make, model, frame number. Each repair ticket: which bike, date in, the fault, price.",
        "Milking | Cow | Breed | We have a small dairy farm. Each cow has an ear tag number, a name, the breed and date of birth. Then every milking: which cow, the date, morning or evening, litres.",
        "Milking | Cow | Name | Hi, I need to log milkings: which cow, the date, morning or evening, and the litres. Cows have a tag number, a name and a birth date.",
        "Request | Partner library | City | We borrow books from other libraries. Partner libraries have a name, town and an email, city. For every request we note which partner library we asked, the title, when we asked and whether they said yes.",
        "Feeding | Feed | Supplier | We feed horses. Each horse has a name, age and stall. For each feeding we note the horse, the feed, the amount and the time. Feeds have a name and a supplier.",
        "Visit | School | Town | Our parents evenings: each school has a name and a town. For each visit: which one the parents went to, the date, notes.",
        "Timesheet | Project | Client | Timesheets: staff log hours for which project, the date, the hours, a note. Projects have a code, a name and a client.",
        "Site visit | Site | Manager | Site visits please: what site it's for, visit date, inspector, findings. Sites have a name, address and manager.",
        "Repair ticket | Bike | Colour | Hello, we repair bikes. Some customers have more than one bike. Customers: name, phone. Bikes: make, model, colour, owner. Every repair ticket: which bike, the date, the work done, the cost.",
        "Réparation | Client | Téléphone | Atelier vélo : chaque réparation a le client, le vélo, la date et le prix. On ne veut pas retaper les clients à chaque fois : nom, téléphone, email.",
        "Livraison | Fournisseur | Email | Pour les livraisons : fournisseur, date, nombre de colis. Il ne faut pas ressaisir le fournisseur à chaque fois, donc les fournisseurs avec nom, téléphone et email.",
        "Devis | Client | Adresse | Gestion des devis : client, date, montant, accepté oui/non. Les clients doivent être saisis une seule fois (nom, adresse, téléphone).",
        "Intervention | Client | Email | Interventions : client, adresse, date, technicien. J'aimerais ne plus retaper les clients, avec leur nom, leur téléphone et leur email.",
        "Traite | Vache | Race | Ferme laitière : chaque vache a un numéro, un nom et une race. Pour chaque traite : quelle vache, la date, matin ou soir, les litres.",
        "Reparación | Cliente | Teléfono | Taller de bicis: cada reparación tiene el cliente, la bici, la fecha y el precio. Que no haya que volver a escribir los clientes cada vez: nombre, teléfono y email.",
        "Pedido | Cliente | Dirección | Pedidos: cliente, fecha, cantidad, pagado sí/no. No queremos volver a teclear el cliente cada vez, así que clientes con nombre, teléfono y dirección.",
        "Cita | Paciente | Email | Citas: paciente, fecha, motivo. Los pacientes se guardan una sola vez (nombre, teléfono, email).",
        "Entrega | Proveedor | Teléfono | Entregas: proveedor, fecha, bultos. Para no reescribir los proveedores cada vez, guardarlos con nombre, teléfono y email.",
        "Ordeño | Vaca | Raza | Granja: cada vaca tiene un número de crotal, un nombre y una raza. Cada ordeño: qué vaca, la fecha, mañana o tarde, litros.",
        "Reparatur | Kunde | Telefon | Fahrradwerkstatt: jede Reparatur hat Kunde, Fahrrad, Datum und Preis. Die Kunden wollen wir nicht jedes Mal neu eintippen, also Name, Telefon, E-Mail.",
        "Lieferung | Lieferant | E-Mail | Lieferungen: Lieferant, Datum, Anzahl Pakete. Lieferanten bitte nur einmal erfassen (Name, Telefon, E-Mail).",
        "Angebote | Kunde | Adresse | Angebote: Kunde, Datum, Betrag, angenommen ja/nein. Kunden nicht jedes Mal neu eintippen: Name, Adresse, Telefon.",
        "Einsatz | Kunde | Telefon | Einsätze: Kunde, Adresse, Datum, Techniker. Wir wollen die Kunden nicht immer wieder eingeben müssen, mit Name, Telefon und E-Mail.",
        "Melken | Kuh | Rasse | Milchviehbetrieb: jede Kuh hat eine Ohrmarke, einen Namen und eine Rasse. Bei jedem Melken: welche Kuh, Datum, morgens oder abends, Liter."})
    void the_named_thing_is_a_kind_the_record_links_to(String record, String kind, String kindField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        SpecCheck.field(SpecCheck.entity(spec, kind), kindField);
        assertTrue(SpecCheck.links(spec, record, kind), () -> record + " -> " + kind + " in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Bull | Bull | Breeding records: which bull (or AI straw code), date, cow tag, result.",
        "Mechanic | Mechanic | Bike shop here. Each bike has a make, model and frame number. A repair ticket has which bike, the date in, what's wrong, which mechanic takes it and the price.",
        "Shift | Shift | Staff rota: name, date, which shift (early/late), hours.",
        "Day | Day suits | Volunteer rota: name, which day suits them, which shift (early/late), phone.",
        "Date | Date | Timesheets: date, hours, note. We don't want to type the date every time, so default it to today.",
        "Concert | Date | Gig list: date, venue, fee. Not sure if the concerts need their own list or if a text field is fine - a text field is fine for now.",
        "Total | Total | Assembly log: part number, which way round it was fitted, the date, the total, which of the two options (a/b)."})
    void no_kind_when_the_words_name_none(String notAKind, String field, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase(notAKind)), SpecCheck.names(spec));
        assertTrue(spec.entities().stream().flatMap(e -> e.fields().stream()).filter(f -> f.label().equalsIgnoreCase(field))
                .noneMatch(f -> f.type() == FieldType.REFERENCE), SpecCheck.names(spec));
    }
}
