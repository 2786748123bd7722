#!/usr/bin/env python3
"""Builds refine.jsonl for probe5 (standard library only)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True
from _dlib import F

def f(key, label, type, req=False, opts=None, target=None, unique=False):
    d = {"key": key, "label": label, "type": type}
    if req: d["required"] = True
    if unique: d["unique"] = True
    if opts: d["options"] = list(opts)
    if target: d["target"] = target
    return d
def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}
def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def addf(entity, name, type, aliases=(), alt=(), options=None):
    d = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options: d["options"] = list(options)
    return d
def rmf(entity, field): return {"op": "remove_field", "entity": entity, "field": field}
def ren(entity, field, to, aliases=()): return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}
def cht(entity, field, type, alt=()): return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}
def req(entity, field, value=True): return {"op": "set_required", "entity": entity, "field": field, "value": value}
def opts(entity, field, options): return {"op": "set_options", "entity": entity, "field": field, "options": list(options)}
def adde(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": list(fields)}
def rme(entity): return {"op": "remove_entity", "entity": entity}
def rel(a, b): return {"op": "add_relation", "from": a, "to": b}

CASES = []
def R(lang, sp, request, *ops):
    CASES.append({"lang": lang, "spec": sp, "request": request, "expect": list(ops),
                  "keep": "all other fields and entities unchanged"})

# ================= English =================
SHIP = spec("Sample shipments", "Track biological samples sent to partner labs.",
    ent("shipment", "Shipment", "Shipments",
        f("tracking_no", "Tracking number", "text", req=True, unique=True),
        f("courier", "Courier", "choice", opts=["DHL", "FedEx", "UPS"]),
        f("sent_on", "Sent on", "date", req=True),
        f("destination", "Destination lab", "text"),
        f("temperature", "Temperature", "choice", opts=["Ambient", "Chilled", "Frozen"]),
        f("notes", "Notes", "long_text")))
R("en", SHIP, "we also use World Courier now for the frozen stuff, can you add it to the courier list",
  opts("shipment", "courier", ["DHL", "FedEx", "UPS", "World Courier"]))
R("en", SHIP, "Two things: I need to know when it actually arrived at the other end, and whether the dry ice was still there when they opened the box (yes/no). Also the destination lab shouldn't be optional.",
  addf("shipment", "arrived on", "date", ["received on", "delivery date", "arrival date", "arrived"], ["datetime"]),
  addf("shipment", "dry ice intact", "boolean", ["dry ice ok", "dry ice still present", "dry ice", "dry ice remaining"]),
  req("shipment", "destination"))
R("en", SHIP, "hmm notes → rename to 'Handling instructions', that's what people actually put there. and pls add the number of tubes in the box",
  ren("shipment", "notes", "Handling instructions", ["Handling instruction", "Instructions"]),
  addf("shipment", "number of tubes", "integer", ["tubes", "tube count", "tubes in box", "number of samples"]))

FORK = spec("Forklift checks", "Daily pre-use checks on warehouse forklifts.",
    ent("forklift", "Forklift", "Forklifts",
        f("fleet_no", "Fleet number", "text", req=True, unique=True),
        f("model", "Model", "text"),
        f("site", "Site", "choice", opts=["Bay 1", "Bay 2", "Yard"])),
    ent("check", "Check", "Checks",
        f("forklift", "Forklift", "reference", req=True, target="forklift"),
        f("checked_on", "Checked on", "date", req=True),
        f("operator", "Operator", "person"),
        f("passed", "Passed", "boolean"),
        f("defects", "Defects found", "long_text")))
R("en", FORK, "Could we record the hour meter reading on every check? Ours have a little clock that counts engine hours, it goes like 4312.5",
  addf("check", "hour meter reading", "decimal", ["hour meter", "engine hours", "hours", "meter reading"], ["integer"]))
R("en", FORK, "The operator must be filled in on every check, no anonymous ticks. And checked on should be date + time, we do two checks on the night shift sometimes.",
  req("check", "operator"),
  cht("check", "checked_on", "datetime"))
R("en", FORK, "we now want to log the LOLER thorough examinations too - each one is for a forklift, with the exam date, the engineer's company, next due date and the certificate. separate from the daily checks obviously",
  adde("Thorough examination", ["LOLER examination", "LOLER exam", "examination", "inspection", "LOLER"],
       F("exam date", "date", ["examination date", "date", "examined on"]),
       F("engineer company", "text", ["company", "engineer", "examiner", "inspection company"]),
       F("next due date", "date", ["next due", "next examination", "due date"]),
       F("certificate", "file", ["report", "certificate file", "document"])),
  rel("Thorough examination", "forklift"))

GRANT = spec("Grant pipeline", "Funding applications the charity is preparing or has submitted.",
    ent("grant", "Grant application", "Grant applications",
        f("title", "Project title", "text", req=True),
        f("funder", "Funder", "text", req=True),
        f("amount", "Amount requested", "money"),
        f("deadline", "Deadline", "date"),
        f("status", "Status", "choice", opts=["Drafting", "Submitted", "Awarded", "Rejected"]),
        f("lead", "Lead writer", "person")))
R("en", GRANT, "Funders should be their own list really, we apply to the same trusts over and over. Name, website and the grants officer's email. Link every application to a funder and get rid of the typed funder column.",
  adde("Funder", ["Trust", "Foundation", "Funders", "funding body"],
       F("name", "text", ["funder name", "trust name"]),
       F("website", "url", ["web site", "link", "url"]),
       F("grants officer email", "email", ["email", "contact email", "officer email"])),
  rel("grant", "Funder"),
  rmf("grant", "funder"))
R("en", GRANT, "add 'Withdrawn' and 'On hold' to the statuses pls. Oh, and when an application is awarded I want to put in how much we actually got, it's often less than we asked for",
  opts("grant", "status", ["Drafting", "Submitted", "Awarded", "Rejected", "Withdrawn", "On hold"]),
  addf("grant", "amount awarded", "money", ["awarded amount", "amount received", "amount granted", "award"]))
R("en", GRANT, "Can you call the Deadline field 'Submission deadline'? Otherwise people confuse it with the reporting deadline. Speaking of which, add a reporting deadline too.",
  ren("grant", "deadline", "Submission deadline", ["Submission due"]),
  addf("grant", "reporting deadline", "date", ["report due", "reporting due date", "report deadline"]))

CATER = spec("Event catering", "Catering orders for company events.",
    ent("event", "Event", "Events",
        f("name", "Event name", "text", req=True),
        f("event_date", "Date", "date", req=True),
        f("venue", "Venue", "text")),
    ent("catering_order", "Catering order", "Catering orders",
        f("event", "Event", "reference", req=True, target="event"),
        f("caterer", "Caterer", "text"),
        f("headcount", "Headcount", "integer"),
        f("dietary_notes", "Dietary notes", "long_text"),
        f("cost", "Cost", "money")))
R("en", CATER, "For each order I'd like to tick off whether the invoice has been paid, and store the invoice itself.",
  addf("catering_order", "invoice paid", "boolean", ["paid", "invoice settled", "payment made"]),
  addf("catering_order", "invoice", "file", ["invoice file", "invoice document", "attachment", "invoice pdf"]))
R("en", CATER, "actually the dietary notes thing never gets used, the caterers ask people directly. remove it. also who ordered it?",
  rmf("catering_order", "dietary_notes"),
  addf("catering_order", "ordered by", "person", ["requested by", "orderer", "placed by", "requester"], ["text"]))
R("en", CATER, "Headcount needs to be mandatory, the caterer can't quote without it. And can we add a budget code on the event? It's a text code like CC-4410.",
  req("catering_order", "headcount"),
  addf("event", "budget code", "text", ["cost centre", "cost center", "budget", "code"]))

CONTENT = spec("Content calendar", "Planned posts across marketing channels.",
    ent("post", "Post", "Posts",
        f("title", "Title", "text", req=True),
        f("channel", "Channel", "choice", opts=["LinkedIn", "Instagram", "Blog", "Newsletter"]),
        f("publish_date", "Publish date", "date"),
        f("author", "Author", "person"),
        f("status", "Status", "choice", opts=["Idea", "Drafting", "Scheduled", "Published"]),
        f("link", "Link", "url")))
R("en", CONTENT, "we stopped doing Instagram, take it out of the channels. and a post can go out on several channels at once, so it needs to allow more than one",
  cht("post", "channel", "multi_choice"),
  opts("post", "channel", ["LinkedIn", "Blog", "Newsletter"]))
R("en", CONTENT, "Please add campaigns: a campaign has a name, start and end date and a budget. Every post belongs to one campaign.",
  adde("Campaign", ["Campaigns", "marketing campaign"],
       F("name", "text", ["campaign name", "title"]),
       F("start date", "date", ["start", "starts on"]),
       F("end date", "date", ["end", "ends on"]),
       F("budget", "money", ["campaign budget", "spend"])),
  rel("post", "Campaign"))
R("en", CONTENT, "I'd like to see how each post did - number of clicks and impressions, we copy them from the analytics once a month",
  addf("post", "clicks", "integer", ["number of clicks", "click count"]),
  addf("post", "impressions", "integer", ["number of impressions", "views", "reach"]))

MATTER = spec("Litigation deadlines", "Court and filing deadlines per matter.",
    ent("matter", "Matter", "Matters",
        f("matter_no", "Matter number", "text", req=True, unique=True),
        f("client", "Client", "text", req=True),
        f("practice_area", "Practice area", "choice", opts=["Employment", "Commercial", "Property"])),
    ent("deadline", "Deadline", "Deadlines",
        f("matter", "Matter", "reference", req=True, target="matter"),
        f("description", "Description", "text"),
        f("due_date", "Due date", "date", req=True),
        f("responsible", "Responsible", "person"),
        f("done", "Done", "boolean")))
R("en", MATTER, "Can the deadlines have a type? Filing, hearing, limitation, or internal. And we want the supervising partner on each matter.",
  addf("deadline", "type", "choice", ["deadline type", "kind", "category"], options=["Filing", "Hearing", "Limitation", "Internal"]),
  addf("matter", "supervising partner", "person", ["partner", "supervisor", "responsible partner"], ["text"]))
R("en", MATTER, "rename 'Responsible' to 'Fee earner' - that's the term everyone here uses. and add Disputes to practice areas (keep the others)",
  ren("deadline", "responsible", "Fee earner", ["Fee-earner"]),
  opts("matter", "practice_area", ["Employment", "Commercial", "Property", "Disputes"]))
R("en", MATTER, "We need to know who confirmed each deadline was done and on what date, so we've got an audit trail. The description should be allowed to be longer too, a sentence isn't enough sometimes",
  addf("deadline", "completed by", "person", ["confirmed by", "done by", "signed off by"], ["text"]),
  addf("deadline", "completed on", "date", ["confirmed on", "done on", "completion date", "date completed"], ["datetime"]),
  cht("deadline", "description", "long_text"))

PEST = spec("Pest control", "Pest control contractor visits to our sites.",
    ent("site", "Site", "Sites",
        f("name", "Site name", "text", req=True),
        f("address", "Address", "long_text"),
        f("site_manager", "Site manager", "person")),
    ent("visit", "Visit", "Visits",
        f("site", "Site", "reference", req=True, target="site"),
        f("visit_date", "Visit date", "date", req=True),
        f("contractor", "Contractor", "text"),
        f("findings", "Findings", "long_text"),
        f("follow_up", "Follow-up needed", "boolean"),
        f("report", "Report", "file")))
R("en", PEST, "We only use one contractor now so the contractor column is pointless, please delete it",
  rmf("visit", "contractor"))
R("en", PEST, "On each visit note what pest activity was found - rodents, insects, birds, none - could be more than one. and the site manager should be mandatory",
  addf("visit", "pest activity", "multi_choice", ["pests found", "activity", "pest type", "pests"], options=["Rodents", "Insects", "Birds", "None"]),
  req("site", "site_manager"))
R("en", PEST, "I'd like to keep track of the bait stations too. Each station is at a site and has a number, a location description and a type (internal box, external box, insect light). visits don't need changing",
  adde("Bait station", ["Station", "bait point", "trap", "Bait stations"],
       F("number", "text", ["station number", "station no", "id"], ["integer"]),
       F("location description", "text", ["location", "where", "position"], ["long_text"]),
       F("type", "choice", ["station type", "kind"], options=["Internal box", "External box", "Insect light"])),
  rel("Bait station", "site"))

CHANGE = spec("IT change requests", "Planned changes to production systems.",
    ent("change", "Change request", "Change requests",
        f("title", "Title", "text", req=True),
        f("system", "System", "text"),
        f("risk", "Risk", "choice", opts=["Low", "Medium", "High"]),
        f("planned_start", "Planned start", "datetime"),
        f("implementer", "Implementer", "person"),
        f("rollback_plan", "Rollback plan", "long_text")))
R("en", CHANGE, "needs an approver and a CAB approved yes/no",
  addf("change", "approver", "person", ["approved by", "CAB approver"], ["text"]),
  addf("change", "CAB approved", "boolean", ["approved", "CAB approval", "approved by CAB"], ["choice"]))
R("en", CHANGE, "Could we make 'System' a proper list of systems instead of free text? For each system: name, owner and whether it's customer facing. Then every change picks its system from that list, and the old free-text System column can go.",
  adde("System", ["Application", "Systems", "Service"],
       F("name", "text", ["system name"]),
       F("owner", "person", ["system owner", "responsible"], ["text"]),
       F("customer facing", "boolean", ["customer-facing", "external", "customer facing?"])),
  rel("change", "System"),
  rmf("change", "system"))
R("en", CHANGE, "Rollback plan has to be filled in before anything goes to CAB so make it required. Also add 'Critical' above High in the risk levels",
  req("change", "rollback_plan"),
  opts("change", "risk", ["Low", "Medium", "High", "Critical"]))

# ================= French =================
STAGE = spec("Stagiaires", "Suivi des stagiaires accueillis dans les services.",
    ent("stagiaire", "Stagiaire", "Stagiaires",
        f("nom", "Nom complet", "text", req=True),
        f("ecole", "École", "text"),
        f("date_debut", "Date de début", "date", req=True),
        f("date_fin", "Date de fin", "date"),
        f("tuteur", "Tuteur", "person"),
        f("gratification", "Gratification mensuelle", "money")))
R("fr", STAGE, "Il faudrait aussi la convention de stage signée (le PDF) et l'email du stagiaire",
  addf("stagiaire", "convention de stage", "file", ["convention", "convention signée", "internship agreement", "PDF"]),
  addf("stagiaire", "email", "email", ["e-mail", "adresse mail", "mail", "courriel"]))
R("fr", STAGE, "La date de fin doit être obligatoire, on a eu des stagiaires \"éternels\" dans l'outil 😅 et tu peux renommer École en Établissement ? On a aussi des IUT et des universités.",
  req("stagiaire", "date_fin"),
  ren("stagiaire", "ecole", "Établissement", ["Etablissement", "Établissement d'enseignement"]))
R("fr", STAGE, "On voudrait rattacher chaque stagiaire à un service. Les services : nom, responsable, étage. Rien d'autre.",
  adde("Service", ["Département", "Services", "department"],
       F("nom", "text", ["nom du service", "name"]),
       F("responsable", "person", ["chef de service", "manager"], ["text"]),
       F("étage", "text", ["etage", "floor", "niveau"], ["integer"])),
  rel("stagiaire", "Service"))

ENTR = spec("Véhicules de service", "Entretien des véhicules de la flotte.",
    ent("vehicule", "Véhicule", "Véhicules",
        f("immatriculation", "Immatriculation", "text", req=True, unique=True),
        f("modele", "Modèle", "text"),
        f("date_ct", "Prochain contrôle technique", "date")),
    ent("entretien", "Entretien", "Entretiens",
        f("vehicule", "Véhicule", "reference", req=True, target="vehicule"),
        f("date", "Date", "date", req=True),
        f("garage", "Garage", "text"),
        f("cout", "Coût", "money"),
        f("kilometrage", "Kilométrage", "integer")))
R("fr", ENTR, "pour chaque entretien je veux le type : vidange, pneus, freins, carrosserie ou autre. Et la facture en pièce jointe svp",
  addf("entretien", "type d'entretien", "choice", ["type", "nature", "type d'intervention"], options=["Vidange", "Pneus", "Freins", "Carrosserie", "Autre"]),
  addf("entretien", "facture", "file", ["invoice", "pièce jointe", "facture PDF"]))
R("fr", ENTR, "Le kilométrage ce serait mieux sur le véhicule lui-même, pas sur l'entretien. Enlève-le de l'entretien et ajoute un « kilométrage actuel » sur le véhicule.",
  rmf("entretien", "kilometrage"),
  addf("vehicule", "kilométrage actuel", "integer", ["kilométrage", "km", "compteur", "mileage"]))
R("fr", ENTR, "Ajoute aussi le conducteur habituel du véhicule (c'est un collègue) et si c'est un véhicule électrique ou pas",
  addf("vehicule", "conducteur habituel", "person", ["conducteur", "driver", "utilisateur"], ["text"]),
  addf("vehicule", "électrique", "boolean", ["véhicule électrique", "electric", "est électrique"], ["choice"]))

BIBLIO = spec("BCD école", "Catalogue des livres de la bibliothèque de l'école.",
    ent("livre", "Livre", "Livres",
        f("titre", "Titre", "text", req=True),
        f("auteur", "Auteur", "text"),
        f("isbn", "ISBN", "text", unique=True),
        f("etat", "État", "choice", opts=["Neuf", "Bon", "Abîmé"]),
        f("niveau", "Niveau", "text")))
R("fr", BIBLIO, "Le niveau devrait être une liste : CP, CE1, CE2, CM1, CM2. Là chacun écrit n'importe quoi.",
  cht("livre", "niveau", "choice", ["multi_choice"]),
  opts("livre", "niveau", ["CP", "CE1", "CE2", "CM1", "CM2"]))
R("fr", BIBLIO, "ajoute « Perdu » dans les états, et une photo de la couverture",
  opts("livre", "etat", ["Neuf", "Bon", "Abîmé", "Perdu"]),
  addf("livre", "photo de la couverture", "file", ["couverture", "photo", "cover", "image"]))
R("fr", BIBLIO, "L'ISBN on ne le remplit jamais, supprime-le. Par contre le nombre d'exemplaires, ça nous manque.",
  rmf("livre", "isbn"),
  addf("livre", "nombre d'exemplaires", "integer", ["exemplaires", "quantité", "copies", "nb exemplaires"]))

RECLA = spec("Réclamations clients", "Réclamations reçues en magasin et en ligne.",
    ent("reclamation", "Réclamation", "Réclamations",
        f("client", "Client", "text", req=True),
        f("date", "Date de réception", "date", req=True),
        f("motif", "Motif", "choice", opts=["Produit défectueux", "Retard de livraison", "Erreur de commande"]),
        f("description", "Description", "long_text"),
        f("montant_rembourse", "Montant remboursé", "money"),
        f("statut", "Statut", "choice", opts=["Ouverte", "En cours", "Close"])))
R("fr", RECLA, "Pouvez-vous ajouter le canal par lequel la réclamation est arrivée (téléphone, email, magasin, réseaux sociaux) ? Et qui la traite.",
  addf("reclamation", "canal", "choice", ["canal de réception", "source", "channel", "origine"], options=["Téléphone", "Email", "Magasin", "Réseaux sociaux"]),
  addf("reclamation", "traitée par", "person", ["responsable", "chargé", "gestionnaire", "assigned to"], ["text"]))
R("fr", RECLA, "Je voudrais aussi une liste de magasins (nom, ville, code magasin) et savoir de quel magasin vient chaque réclamation.",
  adde("Magasin", ["Boutique", "Magasins", "store", "point de vente"],
       F("nom", "text", ["nom du magasin", "name"]),
       F("ville", "text", ["city", "localité"]),
       F("code magasin", "text", ["code", "store code", "numéro"])),
  rel("reclamation", "Magasin"))
R("fr", RECLA, "renommer « Montant remboursé » en « Geste commercial » – c'est pas toujours un remboursement, parfois un bon d'achat",
  ren("reclamation", "montant_rembourse", "Geste commercial", ["Geste commercial (montant)"]))

DONS = spec("Dons", "Suivi des donateurs et des dons de l'association.",
    ent("donateur", "Donateur", "Donateurs",
        f("nom", "Nom", "text", req=True),
        f("email", "Email", "email"),
        f("ville", "Ville", "text")),
    ent("don", "Don", "Dons",
        f("donateur", "Donateur", "reference", req=True, target="donateur"),
        f("montant", "Montant", "money", req=True),
        f("date", "Date", "date"),
        f("moyen", "Moyen de paiement", "choice", opts=["Chèque", "Virement", "Espèces"])))
R("fr", DONS, "On doit savoir si le reçu fiscal a été envoyé pour chaque don, et la date d'envoi. Ajoute aussi « Carte bancaire » aux moyens de paiement.",
  addf("don", "reçu fiscal envoyé", "boolean", ["reçu envoyé", "reçu fiscal", "tax receipt sent"]),
  addf("don", "date d'envoi du reçu", "date", ["date d'envoi", "reçu envoyé le", "date du reçu"]),
  opts("don", "moyen", ["Chèque", "Virement", "Espèces", "Carte bancaire"]))
R("fr", DONS, "la ville on s'en sert pas → à virer. par contre adresse postale complète pour les reçus",
  rmf("donateur", "ville"),
  addf("donateur", "adresse postale", "long_text", ["adresse", "address", "adresse complète"], ["text"]))

EXT = spec("Extincteurs", "Inventaire et vérification des extincteurs du site.",
    ent("extincteur", "Extincteur", "Extincteurs",
        f("numero", "Numéro", "text", req=True, unique=True),
        f("emplacement", "Emplacement", "text"),
        f("type", "Type", "choice", opts=["Eau", "CO2", "Poudre"]),
        f("derniere_verif", "Dernière vérification", "date"),
        f("remarques", "Remarques", "long_text")))
R("fr", EXT, "Chaque vérification devrait être enregistrée à part, pas juste la dernière : date, technicien, conforme oui/non, observations. Et la vérif est liée à un extincteur bien sûr. Du coup le champ Dernière vérification ne sert plus, on peut le supprimer.",
  adde("Vérification", ["Contrôle", "Vérifications", "inspection", "visite"],
       F("date", "date", ["date de vérification", "vérifié le"]),
       F("technicien", "text", ["vérificateur", "technician", "intervenant"], ["person"]),
       F("conforme", "boolean", ["conformité", "ok", "conforme oui/non"], ["choice"]),
       F("observations", "long_text", ["remarques", "notes", "commentaires"], ["text"])),
  rel("Vérification", "extincteur"),
  rmf("extincteur", "derniere_verif"))
R("fr", EXT, "l'emplacement doit être obligatoire + ajouter la capacité en kg (6, 9 kg, parfois 2 kg pour le CO2)",
  req("extincteur", "emplacement"),
  addf("extincteur", "capacité", "decimal", ["capacité en kg", "poids", "kg", "contenance"], ["integer", "choice"]))

# ================= Spanish =================
PADEL = spec("Reservas de pádel", "Reservas de las pistas del club.",
    ent("pista", "Pista", "Pistas",
        f("nombre", "Nombre", "text", req=True),
        f("cubierta", "Cubierta", "boolean")),
    ent("reserva", "Reserva", "Reservas",
        f("pista", "Pista", "reference", req=True, target="pista"),
        f("socio", "Socio", "text", req=True),
        f("fecha_hora", "Fecha y hora", "datetime", req=True),
        f("pagado", "Pagado", "boolean")))
R("es", PADEL, "Añade la duración de la reserva (60, 90 o 120 minutos) y cuántos jugadores van",
  addf("reserva", "duración", "choice", ["duración en minutos", "minutos", "duration"], options=["60", "90", "120"]),
  addf("reserva", "número de jugadores", "integer", ["jugadores", "cuántos jugadores", "players"]))
R("es", PADEL, "Queremos una ficha de socios en vez de escribir el nombre a mano: nombre, número de socio, teléfono y email. Que cada reserva apunte a un socio y quitad el campo de texto de socio que hay ahora.",
  adde("Socio", ["Miembro", "Socios", "member", "abonado"],
       F("nombre", "text", ["name", "nombre completo"]),
       F("número de socio", "text", ["nº socio", "número", "member number"], ["integer"]),
       F("teléfono", "phone", ["phone", "móvil"]),
       F("email", "email", ["correo", "e-mail"])),
  rel("reserva", "Socio"),
  rmf("reserva", "socio"))
R("es", PADEL, "el campo Pagado mejor conviértelo en un desplegable con el método: efectivo, tarjeta, bizum o pendiente. y a las pistas ponedles el precio por hora",
  cht("reserva", "pagado", "choice"),
  opts("reserva", "pagado", ["Efectivo", "Tarjeta", "Bizum", "Pendiente"]),
  addf("pista", "precio por hora", "money", ["precio", "tarifa", "price per hour"]))

PEDIDO = spec("Pedidos a proveedores", "Pedidos de la cocina a los proveedores.",
    ent("pedido", "Pedido", "Pedidos",
        f("proveedor", "Proveedor", "text", req=True),
        f("fecha", "Fecha del pedido", "date", req=True),
        f("importe", "Importe", "money"),
        f("estado", "Estado", "choice", opts=["Pedido", "Recibido", "Incidencia"]),
        f("notas", "Notas", "long_text")))
R("es", PEDIDO, "Necesito saber la fecha en que nos tiene que llegar y quién hizo el pedido",
  addf("pedido", "fecha de entrega", "date", ["entrega prevista", "fecha prevista", "llega el", "delivery date"]),
  addf("pedido", "pedido por", "person", ["hecho por", "solicitante", "responsable", "quién hizo el pedido"], ["text"]))
R("es", PEDIDO, "cambia Notas por 'Incidencias' que es para lo que se usa, y añade el albarán escaneado",
  ren("pedido", "notas", "Incidencias", ["Incidencia", "Notas de incidencias"]),
  addf("pedido", "albarán", "file", ["albarán escaneado", "delivery note", "escaneo", "documento"]))
R("es", PEDIDO, "El importe debería ser obligatorio, que luego contabilidad nos lo pide. Y en estados falta 'Parcial' para cuando llega a medias, ponlo entre Pedido y Recibido",
  req("pedido", "importe"),
  opts("pedido", "estado", ["Pedido", "Parcial", "Recibido", "Incidencia"]))

CURSO = spec("Formación interna", "Cursos internos y quién se apunta.",
    ent("curso", "Curso", "Cursos",
        f("titulo", "Título", "text", req=True),
        f("horas", "Horas", "integer"),
        f("modalidad", "Modalidad", "choice", opts=["Presencial", "Online"]),
        f("formador", "Formador", "text")),
    ent("inscripcion", "Inscripción", "Inscripciones",
        f("curso", "Curso", "reference", req=True, target="curso"),
        f("empleado", "Empleado", "person", req=True),
        f("aprobado", "Aprobado", "boolean")))
R("es", CURSO, "Añadid 'Mixta' a la modalidad. Las horas a veces son 7,5 así que tienen que admitir decimales",
  opts("curso", "modalidad", ["Presencial", "Online", "Mixta"]),
  cht("curso", "horas", "decimal"))
R("es", CURSO, "en la inscripción quiero la nota del examen final (de 0 a 10, con decimales) y el certificado cuando lo saquen",
  addf("inscripcion", "nota", "decimal", ["nota del examen", "calificación", "puntuación", "score", "nota final"]),
  addf("inscripcion", "certificado", "file", ["diploma", "certificate", "certificado de aprovechamiento"]))
R("es", CURSO, "Necesitamos las convocatorias: cada curso se imparte varias veces al año. Cada convocatoria tiene fecha de inicio, fecha de fin, aula y plazas. De momento no toquéis las inscripciones.",
  adde("Convocatoria", ["Edición", "Sesión", "Grupo", "Convocatorias"],
       F("fecha de inicio", "date", ["inicio", "start date"]),
       F("fecha de fin", "date", ["fin", "end date"]),
       F("aula", "text", ["sala", "room", "lugar"]),
       F("plazas", "integer", ["número de plazas", "capacidad", "seats"])),
  rel("Convocatoria", "curso"))

R("es", CURSO, "Ya no llevamos las inscripciones aquí, van por el portal del empleado, así que borrad las inscripciones. Ah, y el formador que sea una persona de la plantilla, no texto.",
  rme("inscripcion"),
  cht("curso", "formador", "person"))

PARTE = spec("Partes de trabajo", "Partes de los técnicos de mantenimiento en casa del cliente.",
    ent("parte", "Parte de trabajo", "Partes de trabajo",
        f("cliente", "Cliente", "text", req=True),
        f("fecha", "Fecha", "date", req=True),
        f("horas", "Horas", "decimal"),
        f("tecnico", "Técnico", "person"),
        f("descripcion", "Trabajo realizado", "long_text"),
        f("firmado", "Firmado por el cliente", "boolean")))
R("es", PARTE, "el campo 'Firmado por el cliente' tiene que ser un archivo (subimos la foto de la firma), no una casilla",
  cht("parte", "firmado", "file"))
R("es", PARTE, "Añade el material usado (texto libre), el kilometraje del desplazamiento y si hay que volver otro día",
  addf("parte", "material usado", "long_text", ["material", "materiales", "materials used"], ["text"]),
  addf("parte", "kilómetros", "decimal", ["kilometraje", "km", "desplazamiento", "kilómetros recorridos"], ["integer"]),
  addf("parte", "requiere nueva visita", "boolean", ["volver", "hay que volver", "segunda visita", "revisita", "follow-up"]))

VINO = spec("Bodega", "Inventario de la bodega del restaurante.",
    ent("vino", "Vino", "Vinos",
        f("nombre", "Nombre", "text", req=True),
        f("bodega", "Bodega", "text"),
        f("anada", "Añada", "integer"),
        f("tipo", "Tipo", "choice", opts=["Tinto", "Blanco", "Rosado", "Espumoso"]),
        f("precio", "Precio en carta", "money"),
        f("botellas", "Botellas en stock", "integer")))
R("es", VINO, "Quiero la denominación de origen (Rioja, Ribera del Duero, Priorat, Rías Baixas, Otra) y el precio de compra además del de carta",
  addf("vino", "denominación de origen", "choice", ["DO", "denominación", "D.O.", "región"], options=["Rioja", "Ribera del Duero", "Priorat", "Rías Baixas", "Otra"]),
  addf("vino", "precio de compra", "money", ["coste", "precio coste", "purchase price"]))
R("es", VINO, "añade Dulce en tipos. y el nº de botellas que sea obligatorio",
  opts("vino", "tipo", ["Tinto", "Blanco", "Rosado", "Espumoso", "Dulce"]),
  req("vino", "botellas"))

ASES = spec("Asesoría jurídica", "Casos atendidos en la asesoría jurídica gratuita.",
    ent("caso", "Caso", "Casos",
        f("solicitante", "Solicitante", "text", req=True),
        f("telefono", "Teléfono", "phone"),
        f("tema", "Tema", "choice", opts=["Vivienda", "Laboral", "Extranjería"]),
        f("abierto_el", "Abierto el", "date"),
        f("abogado", "Abogado voluntario", "person")),
    ent("cita", "Cita", "Citas",
        f("caso", "Caso", "reference", req=True, target="caso"),
        f("fecha_hora", "Fecha y hora", "datetime", req=True),
        f("resumen", "Resumen", "long_text")))
R("es", ASES, "Al final las citas las llevamos en la agenda de Google, así que quitad todo lo de las citas.",
  rme("cita"))
R("es", ASES, "Para las memorias anuales necesito el estado del caso (abierto, derivado, cerrado) y la fecha de cierre. También cambia 'Abogado voluntario' por 'Letrado/a'.",
  addf("caso", "estado", "choice", ["situación", "status"], options=["Abierto", "Derivado", "Cerrado"]),
  addf("caso", "fecha de cierre", "date", ["cerrado el", "cierre", "closing date"]),
  ren("caso", "abogado", "Letrado/a", ["Letrado", "Letrada"]))

# ================= German =================
GEFAHR = spec("Gefahrstoffkataster", "Verzeichnis der Gefahrstoffe im Betrieb.",
    ent("gefahrstoff", "Gefahrstoff", "Gefahrstoffe",
        f("name", "Bezeichnung", "text", req=True),
        f("cas_nummer", "CAS-Nummer", "text"),
        f("lagerort", "Lagerort", "text"),
        f("menge", "Menge", "decimal"),
        f("sdb", "Sicherheitsdatenblatt", "file")))
R("de", GEFAHR, "Bitte noch die GHS-Piktogramme dazu, also entzündbar, ätzend, giftig, gesundheitsschädlich, umweltgefährlich – ein Stoff hat oft mehrere",
  addf("gefahrstoff", "GHS-Piktogramme", "multi_choice", ["Piktogramme", "Gefahrenpiktogramme", "GHS", "hazard pictograms"], options=["Entzündbar", "Ätzend", "Giftig", "Gesundheitsschädlich", "Umweltgefährlich"]))
R("de", GEFAHR, "Bei der Menge fehlt die Einheit: kg, Liter oder Stück. Und das Datenblatt hat ja ein Ausgabedatum, das muss rein, weil wir alle 2 Jahre prüfen müssen ob es aktuell ist.",
  addf("gefahrstoff", "Einheit", "choice", ["Mengeneinheit", "unit"], options=["kg", "Liter", "Stück"]),
  addf("gefahrstoff", "Ausgabedatum SDB", "date", ["Ausgabedatum", "Datum Sicherheitsdatenblatt", "SDB-Datum", "Stand"]))
R("de", GEFAHR, "Lagerort sollte eine eigene Liste sein (Raum, Gebäude, verantwortliche Person), und jeder Gefahrstoff bekommt einen Lagerort daraus. Das alte Textfeld Lagerort dann bitte löschen.",
  adde("Lagerort", ["Lager", "Lagerorte", "storage location", "Raum"],
       F("Raum", "text", ["Raumnummer", "room"]),
       F("Gebäude", "text", ["building", "Haus"]),
       F("verantwortliche Person", "person", ["Verantwortlicher", "verantwortlich", "zuständig"], ["text"])),
  rel("gefahrstoff", "Lagerort"),
  rmf("gefahrstoff", "lagerort"))

AZUBI = spec("Ausbildungsbewerbungen", "Bewerbungen auf Ausbildungsplätze.",
    ent("bewerbung", "Bewerbung", "Bewerbungen",
        f("name", "Name", "text", req=True),
        f("email", "E-Mail", "email"),
        f("abschluss", "Schulabschluss", "choice", opts=["Hauptschule", "Realschule", "Abitur"]),
        f("eingang", "Eingang", "date"),
        f("status", "Status", "choice", opts=["Neu", "Eingeladen", "Zusage", "Absage"])))
R("de", AZUBI, "Kannst du noch den Ausbildungsberuf ergänzen? Industriekaufmann/-frau, Mechatroniker/in oder Fachinformatiker/in. Und das Anschreiben + Lebenslauf als Datei",
  addf("bewerbung", "Ausbildungsberuf", "choice", ["Beruf", "Ausbildung", "Stelle", "apprenticeship"], options=["Industriekaufmann/-frau", "Mechatroniker/in", "Fachinformatiker/in"]),
  addf("bewerbung", "Bewerbungsunterlagen", "file", ["Anschreiben", "Lebenslauf", "Unterlagen", "Anschreiben und Lebenslauf", "Dateien"]))
R("de", AZUBI, "E-Mail muss Pflicht sein. Status bitte noch um 'Test' und 'Warteliste' erweitern",
  req("bewerbung", "email"),
  opts("bewerbung", "status", ["Neu", "Test", "Eingeladen", "Zusage", "Absage", "Warteliste"]))
R("de", AZUBI, "Wir machen jetzt Vorstellungsgespräche mit Protokoll: Datum/Uhrzeit, wer hat's geführt, Eindruck als Note 1-6 und Notizen. Pro Bewerbung kann es mehrere Gespräche geben.",
  adde("Vorstellungsgespräch", ["Gespräch", "Interview", "Bewerbungsgespräch", "Vorstellungsgespräche"],
       F("Termin", "datetime", ["Datum", "Datum/Uhrzeit", "Uhrzeit", "Zeitpunkt"]),
       F("geführt von", "person", ["Interviewer", "Gesprächsführer", "wer"], ["text"]),
       F("Note", "integer", ["Eindruck", "Bewertung", "Gesamteindruck"], ["choice", "decimal"]),
       F("Notizen", "long_text", ["Protokoll", "Bemerkungen", "notes"], ["text"])),
  rel("Vorstellungsgespräch", "bewerbung"))

MESSE = spec("Messen", "Messeauftritte und dort gesammelte Kontakte.",
    ent("messe", "Messe", "Messen",
        f("name", "Name", "text", req=True),
        f("ort", "Ort", "text"),
        f("von", "Von", "date"),
        f("bis", "Bis", "date"),
        f("standgroesse", "Standgröße (m²)", "decimal")),
    ent("lead", "Messekontakt", "Messekontakte",
        f("messe", "Messe", "reference", req=True, target="messe"),
        f("firma", "Firma", "text", req=True),
        f("kontakt", "Ansprechpartner", "text"),
        f("interesse", "Interesse", "choice", opts=["Gering", "Mittel", "Hoch"])))
R("de", MESSE, "beim Kontakt fehlen E-Mail und Telefon. und wer vom Team hat mit ihm gesprochen",
  addf("lead", "E-Mail", "email", ["email", "Mail"]),
  addf("lead", "Telefon", "phone", ["phone", "Telefonnummer"]),
  addf("lead", "gesprochen mit", "person", ["Betreuer", "Mitarbeiter", "erfasst von", "Gesprächspartner intern", "Vertriebler"], ["text"]))
R("de", MESSE, "Die Messe braucht noch die Gesamtkosten. Und 'Von' und 'Bis' bitte in 'Beginn' und 'Ende' umbenennen, das versteht sonst keiner",
  addf("messe", "Gesamtkosten", "money", ["Kosten", "Budget", "cost"]),
  ren("messe", "von", "Beginn", ["Messebeginn"]),
  ren("messe", "bis", "Ende", ["Messeende"]))
R("de", MESSE, "Standgröße brauchen wir nicht mehr, das steht eh im Vertrag. Bitte weg damit.",
  rmf("messe", "standgroesse"))

WARTUNG = spec("IT-Wartungsverträge", "Wartungs- und Supportverträge der IT.",
    ent("vertrag", "Wartungsvertrag", "Wartungsverträge",
        f("anbieter", "Anbieter", "text", req=True),
        f("leistung", "Leistung", "long_text"),
        f("kosten_monat", "Kosten pro Monat", "money"),
        f("kuendigungsfrist", "Kündigungsfrist", "text"),
        f("ende", "Vertragsende", "date")))
R("de", WARTUNG, "Kündigungsfrist bitte als Zahl in Monaten, nicht als Freitext, sonst kann man nicht damit rechnen",
  cht("vertrag", "kuendigungsfrist", "integer"))
R("de", WARTUNG, "Wer ist intern zuständig? Das fehlt. Außerdem 'Kosten pro Monat' umbenennen in 'Monatliche Kosten (netto)'.",
  addf("vertrag", "zuständig", "person", ["Verantwortlicher", "Ansprechpartner intern", "Vertragsverantwortlicher", "owner"], ["text"]),
  ren("vertrag", "kosten_monat", "Monatliche Kosten (netto)", ["Monatliche Kosten", "Kosten netto"]))

REKLA = spec("Lieferantenreklamationen", "Reklamationen an Lieferanten bei fehlerhafter Ware.",
    ent("reklamation", "Reklamation", "Reklamationen",
        f("lieferant", "Lieferant", "text", req=True),
        f("artikelnummer", "Artikelnummer", "text"),
        f("menge", "Menge fehlerhaft", "integer"),
        f("fehler", "Fehlerbeschreibung", "long_text"),
        f("datum", "Datum", "date", req=True)))
R("de", REKLA, "Bitte Fotos vom Fehler hochladen können, und eine Fehlerart: Maßabweichung, Oberfläche, Verpackung, Falschlieferung",
  addf("reklamation", "Fotos", "file", ["Foto", "Bilder", "photos"]),
  addf("reklamation", "Fehlerart", "choice", ["Fehlertyp", "Kategorie", "Art"], options=["Maßabweichung", "Oberfläche", "Verpackung", "Falschlieferung"]))
R("de", REKLA, "Artikelnummer soll Pflicht sein. Und wir wollen den 8D-Bericht vom Lieferanten + das Datum, wann er eingegangen ist",
  req("reklamation", "artikelnummer"),
  addf("reklamation", "8D-Bericht", "file", ["8D", "Bericht", "8D report"]),
  addf("reklamation", "8D-Bericht eingegangen am", "date", ["Eingang 8D", "eingegangen am", "Datum 8D-Bericht", "Eingangsdatum"]))

PHYSIO = spec("Physiotherapie-Praxis", "Patienten und Behandlungstermine.",
    ent("patient", "Patient", "Patienten",
        f("name", "Name", "text", req=True),
        f("telefon", "Telefon", "phone"),
        f("krankenkasse", "Krankenkasse", "text")),
    ent("behandlung", "Behandlung", "Behandlungen",
        f("patient", "Patient", "reference", req=True, target="patient"),
        f("termin", "Termin", "datetime", req=True),
        f("therapeut", "Therapeut", "person"),
        f("art", "Behandlungsart", "choice", opts=["KG", "MT", "Lymphdrainage"])))
R("de", PHYSIO, "Wir brauchen die Rezepte (Verordnungen): Ausstellungsdatum, Arzt, Anzahl Behandlungen, Diagnose, Scan. Jedes Rezept gehört zu einem Patienten, und jede Behandlung läuft auf ein Rezept.",
  adde("Verordnung", ["Rezept", "Verordnungen", "prescription", "Heilmittelverordnung"],
       F("Ausstellungsdatum", "date", ["ausgestellt am", "Datum", "Rezeptdatum"]),
       F("Arzt", "text", ["verordnender Arzt", "Ärztin", "doctor"]),
       F("Anzahl Behandlungen", "integer", ["Anzahl", "Behandlungen", "Einheiten", "verordnete Behandlungen"]),
       F("Diagnose", "text", ["Diagnosetext", "ICD", "diagnosis"], ["long_text"]),
       F("Scan", "file", ["Rezeptscan", "Datei", "Dokument"])),
  rel("Verordnung", "patient"),
  rel("behandlung", "Verordnung"))
R("de", PHYSIO, "Bei den Behandlungsarten fehlen noch KGG und Wärmetherapie. Und ob der Patient abgesagt hat bzw. nicht erschienen ist, wäre gut: erschienen, abgesagt, nicht erschienen",
  opts("behandlung", "art", ["KG", "MT", "Lymphdrainage", "KGG", "Wärmetherapie"]),
  addf("behandlung", "Anwesenheit", "choice", ["Status", "erschienen", "Teilnahme", "attendance"], options=["Erschienen", "Abgesagt", "Nicht erschienen"]))

STOER = spec("Schichtbuch", "Störungen in der Fertigung je Schicht.",
    ent("maschine", "Maschine", "Maschinen",
        f("nummer", "Maschinennummer", "text", req=True, unique=True),
        f("bezeichnung", "Bezeichnung", "text")),
    ent("stoerung", "Störung", "Störungen",
        f("maschine", "Maschine", "reference", req=True, target="maschine"),
        f("beginn", "Beginn", "datetime", req=True),
        f("schicht", "Schicht", "choice", opts=["Früh", "Spät", "Nacht"]),
        f("beschreibung", "Beschreibung", "long_text"),
        f("gemeldet_von", "Gemeldet von", "person")))
R("de", STOER, "Die Maschinenliste pflegt eh keiner. Tabelle Maschinen bitte löschen, bei der Störung reicht ein normales Textfeld, wo man die Maschine reinschreibt. Und Dauer in Minuten dazu.",
  rme("maschine"),
  cht("stoerung", "maschine", "text"),
  addf("stoerung", "Dauer in Minuten", "integer", ["Dauer", "Minuten", "Stillstandszeit", "Ausfallzeit"], ["decimal"]))

def write(path, prefix):
    order = {"en": 0, "fr": 1, "es": 2, "de": 3}
    rows = sorted(CASES, key=lambda c: order[c["lang"]])
    with open(path, "w", encoding="utf-8") as fh:
        for i, c in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"{prefix}{i:02d}", **c}, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), "cases", dict(Counter(c["lang"] for c in rows)))

write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl"), "p5r")
