import json, os
def fl(s):
    # "key|Label|type|flags"  flags: r u o=A;B t=target
    parts = s.split("|")
    k, label, t = parts[0], parts[1], parts[2]
    d = {"key": k, "label": label, "type": t}
    for fl_ in parts[3:]:
        if fl_ == "r": d["required"] = True
        elif fl_ == "u": d["unique"] = True
        elif fl_.startswith("o="): d["options"] = fl_[2:].split(";")
        elif fl_.startswith("t="): d["target"] = fl_[2:]
    return d
def E(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": [fl(x) for x in fields]}
def S(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}
def AF(ent, name, type, aliases="", alt="", opts=None, target=None):
    d = {"op": "add_field", "entity": ent, "name": name, "aliases": [a for a in aliases.split("|") if a],
         "type": type, "alt_types": [a for a in alt.split("|") if a]}
    if opts: d["options"] = opts.split("|")
    if target: d["target"] = target
    return d
def NF(name, type, aliases="", alt="", opts=None, o=False):
    d = {"name": name, "aliases": [a for a in aliases.split("|") if a], "type": type, "alt_types": [a for a in alt.split("|") if a]}
    if opts: d["options"] = opts.split("|")
    if o: d["optional"] = True
    return d
RF = lambda e, f: {"op": "remove_field", "entity": e, "field": f}
RN = lambda e, f, to, aliases="": {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": [a for a in aliases.split("|") if a]}
CT = lambda e, f, t, alt="": {"op": "change_type", "entity": e, "field": f, "type": t, "alt_types": [a for a in alt.split("|") if a]}
SR = lambda e, f, v: {"op": "set_required", "entity": e, "field": f, "value": v}
SO = lambda e, f, opts: {"op": "set_options", "entity": e, "field": f, "options": opts.split("|")}
AE = lambda name, aliases, *fields: {"op": "add_entity", "name": name, "aliases": [a for a in aliases.split("|") if a], "fields": list(fields)}
RE = lambda e: {"op": "remove_entity", "entity": e}
AR = lambda a, b: {"op": "add_relation", "from": a, "to": b}
KEEP = {"en": "all other fields and entities unchanged", "fr": "all other fields and entities unchanged",
        "es": "all other fields and entities unchanged", "de": "all other fields and entities unchanged"}
cases = []
def C(lang, spec, request, *ops):
    cases.append({"id": "p4r%02d" % (len(cases) + 1), "lang": lang, "spec": spec, "request": request,
                  "expect": list(ops), "keep": KEEP[lang]})

ASSET = S("IT equipment", "Track company devices and who has them.",
  E("device","Device","Devices","asset_tag|Asset tag|text|r|u","device_type|Device type|choice|o=Laptop;Monitor;Phone;Tablet",
    "serial_number|Serial number|text","assigned_to|Assigned to|person","purchase_date|Purchase date|date",
    "status|Status|choice|o=In use;In stock;Repair;Retired"))
CLINIC = S("Clinic appointments", "Patients and their appointments.",
  E("patient","Patient","Patients","full_name|Full name|text|r","date_of_birth|Date of birth|date","phone|Phone|phone|r","email|Email|email"),
  E("appointment","Appointment","Appointments","patient|Patient|reference|r|t=patient","starts_at|Starts at|datetime|r",
    "clinician|Clinician|person","reason|Reason|text","status|Status|choice|o=Booked;Attended;No-show;Cancelled"))
TIME = S("Project timesheets", "Log hours against projects.",
  E("project","Project","Projects","name|Name|text|r|u","client_name|Client name|text","budget|Budget|money","status|Status|choice|o=Active;On hold;Closed"),
  E("timesheet_entry","Timesheet entry","Timesheet entries","project|Project|reference|r|t=project","employee|Employee|person|r",
    "work_date|Date|date|r","hours|Hours|decimal|r","description|Description|text"))
INCIDENT = S("Warehouse incidents", "Record safety incidents in the warehouse.",
  E("incident","Incident","Incidents","incident_date|Date|date|r","location|Location|text","description|Description|text",
    "severity|Severity|choice|o=Minor;Major","reported_by|Reported by|person"))
EVENT = S("Events", "Events and who registered.",
  E("event","Event","Events","name|Name|text|r","event_date|Date|date|r","venue|Venue|text","capacity|Capacity|integer"),
  E("registration","Registration","Registrations","event|Event|reference|r|t=event","attendee_name|Attendee name|text|r",
    "email|Email|email","ticket_type|Ticket type|choice|o=Standard;VIP"))
INVOICE = S("Supplier invoices", "Invoices to pay.",
  E("invoice","Invoice","Invoices","invoice_number|Invoice number|text|r|u","supplier|Supplier|text","amount|Amount|money|r",
    "due_date|Due date|date","paid|Paid|boolean","notes|Notes|long_text"))
SCHOOL = S("Detentions", "Student detentions.",
  E("student","Student","Students","first_name|First name|text|r","last_name|Last name|text|r","year_group|Year group|choice|o=Year 7;Year 8;Year 9;Year 10;Year 11"),
  E("detention","Detention","Detentions","student|Student|reference|r|t=student","detention_date|Date|date|r","reason|Reason|text",
    "teacher|Teacher|person","served|Served|boolean"))
MENU = S("Menu", "Dishes on our menu.",
  E("dish","Dish","Dishes","name|Name|text|r","category|Category|choice|o=Starter;Main;Dessert","price|Price|money|r",
    "vegetarian|Vegetarian|boolean","allergens|Allergens|text"))
FLEET = S("Fleet", "Company vehicles and drivers.",
  E("driver","Driver","Drivers","name|Name|text|r","licence_number|Licence number|text","phone|Phone|phone"),
  E("vehicle","Vehicle","Vehicles","registration|Registration|text|r|u","make_model|Make and model|text","mot_due|MOT due|date",
    "driver|Driver|reference|t=driver"))
GRANT = S("Grant applications", "Track funding bids.",
  E("grant_application","Grant application","Grant applications","funder|Funder|text|r","amount_requested|Amount requested|money",
    "deadline|Deadline|date|r","status|Status|choice|o=Drafting;Submitted;Awarded;Rejected","lead|Lead|person"))
HIRING = S("Recruitment", "Candidates for open positions.",
  E("candidate","Candidate","Candidates","full_name|Full name|text|r","email|Email|email|r","phone|Phone|phone","position|Position|text",
    "stage|Stage|choice|o=Applied;Interview;Offer;Hired;Rejected","cv|CV|file|r"))
LAB = S("Samples", "Biobank samples.",
  E("sample","Sample","Samples","sample_id|Sample ID|text|r|u","collected_on|Collected on|date","sample_type|Sample type|choice|o=Blood;Urine;Tissue",
    "study|Study|text","storage_location|Storage location|text"))
SNAG = S("Snag list", "Defects to fix before handover.",
  E("site","Site","Sites","name|Name|text|r","address|Address|text"),
  E("snag","Snag","Snags","site|Site|reference|r|t=site","location|Location|text","description|Description|text|r",
    "trade|Trade|choice|o=Electrical;Plumbing;Carpentry;Painting","fixed|Fixed|boolean","raised_on|Raised on|date"))

C("en", ASSET, "Can we also record when the warranty ends? And 'Retired' is too vague, split it into 'Disposed' and 'Sold'.",
  AF("device","warranty end date","date","warranty end|warranty expiry|warranty until|warranty"),
  SO("device","status","In use|In stock|Repair|Disposed|Sold"))
C("en", ASSET, "people keep registering devices without the serial number, which makes insurance claims a nightmare",
  SR("device","serial_number",True))
C("en", GRANT, "We should really record who signed the application off internally and on what date.",
  AF("grant_application","approved by","person","signed off by|approver|sign-off by|signed off","text"),
  AF("grant_application","approval date","date","signed off on|sign-off date|date signed off|approved on","datetime"))
C("en", CLINIC, "Patients need an emergency contact - a name and a number. Also we sometimes move appointments, so status needs a Rescheduled option.",
  AF("patient","emergency contact name","text","emergency contact|next of kin|contact name"),
  AF("patient","emergency contact phone","phone","emergency phone|emergency contact number|emergency number|next of kin phone"),
  SO("appointment","status","Booked|Attended|No-show|Cancelled|Rescheduled"))
C("en", TIME, "Two things. Timesheet lines should say whether the time is billable. And rather than typing the client on each project, let's have a proper client list (name, billing email, payment terms of 30 or 60 days) and pick from it - then the old client name column can go.",
  AF("timesheet_entry","billable","boolean","is billable|billable?|chargeable","choice"),
  AE("Client","Customer|Clients|account",
     NF("name","text","client name|company"),
     NF("billing email","email","email|invoice email|accounts email"),
     NF("payment terms","choice","terms|payment term","integer|text",opts="30 days|60 days")),
  AR("project","Client"),
  RF("project","client_name"))
C("en", TIME, "could you change 'Description' to say 'Work done'? also employee shouldn't be compulsory, admins log time for contractors who aren't in the directory",
  RN("timesheet_entry","description","Work done","Work carried out|Work performed"),
  SR("timesheet_entry","employee",False))
C("en", INCIDENT, "Hi, a few changes after our audit: we need to capture what action was taken afterwards, severity needs a 'Critical' level on top, and people are writing half a page in the description and it gets cut off.",
  AF("incident","action taken","long_text","actions taken|corrective action|follow-up action|actions","text"),
  SO("incident","severity","Minor|Major|Critical"),
  CT("incident","description","long_text"))
C("en", EVENT, "For registrations we also need dietary requirements - none, vegetarian, vegan, gluten-free or other",
  AF("registration","dietary requirements","choice","dietary requirement|diet|dietary needs|dietary","multi_choice",opts="None|Vegetarian|Vegan|Gluten-free|Other"))
C("en", EVENT, "We've dropped VIP tickets; the types are now Standard, Concession and Early bird. Capacity isn't useful either, please take it off.",
  SO("registration","ticket_type","Standard|Concession|Early bird"),
  RF("event","capacity"))
C("en", INVOICE, "Instead of the Paid tick box I'd like a proper status: Received, Approved, Paid or Disputed.",
  RF("invoice","paid"),
  AF("invoice","status","choice","invoice status|stage|state","",opts="Received|Approved|Paid|Disputed"))
C("en", INVOICE, "Supplier should be picked from a list of suppliers instead of typed in. For each supplier we keep the name, VAT number and an email for remittances.",
  AE("Supplier","Vendor|Suppliers",
     NF("name","text","supplier name|company"),
     NF("VAT number","text","VAT|VAT no|VAT registration number|tax number"),
     NF("email","email","remittance email|contact email|email address")),
  CT("invoice","supplier","reference"),
  AR("invoice","Supplier"))
C("en", SCHOOL, "we've opened a sixth form this year so year groups go up to Year 13 now",
  SO("student","year_group","Year 7|Year 8|Year 9|Year 10|Year 11|Year 12|Year 13"))
C("en", SCHOOL, "Heads of year want the parent's email on each student, and on detentions a tick for whether the parents were told.",
  AF("student","parent email","email","parent's email|parent contact email|guardian email|email"),
  AF("detention","parents informed","boolean","parent informed|parents told|parent notified|parents notified","choice"))
C("en", MENU, "Allergens should be a multi-select instead of free text: gluten, dairy, eggs, nuts, peanuts, soy, fish, shellfish, sesame.",
  CT("dish","allergens","multi_choice"),
  SO("dish","allergens","Gluten|Dairy|Eggs|Nuts|Peanuts|Soy|Fish|Shellfish|Sesame"))
C("en", MENU, "ok so the head chef had some thoughts: add Sides as a category; we want to see what each dish costs us to make so we can work out margins; and replace the vegetarian tick with a 'Dietary' pick list (Vegetarian, Vegan, None).",
  SO("dish","category","Starter|Main|Dessert|Sides"),
  AF("dish","cost to make","money","food cost|cost|cost price|production cost|ingredient cost"),
  RF("dish","vegetarian"),
  AF("dish","dietary","choice","diet|dietary option|dietary type","multi_choice",opts="Vegetarian|Vegan|None"))
C("en", FLEET, "We'd like to log services too. Every service is for one vehicle: date, garage, mileage, cost and the invoice.",
  AE("Service","Service record|Servicing|Maintenance|Services",
     NF("date","date","service date"),
     NF("garage","text","workshop|service provider|mechanic"),
     NF("mileage","integer","odometer|miles","decimal"),
     NF("cost","money","price|amount"),
     NF("invoice","file","invoice document|attachment")),
  AR("Service","vehicle"))
C("en", FLEET, "Drivers are all in the staff directory now, so the separate drivers table can go and the driver on a vehicle should just be a normal person field. Also MOT due isn't our problem any more since the leasing company handles it - swap it for the lease end date.",
  RE("driver"),
  CT("vehicle","driver","person"),
  RF("vehicle","mot_due"),
  AF("vehicle","lease end date","date","lease end|lease expiry|lease ends"))
C("en", GRANT, "The Lead field should be called 'Bid writer' from now on. And amount requested must always be filled in.",
  RN("grant_application","lead","Bid writer","Writer"),
  SR("grant_application","amount_requested",True))
C("en", HIRING, "Let's add interviews: each interview belongs to a candidate and has the interviewer, the date and time, and a score out of 10. And drop the phone number - we never call anyone.",
  AE("Interview","Interviews|interview round",
     NF("interviewer","person","interviewed by","text"),
     NF("date and time","datetime","date|when|scheduled at"),
     NF("score","integer","rating|mark|score out of 10","decimal")),
  AR("Interview","candidate"),
  RF("candidate","phone"))
C("en", HIRING, "stages: please add 'Phone screen' between Applied and Interview and 'Withdrawn' at the end. oh and not everyone sends a CV up front so don't force it",
  SO("candidate","stage","Applied|Phone screen|Interview|Offer|Hired|Rejected|Withdrawn"),
  SR("candidate","cv",False))
C("en", LAB, "Storage location keeps getting typed ten different ways. We only have Freezer 1, Freezer 2 and the cold room, so make it a dropdown.",
  CT("sample","storage_location","choice"),
  SO("sample","storage_location","Freezer 1|Freezer 2|Cold room"))
C("en", LAB, "Sample types: add saliva, and take tissue out since we don't do biopsies any more. Also who collected it?",
  SO("sample","sample_type","Blood|Urine|Saliva"),
  AF("sample","collected by","person","collector|who collected|collected by whom","text"))
C("en", SNAG, "Every snag is in a unit (a flat) - units have a number, a floor and the owner's name, and each unit is in a site. Also the date raised should be mandatory.",
  AE("Unit","Flat|Apartment|Units|Plot",
     NF("number","text","unit number|flat number|name","integer"),
     NF("floor","integer","level|storey","text"),
     NF("owner name","text","owner|purchaser|buyer","person")),
  AR("snag","Unit"),
  AR("Unit","site"),
  SR("snag","raised_on",True))
C("en", SNAG, "Trades: call Carpentry 'Joinery', and we say Decorating rather than Painting. And the 'Fixed' tick box should read 'Signed off'.",
  SO("snag","trade","Electrical|Plumbing|Joinery|Decorating"),
  RN("snag","fixed","Signed off","Signed-off|Sign off"))

# ---------------- French ----------------
SALLES = S("Salles de réunion", "Réserver les salles de réunion.",
  E("salle","Salle","Salles","nom|Nom|text|r|u","capacite|Capacité|integer","etage|Étage|text"),
  E("reservation","Réservation","Réservations","salle|Salle|reference|r|t=salle","debut|Début|datetime|r","fin|Fin|datetime|r",
    "organisateur|Organisateur|person","objet|Objet|text"))
FRAIS = S("Notes de frais", "Les salariés déclarent leurs frais avec justificatif.",
  E("note_de_frais","Note de frais","Notes de frais","employe|Employé|person|r","date_depense|Date|date|r","montant|Montant|money|r",
    "categorie|Catégorie|choice|o=Transport;Repas;Hébergement;Autre","justificatif|Justificatif|file","rembourse|Remboursé|boolean"))
INTERV = S("Interventions techniques", "Suivi des interventions chez les clients.",
  E("client","Client","Clients","raison_sociale|Raison sociale|text|r","adresse|Adresse|text","telephone|Téléphone|phone"),
  E("intervention","Intervention","Interventions","client|Client|reference|r|t=client","date_intervention|Date|date|r","technicien|Technicien|person",
    "type|Type|choice|o=Installation;Dépannage;Maintenance","compte_rendu|Compte rendu|text","duree|Durée (h)|decimal"))

C("fr", SALLES, "Ajoutez le nombre de participants prévu sur chaque réservation, et pour les salles, si elles ont un vidéoprojecteur ou non.",
  AF("reservation","nombre de participants","integer","participants|nombre de personnes|effectif|personnes attendues"),
  AF("salle","vidéoprojecteur","boolean","projecteur|a un vidéoprojecteur|équipée vidéoprojecteur|vidéoprojecteur ?","choice"))
C("fr", SALLES, "Bonjour, pourriez-vous renommer « Objet » en « Motif de la réunion » ? Et l'organisateur doit être obligatoire, merci !",
  RN("reservation","objet","Motif de la réunion","Motif|Motif réunion"),
  SR("reservation","organisateur",True))
C("fr", FRAIS, "Il faudrait ajouter Carburant et Péage dans les catégories et enlever Autre. Et les gens oublient tout le temps de joindre le justificatif...",
  SO("note_de_frais","categorie","Transport|Repas|Hébergement|Carburant|Péage"),
  SR("note_de_frais","justificatif",True))
C("fr", FRAIS, "On a besoin de savoir qui a validé la note et quand.",
  AF("note_de_frais","validé par","person","validateur|approuvé par|valideur","text"),
  AF("note_de_frais","date de validation","date","validée le|date d'approbation|validé le","datetime"))
C("fr", FRAIS, "Chaque note de frais doit être rattachée à un projet. Pour les projets il nous faut un code, un nom et un responsable.",
  AE("Projet","Projets|affaire|project",
     NF("code","text","code projet|référence"),
     NF("nom","text","nom du projet|intitulé"),
     NF("responsable","person","chef de projet|manager","text")),
  AR("note_de_frais","Projet"))
C("fr", INTERV, "Le compte rendu est bien trop court, les techniciens écrivent des paragraphes entiers. Et pour la durée, on veut un nombre entier de minutes, pas des heures avec virgule.",
  CT("intervention","compte_rendu","long_text"),
  CT("intervention","duree","integer"))
C("fr", INTERV, "On ne fait plus d'installation, seulement du dépannage et de la maintenance. Ajoutez aussi l'e-mail du client et un statut pour l'intervention : planifiée, en cours, terminée, annulée.",
  SO("intervention","type","Dépannage|Maintenance"),
  AF("client","e-mail","email","email|mail|adresse e-mail|courriel"),
  AF("intervention","statut","choice","état|statut de l'intervention","",opts="Planifiée|En cours|Terminée|Annulée"))
C("fr", INTERV, "Il faudrait aussi gérer le parc installé chez chaque client : pour chaque équipement la marque, le modèle, le numéro de série et la date d'installation. Une intervention porte toujours sur un équipement précis.",
  AE("Équipement","Equipement|Équipements|matériel|appareil|machine",
     NF("marque","text","fabricant"),
     NF("modèle","text","modele|référence"),
     NF("numéro de série","text","n° de série|numéro série"),
     NF("date d'installation","date","installé le|installation")),
  AR("Équipement","client"),
  AR("intervention","Équipement"))

# ---------------- Spanish ----------------
TIENDA = S("Inventario de la tienda", "Productos y existencias.",
  E("producto","Producto","Productos","nombre|Nombre|text|r","sku|SKU|text|r|u","precio|Precio|money","stock|Stock|integer",
    "categoria|Categoría|choice|o=Ropa;Calzado;Accesorios"))
ACADEMIA = S("Academia de idiomas", "Alumnos y clases particulares.",
  E("alumno","Alumno","Alumnos","nombre|Nombre|text|r","telefono|Teléfono|phone","email|Email|email","nivel|Nivel|choice|o=A1;A2;B1;B2"),
  E("clase","Clase","Clases","alumno|Alumno|reference|r|t=alumno","fecha|Fecha|datetime|r","profesor|Profesor|person","pagada|Pagada|boolean","tema|Tema|text"))
FLOTA = S("Flota", "Vehículos de la empresa y sus conductores.",
  E("conductor","Conductor","Conductores","nombre|Nombre|text|r","telefono|Teléfono|phone","carne|Carné|text"),
  E("vehiculo","Vehículo","Vehículos","matricula|Matrícula|text|r|u","modelo|Modelo|text","conductor|Conductor|reference|t=conductor"))

C("es", TIENDA, "Añade el proveedor y el stock mínimo, porfa.",
  AF("producto","proveedor","text","proveedor habitual|distribuidor","reference|choice"),
  AF("producto","stock mínimo","integer","mínimo|stock minimo|existencias mínimas|punto de pedido","decimal"))
C("es", TIENDA, "Cambia 'Accesorios' por 'Complementos' y añade 'Deportes'. Ah, y el precio tiene que ser obligatorio, hay productos sin precio.",
  SO("producto","categoria","Ropa|Calzado|Complementos|Deportes"),
  SR("producto","precio",True))
C("es", TIENDA, "Quiero registrar los movimientos de stock: cada movimiento es de un producto, con la fecha, la cantidad, el tipo (entrada, salida o ajuste) y quién lo hizo.",
  AE("Movimiento","Movimiento de stock|Movimientos|movimiento de inventario",
     NF("fecha","date","fecha del movimiento","datetime"),
     NF("cantidad","integer","unidades","decimal"),
     NF("tipo","choice","tipo de movimiento","",opts="Entrada|Salida|Ajuste"),
     NF("realizado por","person","quién lo hizo|usuario|responsable","text")),
  AR("Movimiento","producto"))
C("es", ACADEMIA, "El campo tema se queda corto, los profes escriben un resumen largo de cada clase. Y quita el email del alumno, no lo usamos para nada.",
  CT("clase","tema","long_text"),
  RF("alumno","email"))
C("es", ACADEMIA, "añade C1 y C2 a los niveles y cambia 'Pagada' por 'Cobrada'",
  SO("alumno","nivel","A1|A2|B1|B2|C1|C2"),
  RN("clase","pagada","Cobrada","Cobrado"))
C("es", ACADEMIA, "Necesito saber cuánto dura cada clase y cuánto cuesta. Y para los alumnos menores de edad, el nombre del padre o la madre.",
  AF("clase","duración","decimal","duración en horas|duración en minutos|horas|minutos","integer"),
  AF("clase","precio","money","importe|coste|tarifa"),
  AF("alumno","nombre del tutor","text","padre o madre|tutor|nombre del padre o la madre|tutor legal|responsable"))
C("es", FLOTA, "Los conductores ya están en el directorio de empleados, así que elimina la tabla de conductores y deja el conductor del vehículo como una persona normal.",
  RE("conductor"),
  CT("vehiculo","conductor","person"))
C("es", FLOTA, "Añade la fecha de la próxima ITV y los kilómetros actuales. Cada vehículo está asignado a una sede: Madrid, Sevilla o Valencia.",
  AF("vehiculo","próxima ITV","date","fecha próxima ITV|fecha de la próxima ITV|ITV"),
  AF("vehiculo","kilometraje","integer","kilómetros|km|kilómetros actuales|kilometraje actual","decimal"),
  AF("vehiculo","sede","choice","oficina|delegación|ubicación","",opts="Madrid|Sevilla|Valencia"))

# ---------------- German ----------------
WERKZEUG = S("Werkzeugausleihe", "Wer hat welches Werkzeug?",
  E("werkzeug","Werkzeug","Werkzeuge","bezeichnung|Bezeichnung|text|r","inventarnummer|Inventarnummer|text|r|u",
    "zustand|Zustand|choice|o=Gut;Beschädigt;Defekt"),
  E("ausleihe","Ausleihe","Ausleihen","werkzeug|Werkzeug|reference|r|t=werkzeug","mitarbeiter|Mitarbeiter|person|r",
    "ausgeliehen_am|Ausgeliehen am|date","rueckgabe_am|Rückgabe am|date"))
SCHULUNG = S("Schulungen", "Interne Schulungen und Teilnahmen.",
  E("schulung","Schulung","Schulungen","titel|Titel|text|r","datum|Datum|date|r","trainer|Trainer|text","max_teilnehmer|Max. Teilnehmer|integer"),
  E("teilnahme","Teilnahme","Teilnahmen","schulung|Schulung|reference|r|t=schulung","teilnehmer|Teilnehmer|person|r","bestanden|Bestanden|boolean"))
ANFRAGE = S("Kundenanfragen", "Eingehende Anfragen von Kunden.",
  E("anfrage","Anfrage","Anfragen","firma|Firma|text|r","ansprechpartner|Ansprechpartner|text","email|E-Mail|email",
    "produkt|Produkt|choice|o=Standard;Premium","nachricht|Nachricht|text","status|Status|choice|o=Neu;In Bearbeitung;Erledigt"))

C("de", WERKZEUG, "Bitte noch ein Feld, auf welcher Baustelle das Werkzeug gerade ist, und ein Foto vom Zustand bei der Rückgabe.",
  AF("ausleihe","Baustelle","text","Einsatzort|Standort|Projekt|Ort","choice|reference"),
  AF("ausleihe","Foto","file","Foto bei Rückgabe|Rückgabefoto|Foto Zustand|Bild"))
C("de", WERKZEUG, "Beim Zustand statt 'Defekt' bitte 'In Reparatur' und 'Ausgemustert'. Und 'Rückgabe am' soll 'Geplante Rückgabe' heißen.",
  SO("werkzeug","zustand","Gut|Beschädigt|In Reparatur|Ausgemustert"),
  RN("ausleihe","rueckgabe_am","Geplante Rückgabe","Rückgabe geplant|geplantes Rückgabedatum"))
C("de", WERKZEUG, "Die Kollegen vergessen ständig einzutragen, wann sie das Werkzeug mitgenommen haben.",
  SR("ausleihe","ausgeliehen_am",True))
C("de", SCHULUNG, "Bei den Schulungen fehlen der Ort und ob es eine Pflichtschulung ist. Außerdem sollen die Teilnehmer die Schulung von 1 bis 5 bewerten können.",
  AF("schulung","Ort","text","Raum|Schulungsort|Veranstaltungsort","choice"),
  AF("schulung","Pflichtschulung","boolean","Pflicht|verpflichtend|Pflichtschulung?","choice"),
  AF("teilnahme","Bewertung","integer","Note|Feedback|Bewertung 1-5|Sterne","choice|decimal"))
C("de", SCHULUNG, "Der Trainer ist immer ein Kollege, also bitte als Person aus dem Verzeichnis. Max. Teilnehmer brauchen wir nicht mehr.",
  CT("schulung","trainer","person"),
  RF("schulung","max_teilnehmer"))
C("de", ANFRAGE, "Jede Anfrage soll einem Kunden zugeordnet werden. Kunden haben Firmenname, Kundennummer und Branche. Die Freitextfelder Firma und Ansprechpartner können dann weg.",
  AE("Kunde","Kunden|Kundin|customer",
     NF("Firmenname","text","Firma|Name|Unternehmen"),
     NF("Kundennummer","text","Kunden-Nr|Nummer","integer"),
     NF("Branche","choice","Industrie|Sektor","text")),
  AR("anfrage","Kunde"),
  RF("anfrage","firma"),
  RF("anfrage","ansprechpartner"))
C("de", ANFRAGE, "Beim Produkt muss man mehrere ankreuzen können, und es kommen noch Enterprise und Support dazu.",
  CT("anfrage","produkt","multi_choice"),
  SO("anfrage","produkt","Standard|Premium|Enterprise|Support"))
C("de", ANFRAGE, "Hallo! Drei Sachen: 'Erledigt' bitte aufteilen in 'Angebot gesendet' und 'Abgelehnt'; wir müssen sehen, wer für die Anfrage zuständig ist; und die Nachricht braucht mehr Platz, die Kunden schreiben lange Texte.",
  SO("anfrage","status","Neu|In Bearbeitung|Angebot gesendet|Abgelehnt"),
  AF("anfrage","Zuständig","person","Bearbeiter|Verantwortlich|zuständig|Zuständiger|Sachbearbeiter","text"),
  CT("anfrage","nachricht","long_text"))

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe4-refine.jsonl"),"w",encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False)+"\n")
from collections import Counter
print(len(cases), Counter(c["lang"] for c in cases))
