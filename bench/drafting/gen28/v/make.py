#!/usr/bin/env python3
"""Generated set gen28/v (session 28, improver v): needs said vaguely, as knowledge or as questions.

Written by hand, before the engine was run on it, in the voice of an office worker typing into the chat box after
seeing their draft: "we should know how many ...", "it would help to see when ...", "who signed it off?",
"whether it was ...", "how much did it cost us", "I also want to note ...", several wishes in one sentence,
"... and when" / "... and by whom" giving a second detail.  Each wish is one new field of the fitting type.

Six domains of my own (repair requests, expense claims, vehicles and inspections, courses and enrolments,
supplier contracts, safety incidents), each written natively in English, French, Spanish and German; two of them
have two linked kinds, so the message says (or implies) which kind the detail belongs to.

Groups (g in the id): how (how many / how much / how long), when, who, whether, note (free text to write down),
multi (two or three wishes in one message).

  python3 make.py     # writes refine.jsonl (and an empty draft.jsonl) beside this file
Standard library only; deterministic.
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", fold(s).lower()).strip("_")


def field(label, typ, *extra):
    f = {"key": slug(label), "label": label, "type": typ}
    for x in extra:
        if x == "req":
            f["required"] = True
        elif isinstance(x, list):
            f["options"] = x
        elif isinstance(x, str) and x.startswith("->"):
            f["target"] = x[2:]
    return f


def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


# (domain, lang) -> (app name, summary, entities)
SPECS = {
    ("repair", "en"): ("Repairs", "Log repair requests for office equipment.", [
        ent("repair", "Repair", "Repairs", [field("Item", "text", "req"), field("Reported on", "date"),
            field("Status", "choice", ["Open", "In progress", "Done"]), field("Technician", "person"),
            field("Description", "long_text"), field("Location", "text")])]),
    ("repair", "fr"): ("Réparations", "Suivre les demandes de réparation du matériel.", [
        ent("reparation", "Réparation", "Réparations", [field("Objet", "text", "req"), field("Signalé le", "date"),
            field("Statut", "choice", ["Ouvert", "En cours", "Terminé"]), field("Technicien", "person"),
            field("Description", "long_text"), field("Lieu", "text")])]),
    ("repair", "es"): ("Reparaciones", "Registrar las solicitudes de reparación de equipos.", [
        ent("reparacion", "Reparación", "Reparaciones", [field("Equipo", "text", "req"), field("Fecha de aviso", "date"),
            field("Estado", "choice", ["Abierta", "En curso", "Terminada"]), field("Técnico", "person"),
            field("Descripción", "long_text"), field("Ubicación", "text")])]),
    ("repair", "de"): ("Reparaturen", "Reparaturaufträge für Bürogeräte erfassen.", [
        ent("reparatur", "Reparatur", "Reparaturen", [field("Gerät", "text", "req"), field("Gemeldet am", "date"),
            field("Status", "choice", ["Offen", "In Bearbeitung", "Erledigt"]), field("Techniker", "person"),
            field("Beschreibung", "long_text"), field("Standort", "text")])]),

    ("expense", "en"): ("Expenses", "Staff submit expense claims for reimbursement.", [
        ent("expense_claim", "Expense claim", "Expense claims", [field("Employee", "person", "req"),
            field("Claim date", "date"), field("Amount", "money", "req"),
            field("Category", "choice", ["Travel", "Meals", "Supplies", "Other"]), field("Description", "text"),
            field("Receipt", "file")])]),
    ("expense", "fr"): ("Notes de frais", "Les salariés déposent leurs notes de frais.", [
        ent("note_de_frais", "Note de frais", "Notes de frais", [field("Salarié", "person", "req"),
            field("Date", "date"), field("Montant", "money", "req"),
            field("Catégorie", "choice", ["Transport", "Repas", "Fournitures", "Autre"]), field("Description", "text"),
            field("Justificatif", "file")])]),
    ("expense", "es"): ("Gastos", "Los empleados presentan sus gastos para reembolso.", [
        ent("gasto", "Gasto", "Gastos", [field("Empleado", "person", "req"), field("Fecha", "date"),
            field("Importe", "money", "req"), field("Categoría", "choice", ["Viajes", "Comidas", "Material", "Otros"]),
            field("Descripción", "text"), field("Justificante", "file")])]),
    ("expense", "de"): ("Spesen", "Mitarbeitende reichen Spesenabrechnungen ein.", [
        ent("spesenabrechnung", "Spesenabrechnung", "Spesenabrechnungen", [field("Mitarbeiter", "person", "req"),
            field("Datum", "date"), field("Betrag", "money", "req"),
            field("Kategorie", "choice", ["Reise", "Verpflegung", "Material", "Sonstiges"]),
            field("Beschreibung", "text"), field("Beleg", "file")])]),

    ("fleet", "en"): ("Fleet", "Company vehicles and their safety inspections.", [
        ent("vehicle", "Vehicle", "Vehicles", [field("Plate", "text", "req"), field("Model", "text"),
            field("Mileage", "integer")]),
        ent("inspection", "Inspection", "Inspections", [field("Vehicle", "reference", "req", "->vehicle"),
            field("Inspection date", "date"), field("Result", "choice", ["Pass", "Fail", "Advisory"]),
            field("Notes", "long_text")])]),
    ("fleet", "fr"): ("Flotte", "Les véhicules de service et leurs contrôles.", [
        ent("vehicule", "Véhicule", "Véhicules", [field("Immatriculation", "text", "req"), field("Modèle", "text"),
            field("Kilométrage", "integer")]),
        ent("controle", "Contrôle", "Contrôles", [field("Véhicule", "reference", "req", "->vehicule"),
            field("Date du contrôle", "date"), field("Résultat", "choice", ["Conforme", "Non conforme", "À revoir"]),
            field("Remarques", "long_text")])]),
    ("fleet", "es"): ("Flota", "Vehículos de empresa y sus revisiones.", [
        ent("vehiculo", "Vehículo", "Vehículos", [field("Matrícula", "text", "req"), field("Modelo", "text"),
            field("Kilometraje", "integer")]),
        ent("revision", "Revisión", "Revisiones", [field("Vehículo", "reference", "req", "->vehiculo"),
            field("Fecha de revisión", "date"), field("Resultado", "choice", ["Apta", "No apta", "Con avisos"]),
            field("Observaciones", "long_text")])]),
    ("fleet", "de"): ("Fuhrpark", "Firmenfahrzeuge und ihre Prüfungen.", [
        ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [field("Kennzeichen", "text", "req"), field("Modell", "text"),
            field("Kilometerstand", "integer")]),
        ent("pruefung", "Prüfung", "Prüfungen", [field("Fahrzeug", "reference", "req", "->fahrzeug"),
            field("Prüfdatum", "date"), field("Ergebnis", "choice", ["Bestanden", "Nicht bestanden", "Mängel"]),
            field("Bemerkungen", "long_text")])]),

    ("training", "en"): ("Training", "Internal courses and who enrols on them.", [
        ent("course", "Course", "Courses", [field("Title", "text", "req"), field("Start date", "date"),
            field("Trainer", "person"), field("Capacity", "integer"),
            field("Format", "choice", ["In person", "Online"])]),
        ent("enrolment", "Enrolment", "Enrolments", [field("Course", "reference", "req", "->course"),
            field("Attendee", "person", "req"), field("Attended", "boolean")])]),
    ("training", "fr"): ("Formations", "Les formations internes et les inscriptions.", [
        ent("formation", "Formation", "Formations", [field("Intitulé", "text", "req"), field("Date de début", "date"),
            field("Formateur", "person"), field("Capacité", "integer"),
            field("Format", "choice", ["Présentiel", "À distance"])]),
        ent("inscription", "Inscription", "Inscriptions", [field("Formation", "reference", "req", "->formation"),
            field("Participant", "person", "req"), field("Présent", "boolean")])]),
    ("training", "es"): ("Formación", "Cursos internos e inscripciones.", [
        ent("curso", "Curso", "Cursos", [field("Título", "text", "req"), field("Fecha de inicio", "date"),
            field("Formador", "person"), field("Plazas", "integer"),
            field("Modalidad", "choice", ["Presencial", "En línea"])]),
        ent("inscripcion", "Inscripción", "Inscripciones", [field("Curso", "reference", "req", "->curso"),
            field("Asistente", "person", "req"), field("Asistió", "boolean")])]),
    ("training", "de"): ("Schulungen", "Interne Schulungen und Anmeldungen.", [
        ent("schulung", "Schulung", "Schulungen", [field("Titel", "text", "req"), field("Beginn", "date"),
            field("Trainer", "person"), field("Plätze", "integer"),
            field("Format", "choice", ["Präsenz", "Online"])]),
        ent("anmeldung", "Anmeldung", "Anmeldungen", [field("Schulung", "reference", "req", "->schulung"),
            field("Teilnehmer", "person", "req"), field("Teilgenommen", "boolean")])]),

    ("contract", "en"): ("Contracts", "Supplier contracts and their renewal dates.", [
        ent("contract", "Contract", "Contracts", [field("Title", "text", "req"), field("Supplier", "text"),
            field("Start date", "date"), field("End date", "date"), field("Value", "money"),
            field("Status", "choice", ["Draft", "Active", "Expired"])])]),
    ("contract", "fr"): ("Contrats", "Les contrats fournisseurs et leurs échéances.", [
        ent("contrat", "Contrat", "Contrats", [field("Titre", "text", "req"), field("Fournisseur", "text"),
            field("Date de début", "date"), field("Date de fin", "date"), field("Valeur", "money"),
            field("Statut", "choice", ["Brouillon", "Actif", "Expiré"])])]),
    ("contract", "es"): ("Contratos", "Contratos con proveedores y sus vencimientos.", [
        ent("contrato", "Contrato", "Contratos", [field("Título", "text", "req"), field("Proveedor", "text"),
            field("Fecha de inicio", "date"), field("Fecha de fin", "date"), field("Importe", "money"),
            field("Estado", "choice", ["Borrador", "Vigente", "Vencido"])])]),
    ("contract", "de"): ("Verträge", "Lieferantenverträge und ihre Laufzeiten.", [
        ent("vertrag", "Vertrag", "Verträge", [field("Titel", "text", "req"), field("Lieferant", "text"),
            field("Beginn", "date"), field("Ende", "date"), field("Wert", "money"),
            field("Status", "choice", ["Entwurf", "Aktiv", "Abgelaufen"])])]),

    ("incident", "en"): ("Safety incidents", "Report and follow up workplace incidents.", [
        ent("incident", "Incident", "Incidents", [field("Date", "date", "req"), field("Location", "text"),
            field("Description", "long_text"), field("Severity", "choice", ["Minor", "Major", "Critical"]),
            field("Reported by", "person")])]),
    ("incident", "fr"): ("Incidents", "Déclarer et suivre les incidents de sécurité.", [
        ent("incident", "Incident", "Incidents", [field("Date", "date", "req"), field("Lieu", "text"),
            field("Description", "long_text"), field("Gravité", "choice", ["Mineure", "Majeure", "Critique"]),
            field("Signalé par", "person")])]),
    ("incident", "es"): ("Incidentes", "Registrar y seguir los incidentes de seguridad.", [
        ent("incidente", "Incidente", "Incidentes", [field("Fecha", "date", "req"), field("Lugar", "text"),
            field("Descripción", "long_text"), field("Gravedad", "choice", ["Leve", "Grave", "Muy grave"]),
            field("Notificado por", "person")])]),
    ("incident", "de"): ("Unfälle", "Arbeitsunfälle melden und nachverfolgen.", [
        ent("vorfall", "Vorfall", "Vorfälle", [field("Datum", "date", "req"), field("Ort", "text"),
            field("Beschreibung", "long_text"), field("Schwere", "choice", ["Leicht", "Schwer", "Kritisch"]),
            field("Gemeldet von", "person")])]),
}

ENT = {("repair", "en"): "repair", ("repair", "fr"): "reparation", ("repair", "es"): "reparacion",
       ("repair", "de"): "reparatur",
       ("expense", "en"): "expense_claim", ("expense", "fr"): "note_de_frais", ("expense", "es"): "gasto",
       ("expense", "de"): "spesenabrechnung",
       ("contract", "en"): "contract", ("contract", "fr"): "contrat", ("contract", "es"): "contrato",
       ("contract", "de"): "vertrag",
       ("incident", "en"): "incident", ("incident", "fr"): "incident", ("incident", "es"): "incidente",
       ("incident", "de"): "vorfall"}

TYPE_ALT = {"integer": ["decimal"], "decimal": ["integer"], "money": ["decimal"], "date": ["datetime"],
            "person": ["text"], "boolean": ["choice"], "long_text": ["text"], "text": ["long_text"],
            "file": [], "datetime": ["date"]}


def F(name, typ, aliases=(), entity=None, alt=None):
    return {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": typ,
            "alt_types": TYPE_ALT.get(typ, []) if alt is None else alt}


# (group, domain, lang, request, [ops]) ; ops' entity None = the domain's single kind; "@x" = kind key x
ROWS = [
    # ---------------- English ----------------
    ("how", "repair", "en", "we should know how many hours the repair took",
     [F("hours", "decimal", ["hours spent", "time spent", "repair time", "duration", "hours taken"])]),
    ("when", "repair", "en", "It would help to see when the item was actually fixed.",
     [F("fixed on", "date", ["date fixed", "fixed date", "repair date", "completed on", "completion date", "fixed"])]),
    ("who", "repair", "en", "who signed off the repair? we need that",
     [F("signed off by", "person", ["sign-off by", "approved by", "approver", "signed off"])]),
    ("how", "repair", "en", "How much did it cost us? Can we record that on each repair",
     [F("cost", "money", ["repair cost", "price", "amount", "cost of repair"])]),
    ("whether", "repair", "en", "also whether it's still under warranty",
     [F("under warranty", "boolean", ["warranty", "in warranty", "still under warranty"])]),
    ("note", "repair", "en", "I also want to note which parts were replaced",
     [F("parts replaced", "long_text", ["parts", "replaced parts", "parts used"])]),
    ("multi", "repair", "en", "We need to know who closed it and when.",
     [F("closed by", "person", ["closer"]), F("closed on", "date", ["closing date", "date closed", "closed date", "closure date"])]),
    ("multi", "repair", "en", "could we see who fixed it, how long it took and whether the customer was happy?",
     [F("fixed by", "person", ["repaired by", "fixer"]),
      F("time taken", "decimal", ["duration", "how long", "time spent", "hours", "repair time", "time"]),
      F("customer happy", "boolean", ["customer satisfied", "satisfied", "customer satisfaction", "happy"])]),
    ("how", "repair", "en", "oh and how many times has the item already been repaired",
     [F("times repaired", "integer", ["number of repairs", "repair count", "previous repairs", "times already repaired", "repairs"])]),
    ("who", "repair", "en", "we'd like to know who reported the problem (not always the technician)",
     [F("reported by", "person", ["reporter", "requester", "requested by"])]),
    ("when", "repair", "en", "when was the technician assigned? good to have",
     [F("assigned on", "date", ["assignment date", "date assigned", "assigned date", "technician assigned on"])]),

    ("multi", "expense", "en", "We should know who approved each claim and when",
     [F("approved by", "person", ["approver", "approval by"]),
      F("approval date", "date", ["approved on", "date approved", "date of approval"])]),
    ("whether", "expense", "en", "it would help to know whether the receipt was checked",
     [F("receipt checked", "boolean", ["checked", "receipt verified", "receipt ok"])]),
    ("how", "expense", "en", "for travel claims we need to know how many km were driven",
     [F("kilometres", "decimal", ["km", "km driven", "distance", "kilometers", "mileage", "kilometres driven"])]),
    ("when", "expense", "en", "When was it paid back? We need that on the claim.",
     [F("paid back on", "date", ["reimbursed on", "reimbursement date", "payment date", "date paid", "paid on", "repaid on", "date paid back"])]),
    ("note", "expense", "en", "I'd also like to note which project it should be charged to",
     [F("project", "text", ["project code", "charged to", "charge to project"])]),
    ("how", "expense", "en", "we need to know how much VAT was in it",
     [F("VAT", "money", ["VAT amount", "tax", "tax amount", "VAT included"])]),
    ("multi", "expense", "en", "we should know if it was paid with the company card, and who checked it",
     [F("company card", "boolean", ["paid with company card", "company card used", "paid by company card"]),
      F("checked by", "person", ["checker", "verified by", "reviewed by"])]),
    ("how", "expense", "en", "how many nights of hotel were there? useful for travel ones",
     [F("hotel nights", "integer", ["nights", "number of nights", "nights of hotel", "nights hotel"])]),
    ("whether", "expense", "en", "Is the client going to be billed for it? We should keep track of that.",
     [F("billable", "boolean", ["client billed", "billed to client", "rebillable", "bill client", "client billable", "billed"])]),
    ("who", "expense", "en", "who entered it in the accounting system - please add",
     [F("entered by", "person", ["booked by", "entered in accounting by", "accountant", "recorded by"])]),

    ("who", "fleet", "en", "For each inspection we should know who carried it out.",
     [F("inspector", "person", ["carried out by", "inspected by", "done by", "performed by", "inspection by"], "@inspection")]),
    ("how", "fleet", "en", "it would help to see how many km the vehicle had at the inspection",
     [F("mileage at inspection", "integer", ["mileage", "km", "odometer", "kilometres", "km at inspection", "odometer reading"], "@inspection")]),
    ("multi", "fleet", "en", "On the vehicles: when was it bought and how much did we pay for it?",
     [F("purchase date", "date", ["bought on", "purchased on", "date bought", "date of purchase"], "@vehicle"),
      F("purchase price", "money", ["price", "cost", "price paid", "amount paid", "purchase cost"], "@vehicle")]),
    ("whether", "fleet", "en", "we need to know whether a vehicle is still in service",
     [F("in service", "boolean", ["active", "still in service", "in use"], "@vehicle")]),
    ("when", "fleet", "en", "when is the next inspection due? we should know that per vehicle",
     [F("next inspection", "date", ["next inspection due", "next inspection date", "inspection due", "next due"], "@vehicle")]),
    ("multi", "fleet", "en", "after an inspection we should know whether a follow-up is needed and by when",
     [F("follow-up needed", "boolean", ["follow-up", "needs follow-up", "follow up needed", "follow-up required"], "@inspection"),
      F("follow-up by", "date", ["follow-up date", "follow-up due", "due by", "follow up by"], "@inspection")]),
    ("how", "fleet", "en", "how much did the inspection cost",
     [F("cost", "money", ["inspection cost", "price", "fee", "inspection fee"], "@inspection")]),
    ("who", "fleet", "en", "Who is the vehicle assigned to? please add that to vehicles",
     [F("assigned to", "person", ["driver", "user", "assignee", "main driver"], "@vehicle")]),

    ("how", "training", "en", "We should know how many people actually turned up to each course.",
     [F("number attended", "integer", ["attendance", "attendees", "participants", "people attended", "turnout", "number of attendees", "people turned up", "turned up"], "@course")]),
    ("how", "training", "en", "how much does each course cost us?",
     [F("cost", "money", ["course cost", "price", "fee"], "@course")]),
    ("note", "training", "en", "it'd help to see where the course takes place",
     [F("location", "text", ["venue", "place", "room", "where"], "@course")]),
    ("multi", "training", "en", "For enrolments: whether they passed the final test, and their score",
     [F("passed", "boolean", ["passed test", "test passed", "passed final test"], "@enrolment"),
      F("score", "integer", ["test score", "final score", "result", "mark"], "@enrolment", ["decimal"])]),
    ("multi", "training", "en", "who booked them onto the course, and when?",
     [F("booked by", "person", ["booker", "enrolled by", "registered by"], "@enrolment"),
      F("booked on", "date", ["booking date", "date booked", "enrolment date", "enrolled on"], "@enrolment")]),
    ("note", "training", "en", "I also want to write down feedback from each attendee",
     [F("feedback", "long_text", ["attendee feedback", "comments"], "@enrolment")]),
    ("whether", "training", "en", "do we know if the course is mandatory? we should",
     [F("mandatory", "boolean", ["compulsory", "required", "is mandatory", "course mandatory"], "@course")]),
    ("how", "training", "en", "how many hours is each course? (for the training records)",
     [F("hours", "decimal", ["duration", "duration hours", "length", "number of hours", "course hours"], "@course")]),

    ("who", "contract", "en", "we should know who signed the contract on their side",
     [F("signed by", "person", ["signatory", "supplier signatory", "their signatory", "signed by supplier"])]),
    ("how", "contract", "en", "How many days notice do we have to give?",
     [F("notice period", "integer", ["notice days", "days notice", "notice", "days of notice", "notice period days"])]),
    ("whether", "contract", "en", "and whether it renews automatically",
     [F("auto renewal", "boolean", ["renews automatically", "automatic renewal", "auto-renew", "auto renew", "automatically renews"])]),
    ("multi", "contract", "en", "it would help to see when we last reviewed it and who did",
     [F("last reviewed", "date", ["last review date", "last review", "reviewed on", "date of last review", "last reviewed on"]),
      F("reviewed by", "person", ["reviewer", "last reviewed by"])]),
    ("note", "contract", "en", "I'd like to note the payment terms too",
     [F("payment terms", "text", ["terms of payment", "terms"])]),
    ("who", "contract", "en", "Who owns the contract internally? We need a name.",
     [F("owner", "person", ["contract owner", "internal owner", "responsible", "owned by"])]),
    ("how", "contract", "en", "we need to know how much we've already spent against it",
     [F("amount spent", "money", ["spent", "spend", "spent to date", "actual spend", "spent so far", "already spent"])]),
    ("when", "contract", "en", "when do we have to give notice by? it'd be good to see that",
     [F("notice date", "date", ["notice deadline", "notice by", "give notice by", "cancellation deadline", "notice due"])]),

    ("whether", "incident", "en", "we need to know if anyone was hurt",
     [F("anyone hurt", "boolean", ["injured", "injury", "anyone injured", "person hurt", "injuries", "hurt"])]),
    ("how", "incident", "en", "How many people were involved?",
     [F("people involved", "integer", ["number of people involved", "persons involved", "involved", "number involved"])]),
    ("multi", "incident", "en", "who investigated it, and when was it closed?",
     [F("investigated by", "person", ["investigator"]),
      F("closed on", "date", ["closing date", "date closed", "closed date", "closure date"])]),
    ("how", "incident", "en", "how much did the damage cost us",
     [F("damage cost", "money", ["cost of damage", "damage", "cost", "damages"])]),
    ("whether", "incident", "en", "We should know whether the police were called.",
     [F("police called", "boolean", ["police informed", "police involved", "police"])]),
    ("note", "incident", "en", "also note what was done straight after",
     [F("immediate action", "long_text", ["action taken", "actions taken", "immediate actions", "what was done", "done straight after"])]),
    ("multi", "incident", "en", "we should know whether it was reported to the insurer, and when",
     [F("reported to insurer", "boolean", ["insurer informed", "insurance notified", "reported to insurance", "insurer notified"]),
      F("reported to insurer on", "date", ["insurer report date", "insurance date", "date reported to insurer", "reported on"])]),
    ("when", "incident", "en", "It would be useful to know when the area was made safe again",
     [F("made safe on", "date", ["made safe", "area safe on", "safe again", "made safe date", "date made safe"], None, ["datetime"])]),
    ("note", "incident", "en", "i also want to note the root cause once we know it",
     [F("root cause", "long_text", ["cause"])]),
    ("who", "incident", "en", "who was the first aider on site? we should record that",
     [F("first aider", "person", ["first aider on site", "first aid by"])]),
    ("multi", "incident", "en", "Could we record how many days off work it caused and how much it cost us in total?",
     [F("days off work", "integer", ["days lost", "days off", "lost days", "days absent", "lost work days"]),
      F("total cost", "money", ["cost", "cost in total", "total"])]),
    ("multi", "repair", "en", "it would help to know if a spare part had to be ordered, and how much it cost",
     [F("spare part ordered", "boolean", ["part ordered", "spare part", "parts ordered"]),
      F("part cost", "money", ["cost", "spare part cost", "price"])]),
    ("multi", "contract", "en", "We'd also like to know who negotiated it, and how much we saved.",
     [F("negotiated by", "person", ["negotiator"]),
      F("savings", "money", ["amount saved", "saved", "saving"])]),

    # ---------------- French ----------------
    ("how", "repair", "fr", "il faudrait savoir combien d'heures la réparation a pris",
     [F("heures", "decimal", ["nombre d'heures", "durée", "temps passé", "heures passées", "durée en heures"])]),
    ("when", "repair", "fr", "On aimerait voir quand l'objet a été réparé.",
     [F("date de réparation", "date", ["réparé le", "date réparation", "date de la réparation"])]),
    ("multi", "repair", "fr", "qui a validé la réparation ? et quand ?",
     [F("validé par", "person", ["validation par", "valideur", "approuvé par"]),
      F("date de validation", "date", ["validé le", "validation le", "date validation"])]),
    ("how", "repair", "fr", "combien ça nous a coûté ? à noter sur chaque réparation",
     [F("coût", "money", ["coût de la réparation", "prix", "montant", "cout"])]),
    ("whether", "repair", "fr", "Il faut savoir si c'est encore sous garantie.",
     [F("sous garantie", "boolean", ["garantie", "encore sous garantie"])]),
    ("multi", "expense", "fr", "On doit savoir qui a approuvé la note et quand.",
     [F("approuvé par", "person", ["approbateur", "validé par"]),
      F("date d'approbation", "date", ["approuvé le", "date approbation", "date de validation"])]),
    ("whether", "expense", "fr", "il faudrait savoir si elle a deja ete remboursee",
     [F("remboursé", "boolean", ["remboursée", "remboursement", "deja remboursee"])]),
    ("how", "expense", "fr", "Combien de kilomètres ont été parcourus ? C'est utile pour les déplacements.",
     [F("kilomètres", "decimal", ["km", "distance", "nombre de kilomètres", "kilomètres parcourus"])]),
    ("note", "expense", "fr", "je voudrais aussi noter le projet concerné",
     [F("projet", "text", ["projet concerné"])]),
    ("who", "fleet", "fr", "Pour chaque contrôle, on doit savoir qui l'a fait.",
     [F("contrôleur", "person", ["fait par", "effectué par", "réalisé par", "contrôlé par"], "@controle")]),
    ("multi", "fleet", "fr", "sur les véhicules : quand il a été acheté et combien on l'a payé",
     [F("date d'achat", "date", ["acheté le", "date achat"], "@vehicule"),
      F("prix d'achat", "money", ["prix", "montant", "coût", "prix payé"], "@vehicule")]),
    ("whether", "fleet", "fr", "ce serait bien de savoir si le véhicule est encore en service",
     [F("en service", "boolean", ["actif", "encore en service"], "@vehicule")]),
    ("how", "training", "fr", "Combien de personnes sont vraiment venues à chaque formation ?",
     [F("nombre de présents", "integer", ["présents", "participants", "nombre de participants", "personnes présentes", "personnes venues"], "@formation")]),
    ("multi", "training", "fr", "pour les inscriptions, il faudrait savoir s'ils ont réussi le test et leur note",
     [F("test réussi", "boolean", ["réussi", "a réussi", "réussite"], "@inscription"),
      F("note", "integer", ["score", "note du test", "résultat"], "@inscription", ["decimal"])]),
    ("when", "training", "fr", "on aimerait savoir quand chaque personne s'est inscrite",
     [F("date d'inscription", "date", ["inscrit le", "inscription le", "date inscription"], "@inscription")]),
    ("whether", "contract", "fr", "On devrait savoir s'il se renouvelle automatiquement.",
     [F("renouvellement automatique", "boolean", ["reconduction tacite", "tacite reconduction", "renouvellement auto", "renouvelé automatiquement"])]),
    ("how", "contract", "fr", "combien de jours de préavis faut-il donner ?",
     [F("préavis", "integer", ["jours de préavis", "préavis en jours", "délai de préavis"])]),
    ("multi", "contract", "fr", "Qui l'a signé chez nous, et quand ?",
     [F("signé par", "person", ["signataire"]), F("date de signature", "date", ["signé le", "signature le"])]),
    ("whether", "incident", "fr", "il faut savoir si quelqu'un a été blessé",
     [F("blessé", "boolean", ["blessés", "personne blessée", "blessure", "quelqu'un blessé"])]),
    ("how", "incident", "fr", "Combien de personnes étaient impliquées ?",
     [F("personnes impliquées", "integer", ["nombre de personnes impliquées", "impliqués"])]),
    ("note", "incident", "fr", "J'aimerais aussi noter les mesures prises tout de suite.",
     [F("mesures prises", "long_text", ["mesures immédiates", "actions", "mesures"])]),
    ("who", "incident", "fr", "qui a mené l'enquête ? on doit le savoir",
     [F("enquêteur", "person", ["enquête menée par", "mené par", "enquête par"])]),
    ("how", "incident", "fr", "combien les dégâts nous ont-ils coûté ?",
     [F("coût des dégâts", "money", ["dégâts", "coût", "montant des dégâts"])]),
    ("multi", "expense", "fr", "on voudrait savoir si la note a été payée par carte société et combien de TVA il y avait",
     [F("carte société", "boolean", ["payé par carte société", "payée par carte société", "carte entreprise"]),
      F("TVA", "money", ["montant TVA", "montant de TVA", "taxe"])]),

    # ---------------- Spanish ----------------
    ("how", "repair", "es", "deberíamos saber cuántas horas llevó la reparación",
     [F("horas", "decimal", ["número de horas", "duración", "tiempo empleado", "horas empleadas"])]),
    ("when", "repair", "es", "Sería útil ver cuándo se arregló el equipo.",
     [F("fecha de arreglo", "date", ["arreglado el", "fecha de reparación", "reparado el", "fecha arreglo"])]),
    ("multi", "repair", "es", "¿quién dio el visto bueno a la reparación y cuándo?",
     [F("visto bueno de", "person", ["aprobado por", "visto bueno por", "aprobador", "visto bueno"]),
      F("fecha del visto bueno", "date", ["fecha de aprobación", "aprobado el", "fecha visto bueno"])]),
    ("how", "repair", "es", "¿cuánto nos costó? habría que apuntarlo",
     [F("coste", "money", ["costo", "precio", "importe", "coste de la reparación"])]),
    ("whether", "repair", "es", "Necesitamos saber si sigue en garantía.",
     [F("en garantía", "boolean", ["garantía", "sigue en garantía"])]),
    ("multi", "expense", "es", "Hay que saber quién aprobó el gasto y cuándo.",
     [F("aprobado por", "person", ["aprobador"]),
      F("fecha de aprobación", "date", ["aprobado el", "fecha aprobación"])]),
    ("whether", "expense", "es", "estaría bien saber si ya se ha reembolsado",
     [F("reembolsado", "boolean", ["reembolso", "ya reembolsado"])]),
    ("how", "expense", "es", "¿Cuántos kilómetros se hicieron? para los viajes",
     [F("kilómetros", "decimal", ["km", "distancia", "número de kilómetros", "kilometros"])]),
    ("note", "expense", "es", "también quiero anotar a qué proyecto se carga",
     [F("proyecto", "text", ["proyecto imputado", "cargado a"])]),
    ("who", "fleet", "es", "En cada revisión deberíamos saber quién la hizo.",
     [F("revisado por", "person", ["realizada por", "hecha por", "inspector", "revisor"], "@revision")]),
    ("multi", "fleet", "es", "en los vehículos: cuándo se compró y cuánto pagamos",
     [F("fecha de compra", "date", ["comprado el", "fecha compra"], "@vehiculo"),
      F("precio de compra", "money", ["precio", "importe", "coste", "precio pagado"], "@vehiculo")]),
    ("whether", "fleet", "es", "queremos saber si el vehículo sigue en servicio",
     [F("en servicio", "boolean", ["activo", "sigue en servicio"], "@vehiculo")]),
    ("how", "training", "es", "¿Cuántas personas vinieron de verdad a cada curso?",
     [F("asistentes", "integer", ["número de asistentes", "personas que vinieron", "participantes", "asistencia"], "@curso")]),
    ("multi", "training", "es", "en las inscripciones habría que saber si aprobaron el examen y su nota",
     [F("aprobado", "boolean", ["examen aprobado", "aprobó"], "@inscripcion"),
      F("nota", "integer", ["puntuación", "nota del examen", "resultado"], "@inscripcion", ["decimal"])]),
    ("how", "training", "es", "cuanto nos cuesta cada curso?",
     [F("coste", "money", ["costo", "precio", "coste del curso"], "@curso")]),
    ("whether", "contract", "es", "Deberíamos saber si se renueva automáticamente.",
     [F("renovación automática", "boolean", ["se renueva automáticamente", "renovación tácita", "renovación auto"])]),
    ("how", "contract", "es", "¿cuántos días de preaviso hay que dar?",
     [F("preaviso", "integer", ["días de preaviso", "plazo de preaviso"])]),
    ("multi", "contract", "es", "¿Quién lo firmó por nuestra parte y cuándo?",
     [F("firmado por", "person", ["firmante"]), F("fecha de firma", "date", ["firmado el", "fecha firma"])]),
    ("whether", "incident", "es", "necesitamos saber si hubo heridos",
     [F("heridos", "boolean", ["hubo heridos", "herido", "lesionados"])]),
    ("how", "incident", "es", "¿Cuántas personas estuvieron implicadas?",
     [F("personas implicadas", "integer", ["número de personas implicadas", "implicados"])]),
    ("note", "incident", "es", "Quisiera anotar también las medidas que se tomaron enseguida.",
     [F("medidas tomadas", "long_text", ["medidas inmediatas", "acciones", "medidas"])]),
    ("who", "incident", "es", "quien investigo el incidente? hay que saberlo",
     [F("investigado por", "person", ["investigador"])]),
    ("multi", "incident", "es", "deberíamos saber cuántos días de baja causó y cuánto nos costó en total",
     [F("días de baja", "integer", ["dias de baja", "días perdidos", "bajas"]),
      F("coste total", "money", ["coste", "costo total", "costo"])]),
    ("when", "contract", "es", "sería útil ver cuándo lo revisamos por última vez",
     [F("última revisión", "date", ["fecha de última revisión", "revisado el", "fecha de revisión"])]),

    # ---------------- German ----------------
    ("how", "repair", "de", "Wir sollten wissen, wie viele Stunden die Reparatur gedauert hat.",
     [F("Stunden", "decimal", ["Anzahl Stunden", "Dauer", "Arbeitszeit", "Zeitaufwand", "Stundenaufwand"])]),
    ("when", "repair", "de", "es wäre hilfreich zu sehen, wann das Gerät repariert wurde",
     [F("Repariert am", "date", ["Reparaturdatum", "Datum der Reparatur"])]),
    ("multi", "repair", "de", "Wer hat die Reparatur abgenommen und wann?",
     [F("Abgenommen von", "person", ["Abnahme durch", "abgenommen durch"]),
      F("Abgenommen am", "date", ["Abnahmedatum", "Datum der Abnahme"])]),
    ("how", "repair", "de", "was hat uns das gekostet? bitte bei jeder Reparatur festhalten",
     [F("Kosten", "money", ["Reparaturkosten", "Preis", "Betrag"])]),
    ("whether", "repair", "de", "Wir müssen wissen, ob das Gerät noch Garantie hat.",
     [F("Garantie", "boolean", ["noch Garantie", "unter Garantie", "Garantie vorhanden"])]),
    ("multi", "expense", "de", "Wir sollten wissen, wer die Abrechnung genehmigt hat und wann.",
     [F("Genehmigt von", "person", ["Genehmiger", "genehmigt durch"]),
      F("Genehmigt am", "date", ["Genehmigungsdatum", "Datum der Genehmigung"])]),
    ("whether", "expense", "de", "gut wäre zu wissen, ob sie schon erstattet wurde",
     [F("Erstattet", "boolean", ["Erstattung", "schon erstattet", "bereits erstattet"])]),
    ("how", "expense", "de", "Wie viele Kilometer wurden gefahren? Für Reisekosten wichtig.",
     [F("Kilometer", "decimal", ["km", "gefahrene Kilometer", "Strecke", "Entfernung"])]),
    ("note", "expense", "de", "ich möchte auch festhalten, auf welches Projekt das geht",
     [F("Projekt", "text", ["Projektnummer", "Kostenstelle"])]),
    ("who", "fleet", "de", "Bei jeder Prüfung sollten wir wissen, wer sie durchgeführt hat.",
     [F("Prüfer", "person", ["Durchgeführt von", "geprüft von", "Prüfer/in"], "@pruefung")]),
    ("multi", "fleet", "de", "bei den Fahrzeugen: wann wurde es gekauft und was haben wir dafür bezahlt?",
     [F("Kaufdatum", "date", ["Gekauft am", "Anschaffungsdatum"], "@fahrzeug"),
      F("Kaufpreis", "money", ["Preis", "Anschaffungspreis", "Betrag", "bezahlt"], "@fahrzeug")]),
    ("whether", "fleet", "de", "wir möchten wissen, ob das Fahrzeug noch im Einsatz ist",
     [F("Im Einsatz", "boolean", ["aktiv", "noch im Einsatz", "in Betrieb"], "@fahrzeug")]),
    ("how", "training", "de", "Wie viele Leute sind tatsächlich zu jeder Schulung gekommen?",
     [F("Anzahl Teilnehmer", "integer", ["Teilnehmerzahl", "Anwesende", "Teilnehmer", "erschienen", "Anzahl Anwesende"], "@schulung")]),
    ("multi", "training", "de", "bei den Anmeldungen sollten wir wissen, ob sie den Test bestanden haben und welche Punktzahl",
     [F("Test bestanden", "boolean", ["bestanden"], "@anmeldung"),
      F("Punktzahl", "integer", ["Punkte", "Ergebnis", "Note"], "@anmeldung", ["decimal"])]),
    ("how", "training", "de", "was kostet uns jede schulung?",
     [F("Kosten", "money", ["Preis", "Schulungskosten"], "@schulung")]),
    ("whether", "contract", "de", "Wir sollten wissen, ob er sich automatisch verlängert.",
     [F("Automatische Verlängerung", "boolean", ["verlängert sich automatisch", "Auto-Verlängerung", "automatisch verlängert"])]),
    ("how", "contract", "de", "wie viele Tage Kündigungsfrist haben wir?",
     [F("Kündigungsfrist", "integer", ["Kündigungsfrist in Tagen", "Tage Kündigungsfrist", "Kuendigungsfrist"])]),
    ("multi", "contract", "de", "Wer hat ihn bei uns unterschrieben, und wann?",
     [F("Unterschrieben von", "person", ["Unterzeichner", "unterzeichnet von"]),
      F("Unterschrieben am", "date", ["Unterschriftsdatum", "unterzeichnet am", "Datum der Unterschrift"])]),
    ("whether", "incident", "de", "wir müssen wissen, ob jemand verletzt wurde",
     [F("Verletzte", "boolean", ["jemand verletzt", "verletzt", "Verletzung", "Personenschaden"])]),
    ("how", "incident", "de", "Wie viele Personen waren beteiligt?",
     [F("Beteiligte Personen", "integer", ["Anzahl Beteiligte", "Beteiligte", "Anzahl beteiligter Personen"])]),
    ("note", "incident", "de", "Ich möchte auch die Sofortmaßnahmen notieren.",
     [F("Sofortmaßnahmen", "long_text", ["Maßnahmen", "Sofortmassnahmen"])]),
    ("who", "incident", "de", "wer hat den Vorfall untersucht? das sollten wir festhalten",
     [F("Untersucht von", "person", ["Untersuchung durch", "Ermittler", "untersucht durch"])]),
    ("multi", "incident", "de", "Wir sollten wissen, wie viele Ausfalltage es gab und was es uns insgesamt gekostet hat.",
     [F("Ausfalltage", "integer", ["Anzahl Ausfalltage", "Ausfall", "Fehltage"]),
      F("Gesamtkosten", "money", ["Kosten", "Kosten insgesamt"])]),
    ("when", "contract", "de", "Es wäre gut zu sehen, wann wir ihn zuletzt geprüft haben.",
     [F("Zuletzt geprüft", "date", ["Letzte Prüfung", "Geprüft am", "Datum der letzten Prüfung"])]),
]


def build():
    rows = []
    counters = {}
    for group, dom, lang, req, ops in ROWS:
        app, summary, ents = SPECS[(dom, lang)]
        spec = {"spec": 1, "name": app, "summary": summary, "entities": json.loads(json.dumps(ents))}
        expect = []
        for op in ops:
            op = dict(op)
            e = op["entity"]
            op["entity"] = e[1:] if e and e.startswith("@") else ENT[(dom, lang)]
            expect.append(op)
        n = counters[lang] = counters.get(lang, 0) + 1
        rows.append({"id": f"v-{lang}-{group}-{dom}-{n:02d}", "lang": lang, "spec": spec, "request": req,
                     "expect": expect, "keep": "all other fields and entities unchanged"})
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "draft.jsonl"), "w").close()
    return rows


if __name__ == "__main__":
    rs = build()
    print(len(rs), "rows")
