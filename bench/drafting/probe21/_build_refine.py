import json, os, copy
HERE = os.path.dirname(os.path.abspath(__file__))

def A(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []

def fd(key, label, type, req=False, opts=None, target=None, unique=False):
    f = {"key": key, "label": label, "type": type}
    if req: f["required"] = True
    if unique: f["unique"] = True
    if opts is not None: f["options"] = opts
    if target: f["target"] = target
    return f

def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}

def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def AF(e, name, aliases, type, alt="", options=None):
    o = {"op": "add_field", "entity": e, "name": name, "aliases": A(aliases), "type": type, "alt_types": A(alt)}
    if options is not None: o["options"] = options
    return o
def RF(e, f): return {"op": "remove_field", "entity": e, "field": f}
def RN(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": A(aliases)}
def CT(e, f, type, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": type, "alt_types": A(alt)}
def SR(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def SO(e, f, options): return {"op": "set_options", "entity": e, "field": f, "options": options}
def GF(name, aliases, type, alt="", options=None):
    g = {"name": name, "aliases": A(aliases), "type": type, "alt_types": A(alt)}
    if options is not None: g["options"] = options
    return g
def AE(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": A(aliases), "fields": list(fields)}
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}

KEEP = {"en": "all other fields and entities unchanged"}
cases = []
def C(id, lang, sp, request, *ops):
    cases.append({"id": id, "lang": lang, "spec": copy.deepcopy(sp), "request": request, "expect": list(ops),
                  "keep": "all other fields and entities unchanged"})

# ================= English base specs =================
EXT = spec("Extinguisher servicing", "Sites and the extinguishers we service there.",
    ent("site", "Site", "Sites",
        fd("name", "Site name", "text", req=True),
        fd("address", "Address", "long_text"),
        fd("contact_phone", "Contact phone", "phone")),
    ent("extinguisher", "Extinguisher", "Extinguishers",
        fd("site", "Site", "reference", req=True, target="site"),
        fd("serial_number", "Serial number", "text", unique=True),
        fd("ext_type", "Type", "choice", opts=["Water", "Foam", "CO2", "Powder"]),
        fd("location", "Location in building", "text"),
        fd("last_serviced", "Last serviced", "date"),
        fd("next_due", "Next service due", "date")))

TEMP = spec("Fridge temperature log", "Twice-daily fridge and freezer checks in the school kitchen.",
    ent("unit", "Unit", "Units",
        fd("name", "Name", "text", req=True),
        fd("unit_type", "Type", "choice", opts=["Fridge", "Freezer"]),
        fd("location", "Location", "text")),
    ent("reading", "Reading", "Readings",
        fd("unit", "Unit", "reference", req=True, target="unit"),
        fd("taken_at", "Taken at", "datetime", req=True),
        fd("temperature", "Temperature (°C)", "decimal", req=True),
        fd("taken_by", "Taken by", "person"),
        fd("action_taken", "Action taken", "long_text")))

ROTA = spec("Volunteer rota", "Hospice volunteer shifts.",
    ent("volunteer", "Volunteer", "Volunteers",
        fd("full_name", "Full name", "text", req=True),
        fd("phone", "Phone", "phone"),
        fd("email", "Email", "email"),
        fd("dbs_date", "DBS check date", "date")),
    ent("shift", "Shift", "Shifts",
        fd("volunteer", "Volunteer", "reference", target="volunteer"),
        fd("shift_date", "Date", "date", req=True),
        fd("role", "Role", "choice", opts=["Ward befriending", "Reception", "Driving"]),
        fd("hours", "Hours", "decimal"),
        fd("notes", "Notes", "long_text")))

JOBS = spec("Survey jobs", "Land survey jobs from quote to invoice.",
    ent("job", "Job", "Jobs",
        fd("job_number", "Job number", "text", req=True, unique=True),
        fd("client", "Client", "text", req=True),
        fd("site_address", "Site address", "long_text"),
        fd("job_type", "Job type", "choice", opts=["Topographic", "Boundary", "Setting out"]),
        fd("fee", "Quoted fee", "money"),
        fd("status", "Status", "choice", opts=["Quoted", "Booked", "Fieldwork done", "Drawn", "Invoiced"])))

KIT = spec("Survey equipment", "Instrument register and bookings.",
    ent("instrument", "Instrument", "Instruments",
        fd("serial", "Serial no", "text", req=True, unique=True),
        fd("make_model", "Make and model", "text"),
        fd("category", "Category", "choice", opts=["Total station", "GNSS", "Level"]),
        fd("calibration_due", "Calibration due", "date")),
    ent("booking", "Booking", "Bookings",
        fd("instrument", "Instrument", "reference", req=True, target="instrument"),
        fd("booked_by", "Booked by", "person"),
        fd("out_date", "Out date", "date"),
        fd("due_back", "Due back", "date"),
        fd("returned", "Returned", "boolean")))

HIRE = spec("Costume hire", "Costume hires for the shop.",
    ent("costume", "Costume", "Costumes",
        fd("name", "Name", "text", req=True),
        fd("size", "Size", "choice", opts=["Small", "Medium", "Large", "XL"]),
        fd("price_per_night", "Price per night", "money"),
        fd("photo", "Photo", "file")),
    ent("hire", "Hire", "Hires",
        fd("costume", "Costume", "reference", req=True, target="costume"),
        fd("customer_name", "Customer name", "text", req=True),
        fd("customer_phone", "Customer phone", "phone"),
        fd("pickup_date", "Pickup date", "date"),
        fd("return_date", "Return date", "date"),
        fd("deposit", "Deposit", "money")))

ALLERGY = spec("Pupil allergies", "Allergy register for the canteen.",
    ent("pupil", "Pupil", "Pupils",
        fd("name", "Name", "text", req=True),
        fd("class_name", "Class", "text"),
        fd("allergies", "Allergies", "multi_choice", opts=["Nuts", "Dairy", "Gluten", "Egg"]),
        fd("epipen", "EpiPen", "boolean"),
        fd("parent_phone", "Parent phone", "phone")))

# ---- English cases (24) ----
C("h37r01", "en", EXT, "can we also record the pressure gauge reading on each extinguisher? it's a number in bar",
  AF("extinguisher", "pressure", "pressure gauge reading|gauge reading|pressure (bar)|bar", "decimal", "integer"))
C("h37r02", "en", EXT, "Add Wet chemical to the extinguisher types please, and we need the size (kg or litres) too",
  SO("extinguisher", "ext_type", ["Water", "Foam", "CO2", "Powder", "Wet chemical"]),
  AF("extinguisher", "size", "capacity|size (kg/l)|weight|volume", "text", "decimal|choice", None))
C("h37r03", "en", EXT, "Morning! Techs keep forgetting to fill in the next due date so make it compulsory. Thanks",
  SR("extinguisher", "next_due"))
C("h37r04", "en", EXT, "I also need to know who serviced it last and attach the service label photo",
  AF("extinguisher", "serviced by", "last serviced by|technician|engineer|tech", "person", "text"),
  AF("extinguisher", "label photo", "service label photo|photo|service label|label", "file"))
C("h37r05", "en", TEMP, "the Type should also allow Chiller and Hot hold cabinet",
  SO("unit", "unit_type", ["Fridge", "Freezer", "Chiller", "Hot hold cabinet"]))
C("h37r06", "en", TEMP, "we have 4 kitchens now so units need to belong to a kitchen. a kitchen just has a name and the school it's at. and drop the location field on units, the kitchen replaces it",
  AE("Kitchen", "kitchens|site|school kitchen",
     GF("name", "kitchen name", "text"),
     GF("school", "school name|site", "text")),
  AR("unit", "Kitchen"),
  RF("unit", "location"))
C("h37r07", "en", TEMP, "Please add a tick box for whether the reading was within the safe range",
  AF("reading", "within range", "in range|within safe range|ok|safe|pass", "boolean", "choice"))
C("h37r08", "en", TEMP, "rename 'Action taken' to 'Corrective action' - that's the wording the EHO uses",
  RN("reading", "action_taken", "Corrective action", "corrective action taken"))
C("h37r09", "en", ROTA, "need emergency contact name + number for each volunteer",
  AF("volunteer", "emergency contact name", "emergency contact|next of kin|ice contact", "text"),
  AF("volunteer", "emergency contact phone", "emergency contact number|emergency phone|next of kin phone|ice number", "phone"))
C("h37r10", "en", ROTA, "Hi, we stopped using hours, shifts are fixed half days now. Could you replace hours with a Morning/Afternoon/Evening choice instead?",
  RF("shift", "hours"),
  AF("shift", "session", "half day|slot|time of day|period|part of day", "choice", "", ["Morning", "Afternoon", "Evening"]))
C("h37r11", "en", ROTA, "every shift must have a volunteer, no gaps",
  SR("shift", "volunteer"))
C("h37r12", "en", ROTA, "Add Day therapy and Fundraising to roles. Also the DBS date - can it be 'DBS issued on'? people confuse it with when we checked it",
  SO("shift", "role", ["Ward befriending", "Reception", "Driving", "Day therapy", "Fundraising"]),
  RN("volunteer", "dbs_date", "DBS issued on", "DBS issue date|DBS issued"))
C("h37r13", "en", JOBS, "Jobs also need the date the drawings are promised to the client",
  AF("job", "drawings due", "drawings promised|due date|delivery date|promised date|deadline", "date"))
C("h37r14", "en", JOBS, "client should be a proper list of clients not typed in each time - clients have a company name, contact email and phone",
  AE("Client", "clients|customer|customers",
     GF("company name", "name|company|client name", "text"),
     GF("contact email", "email|email address", "email"),
     GF("phone", "phone number|contact phone|telephone", "phone")),
  CT("job", "client", "reference"),
  AR("job", "Client"))
C("h37r15", "en", JOBS, "we do measured building surveys and drone surveys too",
  SO("job", "job_type", ["Topographic", "Boundary", "Setting out", "Measured building", "Drone"]))
C("h37r16", "en", JOBS, "Fee should be a whole number of pounds? no actually leave it. But get rid of the site address, we keep that in the CAD files",
  RF("job", "site_address"))
C("h37r17", "en", KIT, "I also want to know who signed it back in and what condition it came back in (ok / damaged / needs calibration)",
  AF("booking", "checked in by", "signed in by|returned by|received by|signed back in by", "person", "text"),
  AF("booking", "return condition", "condition|condition on return|state", "choice", "", ["OK", "Damaged", "Needs calibration"]))
C("h37r18", "en", KIT, "Returned should be the actual date it came back, not just a yes/no",
  CT("booking", "returned", "date", "datetime"))
C("h37r19", "en", KIT, "we bought a laser scanner and a drone last month, they need to go in the register too",
  SO("instrument", "category", ["Total station", "GNSS", "Level", "Laser scanner", "Drone"]))
C("h37r20", "en", HIRE, "We're keeping proper customer records now (name, phone, email, ID checked). Link hires to a customer and remove the name and phone columns from hires",
  AE("Customer", "customers|client|hirer",
     GF("name", "customer name|full name", "text"),
     GF("phone", "phone number|mobile", "phone"),
     GF("email", "email address", "email"),
     GF("ID checked", "id verified|id|identity checked", "boolean")),
  AR("hire", "Customer"),
  RF("hire", "customer_name"),
  RF("hire", "customer_phone"))
C("h37r21", "en", HIRE, "add kids sizes and XXL",
  SO("costume", "size", ["Small", "Medium", "Large", "XL", "XXL", "Kids"]))
C("h37r22", "en", HIRE, "hiya - can hires have a status? Booked, Collected, Returned, Overdue. and track any damage charge",
  AF("hire", "status", "hire status|state|stage", "choice", "", ["Booked", "Collected", "Returned", "Overdue"]),
  AF("hire", "damage charge", "damage fee|damage cost|charge|damages", "money"))
C("h37r23", "en", ALLERGY, "Allergies list is missing sesame, fish and mustard. And I need to upload the care plan",
  SO("pupil", "allergies", ["Nuts", "Dairy", "Gluten", "Egg", "Sesame", "Fish", "Mustard"]),
  AF("pupil", "care plan", "care plan document|healthcare plan|plan|document", "file"))
C("h37r24", "en", ALLERGY, "the class should be a dropdown: Reception, Year 1, Year 2, Year 3, Year 4, Year 5, Year 6",
  CT("pupil", "class_name", "choice"),
  SO("pupil", "class_name", ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]))

# ================= French =================
VERIF = spec("Vérifications extincteurs", "Suivi des vérifications annuelles chez les clients.",
    ent("client", "Client", "Clients",
        fd("nom", "Nom", "text", req=True),
        fd("adresse", "Adresse", "long_text"),
        fd("telephone", "Téléphone", "phone")),
    ent("verification", "Vérification", "Vérifications",
        fd("client", "Client", "reference", req=True, target="client"),
        fd("date_visite", "Date de visite", "date", req=True),
        fd("technicien", "Technicien", "person"),
        fd("nb_extincteurs", "Nombre d'extincteurs", "integer"),
        fd("resultat", "Résultat", "choice", opts=["Conforme", "Non conforme"])))
CANTINE = spec("Commandes cantine", "Commandes de repas par classe.",
    ent("classe", "Classe", "Classes",
        fd("nom", "Nom", "text", req=True),
        fd("niveau", "Niveau", "choice", opts=["CP", "CE1", "CE2", "CM1", "CM2"]),
        fd("enseignant", "Enseignant", "person")),
    ent("commande", "Commande", "Commandes",
        fd("classe", "Classe", "reference", req=True, target="classe"),
        fd("date_repas", "Date", "date", req=True),
        fd("nb_standard", "Repas standard", "integer"),
        fd("nb_vegetarien", "Repas végétariens", "integer")))
BENEV = spec("Bénévoles soins palliatifs", "Registre des bénévoles d'accompagnement.",
    ent("benevole", "Bénévole", "Bénévoles",
        fd("nom", "Nom", "text", req=True),
        fd("prenom", "Prénom", "text"),
        fd("telephone", "Téléphone", "phone"),
        fd("date_formation", "Date de formation", "date"),
        fd("actif", "Actif", "boolean")))
DEGUIS = spec("Location de déguisements", "Réservations de costumes.",
    ent("costume", "Costume", "Costumes",
        fd("reference", "Référence", "text", req=True, unique=True),
        fd("nom", "Nom", "text"),
        fd("taille", "Taille", "text"),
        fd("prix", "Prix de location", "money")),
    ent("reservation", "Réservation", "Réservations",
        fd("costume", "Costume", "reference", req=True, target="costume"),
        fd("client", "Client", "text"),
        fd("date_retrait", "Date de retrait", "date"),
        fd("date_retour", "Date de retour", "date"),
        fd("etat_retour", "État au retour", "choice", opts=["Bon", "À nettoyer", "Abîmé"])))

C("h37r25", "fr", VERIF, "ajoute le numéro de rapport et le rapport en PDF sur chaque vérification",
  AF("verification", "numéro de rapport", "n° de rapport|référence du rapport|report number|numéro", "text"),
  AF("verification", "rapport", "rapport pdf|pdf|document|report", "file"))
C("h37r26", "fr", VERIF, "Bonjour, pour le résultat il faudrait aussi « Conforme avec réserves ». Merci d'avance",
  SO("verification", "resultat", ["Conforme", "Non conforme", "Conforme avec réserves"]))
C("h37r27", "fr", VERIF, "le technicien doit être obligatoire",
  SR("verification", "technicien"))
C("h37r28", "fr", CANTINE, "il manque les repas sans porc et les PAI dans les commandes",
  AF("commande", "repas sans porc", "sans porc|nb sans porc|nombre sans porc|pork-free meals", "integer"),
  AF("commande", "repas PAI", "PAI|nb PAI|nombre PAI", "integer"))
C("h37r29", "fr", CANTINE, "on a aussi des classes de maternelle : PS, MS et GS",
  SO("classe", "niveau", ["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"]))
C("h37r30", "fr", CANTINE, "Renommer « Repas standard » en « Repas classiques » svp",
  RN("commande", "nb_standard", "Repas classiques", "classiques|nb classiques"))
C("h37r31", "fr", BENEV, "je voudrais noter les disponibilités de chaque bénévole (jours de la semaine) et la date de signature de la charte",
  AF("benevole", "disponibilités", "disponibilites|jours disponibles|jours|availability", "multi_choice", "long_text|text",
     ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]),
  AF("benevole", "date de signature de la charte", "signature de la charte|charte signée le|charte|charter signed", "date"))
C("h37r32", "fr", BENEV, "Il faut pouvoir suivre les accompagnements : quel bénévole, le patient (initiales seulement), date de début, date de fin",
  AE("Accompagnement", "accompagnements|suivi|visite",
     GF("patient", "initiales|initiales du patient|patient initials", "text"),
     GF("date de début", "début|date debut|start date", "date"),
     GF("date de fin", "fin|end date", "date")),
  AR("Accompagnement", "benevole"))
C("h37r33", "fr", BENEV, "« Actif » devrait être un statut : Actif, En pause, Parti",
  CT("benevole", "actif", "choice"),
  SO("benevole", "actif", ["Actif", "En pause", "Parti"]))
C("h37r34", "fr", DEGUIS, "la taille en liste déroulante : 36, 38, 40, 42, 44, Enfant",
  CT("costume", "taille", "choice"),
  SO("costume", "taille", ["36", "38", "40", "42", "44", "Enfant"]))
C("h37r35", "fr", DEGUIS, "Ajoutez la caution (montant) et si elle a été rendue. Et « Perdu » dans l'état au retour.",
  AF("reservation", "caution", "montant de la caution|dépôt de garantie|deposit", "money"),
  AF("reservation", "caution rendue", "caution restituée|rendue|deposit returned|caution rendue ?", "boolean"),
  SO("reservation", "etat_retour", ["Bon", "À nettoyer", "Abîmé", "Perdu"]))
C("h37r36", "fr", DEGUIS, "salut, on met plus le prix sur les costumes, c'est au forfait maintenant. tu peux l'enlever ?",
  RF("costume", "prix"))

# ================= Spanish =================
REV = spec("Revisiones de alarmas", "Mantenimiento de centrales de alarma contra incendios.",
    ent("central", "Central", "Centrales",
        fd("modelo", "Modelo", "text"),
        fd("numero_serie", "Número de serie", "text", req=True, unique=True),
        fd("edificio", "Edificio", "text")),
    ent("revision", "Revisión", "Revisiones",
        fd("central", "Central", "reference", req=True, target="central"),
        fd("fecha", "Fecha", "date", req=True),
        fd("tecnico", "Técnico", "person"),
        fd("resultado", "Resultado", "choice", opts=["Correcto", "Con incidencias"]),
        fd("observaciones", "Observaciones", "long_text")))
COMEDOR = spec("Comedor escolar", "Altas y bajas del comedor.",
    ent("alumno", "Alumno", "Alumnos",
        fd("nombre", "Nombre", "text", req=True),
        fd("curso", "Curso", "text"),
        fd("alergias", "Alergias", "long_text")),
    ent("movimiento", "Movimiento", "Movimientos",
        fd("alumno", "Alumno", "reference", req=True, target="alumno"),
        fd("tipo", "Tipo", "choice", opts=["Alta", "Baja"]),
        fd("fecha_desde", "Fecha desde", "date"),
        fd("motivo", "Motivo", "text")))
VOLES = spec("Voluntariado paliativos", "Formación de voluntarios del hospice.",
    ent("voluntario", "Voluntario", "Voluntarios",
        fd("nombre", "Nombre", "text", req=True),
        fd("telefono", "Teléfono", "phone"),
        fd("fecha_alta", "Fecha de alta", "date")),
    ent("curso", "Curso", "Cursos",
        fd("titulo", "Título", "text", req=True),
        fd("fecha", "Fecha", "date"),
        fd("horas", "Horas", "integer"),
        fd("formador", "Formador", "text")))
TOPO = spec("Levantamientos", "Control de levantamientos topográficos.",
    ent("levantamiento", "Levantamiento", "Levantamientos",
        fd("proyecto", "Proyecto", "text", req=True),
        fd("fecha", "Fecha", "date"),
        fd("equipo", "Equipo usado", "choice", opts=["Estación total", "GPS"]),
        fd("operador", "Operador", "person"),
        fd("fichero", "Fichero de puntos", "file")))

C("h37r37", "es", REV, "añade el informe en pdf a cada revisión",
  AF("revision", "informe", "informe pdf|pdf|documento|report", "file"))
C("h37r38", "es", REV, "Hola! En resultado falta 'Fuera de servicio'. Y el técnico tiene que ser obligatorio, gracias",
  SO("revision", "resultado", ["Correcto", "Con incidencias", "Fuera de servicio"]),
  SR("revision", "tecnico"))
C("h37r39", "es", REV, "los edificios deberían ser una lista aparte con nombre, dirección y persona de contacto, y cada central pertenece a un edificio",
  AE("Edificio", "edificios|inmueble|building|sitio",
     GF("nombre", "nombre del edificio|name", "text"),
     GF("dirección", "direccion|address", "long_text", "text"),
     GF("persona de contacto", "contacto|responsable|contact", "text", "person")),
  CT("central", "edificio", "reference"),
  AR("central", "Edificio"))
C("h37r40", "es", REV, "cambia 'Observaciones' por 'Incidencias detectadas'",
  RN("revision", "observaciones", "Incidencias detectadas", "incidencias"))
C("h37r41", "es", COMEDOR, "Falta la fecha hasta en los movimientos, y un tipo más: Día suelto",
  AF("movimiento", "fecha hasta", "hasta|fecha fin|fecha de fin|end date", "date"),
  SO("movimiento", "tipo", ["Alta", "Baja", "Día suelto"]))
C("h37r42", "es", COMEDOR, "necesito saber si cada movimiento se cobra o no",
  AF("movimiento", "se cobra", "cobrar|cobrado|facturable|charged", "boolean"))
C("h37r43", "es", COMEDOR, "las alergias mejor como opciones marcables: gluten, lactosa, huevo, frutos secos, pescado, marisco",
  CT("alumno", "alergias", "multi_choice"),
  SO("alumno", "alergias", ["Gluten", "Lactosa", "Huevo", "Frutos secos", "Pescado", "Marisco"]))
C("h37r44", "es", VOLES, "quiero apuntar quién se inscribe a cada curso y si asistió",
  AE("Inscripción", "inscripcion|inscripciones|matrícula|enrolment",
     GF("asistió", "asistio|asistencia|attended", "boolean")),
  AR("Inscripción", "voluntario"),
  AR("Inscripción", "curso"))
C("h37r45", "es", VOLES, "las horas pueden ser 1,5 o 2,5 así que tienen que admitir decimales",
  CT("curso", "horas", "decimal"))
C("h37r46", "es", VOLES, "Buenas, añadid el email del voluntario porfa, que ahora mandamos las convocatorias por correo",
  AF("voluntario", "email", "correo|correo electrónico|e-mail", "email"))
C("h37r47", "es", TOPO, "añade Dron y Nivel al equipo usado, y el sistema de coordenadas (ETRS89, WGS84 o local)",
  SO("levantamiento", "equipo", ["Estación total", "GPS", "Dron", "Nivel"]),
  AF("levantamiento", "sistema de coordenadas", "sistema de referencia|coordenadas|crs|coordinate system", "choice", "",
     ["ETRS89", "WGS84", "Local"]))
C("h37r48", "es", TOPO, "ya no guardamos el fichero aquí, quítalo",
  RF("levantamiento", "fichero"))

# ================= German =================
RM = spec("Rauchmelderwartung", "Jährliche Prüfung der Rauchmelder in Mietwohnungen.",
    ent("wohnung", "Wohnung", "Wohnungen",
        fd("adresse", "Adresse", "text", req=True),
        fd("wohnungsnr", "Wohnungsnr.", "text"),
        fd("mieter", "Mieter", "text"),
        fd("anzahl_melder", "Anzahl Melder", "integer")),
    ent("pruefung", "Prüfung", "Prüfungen",
        fd("wohnung", "Wohnung", "reference", req=True, target="wohnung"),
        fd("datum", "Datum", "date", req=True),
        fd("pruefer", "Prüfer", "person"),
        fd("ergebnis", "Ergebnis", "choice", opts=["i.O.", "Mangel"])))
MENSA = spec("Mensa-Abrechnung", "Monatliche Essensabrechnung pro Kind.",
    ent("kind", "Kind", "Kinder",
        fd("name", "Name", "text", req=True),
        fd("klasse", "Klasse", "text"),
        fd("eltern_email", "E-Mail Eltern", "email")),
    ent("abrechnung", "Abrechnung", "Abrechnungen",
        fd("kind", "Kind", "reference", req=True, target="kind"),
        fd("monat", "Monat", "date"),
        fd("anzahl_essen", "Anzahl Essen", "integer"),
        fd("betrag", "Betrag", "money"),
        fd("bezahlt", "Bezahlt", "boolean")))
HOSPIZ = spec("Hospizbegleitungen", "Ehrenamtliche und ihre Begleitungen.",
    ent("ehrenamtliche", "Ehrenamtliche", "Ehrenamtliche",
        fd("name", "Name", "text", req=True),
        fd("telefon", "Telefon", "phone"),
        fd("kurs_abgeschlossen", "Befähigungskurs abgeschlossen", "boolean")),
    ent("begleitung", "Begleitung", "Begleitungen",
        fd("patient", "Patient (Initialen)", "text", req=True),
        fd("beginn", "Beginn", "date"),
        fd("ende", "Ende", "date"),
        fd("ehrenamtliche", "Ehrenamtliche", "reference", target="ehrenamtliche")))
KOST = spec("Kostümverleih", "Verleih von Faschingskostümen.",
    ent("kostuem", "Kostüm", "Kostüme",
        fd("artikelnr", "Artikelnr.", "text", req=True, unique=True),
        fd("name", "Name", "text"),
        fd("groesse", "Größe", "choice", opts=["36/38", "40/42", "44/46"]),
        fd("leihpreis", "Leihpreis pro Tag", "money")),
    ent("verleih", "Verleih", "Verleihe",
        fd("kostuem", "Kostüm", "reference", req=True, target="kostuem"),
        fd("kunde", "Kunde", "text"),
        fd("ausgeliehen_am", "Ausgeliehen am", "date"),
        fd("rueckgabe_bis", "Rückgabe bis", "date"),
        fd("zurueck", "Zurück", "boolean")))

C("h37r49", "de", RM, "bitte noch ein Foto vom Prüfprotokoll an jede Prüfung",
  AF("pruefung", "Foto Prüfprotokoll", "Prüfprotokoll|Protokoll|Foto|Protokollfoto|photo", "file"))
C("h37r50", "de", RM, "Ergebnis braucht noch „nicht zugänglich“ und „Melder getauscht“",
  SO("pruefung", "ergebnis", ["i.O.", "Mangel", "nicht zugänglich", "Melder getauscht"]))
C("h37r51", "de", RM, "Hallo, wir verwalten jetzt mehrere Hausverwaltungen. Leg bitte Hausverwaltungen an (Name, Ansprechpartner, Telefon) und ordne jede Wohnung einer zu.",
  AE("Hausverwaltung", "Hausverwaltungen|Verwaltung|Verwalter|property manager",
     GF("Name", "Firmenname|name", "text"),
     GF("Ansprechpartner", "Kontakt|Kontaktperson|contact", "text", "person"),
     GF("Telefon", "Telefonnummer|phone", "phone")),
  AR("wohnung", "Hausverwaltung"))
C("h37r52", "de", RM, "Prüfer muss immer ausgefüllt sein und Mieter brauchen wir nicht mehr (Datenschutz)",
  SR("pruefung", "pruefer"),
  RF("wohnung", "mieter"))
C("h37r53", "de", MENSA, "wir brauchen noch ein Feld ob das Kind BuT-berechtigt ist",
  AF("kind", "BuT-berechtigt", "BuT|Bildungs- und Teilhabepaket|Teilhabepaket|berechtigt", "boolean"))
C("h37r54", "de", MENSA, "Betrag bitte in „Gesamtbetrag“ umbenennen und den Preis pro Essen dazu",
  RN("abrechnung", "betrag", "Gesamtbetrag", "Gesamt|Summe"),
  AF("abrechnung", "Preis pro Essen", "Essenspreis|Preis|Einzelpreis|price per meal", "money"))
C("h37r55", "de", MENSA, "Klasse als Auswahl: 1a, 1b, 2a, 2b, 3a, 3b, 4a, 4b",
  CT("kind", "klasse", "choice"),
  SO("kind", "klasse", ["1a", "1b", "2a", "2b", "3a", "3b", "4a", "4b"]))
C("h37r56", "de", HOSPIZ, "Wir wollen auch die einzelnen Besuche festhalten: Datum, Dauer in Stunden, gefahrene Kilometer – jeweils zu einer Begleitung",
  AE("Besuch", "Besuche|Einsatz|visit",
     GF("Datum", "date|Besuchsdatum", "date", "datetime"),
     GF("Dauer in Stunden", "Dauer|Stunden|hours", "decimal"),
     GF("Kilometer", "gefahrene Kilometer|Fahrtkilometer|km", "decimal", "integer")),
  AR("Besuch", "begleitung"))
C("h37r57", "de", HOSPIZ, "statt nur ja/nein beim Befähigungskurs bitte das Datum, wann er abgeschlossen wurde",
  CT("ehrenamtliche", "kurs_abgeschlossen", "date"))
C("h37r58", "de", HOSPIZ, "Bei der Begleitung fehlt der Wohnort",
  AF("begleitung", "Wohnort", "Ort|Wohnort des Patienten|place|town", "text"))
C("h37r59", "de", KOST, "Kaution fehlt noch beim Verleih (Betrag), danke!",
  AF("verleih", "Kaution", "Kautionsbetrag|Betrag Kaution|deposit", "money"))
C("h37r60", "de", KOST, "Größe: Kinder und 48/50 ergänzen. Und den Kunden mit Handynummer bitte, die brauchen wir wenn was nicht zurückkommt",
  SO("kostuem", "groesse", ["36/38", "40/42", "44/46", "48/50", "Kinder"]),
  AF("verleih", "Handynummer", "Handy|Telefon|Telefonnummer Kunde|mobile|phone", "phone"))

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
