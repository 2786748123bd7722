import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import F, write

def fd(key, label, type, req=False, opts=None, t=None):
    f = {"key": key, "label": label, "type": type}
    if req:
        f["required"] = True
    if opts is not None:
        f["options"] = opts
    if t is not None:
        f["target"] = t
    return f

def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}

def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def L(s): return [a for a in s.split("|") if a]
def AF(e, name, type, aliases="", alt="", opts=None):
    op = {"op": "add_field", "entity": e, "name": name, "aliases": L(aliases), "type": type, "alt_types": L(alt)}
    if opts is not None:
        op["options"] = opts
    return op
def RF(e, f): return {"op": "remove_field", "entity": e, "field": f}
def RN(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": L(aliases)}
def CT(e, f, type, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": type, "alt_types": L(alt)}
def SR(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def SO(e, f, opts): return {"op": "set_options", "entity": e, "field": f, "options": opts}
def AE(name, aliases, fields): return {"op": "add_entity", "name": name, "aliases": L(aliases), "fields": fields}
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}

rows = []
def R(lang, spec, request, expect):
    rows.append({"id": "h26r%02d" % (len(rows) + 1), "lang": lang, "spec": spec, "request": request,
                 "expect": expect, "keep": "all other fields and entities unchanged"})

# ---------------- English (24) ----------------
callouts = S("Plumbing callouts", "Callouts for the plumbing vans.",
    ent("customer", "Customer", "Customers", [fd("name", "Name", "text", True), fd("phone", "Phone", "phone"), fd("address", "Address", "long_text")]),
    ent("job", "Job", "Jobs", [fd("customer", "Customer", "reference", True, t="customer"), fd("problem", "Problem", "long_text"),
        fd("booked_for", "Booked for", "datetime"), fd("engineer", "Engineer", "person"),
        fd("status", "Status", "choice", opts=["Booked", "Done", "Invoiced"]), fd("hours", "Hours", "decimal")]))
R("en", callouts, "can we get an 'Awaiting parts' status in there, between booked and done? half our jobs sit waiting on a part",
  [SO("job", "status", ["Booked", "Awaiting parts", "Done", "Invoiced"])])
R("en", callouts, "For customers pls add whether they're the owner or a tenant (we need the landlord's OK for tenants)",
  [AF("customer", "owner or tenant", "choice", "tenure|occupancy|owner/tenant|occupier type|tenant", "boolean", ["Owner", "Tenant"])])

eicr = S("EICR register", "Electrical installation condition reports per property.",
    ent("inspection", "Inspection", "Inspections", [fd("property", "Property", "text", True), fd("date", "Date", "date", True),
        fd("electrician", "Electrician", "person"), fd("result", "Result", "choice", opts=["Satisfactory", "Unsatisfactory"]),
        fd("certificate", "Certificate", "file"), fd("next_due", "Next due", "date")]))
R("en", eicr, "Result can also be 'Further investigation' and please make the certificate compulsory - no cert, no record.",
  [SO("inspection", "result", ["Satisfactory", "Unsatisfactory", "Further investigation"]), SR("inspection", "certificate", True)])
R("en", eicr, "Before a report goes to the landlord someone in the office checks it. I'd like to see who checked it and when.",
  [AF("inspection", "checked by", "person", "reviewed by|checker|office check by|approved by", "text"),
   AF("inspection", "checked on", "date", "check date|reviewed on|date checked|checked at", "datetime")])

water = S("Pool water tests", "Plant room water quality checks.",
    ent("water_test", "Water test", "Water tests", [fd("pool", "Pool", "choice", True, opts=["Main pool", "Teaching pool", "Spa"]),
        fd("tested_at", "Tested at", "datetime", True), fd("tested_by", "Tested by", "person"),
        fd("free_chlorine", "Free chlorine", "decimal"), fd("ph", "pH", "decimal"), fd("notes", "Notes", "text")]))
R("en", water, "we also have to record combined chlorine now, new guidance from the council",
  [AF("water_test", "combined chlorine", "decimal", "combined cl|combined chlorine mg/l|combined")])
R("en", water, "The spa has been closed permanently, please take it out of the pool list.",
  [SO("water_test", "pool", ["Main pool", "Teaching pool"])])

guards = S("Lifeguard rota", "Lifeguards and their shifts.",
    ent("lifeguard", "Lifeguard", "Lifeguards", [fd("name", "Name", "text", True), fd("mobile", "Mobile", "phone"), fd("nplq_expiry", "NPLQ expiry", "date")]),
    ent("shift", "Shift", "Shifts", [fd("date", "Date", "date", True), fd("lifeguard", "Lifeguard", "reference", True, t="lifeguard"),
        fd("start", "Start", "text"), fd("end", "End", "text"), fd("position", "Position", "choice", opts=["High chair", "Deep end", "Shallow end", "Floating"])]))
R("en", guards, "rename Position to Zone. Also we don't want staff mobiles stored in here any more (GDPR), bin that field",
  [RN("shift", "position", "Zone", "Poolside zone|Area"), RF("lifeguard", "mobile")])
R("en", guards, "Hiya - could we log sickness too? Just which lifeguard was off, the date and the reason.",
  [AE("Absence", "Sickness|Sick day|Absence record|Sickness absence", [
      F("date", "date", "day|date off|absence date"),
      F("reason", "text", "cause|sickness reason|why", "long_text")]),
   AR("Absence", "lifeguard")])

lessons = S("Swimming lessons", "Lesson classes and the children in them.",
    ent("class", "Class", "Classes", [fd("day", "Day", "choice", opts=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]),
        fd("time", "Time", "text"), fd("stage", "Stage", "integer"), fd("teacher", "Teacher", "person")]),
    ent("child", "Child", "Children", [fd("name", "Name", "text", True), fd("date_of_birth", "Date of birth", "date"),
        fd("class", "Class", "reference", t="class"), fd("parent_phone", "Parent phone", "phone")]))
R("en", lessons, "Could we record whether we're allowed to take photos of each kid? Gala day is coming up",
  [AF("child", "photo consent", "boolean", "photos allowed|photo permission|can take photos|photography consent", "choice")])
R("en", lessons, "the teacher isn't always one of our staff - sometimes it's a volunteer from the club, so just let us type a name in",
  [CT("class", "teacher", "text")])

orders = S("Customer orders", "Books ordered in for customers.",
    ent("order", "Order", "Orders", [fd("customer_name", "Customer name", "text", True), fd("phone", "Phone", "phone"),
        fd("title", "Title", "text", True), fd("isbn", "ISBN", "text"),
        fd("status", "Status", "choice", opts=["Ordered", "Arrived", "Collected"]), fd("deposit", "Deposit", "money")]))
R("en", orders, "Also track where we ordered it from (Gardners, Bertrams or direct from the publisher)",
  [AF("order", "supplier", "choice", "ordered from|source|wholesaler|ordered via", "text", ["Gardners", "Bertrams", "Direct from publisher"])])
R("en", orders, "hi! could we make the phone number mandatory? we had three books arrive last week and no way to tell anyone",
  [SR("order", "phone", True)])

subs = S("Submissions", "Manuscripts received by the press.",
    ent("submission", "Submission", "Submissions", [fd("title", "Title", "text", True), fd("author_name", "Author name", "text", True),
        fd("genre", "Genre", "choice", opts=["Literary fiction", "Crime", "Poetry", "Non-fiction"]), fd("received", "Received", "date"),
        fd("reader", "Reader", "person"), fd("recommendation", "Recommendation", "choice", opts=["Reject", "Request full", "Acquire"])]))
R("en", subs, "need to attach the sample chapters they send",
  [AF("submission", "sample chapters", "file", "sample|manuscript|attachment|sample file|chapters")])
R("en", subs, "Get rid of genre, nobody fills it in properly. And I'd rather call Recommendation 'Decision'.",
  [RF("submission", "genre"), RN("submission", "recommendation", "Decision", "Outcome|Verdict")])

events = S("Author events", "Events at the shop and who booked.",
    ent("event", "Event", "Events", [fd("name", "Name", "text", True), fd("date", "Date", "datetime", True), fd("author", "Author", "text"),
        fd("capacity", "Capacity", "integer"), fd("ticket_price", "Ticket price", "money")]),
    ent("booking", "Booking", "Bookings", [fd("event", "Event", "reference", True, t="event"), fd("name", "Name", "text", True),
        fd("email", "Email", "email"), fd("tickets", "Tickets", "integer")]))
R("en", events, "Events are free now so ticket price can go. But we want to mark who actually turned up on the night, we get lots of no-shows",
  [RF("event", "ticket_price"), AF("booking", "attended", "boolean", "turned up|showed up|present|attendance|no-show", "choice")])
R("en", events, "bookings need a phone number too",
  [AF("booking", "phone", "phone", "phone number|telephone|mobile")])

members = S("Coworking members", "Members and their plans.",
    ent("member", "Member", "Members", [fd("name", "Name", "text", True), fd("company_name", "Company name", "text"), fd("email", "Email", "email", True),
        fd("plan", "Plan", "choice", opts=["Hot desk", "Dedicated desk", "Private office"]), fd("start_date", "Start date", "date"),
        fd("monthly_rate", "Monthly rate", "money")]))
R("en", members, "We launched a Virtual office plan - add that. And we need the date people leave as well.",
  [SO("member", "plan", ["Hot desk", "Dedicated desk", "Private office", "Virtual office"]),
   AF("member", "end date", "date", "leaving date|left on|leave date|membership end|end|date left")])
R("en", members, "Several members work for the same company, so companies should be their own list (name, VAT number, billing email) with each member linked to one. Then drop the Company name text field.",
  [AE("Company", "Companies|Business|Organisation|Client company", [
      F("name", "text", "company name|business name"),
      F("VAT number", "text", "VAT|VAT no|tax number|VAT ID"),
      F("billing email", "email", "email|invoice email|accounts email")]),
   AR("member", "Company"), RF("member", "company_name")])

rooms = S("Meeting rooms", "Meeting room bookings.",
    ent("room", "Room", "Rooms", [fd("name", "Name", "text", True), fd("capacity", "Capacity", "integer")]),
    ent("booking", "Booking", "Bookings", [fd("room", "Room", "reference", True, t="room"), fd("booked_by", "Booked by", "person"),
        fd("start", "Start", "datetime", True), fd("end", "End", "datetime", True), fd("attendees", "Attendees", "integer")]))
R("en", rooms, "On bookings: catering please - none / tea & coffee / lunch",
  [AF("booking", "catering", "choice", "catering needed|refreshments|food", "", ["None", "Tea & coffee", "Lunch"])])
R("en", rooms, "We're going to start charging outside members for the rooms - each room needs an hourly price.",
  [AF("room", "hourly price", "money", "price per hour|hourly rate|rate|price")])

kit = S("Dive kit", "Rental kit and its servicing.",
    ent("equipment", "Equipment", "Equipment", [fd("item_number", "Item number", "text", True), fd("type", "Type", "choice", opts=["Regulator", "BCD", "Wetsuit", "Computer"]),
        fd("brand", "Brand", "text"), fd("last_service", "Last service", "date"), fd("next_service", "Next service", "date")]),
    ent("rental", "Rental", "Rentals", [fd("equipment", "Equipment", "reference", True, t="equipment"), fd("customer", "Customer", "text"),
        fd("out_date", "Out date", "date"), fd("back_date", "Back date", "date"), fd("price", "Price", "money")]))
R("en", kit, "we've started renting out tanks and dive torches too",
  [SO("equipment", "type", ["Regulator", "BCD", "Wetsuit", "Computer", "Tank", "Torch"])])
R("en", kit, "Rentals are going into the booking system from next month so please delete that part here. Then the app is just for servicing, so add the serial number of each item.",
  [RE("rental"), AF("equipment", "serial number", "text", "serial|S/N|serial no")])

sail = S("Sailing courses", "Course runs and students.",
    ent("course_run", "Course run", "Course runs", [fd("course", "Course", "choice", True, opts=["Competent Crew", "Day Skipper", "Coastal Skipper"]),
        fd("start_date", "Start date", "date", True), fd("end_date", "End date", "date"), fd("instructor", "Instructor", "person"),
        fd("max_students", "Max students", "integer")]),
    ent("student", "Student", "Students", [fd("name", "Name", "text", True), fd("email", "Email", "email"), fd("phone", "Phone", "phone"),
        fd("course_run", "Course run", "reference", t="course_run"), fd("deposit_paid", "Deposit paid", "boolean")]))
R("en", sail, "Max students has to be filled in every time. Also everyone here says skipper, not instructor, can you change the label",
  [SR("course_run", "max_students", True), RN("course_run", "instructor", "Skipper", "Instructor/skipper|Skipper instructor")])
R("en", sail, "We want to see which boat each course is on. For boats: name, number of berths and where she's moored.",
  [AE("Boat", "Yacht|Vessel|Boats", [
      F("name", "text", "boat name|yacht name"),
      F("berths", "integer", "number of berths|bunks|sleeps"),
      F("mooring", "text", "moored at|berth|marina|location|mooring location")]),
   AR("course_run", "Boat")])

# ---------------- French (12) ----------------
devis = S("Devis plomberie", "Suivi des devis envoyés aux clients.",
    ent("client", "Client", "Clients", [fd("nom", "Nom", "text", True), fd("telephone", "Téléphone", "phone"), fd("email", "Email", "email")]),
    ent("devis", "Devis", "Devis", [fd("client", "Client", "reference", True, t="client"), fd("numero", "Numéro", "text", True),
        fd("date", "Date", "date"), fd("montant_ht", "Montant HT", "money"), fd("etat", "État", "choice", opts=["Envoyé", "Accepté", "Refusé"])]))
R("fr", devis, "ajoute « Relancé » dans l'état, et une date de relance",
  [SO("devis", "etat", ["Envoyé", "Relancé", "Accepté", "Refusé"]),
   AF("devis", "date de relance", "date", "relance|relancé le|date relance|follow-up date")])
R("fr", devis, "Bonjour, il faudrait pouvoir joindre le PDF du devis. Merci !",
  [AF("devis", "PDF du devis", "file", "PDF|document|fichier|devis PDF|pièce jointe")])

creneaux = S("Créneaux piscine", "Créneaux réservés par les clubs.",
    ent("creneau", "Créneau", "Créneaux", [fd("jour", "Jour", "choice", True, opts=["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"]),
        fd("heure_debut", "Heure de début", "text"), fd("heure_fin", "Heure de fin", "text"),
        fd("bassin", "Bassin", "choice", opts=["25m", "Apprentissage"]), fd("nom_club", "Nom du club", "text"), fd("nb_lignes", "Nombre de lignes", "integer")]))
R("fr", creneaux, "on a ouvert le bassin nordique extérieur, tu peux l'ajouter ?",
  [SO("creneau", "bassin", ["25m", "Apprentissage", "Nordique extérieur"])])
R("fr", creneaux, "Les clubs devraient être une vraie liste (nom, président, email) et chaque créneau rattaché à un club. Du coup supprime le champ texte « Nom du club ».",
  [AE("Club", "Association|Clubs|Structure", [
      F("nom", "text", "nom du club|name"),
      F("président", "text", "president|responsable|contact", "person"),
      F("email", "email", "mail|e-mail|courriel")]),
   AR("creneau", "Club"), RF("creneau", "nom_club")])

depot = S("Dépôt-vente", "Livres d'auteurs locaux en dépôt.",
    ent("auteur", "Auteur", "Auteurs", [fd("nom", "Nom", "text", True), fd("telephone", "Téléphone", "phone"), fd("email", "Email", "email")]),
    ent("depot", "Dépôt", "Dépôts", [fd("auteur", "Auteur", "reference", True, t="auteur"), fd("titre", "Titre", "text", True),
        fd("prix", "Prix", "money"), fd("quantite_deposee", "Quantité déposée", "integer"), fd("date_depot", "Date de dépôt", "date")]))
R("fr", depot, "il manque combien d'exemplaires on a vendus",
  [AF("depot", "quantité vendue", "integer", "vendus|exemplaires vendus|nombre vendu|ventes|sold")])
R("fr", depot, "renomme « Prix » en « Prix public » stp, les auteurs confondent avec leur part",
  [RN("depot", "prix", "Prix public", "Prix de vente|PVP")])

courrier = S("Domiciliation", "Courrier reçu pour les sociétés domiciliées.",
    ent("societe", "Société", "Sociétés", [fd("raison_sociale", "Raison sociale", "text", True), fd("siret", "SIRET", "text"), fd("email", "Email", "email")]),
    ent("courrier", "Courrier", "Courriers", [fd("date_reception", "Date de réception", "date", True), fd("societe", "Société", "reference", True, t="societe"),
        fd("type", "Type", "choice", opts=["Lettre", "Recommandé", "Colis"]), fd("scanne", "Scanné", "boolean"), fd("recupere_le", "Récupéré le", "date")]))
R("fr", courrier, "en fait pour la réception il nous faut aussi l'heure (pour les recommandés c'est important en cas de litige)",
  [CT("courrier", "date_reception", "datetime")])
R("fr", courrier, "rajoute qui est venu récupérer le courrier stp",
  [AF("courrier", "récupéré par", "text", "retiré par|qui|collecté par|collected by", "person")])

stages = S("Stages voile", "Stages enfants de l'été.",
    ent("stage", "Stage", "Stages", [fd("semaine", "Semaine", "date", True), fd("support", "Support", "choice", opts=["Optimist", "Catamaran", "Planche à voile"]),
        fd("moniteur", "Moniteur", "person"), fd("places", "Places", "integer")]),
    ent("inscription", "Inscription", "Inscriptions", [fd("stage", "Stage", "reference", True, t="stage"), fd("enfant", "Enfant", "text", True),
        fd("age", "Âge", "integer"), fd("telephone", "Téléphone", "phone"), fd("paye", "Payé", "boolean")]))
R("fr", stages, "Pour les inscriptions il faut savoir si l'enfant a passé le test d'aisance aquatique (oui/non), c'est obligatoire pour le catamaran",
  [AF("inscription", "test d'aisance aquatique", "boolean", "aisance aquatique|test natation|sait nager|test de natation", "choice|file")])
R("fr", stages, "l'âge ça sert à rien, il change tout le temps. Enlève-le et mets la date de naissance à la place",
  [RF("inscription", "age"), AF("inscription", "date de naissance", "date", "naissance|né le|date of birth")])

heures = S("Heures chantiers", "Heures pointées par les électriciens.",
    ent("chantier", "Chantier", "Chantiers", [fd("nom", "Nom", "text", True), fd("adresse", "Adresse", "long_text"), fd("client", "Client", "text"),
        fd("budget_heures", "Budget heures", "decimal")]),
    ent("pointage", "Pointage", "Pointages", [fd("electricien", "Électricien", "person", True), fd("chantier", "Chantier", "reference", True, t="chantier"),
        fd("date", "Date", "date", True), fd("heures", "Heures", "decimal"), fd("tache", "Tâche", "text")]))
R("fr", heures, "ajoute les km parcourus pour les frais de déplacement",
  [AF("pointage", "kilomètres parcourus", "decimal", "km|km parcourus|kilomètres|distance|kilometrage", "integer")])
R("fr", heures, "On gère plus les clients ici, enlève le champ client. Par contre il faudrait le statut du chantier : en cours, terminé, facturé.",
  [RF("chantier", "client"), AF("chantier", "statut", "choice", "état|etat|status|avancement", "", ["En cours", "Terminé", "Facturé"])])

# ---------------- Spanish (12) ----------------
avisos = S("Avisos urgentes", "Avisos del servicio de guardia.",
    ent("aviso", "Aviso", "Avisos", [fd("cliente", "Cliente", "text", True), fd("telefono", "Teléfono", "phone"),
        fd("hora_llamada", "Hora de la llamada", "datetime", True), fd("tipo", "Tipo", "choice", opts=["Fuga", "Atasco", "Otro"]),
        fd("fontanero", "Fontanero", "person"), fd("importe", "Importe", "money")]))
R("es", avisos, "añade 'Sin agua caliente' a los tipos y la hora a la que llega el fontanero",
  [SO("aviso", "tipo", ["Fuga", "Atasco", "Sin agua caliente", "Otro"]), AF("aviso", "hora de llegada", "datetime", "llegada|llegó a las|hora llegada")])
R("es", avisos, "El importe tiene que ser obligatorio, que luego a fin de mes no cuadra la caja",
  [SR("aviso", "importe", True)])

abonos = S("Abonos piscina", "Abonados y sus abonos.",
    ent("abonado", "Abonado", "Abonados", [fd("nombre", "Nombre", "text", True), fd("dni", "DNI", "text", True), fd("telefono", "Teléfono", "phone"),
        fd("fecha_nacimiento", "Fecha de nacimiento", "date")]),
    ent("abono", "Abono", "Abonos", [fd("abonado", "Abonado", "reference", True, t="abonado"), fd("tipo", "Tipo", "choice", opts=["Adulto", "Joven", "Jubilado"]),
        fd("fecha_alta", "Fecha de alta", "date"), fd("fecha_caducidad", "Fecha de caducidad", "date"), fd("precio", "Precio", "money")]))
R("es", abonos, "El ayuntamiento ha creado el abono Familiar y el de Discapacidad, añádelos porfa",
  [SO("abono", "tipo", ["Adulto", "Joven", "Jubilado", "Familiar", "Discapacidad"])])
R("es", abonos, "Quiero guardar la foto de cada abonado para el control de acceso. Gracias",
  [AF("abonado", "foto", "file", "fotografía|photo|imagen")])

libros = S("Libros de segunda mano", "Inventario de libros comprados a particulares.",
    ent("libro", "Libro", "Libros", [fd("titulo", "Título", "text", True), fd("autor", "Autor", "text"),
        fd("estado", "Estado", "choice", opts=["Como nuevo", "Bueno", "Aceptable"]), fd("precio_compra", "Precio de compra", "money"),
        fd("precio_venta", "Precio de venta", "money"), fd("vendido", "Vendido", "boolean")]))
R("es", libros, "quita el campo 'vendido' y pon en su lugar la fecha de venta, así sabemos cuándo salió",
  [RF("libro", "vendido"), AF("libro", "fecha de venta", "date", "vendido el|fecha venta|sold on")])
R("es", libros, "añade el isbn",
  [AF("libro", "ISBN", "text", "isbn|código ISBN")])

derechos = S("Derechos de traducción", "Contratos de cesión de derechos.",
    ent("agencia", "Agencia", "Agencias", [fd("nombre", "Nombre", "text", True), fd("contacto", "Contacto", "text"), fd("email", "Email", "email")]),
    ent("contrato", "Contrato", "Contratos", [fd("titulo", "Título", "text", True), fd("autor_original", "Autor original", "text"),
        fd("agencia", "Agencia", "reference", t="agencia"), fd("traductor", "Traductor", "text"), fd("fecha_firma", "Fecha de firma", "date"),
        fd("anticipo", "Anticipo", "money")]))
R("es", derechos, "Necesito apuntar el porcentaje de royalties de cada contrato",
  [AF("contrato", "porcentaje de royalties", "decimal", "royalties|regalías|% royalties|porcentaje", "integer")])
R("es", derechos, "Cambia la etiqueta 'Traductor' a 'Traductor/a' y que sea obligatorio, que se nos olvida",
  [RN("contrato", "traductor", "Traductor/a", "Traductora|Translator"), SR("contrato", "traductor", True)])

eventos = S("Eventos coworking", "Eventos del espacio e inscripciones.",
    ent("evento", "Evento", "Eventos", [fd("nombre", "Nombre", "text", True), fd("tipo", "Tipo", "choice", opts=["Afterwork", "Taller", "Charla"]),
        fd("fecha", "Fecha", "datetime", True), fd("aforo", "Aforo", "integer")]),
    ent("inscripcion", "Inscripción", "Inscripciones", [fd("evento", "Evento", "reference", True, t="evento"), fd("nombre", "Nombre", "text", True),
        fd("email", "Email", "email")]))
R("es", eventos, "en las inscripciones quiero saber si la persona es miembro del coworking o no",
  [AF("inscripcion", "es miembro", "boolean", "miembro|socio|member", "choice")])
R("es", eventos, "Ya no hacemos afterworks. Deja solo talleres y charlas y añade Networking.",
  [SO("evento", "tipo", ["Taller", "Charla", "Networking"])])

buceo = S("Certificaciones buceo", "Cursos y certificaciones de los alumnos.",
    ent("alumno", "Alumno", "Alumnos", [fd("nombre", "Nombre", "text", True), fd("email", "Email", "email"), fd("fecha_nacimiento", "Fecha de nacimiento", "date")]),
    ent("certificacion", "Certificación", "Certificaciones", [fd("alumno", "Alumno", "reference", True, t="alumno"),
        fd("curso", "Curso", "choice", True, opts=["Open Water", "Advanced", "Rescue", "Divemaster"]), fd("instructor", "Instructor", "person"),
        fd("fecha_certificacion", "Fecha de certificación", "date"), fd("numero_certificado", "Número de certificado", "text", True)]))
R("es", buceo, "Hola! El número de certificado a veces tarda semanas en llegar de PADI, así que no puede ser obligatorio",
  [SR("certificacion", "numero_certificado", False)])
R("es", buceo, "para los alumnos falta un contacto de emergencia, que en el barco nunca se sabe",
  [AF("alumno", "contacto de emergencia", "text", "emergencia|contacto emergencia|emergency contact|persona de contacto", "long_text|phone")])

# ---------------- German (12) ----------------
dguv = S("Geräteprüfung", "DGUV V3 Prüfungen ortsveränderlicher Geräte.",
    ent("geraet", "Gerät", "Geräte", [fd("inventarnummer", "Inventarnummer", "text", True), fd("bezeichnung", "Bezeichnung", "text"),
        fd("standort", "Standort", "text"), fd("schutzklasse", "Schutzklasse", "choice", opts=["I", "II", "III"])]),
    ent("pruefung", "Prüfung", "Prüfungen", [fd("geraet", "Gerät", "reference", True, t="geraet"), fd("datum", "Datum", "date", True),
        fd("pruefer", "Prüfer", "person"), fd("bestanden", "Bestanden", "boolean"), fd("protokoll", "Protokoll", "file")]))
R("de", dguv, "Bitte bei der Prüfung noch die Messwerte Schutzleiterwiderstand und Isolationswiderstand",
  [AF("pruefung", "Schutzleiterwiderstand", "decimal", "RPE|Schutzleiter|protective conductor resistance"),
   AF("pruefung", "Isolationswiderstand", "decimal", "RISO|Isolation|insulation resistance")])
R("de", dguv, "Standort bitte in 'Raum' umbenennen, das sagen unsere Kunden so.",
  [RN("geraet", "standort", "Raum", "Raumnummer|Room")])

wartung = S("Wartungsverträge", "Wartungsverträge Heizung und Sanitär.",
    ent("vertrag", "Vertrag", "Verträge", [fd("kunde", "Kunde", "text", True), fd("anlage", "Anlage", "choice", opts=["Gastherme", "Ölheizung", "Wärmepumpe"]),
        fd("pauschale", "Pauschale", "money"), fd("beginn", "Vertragsbeginn", "date"), fd("wartungsmonat", "Wartungsmonat", "text")]))
R("de", wartung, "Pelletheizung fehlt noch bei den Anlagen",
  [SO("vertrag", "anlage", ["Gastherme", "Ölheizung", "Wärmepumpe", "Pelletheizung"])])
R("de", wartung, "Hallo, wir wollen auch die einzelnen Wartungen festhalten: wann, welcher Monteur und was er festgestellt hat – jeweils zu einem Vertrag.",
  [AE("Wartung", "Wartungseinsatz|Wartungsbericht|Einsatz|Wartungen", [
      F("Datum", "date", "wann|Wartungsdatum|durchgeführt am"),
      F("Monteur", "person", "Techniker|Installateur|durchgeführt von", "text"),
      F("Befund", "long_text", "Feststellungen|festgestellt|Ergebnis|Bericht", "text")]),
   AR("Wartung", "vertrag")])

kurse = S("Schwimmkurse", "Kurse im Hallenbad und Anmeldungen.",
    ent("kurs", "Kurs", "Kurse", [fd("name", "Name", "text", True), fd("kursleiter", "Kursleiter", "person"),
        fd("wochentag", "Wochentag", "choice", opts=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]), fd("uhrzeit", "Uhrzeit", "text"),
        fd("preis", "Preis", "money")]),
    ent("anmeldung", "Anmeldung", "Anmeldungen", [fd("kurs", "Kurs", "reference", True, t="kurs"), fd("name", "Name", "text", True),
        fd("telefon", "Telefon", "phone"), fd("bezahlt", "Bezahlt", "boolean")]))
R("de", kurse, "Bei der Anmeldung fehlt, ob jemand nur auf der Warteliste steht",
  [AF("anmeldung", "Warteliste", "boolean", "auf Warteliste|Wartelistenplatz|waitlist", "choice")])
R("de", kurse, "Die Kursleiter sind manchmal Externe, also lieber ein normales Textfeld. Und beim Kurs die maximale Teilnehmerzahl ergänzen.",
  [CT("kurs", "kursleiter", "text"), AF("kurs", "max. Teilnehmer", "integer", "maximale Teilnehmerzahl|Teilnehmerzahl|Plätze|Kapazität|max Teilnehmer")])

remi = S("Remissionen", "Rücksendungen an Verlage.",
    ent("verlag", "Verlag", "Verlage", [fd("name", "Name", "text", True), fd("email", "E-Mail", "email")]),
    ent("remission", "Remission", "Remissionen", [fd("verlag", "Verlag", "reference", True, t="verlag"), fd("datum", "Datum", "date", True),
        fd("remissionsnummer", "Remissionsnummer", "text"), fd("pakete", "Pakete", "integer"), fd("versandkosten", "Versandkosten", "money"),
        fd("gutschrift", "Gutschrift", "money")]))
R("de", remi, "Versandkosten brauchen wir nicht mehr, die übernimmt jetzt der Verlag. Stattdessen bitte das Datum der Gutschrift.",
  [RF("remission", "versandkosten"), AF("remission", "Gutschriftsdatum", "date", "Datum der Gutschrift|Gutschrift erhalten am|gutgeschrieben am|Gutschrift Datum")])
R("de", remi, "die verlagsliste brauchen wir nicht mehr und das verlag-feld bei den remissionen auch nicht, läuft jetzt alles über den grossisten",
  [RE("verlag"), RF("remission", "verlag")])

karten = S("Zugangskarten", "Zugangskarten der Coworking-Mitglieder.",
    ent("mitglied", "Mitglied", "Mitglieder", [fd("name", "Name", "text", True), fd("firma", "Firma", "text"), fd("email", "E-Mail", "email")]),
    ent("karte", "Zugangskarte", "Zugangskarten", [fd("kartennummer", "Kartennummer", "text"), fd("mitglied", "Mitglied", "reference", t="mitglied"),
        fd("ausgegeben_am", "Ausgegeben am", "date"), fd("pfand", "Pfand bezahlt", "boolean"), fd("gesperrt", "Gesperrt", "boolean")]))
R("de", karten, "Füg bitte hinzu, zu welchen Bereichen die Karte Zugang hat: Haupteingang, Fahrradkeller, Dachterrasse (oft mehrere)",
  [AF("karte", "Zugang zu", "multi_choice", "Zugang|Bereiche|Zugangsbereiche|Zutritt|access areas", "", ["Haupteingang", "Fahrradkeller", "Dachterrasse"])])
R("de", karten, "Kartennummer ist ab jetzt Pflicht.",
  [SR("karte", "kartennummer", True)])

fuell = S("Füllbuch", "Flaschenfüllungen der Tauchbasis.",
    ent("flasche", "Flasche", "Flaschen", [fd("nummer", "Nummer", "text", True), fd("volumen", "Volumen", "decimal"), fd("tuev", "Nächste TÜV-Prüfung", "date")]),
    ent("fuellung", "Füllung", "Füllungen", [fd("flasche", "Flasche", "reference", True, t="flasche"), fd("zeitpunkt", "Zeitpunkt", "datetime", True),
        fd("gas", "Gas", "choice", opts=["Luft", "Nitrox 32"]), fd("druck", "Fülldruck", "integer"), fd("gefuellt_von", "Gefüllt von", "person")]))
R("de", fuell, "Nitrox 36 und Trimix kommen dazu.",
  [SO("fuellung", "gas", ["Luft", "Nitrox 32", "Nitrox 36", "Trimix"])])
R("de", fuell, "Na ja, wer gefüllt hat interessiert eigentlich keinen. Raus damit.",
  [RF("fuellung", "gefuellt_von")])

assert len(rows) == 60, len(rows)
from collections import Counter
print(Counter(r["lang"] for r in rows))
print(Counter(o["op"] for r in rows for o in r["expect"]))
print("multi-op:", sum(len(r["expect"]) > 1 for r in rows))
write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl"), rows)
