#!/usr/bin/env python3
"""Builds draft.jsonl (probe6: staff in larger organisations, e-mail style requests)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = []


def F(name, type, aliases, alt=(), opts=None, target=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if type in ("choice", "multi_choice") or opts is not None:
        f["options"] = list(opts or [])
    if target:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f


def E(name, aliases, *fields):
    return {"name": name, "aliases": list(aliases), "fields": list(fields)}


def C(id, lang, prompt, ents, notes=""):
    rels = []
    for e in ents:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                r = {"from": e["name"], "to": f["target"]}
                if r not in rels:
                    rels.append(r)
    CASES.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents, "relations": rels, "notes": notes})


NOTES = {
    "en": lambda: F("notes", "long_text", ["comments", "remarks", "note"], ["text"], opt=True),
    "fr": lambda: F("remarques", "long_text", ["notes", "commentaires", "observations", "comments"], ["text"], opt=True),
    "es": lambda: F("observaciones", "long_text", ["notas", "comentarios", "notes", "comments"], ["text"], opt=True),
    "de": lambda: F("Bemerkungen", "long_text", ["Notizen", "Anmerkungen", "Kommentar", "notes"], ["text"], opt=True),
}

# ------------------------------------------------------------------ English
C("p6d01", "en",
  "Hi,\n\nI'm in the Faculty of Humanities graduate office and we organise roughly sixty PhD vivas a year. "
  "At the moment it's all in a shared inbox and a spreadsheet that three of us edit, which is not ideal.\n\n"
  "For each viva we need the candidate's name, the thesis title, the date, the room, the internal examiner "
  "(always one of our staff) and the external examiner, plus the outcome once it's known (pass, minor corrections, "
  "major corrections, resubmit or fail). External examiners come back quite often, so it would make sense to keep "
  "them as a separate list with their name, home institution, email and their area of expertise (free text is fine).\n\n"
  "The thing is, we also pay externals a fee and travel costs, and at the moment we have no way to tell whether "
  "finance has actually paid them for a given viva, so a fee amount and a 'paid' tick on the viva would help a lot.\n\nThanks, Priya",
  [E("External examiner", ["examiner", "external", "externals"],
     F("name", "text", ["examiner name", "full name"]),
     F("institution", "text", ["home institution", "university", "affiliation"]),
     F("email", "email", ["email address", "e-mail"]),
     F("area of expertise", "text", ["expertise", "research area", "field", "subject area"], ["long_text"])),
   E("Viva", ["PhD viva", "oral examination", "viva voce", "defence", "examination"],
     F("candidate", "text", ["candidate name", "student", "PhD candidate", "student name"], ["person"]),
     F("thesis title", "text", ["title", "thesis"], ["long_text"]),
     F("date", "date", ["viva date", "when", "date and time"], ["datetime"]),
     F("room", "text", ["location", "venue"], ["choice"]),
     F("internal examiner", "person", ["internal", "internal examiner name"], ["text"]),
     F("external examiner", "reference", ["external", "examiner"], target="External examiner"),
     F("outcome", "choice", ["result", "decision", "verdict"], opts=["Pass", "Minor corrections", "Major corrections", "Resubmit", "Fail"]),
     F("fee", "money", ["fee amount", "amount", "external fee"], ["decimal"]),
     F("travel costs", "money", ["travel", "expenses", "travel expenses"], ["decimal"], opt=True),
     F("paid", "boolean", ["fee paid", "paid?", "payment made"], ["choice"]),
     NOTES["en"]())])

C("p6d02", "en",
  "Good morning,\n\nAs discussed at Tuesday's team meeting, Licensing would like to move street trading off paper. "
  "A quick bit of background: the council owns a fixed set of pitches (each has a pitch number, the street it is on and "
  "a size - small, medium or large) and traders apply for a licence to use one pitch for a period.\n\n"
  "What we need to hold:\n"
  "- traders: business name, the named licence holder, a phone number and an email\n"
  "- licences: which trader, which pitch, start and expiry dates, the fee, and where it's at (applied, approved, refused, expired)\n\n"
  "People keep asking us which pitches are free next month, and right now answering that means going through a lever-arch file, "
  "so the pitch has to be properly linked rather than typed in.\n\nKind regards,\nMark (Licensing, Regulatory Services)",
  [E("Pitch", ["trading pitch", "site", "stall"],
     F("pitch number", "text", ["number", "pitch no", "pitch ID"], ["integer"]),
     F("street", "text", ["location", "street name", "address"]),
     F("size", "choice", ["pitch size"], opts=["Small", "Medium", "Large"])),
   E("Trader", ["street trader", "business", "licensee", "applicant"],
     F("business name", "text", ["name", "trading name", "company"]),
     F("licence holder", "text", ["holder", "named holder", "contact name", "licensee name"], ["person"]),
     F("phone", "phone", ["phone number", "telephone", "mobile"]),
     F("email", "email", ["email address"])),
   E("Licence", ["street trading licence", "license", "permit"],
     F("trader", "reference", ["business", "licensee"], target="Trader"),
     F("pitch", "reference", ["site"], target="Pitch"),
     F("start date", "date", ["valid from", "starts", "from"]),
     F("expiry date", "date", ["expires", "valid until", "end date", "expiry"]),
     F("fee", "money", ["licence fee", "amount", "cost"], ["decimal"]),
     F("status", "choice", ["stage", "state"], opts=["Applied", "Approved", "Refused", "Expired"]))])

C("p6d03", "en",
  "Ward 7B here (acute medicine). After the last IPC audit we were told our cleaning records for shared equipment "
  "aren't good enough - they're on bits of paper stuck to the sluice door. We have maybe 40 bits of kit: commodes, "
  "drip stands, obs machines, hoists. Each has an asset number and a type and is kept in a bay.\n\n"
  "Every time something is cleaned we'd log it: which piece of kit, exactly when, who did it and how (detergent wipe, "
  "chlorine, or steam). Ideally with a yes/no for whether it had been used on an isolation patient, because the audit asks.",
  [E("Equipment", ["kit", "item", "asset", "device", "shared equipment"],
     F("asset number", "text", ["asset no", "asset tag", "ID", "number"]),
     F("type", "choice", ["equipment type", "kind", "category"], ["text"], opts=["Commode", "Drip stand", "Obs machine", "Hoist"]),
     F("bay", "text", ["location", "kept in", "where"], ["choice"])),
   E("Cleaning", ["cleaning record", "clean", "cleaning log", "decontamination"],
     F("equipment", "reference", ["kit", "item", "piece of kit"], target="Equipment"),
     F("cleaned at", "datetime", ["when", "date and time", "cleaned on", "time"]),
     F("cleaned by", "person", ["who", "staff member", "done by"], ["text"]),
     F("method", "choice", ["cleaning method", "how", "product"], opts=["Detergent wipe", "Chlorine", "Steam"]),
     F("isolation patient", "boolean", ["used on isolation patient", "isolation", "infectious"]))])

C("p6d04", "en",
  "Quality team, Plant 2. We need a gauge calibration register - the auditors from the customer flagged ours last month "
  "(it's an Excel with macros nobody understands anymore).\n\n"
  "Gauges: ID, description, where it lives on the shop floor, and the calibration interval in months.\n"
  "Calibrations: gauge, date done, whether it went to the external lab or we did it in-house, pass/fail, the certificate "
  "scan, and the next due date. If a gauge fails it has to be quarantined, so a quarantined yes/no on the gauge itself would be useful too.",
  [E("Gauge", ["measuring instrument", "instrument", "tool", "equipment"],
     F("gauge ID", "text", ["ID", "number", "gauge number", "code"]),
     F("description", "text", ["name", "gauge description"], ["long_text"]),
     F("location", "text", ["where", "area", "shop floor location", "cell"], ["choice"]),
     F("calibration interval", "integer", ["interval", "interval months", "calibration frequency"], ["decimal"]),
     F("quarantined", "boolean", ["in quarantine", "quarantine", "blocked"])),
   E("Calibration", ["calibration record", "calibration event", "check"],
     F("gauge", "reference", ["instrument"], target="Gauge"),
     F("date", "date", ["calibration date", "date done", "calibrated on"]),
     F("done by", "choice", ["performed by", "lab", "where", "calibration type", "provider"], opts=["External lab", "In-house"]),
     F("result", "choice", ["pass/fail", "outcome", "passed"], ["boolean"], opts=["Pass", "Fail"]),
     F("certificate", "file", ["certificate scan", "cert", "calibration certificate"]),
     F("next due date", "date", ["next due", "due date", "next calibration"]))])

C("p6d05", "en",
  "Hello - I'm a team leader in the commercial lines back office. Brokers regularly dispute the commission we've paid them "
  "and those disputes currently live in people's Outlook folders, so when someone is off nobody can pick them up.\n\n"
  "It would be great if we could log each dispute against the broker (we'd keep brokers as their own list: agency name, "
  "agency code, a contact email), with the policy number concerned, the amount they say is wrong, the date they raised it, "
  "which of us is handling it and a status - open, waiting on underwriting, resolved, rejected. A box for how it was resolved, too "
  "(that's usually a paragraph).",
  [E("Broker", ["agency", "broker agency", "intermediary"],
     F("agency name", "text", ["name", "broker name"]),
     F("agency code", "text", ["code", "broker code", "agency number"]),
     F("contact email", "email", ["email", "email address"])),
   E("Commission dispute", ["dispute", "query", "commission query", "case"],
     F("broker", "reference", ["agency"], target="Broker"),
     F("policy number", "text", ["policy", "policy no"]),
     F("disputed amount", "money", ["amount", "amount disputed", "amount in question"], ["decimal"]),
     F("date raised", "date", ["raised on", "received", "date received", "opened on"]),
     F("handler", "person", ["handled by", "owner", "assigned to", "who is handling"], ["text"]),
     F("status", "choice", ["state", "stage"], opts=["Open", "Waiting on underwriting", "Resolved", "Rejected"]),
     F("resolution", "long_text", ["how it was resolved", "resolution notes", "outcome"], ["text"]))])

C("p6d06", "en",
  "damaged pallet log for goods-in, dock 3-9. per incident: date+time, carrier, trailer no, how many pallets, photo, "
  "who found it, and did the driver sign the CMR with a damage remark y/n. that's it for now",
  [E("Damaged pallet", ["damage incident", "incident", "damage report", "damage log"],
     F("date and time", "datetime", ["when", "date", "time", "timestamp"], ["date"]),
     F("carrier", "text", ["haulier", "transport company", "carrier name"], ["choice"]),
     F("trailer number", "text", ["trailer no", "trailer", "trailer ID"]),
     F("pallets", "integer", ["number of pallets", "how many pallets", "pallet count", "quantity"]),
     F("photo", "file", ["picture", "image"]),
     F("found by", "person", ["who found it", "reported by", "finder"], ["text"]),
     F("dock", "text", ["dock number", "door"], ["choice", "integer"], opt=True),
     F("CMR damage remark", "boolean", ["driver signed", "signed CMR", "CMR remark", "damage remark"]))])

C("p6d07", "en",
  "Dear colleagues in Digital,\n\nCollections Care would like a small app for condition checking. Some context: every object "
  "(accession number, title, maker, and the material - paper, textile, metal, wood, ceramic or mixed) is checked whenever it "
  "goes on display or comes off, and once a year in store. Objects on display are in one exhibition at a time - exhibitions "
  "have a title, a gallery, and opening and closing dates - and we'd like to see, for an object, which exhibition it is currently in.\n\n"
  "Each check records the object, the date, the conservator who did it, the condition (good, fair, poor, unstable), photos, "
  "and their comments. I appreciate the photos may be several files; one attachment is fine to start with.\n\nBest wishes,\nHelen",
  [E("Exhibition", ["show", "display"],
     F("title", "text", ["name", "exhibition title"]),
     F("gallery", "text", ["room", "location", "space"], ["choice"]),
     F("opening date", "date", ["opens", "start date", "opening"]),
     F("closing date", "date", ["closes", "end date", "closing"])),
   E("Object", ["collection object", "item", "artefact", "artwork"],
     F("accession number", "text", ["accession no", "object number", "inventory number"]),
     F("title", "text", ["name", "object title"]),
     F("maker", "text", ["artist", "creator", "author"]),
     F("material", "choice", ["materials", "medium"], ["multi_choice"], opts=["Paper", "Textile", "Metal", "Wood", "Ceramic", "Mixed"]),
     F("current exhibition", "reference", ["exhibition", "on display in"], target="Exhibition")),
   E("Condition check", ["condition report", "check", "inspection", "condition assessment"],
     F("object", "reference", ["item", "artefact"], target="Object"),
     F("date", "date", ["check date", "date of check"]),
     F("conservator", "person", ["checked by", "who", "done by"], ["text"]),
     F("condition", "choice", ["state", "rating"], opts=["Good", "Fair", "Poor", "Unstable"]),
     F("photos", "file", ["photo", "images", "pictures"]),
     F("comments", "long_text", ["notes", "remarks", "conservator comments"], ["text"]),
     F("reason", "choice", ["occasion", "check type"], ["text"], opts=["Going on display", "Coming off display", "Annual"], opt=True))])

C("p6d08", "en",
  "So this is going to be a bit of a brain dump, sorry. Our lab (about 15 people, cell biology) has something like 200 antibodies "
  "spread over two freezers and nobody knows which ones actually work. What usually happens is a new student orders one we already "
  "have, or uses one that someone found useless two years ago.\n\nI think we'd want one entry per antibody with the name, the target "
  "protein, host species (rabbit, mouse, goat, rat... those are basically all we have), supplier, catalogue number, lot number, and "
  "where it is (freezer and box - could just be one text field honestly). Then separately, every time someone tests one, a record "
  "of that: which antibody, who, when, what application (western blot, IHC, IF, flow), the dilution they used, whether it worked "
  "(worked / weak / didn't work), and an image if they have one.\n\nNot sure if that's overcomplicating it? Happy to simplify.",
  [E("Antibody", ["reagent", "antibodies"],
     F("name", "text", ["antibody name", "clone"]),
     F("target protein", "text", ["target", "antigen", "protein"]),
     F("host species", "choice", ["host", "species", "raised in"], opts=["Rabbit", "Mouse", "Goat", "Rat"]),
     F("supplier", "text", ["vendor", "company", "manufacturer"], ["choice"]),
     F("catalogue number", "text", ["catalog number", "cat no", "catalogue no"]),
     F("lot number", "text", ["lot", "batch", "lot no"]),
     F("location", "text", ["freezer and box", "where", "storage", "freezer", "box"])),
   E("Validation test", ["test", "experiment", "validation", "test result", "usage"],
     F("antibody", "reference", ["reagent"], target="Antibody"),
     F("tested by", "person", ["who", "researcher", "user"], ["text"]),
     F("date", "date", ["when", "test date", "date tested"]),
     F("application", "choice", ["method", "assay", "technique"], ["multi_choice"], opts=["Western blot", "IHC", "IF", "Flow"]),
     F("dilution", "text", ["dilution used", "concentration"], ["decimal"]),
     F("result", "choice", ["worked", "outcome", "did it work"], opts=["Worked", "Weak", "Didn't work"]),
     F("image", "file", ["picture", "blot image", "photo"]),
     NOTES["en"]())])

C("p6d09", "en",
  "Housekeeping quality checks - group request from the Regional Housekeeping Manager\n\n"
  "Across our 12 hotels the supervisors do room inspections after the attendants finish. What we want recorded per inspection:\n"
  "  * hotel (we have a list - name, city, and the executive housekeeper there)\n"
  "  * room number\n"
  "  * date\n"
  "  * inspected by\n"
  "  * attendant who cleaned the room\n"
  "  * a score out of 100\n"
  "  * issues found, any of: dust, hair, linen stain, amenities missing, bathroom, odour\n"
  "  * re-clean needed (yes/no)\n\n"
  "(At the moment each property does its own thing in Google Forms, so comparing hotels is impossible.)",
  [E("Hotel", ["property", "site"],
     F("name", "text", ["hotel name"]),
     F("city", "text", ["location", "town"]),
     F("executive housekeeper", "person", ["head housekeeper", "housekeeper", "manager"], ["text"])),
   E("Room inspection", ["inspection", "quality check", "room check", "check"],
     F("hotel", "reference", ["property"], target="Hotel"),
     F("room number", "text", ["room", "room no"], ["integer"]),
     F("date", "date", ["inspection date", "date of inspection"], ["datetime"]),
     F("inspected by", "person", ["inspector", "supervisor"], ["text"]),
     F("attendant", "person", ["room attendant", "cleaned by", "housekeeper"], ["text"]),
     F("score", "integer", ["score out of 100", "rating", "mark"], ["decimal"]),
     F("issues", "multi_choice", ["issues found", "problems", "defects"], opts=["Dust", "Hair", "Linen stain", "Amenities missing", "Bathroom", "Odour"]),
     F("re-clean needed", "boolean", ["re-clean", "reclean", "needs re-clean"]))])

C("p6d10", "en",
  "Hiya, legal ops here. We keep almost missing court and filing deadlines because theyre tracked in each fee earners own calender. "
  "Could we get somthing central? Matters have a matter number, client name, the fee earner responsible and the practice area "
  "(litigation, employment, property, corporate). Against each matter there can be lots of deadlines - what it is, the date its due, "
  "what kind (court, filing, limitation, internal) and whether its been done. Would be nice to also note who last checked it but "
  "not essential",
  [E("Matter", ["case", "file", "client matter"],
     F("matter number", "text", ["number", "matter no", "reference"]),
     F("client name", "text", ["client"], ["reference"]),
     F("fee earner", "person", ["responsible", "lawyer", "solicitor", "fee earner responsible"], ["text"]),
     F("practice area", "choice", ["area", "department", "practice"], opts=["Litigation", "Employment", "Property", "Corporate"])),
   E("Deadline", ["key date", "due date", "time limit"],
     F("matter", "reference", ["case", "file"], target="Matter"),
     F("description", "text", ["what", "title", "deadline", "task"], ["long_text"]),
     F("due date", "date", ["date due", "due", "deadline date"], ["datetime"]),
     F("kind", "choice", ["type", "deadline type", "category"], opts=["Court", "Filing", "Limitation", "Internal"]),
     F("done", "boolean", ["completed", "done?", "met"], ["choice"]),
     F("last checked by", "person", ["checked by", "reviewed by"], ["text"], opt=True))])

# ------------------------------------------------------------------ French
C("p6d11", "fr",
  "Bonjour à tous,\n\nJe me permets de vous écrire de la part du bureau des stages de l'UFR Sciences économiques. "
  "Chaque année nous gérons près de 400 conventions de stage et, pour être honnête, le tableur partagé ne tient plus la route.\n\n"
  "Pour chaque convention il nous faut : le nom de l'étudiant, sa formation (L3, M1 ou M2), l'entreprise d'accueil, le tuteur en "
  "entreprise, les dates de début et de fin, le montant de la gratification et l'état des signatures (en attente étudiant, en attente "
  "entreprise, en attente UFR, signée). Les entreprises reviennent d'une année sur l'autre, donc autant les avoir à part avec leur "
  "raison sociale, leur SIRET et la ville.\n\nD'avance merci,\nSandrine",
  [E("Entreprise", ["company", "organisme d'accueil", "structure d'accueil", "host company"],
     F("raison sociale", "text", ["nom", "name", "company name", "nom de l'entreprise"]),
     F("SIRET", "text", ["numéro SIRET", "siret number"]),
     F("ville", "text", ["city", "commune"])),
   E("Convention de stage", ["convention", "stage", "internship agreement", "internship"],
     F("étudiant", "text", ["nom de l'étudiant", "student", "stagiaire"], ["person"]),
     F("formation", "choice", ["niveau", "diplôme", "programme"], opts=["L3", "M1", "M2"]),
     F("entreprise", "reference", ["entreprise d'accueil", "company"], target="Entreprise"),
     F("tuteur en entreprise", "text", ["tuteur", "tutor", "maître de stage"], ["person"]),
     F("date de début", "date", ["début", "start date"]),
     F("date de fin", "date", ["fin", "end date"]),
     F("gratification", "money", ["montant de la gratification", "montant", "stipend"], ["decimal"]),
     F("état des signatures", "choice", ["statut", "signatures", "état", "status"],
       opts=["En attente étudiant", "En attente entreprise", "En attente UFR", "Signée"]))])

C("p6d12", "fr",
  "Service des espaces verts – demande pour le patrimoine arboré.\n\nComme évoqué avec la DSI, on voudrait enfin recenser nos arbres "
  "d'alignement (un peu plus de 3 000). Chaque arbre a un numéro, une essence (platane, tilleul, érable, marronnier, autre), le quartier, "
  "l'année de plantation et une hauteur approximative en mètres. Ensuite on enregistre chaque intervention sur un arbre : la date, le type "
  "(élagage, abattage, traitement, diagnostic), le prestataire – souvent une entreprise extérieure – et le coût. Le problème aujourd'hui, "
  "c'est qu'on ne sait jamais combien on a dépensé par quartier.",
  [E("Arbre", ["tree", "sujet", "arbres d'alignement"],
     F("numéro", "text", ["numéro d'arbre", "identifiant", "number", "ID"], ["integer"]),
     F("essence", "choice", ["espèce", "species", "type"], opts=["Platane", "Tilleul", "Érable", "Marronnier", "Autre"]),
     F("quartier", "text", ["secteur", "district", "neighbourhood"], ["choice"]),
     F("année de plantation", "integer", ["plantation", "année", "planted", "date de plantation"], ["date", "text"]),
     F("hauteur", "decimal", ["hauteur en mètres", "height", "taille"], ["integer"])),
   E("Intervention", ["travaux", "opération", "work", "maintenance"],
     F("arbre", "reference", ["tree"], target="Arbre"),
     F("date", "date", ["date d'intervention", "when"]),
     F("type", "choice", ["type d'intervention", "nature"], opts=["Élagage", "Abattage", "Traitement", "Diagnostic"]),
     F("prestataire", "text", ["entreprise", "contractor", "intervenant"], ["choice"]),
     F("coût", "money", ["montant", "cost", "prix"], ["decimal"]))])

C("p6d13", "fr",
  "Bonjour,\n\nJe suis cadre de santé en pneumologie (3e étage). Nous devons prouver à la direction des soins que chaque agent est à jour "
  "de ses formations obligatoires : AFGSU, incendie, hygiène des mains, manutention… Aujourd'hui je n'ai aucun moyen de savoir qui doit "
  "refaire quoi avant la visite de certification.\n\nIl faudrait :\n- la liste des agents (nom, prénom, grade : IDE, AS ou ASH, et l'équipe jour ou nuit)\n"
  "- la liste des formations avec leur durée de validité en mois\n"
  "- et pour chaque formation suivie par un agent, la date et l'attestation en PDF.\n\nMerci d'avance !",
  [E("Agent", ["soignant", "personnel", "employé", "staff member"],
     F("nom", "text", ["name", "nom de famille"]),
     F("prénom", "text", ["first name"]),
     F("grade", "choice", ["fonction", "métier", "role"], opts=["IDE", "AS", "ASH"]),
     F("équipe", "choice", ["poste", "team", "roulement"], opts=["Jour", "Nuit"])),
   E("Formation", ["formation obligatoire", "training", "course"],
     F("intitulé", "text", ["nom", "titre", "name"]),
     F("validité", "integer", ["durée de validité", "validité en mois", "validity", "mois"], ["decimal"])),
   E("Formation suivie", ["participation", "session", "attestation", "completion", "inscription"],
     F("agent", "reference", ["soignant"], target="Agent"),
     F("formation", "reference", ["training"], target="Formation"),
     F("date", "date", ["date de la formation", "suivie le", "completed on"]),
     F("attestation", "file", ["attestation PDF", "certificat", "certificate"]))])

C("p6d14", "fr",
  "Objet : outil de suivi des réclamations clients\n\nBonjour,\n\nSuite à l'audit IATF, le service qualité doit tracer proprement les "
  "réclamations clients et les actions correctives qui en découlent. Une réclamation concerne un client (nom + code client) et un numéro "
  "de lot, elle a une date de réception, une gravité (mineure, majeure, critique), une description et un responsable chez nous. Son statut : "
  "ouverte, en analyse, clôturée.\n\nPour une même réclamation on lance souvent plusieurs actions correctives, chacune avec un libellé, un "
  "pilote, une échéance et une case « réalisée ». Ce serait bien qu'on puisse voir d'un coup d'œil les actions en retard.\n\nCordialement,\nJ. Morel – Qualité",
  [E("Client", ["customer", "donneur d'ordre"],
     F("nom", "text", ["nom du client", "name", "raison sociale"]),
     F("code client", "text", ["code", "customer code", "numéro client"])),
   E("Réclamation", ["réclamation client", "complaint", "customer complaint", "plainte"],
     F("client", "reference", ["customer"], target="Client"),
     F("numéro de lot", "text", ["lot", "n° de lot", "batch number"]),
     F("date de réception", "date", ["reçue le", "date", "received on"]),
     F("gravité", "choice", ["sévérité", "severity", "criticité"], opts=["Mineure", "Majeure", "Critique"]),
     F("description", "long_text", ["descriptif", "détail", "problème"], ["text"]),
     F("responsable", "person", ["pilote", "owner", "suivi par"], ["text"]),
     F("statut", "choice", ["état", "status"], opts=["Ouverte", "En analyse", "Clôturée"])),
   E("Action corrective", ["action", "corrective action", "plan d'action", "CAPA"],
     F("réclamation", "reference", ["complaint"], target="Réclamation"),
     F("libellé", "text", ["action", "description", "intitulé"], ["long_text"]),
     F("pilote", "person", ["responsable", "owner", "porteur"], ["text"]),
     F("échéance", "date", ["date limite", "due date", "délai"]),
     F("réalisée", "boolean", ["faite", "terminée", "done", "clôturée"]))])

C("p6d15", "fr",
  "courriers de résiliation reçus au back-office : n° de contrat, nom de l'assuré, date de réception, motif (loi Hamon, échéance, "
  "vente du véhicule, décès, autre), date d'effet, qui l'a traité et si c'est traité ou pas. merci",
  [E("Résiliation", ["demande de résiliation", "courrier de résiliation", "termination", "cancellation"],
     F("numéro de contrat", "text", ["n° de contrat", "contrat", "policy number"]),
     F("nom de l'assuré", "text", ["assuré", "nom", "client", "policyholder"]),
     F("date de réception", "date", ["reçu le", "date", "received"]),
     F("motif", "choice", ["raison", "reason", "cause"], opts=["Loi Hamon", "Échéance", "Vente du véhicule", "Décès", "Autre"]),
     F("date d'effet", "date", ["effet", "effective date", "date de prise d'effet"]),
     F("traité par", "person", ["gestionnaire", "handled by", "qui"], ["text"]),
     F("traité", "boolean", ["traitée", "fait", "done", "statut"], ["choice"]))])

C("p6d16", "fr",
  "Bonjour,\n\nSur la plateforme de Saint-Quentin-Fallavier, la prise de rendez-vous transporteurs se fait encore par téléphone et sur un "
  "tableau blanc, ce qui donne des embouteillages sur le parking les lundis matin. On aimerait un petit outil où chaque rendez-vous indique "
  "le transporteur, le quai (de 1 à 12, mais on peut les nommer Q1…Q12), le créneau (date et heure), le sens (réception ou expédition), le "
  "nombre de palettes annoncé et ce qui s'est passé (prévu, arrivé, en retard, absent).\n\nPour les transporteurs on garde le nom, un contact "
  "et un numéro de téléphone ; pas besoin de plus pour l'instant.",
  [E("Transporteur", ["carrier", "transport", "haulier"],
     F("nom", "text", ["nom du transporteur", "name", "société"]),
     F("contact", "text", ["interlocuteur", "contact name"], ["person"]),
     F("téléphone", "phone", ["tél", "numéro de téléphone", "phone"])),
   E("Rendez-vous", ["RDV", "appointment", "créneau", "booking", "slot"],
     F("transporteur", "reference", ["carrier"], target="Transporteur"),
     F("quai", "choice", ["dock", "porte", "numéro de quai"], ["text", "integer"],
       opts=["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12"]),
     F("créneau", "datetime", ["date et heure", "horaire", "date", "heure"]),
     F("sens", "choice", ["type", "flux", "direction"], opts=["Réception", "Expédition"]),
     F("nombre de palettes", "integer", ["palettes", "nb palettes", "pallets"]),
     F("statut", "choice", ["état", "status", "suivi"], opts=["Prévu", "Arrivé", "En retard", "Absent"]))])

C("p6d17", "fr",
  "Bonjour l'équipe,\n\nAu service des publics du musée, les réservations de visites scolaires arrivent par mail, par téléphone, parfois "
  "via le formulaire du site… Bref, on s'y perd. Ce qu'il nous faudrait, c'est un fichier des établissements (nom, ville, type : école, "
  "collège ou lycée, et l'adresse mail du secrétariat) et, pour chaque visite, l'établissement concerné, la date, le nombre d'élèves, le "
  "niveau de la classe, la thématique choisie (Antiquité, Moyen Âge, art moderne, atelier de pratique), le médiateur qui l'assure et si la "
  "facture a été payée. Les enseignants nous demandent souvent s'il reste de la place certains jours, d'où l'intérêt de tout avoir au même endroit.",
  [E("Établissement", ["école", "établissement scolaire", "school"],
     F("nom", "text", ["nom de l'établissement", "name"]),
     F("ville", "text", ["commune", "city"]),
     F("type", "choice", ["type d'établissement", "catégorie"], opts=["École", "Collège", "Lycée"]),
     F("email du secrétariat", "email", ["email", "mail", "adresse mail"])),
   E("Visite", ["visite scolaire", "réservation", "visit", "booking"],
     F("établissement", "reference", ["école", "school"], target="Établissement"),
     F("date", "date", ["date de visite", "jour"], ["datetime"]),
     F("nombre d'élèves", "integer", ["élèves", "effectif", "nombre de participants"]),
     F("niveau", "text", ["classe", "niveau de la classe", "grade"], ["choice"]),
     F("thématique", "choice", ["thème", "parcours", "theme"], opts=["Antiquité", "Moyen Âge", "Art moderne", "Atelier de pratique"]),
     F("médiateur", "person", ["guide", "conférencier", "animateur"], ["text"]),
     F("payée", "boolean", ["facture payée", "paiement", "payé"], ["choice"]))])

C("p6d18", "fr",
  "Bonjour,\n\nje reviens vers vous au sujet de la navette du réseau des médiathèques, comme convenu lors de la réunion de lundi. Pour "
  "resituer : nous avons onze médiathèques (chacune avec un nom, une adresse et un ou une responsable) et les documents réservés par les "
  "lecteurs circulent de l'une à l'autre par la navette, deux fois par semaine. Aujourd'hui, quand un document se perd en route, personne "
  "ne sait s'il a quitté la médiathèque de départ ou s'il n'est jamais arrivé.\n\nL'idée serait donc d'enregistrer chaque transfert : le "
  "code-barres du document, son titre, la médiathèque de départ, celle d'arrivée, la date d'envoi et la date de réception (vide tant que ce "
  "n'est pas arrivé, évidemment). Éventuellement une case « perdu », mais je ne suis pas sûre que ce soit nécessaire si la date de réception "
  "reste vide… à vous de voir.",
  [E("Médiathèque", ["bibliothèque", "library", "site", "établissement"],
     F("nom", "text", ["nom de la médiathèque", "name"]),
     F("adresse", "text", ["address", "adresse postale"], ["long_text"]),
     F("responsable", "person", ["directeur", "directrice", "manager"], ["text"])),
   E("Transfert", ["navette", "envoi", "transfer", "mouvement"],
     F("code-barres", "text", ["code barre", "barcode", "numéro du document"]),
     F("titre", "text", ["titre du document", "document", "title"]),
     F("médiathèque de départ", "reference", ["départ", "origine", "expéditeur", "from"], target="Médiathèque"),
     F("médiathèque d'arrivée", "reference", ["arrivée", "destination", "destinataire", "to"], target="Médiathèque"),
     F("date d'envoi", "date", ["envoyé le", "date de départ", "sent on"]),
     F("date de réception", "date", ["reçu le", "date d'arrivée", "received on"]),
     F("perdu", "boolean", ["document perdu", "lost"], opt=True))])

C("p6d19", "fr",
  "Coucou,\n\nPour l'antenne départementale de l'association, on voudrait arrêter les feuilles d'émargement papier lors des distributions "
  "alimentaires. On a quatre sites (chacun : nom, adresse, jour habituel de distribution). À chaque distribution, on note le site, la date, "
  "le nombre de familles servies, les kilos distribués et le ou la bénévole responsable ce jour-là. Si on pouvait aussi noter s'il y a eu "
  "un souci (rupture de stock, manque de bénévoles, problème de chambre froide, autre), ça nous aiderait pour le rapport annuel à la fédération.",
  [E("Site", ["lieu de distribution", "antenne", "point de distribution", "location"],
     F("nom", "text", ["nom du site", "name"]),
     F("adresse", "text", ["address"], ["long_text"]),
     F("jour habituel", "choice", ["jour de distribution", "jour", "day"], ["text"],
       opts=["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi"])),
   E("Distribution", ["distribution alimentaire", "collecte", "session"],
     F("site", "reference", ["lieu"], target="Site"),
     F("date", "date", ["jour", "date de distribution"]),
     F("familles servies", "integer", ["nombre de familles", "familles", "bénéficiaires"]),
     F("kilos distribués", "decimal", ["kilos", "poids", "kg", "quantité"], ["integer"]),
     F("bénévole responsable", "person", ["responsable", "référent", "bénévole"], ["text"]),
     F("souci", "multi_choice", ["problème", "incident", "difficultés"], ["choice"],
       opts=["Rupture de stock", "Manque de bénévoles", "Problème de chambre froide", "Autre"]))])

C("p6d20", "fr",
  "Pôle administratif du cabinet – suivi de la facturation\n\n"
  "Contexte : les avocats facturent chacun dans leur coin et on découvre les impayés au moment de la clôture. Ce qu'on voudrait :\n"
  "• Dossiers : numéro de dossier, nom du client, avocat responsable, matière (social, commercial, pénal, famille)\n"
  "• Factures : rattachées à un dossier, avec un numéro, une date d'émission, le montant HT, le taux de TVA (20 % en général, parfois 0) "
  "et l'état (brouillon, envoyée, payée, relancée)\n"
  "• et pour chaque facture, la date de paiement quand le client a réglé.\n\n"
  "Merci de me dire si c'est faisable avant la fin du trimestre.",
  [E("Dossier", ["affaire", "matter", "case", "file"],
     F("numéro de dossier", "text", ["numéro", "référence", "n° dossier"]),
     F("client", "text", ["nom du client", "client name"]),
     F("avocat responsable", "person", ["avocat", "responsable", "lawyer"], ["text"]),
     F("matière", "choice", ["domaine", "practice area", "spécialité"], opts=["Social", "Commercial", "Pénal", "Famille"])),
   E("Facture", ["invoice", "note d'honoraires", "bill"],
     F("dossier", "reference", ["affaire", "matter"], target="Dossier"),
     F("numéro", "text", ["numéro de facture", "invoice number", "n° facture"]),
     F("date d'émission", "date", ["date", "émise le", "date de facture"]),
     F("montant HT", "money", ["montant", "amount", "total HT"], ["decimal"]),
     F("taux de TVA", "choice", ["TVA", "VAT rate", "taux"], ["decimal"], opts=["20 %", "0 %"]),
     F("état", "choice", ["statut", "status"], opts=["Brouillon", "Envoyée", "Payée", "Relancée"]),
     F("date de paiement", "date", ["payée le", "réglée le", "payment date"]))])

# ------------------------------------------------------------------ Spanish
C("p6d21", "es",
  "Buenos días:\n\nOs escribo desde la secretaría de la Facultad de Ciencias de la Educación. Como sabéis, en junio y septiembre tenemos "
  "las defensas de TFG y ahora mismo lo llevamos con un Excel que se corrompe cada dos por tres.\n\nNecesitaríamos registrar los trabajos "
  "(título, alumno, tutor o tutora, y el grado: Infantil, Primaria o Pedagogía) y, por otro lado, las defensas: qué trabajo, fecha y hora, "
  "aula, la nota final (con decimales) y el acta firmada en PDF. Un trabajo puede defenderse más de una vez si suspende en junio, por eso "
  "lo separamos.\n\nUn saludo,\nMaite",
  [E("Trabajo", ["TFG", "trabajo fin de grado", "thesis", "proyecto"],
     F("título", "text", ["titulo", "title", "título del trabajo"], ["long_text"]),
     F("alumno", "text", ["estudiante", "student", "alumna", "autor"], ["person"]),
     F("tutor", "person", ["tutora", "director", "supervisor"], ["text"]),
     F("grado", "choice", ["titulación", "degree", "estudios"], opts=["Infantil", "Primaria", "Pedagogía"])),
   E("Defensa", ["defensa de TFG", "convocatoria", "defence", "acto de defensa"],
     F("trabajo", "reference", ["TFG"], target="Trabajo"),
     F("fecha y hora", "datetime", ["fecha", "hora", "cuándo"]),
     F("aula", "text", ["sala", "room", "lugar"], ["choice"]),
     F("nota final", "decimal", ["nota", "calificación", "grade"]),
     F("acta", "file", ["acta firmada", "acta PDF", "documento"]))])

C("p6d22", "es",
  "Hola,\n\nDesde el Servicio de Ocupación de Vía Pública del Ayuntamiento querríamos digitalizar el tema de las terrazas de hostelería, "
  "que cada temporada nos desborda. Te cuento cómo funciona: cada establecimiento (nombre comercial, CIF, dirección y un teléfono) pide "
  "una licencia de terraza para una temporada (anual o de verano) con un número de mesas, y paga una tasa que depende de eso. Lo que "
  "nos falta saber es si la tasa está pagada o no.\n\nAdemás, los inspectores hacen visitas a las terrazas con licencia: apuntan la fecha, "
  "quién inspeccionó, el resultado (conforme, exceso de mesas, fuera de horario, sin licencia visible) y, si hay sanción, el importe.\n\n"
  "Gracias de antemano.",
  [E("Establecimiento", ["local", "bar", "negocio", "business"],
     F("nombre comercial", "text", ["nombre", "name", "denominación"]),
     F("CIF", "text", ["NIF", "tax id"]),
     F("dirección", "text", ["direccion", "address", "domicilio"], ["long_text"]),
     F("teléfono", "phone", ["telefono", "phone", "móvil"])),
   E("Licencia de terraza", ["licencia", "autorización", "permiso", "licence", "terraza"],
     F("establecimiento", "reference", ["local", "negocio"], target="Establecimiento"),
     F("temporada", "choice", ["periodo", "season", "tipo"], opts=["Anual", "Verano"]),
     F("número de mesas", "integer", ["mesas", "nº de mesas", "tables"]),
     F("tasa", "money", ["importe de la tasa", "importe", "fee"], ["decimal"]),
     F("tasa pagada", "boolean", ["pagada", "pagado", "paid"], ["choice"])),
   E("Inspección", ["visita", "visita de inspección", "inspection", "control"],
     F("licencia", "reference", ["licencia de terraza", "terraza"], target="Licencia de terraza"),
     F("fecha", "date", ["fecha de inspección", "día"], ["datetime"]),
     F("inspector", "person", ["inspeccionado por", "agente", "inspectora"], ["text"]),
     F("resultado", "choice", ["estado", "resultado de la inspección", "outcome"],
       opts=["Conforme", "Exceso de mesas", "Fuera de horario", "Sin licencia visible"]),
     F("importe de la sanción", "money", ["sanción", "multa", "importe", "fine"], ["decimal"]))])

C("p6d23", "es",
  "Supervisión de Enfermería, planta 4ª (Cirugía General).\n\nTras la última auditoría nos piden dejar constancia de la revisión de los "
  "carros de paradas. Tenemos tres carros, cada uno con su código y su ubicación (control de enfermería, pasillo norte, reanimación). "
  "Cada revisión debería recoger el carro, la fecha, quién la hizo, el número del precinto que se pone al cerrar, si todo estaba "
  "correcto y, si no, qué faltaba o estaba caducado. Las revisiones son diarias los días laborables y tras cada uso.",
  [E("Carro de paradas", ["carro", "carro de parada", "crash cart", "carro de RCP"],
     F("código", "text", ["codigo", "identificador", "code"]),
     F("ubicación", "choice", ["ubicacion", "lugar", "location"], ["text"],
       opts=["Control de enfermería", "Pasillo norte", "Reanimación"])),
   E("Revisión", ["revision", "control", "check", "comprobación"],
     F("carro", "reference", ["carro de paradas"], target="Carro de paradas"),
     F("fecha", "date", ["día", "fecha de revisión"], ["datetime"]),
     F("revisado por", "person", ["responsable", "enfermera", "quién"], ["text"]),
     F("número de precinto", "text", ["precinto", "nº precinto", "seal number"], ["integer"]),
     F("todo correcto", "boolean", ["correcto", "conforme", "ok"], ["choice"]),
     F("incidencias", "long_text", ["qué faltaba", "faltas", "caducados", "observaciones", "issues"], ["text"]),
     F("motivo", "choice", ["tipo de revisión", "tipo"], opts=["Diaria", "Tras uso"], opt=True))])

C("p6d24", "es",
  "necesitamos registro de no conformidades de proveedor (calidad, planta de inyección). proveedores: nombre, código, email de calidad. "
  "NC: proveedor, referencia de la pieza, nº de albarán, fecha, piezas rechazadas, tipo de defecto (dimensional, aspecto, "
  "contaminación, embalaje), coste reclamado y si está cerrada",
  [E("Proveedor", ["supplier", "vendor"],
     F("nombre", "text", ["name", "razón social"]),
     F("código", "text", ["codigo", "código de proveedor", "code"]),
     F("email de calidad", "email", ["email", "correo", "correo de calidad"])),
   E("No conformidad", ["NC", "no conformidad de proveedor", "incidencia", "nonconformity", "reclamación"],
     F("proveedor", "reference", ["supplier"], target="Proveedor"),
     F("referencia de la pieza", "text", ["referencia", "pieza", "part number", "código de pieza"]),
     F("número de albarán", "text", ["albarán", "nº de albarán", "delivery note"]),
     F("fecha", "date", ["fecha de detección", "date"]),
     F("piezas rechazadas", "integer", ["cantidad rechazada", "cantidad", "rechazadas", "rejected parts"]),
     F("tipo de defecto", "choice", ["defecto", "tipo", "defect type"], ["multi_choice"],
       opts=["Dimensional", "Aspecto", "Contaminación", "Embalaje"]),
     F("coste reclamado", "money", ["coste", "importe reclamado", "cost claimed"], ["decimal"]),
     F("cerrada", "boolean", ["cerrado", "estado", "closed"], ["choice"]))])

C("p6d25", "es",
  "Buenas tardes:\n\nSoy coordinadora del equipo de tramitación de siniestros de hogar. Trabajamos con una red de peritos externos y, a día de "
  "hoy, la asignación se hace por correo, así que nadie sabe cuántos encargos tiene cada perito ni cuánto tardan.\n\nLo ideal sería tener los "
  "peritos (nombre, gabinete, teléfono y la zona que cubren: norte, sur, este, oeste) y, por cada siniestro, el número de póliza, la fecha "
  "del siniestro, el tipo (agua, incendio, robo, fenómenos atmosféricos, cristales), el perito asignado, la fecha de la visita, el importe "
  "que estima y el estado del expediente (abierto, peritado, pagado, rechazado). Si además pudiéramos adjuntar el informe pericial, perfecto.\n\n"
  "Gracias,\nLucía",
  [E("Perito", ["perito externo", "expert", "loss adjuster", "tasador"],
     F("nombre", "text", ["name", "nombre del perito"]),
     F("gabinete", "text", ["empresa", "despacho", "company"]),
     F("teléfono", "phone", ["telefono", "phone", "móvil"]),
     F("zona", "choice", ["zona que cubre", "área", "region"], ["multi_choice"], opts=["Norte", "Sur", "Este", "Oeste"])),
   E("Siniestro", ["expediente", "claim", "parte", "siniestro de hogar"],
     F("número de póliza", "text", ["póliza", "nº de póliza", "policy number"]),
     F("fecha del siniestro", "date", ["fecha", "fecha de ocurrencia"]),
     F("tipo", "choice", ["tipo de siniestro", "causa", "type"],
       opts=["Agua", "Incendio", "Robo", "Fenómenos atmosféricos", "Cristales"]),
     F("perito", "reference", ["perito asignado", "expert"], target="Perito"),
     F("fecha de visita", "date", ["visita", "fecha de la visita"], ["datetime"]),
     F("importe estimado", "money", ["importe", "valoración", "estimated amount"], ["decimal"]),
     F("estado", "choice", ["estado del expediente", "status", "situación"], opts=["Abierto", "Peritado", "Pagado", "Rechazado"]),
     F("informe pericial", "file", ["informe", "report", "peritaje"]))])

C("p6d26", "es",
  "Hola equipo, desde el almacén de Coslada os pido una herramienta para las devoluciones que llegan de tienda online:\n"
  "- numero de pedido\n- cliente (nombre, no hace falta ficha)\n- fecha de llegada al almacen\n"
  "- motivo: talla incorrecta, defectuoso, no le gusta, llegó tarde, otro\n"
  "- estado del producto (como nuevo, dañado, incompleto)\n- si vuelve a stock o no\n- reembolsado si/no\n"
  "- el operario que la procesa\n\nlo que pasa ahora es que atencion al cliente nos llama cada 5 min preguntando si ya ha llegado "
  "tal devolucion, y no tenemos forma de contestar rápido",
  [E("Devolución", ["devolucion", "return", "retorno"],
     F("número de pedido", "text", ["pedido", "nº de pedido", "numero de pedido", "order number"]),
     F("cliente", "text", ["nombre del cliente", "customer"]),
     F("fecha de llegada", "date", ["fecha", "llegada", "recibida el"], ["datetime"]),
     F("motivo", "choice", ["razón", "reason", "motivo de devolución"],
       opts=["Talla incorrecta", "Defectuoso", "No le gusta", "Llegó tarde", "Otro"]),
     F("estado del producto", "choice", ["estado", "condición", "condition"], opts=["Como nuevo", "Dañado", "Incompleto"]),
     F("vuelve a stock", "boolean", ["reintegrado", "a stock", "restock", "stock"]),
     F("reembolsado", "boolean", ["reembolso", "refunded", "devuelto el dinero"], ["choice"]),
     F("operario", "person", ["procesado por", "empleado", "quién"], ["text"]))])

C("p6d27", "es",
  "Estimados compañeros del área de sistemas:\n\nEl Departamento de Conservación y Restauración del museo necesita registrar las "
  "intervenciones que hacemos sobre las obras. De cada obra nos interesa el número de inventario, el título, el autor y la técnica "
  "(óleo, temple, escultura en madera, papel, textil). Cada restauración se asocia a una obra y debería indicar el restaurador o "
  "restauradora, las fechas de inicio y fin, el presupuesto y el informe final en PDF. También nos vendría bien marcar si la obra "
  "tiene que salir del museo para la intervención, porque eso implica seguro y transporte.\n\nAtentamente,\nDpto. de Conservación",
  [E("Obra", ["pieza", "obra de arte", "artwork", "object"],
     F("número de inventario", "text", ["inventario", "nº de inventario", "inventory number"]),
     F("título", "text", ["titulo", "title", "nombre"]),
     F("autor", "text", ["artista", "author", "autoría"]),
     F("técnica", "choice", ["tecnica", "material", "soporte"],
       opts=["Óleo", "Temple", "Escultura en madera", "Papel", "Textil"])),
   E("Restauración", ["intervención", "tratamiento", "restoration"],
     F("obra", "reference", ["pieza"], target="Obra"),
     F("restaurador", "person", ["restauradora", "responsable", "conservador"], ["text"]),
     F("fecha de inicio", "date", ["inicio", "start date"]),
     F("fecha de fin", "date", ["fin", "end date", "fecha de finalización"]),
     F("presupuesto", "money", ["coste", "importe", "budget"], ["decimal"]),
     F("informe final", "file", ["informe", "report", "informe PDF"]),
     F("sale del museo", "boolean", ["salida", "traslado", "fuera del museo", "requiere traslado"]))])

C("p6d28", "es",
  "Hola,\n\nEn el laboratorio (grupo de Microbiología Ambiental) queremos controlar mejor los pedidos de reactivos y material. Cada pedido "
  "va a un proveedor (nombre, persona de contacto, email) y se imputa a un proyecto; los proyectos tienen un código, el investigador "
  "principal y la entidad financiadora (Ministerio, Comunidad, Europa, privado). Del pedido necesitamos la fecha, qué se pide (una "
  "descripción), el importe, quién lo solicita y el estado: solicitado, aprobado, recibido, facturado.\n\nLa cuestión es que al final del año "
  "siempre hay que justificar el gasto por proyecto y ahora mismo lo hacemos a mano, sumando facturas.",
  [E("Proveedor", ["supplier", "vendor", "casa comercial"],
     F("nombre", "text", ["name", "empresa"]),
     F("persona de contacto", "text", ["contacto", "contact"]),
     F("email", "email", ["correo", "correo electrónico"])),
   E("Proyecto", ["project", "proyecto de investigación"],
     F("código", "text", ["codigo", "referencia", "code"]),
     F("investigador principal", "person", ["IP", "PI", "responsable"], ["text"]),
     F("entidad financiadora", "choice", ["financiador", "financiación", "funder"],
       opts=["Ministerio", "Comunidad", "Europa", "Privado"])),
   E("Pedido", ["compra", "order", "solicitud de compra"],
     F("proveedor", "reference", ["supplier"], target="Proveedor"),
     F("proyecto", "reference", ["project"], target="Proyecto"),
     F("fecha", "date", ["fecha del pedido", "date"]),
     F("descripción", "long_text", ["qué se pide", "concepto", "descripcion", "artículos"], ["text"]),
     F("importe", "money", ["precio", "total", "amount"], ["decimal"]),
     F("solicitante", "person", ["solicitado por", "quién lo solicita", "requested by"], ["text"]),
     F("estado", "choice", ["status", "situación"], opts=["Solicitado", "Aprobado", "Recibido", "Facturado"]))])

C("p6d29", "es",
  "Asunto: incidencias de mantenimiento detectadas por pisos\n\nHola, soy gobernanta general de la cadena en la zona de Levante "
  "(cinco hoteles). Las camareras de pisos encuentran averías en las habitaciones – un grifo que gotea, una bombilla fundida, el aire que no "
  "enfría – y lo apuntan en una libreta que luego mantenimiento no ve. De los hoteles ya tenemos una lista con el nombre, la dirección y el "
  "teléfono de mantenimiento de cada uno, y nos gustaría que cada incidencia quedara registrada con el hotel, el "
  "número de habitación, el tipo (fontanería, electricidad, climatización, mobiliario, otros), la prioridad (baja, media, alta), la fecha, "
  "una foto, y que el técnico la marque como resuelta. Ah, y si la habitación queda bloqueada para la venta o no, que eso a recepción le "
  "importa mucho.",
  [E("Hotel", ["establecimiento", "property"],
     F("nombre", "text", ["name", "nombre del hotel"]),
     F("dirección", "text", ["direccion", "address"], ["long_text"]),
     F("teléfono de mantenimiento", "phone", ["teléfono", "telefono", "phone"])),
   E("Incidencia", ["avería", "incidencia de mantenimiento", "issue", "parte"],
     F("hotel", "reference", ["establecimiento"], target="Hotel"),
     F("habitación", "text", ["número de habitación", "habitacion", "room"], ["integer"]),
     F("tipo", "choice", ["categoría", "tipo de avería", "type"],
       opts=["Fontanería", "Electricidad", "Climatización", "Mobiliario", "Otros"]),
     F("prioridad", "choice", ["urgencia", "priority"], opts=["Baja", "Media", "Alta"]),
     F("fecha", "date", ["fecha de detección", "día"], ["datetime"]),
     F("foto", "file", ["fotografía", "imagen", "photo"]),
     F("resuelta", "boolean", ["resuelto", "estado", "solved"], ["choice"]),
     F("técnico", "person", ["técnico asignado", "técnico de mantenimiento", "responsable"], ["text"], opt=True),
     F("habitación bloqueada", "boolean", ["bloqueada", "bloqueada para la venta", "fuera de servicio"]),
     F("descripción", "long_text", ["detalle", "qué pasa", "description"], ["text"], opt=True))])

C("p6d30", "es",
  "Hola, ¿qué tal? Te escribo desde la oficina de voluntariado de la fundación. Te pongo en contexto porque es un poco largo: tenemos unos "
  "300 voluntarios y organizamos actividades casi todas las semanas – acompañamiento a mayores, recogida de alimentos, apoyo escolar, "
  "salidas de ocio. Ahora mismo las inscripciones llegan por WhatsApp y luego alguien las pasa a un Excel, con los errores que te puedes "
  "imaginar.\n\nDe los voluntarios guardaríamos nombre y apellidos, teléfono, email, fecha de nacimiento (hay actividades solo para "
  "mayores de edad) y si tienen el certificado de delitos sexuales entregado. De cada actividad: el nombre, el tipo (de los que te he dicho), "
  "la fecha, el lugar y cuántas plazas hay. Y luego quién se apunta a qué, y si al final vino o no, porque la gente se apunta y luego falla "
  "y no sabemos quién.\n\nNo sé si me explico… cualquier duda me dices.",
  [E("Voluntario", ["voluntaria", "volunteer", "persona voluntaria"],
     F("nombre y apellidos", "text", ["nombre", "name", "nombre completo"]),
     F("teléfono", "phone", ["telefono", "móvil", "phone"]),
     F("email", "email", ["correo", "correo electrónico"]),
     F("fecha de nacimiento", "date", ["nacimiento", "birth date", "cumpleaños"]),
     F("certificado de delitos sexuales", "boolean", ["certificado entregado", "certificado", "certificado de penales"], ["file"])),
   E("Actividad", ["evento", "activity", "acción"],
     F("nombre", "text", ["título", "name", "nombre de la actividad"]),
     F("tipo", "choice", ["tipo de actividad", "categoría"],
       opts=["Acompañamiento a mayores", "Recogida de alimentos", "Apoyo escolar", "Salidas de ocio"]),
     F("fecha", "date", ["día", "cuándo"], ["datetime"]),
     F("lugar", "text", ["sitio", "ubicación", "location"]),
     F("plazas", "integer", ["número de plazas", "capacidad", "aforo"])),
   E("Inscripción", ["inscripcion", "participación", "apuntado", "registration", "sign-up"],
     F("voluntario", "reference", ["voluntaria", "persona"], target="Voluntario"),
     F("actividad", "reference", ["evento"], target="Actividad"),
     F("asistió", "boolean", ["asistencia", "vino", "attended"], ["choice"]))])

# ------------------------------------------------------------------ German
C("p6d31", "de",
  "Liebe Kolleginnen und Kollegen,\n\nim Dekanat der Philosophischen Fakultät verwalten wir pro Semester rund 120 Lehraufträge, bisher "
  "über Word-Vorlagen und eine Excel-Liste, die nur Frau Berger richtig versteht. Wir bräuchten eine Liste der Lehrbeauftragten (Name, "
  "E-Mail, Titel – also Dr., Prof. oder keiner) und zu jedem Lehrauftrag: wer, welches Semester (z. B. WiSe 25/26), das Modul bzw. die "
  "Lehrveranstaltung, die Semesterwochenstunden, die Vergütung und ob der Vertrag unterschrieben zurückgekommen ist.\n\nHintergrund: die "
  "Personalabteilung fragt regelmäßig nach, wer noch ohne unterschriebenen Vertrag unterrichtet – das können wir im Moment schlicht nicht beantworten.\n\n"
  "Viele Grüße\nDekanat Phil. Fak.",
  [E("Lehrbeauftragte", ["Lehrbeauftragter", "Dozent", "Dozentin", "lecturer"],
     F("Name", "text", ["Nachname", "vollständiger Name"]),
     F("E-Mail", "email", ["Mail", "E-Mail-Adresse", "email"]),
     F("Titel", "choice", ["akademischer Titel", "title"], opts=["Dr.", "Prof.", "Keiner"])),
   E("Lehrauftrag", ["Auftrag", "teaching assignment", "Vertrag"],
     F("Lehrbeauftragte", "reference", ["Dozent", "Person", "wer"], target="Lehrbeauftragte"),
     F("Semester", "text", ["Semesterangabe", "term"], ["choice"]),
     F("Modul", "text", ["Lehrveranstaltung", "Veranstaltung", "Kurs", "module"]),
     F("Semesterwochenstunden", "decimal", ["SWS", "Stunden", "Umfang"], ["integer"]),
     F("Vergütung", "money", ["Honorar", "Betrag", "Vergütungshöhe"], ["decimal"]),
     F("Vertrag unterschrieben", "boolean", ["unterschrieben", "Vertrag zurück", "Vertrag", "signed"], ["choice"]))])

C("p6d32", "de",
  "Hallo zusammen,\n\ndas Grünflächenamt (Sachgebiet Spielplätze) muss die Kontrollen der städtischen Spielplätze nach DIN EN 1176 "
  "nachweisen können. Wir haben ca. 90 Spielplätze mit Namen, Stadtteil und einer Angabe, ob sie eingezäunt sind.\n\n"
  "Bei jeder Kontrolle halten wir fest: welcher Spielplatz, Datum, Prüfer/in, Art der Prüfung (visuelle Routinekontrolle, operative "
  "Inspektion, jährliche Hauptuntersuchung), ob Mängel gefunden wurden, was genau (Freitext) und das Prüfprotokoll als PDF. "
  "Wäre schön, wenn man auch sieht, ob ein Gerät gesperrt werden musste.",
  [E("Spielplatz", ["Anlage", "playground", "Spielanlage"],
     F("Name", "text", ["Bezeichnung", "Spielplatzname"]),
     F("Stadtteil", "text", ["Ortsteil", "Bezirk", "district"], ["choice"]),
     F("eingezäunt", "boolean", ["Zaun", "umzäunt", "fenced"])),
   E("Kontrolle", ["Prüfung", "Inspektion", "Spielplatzkontrolle", "inspection"],
     F("Spielplatz", "reference", ["Anlage"], target="Spielplatz"),
     F("Datum", "date", ["Prüfdatum", "Kontrolldatum"]),
     F("Prüfer", "person", ["Prüferin", "Kontrolleur", "geprüft von"], ["text"]),
     F("Art der Prüfung", "choice", ["Prüfart", "Art", "Kontrollart"],
       opts=["Visuelle Routinekontrolle", "Operative Inspektion", "Jährliche Hauptuntersuchung"]),
     F("Mängel gefunden", "boolean", ["Mängel", "mangelhaft", "defects found"], ["choice"]),
     F("Mängelbeschreibung", "long_text", ["Beschreibung", "was genau", "Mängelliste", "Details"], ["text"]),
     F("Prüfprotokoll", "file", ["Protokoll", "PDF", "report"]),
     F("Gerät gesperrt", "boolean", ["gesperrt", "Sperrung", "Gerätesperrung"]))])

C("p6d33", "de",
  "Station 12 (Kardiologie): Temperaturkontrolle Medikamentenkühlschränke. Kühlschränke: Bezeichnung, Standort. "
  "Messung: welcher Kühlschrank, Zeitpunkt, Temperatur in °C, wer gemessen hat, Abweichung ja/nein (Soll 2–8 °C), Maßnahme bei Abweichung.",
  [E("Kühlschrank", ["Medikamentenkühlschrank", "fridge", "Kühlgerät"],
     F("Bezeichnung", "text", ["Name", "Nummer"]),
     F("Standort", "text", ["Raum", "Ort", "location"], ["choice"])),
   E("Messung", ["Temperaturmessung", "Kontrolle", "Messwert", "reading"],
     F("Kühlschrank", "reference", ["Gerät"], target="Kühlschrank"),
     F("Zeitpunkt", "datetime", ["Datum und Uhrzeit", "Datum", "Uhrzeit", "Messzeitpunkt"]),
     F("Temperatur", "decimal", ["Temperatur in °C", "Wert", "°C"]),
     F("gemessen von", "person", ["Pflegekraft", "wer", "Messende"], ["text"]),
     F("Abweichung", "boolean", ["außerhalb Soll", "Abweichung ja/nein", "deviation"]),
     F("Maßnahme", "long_text", ["Maßnahme bei Abweichung", "ergriffene Maßnahme", "action"], ["text"]))])

C("p6d34", "de",
  "Betreff: Erstmusterprüfungen (EMPB) – Anforderung aus der Qualitätssicherung\n\nHallo,\n\nbei uns im Werk laufen die Erstmusterprüfberichte "
  "aktuell per Mail hin und her und wir verlieren regelmäßig den Überblick. Zur Struktur:\n"
  "- Lieferanten mit Lieferantennummer, Name und Ansprechpartner Qualität (E-Mail)\n"
  "- Teile mit Sachnummer, Bezeichnung, Zeichnungsindex und von welchem Lieferanten sie kommen\n"
  "- Erstmuster: zu welchem Teil, Eingangsdatum, Anlass (Neuteil, Änderung, Lieferantenwechsel, Verlagerung), wer geprüft hat, "
  "Ergebnis (freigegeben, freigegeben mit Auflagen, abgelehnt) und der Bericht als Datei.\n\n"
  "Wichtig wäre uns, dass man pro Lieferant sieht, wie viele Erstmuster abgelehnt wurden.\n\nGruß\nT. Schäfer, QS Wareneingang",
  [E("Lieferant", ["Zulieferer", "supplier"],
     F("Lieferantennummer", "text", ["Nummer", "Lieferanten-Nr.", "supplier number"]),
     F("Name", "text", ["Firma", "Lieferantenname"]),
     F("Ansprechpartner Qualität", "email", ["E-Mail", "Ansprechpartner", "QS-Kontakt", "Kontakt E-Mail"], ["text"])),
   E("Teil", ["Artikel", "Bauteil", "part"],
     F("Sachnummer", "text", ["Teilenummer", "Artikelnummer", "part number"]),
     F("Bezeichnung", "text", ["Benennung", "Name", "Beschreibung"]),
     F("Zeichnungsindex", "text", ["Index", "Zeichnungsstand", "Revision"]),
     F("Lieferant", "reference", ["Zulieferer"], target="Lieferant")),
   E("Erstmuster", ["Erstmusterprüfung", "EMPB", "Erstmusterprüfbericht", "first article", "Bemusterung"],
     F("Teil", "reference", ["Artikel", "Bauteil"], target="Teil"),
     F("Eingangsdatum", "date", ["Eingang", "Datum", "eingegangen am"]),
     F("Anlass", "choice", ["Grund", "Bemusterungsanlass", "reason"],
       opts=["Neuteil", "Änderung", "Lieferantenwechsel", "Verlagerung"]),
     F("Prüfer", "person", ["geprüft von", "Prüferin", "wer"], ["text"]),
     F("Ergebnis", "choice", ["Entscheidung", "Status", "result"],
       opts=["Freigegeben", "Freigegeben mit Auflagen", "Abgelehnt"]),
     F("Bericht", "file", ["Prüfbericht", "Datei", "EMPB-Datei"]))])

C("p6d35", "de",
  "Moin, Backoffice Beitragsinkasso hier. Für die Rücklastschriften brauchen wir eine saubere Liste statt der Zettelwirtschaft:\n\n"
  "- Vertragsnummer\n- Versicherungsnehmer\n- Betrag\n- Rückgabedatum\n"
  "- Rückgabegrund (Konto erloschen, Widerspruch, mangelnde Deckung, sonstiges)\n- Mahnstufe (keine, 1, 2, 3)\n"
  "- Sachbearbeiter\n- erledigt ja/nein\n\nDie Rückgabegebühr der Bank wäre auch nett, falls das nicht zu viel ist.",
  [E("Rücklastschrift", ["Lastschriftrückgabe", "Rückläufer", "returned direct debit", "Rückbuchung"],
     F("Vertragsnummer", "text", ["Vertrag", "Vertrags-Nr.", "Policennummer"]),
     F("Versicherungsnehmer", "text", ["Kunde", "Name", "VN"]),
     F("Betrag", "money", ["Summe", "amount", "Beitrag"], ["decimal"]),
     F("Rückgabedatum", "date", ["Datum", "zurückgegeben am", "Rückgabe"]),
     F("Rückgabegrund", "choice", ["Grund", "reason"],
       opts=["Konto erloschen", "Widerspruch", "Mangelnde Deckung", "Sonstiges"]),
     F("Mahnstufe", "choice", ["Mahnung", "Stufe"], ["integer"], opts=["Keine", "1", "2", "3"]),
     F("Sachbearbeiter", "person", ["Bearbeiter", "zuständig", "Sachbearbeiterin"], ["text"]),
     F("erledigt", "boolean", ["Status", "abgeschlossen", "done"], ["choice"]),
     F("Rückgabegebühr", "money", ["Gebühr", "Bankgebühr", "fee"], ["decimal"], opt=True))])

C("p6d36", "de",
  "Hallo IT,\n\nim Logistikzentrum Nord haben wir 35 Flurförderzeuge (Gabelstapler, Schubmaststapler, Ameisen). Jedes hat eine interne "
  "Nummer, einen Typ, den Hersteller und das Datum der nächsten UVV-Prüfung. Problem: Schäden werden nur mündlich gemeldet, und wenn die "
  "Werkstatt nachfragt, weiß keiner mehr, wann was passiert ist.\n\nDeshalb hätten wir gerne pro Schaden: welches Fahrzeug, Datum, wer "
  "gefahren ist, was passiert ist, ein Foto, ob das Fahrzeug stillgelegt wurde und später die Reparaturkosten. Den Fahrer bitte als "
  "Mitarbeiter auswählbar, nicht als Freitext – die stehen ja alle im Verzeichnis.",
  [E("Flurförderzeug", ["Stapler", "Fahrzeug", "Gabelstapler", "forklift"],
     F("Nummer", "text", ["interne Nummer", "Fahrzeugnummer", "ID"]),
     F("Typ", "choice", ["Art", "Fahrzeugtyp", "type"], opts=["Gabelstapler", "Schubmaststapler", "Ameise"]),
     F("Hersteller", "text", ["Marke", "manufacturer"], ["choice"]),
     F("nächste UVV-Prüfung", "date", ["UVV-Prüfung", "Prüftermin", "nächste Prüfung", "UVV"])),
   E("Schaden", ["Schadensmeldung", "Schadensfall", "damage", "Unfall"],
     F("Fahrzeug", "reference", ["Stapler", "Flurförderzeug"], target="Flurförderzeug"),
     F("Datum", "date", ["Schadensdatum", "wann"], ["datetime"]),
     F("Fahrer", "person", ["gefahren von", "Fahrerin", "Mitarbeiter"]),
     F("Beschreibung", "long_text", ["was passiert ist", "Hergang", "Schadensbeschreibung"], ["text"]),
     F("Foto", "file", ["Bild", "photo"]),
     F("stillgelegt", "boolean", ["außer Betrieb", "gesperrt", "Stilllegung"]),
     F("Reparaturkosten", "money", ["Kosten", "repair cost"], ["decimal"]))])

C("p6d37", "de",
  "Sehr geehrte Damen und Herren,\n\nfür die Registrarin unseres Hauses suchen wir eine Lösung für den Leihverkehr bei Sonderausstellungen. "
  "Wir leihen Objekte von anderen Museen und Privatsammlungen; zu jedem Leihgeber brauchen wir Name, Ort, Ansprechperson und E-Mail. Jede "
  "Leihgabe gehört zu einem Leihgeber und hat einen Objekttitel, den Versicherungswert, das Ankunftsdatum, das vereinbarte Rückgabedatum "
  "und das Zustandsprotokoll bei Ankunft. Außerdem wollen wir festhalten, ob eine Kurierbegleitung vertraglich verlangt ist – das vergisst "
  "man leider gerne bei der Planung.\n\nMit freundlichen Grüßen\nDr. A. Weiß, Registratur",
  [E("Leihgeber", ["Leihgeberin", "lender", "Institution", "Leihgebende"],
     F("Name", "text", ["Institution", "Bezeichnung"]),
     F("Ort", "text", ["Stadt", "Sitz", "city"]),
     F("Ansprechperson", "text", ["Ansprechpartner", "Kontakt", "Kontaktperson"]),
     F("E-Mail", "email", ["Mail", "E-Mail-Adresse"])),
   E("Leihgabe", ["Leihobjekt", "Objekt", "loan", "Leihe"],
     F("Leihgeber", "reference", ["lender"], target="Leihgeber"),
     F("Objekttitel", "text", ["Titel", "Objekt", "Bezeichnung"]),
     F("Versicherungswert", "money", ["Wert", "Versicherungssumme", "insurance value"], ["decimal"]),
     F("Ankunftsdatum", "date", ["Ankunft", "eingetroffen am", "arrival"]),
     F("Rückgabedatum", "date", ["Rückgabe", "vereinbarte Rückgabe", "return date"]),
     F("Zustandsprotokoll", "file", ["Zustandsbericht", "Protokoll", "condition report"]),
     F("Kurierbegleitung", "boolean", ["Kurier", "Kurier erforderlich", "courier"]))])

C("p6d38", "de",
  "Hallo,\n\nich bin Sicherheitsbeauftragte an unserem Institut (Biochemie, drei Etagen Labore) und soll das Gefahrstoffkataster "
  "endlich aus der Excel-Tabelle herausholen. Ich versuche mal zu beschreiben, wie das bei uns läuft, bin aber keine IT-Person…\n\n"
  "Es gibt die Stoffe an sich: Name, CAS-Nummer, die GHS-Piktogramme (ätzend, entzündbar, giftig, gesundheitsschädlich, umweltgefährlich, "
  "oxidierend – da können mehrere zutreffen) und das Sicherheitsdatenblatt als PDF. Und dann gibt es die tatsächlichen Gebinde, also "
  "Flaschen und Kanister: von welchem Stoff, in welchem Raum, die Menge, die Einheit (g, kg, ml oder Liter), wann geöffnet und wer dafür "
  "zuständig ist. Die Raumnummern sind einfach Text wie „B2.114“.\n\nDie Frage, die uns bei jeder Begehung gestellt wird, ist: wie viel "
  "Entzündbares steht in Raum X? Das kann im Moment niemand schnell sagen.",
  [E("Gefahrstoff", ["Stoff", "Chemikalie", "substance", "hazardous substance"],
     F("Name", "text", ["Stoffname", "Bezeichnung"]),
     F("CAS-Nummer", "text", ["CAS", "CAS-Nr."]),
     F("GHS-Piktogramme", "multi_choice", ["Piktogramme", "Gefahren", "GHS", "hazards"],
       opts=["Ätzend", "Entzündbar", "Giftig", "Gesundheitsschädlich", "Umweltgefährlich", "Oxidierend"]),
     F("Sicherheitsdatenblatt", "file", ["SDB", "SDS", "Datenblatt"])),
   E("Gebinde", ["Behälter", "Flasche", "container", "Bestand"],
     F("Gefahrstoff", "reference", ["Stoff", "Chemikalie"], target="Gefahrstoff"),
     F("Raum", "text", ["Raumnummer", "Standort", "room"], ["choice"]),
     F("Menge", "decimal", ["Füllmenge", "quantity"], ["integer"]),
     F("Einheit", "choice", ["Mengeneinheit", "unit"], opts=["g", "kg", "ml", "Liter"]),
     F("geöffnet am", "date", ["Öffnungsdatum", "Anbruch", "geöffnet"]),
     F("zuständig", "person", ["Verantwortliche", "verantwortlich", "Zuständige Person", "owner"], ["text"]))])

C("p6d39", "de",
  "Hi, ich bin Hausdame im Hotel am Markt und schreib im Namen von allen 6 Häusern der Gruppe. Die Wäscherei liefert uns 3x pro Woche "
  "und wir zählen jedesmal nach, aber auf Papier. Wir bräuchten pro Lieferung: welches Hotel, Datum, Anzahl Bettlaken, Anzahl "
  "Bettbezüge, Anzahl Handtücher, Anzahl Badetücher, und ob was reklamiert wurde (fehlt, fleckig, beschädigt) – plus wer gezählt hat. "
  "Die Hotels selber nur mit Name und Adresse, mehr braucht es nicht. Danke!!",
  [E("Hotel", ["Haus", "Betrieb", "property"],
     F("Name", "text", ["Hotelname", "Bezeichnung"]),
     F("Adresse", "text", ["Anschrift", "address"], ["long_text"])),
   E("Wäschelieferung", ["Lieferung", "Wäsche", "laundry delivery", "Anlieferung"],
     F("Hotel", "reference", ["Haus"], target="Hotel"),
     F("Datum", "date", ["Lieferdatum", "geliefert am"]),
     F("Anzahl Bettlaken", "integer", ["Bettlaken", "Laken"]),
     F("Anzahl Bettbezüge", "integer", ["Bettbezüge", "Bezüge"]),
     F("Anzahl Handtücher", "integer", ["Handtücher"]),
     F("Anzahl Badetücher", "integer", ["Badetücher"]),
     F("Reklamation", "multi_choice", ["reklamiert", "Mängel", "Beanstandung"], ["choice"],
       opts=["Fehlt", "Fleckig", "Beschädigt"]),
     F("gezählt von", "person", ["Zähler", "wer gezählt hat", "kontrolliert von"], ["text"]))])

C("p6d40", "de",
  "Liebes Team der Digitalen Dienste,\n\nwir (Programmarbeit der Stadtbibliotheken, 9 Zweigstellen) planen jedes Jahr über 600 "
  "Veranstaltungen – Lesungen, Bilderbuchkinos, Sprachcafés, Workshops. Bisher hat jede Zweigstelle ihre eigene Liste, und die Pressestelle "
  "fragt ständig, was wo stattfindet.\n\nSchön wäre: eine Liste der Zweigstellen (Name, Stadtteil) und die Veranstaltungen mit Titel, "
  "Zweigstelle, Beginn (Datum und Uhrzeit), Format (siehe oben), Zielgruppe (Kinder, Jugendliche, Erwachsene, Senioren – oft mehrere), "
  "ob eine Anmeldung nötig ist, maximale Teilnehmerzahl und das Honorar für Referent:innen, falls eins anfällt. Vielleicht noch ein "
  "kurzer Ankündigungstext für die Website.\n\nHerzliche Grüße aus der Zentralbibliothek",
  [E("Zweigstelle", ["Bibliothek", "Stadtteilbibliothek", "branch", "Standort"],
     F("Name", "text", ["Bezeichnung", "Zweigstellenname"]),
     F("Stadtteil", "text", ["Ortsteil", "Bezirk"], ["choice"])),
   E("Veranstaltung", ["Event", "Termin", "Programmpunkt"],
     F("Titel", "text", ["Name", "Veranstaltungstitel"]),
     F("Zweigstelle", "reference", ["Bibliothek", "Ort"], target="Zweigstelle"),
     F("Beginn", "datetime", ["Datum und Uhrzeit", "Datum", "Start", "Termin"]),
     F("Format", "choice", ["Art", "Veranstaltungsart", "Typ"],
       opts=["Lesung", "Bilderbuchkino", "Sprachcafé", "Workshop"]),
     F("Zielgruppe", "multi_choice", ["Zielgruppen", "Publikum", "audience"],
       opts=["Kinder", "Jugendliche", "Erwachsene", "Senioren"]),
     F("Anmeldung nötig", "boolean", ["Anmeldung", "Anmeldung erforderlich", "Anmeldepflicht"]),
     F("maximale Teilnehmerzahl", "integer", ["Teilnehmerzahl", "Plätze", "max. Teilnehmende", "Kapazität"]),
     F("Honorar", "money", ["Referentenhonorar", "Honorar Referent:innen", "Kosten"], ["decimal"]),
     F("Ankündigungstext", "long_text", ["Beschreibung", "Text", "Teaser", "Ankündigung"], ["text"], opt=True))])


if __name__ == "__main__":
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(CASES), "draft cases written")
