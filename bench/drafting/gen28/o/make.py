#!/usr/bin/env python3
"""Generated set gen28/o (session 28, improver o): options in chat edits.

Written by hand from the writer's own idea of what an office worker types after seeing a draft, before the
engine was run on it.  Groups (the part of the id after g28o-):

  add-choice  a new detail said with its values ("one of ...", "with the values ...", "options: ...",
              "which can be ...", "either ... or ...", "(a/b/c)", "a, b or c" after a colon or dash,
              "ranging from S to XL", "values are ...")                          -> add_field choice + options
  set-opt     the values of an existing choice are said anew                    -> set_options
  ext-opt     one or two values added to an existing choice                     -> set_options (old + new)
  drop-opt    a value taken out of an existing choice                           -> set_options (old - dropped)
  to-choice   an existing text detail becomes a list of values                  -> change_type choice + set_options
  typed       a new detail with its type said (a number, an amount, a yes/no, notes, a date)
  mix         a clause of values and one more edit                              -> add_field / set_options + another

Seven domains in English (equipment loans, helpdesk tickets, fleet, applicants, expense claims, events,
uniform orders), four of them again in French, Spanish and German with specs in that language.

  python3 make.py     # writes refine.jsonl (and an empty draft.jsonl) beside this file
Standard library only; deterministic.
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


def key(s):
    return re.sub(r"[^a-z0-9]+", "_", fold(s).lower()).strip("_")


def F(label, typ, opts=None, req=False, target=None):
    f = {"key": key(label), "label": label, "type": typ}
    if req:
        f["required"] = True
    if opts:
        f["options"] = list(opts)
    if target:
        f["target"] = target
    return f


def E(name, plural, fields, k=None):
    return {"key": k or key(name), "name": name, "plural": plural, "fields": fields}


def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}


SPECS = {
    # ---------------- English ----------------
    ("en", "loans"): S("Equipment loans", "Lend equipment to staff and get it back.",
        E("Loan", "Loans", [F("Item", "text", req=True), F("Borrower", "person"), F("Loan date", "date"),
                            F("Due date", "date"), F("Condition", "choice", ["Good", "Worn", "Damaged"]),
                            F("Returned", "boolean")])),
    ("en", "tickets"): S("Helpdesk", "Customer support tickets.",
        E("Customer", "Customers", [F("Name", "text", req=True), F("Email", "email"), F("Company", "text")]),
        E("Ticket", "Tickets", [F("Subject", "text", req=True), F("Description", "long_text"),
                                F("Priority", "choice", ["Low", "Medium", "High"]),
                                F("Status", "choice", ["Open", "In progress", "Closed"]),
                                F("Assignee", "person"), F("Customer", "reference", target="customer")])),
    ("en", "fleet"): S("Fleet", "Company cars and their servicing.",
        E("Vehicle", "Vehicles", [F("Plate number", "text", req=True), F("Make", "text"), F("Model", "text"),
                                  F("Fuel", "choice", ["Petrol", "Diesel", "Electric"]), F("Mileage", "integer")]),
        E("Service", "Services", [F("Vehicle", "reference", req=True, target="vehicle"), F("Service date", "date"),
                                  F("Garage", "text"), F("Cost", "money")])),
    ("en", "applicants"): S("Hiring", "Job applicants and where they are in the process.",
        E("Applicant", "Applicants", [F("Full name", "text", req=True), F("Email", "email"),
                                      F("Position", "text"),
                                      F("Stage", "choice", ["Applied", "Interview", "Offer", "Rejected"]),
                                      F("CV", "file"), F("Applied on", "date")])),
    ("en", "expenses"): S("Expenses", "Staff expense claims and their approval.",
        E("Expense claim", "Expense claims", [F("Employee", "person", req=True), F("Date", "date"),
                                              F("Amount", "money"),
                                              F("Category", "choice", ["Travel", "Meals", "Supplies"]),
                                              F("Receipt", "file"), F("Approved", "boolean")], k="claim")),
    ("en", "events"): S("Events", "Company events and who registered.",
        E("Event", "Events", [F("Title", "text", req=True), F("Event date", "date"), F("Venue", "text"),
                              F("Capacity", "integer")]),
        E("Registration", "Registrations", [F("Event", "reference", req=True, target="event"),
                                            F("Attendee name", "text", req=True), F("Email", "email"),
                                            F("Ticket type", "choice", ["Standard", "VIP", "Student"]),
                                            F("Paid", "boolean")])),
    ("en", "uniforms"): S("Uniform orders", "Orders of work clothes for staff.",
        E("Uniform order", "Uniform orders", [F("Employee", "person", req=True), F("Item", "text"),
                                              F("Quantity", "integer"), F("Ordered on", "date"),
                                              F("Status", "choice", ["Requested", "Ordered", "Delivered"])],
          k="uniform_order")),
    # ---------------- French ----------------
    ("fr", "loans"): S("Prêts de matériel", "Prêter du matériel au personnel.",
        E("Prêt", "Prêts", [F("Objet", "text", req=True), F("Emprunteur", "person"), F("Date de prêt", "date"),
                            F("Date de retour prévue", "date"), F("État", "choice", ["Bon", "Usé", "Abîmé"]),
                            F("Rendu", "boolean")])),
    ("fr", "tickets"): S("Support", "Tickets d'assistance.",
        E("Ticket", "Tickets", [F("Sujet", "text", req=True), F("Description", "long_text"),
                                F("Priorité", "choice", ["Basse", "Moyenne", "Haute"]),
                                F("Statut", "choice", ["Ouvert", "En cours", "Fermé"]),
                                F("Ouvert le", "date"), F("Assigné à", "person")])),
    ("fr", "expenses"): S("Notes de frais", "Notes de frais du personnel.",
        E("Note de frais", "Notes de frais", [F("Salarié", "person", req=True), F("Date", "date"),
                                              F("Montant", "money"),
                                              F("Catégorie", "choice", ["Transport", "Repas", "Fournitures"]),
                                              F("Justificatif", "file"), F("Validée", "boolean")])),
    ("fr", "fleet"): S("Parc auto", "Véhicules de service et entretiens.",
        E("Véhicule", "Véhicules", [F("Immatriculation", "text", req=True), F("Marque", "text"), F("Modèle", "text"),
                                    F("Carburant", "choice", ["Essence", "Diesel", "Électrique"]),
                                    F("Kilométrage", "integer")]),
        E("Entretien", "Entretiens", [F("Véhicule", "reference", req=True, target="vehicule"),
                                      F("Date d'entretien", "date"), F("Garage", "text"), F("Coût", "money")])),
    # ---------------- Spanish ----------------
    ("es", "loans"): S("Préstamos de material", "Prestar material al personal.",
        E("Préstamo", "Préstamos", [F("Artículo", "text", req=True), F("Prestatario", "person"),
                                    F("Fecha de préstamo", "date"), F("Fecha de devolución", "date"),
                                    F("Estado", "choice", ["Bueno", "Usado", "Dañado"]), F("Devuelto", "boolean")])),
    ("es", "tickets"): S("Soporte", "Incidencias de soporte.",
        E("Incidencia", "Incidencias", [F("Asunto", "text", req=True), F("Descripción", "long_text"),
                                        F("Prioridad", "choice", ["Baja", "Media", "Alta"]),
                                        F("Estado", "choice", ["Abierta", "En curso", "Cerrada"]),
                                        F("Abierta el", "date"), F("Asignada a", "person")])),
    ("es", "expenses"): S("Gastos", "Gastos del personal.",
        E("Gasto", "Gastos", [F("Empleado", "person", req=True), F("Fecha", "date"), F("Importe", "money"),
                              F("Categoría", "choice", ["Viajes", "Comidas", "Material"]),
                              F("Recibo", "file"), F("Aprobado", "boolean")])),
    ("es", "fleet"): S("Flota", "Vehículos de empresa y mantenimiento.",
        E("Vehículo", "Vehículos", [F("Matrícula", "text", req=True), F("Marca", "text"), F("Modelo", "text"),
                                    F("Combustible", "choice", ["Gasolina", "Diésel", "Eléctrico"]),
                                    F("Kilometraje", "integer")]),
        E("Mantenimiento", "Mantenimientos", [F("Vehículo", "reference", req=True, target="vehiculo"),
                                              F("Fecha", "date"), F("Taller", "text"), F("Coste", "money")])),
    # ---------------- German ----------------
    ("de", "loans"): S("Geräteverleih", "Geräte an Mitarbeitende verleihen.",
        E("Ausleihe", "Ausleihen", [F("Gegenstand", "text", req=True), F("Ausleiher", "person"),
                                    F("Ausleihdatum", "date"), F("Rückgabedatum", "date"),
                                    F("Zustand", "choice", ["Gut", "Abgenutzt", "Beschädigt"]),
                                    F("Zurückgegeben", "boolean")])),
    ("de", "tickets"): S("Support", "Support-Tickets.",
        E("Ticket", "Tickets", [F("Betreff", "text", req=True), F("Beschreibung", "long_text"),
                                F("Priorität", "choice", ["Niedrig", "Mittel", "Hoch"]),
                                F("Status", "choice", ["Offen", "In Bearbeitung", "Geschlossen"]),
                                F("Eröffnet am", "date"), F("Zuständig", "person")])),
    ("de", "expenses"): S("Spesen", "Spesenabrechnungen der Mitarbeitenden.",
        E("Spesenabrechnung", "Spesenabrechnungen", [F("Mitarbeiter", "person", req=True), F("Datum", "date"),
                                                     F("Betrag", "money"),
                                                     F("Kategorie", "choice", ["Reise", "Verpflegung", "Material"]),
                                                     F("Beleg", "file"), F("Genehmigt", "boolean")])),
    ("de", "fleet"): S("Fuhrpark", "Dienstwagen und Wartungen.",
        E("Fahrzeug", "Fahrzeuge", [F("Kennzeichen", "text", req=True), F("Marke", "text"), F("Modell", "text"),
                                    F("Kraftstoff", "choice", ["Benzin", "Diesel", "Elektro"]),
                                    F("Kilometerstand", "integer")]),
        E("Wartung", "Wartungen", [F("Fahrzeug", "reference", req=True, target="fahrzeug"),
                                   F("Wartungsdatum", "date"), F("Werkstatt", "text"), F("Kosten", "money")])),
}


def AF(ent, name, typ, opts=None, aliases=(), alt=()):
    op = {"op": "add_field", "entity": ent, "name": name, "aliases": list(aliases), "type": typ,
          "alt_types": list(alt)}
    if opts is not None:
        op["options"] = list(opts)
    return op


def SO(ent, field, opts):
    return {"op": "set_options", "entity": ent, "field": field, "options": list(opts)}


def CT(ent, field, typ, alt=()):
    return {"op": "change_type", "entity": ent, "field": field, "type": typ, "alt_types": list(alt)}


def SR(ent, field, value=True):
    return {"op": "set_required", "entity": ent, "field": field, "value": value}


def C(ent, name, opts, aliases=(), alt=()):
    return AF(ent, name, "choice", opts, aliases, alt)


MC = ("multi_choice",)

# (lang, domain, group, request, [ops])
ROWS = [
    # ======================= English =======================
    # --- add-choice
    ("en", "loans", "add-choice", "Add a return method field, one of in person, by post or courier drop-off.",
     [C("loan", "return method", ["In person", "By post", "Courier drop-off"], ["return"])]),
    ("en", "loans", "add-choice", "can we also have the department? options: IT, Finance, HR, Sales",
     [C("loan", "department", ["IT", "Finance", "HR", "Sales"], ["dept", "team"])]),
    ("en", "loans", "add-choice", "Add a field for the loan purpose with the values project work, training, travel and other.",
     [C("loan", "loan purpose", ["Project work", "Training", "Travel", "Other"], ["purpose"])]),
    ("en", "loans", "add-choice", "oh and track the item category too (laptop / tablet / phone / accessory)",
     [C("loan", "item category", ["Laptop", "Tablet", "Phone", "Accessory"], ["category"])]),
    ("en", "loans", "add-choice", "Please add a location - Head office, Branch or Remote.",
     [C("loan", "location", ["Head office", "Branch", "Remote"], ["site"])]),
    ("en", "tickets", "add-choice", "Add a channel to tickets: email, phone, chat or walk-in.",
     [C("ticket", "channel", ["Email", "Phone", "Chat", "Walk-in"], ["source"])]),
    ("en", "tickets", "add-choice", "I'd like an impact field on the ticket, which can be low, moderate or severe.",
     [C("ticket", "impact", ["Low", "Moderate", "Severe"])]),
    ("en", "tickets", "add-choice", "Tickets need a category. Values are hardware, software, network and access.",
     [C("ticket", "category", ["Hardware", "Software", "Network", "Access"], ["type"])]),
    ("en", "tickets", "add-choice", "add severity (minor, major, critical) to tickets please",
     [C("ticket", "severity", ["Minor", "Major", "Critical"])]),
    ("en", "tickets", "add-choice", "Could you add a resolution field? It's either fixed or won't fix.",
     [C("ticket", "resolution", ["Fixed", "Won't fix"], ["outcome"])]),
    ("en", "tickets", "add-choice", "Customers should have a tier: bronze, silver, gold.",
     [C("customer", "tier", ["Bronze", "Silver", "Gold"], ["level", "plan"])]),
    ("en", "fleet", "add-choice", "Add a transmission field to vehicles: either manual or automatic.",
     [C("vehicle", "transmission", ["Manual", "Automatic"], ["gearbox"])]),
    ("en", "fleet", "add-choice", "For each service, record the service type - one of routine, repair, tyres, inspection.",
     [C("service", "service type", ["Routine", "Repair", "Tyres", "Inspection"], ["type"])]),
    ("en", "fleet", "add-choice", "vehicles should have a colour, choose from white, black, silver, blue or red",
     [C("vehicle", "colour", ["White", "Black", "Silver", "Blue", "Red"], ["color"])]),
    ("en", "fleet", "add-choice", "Add the vehicle's body type (hatchback, estate, van, SUV).",
     [C("vehicle", "body type", ["Hatchback", "Estate", "Van", "SUV"], ["body", "type"])]),
    ("en", "applicants", "add-choice", "Add a source field with the options LinkedIn, job board, referral, agency.",
     [C("applicant", "source", ["LinkedIn", "Job board", "Referral", "Agency"], ["channel"])]),
    ("en", "applicants", "add-choice", "Add the contract type: permanent, fixed term, or freelance.",
     [C("applicant", "contract type", ["Permanent", "Fixed term", "Freelance"], ["contract"])]),
    ("en", "applicants", "add-choice", "Add an English level field ranging from A1 to C2.",
     [C("applicant", "English level", ["A1", "A2", "B1", "B2", "C1", "C2"], ["level", "english"])]),
    ("en", "applicants", "add-choice", "Please add 'work preference' with values: office, hybrid, remote.",
     [C("applicant", "work preference", ["Office", "Hybrid", "Remote"], ["preference"])]),
    ("en", "applicants", "add-choice", "add preferred shift, morning/afternoon/night",
     [C("applicant", "preferred shift", ["Morning", "Afternoon", "Night"], ["shift"])]),
    ("en", "expenses", "add-choice", "Add payment method — card, cash or bank transfer.",
     [C("claim", "payment method", ["Card", "Cash", "Bank transfer"], ["payment", "method"])]),
    ("en", "expenses", "add-choice", "add a currency field (EUR, USD, GBP)",
     [C("claim", "currency", ["EUR", "USD", "GBP"])]),
    ("en", "expenses", "add-choice", "I also need the cost centre on claims. It can be Sales, Marketing, Operations or Admin.",
     [C("claim", "cost centre", ["Sales", "Marketing", "Operations", "Admin"], ["cost center"])]),
    ("en", "events", "add-choice", "Registrations should have a meal choice: meat, fish or vegetarian.",
     [C("registration", "meal choice", ["Meat", "Fish", "Vegetarian"], ["meal"])]),
    ("en", "events", "add-choice", "Add a format to events, which is either in person or online.",
     [C("event", "format", ["In person", "Online"], ["mode"])]),
    ("en", "events", "add-choice", "add t-shirt size to registrations, ranging from XS to XXL",
     [C("registration", "shirt size", ["XS", "S", "M", "L", "XL", "XXL"], ["size", "t-shirt size", "t shirt size"])]),
    ("en", "events", "add-choice", "Add an event type field. Possible values: workshop, talk, webinar, social.",
     [C("event", "event type", ["Workshop", "Talk", "Webinar", "Social"], ["type"])]),
    ("en", "events", "add-choice", "Can registrations have a 'how did you hear about us' field? Choices would be friend, social media, newspaper, website.",
     [C("registration", "how did you hear about us", ["Friend", "Social media", "Newspaper", "Website"], ["source", "referral source", "heard about us"])]),
    ("en", "uniforms", "add-choice", "Add a size field to uniform orders: XS, S, M, L, XL.",
     [C("uniform_order", "size", ["XS", "S", "M", "L", "XL"])]),
    ("en", "uniforms", "add-choice", "Also a colour for the order (navy, black or grey).",
     [C("uniform_order", "colour", ["Navy", "Black", "Grey"], ["color"])]),
    ("en", "uniforms", "add-choice", "add fit, which can be regular or slim",
     [C("uniform_order", "fit", ["Regular", "Slim"])]),
    ("en", "uniforms", "add-choice", "Add delivery location — head office, warehouse or store.",
     [C("uniform_order", "delivery location", ["Head office", "Warehouse", "Store"], ["delivery", "location"])]),
    # --- set-opt
    ("en", "loans", "set-opt", "Change the condition options to new, good, fair and poor.",
     [SO("loan", "condition", ["New", "Good", "Fair", "Poor"])]),
    ("en", "tickets", "set-opt", "The priority values should be P1, P2, P3 and P4.",
     [SO("ticket", "priority", ["P1", "P2", "P3", "P4"])]),
    ("en", "fleet", "set-opt", "fuel should be: petrol, diesel, hybrid, electric",
     [SO("vehicle", "fuel", ["Petrol", "Diesel", "Hybrid", "Electric"])]),
    ("en", "applicants", "set-opt", "Make the stage choices Screening, Interview, Assessment, Offer, Hired, Rejected.",
     [SO("applicant", "stage", ["Screening", "Interview", "Assessment", "Offer", "Hired", "Rejected"])]),
    ("en", "expenses", "set-opt", "Replace the expense categories with travel, accommodation, meals, equipment.",
     [SO("claim", "category", ["Travel", "Accommodation", "Meals", "Equipment"])]),
    ("en", "events", "set-opt", "ticket types should only be standard and VIP",
     [SO("registration", "ticket_type", ["Standard", "VIP"])]),
    ("en", "uniforms", "set-opt", "Status options for uniform orders: requested, approved, ordered, delivered, cancelled.",
     [SO("uniform_order", "status", ["Requested", "Approved", "Ordered", "Delivered", "Cancelled"])]),
    ("en", "tickets", "set-opt", "can the status values be New, Assigned, Waiting, Resolved instead?",
     [SO("ticket", "status", ["New", "Assigned", "Waiting", "Resolved"])]),
    # --- ext-opt
    ("en", "loans", "ext-opt", "Add 'Lost' to the condition options.",
     [SO("loan", "condition", ["Good", "Worn", "Damaged", "Lost"])]),
    ("en", "loans", "ext-opt", "condition can also be missing parts",
     [SO("loan", "condition", ["Good", "Worn", "Damaged", "Missing parts"])]),
    ("en", "tickets", "ext-opt", "We need an Urgent priority too.",
     [SO("ticket", "priority", ["Low", "Medium", "High", "Urgent"])]),
    ("en", "tickets", "ext-opt", "Add On hold as a status.",
     [SO("ticket", "status", ["Open", "In progress", "On hold", "Closed"])]),
    ("en", "fleet", "ext-opt", "fuel: also allow LPG and hybrid",
     [SO("vehicle", "fuel", ["Petrol", "Diesel", "Electric", "LPG", "Hybrid"])]),
    ("en", "applicants", "ext-opt", "Add Withdrawn to the stages.",
     [SO("applicant", "stage", ["Applied", "Interview", "Offer", "Rejected", "Withdrawn"])]),
    ("en", "expenses", "ext-opt", "please add Training and Software as expense categories",
     [SO("claim", "category", ["Travel", "Meals", "Supplies", "Training", "Software"])]),
    ("en", "events", "ext-opt", "Can registrations also have a Speaker ticket type?",
     [SO("registration", "ticket_type", ["Standard", "VIP", "Student", "Speaker"])]),
    ("en", "uniforms", "ext-opt", "status should also include 'returned'",
     [SO("uniform_order", "status", ["Requested", "Ordered", "Delivered", "Returned"])]),
    ("en", "expenses", "ext-opt", "Add a fourth category: Other.",
     [SO("claim", "category", ["Travel", "Meals", "Supplies", "Other"])]),
    # --- drop-opt
    ("en", "loans", "drop-opt", "Remove Worn from the condition choices.",
     [SO("loan", "condition", ["Good", "Damaged"])]),
    ("en", "tickets", "drop-opt", "we don't use the Medium priority anymore, take it out",
     [SO("ticket", "priority", ["Low", "High"])]),
    ("en", "fleet", "drop-opt", "Drop Electric from the fuel options.",
     [SO("vehicle", "fuel", ["Petrol", "Diesel"])]),
    ("en", "events", "drop-opt", "Get rid of the Student ticket type.",
     [SO("registration", "ticket_type", ["Standard", "VIP"])]),
    ("en", "applicants", "drop-opt", "Take 'Offer' out of the stages",
     [SO("applicant", "stage", ["Applied", "Interview", "Rejected"])]),
    ("en", "expenses", "drop-opt", "No more Supplies category please.",
     [SO("claim", "category", ["Travel", "Meals"])]),
    # --- to-choice
    ("en", "fleet", "to-choice", "Make the garage a dropdown: City Motors, QuickFit, Dealer.",
     [CT("service", "garage", "choice"), SO("service", "garage", ["City Motors", "QuickFit", "Dealer"])]),
    ("en", "applicants", "to-choice", "Position should be a choice between Developer, Designer, Analyst and Manager.",
     [CT("applicant", "position", "choice"), SO("applicant", "position", ["Developer", "Designer", "Analyst", "Manager"])]),
    ("en", "events", "to-choice", "turn venue into a list of options: Main hall, Room A, Room B",
     [CT("event", "venue", "choice"), SO("event", "venue", ["Main hall", "Room A", "Room B"])]),
    ("en", "uniforms", "to-choice", "Item on uniform orders should be one of shirt, trousers, jacket, boots.",
     [CT("uniform_order", "item", "choice"), SO("uniform_order", "item", ["Shirt", "Trousers", "Jacket", "Boots"])]),
    ("en", "tickets", "to-choice", "the company on customers should be picked from a list: Acme, Globex, Initech",
     [CT("customer", "company", "choice"), SO("customer", "company", ["Acme", "Globex", "Initech"])]),
    # --- typed
    ("en", "loans", "typed", "Add a deposit amount to loans.",
     [AF("loan", "deposit amount", "money", aliases=["deposit"], alt=["decimal"])]),
    ("en", "loans", "typed", "add the number of accessories (a number)",
     [AF("loan", "number of accessories", "integer", aliases=["accessories"], alt=["decimal"])]),
    ("en", "loans", "typed", "Add a yes/no for charger included.",
     [AF("loan", "charger included", "boolean", aliases=["charger"])]),
    ("en", "fleet", "typed", "Also notes on each service (free text).",
     [AF("service", "notes", "long_text", aliases=["service notes", "comments"], alt=["text"])]),
    ("en", "fleet", "typed", "Add the odometer reading at each service, as a number.",
     [AF("service", "odometer reading", "integer", aliases=["odometer", "mileage"], alt=["decimal"])]),
    ("en", "expenses", "typed", "Add a 'VAT reclaimable' tick box to claims.",
     [AF("claim", "VAT reclaimable", "boolean", aliases=["VAT"])]),
    ("en", "expenses", "typed", "add the kilometres claimed (a decimal number)",
     [AF("claim", "kilometres claimed", "decimal", aliases=["kilometres", "km", "distance"], alt=["integer"])]),
    ("en", "applicants", "typed", "add expected salary, it's an amount",
     [AF("applicant", "expected salary", "money", aliases=["salary"], alt=["decimal"])]),
    ("en", "events", "typed", "registrations: add a checkbox for photo consent",
     [AF("registration", "photo consent", "boolean", aliases=["consent"])]),
    ("en", "tickets", "typed", "Add a follow-up date to tickets.",
     [AF("ticket", "follow-up date", "date", aliases=["follow up", "follow-up"], alt=["datetime"])]),
    ("en", "events", "typed", "Add the number of seats booked to registrations (whole number).",
     [AF("registration", "number of seats booked", "integer", aliases=["seats", "seats booked"])]),
    ("en", "applicants", "typed", "add an interview notes field, long text",
     [AF("applicant", "interview notes", "long_text", aliases=["notes"])]),
    ("en", "uniforms", "typed", "Add the unit price to uniform orders, an amount in euros.",
     [AF("uniform_order", "unit price", "money", aliases=["price"], alt=["decimal"])]),
    ("en", "uniforms", "typed", "Add a 'rush order' yes/no field.",
     [AF("uniform_order", "rush order", "boolean", aliases=["rush", "urgent"])]),
    # --- mix
    ("en", "fleet", "mix", "Add a warranty status (in warranty, expired, unknown) and make the make required.",
     [C("vehicle", "warranty status", ["In warranty", "Expired", "Unknown"], ["warranty"]), SR("vehicle", "make")]),
    ("en", "expenses", "mix", "Add a billing status: unbilled, billed, paid. Also make the amount required.",
     [C("claim", "billing status", ["Unbilled", "Billed", "Paid"], ["billing"]), SR("claim", "amount")]),
    ("en", "applicants", "mix", "add the interview outcome (pass, fail or hold) and make email mandatory",
     [C("applicant", "interview outcome", ["Pass", "Fail", "Hold"], ["outcome"]), SR("applicant", "email")]),
    ("en", "tickets", "mix", "Add urgent to the priorities and make the assignee required.",
     [SO("ticket", "priority", ["Low", "Medium", "High", "Urgent"]), SR("ticket", "assignee")]),
    ("en", "uniforms", "mix", "Status can also be Back-ordered; and add a supplier field.",
     [SO("uniform_order", "status", ["Requested", "Ordered", "Delivered", "Back-ordered"]),
      AF("uniform_order", "supplier", "text", aliases=["vendor"])]),
    ("en", "loans", "mix", "Add a priority (low, normal, high) and a comment field.",
     [C("loan", "priority", ["Low", "Normal", "High"]), AF("loan", "comment", "long_text", aliases=["comments"], alt=["text"])]),

    # ======================= French =======================
    ("fr", "loans", "add-choice", "Ajoute un mode de retour : en main propre, par la poste ou par coursier.",
     [C("pret", "mode de retour", ["En main propre", "Par la poste", "Par coursier"], ["retour"])]),
    ("fr", "loans", "add-choice", "on peut avoir le service aussi ? options : informatique, finance, RH, ventes",
     [C("pret", "service", ["Informatique", "Finance", "RH", "Ventes"], ["département"])]),
    ("fr", "loans", "add-choice", "ajoute le motif du pret (projet / formation / deplacement / autre)",
     [C("pret", "motif du prêt", ["Projet", "Formation", "Déplacement", "Autre"], ["motif"])]),
    ("fr", "tickets", "add-choice", "Ajoutez un canal aux tickets : e-mail, téléphone, chat ou guichet.",
     [C("ticket", "canal", ["E-mail", "Téléphone", "Chat", "Guichet"], ["source"])]),
    ("fr", "tickets", "add-choice", "Il faudrait un champ impact, qui peut être faible, modéré ou grave.",
     [C("ticket", "impact", ["Faible", "Modéré", "Grave"])]),
    ("fr", "tickets", "add-choice", "Ajoute une catégorie avec les valeurs matériel, logiciel, réseau et accès.",
     [C("ticket", "catégorie", ["Matériel", "Logiciel", "Réseau", "Accès"], ["type"])]),
    ("fr", "expenses", "add-choice", "Ajoute le moyen de paiement, soit carte, soit espèces, soit virement.",
     [C("note_de_frais", "moyen de paiement", ["Carte", "Espèces", "Virement"], ["paiement", "mode de paiement"])]),
    ("fr", "expenses", "add-choice", "ajoute une devise (EUR, USD, CHF) stp",
     [C("note_de_frais", "devise", ["EUR", "USD", "CHF"], ["monnaie"])]),
    ("fr", "fleet", "add-choice", "Ajoutez la boîte de vitesses aux véhicules : manuelle ou automatique.",
     [C("vehicule", "boîte de vitesses", ["Manuelle", "Automatique"], ["transmission", "boîte"])]),
    ("fr", "fleet", "add-choice", "Pour chaque entretien, le type d'intervention, parmi révision, réparation, pneus, contrôle technique.",
     [C("entretien", "type d'intervention", ["Révision", "Réparation", "Pneus", "Contrôle technique"], ["type", "intervention"])]),
    ("fr", "fleet", "add-choice", "Les véhicules doivent avoir une couleur, au choix blanc, noir, gris ou bleu.",
     [C("vehicule", "couleur", ["Blanc", "Noir", "Gris", "Bleu"])]),
    ("fr", "loans", "set-opt", "Les valeurs de l'état doivent être neuf, bon, correct et mauvais.",
     [SO("pret", "etat", ["Neuf", "Bon", "Correct", "Mauvais"])]),
    ("fr", "tickets", "set-opt", "priorité : P1, P2, P3",
     [SO("ticket", "priorite", ["P1", "P2", "P3"])]),
    ("fr", "expenses", "set-opt", "Remplace les catégories par transport, hébergement, repas, matériel.",
     [SO("note_de_frais", "categorie", ["Transport", "Hébergement", "Repas", "Matériel"])]),
    ("fr", "loans", "ext-opt", "Ajoute « Perdu » aux choix de l'état.",
     [SO("pret", "etat", ["Bon", "Usé", "Abîmé", "Perdu"])]),
    ("fr", "tickets", "ext-opt", "Il nous faut aussi une priorité Urgente.",
     [SO("ticket", "priorite", ["Basse", "Moyenne", "Haute", "Urgente"])]),
    ("fr", "tickets", "ext-opt", "le statut peut aussi être en attente",
     [SO("ticket", "statut", ["Ouvert", "En cours", "En attente", "Fermé"])]),
    ("fr", "fleet", "ext-opt", "Ajoutez Hybride et GPL au carburant.",
     [SO("vehicule", "carburant", ["Essence", "Diesel", "Électrique", "Hybride", "GPL"])]),
    ("fr", "loans", "drop-opt", "Enlève Usé des valeurs de l'état.",
     [SO("pret", "etat", ["Bon", "Abîmé"])]),
    ("fr", "expenses", "drop-opt", "On n'utilise plus la catégorie Fournitures, supprime-la.",
     [SO("note_de_frais", "categorie", ["Transport", "Repas"])]),
    ("fr", "fleet", "to-choice", "Le garage doit être une liste déroulante : Garage Central, Norauto, Concession.",
     [CT("entretien", "garage", "choice"), SO("entretien", "garage", ["Garage Central", "Norauto", "Concession"])]),
    ("fr", "loans", "typed", "Ajoute le montant de la caution.",
     [AF("pret", "montant de la caution", "money", aliases=["caution"], alt=["decimal"])]),
    ("fr", "loans", "typed", "ajoute un oui/non pour le chargeur fourni",
     [AF("pret", "chargeur fourni", "boolean", aliases=["chargeur"])]),
    ("fr", "fleet", "typed", "Ajoutez des remarques sur chaque entretien (texte libre).",
     [AF("entretien", "remarques", "long_text", aliases=["notes", "commentaires"], alt=["text"])]),
    ("fr", "expenses", "typed", "Ajoute une case à cocher « TVA récupérable ».",
     [AF("note_de_frais", "TVA récupérable", "boolean", aliases=["TVA"])]),
    ("fr", "expenses", "typed", "ajoute le nombre de kilomètres (un nombre décimal)",
     [AF("note_de_frais", "nombre de kilomètres", "decimal", aliases=["kilomètres", "km"], alt=["integer"])]),
    ("fr", "tickets", "mix", "Ajoute une gravité (mineure, majeure, critique) et rends le champ assigné à obligatoire.",
     [C("ticket", "gravité", ["Mineure", "Majeure", "Critique"], ["sévérité"]), SR("ticket", "assigne_a")]),
    ("fr", "expenses", "mix", "Ajoute un statut de remboursement : à rembourser, remboursé. Et le montant doit être obligatoire.",
     [C("note_de_frais", "statut de remboursement", ["À rembourser", "Remboursé"], ["statut", "remboursement"]), SR("note_de_frais", "montant")]),

    # ======================= Spanish =======================
    ("es", "loans", "add-choice", "Añade un modo de devolución: en mano, por correo o por mensajero.",
     [C("prestamo", "modo de devolución", ["En mano", "Por correo", "Por mensajero"], ["devolución"])]),
    ("es", "loans", "add-choice", "¿podemos tener también el departamento? opciones: informática, finanzas, RRHH, ventas",
     [C("prestamo", "departamento", ["Informática", "Finanzas", "RRHH", "Ventas"], ["área"])]),
    ("es", "loans", "add-choice", "añade el motivo del prestamo (proyecto / formacion / viaje / otro)",
     [C("prestamo", "motivo del préstamo", ["Proyecto", "Formación", "Viaje", "Otro"], ["motivo"])]),
    ("es", "tickets", "add-choice", "Añade un canal a las incidencias: email, teléfono, chat o presencial.",
     [C("incidencia", "canal", ["Email", "Teléfono", "Chat", "Presencial"], ["origen"])]),
    ("es", "tickets", "add-choice", "Hace falta un campo impacto, que puede ser bajo, moderado o grave.",
     [C("incidencia", "impacto", ["Bajo", "Moderado", "Grave"])]),
    ("es", "tickets", "add-choice", "Añade una categoría con los valores hardware, software, red y accesos.",
     [C("incidencia", "categoría", ["Hardware", "Software", "Red", "Accesos"], ["tipo"])]),
    ("es", "expenses", "add-choice", "Añade la forma de pago, que puede ser tarjeta, efectivo o transferencia.",
     [C("gasto", "forma de pago", ["Tarjeta", "Efectivo", "Transferencia"], ["pago", "método de pago"])]),
    ("es", "expenses", "add-choice", "añade una moneda (EUR, USD, MXN) porfa",
     [C("gasto", "moneda", ["EUR", "USD", "MXN"], ["divisa"])]),
    ("es", "fleet", "add-choice", "Añade la transmisión a los vehículos: manual o automática.",
     [C("vehiculo", "transmisión", ["Manual", "Automática"], ["caja de cambios"])]),
    ("es", "fleet", "add-choice", "En cada mantenimiento, el tipo de servicio, uno de revisión, reparación, neumáticos, ITV.",
     [C("mantenimiento", "tipo de servicio", ["Revisión", "Reparación", "Neumáticos", "ITV"], ["tipo"])]),
    ("es", "fleet", "add-choice", "Los vehículos deberían tener un color, a elegir entre blanco, negro, gris o azul.",
     [C("vehiculo", "color", ["Blanco", "Negro", "Gris", "Azul"])]),
    ("es", "loans", "set-opt", "Los valores del estado deben ser nuevo, bueno, regular y malo.",
     [SO("prestamo", "estado", ["Nuevo", "Bueno", "Regular", "Malo"])]),
    ("es", "tickets", "set-opt", "prioridad: P1, P2, P3",
     [SO("incidencia", "prioridad", ["P1", "P2", "P3"])]),
    ("es", "expenses", "set-opt", "Cambia las categorías por viajes, alojamiento, comidas, equipos.",
     [SO("gasto", "categoria", ["Viajes", "Alojamiento", "Comidas", "Equipos"])]),
    ("es", "loans", "ext-opt", "Añade «Perdido» a las opciones del estado.",
     [SO("prestamo", "estado", ["Bueno", "Usado", "Dañado", "Perdido"])]),
    ("es", "tickets", "ext-opt", "También necesitamos una prioridad Urgente.",
     [SO("incidencia", "prioridad", ["Baja", "Media", "Alta", "Urgente"])]),
    ("es", "tickets", "ext-opt", "el estado también puede ser en espera",
     [SO("incidencia", "estado", ["Abierta", "En curso", "En espera", "Cerrada"])]),
    ("es", "fleet", "ext-opt", "Añade Híbrido y GLP al combustible.",
     [SO("vehiculo", "combustible", ["Gasolina", "Diésel", "Eléctrico", "Híbrido", "GLP"])]),
    ("es", "loans", "drop-opt", "Quita Usado de los valores del estado.",
     [SO("prestamo", "estado", ["Bueno", "Dañado"])]),
    ("es", "expenses", "drop-opt", "Ya no usamos la categoría Material, elimínala.",
     [SO("gasto", "categoria", ["Viajes", "Comidas"])]),
    ("es", "fleet", "to-choice", "El taller debería ser un desplegable: Taller Central, Midas, Concesionario.",
     [CT("mantenimiento", "taller", "choice"), SO("mantenimiento", "taller", ["Taller Central", "Midas", "Concesionario"])]),
    ("es", "loans", "typed", "Añade el importe de la fianza.",
     [AF("prestamo", "importe de la fianza", "money", aliases=["fianza", "depósito"], alt=["decimal"])]),
    ("es", "loans", "typed", "añade un sí/no para cargador incluido",
     [AF("prestamo", "cargador incluido", "boolean", aliases=["cargador"])]),
    ("es", "fleet", "typed", "Añade observaciones en cada mantenimiento (texto libre).",
     [AF("mantenimiento", "observaciones", "long_text", aliases=["notas", "comentarios"], alt=["text"])]),
    ("es", "expenses", "typed", "Añade una casilla «IVA deducible».",
     [AF("gasto", "IVA deducible", "boolean", aliases=["IVA"])]),
    ("es", "expenses", "typed", "añade los kilómetros recorridos (un número con decimales)",
     [AF("gasto", "kilómetros recorridos", "decimal", aliases=["kilómetros", "km"], alt=["integer"])]),
    ("es", "tickets", "mix", "Añade una gravedad (menor, mayor, crítica) y haz obligatorio el asunto.",
     [C("incidencia", "gravedad", ["Menor", "Mayor", "Crítica"], ["severidad"]), SR("incidencia", "asunto")]),
    ("es", "expenses", "mix", "Añade un estado de reembolso: pendiente, reembolsado. Y el importe debe ser obligatorio.",
     [C("gasto", "estado de reembolso", ["Pendiente", "Reembolsado"], ["estado", "reembolso"]), SR("gasto", "importe")]),

    # ======================= German =======================
    ("de", "loans", "add-choice", "Füge eine Rückgabeart hinzu: persönlich, per Post oder per Kurier.",
     [C("ausleihe", "Rückgabeart", ["Persönlich", "Per Post", "Per Kurier"], ["Rückgabe"])]),
    ("de", "loans", "add-choice", "können wir auch die Abteilung haben? optionen: IT, Finanzen, Personal, Vertrieb",
     [C("ausleihe", "Abteilung", ["IT", "Finanzen", "Personal", "Vertrieb"], ["Bereich"])]),
    ("de", "loans", "add-choice", "bitte noch den Zweck der Ausleihe (Projekt / Schulung / Reise / Sonstiges)",
     [C("ausleihe", "Zweck", ["Projekt", "Schulung", "Reise", "Sonstiges"], ["Zweck der Ausleihe"])]),
    ("de", "tickets", "add-choice", "Füge den Tickets einen Kanal hinzu: E-Mail, Telefon, Chat oder vor Ort.",
     [C("ticket", "Kanal", ["E-Mail", "Telefon", "Chat", "Vor Ort"], ["Quelle"])]),
    ("de", "tickets", "add-choice", "Wir brauchen ein Feld Auswirkung, das gering, mittel oder schwer sein kann.",
     [C("ticket", "Auswirkung", ["Gering", "Mittel", "Schwer"], ["Impact"])]),
    ("de", "tickets", "add-choice", "Füge eine Kategorie mit den Werten Hardware, Software, Netzwerk und Zugang hinzu.",
     [C("ticket", "Kategorie", ["Hardware", "Software", "Netzwerk", "Zugang"], ["Typ"])]),
    ("de", "expenses", "add-choice", "Bitte die Zahlungsart ergänzen, entweder Karte, bar oder Überweisung.",
     [C("spesenabrechnung", "Zahlungsart", ["Karte", "Bar", "Überweisung"], ["Zahlung", "Zahlungsmethode"])]),
    ("de", "expenses", "add-choice", "noch eine Währung (EUR, CHF, USD) bitte",
     [C("spesenabrechnung", "Währung", ["EUR", "CHF", "USD"])]),
    ("de", "fleet", "add-choice", "Die Fahrzeuge brauchen ein Getriebe: Schaltung oder Automatik.",
     [C("fahrzeug", "Getriebe", ["Schaltung", "Automatik"], ["Getriebeart"])]),
    ("de", "fleet", "add-choice", "Bei jeder Wartung die Art der Wartung erfassen, eine von Inspektion, Reparatur, Reifen, TÜV.",
     [C("wartung", "Art der Wartung", ["Inspektion", "Reparatur", "Reifen", "TÜV"], ["Wartungsart", "Art"])]),
    ("de", "fleet", "add-choice", "Fahrzeuge sollen eine Farbe haben, zur Auswahl weiß, schwarz, grau oder blau.",
     [C("fahrzeug", "Farbe", ["Weiß", "Schwarz", "Grau", "Blau"])]),
    ("de", "loans", "set-opt", "Die Werte für Zustand sollen neu, gut, mittel und schlecht sein.",
     [SO("ausleihe", "zustand", ["Neu", "Gut", "Mittel", "Schlecht"])]),
    ("de", "tickets", "set-opt", "Priorität: P1, P2, P3",
     [SO("ticket", "prioritat", ["P1", "P2", "P3"])]),
    ("de", "expenses", "set-opt", "Ersetze die Kategorien durch Reise, Unterkunft, Verpflegung, Ausstattung.",
     [SO("spesenabrechnung", "kategorie", ["Reise", "Unterkunft", "Verpflegung", "Ausstattung"])]),
    ("de", "loans", "ext-opt", "Füge „Verloren“ zu den Optionen von Zustand hinzu.",
     [SO("ausleihe", "zustand", ["Gut", "Abgenutzt", "Beschädigt", "Verloren"])]),
    ("de", "tickets", "ext-opt", "Wir brauchen auch eine Priorität Dringend.",
     [SO("ticket", "prioritat", ["Niedrig", "Mittel", "Hoch", "Dringend"])]),
    ("de", "tickets", "ext-opt", "der Status kann auch wartend sein",
     [SO("ticket", "status", ["Offen", "In Bearbeitung", "Wartend", "Geschlossen"])]),
    ("de", "fleet", "ext-opt", "Ergänze Hybrid und Autogas beim Kraftstoff.",
     [SO("fahrzeug", "kraftstoff", ["Benzin", "Diesel", "Elektro", "Hybrid", "Autogas"])]),
    ("de", "loans", "drop-opt", "Entferne Abgenutzt aus den Werten von Zustand.",
     [SO("ausleihe", "zustand", ["Gut", "Beschädigt"])]),
    ("de", "expenses", "drop-opt", "Die Kategorie Material brauchen wir nicht mehr, bitte streichen.",
     [SO("spesenabrechnung", "kategorie", ["Reise", "Verpflegung"])]),
    ("de", "fleet", "to-choice", "Die Werkstatt soll eine Auswahlliste sein: Autohaus, ATU, Freie Werkstatt.",
     [CT("wartung", "werkstatt", "choice"), SO("wartung", "werkstatt", ["Autohaus", "ATU", "Freie Werkstatt"])]),
    ("de", "loans", "typed", "Füge den Betrag der Kaution hinzu.",
     [AF("ausleihe", "Kaution", "money", aliases=["Betrag der Kaution", "Kautionsbetrag"], alt=["decimal"])]),
    ("de", "loans", "typed", "bitte ein ja/nein für Ladegerät dabei",
     [AF("ausleihe", "Ladegerät dabei", "boolean", aliases=["Ladegerät"])]),
    ("de", "fleet", "typed", "Bei jeder Wartung noch Bemerkungen (Freitext).",
     [AF("wartung", "Bemerkungen", "long_text", aliases=["Notizen", "Kommentar"], alt=["text"])]),
    ("de", "expenses", "typed", "Füge ein Kästchen „Vorsteuerabzug“ hinzu.",
     [AF("spesenabrechnung", "Vorsteuerabzug", "boolean", aliases=["Vorsteuer"])]),
    ("de", "expenses", "typed", "bitte noch die gefahrenen Kilometer (Dezimalzahl)",
     [AF("spesenabrechnung", "gefahrene Kilometer", "decimal", aliases=["Kilometer", "km"], alt=["integer"])]),
    ("de", "tickets", "mix", "Füge einen Schweregrad hinzu (gering, hoch, kritisch) und mach den Betreff zur Pflicht.",
     [C("ticket", "Schweregrad", ["Gering", "Hoch", "Kritisch"], ["Schwere"]), SR("ticket", "betreff")]),
    ("de", "expenses", "mix", "Füge einen Erstattungsstatus hinzu: offen, erstattet. Und der Betrag soll Pflicht sein.",
     [C("spesenabrechnung", "Erstattungsstatus", ["Offen", "Erstattet"], ["Status", "Erstattung"]), SR("spesenabrechnung", "betrag")]),
]


def main():
    out, counters = [], {}
    for lang, dom, grp, req, ops in ROWS:
        spec = SPECS[(lang, dom)]
        n = counters[grp] = counters.get(grp, 0) + 1
        out.append({"id": f"g28o-{grp}-{n:02d}", "lang": lang, "spec": spec, "request": req, "expect": ops,
                    "keep": "all other fields and entities unchanged"})
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "draft.jsonl"), "w").close()
    print(len(out), "rows")


if __name__ == "__main__":
    main()
