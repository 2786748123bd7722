"""Writes refine-probe-a.jsonl: chat edits that ADD fields or CHANGE a field's type, in English,
French, Spanish and German, on specs of several domains. Written before looking at how the offline
refiner handles them (session 3, helper A); a development set, not a held-out one."""
import json, os


def f(key, label, type, **kw):
    d = {"key": key, "label": label, "type": type}
    d.update(kw)
    return d


def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


def spec(name, ents):
    return {"spec": 1, "name": name, "summary": name, "entities": ents}


# ---- English specs
LOANS = spec("Equipment loans", [
    ent("item", "Item", "Items", [f("name", "Name", "text", required=True), f("category", "Category", "choice", options=["Laptop", "Projector", "Camera"]), f("serial_number", "Serial number", "text", unique=True)]),
    ent("loan", "Loan", "Loans", [f("item", "Item", "reference", target="item", required=True), f("borrower", "Borrower", "person"), f("lent_on", "Lent on", "date"), f("due_back", "Due back", "date"), f("returned", "Returned", "boolean"), f("comments", "Comments", "text")])])
WORK = spec("Facility work orders", [
    ent("work_order", "Work order", "Work orders", [f("title", "Title", "text", required=True), f("location", "Location", "text"), f("requested_by", "Requested by", "person"), f("priority", "Priority", "choice", options=["Low", "Normal", "Urgent"]), f("description", "Description", "long_text"), f("done_on", "Done on", "date"), f("contractor", "Contractor", "text")]),
    ent("supplier", "Supplier", "Suppliers", [f("name", "Name", "text", required=True), f("email", "Email", "email"), f("phone", "Phone", "phone")])])
EVENTS = spec("Event registrations", [
    ent("event", "Event", "Events", [f("title", "Title", "text", required=True), f("starts_on", "Starts on", "date"), f("venue", "Venue", "text"), f("venue_website", "Venue website", "text"), f("capacity", "Capacity", "integer")]),
    ent("registration", "Registration", "Registrations", [f("event", "Event", "reference", target="event", required=True), f("attendee", "Attendee", "text", required=True), f("email", "Email", "email"), f("dietary_needs", "Dietary needs", "text")])])
CONTRACTS = spec("Contract register", [
    ent("contract", "Contract", "Contracts", [f("title", "Title", "text", required=True), f("counterparty", "Counterparty", "text"), f("start_date", "Start date", "date"), f("renewal_date", "Renewal date", "text"), f("annual_value", "Annual value", "text"), f("owner", "Owner", "text"), f("signed_copy", "Signed copy", "text")])])
CANDIDATES = spec("Hiring", [
    ent("candidate", "Candidate", "Candidates", [f("full_name", "Full name", "text", required=True), f("email", "Email", "email"), f("position", "Position", "text"), f("cv", "CV", "url"), f("stage", "Stage", "choice", options=["Applied", "Interview", "Offer", "Rejected"])]),
    ent("interview", "Interview", "Interviews", [f("candidate", "Candidate", "reference", target="candidate", required=True), f("held_on", "Held on", "date"), f("interviewer", "Interviewer", "text"), f("feedback", "Feedback", "long_text")])])
MACHINES = spec("Machine maintenance", [
    ent("machine", "Machine", "Machines", [f("name", "Name", "text", required=True), f("serial", "Serial", "text"), f("location", "Location", "text"), f("bought_on", "Bought on", "date")]),
    ent("maintenance", "Maintenance", "Maintenances", [f("machine", "Machine", "reference", target="machine", required=True), f("done_on", "Done on", "date"), f("technician", "Technician", "text"), f("cost", "Cost", "decimal"), f("notes", "Notes", "long_text")])])
COMPLAINTS = spec("Customer complaints", [
    ent("complaint", "Complaint", "Complaints", [f("customer", "Customer", "text", required=True), f("received_on", "Received on", "date"), f("channel", "Channel", "choice", options=["Phone", "Email", "Shop"]), f("summary", "Summary", "text"), f("resolved", "Resolved", "boolean")])])
VOLUNTEERS = spec("Volunteers", [
    ent("volunteer", "Volunteer", "Volunteers", [f("name", "Name", "text", required=True), f("phone", "Phone", "phone"), f("availability", "Availability", "text"), f("has_car", "Has a car", "text")])])

# ---- French specs
PRET = spec("Prêts de matériel", [
    ent("materiel", "Matériel", "Matériels", [f("nom", "Nom", "text", required=True), f("categorie", "Catégorie", "choice", options=["Ordinateur", "Projecteur", "Caméra"]), f("numero_serie", "Numéro de série", "text")]),
    ent("pret", "Prêt", "Prêts", [f("materiel", "Matériel", "reference", target="materiel", required=True), f("emprunteur", "Emprunteur", "person"), f("date_pret", "Date du prêt", "date"), f("retour_prevu", "Retour prévu", "date"), f("rendu", "Rendu", "boolean"), f("remarque", "Remarque", "text")])])
INTERV = spec("Interventions techniques", [
    ent("intervention", "Intervention", "Interventions", [f("titre", "Titre", "text", required=True), f("lieu", "Lieu", "text"), f("demandeur", "Demandeur", "text"), f("urgence", "Urgence", "choice", options=["Basse", "Normale", "Haute"]), f("description", "Description", "long_text"), f("date_fin", "Date de fin", "date"), f("prestataire", "Prestataire", "text")]),
    ent("fournisseur", "Fournisseur", "Fournisseurs", [f("nom", "Nom", "text", required=True), f("email", "Email", "email"), f("telephone", "Téléphone", "phone")])])
ADH = spec("Adhérents", [
    ent("adherent", "Adhérent", "Adhérents", [f("nom", "Nom", "text", required=True), f("prenom", "Prénom", "text"), f("telephone", "Téléphone", "phone"), f("adresse", "Adresse", "text"), f("cotisation", "Cotisation", "text"), f("date_adhesion", "Date d'adhésion", "date")])])

# ---- Spanish specs
RESERVAS = spec("Reservas de salas", [
    ent("sala", "Sala", "Salas", [f("nombre", "Nombre", "text", required=True), f("capacidad", "Capacidad", "integer"), f("planta", "Planta", "text")]),
    ent("reserva", "Reserva", "Reservas", [f("sala", "Sala", "reference", target="sala", required=True), f("organizador", "Organizador", "text"), f("fecha", "Fecha", "date"), f("hora_inicio", "Hora de inicio", "text"), f("motivo", "Motivo", "text"), f("asistentes", "Asistentes", "text")])])
PEDIDOS = spec("Pedidos", [
    ent("pedido", "Pedido", "Pedidos", [f("numero", "Número", "text", required=True, unique=True), f("cliente", "Cliente", "text"), f("fecha", "Fecha", "date"), f("importe", "Importe", "text"), f("estado", "Estado", "choice", options=["Pendiente", "Enviado", "Entregado"]), f("observaciones", "Observaciones", "text")])])
INCID = spec("Incidencias", [
    ent("incidencia", "Incidencia", "Incidencias", [f("titulo", "Título", "text", required=True), f("descripcion", "Descripción", "long_text"), f("reportado_por", "Reportado por", "person"), f("categoria", "Categoría", "choice", options=["Hardware", "Software", "Red"]), f("prioridad", "Prioridad", "choice", options=["Baja", "Media", "Alta"])])])

# ---- German specs
FUHRPARK = spec("Fuhrpark", [
    ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [f("kennzeichen", "Kennzeichen", "text", required=True, unique=True), f("modell", "Modell", "text"), f("kilometerstand", "Kilometerstand", "integer")]),
    ent("fahrt", "Fahrt", "Fahrten", [f("fahrzeug", "Fahrzeug", "reference", target="fahrzeug", required=True), f("fahrer", "Fahrer", "text"), f("datum", "Datum", "date"), f("ziel", "Ziel", "text"), f("kosten", "Kosten", "text"), f("bemerkung", "Bemerkung", "text")])])
SCHULUNG = spec("Schulungen", [
    ent("schulung", "Schulung", "Schulungen", [f("titel", "Titel", "text", required=True), f("trainer", "Trainer", "text"), f("datum", "Datum", "date"), f("dauer", "Dauer", "text"), f("pflicht", "Pflicht", "text")])])
BESTELLUNG = spec("Bestellungen", [
    ent("bestellung", "Bestellung", "Bestellungen", [f("artikel", "Artikel", "text", required=True), f("menge", "Menge", "integer"), f("lieferant", "Lieferant", "text"), f("bestellt_am", "Bestellt am", "date"), f("status", "Status", "choice", options=["Offen", "Bestellt", "Geliefert"])]),
    ent("lieferant", "Lieferant", "Lieferanten", [f("name", "Name", "text", required=True), f("email", "E-Mail", "email"), f("telefon", "Telefon", "phone")])])

cases = []


def C(id, lang, sp, req, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


def add(entity, name, type, aliases=(), alt=(), **kw):
    d = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    d.update(kw)
    return d


def retype(entity, field, type, alt=()):
    return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}


def drop(entity, field):
    return {"op": "remove_field", "entity": entity, "field": field}


# ---------------- English: adding
C("pa01", "en", LOANS, "also track the deposit paid for each loan", [add("loan", "deposit", "money", ["deposit paid", "deposit amount"], ["decimal"])])
C("pa02", "en", LOANS, "I need to know who approved each loan and when", [add("loan", "approved by", "person", ["approver"]), add("loan", "approved on", "date", ["approval date", "date approved"], ["datetime"])])
C("pa03", "en", COMPLAINTS, "we should record whether the customer was offered a refund", [add("complaint", "refund offered", "boolean", ["offered a refund", "refund"])])
C("pa04", "en", COMPLAINTS, "add how much we refunded", [add("complaint", "amount refunded", "money", ["refund amount", "refunded", "refund"], ["decimal"])])
C("pa05", "en", CONTRACTS, "let us attach the scanned invoice to each contract", [add("contract", "invoice", "file", ["scanned invoice", "invoice scan"])])
C("pa06", "en", MACHINES, "add a notes box to the machines", [add("machine", "notes", "long_text", ["note"], ["text"])])
C("pa07", "en", LOANS, "add the actual return date to the loan", [add("loan", "return date", "date", ["actual return date", "returned on"], ["datetime"])])
C("pa08", "en", CANDIDATES, "add a seniority level: junior, mid, senior", [add("candidate", "seniority level", "choice", ["seniority", "level"], options=["Junior", "Mid", "Senior"])])
C("pa09", "en", EVENTS, "each registration should also have a ticket type (standard, VIP, student)", [add("registration", "ticket type", "choice", ["ticket"], options=["Standard", "VIP", "Student"])])
C("pa10", "en", MACHINES, "add a warranty end date to the machine, and on maintenance add the number of hours spent", [add("machine", "warranty end date", "date", ["warranty end", "warranty expires", "warranty"]), add("maintenance", "hours spent", "decimal", ["number of hours spent", "hours"], ["integer"])])
C("pa11", "en", VOLUNTEERS, "hey, could you please add their date of birth? thanks!", [add("volunteer", "date of birth", "date", ["birth date", "birthday", "dob"])])
C("pa12", "en", VOLUNTEERS, "swap the phone for an email address", [drop("volunteer", "phone"), add("volunteer", "email address", "email", ["email"])])
C("pa13", "en", CANDIDATES, "replace the stage with a score from 1 to 10", [drop("candidate", "stage"), add("candidate", "score", "integer", [], ["decimal"])])
C("pa14", "en", EVENTS, "also track the dress code", [add("event", "dress code", "text", [], ["choice", "long_text"])])
C("pa15", "en", WORK, "add a 'Permit reference' field to the work orders", [add("work_order", "permit reference", "text", ["permit"])])
C("pa16", "en", LOANS, "Thanks, looks good! Just two things: we need a deposit amount and a photo of the item when it comes back.", [add("loan", "deposit amount", "money", ["deposit"], ["decimal"]), add("loan", "photo", "file", ["return photo", "photo of the item"])])
C("pa17", "en", WORK, "add a cost estimate and whether the landlord has to approve it", [add("work_order", "cost estimate", "money", ["estimated cost", "estimate"], ["decimal"]), add("work_order", "landlord approval", "boolean", ["landlord has to approve", "landlord must approve", "needs landlord approval", "landlord approval needed", "landlord approves"])])
C("pa18", "en", CONTRACTS, "add the counterparty's contact email and phone number", [add("contract", "contact email", "email", ["email", "counterparty email"]), add("contract", "phone number", "phone", ["contact phone", "phone", "counterparty phone"])])
C("pa19", "en", MACHINES, "for each maintenance, also note which parts were replaced", [add("maintenance", "parts replaced", "text", ["replaced parts", "parts"], ["long_text"])])
C("pa20", "en", EVENTS, "add a field for how many guests each attendee brings", [add("registration", "number of guests", "integer", ["guests", "guest count"])])
C("pa21", "en", CANDIDATES, "could we also have the expected salary?", [add("candidate", "expected salary", "money", ["salary"], ["decimal"])])
# ---------------- English: changing types
C("pa22", "en", CONTRACTS, "the owner should be picked from our staff directory", [retype("contract", "owner", "person")])
C("pa23", "en", WORK, "the contractor should be picked from the list of suppliers", [retype("work_order", "contractor", "reference")])
C("pa24", "en", CANDIDATES, "make position a dropdown with Developer, Designer and Sales", [retype("candidate", "position", "choice")])
C("pa25", "en", COMPLAINTS, "the summary box is too small, people write a lot in there", [retype("complaint", "summary", "long_text")])
C("pa26", "en", CONTRACTS, "annual value should be an amount of money, not text", [retype("contract", "annual_value", "money", ["decimal"])])
C("pa27", "en", VOLUNTEERS, "'Has a car' should be a yes/no", [retype("volunteer", "has_car", "boolean")])
C("pa28", "en", COMPLAINTS, "channel should just be free text, the list is too limiting", [retype("complaint", "channel", "text")])
C("pa29", "en", EVENTS, "starts on needs the time too, not just the day", [retype("event", "starts_on", "datetime")])
C("pa30", "en", MACHINES, "the technician is always one of our employees", [retype("maintenance", "technician", "person")])
C("pa31", "en", CANDIDATES, "we'd rather upload the CV as a file than paste a link", [retype("candidate", "cv", "file")])
C("pa32", "en", CONTRACTS, "the renewal date should be a real date, not text", [retype("contract", "renewal_date", "date")])
C("pa33", "en", VOLUNTEERS, "availability should let people tick several of: weekdays, evenings, weekends", [retype("volunteer", "availability", "multi_choice", ["choice"])])
C("pa34", "en", EVENTS, "the venue website should be a clickable link", [retype("event", "venue_website", "url")])
C("pa35", "en", CONTRACTS, "signed copy should be an uploaded file", [retype("contract", "signed_copy", "file")])
C("pa36", "en", WORK, "location should be picked from a list: Building A, Building B, Warehouse", [retype("work_order", "location", "choice")])

# ---------------- French
C("pa37", "fr", PRET, "Ajoute aussi la caution versée pour chaque prêt", [add("pret", "caution", "money", ["caution versée", "dépôt de garantie"], ["decimal"])])
C("pa38", "fr", PRET, "J'ai besoin de savoir qui a validé le prêt et quand", [add("pret", "validé par", "person", ["valideur", "approuvé par"]), add("pret", "validé le", "date", ["date de validation", "approuvé le"], ["datetime"])])
C("pa39", "fr", ADH, "il faudrait noter si l'adhérent a signé la charte", [add("adherent", "charte signée", "boolean", ["a signé la charte", "signature charte", "charte"])])
C("pa40", "fr", ADH, "Combien d'enfants a chaque adhérent ? Ajoute ce champ", [add("adherent", "nombre d'enfants", "integer", ["enfants", "nombre enfants"])])
C("pa41", "fr", INTERV, "On doit pouvoir joindre le devis à chaque intervention", [add("intervention", "devis", "file", ["quote"])])
C("pa42", "fr", INTERV, "Ajoute une zone de commentaires", [add("intervention", "commentaires", "long_text", ["commentaire"], ["text"])])
C("pa43", "fr", ADH, "Ajoute un type d'adhésion : individuelle, famille ou étudiant", [add("adherent", "type d'adhésion", "choice", ["type adhésion", "adhésion"], options=["Individuelle", "Famille", "Étudiant"])])
C("pa44", "fr", INTERV, "Pour les fournisseurs, ajoute l'adresse et le numéro SIRET", [add("fournisseur", "adresse", "text", [], ["long_text"]), add("fournisseur", "numéro SIRET", "text", ["siret"])])
C("pa45", "fr", ADH, "Bonjour, pourriez-vous ajouter l'adresse e-mail des adhérents ? Merci !", [add("adherent", "adresse e-mail", "email", ["email", "e-mail", "courriel"])])
C("pa46", "fr", ADH, "Remplace l'adresse par la ville", [drop("adherent", "adresse"), add("adherent", "ville", "text")])
C("pa47", "fr", INTERV, "Le demandeur doit être choisi dans la liste du personnel", [retype("intervention", "demandeur", "person")])
C("pa48", "fr", INTERV, "Le prestataire doit être choisi parmi les fournisseurs", [retype("intervention", "prestataire", "reference")])
C("pa49", "fr", ADH, "La cotisation, c'est un montant en euros", [retype("adherent", "cotisation", "money", ["decimal"])])
C("pa50", "fr", PRET, "La remarque est trop petite, il faut une grande zone de texte", [retype("pret", "remarque", "long_text")])
C("pa51", "fr", INTERV, "Pour la date de fin il faut aussi l'heure", [retype("intervention", "date_fin", "datetime")])
C("pa52", "fr", PRET, "Ajoute le nombre d'accessoires prêtés et s'il faut une caution", [add("pret", "nombre d'accessoires", "integer", ["accessoires", "nombre d'accessoires prêtés"]), add("pret", "caution", "boolean", ["caution requise", "caution nécessaire", "il faut une caution"])])

# ---------------- Spanish
C("pa53", "es", RESERVAS, "También quiero registrar si hace falta catering", [add("reserva", "catering", "boolean", ["necesita catering", "hace falta catering"])])
C("pa54", "es", PEDIDOS, "Necesito saber quién preparó el pedido y cuándo", [add("pedido", "preparado por", "person", ["preparó"]), add("pedido", "preparado el", "date", ["fecha de preparación", "preparado en"], ["datetime"])])
C("pa55", "es", PEDIDOS, "¿Cuántas cajas lleva cada pedido? Añádelo, por favor", [add("pedido", "número de cajas", "integer", ["cajas", "cantidad de cajas"])])
C("pa56", "es", INCID, "Quiero poder adjuntar una captura de pantalla", [add("incidencia", "captura de pantalla", "file", ["captura", "screenshot"])])
C("pa57", "es", INCID, "Añade un campo de solución", [add("incidencia", "solución", "text", ["solucion"], ["long_text"])])
C("pa58", "es", RESERVAS, "En las salas añade si tienen proyector y el número de enchufes", [add("sala", "proyector", "boolean", ["tiene proyector"]), add("sala", "número de enchufes", "integer", ["enchufes"])])
C("pa59", "es", PEDIDOS, "Añade la forma de pago: tarjeta, transferencia o efectivo", [add("pedido", "forma de pago", "choice", ["pago", "método de pago"], options=["Tarjeta", "Transferencia", "Efectivo"])])
C("pa60", "es", INCID, "Hola, ¿podéis añadir la fecha de resolución? ¡Gracias!", [add("incidencia", "fecha de resolución", "date", ["resuelto el", "resolución"], ["datetime"])])
C("pa61", "es", RESERVAS, "Quita el campo asistentes y pon en su lugar el número de asistentes", [drop("reserva", "asistentes"), add("reserva", "número de asistentes", "integer", ["asistentes"])])
C("pa62", "es", RESERVAS, "El organizador debe elegirse de la lista de empleados", [retype("reserva", "organizador", "person")])
C("pa63", "es", PEDIDOS, "El importe debería ser dinero, no texto", [retype("pedido", "importe", "money", ["decimal"])])
C("pa64", "es", RESERVAS, "La hora de inicio debería ser fecha y hora", [retype("reserva", "hora_inicio", "datetime")])
C("pa65", "es", PEDIDOS, "Las observaciones necesitan más espacio, a veces escriben mucho", [retype("pedido", "observaciones", "long_text")])
C("pa66", "es", INCID, "La categoría debería ser texto libre", [retype("incidencia", "categoria", "text")])
C("pa67", "es", RESERVAS, "El motivo debería ser una lista desplegable: reunión, formación, entrevista", [retype("reserva", "motivo", "choice")])
C("pa68", "es", WORK, "añade el coste estimado de cada orden", [add("work_order", "coste estimado", "money", ["coste", "estimated cost", "cost estimate"], ["decimal"])])

# ---------------- German
C("pa69", "de", FUHRPARK, "Wir brauchen noch die Tankkosten pro Fahrt", [add("fahrt", "Tankkosten", "money", ["Kosten Tanken"], ["decimal"])])
C("pa70", "de", BESTELLUNG, "Ich muss wissen, wer die Bestellung genehmigt hat und wann", [add("bestellung", "genehmigt von", "person", ["Genehmiger", "genehmigt durch"]), add("bestellung", "genehmigt am", "date", ["Genehmigungsdatum", "Datum der Genehmigung"], ["datetime"])])
C("pa71", "de", SCHULUNG, "Wir sollten festhalten, ob ein Zertifikat ausgestellt wird", [add("schulung", "Zertifikat", "boolean", ["Zertifikat ausgestellt", "mit Zertifikat"])])
C("pa72", "de", SCHULUNG, "Wie viele Teilnehmer maximal? Bitte ein Feld dafür", [add("schulung", "maximale Teilnehmer", "integer", ["Teilnehmer", "max Teilnehmer", "Teilnehmerzahl", "maximale Teilnehmerzahl"])])
C("pa73", "de", BESTELLUNG, "Die Rechnung soll man hochladen können", [add("bestellung", "Rechnung", "file", ["invoice"])])
C("pa74", "de", FUHRPARK, "Füg bitte ein Notizfeld beim Fahrzeug hinzu", [add("fahrzeug", "Notizen", "long_text", ["Notiz", "Notizfeld"], ["text"])])
C("pa75", "de", SCHULUNG, "Neues Feld Niveau: Anfänger, Fortgeschritten, Experte", [add("schulung", "Niveau", "choice", ["Level"], options=["Anfänger", "Fortgeschritten", "Experte"])])
C("pa76", "de", BESTELLUNG, "Beim Lieferanten bitte noch Ansprechpartner und Webseite ergänzen", [add("lieferant", "Ansprechpartner", "text", ["Kontaktperson"], ["person"]), add("lieferant", "Webseite", "url", ["Website"])])
C("pa77", "de", FUHRPARK, "Hallo! Könntet ihr beim Fahrzeug noch das Baujahr ergänzen? Danke!", [add("fahrzeug", "Baujahr", "integer", [], ["date", "text"])])
C("pa78", "de", FUHRPARK, "Ersetze die Bemerkung durch ein Foto vom Schaden", [drop("fahrt", "bemerkung"), add("fahrt", "Foto", "file", ["Foto vom Schaden", "Schadensfoto"])])
C("pa79", "de", FUHRPARK, "Der Fahrer soll aus der Mitarbeiterliste gewählt werden", [retype("fahrt", "fahrer", "person")])
C("pa80", "de", BESTELLUNG, "Der Lieferant soll aus der Lieferantenliste ausgewählt werden", [retype("bestellung", "lieferant", "reference")])
C("pa81", "de", SCHULUNG, "Pflicht soll ein Ja/Nein-Feld sein", [retype("schulung", "pflicht", "boolean")])
C("pa82", "de", SCHULUNG, "Die Dauer bitte als Zahl, in Stunden", [retype("schulung", "dauer", "decimal", ["integer"])])
C("pa83", "de", FUHRPARK, "Kosten bitte als Geldbetrag statt Text", [retype("fahrt", "kosten", "money", ["decimal"])])
C("pa84", "de", SCHULUNG, "Der Trainer ist immer ein Kollege aus dem Haus", [retype("schulung", "trainer", "person")])
C("pa85", "de", EVENTS, "Bei der Anmeldung bitte noch die Firma ergänzen", [add("registration", "Firma", "text", ["company", "Unternehmen"])])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine-probe-a.jsonl")
with open(out, "w") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases:", {l: sum(c["lang"] == l for c in cases) for l in ("en", "fr", "es", "de")})
