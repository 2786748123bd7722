#!/usr/bin/env python3
"""Builds refine.jsonl (probe6: staff in larger organisations, long indirect chat edits)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []
KEEP = "all other fields and entities unchanged"


def fld(key, label, type, req=False, uniq=False, opts=None, target=None):
    f = {"key": key, "label": label, "type": type}
    if req:
        f["required"] = True
    if uniq:
        f["unique"] = True
    if opts:
        f["options"] = list(opts)
    if target:
        f["target"] = target
    return f


def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}


def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}


def F(name, type, aliases, alt=(), opts=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if opts:
        f["options"] = list(opts)
    if opt:
        f["optional"] = True
    return f


def AF(entity, name, type, aliases, alt=(), opts=None):
    op = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if opts:
        op["options"] = list(opts)
    return op


def RF(entity, field):
    return {"op": "remove_field", "entity": entity, "field": field}


def RN(entity, field, to, aliases=()):
    return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}


def CT(entity, field, type, alt=()):
    return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}


def SR(entity, field, value=True):
    return {"op": "set_required", "entity": entity, "field": field, "value": value}


def SO(entity, field, opts):
    return {"op": "set_options", "entity": entity, "field": field, "options": list(opts)}


def AE(name, aliases, *fields):
    return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": list(fields)}


def RE(entity):
    return {"op": "remove_entity", "entity": entity}


def AR(frm, to):
    return {"op": "add_relation", "from": frm, "to": to}


def R(id, lang, sp, request, *ops):
    CASES.append({"id": id, "lang": lang, "spec": sp, "request": request, "expect": list(ops), "keep": KEEP})


# ------------------------------------------------------------------ English
R("p6r01", "en",
  spec("Module catalogue", "Faculty list of taught modules.",
       ent("module", "Module", "Modules",
           fld("code", "Module code", "text", req=True, uniq=True),
           fld("title", "Title", "text", req=True),
           fld("convenor", "Convenor", "person"),
           fld("credits", "Credits", "integer"),
           fld("semester", "Semester", "choice", opts=["Autumn", "Spring"]))),
  "Following on from the programme review last week: at the moment we have no way to tell which modules are core and which "
  "are optional, and students keep asking whether a module has a resit opportunity in August. Could both of those go on the "
  "module as simple yes/no ticks? (Core = yes means it's compulsory for the programme.)",
  AF("module", "core", "boolean", ["core module", "compulsory", "is core", "mandatory"], ["choice"]),
  AF("module", "resit available", "boolean", ["resit", "has resit", "resit opportunity"]))

R("p6r02", "en",
  spec("Resident parking permits", "Applications for resident parking permits.",
       ent("permit_application", "Permit application", "Permit applications",
           fld("applicant_name", "Applicant name", "text", req=True),
           fld("address", "Address", "text"),
           fld("vehicle_registration", "Vehicle registration", "text"),
           fld("zone", "Zone", "choice", opts=["Central", "Northgate", "Harbour"]),
           fld("status", "Status", "choice", opts=["Received", "Approved", "Rejected"]),
           fld("submitted_on", "Submitted on", "date"))),
  "Hi both - two things from Parking Services. Since September there's a fourth controlled zone, Riverside, which the form "
  "doesn't offer, so people are picking Harbour and we're issuing the wrong permits. Secondly, the statutory 28-day clock starts from "
  "the submission date, so an application without one is useless to us; please don't let anyone save one without it.",
  SO("permit_application", "zone", ["Central", "Northgate", "Harbour", "Riverside"]),
  SR("permit_application", "submitted_on", True))

R("p6r03", "en",
  spec("Falls risk assessments", "Ward falls risk assessments.",
       ent("assessment", "Assessment", "Assessments",
           fld("bed", "Bed", "text", req=True),
           fld("assessed_at", "Assessed at", "datetime"),
           fld("assessed_by", "Assessed by", "person"),
           fld("score", "Score", "integer"),
           fld("risk_level", "Risk level", "choice", opts=["Low", "High"]),
           fld("notes", "Notes", "long_text"))),
  "The risk level only ever is low or high, never medium, and the tool we use has three bands, so the middle scores end up "
  "being put in as 'High' and the ward looks worse than it is. Separately, matron asked that we note whether the family or "
  "next of kin has been informed of the risk.",
  SO("assessment", "risk_level", ["Low", "Medium", "High"]),
  AF("assessment", "family informed", "boolean", ["next of kin informed", "family notified", "NOK informed", "relatives informed"]))

R("p6r04", "en",
  spec("Non-conformance reports", "Internal NCRs raised on the shop floor.",
       ent("ncr", "NCR", "NCRs",
           fld("ncr_number", "NCR number", "text", req=True, uniq=True),
           fld("part_number", "Part number", "text"),
           fld("quantity_rejected", "Quantity rejected", "integer"),
           fld("defect", "Defect", "choice", opts=["Dimensional", "Surface", "Assembly", "Material"]),
           fld("raised_by", "Raised by", "person"),
           fld("disposition", "Disposition", "choice", opts=["Scrap", "Rework", "Use as is"]))),
  "As discussed with Dave on the Tuesday call, the thing is we still can't see which machine a defect came from, which makes the "
  "monthly Pareto pretty pointless. What we had in mind is a list of our machines - asset number, machine name and the production "
  "line it sits on - with every NCR pointing at the machine concerned.",
  AE("Machine", ["Machines", "equipment", "asset"],
     F("asset number", "text", ["asset no", "machine number", "asset tag"]),
     F("name", "text", ["machine name", "description"]),
     F("production line", "text", ["line", "cell"], ["choice"])),
  AR("ncr", "Machine"))

R("p6r05", "en",
  spec("Claims correspondence", "Letters in and out on motor claims.",
       ent("letter", "Letter", "Letters",
           fld("claim_number", "Claim number", "text", req=True),
           fld("direction", "Direction", "choice", opts=["Incoming", "Outgoing"]),
           fld("received_on", "Received on", "date"),
           fld("letter_type", "Type", "choice", opts=["Other"]),
           fld("handler", "Handler", "person"),
           fld("scan", "Scan", "file"))),
  "Quick one from the motor claims back office. We log outgoing letters as well, so a column called 'Received on' makes no sense "
  "for half of them - could the label read 'Letter date' instead? And honestly the Type dropdown can go altogether; it only ever "
  "had 'Other' in it and no one has missed it.",
  RN("letter", "received_on", "Letter date", ["Date of letter", "Date"]),
  RF("letter", "letter_type"))

R("p6r06", "en",
  spec("Outbound shipments", "Shipments leaving the hub.",
       ent("carrier", "Carrier", "Carriers",
           fld("name", "Name", "text", req=True),
           fld("scac", "SCAC code", "text")),
       ent("shipment", "Shipment", "Shipments",
           fld("reference", "Reference", "text", req=True, uniq=True),
           fld("carrier", "Carrier", "reference", target="carrier"),
           fld("ship_date", "Ship date", "date"),
           fld("weight", "Weight", "text"),
           fld("status", "Status", "choice", opts=["Booked", "Collected", "Delivered"]))),
  "Weight is being typed in as free text, so we get '12kg', '12 kilos', '12,5' and so on, and finance can't total anything at month end. "
  "It needs to be an actual number in kg (with decimals). While we're on it, the transport planners would like to know how many "
  "pallets went on each shipment.",
  CT("shipment", "weight", "decimal", ["integer"]),
  AF("shipment", "number of pallets", "integer", ["pallets", "pallet count", "pallet quantity"]))

R("p6r07", "en",
  spec("Guided tours", "Public guided tours of the galleries.",
       ent("tour", "Tour", "Tours",
           fld("title", "Title", "text", req=True),
           fld("starts_at", "Starts at", "datetime", req=True),
           fld("guide", "Guide", "person"),
           fld("language", "Language", "choice", opts=["English", "French", "German"]),
           fld("max_group_size", "Max group size", "integer"))),
  "Morning! Since the summer we've had two new volunteer guides who give tours in Spanish and Italian, and there's nowhere to "
  "put that, so they're entered as English. It would also be great if we could see how many visitors actually turned up to each "
  "tour, as opposed to the maximum - the Learning team reports on it quarterly.",
  SO("tour", "language", ["English", "French", "German", "Spanish", "Italian"]),
  AF("tour", "attendance", "integer", ["number of visitors", "visitors", "attendees", "turned up", "actual attendance", "headcount"]))

R("p6r08", "en",
  spec("Sample shipments", "Frozen samples sent to collaborating labs.",
       ent("shipment", "Shipment", "Shipments",
           fld("tracking_number", "Tracking number", "text"),
           fld("destination_lab", "Destination lab", "text", req=True),
           fld("sent_on", "Sent on", "date"),
           fld("temperature", "Temperature", "choice", opts=["Ambient", "4°C", "Dry ice"])),
       ent("courier_contact", "Courier contact", "Courier contacts",
           fld("name", "Name", "text", req=True),
           fld("phone", "Phone", "phone"))),
  "We set up the courier contacts list at the start, but in practice everyone just rings the main booking number, so please delete "
  "that list entirely. And one more thing - people keep saving shipments without a tracking number, and then we can't chase anything "
  "that goes missing, so that should be compulsory.",
  RE("courier_contact"),
  SR("shipment", "tracking_number", True))

R("p6r09", "en",
  spec("Housekeeping", "Room status and cleaning tasks.",
       ent("room", "Room", "Rooms",
           fld("number", "Room number", "text", req=True, uniq=True),
           fld("floor", "Floor", "integer"),
           fld("room_type", "Room type", "choice", opts=["Single", "Double", "Suite"]),
           fld("status", "Status", "choice", opts=["Clean", "Dirty", "Inspected", "Out of order"])),
       ent("cleaning_task", "Cleaning task", "Cleaning tasks",
           fld("room", "Room", "reference", req=True, target="room"),
           fld("attendant", "Attendant", "person"),
           fld("date", "Date", "date"),
           fld("minutes", "Minutes", "integer"))),
  "Feedback from the housekeeping managers' meeting, in no particular order:\n"
  "- the 'Minutes' label confuses people (several thought it was for meeting minutes!), so could it say 'Time taken (minutes)'?\n"
  "- we'd like to record whether each clean was a stayover or a departure clean, since they have different time standards\n"
  "- a cleaning task should never be saved without the attendant's name on it",
  RN("cleaning_task", "minutes", "Time taken (minutes)", ["Time taken", "Duration (minutes)", "Duration"]),
  AF("cleaning_task", "clean type", "choice", ["type", "cleaning type", "stayover or departure", "kind of clean"], opts=["Stayover", "Departure"]),
  SR("cleaning_task", "attendant", True))

R("p6r10", "en",
  spec("Volunteers", "Charity volunteer register.",
       ent("volunteer", "Volunteer", "Volunteers",
           fld("name", "Name", "text", req=True),
           fld("email", "Email", "email"),
           fld("phone", "Phone", "phone"),
           fld("start_date", "Start date", "date"),
           fld("role", "Role", "choice", opts=["Shop", "Warehouse", "Events", "Befriending"]))),
  "Hello, the volunteer office again. Our insurer now wants evidence of training, and at the moment we have no way to tell who has "
  "done what. We run a handful of courses (safeguarding, manual handling, food hygiene and so on) - each has a title and stays valid "
  "for a number of months. Most volunteers will have done several of them, so for every course someone completes we'd want the "
  "volunteer, the course and the date they completed it.",
  AE("Training course", ["Course", "Training"],
     F("title", "text", ["name", "course title"]),
     F("validity in months", "integer", ["validity", "valid for", "months valid"])),
  AE("Training record", ["Completion", "Course completion", "Training completed", "Volunteer training"],
     F("completed on", "date", ["date completed", "date", "completion date"])),
  AR("Training record", "volunteer"),
  AR("Training record", "Training course"))

R("p6r11", "en",
  spec("Conflict checks", "Conflict searches before opening a new matter.",
       ent("conflict_check", "Conflict check", "Conflict checks",
           fld("client_name", "Client name", "text", req=True),
           fld("opposing_party", "Opposing party", "text"),
           fld("requested_by", "Requested by", "person"),
           fld("date_requested", "Date requested", "date"),
           fld("result", "Result", "choice", opts=["Clear", "Conflict", "Needs review"]),
           fld("notes", "Notes", "long_text"))),
  "Hi - a few tweaks to the conflicts tool after the partners' meeting. They'd rather the 'Opposing party' column were called "
  "'Other side', which is the wording in our engagement letters. The notes box is never filled in, so it can be removed. Lastly, "
  "compliance asked that the search report printout be attached to each check for the audit trail.",
  RN("conflict_check", "opposing_party", "Other side", ["Other party"]),
  RF("conflict_check", "notes"),
  AF("conflict_check", "search report", "file", ["report", "printout", "attachment", "search printout"]))

R("p6r12", "en",
  spec("Library complaints", "Customer complaints across the library network.",
       ent("branch", "Branch", "Branches",
           fld("name", "Name", "text", req=True, uniq=True),
           fld("opening_hours", "Opening hours", "text")),
       ent("complaint", "Complaint", "Complaints",
           fld("received_on", "Received on", "date"),
           fld("branch", "Branch", "text"),
           fld("category", "Category", "choice", opts=["Staff", "Building", "Stock", "IT", "Other"]),
           fld("description", "Description", "long_text"),
           fld("resolved", "Resolved", "boolean"))),
  "At the moment the branch on a complaint is typed by hand, which means we get 'Central', 'Central Lib', 'central library' and so "
  "on, and the quarterly report by branch is a nightmare to put together. We already keep the list of branches in this same app, so "
  "it should simply be picked from that list.",
  CT("complaint", "branch", "reference"),
  AR("complaint", "branch"))

R("p6r13", "en",
  spec("Research ethics applications", "Faculty research ethics review.",
       ent("application", "Application", "Applications",
           fld("title", "Project title", "text", req=True),
           fld("applicant", "Applicant", "person", req=True),
           fld("risk_level", "Risk level", "choice", opts=["Low", "Medium", "High"]),
           fld("submitted_on", "Submitted on", "date"),
           fld("decision", "Decision", "choice", opts=["Approved", "Amendments required", "Rejected"]),
           fld("decision_date", "Decision date", "date"))),
  "People keep emailing the ethics office asking whether their application has gone out for review yet. If we could record who the "
  "reviewer is and on what date we sent it to them, I could just point applicants at the record instead of digging through the inbox.",
  AF("application", "reviewer", "person", ["assigned reviewer", "reviewed by"], ["text"]),
  AF("application", "sent to reviewer on", "date", ["date sent to reviewer", "sent for review", "review sent date", "sent on"]))

R("p6r14", "en",
  spec("Graffiti reports", "Graffiti removal requests from residents.",
       ent("report", "Report", "Reports",
           fld("location", "Location", "text", req=True),
           fld("reported_on", "Reported on", "date"),
           fld("surface", "Surface", "choice", opts=["Brick", "Metal", "Glass", "Wood"]),
           fld("priority", "Priority", "text"),
           fld("photo", "Photo", "file"),
           fld("status", "Status", "choice", opts=["New", "Scheduled", "Removed"]))),
  "The cleansing crews have raised two issues. Priority is free text right now, so we get 'urgent', 'URGENT!!', 'asap', 'high'… "
  "which can't be sorted. It should be a fixed list: Standard, Urgent (24h) and Hazard. Also, crews won't go out to a job without a "
  "photo, so I'd like the photo to be required when a report is logged.",
  CT("report", "priority", "choice"),
  SO("report", "priority", ["Standard", "Urgent (24h)", "Hazard"]),
  SR("report", "photo", True))

R("p6r15", "en",
  spec("Yard management", "Trailers in the yard at the logistics hub.",
       ent("trailer", "Trailer", "Trailers",
           fld("trailer_number", "Trailer number", "text", req=True),
           fld("carrier", "Carrier", "text"),
           fld("arrived_at", "Arrived at", "datetime"),
           fld("bay", "Bay", "text"),
           fld("loaded", "Loaded", "boolean"))),
  "The yard marshals tell me the bay column is pointless, because trailers get shunted between bays several times a shift and "
  "nobody updates it; please drop it. What they do need is somewhere to write the seal number, which they check on arrival.",
  RF("trailer", "bay"),
  AF("trailer", "seal number", "text", ["seal", "seal no", "seal ID"]))

R("p6r16", "en",
  spec("Shift swaps", "Nursing staff shift swap requests.",
       ent("swap_request", "Swap request", "Swap requests",
           fld("requested_by", "Requested by", "person", req=True),
           fld("shift_date", "Original shift date", "date", req=True),
           fld("swap_with", "Swap with", "person"),
           fld("approved", "Approved", "boolean"),
           fld("reason", "Reason", "long_text"))),
  "This has grown beyond one ward, so we now need a list of wards (ward name and the ward manager) and each swap request should "
  "belong to one ward. Also - and this came up in the staffing audit - a tick saying 'approved' isn't enough: I need to know who "
  "approved it and on which date.",
  AE("Ward", ["Wards", "unit", "department"],
     F("name", "text", ["ward name"]),
     F("ward manager", "person", ["manager", "sister", "charge nurse"], ["text"])),
  AR("swap_request", "Ward"),
  AF("swap_request", "approver", "person", ["approved by", "approving manager"], ["text"]),
  AF("swap_request", "approval date", "date", ["date approved", "approved on"], ["datetime"]))

# ------------------------------------------------------------------ French
R("p6r17", "fr",
  spec("Concessions funéraires", "Suivi des concessions dans les cimetières communaux.",
       ent("concession", "Concession", "Concessions",
           fld("numero", "Numéro", "text", req=True, uniq=True),
           fld("emplacement", "Emplacement", "text"),
           fld("titulaire", "Titulaire", "text"),
           fld("date_achat", "Date d'achat", "date"),
           fld("duree", "Durée", "choice", opts=["15 ans", "30 ans", "50 ans", "Perpétuelle"]),
           fld("montant", "Montant", "money"))),
  "Bonjour, service des cimetières. Dans la liste des durées, il manque les concessions de 10 ans, alors qu'on en vend encore dans "
  "l'ancien cimetière. Par ailleurs, ce que l'on doit surveiller avant tout, c'est la date à laquelle la concession arrive à "
  "échéance : aujourd'hui on la recalcule de tête à chaque fois, ce n'est pas tenable.",
  SO("concession", "duree", ["10 ans", "15 ans", "30 ans", "50 ans", "Perpétuelle"]),
  AF("concession", "date d'échéance", "date", ["échéance", "date de fin", "expire le", "expiry date"]))

R("p6r18", "fr",
  spec("Demandes de relevés de notes", "Demandes de documents adressées à la scolarité.",
       ent("demande", "Demande", "Demandes",
           fld("etudiant", "Étudiant", "text", req=True),
           fld("numero_etudiant", "Numéro étudiant", "text"),
           fld("type_document", "Type de document", "choice", opts=["Relevé de notes", "Attestation de réussite", "Certificat de scolarité"]),
           fld("date_demande", "Date de la demande", "date"),
           fld("traitee", "Traitée", "boolean"))),
  "Petite remarque de la scolarité : la case « traitée » ne nous suffit pas. Quand un étudiant rappelle, on aimerait pouvoir lui dire "
  "quel gestionnaire s'est occupé de sa demande et à quelle date elle a été traitée.",
  AF("demande", "traité par", "person", ["gestionnaire", "traitée par", "agent"], ["text"]),
  AF("demande", "date de traitement", "date", ["traitée le", "date traitée", "processed on"], ["datetime"]))

R("p6r19", "fr",
  spec("Brancardage", "Demandes de transport de patients au sein de l'hôpital.",
       ent("demande_transport", "Demande de transport", "Demandes de transport",
           fld("chambre", "Chambre", "text", req=True),
           fld("destination", "Destination", "choice", opts=["Radiologie", "Bloc", "Consultations", "Laboratoire"]),
           fld("demande_a", "Demandé à", "datetime"),
           fld("urgence", "Urgence", "boolean"),
           fld("brancardier", "Brancardier", "person"))),
  "Bonjour, je suis l'encadrante du pool brancardage. Le champ « Urgence » en simple case à cocher ne correspond pas à notre "
  "fonctionnement : nous avons trois niveaux, normal, prioritaire et urgence vitale, et c'est ce niveau qui décide de l'ordre de "
  "passage. Merci de le transformer en conséquence.",
  CT("demande_transport", "urgence", "choice"),
  SO("demande_transport", "urgence", ["Normal", "Prioritaire", "Urgence vitale"]))

R("p6r20", "fr",
  spec("Maintenance atelier", "Machines et interventions de maintenance.",
       ent("machine", "Machine", "Machines",
           fld("numero", "Numéro", "text", req=True, uniq=True),
           fld("designation", "Désignation", "text"),
           fld("atelier", "Atelier", "choice", opts=["Usinage", "Soudure", "Peinture"])),
       ent("intervention", "Intervention", "Interventions",
           fld("machine", "Machine", "reference", req=True, target="machine"),
           fld("date", "Date", "date"),
           fld("technicien", "Technicien", "person"),
           fld("duree_heures", "Durée (heures)", "decimal"),
           fld("type", "Type", "choice", opts=["Préventive", "Curative"]))),
  "Comme convenu avec le responsable maintenance, on aimerait aussi gérer le magasin de pièces de rechange : pour chaque pièce, sa "
  "référence, sa désignation et la quantité en stock. Autre chose, le champ « Atelier » sur les machines fait doublon avec le numéro "
  "(le préfixe indique déjà l'atelier), donc vous pouvez l'enlever.",
  AE("Pièce de rechange", ["Pièce", "Pièces détachées", "spare part", "article"],
     F("référence", "text", ["ref", "code article", "numéro"]),
     F("désignation", "text", ["libellé", "nom", "description"]),
     F("stock", "integer", ["quantité en stock", "quantité", "qté"], ["decimal"])),
  RF("machine", "atelier"))

R("p6r21", "fr",
  spec("Sinistres auto", "Suivi des sinistres automobiles au back-office.",
       ent("sinistre", "Sinistre", "Sinistres",
           fld("numero", "Numéro de sinistre", "text", req=True, uniq=True),
           fld("date_sinistre", "Date du sinistre", "date"),
           fld("assure", "Assuré", "text"),
           fld("montant_estime", "Montant estimé", "money"),
           fld("statut", "Statut", "choice", opts=["Ouvert", "En expertise", "Réglé", "Clos"]))),
  "Deux ajustements, s'il vous plaît. Le libellé « Montant estimé » prête à confusion avec le chiffrage de l'expert ; les gestionnaires "
  "préféreraient lire « Estimation gestionnaire ». Et il arrive qu'un dossier soit enregistré sans statut du tout, ce qui le fait "
  "disparaître de tous nos tableaux de bord : le statut ne devrait jamais pouvoir rester vide.",
  RN("sinistre", "montant_estime", "Estimation gestionnaire", ["Estimation du gestionnaire"]),
  SR("sinistre", "statut", True))

R("p6r22", "fr",
  spec("Inventaires tournants", "Comptages d'emplacements sur la plateforme.",
       ent("comptage", "Comptage", "Comptages",
           fld("emplacement", "Emplacement", "text", req=True),
           fld("reference_article", "Référence article", "text"),
           fld("quantite_theorique", "Quantité théorique", "integer"),
           fld("quantite_comptee", "Quantité comptée", "integer"),
           fld("compte_par", "Compté par", "person"),
           fld("date", "Date", "date"))),
  "Souci remonté par les caristes : pour les articles vendus au poids on compte en kilos, et la quantité comptée n'accepte que des "
  "nombres entiers, donc 12,5 kg devient 12 ou 13 selon l'humeur. Il faudrait des décimales sur ce champ-là (la quantité théorique, "
  "elle, vient de l'ERP et peut rester telle quelle). Et quand il y a un doute sur un emplacement, ce serait pratique de pouvoir "
  "joindre une photo.",
  CT("comptage", "quantite_comptee", "decimal"),
  AF("comptage", "photo", "file", ["photo de l'emplacement", "image", "pièce jointe"]))

R("p6r23", "fr",
  spec("Demandes de prêt d'œuvres", "Demandes de prêt reçues d'autres institutions.",
       ent("demande_pret", "Demande de prêt", "Demandes de prêt",
           fld("institution", "Institution emprunteuse", "text", req=True),
           fld("exposition", "Exposition", "text"),
           fld("date_debut", "Date de début", "date"),
           fld("date_fin", "Date de fin", "date"),
           fld("oeuvres", "Œuvres demandées", "long_text"),
           fld("avis", "Avis du conservateur", "choice", opts=["Favorable", "Défavorable"]))),
  "Bonjour, ici la régie des œuvres. Dans l'avis du conservateur, il manque « Favorable sous réserve », qui est pourtant l'avis le plus "
  "fréquent (conditions d'éclairage, de vitrine, etc.). Et, détail qui a son importance pour nos collègues, « Exposition » devrait "
  "s'intituler « Titre de l'exposition ».",
  SO("demande_pret", "avis", ["Favorable", "Favorable sous réserve", "Défavorable"]),
  RN("demande_pret", "exposition", "Titre de l'exposition", ["Titre exposition"]))

R("p6r24", "fr",
  spec("Lignées cellulaires", "Banque de lignées cellulaires du laboratoire.",
       ent("lignee", "Lignée cellulaire", "Lignées cellulaires",
           fld("nom", "Nom", "text", req=True, uniq=True),
           fld("organisme", "Organisme", "choice", opts=["Humain", "Souris", "Rat"]),
           fld("date_congelation", "Date de congélation", "date"),
           fld("nombre_tubes", "Nombre de tubes", "integer"),
           fld("boite", "Boîte", "text"))),
  "Une chose qui nous manque vraiment : on fait un test mycoplasme tous les trois mois sur chaque lignée, et les résultats sont "
  "éparpillés dans les cahiers de labo. L'idée serait de garder chaque test avec sa date, le résultat (positif ou négatif) et la "
  "personne qui l'a réalisé, rattaché à la lignée testée évidemment.",
  AE("Test mycoplasme", ["Test", "Contrôle mycoplasme", "mycoplasma test", "Test de mycoplasme"],
     F("date", "date", ["date du test", "testé le"]),
     F("résultat", "choice", ["resultat", "result"], opts=["Positif", "Négatif"]),
     F("réalisé par", "person", ["fait par", "opérateur", "testé par"], ["text"])),
  AR("Test mycoplasme", "lignee"))

R("p6r25", "fr",
  spec("Relevés minibar", "Relevés des minibars par les équipes d'étage.",
       ent("releve", "Relevé minibar", "Relevés minibar",
           fld("chambre", "Chambre", "text", req=True),
           fld("date", "Date", "date"),
           fld("articles", "Articles consommés", "multi_choice", opts=["Eau", "Soda", "Bière", "Snack"]),
           fld("montant", "Montant", "money"),
           fld("facture", "Facturé", "boolean"))),
  "Bonjour à tous,\n\nnous avons arrêté les minibars payants dans trois hôtels sur quatre, donc le champ montant ne sert plus à rien, "
  "vous pouvez le retirer. En revanche, il faut absolument savoir de quel hôtel vient chaque relevé (aujourd'hui on le devine au numéro "
  "de chambre…). Il nous faudrait donc la liste des hôtels, avec le nom et la ville, et chaque relevé lié à un hôtel.\n\nMerci !",
  RF("releve", "montant"),
  AE("Hôtel", ["Hotel", "Établissement", "hôtels"],
     F("nom", "text", ["nom de l'hôtel", "name"]),
     F("ville", "text", ["city", "commune"])),
  AR("releve", "Hôtel"))

R("p6r26", "fr",
  spec("Dons en nature", "Dons reçus par l'association.",
       ent("don", "Don", "Dons",
           fld("donateur", "Donateur", "text", req=True),
           fld("date_reception", "Date de réception", "date"),
           fld("categorie", "Catégorie", "choice", opts=["Vêtements", "Jouets", "Alimentaire", "Mobilier"]),
           fld("quantite", "Quantité", "integer"),
           fld("valeur_estimee", "Valeur estimée", "money")),
       ent("benevole_trieur", "Bénévole trieur", "Bénévoles trieurs",
           fld("nom", "Nom", "text", req=True),
           fld("telephone", "Téléphone", "phone"))),
  "La liste des bénévoles trieurs fait doublon avec l'outil que la fédération nous impose, je préfère qu'on la supprime complètement "
  "ici. Côté dons, on émet désormais des reçus fiscaux pour les entreprises, donc la valeur estimée doit être renseignée à chaque fois.",
  RE("benevole_trieur"),
  SR("don", "valeur_estimee", True))

R("p6r27", "fr",
  spec("Courrier arrivée", "Enregistrement du courrier reçu au cabinet.",
       ent("courrier", "Courrier", "Courriers",
           fld("date_arrivee", "Date d'arrivée", "date", req=True),
           fld("expediteur", "Expéditeur", "text"),
           fld("dossier", "Dossier", "text"),
           fld("type", "Type", "choice", opts=["Lettre simple", "Acte d'huissier", "Fax"]),
           fld("scan", "Scan", "file"))),
  "Les collaborateurs se plaignent de ne jamais savoir à qui un courrier a été remis. Ce serait bien d'indiquer l'avocat ou le "
  "collaborateur du cabinet à qui il a été transmis. Pour les types : plus personne ne nous envoie de fax depuis des années, en "
  "revanche les recommandés avec AR ne sont pas prévus, alors qu'on en reçoit tous les jours.",
  AF("courrier", "destinataire", "person", ["transmis à", "remis à", "collaborateur", "destinataire interne"], ["text"]),
  SO("courrier", "type", ["Lettre simple", "Recommandé AR", "Acte d'huissier"]))

R("p6r28", "fr",
  spec("Désherbage", "Documents retirés des collections du réseau.",
       ent("document_retire", "Document retiré", "Documents retirés",
           fld("code_barres", "Code-barres", "text", req=True),
           fld("titre", "Titre", "text"),
           fld("mediatheque", "Médiathèque", "choice", opts=["Centre", "Nord", "Sud", "Est"]),
           fld("motif", "Motif", "choice", opts=["Abîmé", "Obsolète", "Doublon"]),
           fld("date_retrait", "Date de retrait", "date"),
           fld("destination", "Destination", "choice", opts=["Pilon", "Don", "Vente"]))),
  "Suite au groupe de travail désherbage : notre premier critère, c'est le nombre de prêts sur les trois dernières années, il faudrait "
  "donc pouvoir le noter. On voudrait aussi garder trace de la personne qui a pris la décision de retirer le document. Enfin, « Date "
  "de retrait » n'est pas le terme réglementaire — merci d'écrire « Date de sortie d'inventaire ».",
  AF("document_retire", "nombre de prêts sur 3 ans", "integer", ["nombre de prêts", "prêts", "prêts 3 ans", "loans"]),
  AF("document_retire", "décidé par", "person", ["décision prise par", "décideur", "validé par", "responsable"], ["text"]),
  RN("document_retire", "date_retrait", "Date de sortie d'inventaire", ["Date de sortie de l'inventaire", "Sortie d'inventaire"]))

R("p6r29", "fr",
  spec("Atelier costumes", "Stock de costumes du théâtre.",
       ent("costume", "Costume", "Costumes",
           fld("reference", "Référence", "text", req=True, uniq=True),
           fld("description", "Description", "long_text"),
           fld("taille", "Taille", "choice", opts=["S", "M", "L", "XL"]),
           fld("spectacle", "Spectacle d'origine", "text"),
           fld("etat", "État", "choice", opts=["Bon", "À reprendre", "Hors d'usage"]))),
  "En fait, on loue aussi nos costumes à d'autres compagnies, et pour l'instant c'est noté sur un cahier à l'atelier. On voudrait "
  "suivre chaque location : quel costume, la compagnie (son nom suffit), la date de sortie, la date de retour prévue et le prix "
  "demandé.",
  AE("Location", ["Location de costume", "rental", "prêt", "Locations"],
     F("compagnie", "text", ["nom de la compagnie", "emprunteur", "troupe"]),
     F("date de sortie", "date", ["sortie", "date de départ"]),
     F("date de retour prévue", "date", ["retour prévu", "date de retour", "à rendre le"]),
     F("prix", "money", ["prix de la location", "montant", "tarif"], ["decimal"])),
  AR("Location", "costume"))

R("p6r30", "fr",
  spec("Relevés de compteurs", "Compteurs d'eau et relevés de la régie.",
       ent("compteur", "Compteur", "Compteurs",
           fld("numero_serie", "Numéro de série", "text", req=True, uniq=True),
           fld("adresse", "Adresse", "text"),
           fld("diametre", "Diamètre", "choice", opts=["15 mm", "20 mm", "30 mm"]),
           fld("date_pose", "Date de pose", "date")),
       ent("releve", "Relevé", "Relevés",
           fld("compteur", "Compteur", "reference", req=True, target="compteur"),
           fld("date", "Date", "date"),
           fld("index", "Index", "integer"),
           fld("releveur", "Releveur", "person"),
           fld("anomalie", "Anomalie", "boolean"))),
  "Pour nous, le diamètre du compteur n'apporte rien (c'est dans le SIG de toute façon), on peut s'en passer. Par contre, un relevé "
  "sans index, ce n'est pas un relevé ; je ne veux plus voir de relevés enregistrés sans lui.",
  RF("compteur", "diametre"),
  SR("releve", "index", True))

R("p6r31", "fr",
  spec("Mobilités sortantes", "Étudiants partant en échange à l'étranger.",
       ent("mobilite", "Mobilité", "Mobilités",
           fld("etudiant", "Étudiant", "text", req=True),
           fld("universite_partenaire", "Université partenaire", "text"),
           fld("pays", "Pays", "text"),
           fld("semestre", "Semestre", "choice", opts=["S1", "S2", "Année complète"]),
           fld("bourse_erasmus", "Bourse Erasmus", "boolean"))),
  "Bonjour, service des relations internationales. Nos universités partenaires, on aimerait les gérer à part : nom, pays et nombre "
  "de places offertes par an. Sur chaque mobilité, l'université partenaire serait alors choisie dans cette liste au lieu d'être "
  "tapée (on a trois orthographes différentes pour Salamanque…). Du coup le champ « Pays » de la mobilité n'a plus lieu d'être.",
  AE("Université partenaire", ["Partenaire", "Université", "partner university", "Établissement partenaire"],
     F("nom", "text", ["nom de l'université", "name"]),
     F("pays", "text", ["country"], ["choice"]),
     F("nombre de places", "integer", ["places", "places par an", "quota"])),
  CT("mobilite", "universite_partenaire", "reference"),
  AR("mobilite", "Université partenaire"),
  RF("mobilite", "pays"))

R("p6r32", "fr",
  spec("Événements indésirables", "Déclarations d'événements indésirables du pôle.",
       ent("evenement", "Événement", "Événements",
           fld("date", "Date", "date", req=True),
           fld("service", "Service", "choice", opts=["Médecine", "Chirurgie", "Urgences", "SSR"]),
           fld("type", "Type", "choice", opts=["Chute", "Erreur médicamenteuse", "Infection", "Autre"]),
           fld("description", "Description", "long_text"),
           fld("declarant", "Déclarant", "person", req=True))),
  "La qualité nous rappelle que les déclarations peuvent être anonymes : le déclarant ne doit donc plus être obligatoire, sinon les "
  "gens ne déclarent rien. Il faudrait aussi pouvoir indiquer si l'événement nécessite une analyse approfondie (RMM ou CREX), oui ou non.",
  SR("evenement", "declarant", False),
  AF("evenement", "analyse approfondie", "boolean", ["analyse approfondie nécessaire", "RMM/CREX", "CREX", "RMM"]))

# ------------------------------------------------------------------ Spanish
R("p6r33", "es",
  spec("Reconocimiento de créditos", "Solicitudes de reconocimiento de créditos de la facultad.",
       ent("solicitud", "Solicitud", "Solicitudes",
           fld("alumno", "Alumno", "text", req=True),
           fld("asignatura", "Asignatura", "text"),
           fld("universidad_origen", "Universidad de origen", "text"),
           fld("creditos", "Créditos", "integer"),
           fld("resolucion", "Resolución", "choice", opts=["Pendiente", "Aceptada", "Denegada"]))),
  "Buenas, desde la secretaría os comento un problema: hay asignaturas de 4,5 o 7,5 créditos y el campo de créditos solo admite "
  "números enteros, así que estamos redondeando y luego no cuadra el expediente. Aprovecho para pediros la fecha de resolución, "
  "que ahora mismo no aparece en ningún sitio y los alumnos la preguntan a menudo.",
  CT("solicitud", "creditos", "decimal"),
  AF("solicitud", "fecha de resolución", "date", ["resuelta el", "fecha resolución", "resolution date"]))

R("p6r34", "es",
  spec("Animales potencialmente peligrosos", "Licencias municipales de tenencia de PPP.",
       ent("licencia", "Licencia", "Licencias",
           fld("titular", "Titular", "text", req=True),
           fld("dni", "DNI", "text", req=True),
           fld("raza", "Raza", "text"),
           fld("microchip", "Nº de microchip", "text"),
           fld("fecha_concesion", "Fecha de concesión", "date"),
           fld("seguro_vigente", "Seguro vigente", "boolean"))),
  "Hola, os escribo desde el negociado de Sanidad. El número de microchip tiene que ser obligatorio, sin él la licencia no vale para "
  "nada. Y además del sí/no del seguro, necesitaríamos saber cuándo vence la póliza, porque es justo lo que revisamos cada año.",
  SR("licencia", "microchip", True),
  AF("licencia", "vencimiento del seguro", "date", ["vencimiento de la póliza", "fecha de vencimiento", "caducidad del seguro", "vence"]))

R("p6r35", "es",
  spec("Interconsultas", "Interconsultas solicitadas desde la planta.",
       ent("interconsulta", "Interconsulta", "Interconsultas",
           fld("habitacion", "Habitación", "text", req=True),
           fld("servicio", "Servicio consultado", "choice", opts=["Cardiología", "Neurología", "Digestivo", "Psiquiatría"]),
           fld("motivo", "Motivo", "long_text"),
           fld("solicitada_el", "Solicitada el", "datetime"),
           fld("prioridad", "Prioridad", "choice", opts=["Normal", "Urgente"]),
           fld("respondida", "Respondida", "boolean"))),
  "Lo que pasa es que con la casilla de 'respondida' sabemos que alguien contestó, pero no quién, y a veces hay que volver a "
  "llamarle. Queremos apuntar el médico que responde. Por otra parte, 'Solicitada el' suena raro en la lista; ¿podría poner "
  "'Fecha de solicitud'?",
  AF("interconsulta", "médico que responde", "person", ["respondida por", "médico", "consultor", "responde"], ["text"]),
  RN("interconsulta", "solicitada_el", "Fecha de solicitud", ["Fecha solicitud"]))

R("p6r36", "es",
  spec("Auditorías 5S", "Auditorías 5S en la planta de montaje.",
       ent("auditoria", "Auditoría", "Auditorías",
           fld("zona", "Zona", "choice", opts=["Montaje", "Almacén", "Mantenimiento", "Expediciones"]),
           fld("fecha", "Fecha", "date", req=True),
           fld("auditor", "Auditor", "person"),
           fld("puntuacion", "Puntuación", "integer"),
           fld("fotos", "Fotos", "file"))),
  "De cada auditoría salen casi siempre varias acciones (ordenar el carro de herramientas, pintar el suelo, etc.) y ahora no hay "
  "forma de seguirlas. Necesitaríamos apuntar cada acción con lo que hay que hacer, el responsable, la fecha límite y si está hecha, "
  "vinculada a la auditoría de la que sale.",
  AE("Acción", ["Acciones", "acción correctiva", "tarea", "action"],
     F("descripción", "text", ["qué hay que hacer", "acción", "tarea"], ["long_text"]),
     F("responsable", "person", ["encargado", "owner"], ["text"]),
     F("fecha límite", "date", ["plazo", "fecha objetivo", "vencimiento"]),
     F("hecha", "boolean", ["completada", "realizada", "cerrada"], ["choice"])),
  AR("Acción", "auditoria"))

R("p6r37", "es",
  spec("Recobros", "Recobros a compañías contrarias en siniestros de autos.",
       ent("recobro", "Recobro", "Recobros",
           fld("numero_siniestro", "Nº de siniestro", "text", req=True),
           fld("compania_contraria", "Compañía contraria", "text"),
           fld("importe_reclamado", "Importe reclamado", "money"),
           fld("fecha_envio", "Fecha de envío", "date"),
           fld("estado", "Estado", "choice", opts=["Enviado", "Aceptado", "Rechazado", "Cobrado"]))),
  "Buenos días. Nos haría falta tener las compañías contrarias como una lista propia (nombre, CIF y el email del departamento de "
  "recobros) y que el campo 'Compañía contraria' del recobro pase a elegirse de esa lista, en lugar de escribirse a mano cada vez, "
  "que así no hay manera de sacar totales por compañía.",
  AE("Compañía", ["Compañía contraria", "Aseguradora", "insurer", "Compañías"],
     F("nombre", "text", ["razón social", "name"]),
     F("CIF", "text", ["NIF"]),
     F("email de recobros", "email", ["email", "correo", "correo de recobros"])),
  CT("recobro", "compania_contraria", "reference"),
  AR("recobro", "Compañía"))

R("p6r38", "es",
  spec("Expediciones", "Expediciones que salen del centro logístico.",
       ent("expedicion", "Expedición", "Expediciones",
           fld("numero", "Nº de expedición", "text", req=True, uniq=True),
           fld("cliente", "Cliente", "text"),
           fld("transportista", "Transportista", "choice", opts=["SEUR", "MRW", "Correos Express"]),
           fld("fecha_salida", "Fecha de salida", "date"),
           fld("bultos", "Bultos", "integer"))),
  "Desde enero hemos dejado de trabajar con MRW y hemos incorporado GLS y DHL, así que la lista de transportistas está desfasada. "
  "De paso, tráfico querría saber el peso total de cada expedición en kilos, para cuadrar las facturas de los transportistas.",
  SO("expedicion", "transportista", ["SEUR", "Correos Express", "GLS", "DHL"]),
  AF("expedicion", "peso total", "decimal", ["peso", "kilos", "peso en kg", "weight"], ["integer"]))

R("p6r39", "es",
  spec("Visitas de grupos", "Reservas de visitas guiadas para grupos en el museo.",
       ent("grupo", "Grupo", "Grupos",
           fld("nombre_grupo", "Nombre del grupo", "text", req=True),
           fld("persona_contacto", "Persona de contacto", "text"),
           fld("telefono", "Teléfono", "phone"),
           fld("personas", "Nº de personas", "integer"),
           fld("fecha_visita", "Fecha de visita", "date"),
           fld("idioma", "Idioma", "choice", opts=["Castellano", "Inglés", "Francés"]))),
  "Un par de cosas del área de públicos: el teléfono lo tenemos ya en el CRM y duplicarlo solo trae líos, así que fuera. Y 'Nombre "
  "del grupo' la gente no lo entiende, nos ponen 'grupo 1', 'los de la mañana'… Mejor que se llame 'Entidad o colegio'.",
  RF("grupo", "telefono"),
  RN("grupo", "nombre_grupo", "Entidad o colegio", ["Entidad", "Colegio o entidad"]))

R("p6r40", "es",
  spec("Equipos de laboratorio", "Equipos y sus mantenimientos.",
       ent("equipo", "Equipo", "Equipos",
           fld("nombre", "Nombre", "text", req=True),
           fld("numero_serie", "Nº de serie", "text"),
           fld("ubicacion", "Ubicación", "text"),
           fld("fecha_compra", "Fecha de compra", "date")),
       ent("mantenimiento", "Mantenimiento", "Mantenimientos",
           fld("equipo", "Equipo", "reference", req=True, target="equipo"),
           fld("fecha", "Fecha", "date"),
           fld("empresa", "Empresa", "text"),
           fld("coste", "Coste", "money"),
           fld("informe", "Informe", "file"))),
  "Lo de la empresa de mantenimiento no debería ser texto libre: en la práctica siempre es Izasa, Thermo o nuestro servicio técnico "
  "interno, y así podríamos filtrar. ¿Se puede convertir en un desplegable con esas tres?",
  CT("mantenimiento", "empresa", "choice"),
  SO("mantenimiento", "empresa", ["Izasa", "Thermo", "Servicio técnico interno"]))

R("p6r41", "es",
  spec("Control de plagas", "Tratamientos de control de plagas en los hoteles.",
       ent("tratamiento", "Tratamiento", "Tratamientos",
           fld("hotel", "Hotel", "choice", opts=["Alicante Centro", "Benidorm Playa", "Valencia Puerto"]),
           fld("fecha", "Fecha", "date", req=True),
           fld("empresa", "Empresa", "text"),
           fld("zona_tratada", "Zona tratada", "text"),
           fld("tipo", "Tipo", "choice", opts=["Desinsectación", "Desratización"]),
           fld("certificado", "Certificado", "file"))),
  "Hola. Como la misma empresa nos hace ahora también el tratamiento de legionela, necesitaríamos que aparezca como tipo. Y ojo, que "
  "Sanidad nos pide el certificado en cada inspección: no debería poder guardarse ningún tratamiento sin él.",
  SO("tratamiento", "tipo", ["Desinsectación", "Desratización", "Legionela"]),
  SR("tratamiento", "certificado", True))

R("p6r42", "es",
  spec("Familias atendidas", "Familias beneficiarias del programa de alimentos.",
       ent("familia", "Familia", "Familias",
           fld("apellidos", "Apellidos", "text", req=True),
           fld("miembros", "Nº de miembros", "integer"),
           fld("barrio", "Barrio", "choice", opts=["Centro", "San Blas", "La Fortuna"]),
           fld("telefono", "Teléfono", "phone"),
           fld("fecha_alta", "Fecha de alta", "date"))),
  "A cada familia le entregamos lotes varias veces al mes y ahora mismo no queda constancia de nada. Nos vendría genial poder "
  "registrar cada entrega: la fecha, el tipo de lote (básico, infantil o de higiene) y el voluntario que la hace, claro, asociada a "
  "la familia que lo recibe.",
  AE("Entrega", ["Entregas", "entrega de lote", "reparto", "delivery"],
     F("fecha", "date", ["fecha de entrega", "día"]),
     F("tipo de lote", "choice", ["lote", "tipo"], opts=["Básico", "Infantil", "Higiene"]),
     F("voluntario", "person", ["entregado por", "voluntaria"], ["text"])),
  AR("Entrega", "familia"))

R("p6r43", "es",
  spec("Asuntos del despacho", "Clientes y asuntos del despacho.",
       ent("cliente", "Cliente", "Clientes",
           fld("nombre", "Nombre", "text", req=True),
           fld("cif", "CIF", "text"),
           fld("email", "Email", "email")),
       ent("asunto", "Asunto", "Asuntos",
           fld("cliente", "Cliente", "reference", req=True, target="cliente"),
           fld("titulo", "Título", "text", req=True),
           fld("abogado", "Abogado responsable", "person"),
           fld("tarifa_hora", "Tarifa hora", "money"))),
  "Falta lo principal, que son las horas: cada abogado imputa horas a un asunto, indicando la fecha, cuántas horas (con decimales, "
  "que hay cuartos de hora), una descripción del trabajo y si es facturable o no. Ah, y 'Tarifa hora' en administración lo llaman "
  "'Precio/hora', mejor ponerlo así.",
  AE("Imputación de horas", ["Imputación", "Horas", "Registro de horas", "time entry", "Parte de horas"],
     F("fecha", "date", ["día"]),
     F("horas", "decimal", ["número de horas", "tiempo", "duración"]),
     F("descripción", "long_text", ["descripción del trabajo", "trabajo realizado", "concepto"], ["text"]),
     F("facturable", "boolean", ["se factura", "billable"]),
     F("abogado", "person", ["imputado por", "letrado"], ["text"], opt=True)),
  AR("Imputación de horas", "asunto"),
  RN("asunto", "tarifa_hora", "Precio/hora", ["Precio hora", "Precio por hora"]))

R("p6r44", "es",
  spec("Clubes de lectura", "Clubes de lectura de la red de bibliotecas.",
       ent("club", "Club de lectura", "Clubes de lectura",
           fld("nombre", "Nombre", "text", req=True),
           fld("biblioteca", "Biblioteca", "choice", opts=["Central", "Norte", "Sur"]),
           fld("coordinador", "Coordinador", "person"),
           fld("dia_reunion", "Día de reunión", "choice", opts=["Lunes", "Martes", "Miércoles", "Jueves"])),
       ent("socio", "Socio", "Socios",
           fld("nombre", "Nombre", "text", req=True),
           fld("email", "Email", "email"),
           fld("club", "Club", "reference", target="club"),
           fld("fecha_alta", "Fecha de alta", "date"))),
  "Hemos visto que la ficha de socios ya la llevamos en el sistema de gestión bibliotecaria, así que en esta aplicación sobra: "
  "borradla entera, por favor. Lo que sí nos interesa, para la memoria anual, es saber cuántos participantes tiene cada club "
  "(solo el número).",
  RE("socio"),
  AF("club", "número de participantes", "integer", ["participantes", "miembros", "nº de participantes", "socios"]))

R("p6r45", "es",
  spec("Convenios con empresas", "Convenios firmados por la universidad.",
       ent("convenio", "Convenio", "Convenios",
           fld("empresa", "Empresa", "text", req=True),
           fld("fecha_firma", "Fecha de firma", "date"),
           fld("vigencia_anos", "Vigencia (años)", "integer"),
           fld("responsable", "Responsable académico", "person"),
           fld("tipo", "Tipo", "choice", opts=["Prácticas", "Investigación", "Cátedra"]),
           fld("documento", "Documento", "file"))),
  "Cuando vence un convenio nadie se entera hasta que la empresa llama. Hemos pensado que, en vez de la vigencia en años (que obliga "
  "a hacer la cuenta), es mejor quitar ese campo y poner directamente la fecha de vencimiento.",
  RF("convenio", "vigencia_anos"),
  AF("convenio", "fecha de vencimiento", "date", ["vencimiento", "vence el", "fecha de fin", "expiry date"]))

R("p6r46", "es",
  spec("Subvenciones a asociaciones", "Solicitudes de subvención municipal.",
       ent("asociacion", "Asociación", "Asociaciones",
           fld("nombre", "Nombre", "text", req=True),
           fld("cif", "CIF", "text"),
           fld("email", "Email", "email")),
       ent("solicitud", "Solicitud de subvención", "Solicitudes de subvención",
           fld("asociacion", "Asociación", "reference", req=True, target="asociacion"),
           fld("convocatoria", "Convocatoria", "choice", opts=["Cultura", "Deporte", "Acción social"]),
           fld("importe_solicitado", "Importe solicitado", "money"),
           fld("importe_concedido", "Importe concedido", "money"),
           fld("estado", "Estado", "choice", opts=["Presentada", "Concedida", "Denegada", "Justificada"]))),
  "Buenos días, os paso los cambios que pide Intervención:\n"
  "1) 'Importe concedido' tiene que llamarse 'Importe aprobado', que es como figura en el decreto.\n"
  "2) Necesitamos la fecha del decreto de concesión.\n"
  "3) Y la memoria justificativa que presentan las asociaciones, que suele ser un PDF.",
  RN("solicitud", "importe_concedido", "Importe aprobado"),
  AF("solicitud", "fecha del decreto", "date", ["fecha de decreto", "decreto", "fecha de concesión"]),
  AF("solicitud", "memoria justificativa", "file", ["memoria", "justificación", "PDF"]))

R("p6r47", "es",
  spec("Altas y limpieza de camas", "Altas de planta y limpieza de habitaciones.",
       ent("alta", "Alta", "Altas",
           fld("habitacion", "Habitación", "text", req=True),
           fld("cama", "Cama", "choice", opts=["A", "B"]),
           fld("hora_alta", "Hora de alta", "datetime"),
           fld("limpieza_solicitada", "Limpieza solicitada", "boolean"),
           fld("limpieza_terminada", "Limpieza terminada", "datetime")),
       ent("turno", "Turno", "Turnos",
           fld("nombre", "Nombre", "text", req=True),
           fld("horario", "Horario", "text"))),
  "La tabla de turnos no la usa nadie, la podéis eliminar. Y en 'Limpieza solicitada' no nos basta con saber si se pidió: queremos "
  "la hora exacta en que se pidió, para medir cuánto tarda limpieza desde el aviso.",
  RE("turno"),
  CT("alta", "limpieza_solicitada", "datetime"))

R("p6r48", "es",
  spec("Polivalencia", "Operarios y puestos de la línea.",
       ent("operario", "Operario", "Operarios",
           fld("nombre", "Nombre", "text", req=True),
           fld("numero_empleado", "Nº de empleado", "text", uniq=True),
           fld("turno", "Turno", "choice", opts=["Mañana", "Tarde", "Noche"])),
       ent("puesto", "Puesto", "Puestos",
           fld("codigo", "Código", "text", req=True, uniq=True),
           fld("nombre", "Nombre", "text"),
           fld("linea", "Línea", "text"))),
  "Lo que de verdad necesitamos es la matriz de polivalencia: saber en qué puestos está formado cada operario, con qué nivel "
  "(1 aprendiz, 2 autónomo, 3 formador) y la fecha en que se le evaluó. Un operario suele estar formado en varios puestos, y un "
  "puesto tiene varios operarios.",
  AE("Habilitación", ["Formación en puesto", "Polivalencia", "Cualificación", "Nivel", "qualification"],
     F("nivel", "choice", ["nivel de formación", "level"], opts=["1 Aprendiz", "2 Autónomo", "3 Formador"]),
     F("fecha de evaluación", "date", ["evaluado el", "fecha", "evaluación"])),
  AR("Habilitación", "operario"),
  AR("Habilitación", "puesto"))

# ------------------------------------------------------------------ German
R("p6r49", "de",
  spec("Nachteilsausgleich", "Anträge auf Nachteilsausgleich beim Prüfungsamt.",
       ent("antrag", "Antrag", "Anträge",
           fld("student", "Student/in", "text", req=True),
           fld("matrikelnummer", "Matrikelnummer", "text"),
           fld("pruefung", "Prüfung", "text"),
           fld("art", "Art des Ausgleichs", "choice", opts=["Zeitverlängerung", "Separater Raum", "Hilfsmittel"]),
           fld("eingang", "Eingang", "date"),
           fld("entscheidung", "Entscheidung", "choice", opts=["Offen", "Bewilligt", "Abgelehnt"]))),
  "Hallo aus dem Prüfungsamt! Bei der Art des Ausgleichs kann man bisher nur eine Sache auswählen – oft bekommt jemand aber "
  "Zeitverlängerung UND einen separaten Raum, da müssten mehrere gleichzeitig gehen. Außerdem kommen Anträge ohne Matrikelnummer "
  "bei uns gar nicht weiter, die sollte also Pflicht sein.",
  CT("antrag", "art", "multi_choice"),
  SR("antrag", "matrikelnummer", True))

R("p6r50", "de",
  spec("Ehrenamtskarte", "Anträge auf die städtische Ehrenamtskarte.",
       ent("antrag", "Antrag", "Anträge",
           fld("name", "Name", "text", req=True),
           fld("geburtsdatum", "Geburtsdatum", "date"),
           fld("organisation", "Organisation", "text"),
           fld("stunden_pro_woche", "Stunden pro Woche", "decimal"),
           fld("status", "Status", "choice", opts=["Eingegangen", "Bewilligt", "Abgelehnt"]),
           fld("nachweis", "Nachweis", "file"))),
  "Zwei Kleinigkeiten vom Bürgerservice: Die Stunden pro Woche bitte ohne Nachkommastellen, wir runden laut Richtlinie sowieso auf "
  "ganze Stunden. Und das Feld „Nachweis“ brauchen wir nicht, die Bestätigungen schicken die Vereine ohnehin per Post.",
  CT("antrag", "stunden_pro_woche", "integer"),
  RF("antrag", "nachweis"))

R("p6r51", "de",
  spec("Sturzprotokoll", "Sturzereignisse auf der Station.",
       ent("sturz", "Sturzereignis", "Sturzereignisse",
           fld("zimmer", "Zimmer", "text", req=True),
           fld("zeitpunkt", "Zeitpunkt", "datetime", req=True),
           fld("verletzung", "Verletzung", "choice", opts=["Keine", "Leicht", "Schwer"]),
           fld("arzt_informiert", "Arzt informiert", "boolean"),
           fld("gemeldet_von", "Gemeldet von", "person"))),
  "Die Verletzungsgrade heißen bei uns laut Expertenstandard anders, nämlich keine, gering, mittel und schwer. Und was bei jeder "
  "Begehung gefragt wird und bisher fehlt: Wurde das Sturzrisiko danach neu eingeschätzt, ja oder nein?",
  SO("sturz", "verletzung", ["Keine", "Gering", "Mittel", "Schwer"]),
  AF("sturz", "Neueinschätzung erfolgt", "boolean", ["neu eingeschätzt", "Risiko neu eingeschätzt", "Neueinschätzung", "Reassessment"]))

R("p6r52", "de",
  spec("Messraum-Aufträge", "Prüfaufträge an den Messraum.",
       ent("pruefauftrag", "Prüfauftrag", "Prüfaufträge",
           fld("auftragsnummer", "Auftragsnummer", "text", req=True, uniq=True),
           fld("teil", "Teil", "text"),
           fld("anzahl_teile", "Anzahl Teile", "integer"),
           fld("angefordert_von", "Angefordert von", "person"),
           fld("prioritaet", "Priorität", "choice", opts=["Normal", "Eilig"]),
           fld("ergebnis", "Ergebnis", "file"))),
  "Moin, drei Punkte aus dem Messraum:\n"
  "a) Was da als „Ergebnis“ hochgeladen wird, ist bei uns das Messprotokoll – bitte auch so nennen.\n"
  "b) Die Fertigung will angeben können, bis wann sie die Ergebnisse braucht.\n"
  "c) Neben normal und eilig gibt es noch „Linienstillstand“, das geht dann allem anderen vor.",
  RN("pruefauftrag", "ergebnis", "Messprotokoll"),
  AF("pruefauftrag", "benötigt bis", "date", ["fertig bis", "Termin", "Wunschtermin", "Frist"], ["datetime"]),
  SO("pruefauftrag", "prioritaet", ["Normal", "Eilig", "Linienstillstand"]))

R("p6r53", "de",
  spec("Postrückläufer", "Unzustellbare Post an Versicherungsnehmer.",
       ent("ruecklaeufer", "Rückläufer", "Rückläufer",
           fld("vertragsnummer", "Vertragsnummer", "text", req=True),
           fld("name", "Name", "text"),
           fld("alte_adresse", "Alte Adresse", "long_text"),
           fld("eingangsdatum", "Eingangsdatum", "date"),
           fld("adresse_ermittelt", "Neue Adresse ermittelt", "boolean")),
       ent("ermittlungsdienst", "Ermittlungsdienst", "Ermittlungsdienste",
           fld("name", "Name", "text", req=True),
           fld("kosten_pro_anfrage", "Kosten pro Anfrage", "money"))),
  "Die Adressermittlung läuft seit diesem Quartal zentral über die Konzernzentrale, die Tabelle mit den Ermittlungsdiensten können "
  "wir also komplett streichen. Was uns dagegen fehlt, ist die neue Adresse selbst – bisher haken wir nur an, dass eine gefunden "
  "wurde, aber nicht welche. Gerne mehrzeilig.",
  RE("ermittlungsdienst"),
  AF("ruecklaeufer", "neue Adresse", "long_text", ["Adresse neu", "aktuelle Adresse", "ermittelte Adresse"], ["text"]))

R("p6r54", "de",
  spec("Gefahrgutsendungen", "ADR-Sendungen ab dem Logistikzentrum.",
       ent("fahrzeug", "Fahrzeug", "Fahrzeuge",
           fld("kennzeichen", "Kennzeichen", "text", req=True, uniq=True),
           fld("adr_ausruestung", "ADR-Ausrüstung", "boolean")),
       ent("sendung", "Sendung", "Sendungen",
           fld("sendungsnummer", "Sendungsnummer", "text", req=True),
           fld("empfaenger", "Empfänger", "text"),
           fld("un_nummer", "UN-Nummer", "text"),
           fld("menge_kg", "Menge (kg)", "decimal"),
           fld("verpackungsgruppe", "Verpackungsgruppe", "choice", opts=["I", "II", "III"]))),
  "Bei einer Kontrolle durch das BAG konnten wir neulich nicht sagen, auf welchem Lkw eine bestimmte Sendung unterwegs war. Die "
  "Fahrzeuge stehen ja schon in der App – jede Sendung sollte einem davon zugeordnet sein. Und der Gefahrgutbeauftragte möchte "
  "sehen, wer die Sendung freigegeben hat.",
  AR("sendung", "fahrzeug"),
  AF("sendung", "freigegeben von", "person", ["Freigabe durch", "Freigeber", "freigegeben durch"], ["text"]))

R("p6r55", "de",
  spec("Digitalisierung", "Digitalisate der Sammlungsobjekte.",
       ent("digitalisat", "Digitalisat", "Digitalisate",
           fld("inventarnummer", "Inventarnummer", "text", req=True),
           fld("dateiname", "Dateiname", "text"),
           fld("aufloesung", "Auflösung (dpi)", "integer"),
           fld("fotograf", "Fotograf/in", "person"),
           fld("rechte", "Rechte", "choice", opts=["Gemeinfrei", "CC BY", "Alle Rechte vorbehalten"]),
           fld("datum", "Aufnahmedatum", "date"))),
  "Die Auflösung interessiert inzwischen niemanden mehr, weil wir ohnehin alles in voller Auflösung ablegen – das Feld kann raus. "
  "Bei den Rechten dagegen passiert es ständig, dass sie leer bleiben, und dann darf die Online-Sammlung das Bild nicht veröffentlichen. "
  "Bitte so einstellen, dass man ohne Angabe der Rechte nicht speichern kann.",
  RF("digitalisat", "aufloesung"),
  SR("digitalisat", "rechte", True))

R("p6r56", "de",
  spec("NMR-Messzeiten", "Messzeiten am NMR-Spektrometer.",
       ent("messung", "Messung", "Messungen",
           fld("projekt", "Projekt", "text"),
           fld("probe", "Probe", "text", req=True),
           fld("datum", "Datum", "date"),
           fld("dauer", "Dauer (h)", "decimal"),
           fld("operator", "Operator", "person"))),
  "Für die Abrechnung der Messzeiten bräuchten wir die Projekte als eigene Liste, jeweils mit Projektnummer, Titel und Kostenstelle. "
  "Das Feld „Projekt“ an der Messung soll dann aus dieser Liste gewählt werden statt Freitext – sonst kann die Verwaltung die "
  "Stunden nicht den Kostenstellen zuordnen.",
  AE("Projekt", ["Projekte", "Forschungsprojekt", "project"],
     F("Projektnummer", "text", ["Nummer", "Projekt-Nr."]),
     F("Titel", "text", ["Projekttitel", "Name"]),
     F("Kostenstelle", "text", ["KST", "cost centre"])),
  CT("messung", "projekt", "reference"),
  AR("messung", "Projekt"))

R("p6r57", "de",
  spec("Zimmerstatus", "Zimmerstatus für das Housekeeping.",
       ent("zimmer", "Zimmer", "Zimmer",
           fld("nummer", "Zimmernummer", "text", req=True),
           fld("etage", "Etage", "integer"),
           fld("typ", "Typ", "choice", opts=["EZ", "DZ", "Suite"]),
           fld("status", "Status", "choice", opts=["Sauber", "Schmutzig", "Kontrolliert"]))),
  "Liebe Kolleg:innen, beim Status fehlen uns zwei Werte: „Außer Betrieb“ (bei Renovierung) und „Bleibe“, wenn der Gast noch eine "
  "Nacht bleibt. Und da die App jetzt in allen Häusern der Gruppe laufen soll, müsste jedes Zimmer einem Hotel zugeordnet werden – "
  "Hotels mit Name und Stadt.",
  SO("zimmer", "status", ["Sauber", "Schmutzig", "Kontrolliert", "Außer Betrieb", "Bleibe"]),
  AE("Hotel", ["Hotels", "Haus", "Betrieb"],
     F("Name", "text", ["Hotelname"]),
     F("Stadt", "text", ["Ort", "city"])),
  AR("zimmer", "Hotel"))

R("p6r58", "de",
  spec("Ehrenamtliche Einsätze", "Einsätze der Ehrenamtlichen im Caritasverband.",
       ent("ehrenamtliche", "Ehrenamtliche", "Ehrenamtliche",
           fld("name", "Name", "text", req=True),
           fld("telefon", "Telefon", "phone"),
           fld("email", "E-Mail", "email"),
           fld("bereiche", "Einsatzbereiche", "multi_choice", opts=["Begleitung", "Fahrdienst", "Küche", "Lernhilfe"])),
       ent("einsatz", "Einsatz", "Einsätze",
           fld("ehrenamtliche", "Ehrenamtliche", "reference", req=True, target="ehrenamtliche"),
           fld("datum", "Datum", "date"),
           fld("stunden", "Stunden", "decimal"),
           fld("ort", "Ort", "text"))),
  "Beim Einsatz ist der Ort immer eine unserer fünf Einrichtungen – Tafel, Kleiderkammer, Seniorentreff, Hausaufgabenhilfe und "
  "Café International –, das sollte man also auswählen statt eintippen. Und ohne Telefonnummer erreichen wir die Leute bei "
  "kurzfristigen Ausfällen nicht; die muss bei jeder und jedem Ehrenamtlichen hinterlegt sein.",
  CT("einsatz", "ort", "choice"),
  SO("einsatz", "ort", ["Tafel", "Kleiderkammer", "Seniorentreff", "Hausaufgabenhilfe", "Café International"]),
  SR("ehrenamtliche", "telefon", True))

R("p6r59", "de",
  spec("Fristenbuch", "Fristenkontrolle der Kanzlei.",
       ent("frist", "Frist", "Fristen",
           fld("aktenzeichen", "Aktenzeichen", "text", req=True),
           fld("fristart", "Fristart", "choice", opts=["Berufung", "Begründung", "Stellungnahme"]),
           fld("fristende", "Fristende", "date", req=True),
           fld("vorfrist", "Vorfrist", "date"),
           fld("zustaendig", "Zuständig", "person"),
           fld("erledigt", "Erledigt", "boolean"))),
  "Nach dem Beinahe-Versäumnis letzte Woche hat die Büroleitung beschlossen, dass bei jeder Frist jemand als zuständig eingetragen "
  "sein muss. Außerdem sagt bei uns niemand „Vorfrist“, alle sagen „Wiedervorlage“ – bitte so beschriften.",
  SR("frist", "zustaendig", True),
  RN("frist", "vorfrist", "Wiedervorlage", ["WV", "Wiedervorlagedatum"]))

R("p6r60", "de",
  spec("Anschaffungsvorschläge", "Medienwünsche von Leserinnen und Lesern.",
       ent("vorschlag", "Anschaffungsvorschlag", "Anschaffungsvorschläge",
           fld("titel", "Titel", "text", req=True),
           fld("autor", "Autor/in", "text"),
           fld("isbn", "ISBN", "text"),
           fld("vorgeschlagen_von", "Vorgeschlagen von", "text"),
           fld("zweigstelle", "Zweigstelle", "choice", opts=["Zentrale", "Nord", "Süd", "West"]),
           fld("entscheidung", "Entscheidung", "choice", opts=["Offen", "Bestellt", "Abgelehnt"]))),
  "Die Leserinnen und Leser fragen immer wieder nach, warum ihr Wunsch nicht gekauft wurde, und wir haben keine Notiz dazu. Es wäre "
  "schön, einen Ablehnungsgrund festhalten zu können (kann auch mal ein paar Sätze lang sein). Fürs Etat-Controlling wäre außerdem "
  "der Preis des Titels hilfreich.",
  AF("vorschlag", "Ablehnungsgrund", "long_text", ["Grund", "Begründung", "Grund der Ablehnung"], ["text"]),
  AF("vorschlag", "Preis", "money", ["Kosten", "Ladenpreis", "Betrag"], ["decimal"]))

R("p6r61", "de",
  spec("Gastwissenschaftler", "Gäste am Institut.",
       ent("gast", "Gast", "Gäste",
           fld("name", "Name", "text", req=True),
           fld("institution", "Herkunftsinstitution", "text"),
           fld("ankunft", "Ankunft", "date"),
           fld("abreise", "Abreise", "date"),
           fld("betreuer", "Betreuer/in", "person"),
           fld("unterkunft", "Unterkunft", "choice", opts=["Gästehaus", "Hotel", "Privat"]))),
  "Seit das Gästehaus geschlossen ist, buchen die Gäste alle selbst – die Unterkunft müssen wir also gar nicht mehr erfassen. "
  "Stattdessen wüsste das Welcome Centre gern, ob für den Aufenthalt ein Visum nötig ist, und hätte gern die E-Mail-Adresse der "
  "Gäste, um ihnen vorab die Infos zu schicken.",
  RF("gast", "unterkunft"),
  AF("gast", "Visum erforderlich", "boolean", ["Visum", "Visum nötig", "visa required"]),
  AF("gast", "E-Mail", "email", ["E-Mail-Adresse", "Mail", "email"]))

R("p6r62", "de",
  spec("Formenbau", "Spritzgussformen und ihre Wartung.",
       ent("form", "Form", "Formen",
           fld("formnummer", "Formnummer", "text", req=True, uniq=True),
           fld("bezeichnung", "Bezeichnung", "text"),
           fld("kavitaeten", "Kavitäten", "integer"),
           fld("schusszahl", "Schusszahl", "integer")),
       ent("wartung", "Wartung", "Wartungen",
           fld("form", "Form", "reference", req=True, target="form"),
           fld("datum", "Datum", "date"),
           fld("art", "Art", "choice", opts=["Reinigung", "Reparatur", "Änderung"]),
           fld("techniker", "Techniker", "person")),
       ent("lagerplatz", "Lagerplatz", "Lagerplätze",
           fld("regal", "Regal", "text", req=True),
           fld("fach", "Fach", "text"))),
  "Ehrlich gesagt war die separate Tabelle für Lagerplätze eine Schnapsidee, die pflegt keiner – bitte löschen. Uns reicht es völlig, "
  "wenn an der Form selbst ein einfaches Textfeld für den Lagerplatz steht (z. B. „R3-F12“).",
  RE("lagerplatz"),
  AF("form", "Lagerplatz", "text", ["Lagerort", "Regal/Fach", "Standort"]))

R("p6r63", "de",
  spec("Medikamentenbestellung", "Bestellungen der Station bei der Apotheke.",
       ent("bestellung", "Bestellung", "Bestellungen",
           fld("medikament", "Medikament", "text", req=True),
           fld("menge", "Menge", "integer"),
           fld("bestellt_am", "Bestellt am", "date"),
           fld("bestellt_von", "Bestellt von", "person"),
           fld("geliefert", "Geliefert", "boolean"))),
  "Weil manche Kolleg:innen bei „Menge“ die Anzahl Tabletten eintragen und andere die Anzahl Packungen, bekommt die Apotheke "
  "merkwürdige Bestellungen – bitte das Feld „Packungen“ nennen. Und für die Apotheke wäre es hilfreich, wenn wir eilige "
  "Bestellungen als solche kennzeichnen könnten.",
  RN("bestellung", "menge", "Packungen", ["Anzahl Packungen", "Menge (Packungen)"]),
  AF("bestellung", "eilig", "boolean", ["Eilbestellung", "dringend", "urgent"], ["choice"]))

R("p6r64", "de",
  spec("Lademittelkonto", "Ausgabe und Rückgabe von Ladungsträgern je Kunde.",
       ent("kunde", "Kunde", "Kunden",
           fld("name", "Name", "text", req=True),
           fld("kundennummer", "Kundennummer", "text", uniq=True)),
       ent("buchung", "Buchung", "Buchungen",
           fld("kunde", "Kunde", "reference", req=True, target="kunde"),
           fld("datum", "Datum", "date"),
           fld("ep_ausgegeben", "Europaletten ausgegeben", "integer"),
           fld("ep_zurueck", "Europaletten zurück", "integer"),
           fld("gitterboxen", "Gitterboxen", "integer"))),
  "Gitterboxen setzen wir seit Jahresbeginn nicht mehr ein, die Spalte kann also weg. Bei den Kunden fehlt uns dagegen, wen wir "
  "bei Palettendifferenzen anrufen sollen: also einen Ansprechpartner und seine Telefonnummer.",
  RF("buchung", "gitterboxen"),
  AF("kunde", "Ansprechpartner", "text", ["Kontakt", "Kontaktperson", "Ansprechperson"], ["person"]),
  AF("kunde", "Telefonnummer", "phone", ["Telefon", "Tel.", "phone"]))


if __name__ == "__main__":
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(CASES), "refine cases written")
