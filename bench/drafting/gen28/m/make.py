#!/usr/bin/env python3
"""Generated set gen28/m (session 28, improver m): chat edits that carry two or three different edits.

Written by hand from the writer's own phrasing of an office worker typing into the chat box after seeing a draft,
before the engine was run on it.  Each message asks for two or three edits: add + required, rename + type,
add + options, remove + add, edits on two different kinds, two or three new details in one clause ("the serial
number and the model" is two details), joined by "and", commas, "also", "plus", semicolons or new sentences.

Groups (cx in the id):
  addreq    add a detail and make a detail required (the new one or another)
  rentype   rename a detail and change a type (the same detail or another)
  addopts   add a detail and set / extend options of a choice, or add a choice with its values + another edit
  remadd    remove a detail and add another (same kind or two kinds)
  twokinds  edits on two different kinds named in the same message
  twoadd    two or three new details in one clause
  three     three edits of different sorts

Six domains (helpdesk, events, fleet, recruitment, warehouse, volunteer shifts), specs written in the message's
language.  About half the rows are English, the rest French, Spanish, German.

  python3 make.py     # writes refine.jsonl (and an empty draft.jsonl) beside this file
Standard library only; deterministic.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def F(key, labels, typ, **kw):
    return (key, labels, typ, kw)


def L(en, fr, es, de):
    return {"en": en, "fr": fr, "es": es, "de": de}


# ---- domain specs: kind key -> (names per lang, plurals per lang, fields)
DOM = {
    "help": dict(
        name=L("IT helpdesk", "Support informatique", "Soporte informático", "IT-Support"),
        summary="Staff report IT problems; the helpdesk tracks them to closure.",
        kinds=[
            ("ticket", L("Ticket", "Ticket", "Incidencia", "Ticket"), L("Tickets", "Tickets", "Incidencias", "Tickets"), [
                F("title", L("Title", "Titre", "Título", "Titel"), "text", required=True),
                F("description", L("Description", "Description", "Descripción", "Beschreibung"), "long_text"),
                F("priority", L("Priority", "Priorité", "Prioridad", "Priorität"), "choice",
                  options=L(["Low", "Medium", "High"], ["Basse", "Moyenne", "Haute"], ["Baja", "Media", "Alta"], ["Niedrig", "Mittel", "Hoch"])),
                F("reported_by", L("Reported by", "Signalé par", "Informado por", "Gemeldet von"), "person"),
                F("opened_on", L("Opened on", "Ouvert le", "Fecha de apertura", "Eröffnet am"), "date"),
                F("status", L("Status", "Statut", "Estado", "Status"), "choice",
                  options=L(["Open", "In progress", "Closed"], ["Ouvert", "En cours", "Fermé"], ["Abierta", "En curso", "Cerrada"], ["Offen", "In Bearbeitung", "Geschlossen"])),
            ]),
            ("asset", L("Asset", "Équipement", "Equipo", "Gerät"), L("Assets", "Équipements", "Equipos", "Geräte"), [
                F("asset_tag", L("Asset tag", "Numéro d'inventaire", "Etiqueta de inventario", "Inventarnummer"), "text", required=True, unique=True),
                F("model", L("Model", "Modèle", "Modelo", "Modell"), "text"),
                F("location", L("Location", "Emplacement", "Ubicación", "Standort"), "text"),
                F("purchased_on", L("Purchased on", "Acheté le", "Fecha de compra", "Gekauft am"), "date"),
            ]),
        ]),
    "event": dict(
        name=L("Event registrations", "Inscriptions aux événements", "Inscripciones a eventos", "Veranstaltungsanmeldungen"),
        summary="Events and the people who register for them.",
        kinds=[
            ("event", L("Event", "Événement", "Evento", "Veranstaltung"), L("Events", "Événements", "Eventos", "Veranstaltungen"), [
                F("name", L("Name", "Nom", "Nombre", "Name"), "text", required=True),
                F("event_date", L("Date", "Date", "Fecha", "Datum"), "date"),
                F("venue", L("Venue", "Lieu", "Lugar", "Ort"), "text"),
                F("capacity", L("Capacity", "Capacité", "Aforo", "Kapazität"), "integer"),
                F("fee", L("Fee", "Tarif", "Precio", "Gebühr"), "money"),
            ]),
            ("registration", L("Registration", "Inscription", "Inscripción", "Anmeldung"), L("Registrations", "Inscriptions", "Inscripciones", "Anmeldungen"), [
                F("event", L("Event", "Événement", "Evento", "Veranstaltung"), "reference", required=True, target="event"),
                F("attendee_name", L("Attendee name", "Nom du participant", "Nombre del asistente", "Name des Teilnehmers"), "text", required=True),
                F("email", L("Email", "E-mail", "Correo electrónico", "E-Mail"), "email"),
                F("paid", L("Paid", "Payé", "Pagado", "Bezahlt"), "boolean"),
                F("diet", L("Diet", "Régime", "Dieta", "Ernährung"), "choice",
                  options=L(["None", "Vegetarian", "Vegan"], ["Aucun", "Végétarien", "Végan"], ["Ninguna", "Vegetariana", "Vegana"], ["Keine", "Vegetarisch", "Vegan"])),
            ]),
        ]),
    "fleet": dict(
        name=L("Fleet", "Parc automobile", "Flota", "Fuhrpark"),
        summary="Company vehicles and their services.",
        kinds=[
            ("vehicle", L("Vehicle", "Véhicule", "Vehículo", "Fahrzeug"), L("Vehicles", "Véhicules", "Vehículos", "Fahrzeuge"), [
                F("plate", L("Plate", "Immatriculation", "Matrícula", "Kennzeichen"), "text", required=True, unique=True),
                F("make", L("Make", "Marque", "Marca", "Marke"), "text"),
                F("model", L("Model", "Modèle", "Modelo", "Modell"), "text"),
                F("mileage", L("Mileage", "Kilométrage", "Kilometraje", "Kilometerstand"), "integer"),
                F("fuel", L("Fuel", "Carburant", "Combustible", "Kraftstoff"), "choice",
                  options=L(["Petrol", "Diesel", "Electric"], ["Essence", "Diesel", "Électrique"], ["Gasolina", "Diésel", "Eléctrico"], ["Benzin", "Diesel", "Elektro"])),
            ]),
            ("service", L("Service", "Entretien", "Revisión", "Wartung"), L("Services", "Entretiens", "Revisiones", "Wartungen"), [
                F("vehicle", L("Vehicle", "Véhicule", "Vehículo", "Fahrzeug"), "reference", required=True, target="vehicle"),
                F("service_date", L("Service date", "Date d'entretien", "Fecha de revisión", "Wartungsdatum"), "date"),
                F("garage", L("Garage", "Garage", "Taller", "Werkstatt"), "text"),
                F("cost", L("Cost", "Coût", "Coste", "Kosten"), "money"),
                F("notes", L("Notes", "Remarques", "Notas", "Notizen"), "long_text"),
            ]),
        ]),
    "recruit": dict(
        name=L("Recruitment", "Recrutement", "Selección", "Bewerbermanagement"),
        summary="Candidates and their interviews.",
        kinds=[
            ("candidate", L("Candidate", "Candidat", "Candidato", "Bewerber"), L("Candidates", "Candidats", "Candidatos", "Bewerber"), [
                F("full_name", L("Full name", "Nom complet", "Nombre completo", "Vollständiger Name"), "text", required=True),
                F("email", L("Email", "E-mail", "Correo electrónico", "E-Mail"), "email"),
                F("phone", L("Phone", "Téléphone", "Teléfono", "Telefon"), "phone"),
                F("position", L("Position", "Poste", "Puesto", "Stelle"), "text"),
                F("source", L("Source", "Source", "Origen", "Quelle"), "choice",
                  options=L(["Website", "Referral", "Agency"], ["Site web", "Cooptation", "Agence"], ["Web", "Recomendación", "Agencia"], ["Website", "Empfehlung", "Agentur"])),
                F("cv", L("CV", "CV", "CV", "Lebenslauf"), "file"),
            ]),
            ("interview", L("Interview", "Entretien", "Entrevista", "Vorstellungsgespräch"), L("Interviews", "Entretiens", "Entrevistas", "Vorstellungsgespräche"), [
                F("candidate", L("Candidate", "Candidat", "Candidato", "Bewerber"), "reference", required=True, target="candidate"),
                F("interviewer", L("Interviewer", "Recruteur", "Entrevistador", "Interviewer"), "person"),
                F("held_on", L("Held on", "Date", "Fecha", "Datum"), "date"),
                F("score", L("Score", "Note", "Puntuación", "Bewertung"), "integer"),
                F("outcome", L("Outcome", "Résultat", "Resultado", "Ergebnis"), "choice",
                  options=L(["Pass", "Fail", "On hold"], ["Retenu", "Refusé", "En attente"], ["Apto", "No apto", "En espera"], ["Bestanden", "Abgelehnt", "Offen"])),
            ]),
        ]),
    "stock": dict(
        name=L("Warehouse stock", "Stock de l'entrepôt", "Inventario del almacén", "Lagerbestand"),
        summary="Products in the warehouse and how stock moves.",
        kinds=[
            ("product", L("Product", "Produit", "Producto", "Artikel"), L("Products", "Produits", "Productos", "Artikel"), [
                F("sku", L("SKU", "Référence", "Referencia", "Artikelnummer"), "text", required=True, unique=True),
                F("name", L("Name", "Nom", "Nombre", "Bezeichnung"), "text", required=True),
                F("category", L("Category", "Catégorie", "Categoría", "Kategorie"), "choice",
                  options=L(["Tools", "Parts", "Consumables"], ["Outils", "Pièces", "Consommables"], ["Herramientas", "Piezas", "Consumibles"], ["Werkzeug", "Ersatzteile", "Verbrauchsmaterial"])),
                F("unit_price", L("Unit price", "Prix unitaire", "Precio unitario", "Stückpreis"), "money"),
                F("stock", L("Stock", "Stock", "Existencias", "Bestand"), "integer"),
                F("supplier", L("Supplier", "Fournisseur", "Proveedor", "Lieferant"), "text"),
            ]),
            ("movement", L("Stock movement", "Mouvement de stock", "Movimiento", "Lagerbewegung"), L("Stock movements", "Mouvements de stock", "Movimientos", "Lagerbewegungen"), [
                F("product", L("Product", "Produit", "Producto", "Artikel"), "reference", required=True, target="product"),
                F("quantity", L("Quantity", "Quantité", "Cantidad", "Menge"), "integer", required=True),
                F("moved_on", L("Date", "Date", "Fecha", "Datum"), "date"),
                F("direction", L("Direction", "Sens", "Tipo", "Richtung"), "choice",
                  options=L(["Inbound", "Outbound"], ["Entrée", "Sortie"], ["Entrada", "Salida"], ["Eingang", "Ausgang"])),
            ]),
        ]),
    "shift": dict(
        name=L("Volunteer shifts", "Créneaux bénévoles", "Turnos de voluntarios", "Ehrenamtsschichten"),
        summary="Volunteers sign up for shifts at the food bank.",
        kinds=[
            ("shift", L("Shift", "Créneau", "Turno", "Schicht"), L("Shifts", "Créneaux", "Turnos", "Schichten"), [
                F("volunteer", L("Volunteer", "Bénévole", "Voluntario", "Ehrenamtliche"), "text", required=True),
                F("role", L("Role", "Rôle", "Función", "Aufgabe"), "choice",
                  options=L(["Sorting", "Packing", "Driving"], ["Tri", "Emballage", "Livraison"], ["Clasificación", "Empaquetado", "Reparto"], ["Sortieren", "Packen", "Fahren"])),
                F("hours", L("Hours", "Heures", "Horas", "Stunden"), "decimal"),
                F("confirmed", L("Confirmed", "Confirmé", "Confirmado", "Bestätigt"), "boolean"),
                F("phone", L("Phone", "Téléphone", "Teléfono", "Telefon"), "phone"),
                F("notes", L("Notes", "Remarques", "Notas", "Notizen"), "long_text"),
            ]),
        ]),
}


def spec(dom, lang):
    d = DOM[dom]
    ents = []
    for key, names, plurals, fields in d["kinds"]:
        fs = []
        for fk, labels, typ, kw in fields:
            f = {"key": fk, "label": labels[lang], "type": typ}
            if kw.get("required"):
                f["required"] = True
            if kw.get("unique"):
                f["unique"] = True
            if "options" in kw:
                f["options"] = kw["options"][lang]
            if "target" in kw:
                f["target"] = kw["target"]
            fs.append(f)
        ents.append({"key": key, "name": names[lang], "plural": plurals[lang], "fields": fs})
    return {"spec": 1, "name": d["name"][lang], "summary": d["summary"], "entities": ents}


# ---- op builders
def AF(e, name, typ, alt=(), aka=(), opts=None):
    op = {"op": "add_field", "entity": e, "name": name, "aliases": list(aka), "type": typ, "alt_types": list(alt)}
    if opts:
        op["options"] = list(opts)
    return op


def RF(e, f):
    return {"op": "remove_field", "entity": e, "field": f}


def RN(e, f, to, aka=()):
    return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": list(aka)}


def CT(e, f, typ, alt=()):
    return {"op": "change_type", "entity": e, "field": f, "type": typ, "alt_types": list(alt)}


def SR(e, f, v=True):
    return {"op": "set_required", "entity": e, "field": f, "value": v}


def SO(e, f, opts):
    return {"op": "set_options", "entity": e, "field": f, "options": list(opts)}


TXT = ["text"]
# (group, domain, lang, message, ops)
ROWS = [
    # ------------------------------------------------------------------ English
    ("addreq", "help", "en", "Add a due date to tickets and make the priority required.",
     [AF("ticket", "due date", "date", ["datetime"], ["due", "deadline"]), SR("ticket", "priority")]),
    ("addreq", "help", "en", "can we add a resolution field (longer text) and make reported by mandatory",
     [AF("ticket", "resolution", "long_text", ["text"], ["resolution notes"]), SR("ticket", "reported_by")]),
    ("addopts", "help", "en", "Add a category to tickets: hardware, software, network or access. Also make the status required.",
     [AF("ticket", "category", "choice", [], ["type"], ["Hardware", "Software", "Network", "Access"]), SR("ticket", "status")]),
    ("rentype", "help", "en", "Rename Opened on to Reported on, and change it to a date and time.",
     [RN("ticket", "opened_on", "Reported on"), CT("ticket", "opened_on", "datetime")]),
    ("twokinds", "help", "en", "On assets add a serial number, and on tickets make the opened on date required.",
     [AF("asset", "serial number", "text", [], ["serial", "serial no"]), SR("ticket", "opened_on")]),
    ("remadd", "help", "en", "Drop the location on assets and add a warranty end date instead.",
     [RF("asset", "location"), AF("asset", "warranty end date", "date", [], ["warranty end", "warranty expiry", "warranty until"])]),
    ("twoadd", "help", "en", "For each asset we need the serial number and the supplier.",
     [AF("asset", "serial number", "text", [], ["serial", "serial no"]), AF("asset", "supplier", "text", [], ["vendor"])]),
    ("three", "help", "en", "Please add an assignee to tickets, make the description required, and add Urgent to the priorities.",
     [AF("ticket", "assignee", "person", ["text"], ["assigned to", "owner"]), SR("ticket", "description"),
      SO("ticket", "priority", ["Low", "Medium", "High", "Urgent"])]),
    ("addopts", "help", "en", "Add Waiting for user as a status; plus a closed on date.",
     [SO("ticket", "status", ["Open", "In progress", "Closed", "Waiting for user"]), AF("ticket", "closed on", "date", ["datetime"], ["closed date", "closing date", "date closed"])]),
    ("remadd", "help", "en", "Remove the purchase date from assets. We'd rather track the purchase price and the warranty end.",
     [RF("asset", "purchased_on"), AF("asset", "purchase price", "money", ["decimal"], ["price", "cost"]),
      AF("asset", "warranty end", "date", [], ["warranty end date", "warranty expiry", "warranty until"])]),

    ("addreq", "event", "en", "add an organiser to events and make the venue mandatory",
     [AF("event", "organiser", "person", ["text"], ["organizer", "organised by", "host"]), SR("event", "venue")]),
    ("addopts", "event", "en", "Could you add a ticket type to registrations (standard, student, VIP) and make the email required?",
     [AF("registration", "ticket type", "choice", [], ["ticket"], ["Standard", "Student", "VIP"]), SR("registration", "email")]),
    ("rentype", "event", "en", "Rename Fee to Ticket price; and capacity should be called Max attendees.",
     [RN("event", "fee", "Ticket price", ["Price"]), RN("event", "capacity", "Max attendees", ["Maximum attendees"])]),
    ("twokinds", "event", "en", "Events need an end date. Registrations need a phone number.",
     [AF("event", "end date", "date", ["datetime"], ["ends on", "end"]), AF("registration", "phone number", "phone", ["text"], ["phone", "telephone"])]),
    ("addopts", "event", "en", "Add Gluten free and Halal to the diets, and make the diet required.",
     [SO("registration", "diet", ["None", "Vegetarian", "Vegan", "Gluten free", "Halal"]), SR("registration", "diet")]),
    ("twoadd", "event", "en", "On registrations, also record the company, the job title and the dietary notes.",
     [AF("registration", "company", "text", [], ["organisation", "organization", "employer"]), AF("registration", "job title", "text", [], ["title", "position", "role"]),
      AF("registration", "dietary notes", "long_text", ["text"], ["diet notes", "dietary requirements"])]),
    ("remadd", "event", "en", "We don't use the paid checkbox; replace it with an amount paid.",
     [RF("registration", "paid"), AF("registration", "amount paid", "money", ["decimal"], ["amount", "paid amount"])]),
    ("three", "event", "en", "three things: rename venue to location, make the date required, and add a description to events.",
     [RN("event", "venue", "Location"), SR("event", "event_date"), AF("event", "description", "long_text", ["text"], ["details", "summary"])]),
    ("rentype", "event", "en", "Just rename Attendee name to Full name and make Paid required, thanks.",
     [RN("registration", "attendee_name", "Full name", ["Name"]), SR("registration", "paid")]),
    ("twokinds", "event", "en", "oh and the events need a start time, plus each registration should have a registered on date",
     [AF("event", "start time", "datetime", ["text"], ["starts at", "start"]), AF("registration", "registered on", "date", ["datetime"], ["registration date", "date registered", "signed up on"])]),

    ("addreq", "fleet", "en", "Add a colour to vehicles and make make required.",
     [AF("vehicle", "colour", "text", ["choice"], ["color"]), SR("vehicle", "make")]),
    ("rentype", "fleet", "en", "Rename Mileage to Odometer and make it a decimal.",
     [RN("vehicle", "mileage", "Odometer", ["Odometer reading"]), CT("vehicle", "mileage", "decimal")]),
    ("addopts", "fleet", "en", "Add Hybrid and LPG to the fuel options, and add a registration date.",
     [SO("vehicle", "fuel", ["Petrol", "Diesel", "Electric", "Hybrid", "LPG"]), AF("vehicle", "registration date", "date", [], ["first registered", "registered on", "first registration"])]),
    ("remadd", "fleet", "en", "Delete the garage field from services and add an invoice (upload) and a next service date.",
     [RF("service", "garage"), AF("service", "invoice", "file", [], ["invoice upload", "invoice file"]),
      AF("service", "next service date", "date", [], ["next service", "next service due"])]),
    ("twokinds", "fleet", "en", "Vehicles: add the driver. Services: make the cost required.",
     [AF("vehicle", "driver", "person", ["text"], ["assigned driver", "driven by"]), SR("service", "cost")]),
    ("twoadd", "fleet", "en", "we also need the VIN and the insurance expiry on each vehicle",
     [AF("vehicle", "VIN", "text", [], ["vehicle identification number", "chassis number"]), AF("vehicle", "insurance expiry", "date", [], ["insurance expiry date", "insurance expires", "insurance end"])]),
    ("three", "fleet", "en", "Rename Notes to Work done, make the service date mandatory and add the mileage at service as a number.",
     [RN("service", "notes", "Work done", ["Work carried out"]), SR("service", "service_date"),
      AF("service", "mileage at service", "integer", ["decimal"], ["mileage", "odometer", "odometer reading"])]),
    ("addopts", "fleet", "en", "Add a service type (oil change, tyres, inspection, repair) and make the garage mandatory.",
     [AF("service", "service type", "choice", [], ["type"], ["Oil change", "Tyres", "Inspection", "Repair"]), SR("service", "garage")]),
    ("rentype", "fleet", "en", "The make should be a choice of Ford, Renault, VW or Toyota, and rename Plate to Registration.",
     [CT("vehicle", "make", "choice"), SO("vehicle", "make", ["Ford", "Renault", "VW", "Toyota"]), RN("vehicle", "plate", "Registration", ["Registration number", "Licence plate", "Number plate"])]),
    ("remadd", "fleet", "en", "Take out the model, and put in a year of manufacture.",
     [RF("vehicle", "model"), AF("vehicle", "year of manufacture", "integer", ["date", "text"], ["year", "build year", "manufacturing year"])]),

    ("addreq", "recruit", "en", "Please make the email mandatory and add a LinkedIn profile link.",
     [SR("candidate", "email"), AF("candidate", "LinkedIn profile", "url", ["text"], ["LinkedIn", "LinkedIn URL", "profile link"])]),
    ("addopts", "recruit", "en", "add Job fair to the sources, and on interviews a feedback field",
     [SO("candidate", "source", ["Website", "Referral", "Agency", "Job fair"]), AF("interview", "feedback", "long_text", ["text"], ["comments", "notes"])]),
    ("rentype", "recruit", "en", "Rename Score to Rating and turn it into a choice with the options Poor, Fair, Good, Excellent.",
     [RN("interview", "score", "Rating"), CT("interview", "score", "choice"), SO("interview", "score", ["Poor", "Fair", "Good", "Excellent"])]),
    ("twokinds", "recruit", "en", "Candidates need an available from date, and interviews need a location.",
     [AF("candidate", "available from", "date", [], ["availability date", "start date", "available"]), AF("interview", "location", "text", [], ["place", "room", "where"])]),
    ("remadd", "recruit", "en", "Remove the phone number. Add the expected salary and the notice period (in weeks).",
     [RF("candidate", "phone"), AF("candidate", "expected salary", "money", ["decimal", "integer"], ["salary expectation", "salary"]),
      AF("candidate", "notice period", "integer", ["text"], ["notice", "notice period weeks"])]),
    ("twoadd", "recruit", "en", "Add the candidate's current employer, years of experience and a cover letter.",
     [AF("candidate", "current employer", "text", [], ["employer", "current company", "company"]), AF("candidate", "years of experience", "integer", ["decimal"], ["experience", "years experience"]),
      AF("candidate", "cover letter", "file", ["long_text"], ["motivation letter"])]),
    ("three", "recruit", "en", "Make position required; change held on to date and time; add a second interviewer.",
     [SR("candidate", "position"), CT("interview", "held_on", "datetime"), AF("interview", "second interviewer", "person", ["text"], ["co-interviewer", "interviewer 2"])]),
    ("addreq", "recruit", "en", "The interviewer has to be filled in. Also add a duration in minutes.",
     [SR("interview", "interviewer"), AF("interview", "duration", "integer", ["decimal"], ["duration in minutes", "length", "minutes"])]),
    ("rentype", "recruit", "en", "Position should be called Job applied for, and make the CV required.",
     [RN("candidate", "position", "Job applied for", ["Applied for", "Job", "Role applied for"]), SR("candidate", "cv")]),
    ("addopts", "recruit", "en", "add a stage field with the values applied, screening, interview, offer, hired, rejected; and make the source required",
     [AF("candidate", "stage", "choice", [], ["status", "pipeline stage"], ["Applied", "Screening", "Interview", "Offer", "Hired", "Rejected"]), SR("candidate", "source")]),

    ("addreq", "stock", "en", "Add a reorder level to products and make the supplier required.",
     [AF("product", "reorder level", "integer", ["decimal"], ["reorder point", "minimum stock", "min stock"]), SR("product", "supplier")]),
    ("remadd", "stock", "en", "Replace the supplier text with a supplier email, and add a lead time in days.",
     [RF("product", "supplier"), AF("product", "supplier email", "email", [], ["email", "supplier e-mail"]),
      AF("product", "lead time", "integer", ["decimal"], ["lead time days", "lead time in days", "delivery time"])]),
    ("twokinds", "stock", "en", "Add a barcode to products and a reason to stock movements.",
     [AF("product", "barcode", "text", [], ["EAN", "bar code"]), AF("movement", "reason", "text", ["long_text", "choice"], ["note", "comment"])]),
    ("addopts", "stock", "en", "Add Packaging to the categories; the direction also needs Transfer and Adjustment.",
     [SO("product", "category", ["Tools", "Parts", "Consumables", "Packaging"]), SO("movement", "direction", ["Inbound", "Outbound", "Transfer", "Adjustment"])]),
    ("rentype", "stock", "en", "Rename stock to Quantity on hand and change it to a decimal, we sell by the metre.",
     [RN("product", "stock", "Quantity on hand", ["On hand", "Stock on hand"]), CT("product", "stock", "decimal")]),
    ("twoadd", "stock", "en", "Products need a weight, a shelf location and a photo.",
     [AF("product", "weight", "decimal", ["integer", "text"], ["weight kg"]), AF("product", "shelf location", "text", [], ["shelf", "location", "bin"]),
      AF("product", "photo", "file", [], ["picture", "image"])]),
    ("three", "stock", "en", "Make the date required on movements, add who moved it, and remove the unit price from products.",
     [SR("movement", "moved_on"), AF("movement", "moved by", "person", ["text"], ["handled by", "done by", "by"]), RF("product", "unit_price")]),
    ("addreq", "stock", "en", "each movement should have a reference number, required",
     [AF("movement", "reference number", "text", [], ["reference", "ref", "ref number"])]),
    ("twokinds", "stock", "en", "On products, the category is required. On movements, add a unit cost.",
     [SR("product", "category"), AF("movement", "unit cost", "money", ["decimal"], ["cost", "cost per unit"])]),
    ("remadd", "stock", "en", "get rid of the direction field and add a movement type with the values receipt, issue, return",
     [RF("movement", "direction"), AF("movement", "movement type", "choice", [], ["type"], ["Receipt", "Issue", "Return"])]),

    ("addreq", "shift", "en", "Add an email to shifts and make phone required.",
     [AF("shift", "email", "email", [], ["email address", "e-mail"]), SR("shift", "phone")]),
    ("addopts", "shift", "en", "Add Reception to the roles and make the role mandatory.",
     [SO("shift", "role", ["Sorting", "Packing", "Driving", "Reception"]), SR("shift", "role")]),
    ("rentype", "shift", "en", "rename hours to Hours worked, and confirmed to Checked in",
     [RN("shift", "hours", "Hours worked"), RN("shift", "confirmed", "Checked in")]),
    ("twoadd", "shift", "en", "Record the start time and the end time of each shift.",
     [AF("shift", "start time", "datetime", ["text"], ["start", "starts at"]), AF("shift", "end time", "datetime", ["text"], ["end", "ends at"])]),
    ("three", "shift", "en", "Remove the phone, add an emergency contact and make Confirmed required.",
     [RF("shift", "phone"), AF("shift", "emergency contact", "text", ["person", "phone"], ["emergency contact name", "emergency phone"]), SR("shift", "confirmed")]),
    ("remadd", "shift", "en", "No need for notes any more. Could we have a site field instead: warehouse, shop or van?",
     [RF("shift", "notes"), AF("shift", "site", "choice", [], ["location"], ["Warehouse", "Shop", "Van"])]),
    ("rentype", "shift", "en", "Hours should be a whole number and Volunteer should be a person.",
     [CT("shift", "hours", "integer"), CT("shift", "volunteer", "person")]),
    ("addreq", "shift", "en", "Add a team leader (a person) and make the hours required too.",
     [AF("shift", "team leader", "person", ["text"], ["leader", "supervisor", "lead"]), SR("shift", "hours")]),
    ("addopts", "shift", "en", "The role options should be Sorting, Packing, Driving, Cooking; also add a T-shirt size (small, medium, large, extra large).",
     [SO("shift", "role", ["Sorting", "Packing", "Driving", "Cooking"]), AF("shift", "T-shirt size", "choice", [], ["shirt size", "size"], ["Small", "Medium", "Large", "Extra large"])]),
    ("twoadd", "shift", "en", "we should add the volunteer's date of birth and their postcode",
     [AF("shift", "date of birth", "date", [], ["birth date", "birthday", "DOB"]), AF("shift", "postcode", "text", [], ["post code", "zip code", "postal code"])]),

    # ------------------------------------------------------------------ French
    ("addreq", "help", "fr", "Ajoute une date d'échéance aux tickets et rends la priorité obligatoire.",
     [AF("ticket", "date d'échéance", "date", ["datetime"], ["échéance", "due date", "date limite"]), SR("ticket", "priority")]),
    ("addopts", "help", "fr", "Ajouter une catégorie aux tickets : matériel, logiciel, réseau ou accès, et rendre le statut obligatoire.",
     [AF("ticket", "catégorie", "choice", [], ["category", "type"], ["Matériel", "Logiciel", "Réseau", "Accès"]), SR("ticket", "status")]),
    ("remadd", "help", "fr", "Supprime l'emplacement des équipements et ajoute plutôt une date de fin de garantie.",
     [RF("asset", "location"), AF("asset", "date de fin de garantie", "date", [], ["fin de garantie", "garantie", "warranty end"])]),
    ("twoadd", "help", "fr", "Pour chaque équipement il nous faut le numéro de série et le fournisseur.",
     [AF("asset", "numéro de série", "text", [], ["serial number", "n° de série"]), AF("asset", "fournisseur", "text", [], ["supplier", "vendeur"])]),
    ("rentype", "help", "fr", "renomme Ouvert le en Signalé le et passe-le en date et heure",
     [RN("ticket", "opened_on", "Signalé le", ["Date de signalement"]), CT("ticket", "opened_on", "datetime")]),
    ("addreq", "event", "fr", "Ajoutez un organisateur aux événements, et le lieu doit être obligatoire.",
     [AF("event", "organisateur", "person", ["text"], ["organiser", "organisé par"]), SR("event", "venue")]),
    ("twokinds", "event", "fr", "Les événements ont besoin d'une date de fin. Les inscriptions, d'un numéro de téléphone.",
     [AF("event", "date de fin", "date", ["datetime"], ["fin", "end date"]), AF("registration", "numéro de téléphone", "phone", ["text"], ["téléphone", "phone"])]),
    ("addopts", "event", "fr", "Ajoute Sans gluten et Halal aux régimes et rends le régime obligatoire.",
     [SO("registration", "diet", ["Aucun", "Végétarien", "Végan", "Sans gluten", "Halal"]), SR("registration", "diet")]),
    ("three", "event", "fr", "Trois choses : renommer le lieu en Adresse, rendre la date obligatoire et ajouter une description aux événements.",
     [RN("event", "venue", "Adresse"), SR("event", "event_date"), AF("event", "description", "long_text", ["text"], ["détails", "descriptif"])]),
    ("rentype", "fleet", "fr", "Renomme Kilométrage en Compteur et mets-le en décimal.",
     [RN("vehicle", "mileage", "Compteur", ["Relevé compteur"]), CT("vehicle", "mileage", "decimal")]),
    ("remadd", "fleet", "fr", "Enlève le garage des entretiens et ajoute une facture (fichier) ainsi que la date du prochain entretien.",
     [RF("service", "garage"), AF("service", "facture", "file", [], ["invoice"]), AF("service", "date du prochain entretien", "date", [], ["prochain entretien", "next service"])]),
    ("twoadd", "fleet", "fr", "il faudrait aussi le numéro de châssis et la date d'expiration de l'assurance sur chaque véhicule",
     [AF("vehicle", "numéro de châssis", "text", [], ["VIN", "châssis"]), AF("vehicle", "date d'expiration de l'assurance", "date", [], ["expiration de l'assurance", "fin d'assurance", "assurance"])]),
    ("addreq", "recruit", "fr", "Merci de rendre l'e-mail obligatoire et d'ajouter un lien vers le profil LinkedIn.",
     [SR("candidate", "email"), AF("candidate", "profil LinkedIn", "url", ["text"], ["LinkedIn", "lien LinkedIn"])]),
    ("remadd", "recruit", "fr", "Supprimez le téléphone. Ajoutez le salaire souhaité et le préavis (en semaines).",
     [RF("candidate", "phone"), AF("candidate", "salaire souhaité", "money", ["decimal", "integer"], ["salaire", "prétentions salariales"]),
      AF("candidate", "préavis", "integer", ["text"], ["durée de préavis", "notice period"])]),
    ("twokinds", "recruit", "fr", "Sur les candidats ajoute une date de disponibilité, et sur les entretiens un lieu.",
     [AF("candidate", "date de disponibilité", "date", [], ["disponibilité", "disponible à partir du"]), AF("interview", "lieu", "text", [], ["salle", "endroit"])]),
    ("addopts", "stock", "fr", "Ajoute Emballage aux catégories ; le sens doit aussi avoir Transfert et Ajustement.",
     [SO("product", "category", ["Outils", "Pièces", "Consommables", "Emballage"]), SO("movement", "direction", ["Entrée", "Sortie", "Transfert", "Ajustement"])]),
    ("twoadd", "stock", "fr", "Les produits ont besoin d'un poids, d'un emplacement en rayon et d'une photo.",
     [AF("product", "poids", "decimal", ["integer", "text"], ["weight"]), AF("product", "emplacement en rayon", "text", [], ["emplacement", "rayon"]),
      AF("product", "photo", "file", [], ["image"])]),
    ("three", "stock", "fr", "Rends la date obligatoire sur les mouvements, ajoute un motif, et supprime le prix unitaire des produits.",
     [SR("movement", "moved_on"), AF("movement", "motif", "text", ["long_text", "choice"], ["raison", "reason"]), RF("product", "unit_price")]),
    ("rentype", "shift", "fr", "renommer Heures en Heures effectuées, et Bénévole doit être une personne",
     [RN("shift", "hours", "Heures effectuées"), CT("shift", "volunteer", "person")]),
    ("addopts", "shift", "fr", "Ajoute Accueil aux rôles, et aussi un moyen de transport (voiture, vélo, bus).",
     [SO("shift", "role", ["Tri", "Emballage", "Livraison", "Accueil"]), AF("shift", "moyen de transport", "choice", [], ["transport"], ["Voiture", "Vélo", "Bus"])]),
    ("remadd", "shift", "fr", "On n'a plus besoin des remarques. Par contre il faudrait le site : entrepôt, boutique ou camion.",
     [RF("shift", "notes"), AF("shift", "site", "choice", [], ["lieu"], ["Entrepôt", "Boutique", "Camion"])]),

    # ------------------------------------------------------------------ Spanish
    ("addreq", "help", "es", "Añade una fecha límite a las incidencias y haz obligatoria la prioridad.",
     [AF("ticket", "fecha límite", "date", ["datetime"], ["vencimiento", "fecha de vencimiento"]), SR("ticket", "priority")]),
    ("addopts", "help", "es", "agrega una categoría a las incidencias: hardware, software, red o accesos; y el estado obligatorio",
     [AF("ticket", "categoría", "choice", [], ["tipo", "category"], ["Hardware", "Software", "Red", "Accesos"]), SR("ticket", "status")]),
    ("remadd", "help", "es", "Quita la ubicación de los equipos y añade en su lugar la fecha de fin de garantía.",
     [RF("asset", "location"), AF("asset", "fecha de fin de garantía", "date", [], ["fin de garantía", "garantía"])]),
    ("twoadd", "help", "es", "En cada equipo necesitamos el número de serie y el proveedor.",
     [AF("asset", "número de serie", "text", [], ["serie", "serial number"]), AF("asset", "proveedor", "text", [], ["supplier", "vendedor"])]),
    ("rentype", "help", "es", "Cambia el nombre de Título a Asunto y haz obligatoria la descripción.",
     [RN("ticket", "title", "Asunto"), SR("ticket", "description")]),
    ("twokinds", "event", "es", "Los eventos necesitan una fecha de fin y las inscripciones un teléfono.",
     [AF("event", "fecha de fin", "date", ["datetime"], ["fin", "fecha final"]), AF("registration", "teléfono", "phone", ["text"], ["número de teléfono", "phone"])]),
    ("addopts", "event", "es", "Añade Sin gluten y Halal a las dietas, y que la dieta sea obligatoria.",
     [SO("registration", "diet", ["Ninguna", "Vegetariana", "Vegana", "Sin gluten", "Halal"]), SR("registration", "diet")]),
    ("three", "event", "es", "Renombra Lugar a Sede, haz obligatoria la fecha y añade una descripción a los eventos.",
     [RN("event", "venue", "Sede"), SR("event", "event_date"), AF("event", "descripción", "long_text", ["text"], ["detalles"])]),
    ("addreq", "event", "es", "Añadid un organizador a los eventos; el aforo también debe ser obligatorio.",
     [AF("event", "organizador", "person", ["text"], ["organiser", "organizado por"]), SR("event", "capacity")]),
    ("rentype", "fleet", "es", "Renombra Kilometraje a Cuentakilómetros y cámbialo a decimal.",
     [RN("vehicle", "mileage", "Cuentakilómetros", ["Odómetro"]), CT("vehicle", "mileage", "decimal")]),
    ("remadd", "fleet", "es", "Quita el modelo y añade el año de fabricación.",
     [RF("vehicle", "model"), AF("vehicle", "año de fabricación", "integer", ["date", "text"], ["año", "year"])]),
    ("twokinds", "fleet", "es", "En los vehículos añade el conductor; en las revisiones, el coste es obligatorio.",
     [AF("vehicle", "conductor", "person", ["text"], ["conductor asignado", "driver"]), SR("service", "cost")]),
    ("addopts", "fleet", "es", "Añade un tipo de revisión (cambio de aceite, neumáticos, ITV, reparación) y haz obligatorio el taller.",
     [AF("service", "tipo de revisión", "choice", [], ["tipo"], ["Cambio de aceite", "Neumáticos", "ITV", "Reparación"]), SR("service", "garage")]),
    ("twoadd", "recruit", "es", "Añade la empresa actual del candidato, los años de experiencia y una carta de presentación.",
     [AF("candidate", "empresa actual", "text", [], ["empresa", "employer"]), AF("candidate", "años de experiencia", "integer", ["decimal"], ["experiencia"]),
      AF("candidate", "carta de presentación", "file", ["long_text"], ["carta", "cover letter"])]),
    ("three", "recruit", "es", "Haz obligatorio el puesto, cambia la fecha de la entrevista a fecha y hora y añade un segundo entrevistador.",
     [SR("candidate", "position"), CT("interview", "held_on", "datetime"), AF("interview", "segundo entrevistador", "person", ["text"], ["entrevistador 2"])]),
    ("addreq", "recruit", "es", "El entrevistador tiene que ser obligatorio. Añade también una duración en minutos.",
     [SR("interview", "interviewer"), AF("interview", "duración", "integer", ["decimal"], ["duración en minutos", "minutos"])]),
    ("remadd", "stock", "es", "Quita el proveedor y añade el email del proveedor y el plazo de entrega en días.",
     [RF("product", "supplier"), AF("product", "email del proveedor", "email", [], ["email", "correo del proveedor"]),
      AF("product", "plazo de entrega", "integer", ["decimal"], ["plazo", "días de entrega"])]),
    ("twokinds", "stock", "es", "Añade un código de barras a los productos y un motivo a los movimientos.",
     [AF("product", "código de barras", "text", [], ["EAN", "barcode"]), AF("movement", "motivo", "text", ["long_text", "choice"], ["razón", "reason"])]),
    ("rentype", "shift", "es", "Las horas deben ser un número entero y el voluntario una persona.",
     [CT("shift", "hours", "integer"), CT("shift", "volunteer", "person")]),
    ("three", "shift", "es", "Quita el teléfono, añade un contacto de emergencia y haz obligatorio Confirmado.",
     [RF("shift", "phone"), AF("shift", "contacto de emergencia", "text", ["person", "phone"], ["contacto", "emergency contact"]), SR("shift", "confirmed")]),

    # ------------------------------------------------------------------ German
    ("addreq", "help", "de", "Füge bei Tickets ein Fälligkeitsdatum hinzu und mach die Priorität zum Pflichtfeld.",
     [AF("ticket", "Fälligkeitsdatum", "date", ["datetime"], ["Fällig am", "Frist", "due date"]), SR("ticket", "priority")]),
    ("addopts", "help", "de", "Bitte eine Kategorie bei Tickets ergänzen (Hardware, Software, Netzwerk, Zugang) und der Status soll Pflicht sein.",
     [AF("ticket", "Kategorie", "choice", [], ["category", "Art"], ["Hardware", "Software", "Netzwerk", "Zugang"]), SR("ticket", "status")]),
    ("remadd", "help", "de", "Den Standort bei Geräten entfernen und stattdessen das Garantieende erfassen.",
     [RF("asset", "location"), AF("asset", "Garantieende", "date", [], ["Garantie bis", "Ende der Garantie", "warranty end"])]),
    ("twoadd", "help", "de", "Für jedes Gerät brauchen wir die Seriennummer und den Lieferanten.",
     [AF("asset", "Seriennummer", "text", [], ["serial number", "Serien-Nr"]), AF("asset", "Lieferant", "text", [], ["supplier", "Händler"])]),
    ("rentype", "help", "de", "Benenne Eröffnet am in Gemeldet am um und mach daraus Datum mit Uhrzeit.",
     [RN("ticket", "opened_on", "Gemeldet am"), CT("ticket", "opened_on", "datetime")]),
    ("twokinds", "event", "de", "Veranstaltungen brauchen ein Enddatum. Anmeldungen brauchen eine Telefonnummer.",
     [AF("event", "Enddatum", "date", ["datetime"], ["Ende", "end date"]), AF("registration", "Telefonnummer", "phone", ["text"], ["Telefon", "phone"])]),
    ("addopts", "event", "de", "Glutenfrei und Halal bei der Ernährung ergänzen und die Ernährung als Pflichtfeld.",
     [SO("registration", "diet", ["Keine", "Vegetarisch", "Vegan", "Glutenfrei", "Halal"]), SR("registration", "diet")]),
    ("three", "event", "de", "Drei Dinge: Ort in Adresse umbenennen, Datum zur Pflicht machen und eine Beschreibung bei Veranstaltungen hinzufügen.",
     [RN("event", "venue", "Adresse"), SR("event", "event_date"), AF("event", "Beschreibung", "long_text", ["text"], ["Details", "description"])]),
    ("addreq", "event", "de", "fügt bitte einen Veranstalter hinzu, und der Ort muss ausgefüllt werden",
     [AF("event", "Veranstalter", "person", ["text"], ["Organisator", "organiser"]), SR("event", "venue")]),
    ("rentype", "fleet", "de", "Kilometerstand bitte in Tachostand umbenennen und als Dezimalzahl speichern.",
     [RN("vehicle", "mileage", "Tachostand"), CT("vehicle", "mileage", "decimal")]),
    ("remadd", "fleet", "de", "Die Werkstatt bei Wartungen löschen; dafür eine Rechnung (Datei) und das Datum der nächsten Wartung aufnehmen.",
     [RF("service", "garage"), AF("service", "Rechnung", "file", [], ["invoice"]), AF("service", "Datum der nächsten Wartung", "date", [], ["nächste Wartung", "next service"])]),
    ("twoadd", "fleet", "de", "Bei Fahrzeugen brauchen wir noch die Fahrgestellnummer und das Ablaufdatum der Versicherung.",
     [AF("vehicle", "Fahrgestellnummer", "text", [], ["FIN", "VIN"]), AF("vehicle", "Ablaufdatum der Versicherung", "date", [], ["Versicherung bis", "Versicherungsende", "Versicherung"])]),
    ("addreq", "recruit", "de", "Bitte die E-Mail zur Pflicht machen und einen Link zum LinkedIn-Profil hinzufügen.",
     [SR("candidate", "email"), AF("candidate", "LinkedIn-Profil", "url", ["text"], ["LinkedIn", "LinkedIn Link"])]),
    ("remadd", "recruit", "de", "Telefon entfernen. Dafür Gehaltswunsch und Kündigungsfrist (in Wochen) aufnehmen.",
     [RF("candidate", "phone"), AF("candidate", "Gehaltswunsch", "money", ["decimal", "integer"], ["Gehalt", "Gehaltsvorstellung"]),
      AF("candidate", "Kündigungsfrist", "integer", ["text"], ["Frist", "notice period"])]),
    ("twokinds", "recruit", "de", "Bei Bewerbern ein Verfügbar-ab-Datum ergänzen, bei Vorstellungsgesprächen einen Raum.",
     [AF("candidate", "Verfügbar ab", "date", [], ["Verfügbarkeit", "Eintrittsdatum"]), AF("interview", "Raum", "text", [], ["Ort", "room"])]),
    ("addopts", "stock", "de", "Verpackung als Kategorie ergänzen; bei der Richtung fehlen noch Umbuchung und Korrektur.",
     [SO("product", "category", ["Werkzeug", "Ersatzteile", "Verbrauchsmaterial", "Verpackung"]), SO("movement", "direction", ["Eingang", "Ausgang", "Umbuchung", "Korrektur"])]),
    ("twoadd", "stock", "de", "Artikel brauchen ein Gewicht, einen Lagerplatz und ein Foto.",
     [AF("product", "Gewicht", "decimal", ["integer", "text"], ["weight"]), AF("product", "Lagerplatz", "text", [], ["Regal", "Platz"]),
      AF("product", "Foto", "file", [], ["Bild", "photo"])]),
    ("three", "stock", "de", "Datum bei Lagerbewegungen verpflichtend machen, einen Grund hinzufügen und den Stückpreis bei Artikeln entfernen.",
     [SR("movement", "moved_on"), AF("movement", "Grund", "text", ["long_text", "choice"], ["reason", "Begründung"]), RF("product", "unit_price")]),
    ("rentype", "shift", "de", "Stunden soll eine ganze Zahl sein und Ehrenamtliche eine Person.",
     [CT("shift", "hours", "integer"), CT("shift", "volunteer", "person")]),
    ("addopts", "shift", "de", "Empfang bei den Aufgaben ergänzen, außerdem die Anreise (Auto, Fahrrad, Bus).",
     [SO("shift", "role", ["Sortieren", "Packen", "Fahren", "Empfang"]), AF("shift", "Anreise", "choice", [], ["Verkehrsmittel", "transport"], ["Auto", "Fahrrad", "Bus"])]),
]


def main():
    out, n = [], {}
    for grp, dom, lang, msg, ops in ROWS:
        n[(grp, lang)] = n.get((grp, lang), 0) + 1
        rid = f"m28-{grp}-{dom}-{lang}-{n[(grp, lang)]:02d}"
        out.append({"id": rid, "lang": lang, "spec": spec(dom, lang), "request": msg, "expect": ops,
                    "keep": "all other fields and entities unchanged"})
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "draft.jsonl"), "w").close()
    print(len(out), "rows")


if __name__ == "__main__":
    main()
