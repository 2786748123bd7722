#!/usr/bin/env python3
"""Builds refine.jsonl for probe13 (chat edits on small app specs)."""
import copy, json, os

def fld(key, label, type_, req=False, options=None, target=None, unique=False):
    f = {"key": key, "label": label, "type": type_}
    if req:
        f["required"] = True
    if unique:
        f["unique"] = True
    if options is not None:
        f["options"] = list(options)
    if target is not None:
        f["target"] = target
    return f

def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}

def spec(name, summary, *entities):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(entities)}

# ---- op helpers
def add(entity, name, aliases, type_, alt=(), options=None):
    o = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type_, "alt_types": list(alt)}
    if options is not None:
        o["options"] = list(options)
    return o

def rm(entity, field):
    return {"op": "remove_field", "entity": entity, "field": field}

def ren(entity, field, to, aliases=()):
    return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}

def ctype(entity, field, type_, alt=()):
    return {"op": "change_type", "entity": entity, "field": field, "type": type_, "alt_types": list(alt)}

def req(entity, field, value=True):
    return {"op": "set_required", "entity": entity, "field": field, "value": value}

def opts(entity, field, options):
    return {"op": "set_options", "entity": entity, "field": field, "options": list(options)}

def new_ent(name, aliases, fields):
    return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}

def G(name, aliases, type_, alt=(), options=None):
    g = {"name": name, "aliases": list(aliases), "type": type_, "alt_types": list(alt)}
    if options is not None:
        g["options"] = list(options)
    return g

def rel(frm, to):
    return {"op": "add_relation", "from": frm, "to": to}

def rment(entity):
    return {"op": "remove_entity", "entity": entity}

KEEP = "all other fields and entities unchanged"
CASES = []

def R(id_, lang, sp, request, expect):
    CASES.append({"id": id_, "lang": lang, "spec": copy.deepcopy(sp), "request": request, "expect": expect, "keep": KEEP})

# ================================================================== English specs
SHIP = spec("Sample shipments", "Samples the lab sends to partner labs.",
    ent("shipment", "Shipment", "Shipments", [
        fld("tracking_number", "Tracking number", "text", req=True, unique=True),
        fld("destination_lab", "Destination lab", "text", req=True),
        fld("sent_on", "Sent on", "date"),
        fld("courier", "Courier", "choice", options=["DHL", "FedEx", "UPS"]),
        fld("contents", "Contents", "long_text"),
        fld("cold_chain", "Cold chain", "boolean")]))

PLAN = spec("Planning applications", "Planning applications received by the council.",
    ent("application", "Application", "Applications", [
        fld("reference", "Reference", "text", req=True, unique=True),
        fld("applicant", "Applicant", "text", req=True),
        fld("site_address", "Site address", "text"),
        fld("received_on", "Received on", "date"),
        fld("decision", "Decision", "choice", options=["Pending", "Approved", "Refused"]),
        fld("case_officer", "Case officer", "person")]))

KIT = spec("Club kit", "Club kit stock and what is lent to members.",
    ent("kit_item", "Kit item", "Kit items", [
        fld("name", "Name", "text", req=True),
        fld("size", "Size", "choice", options=["Small", "Medium", "Large", "XL"]),
        fld("quantity", "Quantity", "integer"),
        fld("unit_price", "Unit price", "money")]),
    ent("kit_issue", "Kit issue", "Kit issues", [
        fld("kit_item", "Kit item", "reference", req=True, target="kit_item"),
        fld("member_name", "Member name", "text", req=True),
        fld("issued_on", "Issued on", "date"),
        fld("returned", "Returned", "boolean")]))

INSP = spec("Property inspections", "Yearly inspections of the properties we manage.",
    ent("property", "Property", "Properties", [
        fld("address", "Address", "text", req=True),
        fld("postcode", "Postcode", "text"),
        fld("landlord", "Landlord", "text")]),
    ent("inspection", "Inspection", "Inspections", [
        fld("property", "Property", "reference", req=True, target="property"),
        fld("inspected_on", "Inspected on", "date"),
        fld("inspector", "Inspector", "person"),
        fld("result", "Result", "choice", options=["Pass", "Fail"]),
        fld("report", "Report", "file")]))

TRIPS = spec("Pool car trips", "Who took which pool car where.",
    ent("vehicle", "Vehicle", "Vehicles", [
        fld("registration", "Registration", "text", req=True, unique=True),
        fld("make", "Make", "text"),
        fld("fuel_type", "Fuel type", "choice", options=["Petrol", "Diesel", "Hybrid", "Electric"]),
        fld("mileage", "Mileage", "integer")]),
    ent("trip", "Trip", "Trips", [
        fld("vehicle", "Vehicle", "reference", req=True, target="vehicle"),
        fld("driver", "Driver", "text"),
        fld("trip_date", "Date", "date", req=True),
        fld("distance_km", "Distance (km)", "decimal"),
        fld("purpose", "Purpose", "text")]))

SAFE = spec("Lab safety incidents", "Accidents and near misses in the labs.",
    ent("incident", "Incident", "Incidents", [
        fld("occurred_at", "Occurred at", "datetime", req=True),
        fld("lab", "Lab", "text"),
        fld("description", "Description", "long_text", req=True),
        fld("severity", "Severity", "choice", options=["Minor", "Moderate", "Serious"]),
        fld("reported_by", "Reported by", "person")]))

PERMIT = spec("Parking permits", "Residents' and visitors' parking permits.",
    ent("permit", "Permit", "Permits", [
        fld("holder_name", "Holder name", "text", req=True),
        fld("address", "Address", "text"),
        fld("vehicle_reg", "Vehicle registration", "text"),
        fld("permit_type", "Permit type", "choice", options=["Resident", "Visitor", "Business"]),
        fld("valid_from", "Valid from", "date"),
        fld("valid_to", "Valid to", "date")]))

TOURN = spec("Staff five-a-side", "Entries for the staff football tournaments.",
    ent("tournament", "Tournament", "Tournaments", [
        fld("name", "Name", "text", req=True),
        fld("date", "Date", "date"),
        fld("venue", "Venue", "text")]),
    ent("entry", "Entry", "Entries", [
        fld("tournament", "Tournament", "reference", req=True, target="tournament"),
        fld("team_name", "Team name", "text"),
        fld("captain", "Captain", "text"),
        fld("entry_fee_paid", "Entry fee paid", "boolean"),
        fld("division", "Division", "choice", options=["Social", "Competitive"])]))

R("p13r01", "en", SHIP, "Could you add the recipient's name and email at the destination lab? Customs sometimes needs to call them too, so a phone number as well.", [
    add("shipment", "recipient name", ["recipient", "contact name", "receiver", "addressee"], "text", ["person"]),
    add("shipment", "recipient email", ["email", "contact email", "recipient e-mail"], "email"),
    add("shipment", "recipient phone", ["phone", "phone number", "contact phone", "recipient phone number"], "phone")])
R("p13r02", "en", SHIP, "courier options should be DHL, FedEx, UPS, World Courier and 'Hand carried'", [
    opts("shipment", "courier", ["DHL", "FedEx", "UPS", "World Courier", "Hand carried"])])
R("p13r03", "en", SHIP, "Hi! most of our samples go out on dry ice, so a yes/no cold chain box doesn't tell us much. Please add a 'Shipping condition' with Ambient, 4°C, Dry ice, Liquid nitrogen, and drop the cold chain tick box.", [
    add("shipment", "shipping condition", ["condition", "temperature", "shipping temperature", "storage condition"], "choice", [], ["Ambient", "4°C", "Dry ice", "Liquid nitrogen"]),
    rm("shipment", "cold_chain")])

R("p13r04", "en", PLAN, "make the case officer mandatory and the site address too", [
    req("application", "case_officer"), req("application", "site_address")])
R("p13r05", "en", PLAN, "We'd like to attach the decision notice to each application once it's issued.", [
    add("application", "decision notice", ["notice", "decision document", "decision letter", "decision notice file"], "file")])
R("p13r06", "en", PLAN, "Add 'Withdrawn' to the decision list. Also, the applicant is often an agent rather than the owner, so rename Applicant to 'Applicant / agent'.", [
    opts("application", "decision", ["Pending", "Approved", "Refused", "Withdrawn"]),
    ren("application", "applicant", "Applicant / agent", ["Applicant or agent", "Applicant/agent"])])

R("p13r07", "en", KIT, "Typing member names by hand is causing duplicates. Can we have a members list (name, squad - Juniors, Seniors or Veterans - and phone), pick the member on each kit issue, and drop the typed name column?", [
    new_ent("Member", ["Members", "club member", "player"], [
        G("name", ["member name", "full name"], "text"),
        G("squad", ["team", "group", "age group"], "choice", [], ["Juniors", "Seniors", "Veterans"]),
        G("phone", ["phone number", "mobile", "telephone"], "phone")]),
    rel("kit_issue", "Member"),
    rm("kit_issue", "member_name")])
R("p13r08", "en", KIT, "add a deposit amount to the kit issues please", [
    add("kit_issue", "deposit", ["deposit amount", "deposit paid", "amount"], "money")])
R("p13r09", "en", KIT, "Sizes: add XS and XXL too (XS first obviously). And we never fill in the unit price, remove it.", [
    opts("kit_item", "size", ["XS", "Small", "Medium", "Large", "XL", "XXL"]),
    rm("kit_item", "unit_price")])

R("p13r10", "en", INSP, "Pass/Fail is too blunt - results should be Pass, Minor issues, Fail. And the inspection date must always be filled in.", [
    opts("inspection", "result", ["Pass", "Minor issues", "Fail"]),
    req("inspection", "inspected_on")])
R("p13r11", "en", INSP, "The landlord on a property is free text at the moment - I'd rather pick it from a landlord list. For each landlord we need name, email and phone.", [
    new_ent("Landlord", ["Landlords", "owner", "property owner"], [
        G("name", ["landlord name", "full name"], "text"),
        G("email", ["email address", "e-mail"], "email"),
        G("phone", ["phone number", "telephone", "mobile"], "phone")]),
    ctype("property", "landlord", "reference"),
    rel("property", "Landlord")])
R("p13r12", "en", INSP, "Inspections are yearly, so I'd like a 'next inspection due' date on each one. Also I need to know who signed off the report and when.", [
    add("inspection", "next inspection due", ["next inspection", "next due", "due date", "next inspection date"], "date"),
    add("inspection", "signed off by", ["approved by", "sign-off by", "signed by", "approver"], "person", ["text"]),
    add("inspection", "signed off on", ["sign-off date", "approved on", "signed on", "date signed off"], "date", ["datetime"])])

R("p13r13", "en", TRIPS, "The driver should be chosen from the staff directory, not typed", [
    ctype("trip", "driver", "person")])
R("p13r14", "en", TRIPS, "Hey - can trips record the odometer at the start and at the end? Then you can drop the distance column, we'll work it out from those.", [
    add("trip", "start odometer", ["odometer start", "start mileage", "mileage out", "starting odometer", "odometer at start"], "integer", ["decimal"]),
    add("trip", "end odometer", ["odometer end", "end mileage", "mileage in", "ending odometer", "odometer at end"], "integer", ["decimal"]),
    rm("trip", "distance_km")])
R("p13r15", "en", TRIPS, "Rename 'Purpose' to 'Reason for journey' and make it a pick list: Client visit, Site work, Training, Other", [
    ren("trip", "purpose", "Reason for journey", ["Journey reason", "Reason"]),
    ctype("trip", "purpose", "choice"),
    opts("trip", "purpose", ["Client visit", "Site work", "Training", "Other"])])

R("p13r16", "en", SAFE, "we need a place to write down the corrective action that was taken", [
    add("incident", "corrective action", ["corrective actions", "action taken", "actions", "remedial action"], "long_text", ["text"])])
R("p13r17", "en", SAFE, "Severity levels changed with the new policy: Near miss, Minor, Moderate, Serious, Fatal.", [
    opts("incident", "severity", ["Near miss", "Minor", "Moderate", "Serious", "Fatal"])])
R("p13r18", "en", SAFE, "Please add who witnessed it and a place for photos. Oh and 'reported by' should be mandatory, we had anonymous ones last month.", [
    add("incident", "witnesses", ["witness", "witnessed by", "witness names"], "text", ["long_text", "person"]),
    add("incident", "photos", ["photo", "pictures", "images", "attachments"], "file"),
    req("incident", "reported_by")])

R("p13r19", "en", PERMIT, "each permit needs its permit number", [
    add("permit", "permit number", ["number", "permit no", "permit id", "reference"], "text", ["integer"])])
R("p13r20", "en", PERMIT, "We stopped issuing Business permits, so the types are just Resident and Visitor. Also record the fee paid for the permit.", [
    opts("permit", "permit_type", ["Resident", "Visitor"]),
    add("permit", "fee paid", ["fee", "amount paid", "permit fee", "price"], "money")])
R("p13r21", "en", PERMIT, "A permit can cover several cars now. Take the vehicle registration off the permit and add a separate list of vehicles (registration, make, colour), each belonging to a permit.", [
    rm("permit", "vehicle_reg"),
    new_ent("Vehicle", ["Vehicles", "car", "permit vehicle"], [
        G("registration", ["reg", "plate", "number plate", "vehicle registration"], "text"),
        G("make", ["manufacturer", "brand", "make and model"], "text"),
        G("colour", ["color"], "text", ["choice"])]),
    rel("Vehicle", "permit")])

R("p13r22", "en", TOURN, "Can we get rid of the tournaments table? We only ever run the one tournament a year, the entries are enough on their own.", [
    rment("tournament"),
    rm("entry", "tournament")])
R("p13r23", "en", TOURN, "add how many players are in each team", [
    add("entry", "number of players", ["players", "squad size", "team size", "player count"], "integer")])
R("p13r24", "en", TOURN, "Captains are all staff so let us pick the captain from the directory. Should division be multi-select? no, leave division as it is. But team name must be filled in.", [
    ctype("entry", "captain", "person"),
    req("entry", "team_name")])

# ================================================================== French specs
ACTE = spec("Demandes d'actes", "Demandes de copies d'actes d'état civil.",
    ent("demande", "Demande", "Demandes", [
        fld("demandeur", "Demandeur", "text", req=True),
        fld("type_acte", "Type d'acte", "choice", req=True, options=["Naissance", "Mariage", "Décès"]),
        fld("date_demande", "Date de la demande", "date"),
        fld("mode_envoi", "Mode d'envoi", "choice", options=["Courrier", "Guichet", "Email"]),
        fld("traitee", "Traitée", "boolean")]))

STAGE = spec("Stages de natation", "Stages de l'école de natation et leurs participants.",
    ent("stage", "Stage", "Stages", [
        fld("intitule", "Intitulé", "text", req=True),
        fld("date_debut", "Date de début", "date"),
        fld("date_fin", "Date de fin", "date"),
        fld("niveau", "Niveau", "choice", options=["Débutant", "Confirmé"])]),
    ent("participant", "Participant", "Participants", [
        fld("stage", "Stage", "reference", req=True, target="stage"),
        fld("nom", "Nom", "text", req=True),
        fld("age", "Âge", "integer"),
        fld("telephone", "Téléphone", "phone")]))

SINI = spec("Sinistres", "Sinistres déclarés dans les immeubles gérés.",
    ent("immeuble", "Immeuble", "Immeubles", [
        fld("nom", "Nom", "text", req=True),
        fld("adresse", "Adresse", "text")]),
    ent("sinistre", "Sinistre", "Sinistres", [
        fld("immeuble", "Immeuble", "reference", req=True, target="immeuble"),
        fld("date_sinistre", "Date", "date", req=True),
        fld("nature", "Nature", "choice", options=["Dégât des eaux", "Incendie", "Bris de glace"]),
        fld("assureur", "Assureur", "text"),
        fld("montant", "Montant", "money")]))

BUS = spec("Entretien des bus", "Interventions d'entretien sur la flotte de bus.",
    ent("bus", "Bus", "Bus", [
        fld("numero", "Numéro de parc", "text", req=True, unique=True),
        fld("immatriculation", "Immatriculation", "text"),
        fld("mise_en_service", "Mise en service", "date"),
        fld("kilometrage", "Kilométrage", "integer")]),
    ent("intervention", "Intervention", "Interventions", [
        fld("bus", "Bus", "reference", req=True, target="bus"),
        fld("date_intervention", "Date", "date"),
        fld("type_intervention", "Type", "choice", options=["Vidange", "Freins", "Pneus"]),
        fld("cout", "Coût", "money")]))

R("p13r25", "fr", ACTE, "Ajoute le nombre d'exemplaires demandés", [
    add("demande", "nombre d'exemplaires", ["exemplaires", "nb exemplaires", "quantité", "copies", "number of copies"], "integer")])
R("p13r26", "fr", ACTE, "il faut pouvoir choisir aussi 'Livret de famille' dans les types d'acte, et rends la date de demande obligatoire stp", [
    opts("demande", "type_acte", ["Naissance", "Mariage", "Décès", "Livret de famille"]),
    req("demande", "date_demande")])
R("p13r27", "fr", ACTE, "On voudrait savoir qui a traité la demande et quand.", [
    add("demande", "traitée par", ["agent", "traité par", "traitee par", "handled by", "agent traitant"], "person", ["text"]),
    add("demande", "date de traitement", ["traitée le", "date traitement", "traité le", "handled on"], "date", ["datetime"])])

R("p13r28", "fr", STAGE, "Bonjour, pour les participants mineurs il nous faut le nom d'un parent, son email, et savoir si le certificat médical a été fourni. Merci !", [
    add("participant", "nom du parent", ["parent", "responsable légal", "nom parent", "parent name"], "text"),
    add("participant", "email du parent", ["email", "mail parent", "courriel", "parent email"], "email"),
    add("participant", "certificat médical fourni", ["certificat médical", "certificat fourni", "certificat", "medical certificate"], "boolean", ["file"])])
R("p13r29", "fr", STAGE, "supprime l'âge et mets plutôt la date de naissance, c'est plus fiable", [
    rm("participant", "age"),
    add("participant", "date de naissance", ["naissance", "né le", "date of birth"], "date")])
R("p13r30", "fr", STAGE, "Ajoute un tarif sur les stages. Et les niveaux doivent être : Débutant, Intermédiaire, Confirmé, Compétition.", [
    add("stage", "tarif", ["prix", "coût", "price", "montant"], "money"),
    opts("stage", "niveau", ["Débutant", "Intermédiaire", "Confirmé", "Compétition"])])

R("p13r31", "fr", SINI, "Il faudrait un statut sur les sinistres : Déclaré, Expertise, Indemnisé, Clos", [
    add("sinistre", "statut", ["état", "status", "avancement"], "choice", [], ["Déclaré", "Expertise", "Indemnisé", "Clos"])])
R("p13r32", "fr", SINI, "L'assureur devrait plutôt être une liste à part (nom, numéro de contrat, téléphone) et chaque immeuble est rattaché à son assureur. Du coup on peut enlever le champ assureur des sinistres.", [
    new_ent("Assureur", ["Assureurs", "assurance", "compagnie d'assurance", "insurer"], [
        G("nom", ["nom de l'assureur", "compagnie", "name"], "text"),
        G("numéro de contrat", ["contrat", "n° de contrat", "numero de contrat", "police", "policy number"], "text"),
        G("téléphone", ["telephone", "tel", "phone"], "phone")]),
    rel("immeuble", "Assureur"),
    rm("sinistre", "assureur")])
R("p13r33", "fr", SINI, "renomme « Montant » en « Montant estimé des dégâts »", [
    ren("sinistre", "montant", "Montant estimé des dégâts", ["Montant estimé", "Estimation des dégâts"])])

R("p13r34", "fr", BUS, "Le coût doit être obligatoire. Et ajoute le garage qui a fait l'intervention et la facture (PDF).", [
    req("intervention", "cout"),
    add("intervention", "garage", ["atelier", "prestataire", "réparateur", "garage ou atelier"], "text", ["choice"]),
    add("intervention", "facture", ["facture PDF", "invoice", "pièce jointe"], "file")])
R("p13r35", "fr", BUS, "types d'intervention : Vidange, Freins, Pneus, Carrosserie, Contrôle technique, Autre", [
    opts("intervention", "type_intervention", ["Vidange", "Freins", "Pneus", "Carrosserie", "Contrôle technique", "Autre"])])
R("p13r36", "fr", BUS, "On ne se sert plus de la date de mise en service, tu peux l'enlever. Par contre ajoute la catégorie du bus : Standard, Articulé ou Minibus.", [
    rm("bus", "mise_en_service"),
    add("bus", "catégorie", ["categorie", "type", "type de bus", "category"], "choice", [], ["Standard", "Articulé", "Minibus"])])

# ================================================================== Spanish specs
SEMI = spec("Seminarios", "Seminarios del departamento de investigación.",
    ent("seminario", "Seminario", "Seminarios", [
        fld("titulo", "Título", "text", req=True),
        fld("ponente", "Ponente", "text", req=True),
        fld("fecha", "Fecha y hora", "datetime"),
        fld("sala", "Sala", "choice", options=["Aula Magna", "Sala 2.10"]),
        fld("resumen", "Resumen", "long_text")]))

QUEJA = spec("Quejas y sugerencias", "Quejas y sugerencias de los vecinos al ayuntamiento.",
    ent("queja", "Queja", "Quejas", [
        fld("ciudadano", "Ciudadano", "text", req=True),
        fld("email", "Email", "email"),
        fld("fecha", "Fecha", "date", req=True),
        fld("tema", "Tema", "choice", options=["Limpieza", "Tráfico", "Ruido", "Otros"]),
        fld("descripcion", "Descripción", "long_text"),
        fld("estado", "Estado", "choice", options=["Abierta", "Cerrada"])]))

PADEL = spec("Socios pádel", "Socios del club de pádel y sus cuotas.",
    ent("socio", "Socio", "Socios", [
        fld("nombre", "Nombre", "text", req=True),
        fld("dni", "DNI", "text", unique=True),
        fld("telefono", "Teléfono", "phone"),
        fld("nivel", "Nivel", "choice", options=["Bajo", "Medio", "Alto"])]),
    ent("cuota", "Cuota", "Cuotas", [
        fld("socio", "Socio", "reference", req=True, target="socio"),
        fld("mes", "Mes", "text"),
        fld("importe", "Importe", "money"),
        fld("pagada", "Pagada", "boolean")]))

GARAJE = spec("Plazas de garaje", "Alquiler de las plazas del garaje de la empresa.",
    ent("plaza", "Plaza", "Plazas", [
        fld("numero", "Número", "text", req=True, unique=True),
        fld("planta", "Planta", "choice", options=["-1", "-2"]),
        fld("precio_mensual", "Precio mensual", "money")]),
    ent("contrato", "Contrato", "Contratos", [
        fld("plaza", "Plaza", "reference", req=True, target="plaza"),
        fld("arrendatario", "Arrendatario", "text", req=True),
        fld("fecha_inicio", "Fecha de inicio", "date"),
        fld("fianza", "Fianza", "money")]))

R("p13r37", "es", SEMI, "añade el email del ponente", [
    add("seminario", "email del ponente", ["email", "correo", "correo del ponente", "speaker email"], "email")])
R("p13r38", "es", SEMI, "La sala tiene que ser obligatoria, y las opciones son Aula Magna, Sala 2.10 y Online.", [
    req("seminario", "sala"),
    opts("seminario", "sala", ["Aula Magna", "Sala 2.10", "Online"])])
R("p13r39", "es", SEMI, "Hola, ahora grabamos los seminarios: ¿podemos guardar el enlace a la grabación?", [
    add("seminario", "enlace a la grabación", ["grabación", "enlace", "vídeo", "url", "recording link"], "url")])

R("p13r40", "es", QUEJA, "el estado debería ser: Recibida, En trámite, Resuelta, Archivada", [
    opts("queja", "estado", ["Recibida", "En trámite", "Resuelta", "Archivada"])])
R("p13r41", "es", QUEJA, "Necesitamos asignar cada queja a un departamento. Crea una lista de departamentos con nombre y responsable, y enlaza las quejas.", [
    new_ent("Departamento", ["Departamentos", "área", "servicio", "department"], [
        G("nombre", ["name", "departamento"], "text"),
        G("responsable", ["jefe", "encargado", "manager"], "person", ["text"])]),
    rel("queja", "Departamento")])
R("p13r42", "es", QUEJA, "Quita el email, ya no lo pedimos por protección de datos. Y cambia 'Ciudadano' por 'Nombre del ciudadano'.", [
    rm("queja", "email"),
    ren("queja", "ciudadano", "Nombre del ciudadano", ["Nombre", "Nombre ciudadano"])])

R("p13r43", "es", PADEL, "Añade la fecha de alta de cada socio", [
    add("socio", "fecha de alta", ["alta", "fecha de inscripción", "socio desde", "join date"], "date")])
R("p13r44", "es", PADEL, "El mes de la cuota mejor como fecha, que con texto cada uno lo escribe como quiere. Y el importe que sea obligatorio.", [
    ctype("cuota", "mes", "date"),
    req("cuota", "importe")])
R("p13r45", "es", PADEL, "Niveles: Iniciación, Intermedio, Avanzado, Competición", [
    opts("socio", "nivel", ["Iniciación", "Intermedio", "Avanzado", "Competición"])])

R("p13r46", "es", GARAJE, "en los contratos añade la matrícula del coche y un teléfono de contacto del arrendatario", [
    add("contrato", "matrícula", ["matricula", "matrícula del coche", "vehículo", "plate"], "text"),
    add("contrato", "teléfono", ["telefono", "teléfono de contacto", "móvil", "phone"], "phone")])
R("p13r47", "es", GARAJE, "La fianza no la usamos, bórrala. Y falta la fecha de fin del contrato.", [
    rm("contrato", "fianza"),
    add("contrato", "fecha de fin", ["fecha fin", "fin", "fecha de finalización", "end date", "vencimiento"], "date")])
R("p13r48", "es", GARAJE, "Cada plaza puede ser para coche, moto o trastero, añade eso. Y el arrendatario que se elija de la lista de empleados, porque solo alquilamos a empleados.", [
    add("plaza", "tipo", ["tipo de plaza", "uso", "type"], "choice", [], ["Coche", "Moto", "Trastero"]),
    ctype("contrato", "arrendatario", "person")])

# ================================================================== German specs
EXPE = spec("Laborprojekte", "Projekte der Arbeitsgruppe und ihre Experimente.",
    ent("projekt", "Projekt", "Projekte", [
        fld("name", "Name", "text", req=True),
        fld("leiter", "Projektleiter", "person"),
        fld("budget", "Budget", "money")]),
    ent("experiment", "Experiment", "Experimente", [
        fld("projekt", "Projekt", "reference", req=True, target="projekt"),
        fld("titel", "Titel", "text", req=True),
        fld("datum", "Datum", "date"),
        fld("ergebnis", "Ergebnis", "choice", options=["positiv", "negativ"])]))

GEW = spec("Gewerbeanmeldungen", "Gewerbeanmeldungen beim Ordnungsamt.",
    ent("gewerbeanmeldung", "Gewerbeanmeldung", "Gewerbeanmeldungen", [
        fld("firmenname", "Firmenname", "text", req=True),
        fld("inhaber", "Inhaber", "text", req=True),
        fld("adresse", "Betriebsadresse", "text"),
        fld("branche", "Branche", "choice", options=["Handel", "Handwerk", "Gastronomie", "Dienstleistung"]),
        fld("datum", "Datum", "date"),
        fld("gebuehr", "Gebühr", "money")]))

ANW = spec("Trainingsanwesenheit", "Wer war bei welchem Training.",
    ent("gruppe", "Gruppe", "Gruppen", [
        fld("name", "Name", "text", req=True),
        fld("trainer", "Trainer", "text"),
        fld("wochentag", "Wochentag", "choice", options=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"])]),
    ent("teilnahme", "Teilnahme", "Teilnahmen", [
        fld("gruppe", "Gruppe", "reference", req=True, target="gruppe"),
        fld("mitglied", "Mitglied", "text", req=True),
        fld("datum", "Datum", "date", req=True),
        fld("anwesend", "Anwesend", "boolean")]))

REIFEN = spec("Reifenlager", "Reifensätze der Dienstfahrzeuge.",
    ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [
        fld("kennzeichen", "Kennzeichen", "text", req=True, unique=True),
        fld("modell", "Modell", "text"),
        fld("standort", "Standort", "text")]),
    ent("reifensatz", "Reifensatz", "Reifensätze", [
        fld("fahrzeug", "Fahrzeug", "reference", req=True, target="fahrzeug"),
        fld("art", "Art", "choice", options=["Sommer", "Winter", "Ganzjahr"]),
        fld("lagerplatz", "Lagerplatz", "text"),
        fld("profiltiefe", "Profiltiefe (mm)", "decimal")]))

R("p13r49", "de", EXPE, "Beim Experiment bitte noch das Protokoll als Datei hochladen können", [
    add("experiment", "Protokoll", ["Protokolldatei", "Versuchsprotokoll", "Datei", "protocol"], "file")])
R("p13r50", "de", EXPE, "Ergebnis soll sein: erfolgreich, teilweise erfolgreich, fehlgeschlagen, offen", [
    opts("experiment", "ergebnis", ["erfolgreich", "teilweise erfolgreich", "fehlgeschlagen", "offen"])])
R("p13r51", "de", EXPE, "Das Budget verwalten wir woanders, bitte aus dem Projekt raus. Dafür brauchen wir Start- und Enddatum des Projekts.", [
    rm("projekt", "budget"),
    add("projekt", "Startdatum", ["Start", "Beginn", "Projektstart", "start date"], "date"),
    add("projekt", "Enddatum", ["Ende", "Projektende", "Laufzeitende", "end date"], "date")])

R("p13r52", "de", GEW, "Füge bitte noch die Steuernummer hinzu", [
    add("gewerbeanmeldung", "Steuernummer", ["Steuer-Nr", "StNr", "tax number"], "text")])
R("p13r53", "de", GEW, "Die Gebühr bitte als Pflichtfeld, und 'Branche' umbenennen in 'Wirtschaftszweig'.", [
    req("gewerbeanmeldung", "gebuehr"),
    ren("gewerbeanmeldung", "branche", "Wirtschaftszweig", ["Wirtschaftsbereich"])])
R("p13r54", "de", GEW, "Wir brauchen noch die Art der Meldung, also Anmeldung, Ummeldung oder Abmeldung.", [
    add("gewerbeanmeldung", "Art der Meldung", ["Meldungsart", "Art", "Meldung", "type"], "choice", [], ["Anmeldung", "Ummeldung", "Abmeldung"])])

R("p13r55", "de", ANW, "Bei den Gruppen fehlt noch die Uhrzeit und in welcher Halle trainiert wird", [
    add("gruppe", "Uhrzeit", ["Zeit", "Trainingszeit", "Beginn", "time"], "text", ["datetime"]),
    add("gruppe", "Halle", ["Sporthalle", "Ort", "Trainingsort", "hall"], "text", ["choice"])])
R("p13r56", "de", ANW, "Das Mitglied soll nicht mehr als Text eingetippt, sondern aus einer Mitgliederliste ausgewählt werden. Leg die bitte an (Name, Geburtsdatum, E-Mail).", [
    new_ent("Mitglied", ["Mitglieder", "Vereinsmitglied", "member"], [
        G("Name", ["Vor- und Nachname", "Mitgliedsname"], "text"),
        G("Geburtsdatum", ["Geburtstag", "geboren am", "date of birth"], "date"),
        G("E-Mail", ["Email", "Mail"], "email")]),
    ctype("teilnahme", "mitglied", "reference"),
    rel("teilnahme", "Mitglied")])
R("p13r57", "de", ANW, "Unsere Trainer sind alle beim Verein angestellt, bitte den Trainer aus dem Mitarbeiterverzeichnis wählen lassen.", [
    ctype("gruppe", "trainer", "person")])

R("p13r58", "de", REIFEN, "Reifensatz: bitte noch Reifengröße und Hersteller, und die Profiltiefe muss immer ausgefüllt werden.", [
    add("reifensatz", "Reifengröße", ["Größe", "Dimension", "Reifendimension", "tyre size"], "text"),
    add("reifensatz", "Hersteller", ["Marke", "Fabrikat", "brand"], "text", ["choice"]),
    req("reifensatz", "profiltiefe")])
R("p13r59", "de", REIFEN, "Den Standort beim Fahrzeug brauchen wir nicht mehr. Und Lagerplatz bitte in 'Regalplatz' umbenennen.", [
    rm("fahrzeug", "standort"),
    ren("reifensatz", "lagerplatz", "Regalplatz", ["Regal"])])
R("p13r60", "de", REIFEN, "Moin, die Reifen lagert jetzt der Reifenhändler, die Reifensätze brauchen wir nicht mehr als eigene Tabelle. Beim Fahrzeug reicht: aktuell montiert (Sommer, Winter, Ganzjahr).", [
    rment("reifensatz"),
    add("fahrzeug", "aktuell montiert", ["montiert", "Bereifung", "aktuelle Bereifung", "Reifenart", "tyres fitted"], "choice", [], ["Sommer", "Winter", "Ganzjahr"])])

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), Counter(c["lang"] for c in CASES))
