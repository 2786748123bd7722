"""Probe set B for the offline refiner: removals, renames, required/optional, choice options,
record kinds and links, and clean edits (fields named in passing stay as they were), in English,
French, Spanish and German. Written before reading how the engine handles these phrasings.
Run from this folder: python3 make_refine_probe_rb.py  ->  refine-probe-rb.jsonl"""
import json


def f(key, label, type, **kw):
    d = {"key": key, "label": label, "type": type}
    d.update(kw)
    return d


def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


def spec(name, ents):
    return {"spec": 1, "name": name, "summary": name, "entities": ents}


def ref(key, label, target, **kw):
    return f(key, label, "reference", target=target, **kw)


def fld(name, type, aliases=(), alt=()):
    return {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}


# ---------- English specs ----------
EQUIP = spec("Lab equipment", [
    ent("instrument", "Instrument", "Instruments", [
        f("name", "Name", "text", required=True), f("serial_no", "Serial number", "text", unique=True),
        f("location", "Location", "text"), f("calibration_due", "Calibration due", "date"),
        f("status", "Status", "choice", options=["Available", "In use", "Broken"])]),
    ent("booking", "Booking", "Bookings", [
        ref("instrument", "Instrument", "instrument", required=True), f("booked_by", "Booked by", "person"),
        f("start", "Start", "datetime"), f("end", "End", "datetime"), f("purpose", "Purpose", "long_text"),
        f("approved", "Approved", "boolean")]),
    ent("project", "Project", "Projects", [
        f("code", "Project code", "text", required=True), f("title", "Title", "text"),
        f("lead", "Principal investigator", "person")])])
VISIT = spec("Visitor log", [ent("visitor", "Visitor", "Visitors", [
    f("name", "Name", "text", required=True), f("company", "Company", "text", required=True),
    f("email", "Email", "email"), f("phone", "Phone", "phone"), f("host", "Host", "person"),
    f("badge_number", "Badge number", "text"), f("arrived_at", "Arrived at", "datetime"),
    f("left_at", "Left at", "datetime"), f("nda_signed", "NDA signed", "boolean"),
    f("purpose", "Purpose", "choice", options=["Meeting", "Interview", "Delivery", "Maintenance"])])])
RECRUIT = spec("Recruiting", [
    ent("candidate", "Candidate", "Candidates", [
        f("name", "Name", "text", required=True), f("email", "Email", "email", required=True),
        f("phone", "Phone", "phone"),
        f("source", "Source", "choice", options=["LinkedIn", "Referral", "Job board"]),
        f("stage", "Stage", "choice", options=["Applied", "Screening", "Interview", "Offer", "Hired", "Rejected"]),
        f("cv", "CV", "file"), f("salary_expectation", "Salary expectation", "money"),
        f("notes", "Notes", "long_text")]),
    ent("interview", "Interview", "Interviews", [
        ref("candidate", "Candidate", "candidate", required=True), f("interviewer", "Interviewer", "person"),
        f("date", "Date", "date"), f("score", "Score", "integer"), f("feedback", "Feedback", "long_text")])])
EVENTS = spec("Events", [
    ent("event", "Event", "Events", [
        f("title", "Title", "text", required=True), f("date", "Date", "date"), f("venue", "Venue", "text"),
        f("budget", "Budget", "money"), f("capacity", "Capacity", "integer", required=True),
        f("type", "Type", "choice", options=["Workshop", "Conference", "Webinar"])]),
    ent("attendee", "Attendee", "Attendees", [
        ref("event", "Event", "event", required=True), f("name", "Name", "text", required=True),
        f("email", "Email", "email"),
        f("dietary", "Dietary needs", "choice", options=["None", "Vegetarian", "Vegan", "Gluten-free"]),
        f("checked_in", "Checked in", "boolean")])])
WORK = spec("Work orders", [ent("work_order", "Work order", "Work orders", [
    f("title", "Title", "text", required=True), f("location", "Location", "text"),
    f("reported_by", "Reported by", "person"),
    f("category", "Category", "choice", options=["Electrical", "Plumbing", "HVAC", "Cleaning"]),
    f("priority", "Priority", "choice", options=["Low", "Normal", "Urgent"]),
    f("photo", "Photo", "file"), f("fixed_on", "Fixed on", "date"), f("cost", "Cost", "money")])])
LIB = spec("Library", [
    ent("book", "Book", "Books", [
        f("title", "Title", "text", required=True), f("author", "Author", "text"),
        f("isbn", "ISBN", "text", unique=True),
        f("genre", "Genre", "choice", options=["Fiction", "Non-fiction", "Reference"]), f("shelf", "Shelf", "text")]),
    ent("loan", "Loan", "Loans", [
        ref("book", "Book", "book", required=True), f("borrower", "Borrower", "text"),
        f("loaned_on", "Loaned on", "date"), f("due_on", "Due on", "date"), f("returned", "Returned", "boolean")])])
FEED = spec("Customer feedback", [ent("feedback", "Feedback", "Feedback", [
    f("customer_name", "Customer name", "text"), f("email", "Email", "email"),
    f("channel", "Channel", "choice", options=["Email", "Phone", "Chat"]), f("rating", "Rating", "integer"),
    f("comment", "Comment", "long_text"), f("follow_up", "Follow up", "boolean"), f("product", "Product", "text")])])
GRANT = spec("Grants", [ent("application", "Application", "Applications", [
    f("applicant", "Applicant", "text", required=True), f("organisation", "Organisation", "text"),
    f("amount_requested", "Amount requested", "money"), f("submitted_on", "Submitted on", "date"),
    f("programme", "Programme", "choice", options=["Arts", "Sport", "Community"]),
    f("status", "Status", "choice", options=["Received", "Under review", "Approved", "Declined"]),
    f("budget_file", "Budget file", "file"), f("reviewer", "Reviewer", "person")])])
VOL = spec("Volunteers", [ent("volunteer", "Volunteer", "Volunteers", [
    f("name", "Name", "text", required=True), f("email", "Email", "email"), f("phone", "Phone", "phone"),
    f("availability", "Availability", "multi_choice", options=["Weekdays", "Evenings", "Weekends"]),
    f("skills", "Skills", "multi_choice", options=["Driving", "First aid", "Cooking"]),
    f("start_date", "Start date", "date")])])

# ---------- French specs ----------
FLOTTE = spec("Flotte", [
    ent("vehicule", "Véhicule", "Véhicules", [
        f("immatriculation", "Immatriculation", "text", required=True, unique=True),
        f("marque", "Marque", "text"), f("modele", "Modèle", "text"), f("kilometrage", "Kilométrage", "integer"),
        f("carburant", "Carburant", "choice", required=True, options=["Essence", "Diesel", "Électrique"]),
        f("date_achat", "Date d'achat", "date")]),
    ent("entretien", "Entretien", "Entretiens", [
        ref("vehicule", "Véhicule", "vehicule", required=True), f("date", "Date", "date"),
        f("garage", "Garage", "text"), f("cout", "Coût", "money"), f("remarques", "Remarques", "long_text")])])
CONGE = spec("Congés", [ent("conge", "Demande de congé", "Demandes de congé", [
    f("employe", "Employé", "person", required=True),
    f("type", "Type de congé", "choice", options=["Congés payés", "RTT", "Maladie"]),
    f("date_debut", "Date de début", "date", required=True), f("date_fin", "Date de fin", "date", required=True),
    f("motif", "Motif", "long_text"),
    f("statut", "Statut", "choice", options=["En attente", "Validé", "Refusé"]),
    f("justificatif", "Justificatif", "file")])])
CRM = spec("Clients", [ent("client", "Client", "Clients", [
    f("nom", "Nom", "text", required=True), f("email", "E-mail", "email"), f("telephone", "Téléphone", "phone"),
    f("secteur", "Secteur", "choice", options=["Industrie", "Commerce", "Services"]), f("ville", "Ville", "text")])])

# ---------- Spanish specs ----------
INV = spec("Inventario", [ent("producto", "Producto", "Productos", [
    f("nombre", "Nombre", "text", required=True), f("sku", "SKU", "text", unique=True),
    f("categoria", "Categoría", "choice", options=["Bebidas", "Limpieza", "Alimentación"]),
    f("precio", "Precio", "money"), f("stock", "Stock", "integer"), f("proveedor", "Proveedor", "text"),
    f("caducidad", "Fecha de caducidad", "date")])])
CLIN = spec("Clínica", [
    ent("paciente", "Paciente", "Pacientes", [
        f("nombre", "Nombre", "text", required=True), f("apellidos", "Apellidos", "text"),
        f("fecha_nacimiento", "Fecha de nacimiento", "date"), f("telefono", "Teléfono", "phone"),
        f("email", "Email", "email", required=True),
        f("seguro", "Seguro", "choice", options=["Público", "Privado", "Mutua"]),
        f("alergias", "Alergias", "long_text")]),
    ent("cita", "Cita", "Citas", [
        ref("paciente", "Paciente", "paciente", required=True), f("fecha", "Fecha", "datetime"),
        f("medico", "Médico", "person"), f("motivo", "Motivo", "text"),
        f("estado", "Estado", "choice", options=["Pendiente", "Confirmada", "Cancelada"])])])
ALUMNO = spec("Colegio", [ent("alumno", "Alumno", "Alumnos", [
    f("nombre", "Nombre", "text", required=True), f("apellidos", "Apellidos", "text"),
    f("fecha_nacimiento", "Fecha de nacimiento", "date"),
    f("curso", "Curso", "choice", options=["Primero", "Segundo", "Tercero"]),
    f("email_tutor", "Email del tutor", "email"), f("telefono_tutor", "Teléfono del tutor", "phone")])])

# ---------- German specs ----------
GERAET = spec("Geräteverleih", [
    ent("geraet", "Gerät", "Geräte", [
        f("inventarnummer", "Inventarnummer", "text", required=True, unique=True),
        f("bezeichnung", "Bezeichnung", "text"), f("hersteller", "Hersteller", "text"),
        f("seriennummer", "Seriennummer", "text"), f("kaufdatum", "Kaufdatum", "date"),
        f("preis", "Preis", "money"), f("zustand", "Zustand", "choice", options=["Neu", "Gut", "Defekt"]),
        f("standort", "Standort", "text")]),
    ent("ausleihe", "Ausleihe", "Ausleihen", [
        ref("geraet", "Gerät", "geraet", required=True), f("mitarbeiter", "Mitarbeiter", "person"),
        f("ausgeliehen_am", "Ausgeliehen am", "date"), f("rueckgabe_am", "Rückgabe am", "date", required=True),
        f("bemerkung", "Bemerkung", "long_text")])])
PROJ = spec("Projekte", [
    ent("projekt", "Projekt", "Projekte", [
        f("name", "Name", "text", required=True), f("kunde", "Kunde", "text"), f("budget", "Budget", "money"),
        f("start", "Start", "date"), f("ende", "Ende", "date", required=True),
        f("status", "Status", "choice", options=["Geplant", "Laufend", "Abgeschlossen"])]),
    ent("aufgabe", "Aufgabe", "Aufgaben", [
        ref("projekt", "Projekt", "projekt", required=True), f("titel", "Titel", "text", required=True),
        f("zustaendig", "Zuständig", "person"), f("faellig_am", "Fällig am", "date"),
        f("prioritaet", "Priorität", "choice", options=["Hoch", "Mittel", "Niedrig"]),
        f("erledigt", "Erledigt", "boolean")])])

cases = []


def C(id, lang, sp, req, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


def rm(e, k): return {"op": "remove_field", "entity": e, "field": k}
def rme(e): return {"op": "remove_entity", "entity": e}
def rn(e, k, to, aliases=()): return {"op": "rename_field", "entity": e, "field": k, "to": to, "aliases": list(aliases)}
def req(e, k, v=True): return {"op": "set_required", "entity": e, "field": k, "value": v}
def opts(e, k, o): return {"op": "set_options", "entity": e, "field": k, "options": o}
def rel(a, b): return {"op": "add_relation", "from": a, "to": b}
def addk(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": aliases, "fields": fields}
def addf(e, name, type, aliases=(), alt=(), options=None):
    d = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options:
        d["options"] = options
    return d


# ----- English: removals -----
C("pb01", "en", EQUIP, "We don't need the purpose box anymore.", [rm("booking", "purpose")])
C("pb02", "en", VISIT, "nobody ever uses the badge number, take it out", [rm("visitor", "badge_number")])
C("pb03", "en", RECRUIT, "Salary expectation is redundant, HR keeps that in payroll.", [rm("candidate", "salary_expectation")])
C("pb04", "en", EVENTS, "get rid of the attendee list altogether, we only count heads now",
  [rme("attendee")])
C("pb05", "en", LIB, "We stopped tracking books separately - remove the Book kind and the link to it from loans.",
  [rme("book"), rm("loan", "book")])
C("pb06", "en", FEED, "Remove the product and channel fields.", [rm("feedback", "product"), rm("feedback", "channel")])
C("pb07", "en", GRANT, "we can lose the reviewer field and the budget file", [rm("application", "reviewer"), rm("application", "budget_file")])
C("pb36", "en", EQUIP, "Forget the projects part, we won't be using it.", [rme("project")])
# ----- English: renames -----
C("pb08", "en", EQUIP, "call 'Calibration due' 'Next calibration' instead",
  [rn("instrument", "calibration_due", "Next calibration", ["Next calibration date"])])
C("pb09", "en", VISIT, "Host should be labelled Contact person", [rn("visitor", "host", "Contact person", ["Contact"])])
C("pb10", "en", RECRUIT, "rename Stage to Pipeline stage", [rn("candidate", "stage", "Pipeline stage")])
C("pb11", "en", FEED, "The \u201cFollow up\u201d tick box is really \u201cNeeds callback\u201d.", [rn("feedback", "follow_up", "Needs callback", ["Callback needed"])])
C("pb12", "en", WORK, "Change the label of Fixed on to Completed on", [rn("work_order", "fixed_on", "Completed on", ["Completion date", "Date completed"])])
# ----- English: required / optional -----
C("pb13", "en", WORK, "people keep forgetting the location, make sure it can't be left empty", [req("work_order", "location")])
C("pb14", "en", VISIT, "Company shouldn't be mandatory, some visitors are private persons", [req("visitor", "company", False)])
C("pb15", "en", EVENTS, "The date must always be filled in, and capacity is optional.", [req("event", "date"), req("event", "capacity", False)])
C("pb16", "en", GRANT, "Make the amount requested and the submission date compulsory", [req("application", "amount_requested"), req("application", "submitted_on")])
C("pb17", "en", RECRUIT, "email doesn't have to be filled in - some candidates come through agencies", [req("candidate", "email", False)])
# ----- English: choice options -----
C("pb18", "en", WORK, "add Carpentry as a category", [opts("work_order", "category", ["Electrical", "Plumbing", "HVAC", "Cleaning", "Carpentry"])])
C("pb19", "en", WORK, "priority should be: Low, Normal, High, Critical", [opts("work_order", "priority", ["Low", "Normal", "High", "Critical"])])
C("pb20", "en", EVENTS, "we no longer run webinars", [opts("event", "type", ["Workshop", "Conference"])])
C("pb21", "en", RECRUIT, "rename the Job board source to Job site", [opts("candidate", "source", ["LinkedIn", "Referral", "Job site"])])
C("pb22", "en", GRANT, "status can only be one of Received, Shortlisted, Approved or Declined",
  [opts("application", "status", ["Received", "Shortlisted", "Approved", "Declined"])])
C("pb23", "en", VOL, "Availability also needs a 'Bank holidays' option", [opts("volunteer", "availability", ["Weekdays", "Evenings", "Weekends", "Bank holidays"])])
C("pb24", "en", WORK, "add Security to the categories and Urgent should be called Emergency",
  [opts("work_order", "category", ["Electrical", "Plumbing", "HVAC", "Cleaning", "Security"]),
   opts("work_order", "priority", ["Low", "Normal", "Emergency"])])
C("pb25", "en", EQUIP, "for the instrument status, add 'Out for repair' and remove Broken",
  [opts("instrument", "status", ["Available", "In use", "Out for repair"])])
C("pb26", "en", EQUIP, "add a shift to bookings (morning/afternoon/night)",
  [addf("booking", "shift", "choice", ["time slot"], options=["Morning", "Afternoon", "Night"])])
C("pb37", "en", VOL, "Skills: drop Cooking, we now need Translation and Fundraising",
  [opts("volunteer", "skills", ["Driving", "First aid", "Translation", "Fundraising"])])
# ----- English: kinds and links -----
C("pb27", "en", GRANT, "I need a list of funders with name and contact email, and each application goes to one funder",
  [addk("Funder", ["Funders", "Funding body"], [fld("name", "text", ["funder name"]), fld("contact email", "email", ["email"])]),
   rel("application", "Funder")])
C("pb28", "en", LIB, "each loan belongs to a member; members have a name, an email and a membership number",
  [addk("Member", ["Members", "Library member"], [fld("name", "text"), fld("email", "email"),
                                                   fld("membership number", "text", ["member number", "number"], ["integer"])]),
   rel("loan", "Member")])
C("pb29", "en", EQUIP, "link every booking to a project", [rel("booking", "project")])
C("pb30", "en", EVENTS, "I want to track sponsors: company name, amount pledged and a contact email. Each sponsor supports one event.",
  [addk("Sponsor", ["Sponsors", "Sponsorship"], [fld("company name", "text", ["name", "company"]),
                                                  fld("amount pledged", "money", ["amount", "pledge"], ["decimal"]),
                                                  fld("contact email", "email", ["email"])]),
   rel("Sponsor", "event")])
C("pb31", "en", WORK, "Every work order should be for one of our buildings - keep a buildings list with name and address",
  [addk("Building", ["Buildings", "Site"], [fld("name", "text", ["building name"]), fld("address", "text", [], ["long_text"])]),
   rel("work_order", "Building")])
C("pb32", "en", RECRUIT, "I need a list of open positions with title, department and closing date, and each candidate applies to one position",
  [addk("Position", ["Positions", "Open position", "Job", "Vacancy"], [fld("title", "text", ["job title"]),
                                                                      fld("department", "text", [], ["choice"]),
                                                                      fld("closing date", "date")]),
   rel("candidate", "Position")])
C("pb38", "en", EQUIP, "bookings should say which project they are charged to", [rel("booking", "project")])
# ----- English: fields named in passing -----
C("pb33", "en", VISIT, "add a field for the parking spot, right after the company",
  [addf("visitor", "parking spot", "text", ["parking space", "parking"])])
C("pb34", "en", EQUIP, "when the status is Broken we want to know what's wrong - add a fault description",
  [addf("instrument", "fault description", "long_text", ["fault", "problem description"], ["text"])])
C("pb35", "en", RECRUIT, "the interviewer fills in the score after the interview; also add a recommendation: hire, maybe or no hire",
  [addf("interview", "recommendation", "choice", options=["Hire", "Maybe", "No hire"])])

# ----- French -----
C("pf01", "fr", FLOTTE, "On n'a plus besoin du kilométrage.", [rm("vehicule", "kilometrage")])
C("pf02", "fr", FLOTTE, "Enlève les entretiens, on gère ça dans un autre outil", [rme("entretien")])
C("pf03", "fr", CONGE, "Supprime le justificatif et rends le motif obligatoire", [rm("conge", "justificatif"), req("conge", "motif")])
C("pf04", "fr", CONGE, "Renomme « Motif » en « Commentaire »", [rn("conge", "motif", "Commentaire")])
C("pf05", "fr", FLOTTE, "Le champ 'Marque' devrait s'appeler 'Constructeur'", [rn("vehicule", "marque", "Constructeur")])
C("pf06", "fr", CONGE, "La date de fin ne doit pas être obligatoire", [req("conge", "date_fin", False)])
C("pf07", "fr", CONGE, "Ajoute « Congé parental » aux types de congé et enlève RTT",
  [opts("conge", "type", ["Congés payés", "Maladie", "Congé parental"])])
C("pf08", "fr", CONGE, "Le statut doit être : Brouillon, Envoyé, Validé ou Refusé", [opts("conge", "statut", ["Brouillon", "Envoyé", "Validé", "Refusé"])])
C("pf09", "fr", FLOTTE, "Chaque véhicule est attribué à un conducteur : il nous faut une liste des conducteurs avec nom, téléphone et numéro de permis",
  [addk("Conducteur", ["Conducteurs", "Chauffeur", "Driver"], [fld("nom", "text", ["name"]), fld("téléphone", "phone", ["phone"]),
                                                               fld("numéro de permis", "text", ["permis", "licence number"])]),
   rel("vehicule", "Conducteur")])
C("pf10", "fr", CRM, "Chaque client dépend d'une agence ; ajoute une liste d'agences avec nom et ville",
  [addk("Agence", ["Agences", "Branch"], [fld("nom", "text", ["name"]), fld("ville", "text", ["city"])]), rel("client", "Agence")])
C("pf11", "fr", FLOTTE, "Le carburant est facultatif, mais la date d'achat est obligatoire",
  [req("vehicule", "carburant", False), req("vehicule", "date_achat")])
C("pf12", "fr", CRM, "Le secteur « Commerce » s'appelle désormais « Distribution »", [opts("client", "secteur", ["Industrie", "Distribution", "Services"])])
C("pf13", "fr", CONGE, "Quand le statut est Refusé, on veut savoir pourquoi : ajoute un motif de refus",
  [addf("conge", "motif de refus", "long_text", ["raison du refus", "refus"], ["text"])])

# ----- Spanish -----
C("pe01", "es", INV, "Quita el campo proveedor, ya no hace falta", [rm("producto", "proveedor")])
C("pe02", "es", INV, "Elimina la fecha de caducidad y el stock", [rm("producto", "caducidad"), rm("producto", "stock")])
C("pe03", "es", CLIN, "Ya no necesitamos las alergias", [rm("paciente", "alergias")])
C("pe04", "es", CLIN, "Cambia el nombre de «Motivo» a «Motivo de la consulta»", [rn("cita", "motivo", "Motivo de la consulta")])
C("pe05", "es", INV, "La categoría debería llamarse Familia", [rn("producto", "categoria", "Familia")])
C("pe06", "es", CLIN, "El teléfono tiene que ser obligatorio", [req("paciente", "telefono")])
C("pe07", "es", CLIN, "El email debería ser opcional, no todos los pacientes tienen", [req("paciente", "email", False)])
C("pe08", "es", INV, "Añade Congelados a las categorías", [opts("producto", "categoria", ["Bebidas", "Limpieza", "Alimentación", "Congelados"])])
C("pe09", "es", CLIN, "El estado de la cita puede ser pendiente, confirmada, atendida o cancelada",
  [opts("cita", "estado", ["Pendiente", "Confirmada", "Atendida", "Cancelada"])])
C("pe10", "es", CLIN, "Ya no aceptamos el seguro Privado, quítalo de la lista", [opts("paciente", "seguro", ["Público", "Mutua"])])
C("pe11", "es", ALUMNO, "Cada alumno pertenece a un grupo; crea los grupos con nombre y aula",
  [addk("Grupo", ["Grupos", "Clase", "Group"], [fld("nombre", "text", ["name"]), fld("aula", "text", ["classroom"])]), rel("alumno", "Grupo")])
C("pe12", "es", ALUMNO, "Necesito registrar las notas: cada alumno tiene varias notas con asignatura, trimestre y nota",
  [addk("Nota", ["Notas", "Calificación", "Grade"], [fld("asignatura", "text", ["materia", "subject"], ["choice"]),
                                                     fld("trimestre", "text", ["term"], ["choice", "integer"]),
                                                     fld("nota", "decimal", ["calificación", "grade"], ["integer", "text"])]),
   rel("Nota", "alumno")])
C("pe13", "es", INV, "Además del precio, añade el IVA en porcentaje", [addf("producto", "IVA", "decimal", ["porcentaje de IVA", "tipo de IVA"], ["integer"])])

# ----- German -----
C("pd01", "de", GERAET, "Die Seriennummer brauchen wir nicht mehr.", [rm("geraet", "seriennummer")])
C("pd02", "de", GERAET, "Entferne den Standort und den Hersteller", [rm("geraet", "standort"), rm("geraet", "hersteller")])
C("pd03", "de", PROJ, "Das Feld Kunde - weg damit.", [rm("projekt", "kunde")])
C("pd04", "de", GERAET, "Benenne \u201eBemerkung\u201c in \u201eNotiz\u201c um", [rn("ausleihe", "bemerkung", "Notiz")])
C("pd05", "de", PROJ, "\u201eZuständig\u201c soll künftig \u201eVerantwortlich\u201c heißen", [rn("aufgabe", "zustaendig", "Verantwortlich")])
C("pd06", "de", PROJ, "Das Budget ist ein Pflichtfeld, das Enddatum ist freiwillig", [req("projekt", "budget"), req("projekt", "ende", False)])
C("pd07", "de", GERAET, "Rückgabe am sollte optional sein", [req("ausleihe", "rueckgabe_am", False)])
C("pd08", "de", PROJ, "Bei der Priorität fehlt noch Kritisch", [opts("aufgabe", "prioritaet", ["Hoch", "Mittel", "Niedrig", "Kritisch"])])
C("pd09", "de", GERAET, "Zustand soll sein: Neu, Gebraucht, Defekt, Ausgemustert", [opts("geraet", "zustand", ["Neu", "Gebraucht", "Defekt", "Ausgemustert"])])
C("pd10", "de", PROJ, "Den Status \u201eGeplant\u201c gibt es nicht mehr", [opts("projekt", "status", ["Laufend", "Abgeschlossen"])])
C("pd11", "de", PROJ, "Jede Aufgabe gehört zu einem Meilenstein; lege Meilensteine mit Name und Datum an",
  [addk("Meilenstein", ["Meilensteine", "Milestone"], [fld("name", "text", ["bezeichnung"]), fld("datum", "date", ["date", "termin"])]),
   rel("aufgabe", "Meilenstein")])
C("pd12", "de", GERAET, "Verknüpfe jedes Gerät mit einem Lieferanten. Lieferanten haben Firmenname, E-Mail und Telefon",
  [addk("Lieferant", ["Lieferanten", "Supplier"], [fld("firmenname", "text", ["name", "firma"]), fld("e-mail", "email", ["email"]),
                                                   fld("telefon", "phone", ["phone"])]),
   rel("geraet", "Lieferant")])
C("pd13", "de", GERAET, "Neben dem Kaufdatum brauchen wir auch das Garantieende",
  [addf("geraet", "Garantieende", "date", ["garantie bis", "ende der garantie", "garantie"])])
C("pd14", "de", GERAET, "Die Ausleihen brauchen wir nicht mehr, das Tool ist nur noch ein Inventar", [rme("ausleihe")])

if __name__ == "__main__":
    with open("refine-probe-rb.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
