import json
OUT = []
def f(name, aliases, type, alt="", opts=None, target=None, opt=False):
    d = {"name": name, "aliases": [a for a in aliases.split("|") if a], "type": type,
         "alt_types": [a for a in alt.split("|") if a]}
    if opts is None and type in ("choice", "multi_choice"): opts = []
    if opts is not None: d["options"] = opts
    if target: d["target"] = target
    if opt: d["optional"] = True
    return d
def E(name, aliases, *fields):
    return {"name": name, "aliases": [a for a in aliases.split("|") if a], "fields": list(fields)}
NOTES = {"en": lambda: f("notes", "comments|remarks|note", "long_text", "text", opt=True),
         "fr": lambda: f("remarques", "notes|commentaires|observations|comments", "long_text", "text", opt=True),
         "es": lambda: f("notas", "observaciones|comentarios|notes|comments", "long_text", "text", opt=True),
         "de": lambda: f("Notizen", "Bemerkungen|Anmerkungen|Kommentar|notes", "long_text", "text", opt=True)}
def case(id, lang, prompt, ents, notes=""):
    rels = []
    for e in ents:
        for x in e["fields"]:
            if x["type"] == "reference" and not x.get("optional"):
                rels.append({"from": e["name"], "to": x["target"]})
    OUT.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents, "relations": rels, "notes": notes})
N = NOTES
# ---------------- English ----------------
case("h38d01", "en", "Hi, front desk at the vet clinic here. We send vaccine reminders by hand and it's a mess. I'd like a list of owners (name, phone, email), their pets (name, species - dog, cat, rabbit, other - breed, date of birth) and every vaccination we give: which pet, which vaccine, date given, batch number, when the next one is due and which vet did it. Owners can have several pets obviously.", [
    E("Owner", "client|pet owner|customer",
      f("name", "owner name|full name|client name", "text"), f("phone", "phone number|telephone|mobile", "phone"),
      f("email", "email address|e-mail", "email"), f("address", "home address", "long_text", "text", opt=True), N["en"]()),
    E("Pet", "animal|patient",
      f("name", "pet name|animal name", "text"), f("species", "animal type|kind|type", "choice", opts=["Dog", "Cat", "Rabbit", "Other"]),
      f("breed", "race", "text"), f("date of birth", "birth date|dob|birthday", "date"),
      f("owner", "pet owner|client", "reference", target="Owner"), N["en"]()),
    E("Vaccination", "vaccine|vaccination record|jab|immunisation",
      f("pet", "animal|patient", "reference", target="Pet"), f("vaccine", "vaccine name|vaccine type|product", "text", "choice"),
      f("date given", "date|vaccination date|given on|administered on", "date"), f("batch number", "batch|lot number|lot", "text"),
      f("next due", "due date|next due date|booster due|next vaccination", "date"),
      f("vet", "given by|administered by|veterinarian|vaccinated by", "person", "text"), N["en"]())])
case("h38d02", "en", "need to keep track of crowns and bridges we send out to the dental labs - patient, which lab, what work (crown/bridge/veneer/denture), shade, date sent, date due back, lab fee", [
    E("Dental lab", "lab|laboratory|dental laboratory",
      f("name", "lab name|laboratory", "text"), f("phone", "phone number|telephone", "phone", opt=True),
      f("email", "email address", "email", opt=True), f("contact", "contact person|contact name", "text", opt=True)),
    E("Lab case", "lab order|lab work|lab job|work order|case",
      f("patient", "patient name", "text", "reference"), f("lab", "dental lab|laboratory", "reference", target="Dental lab"),
      f("work type", "work|type|type of work|appliance|item", "choice", opts=["Crown", "Bridge", "Veneer", "Denture"]),
      f("shade", "tooth shade|colour|color", "text"), f("date sent", "sent on|sent date|sent", "date"),
      f("due back", "due date|return date|date due back|expected back", "date"),
      f("lab fee", "fee|cost|price|lab cost|amount", "money"),
      f("received", "returned|back|received?|status", "boolean", "choice", opt=True),
      f("dentist", "clinician|ordered by", "person", "text", opt=True), N["en"]())])
case("h38d03", "en", """Props store inventory for the theatre. For every prop:
- name
- category (furniture, hand prop, weapon, set dressing, food)
- where it's stored (shelf/bay)
- condition: good / needs repair / retired
- a photo
- which production it's currently out on, if any
And a simple list of productions with title, director and opening night.""", [
    E("Prop", "property|item|props item",
      f("name", "prop name|item|description", "text"), f("category", "type|kind", "choice", opts=["Furniture", "Hand prop", "Weapon", "Set dressing", "Food"]),
      f("storage location", "location|stored|where stored|shelf|bay|shelf/bay", "text"),
      f("condition", "state|status", "choice", opts=["Good", "Needs repair", "Retired"]),
      f("photo", "picture|image", "file"), f("production", "current production|show|out on|used in", "reference", target="Production"), N["en"]()),
    E("Production", "show|play",
      f("title", "name|show title|production title", "text"), f("director", "directed by", "text", "person"),
      f("opening night", "opening|opening date|premiere|first night", "date", "datetime"),
      f("closing night", "closing date|last performance", "date", opt=True))])
case("h38d04", "en", "We're a small live events company and our crew booking is all WhatsApp. I want crew members (name, mobile, role: stagehand, rigger, LX, sound, driver, day rate), the gigs (client, venue, date, load-in time) and who is booked on which gig with their call time and hours worked so we can pay them at the end of the month.", [
    E("Crew member", "crew|freelancer|technician|staff",
      f("name", "full name|crew name", "text"), f("mobile", "phone|mobile number|phone number", "phone"),
      f("role", "position|job|skill", "choice", "multi_choice", opts=["Stagehand", "Rigger", "LX", "Sound", "Driver"]),
      f("day rate", "rate|daily rate|fee", "money"), f("email", "email address", "email", opt=True)),
    E("Gig", "event|job|show|booking",
      f("client", "customer|promoter", "text", "reference"), f("venue", "location|place", "text"),
      f("date", "event date|gig date|show date", "date"), f("load-in time", "load in|load-in|get in|load in time", "datetime", "text"), N["en"]()),
    E("Crew booking", "booking|shift|assignment|crew call|call",
      f("crew member", "crew|technician|who", "reference", target="Crew member"), f("gig", "event|job", "reference", target="Gig"),
      f("call time", "call|start time|call at", "datetime", "text"), f("hours worked", "hours|worked hours", "decimal", "integer"),
      f("paid", "paid?|payment status", "boolean", "choice", opt=True))])
case("h38d05", "en", "tree inspection register for parks dept. every tree has an ID tag number, species, the park its in and GPS location. inspectors log each inspection: date, inspector, risk rating (low, medium, high, urgent), what work is recommended (prune, fell, monitor, none) and photos. we also need the list of parks with name and ward", [
    E("Park", "green space|site",
      f("name", "park name", "text"), f("ward", "district|area", "text", "choice"), N["en"]()),
    E("Tree", "tree record",
      f("tag number", "id|tree id|tag|id tag|id tag number|tree number", "text", "integer"), f("species", "tree species|type", "text", "choice"),
      f("park", "located in|site", "reference", target="Park"), f("GPS location", "location|gps|coordinates|lat long", "text"),
      f("height", "tree height", "decimal", opt=True)),
    E("Inspection", "tree inspection|survey|check",
      f("tree", "tree tag", "reference", target="Tree"), f("date", "inspection date|inspected on", "date", "datetime"),
      f("inspector", "inspected by|arborist", "person", "text"),
      f("risk rating", "risk|risk level|rating", "choice", opts=["Low", "Medium", "High", "Urgent"]),
      f("recommended work", "work recommended|recommendation|action|work needed", "choice", "multi_choice", opts=["Prune", "Fell", "Monitor", "None"]),
      f("photos", "photo|pictures|images", "file"), N["en"]())])
case("h38d06", "en", "Pothole reports from residents. Want to log: when it was reported, street/location, reporter's name + phone + email (optional), a photo, how bad (minor, moderate, dangerous), status (new, scheduled, fixed, not ours), which crew lead it's assigned to and the date fixed.", [
    E("Pothole report", "pothole|report|defect report|road defect|issue",
      f("reported on", "date reported|reported|report date|reported at", "date", "datetime"),
      f("location", "street|street/location|address|road", "text"), f("reporter name", "reported by|resident|name|reporter", "text"),
      f("reporter phone", "phone|phone number|telephone", "phone"), f("reporter email", "email|email address", "email"),
      f("photo", "picture|image", "file"), f("severity", "how bad|priority|seriousness", "choice", opts=["Minor", "Moderate", "Dangerous"]),
      f("status", "state", "choice", opts=["New", "Scheduled", "Fixed", "Not ours"]),
      f("assigned to", "crew lead|crew|assignee|owner", "person", "text"), f("date fixed", "fixed on|repaired on|completion date|fixed date", "date"),
      N["en"]())])
case("h38d07", "en", """Hello,

Our claims team currently logs new motor and home claims in Excel. Could we get something where we record the policyholder (name, phone, email, address), their policies (policy number, product - motor, home or travel, start and end date, annual premium) and claims against a policy: claim number, date of loss, date reported, description of what happened, estimated amount, status (open, under review, approved, declined, paid), and the handler.

Thanks, Priya""", [
    E("Policyholder", "customer|insured|client|policy holder",
      f("name", "full name|customer name", "text"), f("phone", "phone number|telephone", "phone"),
      f("email", "email address", "email"), f("address", "postal address", "long_text", "text")),
    E("Policy", "insurance policy|cover",
      f("policy number", "number|policy no|policy ref", "text"), f("policyholder", "customer|insured|holder", "reference", target="Policyholder"),
      f("product", "type|policy type|cover type", "choice", opts=["Motor", "Home", "Travel"]),
      f("start date", "start|inception date|from", "date"), f("end date", "end|expiry date|expiry|to|renewal date", "date"),
      f("annual premium", "premium|yearly premium", "money")),
    E("Claim", "insurance claim",
      f("claim number", "number|claim no|claim ref|reference", "text"), f("policy", "insurance policy", "reference", target="Policy"),
      f("date of loss", "loss date|incident date|date of incident", "date"), f("date reported", "reported on|notification date|reported", "date"),
      f("description", "what happened|details|circumstances", "long_text", "text"),
      f("estimated amount", "estimate|estimated cost|reserve|amount", "money"),
      f("status", "claim status|stage", "choice", opts=["Open", "Under review", "Approved", "Declined", "Paid"]),
      f("handler", "claims handler|assigned to|owner|adjuster", "person", "text"))])
case("h38d08", "en", "Log of adjuster site visits per claim - when (date and time), which adjuster, miles driven, what they found, photos, and whether a follow-up visit is needed. Claims just need the claim ref and insured name.", [
    E("Claim", "insurance claim|file",
      f("claim ref", "claim number|reference|claim reference|claim no", "text"), f("insured name", "insured|policyholder|customer|name", "text")),
    E("Site visit", "visit|inspection|adjuster visit|inspection visit",
      f("claim", "claim ref", "reference", target="Claim"), f("visit time", "when|date and time|visited at|date|visit date", "datetime", "date"),
      f("adjuster", "loss adjuster|inspector|visited by", "person", "text"), f("miles driven", "mileage|miles|distance", "decimal", "integer"),
      f("findings", "what they found|observations|report|notes", "long_text", "text"), f("photos", "photo|pictures|images", "file"),
      f("follow-up needed", "follow up|follow-up visit|revisit needed|follow-up visit needed", "boolean"))])
case("h38d09", "en", "Boarding bookings for our clinic kennels. Pet name + owner + owner phone, kennel number, check in and check out dates, feeding instructions, does it need medication (y/n) and what, and the nightly price", [
    E("Boarding booking", "booking|stay|boarding|kennel booking|reservation",
      f("pet name", "pet|animal|animal name", "text", "reference"), f("owner", "owner name|client", "text", "reference"),
      f("owner phone", "phone|phone number|contact number", "phone"), f("kennel number", "kennel|kennel no|pen", "text", "integer|choice"),
      f("check in", "check-in|arrival|check in date|from", "date", "datetime"), f("check out", "check-out|departure|check out date|to", "date", "datetime"),
      f("feeding instructions", "feeding|diet|food", "long_text", "text"), f("needs medication", "medication|medication needed|on medication|medication?", "boolean"),
      f("medication details", "which medication|what medication|medication notes|medicine", "long_text", "text"),
      f("nightly price", "price per night|rate|nightly rate|price", "money"),
      f("total", "total price|total cost", "money", opt=True), N["en"]())])
case("h38d10", "en", "Autoclave log for the surgery (infection control audit coming up!!). we have 2 autoclaves - name + serial no + last service date. each cycle: which machine, date/time, cycle no, temp reached, pressure, did it pass, who ran it. if fail, what was done about it.", [
    E("Autoclave", "machine|steriliser|sterilizer",
      f("name", "machine name|label", "text"), f("serial number", "serial|serial no", "text"),
      f("last service date", "last serviced|service date|last service", "date")),
    E("Cycle", "sterilisation cycle|autoclave cycle|run|log entry",
      f("autoclave", "machine|steriliser", "reference", target="Autoclave"), f("run at", "date/time|date|time|date and time|started at", "datetime", "date"),
      f("cycle number", "cycle no|cycle|number", "integer", "text"), f("temperature", "temp|temp reached|temperature reached", "decimal", "integer"),
      f("pressure", "pressure reached", "decimal", "integer"), f("passed", "pass|result|pass/fail|did it pass", "boolean", "choice"),
      f("operator", "run by|who ran it|staff|ran by", "person", "text"),
      f("corrective action", "action taken|what was done|remedial action|fail action", "long_text", "text"))])
case("h38d11", "en", "comp tickets! cast and crew keep asking box office for freebies. want a request form: who's asking, guest name(s), how many tickets, which performance, reason (press, family, industry, sponsor) and box office approves or declines. performances = show name + date/time + house seats available", [
    E("Performance", "show|date|performance date",
      f("show name", "show|production|title|name", "text", "reference"), f("date/time", "date|start time|curtain|performance time|datetime", "datetime", "date"),
      f("house seats available", "house seats|seats available|comp allocation|available seats", "integer")),
    E("Comp request", "comp ticket request|complimentary ticket|request|ticket request|guest list",
      f("requested by", "who's asking|requester|asked by", "person", "text"), f("guest names", "guest name|guests|guest", "text", "long_text"),
      f("number of tickets", "tickets|how many|quantity|ticket count", "integer"),
      f("performance", "show", "reference", target="Performance"),
      f("reason", "category|type|purpose", "choice", opts=["Press", "Family", "Industry", "Sponsor"]),
      f("decision", "status|approved|approval", "choice", "boolean", opts=["Approved", "Declined"]),
      f("approved by", "decided by|box office", "person", opt=True))])
case("h38d12", "en", "Weekly playground safety checks. For each playground (name, park, age range) the inspector ticks: surfacing OK, fencing & gates OK, equipment secure, no litter/glass, signage present. Plus any defects found, photo, and if it needs closing.", [
    E("Playground", "play area",
      f("name", "playground name", "text"), f("park", "park name|location", "text", "reference"),
      f("age range", "ages|age group", "text", "choice")),
    E("Safety check", "check|inspection|weekly check|playground check",
      f("playground", "play area", "reference", target="Playground"), f("date", "check date|checked on|inspection date", "date", "datetime", opt=True),
      f("inspector", "checked by|inspected by", "person", "text", opt=True),
      f("surfacing OK", "surfacing|surface ok", "boolean"), f("fencing and gates OK", "fencing|gates|fencing & gates|fencing & gates ok", "boolean"),
      f("equipment secure", "equipment|equipment ok", "boolean"), f("no litter or glass", "litter|glass|no litter/glass|litter free", "boolean"),
      f("signage present", "signage|signs", "boolean"), f("defects found", "defects|issues|problems", "long_text", "text"),
      f("photo", "picture|image", "file"), f("needs closing", "close|closure needed|closed|needs closure", "boolean"))],
    "Checks are weekly; the inspector and date of each check are implied.")
case("h38d13", "en", "public works fleet fuel log - vans, tractors, mowers, gritters. reg or plant number, type, and then every fill-up: date, litres, cost, odometer/hours reading, who filled it, fuel card used", [
    E("Vehicle", "plant|fleet item|machine|vehicle or plant",
      f("registration", "reg|plant number|reg or plant number|reg number|number", "text"),
      f("type", "vehicle type|kind", "choice", opts=["Van", "Tractor", "Mower", "Gritter"]),
      f("make and model", "model|make", "text", opt=True)),
    E("Fuel entry", "fill-up|refuel|fuel log|fuelling",
      f("vehicle", "plant|machine", "reference", target="Vehicle"), f("date", "fill date|fuelled on", "date", "datetime"),
      f("litres", "liters|quantity|volume", "decimal"), f("cost", "amount|price|total", "money"),
      f("odometer reading", "odometer|hours reading|odometer/hours|meter reading|mileage", "decimal", "integer"),
      f("filled by", "driver|who filled it|operator", "person", "text"),
      f("fuel card", "card|fuel card used|card number", "text", "choice"))])
case("h38d14", "en", "Recoveries tracker: when we pay a claim that was someone else's fault we chase the other insurer. Need per claim: claim number, our payout, then recovery attempts against third party insurers (insurer name, their ref, amount sought, amount recovered, date settled, status open/partial/recovered/written off). Insurers list with claims email.", [
    E("Claim", "insurance claim",
      f("claim number", "number|claim no|claim ref", "text"), f("our payout", "payout|amount paid|paid amount|settlement", "money")),
    E("Third party insurer", "insurer|other insurer|insurance company",
      f("name", "insurer name|company", "text"), f("claims email", "email|email address", "email")),
    E("Recovery", "recovery attempt|subrogation|recovery claim",
      f("claim", "our claim", "reference", target="Claim"), f("insurer", "third party insurer|other insurer", "reference", target="Third party insurer"),
      f("their reference", "their ref|insurer ref|third party ref|reference", "text"),
      f("amount sought", "sought|amount claimed|claimed", "money"), f("amount recovered", "recovered|received", "money"),
      f("date settled", "settled on|settlement date|settled", "date"),
      f("status", "recovery status", "choice", opts=["Open", "Partial", "Recovered", "Written off"]),
      f("handler", "recovery handler|assigned to", "person", opt=True), N["en"]())])
case("h38d15", "en", "Venue hire enquiries: organisation, contact name, email, phone, requested date, which space (Main House / Studio / Foyer / Rehearsal Room), expected audience, type of event, our quote and where it's at (enquiry, quoted, confirmed, lost). Also who's dealing with it.", [
    E("Hire enquiry", "enquiry|venue hire|booking enquiry|hire request|inquiry",
      f("organisation", "organization|company|hirer", "text"), f("contact name", "contact|name", "text"),
      f("email", "email address|contact email", "email"), f("phone", "phone number|telephone", "phone"),
      f("requested date", "event date|date|date requested", "date", "datetime"),
      f("space", "room|venue|space requested", "choice", "multi_choice", opts=["Main House", "Studio", "Foyer", "Rehearsal Room"]),
      f("expected audience", "audience|attendance|capacity|number of guests", "integer"),
      f("event type", "type of event|type|kind", "text", "choice"), f("quote", "quote amount|price|quoted", "money"),
      f("status", "stage|where it's at", "choice", opts=["Enquiry", "Quoted", "Confirmed", "Lost"]),
      f("handled by", "owner|dealing with it|assigned to|contact person", "person", "text"), N["en"]())])
case("h38d16", "en", "controlled drugs register for the practice. For each CD: name, strength, form. Every entry: date, drug, received or dispensed, qty, patient (animal) and owner surname if dispensed, running balance, vet who signed and a witness.", [
    E("Controlled drug", "drug|cd|medicine|medication",
      f("name", "drug name", "text"), f("strength", "dose|concentration", "text"),
      f("form", "formulation|type", "text", "choice")),
    E("Register entry", "entry|cd entry|transaction|movement|record",
      f("date", "entry date", "date", "datetime"), f("drug", "controlled drug|medication", "reference", target="Controlled drug"),
      f("movement", "type|received or dispensed|direction|transaction type", "choice", opts=["Received", "Dispensed"]),
      f("quantity", "qty|amount", "decimal", "integer"), f("patient", "animal|patient name|pet", "text", "reference"),
      f("owner surname", "owner|owner name|client", "text"), f("running balance", "balance|stock balance", "decimal", "integer"),
      f("vet", "signed by|vet who signed|veterinarian", "person", "text"), f("witness", "witnessed by", "person", "text"))])
# ---------------- French ----------------
case("h38d17", "fr", "Bonjour, pour la clinique vétérinaire on voudrait gérer les rendez-vous : le propriétaire (nom, téléphone, email), l'animal (nom, espèce, race, poids) et le rendez-vous lui-même avec date et heure, motif (consultation, vaccin, chirurgie, urgence), vétérinaire et si le client est venu ou pas.", [
    E("Propriétaire", "client|maître|owner",
      f("nom", "nom du propriétaire|nom complet|name", "text"), f("téléphone", "tel|numéro de téléphone|phone", "phone"),
      f("email", "e-mail|courriel|adresse email", "email")),
    E("Animal", "patient|pet|animal de compagnie",
      f("nom", "nom de l'animal|name", "text"), f("espèce", "type|species", "text", "choice"), f("race", "breed", "text"),
      f("poids", "poids kg|weight", "decimal"), f("propriétaire", "maître|client|owner", "reference", target="Propriétaire")),
    E("Rendez-vous", "rdv|consultation|appointment",
      f("animal", "patient|pet", "reference", target="Animal"), f("date et heure", "date|heure|horaire|date/heure|appointment time", "datetime"),
      f("motif", "raison|type|reason", "choice", opts=["Consultation", "Vaccin", "Chirurgie", "Urgence"]),
      f("vétérinaire", "veto|vet|praticien", "person", "text"),
      f("présent", "venu|client venu|présence|honoré|status|statut", "boolean", "choice"), N["fr"]())])
case("h38d18", "fr", """Cabinet dentaire – suivi des devis prothèses
- patient : nom, prénom, date de naissance, mutuelle
- devis : patient, date, type de soin (couronne, implant, bridge, appareil amovible), montant total, part mutuelle estimée, statut (envoyé, accepté, refusé, expiré)
- le devis signé en pdf""", [
    E("Patient", "patient du cabinet",
      f("nom", "nom de famille|last name", "text"), f("prénom", "first name", "text"),
      f("date de naissance", "naissance|birth date|dob", "date"), f("mutuelle", "complémentaire|assurance|insurer", "text")),
    E("Devis", "estimation|quote|proposition",
      f("patient", "", "reference", target="Patient"), f("date", "date du devis|date d'envoi", "date"),
      f("type de soin", "soin|type|traitement|acte", "choice", "multi_choice", opts=["Couronne", "Implant", "Bridge", "Appareil amovible"]),
      f("montant total", "montant|total|prix|amount", "money"), f("part mutuelle estimée", "part mutuelle|remboursement mutuelle|prise en charge", "money"),
      f("statut", "état|status", "choice", opts=["Envoyé", "Accepté", "Refusé", "Expiré"]),
      f("devis signé", "pdf|document|devis signé pdf|fichier", "file"), f("dentiste", "praticien", "person", opt=True))])
case("h38d19", "fr", "On part en tournée cet hiver avec le spectacle, j'ai besoin de suivre les dates : la salle (nom, ville, jauge, contact technique avec son tel) et pour chaque date la salle, le jour, l'heure de la représentation, le cachet, si l'hébergement est réservé et si le contrat est signé. merci !", [
    E("Salle", "lieu|théâtre|venue",
      f("nom", "nom de la salle|name", "text"), f("ville", "city|commune", "text"), f("jauge", "capacité|places|capacity", "integer"),
      f("contact technique", "régisseur|contact|technical contact", "text"), f("téléphone contact", "tel|téléphone|téléphone du contact|phone", "phone")),
    E("Date de tournée", "date|représentation|tour date|dates",
      f("salle", "lieu|venue", "reference", target="Salle"), f("jour", "date", "date", "datetime"),
      f("heure de représentation", "heure|horaire|heure du spectacle|time", "text", "datetime"),
      f("cachet", "montant|fee|prix de cession", "money"), f("hébergement réservé", "hébergement|hotel|logement", "boolean"),
      f("contrat signé", "contrat|signed", "boolean"), N["fr"]())])
case("h38d20", "fr", "service espaces verts : je veux tracer les interventions sur les massifs de la ville. un massif = nom, quartier, surface m2. une intervention = quel massif, date, type (tonte, taille, arrosage, desherbage, plantation), agent, duree en heures, et eventuellement une photo", [
    E("Massif", "parterre|espace vert|flower bed|bed",
      f("nom", "name", "text"), f("quartier", "secteur|zone|district", "text", "choice"),
      f("surface", "surface m2|superficie|m2|area", "decimal", "integer")),
    E("Intervention", "travaux|entretien|task|maintenance",
      f("massif", "parterre", "reference", target="Massif"), f("date", "jour|date d'intervention", "date", "datetime"),
      f("type", "type d'intervention|nature", "choice", "multi_choice", opts=["Tonte", "Taille", "Arrosage", "Désherbage", "Plantation"]),
      f("agent", "jardinier|intervenant", "person", "text"), f("durée", "durée en heures|heures|temps passé|hours", "decimal", "integer"),
      f("photo", "image|picture", "file"), N["fr"]())])
case("h38d21", "fr", "Les assos nous empruntent sans arrêt barrières, podiums, tables, grilles d'expo... Il faudrait l'inventaire du matériel (désignation, quantité en stock, lieu de stockage), la liste des associations (nom, président, téléphone, email) et les prêts : quelle asso, quel matériel, combien, date de sortie, date de retour prévue, rendu ou non, état au retour.", [
    E("Matériel", "équipement|article|equipment|item",
      f("désignation", "nom|libellé|name", "text"), f("quantité en stock", "stock|quantité|quantity", "integer"),
      f("lieu de stockage", "stockage|emplacement|location|entrepôt", "text", "choice"),
      f("catégorie", "type", "choice", "text", opt=True)),
    E("Association", "asso|club|organisation",
      f("nom", "nom de l'association|name", "text"), f("président", "responsable|contact|president", "text"),
      f("téléphone", "tel|phone", "phone"), f("email", "e-mail|courriel", "email")),
    E("Prêt", "emprunt|sortie|loan",
      f("association", "asso|emprunteur", "reference", target="Association"), f("matériel", "équipement|article", "reference", target="Matériel"),
      f("quantité", "combien|nombre|quantity", "integer"), f("date de sortie", "date de prêt|sortie|date d'emprunt", "date"),
      f("date de retour prévue", "retour prévu|date de retour|due date", "date"), f("rendu", "retourné|rendu ou non|retour", "boolean", "choice"),
      f("état au retour", "état|condition|état de retour", "choice", "text|long_text"), N["fr"]())])
case("h38d22", "fr", """Bonjour à tous,
Pour le pôle sinistres habitation, nous souhaitons une appli pour suivre les dossiers : numéro de sinistre, assuré, date de survenance, type (dégât des eaux, incendie, vol, bris de glace, catastrophe naturelle), montant estimé, l'expert mandaté et la date de son rapport. Les experts : nom, cabinet, téléphone, email.
Cordialement""", [
    E("Sinistre", "dossier|dossier sinistre|claim",
      f("numéro de sinistre", "numéro|n° sinistre|référence|claim number", "text"), f("assuré", "client|nom de l'assuré", "text", "reference"),
      f("date de survenance", "date du sinistre|date|survenance", "date"),
      f("type", "nature|type de sinistre", "choice", opts=["Dégât des eaux", "Incendie", "Vol", "Bris de glace", "Catastrophe naturelle"]),
      f("montant estimé", "estimation|montant|amount", "money"), f("expert", "expert mandaté", "reference", target="Expert"),
      f("date du rapport", "date rapport d'expertise|rapport|date rapport", "date"),
      f("statut", "état|status", "choice", opt=True), f("gestionnaire", "chargé de dossier", "person", opt=True)),
    E("Expert", "expert en assurance|cabinet d'expertise",
      f("nom", "name", "text"), f("cabinet", "société|cabinet d'expertise|company", "text"),
      f("téléphone", "tel|phone", "phone"), f("email", "e-mail|courriel", "email"))])
case("h38d23", "fr", "fiches costumes pour la nouvelle creation: chaque costume (nom/description, personnage, taille, matiere, photo) est attribue a un comedien. Pour les comediens: nom, telephone, mensurations. Et on note les essayages : costume, date, retouches a faire, fait oui/non", [
    E("Costume", "tenue|pièce|costume piece",
      f("description", "nom|nom/description|désignation|name", "text", "long_text"), f("personnage", "rôle|character", "text"),
      f("taille", "size", "text", "choice"), f("matière", "tissu|fabric|material", "text"), f("photo", "image|picture", "file"),
      f("comédien", "acteur|interprète|actor", "reference", target="Comédien")),
    E("Comédien", "acteur|interprète|artiste|actor",
      f("nom", "name", "text"), f("téléphone", "tel|phone", "phone"), f("mensurations", "mesures|measurements", "long_text", "text")),
    E("Essayage", "fitting|séance d'essayage",
      f("costume", "", "reference", target="Costume"), f("date", "date d'essayage", "date", "datetime"),
      f("retouches à faire", "retouches|modifications|alterations", "long_text", "text"), f("fait", "terminé|fait oui/non|done", "boolean"))])
case("h38d24", "fr", "suivi vehicules sinistres en garage agree : immatriculation, n° dossier, garage, date entree, date de sortie prevue, montant du devis, vehicule de pret oui/non, statut (en attente expertise, en reparation, termine)", [
    E("Véhicule en réparation", "dossier|véhicule|réparation|suivi|vehicle repair",
      f("immatriculation", "plaque|numéro d'immatriculation|registration", "text"), f("numéro de dossier", "n° dossier|dossier|référence", "text"),
      f("garage", "garage agréé|réparateur", "text", "reference"), f("date d'entrée", "date entree|entrée|arrivée", "date"),
      f("date de sortie prévue", "date sortie prevue|sortie prévue|date de restitution", "date"),
      f("montant du devis", "devis|montant|montant devis", "money"), f("véhicule de prêt", "vehicule de pret|prêt|voiture de courtoisie", "boolean"),
      f("statut", "état|status", "choice", opts=["En attente expertise", "En réparation", "Terminé"]), N["fr"]())])
# ---------------- Spanish ----------------
case("h38d25", "es", "Necesitamos controlar a los animales hospitalizados en la clínica: la mascota (nombre, especie, dueño, teléfono del dueño), el ingreso (jaula, fecha de ingreso, fecha de alta, veterinario responsable, diagnóstico, estado: estable, en observación, crítico, dado de alta) y los controles de cada ingreso con la hora, temperatura, peso y quién lo hizo.", [
    E("Mascota", "paciente|animal|pet",
      f("nombre", "nombre de la mascota|name", "text"), f("especie", "tipo|species", "text", "choice"),
      f("dueño", "propietario|cliente|owner", "text", "reference"), f("teléfono del dueño", "teléfono|telefono|phone", "phone")),
    E("Ingreso", "hospitalización|internamiento|admission",
      f("mascota", "paciente|animal", "reference", target="Mascota"), f("jaula", "box|número de jaula|cage", "text", "integer|choice"),
      f("fecha de ingreso", "ingreso|fecha de entrada|admitted", "date", "datetime"), f("fecha de alta", "alta|fecha de salida|discharge", "date", "datetime"),
      f("veterinario responsable", "veterinario|responsable|vet", "person", "text"), f("diagnóstico", "diagnostico|diagnosis", "long_text", "text"),
      f("estado", "status|situación", "choice", opts=["Estable", "En observación", "Crítico", "Dado de alta"])),
    E("Control", "revisión|constantes|chequeo|check",
      f("ingreso", "hospitalización", "reference", target="Ingreso"), f("hora", "fecha y hora|fecha|time", "datetime"),
      f("temperatura", "temp|temperature", "decimal"), f("peso", "weight", "decimal"),
      f("realizado por", "quién lo hizo|responsable|auxiliar|hecho por", "person", "text"), N["es"]())])
case("h38d26", "es", """Hola! En la clínica dental llevamos el material en una libreta y siempre nos quedamos sin guantes 🙃
Quiero:
- productos: nombre, categoría (desechables, anestesia, ortodoncia, limpieza), stock actual, stock mínimo, proveedor
- proveedores: nombre, teléfono, email, web
- pedidos: producto, cantidad, fecha, precio, recibido sí/no""", [
    E("Producto", "material|artículo|consumible|product",
      f("nombre", "name|descripción", "text"), f("categoría", "categoria|tipo|category", "choice", opts=["Desechables", "Anestesia", "Ortodoncia", "Limpieza"]),
      f("stock actual", "stock|existencias|cantidad", "integer", "decimal"), f("stock mínimo", "mínimo|stock minimo|minimum", "integer", "decimal"),
      f("proveedor", "supplier", "reference", target="Proveedor")),
    E("Proveedor", "distribuidor|supplier",
      f("nombre", "name|empresa", "text"), f("teléfono", "telefono|phone", "phone"), f("email", "correo|correo electrónico", "email"),
      f("web", "sitio web|página web|url|website", "url")),
    E("Pedido", "compra|orden|order",
      f("producto", "material|artículo", "reference", target="Producto"), f("cantidad", "unidades|quantity", "integer"),
      f("fecha", "fecha del pedido|fecha de pedido", "date"), f("precio", "importe|coste|price", "money"),
      f("recibido", "recibido sí/no|entregado|received", "boolean", "choice"))])
case("h38d27", "es", "para la productora: por cada evento (nombre, fecha, recinto) tenemos varios artistas, y cada artista manda su rider tecnico. quiero apuntar los requerimientos: artista, tipo (sonido, luces, backline, catering, camerino), descripcion, cantidad, si ya esta conseguido y quien se encarga. Los artistas con nombre, contacto del manager y email", [
    E("Evento", "concierto|show|bolo|event",
      f("nombre", "nombre del evento|name", "text"), f("fecha", "día|date", "date", "datetime"), f("recinto", "sala|lugar|venue", "text")),
    E("Artista", "grupo|banda|artist",
      f("nombre", "name|nombre artístico", "text"), f("contacto del manager", "manager|contacto|mánager", "text", "phone"),
      f("email", "correo|correo electrónico", "email"), f("evento", "concierto|show", "reference", target="Evento")),
    E("Requerimiento", "requerimiento técnico|necesidad|rider|item del rider|requirement",
      f("artista", "grupo|banda", "reference", target="Artista"),
      f("tipo", "categoría|type", "choice", opts=["Sonido", "Luces", "Backline", "Catering", "Camerino"]),
      f("descripción", "descripcion|detalle|description", "long_text", "text"), f("cantidad", "unidades|quantity", "integer"),
      f("conseguido", "ya está conseguido|resuelto|listo|ok", "boolean", "choice"), f("responsable", "quién se encarga|encargado|asignado a", "person", "text"))])
case("h38d28", "es", "Reservas de instalaciones del parque municipal (kioscos, pistas de petanca, zona de barbacoa, escenario al aire libre). Quien reserva (nombre, DNI, teléfono), qué instalación, fecha, hora inicio y fin, número de asistentes, tasa pagada y si se ha pagado, y el justificante.", [
    E("Instalación", "espacio|recinto|zona|facility",
      f("nombre", "name", "text"), f("tipo", "tipo de instalación|type", "choice", opts=["Kiosco", "Pista de petanca", "Zona de barbacoa", "Escenario al aire libre"]),
      f("aforo", "capacidad|capacity", "integer", opt=True)),
    E("Reserva", "solicitud|booking|reservation",
      f("nombre", "solicitante|quién reserva|nombre del solicitante|titular", "text"), f("DNI", "documento|nif|dni del solicitante", "text"),
      f("teléfono", "telefono|phone", "phone"), f("instalación", "espacio|zona", "reference", target="Instalación"),
      f("fecha", "día|date", "date"), f("hora de inicio", "inicio|hora inicio|desde", "text", "datetime"), f("hora de fin", "fin|hora fin|hasta", "text", "datetime"),
      f("número de asistentes", "asistentes|personas|participantes", "integer"), f("tasa", "importe|tasa pagada|precio|fee", "money"),
      f("pagado", "pagada|se ha pagado|pago", "boolean", "choice"), f("justificante", "recibo|comprobante|justificante de pago", "file"))])
case("h38d29", "es", "incidencias del alumbrado publico: cada farola tiene codigo, calle, tipo de lampara (LED, sodio, halogenuro) y fecha de instalacion. las incidencias: farola, fecha aviso, quien avisa (vecino, policia, patrulla propia), descripcion, prioridad, operario asignado, fecha de reparacion y coste del material", [
    E("Farola", "punto de luz|luminaria|streetlight",
      f("código", "codigo|id|número|code", "text"), f("calle", "dirección|ubicación|street", "text"),
      f("tipo de lámpara", "tipo de lampara|lámpara|tipo|lamp type", "choice", opts=["LED", "Sodio", "Halogenuro"]),
      f("fecha de instalación", "fecha de instalacion|instalada|installed", "date")),
    E("Incidencia", "avería|aviso|incident",
      f("farola", "punto de luz", "reference", target="Farola"), f("fecha de aviso", "fecha aviso|fecha|avisado", "date", "datetime"),
      f("origen del aviso", "quién avisa|quien avisa|avisado por|origen", "choice", opts=["Vecino", "Policía", "Patrulla propia"]),
      f("descripción", "descripcion|detalle", "long_text", "text"), f("prioridad", "urgencia|priority", "choice"),
      f("operario asignado", "operario|asignado a|técnico", "person", "text"), f("fecha de reparación", "fecha de reparacion|reparada|reparado el", "date"),
      f("coste del material", "coste|coste material|importe", "money"), f("estado", "status", "choice", opt=True))])
case("h38d30", "es", """Buenos días,
en el departamento de siniestros queremos gestionar los peritajes. Cada siniestro tiene número, asegurado, fecha y tipo (hogar, auto, comercio). Le asignamos un perito de nuestra lista (nombre, empresa, zona, teléfono) y cuando hace la visita registramos la fecha de visita, el informe (pdf), la valoración de daños y si recomienda rehusar el siniestro.
Un saludo""", [
    E("Siniestro", "expediente|claim",
      f("número", "número de siniestro|referencia|nº siniestro", "text"), f("asegurado", "cliente|tomador", "text", "reference"),
      f("fecha", "fecha del siniestro|fecha de ocurrencia", "date"), f("tipo", "ramo|tipo de siniestro", "choice", opts=["Hogar", "Auto", "Comercio"])),
    E("Perito", "tasador|experto|adjuster",
      f("nombre", "name", "text"), f("empresa", "gabinete|compañía|company", "text"), f("zona", "área|región", "text", "choice"),
      f("teléfono", "telefono|phone", "phone")),
    E("Peritaje", "peritación|visita|tasación|informe pericial",
      f("siniestro", "expediente", "reference", target="Siniestro"), f("perito", "tasador", "reference", target="Perito"),
      f("fecha de visita", "visita|fecha", "date", "datetime"), f("informe", "informe pdf|documento|pdf", "file"),
      f("valoración de daños", "valoración|importe|daños|valoracion", "money"),
      f("recomienda rehusar", "rehusar|rehúse|rechazo recomendado|recomendación", "boolean", "choice"))])
case("h38d31", "es", "quejas de clientes de la aseguradora: nombre del cliente, nº de póliza, canal (teléfono, email, carta, oficina), motivo, fecha de entrada, plazo de respuesta, quien la gestiona, estado (abierta, respondida, escalada al defensor, cerrada) y la respuesta enviada", [
    E("Queja", "reclamación|reclamacion|queja de cliente|complaint",
      f("nombre del cliente", "cliente|nombre|reclamante", "text"), f("número de póliza", "nº de póliza|póliza|poliza", "text"),
      f("canal", "vía|medio|channel", "choice", opts=["Teléfono", "Email", "Carta", "Oficina"]),
      f("motivo", "causa|asunto|reason", "text", "long_text|choice"), f("fecha de entrada", "fecha|recibida|fecha de recepción", "date"),
      f("plazo de respuesta", "fecha límite|vencimiento|plazo", "date"), f("gestor", "quién la gestiona|responsable|gestionada por|asignada a", "person", "text"),
      f("estado", "status", "choice", opts=["Abierta", "Respondida", "Escalada al defensor", "Cerrada"]),
      f("respuesta enviada", "respuesta|contestación", "long_text", "text|file"))])
case("h38d32", "es", "turnos de las higienistas de la clinica. higienistas: nombre, telefono, horas semanales de contrato. turnos: higienista, gabinete (1, 2, 3), fecha, mañana o tarde, y si es sustitución", [
    E("Higienista", "empleada|personal|hygienist",
      f("nombre", "name", "text"), f("teléfono", "telefono|phone", "phone"),
      f("horas semanales", "horas de contrato|horas semanales de contrato|horas", "decimal", "integer")),
    E("Turno", "guardia|horario|shift",
      f("higienista", "empleada", "reference", target="Higienista"), f("gabinete", "sala|box|consulta", "choice", "text|integer", opts=["1", "2", "3"]),
      f("fecha", "día|date", "date"), f("franja", "mañana o tarde|turno|horario|mañana/tarde", "choice", opts=["Mañana", "Tarde"]),
      f("sustitución", "sustitucion|es sustitución|suplencia", "boolean"))])
# ---------------- German ----------------
case("h38d33", "de", "Für unsere Tierarztpraxis brauchen wir einen OP-Plan. Pro Operation: welches Tier, Datum und Uhrzeit, Art des Eingriffs (Kastration, Zahnsanierung, Tumorentfernung, Sonstiges), Operateur, Narkoseart, nüchtern ja/nein und Einverständniserklärung als Scan. Tiere mit Name, Tierart, Gewicht und Besitzer.", [
    E("Tier", "Patient|Haustier|animal",
      f("Name", "Tiername", "text"), f("Tierart", "Art|Spezies|species", "text", "choice"), f("Gewicht", "kg|weight", "decimal"),
      f("Besitzer", "Halter|Eigentümer|Kunde|owner", "text", "reference")),
    E("Operation", "OP|Eingriff|OP-Termin|surgery",
      f("Tier", "Patient", "reference", target="Tier"), f("Datum und Uhrzeit", "Datum|Termin|Uhrzeit|Zeitpunkt", "datetime"),
      f("Art des Eingriffs", "Eingriff|Art|OP-Art", "choice", opts=["Kastration", "Zahnsanierung", "Tumorentfernung", "Sonstiges"]),
      f("Operateur", "Tierarzt|Chirurg|operiert von", "person", "text"), f("Narkoseart", "Narkose|Anästhesie", "text", "choice"),
      f("nüchtern", "nuechtern|nüchtern ja/nein", "boolean"), f("Einverständniserklärung", "Einwilligung|Scan|Einverständnis", "file"), N["de"]())])
case("h38d34", "de", "Recall-Liste Zahnarztpraxis: Patienten (Name, Geburtsdatum, Telefon, E-Mail) und Recalls mit Fälligkeit, Art (Kontrolle, PZR, Kinderprophylaxe), wann kontaktiert, wie (Brief/SMS/Anruf) und ob ein Termin vereinbart wurde", [
    E("Patient", "Patientin|Patienten",
      f("Name", "Patientenname", "text"), f("Geburtsdatum", "geboren|birth date", "date"),
      f("Telefon", "Telefonnummer|Handy|phone", "phone"), f("E-Mail", "Email|Mail", "email")),
    E("Recall", "Erinnerung|Wiedervorlage|Recall-Termin",
      f("Patient", "", "reference", target="Patient"), f("fällig am", "Fälligkeit|fällig|Fälligkeitsdatum", "date"),
      f("Art", "Recall-Art|Typ", "choice", opts=["Kontrolle", "PZR", "Kinderprophylaxe"]),
      f("kontaktiert am", "kontaktiert|Kontaktdatum|wann kontaktiert", "date"),
      f("Kontaktweg", "wie|Kanal|Kontaktart", "choice", opts=["Brief", "SMS", "Anruf"]),
      f("Termin vereinbart", "Termin|vereinbart", "boolean"))])
case("h38d35", "de", """Hallo zusammen,
ich bin Produktionsleitung am Stadttheater und möchte den Probenplan digital haben. Es gibt Produktionen (Titel, Regie, Premiere) und Proben: zu welcher Produktion, Datum, Beginn, Ende, Probenraum (Große Bühne, Probebühne 1, Probebühne 2, Ballettsaal), Art der Probe (Stellprobe, Durchlauf, Hauptprobe, Generalprobe) und welche Darsteller:innen gebraucht werden.
Danke!""", [
    E("Produktion", "Inszenierung|Stück|Stueck|production",
      f("Titel", "Name|Stücktitel", "text"), f("Regie", "Regisseur|Regisseurin|Regie führt", "text", "person"),
      f("Premiere", "Premierendatum|Premierentermin", "date", "datetime")),
    E("Probe", "Probentermin|rehearsal",
      f("Produktion", "Stück|Inszenierung", "reference", target="Produktion"), f("Datum", "Tag|Probentag", "date"),
      f("Beginn", "Start|Anfang|von", "text", "datetime"), f("Ende", "bis|Schluss", "text", "datetime"),
      f("Probenraum", "Raum|Ort|Bühne", "choice", opts=["Große Bühne", "Probebühne 1", "Probebühne 2", "Ballettsaal"]),
      f("Art der Probe", "Probenart|Art|Typ", "choice", opts=["Stellprobe", "Durchlauf", "Hauptprobe", "Generalprobe"]),
      f("Darsteller", "Darsteller:innen|benötigte Darsteller|Besetzung|Cast", "long_text", "text|multi_choice|person"), N["de"]())])
case("h38d36", "de", "lager für veranstaltungstechnik: geräte (bezeichnung, kategorie licht/ton/video/rigging, seriennummer, wert, nächste prüfung DGUV) und ausgaben an veranstaltungen (veranstaltung, gerät, ausgegeben am, zurück am, zustand bei rückgabe). veranstaltungen mit name, datum, ort, kunde", [
    E("Gerät", "Geraet|Equipment|Artikel|device",
      f("Bezeichnung", "Name|Gerätename", "text"), f("Kategorie", "Typ|Art", "choice", opts=["Licht", "Ton", "Video", "Rigging"]),
      f("Seriennummer", "Serien-Nr|SN|serial number", "text"), f("Wert", "Preis|Neuwert|Anschaffungswert", "money"),
      f("nächste Prüfung", "DGUV-Prüfung|Prüfung|naechste Pruefung|nächste Prüfung DGUV|Prüftermin", "date")),
    E("Veranstaltung", "Event|Job|Einsatz",
      f("Name", "Titel|Veranstaltungsname", "text"), f("Datum", "Tag", "date", "datetime"), f("Ort", "Location|Veranstaltungsort", "text"),
      f("Kunde", "Auftraggeber|Kundin|client", "text", "reference")),
    E("Ausgabe", "Verleih|Ausleihe|Buchung|Packliste|checkout",
      f("Veranstaltung", "Event", "reference", target="Veranstaltung"), f("Gerät", "Geraet|Equipment", "reference", target="Gerät"),
      f("ausgegeben am", "Ausgabedatum|ausgegeben|raus am", "date", "datetime"), f("zurück am", "Rückgabe|zurück|Rückgabedatum|zurueck am", "date", "datetime"),
      f("Zustand bei Rückgabe", "Zustand|Rückgabezustand", "choice", "text|long_text"))])
case("h38d37", "de", "Baumpatenschaften: Bürger können Pate für einen neu gepflanzten Straßenbaum werden. Paten mit Name, Adresse, E-Mail, Telefon. Bäume mit Baumnummer, Baumart, Standort, Pflanzdatum, Gießbeutel vorhanden ja/nein und Pate. Die Patenschaft endet nach 3 Jahren.", [
    E("Pate", "Patin|Baumpate|Bürger|sponsor",
      f("Name", "Vorname Nachname", "text"), f("Adresse", "Anschrift", "long_text", "text"),
      f("E-Mail", "Email|Mail", "email"), f("Telefon", "Telefonnummer|phone", "phone")),
    E("Baum", "Straßenbaum|tree",
      f("Baumnummer", "Nummer|Baum-Nr|ID", "text", "integer"), f("Baumart", "Art|Sorte|species", "text", "choice"),
      f("Standort", "Ort|Straße|Lage", "text"), f("Pflanzdatum", "gepflanzt am|Pflanzung", "date"),
      f("Gießbeutel vorhanden", "Gießbeutel|Bewässerungssack|Giessbeutel", "boolean"),
      f("Pate", "Patin|Baumpate", "reference", target="Pate"),
      f("Ende der Patenschaft", "Patenschaft bis|Patenschaftsende", "date", opt=True))],
    "Sponsorship ends 3 years after planting/start.")
case("h38d38", "de", "Winterdienst Bauhof – Einsatzprotokoll. Fahrzeuge (Kennzeichen, Typ: Unimog, Radlader, Kleintraktor). Jeder Einsatz: Datum, Beginn, Ende, Fahrzeug, Fahrer, Route (Nord, Süd, Innenstadt, Radwege), Streumittel (Salz, Splitt, Sole), Menge in Tonnen, Räumen ja/nein, Besonderheiten", [
    E("Fahrzeug", "Räumfahrzeug|vehicle",
      f("Kennzeichen", "Nummernschild|amtliches Kennzeichen", "text"), f("Typ", "Fahrzeugtyp|Art", "choice", opts=["Unimog", "Radlader", "Kleintraktor"])),
    E("Einsatz", "Winterdiensteinsatz|Protokoll|Einsatzprotokoll|Schicht",
      f("Datum", "Einsatzdatum|Tag", "date"), f("Beginn", "Start|von|Einsatzbeginn", "datetime", "text"), f("Ende", "bis|Einsatzende", "datetime", "text"),
      f("Fahrzeug", "", "reference", target="Fahrzeug"), f("Fahrer", "Fahrerin|Mitarbeiter", "person", "text"),
      f("Route", "Tour|Bezirk|Strecke", "choice", opts=["Nord", "Süd", "Innenstadt", "Radwege"]),
      f("Streumittel", "Streugut|Material", "choice", "multi_choice", opts=["Salz", "Splitt", "Sole"]),
      f("Menge", "Menge in Tonnen|Tonnen|Streumenge", "decimal"), f("Räumen", "geräumt|Räumen ja/nein|Schneeräumung", "boolean"),
      f("Besonderheiten", "Bemerkungen|Vorkommnisse|Notizen", "long_text", "text"))])
case("h38d39", "de", "Kfz-Schadenmeldungen erfassen: Versicherungsnehmer (Name, Vertragsnummer, Telefon) und Schadenfälle mit Schadennummer, Schadendatum, Schadenort, Hergang, Art (Haftpflicht, Teilkasko, Vollkasko), beteiligtes Kennzeichen, Polizei vor Ort ja/nein, Fotos, Sachbearbeiter und Status (gemeldet, in Prüfung, reguliert, abgelehnt)", [
    E("Versicherungsnehmer", "Kunde|Versicherter|policyholder",
      f("Name", "Kundenname", "text"), f("Vertragsnummer", "Vertrag|Policennummer|Versicherungsnummer", "text"),
      f("Telefon", "Telefonnummer|phone", "phone")),
    E("Schadenfall", "Schaden|Schadenmeldung|Schadensfall|claim",
      f("Versicherungsnehmer", "Kunde", "reference", target="Versicherungsnehmer"),
      f("Schadennummer", "Schaden-Nr|Nummer|Aktenzeichen", "text"), f("Schadendatum", "Datum|Schadentag", "date", "datetime"),
      f("Schadenort", "Ort|Unfallort", "text"), f("Hergang", "Schadenhergang|Beschreibung|Unfallhergang", "long_text", "text"),
      f("Art", "Sparte|Schadenart|Deckung", "choice", opts=["Haftpflicht", "Teilkasko", "Vollkasko"]),
      f("beteiligtes Kennzeichen", "Kennzeichen|Unfallgegner|gegnerisches Kennzeichen", "text"),
      f("Polizei vor Ort", "Polizei|Polizei ja/nein", "boolean"), f("Fotos", "Foto|Bilder", "file"),
      f("Sachbearbeiter", "Sachbearbeiterin|zuständig|Bearbeiter", "person", "text"),
      f("Status", "Stand|Bearbeitungsstand", "choice", opts=["Gemeldet", "In Prüfung", "Reguliert", "Abgelehnt"]))])
case("h38d40", "de", "wir brauchen eine Freigabeliste für Schadenzahlungen ab 5.000 €. pro Zahlung: Schadennummer, Betrag, Empfänger, IBAN, Zahlungsart (Überweisung, Scheck, Direktregulierung Werkstatt), beantragt von, freigegeben von, Freigabedatum. Zahlungen über 25.000 € braucht eine zweite Freigabe", [
    E("Zahlung", "Schadenzahlung|Freigabe|Auszahlung|payment",
      f("Schadennummer", "Schaden|Schaden-Nr|Schadenfall", "text", "reference"), f("Betrag", "Summe|amount", "money"),
      f("Empfänger", "Zahlungsempfänger|Empfaenger", "text"), f("IBAN", "Kontonummer|Bankverbindung", "text"),
      f("Zahlungsart", "Art|Zahlungsweg", "choice", opts=["Überweisung", "Scheck", "Direktregulierung Werkstatt"]),
      f("beantragt von", "Antragsteller|angefordert von", "person", "text"), f("freigegeben von", "Freigabe|Freigeber|genehmigt von", "person", "text"),
      f("Freigabedatum", "freigegeben am|Datum der Freigabe", "date", "datetime"),
      f("zweite Freigabe von", "Zweitfreigabe|zweiter Freigeber|zweite Freigabe", "person", "text"),
      f("Status", "Stand", "choice", opt=True))],
    "Only payments of 5,000 EUR or more; above 25,000 EUR a second approver is required.")
with open("draft.jsonl", "w", encoding="utf-8") as fh:
    for c in OUT: fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(OUT), Counter(c["lang"] for c in OUT))
