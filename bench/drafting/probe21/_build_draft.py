import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def A(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []

def F(name, aliases, type, alt="", options=None, target=None, opt=False):
    f = {"name": name, "aliases": A(aliases), "type": type, "alt_types": A(alt)}
    if options is not None:
        f["options"] = options
    if target:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f

def E(name, aliases, *fields):
    return {"name": name, "aliases": A(aliases), "fields": list(fields)}

NOTES = {"en": F("notes", "comments|remarks|note", "long_text", "text", opt=True),
         "fr": F("remarques", "notes|commentaires|observations|comments", "long_text", "text", opt=True),
         "es": F("notas", "observaciones|comentarios|notes|comments", "long_text", "text", opt=True),
         "de": F("Notizen", "Bemerkungen|Anmerkungen|Kommentar|notes|comments", "long_text", "text", opt=True)}

cases = []
def C(id, lang, prompt, entities, notes=""):
    rels = []
    for e in entities:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                rels.append({"from": e["name"], "to": f["target"]})
    cases.append({"id": id, "lang": lang, "prompt": prompt, "entities": entities, "relations": rels, "notes": notes})

# ---------------- English (16) ----------------
C("h37d01", "en", "we service extinguishers at client sites. need a list of sites and every extinguisher at each one (type, size, location in the building, next service due) so the techs stop missing units",
  [E("Site", "client site|customer site|location|premises|building",
     F("site name", "name|client|customer|site", "text"),
     F("address", "site address|location", "long_text", "text", opt=True),
     F("contact phone", "phone|site contact|contact", "phone", "text", opt=True), NOTES["en"]),
   E("Extinguisher", "unit|fire extinguisher|appliance",
     F("site", "client site|customer site|premises", "reference", target="Site"),
     F("type", "extinguisher type|agent|kind", "choice", "text", options=[]),
     F("size", "capacity|weight|volume", "text", "decimal|choice"),
     F("location in building", "location|position|where|placement", "text", "long_text"),
     F("next service due", "next service|service due|due date|next inspection", "date"),
     F("serial number", "serial|asset tag|id number", "text", opt=True),
     F("last serviced", "last service date|last service", "date", opt=True), NOTES["en"])])

C("h37d02", "en", """Hi,

Could you set something up for our alarm maintenance contracts? Each contract is with a customer and has a start date, renewal date, annual fee and how many visits a year (usually 2 or 4). Then every visit we do under a contract should be logged with the date, the engineer who went, whether all detectors passed, and a PDF of the test certificate.

Thanks, Moira""",
  [E("Customer", "client|account|company",
     F("name", "customer name|company|client name", "text"),
     F("contact email", "email", "email", opt=True),
     F("phone", "contact phone|telephone", "phone", opt=True)),
   E("Contract", "maintenance contract|service contract|alarm contract|agreement",
     F("customer", "client|account", "reference", target="Customer"),
     F("start date", "start|commenced", "date"),
     F("renewal date", "renewal|renews on|expiry|end date", "date"),
     F("annual fee", "fee|price|yearly fee|contract value|amount", "money"),
     F("visits per year", "visits a year|number of visits|visit frequency|visits", "integer", "choice"),
     F("contract number", "reference|contract ref|number", "text", opt=True),
     F("status", "active", "choice", "boolean", options=[], opt=True)),
   E("Visit", "service visit|maintenance visit|inspection|test visit",
     F("contract", "maintenance contract|agreement", "reference", target="Contract"),
     F("date", "visit date|visited on|date of visit", "date", "datetime"),
     F("engineer", "technician|engineer who went|tech|visited by", "person", "text"),
     F("all detectors passed", "detectors passed|passed|all passed|pass", "boolean", "choice"),
     F("test certificate", "certificate|certificate pdf|pdf|cert", "file"),
     NOTES["en"])])

C("h37d03", "en", "fire alarm faults log - site, date reported, fault description, zone, urgent y/n, fixed by which tech and date fixed",
  [E("Fault", "alarm fault|fault report|fault log|issue",
     F("site", "location|premises|customer|building", "text", "reference"),
     F("date reported", "reported on|reported|date", "date", "datetime"),
     F("fault description", "description|fault|details|issue", "long_text", "text"),
     F("zone", "alarm zone|area|zone number", "text", "integer"),
     F("urgent", "urgent?|priority|urgency", "boolean", "choice"),
     F("fixed by", "technician|tech|engineer|repaired by", "person", "text"),
     F("date fixed", "fixed on|repaired on|resolved date|date repaired", "date", "datetime"),
     F("status", "fixed|open", "choice", "boolean", options=[], opt=True))])

C("h37d04", "en", """Kitchen manager here (3 primary schools). Need to record fridge and freezer temps twice a day per unit - which unit, which school it's in, the reading, who took it, AM or PM, and if it was out of range what action was taken. Units have a name and a type (fridge / freezer / chiller / hot hold).""",
  [E("School", "site|kitchen|school kitchen",
     F("name", "school name|school", "text")),
   E("Unit", "fridge|appliance|equipment|cold unit|fridge/freezer",
     F("name", "unit name|label|unit", "text"),
     F("type", "unit type|kind", "choice", options=["Fridge", "Freezer", "Chiller", "Hot hold"]),
     F("school", "site|kitchen|located at", "reference", target="School")),
   E("Temperature reading", "temperature check|reading|temperature log|temp check|temp log",
     F("unit", "fridge|appliance|equipment", "reference", target="Unit"),
     F("reading", "temperature|temp|degrees|value", "decimal", "integer"),
     F("taken by", "checked by|recorded by|staff|who", "person", "text"),
     F("session", "am/pm|am or pm|time of day|check time|period", "choice", options=["AM", "PM"]),
     F("action taken", "corrective action|action|what was done", "long_text", "text"),
     F("date", "check date|taken on|date/time", "date", "datetime", opt=True),
     F("out of range", "out of range?|within range|fail|ok", "boolean", "choice", opt=True))])

C("h37d05", "en", "allergy register for pupils. name, class, allergies (nuts, dairy, gluten, egg, sesame, fish, other), severity, epipen yes/no, parent phone, care plan document",
  [E("Pupil", "student|child|allergy record|allergy register|pupil allergy",
     F("name", "pupil name|full name|student name", "text"),
     F("class", "form|year group|year|class group", "text", "choice"),
     F("allergies", "allergens|allergy", "multi_choice", options=["Nuts", "Dairy", "Gluten", "Egg", "Sesame", "Fish", "Other"]),
     F("severity", "how severe|level|risk level", "choice", "text", options=[]),
     F("epipen", "epipen?|has epipen|auto-injector|adrenaline pen", "boolean"),
     F("parent phone", "parent contact|guardian phone|emergency contact|phone", "phone"),
     F("care plan", "care plan document|healthcare plan|document|plan", "file"),
     F("other allergy details", "other details|details", "long_text", "text", opt=True), NOTES["en"])])

C("h37d06", "en", """so we do the weekly menus for the canteen and it's all in a word doc which is a nightmare. what i'd like: dishes (name, whether veggie, whether it has any of the 14 allergens - well just list them as tags - and cost per portion) and then a menu week that has a start date and which week of the 3 week cycle it is, and then menu items linking a dish to a day of that week (mon-fri) and whether it's the main, the alternative or dessert""",
  [E("Dish", "recipe|meal|menu dish",
     F("name", "dish name|title", "text"),
     F("vegetarian", "veggie|is vegetarian|suitable for vegetarians", "boolean"),
     F("allergens", "allergen tags|contains|allergies", "multi_choice", options=[]),
     F("cost per portion", "portion cost|cost|price per portion", "money", "decimal")),
   E("Menu week", "week|menu|weekly menu|cycle week",
     F("start date", "week starting|week commencing|start|date", "date"),
     F("cycle week", "week of cycle|week number|which week|cycle", "choice", "integer", options=["1", "2", "3"])),
   E("Menu item", "menu entry|menu line|dish of the day|menu slot",
     F("menu week", "week|menu", "reference", target="Menu week"),
     F("dish", "meal|recipe", "reference", target="Dish"),
     F("day", "weekday|day of week", "choice", options=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
     F("course", "slot|type|option|meal type|role", "choice", options=["Main", "Alternative", "Dessert"]))])

C("h37d07", "en", "Need a way to log free school meal eligibility changes - pupil, date of change, eligible or not, who updated it, evidence letter. Pupils already have a year group and a UPN",
  [E("Pupil", "student|child",
     F("name", "pupil name|full name", "text"),
     F("year group", "year|class", "choice", "text|integer", options=[]),
     F("UPN", "unique pupil number|pupil number|upn number", "text"),
     F("currently eligible", "fsm|eligible|free school meals", "boolean", opt=True)),
   E("Eligibility change", "FSM change|change|eligibility record|eligibility update|change log",
     F("pupil", "student|child", "reference", target="Pupil"),
     F("date of change", "change date|effective date|date", "date"),
     F("eligible", "eligible or not|eligible?|fsm eligible|status", "boolean", "choice"),
     F("updated by", "changed by|recorded by|who updated", "person", "text"),
     F("evidence letter", "evidence|letter|proof|document", "file"), NOTES["en"])])

C("h37d08", "en", """Volunteer coordinator at a hospice. I need to keep track of:
* volunteers - name, phone, email, DBS check date, training completed (induction, bereavement support, manual handling, safeguarding), and which roles they can do (ward befriending, driving, reception, fundraising, day therapy)
* shifts - date, start and end time, role, and the volunteer who's on it
Flag if a DBS is over 3 years old would be nice""",
  [E("Volunteer", "helper|volunteer record",
     F("name", "full name|volunteer name", "text"),
     F("phone", "mobile|phone number|telephone", "phone"),
     F("email", "email address", "email"),
     F("DBS check date", "dbs date|dbs|date of dbs|background check date", "date"),
     F("training completed", "training|courses|completed training", "multi_choice", options=["Induction", "Bereavement support", "Manual handling", "Safeguarding"]),
     F("roles", "role|can do|skills|available roles", "multi_choice", options=["Ward befriending", "Driving", "Reception", "Fundraising", "Day therapy"]),
     F("active", "status", "boolean", "choice", opt=True)),
   E("Shift", "rota slot|volunteer shift|rota|duty",
     F("date", "shift date|day", "date"),
     F("start time", "starts|start|from", "datetime", "text"),
     F("end time", "ends|end|until|to", "datetime", "text"),
     F("role", "shift role|duty|task", "choice", options=["Ward befriending", "Driving", "Reception", "Fundraising", "Day therapy"]),
     F("volunteer", "who|assigned volunteer|helper", "reference", target="Volunteer"), NOTES["en"])],
  "Flag volunteers whose DBS check date is more than 3 years ago.")

C("h37d09", "en", "patient transport requests for our volunteer drivers - patient name, pickup address, appointment time, destination, wheelchair needed, assigned driver, mileage claimed",
  [E("Transport request", "driving request|journey|trip|lift|patient transport",
     F("patient name", "patient|name|passenger", "text"),
     F("pickup address", "pick up address|collection address|from|address", "long_text", "text"),
     F("appointment time", "appointment|pickup time|date and time|when", "datetime", "date"),
     F("destination", "to|where to|drop off", "text", "long_text"),
     F("wheelchair needed", "wheelchair|wheelchair?|needs wheelchair|wheelchair user", "boolean"),
     F("assigned driver", "driver|volunteer driver|volunteer", "person", "text|reference"),
     F("mileage claimed", "mileage|miles|miles claimed", "decimal", "integer|money"),
     F("status", "state", "choice", options=[], opt=True), NOTES["en"])])

C("h37d10", "en", """hi all — after the CQC visit we need to be better at logging volunteer supervision sessions. every volunteer should have one every 3 months. record: volunteer, supervisor (staff), date, how they're coping (scale 1-5), any concerns raised, follow up needed y/n. Volunteers table should just have the name, team (inpatient unit, community, shops, bereavement) and start date.""",
  [E("Volunteer", "helper",
     F("name", "full name|volunteer name", "text"),
     F("team", "area|department|service", "choice", options=["Inpatient unit", "Community", "Shops", "Bereavement"]),
     F("start date", "started|joined|date started", "date")),
   E("Supervision session", "supervision|session|supervision record|check-in",
     F("volunteer", "helper|supervisee", "reference", target="Volunteer"),
     F("supervisor", "staff|staff member|supervised by", "person", "text"),
     F("date", "session date|held on", "date", "datetime"),
     F("coping score", "how they're coping|coping|wellbeing|scale|rating|score", "integer", "choice|decimal"),
     F("concerns raised", "concerns|issues|concerns raised?", "long_text", "text"),
     F("follow up needed", "follow up|follow-up needed|follow up?|action needed", "boolean"),
     F("next session due", "next supervision|next due|due date", "date", opt=True))],
  "Supervision due every 3 months per volunteer.")

C("h37d11", "en", "survey jobs tracker: client, site address, job type (topographic, boundary, setting out, measured building), quoted fee, surveyor in charge, fieldwork date, drawings due, invoiced?",
  [E("Job", "survey job|project|survey|commission",
     F("client", "customer|client name", "text", "reference"),
     F("site address", "address|site|location", "long_text", "text"),
     F("job type", "type|survey type|kind", "choice", options=["Topographic", "Boundary", "Setting out", "Measured building"]),
     F("quoted fee", "fee|quote|price|quoted price", "money"),
     F("surveyor in charge", "surveyor|lead surveyor|surveyor responsible|job lead", "person", "text"),
     F("fieldwork date", "site date|survey date|fieldwork", "date"),
     F("drawings due", "deadline|due date|drawings deadline|delivery date", "date"),
     F("invoiced", "invoiced?|billed|invoice sent", "boolean", "choice"),
     F("job number", "reference|job ref|number", "text", opt=True),
     F("status", "stage", "choice", options=[], opt=True))])

C("h37d12", "en", """We keep losing track of our instruments. Total stations, GNSS receivers and levels go out to site with crews and come back damaged or need calibrating. I want an equipment register (make, model, serial no, type, calibration due date, calibration cert) and a booking out log where someone books a piece of kit out for a job number with out date and expected return, and when it comes back they note the condition - ok, damaged, needs calibration.""",
  [E("Instrument", "equipment|kit|asset|survey instrument|equipment register",
     F("make", "manufacturer|brand", "text"),
     F("model", "model name", "text"),
     F("serial number", "serial no|serial|s/n", "text"),
     F("type", "instrument type|equipment type|category", "choice", options=["Total station", "GNSS receiver", "Level"]),
     F("calibration due date", "calibration due|next calibration|cal due", "date"),
     F("calibration certificate", "calibration cert|cert|certificate", "file")),
   E("Booking", "booking out|checkout|loan|equipment booking|sign out",
     F("instrument", "equipment|kit|item", "reference", target="Instrument"),
     F("booked by", "crew|who|surveyor|taken by", "person", "text"),
     F("job number", "job|job no|project number", "text", "reference"),
     F("out date", "date out|booked out|taken on", "date", "datetime"),
     F("expected return", "return date|due back|expected return date", "date", "datetime"),
     F("returned on", "return date|date returned|back on", "date", "datetime", opt=True),
     F("condition", "condition on return|returned condition|state", "choice", options=["OK", "Damaged", "Needs calibration"]))])

C("h37d13", "en", "control stations register - station name, easting, northing, height, monumented how (nail, peg, pin, concrete), date set, photo. and a list of the jobs each one was used on",
  [E("Control station", "station|survey station|control point|point|benchmark",
     F("station name", "name|id|point id|station", "text"),
     F("easting", "x|east", "decimal"),
     F("northing", "y|north", "decimal"),
     F("height", "elevation|level|z|reduced level", "decimal"),
     F("monument type", "monumented|marker|mark type|monumentation", "choice", options=["Nail", "Peg", "Pin", "Concrete"]),
     F("date set", "established|installed|date placed", "date"),
     F("photo", "picture|image", "file")),
   E("Job", "survey job|project",
     F("job name", "name|job number|reference|job", "text"),
     F("client", "customer", "text", opt=True)),
   E("Station use", "usage|job station|used on|station job",
     F("control station", "station|point", "reference", target="Control station"),
     F("job", "project|survey", "reference", target="Job"),
     F("date used", "date|used on", "date", opt=True))],
  "Many-to-many between stations and jobs, via a link record.")

C("h37d14", "en", """Costume hire shop - I want to stop using the paper book. Costumes: name, category (historical, superhero, animal, horror, fairytale), size (XS–XXL, kids), hire price per night, deposit, photo, how many we own. Customers: name, phone, ID checked. Hires: customer, costume(s), pickup date, return date, deposit paid, returned late?, damage notes and charge.""",
  [E("Costume", "outfit|item|costume item",
     F("name", "costume name|title", "text"),
     F("category", "theme|type", "choice", options=["Historical", "Superhero", "Animal", "Horror", "Fairytale"]),
     F("size", "sizes", "choice", "text", options=["XS", "S", "M", "L", "XL", "XXL", "Kids"]),
     F("hire price per night", "price per night|nightly price|hire price|price|rate", "money"),
     F("deposit", "deposit amount|security deposit", "money"),
     F("photo", "picture|image", "file"),
     F("quantity owned", "how many|quantity|stock|number owned|copies", "integer")),
   E("Customer", "client|hirer|renter",
     F("name", "customer name|full name", "text"),
     F("phone", "mobile|phone number", "phone"),
     F("ID checked", "id verified|id|id checked?|identity checked", "boolean")),
   E("Hire", "rental|booking|hire order|loan",
     F("customer", "client|hirer", "reference", target="Customer"),
     F("costume", "costumes|outfit|item", "reference", "text", target="Costume"),
     F("pickup date", "collection date|start date|hired on|from", "date"),
     F("return date", "due back|return by|due date|until", "date"),
     F("deposit paid", "deposit|deposit paid?|deposit received", "boolean", "money"),
     F("returned late", "late|returned late?|late return", "boolean"),
     F("damage notes", "damage|damage description|condition notes", "long_text", "text"),
     F("damage charge", "charge|damage fee|damage cost|repair charge", "money"),
     F("status", "state", "choice", options=[], opt=True))],
  "A hire can cover several costumes; a reference to one costume or a line record is acceptable.")

C("h37d15", "en", "cleaning + repairs queue for returned costumes. costume, what's wrong (stain, tear, missing piece, zip broken), who's on it, sent to dry cleaner y/n, cost, ready again date",
  [E("Costume", "outfit|item",
     F("name", "costume name|title|costume", "text"),
     F("size", "sizes", "text", "choice", opt=True)),
   E("Repair job", "repair|cleaning job|queue item|ticket|repair ticket|maintenance",
     F("costume", "outfit|item", "reference", target="Costume"),
     F("problem", "what's wrong|issue|fault|damage|defect", "multi_choice", "choice", options=["Stain", "Tear", "Missing piece", "Zip broken"]),
     F("assigned to", "who's on it|repairer|who|staff", "person", "text"),
     F("sent to dry cleaner", "dry cleaner|sent to dry cleaners|dry cleaning|external cleaning", "boolean"),
     F("cost", "repair cost|cleaning cost|price", "money"),
     F("ready again date", "ready date|ready on|back in stock|available from", "date"),
     F("status", "stage", "choice", options=[], opt=True), NOTES["en"])])

C("h37d16", "en", """Hello! We run the kitchens at two care homes and a hospice (contract caterer) and need delivery checks for food suppliers. For each delivery: supplier, which kitchen, date+time arrived, driver temp check for chilled (°C) and frozen (°C), packaging ok?, accepted or rejected, signed by. Suppliers need name, account number, contact email and what they supply (dairy, meat, fish, produce, dry goods, bakery).""",
  [E("Supplier", "vendor|food supplier",
     F("name", "supplier name|company", "text"),
     F("account number", "account no|account|customer number", "text"),
     F("contact email", "email|email address", "email"),
     F("supplies", "what they supply|categories|products|product categories|category", "multi_choice", options=["Dairy", "Meat", "Fish", "Produce", "Dry goods", "Bakery"])),
   E("Kitchen", "site|location|home",
     F("name", "kitchen name|site name", "text")),
   E("Delivery", "delivery check|goods in|delivery record|receipt",
     F("supplier", "vendor", "reference", target="Supplier"),
     F("kitchen", "site|location", "reference", "choice|text", target="Kitchen"),
     F("arrived at", "date time|date+time arrived|arrival time|delivered at|date", "datetime", "date"),
     F("chilled temperature", "chilled temp|chilled °c|chilled", "decimal"),
     F("frozen temperature", "frozen temp|frozen °c|frozen", "decimal"),
     F("packaging ok", "packaging|packaging ok?|packaging intact", "boolean"),
     F("outcome", "accepted or rejected|accepted|result|decision|status", "choice", "boolean", options=["Accepted", "Rejected"]),
     F("signed by", "received by|checked by|signature", "person", "text"), NOTES["en"])])

# ---------------- French (8) ----------------
C("h37d17", "fr", "Bonjour, on voudrait suivre nos vérifications annuelles d'extincteurs chez les clients : pour chaque extincteur le client, l'emplacement, le type (eau, poudre, CO2, mousse), la date de la derniere verif, la date de la prochaine, et si il est conforme ou pas. Les clients ont un nom, une adresse et un telephone.",
  [E("Client", "entreprise|établissement|customer|site",
     F("nom", "nom du client|raison sociale|name", "text"),
     F("adresse", "address|adresse du site", "long_text", "text"),
     F("téléphone", "telephone|tel|phone|numéro", "phone")),
   E("Extincteur", "appareil|extinguisher",
     F("client", "établissement|customer", "reference", target="Client"),
     F("emplacement", "localisation|lieu|location|position", "text"),
     F("type", "type d'extincteur|agent|type of extinguisher", "choice", options=["Eau", "Poudre", "CO2", "Mousse"]),
     F("date de la dernière vérification", "dernière vérification|derniere verif|last check|date dernière visite", "date"),
     F("date de la prochaine vérification", "prochaine vérification|prochaine verif|next check|échéance", "date"),
     F("conforme", "conformité|conforme ?|compliant|ok", "boolean", "choice"),
     F("numéro de série", "n° de série|serial number|numéro", "text", opt=True), NOTES["fr"])])

C("h37d18", "fr", """Objet : registre des exercices d'évacuation

Bonjour,
Il nous faut un registre des exercices incendie par bâtiment. Pour chaque exercice : date et heure, bâtiment, durée de l'évacuation en minutes, nombre de personnes évacuées, observations, responsable de l'exercice. Et les bâtiments avec leur nom, leur adresse et l'effectif.
Merci""",
  [E("Bâtiment", "batiment|site|immeuble|building",
     F("nom", "nom du bâtiment|name", "text"),
     F("adresse", "address", "long_text", "text"),
     F("effectif", "nombre de personnes|occupants|capacité|headcount", "integer")),
   E("Exercice d'évacuation", "exercice|exercice incendie|évacuation|drill|fire drill",
     F("date et heure", "date|heure|date/heure|date and time", "datetime", "date"),
     F("bâtiment", "batiment|site|building", "reference", target="Bâtiment"),
     F("durée de l'évacuation", "durée|durée en minutes|temps d'évacuation|duration|minutes", "integer", "decimal"),
     F("nombre de personnes évacuées", "personnes évacuées|nombre de personnes|évacués|people evacuated", "integer"),
     F("observations", "remarques|commentaires|notes", "long_text", "text"),
     F("responsable", "responsable de l'exercice|organisateur|chargé|lead|person in charge", "person", "text"))])

C("h37d19", "fr", "commandes repas cantine par classe : classe, date, nb de repas standard, nb sans porc, nb vegetarien, nb PAI, commandé par (l'enseignant). les classes ont un nom, un niveau (PS MS GS CP CE1 CE2 CM1 CM2) et l'enseignant",
  [E("Classe", "class|groupe",
     F("nom", "nom de la classe|name", "text"),
     F("niveau", "level|grade|niveau scolaire", "choice", options=["PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"]),
     F("enseignant", "enseignante|professeur|maître|teacher|instituteur", "person", "text")),
   E("Commande de repas", "commande|commande repas|meal order|order|réservation",
     F("classe", "class", "reference", target="Classe"),
     F("date", "jour|date du repas|date", "date"),
     F("nombre de repas standard", "repas standard|standard|nb standard|nb de repas standard", "integer"),
     F("nombre sans porc", "sans porc|nb sans porc|repas sans porc", "integer"),
     F("nombre végétarien", "végétarien|vegetarien|nb vegetarien|repas végétariens", "integer"),
     F("nombre PAI", "PAI|nb PAI|repas PAI|projet d'accueil individualisé", "integer"),
     F("commandé par", "commande par|enseignant|demandeur|ordered by", "person", "text"))])

C("h37d20", "fr", """je suis chef de cuisine dans un collège et je voudrais un plan de nettoyage: les zones (chambre froide, plonge, légumerie, salle de self...) avec la fréquence (quotidien, hebdo, mensuel) et le produit utilisé, puis à chaque nettoyage qui l'a fait, quand, et si le contrôle visuel est ok. possibilité de mettre une photo""",
  [E("Zone", "zone de nettoyage|secteur|area|local",
     F("nom", "zone|nom de la zone|name", "text"),
     F("fréquence", "frequence|frequency|périodicité", "choice", options=["Quotidien", "Hebdomadaire", "Mensuel"]),
     F("produit utilisé", "produit|produit de nettoyage|detergent|product", "text")),
   E("Nettoyage", "nettoyage effectué|enregistrement|relevé de nettoyage|cleaning|cleaning log|passage",
     F("zone", "secteur|area", "reference", target="Zone"),
     F("fait par", "réalisé par|agent|qui|effectué par|done by", "person", "text"),
     F("date", "quand|date et heure|date du nettoyage|when", "datetime", "date"),
     F("contrôle visuel ok", "contrôle visuel|controle ok|contrôle|ok|visual check", "boolean", "choice"),
     F("photo", "image|photo", "file"), NOTES["fr"])])

C("h37d21", "fr", "Registre des bénévoles d'accompagnement en soins palliatifs: nom, prénom, téléphone, date de la formation initiale, date de signature de la charte, disponibilités (lundi à dimanche), et les patients/familles qu'ils accompagnent avec la date de début de l'accompagnement",
  [E("Bénévole", "benevole|accompagnant|volunteer",
     F("nom", "nom de famille|last name", "text"),
     F("prénom", "prenom|first name", "text"),
     F("téléphone", "telephone|tel|portable|phone", "phone"),
     F("date de la formation initiale", "formation initiale|date de formation|training date", "date"),
     F("date de signature de la charte", "signature de la charte|charte signée|charter signed", "date"),
     F("disponibilités", "disponibilites|jours disponibles|availability", "multi_choice", options=["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"])),
   E("Patient", "famille|personne accompagnée|patient/famille|bénéficiaire",
     F("nom", "nom du patient|name|patient", "text"),
     F("chambre", "service|lieu|room", "text", opt=True)),
   E("Accompagnement", "suivi|accompaniment|support|visite",
     F("bénévole", "benevole|accompagnant|volunteer", "reference", target="Bénévole"),
     F("patient", "famille|personne accompagnée", "reference", target="Patient"),
     F("date de début", "début|debut|date debut|start date", "date"),
     F("date de fin", "fin|end date", "date", opt=True))])

C("h37d22", "fr", """Salut, pour le cabinet de géomètre on aimerait un suivi des bornages : dossier (numéro, commune, parcelle cadastrale, client), date de la réunion contradictoire, propriétaires riverains convoqués (nom + adresse + présent ou non), PV signé (fichier). Merci !""",
  [E("Dossier de bornage", "dossier|bornage|affaire|boundary case|file",
     F("numéro", "numéro de dossier|n° dossier|référence|number", "text"),
     F("commune", "ville|municipality|town", "text"),
     F("parcelle cadastrale", "parcelle|référence cadastrale|cadastre|parcel", "text"),
     F("client", "donneur d'ordre|customer", "text", "reference"),
     F("date de la réunion contradictoire", "réunion contradictoire|date de réunion|date réunion|meeting date", "date", "datetime"),
     F("PV signé", "procès-verbal|pv|procès-verbal signé|signed report", "file")),
   E("Riverain", "propriétaire riverain|propriétaire|voisin|neighbour|adjoining owner",
     F("dossier", "dossier de bornage|bornage|affaire", "reference", target="Dossier de bornage"),
     F("nom", "nom du propriétaire|name", "text"),
     F("adresse", "address", "long_text", "text"),
     F("présent", "present|présent ou non|présence|attended", "boolean", "choice"),
     F("date de convocation", "convoqué le|convocation", "date", opt=True))])

C("h37d23", "fr", "location de costumes pour les soirées : je voudrais noter les réservations (client, costume, date de retrait, date de retour, caution encaissée oui/non, montant) et l'état du costume au retour (bon, à nettoyer, abîmé, perdu)",
  [E("Réservation", "location|reservation|booking|hire|rental",
     F("client", "locataire|customer", "text", "reference"),
     F("costume", "déguisement|tenue|outfit", "text", "reference"),
     F("date de retrait", "retrait|date de retrait|pickup date|date de début", "date"),
     F("date de retour", "retour|return date|date de fin", "date"),
     F("caution encaissée", "caution|caution oui/non|deposit|dépôt de garantie", "boolean"),
     F("montant", "prix|tarif|amount|montant de la location", "money"),
     F("état au retour", "état|etat|état du costume|condition", "choice", options=["Bon", "À nettoyer", "Abîmé", "Perdu"]),
     NOTES["fr"])],
  "Client and costume may be separate kinds; a single reservation kind with text fields is acceptable.")

C("h37d24", "fr", """On a besoin d'un outil pour les ventes de dégui d'occasion et les locations, enfin surtout un inventaire : chaque déguisement a une référence, un nom, une taille, un thème (Halloween, carnaval, années 80, contes, super-héros), un emplacement dans la réserve (allée + étagère) et un prix de location. Et les accessoires (perruques, masques, chapeaux...) pareil mais avec une quantité en stock, et on veut savoir à quel déguisement ils vont""",
  [E("Déguisement", "deguisement|costume|tenue",
     F("référence", "reference|ref|code|sku", "text"),
     F("nom", "name|intitulé", "text"),
     F("taille", "size", "text", "choice"),
     F("thème", "theme|catégorie|category", "choice", options=["Halloween", "Carnaval", "Années 80", "Contes", "Super-héros"]),
     F("allée", "allee|rayon|aisle|emplacement", "text"),
     F("étagère", "etagere|rayonnage|shelf", "text"),
     F("prix de location", "tarif|prix|rental price|price", "money")),
   E("Accessoire", "accessory|article",
     F("nom", "name|intitulé", "text"),
     F("type", "catégorie|sorte|category", "choice", "text", options=["Perruque", "Masque", "Chapeau"]),
     F("quantité en stock", "quantité|stock|quantity|qté", "integer"),
     F("déguisement", "deguisement|costume associé|costume|va avec", "reference", target="Déguisement"),
     F("prix de location", "prix|tarif|price", "money", opt=True))],
  "Location (aisle + shelf) may be one text field 'emplacement'.")

# ---------------- Spanish (8) ----------------
C("h37d25", "es", "necesito controlar las revisiones de las centrales de alarma: central (modelo, numero de serie, edificio, instalador), cada revisión con fecha, técnico, resultado (correcto, con incidencias, fuera de servicio) y el informe en pdf",
  [E("Central de alarma", "central|panel|equipo|alarm panel",
     F("modelo", "model", "text"),
     F("número de serie", "numero de serie|n.º de serie|serie|serial number", "text"),
     F("edificio", "ubicación|sitio|building", "text", "reference"),
     F("instalador", "empresa instaladora|installer|instalada por", "text", "person")),
   E("Revisión", "revision|inspección|mantenimiento|inspection",
     F("central", "central de alarma|panel|equipo", "reference", target="Central de alarma"),
     F("fecha", "fecha de revisión|date", "date", "datetime"),
     F("técnico", "tecnico|revisado por|technician", "person", "text"),
     F("resultado", "estado|result", "choice", options=["Correcto", "Con incidencias", "Fuera de servicio"]),
     F("informe", "informe pdf|pdf|documento|report", "file"), NOTES["es"])])

C("h37d26", "es", """Hola equipo,
Para las BIEs (bocas de incendio) y los extintores de los clientes queremos una lista de pedidos de recambio: cliente, material pedido (manguera, válvula, manómetro, precinto, extintor completo), cantidad, precio unitario, fecha del pedido, urgente sí/no y quién lo pidió. El cliente con nombre, CIF y email.
Gracias!""",
  [E("Cliente", "customer|empresa",
     F("nombre", "razón social|name", "text"),
     F("CIF", "nif|cif/nif|tax id", "text"),
     F("email", "correo|correo electrónico|e-mail", "email")),
   E("Pedido de recambio", "pedido|recambio|order|spare part order|solicitud",
     F("cliente", "customer|empresa", "reference", target="Cliente"),
     F("material", "material pedido|pieza|recambio|item|part", "choice", options=["Manguera", "Válvula", "Manómetro", "Precinto", "Extintor completo"]),
     F("cantidad", "unidades|quantity|qty", "integer"),
     F("precio unitario", "precio|precio por unidad|unit price", "money"),
     F("fecha del pedido", "fecha|fecha pedido|order date", "date"),
     F("urgente", "urgente sí/no|prioridad|urgent", "boolean", "choice"),
     F("pedido por", "solicitante|quién lo pidió|requested by|pedido", "person", "text"),
     F("estado", "status", "choice", options=[], opt=True))])

C("h37d27", "es", "comedor escolar: registro de bajas y altas de alumnos en el comedor. alumno, curso, fecha desde, fecha hasta, tipo (alta, baja, dia suelto), motivo, y si se cobra o no. Los alumnos tienen nombre, curso y alergias",
  [E("Alumno", "estudiante|niño|student|pupil",
     F("nombre", "nombre completo|name", "text"),
     F("curso", "clase|grupo|class|grade", "text", "choice"),
     F("alergias", "alérgenos|intolerancias|allergies", "long_text", "text|multi_choice")),
   E("Movimiento de comedor", "alta/baja|alta o baja|registro|cambio|movimiento|solicitud",
     F("alumno", "estudiante|student", "reference", target="Alumno"),
     F("fecha desde", "desde|fecha inicio|fecha de inicio|from", "date"),
     F("fecha hasta", "hasta|fecha fin|fecha de fin|to", "date"),
     F("tipo", "tipo de movimiento|type", "choice", options=["Alta", "Baja", "Día suelto"]),
     F("motivo", "razón|causa|reason", "text", "long_text"),
     F("se cobra", "cobrar|cobrado|facturable|se cobra o no|charged", "boolean"))],
  "The request's 'curso' on the movement duplicates the pupil's; a curso field on either kind is fine.")

C("h37d28", "es", """Somos una empresa de catering para colegios. Queremos registrar los menús especiales por dieta: cada dieta (sin gluten, sin lactosa, halal, vegetariana, triturada) tiene un responsable de cocina. Cada plato especial lleva nombre, la dieta, ficha técnica (archivo) y coste por ración. Y los pedidos diarios por colegio: colegio, fecha, plato, raciones""",
  [E("Dieta", "diet|régimen|dieta especial",
     F("nombre", "dieta|tipo de dieta|name", "choice", "text", options=["Sin gluten", "Sin lactosa", "Halal", "Vegetariana", "Triturada"]),
     F("responsable de cocina", "responsable|cocinero|jefe de cocina|manager", "person", "text")),
   E("Plato especial", "plato|receta|dish",
     F("nombre", "nombre del plato|name", "text"),
     F("dieta", "diet|tipo de dieta", "reference", target="Dieta"),
     F("ficha técnica", "ficha tecnica|ficha|archivo|technical sheet", "file"),
     F("coste por ración", "coste|costo por ración|precio por ración|cost per portion", "money")),
   E("Colegio", "escuela|centro|school",
     F("nombre", "nombre del colegio|name", "text")),
   E("Pedido diario", "pedido|orden|daily order|pedido del día",
     F("colegio", "escuela|centro|school", "reference", target="Colegio"),
     F("fecha", "día|date", "date"),
     F("plato", "plato especial|dish", "reference", target="Plato especial"),
     F("raciones", "número de raciones|cantidad|portions", "integer"))])

C("h37d29", "es", "voluntarios de cuidados paliativos - quiero apuntar las llamadas de acompañamiento telefónico: voluntario, familia que llamó, fecha y hora, duración en minutos, tema (duelo, soledad, información, otro) y si hay que derivar al psicólogo",
  [E("Llamada", "llamada de acompañamiento|registro de llamada|call|phone call",
     F("voluntario", "voluntaria|volunteer|atendida por", "person", "text|reference"),
     F("familia", "familia que llamó|llamante|family|caller", "text", "reference"),
     F("fecha y hora", "fecha|hora|date and time", "datetime", "date"),
     F("duración", "duración en minutos|minutos|duration", "integer", "decimal"),
     F("tema", "motivo|asunto|topic", "choice", options=["Duelo", "Soledad", "Información", "Otro"]),
     F("derivar al psicólogo", "derivar|derivación|derivar al psicologo|referral", "boolean"),
     NOTES["es"])])

C("h37d30", "es", """Buenas, en el hospice organizamos formaciones para voluntarios. Necesito:
- cursos: titulo, fecha, horas, formador, plazas maximas
- inscripciones: que voluntario, a que curso, asistio si/no, certificado entregado
- voluntarios: nombre, telefono, fecha de alta
gracias""",
  [E("Curso", "formación|formacion|taller|course|training",
     F("título", "titulo|nombre|title", "text"),
     F("fecha", "date|fecha del curso", "date", "datetime"),
     F("horas", "duración|número de horas|hours", "decimal", "integer"),
     F("formador", "formadora|ponente|docente|trainer", "text", "person"),
     F("plazas máximas", "plazas maximas|plazas|aforo|capacity", "integer")),
   E("Inscripción", "inscripcion|matrícula|registro|enrolment|enrollment",
     F("voluntario", "voluntaria|volunteer", "reference", target="Voluntario"),
     F("curso", "formación|course", "reference", target="Curso"),
     F("asistió", "asistio|asistencia|asistió sí/no|attended", "boolean"),
     F("certificado entregado", "certificado|certificate", "boolean", "file")),
   E("Voluntario", "voluntaria|volunteer",
     F("nombre", "nombre completo|name", "text"),
     F("teléfono", "telefono|móvil|phone", "phone"),
     F("fecha de alta", "alta|fecha de inicio|start date|fecha alta", "date"))])

C("h37d31", "es", "Topografía: control de levantamientos. Cada levantamiento tiene proyecto, fecha, equipo usado (estación total, GPS, dron, nivel), operador, sistema de coordenadas (ETRS89, WGS84, local) y el fichero de puntos. Los proyectos tienen código, cliente, municipio y presupuesto.",
  [E("Proyecto", "obra|trabajo|encargo|project",
     F("código", "codigo|referencia|code", "text"),
     F("cliente", "customer", "text", "reference"),
     F("municipio", "localidad|ciudad|town", "text"),
     F("presupuesto", "importe|budget|precio", "money")),
   E("Levantamiento", "levantamiento topográfico|medición|trabajo de campo|survey",
     F("proyecto", "obra|project", "reference", target="Proyecto"),
     F("fecha", "date", "date"),
     F("equipo usado", "equipo|instrumento|equipment", "choice", "multi_choice", options=["Estación total", "GPS", "Dron", "Nivel"]),
     F("operador", "topógrafo|técnico|operator", "person", "text"),
     F("sistema de coordenadas", "sistema de referencia|coordenadas|crs|coordinate system", "choice", options=["ETRS89", "WGS84", "Local"]),
     F("fichero de puntos", "archivo de puntos|fichero|archivo|points file", "file"), NOTES["es"])])

C("h37d32", "es", "tienda de disfraces, necesito llevar los alquileres de grupo (comparsas de carnaval): nombre del grupo, responsable, teléfono, número de personas, disfraz elegido, tallas (texto libre), fecha de recogida y devolución, señal pagada y total",
  [E("Alquiler de grupo", "alquiler|reserva|comparsa|grupo|group rental|booking",
     F("nombre del grupo", "grupo|comparsa|nombre|group name", "text"),
     F("responsable", "contacto|persona de contacto|contact", "text"),
     F("teléfono", "telefono|móvil|phone", "phone"),
     F("número de personas", "personas|integrantes|participantes|number of people", "integer"),
     F("disfraz elegido", "disfraz|modelo|costume", "text", "reference"),
     F("tallas", "tallas texto libre|sizes", "long_text", "text"),
     F("fecha de recogida", "recogida|pickup date|fecha recogida", "date"),
     F("fecha de devolución", "devolución|devolucion|return date|fecha devolucion", "date"),
     F("señal pagada", "senal pagada|señal|anticipo|depósito|deposit", "money", "boolean"),
     F("total", "importe total|precio total|importe|total price", "money"),
     F("estado", "status", "choice", options=[], opt=True))])

# ---------------- German (8) ----------------
C("h37d33", "de", "Wartungsplan Rauchmelder in unseren Mietobjekten: Objekt (Adresse, Hausverwaltung), Wohnung (Objekt, Wohnungsnr, Mieter, Anzahl Melder), Prüfung (Wohnung, Datum, Prüfer, Ergebnis i.O./Mangel/nicht zugänglich, Foto vom Protokoll)",
  [E("Objekt", "Gebäude|Liegenschaft|Haus|property|building",
     F("Adresse", "Anschrift|address", "long_text", "text"),
     F("Hausverwaltung", "Verwaltung|Verwalter|property manager", "text")),
   E("Wohnung", "Einheit|Mieteinheit|apartment|flat|unit",
     F("Objekt", "Gebäude|Liegenschaft|property", "reference", target="Objekt"),
     F("Wohnungsnummer", "Wohnungsnr|Nr|Nummer|unit number", "text"),
     F("Mieter", "Mietername|Bewohner|tenant", "text"),
     F("Anzahl Melder", "Melder|Anzahl Rauchmelder|number of detectors", "integer")),
   E("Prüfung", "Pruefung|Wartung|Inspektion|Kontrolle|inspection|check",
     F("Wohnung", "Einheit|apartment", "reference", target="Wohnung"),
     F("Datum", "Prüfdatum|date", "date"),
     F("Prüfer", "Pruefer|Techniker|geprüft von|inspector", "person", "text"),
     F("Ergebnis", "Resultat|Status|result", "choice", options=["i.O.", "Mangel", "nicht zugänglich"]),
     F("Foto vom Protokoll", "Protokoll|Foto|Protokollfoto|photo|report", "file"), NOTES["de"])])

C("h37d34", "de", """Hallo zusammen,
wir brauchen für die Schulmensa eine Essensabrechnung. Pro Kind: Name, Klasse, Bildungs- und Teilhabepaket ja/nein, Elternteil mit E-Mail. Dann jeden Monat pro Kind eine Abrechnung mit Monat, Anzahl Essen, Preis pro Essen, Gesamtbetrag und bezahlt ja/nein. Danke!""",
  [E("Kind", "Schüler|Schülerin|Schueler|child|pupil",
     F("Name", "Vorname Nachname|Name des Kindes|name", "text"),
     F("Klasse", "class|Schulklasse", "text", "choice"),
     F("Bildungs- und Teilhabepaket", "BuT|BuT-berechtigt|Teilhabepaket|Bildungspaket", "boolean"),
     F("Elternteil", "Eltern|Erziehungsberechtigter|parent|Name Elternteil", "text"),
     F("E-Mail Eltern", "E-Mail|Email|Eltern E-Mail|parent email", "email")),
   E("Abrechnung", "Monatsabrechnung|Rechnung|invoice|bill|statement",
     F("Kind", "Schüler|child", "reference", target="Kind"),
     F("Monat", "Abrechnungsmonat|month", "date", "text|choice"),
     F("Anzahl Essen", "Essen|Anzahl Mahlzeiten|number of meals", "integer"),
     F("Preis pro Essen", "Essenspreis|Preis|price per meal", "money"),
     F("Gesamtbetrag", "Betrag|Summe|Gesamt|total", "money"),
     F("bezahlt", "bezahlt ja/nein|Zahlung erhalten|paid", "boolean", "choice"))])

C("h37d35", "de", "HACCP Kerntemperatur-Messungen in der Großküche: Gericht, Datum/Uhrzeit, gemessene Temperatur, Grenzwert (meist 72 °C), Messung ok ja/nein, Maßnahme falls nicht ok, Mitarbeiter",
  [E("Kerntemperaturmessung", "Messung|Temperaturmessung|Kerntemperatur|Messprotokoll|measurement|core temperature check",
     F("Gericht", "Speise|Essen|Produkt|dish", "text", "reference"),
     F("Datum/Uhrzeit", "Zeitpunkt|Datum|Uhrzeit|date time", "datetime", "date"),
     F("gemessene Temperatur", "Temperatur|Kerntemperatur|Messwert|temperature", "decimal"),
     F("Grenzwert", "Sollwert|Mindesttemperatur|limit", "decimal", "integer"),
     F("Messung ok", "ok|in Ordnung|i.O.|ok ja/nein", "boolean", "choice"),
     F("Maßnahme", "Massnahme|Korrekturmaßnahme|corrective action|action", "long_text", "text"),
     F("Mitarbeiter", "Mitarbeiterin|gemessen von|Koch|staff|measured by", "person", "text"))])

C("h37d36", "de", """Ich koordiniere den ambulanten Hospizdienst. Wir haben Ehrenamtliche und Begleitungen. Ehrenamtliche: Name, Telefon, Befähigungskurs abgeschlossen am, Schwerpunkte (Sterbebegleitung, Trauerbegleitung, Kinder, Demenz). Begleitungen: Patient (nur Initialen wegen Datenschutz), Wohnort, Beginn, Ende, zuständige Koordinatorin, eingesetzte Ehrenamtliche. Besuche einer Begleitung mit Datum, Dauer in Stunden und Fahrtkilometer für die Erstattung.""",
  [E("Ehrenamtliche", "Ehrenamtlicher|Ehrenamt|Helfer|volunteer",
     F("Name", "name", "text"),
     F("Telefon", "Handy|Telefonnummer|phone", "phone"),
     F("Befähigungskurs abgeschlossen am", "Befähigungskurs|Kurs abgeschlossen|Kursabschluss|course completed", "date"),
     F("Schwerpunkte", "Schwerpunkt|Einsatzbereiche|focus areas", "multi_choice", options=["Sterbebegleitung", "Trauerbegleitung", "Kinder", "Demenz"])),
   E("Begleitung", "Fall|Begleitfall|case|accompaniment",
     F("Patient Initialen", "Patient|Initialen|patient initials", "text"),
     F("Wohnort", "Ort|place|town", "text"),
     F("Beginn", "Startdatum|Beginn der Begleitung|start", "date"),
     F("Ende", "Enddatum|end", "date"),
     F("zuständige Koordinatorin", "Koordinatorin|Koordinator|coordinator", "person", "text"),
     F("eingesetzte Ehrenamtliche", "Ehrenamtliche|Ehrenamtlicher|volunteer", "reference", target="Ehrenamtliche")),
   E("Besuch", "Einsatz|visit",
     F("Begleitung", "Fall|case", "reference", target="Begleitung"),
     F("Datum", "date", "date"),
     F("Dauer in Stunden", "Dauer|Stunden|hours|duration", "decimal"),
     F("Fahrtkilometer", "Kilometer|km|gefahrene Kilometer|mileage", "decimal", "integer"),
     F("Ehrenamtliche", "Ehrenamtlicher|volunteer", "reference", target="Ehrenamtliche", opt=True))])

C("h37d37", "de", "Gedenkfeier / Erinnerungsabend organisieren: Angehörige einladen (Name, Adresse, verstorben am, Name des Verstorbenen, Einladung verschickt?, Zusage ja/nein/offen, Anzahl Personen)",
  [E("Einladung", "Angehörige|Angehöriger|Gast|Teilnehmer|invitation|guest",
     F("Name", "Name Angehörige|name", "text"),
     F("Adresse", "Anschrift|address", "long_text", "text"),
     F("Name des Verstorbenen", "Verstorbener|Verstorbene|deceased", "text"),
     F("verstorben am", "Sterbedatum|Todestag|date of death", "date"),
     F("Einladung verschickt", "verschickt|Einladung verschickt?|invited|sent", "boolean"),
     F("Zusage", "Antwort|Rückmeldung|RSVP", "choice", options=["Ja", "Nein", "Offen"]),
     F("Anzahl Personen", "Personen|Anzahl|number of people|guests", "integer"))],
  "Could also be split into an event kind; one kind is enough.")

C("h37d38", "de", """Vermessungsbüro: wir wollen die Grenztermine und Absteckungen besser planen. Auftrag: Auftragsnummer, Auftraggeber, Gemarkung, Flurstück, Art (Grenzfeststellung, Absteckung, Lageplan, Gebäudeeinmessung), Honorar. Außentermin: Auftrag, Datum + Uhrzeit, Messtrupp (2-3 Kollegen), Fahrzeug (Caddy 1, Caddy 2, Transporter), erledigt""",
  [E("Auftrag", "Projekt|Vorgang|order|job",
     F("Auftragsnummer", "Nummer|Auftragsnr|job number", "text"),
     F("Auftraggeber", "Kunde|Bauherr|client", "text", "reference"),
     F("Gemarkung", "Gemeinde|cadastral district", "text"),
     F("Flurstück", "Flurstueck|Flurstücksnummer|parcel", "text"),
     F("Art", "Auftragsart|Typ|type", "choice", options=["Grenzfeststellung", "Absteckung", "Lageplan", "Gebäudeeinmessung"]),
     F("Honorar", "Betrag|Preis|fee", "money")),
   E("Außentermin", "Aussentermin|Termin|Grenztermin|Einsatz|field appointment",
     F("Auftrag", "Projekt|job", "reference", target="Auftrag"),
     F("Datum + Uhrzeit", "Datum|Termin|Zeitpunkt|Uhrzeit|date time", "datetime", "date"),
     F("Messtrupp", "Kollegen|Team|Trupp|crew", "text", "person|multi_choice|long_text"),
     F("Fahrzeug", "Auto|Wagen|vehicle", "choice", options=["Caddy 1", "Caddy 2", "Transporter"]),
     F("erledigt", "erledigt?|abgeschlossen|done|Status", "boolean", "choice"))],
  "Messtrupp names several colleagues; text or multi-person are both reasonable.")

C("h37d39", "de", "kostümverleih - ich brauch ne übersicht welche kostüme gerade verliehen sind. kostüm, kunde, ausgeliehen am, rückgabe bis, kaution (betrag) und ob zurück. kunden mit name, handynr und ausweis kopie",
  [E("Kostüm", "Kostuem|Kostüme|costume|Artikel",
     F("Bezeichnung", "Name|Kostüm|Titel|name", "text"),
     F("Größe", "Groesse|size", "text", "choice", opt=True)),
   E("Kunde", "Kundin|customer|Mieter",
     F("Name", "name|Kundenname", "text"),
     F("Handynummer", "handynr|Handy|Telefon|mobile|phone", "phone"),
     F("Ausweiskopie", "ausweis kopie|Ausweis|ID|Personalausweis|id copy", "file")),
   E("Verleih", "Ausleihe|Vermietung|Leihe|rental|hire|loan",
     F("Kostüm", "Kostuem|costume", "reference", target="Kostüm"),
     F("Kunde", "customer|Mieter", "reference", target="Kunde"),
     F("ausgeliehen am", "Ausleihdatum|verliehen am|von|start date", "date"),
     F("Rückgabe bis", "rueckgabe bis|Rückgabedatum|fällig|due date|bis", "date"),
     F("Kaution", "Kaution Betrag|Kautionsbetrag|deposit", "money"),
     F("zurück", "zurückgegeben|zurueck|zurück?|returned", "boolean", "choice"))])

C("h37d40", "de", """Moin, für unseren Faschingsverleih:
- Kostüme mit Artikelnr, Name, Größe (S, M, L, XL, Kinder), Kategorie, Leihpreis pro Tag, Zustand (neu, gut, gebraucht, defekt)
- Reinigung: welches Kostüm, wann zur Reinigung gegeben, wann zurück, Kosten, Reinigung (Firma) 
- Reinigungsfirmen mit Name, Telefon und Abholtag""",
  [E("Kostüm", "Kostuem|Artikel|costume",
     F("Artikelnummer", "Artikelnr|Art.-Nr.|Nummer|article number|sku", "text"),
     F("Name", "Bezeichnung|name", "text"),
     F("Größe", "Groesse|size", "choice", options=["S", "M", "L", "XL", "Kinder"]),
     F("Kategorie", "Thema|category", "choice", "text", options=[]),
     F("Leihpreis pro Tag", "Leihpreis|Tagespreis|Preis|daily price", "money"),
     F("Zustand", "condition|Status", "choice", options=["neu", "gut", "gebraucht", "defekt"])),
   E("Reinigung", "Reinigungsauftrag|Reinigungsvorgang|cleaning|Wäsche",
     F("Kostüm", "Kostuem|Artikel|costume", "reference", target="Kostüm"),
     F("zur Reinigung gegeben", "abgegeben am|gegeben am|Abgabedatum|sent on|wann gegeben", "date"),
     F("zurück am", "zurück|Rückgabe|returned on|wann zurück", "date"),
     F("Kosten", "Preis|Betrag|cost", "money"),
     F("Reinigungsfirma", "Firma|Reinigung|cleaner|Dienstleister", "reference", target="Reinigungsfirma")),
   E("Reinigungsfirma", "Reinigung|Firma|Textilreinigung|cleaner|cleaning company",
     F("Name", "Firmenname|name", "text"),
     F("Telefon", "Telefonnummer|phone", "phone"),
     F("Abholtag", "Abholung|Wochentag|pickup day", "choice", "text", options=[]))])

with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases))
