package org.toolsmith.draft.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.toolsmith.spec.AppSpec;
import org.toolsmith.spec.Entity;
import org.toolsmith.spec.FieldType;

/**
 * A second record kind named in the middle of a request with its own field list right after it: "track what feeds we
 * keep (name, stock, reorder level) and every delivery: …", "the machine (type, serial number, hours meter)", "Cows have
 * tag + name + lactation number", "les aliments qu'on stocke (…)", "los piensos que tenemos (…)". The list makes that
 * kind, which the main record points to; its fields stay off the main record. Session 13, family d1
 * ({@link GroupThenList} relative clauses, the "what Xs we keep" rewrite, "+" items in {@link ListSplitter},
 * {@link FieldReader} attribute groups).
 */
class SecondKindListsTest {
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Feed | Reorder level | Supplier | Hi, we're a small farm. Can you help us keep track of what feeds we keep (name, type, current stock, reorder level) and every delivery that comes in - the feed, the supplier, date, tonnes and cost.",
        "Machine | Serial number | Repair cost | We run a joinery workshop and want to track what machines we have (name, serial number, last service date) and every breakdown - the machine, date, what broke, repair cost.",
        "Van | Mileage | Litres | Keep a list of the vans that we run (reg, make, mileage) plus every fuel fill-up: the van, the date, litres, cost.",
        "Tool | Purchase price | Date out | Track the tools we own (name, category, purchase price) and each loan: which tool, who borrowed it, date out, date back.",
        "Bike | Frame number | Date in | Bike shop repairs: customer comes in with a bike and we need their name, phone, the bike (make, model, frame number), date in, what's wrong and the quote.",
        "Machine | Hours meter | Deposit | Our plant hire: the customer, date out, date back, the machine (type, serial number, hours meter) and the deposit.",
        "Cow | Lactation number | Treatment | We log vet visits: date, cow, vet, treatment, cost. Cows have tag + name + lactation number.",
        "Lift | Install year | Reported by | log every fault report - the lift, date, reported by, description. lifts have building + install year + capacity",
        "Room | Floor | Checked by supervisor | Hotel housekeeping. Rooms: number + floor + room type. Cleaning jobs: which room, who cleaned, date, checked by supervisor yes/no.",
        "Plot | Annual rent | Phone | hey - need a thing for the allotment society. plots: number, size, annual rent. then tenants with name, phone and which plot they rent.",
        "Class | Capacity | Date booked | For the gym: members sign up for classes. Each class has a name, instructor and capacity. Bookings: member name, email, the class, date booked.",
        "Supplier | Account number | Invoice date | we need to log invoices (the supplier, invoice date, amount, paid y/n) and also know what suppliers we use (name, account number, contact email) pls",
        "Aliment | Seuil de commande | Fournisseur | On veut suivre les aliments qu'on stocke (nom, stock actuel, seuil de commande) et chaque livraison : l'aliment, le fournisseur, la date, le poids.",
        "Vélo | Numéro de cadre | Problème | Atelier vélo : le client arrive avec un vélo, on note son nom, son téléphone, le vélo (marque, modèle, numéro de cadre), la date d'entrée et le problème.",
        "Vache | Nombre de lactations | Traitement | On enregistre les visites du vétérinaire : date, vache, traitement, coût. Les vaches ont numéro + nom + nombre de lactations.",
        "Machine | Compteur horaire | Caution | Location de matériel : le client, la date de sortie, la machine (type, numéro de série, compteur horaire) et la caution.",
        "Pienso | Nivel de pedido | Proveedor | Queremos controlar los piensos que tenemos (nombre, stock actual, nivel de pedido) y cada entrega: el pienso, el proveedor, la fecha, las toneladas.",
        "Bici | Número de cuadro | Problema | Taller de bicis: el cliente trae una bici y anotamos nombre, teléfono, la bici (marca, modelo, número de cuadro), fecha de entrada y el problema.",
        "Vaca | Número de lactancia | Tratamiento | Registramos las visitas del veterinario: fecha, vaca, tratamiento, coste. Las vacas tienen nombre + raza + número de lactancia.",
        "Habitación | Planta | Revisado | Habitaciones: número + planta + tipo. Limpiezas: qué habitación, quién limpió, fecha, revisado.",
        "Futtermittel | Mindestbestand | Lieferant | Wir erfassen unsere Futtermittel (Name, Bestand, Mindestbestand) und jede Lieferung: das Futtermittel, Lieferant, Datum, Tonnen.",
        "Fahrrad | Rahmennummer | Eingangsdatum | Fahrradwerkstatt: der Kunde bringt ein Fahrrad, wir brauchen Name, Telefon, das Fahrrad (Marke, Modell, Rahmennummer), Eingangsdatum und Fehler.",
        "Kuh | Laktationsnummer | Behandlung | Wir erfassen Tierarztbesuche: Datum, Kuh, Behandlung, Kosten. Kühe haben Ohrmarke + Name + Laktationsnummer.",
        "Zimmer | Etage | Geprüft | Zimmer: Nummer + Etage + Zimmertyp. Reinigungen: welches Zimmer, wer, Datum, geprüft.",
        "Partner library | Contact email | Date sent | We send loan requests: book title, which partner library we asked, date sent, date due back. Partner libraries should be a list with a contact email each.",
        "Store | Manager | Amount | Orders: date, amount, which store. Stores should be a list with a manager and phone each.",
        "Bibliothèque partenaire | Email | Date d'envoi | Demandes de prêt : titre, quelle bibliothèque partenaire, date d'envoi. Les bibliothèques partenaires doivent être une liste avec un email chacune.",
        "Tienda | Correo | Importe | Pedidos: fecha, importe, qué tienda. Las tiendas deberían ser una lista con un correo cada una."})
    void the_list_makes_a_kind_the_record_points_to(String kind, String kindField, String mainField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        Entity main = mainBeside(spec, kind, kindField, mainField);
        assertTrue(SpecCheck.links(spec, main.name(), kind), () -> main.name() + " -> " + kind + " in " + SpecCheck.names(spec));
        assertTrue(SpecCheck.entity(spec, kind).fields().stream().noneMatch(f -> f.label().startsWith("+")), () -> "a '+' label in " + kind);
    }

    /** The kind holds its field; the record beside it (the kind with mainField) does not, and is returned. */
    private static Entity mainBeside(AppSpec spec, String kind, String kindField, String mainField) {
        Entity k = SpecCheck.entity(spec, kind);
        SpecCheck.field(k, kindField);
        Entity main = spec.entities().stream().filter(e -> SpecCheck.find(e, mainField).isPresent() && e != k).findFirst()
                .orElseThrow(() -> new AssertionError("no kind with " + mainField + " in " + SpecCheck.names(spec)));
        assertTrue(SpecCheck.find(main, kindField).isEmpty(), () -> kindField + " left on " + main.name());
        return main;
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Prep evening | Leader | Parent phone | School trip admin: pupil name, class, parent phone, permission slip received. We also need the prep evenings (date, leader, room).",
        "Training session | Trainer | Shift date | Volunteer rota: volunteer name, phone, shift date. We'd also like to track the training sessions (date, trainer, venue).",
        "Partner library | Contact email | Date sent | Loan requests: book title, date sent, date due back. Also need the partner libraries (name, contact email, city) please.",
        "Membership level | Monthly fee | Join date | Membership: name, email, join date. We also want the membership levels (name, monthly fee, perks).",
        "Emergency contact | Relation | Role | Staff list: name, role, phone. we also need the emergency contacts (name, phone, relation)",
        "Réunion de préparation | Animateur | Classe | Sortie scolaire : nom de l'élève, classe, téléphone des parents. Il faut aussi les réunions de préparation (date, animateur, salle).",
        "Reunión previa | Responsable | Clase | Excursión: nombre del alumno, clase, teléfono. También necesitamos las reuniones previas (fecha, responsable, aula)."})
    void a_wished_plural_with_its_own_list_is_a_kind(String kind, String kindField, String mainField, String request) {
        AppSpec spec = SpecCheck.draft(request);
        Entity main = mainBeside(spec, kind, kindField, mainField);
        assertTrue(SpecCheck.links(spec, main.name(), kind) || SpecCheck.links(spec, kind, main.name()), () -> "no link in " + SpecCheck.names(spec));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2 | Ticket tracker: title, status (new, open, closed), size (S/M/L), contact details (phone and email), reporter name + phone",
        "5 | We track jobs: customer name + phone, address, date, price.",
        "3 | Log each order with the product (t-shirt, mug, poster), size (S/M/L) and quantity.",
        "4 | Suivi des tickets : titre, statut (nouveau, ouvert, fermé), nom + téléphone du demandeur, date.",
        "3 | Registro de pedidos: cliente, tamaño (S/M/L), estado (nuevo, enviado, entregado).",
        "3 | Aufträge: Kunde, Größe (S/M/L), Status (neu, offen, erledigt).",
        "4 | Ticket tracker: title, priority, due date. We also need the contact details (phone, email).",
        "3 | Orders: customer, date, total. We also need the sizes (S, M, L).",
        "4 | Repairs: customer, device, fault, price. We also need the opening hours (from, to)."})
    void values_and_a_persons_details_make_no_kind(int fields, String request) {
        AppSpec spec = SpecCheck.draft(request);
        assertTrue(spec.entities().size() == 1, () -> "a second kind in " + SpecCheck.names(spec));
        assertTrue(spec.entities().get(0).fields().stream().filter(f -> f.type() != FieldType.REFERENCE).count() >= fields,
                () -> "fields lost: " + spec.entities().get(0).fields());
    }
}
