"""Probe set S6-R4: new record kinds and links asked for in chat, in the chatty style people write.
A new kind described at length in passing, with its attributes and the link from an existing kind
("we farm out a lot of work to subcontractors these days - each has ... - and every job is done by one
of them"); links between kinds that exist said indirectly ("I need to see which room each booking is
in", "every visit happens at one site", "a course has many sessions", "link the invoices to their
supplier"); and the direction of each link (the reference goes on the "many" side). A few messages that
only ask for a field while speaking of other things check that no kind is added unasked.
Written by session 6 helper R4 in its own words and on its own domains (building repairs, room booking,
site inspections, training courses, purchase invoices, vets, vans, leases, food bank, school trips)
BEFORE changing the refiner. English, French, Spanish and German.
Run from this folder: python3 make_s6_r4_kinds_links.py -> s6-r4-kinds-links-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rel, addk, addf

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English specs ----------
REPAIRS = spec("Repair jobs", [ent("job", "Job", "Jobs", [
    f("title", "Title", "text", required=True), f("address", "Address", "text"), f("booked_for", "Booked for", "date"),
    f("status", "Status", "choice", options=["Open", "Done"]), f("notes", "Notes", "long_text")])])
ROOMS = spec("Meeting rooms", [
    ent("room", "Room", "Rooms", [f("name", "Name", "text", required=True), f("capacity", "Capacity", "integer")]),
    ent("booking", "Booking", "Bookings", [f("title", "Title", "text", required=True), f("date", "Date", "date"),
                                           f("organiser", "Organiser", "person")])])
SITES = spec("Site inspections", [
    ent("site", "Site", "Sites", [f("name", "Name", "text", required=True), f("address", "Address", "text")]),
    ent("visit", "Visit", "Visits", [f("visit_date", "Visit date", "date", required=True), f("inspector", "Inspector", "person"),
                                     f("findings", "Findings", "long_text")])])
COURSES = spec("Training courses", [
    ent("course", "Course", "Courses", [f("title", "Title", "text", required=True), f("level", "Level", "choice", options=["Intro", "Advanced"])]),
    ent("session", "Session", "Sessions", [f("date", "Date", "date", required=True), f("trainer", "Trainer", "person")])])
INVOICES = spec("Purchase invoices", [
    ent("supplier", "Supplier", "Suppliers", [f("name", "Name", "text", required=True), f("email", "Email", "email")]),
    ent("invoice", "Invoice", "Invoices", [f("number", "Number", "text", required=True), f("amount", "Amount", "money"),
                                           f("due_date", "Due date", "date")])])
VETS = spec("Vet patients", [ent("pet", "Pet", "Pets", [
    f("name", "Name", "text", required=True), f("species", "Species", "choice", options=["Dog", "Cat", "Rabbit"]),
    f("born", "Born", "date")])])
VANS = spec("Van fleet", [ent("van", "Van", "Vans", [
    f("registration", "Registration", "text", required=True), f("make", "Make", "text"), f("mot_due", "MOT due", "date")])])
LEASES = spec("Lettings", [
    ent("tenant", "Tenant", "Tenants", [f("name", "Name", "text", required=True), f("phone", "Phone", "phone")]),
    ent("lease", "Lease", "Leases", [f("start", "Start", "date", required=True), f("end", "End", "date"), f("rent", "Rent", "money")])])
TRIPS = spec("Delivery rounds", [ent("trip", "Trip", "Trips", [
    f("date", "Date", "date", required=True), f("driver", "Driver", "person"), f("van", "Van", "text")])])

# ---------- English ----------
C("s6r4e01", "en", REPAIRS, "Quick one before I forget - we farm out a lot of the work to subcontractors these days, "
  "each has a company name, a contact person and a phone number, and every job is done by one of them. "
  "At the moment it's all in Gary's head, which isn't ideal.",
  [addk("Subcontractor", ["Subcontractors", "contractor"], [
      fld("company name", "text", ["company", "name"]), fld("contact person", "text", ["contact"], ["person"]),
      fld("phone number", "phone", ["phone", "telephone"])]),
   rel("job", "Subcontractor")])
C("s6r4e02", "en", ROOMS, "People keep double-booking because I can't tell from the list where anything is. "
  "I need to see which room each booking is in.", [rel("booking", "room")])
C("s6r4e03", "en", SITES, "Every visit happens at one site, obviously, so the visit should point at its site rather than us guessing from the findings.",
  [rel("visit", "site")])
C("s6r4e04", "en", COURSES, "a course has many sessions - that's the whole point of running them termly - so please hook the two together",
  [rel("session", "course")])
C("s6r4e05", "en", INVOICES, "Could you link the invoices to their supplier? Right now nobody knows who sent what and accounts are not happy.",
  [rel("invoice", "supplier")])
C("s6r4e06", "en", VETS, "Owners phone up all the time and reception has no idea who they are. Could we keep the owners as well, "
  "with their name, phone and email, and every pet belongs to one owner (some have four or five animals!).",
  [addk("Owner", ["Owners", "client", "pet owner"], [
      fld("name", "text", ["owner name"]), fld("phone", "phone", ["phone number"]), fld("email", "email", ["email address"])]),
   rel("pet", "Owner")])
C("s6r4e07", "en", TRIPS, "Each trip has several stops, and for each stop we'd want the address, the time we got there and whether "
  "someone signed for the parcel. The drivers are happy to fill it in on the tablet.",
  [addk("Stop", ["Stops", "drop", "delivery"], [
      fld("address", "text", ["stop address"], ["long_text"]), fld("arrival time", "datetime", ["time", "arrived at", "arrival"], ["time"]),
      fld("signed for", "boolean", ["signed", "signature"])]),
   rel("Stop", "trip")])
C("s6r4e08", "en", VANS, "Sorry, one more - the drivers. We'd like proper driver records (name, licence number and when the licence expires) "
  "and every van assigned to one driver, because the insurers asked who drives what.",
  [addk("Driver", ["Drivers"], [
      fld("name", "text", ["driver name"]), fld("licence number", "text", ["licence", "license number"]),
      fld("licence expiry", "date", ["expiry", "licence expires", "expires"])]),
   rel("van", "Driver")])
C("s6r4e09", "en", LEASES, "Our tenants sign several leases over the years, so each lease should be tied to the tenant who signed it.",
  [rel("lease", "tenant")])
C("s6r4e10", "en", REPAIRS, "Each job now needs a photo of the finished work - the customers all want one, and the site managers too.",
  [addf("job", "photo", "file", ["photo of finished work", "finished work photo", "picture"], ["image"])])
C("s6r4e11", "en", INVOICES, "Every invoice comes from one supplier, and at the moment that isn't recorded anywhere, which makes chasing them a pain.",
  [rel("invoice", "supplier")])

# ---------- French specs ----------
CHANTIERS = spec("Chantiers", [ent("chantier", "Chantier", "Chantiers", [
    f("nom", "Nom", "text", required=True), f("adresse", "Adresse", "text"), f("debut", "Début", "date"),
    f("statut", "Statut", "choice", options=["Prévu", "En cours", "Terminé"])])])
SALLES = spec("Réservations de salles", [
    ent("salle", "Salle", "Salles", [f("nom", "Nom", "text", required=True), f("places", "Places", "integer")]),
    ent("reservation", "Réservation", "Réservations", [f("objet", "Objet", "text", required=True), f("date", "Date", "date"),
                                                       f("demandeur", "Demandeur", "person")])])
VISITES = spec("Visites de sites", [
    ent("site", "Site", "Sites", [f("nom", "Nom", "text", required=True), f("ville", "Ville", "text")]),
    ent("visite", "Visite", "Visites", [f("date", "Date", "date", required=True), f("auditeur", "Auditeur", "person"),
                                        f("constats", "Constats", "long_text")])])
FORMATIONS = spec("Formations", [
    ent("formation", "Formation", "Formations", [f("intitule", "Intitulé", "text", required=True), f("duree", "Durée", "integer")]),
    ent("session", "Session", "Sessions", [f("date", "Date", "date", required=True), f("formateur", "Formateur", "person")])])
FACTURES = spec("Factures fournisseurs", [
    ent("fournisseur", "Fournisseur", "Fournisseurs", [f("nom", "Nom", "text", required=True), f("email", "E-mail", "email")]),
    ent("facture", "Facture", "Factures", [f("numero", "Numéro", "text", required=True), f("montant", "Montant", "money"),
                                           f("echeance", "Échéance", "date")])])
REFUGE = spec("Refuge", [ent("animal", "Animal", "Animaux", [
    f("nom", "Nom", "text", required=True), f("espece", "Espèce", "choice", options=["Chien", "Chat"]), f("arrivee", "Arrivée", "date")])])
STAGES = spec("Stages", [ent("stagiaire", "Stagiaire", "Stagiaires", [
    f("nom", "Nom", "text", required=True), f("debut", "Début", "date"), f("fin", "Fin", "date"), f("tuteur", "Tuteur", "person")])])

C("s6r4f01", "fr", CHANTIERS, "Petite précision suite à la réunion : on travaille de plus en plus avec des sous-traitants. Chacun a une raison sociale, "
  "un interlocuteur et un téléphone, et chaque chantier est confié à l'un d'eux.",
  [addk("Sous-traitant", ["Sous-traitants", "entreprise", "prestataire"], [
      fld("raison sociale", "text", ["nom", "société", "entreprise"]), fld("interlocuteur", "text", ["contact"], ["person"]),
      fld("téléphone", "phone", ["tel", "numéro de téléphone"])]),
   rel("chantier", "Sous-traitant")])
C("s6r4f02", "fr", SALLES, "Franchement, avec la liste actuelle on ne s'y retrouve pas : j'ai besoin de voir dans quelle salle se passe chaque réservation.",
  [rel("reservation", "salle")])
C("s6r4f03", "fr", VISITES, "Chaque visite a lieu sur un seul site, il faudrait que ce soit relié (aujourd'hui c'est écrit dans les constats).",
  [rel("visite", "site")])
C("s6r4f04", "fr", FORMATIONS, "Une formation comporte plusieurs sessions dans l'année, donc il faut rattacher les sessions à leur formation.",
  [rel("session", "formation")])
C("s6r4f05", "fr", FACTURES, "Pourriez-vous relier les factures à leur fournisseur ? Pour l'instant on ne sait jamais qui a envoyé quoi.",
  [rel("facture", "fournisseur")])
C("s6r4f06", "fr", REFUGE, "La vétérinaire aimerait aussi qu'on suive les vaccins de chaque animal : le nom du vaccin, la date d'injection "
  "et la date de rappel. Pour l'instant tout est sur des carnets papier.",
  [addk("Vaccin", ["Vaccins", "vaccination"], [
      fld("nom du vaccin", "text", ["nom", "vaccin"]), fld("date d'injection", "date", ["date", "injection"]),
      fld("date de rappel", "date", ["rappel"])]),
   rel("Vaccin", "animal")])
C("s6r4f07", "fr", CHANTIERS, "Il faudrait ajouter le nombre d'ouvriers sur chaque chantier, les conducteurs de travaux le demandent tout le temps.",
  [addf("chantier", "nombre d'ouvriers", "integer", ["ouvriers", "effectif"])])
C("s6r4f08", "fr", STAGES, "Les écoles partenaires devraient avoir leur propre liste, avec le nom, la ville et un contact ; "
  "chaque stagiaire vient d'une de ces écoles.",
  [addk("École", ["Écoles", "école partenaire", "établissement"], [
      fld("nom", "text", ["nom de l'école"]), fld("ville", "text"), fld("contact", "text", ["interlocuteur"], ["person", "email"])]),
   rel("stagiaire", "École")])
C("s6r4f09", "fr", FACTURES, "Chaque facture provient d'un fournisseur, et pour l'instant ce n'est noté nulle part, ce qui complique les relances.",
  [rel("facture", "fournisseur")])

# ---------- Spanish specs ----------
CLIENTES = spec("Cartera de clientes", [ent("cliente", "Cliente", "Clientes", [
    f("nombre", "Nombre", "text", required=True), f("cif", "CIF", "text"), f("alta", "Fecha de alta", "date")])])
SALAS = spec("Reservas de salas", [
    ent("sala", "Sala", "Salas", [f("nombre", "Nombre", "text", required=True), f("aforo", "Aforo", "integer")]),
    ent("reserva", "Reserva", "Reservas", [f("motivo", "Motivo", "text", required=True), f("fecha", "Fecha", "date"),
                                           f("solicitante", "Solicitante", "person")])])
OBRAS = spec("Visitas de obra", [
    ent("obra", "Obra", "Obras", [f("nombre", "Nombre", "text", required=True), f("direccion", "Dirección", "text")]),
    ent("visita", "Visita", "Visitas", [f("fecha", "Fecha", "date", required=True), f("tecnico", "Técnico", "person"),
                                        f("observaciones", "Observaciones", "long_text")])])
CURSOS = spec("Cursos", [
    ent("curso", "Curso", "Cursos", [f("titulo", "Título", "text", required=True), f("horas", "Horas", "integer")]),
    ent("sesion", "Sesión", "Sesiones", [f("fecha", "Fecha", "date", required=True), f("profesor", "Profesor", "person")])])
FACTURAS = spec("Facturas de proveedores", [
    ent("proveedor", "Proveedor", "Proveedores", [f("nombre", "Nombre", "text", required=True), f("email", "Email", "email")]),
    ent("factura", "Factura", "Facturas", [f("numero", "Número", "text", required=True), f("importe", "Importe", "money"),
                                           f("vencimiento", "Vencimiento", "date")])])
FLOTA = spec("Flota", [ent("vehiculo", "Vehículo", "Vehículos", [
    f("matricula", "Matrícula", "text", required=True), f("modelo", "Modelo", "text"), f("itv", "ITV", "date")])])
GRUPOS = spec("Campamento", [ent("grupo", "Grupo", "Grupos", [
    f("nombre", "Nombre", "text", required=True), f("edad", "Edad", "choice", options=["6-9", "10-13"]), f("turno", "Turno", "text")])])
SOCIOS = spec("Club", [ent("socio", "Socio", "Socios", [
    f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone"), f("cuota", "Cuota", "money")])])

C("s6r4s01", "es", CLIENTES, "Os cuento: trabajamos con varias gestorías, cada una con su nombre, una persona de contacto y un teléfono, "
  "y cada cliente lo lleva una de ellas. Ahora mismo eso no se ve en ningún sitio.",
  [addk("Gestoría", ["Gestorías", "asesoría"], [
      fld("nombre", "text", ["nombre de la gestoría"]), fld("persona de contacto", "text", ["contacto"], ["person"]),
      fld("teléfono", "phone", ["telefono"])]),
   rel("cliente", "Gestoría")])
C("s6r4s02", "es", SALAS, "Con la lista como está no hay quien se aclare; necesito ver en qué sala es cada reserva.", [rel("reserva", "sala")])
C("s6r4s03", "es", OBRAS, "Cada visita se hace en una obra concreta, así que enlazadlas, que ahora lo escribimos en observaciones.",
  [rel("visita", "obra")])
C("s6r4s04", "es", CURSOS, "Un curso tiene muchas sesiones a lo largo del trimestre, así que habría que relacionar cada sesión con su curso.",
  [rel("sesion", "curso")])
C("s6r4s05", "es", FACTURAS, "Vinculad las facturas a su proveedor, por favor, que ahora no hay manera de saber de quién es cada una.",
  [rel("factura", "proveedor")])
C("s6r4s06", "es", FLOTA, "También queremos llevar las revisiones de cada vehículo: la fecha, el taller, los kilómetros y lo que costó. "
  "Lo pide el seguro desde este año.",
  [addk("Revisión", ["Revisiones", "mantenimiento"], [
      fld("fecha", "date", ["fecha de revisión"]), fld("taller", "text"), fld("kilómetros", "integer", ["km", "kilometraje"], ["decimal"]),
      fld("coste", "money", ["importe", "precio", "costó"], ["decimal"])]),
   rel("Revisión", "vehiculo")])
C("s6r4s07", "es", SOCIOS, "A cada socio habría que ponerle la fecha de alta, que los de administración la piden siempre.",
  [addf("socio", "fecha de alta", "date", ["alta"])])
C("s6r4s08", "es", GRUPOS, "Los monitores deberían tener su propia lista (nombre, teléfono y titulación) y cada grupo tiene un monitor asignado.",
  [addk("Monitor", ["Monitores", "monitora"], [
      fld("nombre", "text"), fld("teléfono", "phone"), fld("titulación", "text", ["título"])]),
   rel("grupo", "Monitor")])
C("s6r4s09", "es", FACTURAS, "Cada factura viene de un proveedor, y eso ahora mismo no queda apuntado en ninguna parte.",
  [rel("factura", "proveedor")])

# ---------- German specs ----------
AUFTRAEGE = spec("Aufträge", [ent("auftrag", "Auftrag", "Aufträge", [
    f("titel", "Titel", "text", required=True), f("adresse", "Adresse", "text"), f("termin", "Termin", "date"),
    f("status", "Status", "choice", options=["Offen", "Erledigt"])])])
RAEUME = spec("Raumbuchung", [
    ent("raum", "Raum", "Räume", [f("name", "Name", "text", required=True), f("plaetze", "Plätze", "integer")]),
    ent("buchung", "Buchung", "Buchungen", [f("anlass", "Anlass", "text", required=True), f("datum", "Datum", "date"),
                                            f("gebucht_von", "Gebucht von", "person")])])
STANDORTE = spec("Standortbesuche", [
    ent("standort", "Standort", "Standorte", [f("name", "Name", "text", required=True), f("stadt", "Stadt", "text")]),
    ent("besuch", "Besuch", "Besuche", [f("datum", "Datum", "date", required=True), f("pruefer", "Prüfer", "person"),
                                        f("befund", "Befund", "long_text")])])
KURSE = spec("Kurse", [
    ent("kurs", "Kurs", "Kurse", [f("titel", "Titel", "text", required=True), f("stufe", "Stufe", "text")]),
    ent("termin", "Termin", "Termine", [f("datum", "Datum", "date", required=True), f("trainer", "Trainer", "person")])])
RECHNUNGEN = spec("Eingangsrechnungen", [
    ent("lieferant", "Lieferant", "Lieferanten", [f("name", "Name", "text", required=True), f("email", "E-Mail", "email")]),
    ent("rechnung", "Rechnung", "Rechnungen", [f("nummer", "Nummer", "text", required=True), f("betrag", "Betrag", "money"),
                                               f("faellig", "Fällig am", "date")])])
FUHRPARK = spec("Fuhrpark", [ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [
    f("kennzeichen", "Kennzeichen", "text", required=True), f("modell", "Modell", "text"), f("tuev", "TÜV", "date")])])
EINSAETZE = spec("Einsätze", [ent("einsatz", "Einsatz", "Einsätze", [
    f("datum", "Datum", "date", required=True), f("ort", "Ort", "text"), f("techniker", "Techniker", "person")])])
BESTELLUNGEN = spec("Bestellungen", [ent("bestellung", "Bestellung", "Bestellungen", [
    f("artikel", "Artikel", "text", required=True), f("menge", "Menge", "integer"), f("bestellt_am", "Bestellt am", "date")])])

C("s6r4d01", "de", AUFTRAEGE, "Kurz noch was: Wir arbeiten inzwischen mit mehreren Subunternehmern zusammen – jeder hat einen Firmennamen, "
  "einen Ansprechpartner und eine Telefonnummer – und jeder Auftrag wird von einem davon erledigt.",
  [addk("Subunternehmer", ["Nachunternehmer", "Firma"], [
      fld("Firmenname", "text", ["Firma", "Name"]), fld("Ansprechpartner", "text", ["Kontakt"], ["person"]),
      fld("Telefonnummer", "phone", ["Telefon"])]),
   rel("auftrag", "Subunternehmer")])
C("s6r4d02", "de", RAEUME, "So wie die Liste jetzt ist, blickt keiner durch. Ich muss sehen können, in welchem Raum jede Buchung stattfindet.",
  [rel("buchung", "raum")])
C("s6r4d03", "de", STANDORTE, "Jeder Besuch findet an genau einem Standort statt, das sollte bitte verknüpft sein (bisher steht es im Befund).",
  [rel("besuch", "standort")])
C("s6r4d04", "de", KURSE, "Ein Kurs hat mehrere Termine im Halbjahr, also bitte die Termine ihrem Kurs zuordnen.", [rel("termin", "kurs")])
C("s6r4d05", "de", RECHNUNGEN, "Bitte die Rechnungen mit ihrem Lieferanten verknüpfen, sonst weiß die Buchhaltung nie, wer was geschickt hat.",
  [rel("rechnung", "lieferant")])
C("s6r4d06", "de", FUHRPARK, "Für jedes Fahrzeug wollen wir außerdem die Tankvorgänge erfassen: Datum, Liter, Betrag und Kilometerstand. "
  "Das Controlling fragt da ständig nach.",
  [addk("Tankvorgang", ["Tankvorgänge", "Tankung", "Betankung"], [
      fld("Datum", "date", ["Tankdatum"]), fld("Liter", "decimal", ["Menge"], ["integer"]), fld("Betrag", "money", ["Kosten", "Preis"], ["decimal"]),
      fld("Kilometerstand", "integer", ["km-Stand", "Kilometer"], ["decimal"])]),
   rel("Tankvorgang", "fahrzeug")])
C("s6r4d07", "de", EINSAETZE, "Bei jedem Einsatz bräuchten wir noch die Dauer in Minuten, danach fragt die Buchhaltung ständig.",
  [addf("einsatz", "Dauer", "integer", ["Dauer in Minuten", "Minuten"], ["decimal"])])
C("s6r4d08", "de", BESTELLUNGEN, "Die Lieferanten hätten wir gern als eigene Liste mit Name, E-Mail und Kundennummer, "
  "und jede Bestellung geht an einen Lieferanten.",
  [addk("Lieferant", ["Lieferanten", "Händler"], [
      fld("Name", "text", ["Firmenname"]), fld("E-Mail", "email", ["Email"]), fld("Kundennummer", "text", ["Kd-Nr"])]),
   rel("bestellung", "Lieferant")])
C("s6r4d09", "de", RECHNUNGEN, "Jede Rechnung kommt von einem Lieferanten, das ist im Moment aber nirgends hinterlegt.",
  [rel("rechnung", "lieferant")])

if __name__ == "__main__":
    with open("s6-r4-kinds-links-refine.jsonl", "w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases), "cases")
