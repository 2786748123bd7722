#!/usr/bin/env python3
"""Builds draft.jsonl for heldout39 (lab, industrial bakery, language school, customs brokerage)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def F(name, type, aliases="", alt="", opts=None, target=None, opt=False):
    f = {"name": name, "aliases": [a for a in aliases.split("|") if a], "type": type,
         "alt_types": [a for a in alt.split(",") if a]}
    if type in ("choice", "multi_choice") or opts is not None:
        f["options"] = opts or []
    if target:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f


def E(name, aliases, *fields):
    return {"name": name, "aliases": [a for a in aliases.split("|") if a], "fields": list(fields)}


def N(lang):
    return {"en": F("notes", "long_text", "comments|remarks|note", "text", opt=True),
            "fr": F("remarques", "long_text", "notes|commentaires|observations|comments", "text", opt=True),
            "es": F("observaciones", "long_text", "notas|comentarios|notes|comments", "text", opt=True),
            "de": F("Bemerkungen", "long_text", "Notizen|Kommentar|Anmerkungen|notes|comments", "text", opt=True)}[lang]


def ST(lang, opts=None):
    return {"en": F("status", "choice", "state|stage", "", opts or [], opt=True),
            "fr": F("statut", "choice", "état|status|etat", "", opts or [], opt=True),
            "es": F("estado", "choice", "status|situación", "", opts or [], opt=True),
            "de": F("Status", "choice", "Stand|Zustand|state", "", opts or [], opt=True)}[lang]


CASES = []


def case(cid, lang, prompt, entities, notes=""):
    rels = []
    for e in entities:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                r = {"from": e["name"], "to": f["target"]}
                if r not in rels:
                    rels.append(r)
    CASES.append({"id": cid, "lang": lang, "prompt": prompt, "entities": entities, "relations": rels, "notes": notes})


LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]

# ---------------- English (16) ----------------
case("h39d01", "en",
     "chemical inventory for the lab. for every bottle: name, CAS number, which cabinet it lives in, quantity + unit, "
     "hazard class (flammable, corrosive, toxic, oxidizer), date opened and expiry date. cabinets have a room number and "
     "a type (ventilated, fire-proof, fridge).",
     [E("Chemical", "reagent|bottle|substance|chemical container|inventory item",
        F("name", "text", "chemical name|substance|product name"),
        F("CAS number", "text", "CAS|CAS no|CAS #"),
        F("cabinet", "reference", "storage|location|storage cabinet", target="Cabinet"),
        F("quantity", "decimal", "amount|qty|quantity left", "integer"),
        F("unit", "choice", "units|uom", "text", []),
        F("hazard class", "choice", "hazard|hazard category|GHS class", "multi_choice",
          ["Flammable", "Corrosive", "Toxic", "Oxidizer"]),
        F("date opened", "date", "opened on|opening date|opened"),
        F("expiry date", "date", "expires|expiration date|expiry|use by"),
        F("owner", "person", "responsible|added by", "text", opt=True),
        N("en")),
      E("Cabinet", "storage cabinet|cupboard|storage location",
        F("name", "text", "cabinet name|label|cabinet id|code", opt=True),
        F("room number", "text", "room|room no|lab room", "integer"),
        F("type", "choice", "cabinet type|kind", "", ["Ventilated", "Fire-proof", "Fridge"]))])

case("h39d02", "en",
     "Hi,\n\nCould you make something so people can book the shared instruments in our core facility (confocal, "
     "flow cytometer, the plate reader...)? Each instrument has a name, a room and whether you need training before "
     "using it. For a booking we need who, which instrument, start and end time, the project/grant code to bill and "
     "a short purpose. We charge per hour so the hourly rate of each instrument would be useful too.\n\nThanks!\nMarta",
     [E("Instrument", "equipment|machine|device|shared instrument",
        F("name", "text", "instrument name|instrument|label"),
        F("room", "text", "location|lab|room number"),
        F("training required", "boolean", "needs training|training needed|requires training|training"),
        F("hourly rate", "money", "rate|price per hour|cost per hour|hourly cost", "decimal"),
        F("contact", "person", "responsible|manager|instrument manager", "text", opt=True)),
      E("Booking", "reservation|instrument booking|slot|session",
        F("instrument", "reference", "equipment|machine", target="Instrument"),
        F("booked by", "person", "user|who|researcher|booker|requested by", "text"),
        F("start time", "datetime", "start|from|begins", "date"),
        F("end time", "datetime", "end|until|to|finishes", "date"),
        F("project code", "text", "grant code|project|grant|billing code|cost code", "choice"),
        F("purpose", "text", "reason|description|what for", "long_text"),
        F("hours", "decimal", "duration|length", opt=True),
        N("en"))])

case("h39d03", "en",
     "need a sample log for the -80 freezers, we lose tubes all the time. sample id, date colected, species (mouse, rat, "
     "human), tissue, who colected it, which box and postion in the box (A1-I9). boxes have a label, which freezer and "
     "which shelf",
     [E("Sample", "tube|specimen|sample tube",
        F("sample id", "text", "sample|id|sample code|tube id|label"),
        F("date collected", "date", "collection date|collected on|collected", "datetime"),
        F("species", "choice", "organism|animal", "text", ["Mouse", "Rat", "Human"]),
        F("tissue", "text", "tissue type|sample type|material", "choice"),
        F("collected by", "person", "collector|who collected|researcher", "text"),
        F("box", "reference", "storage box|freezer box", target="Box"),
        F("position", "text", "position in box|slot|well|box position", "choice"),
        N("en")),
      E("Box", "freezer box|storage box|rack box",
        F("label", "text", "name|box label|box name|box id"),
        F("freezer", "text", "freezer name|-80|which freezer", "choice,reference"),
        F("shelf", "text", "rack|shelf number|level", "integer,choice"))])

case("h39d04", "en",
     "Production batch record for the bread lines.\n- products: name, SKU, recipe version\n- each batch: product, "
     "batch/lot number, production date, line (Line 1, Line 2, Line 3), shift (early, late, night), units produced, "
     "oven temperature, shift supervisor\nWe need to be able to trace any lot number back in a recall.",
     [E("Product", "item|SKU|bread|article",
        F("name", "text", "product name|description"),
        F("SKU", "text", "article number|item code|product code|sku code"),
        F("recipe version", "text", "recipe|version|recipe no", "integer,decimal")),
      E("Batch", "production batch|lot|production run|batch record",
        F("product", "reference", "item|sku", target="Product"),
        F("batch number", "text", "lot number|lot|batch|batch/lot number|lot no"),
        F("production date", "date", "date|produced on|baked on|date of production", "datetime"),
        F("line", "choice", "production line|bread line", "text", ["Line 1", "Line 2", "Line 3"]),
        F("shift", "choice", "production shift", "", ["Early", "Late", "Night"]),
        F("units produced", "integer", "quantity|quantity produced|units|output|qty", "decimal"),
        F("oven temperature", "decimal", "temperature|oven temp|baking temperature", "integer,text"),
        F("supervisor", "person", "shift supervisor|shift lead|responsible", "text"),
        N("en"))],
     "Lot numbers must be traceable for recalls.")

case("h39d05", "en", "allergen matrix per product - gluten, egg, milk, nuts, sesame, soya",
     [E("Product", "item|recipe|allergen matrix entry|article",
        F("name", "text", "product name|product|description"),
        F("allergens", "multi_choice", "contains|allergen|allergen list", "",
          ["Gluten", "Egg", "Milk", "Nuts", "Sesame", "Soya"]),
        F("product code", "text", "SKU|code|article number", opt=True),
        F("may contain", "multi_choice", "traces|may contain traces|cross contamination", "text", [], opt=True),
        N("en"))])

case("h39d06", "en",
     "HACCP temperature monitoring\n* every chiller / freezer / proofer: name, location, min and max allowed temp\n"
     "* checks twice a day: which unit, date and time, reading, who checked\n* if the reading is out of range we must "
     "write what we did about it (corrective action)\nauditors ask for this every year so it has to be solid",
     [E("Unit", "chiller|fridge|freezer|equipment|cold unit|appliance|storage unit",
        F("name", "text", "unit name|unit|label"),
        F("location", "text", "area|room|where", "choice"),
        F("type", "choice", "unit type|kind", "", ["Chiller", "Freezer", "Proofer"], opt=True),
        F("min temperature", "decimal", "minimum|min temp|min allowed temp|lower limit", "integer"),
        F("max temperature", "decimal", "maximum|max temp|max allowed temp|upper limit", "integer")),
      E("Temperature check", "check|reading|temperature log|temperature reading|log entry",
        F("unit", "reference", "chiller|fridge|equipment", target="Unit"),
        F("checked at", "datetime", "date and time|date|time|when", "date"),
        F("reading", "decimal", "temperature|temp|value|measured temperature", "integer"),
        F("checked by", "person", "who checked|operator|checker", "text"),
        F("in range", "boolean", "within limits|ok|out of range|compliant|pass", "choice", opt=True),
        F("corrective action", "long_text", "action taken|what we did|action", "text"))])

case("h39d07", "en",
     "Hello - QA here. We get complaints from our retail customers (supermarket chains) and right now they sit in "
     "someone's inbox. I'd like to log: date received, which customer, which product, the lot number printed on the "
     "pack, type of complaint (foreign body, mould, underbaked, packaging, short weight), what they said, photos if "
     "they send any, and who's investigating. Status open / investigating / closed. Customers: just name and a "
     "contact email for now.",
     [E("Complaint", "customer complaint|case|complaint record",
        F("date received", "date", "received on|date|received", "datetime"),
        F("customer", "reference", "client|retailer|chain", target="Customer"),
        F("product", "text", "item|product name", "reference"),
        F("lot number", "text", "batch number|lot|batch|lot no"),
        F("complaint type", "choice", "type|category|reason", "",
          ["Foreign body", "Mould", "Underbaked", "Packaging", "Short weight"]),
        F("description", "long_text", "what they said|details|complaint|customer comment", "text"),
        F("photos", "file", "photo|pictures|images|attachment"),
        F("investigated by", "person", "investigator|assigned to|owner|who's investigating", "text"),
        F("status", "choice", "state|stage", "", ["Open", "Investigating", "Closed"]),
        F("root cause", "long_text", "cause|outcome|findings", "text", opt=True)),
      E("Customer", "client|retailer|retail customer|supermarket",
        F("name", "text", "customer name|company|chain"),
        F("contact email", "email", "email|e-mail|contact"))])

case("h39d08", "en",
     "we're a small language school and still do enrolments on paper. students: name, email, phone, native language, "
     "level (A1 to C2). courses: name, language taught (English, Spanish, German, Italian), level, start and end date, "
     "teacher, max number of students. then enrolments = which student in which course, date they signed up, whether "
     "they paid and how much",
     [E("Student", "learner|pupil|participant",
        F("name", "text", "full name|student name"),
        F("email", "email", "e-mail|email address"),
        F("phone", "phone", "phone number|mobile|telephone"),
        F("native language", "text", "mother tongue|first language|L1", "choice"),
        F("level", "choice", "current level|CEFR level", "", LEVELS)),
      E("Course", "class|course group|group",
        F("name", "text", "course name|title"),
        F("language", "choice", "language taught|target language", "", ["English", "Spanish", "German", "Italian"]),
        F("level", "choice", "CEFR level|course level", "", LEVELS),
        F("start date", "date", "starts|start|from"),
        F("end date", "date", "ends|end|until"),
        F("teacher", "person", "tutor|instructor|trainer", "text,reference"),
        F("max students", "integer", "capacity|max number of students|maximum students|places")),
      E("Enrolment", "enrollment|registration|sign-up|booking",
        F("student", "reference", "learner", target="Student"),
        F("course", "reference", "class", target="Course"),
        F("enrolment date", "date", "signed up on|date|registration date|enrollment date|sign-up date"),
        F("paid", "boolean", "has paid|payment received|paid?", "choice"),
        F("amount paid", "money", "amount|fee|price paid|how much", "decimal"))])

case("h39d09", "en",
     "placement tests, so every new student gets the written test and a short oral and then we put them in a level, "
     "at the moment the examiner writes the scores on the form and nobody can find it two weeks later when the student "
     "complains about the level lol. so: student name, test date, written score (out of 100), oral score (out of 20), "
     "level we recommend A1-C2, examiner",
     [E("Placement test", "test|test result|placement|assessment",
        F("student name", "text", "student|name|candidate", "person,reference"),
        F("test date", "date", "date|taken on", "datetime"),
        F("written score", "integer", "written|written test score|written result", "decimal"),
        F("oral score", "integer", "oral|oral test score|speaking score", "decimal"),
        F("recommended level", "choice", "level|placement level|assigned level", "", LEVELS),
        F("examiner", "person", "assessor|teacher|tested by", "text"),
        N("en"))])

case("h39d10", "en",
     "Teachers call in sick and we scramble to find cover. I want a list of teachers (name, email, which languages they "
     "can teach - English/French/German/Spanish/Chinese, hourly rate) and a cover request for each absence: absent "
     "teacher, date, which class, reason (sick, training, personal), and the teacher who covers it.",
     [E("Teacher", "tutor|instructor|staff member|trainer",
        F("name", "text", "teacher name|full name"),
        F("email", "email", "e-mail|email address"),
        F("languages", "multi_choice", "languages taught|can teach|subjects", "",
          ["English", "French", "German", "Spanish", "Chinese"]),
        F("hourly rate", "money", "rate|pay rate|rate per hour", "decimal"),
        F("phone", "phone", "mobile|phone number", opt=True)),
      E("Cover request", "absence|substitution|cover|substitute request|absence request",
        F("absent teacher", "reference", "teacher|absentee|who is absent", target="Teacher"),
        F("date", "date", "absence date|day", "datetime"),
        F("class", "text", "group|lesson|course", "reference"),
        F("reason", "choice", "absence reason|why", "", ["Sick", "Training", "Personal"]),
        F("cover teacher", "reference", "covered by|substitute|replacement|covering teacher", "person,text",
          target="Teacher"),
        ST("en", ["Open", "Covered"]))])

case("h39d11", "en",
     "Shipment files for the import desk. Client companies (name, EORI number, main contact, email). Every shipment: "
     "our file reference, the client, transport mode (sea, air, road, rail), origin country, port of entry, ETA, "
     "container or AWB number, incoterm (EXW, FOB, CIF, DAP, DDP) and where it stands (awaiting docs, declared, "
     "cleared, delivered).",
     [E("Client", "customer|importer|company|client company",
        F("name", "text", "company name|client name|company"),
        F("EORI number", "text", "EORI|EORI no"),
        F("main contact", "text", "contact|contact person|contact name", "person"),
        F("email", "email", "contact email|e-mail")),
      E("Shipment", "file|shipment file|consignment|job",
        F("file reference", "text", "reference|our reference|file number|job number|ref"),
        F("client", "reference", "customer|importer", target="Client"),
        F("transport mode", "choice", "mode|mode of transport", "", ["Sea", "Air", "Road", "Rail"]),
        F("origin country", "text", "country of origin|origin|from country", "choice"),
        F("port of entry", "text", "port|entry port|arrival port", "choice"),
        F("ETA", "date", "estimated arrival|arrival date|expected arrival", "datetime"),
        F("container or AWB number", "text", "container number|AWB number|AWB|container|transport document number"),
        F("incoterm", "choice", "incoterms|delivery terms", "", ["EXW", "FOB", "CIF", "DAP", "DDP"]),
        F("status", "choice", "where it stands|stage|state", "",
          ["Awaiting docs", "Declared", "Cleared", "Delivered"]),
        F("handled by", "person", "broker|assigned to|declarant", "text", opt=True))])

case("h39d12", "en",
     "We classify the same products for the same clients over and over. I want a library: for each client product - "
     "the client, their part number, description, HS code, country of origin, date we classified it and who did it. "
     "HS codes should be their own list with the code, description and the duty rate %, so we update the rate in one "
     "place.",
     [E("Client", "customer|importer|company",
        F("name", "text", "client name|company name|company")),
      E("Product", "client product|item|article|classification",
        F("client", "reference", "customer|importer", target="Client"),
        F("part number", "text", "client part number|article number|SKU|item number"),
        F("description", "text", "product description|goods description", "long_text"),
        F("HS code", "reference", "tariff code|commodity code|classification|hs", target="HS code"),
        F("country of origin", "text", "origin|origin country", "choice"),
        F("date classified", "date", "classified on|classification date|date"),
        F("classified by", "person", "who classified|classifier|done by", "text"),
        N("en")),
      E("HS code", "tariff code|commodity code|tariff line|customs code",
        F("code", "text", "HS code|tariff number|number"),
        F("description", "text", "heading|code description", "long_text"),
        F("duty rate", "decimal", "duty|duty rate %|rate|duty %", "text"))],
     "Duty rate maintained once per HS code.")

case("h39d13", "en",
     "container free time tracker: container no, vessel, carrier, arrival date, last free day, daily demurrage rate, "
     "date returned empty",
     [E("Container", "container tracking|free time|demurrage record|box",
        F("container number", "text", "container no|container|container id"),
        F("vessel", "text", "ship|vessel name"),
        F("carrier", "text", "shipping line|line|ocean carrier", "choice"),
        F("arrival date", "date", "arrived|ETA|discharge date|arrival", "datetime"),
        F("last free day", "date", "free time end|LFD|free until|free time expiry"),
        F("daily demurrage rate", "money", "demurrage rate|rate per day|daily rate|demurrage", "decimal"),
        F("date returned empty", "date", "returned empty|empty return date|returned on|return date"),
        F("client", "text", "customer", "reference", opt=True),
        N("en"))])

case("h39d14", "en",
     "Finance wants a register of what we pay on behalf of clients (duty, import VAT, port charges, storage) so nothing "
     "gets forgotten when we invoice. Each payment belongs to a shipment file (file number + client name). Record type, "
     "amount, date paid, whether it has been re-billed to the client yet and our invoice number when it is.",
     [E("Shipment file", "file|shipment|job|dossier",
        F("file number", "text", "file|reference|job number|file ref"),
        F("client name", "text", "client|customer", "reference")),
      E("Disbursement", "payment|outlay|payment on behalf|advance|cost",
        F("shipment file", "reference", "file|shipment|job", target="Shipment file"),
        F("type", "choice", "payment type|charge type|category", "",
          ["Duty", "Import VAT", "Port charges", "Storage"]),
        F("amount", "money", "amount paid|sum", "decimal"),
        F("date paid", "date", "paid on|payment date|date"),
        F("re-billed", "boolean", "rebilled|invoiced|billed to client|recharged", "choice"),
        F("invoice number", "text", "our invoice number|invoice no|invoice ref|invoice"),
        F("receipt", "file", "proof|proof of payment|attachment", opt=True))])

case("h39d15", "en",
     "Lab ordering. People request consumables, I order them. A request = item, supplier, catalogue number, quantity, "
     "unit price, which grant pays, who requested it, status (requested / ordered / received). Suppliers: name, "
     "website, our account number. Grants: code, funder, end date, remaining budget. Want to stop people charging "
     "expired grants.",
     [E("Order request", "request|purchase request|order|requisition",
        F("item", "text", "product|description|item name|what"),
        F("supplier", "reference", "vendor|company", target="Supplier"),
        F("catalogue number", "text", "catalog number|cat no|product code|reference"),
        F("quantity", "integer", "qty|amount|number", "decimal"),
        F("unit price", "money", "price|cost|price per unit", "decimal"),
        F("grant", "reference", "grant code|funding|paid by|budget", target="Grant"),
        F("requested by", "person", "requester|who|requestor", "text"),
        F("status", "choice", "state|stage", "", ["Requested", "Ordered", "Received"]),
        F("total", "money", "total price|total cost", "decimal", opt=True)),
      E("Supplier", "vendor|company|distributor",
        F("name", "text", "supplier name|company"),
        F("website", "url", "web site|url|link|site"),
        F("account number", "text", "our account number|customer number|account|account no")),
      E("Grant", "funding|budget|project|grant code",
        F("code", "text", "grant code|reference|number"),
        F("funder", "text", "funding body|sponsor|agency", "choice"),
        F("end date", "date", "expires|expiry|ends|end"),
        F("remaining budget", "money", "budget|remaining|balance|budget left", "decimal"))],
     "Block or warn when a request charges a grant past its end date.")

case("h39d16", "en",
     "attendance register pls\n\ngroups: name, level, teacher, room\nstudents: name, group, email\nthen every lesson the "
     "teacher marks each student present, absent, late or excused\n\nvisa students need 80% attendance so we have to "
     "be able to prove it",
     [E("Group", "class|course|course group",
        F("name", "text", "group name|class name"),
        F("level", "choice", "CEFR level", "text", []),
        F("teacher", "person", "tutor|instructor", "text"),
        F("room", "text", "classroom|location", "choice")),
      E("Student", "learner|pupil",
        F("name", "text", "full name|student name"),
        F("group", "reference", "class|course", target="Group"),
        F("email", "email", "e-mail|email address"),
        F("visa student", "boolean", "visa|needs visa|student visa", opt=True)),
      E("Attendance", "attendance record|register entry|presence|mark",
        F("student", "reference", "learner|pupil", target="Student"),
        F("date", "date", "lesson date|lesson|day", "datetime"),
        F("attendance", "choice", "status|mark|present|presence", "",
          ["Present", "Absent", "Late", "Excused"]),
        F("marked by", "person", "teacher|recorded by", "text", opt=True),
        F("group", "reference", "class|lesson group", target="Group", opt=True))],
     "Visa students need 80% attendance; report attendance rate per student.")

# ---------------- French (8) ----------------
case("h39d17", "fr",
     "plan de nettoyage pour l'atelier : chaque equipement (petrin, diviseuse, four, ligne d'emballage) avec son nom "
     "et sa zone. a chaque nettoyage on note l'equipement, la date et l'heure, qui l'a fait, le produit utilise, et le "
     "chef d'equipe qui verifie si c'est conforme ou pas",
     [E("Équipement", "equipement|machine|appareil|equipment",
        F("nom", "text", "name|nom de l'équipement|libellé"),
        F("zone", "choice", "area|secteur|emplacement|atelier", "text", []),
        F("type", "choice", "catégorie|type d'équipement", "text",
          ["Pétrin", "Diviseuse", "Four", "Ligne d'emballage"], opt=True)),
      E("Nettoyage", "nettoyage effectué|passage|cleaning|enregistrement de nettoyage",
        F("équipement", "reference", "equipement|machine|equipment", target="Équipement"),
        F("date et heure", "datetime", "date|heure|quand|date heure", "date"),
        F("effectué par", "person", "fait par|opérateur|qui|nettoyé par", "text"),
        F("produit utilisé", "text", "produit|détergent|produit de nettoyage", "choice"),
        F("vérifié par", "person", "chef d'équipe|contrôlé par|vérificateur|verifie par", "text"),
        F("conforme", "boolean", "conformité|résultat|ok|validé", "choice"),
        N("fr"))])

case("h39d18", "fr",
     "Bonjour,\nil nous faut un registre de réception des matières premières. Pour chaque livraison : le fournisseur, "
     "la date, la matière (farine, beurre, levure, sucre…), le numéro de lot, la quantité en kg, la température à "
     "réception pour le frais, la DLUO, et si on a accepté ou refusé la livraison. Pour les fournisseurs juste le nom, "
     "le contact et le téléphone.\nMerci",
     [E("Réception", "livraison|réception matière|entrée|delivery|goods receipt",
        F("fournisseur", "reference", "supplier|livreur", target="Fournisseur"),
        F("date", "date", "date de réception|reçu le|date de livraison", "datetime"),
        F("matière", "text", "matière première|produit|ingrédient|article|raw material", "choice"),
        F("numéro de lot", "text", "lot|n° de lot|numero de lot|batch number"),
        F("quantité", "decimal", "quantité en kg|poids|kg|quantity", "integer"),
        F("température à réception", "decimal", "température|temp|temperature"),
        F("DLUO", "date", "DDM|date limite|date de péremption|best before"),
        F("décision", "choice", "accepté|acceptée|accepté ou refusé|statut|résultat|conformité", "boolean",
          ["Acceptée", "Refusée"]),
        F("motif de refus", "text", "raison|motif", "long_text", opt=True),
        F("réceptionné par", "person", "reçu par|opérateur", "text", opt=True)),
      E("Fournisseur", "supplier|vendeur|fournisseurs",
        F("nom", "text", "raison sociale|name|nom du fournisseur"),
        F("contact", "text", "personne de contact|interlocuteur|contact name", "person"),
        F("téléphone", "phone", "tel|telephone|numéro de téléphone|phone"))])

case("h39d19", "fr",
     "Nous organisons des sessions de français pour adultes (souvent financées par l'employeur ou le CPF). Je voudrais "
     "suivre les stagiaires : nom, prénom, email, téléphone, entreprise, mode de financement (CPF, entreprise, "
     "personnel) et la session à laquelle ils sont inscrits. Une session = niveau (A1 à C1), date de début, date de "
     "fin, créneau (matin, soir, samedi) et formateur.",
     [E("Stagiaire", "apprenant|participant|élève|inscrit|learner|trainee",
        F("nom", "text", "nom de famille|last name|name"),
        F("prénom", "text", "first name|prenom"),
        F("email", "email", "e-mail|courriel|adresse mail"),
        F("téléphone", "phone", "tel|portable|phone"),
        F("entreprise", "text", "employeur|société|company"),
        F("financement", "choice", "mode de financement|financeur|funding", "",
          ["CPF", "Entreprise", "Personnel"]),
        F("session", "reference", "session de formation|cours|groupe", target="Session")),
      E("Session", "session de formation|cours|groupe|formation|course",
        F("niveau", "choice", "level|niveau CECRL", "", ["A1", "A2", "B1", "B2", "C1"]),
        F("date de début", "date", "début|commence le|start date"),
        F("date de fin", "date", "fin|termine le|end date"),
        F("créneau", "choice", "horaire|plage horaire|moment|slot", "", ["Matin", "Soir", "Samedi"]),
        F("formateur", "person", "formatrice|professeur|enseignant|prof|teacher", "text"),
        F("nom", "text", "intitulé|code|name", opt=True))])

case("h39d20", "fr",
     "pret de manuels aux eleves : titre, niveau, ISBN, nombre d'exemplaires ; et pour chaque pret le manuel, l'eleve, "
     "la date du pret, la date de retour prevue et s'il a ete rendu",
     [E("Manuel", "livre|manuel scolaire|ouvrage|textbook|book",
        F("titre", "text", "title|nom|intitulé"),
        F("niveau", "choice", "level", "text", []),
        F("ISBN", "text", "code ISBN|isbn13"),
        F("nombre d'exemplaires", "integer", "exemplaires|stock|quantité|copies")),
      E("Prêt", "pret|emprunt|loan",
        F("manuel", "reference", "livre|ouvrage", target="Manuel"),
        F("élève", "text", "eleve|emprunteur|apprenant|étudiant|student", "person,reference"),
        F("date du prêt", "date", "date de pret|prêté le|date d'emprunt"),
        F("date de retour prévue", "date", "retour prévu|à rendre le|date de retour|échéance"),
        F("rendu", "boolean", "retourné|rendu ?|restitué|returned", "choice"),
        N("fr"))])

case("h39d21", "fr",
     "Suivi des déclarations en douane.\n- Clients : raison sociale, numéro EORI, SIRET\n- Dossiers : numéro de "
     "dossier, client, type (import, export, transit), MRN, date de dépôt, régime douanier, montant des droits et "
     "taxes, statut (en préparation, déposée, bon à enlever, contrôle)\nOn veut aussi savoir quel déclarant s'en "
     "occupe.",
     [E("Client", "importateur|société|customer|entreprise",
        F("raison sociale", "text", "nom|société|company name|nom du client"),
        F("numéro EORI", "text", "EORI|n° EORI|numero EORI"),
        F("SIRET", "text", "numéro SIRET|n° SIRET")),
      E("Dossier", "déclaration|déclaration en douane|dossier douane|declaration",
        F("numéro de dossier", "text", "numéro|référence|n° dossier|file number"),
        F("client", "reference", "importateur|société", target="Client"),
        F("type", "choice", "type de déclaration|flux", "", ["Import", "Export", "Transit"]),
        F("MRN", "text", "numéro MRN|n° MRN"),
        F("date de dépôt", "date", "déposée le|date de déclaration|date", "datetime"),
        F("régime douanier", "text", "régime|procédure|code régime", "choice"),
        F("montant des droits et taxes", "money", "droits et taxes|montant|droits|taxes|duties", "decimal"),
        F("statut", "choice", "état|status|etat", "", ["En préparation", "Déposée", "Bon à enlever", "Contrôle"]),
        F("déclarant", "person", "responsable|géré par|agent|declarant", "text"))])

case("h39d22", "fr",
     "On passe un temps fou à relancer les clients pour les documents manquants. Je voudrais : pour chaque dossier "
     "(numéro + client), la liste des documents qu'on attend — type (facture commerciale, liste de colisage, "
     "certificat d'origine, connaissement), date de la demande, date de réception, et qui a fait la relance. Idéalement "
     "une alerte si rien reçu après 3 jours.",
     [E("Dossier", "dossier client|expédition|shipment|file",
        F("numéro", "text", "numéro de dossier|référence|n° dossier"),
        F("client", "text", "nom du client|importateur", "reference")),
      E("Document", "document attendu|document manquant|pièce|pièce justificative|relance",
        F("dossier", "reference", "expédition|file", target="Dossier"),
        F("type", "choice", "type de document|document", "",
          ["Facture commerciale", "Liste de colisage", "Certificat d'origine", "Connaissement"]),
        F("date de demande", "date", "demandé le|date de la demande|date demande"),
        F("date de réception", "date", "reçu le|date reception|réception"),
        F("relancé par", "person", "relance faite par|responsable|qui a relancé|relance par", "text"),
        F("reçu", "boolean", "statut|document reçu", "choice", opt=True),
        F("fichier", "file", "document|pièce jointe|scan", opt=True))],
     "Alert when a document is still not received 3 days after the request.")

case("h39d23", "fr",
     "Registre des formations sécurité du labo. Membres : nom, statut (doctorant, postdoc, ingénieur, stagiaire), "
     "email, date d'arrivée. Formations : intitulé et durée de validité en mois (ex. risque chimique 36 mois, "
     "radioprotection 12). Puis qui a suivi quelle formation, quand, avec l'attestation en PDF.",
     [E("Membre", "membre du labo|personnel|chercheur|personne|member",
        F("nom", "text", "nom complet|name|prénom nom"),
        F("statut", "choice", "poste|fonction|catégorie|status", "",
          ["Doctorant", "Postdoc", "Ingénieur", "Stagiaire"]),
        F("email", "email", "e-mail|courriel|mail"),
        F("date d'arrivée", "date", "arrivée|date d'entrée|arrivé le|start date")),
      E("Formation", "formation sécurité|type de formation|training",
        F("intitulé", "text", "nom|titre|libellé|name"),
        F("durée de validité", "integer", "validité|validité en mois|durée|mois de validité")),
      E("Formation suivie", "participation|suivi|attestation|session suivie|inscription|training record",
        F("membre", "reference", "personne|stagiaire|participant", target="Membre"),
        F("formation", "reference", "training|intitulé", target="Formation"),
        F("date", "date", "suivie le|date de la formation|date de suivi"),
        F("attestation", "file", "certificat|PDF|justificatif"),
        F("date d'expiration", "date", "expire le|valable jusqu'au|fin de validité", opt=True))],
     "Expiry = date + validity months; remind before expiry.")

case("h39d24", "fr", "cahier de manip en ligne : date, protocole, qui, résultats, fichiers joints",
     [E("Expérience", "manip|manipulation|entrée|expérimentation|experiment|entrée du cahier",
        F("date", "date", "jour|date de la manip", "datetime"),
        F("protocole", "text", "méthode|protocol|procédure", "long_text"),
        F("qui", "person", "expérimentateur|auteur|réalisé par|opérateur|responsable", "text"),
        F("résultats", "long_text", "résultat|observations|results", "text"),
        F("fichiers joints", "file", "fichiers|pièces jointes|fichier|données|attachments"),
        F("titre", "text", "objet|nom|intitulé", opt=True),
        F("projet", "text", "project", "choice", opt=True))])

# ---------------- Spanish (8) ----------------
case("h39d25", "es",
     "Hola! Repartimos pan a tiendas y bares y los pedidos nos llegan por WhatsApp, un caos. Quiero: clientes con "
     "nombre, dirección, teléfono y ruta de reparto (Norte, Centro, Sur). Cada pedido de un cliente con fecha de "
     "entrega, turno (mañana o tarde) y estado (pendiente, preparado, entregado), y las líneas del pedido: producto y "
     "cantidad.",
     [E("Cliente", "tienda|bar|establecimiento|customer",
        F("nombre", "text", "nombre del cliente|razón social|name"),
        F("dirección", "text", "direccion|domicilio|address", "long_text"),
        F("teléfono", "phone", "telefono|móvil|whatsapp|phone"),
        F("ruta de reparto", "choice", "ruta|zona|route", "", ["Norte", "Centro", "Sur"])),
      E("Pedido", "encargo|order",
        F("cliente", "reference", "tienda|bar", target="Cliente"),
        F("fecha de entrega", "date", "entrega|fecha|día de entrega|delivery date"),
        F("turno", "choice", "turno de reparto|franja|horario", "", ["Mañana", "Tarde"]),
        F("estado", "choice", "status|situación", "", ["Pendiente", "Preparado", "Entregado"]),
        N("es")),
      E("Línea de pedido", "línea|linea|detalle|artículo del pedido|order line",
        F("pedido", "reference", "encargo|order", target="Pedido"),
        F("producto", "text", "artículo|pan|product", "reference,choice"),
        F("cantidad", "integer", "unidades|cantidad pedida|quantity", "decimal"))])

case("h39d26", "es",
     "registro de averias de las maquinas de la linea: maquina (nombre, linea, fabricante), y cada averia con fecha y "
     "hora, descripcion, si paro la linea, cuantos minutos de parada, tecnico que la arreglo y si ya esta reparada",
     [E("Máquina", "maquina|equipo|machine",
        F("nombre", "text", "name|nombre de la máquina|máquina"),
        F("línea", "choice", "linea|línea de producción|line", "text", []),
        F("fabricante", "text", "marca|proveedor|manufacturer")),
      E("Avería", "averia|incidencia|fallo|parte de avería|breakdown",
        F("máquina", "reference", "maquina|equipo", target="Máquina"),
        F("fecha y hora", "datetime", "fecha|hora|cuándo", "date"),
        F("descripción", "long_text", "descripcion|qué pasó|detalle|problema", "text"),
        F("paró la línea", "boolean", "paro la linea|parada de línea|línea parada|parada", "choice"),
        F("minutos de parada", "integer", "minutos|tiempo de parada|duración parada|downtime", "decimal"),
        F("técnico", "person", "tecnico|reparado por|mecánico|técnico que la arregló", "text"),
        F("reparada", "boolean", "reparado|estado|arreglada|ya está reparada", "choice"),
        F("causa", "text", "causa raíz|motivo", "long_text", opt=True))])

case("h39d27", "es",
     "Necesito controlar las horas de los profes para pagarles a fin de mes.\n- Profesores: nombre, email, idiomas que "
     "dan (inglés, francés, alemán, chino), tarifa por hora\n- Cada registro: profesor, fecha, horas, grupo, tipo "
     "(clase, preparación, examen)\nY que se pueda ver el total por profesor y mes.",
     [E("Profesor", "profesora|docente|profe|teacher",
        F("nombre", "text", "nombre completo|name"),
        F("email", "email", "correo|correo electrónico|e-mail"),
        F("idiomas", "multi_choice", "idiomas que da|lenguas|languages", "",
          ["Inglés", "Francés", "Alemán", "Chino"]),
        F("tarifa por hora", "money", "tarifa|precio hora|hourly rate", "decimal")),
      E("Registro de horas", "registro|horas|parte de horas|hoja de horas|timesheet",
        F("profesor", "reference", "profe|docente", target="Profesor"),
        F("fecha", "date", "día|date"),
        F("horas", "decimal", "número de horas|duración|hours", "integer"),
        F("grupo", "text", "clase|curso|group", "reference,choice"),
        F("tipo", "choice", "tipo de hora|concepto|type", "", ["Clase", "Preparación", "Examen"]),
        F("importe", "money", "total|a pagar", "decimal", opt=True))],
     "Totals per teacher and month.")

case("h39d28", "es",
     "Somos centro examinador DELE. Tenemos candidatos (nombre, pasaporte o DNI, fecha de nacimiento, email), "
     "convocatorias (nivel A1-C2, fecha del examen, tasa) y las inscripciones de cada candidato a una convocatoria, "
     "con si ha pagado y el resultado (apto / no apto / no presentado).",
     [E("Candidato", "candidata|alumno|examinando|candidate",
        F("nombre", "text", "nombre completo|name"),
        F("documento", "text", "pasaporte|DNI|pasaporte o DNI|documento de identidad|número de documento"),
        F("fecha de nacimiento", "date", "nacimiento|fecha nacimiento|date of birth"),
        F("email", "email", "correo|correo electrónico|e-mail"),
        F("nacionalidad", "text", "país", "choice", opt=True)),
      E("Convocatoria", "examen|sesión de examen|exam session|fecha de examen",
        F("nivel", "choice", "level", "", LEVELS),
        F("fecha del examen", "date", "fecha|fecha examen|día del examen"),
        F("tasa", "money", "precio|importe|tasa de inscripción|fee", "decimal")),
      E("Inscripción", "inscripcion|matrícula|registro|registration",
        F("candidato", "reference", "candidata|alumno", target="Candidato"),
        F("convocatoria", "reference", "examen|sesión", target="Convocatoria"),
        F("pagado", "boolean", "ha pagado|pago|pagada", "choice"),
        F("resultado", "choice", "calificación|nota|result", "", ["Apto", "No apto", "No presentado"]))])

case("h39d29", "es",
     "cotizaciones de flete: cliente, origen, destino, modo (maritimo, aereo, terrestre), peso en kg, volumen m3, "
     "precio, valida hasta y estado enviada/aceptada/rechazada",
     [E("Cotización", "cotizacion|oferta|presupuesto|quote",
        F("cliente", "text", "customer|empresa", "reference"),
        F("origen", "text", "ciudad de origen|puerto de origen|from", "choice"),
        F("destino", "text", "ciudad de destino|puerto de destino|to", "choice"),
        F("modo", "choice", "modo de transporte|transporte|mode", "", ["Marítimo", "Aéreo", "Terrestre"]),
        F("peso", "decimal", "peso en kg|kg|weight", "integer"),
        F("volumen", "decimal", "volumen m3|m3|volume", "integer"),
        F("precio", "money", "importe|tarifa|flete|price", "decimal"),
        F("válida hasta", "date", "valida hasta|validez|vence|fecha de validez"),
        F("estado", "choice", "status|situación", "", ["Enviada", "Aceptada", "Rechazada"]),
        F("comercial", "person", "preparada por|responsable", "text", opt=True))])

case("h39d30", "es",
     "Buenas, en la agencia de aduanas cada vez que aduana marca una inspección hay que coordinar con el puerto. "
     "Queremos llevar: el expediente (número, cliente, contenedor) y por cada inspección: fecha, tipo (documental, "
     "física, rayos X), agente nuestro que va, resultado y el coste que nos cobra la terminal. Un expediente puede "
     "tener varias inspecciones.",
     [E("Expediente", "dossier|operación|envío|file",
        F("número", "text", "número de expediente|referencia|nº expediente"),
        F("cliente", "text", "importador|customer", "reference"),
        F("contenedor", "text", "número de contenedor|container")),
      E("Inspección", "inspeccion|despacho|control|reconocimiento|inspection",
        F("expediente", "reference", "dossier|operación", target="Expediente"),
        F("fecha", "date", "día|fecha de inspección", "datetime"),
        F("tipo", "choice", "tipo de inspección|canal", "", ["Documental", "Física", "Rayos X"]),
        F("agente", "person", "agente asignado|quién va|responsable|despachante", "text"),
        F("resultado", "text", "resultado de la inspección|resolución", "long_text,choice"),
        F("coste", "money", "costo|importe|coste terminal|cargo", "decimal"))])

case("h39d31", "es",
     "inventario de anticuerpos del laboratorio. de cada anticuerpo: nombre, diana, especie en la que se hizo (raton, "
     "conejo, cabra), proveedor, referencia de catalogo, dilucion recomendada, en que congelador esta y fecha de "
     "apertura. los congeladores tienen nombre, ubicacion y temperatura (-20 o -80)",
     [E("Anticuerpo", "anticuerpos|reactivo|antibody",
        F("nombre", "text", "name|nombre del anticuerpo"),
        F("diana", "text", "antígeno|target|proteína diana"),
        F("especie huésped", "choice", "especie|huésped|host|host species", "", ["Ratón", "Conejo", "Cabra"]),
        F("proveedor", "text", "casa comercial|fabricante|supplier", "choice,reference"),
        F("referencia de catálogo", "text", "referencia|catálogo|nº catálogo|catalog number"),
        F("dilución", "text", "dilución recomendada|dilucion|dilution"),
        F("congelador", "reference", "nevera|freezer|ubicación", target="Congelador"),
        F("fecha de apertura", "date", "abierto el|apertura|fecha apertura"),
        F("lote", "text", "número de lote", opt=True)),
      E("Congelador", "congeladores|nevera|freezer",
        F("nombre", "text", "name|identificador"),
        F("ubicación", "text", "ubicacion|sala|laboratorio|location", "choice"),
        F("temperatura", "choice", "temp|temperature", "integer,decimal,text", ["-20", "-80"]))])

case("h39d32", "es",
     "Residuos peligrosos: cada contenedor tiene un código, tipo de residuo (químico, biológico, cortopunzante, "
     "radiactivo), laboratorio, fecha en que se abrió y si está lleno. La empresa gestora viene a recogerlos: fecha de "
     "recogida, qué contenedor, empresa, peso en kg y el albarán escaneado.",
     [E("Contenedor", "contenedor de residuos|bidón|recipiente|container",
        F("código", "text", "codigo|identificador|code|etiqueta"),
        F("tipo de residuo", "choice", "tipo|residuo|waste type", "",
          ["Químico", "Biológico", "Cortopunzante", "Radiactivo"]),
        F("laboratorio", "text", "lab|sala|ubicación", "choice"),
        F("fecha de apertura", "date", "abierto el|apertura|fecha en que se abrió"),
        F("lleno", "boolean", "está lleno|completo|estado", "choice")),
      E("Recogida", "retirada|recogida de residuos|collection",
        F("contenedor", "reference", "recipiente|bidón", target="Contenedor"),
        F("fecha de recogida", "date", "fecha|recogido el", "datetime"),
        F("empresa", "text", "empresa gestora|gestor|transportista", "choice"),
        F("peso", "decimal", "peso en kg|kg|weight", "integer"),
        F("albarán", "file", "albaran|documento|albarán escaneado|justificante"))])

# ---------------- German (8) ----------------
case("h39d33", "de",
     "Wir brauchen eine Rezeptverwaltung für die Backstube. Rezepte: Name, Version, Backzeit in Minuten, "
     "Backtemperatur, freigegeben ja/nein. Zutaten: Name und welche Allergene drin sind (Gluten, Ei, Milch, Nüsse, "
     "Sesam, Soja). Und pro Rezept die Zutatenliste mit Menge und Einheit (g, kg, Liter, Stück).",
     [E("Rezept", "Rezeptur|Backrezept|recipe",
        F("Name", "text", "Rezeptname|Bezeichnung|name"),
        F("Version", "text", "Versionsnummer|Stand", "integer,decimal"),
        F("Backzeit", "integer", "Backzeit in Minuten|Minuten|Backdauer|baking time", "decimal"),
        F("Backtemperatur", "integer", "Temperatur|Ofentemperatur|temperature", "decimal,text"),
        F("freigegeben", "boolean", "Freigabe|freigegeben ja/nein|approved", "choice")),
      E("Zutat", "Rohstoff|Zutaten|ingredient",
        F("Name", "text", "Bezeichnung|Zutatenname|name"),
        F("Allergene", "multi_choice", "Allergen|enthält|allergens", "",
          ["Gluten", "Ei", "Milch", "Nüsse", "Sesam", "Soja"])),
      E("Rezeptzeile", "Zutatenliste|Rezeptposition|Position|Rezeptzutat|Zeile|recipe line",
        F("Rezept", "reference", "recipe", target="Rezept"),
        F("Zutat", "reference", "Rohstoff|ingredient", target="Zutat"),
        F("Menge", "decimal", "Anzahl|quantity", "integer"),
        F("Einheit", "choice", "unit|Mengeneinheit", "", ["g", "kg", "Liter", "Stück"]))])

case("h39d34", "de",
     "Schichtplan fuer die Produktion. Mitarbeiter mit Name, Abteilung (Teigmacherei, Ofen, Verpackung, Versand) und "
     "Handynummer. Dann pro Tag wer welche Schicht hat (Frueh, Spaet, Nacht) und an welcher Linie",
     [E("Mitarbeiter", "Mitarbeiterin|Beschäftigter|Person|employee",
        F("Name", "text", "Vollständiger Name|name"),
        F("Abteilung", "choice", "Bereich|department", "", ["Teigmacherei", "Ofen", "Verpackung", "Versand"]),
        F("Handynummer", "phone", "Handy|Telefon|Mobilnummer|Telefonnummer")),
      E("Schicht", "Schichteinteilung|Einsatz|Dienst|Schichtplan|shift",
        F("Mitarbeiter", "reference", "wer|Person|employee", target="Mitarbeiter"),
        F("Datum", "date", "Tag|date"),
        F("Schicht", "choice", "Schichtart|Schichttyp|shift", "", ["Früh", "Spät", "Nacht"]),
        F("Linie", "choice", "Produktionslinie|line", "text", []),
        N("de"))])

case("h39d35", "de",
     "Ausschussprotokoll: Datum, Produkt, Menge, Grund (verbrannt, Formfehler, zu klein, Verpackungsfehler), Linie und "
     "wer's eingetragen hat.",
     [E("Ausschuss", "Ausschussmeldung|Ausschussprotokoll|Eintrag|Verlust|waste|scrap",
        F("Datum", "date", "Tag|date", "datetime"),
        F("Produkt", "text", "Artikel|product", "reference,choice"),
        F("Menge", "integer", "Stück|Anzahl|quantity|Menge in kg", "decimal"),
        F("Grund", "choice", "Ursache|Ausschussgrund|reason", "",
          ["Verbrannt", "Formfehler", "Zu klein", "Verpackungsfehler"]),
        F("Linie", "choice", "Produktionslinie|line", "text", []),
        F("eingetragen von", "person", "erfasst von|Mitarbeiter|wer|gemeldet von", "text"),
        N("de"))])

case("h39d36", "de",
     "Hallo zusammen,\nam Ende jedes Kurses füllen die Teilnehmenden einen Bewertungsbogen aus. Ich hätte das gern "
     "digital: Kurs (Kursname, Lehrkraft, Niveau), und pro Bewertung der Kurs, Datum, Note von 1 bis 5, ein Kommentar "
     "und ob die Bewertung anonym ist.\nLG Sabine",
     [E("Kurs", "Sprachkurs|Kurse|course",
        F("Kursname", "text", "Name|Bezeichnung|Titel|course name"),
        F("Lehrkraft", "person", "Lehrer|Lehrerin|Dozent|Kursleitung|teacher", "text"),
        F("Niveau", "choice", "Stufe|Level|Sprachniveau", "text", [])),
      E("Bewertung", "Feedback|Kursbewertung|Evaluation|Bewertungsbogen",
        F("Kurs", "reference", "Sprachkurs|course", target="Kurs"),
        F("Datum", "date", "date|Bewertungsdatum"),
        F("Note", "integer", "Bewertung|Punkte|Sterne|rating|score", "choice,decimal"),
        F("Kommentar", "long_text", "Kommentare|Anmerkung|Freitext|comment", "text"),
        F("anonym", "boolean", "anonym?|anonyme Bewertung|anonymous", "choice"),
        F("Teilnehmer", "text", "Name|Teilnehmende", "person", opt=True))])

case("h39d37", "de",
     "Zertifikate für unsere Kursteilnehmer:\n- Teilnehmer: Name, Geburtsdatum, E-Mail\n- Zertifikat: für wen, "
     "Niveau (A1–C2), Ausstellungsdatum, Zertifikatsnummer, Anzahl Unterrichtseinheiten, PDF, wer unterschrieben hat",
     [E("Teilnehmer", "Teilnehmerin|Kursteilnehmer|Schüler|Lernender|participant",
        F("Name", "text", "Vollständiger Name|name"),
        F("Geburtsdatum", "date", "geboren am|date of birth"),
        F("E-Mail", "email", "Email|Mail|E-Mail-Adresse")),
      E("Zertifikat", "Bescheinigung|Urkunde|certificate",
        F("Teilnehmer", "reference", "für wen|Inhaber|participant", target="Teilnehmer"),
        F("Niveau", "choice", "Stufe|Level|Sprachniveau", "", LEVELS),
        F("Ausstellungsdatum", "date", "ausgestellt am|Datum|issue date"),
        F("Zertifikatsnummer", "text", "Nummer|Zertifikat-Nr|certificate number"),
        F("Unterrichtseinheiten", "integer", "Anzahl Unterrichtseinheiten|UE|Stunden|lessons"),
        F("PDF", "file", "Datei|Dokument|Zertifikat PDF|Anhang"),
        F("unterschrieben von", "person", "Unterschrift|unterzeichnet von|signed by", "text"))])

case("h39d38", "de",
     "Für die Präferenzkalkulation brauchen wir die Lieferantenerklärungen unserer Mandanten-Lieferanten im Griff. "
     "Lieferant: Name, Land, Ansprechpartner, E-Mail. Erklärung: welcher Lieferant, Art (Einzel- oder "
     "Langzeit-Lieferantenerklärung), gültig von, gültig bis, das Dokument, und ob sie geprüft wurde. Vier Wochen vor "
     "Ablauf soll jemand erinnert werden.",
     [E("Lieferant", "Zulieferer|Lieferanten|supplier",
        F("Name", "text", "Firmenname|Firma|name"),
        F("Land", "text", "Herkunftsland|country", "choice"),
        F("Ansprechpartner", "text", "Kontakt|Kontaktperson|contact", "person"),
        F("E-Mail", "email", "Email|Mail|E-Mail-Adresse")),
      E("Lieferantenerklärung", "Erklärung|LE|Langzeit-Lieferantenerklärung|supplier declaration",
        F("Lieferant", "reference", "Zulieferer|supplier", target="Lieferant"),
        F("Art", "choice", "Typ|Erklärungsart|type", "", ["Einzel", "Langzeit"]),
        F("gültig von", "date", "gültig ab|Beginn|valid from"),
        F("gültig bis", "date", "Ablaufdatum|Ende|läuft ab|valid until"),
        F("Dokument", "file", "Datei|PDF|Scan|document"),
        F("geprüft", "boolean", "Prüfung|geprüft?|kontrolliert|checked", "choice"),
        F("geprüft von", "person", "Prüfer", "text", opt=True))],
     "Reminder four weeks before 'gültig bis'.")

case("h39d39", "de",
     "Luftfracht-Sendungen: AWB-Nummer, Kunde, Abflughafen, Zielflughafen, Gewicht (kg), Anzahl Packstücke, "
     "Abflugdatum, Status (gebucht, abgeflogen, angekommen, verzollt, zugestellt). Kunden mit Firmenname, Kundennummer "
     "und E-Mail bitte als eigene Liste.",
     [E("Sendung", "Luftfrachtsendung|Shipment|Auftrag|Luftfracht",
        F("AWB-Nummer", "text", "AWB|Luftfrachtbrief|Frachtbriefnummer|air waybill"),
        F("Kunde", "reference", "Auftraggeber|customer", target="Kunde"),
        F("Abflughafen", "text", "Abgangsflughafen|von|origin", "choice"),
        F("Zielflughafen", "text", "Bestimmungsflughafen|nach|destination", "choice"),
        F("Gewicht", "decimal", "Gewicht (kg)|kg|weight", "integer"),
        F("Anzahl Packstücke", "integer", "Packstücke|Colli|Stückzahl|pieces"),
        F("Abflugdatum", "date", "Abflug|Flugdatum|departure", "datetime"),
        F("Status", "choice", "Stand|state", "",
          ["Gebucht", "Abgeflogen", "Angekommen", "Verzollt", "Zugestellt"]),
        F("Flugnummer", "text", "Flug", opt=True)),
      E("Kunde", "Kunden|Firma|customer|Auftraggeber",
        F("Firmenname", "text", "Name|Firma|company name"),
        F("Kundennummer", "text", "Kunden-Nr|Nummer|customer number", "integer"),
        F("E-Mail", "email", "Email|Mail|E-Mail-Adresse"))])

case("h39d40", "de",
     "Geraete im Labor muessen regelmaessig kalibriert werden (Waagen, Pipetten, pH-Meter). Pro Geraet: Bezeichnung, "
     "Inventarnummer, Raum, Hersteller, Kalibrierintervall in Monaten. Pro Kalibrierung: Geraet, Datum, wer (oft "
     "externe Firma), Ergebnis bestanden/nicht bestanden, Zertifikat, naechste Kalibrierung faellig am.",
     [E("Gerät", "Geraet|Messgerät|Instrument|device|equipment",
        F("Bezeichnung", "text", "Name|Gerätename|name"),
        F("Inventarnummer", "text", "Inventar-Nr|Inventarnr|asset number"),
        F("Raum", "text", "Labor|Standort|room", "choice"),
        F("Hersteller", "text", "Marke|Fabrikat|manufacturer"),
        F("Kalibrierintervall", "integer", "Intervall|Kalibrierintervall in Monaten|Monate|interval"),
        F("Geräteart", "choice", "Typ|Art|Kategorie", "text", ["Waage", "Pipette", "pH-Meter"], opt=True)),
      E("Kalibrierung", "Kalibrierungen|Prüfung|Kalibriernachweis|calibration",
        F("Gerät", "reference", "Geraet|Messgerät|device", target="Gerät"),
        F("Datum", "date", "Kalibrierdatum|kalibriert am|date"),
        F("durchgeführt von", "text", "wer|Firma|Dienstleister|Prüfer|performed by", "person"),
        F("Ergebnis", "choice", "Resultat|bestanden|result", "boolean", ["Bestanden", "Nicht bestanden"]),
        F("Zertifikat", "file", "Kalibrierschein|Nachweis|Dokument|certificate"),
        F("nächste Kalibrierung", "date", "fällig am|naechste Kalibrierung|nächste Kalibrierung fällig|next due"))])

assert len(CASES) == 40, len(CASES)
with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print("wrote", len(CASES))
