#!/usr/bin/env python3
"""Generated set gen28/r (session 28, improver r): REPLACE EDITS people type into the chat box.

Written by hand from the writer's own phrasing, before the engine was run on it. Area: remove + add, replace,
"instead", "no longer ... but ...", "X becomes Y", a rename with another edit beside it ("rename X to Y and make it
required"), German verb-last forms ("das Feld X entfernen und stattdessen Y erfassen"), French "plutot", Spanish
"en lugar de / en vez de"; every other field must stay as it was (the removed field's neighbours above all).

Groups (the id says it: r-<lang>-<group>-<n>):
  rmadd     remove X and add one detail in its place
  rmadd2    remove X and add two details in its place
  rename    a rename said as "X becomes Y", "call X Y", "X heisst jetzt Y", "pasa a llamarse" ...
  renplus   a rename and another edit (required, a type, options, an add or a removal)
Domains (en): vet clinic, event registrations, maintenance tickets, recruitment, fleet fuel log, stock counts;
(fr): yoga sign-ups, on-site interventions, room bookings; (es): bakery orders, IT incidents, sports club members;
(de): garage jobs, visitor sign-in, trainings.

Run from this folder:  python3 make.py  -> refine.jsonl
"""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ALT = {"money": ["decimal"], "decimal": ["money", "integer"], "integer": ["decimal"], "person": ["text"],
       "file": [], "long_text": ["text"], "choice": [], "boolean": [], "date": ["datetime"],
       "datetime": ["text"], "text": ["long_text"], "url": ["text"], "email": ["text"], "phone": ["text"]}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def F(label, typ, key=None, req=False, opts=None, target=None, unique=False):
    f = {"key": key or slug(label), "label": label, "type": typ}
    if req:
        f["required"] = True
    if unique:
        f["unique"] = True
    if opts:
        f["options"] = opts
    if target:
        f["target"] = target
    return f


def E(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}


# ---------------------------------------------------------------- specs
VET = S("Vet clinic", "Owners, their pets and the pets' appointments.",
        E("owner", "Owner", "Owners", [F("Name", "text", req=True), F("Phone", "phone"), F("Email", "email"),
                                       F("Address", "text")]),
        E("pet", "Pet", "Pets", [F("Name", "text", req=True), F("Species", "choice", opts=["Dog", "Cat", "Rabbit", "Bird", "Other"]),
                                 F("Breed", "text"), F("Birth year", "integer"), F("Owner", "reference", target="owner"),
                                 F("Microchipped", "boolean")]),
        E("appointment", "Appointment", "Appointments",
          [F("Pet", "reference", req=True, target="pet"), F("Date", "datetime", req=True), F("Reason", "text"),
           F("Vet", "person"), F("Fee", "money"), F("Notes", "long_text"),
           F("Status", "choice", opts=["Booked", "Done", "Cancelled"])]))
EVENTS = S("Event registrations", "People register for our events.",
           E("event", "Event", "Events", [F("Title", "text", req=True), F("Date", "date"), F("Venue", "text"),
                                          F("Capacity", "integer")]),
           E("registration", "Registration", "Registrations",
             [F("Event", "reference", req=True, target="event"), F("Attendee name", "text", req=True),
              F("Email", "email"), F("Company", "text"),
              F("Ticket type", "choice", opts=["Standard", "VIP", "Student"]), F("Dietary needs", "text"),
              F("Paid", "boolean"), F("Registered on", "date")]))
TICKETS = S("Maintenance tickets", "Staff report building problems; the caretakers fix them.",
            E("ticket", "Ticket", "Tickets",
              [F("Title", "text", req=True), F("Building", "choice", opts=["North", "South", "Annex"]),
               F("Room", "text"), F("Reported by", "person"), F("Reported on", "date"),
               F("Priority", "choice", opts=["Low", "Normal", "Urgent"]), F("Description", "long_text"),
               F("Assigned to", "person"), F("Closed", "boolean")]))
HIRING = S("Recruitment", "Candidates who apply for our open positions.",
           E("candidate", "Candidate", "Candidates",
             [F("Full name", "text", req=True), F("Email", "email"), F("Phone", "phone"), F("Position", "text"),
              F("CV", "file", key="cv"), F("Source", "choice", opts=["Website", "Referral", "Agency"]),
              F("Expected salary", "money"), F("Interview date", "date"), F("Rating", "integer"),
              F("Notes", "long_text")]))
FLEET = S("Fleet fuel log", "Every fill-up of our company vans.",
          E("vehicle", "Vehicle", "Vehicles", [F("Plate", "text", req=True, unique=True), F("Model", "text"),
                                               F("Year", "integer")]),
          E("fuel_fill", "Fuel fill", "Fuel fills",
            [F("Vehicle", "reference", req=True, target="vehicle"), F("Date", "date", req=True),
             F("Litres", "decimal"), F("Cost", "money"), F("Odometer", "integer"), F("Driver", "person"),
             F("Station", "text"), F("Receipt", "file")]))
STOCK = S("Stock counts", "Warehouse staff count what is on the shelves.",
          E("count", "Count", "Counts",
            [F("Article", "text", req=True), F("Location", "text"), F("Counted quantity", "integer"),
             F("Counted by", "person"), F("Counted on", "date"), F("Discrepancy", "boolean"),
             F("Comment", "long_text")]))

YOGA = S("Inscriptions yoga", "Les élèves s'inscrivent aux cours du studio.",
         E("inscription", "Inscription", "Inscriptions",
           [F("Nom", "text", req=True), F("E-mail", "email", key="email"), F("Téléphone", "phone"),
            F("Cours", "choice", opts=["Débutant", "Intermédiaire", "Avancé"]),
            F("Date d'inscription", "date", key="date_inscription"), F("Payé", "boolean"),
            F("Remarques", "long_text")]))
INTER = S("Interventions", "Les interventions de nos techniciens chez les clients.",
          E("intervention", "Intervention", "Interventions",
            [F("Client", "text", req=True), F("Adresse", "text"), F("Technicien", "person"), F("Date", "date"),
             F("Durée (heures)", "decimal", key="duree"), F("Statut", "choice", opts=["Planifiée", "En cours", "Terminée"]),
             F("Rapport", "long_text"), F("Signature client", "file", key="signature")]))
SALLES = S("Réservation de salles", "Les salles de réunion et leurs réservations.",
           E("salle", "Salle", "Salles", [F("Nom", "text", req=True), F("Capacité", "integer", key="capacite"),
                                          F("Étage", "text", key="etage")]),
           E("reservation", "Réservation", "Réservations",
             [F("Salle", "reference", req=True, target="salle"), F("Organisateur", "person"),
              F("Début", "datetime", key="debut"), F("Fin", "datetime"), F("Objet", "text"),
              F("Nombre de participants", "integer", key="participants")]))

PAN = S("Pedidos panadería", "Encargos de los clientes de la panadería.",
        E("pedido", "Pedido", "Pedidos",
          [F("Cliente", "text", req=True), F("Teléfono", "phone", key="telefono"), F("Producto", "text"),
           F("Cantidad", "integer"), F("Fecha de entrega", "date", key="fecha_entrega"), F("Pagado", "boolean"),
           F("Notas", "long_text"), F("Estado", "choice", opts=["Pendiente", "Listo", "Entregado"])]))
INC = S("Incidencias IT", "Los usuarios abren incidencias y soporte las resuelve.",
        E("incidencia", "Incidencia", "Incidencias",
          [F("Título", "text", key="titulo", req=True), F("Usuario", "person"), F("Equipo", "text"),
           F("Categoría", "choice", key="categoria", opts=["Hardware", "Software", "Red"]),
           F("Prioridad", "choice", opts=["Baja", "Media", "Alta"]), F("Descripción", "long_text", key="descripcion"),
           F("Resuelta", "boolean"), F("Fecha de apertura", "date", key="fecha")]))
CLUB = S("Club deportivo", "Socios del club y sus pagos de cuota.",
         E("socio", "Socio", "Socios",
           [F("Nombre", "text", req=True), F("DNI", "text", key="dni", unique=True),
            F("Fecha de alta", "date", key="fecha_alta"),
            F("Categoría", "choice", key="categoria", opts=["Infantil", "Juvenil", "Adulto"]),
            F("Teléfono", "phone", key="telefono"), F("Correo", "email", key="email")]),
         E("pago", "Pago", "Pagos",
           [F("Socio", "reference", req=True, target="socio"), F("Mes", "text"), F("Importe", "money"),
            F("Pagado el", "date", key="pagado_el")]))

WERK = S("Werkstattaufträge", "Aufträge unserer Kfz-Werkstatt.",
         E("auftrag", "Auftrag", "Aufträge",
           [F("Kunde", "text", req=True), F("Kennzeichen", "text"), F("Fahrzeugmodell", "text", key="modell"),
            F("Auftragsdatum", "date", key="datum"), F("Arbeiten", "long_text"), F("Preis", "money"),
            F("Status", "choice", opts=["Offen", "In Arbeit", "Fertig"]), F("Mechaniker", "person")]))
BESUCH = S("Besucheranmeldung", "Besucher melden sich am Empfang an.",
           E("besuch", "Besuch", "Besuche",
             [F("Besucher", "text", req=True), F("Firma", "text"), F("Besuchsdatum", "date", key="datum"),
              F("Gastgeber", "person"), F("Ausweis geprüft", "boolean", key="ausweis"),
              F("Bemerkung", "long_text"), F("Parkplatz", "boolean")]))
SCHUL = S("Schulungen", "Interne Schulungen und wer daran teilnimmt.",
          E("schulung", "Schulung", "Schulungen",
            [F("Titel", "text", req=True), F("Datum", "date"), F("Trainer", "person"), F("Ort", "text"),
             F("Max. Teilnehmer", "integer", key="max_teilnehmer")]),
          E("teilnahme", "Teilnahme", "Teilnahmen",
            [F("Schulung", "reference", req=True, target="schulung"), F("Mitarbeiter", "person", req=True),
             F("Bestanden", "boolean"), F("Note", "text")]))


# ---------------------------------------------------------------- ops
def rm(e, f):
    return {"op": "remove_field", "entity": e, "field": f}


def add(e, name, typ, aliases=(), opts=None, alt=None):
    o = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": typ,
         "alt_types": ALT[typ] if alt is None else alt}
    if opts:
        o["options"] = opts
    return o


def ren(e, f, to, aliases=()):
    return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": list(aliases)}


def req(e, f):
    return {"op": "set_required", "entity": e, "field": f, "value": True}


def typ(e, f, t, alt=()):
    return {"op": "change_type", "entity": e, "field": f, "type": t, "alt_types": list(alt)}


def opt(e, f, o):
    return {"op": "set_options", "entity": e, "field": f, "options": o}


ROWS = []


def R(lang, group, spec, msg, *ops):
    ROWS.append((lang, group, spec, msg, list(ops)))


# ---------------------------------------------------------------- English
a, p, o = "appointment", "pet", "owner"
R("en", "rmadd", VET, "Remove the breed field from pets and add a colour field instead.",
  rm(p, "breed"), add(p, "Colour", "text", ["Color", "Coat colour"]))
R("en", "rmadd", VET, "drop birth year on pets, we want the actual date of birth",
  rm(p, "birth_year"), add(p, "Date of birth", "date", ["Birth date", "Birthday", "Born on"]))
R("en", "rmadd", VET, "can we swap the fee for a yes/no 'paid'? the fee is in the till anyway",
  rm(a, "fee"), add(a, "Paid", "boolean"))
R("en", "renplus", VET, "Rename vet to attending vet and make it required.",
  ren(a, "vet", "Attending vet"), req(a, "vet"))
R("en", "renplus", VET, "the reason should be called 'Complaint' and be a long text",
  ren(a, "reason", "Complaint"), typ(a, "reason", "long_text"))
R("en", "rmadd", VET, "We no longer record the owner's address, but we do need a second phone number.",
  rm(o, "address"), add(o, "Second phone number", "phone", ["Second phone", "Phone 2", "Alternative phone", "Other phone"]))
R("en", "rename", VET, "'Notes' becomes 'Clinical notes'.", ren(a, "notes", "Clinical notes"))
R("en", "rmadd", VET, "Microchipped: replace it with the chip number please (just text).",
  rm(p, "microchipped"), add(p, "Chip number", "text", ["Microchip number", "Microchip", "Chip"]))
R("en", "rmadd2", VET, "Get rid of the status on appointments and instead track the arrival time and whether they showed up.",
  rm(a, "status"), add(a, "Arrival time", "datetime", ["Arrived at", "Arrival"]),
  add(a, "Showed up", "boolean", ["Show up", "Attended", "No show", "Showed"]))
R("en", "renplus", VET, "oh and the species field - call it Animal type please, and add Hamster to it",
  ren(p, "species", "Animal type"), opt(p, "species", ["Dog", "Cat", "Rabbit", "Bird", "Other", "Hamster"]))
R("en", "rmadd", VET, "Instead of tracking the vet on appointments, we want to know which room it was in (Room 1, Room 2, Surgery).",
  rm(a, "vet"), add(a, "Room", "choice", ["Consulting room", "Treatment room"], opts=["Room 1", "Room 2", "Surgery"]))
R("en", "renplus", VET, "Rename name to Full name on owners and require an email.",
  ren(o, "name", "Full name"), req(o, "email"))
R("en", "rmadd", VET, "Remove the microchipped flag from pets and on appointments add a weight (kg).",
  rm(p, "microchipped"), add(a, "Weight", "decimal", ["Weight (kg)", "Weight in kg"]))
R("en", "rename", VET, "'Reason' becomes 'Reason for visit', 'Fee' becomes 'Price'.",
  ren(a, "reason", "Reason for visit"), ren(a, "fee", "Price"))
R("en", "rmadd", VET, "instead of the owner's email we want to know if they agreed to reminders (yes/no)",
  rm(o, "email"), add(o, "Agreed to reminders", "boolean", ["Reminders", "Reminder consent", "Consent to reminders", "Accepts reminders"]))

r = "registration"
R("en", "rmadd", EVENTS, "Take out the company field and put job title instead.",
  rm(r, "company"), add(r, "Job title", "text", ["Title", "Position", "Role"]))
R("en", "rmadd", EVENTS, "Dietary needs isn't needed anymore. Instead, please add a t-shirt size (small, medium, large, extra large).",
  rm(r, "dietary_needs"), add(r, "T-shirt size", "choice", ["Shirt size", "Size"], opts=["Small", "Medium", "Large", "Extra large"]))
R("en", "renplus", EVENTS, "Rename 'paid' to 'Payment received' and add the payment date",
  ren(r, "paid", "Payment received"), add(r, "Payment date", "date", ["Paid on", "Date paid", "Payment received on"]))
R("en", "renplus", EVENTS, "Attendee name -> Full name. And make the email required too.",
  ren(r, "attendee_name", "Full name"), req(r, "email"))
R("en", "rmadd", EVENTS, "Replace the venue on events with an online meeting link - all our events are online now.",
  rm("event", "venue"), add("event", "Meeting link", "url", ["Online meeting link", "Online link", "Link", "Meeting URL", "Event link"]))
R("en", "rename", EVENTS, "Capacity becomes Max attendees", ren("event", "capacity", "Max attendees", ["Maximum attendees"]))
R("en", "rmadd", EVENTS, "No more registered-on date; what we need is the registration source (website, email, phone).",
  rm(r, "registered_on"), add(r, "Registration source", "choice", ["Source"], opts=["Website", "Email", "Phone"]))
R("en", "rmadd", EVENTS, "Could you remove the ticket type and add a price paid instead?",
  rm(r, "ticket_type"), add(r, "Price paid", "money", ["Price", "Amount paid", "Ticket price"]))
R("en", "rmadd", EVENTS, "Rather than the dietary needs, I'd like an allergies field (long text).",
  rm(r, "dietary_needs"), add(r, "Allergies", "long_text"))
R("en", "rmadd", EVENTS, "Paid is no longer needed; on events add a price instead.",
  rm(r, "paid"), add("event", "Price", "money", ["Ticket price", "Cost"]))
R("en", "renplus", EVENTS, "Rename 'date' on events to 'Starts at' and make it a date and time.",
  ren("event", "date", "Starts at", ["Start", "Start time", "Starts"]), typ("event", "date", "datetime"))
R("en", "rmadd", EVENTS, "Delete dietary needs. Instead add: accessibility needs.",
  rm(r, "dietary_needs"), add(r, "Accessibility needs", "text", ["Accessibility"]))

t = "ticket"
R("en", "rmadd2", TICKETS, "Remove the room field and add floor and room number instead.",
  rm(t, "room"), add(t, "Floor", "text", [], alt=["integer", "choice"]), add(t, "Room number", "text", ["Room no"], alt=["integer"]))
R("en", "rmadd", TICKETS, "closed (yes/no) should go, use a closed-on date instead",
  rm(t, "closed"), add(t, "Closed on", "date", ["Closing date", "Date closed", "Closed date"]))
R("en", "renplus", TICKETS, "Rename 'reported by' to 'Requester' and make it required",
  ren(t, "reported_by", "Requester"), req(t, "reported_by"))
R("en", "rmadd2", TICKETS, "Please replace the description with two fields: what happened and what was done.",
  rm(t, "description"), add(t, "What happened", "long_text", ["Problem", "Issue"]),
  add(t, "What was done", "long_text", ["Action taken", "Work done"]))
R("en", "rmadd", TICKETS, "we're not using priority anymore but we need a due date",
  rm(t, "priority"), add(t, "Due date", "date", ["Due on", "Deadline", "Due"]))
R("en", "rename", TICKETS, "assigned to -> Technician, please", ren(t, "assigned_to", "Technician"))
R("en", "rmadd", TICKETS, "Assigned to can go - put a 'Contractor' field in its place.",
  rm(t, "assigned_to"), add(t, "Contractor", "text", [], alt=["person", "long_text"]))
R("en", "rmadd", TICKETS, "Can we drop 'closed' and have a 'resolution' text instead?",
  rm(t, "closed"), add(t, "Resolution", "text", [], alt=["long_text"]))
R("en", "renplus", TICKETS, "Description -> Details, and add a photo field too.",
  ren(t, "description", "Details"), add(t, "Photo", "file", ["Picture", "Image"]))
R("en", "rmadd", TICKETS, "Take the building off and put a 'Campus' choice with Main and East instead.",
  rm(t, "building"), add(t, "Campus", "choice", [], opts=["Main", "East"]))
R("en", "rename", TICKETS, "From now on call 'Reported on' 'Date reported'.", ren(t, "reported_on", "Date reported"))

c = "candidate"
R("en", "rmadd", HIRING, "Delete rating and add an interview score from 1 to 5 instead.",
  rm(c, "rating"), add(c, "Interview score", "integer", ["Score"], alt=["decimal", "choice"]))
R("en", "renplus", HIRING, "Rename position to 'Applied for' and make it required.",
  ren(c, "position", "Applied for", ["Position applied for", "Role applied for"]), req(c, "position"))
R("en", "rmadd", HIRING, "We don't need the expected salary any more, but please add a notice period (in weeks).",
  rm(c, "expected_salary"), add(c, "Notice period", "integer", ["Notice period in weeks", "Notice (weeks)", "Notice"], alt=["decimal", "text"]))
R("en", "renplus", HIRING, "The CV becomes 'Resume' and we also want a cover letter upload.",
  ren(c, "cv", "Resume", ["Résumé"]), add(c, "Cover letter", "file"))
R("en", "rename", HIRING, "Source: call it 'Found us via'.", ren(c, "source", "Found us via", ["Found via"]))
R("en", "rmadd", HIRING, "Instead of the phone, we'd rather have their LinkedIn profile.",
  rm(c, "phone"), add(c, "LinkedIn profile", "url", ["LinkedIn", "LinkedIn URL", "Profile"]))
R("en", "rmadd2", HIRING, "Remove interview date. Add first interview and second interview dates.",
  rm(c, "interview_date"), add(c, "First interview", "date", ["First interview date"]),
  add(c, "Second interview", "date", ["Second interview date"]))
R("en", "renplus", HIRING, "Notes should be renamed to Recruiter notes and be required.",
  ren(c, "notes", "Recruiter notes"), req(c, "notes"))
R("en", "rmadd", HIRING, "No longer need the source, but add referred by (the employee who referred them).",
  rm(c, "source"), add(c, "Referred by", "person", ["Referral by", "Referrer", "Referral"]))
R("en", "rmadd", HIRING, "remove phone, add mobile number",
  rm(c, "phone"), add(c, "Mobile number", "phone", ["Mobile", "Mobile phone", "Cell"]))
R("en", "rmadd", HIRING, "In place of the interview date we need the start date (when they can begin).",
  rm(c, "interview_date"), add(c, "Start date", "date", ["Available from", "Can start on", "Earliest start"]))
R("en", "renplus", HIRING, "rename full name to Candidate name. also remove the rating.",
  ren(c, "full_name", "Candidate name"), rm(c, "rating"))
R("en", "rmadd", HIRING, "We no longer use agencies. Remove the source and add the recruiter (one of our HR people).",
  rm(c, "source"), add(c, "Recruiter", "person"))

f, v = "fuel_fill", "vehicle"
R("en", "rmadd", FLEET, "Remove station from fuel fills and add the fuel type (diesel, petrol, electric) instead.",
  rm(f, "station"), add(f, "Fuel type", "choice", ["Fuel"], opts=["Diesel", "Petrol", "Electric"]))
R("en", "renplus", FLEET, "litres: rename to Quantity and make it required",
  ren(f, "litres", "Quantity", ["Quantity (litres)", "Quantity in litres"]), req(f, "litres"))
R("en", "rmadd", FLEET, "we no longer keep receipts in the app, we need the card used instead (company card or own money)",
  rm(f, "receipt"), add(f, "Card used", "choice", ["Payment method", "Paid with", "Card"], opts=["Company card", "Own money"]))
R("en", "rmadd", FLEET, "On vehicles, drop the year and add the registration date.",
  rm(v, "year"), add(v, "Registration date", "date", ["First registration", "Registered on"]))
R("en", "rename", FLEET, "Could the odometer be called Mileage instead?", ren(f, "odometer", "Mileage"))
R("en", "renplus", FLEET, "Driver becomes required, and rename it to Filled by.",
  req(f, "driver"), ren(f, "driver", "Filled by"))
R("en", "rmadd", FLEET, "Replace cost with price per litre (we can work out the total).",
  rm(f, "cost"), add(f, "Price per litre", "money", ["Price/litre", "Unit price", "Price"]))
R("en", "rmadd", FLEET, "the station field is useless now. could you add the fuel card number instead?",
  rm(f, "station"), add(f, "Fuel card number", "text", ["Card number", "Fuel card"]))
R("en", "rmadd", FLEET, "Please remove the receipt (we scan them elsewhere) and add a note field.",
  rm(f, "receipt"), add(f, "Note", "long_text", ["Notes", "Comment"]))
R("en", "renplus", FLEET, "Rename model on vehicles to Make and model, make it required, and remove year.",
  ren(v, "model", "Make and model"), req(v, "model"), rm(v, "year"))

k = "count"
R("en", "rmadd", STOCK, "Remove the discrepancy tick box and add the expected quantity instead",
  rm(k, "discrepancy"), add(k, "Expected quantity", "integer", ["Expected", "Expected qty", "Book quantity", "System quantity"]))
R("en", "renplus", STOCK, "Rename article to SKU, and make location required.",
  ren(k, "article", "SKU", ["Article number", "Item code"]), req(k, "location"))
R("en", "rmadd", STOCK, "comment isn't needed, but a photo of the shelf would help",
  rm(k, "comment"), add(k, "Photo of the shelf", "file", ["Photo", "Shelf photo", "Picture"]))
R("en", "rename", STOCK, "counted by becomes Counter", ren(k, "counted_by", "Counter"))
R("en", "rmadd2", STOCK, "get rid of location, replace it with aisle and shelf",
  rm(k, "location"), add(k, "Aisle", "text", [], alt=["integer", "long_text"]), add(k, "Shelf", "text", [], alt=["integer", "long_text"]))
R("en", "rmadd", STOCK, "Lose the counted-on date and add a count round instead (first, second, final).",
  rm(k, "counted_on"), add(k, "Count round", "choice", ["Round"], opts=["First", "Second", "Final"]))
R("en", "renplus", STOCK, "the counted quantity should now be called 'Quantity found' - and it can have decimals",
  ren(k, "counted_quantity", "Quantity found"), typ(k, "counted_quantity", "decimal"))
R("en", "rmadd2", STOCK, "Replace 'counted by' with two people: first counter and second counter.",
  rm(k, "counted_by"), add(k, "First counter", "person"), add(k, "Second counter", "person"))

# ---------------------------------------------------------------- French
i = "inscription"
R("fr", "rmadd", YOGA, "Supprime le téléphone et ajoute plutôt une adresse postale.",
  rm(i, "telephone"), add(i, "Adresse postale", "text", ["Adresse"]))
R("fr", "rmadd", YOGA, "On n'a plus besoin du champ Payé, mais il nous faut le mode de paiement (carte, espèces, virement).",
  rm(i, "paye"), add(i, "Mode de paiement", "choice", ["Paiement", "Moyen de paiement"], opts=["Carte", "Espèces", "Virement"]))
R("fr", "renplus", YOGA, "Renomme « Cours » en « Niveau » et rends-le obligatoire.",
  ren(i, "cours", "Niveau"), req(i, "cours"))
R("fr", "rename", YOGA, "Remarques devient Observations.", ren(i, "remarques", "Observations"))
R("fr", "rmadd", YOGA, "Au lieu de la date d'inscription, on voudrait la date du premier cours.",
  rm(i, "date_inscription"), add(i, "Date du premier cours", "date", ["Premier cours", "Date de premier cours"]))
R("fr", "rmadd", YOGA, "enleve l'email et mets plutot un contact d'urgence",
  rm(i, "email"), add(i, "Contact d'urgence", "text", ["Contact urgence", "Contact en cas d'urgence"], alt=["phone", "person", "long_text"]))
R("fr", "rmadd", YOGA, "Remplace le champ Payé par le montant payé.",
  rm(i, "paye"), add(i, "Montant payé", "money", ["Montant", "Somme payée"]))
R("fr", "rmadd", YOGA, "on supprime le cours, et on ajoute à la place la formule (mensuelle, trimestrielle, annuelle)",
  rm(i, "cours"), add(i, "Formule", "choice", ["Abonnement"], opts=["Mensuelle", "Trimestrielle", "Annuelle"]))
R("fr", "renplus", YOGA, "Renomme Nom en Nom complet, et ajoute la date de naissance.",
  ren(i, "nom", "Nom complet"), add(i, "Date de naissance", "date", ["Naissance", "Né le"]))
n = "intervention"
R("fr", "rmadd2", INTER, "Supprime la durée et ajoute l'heure d'arrivée et l'heure de départ.",
  rm(n, "duree"), add(n, "Heure d'arrivée", "datetime", ["Arrivée"]), add(n, "Heure de départ", "datetime", ["Départ"]))
R("fr", "renplus", INTER, "Le technicien s'appelle désormais « Intervenant » et doit être obligatoire.",
  ren(n, "technicien", "Intervenant"), req(n, "technicien"))
R("fr", "rmadd", INTER, "Plus besoin de la signature du client ; par contre ajoute une photo après intervention.",
  rm(n, "signature"), add(n, "Photo après intervention", "file", ["Photo"]))
R("fr", "rename", INTER, "Renomme rapport en compte rendu", ren(n, "rapport", "Compte rendu"))
R("fr", "rmadd", INTER, "Tu peux retirer l'adresse ? À la place, on aimerait le numéro de contrat.",
  rm(n, "adresse"), add(n, "Numéro de contrat", "text", ["Contrat", "N° de contrat"]))
R("fr", "rmadd", INTER, "Enlève le statut et ajoute plutôt une date de clôture.",
  rm(n, "statut"), add(n, "Date de clôture", "date", ["Clôturée le", "Clôture"]))
R("fr", "rename", INTER, "Durée (heures) devient Temps passé.", ren(n, "duree", "Temps passé"))
R("fr", "rmadd", INTER, "Bonjour, pouvez-vous supprimer le rapport et ajouter plutôt un fichier pour le bon d'intervention ? Merci",
  rm(n, "rapport"), add(n, "Bon d'intervention", "file"))
R("fr", "rmadd", INTER, "supprimez le champ technicien, ajoutez plutot l'equipe (equipe 1, equipe 2, sous-traitant)",
  rm(n, "technicien"), add(n, "Équipe", "choice", ["Equipe"], opts=["Équipe 1", "Équipe 2", "Sous-traitant"]))
s = "reservation"
R("fr", "rmadd", SALLES, "Sur les réservations, supprime l'objet et ajoute plutôt un champ « Besoin de matériel » (oui/non).",
  rm(s, "objet"), add(s, "Besoin de matériel", "boolean", ["Matériel"]))
R("fr", "rename", SALLES, "Renomme « Début » en « Heure de début » et « Fin » en « Heure de fin ».",
  ren(s, "debut", "Heure de début"), ren(s, "fin", "Heure de fin"))
R("fr", "rmadd", SALLES, "Pour les salles, on ne note plus l'étage mais le bâtiment (Nord, Sud ou Annexe).",
  rm("salle", "etage"), add("salle", "Bâtiment", "choice", ["Batiment"], opts=["Nord", "Sud", "Annexe"]))
R("fr", "renplus", SALLES, "Nombre de participants devient obligatoire et s'appelle maintenant « Participants ».",
  req(s, "participants"), ren(s, "participants", "Participants"))
R("fr", "rmadd", SALLES, "Retire l'organisateur, mets à la place le service demandeur.",
  rm(s, "organisateur"), add(s, "Service demandeur", "text", ["Service"], alt=["choice"]))
R("fr", "rmadd", SALLES, "Je voudrais remplacer la capacité des salles par le nombre de places assises.",
  rm("salle", "capacite"), add("salle", "Nombre de places assises", "integer", ["Places assises"]))
R("fr", "rmadd", SALLES, "Plutôt que la fin, on veut la durée en heures.",
  rm(s, "fin"), add(s, "Durée", "decimal", ["Durée en heures", "Durée (heures)"]))
R("fr", "renplus", SALLES, "L'objet devient « Sujet de la réunion », et supprime le nombre de participants.",
  ren(s, "objet", "Sujet de la réunion", ["Sujet"]), rm(s, "participants"))

# ---------------------------------------------------------------- Spanish
d = "pedido"
R("es", "rmadd", PAN, "Quita el teléfono y añade el correo electrónico.",
  rm(d, "telefono"), add(d, "Correo electrónico", "email", ["Correo", "Email", "E-mail"]))
R("es", "rmadd", PAN, "En lugar de la cantidad, queremos el peso en kilos.",
  rm(d, "cantidad"), add(d, "Peso", "decimal", ["Peso en kilos", "Peso (kg)", "Kilos"]))
R("es", "renplus", PAN, "Cambia el nombre de 'Producto' a 'Artículo' y hazlo obligatorio.",
  ren(d, "producto", "Artículo"), req(d, "producto"))
R("es", "rmadd", PAN, "Ya no necesitamos el campo pagado, pero sí el método de pago (efectivo, tarjeta, bizum).",
  rm(d, "pagado"), add(d, "Método de pago", "choice", ["Forma de pago", "Pago"], opts=["Efectivo", "Tarjeta", "Bizum"]))
R("es", "rename", PAN, "Notas pasa a llamarse Observaciones.", ren(d, "notas", "Observaciones"))
R("es", "rmadd", PAN, "borra el estado y en vez de eso pon una hora de recogida",
  rm(d, "estado"), add(d, "Hora de recogida", "datetime", ["Recogida"]))
R("es", "rmadd", PAN, "Sustituye el teléfono por la dirección de entrega.",
  rm(d, "telefono"), add(d, "Dirección de entrega", "text", ["Dirección"]))
R("es", "rmadd", PAN, "Quita notas, añade alergias",
  rm(d, "notas"), add(d, "Alergias", "text", [], alt=["long_text"]))
R("es", "rmadd", PAN, "en vez de la cantidad necesitamos el número de cajas",
  rm(d, "cantidad"), add(d, "Número de cajas", "integer", ["Cajas"]))
R("es", "rmadd", PAN, "el estado ya no hace falta, mejor un campo 'Entregado' sí/no",
  rm(d, "estado"), add(d, "Entregado", "boolean"))
x = "incidencia"
R("es", "rmadd2", INC, "Elimina el campo equipo y añade el número de inventario y la marca.",
  rm(x, "equipo"), add(x, "Número de inventario", "text", ["Inventario", "Nº de inventario"]), add(x, "Marca", "text", [], alt=["choice"]))
R("es", "rmadd", INC, "La prioridad ya no hace falta; en su lugar, añade una fecha límite.",
  rm(x, "prioridad"), add(x, "Fecha límite", "date", ["Plazo", "Fecha de vencimiento"]))
R("es", "renplus", INC, "Renombra 'Resuelta' a 'Cerrada' y añade la fecha de cierre.",
  ren(x, "resuelta", "Cerrada"), add(x, "Fecha de cierre", "date", ["Cerrada el", "Cierre"]))
R("es", "renplus", INC, "Usuario pasa a ser 'Solicitante' y es obligatorio.",
  ren(x, "usuario", "Solicitante"), req(x, "usuario"))
R("es", "rmadd2", INC, "en vez de la descripcion queremos los pasos para reproducirlo y el mensaje de error",
  rm(x, "descripcion"), add(x, "Pasos para reproducirlo", "long_text", ["Pasos para reproducir", "Pasos"]),
  add(x, "Mensaje de error", "text", ["Error"]))
R("es", "rmadd", INC, "¿Podéis quitar la categoría y poner en su lugar el sistema afectado?",
  rm(x, "categoria"), add(x, "Sistema afectado", "text", ["Sistema"], alt=["choice", "long_text"]))
R("es", "renplus", INC, "Renombra 'Fecha de apertura' a 'Abierta el' y quita la prioridad.",
  ren(x, "fecha", "Abierta el"), rm(x, "prioridad"))
R("es", "rmadd", INC, "Reemplaza la descripción por una captura de pantalla.",
  rm(x, "descripcion"), add(x, "Captura de pantalla", "file", ["Captura", "Pantallazo"]))
m = "socio"
R("es", "rmadd", CLUB, "Quita el DNI y añade la fecha de nacimiento en su lugar.",
  rm(m, "dni"), add(m, "Fecha de nacimiento", "date", ["Nacimiento"]))
R("es", "rename", CLUB, "La fecha de alta se llama ahora 'Socio desde'.", ren(m, "fecha_alta", "Socio desde"))
R("es", "renplus", CLUB, "Renombra 'Correo' como 'Email de contacto' y que sea obligatorio.",
  ren(m, "email", "Email de contacto"), req(m, "email"))
R("es", "rmadd", CLUB, "En los pagos, borra el mes y añade el periodo (mensual, trimestral, anual).",
  rm("pago", "mes"), add("pago", "Periodo", "choice", ["Período"], opts=["Mensual", "Trimestral", "Anual"]))
R("es", "rmadd", CLUB, "Ya no usamos la categoría de socio. Lo que sí necesitamos es saber si tiene licencia federativa.",
  rm(m, "categoria"), add(m, "Licencia federativa", "boolean", ["Tiene licencia federativa", "Licencia", "Federado"]))
R("es", "renplus", CLUB, "El importe pasa a llamarse Cuota y tiene que ser obligatorio",
  ren("pago", "importe", "Cuota"), req("pago", "importe"))
R("es", "rmadd", CLUB, "Elimina el teléfono, y en vez de eso añade un contacto de emergencia.",
  rm(m, "telefono"), add(m, "Contacto de emergencia", "text", ["Contacto"], alt=["phone", "person", "long_text"]))
R("es", "rename", CLUB, "cambia el nombre del campo mes a 'Mes pagado'", ren("pago", "mes", "Mes pagado"))

# ---------------------------------------------------------------- German
w = "auftrag"
R("de", "rmadd", WERK, "Bitte das Feld Fahrzeugmodell entfernen und stattdessen die Fahrgestellnummer erfassen.",
  rm(w, "modell"), add(w, "Fahrgestellnummer", "text", ["FIN", "Fahrgestell-Nr."]))
R("de", "rmadd", WERK, "Den Status brauchen wir nicht mehr, dafür aber das Fertigstellungsdatum.",
  rm(w, "status"), add(w, "Fertigstellungsdatum", "date", ["Fertig am", "Fertigstellung"]))
R("de", "renplus", WERK, "Benenne Mechaniker in Monteur um und mach es zum Pflichtfeld.",
  ren(w, "mechaniker", "Monteur"), req(w, "mechaniker"))
R("de", "rename", WERK, "Arbeiten heißt ab jetzt Arbeitsbeschreibung.", ren(w, "arbeiten", "Arbeitsbeschreibung"))
R("de", "rmadd2", WERK, "Statt des Preises wollen wir die Arbeitsstunden und die Materialkosten.",
  rm(w, "preis"), add(w, "Arbeitsstunden", "decimal", ["Stunden"]), add(w, "Materialkosten", "money"))
R("de", "rmadd", WERK, "kennzeichen raus, dafür kilometerstand rein",
  rm(w, "kennzeichen"), add(w, "Kilometerstand", "integer"))
R("de", "rename", WERK, "Das Auftragsdatum wird zu 'Annahme am'.", ren(w, "datum", "Annahme am"))
R("de", "rmadd", WERK, "Hallo, könnt ihr den Preis löschen und dafür einen Kostenvoranschlag als Betrag hinzufügen? Danke",
  rm(w, "preis"), add(w, "Kostenvoranschlag", "money"))
R("de", "rmadd", WERK, "Statt Mechaniker bitte den Werkstattmeister erfassen (eine Person).",
  rm(w, "mechaniker"), add(w, "Werkstattmeister", "person"))
R("de", "rmadd2", WERK, "Arbeiten bitte entfernen; stattdessen die Ersatzteile (Langtext) und die Arbeitszeit in Stunden erfassen.",
  rm(w, "arbeiten"), add(w, "Ersatzteile", "long_text", ["Teile"]), add(w, "Arbeitszeit", "decimal", ["Arbeitszeit in Stunden"]))
R("de", "rename", WERK, "status umbenennen in auftragsstatus", ren(w, "status", "Auftragsstatus"))
b = "besuch"
R("de", "rmadd", BESUCH, "Firma entfernen, stattdessen Abteilung (Einkauf, Vertrieb, Technik) hinzufügen.",
  rm(b, "firma"), add(b, "Abteilung", "choice", [], opts=["Einkauf", "Vertrieb", "Technik"]))
R("de", "rmadd", BESUCH, "Wir brauchen den Parkplatz nicht mehr, aber bitte die Ankunftszeit erfassen.",
  rm(b, "parkplatz"), add(b, "Ankunftszeit", "datetime", ["Ankunft"]))
R("de", "renplus", BESUCH, "Gastgeber bitte in Ansprechpartner umbenennen und als Pflichtfeld markieren.",
  ren(b, "gastgeber", "Ansprechpartner"), req(b, "gastgeber"))
R("de", "rmadd", BESUCH, "Die Bemerkung ersetzen wir durch ein Foto vom Ausweis.",
  rm(b, "bemerkung"), add(b, "Foto vom Ausweis", "file", ["Ausweisfoto", "Foto"]))
R("de", "rename", BESUCH, "Ausweis geprüft soll künftig 'Identität bestätigt' heißen.", ren(b, "ausweis", "Identität bestätigt"))
R("de", "rmadd2", BESUCH, "Bitte Besuchsdatum löschen und stattdessen Beginn und Ende (mit Uhrzeit) erfassen.",
  rm(b, "datum"), add(b, "Beginn", "datetime"), add(b, "Ende", "datetime"))
R("de", "renplus", BESUCH, "Die Firma heißt jetzt Unternehmen, und die Bemerkung bitte löschen.",
  ren(b, "firma", "Unternehmen"), rm(b, "bemerkung"))
R("de", "rmadd", BESUCH, "Kein Parkplatz mehr – dafür das Kfz-Kennzeichen des Besuchers.",
  rm(b, "parkplatz"), add(b, "Kfz-Kennzeichen", "text", ["Kennzeichen"]))
u = "teilnahme"
R("de", "rmadd", SCHUL, "Bei den Teilnahmen die Note entfernen und stattdessen die erreichten Punkte erfassen.",
  rm(u, "note"), add(u, "Erreichte Punkte", "integer", ["Punkte"]))
R("de", "rmadd", SCHUL, "Ort brauchen wir nicht mehr – stattdessen einen Link zum Online-Meeting.",
  rm("schulung", "ort"), add("schulung", "Link zum Online-Meeting", "url", ["Meeting-Link", "Online-Meeting", "Link"]))
R("de", "rename", SCHUL, "Trainer umbenennen in Referent.", ren("schulung", "trainer", "Referent"))
R("de", "renplus", SCHUL, "Max. Teilnehmer wird zu Plätze und ist Pflicht.",
  ren("schulung", "max_teilnehmer", "Plätze"), req("schulung", "max_teilnehmer"))
R("de", "rmadd", SCHUL, "Bitte 'Bestanden' rausnehmen und ein Zertifikat (Datei) hinzufügen.",
  rm(u, "bestanden"), add(u, "Zertifikat", "file"))
R("de", "renplus", SCHUL, "Datum bitte in Termin umbenennen und auf Datum mit Uhrzeit ändern.",
  ren("schulung", "datum", "Termin"), typ("schulung", "datum", "datetime"))


def main():
    seen = {}
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
        for lang, group, spec, msg, ops in ROWS:
            seen[(lang, group)] = seen.get((lang, group), 0) + 1
            rid = f"r-{lang}-{group}-{seen[(lang, group)]:02d}"
            out.write(json.dumps({"id": rid, "lang": lang, "spec": spec, "request": msg, "expect": ops,
                                  "keep": "all other fields and entities unchanged"}, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")


if __name__ == "__main__":
    main()
