#!/usr/bin/env python3
"""Builds refine.jsonl for heldout4 (standard library only)."""
import copy, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import F, write

KEEP = "all other fields and entities unchanged"


def fl(key, label, type, req=False, opts=None, target=None, unique=False):
    f = {"key": key, "label": label, "type": type}
    if req:
        f["required"] = True
    if unique:
        f["unique"] = True
    if opts:
        f["options"] = list(opts)
    if target:
        f["target"] = target
    return f


def ent(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


def spec(name, summary, ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": ents}


def AF(entity, name, type, aliases, alt=(), opts=None):
    op = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type,
          "alt_types": list(alt)}
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


def SO(entity, field, options):
    return {"op": "set_options", "entity": entity, "field": field, "options": list(options)}


def AE(name, aliases, fields):
    return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": fields}


def RE(entity):
    return {"op": "remove_entity", "entity": entity}


def AR(frm, to):
    return {"op": "add_relation", "from": frm, "to": to}


C = []


def R(id, lang, sp, request, expect):
    C.append({"id": id, "lang": lang, "spec": copy.deepcopy(sp), "request": request, "expect": expect, "keep": KEEP})


# ======================= English =======================
CARE = spec("Home care visits", "Carers log each visit to a client.", [
    ent("client", "Client", "Clients", [
        fl("name", "Name", "text", req=True),
        fl("address", "Address", "text"),
        fl("key_safe_code", "Key safe code", "text"),
        fl("nok_phone", "Next of kin phone", "phone")]),
    ent("visit", "Visit", "Visits", [
        fl("client", "Client", "reference", req=True, target="client"),
        fl("carer", "Carer", "person"),
        fl("arrived_at", "Arrived at", "datetime"),
        fl("left_at", "Left at", "datetime"),
        fl("tasks", "Tasks", "multi_choice", opts=["Meds", "Personal care", "Meals"]),
        fl("concerns", "Concerns", "long_text")])])

R("h4r01", "en", CARE,
  "One thing the district nurses keep asking - when a client refuses their meds, can the carer record that on the "
  "visit? Just a yes/no is fine, they write the detail in concerns anyway.",
  [AF("visit", "medication refused", "boolean", ["meds refused", "refused medication", "refused meds"], ["choice"])])
R("h4r02", "en", CARE,
  "add Shopping and Companionship to the tasks please. also the key safe code, honestly let's not have it in the "
  "app at all, the coordinators keep it on paper in the safe",
  [SO("visit", "tasks", ["Meds", "Personal care", "Meals", "Shopping", "Companionship"]),
   RF("client", "key_safe_code")])
R("h4r03", "en", CARE,
  "Two small ones from the team meeting. Can 'Concerns' be called 'Wellbeing notes'? Some carers feel like they're "
  "telling tales. And the carer has to be filled in on every visit, we found visits logged with nobody on them.",
  [RN("visit", "concerns", "Wellbeing notes", ["Wellbeing"]), SR("visit", "carer", True)])

HIRE = spec("Plant hire register", "Equipment hired in for our sites.", [
    ent("hire_company", "Hire company", "Hire companies", [
        fl("name", "Name", "text", req=True),
        fl("phone", "Phone", "phone"),
        fl("account_number", "Account number", "text")]),
    ent("hire", "Hire", "Hires", [
        fl("item", "Item", "text", req=True),
        fl("hire_company", "Hire company", "reference", target="hire_company"),
        fl("site_name", "Site", "text"),
        fl("on_hire", "On-hire date", "date"),
        fl("off_hire", "Off-hire date", "date"),
        fl("weekly_rate", "Weekly rate", "money")])])

R("h4r04", "en", HIRE,
  "People are spelling the site names ten different ways so the reports are useless. Can we have a proper list of "
  "sites - name and the site manager - and each hire picks its site from that list? Then the old typed-in site "
  "field can go.",
  [AE("Site", ["Sites", "job site", "project"], [
       F("name", "text", ["site name"]),
       F("site manager", "person", ["manager"], ["text"])]),
   AR("hire", "Site"), RF("hire", "site_name")])
R("h4r05", "en", HIRE,
  "accounts are on my back again - every hire needs our PO number on it, and who actually ordered the kit, "
  "so they know who to chase",
  [AF("hire", "PO number", "text", ["PO", "purchase order", "purchase order number"]),
   AF("hire", "ordered by", "person", ["orderer", "requested by", "who ordered"], ["text"])])
R("h4r06", "en", HIRE,
  "Make the on-hire date mandatory, we can't work out costs without it. Oh and the phone on the hire company is "
  "really the depot number, so label it 'Depot phone'.",
  [SR("hire", "on_hire", True), RN("hire_company", "phone", "Depot phone", ["Depot number", "Depot phone number"])])

FOOD = spec("Food bank", "Referred households and the parcels they collect.", [
    ent("household", "Household", "Households", [
        fl("surname", "Surname", "text", req=True),
        fl("postcode", "Postcode", "text"),
        fl("adults", "Adults", "integer"),
        fl("children", "Children", "text"),
        fl("referral_agency", "Referral agency", "text")]),
    ent("parcel", "Parcel", "Parcels", [
        fl("household", "Household", "reference", req=True, target="household"),
        fl("collected_on", "Collected on", "date"),
        fl("voucher_number", "Voucher number", "text")])])

R("h4r07", "en", FOOD,
  "We need dietary needs on households. It's usually one or more of vegetarian, halal, gluten free, no pork, "
  "diabetic - can they tick several?",
  [AF("household", "dietary needs", "multi_choice", ["dietary requirements", "diet", "dietary"], [],
      ["Vegetarian", "Halal", "Gluten free", "No pork", "Diabetic"])])
R("h4r08", "en", FOOD,
  "Since March the agencies email us the referral so there's no voucher anymore - you can drop that field. What "
  "the trustees do want to know is which volunteer handed each parcel over.",
  [RF("parcel", "voucher_number"),
   AF("parcel", "volunteer", "person", ["handed over by", "given by", "volunteer name"], ["text"])])
R("h4r09", "en", FOOD,
  "ok change of plan, parcels are now logged in the national Trussell system so scrap the parcels table here. "
  "also I just noticed Children is a text box?? it should be a number like adults",
  [RE("parcel"), CT("household", "children", "integer")])

WED = spec("Wedding bookings", "Weddings booked at the venue and their payment instalments.", [
    ent("booking", "Booking", "Bookings", [
        fl("couple", "Couple", "text", req=True),
        fl("wedding_date", "Wedding date", "date", req=True),
        fl("package", "Package", "choice", opts=["Classic", "Premium"]),
        fl("guests", "Guests", "integer"),
        fl("total_price", "Total price", "money")]),
    ent("payment", "Payment", "Payments", [
        fl("booking", "Booking", "reference", req=True, target="booking"),
        fl("amount", "Amount", "money", req=True),
        fl("due_date", "Due date", "date"),
        fl("paid_on", "Paid on", "date"),
        fl("method", "Method", "text")])])

R("h4r10", "en", WED,
  "We've launched an 'Exclusive use' package this season so that needs adding. And the payment method shouldn't be "
  "free typing - it's bank transfer, card or cash, nothing else.",
  [SO("booking", "package", ["Classic", "Premium", "Exclusive use"]),
   CT("payment", "method", "choice"), SO("payment", "method", ["Bank transfer", "Card", "Cash"])])
R("h4r11", "en", WED,
  "Could each booking show which of us is the coordinator looking after it? And the date of their final menu "
  "meeting, that's the one that always slips.",
  [AF("booking", "coordinator", "person", ["wedding coordinator", "planner", "owner"], ["text"]),
   AF("booking", "final menu meeting", "date", ["menu meeting", "final menu meeting date", "menu meeting date"],
      ["datetime"])])
R("h4r12", "en", WED,
  "Accounts have moved all the instalments into Xero, so we don't need the payments part in here any more. "
  "Bookings stay as they are.",
  [RE("payment")])

PEST = spec("Pest control", "Customer sites, bait stations and the checks on them.", [
    ent("site", "Site", "Sites", [
        fl("name", "Name", "text", req=True),
        fl("address", "Address", "text"),
        fl("contact_phone", "Contact phone", "phone")]),
    ent("station", "Bait station", "Bait stations", [
        fl("site", "Site", "reference", req=True, target="site"),
        fl("number", "Number", "text", req=True),
        fl("location", "Location", "text"),
        fl("station_type", "Type", "choice", opts=["Rodent box", "Insect monitor"])]),
    ent("station_check", "Check", "Checks", [
        fl("station", "Bait station", "reference", req=True, target="station"),
        fl("date", "Date", "date"),
        fl("technician", "Technician", "person"),
        fl("activity", "Activity found", "boolean"),
        fl("comment", "Comment", "long_text")])])

R("h4r13", "en", PEST,
  "When a tech finds activity the customer always asks for proof, so please let them add a photo on the check.",
  [AF("station_check", "photo", "file", ["picture", "evidence photo", "image"])])
R("h4r14", "en", PEST,
  "we've started installing fly units too so add that as a station type. and the comment box on checks, nobody "
  "fills it in, bin it",
  [SO("station", "station_type", ["Rodent box", "Insect monitor", "Fly unit"]), RF("station_check", "comment")])
R("h4r15", "en", PEST,
  "Thinking about invoicing... we bill per visit, not per station. Could we add visits - date, technician and time "
  "on site in hours - and have each check belong to the visit it was done on?",
  [AE("Visit", ["Visits", "service visit", "site visit"], [
       F("date", "date", ["visit date"], ["datetime"]),
       F("technician", "person", ["tech"], ["text"]),
       F("time on site", "decimal", ["hours", "hours on site", "duration"], ["integer"])]),
   AR("station_check", "Visit")])

REF = spec("Hospital referrals", "Referrals sent by our GPs and what came back.", [
    ent("referral", "Referral", "Referrals", [
        fl("patient_name", "Patient name", "text", req=True),
        fl("nhs_number", "NHS number", "text", req=True),
        fl("specialty", "Specialty", "choice", opts=["Cardiology", "Dermatology", "Orthopaedics", "ENT"]),
        fl("urgency", "Urgency", "choice", opts=["Routine", "Urgent", "Two week wait"]),
        fl("date_sent", "Date sent", "date"),
        fl("letter_back", "Clinic letter received", "boolean")])])

R("h4r16", "en", REF,
  "we need somewhere to put the appointment the hospital gives the patient, date and time",
  [AF("referral", "appointment", "datetime", ["appointment date", "appointment date and time", "hospital appointment"],
      ["date"])])
R("h4r17", "en", REF,
  "The hospital calls it Priority, not Urgency, so rename that. And the values should be exactly Routine, Urgent "
  "and 2WW - that's what's on their forms.",
  [RN("referral", "urgency", "Priority", ["Referral priority"]),
   SO("referral", "urgency", ["Routine", "Urgent", "2WW"])])
R("h4r18", "en", REF,
  "The specialty list keeps growing every week (we've had rheumatology, urology, memory clinic...). I give up - just "
  "make it something the receptionists can type into.",
  [CT("referral", "specialty", "text")])

TUT = spec("Tutoring programme", "Students, volunteer tutors and tutoring sessions.", [
    ent("student", "Student", "Students", [
        fl("name", "Name", "text", req=True),
        fl("school", "School", "text"),
        fl("year_group", "Year group", "text")]),
    ent("tutor", "Tutor", "Tutors", [
        fl("name", "Name", "text", req=True),
        fl("email", "Email", "email"),
        fl("dbs_expiry", "DBS expiry", "date")]),
    ent("session", "Session", "Sessions", [
        fl("student", "Student", "reference", req=True, target="student"),
        fl("date", "Date", "date", req=True),
        fl("minutes", "Minutes", "integer"),
        fl("attended", "Attended", "boolean")])])

R("h4r19", "en", TUT,
  "Tutors want to write up what they covered in each session - sometimes it's a couple of paragraphs. And can "
  "'Minutes' say 'Duration (minutes)'? New volunteers don't get it.",
  [AF("session", "what was covered", "long_text", ["topics covered", "session notes", "summary", "covered"], ["text"]),
   RN("session", "minutes", "Duration (minutes)", ["Duration", "Duration in minutes"])])
R("h4r20", "en", TUT,
  "For safeguarding we need a parent or carer contact on each student: their name and a phone number.",
  [AF("student", "parent/carer name", "text", ["parent name", "carer name", "contact name", "parent or carer"]),
   AF("student", "parent/carer phone", "phone", ["parent phone", "contact phone", "phone", "carer phone"])])
R("h4r21", "en", TUT,
  "Oh, I just realised sessions don't say who the tutor was! Each session should be linked to one of the tutors. "
  "Also tutors must have an email, that's how we send the rota.",
  [AR("session", "tutor"), SR("tutor", "email", True)])

RET = spec("Warehouse returns", "Customer returns received at the returns desk.", [
    ent("customer_return", "Return", "Returns", [
        fl("rma_number", "RMA number", "text", req=True, unique=True),
        fl("order_number", "Order number", "text"),
        fl("customer_name", "Customer name", "text"),
        fl("received_on", "Received on", "date"),
        fl("reason", "Reason", "choice", opts=["Damaged", "Wrong item", "Not wanted"]),
        fl("refund_amount", "Refund amount", "money")])])

R("h4r22", "en", RET,
  "Problem: one parcel often has 3 or 4 different products in it. I think we need return lines - SKU, quantity and "
  "the condition we found it in (resellable, damaged, scrap) - each one attached to its return.",
  [AE("Return line", ["Return lines", "returned item", "return item", "line item"], [
       F("SKU", "text", ["product", "product code", "item"]),
       F("quantity", "integer", ["qty"]),
       F("condition", "choice", ["inspected condition", "state"], opts=["Resellable", "Damaged", "Scrap"])]),
   AR("Return line", "customer_return")])
R("h4r23", "en", RET,
  "'Faulty' is missing from the reasons. And finance want a tick box to say they've approved the refund.",
  [SO("customer_return", "reason", ["Damaged", "Wrong item", "Not wanted", "Faulty"]),
   AF("customer_return", "refund approved", "boolean", ["approved", "finance approved", "approved by finance"])])
R("h4r24", "en", RET,
  "we'd like to see which carrier brought each return back - it's always Royal Mail, DPD, Evri, or the customer "
  "dropped it off themselves",
  [AF("customer_return", "carrier", "choice", ["courier", "delivered by", "delivery method"], [],
      ["Royal Mail", "DPD", "Evri", "Customer drop-off"])])

# ======================= French =======================
CHU = spec("Suivi des chutes", "Chutes des résidents de l'EHPAD.", [
    ent("resident", "Résident", "Résidents", [
        fl("nom", "Nom", "text", req=True),
        fl("chambre", "Chambre", "text"),
        fl("etage", "Étage", "text")]),
    ent("chute", "Chute", "Chutes", [
        fl("resident", "Résident", "reference", req=True, target="resident"),
        fl("date_heure", "Date et heure", "datetime", req=True),
        fl("lieu", "Lieu", "choice", opts=["Chambre", "Salle de bain", "Couloir", "Salle à manger", "Extérieur"]),
        fl("blessure", "Blessure", "boolean"),
        fl("gravite", "Gravité", "choice", opts=["Sans conséquence", "Légère", "Grave"])])])

R("h4r25", "fr", CHU,
  "Il faudrait aussi savoir qui a constaté la chute (c'est toujours quelqu'un de l'équipe) et si le médecin a été "
  "prévenu ou pas.",
  [AF("chute", "constaté par", "person", ["témoin", "déclarant", "constatée par", "soignant"], ["text"]),
   AF("chute", "médecin prévenu", "boolean", ["médecin informé", "médecin", "médecin averti"])])
R("h4r26", "fr", CHU,
  "Pour le lieu on a oublié deux endroits où ça arrive souvent : la salle d'activités et l'ascenseur. Tu peux les "
  "rajouter ?",
  [SO("chute", "lieu", ["Chambre", "Salle de bain", "Couloir", "Salle à manger", "Extérieur", "Salle d'activités",
                         "Ascenseur"])])
R("h4r27", "fr", CHU,
  "En fait la blessure ce n'est pas juste oui ou non, les soignants doivent pouvoir décrire (hématome au front, "
  "douleur hanche...). Tu peux en faire un champ texte où on écrit ?",
  [CT("chute", "blessure", "long_text", ["text"])])

CAMP = spec("Réservations camping", "Emplacements du camping et réservations.", [
    ent("emplacement", "Emplacement", "Emplacements", [
        fl("numero", "Numéro", "text", req=True, unique=True),
        fl("type", "Type", "choice", opts=["Tente", "Caravane", "Camping-car", "Mobil-home"]),
        fl("electricite", "Électricité", "boolean")]),
    ent("reservation", "Réservation", "Réservations", [
        fl("emplacement", "Emplacement", "reference", req=True, target="emplacement"),
        fl("client", "Nom du client", "text", req=True),
        fl("arrivee", "Date d'arrivée", "date", req=True),
        fl("depart", "Date de départ", "date"),
        fl("nb_personnes", "Nombre de personnes", "integer"),
        fl("acompte", "Acompte", "money")])])

R("h4r28", "fr", CAMP,
  "Rajoute le téléphone et le mail du client sur la résa stp, on en a besoin pour envoyer la confirmation.",
  [AF("reservation", "téléphone", "phone", ["tél", "téléphone du client", "phone", "portable"]),
   AF("reservation", "mail", "email", ["email", "e-mail", "mail du client", "adresse mail"])])
R("h4r29", "fr", CAMP,
  "Petite chose : renomme « Acompte » en « Arrhes », c'est le terme qu'on utilise dans nos CGV. Et la date de "
  "départ doit être obligatoire, sinon on ne peut pas calculer le séjour.",
  [RN("reservation", "acompte", "Arrhes", ["Montant des arrhes"]), SR("reservation", "depart", True)])
R("h4r30", "fr", CAMP,
  "La barrière d'entrée lit les plaques, donc on voudrait une liste des véhicules (immatriculation, marque) et "
  "chaque véhicule rattaché à la réservation correspondante. Certains clients viennent avec deux voitures.",
  [AE("Véhicule", ["Véhicules", "voiture", "vehicle"], [
       F("immatriculation", "text", ["plaque", "plaque d'immatriculation", "numéro d'immatriculation"]),
       F("marque", "text", ["make", "marque du véhicule"])]),
   AR("Véhicule", "reservation")])

STG = spec("Stages PFMP", "Entreprises d'accueil et stages des élèves.", [
    ent("entreprise", "Entreprise", "Entreprises", [
        fl("raison_sociale", "Raison sociale", "text", req=True),
        fl("adresse", "Adresse", "text"),
        fl("tuteur", "Tuteur", "text"),
        fl("mail_tuteur", "Mail du tuteur", "email")]),
    ent("stage", "Stage", "Stages", [
        fl("eleve", "Élève", "text", req=True),
        fl("classe", "Classe", "text"),
        fl("entreprise", "Entreprise", "reference", req=True, target="entreprise"),
        fl("debut", "Date de début", "date"),
        fl("fin", "Date de fin", "date"),
        fl("convention", "Convention", "file")])])

R("h4r31", "fr", STG,
  "Sur chaque stage il me faut le professeur référent (c'est un collègue du lycée) et la date à laquelle il fait "
  "sa visite en entreprise.",
  [AF("stage", "professeur référent", "person", ["prof référent", "référent", "enseignant référent"], ["text"]),
   AF("stage", "date de visite", "date", ["visite", "date de la visite"], ["datetime"])])
R("h4r32", "fr", STG,
  "La classe c'est toujours une de nos quatre divisions : 1 MELEC, T MELEC, 1 AGORA, T AGORA. Tu peux en faire une "
  "liste déroulante plutôt que de laisser taper n'importe quoi ?",
  [CT("stage", "classe", "choice"), SO("stage", "classe", ["1 MELEC", "T MELEC", "1 AGORA", "T AGORA"])])
R("h4r33", "fr", STG,
  "Le mail du tuteur, on ne s'en sert plus, c'est le secrétariat qui gère les échanges. Tu peux l'enlever.",
  [RF("entreprise", "mail_tuteur")])

DEM = spec("Devis déménagement", "Clients et devis envoyés.", [
    ent("client", "Client", "Clients", [
        fl("nom", "Nom", "text", req=True),
        fl("telephone", "Téléphone", "phone"),
        fl("mail", "Mail", "email"),
        fl("adresse_depart", "Adresse de départ", "text"),
        fl("adresse_arrivee", "Adresse d'arrivée", "text")]),
    ent("devis", "Devis", "Devis", [
        fl("client", "Client", "reference", req=True, target="client"),
        fl("montant_ht", "Montant HT", "money"),
        fl("date_envoi", "Date d'envoi", "date"),
        fl("statut", "Statut", "choice", opts=["Envoyé", "Accepté", "Refusé"])])])

R("h4r34", "fr", DEM,
  "Le statut du devis doit être obligatoire. Et il manque une étape « Relancé » entre envoyé et accepté, on relance "
  "tout le monde au bout d'une semaine.",
  [SR("devis", "statut", True), SO("devis", "statut", ["Envoyé", "Relancé", "Accepté", "Refusé"])])
R("h4r35", "fr", DEM,
  "On voudrait aussi suivre les visites techniques : la date, le volume estimé en m3 et s'il y a un ascenseur. "
  "Chaque visite se fait chez un client, bien sûr.",
  [AE("Visite technique", ["Visites techniques", "visite", "métré"], [
       F("date", "date", ["date de visite"], ["datetime"]),
       F("volume estimé", "decimal", ["volume", "m3", "volume en m3"], ["integer"]),
       F("ascenseur", "boolean", ["lift", "ascenseur oui/non"])]),
   AR("Visite technique", "client")])
R("h4r36", "fr", DEM,
  "Bon, finalement l'adresse d'arrivée on ne s'en sert jamais dans l'appli, enlève-la. Par contre sur le devis "
  "j'aimerais la date prévue du déménagement.",
  [RF("client", "adresse_arrivee"),
   AF("devis", "date prévue du déménagement", "date", ["date du déménagement", "date prévue", "date de déménagement"])])

# ======================= Spanish =======================
FIS = spec("Bonos de fisioterapia", "Pacientes y bonos de sesiones.", [
    ent("paciente", "Paciente", "Pacientes", [
        fl("nombre", "Nombre", "text", req=True),
        fl("telefono", "Teléfono", "phone"),
        fl("email", "Email", "email"),
        fl("dni", "DNI", "text")]),
    ent("bono", "Bono", "Bonos", [
        fl("paciente", "Paciente", "reference", req=True, target="paciente"),
        fl("tipo", "Tipo de bono", "choice", req=True, opts=["5 sesiones", "10 sesiones"]),
        fl("fecha_compra", "Fecha de compra", "date"),
        fl("precio", "Precio", "money")])])

R("h4r37", "es", FIS,
  "Añade la forma de pago al bono, que a final de mes nunca cuadra la caja: efectivo, tarjeta o Bizum.",
  [AF("bono", "forma de pago", "choice", ["método de pago", "pago", "medio de pago"], [],
      ["Efectivo", "Tarjeta", "Bizum"])])
R("h4r38", "es", FIS,
  "Ahora necesito apuntar las sesiones: la fecha, qué fisio la hizo y unas notas. Cada sesión se descuenta de un "
  "bono, así que tiene que ir ligada al bono.",
  [AE("Sesión", ["Sesiones", "cita", "session"], [
       F("fecha", "date", ["fecha de la sesión"], ["datetime"]),
       F("fisioterapeuta", "person", ["fisio", "terapeuta"], ["text"]),
       F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"])]),
   AR("Sesión", "bono")])
R("h4r39", "es", FIS,
  "El DNI tiene que ser obligatorio, sin él la mutua no nos paga. Y el email ya no lo pedimos, quítalo.",
  [SR("paciente", "dni", True), RF("paciente", "email")])

TAL = spec("Taller", "Clientes y órdenes de trabajo del taller.", [
    ent("cliente", "Cliente", "Clientes", [
        fl("nombre", "Nombre", "text", req=True),
        fl("telefono", "Teléfono", "phone")]),
    ent("orden", "Orden de trabajo", "Órdenes de trabajo", [
        fl("cliente", "Cliente", "reference", req=True, target="cliente"),
        fl("matricula", "Matrícula", "text", req=True),
        fl("fecha_entrada", "Fecha de entrada", "date"),
        fl("averia", "Avería", "long_text"),
        fl("importe", "Importe", "money"),
        fl("estado", "Estado", "choice", opts=["Pendiente", "En reparación", "Terminado", "Entregado"])])])

R("h4r40", "es", TAL,
  "ponle a cada orden el mecánico que la lleva, y los km que tiene el coche cuando entra",
  [AF("orden", "mecánico", "person", ["mecánico asignado", "mecanico", "responsable"], ["text"]),
   AF("orden", "kilómetros", "integer", ["km", "kilometraje", "km de entrada", "kilómetros a la entrada"],
      ["decimal"])])
R("h4r41", "es", TAL,
  "Cambia el nombre de 'Avería' a 'Problema indicado por el cliente', que luego resulta que la avería era otra cosa "
  "y los clientes se quejan.",
  [RN("orden", "averia", "Problema indicado por el cliente", ["Problema indicado", "Problema según el cliente"])])
R("h4r42", "es", TAL,
  "Falta un estado 'Esperando piezas', que es donde se nos quedan atascados la mitad de los coches.",
  [SO("orden", "estado", ["Pendiente", "En reparación", "Esperando piezas", "Terminado", "Entregado"])])

COM = spec("Comedor escolar", "Alumnos que se quedan al comedor.", [
    ent("alumno", "Alumno", "Alumnos", [
        fl("nombre", "Nombre", "text", req=True),
        fl("curso", "Curso", "choice", opts=["1º", "2º", "3º", "4º", "5º", "6º"]),
        fl("telefono_familia", "Teléfono de la familia", "phone"),
        fl("alergias", "Alergias", "multi_choice", opts=["Gluten", "Huevo", "Frutos secos", "Pescado"]),
        fl("dias", "Días de comedor", "multi_choice", opts=["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"])])])

R("h4r43", "es", COM,
  "Nos falta la lactosa en las alergias, añádela porfa. Y un sitio para adjuntar el informe médico, que inspección "
  "nos lo pide.",
  [SO("alumno", "alergias", ["Gluten", "Huevo", "Frutos secos", "Pescado", "Lactosa"]),
   AF("alumno", "informe médico", "file", ["informe", "certificado médico", "documento médico"])])
R("h4r44", "es", COM,
  "El teléfono de la familia no puede quedarse vacío nunca, si un niño se pone malo tenemos que llamar.",
  [SR("alumno", "telefono_familia", True)])
R("h4r45", "es", COM,
  "También necesito saber si el niño tiene autorización para irse solo al acabar el comedor, sí o no, y si no, el "
  "nombre de la persona que lo recoge.",
  [AF("alumno", "autorizado a salir solo", "boolean", ["sale solo", "autorización salida", "puede irse solo",
                                                         "autorización para salir solo"]),
   AF("alumno", "persona que lo recoge", "text", ["recoge", "quién lo recoge", "persona autorizada"], ["person"])])

EVE = spec("Eventos y proveedores", "Eventos, proveedores y contrataciones.", [
    ent("evento", "Evento", "Eventos", [
        fl("nombre", "Nombre", "text", req=True),
        fl("cliente", "Cliente", "text"),
        fl("fecha", "Fecha", "date"),
        fl("lugar", "Lugar", "text"),
        fl("asistentes", "Asistentes", "integer")]),
    ent("proveedor", "Proveedor", "Proveedores", [
        fl("nombre", "Nombre", "text", req=True),
        fl("servicio", "Servicio", "text"),
        fl("telefono", "Teléfono", "phone"),
        fl("email", "Email", "email")]),
    ent("contratacion", "Contratación", "Contrataciones", [
        fl("evento", "Evento", "reference", req=True, target="evento"),
        fl("proveedor", "Proveedor", "reference", req=True, target="proveedor"),
        fl("importe", "Importe", "money"),
        fl("senal_pagada", "Señal pagada", "boolean")])])

R("h4r46", "es", EVE,
  "Las contrataciones las vamos a llevar desde el programa de contabilidad, así que quita esa tabla. Eventos y "
  "proveedores se quedan igual.",
  [RE("contratacion")])
R("h4r47", "es", EVE,
  "El servicio del proveedor mejor que sea una lista para poder filtrar: catering, sonido, fotografía, transporte "
  "y decoración.",
  [CT("proveedor", "servicio", "choice", ["multi_choice"]),
   SO("proveedor", "servicio", ["Catering", "Sonido", "Fotografía", "Transporte", "Decoración"])])
R("h4r48", "es", EVE,
  "en cada contratación quiero poder subir la factura del proveedor y saber cuándo vence el pago",
  [AF("contratacion", "factura", "file", ["factura del proveedor", "invoice", "PDF factura"]),
   AF("contratacion", "vencimiento del pago", "date", ["vencimiento", "fecha de vencimiento", "fecha de pago",
                                                       "vence el pago"])])

# ======================= German =======================
PFL = spec("Pflegeeinsätze", "Klienten und Einsätze des ambulanten Pflegedienstes.", [
    ent("klient", "Klient", "Klienten", [
        fl("name", "Name", "text", req=True),
        fl("adresse", "Adresse", "text"),
        fl("pflegegrad", "Pflegegrad", "choice", opts=["1", "2", "3", "4", "5"]),
        fl("krankenkasse", "Krankenkasse", "text")]),
    ent("einsatz", "Einsatz", "Einsätze", [
        fl("klient", "Klient", "reference", req=True, target="klient"),
        fl("pflegekraft", "Pflegekraft", "person"),
        fl("beginn", "Beginn", "datetime", req=True),
        fl("ende", "Ende", "datetime"),
        fl("leistungen", "Leistungen", "multi_choice",
           opts=["Grundpflege", "Medikamentengabe", "Verbandswechsel", "Hauswirtschaft"])])])

R("h4r49", "de", PFL,
  "Bei den Einsätzen fehlt uns ein Feld, wo man Auffälligkeiten reinschreiben kann – Freitext, darf auch mal "
  "länger werden.",
  [AF("einsatz", "Auffälligkeiten", "long_text", ["Besonderheiten", "Beobachtungen", "Auffälligkeit"], ["text"])])
R("h4r50", "de", PFL,
  "Die Krankenkasse können wir rausnehmen, die steht sowieso in der Abrechnungssoftware. Was wir stattdessen "
  "brauchen, ist die Telefonnummer von einem Angehörigen, für Notfälle.",
  [RF("klient", "krankenkasse"),
   AF("klient", "Telefon Angehörige", "phone", ["Angehöriger", "Notfallkontakt", "Telefonnummer Angehöriger",
                                                "Telefon Angehöriger"])])
R("h4r51", "de", PFL,
  "Pflegekraft muss ein Pflichtfeld sein, sonst wissen wir bei der Abrechnung nicht, wer da war. Und bei den "
  "Leistungen fehlt noch „Betreuung“.",
  [SR("einsatz", "pflegekraft", True),
   SO("einsatz", "leistungen", ["Grundpflege", "Medikamentengabe", "Verbandswechsel", "Hauswirtschaft", "Betreuung"])])

ELK = spec("Baustellenstunden", "Stunden der Mitarbeiter pro Baustelle.", [
    ent("baustelle", "Baustelle", "Baustellen", [
        fl("bezeichnung", "Bezeichnung", "text", req=True),
        fl("auftraggeber", "Auftraggeber", "text"),
        fl("adresse", "Adresse", "text")]),
    ent("zeiteintrag", "Zeiteintrag", "Zeiteinträge", [
        fl("baustelle", "Baustelle", "reference", req=True, target="baustelle"),
        fl("mitarbeiter", "Mitarbeiter", "person", req=True),
        fl("datum", "Datum", "date"),
        fl("stunden", "Stunden", "decimal", req=True),
        fl("taetigkeit", "Tätigkeit", "text")])])

R("h4r52", "de", ELK,
  "Bei der Baustelle fehlt noch die Auftragsnummer, und ein Häkchen, ob die Baustelle abgeschlossen ist – dann "
  "taucht sie hoffentlich nicht mehr überall auf.",
  [AF("baustelle", "Auftragsnummer", "text", ["Auftrags-Nr", "Auftragsnr", "Auftrag"]),
   AF("baustelle", "abgeschlossen", "boolean", ["erledigt", "fertig", "Baustelle abgeschlossen"])])
R("h4r53", "de", ELK,
  "Tätigkeit bitte als mehrzeiliges Feld, die Jungs schreiben da mehr rein als gedacht und dann ist das "
  "abgeschnitten.",
  [CT("zeiteintrag", "taetigkeit", "long_text")])
R("h4r54", "de", ELK,
  "„Auftraggeber“ sagt bei uns keiner, bitte in „Kunde“ umbenennen. Außerdem soll das Datum beim Zeiteintrag "
  "Pflicht sein.",
  [RN("baustelle", "auftraggeber", "Kunde", ["Kundenname"]), SR("zeiteintrag", "datum", True)])

HV = spec("Zählerablesungen", "Wohnungen und ihre Zählerstände.", [
    ent("wohnung", "Wohnung", "Wohnungen", [
        fl("lage", "Lage", "text", req=True),
        fl("wohnflaeche", "Wohnfläche", "decimal"),
        fl("mieter", "Mieter", "text")]),
    ent("ablesung", "Ablesung", "Ablesungen", [
        fl("wohnung", "Wohnung", "reference", req=True, target="wohnung"),
        fl("zaehlerart", "Zählerart", "choice", req=True,
           opts=["Wasser kalt", "Wasser warm", "Strom", "Gas", "Heizung"]),
        fl("datum", "Datum", "date"),
        fl("stand", "Stand", "decimal")])])

R("h4r55", "de", HV,
  "Uns fehlen die Gebäude: jeweils Adresse und Baujahr, und jede Wohnung gehört zu genau einem Gebäude. Sonst "
  "findet man „2. OG links“ zwanzig Mal.",
  [AE("Gebäude", ["Haus", "Objekt", "Liegenschaft"], [
       F("Adresse", "text", ["Anschrift", "Straße und Hausnummer"]),
       F("Baujahr", "integer", ["year built"], ["text"])]),
   AR("wohnung", "Gebäude")])
R("h4r56", "de", HV,
  "Bei jeder Ablesung brauchen wir noch die Zählernummer und ein Foto vom Zähler, falls ein Mieter widerspricht.",
  [AF("ablesung", "Zählernummer", "text", ["Zähler-Nr", "Zählernr", "Nummer"]),
   AF("ablesung", "Foto", "file", ["Zählerfoto", "Bild", "Foto vom Zähler"])])
R("h4r57", "de", HV,
  "Zählerart: „Heizung“ bitte raus, das heißt bei uns „Wärmemengenzähler“. Der Rest passt.",
  [SO("ablesung", "zaehlerart", ["Wasser kalt", "Wasser warm", "Strom", "Gas", "Wärmemengenzähler"])])

VER = spec("Mitgliederverwaltung", "Mitglieder des Sportvereins und ihre Jahresbeiträge.", [
    ent("mitglied", "Mitglied", "Mitglieder", [
        fl("vorname", "Vorname", "text", req=True),
        fl("nachname", "Nachname", "text", req=True),
        fl("geburtsdatum", "Geburtsdatum", "date"),
        fl("email", "E-Mail", "email"),
        fl("abteilung", "Abteilung", "choice", opts=["Fußball", "Turnen", "Tennis", "Tischtennis"])]),
    ent("beitrag", "Beitrag", "Beiträge", [
        fl("mitglied", "Mitglied", "reference", req=True, target="mitglied"),
        fl("jahr", "Jahr", "integer", req=True),
        fl("betrag", "Betrag", "money"),
        fl("bezahlt", "Bezahlt", "boolean")])])

R("h4r58", "de", VER,
  "Ein paar Mitglieder sind in mehreren Abteilungen (Tennis und Tischtennis z.B.), das muss man auswählen können.",
  [CT("mitglied", "abteilung", "multi_choice")])
R("h4r59", "de", VER,
  "Wir bräuchten noch das Eintrittsdatum und ob ein SEPA-Mandat vorliegt.",
  [AF("mitglied", "Eintrittsdatum", "date", ["Eintritt", "Mitglied seit", "Beitrittsdatum"]),
   AF("mitglied", "SEPA-Mandat", "boolean", ["SEPA", "Lastschriftmandat", "SEPA-Mandat liegt vor"])])
R("h4r60", "de", VER,
  "Die Beiträge brauchen wir hier nicht mehr, das macht unsere Kassiererin jetzt mit ihrem eigenen Programm. Und "
  "E-Mail bitte als Pflichtfeld, wir verschicken die Einladungen nur noch per Mail.",
  [RE("beitrag"), SR("mitglied", "email", True)])

if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl"), C)
    print(len(C), "refine cases")
