import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl")

def f(key, label, type, req=False, uniq=False, options=None, target=None):
    d = {"key": key, "label": label, "type": type}
    if req: d["required"] = True
    if uniq: d["unique"] = True
    if options is not None: d["options"] = list(options)
    if target is not None: d["target"] = target
    return d
def ent(key, name, plural, fields): return {"key": key, "name": name, "plural": plural, "fields": fields}
def spec(name, summary, *ents): return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def AF(e, name, type, aliases=(), alt=(), options=None, target=None):
    d = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options is not None: d["options"] = list(options)
    if target is not None: d["target"] = target
    return d
def RF(e, fld): return {"op": "remove_field", "entity": e, "field": fld}
def RN(e, fld, to, aliases=()): return {"op": "rename_field", "entity": e, "field": fld, "to": to, "aliases": list(aliases)}
def CT(e, fld, type, alt=(), target=None):
    d = {"op": "change_type", "entity": e, "field": fld, "type": type, "alt_types": list(alt)}
    if target: d["target"] = target
    return d
def SR(e, fld, v=True): return {"op": "set_required", "entity": e, "field": fld, "value": v}
def SO(e, fld, opts): return {"op": "set_options", "entity": e, "field": fld, "options": list(opts)}
def FF(name, type, aliases=(), alt=(), options=None):
    d = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options is not None: d["options"] = list(options)
    return d
def AE(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}
def RE(e): return {"op": "remove_entity", "entity": e}

cases = []
def C(lang, sp, request, expect):
    cases.append({"id": "h33r%02d" % (len(cases) + 1), "lang": lang, "spec": sp, "request": request,
                  "expect": expect, "keep": "all other fields and entities unchanged"})

# ---------------- English specs ----------------
SKIP = spec("Skip hire", "Skips hired out from the recycling centre.",
    ent("skip", "Skip", "Skips", [f("skip_number", "Skip number", "text", True, True),
        f("size", "Size", "choice", options=["4 yard", "6 yard", "8 yard"]), f("status", "Status", "choice", options=["Available", "On hire"])]),
    ent("hire", "Hire", "Hires", [f("skip", "Skip", "reference", True, target="skip"), f("customer_name", "Customer name", "text", True),
        f("phone", "Phone", "phone"), f("delivery_address", "Delivery address", "long_text"), f("drop_off", "Drop-off date", "date"),
        f("collection", "Collection date", "date")]))
SCRAP = spec("Scrap purchases", "Metal bought over the counter at the yard.",
    ent("metal_grade", "Metal grade", "Metal grades", [f("name", "Name", "text", True, True), f("price_per_kg", "Price per kg", "money")]),
    ent("purchase", "Purchase", "Purchases", [f("ticket_no", "Ticket number", "text", True, True), f("date", "Date", "date", True),
        f("seller", "Seller", "text"), f("grade", "Grade", "reference", target="metal_grade"), f("weight_kg", "Weight (kg)", "decimal"),
        f("total_paid", "Total paid", "money")]))
TUTOR = spec("Tutoring", "Tutors, students and the lessons between them.",
    ent("tutor", "Tutor", "Tutors", [f("name", "Name", "text", True), f("email", "Email", "email"), f("hourly_rate", "Hourly rate", "money")]),
    ent("student", "Student", "Students", [f("name", "Name", "text", True), f("school_year", "School year", "text"), f("parent_email", "Parent email", "email")]),
    ent("lesson", "Lesson", "Lessons", [f("tutor", "Tutor", "reference", True, target="tutor"), f("student", "Student", "reference", True, target="student"),
        f("starts_at", "Date and time", "datetime", True), f("duration", "Duration (min)", "integer"),
        f("outcome", "Outcome", "choice", options=["Happened", "Cancelled", "No show"])]))
SCOPE = spec("Telescope time", "Requests for nights on the observatory telescopes.",
    ent("telescope", "Telescope", "Telescopes", [f("name", "Name", "text", True, True), f("aperture_cm", "Aperture (cm)", "decimal"), f("location", "Location", "text")]),
    ent("observing_request", "Observing request", "Observing requests", [f("requested_by", "Requested by", "person", True),
        f("telescope", "Telescope", "reference", True, target="telescope"), f("start_date", "Start date", "date", True), f("end_date", "End date", "date"),
        f("instrument", "Instrument", "choice", options=["CCD camera", "Spectrograph", "Eyepiece only"]),
        f("status", "Status", "choice", options=["Pending", "Approved", "Rejected"])]))
UPH = spec("Upholstery jobs", "Jobs in the upholstery workshop.",
    ent("customer", "Customer", "Customers", [f("name", "Name", "text", True), f("phone", "Phone", "phone"), f("address", "Address", "long_text")]),
    ent("job", "Job", "Jobs", [f("customer", "Customer", "reference", True, target="customer"),
        f("piece", "Piece", "choice", options=["Sofa", "Armchair", "Dining chair", "Headboard", "Other"]), f("fabric_name", "Fabric", "text"),
        f("quote", "Quote", "money"), f("promised_by", "Promised by", "date"),
        f("stage", "Stage", "choice", options=["Awaiting fabric", "In progress", "Ready", "Delivered"])]))
POLL = spec("Polling stations", "Polling stations and the staff posted to them.",
    ent("polling_station", "Polling station", "Polling stations", [f("station_number", "Station number", "text", True, True), f("venue", "Venue", "text", True),
        f("address", "Address", "long_text"), f("ward", "Ward", "text"), f("step_free", "Step-free access", "boolean")]),
    ent("staff_member", "Staff member", "Staff members", [f("name", "Name", "text", True), f("phone", "Phone", "phone"), f("email", "Email", "email"),
        f("role", "Role", "choice", options=["Presiding Officer", "Poll Clerk"]), f("station", "Station", "reference", target="polling_station"),
        f("trained", "Training done", "boolean")]))
PLAN = spec("Planetarium shows", "Show programme and screenings at the planetarium.",
    ent("show", "Show", "Shows", [f("title", "Title", "text", True, True), f("length_min", "Length (min)", "integer"), f("age_range", "Age range", "text")]),
    ent("screening", "Screening", "Screenings", [f("show", "Show", "reference", True, target="show"), f("starts_at", "Starts at", "datetime", True),
        f("presenter", "Presenter", "person"), f("seats", "Seats available", "integer"), f("language", "Language", "choice", options=["English", "Welsh"])]))
CHECK = spec("Site checks", "Daily walk-round checks at the household recycling centre.",
    ent("daily_check", "Daily check", "Daily checks", [f("date", "Date", "date", True), f("checked_by", "Checked by", "person", True),
        f("extinguishers_ok", "Fire extinguishers OK", "boolean"), f("cage_locked", "Hazardous waste cage locked", "boolean"),
        f("ramp_condition", "Ramp condition", "choice", options=["Good", "Needs attention", "Unsafe"]), f("photos", "Photos", "file")]))

# --- English cases (24) ---
C("en", SKIP, "we've got 12 yard RoRo skips now too", [SO("skip", "size", ["4 yard", "6 yard", "8 yard", "12 yard RoRo"])])
C("en", SKIP, "Hi - for hires we also need to know if a council road permit is needed and the permit reference number if there is one. Thanks", [
    AF("hire", "permit needed", "boolean", ["road permit", "permit required", "permit"], ["choice"]),
    AF("hire", "permit reference", "text", ["permit number", "permit ref", "council permit number"])])
C("en", SKIP, "Could you make the phone mandatory on a hire? drivers keep turning up with no way to reach the customer. Also add 'Out of service' as a skip status.", [
    SR("hire", "phone"), SO("skip", "status", ["Available", "On hire", "Out of service"])])
C("en", SCRAP, "need a photo of the seller's ID on every purchase, it's a legal thing", [
    AF("purchase", "seller ID", "file", ["photo ID", "ID photo", "ID scan", "identification", "proof of ID"])])
C("en", SCRAP, "rename 'Seller' to 'Sold by' and make the weight required", [
    RN("purchase", "seller", "Sold by", ["Seller name"]), SR("purchase", "weight_kg")])
C("en", SCRAP, "The price per kg changes every morning so I'd rather not keep it on the grade - please drop it, and record on each purchase the price per kg we actually paid.", [
    RF("metal_grade", "price_per_kg"), AF("purchase", "price per kg", "money", ["rate", "price paid per kg", "unit price", "price/kg"], ["decimal"])])
C("en", TUTOR, "Add a subject to lessons: Maths, English, Science, or 11+ prep", [
    AF("lesson", "subject", "choice", ["topic", "lesson subject"], [], ["Maths", "English", "Science", "11+ prep"])])
C("en", TUTOR, "I'd like tutors to write a short report after each lesson - what they covered and how the student got on", [
    AF("lesson", "lesson report", "long_text", ["report", "notes", "feedback", "what was covered", "summary", "comments"], ["text"])])
C("en", TUTOR, "Students belong to a family now, we bill per family. Family = parent name, email, phone. Parent email on the student can go then.", [
    AE("Family", ["Household", "Parent", "Families", "Account"], [FF("parent name", "text", ["name", "family name", "parent"]),
        FF("email", "email", ["parent email", "email address"]), FF("phone", "phone", ["phone number", "mobile"])]),
    AR("student", "Family"), RF("student", "parent_email")])
C("en", SCOPE, "can we record who approved each request and when", [
    AF("observing_request", "approved by", "person", ["approver", "reviewed by", "decision by"], ["text"]),
    AF("observing_request", "approved on", "date", ["approval date", "date approved", "decision date"], ["datetime"])])
C("en", SCOPE, "add 'Polarimeter' to the instrument list and a 'Withdrawn' status for people who cancel", [
    SO("observing_request", "instrument", ["CCD camera", "Spectrograph", "Eyepiece only", "Polarimeter"]),
    SO("observing_request", "status", ["Pending", "Approved", "Rejected", "Withdrawn"])])
C("en", SCOPE, "Hello! Small thing: the telescopes need an 'out of action' tick so nobody books a broken scope.", [
    AF("telescope", "out of action", "boolean", ["out of service", "unavailable", "broken", "out of order"], ["choice"])])
C("en", UPH, "jobs should link to a fabric from our fabric book instead of free text. fabric book has code, name and price per metre", [
    AE("Fabric", ["Fabric book", "Material", "Fabrics", "Cloth"], [FF("code", "text", ["fabric code", "ref", "reference"]),
        FF("name", "text", ["fabric name", "description"]), FF("price per metre", "money", ["price", "price/m", "cost per metre"])]),
    RF("job", "fabric_name"), AR("job", "Fabric")])
C("en", UPH, "Please add a deposit amount and a before photo to jobs.", [
    AF("job", "deposit", "money", ["deposit amount", "deposit taken", "deposit paid"]),
    AF("job", "photo before", "file", ["before photo", "photo", "picture before"])])
C("en", UPH, "we don't do headboards anymore, and stage 'Ready' should say 'Ready for collection'", [
    SO("job", "piece", ["Sofa", "Armchair", "Dining chair", "Other"]),
    SO("job", "stage", ["Awaiting fabric", "In progress", "Ready for collection", "Delivered"])])
C("en", POLL, "also need electorate size per station", [
    AF("polling_station", "electorate", "integer", ["electorate size", "number of electors", "electors", "voters"])])
C("en", POLL, "We've been told we have to track the key holder for each venue - their name and a phone number we can call at 6am on polling day", [
    AF("polling_station", "key holder name", "text", ["key holder", "keyholder", "keyholder name"], ["person"]),
    AF("polling_station", "key holder phone", "phone", ["keyholder phone", "key holder number", "key holder mobile"])])
C("en", POLL, "Training done should be the date they did the training, not just a tick. Oh and there's a third role now - 'Inspector of Polling Stations'.", [
    CT("staff_member", "trained", "date", ["datetime"]),
    SO("staff_member", "role", ["Presiding Officer", "Poll Clerk", "Inspector of Polling Stations"])])
C("en", PLAN, "we stopped the Welsh screenings, get rid of the language field altogether", [RF("screening", "language")])
C("en", PLAN, "Each show should have a short description for the website and a trailer link", [
    AF("show", "description", "long_text", ["summary", "blurb", "synopsis", "website text"], ["text"]),
    AF("show", "trailer link", "url", ["trailer", "trailer URL", "video link"])])
C("en", PLAN, "call 'Seats available' 'Capacity' and make it required; we also need to know how many tickets have been sold for each screening", [
    RN("screening", "seats", "Capacity", ["Seats", "Max seats"]), SR("screening", "seats"),
    AF("screening", "tickets sold", "integer", ["sold", "number sold", "tickets", "bookings"])])
C("en", CHECK, "hey, the oil bank has started leaking again - can the morning check include 'oil bank leaking?'", [
    AF("daily_check", "oil bank leaking", "boolean", ["oil leak", "oil bank", "oil bank leaking?"], ["choice"])])
C("en", CHECK, "When a check finds something unsafe we want to log defects against it: description, priority (Low/Medium/High), assigned to, fixed on date", [
    AE("Defect", ["Problem", "Issue", "Fault", "Defects", "Action"], [FF("description", "long_text", ["details", "problem"], ["text"]),
        FF("priority", "choice", ["urgency"], [], ["Low", "Medium", "High"]), FF("assigned to", "person", ["owner", "assignee"], ["text"]),
        FF("fixed on", "date", ["date fixed", "resolved on", "closed on"], ["datetime"])]),
    AR("Defect", "daily_check")])
C("en", CHECK, "Photos are useless, nobody uploads them. Remove it. And 'Checked by' should just be a name people type, agency staff aren't in the directory.", [
    RF("daily_check", "photos"), CT("daily_check", "checked_by", "text")])

# ---------------- French ----------------
DECH = spec("Apports professionnels", "Registre des apports des professionnels à la déchèterie.",
    ent("entreprise", "Entreprise", "Entreprises", [f("raison_sociale", "Raison sociale", "text", True), f("siret", "SIRET", "text", uniq=True),
        f("contact", "Contact", "text"), f("badge", "Numéro de badge", "text")]),
    ent("apport", "Apport", "Apports", [f("date", "Date", "date", True), f("entreprise", "Entreprise", "reference", True, target="entreprise"),
        f("immatriculation", "Immatriculation", "text"), f("type_dechet", "Type de déchet", "choice", options=["Gravats", "Bois", "Déchets verts", "Métaux"]),
        f("volume_m3", "Volume (m3)", "decimal"), f("facture", "Facturé", "boolean")]))
SOUT = spec("Soutien scolaire", "Cours particuliers entre professeurs et élèves.",
    ent("professeur", "Professeur", "Professeurs", [f("nom", "Nom", "text", True), f("email", "Email", "email"), f("telephone", "Téléphone", "phone"), f("tarif_horaire", "Tarif horaire", "money")]),
    ent("eleve", "Élève", "Élèves", [f("nom", "Nom", "text", True), f("classe", "Classe", "choice", options=["6e", "5e", "4e", "3e"]), f("telephone_parent", "Téléphone du parent", "phone")]),
    ent("cours", "Cours", "Cours", [f("professeur", "Professeur", "reference", True, target="professeur"), f("eleve", "Élève", "reference", True, target="eleve"),
        f("date_heure", "Date et heure", "datetime", True), f("duree", "Durée (h)", "decimal"), f("paye", "Payé", "boolean")]))
TAPI = spec("Devis tapisserie", "Devis et commandes de l'atelier de tapisserie.",
    ent("client", "Client", "Clients", [f("nom", "Nom", "text", True), f("telephone", "Téléphone", "phone"), f("adresse", "Adresse", "long_text")]),
    ent("devis", "Devis", "Devis", [f("client", "Client", "reference", True, target="client"), f("ouvrage", "Ouvrage", "text", True),
        f("technique", "Technique", "choice", options=["Traditionnelle", "Mousse"]), f("metrage", "Métrage", "decimal"),
        f("total_ttc", "Total TTC", "money"), f("statut", "Statut", "choice", options=["En attente", "Accepté", "Refusé"])]))
BV = spec("Bureaux de vote", "Composition des bureaux de vote.",
    ent("bureau", "Bureau de vote", "Bureaux de vote", [f("numero", "Numéro", "text", True, True), f("lieu", "Nom du lieu", "text"), f("adresse", "Adresse", "long_text")]),
    ent("assesseur", "Assesseur", "Assesseurs", [f("nom", "Nom", "text", True), f("prenom", "Prénom", "text"), f("telephone", "Téléphone", "phone"),
        f("role", "Rôle", "choice", options=["Titulaire", "Suppléant"]), f("bureau", "Bureau", "reference", target="bureau")]))

C("fr", DECH, "Ajoutez les encombrants et les DEEE dans les types de déchet svp", [
    SO("apport", "type_dechet", ["Gravats", "Bois", "Déchets verts", "Métaux", "Encombrants", "DEEE"])])
C("fr", DECH, "Il faudrait aussi le montant facturé pour chaque apport et le numéro de facture", [
    AF("apport", "montant", "money", ["montant facturé", "prix", "tarif", "amount"]),
    AF("apport", "numéro de facture", "text", ["facture", "n° facture", "invoice number"])])
C("fr", DECH, "Bonjour, le badge n'est plus utilisé depuis qu'on a les cartes, vous pouvez l'enlever. Par contre le SIRET doit être obligatoire.", [
    RF("entreprise", "badge"), SR("entreprise", "siret")])
C("fr", SOUT, "on a maintenant des lycéens, ajoutez seconde, première et terminale aux classes", [
    SO("eleve", "classe", ["6e", "5e", "4e", "3e", "Seconde", "Première", "Terminale"])])
C("fr", SOUT, "Pour chaque cours je voudrais savoir si c'était à domicile ou en visio, et la matière travaillée.", [
    AF("cours", "lieu", "choice", ["modalité", "format", "à domicile ou en visio", "mode"], ["boolean"], ["À domicile", "En visio"]),
    AF("cours", "matière", "text", ["matiere", "subject", "discipline"], ["choice"])])
C("fr", SOUT, "« Payé » ne suffit pas, on veut le mode de paiement : CESU, virement ou chèque", [
    CT("cours", "paye", "choice"), SO("cours", "paye", ["CESU", "Virement", "Chèque"])])
C("fr", TAPI, "Renommez « Ouvrage » en « Siège ou ouvrage », c'est plus clair pour mes clients", [
    RN("devis", "ouvrage", "Siège ou ouvrage", ["Siège"])])
C("fr", TAPI, "J'ai besoin de garder une photo de l'ouvrage avant travaux et de savoir si le tissu est fourni par le client.", [
    AF("devis", "photo avant travaux", "file", ["photo", "photo avant", "photo de l'ouvrage"]),
    AF("devis", "tissu fourni par le client", "boolean", ["tissu client", "tissu fourni", "fourniture du tissu"], ["choice"])])
C("fr", TAPI, "on ajoute les fournisseurs de tissu (nom, site web, téléphone) et chaque devis doit pointer vers le fournisseur du tissu choisi", [
    AE("Fournisseur", ["Fournisseur de tissu", "Fournisseurs", "Supplier", "Éditeur"], [FF("nom", "text", ["name", "raison sociale"]),
        FF("site web", "url", ["site", "website", "url"]), FF("téléphone", "phone", ["tél", "tel", "phone"])]),
    AR("devis", "Fournisseur")])
C("fr", BV, "ajoute le rôle Secrétaire et Délégué", [SO("assesseur", "role", ["Titulaire", "Suppléant", "Secrétaire", "Délégué"])])
C("fr", BV, "Bonjour, la préfecture nous demande aussi la liste ou le parti qui propose chaque assesseur, et leur email.", [
    AF("assesseur", "liste", "text", ["parti", "liste ou parti", "party", "proposé par"], ["choice"]),
    AF("assesseur", "email", "email", ["e-mail", "courriel", "mail"])])
C("fr", BV, "Chaque bureau a un président, qui est un élu du conseil municipal — il faut pouvoir le choisir dans l'annuaire", [
    AF("bureau", "président", "person", ["president", "président du bureau", "presiding officer"], ["text"])])

# ---------------- Spanish ----------------
CHAT = spec("Compras de chatarra", "Compras de chatarra a particulares.",
    ent("vendedor", "Vendedor", "Vendedores", [f("nombre", "Nombre", "text", True), f("dni", "DNI", "text", True, True), f("direccion", "Dirección", "long_text")]),
    ent("compra", "Compra", "Compras", [f("fecha", "Fecha", "date", True), f("vendedor", "Vendedor", "reference", True, target="vendedor"),
        f("material", "Material", "choice", options=["Cobre", "Latón", "Aluminio", "Hierro"]), f("kilos", "Kilos", "decimal"), f("importe", "Importe total", "money")]))
ACAD = spec("Academia", "Matrículas de alumnos en las asignaturas de refuerzo.",
    ent("alumno", "Alumno", "Alumnos", [f("nombre", "Nombre", "text", True), f("curso", "Curso", "text"), f("telefono_tutor", "Teléfono del tutor", "phone"), f("email", "Email", "email")]),
    ent("asignatura", "Asignatura", "Asignaturas", [f("nombre", "Nombre", "text", True, True), f("precio_mensual", "Precio mensual", "money")]),
    ent("matricula", "Matrícula", "Matrículas", [f("alumno", "Alumno", "reference", True, target="alumno"), f("asignatura", "Asignatura", "reference", True, target="asignatura"),
        f("fecha_alta", "Fecha de alta", "date", True), f("fecha_baja", "Fecha de baja", "date"), f("forma_pago", "Forma de pago", "choice", options=["Domiciliación", "Efectivo"])]))
VIS = spec("Visitas al observatorio", "Visitas guiadas y sus reservas.",
    ent("visita", "Visita", "Visitas", [f("fecha", "Fecha", "date", True), f("hora", "Hora", "text"), f("tipo", "Tipo", "choice", options=["Nocturna", "Solar"]),
        f("guia", "Guía", "person"), f("aforo", "Aforo máximo", "integer")]),
    ent("reserva", "Reserva", "Reservas", [f("visita", "Visita", "reference", True, target="visita"), f("nombre", "Nombre", "text", True), f("email", "Email", "email"),
        f("personas", "Número de personas", "integer"), f("pagado", "Pagado", "boolean")]))
MESA = spec("Mesas electorales", "Miembros de las mesas electorales.",
    ent("mesa", "Mesa", "Mesas", [f("codigo", "Código", "text", True, True), f("colegio", "Colegio electoral", "text"), f("direccion", "Dirección", "long_text")]),
    ent("miembro", "Miembro", "Miembros", [f("nombre", "Nombre", "text", True), f("dni", "DNI", "text"), f("cargo", "Cargo", "choice", options=["Presidente", "Vocal", "Suplente"]),
        f("mesa", "Mesa", "reference", target="mesa"), f("notificado", "Notificado", "boolean"), f("telefono", "Teléfono", "phone")]))

C("es", CHAT, "añadir plomo, acero inoxidable y baterías a los materiales", [
    SO("compra", "material", ["Cobre", "Latón", "Aluminio", "Hierro", "Plomo", "Acero inoxidable", "Baterías"])])
C("es", CHAT, "Por la normativa tenemos que guardar la copia escaneada del DNI del vendedor y la matrícula del vehículo en cada compra", [
    AF("vendedor", "copia del DNI", "file", ["DNI escaneado", "foto DNI", "escaneo del DNI", "copia"]),
    AF("compra", "matrícula", "text", ["matricula", "matrícula del vehículo", "vehículo", "plate"])])
C("es", CHAT, "hola! el importe total ponedlo obligatorio y añadid el precio por kilo que se pagó", [
    SR("compra", "importe"), AF("compra", "precio por kilo", "money", ["precio/kg", "precio", "precio unitario", "price per kg"], ["decimal"])])
C("es", ACAD, "Necesito saber el colegio de cada alumno", [
    AF("alumno", "colegio", "text", ["centro", "escuela", "instituto", "centro escolar", "school"])])
C("es", ACAD, "Cambiad 'Curso' por una lista: 1º ESO, 2º ESO, 3º ESO, 4º ESO, 1º Bachillerato, 2º Bachillerato", [
    CT("alumno", "curso", "choice"), SO("alumno", "curso", ["1º ESO", "2º ESO", "3º ESO", "4º ESO", "1º Bachillerato", "2º Bachillerato"])])
C("es", ACAD, "buenas, añadimos Bizum como forma de pago y queremos un descuento por hermanos en la matrícula (un porcentaje)", [
    SO("matricula", "forma_pago", ["Domiciliación", "Efectivo", "Bizum"]),
    AF("matricula", "descuento", "decimal", ["descuento por hermanos", "% descuento", "porcentaje de descuento", "discount"], ["integer"])])
C("es", VIS, "Hay que poder marcar una visita como cancelada por mal tiempo y apuntar el motivo", [
    AF("visita", "cancelada", "boolean", ["cancelación", "estado", "cancelled"], ["choice"]),
    AF("visita", "motivo de cancelación", "long_text", ["motivo", "razón", "reason"], ["text"])])
C("es", VIS, "Cambiar 'Número de personas' por dos campos: adultos y niños, porque tienen precios distintos", [
    RF("reserva", "personas"), AF("reserva", "adultos", "integer", ["número de adultos", "nº adultos"]),
    AF("reserva", "niños", "integer", ["número de niños", "nº niños", "menores"])])
C("es", VIS, "añadid 'Planetario' como tipo de visita y el teléfono en las reservas", [
    SO("visita", "tipo", ["Nocturna", "Solar", "Planetario"]), AF("reserva", "teléfono", "phone", ["telefono", "tel", "móvil", "phone"])])
C("es", MESA, "el colegio electoral debería ser una tabla aparte con nombre, dirección y distrito, y cada mesa apuntar a su colegio", [
    AE("Colegio electoral", ["Colegio", "Colegios electorales", "Local electoral", "Polling place"], [FF("nombre", "text", ["name"]),
        FF("dirección", "long_text", ["direccion", "address"], ["text"]), FF("distrito", "text", ["district"], ["integer"])]),
    RF("mesa", "colegio"), AR("mesa", "Colegio electoral")])
C("es", MESA, "Vocal tiene que ser Vocal 1º y Vocal 2º", [SO("miembro", "cargo", ["Presidente", "Vocal 1º", "Vocal 2º", "Suplente"])])
C("es", MESA, "Quitad el teléfono de los miembros (protección de datos) y que el DNI sea obligatorio", [
    RF("miembro", "telefono"), SR("miembro", "dni")])

# ---------------- German ----------------
WSH = spec("Containerleerungen", "Leerungen der Container auf dem Wertstoffhof.",
    ent("container", "Container", "Container", [f("nummer", "Nummer", "text", True, True), f("fraktion", "Fraktion", "choice", options=["Altholz", "Grünschnitt", "Bauschutt", "Schrott"]),
        f("groesse_m3", "Größe (m³)", "decimal"), f("standplatz", "Standplatz", "text")]),
    ent("leerung", "Leerung", "Leerungen", [f("datum", "Datum", "date", True), f("container", "Container", "reference", True, target="container"),
        f("entsorger_name", "Entsorger", "text"), f("gewicht_t", "Gewicht (t)", "decimal"), f("kosten", "Kosten", "money")]))
NACH = spec("Nachhilfe", "Nachhilfestunden mit Lehrkräften und Schülern.",
    ent("lehrkraft", "Lehrkraft", "Lehrkräfte", [f("name", "Name", "text", True), f("faecher", "Fächer", "text"), f("stundensatz", "Stundensatz", "money")]),
    ent("schueler", "Schüler", "Schüler", [f("name", "Name", "text", True), f("klasse", "Klasse", "text"), f("eltern_email", "E-Mail der Eltern", "email"),
        f("paket", "Paket", "choice", options=["4er-Karte", "8er-Karte"])]),
    ent("stunde", "Stunde", "Stunden", [f("datum", "Datum", "date", True), f("lehrkraft", "Lehrkraft", "reference", True, target="lehrkraft"),
        f("schueler", "Schüler", "reference", True, target="schueler"), f("dauer", "Dauer", "choice", options=["45 min", "90 min"]), f("thema", "Thema", "text")]))
POLS = spec("Polsterei", "Aufträge der Polsterwerkstatt.",
    ent("kunde", "Kunde", "Kunden", [f("name", "Name", "text", True), f("telefon", "Telefon", "phone"), f("adresse", "Adresse", "long_text")]),
    ent("auftrag", "Auftrag", "Aufträge", [f("kunde", "Kunde", "reference", True, target="kunde"), f("moebelstueck", "Möbelstück", "text", True),
        f("beschreibung", "Beschreibung", "long_text"), f("kva", "Kostenvoranschlag", "money"), f("fertig_bis", "Fertigstellungstermin", "date"),
        f("status", "Status", "choice", options=["Angefragt", "In Arbeit", "Fertig", "Abgeholt"])]),
    ent("stoffbestellung", "Stoffbestellung", "Stoffbestellungen", [f("auftrag", "Auftrag", "reference", True, target="auftrag"), f("stoff", "Stoff", "text"),
        f("meter", "Meter", "decimal"), f("bestellt_am", "Bestellt am", "date")]))
WAHL = spec("Wahlhelfer", "Wahllokale und die eingeteilten Wahlhelfer.",
    ent("wahllokal", "Wahllokal", "Wahllokale", [f("bezirk_nr", "Wahlbezirk-Nr.", "text", True, True), f("name", "Name", "text"), f("adresse", "Adresse", "long_text"),
        f("barrierefrei", "Barrierefrei", "boolean")]),
    ent("wahlhelfer", "Wahlhelfer", "Wahlhelfer", [f("name", "Name", "text", True), f("vorname", "Vorname", "text"), f("telefon", "Telefon", "phone"),
        f("funktion", "Funktion", "choice", options=["Wahlvorsteher", "Schriftführer", "Beisitzer"]), f("wahllokal", "Wahllokal", "reference", target="wahllokal"),
        f("schulung", "Schulung besucht", "boolean")]))

C("de", WSH, "Bitte noch Sperrmüll und Elektro als Fraktion ergänzen", [
    SO("container", "fraktion", ["Altholz", "Grünschnitt", "Bauschutt", "Schrott", "Sperrmüll", "Elektro"])])
C("de", WSH, "Wir brauchen bei jeder Leerung den Wiegeschein als PDF und die Wiegescheinnummer", [
    AF("leerung", "Wiegeschein", "file", ["Wiegeschein PDF", "Beleg", "Wiegenote", "PDF"]),
    AF("leerung", "Wiegescheinnummer", "text", ["Wiegeschein-Nr", "Belegnummer", "Nummer Wiegeschein"])])
C("de", WSH, "Die Entsorger sollen eine eigene Liste werden (Firma, Ansprechpartner, Telefon) und die Leerung verweist dann darauf statt auf Freitext.", [
    AE("Entsorger", ["Entsorgungsfirma", "Firma", "Entsorgungsunternehmen", "Contractor"], [FF("Firma", "text", ["Name", "Firmenname"]),
        FF("Ansprechpartner", "text", ["Kontakt", "Kontaktperson"], ["person"]), FF("Telefon", "phone", ["Telefonnummer", "Tel"])]),
    RF("leerung", "entsorger_name"), AR("leerung", "Entsorger")])
C("de", NACH, "Fächer bitte als Mehrfachauswahl: Mathe, Deutsch, Englisch, Französisch, Latein, Physik, Chemie", [
    CT("lehrkraft", "faecher", "multi_choice"), SO("lehrkraft", "faecher", ["Mathe", "Deutsch", "Englisch", "Französisch", "Latein", "Physik", "Chemie"])])
C("de", NACH, "Hallo, wir bieten jetzt auch die 12er-Karte an. Und bei jeder Stunde möchte ich festhalten, ob sie Einzel- oder Gruppenunterricht war.", [
    SO("schueler", "paket", ["4er-Karte", "8er-Karte", "12er-Karte"]),
    AF("stunde", "Unterrichtsform", "choice", ["Einzel oder Gruppe", "Art", "Form", "Einzel-/Gruppenunterricht"], ["boolean"], ["Einzelunterricht", "Gruppenunterricht"])])
C("de", NACH, "Für die Abrechnung mit den Honorarkräften brauchen wir noch Steuer-ID und IBAN", [
    AF("lehrkraft", "Steuer-ID", "text", ["Steueridentifikationsnummer", "Steuernummer", "tax id"]),
    AF("lehrkraft", "IBAN", "text", ["Bankverbindung", "Konto", "Kontonummer"])])
C("de", POLS, "Die Stoffbestellungen machen wir ab jetzt direkt beim Auftrag, die Tabelle kann weg.", [RE("stoffbestellung")])
C("de", POLS, "„Kostenvoranschlag“ bitte in „Angebotspreis“ umbenennen und Fertigstellungstermin ist Pflicht", [
    RN("auftrag", "kva", "Angebotspreis", ["Angebot", "Preis"]), SR("auftrag", "fertig_bis")])
C("de", POLS, "ich hätte gern vorher/nachher-fotos bei den aufträgen", [
    AF("auftrag", "Foto vorher", "file", ["Vorher-Foto", "Bild vorher", "Foto"]),
    AF("auftrag", "Foto nachher", "file", ["Nachher-Foto", "Bild nachher"])])
C("de", WAHL, "Bei den Wahlhelfern fehlt noch die E-Mail-Adresse und ob das Erfrischungsgeld ausgezahlt wurde", [
    AF("wahlhelfer", "E-Mail", "email", ["Email", "Mail", "E-Mail-Adresse"]),
    AF("wahlhelfer", "Erfrischungsgeld ausgezahlt", "boolean", ["Erfrischungsgeld", "ausgezahlt", "Auszahlung"], ["choice", "date"])])
C("de", WAHL, "bitte 'stellv. Wahlvorsteher' als Funktion ergänzen", [
    SO("wahlhelfer", "funktion", ["Wahlvorsteher", "Stellv. Wahlvorsteher", "Schriftführer", "Beisitzer"])])
C("de", WAHL, "Moin, jedes Wahllokal hat einen Hausmeister, den wir am Wahlmorgen erreichen müssen – Name und Handynummer. Das Wahllokal beim Helfer soll außerdem Pflicht sein.", [
    AF("wahllokal", "Hausmeister", "text", ["Hausmeister Name", "Name Hausmeister", "Ansprechpartner"], ["person"]),
    AF("wahllokal", "Handynummer Hausmeister", "phone", ["Hausmeister Telefon", "Telefon", "Handy", "Mobilnummer"]),
    SR("wahlhelfer", "wahllokal")])

from collections import Counter
print(Counter(c["lang"] for c in cases), len(cases))
print(Counter(o["op"] for c in cases for o in c["expect"]), sum(len(c["expect"]) > 1 for c in cases))
with open(OUT, "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
