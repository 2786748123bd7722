import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def F(name, aliases, type, alt=(), options=None, target=None, opt=False):
    d = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options is not None: d["options"] = options
    if target is not None: d["target"] = target
    if opt: d["optional"] = True
    return d

def E(name, aliases, fields): return {"name": name, "aliases": list(aliases), "fields": fields}

def NOTES(lang):
    return {
        "en": F("notes", ["comments", "remarks", "note"], "long_text", ["text"], opt=True),
        "fr": F("remarques", ["notes", "commentaires", "observations", "comments", "note"], "long_text", ["text"], opt=True),
        "es": F("observaciones", ["notas", "comentarios", "notes", "comments", "nota"], "long_text", ["text"], opt=True),
        "de": F("Bemerkungen", ["Notizen", "Anmerkungen", "Kommentar", "notes", "Bemerkung"], "long_text", ["text"], opt=True),
    }[lang]

def STATUS(lang, options=None):
    n = {"en": ("status", ["state", "stage"]), "fr": ("statut", ["état", "status"]),
         "es": ("estado", ["status", "situación"]), "de": ("Status", ["Stand", "Zustand", "state"])}[lang]
    return F(n[0], n[1], "choice", [], options=options or [], opt=True)

cases = []
def C(lang, prompt, entities, relations, notes=""):
    cases.append({"lang": lang, "prompt": prompt, "entities": entities,
                  "relations": [{"from": a, "to": b} for a, b in relations], "notes": notes})

# ---------------------------------------------------------------- EN (16)
C("en", """Hi,

we're a small removals firm (3 vans) and quote requests come in by phone and email and end up on post-its. Can we get something where we log each enquiry: customer name, phone, email, moving from address, moving to address, preferred moving date, size of home (studio, 1-bed, 2-bed, 3-bed, 4+), whether they need our packing service and whether they need storage.

After the home survey we send a quote - amount, date sent, valid until, and whether it was accepted, declined or no reply. Sometimes one enquiry gets two or three quotes if the job changes.

Thanks,
Dave""",
 [E("Enquiry", ["quote request", "request", "lead", "customer", "moving enquiry", "job request"], [
    F("customer name", ["name", "customer", "client name", "client"], "text"),
    F("phone", ["phone number", "telephone", "mobile"], "phone"),
    F("email", ["email address", "e-mail"], "email"),
    F("moving from address", ["moving from", "from address", "current address", "origin address", "pickup address"], "text", ["long_text"]),
    F("moving to address", ["moving to", "to address", "new address", "destination address", "delivery address"], "text", ["long_text"]),
    F("preferred moving date", ["moving date", "preferred date", "move date"], "date"),
    F("size of home", ["home size", "property size", "size", "bedrooms"], "choice", ["text"], options=["Studio", "1-bed", "2-bed", "3-bed", "4+"]),
    F("packing service", ["needs packing", "packing", "packing service needed"], "boolean", ["choice"]),
    F("storage needed", ["storage", "needs storage"], "boolean", ["choice"]),
    STATUS("en"), NOTES("en")]),
  E("Quote", ["estimate", "quotation", "offer"], [
    F("enquiry", ["request", "quote request", "customer", "lead"], "reference", target="Enquiry"),
    F("amount", ["quote amount", "price", "total", "quoted price"], "money", ["decimal"]),
    F("date sent", ["sent on", "quote date", "sent"], "date"),
    F("valid until", ["expiry date", "expires on", "validity"], "date"),
    F("outcome", ["status", "result", "response", "answer"], "choice", [], options=["Accepted", "Declined", "No reply"]),
    F("survey date", ["surveyed on", "home survey date", "survey"], "date", ["datetime"], opt=True),
    F("surveyor", ["surveyed by", "estimator"], "person", ["text"], opt=True),
    NOTES("en")])],
 [("Quote", "Enquiry")])

C("en", """Crew & van planner
- jobs: job number, customer, date, start time, pickup address, delivery address, estimated hours
- vans: registration, size (3.5t, 7.5t, Luton), next MOT date
- each job gets one van and a team leader, plus how many porters
- job status booked / in progress / done / cancelled""",
 [E("Job", ["move", "removal job", "moving job", "booking"], [
    F("job number", ["job no", "reference", "job ref", "job id"], "text", ["integer"]),
    F("customer", ["customer name", "client", "client name"], "text"),
    F("date", ["job date", "move date", "moving date"], "date", ["datetime"]),
    F("start time", ["starts at", "time", "start"], "datetime", ["text"]),
    F("pickup address", ["from address", "collection address", "moving from"], "text", ["long_text"]),
    F("delivery address", ["to address", "destination", "moving to"], "text", ["long_text"]),
    F("estimated hours", ["hours", "estimated duration", "duration"], "decimal", ["integer"]),
    F("van", ["vehicle", "truck", "assigned van"], "reference", target="Van"),
    F("team leader", ["crew leader", "foreman", "lead", "crew chief"], "person", ["text"]),
    F("number of porters", ["porters", "porter count", "crew size", "how many porters"], "integer"),
    F("status", ["job status", "state"], "choice", [], options=["Booked", "In progress", "Done", "Cancelled"]),
    NOTES("en")]),
  E("Van", ["vehicle", "truck", "lorry"], [
    F("registration", ["reg", "registration number", "plate", "number plate"], "text"),
    F("size", ["van size", "type", "capacity"], "choice", ["text"], options=["3.5t", "7.5t", "Luton"]),
    F("next MOT date", ["MOT date", "MOT due", "next MOT", "MOT"], "date")])],
 [("Job", "Van")])

C("en", "damage claims log for our moves: job ref, customer, item damaged, what happened, photos, amount claimed, amount we paid out, settled y/n",
 [E("Damage claim", ["claim", "damage", "damage report", "insurance claim"], [
    F("job ref", ["job", "job reference", "job number", "move"], "text"),
    F("customer", ["customer name", "client", "claimant"], "text"),
    F("item damaged", ["item", "damaged item", "object"], "text"),
    F("what happened", ["description", "details", "damage description", "incident"], "long_text", ["text"]),
    F("photos", ["photo", "pictures", "images"], "file"),
    F("amount claimed", ["claimed amount", "claim amount", "claimed"], "money", ["decimal"]),
    F("amount paid out", ["paid out", "amount paid", "settlement amount", "payout"], "money", ["decimal"]),
    F("settled", ["settled?", "closed", "status"], "boolean", ["choice"]),
    F("claim date", ["date", "reported on", "date reported"], "date", opt=True),
    NOTES("en")])],
 [])

C("en", """We keep running out of boxes halfway through packing jobs!! I want to track our packing materials stock (small box, large box, wardrobe box, bubble wrap rolls, tape, mattress covers etc) with how many we have, the reorder level and cost per unit, and then log what each job takes out of the warehouse so we know what's left. Jobs just need their reference number and the date.""",
 [E("Packing material", ["material", "item", "stock item", "supply", "product", "materials stock"], [
    F("name", ["material", "item", "material name", "type"], "text", ["choice"]),
    F("quantity in stock", ["quantity", "stock", "in stock", "how many", "on hand", "stock level"], "integer"),
    F("reorder level", ["reorder point", "minimum stock", "min level"], "integer"),
    F("cost per unit", ["unit cost", "price", "cost"], "money", ["decimal"])]),
  E("Job", ["move", "packing job", "removal job"], [
    F("reference number", ["reference", "job number", "job ref", "ref"], "text"),
    F("date", ["job date", "move date"], "date")]),
  E("Material usage", ["usage", "stock movement", "withdrawal", "issue", "material issue", "taken out"], [
    F("material", ["packing material", "item"], "reference", target="Packing material"),
    F("job", ["move", "job reference"], "reference", target="Job"),
    F("quantity", ["quantity taken", "how many", "amount", "qty"], "integer"),
    F("date", ["taken on", "date taken"], "date", opt=True),
    F("taken by", ["issued to", "who"], "person", ["text"], opt=True)])],
 [("Material usage", "Packing material"), ("Material usage", "Job")])

C("en", """so basically im a dog groomer and my diary is a mess lol. i need to keep the dogs (name, breed, size small/medium/large/giant, coat type, any behaviour issues like bites or hates the dryer) and there owners (name, mobile, email, address). one owner can have several dogs. then appointments - which dog, date and time, service (full groom, bath & brush, nail clip, puppy intro), price, and wether they paid. would love a text reminder the day before""",
 [E("Owner", ["client", "customer", "dog owner"], [
    F("name", ["owner name", "full name", "client name"], "text"),
    F("mobile", ["phone", "mobile number", "phone number"], "phone"),
    F("email", ["email address"], "email"),
    F("address", ["home address"], "text", ["long_text"])]),
  E("Dog", ["pet", "dogs"], [
    F("name", ["dog name"], "text"),
    F("breed", ["dog breed"], "text", ["choice"]),
    F("size", ["dog size"], "choice", [], options=["Small", "Medium", "Large", "Giant"]),
    F("coat type", ["coat", "fur type"], "text", ["choice"]),
    F("behaviour issues", ["behaviour", "behavior", "behaviour notes", "temperament", "warnings"], "long_text", ["text", "multi_choice"]),
    F("owner", ["client", "customer"], "reference", target="Owner")]),
  E("Appointment", ["booking", "grooming appointment", "visit"], [
    F("dog", ["pet"], "reference", target="Dog"),
    F("date and time", ["date", "time", "appointment time", "starts at", "when"], "datetime"),
    F("service", ["service type", "treatment", "groom type"], "choice", ["multi_choice"], options=["Full groom", "Bath & brush", "Nail clip", "Puppy intro"]),
    F("price", ["cost", "amount", "fee"], "money", ["decimal"]),
    F("paid", ["paid?", "payment status", "is paid"], "boolean", ["choice"]),
    STATUS("en"), NOTES("en")])],
 [("Dog", "Owner"), ("Appointment", "Dog")], "Send a text reminder the day before each appointment.")

C("en", "Our grooming salon needs to check vaccines before we accept a dog. For each dog keep the vaccinations: vaccine (rabies, DHPP, kennel cough, leptospirosis), date given, expires on, vet clinic and a scan of the certificate. Flag anything that's expired.",
 [E("Dog", ["pet", "client dog"], [
    F("name", ["dog name"], "text"),
    F("owner", ["owner name", "client"], "text", ["person"], opt=True),
    F("breed", [], "text", opt=True)]),
  E("Vaccination", ["vaccine", "vaccination record", "jab"], [
    F("dog", ["pet"], "reference", target="Dog"),
    F("vaccine", ["vaccine type", "vaccination", "type"], "choice", ["text"], options=["Rabies", "DHPP", "Kennel cough", "Leptospirosis"]),
    F("date given", ["given on", "vaccination date", "date"], "date"),
    F("expires on", ["expiry date", "valid until", "expiry", "due date"], "date"),
    F("vet clinic", ["vet", "clinic", "veterinarian"], "text"),
    F("certificate", ["certificate scan", "scan", "document", "proof"], "file"),
    F("expired", ["is expired", "status", "valid"], "boolean", ["choice"], opt=True)])],
 [("Vaccination", "Dog")], "Flag vaccinations past their expiry date.")

C("en", """I run a pet sitting business with 4 sitters. I need the clients (name, address, phone, key code / entry instructions), their pets (name, species - dog, cat, rabbit, bird, other -, feeding instructions, any meds) and the visits: which client, which sitter, date, time slot (morning, midday, evening), done or not, a photo from the visit and a quick note for the owner.""",
 [E("Client", ["customer", "owner", "pet owner"], [
    F("name", ["client name", "full name"], "text"),
    F("address", ["home address"], "text", ["long_text"]),
    F("phone", ["phone number", "mobile"], "phone"),
    F("entry instructions", ["key code", "access instructions", "key code / entry instructions", "access code"], "long_text", ["text"]),
    F("email", [], "email", opt=True)]),
  E("Pet", ["animal"], [
    F("name", ["pet name"], "text"),
    F("species", ["type", "animal type", "kind"], "choice", ["text"], options=["Dog", "Cat", "Rabbit", "Bird", "Other"]),
    F("feeding instructions", ["feeding", "food", "diet"], "long_text", ["text"]),
    F("medication", ["meds", "medicines", "medical needs"], "long_text", ["text"]),
    F("client", ["owner", "customer"], "reference", target="Client")]),
  E("Visit", ["sitting visit", "booking", "appointment"], [
    F("client", ["customer", "owner"], "reference", target="Client"),
    F("sitter", ["pet sitter", "assigned to", "staff"], "person", ["text", "choice"]),
    F("date", ["visit date", "day"], "date", ["datetime"]),
    F("time slot", ["slot", "time", "time of day"], "choice", [], options=["Morning", "Midday", "Evening"]),
    F("done", ["completed", "done?", "status", "visited"], "boolean", ["choice"]),
    F("photo", ["visit photo", "picture", "image"], "file"),
    F("note for the owner", ["note", "notes", "message", "visit report", "comment", "owner note"], "long_text", ["text"])])],
 [("Pet", "Client"), ("Visit", "Client")])

C("en", "key register pls - which client the key belongs to, key tag number, who has it right now, date checked out, date returned",
 [E("Key", ["client key", "key record", "key log", "key checkout"], [
    F("client", ["client name", "customer", "owner"], "text"),
    F("key tag number", ["tag number", "key tag", "tag", "key number"], "text", ["integer"]),
    F("current holder", ["who has it", "held by", "holder", "checked out to", "sitter"], "person", ["text"]),
    F("date checked out", ["checked out", "checked out on", "out date"], "date", ["datetime"]),
    F("date returned", ["returned on", "returned", "return date"], "date", ["datetime"]),
    STATUS("en"), NOTES("en")])],
 [])

C("en", """Allotment society admin. We have about 120 plots across 2 sites (Hill Lane and Riverside). Each plot has a number, site, size (full, half, quarter) and annual rent, and who holds it - a few people hold two plots. For plot holders: name, address, phone, email and the date they joined. Rents are paid yearly so I'd like a payments list too: which plot, year, amount, paid on, method (cash, cheque, bank transfer).""",
 [E("Plot", ["allotment", "allotment plot"], [
    F("plot number", ["number", "plot no", "plot"], "text", ["integer"]),
    F("site", ["location"], "choice", ["text"], options=["Hill Lane", "Riverside"]),
    F("size", ["plot size"], "choice", [], options=["Full", "Half", "Quarter"]),
    F("annual rent", ["rent", "yearly rent"], "money", ["decimal"]),
    F("plot holder", ["holder", "tenant", "member", "held by"], "reference", target="Plot holder"),
    STATUS("en")]),
  E("Plot holder", ["holder", "tenant", "member", "allotment holder", "plotholder"], [
    F("name", ["full name", "holder name"], "text"),
    F("address", ["home address"], "text", ["long_text"]),
    F("phone", ["phone number", "telephone", "mobile"], "phone"),
    F("email", ["email address"], "email"),
    F("date joined", ["joined", "joined on", "start date", "member since"], "date")]),
  E("Payment", ["rent payment", "rent"], [
    F("plot", ["allotment"], "reference", target="Plot"),
    F("year", ["rent year", "season"], "integer", ["text"]),
    F("amount", ["amount paid", "paid"], "money", ["decimal"]),
    F("paid on", ["payment date", "date paid", "date"], "date"),
    F("method", ["payment method", "paid by"], "choice", [], options=["Cash", "Cheque", "Bank transfer"])])],
 [("Plot", "Plot holder"), ("Payment", "Plot")])

C("en", "waiting list for allotments: name, contact details, date they went on the list, preferred site, been offered a plot yet?",
 [E("Waiting list entry", ["applicant", "waiting list", "application", "person waiting", "entry"], [
    F("name", ["full name", "applicant name"], "text"),
    F("contact details", ["contact", "contact info", "phone", "email"], "text", ["long_text", "email", "phone"]),
    F("email", ["email address"], "email", opt=True),
    F("phone", ["phone number"], "phone", opt=True),
    F("date added", ["date joined", "date on list", "added on", "joined list", "listed on"], "date"),
    F("preferred site", ["site", "preferred location"], "text", ["choice"]),
    F("offered a plot", ["offered", "plot offered", "offer made"], "boolean", ["choice", "date"]),
    NOTES("en")])],
 [])

C("en", "community garden tool shed - people borrow stuff (strimmer, wheelbarrow, hedge trimmer, spades...). want a list of the tools with their condition, and a sign-out sheet: tool, member name, out date, back date",
 [E("Tool", ["equipment", "item", "garden tool"], [
    F("name", ["tool", "tool name", "item"], "text"),
    F("condition", ["state", "status"], "choice", ["text"], options=[])]),
  E("Loan", ["sign-out", "borrowing", "checkout", "tool loan", "sign out"], [
    F("tool", ["item", "equipment"], "reference", target="Tool"),
    F("member name", ["member", "borrower", "name", "borrowed by"], "text", ["person"]),
    F("out date", ["date out", "borrowed on", "signed out"], "date"),
    F("back date", ["date back", "returned on", "return date", "returned"], "date"),
    NOTES("en")])],
 [("Loan", "Tool")])

C("en", """Hello!
We rent out our 3 studio spaces (Studio A - cyclorama, Studio B - daylight, Studio C - small product table) by the hour. For each studio we need the name, hourly rate and max number of people. For bookings: client name, company, email, phone, which studio, start and end time, number of hours, whether they add the lighting kit and whether the deposit is paid.
Cheers, Mia""",
 [E("Studio", ["studio space", "space", "room"], [
    F("name", ["studio name", "studio"], "text"),
    F("hourly rate", ["rate", "price per hour", "hourly price"], "money", ["decimal"]),
    F("max people", ["capacity", "maximum people", "max number of people"], "integer"),
    F("description", ["features"], "long_text", ["text"], opt=True)]),
  E("Booking", ["studio booking", "reservation", "hire"], [
    F("client name", ["client", "name", "customer"], "text"),
    F("company", ["company name", "business"], "text"),
    F("email", ["email address"], "email"),
    F("phone", ["phone number", "mobile"], "phone"),
    F("studio", ["studio space", "space"], "reference", target="Studio"),
    F("start time", ["start", "starts at", "from"], "datetime"),
    F("end time", ["end", "ends at", "until"], "datetime"),
    F("number of hours", ["hours", "duration"], "decimal", ["integer"]),
    F("lighting kit", ["lighting", "add lighting kit", "lights"], "boolean", ["choice"]),
    F("deposit paid", ["deposit", "deposit paid?"], "boolean", ["choice"]),
    F("total", ["total price", "amount", "price"], "money", ["decimal"], opt=True),
    NOTES("en")])],
 [("Booking", "Studio")])

C("en", """Need a shoot tracker for the studio. Shoots: client, type (wedding, portrait, family, headshots, product), date, location, which of us is shooting it, package price, status (enquiry, booked, shot, editing, delivered). For every shoot we deliver a gallery - link, number of edited images, delivered on. And model release forms: person's name, signed form upload, which shoot it was for.""",
 [E("Shoot", ["photo shoot", "session", "job", "booking"], [
    F("client", ["client name", "customer"], "text"),
    F("type", ["shoot type", "category"], "choice", [], options=["Wedding", "Portrait", "Family", "Headshots", "Product"]),
    F("date", ["shoot date"], "date", ["datetime"]),
    F("location", ["venue", "place"], "text"),
    F("photographer", ["shot by", "who", "assigned to"], "person", ["text", "choice"]),
    F("package price", ["price", "package", "fee"], "money", ["decimal"]),
    F("status", ["stage", "state"], "choice", [], options=["Enquiry", "Booked", "Shot", "Editing", "Delivered"]),
    NOTES("en")]),
  E("Gallery", ["delivery", "deliverable", "gallery delivery"], [
    F("shoot", ["session", "job"], "reference", target="Shoot"),
    F("link", ["gallery link", "url", "gallery url"], "url"),
    F("number of edited images", ["edited images", "image count", "number of images", "images"], "integer"),
    F("delivered on", ["delivery date", "delivered"], "date")]),
  E("Model release", ["release form", "model release form", "release"], [
    F("person name", ["name", "model", "model name", "person"], "text"),
    F("signed form", ["form", "release form", "upload", "signed release", "file"], "file"),
    F("shoot", ["session", "for shoot"], "reference", target="Shoot"),
    F("signed on", ["date signed", "date"], "date", opt=True)])],
 [("Gallery", "Shoot"), ("Model release", "Shoot")])

C("en", "gear list for the studio: cameras, lenses, lights, stands etc — name, category, serial, purchase date, value, where it's kept. plus a service log for when something goes for repair: date sent, the problem, repair cost, date back",
 [E("Equipment", ["gear", "item", "asset", "kit"], [
    F("name", ["item", "model", "item name"], "text"),
    F("category", ["type", "kind"], "choice", ["text"], options=["Camera", "Lens", "Light", "Stand"]),
    F("serial number", ["serial", "S/N", "serial no"], "text"),
    F("purchase date", ["bought on", "purchased on"], "date"),
    F("value", ["price", "purchase price", "cost"], "money", ["decimal"]),
    F("location", ["where kept", "storage location", "kept at", "where it's kept"], "text", ["choice"]),
    STATUS("en")]),
  E("Repair", ["service", "service log entry", "service log", "repair log", "maintenance"], [
    F("equipment", ["gear", "item"], "reference", target="Equipment"),
    F("date sent", ["sent on", "sent for repair", "date out"], "date"),
    F("problem", ["issue", "fault", "description"], "long_text", ["text"]),
    F("repair cost", ["cost", "price"], "money", ["decimal"]),
    F("date back", ["returned on", "date returned", "back on"], "date")])],
 [("Repair", "Equipment")])

C("en", """We're a notary office and need to plan signing appointments. For each appointment: type of deed (property sale, mortgage, will, power of attorney, company formation), date & time, which notary, meeting room, whether we've received all the documents, and the fees. Then the parties to each appointment - full name, ID document number, role (buyer, seller, lender, testator, grantor) - there can be 1 to 6 parties.""",
 [E("Appointment", ["signing", "signing appointment", "deed signing", "meeting"], [
    F("type of deed", ["deed type", "deed", "type", "act type"], "choice", [], options=["Property sale", "Mortgage", "Will", "Power of attorney", "Company formation"]),
    F("date & time", ["date", "date and time", "appointment time", "starts at", "when"], "datetime"),
    F("notary", ["notary public", "assigned notary"], "person", ["text", "choice"]),
    F("meeting room", ["room"], "text", ["choice"]),
    F("documents received", ["all documents received", "documents complete", "docs received"], "boolean", ["choice"]),
    F("fees", ["fee", "notary fees", "amount"], "money", ["decimal"]),
    STATUS("en"), NOTES("en")]),
  E("Party", ["signer", "participant", "party to the deed", "signatory", "person"], [
    F("appointment", ["signing", "deed"], "reference", target="Appointment"),
    F("full name", ["name"], "text"),
    F("ID document number", ["ID number", "ID document", "passport number", "identity document number"], "text"),
    F("role", ["party role", "capacity"], "choice", [], options=["Buyer", "Seller", "Lender", "Testator", "Grantor"])])],
 [("Party", "Appointment")])

C("en", """Notarial journal (we have to keep one by law). Each entry:
* entry number
* date and time of the notarization
* type of act: acknowledgment / jurat / copy certification / oath
* signer's name and address
* ID type (passport, driving licence, ID card) and ID number
* fee charged
* signature of the signer (scanned)
* notes""",
 [E("Journal entry", ["entry", "notarization", "notarial act", "journal", "record"], [
    F("entry number", ["number", "entry no", "entry"], "text", ["integer"]),
    F("date and time", ["notarized at", "date", "date of notarization", "notarization date"], "datetime"),
    F("type of act", ["act type", "notarial act", "type", "act"], "choice", [], options=["Acknowledgment", "Jurat", "Copy certification", "Oath"]),
    F("signer name", ["signer", "signer's name", "name"], "text"),
    F("signer address", ["address", "signer's address"], "text", ["long_text"]),
    F("ID type", ["identification type", "type of ID"], "choice", [], options=["Passport", "Driving licence", "ID card"]),
    F("ID number", ["identification number", "document number"], "text"),
    F("fee charged", ["fee", "amount"], "money", ["decimal"]),
    F("signature", ["signer signature", "signature scan", "signature of the signer", "scanned signature"], "file"),
    F("notes", ["comments", "remarks", "note"], "long_text", ["text"]),
    F("notary", ["notarized by"], "person", ["text"], opt=True)])],
 [])

# ---------------------------------------------------------------- FR (8)
C("fr", """Bonjour,

Nous sommes une entreprise de déménagement et nous aimerions suivre nos demandes de devis. Pour chaque demande : nom du client, téléphone, adresse de départ, adresse d'arrivée, date souhaitée, volume estimé (en m3), formule (Économique, Standard, Luxe), montant du devis et statut (en attente, accepté, refusé).
Avant le devis un conseiller passe faire une visite technique : il faudrait noter la date et l'heure de la visite, le conseiller, le volume relevé sur place et ses remarques (accès difficile, piano, etc.).

Cordialement,
Sandrine""",
 [E("Demande de devis", ["demande", "devis", "quote request", "client", "dossier"], [
    F("nom du client", ["client", "nom", "customer name"], "text"),
    F("téléphone", ["tel", "numéro de téléphone", "phone"], "phone"),
    F("adresse de départ", ["départ", "adresse actuelle", "from address"], "text", ["long_text"]),
    F("adresse d'arrivée", ["arrivée", "nouvelle adresse", "to address"], "text", ["long_text"]),
    F("date souhaitée", ["date de déménagement", "date", "preferred date"], "date"),
    F("volume estimé", ["volume", "volume m3", "estimated volume"], "decimal", ["integer"]),
    F("formule", ["prestation", "offre", "service level"], "choice", [], options=["Économique", "Standard", "Luxe"]),
    F("montant du devis", ["montant", "prix", "amount", "devis"], "money", ["decimal"]),
    F("statut", ["état", "status"], "choice", [], options=["En attente", "Accepté", "Refusé"]),
    F("email", ["courriel", "adresse email", "e-mail"], "email", opt=True)]),
  E("Visite technique", ["visite", "visite à domicile", "survey", "home survey"], [
    F("demande", ["demande de devis", "devis", "client"], "reference", target="Demande de devis"),
    F("date et heure", ["date", "date de visite", "heure", "date de la visite"], "datetime", ["date"]),
    F("conseiller", ["commercial", "visité par", "advisor"], "person", ["text"]),
    F("volume relevé", ["volume", "volume constaté", "volume mesuré", "measured volume"], "decimal", ["integer"]),
    F("remarques", ["notes", "commentaires", "observations"], "long_text", ["text"])])],
 [("Visite technique", "Demande de devis")])

C("fr", """Salon de toilettage – ce qu'il me faut :
- les propriétaires : nom, téléphone, email
- les chiens : nom, race, date de naissance, à qui il appartient
- les rendez-vous : quel chien, date et heure, prestations (bain, coupe ciseaux, tonte, épilation, coupe des griffes — souvent plusieurs à la fois), toiletteuse, tarif, payé ou pas""",
 [E("Propriétaire", ["client", "maître", "owner"], [
    F("nom", ["nom complet", "name"], "text"),
    F("téléphone", ["tel", "portable", "phone"], "phone"),
    F("email", ["courriel", "e-mail", "adresse email"], "email")]),
  E("Chien", ["animal", "dog"], [
    F("nom", ["nom du chien", "name"], "text"),
    F("race", ["breed"], "text", ["choice"]),
    F("date de naissance", ["naissance", "né le", "birth date"], "date"),
    F("propriétaire", ["maître", "client", "owner"], "reference", target="Propriétaire"),
    NOTES("fr")]),
  E("Rendez-vous", ["rdv", "toilettage", "appointment"], [
    F("chien", ["animal", "dog"], "reference", target="Chien"),
    F("date et heure", ["date", "heure", "date du rendez-vous", "date/heure"], "datetime"),
    F("prestations", ["prestation", "services", "soins"], "multi_choice", ["choice"], options=["Bain", "Coupe ciseaux", "Tonte", "Épilation", "Coupe des griffes"]),
    F("toiletteuse", ["toiletteur", "employée", "groomer"], "person", ["text", "choice"]),
    F("tarif", ["prix", "montant", "price"], "money", ["decimal"]),
    F("payé", ["réglé", "paiement", "paid"], "boolean", ["choice"]),
    NOTES("fr")])],
 [("Chien", "Propriétaire"), ("Rendez-vous", "Chien")])

C("fr", "jardin partage du quartier : on veut gerer les adherents (nom prenom email tel, cotisation payee oui/non), les parcelles (numero, surface en m2, quel adherent l'a) et le planning d'arrosage de l'ete (date + qui arrose). merci!!",
 [E("Adhérent", ["membre", "jardinier", "member", "adherent"], [
    F("nom", ["nom de famille", "name", "last name"], "text"),
    F("prénom", ["prenom", "first name"], "text"),
    F("email", ["courriel", "mail"], "email"),
    F("téléphone", ["tel", "portable", "phone"], "phone"),
    F("cotisation payée", ["cotisation", "cotisation payee", "membership paid"], "boolean", ["choice"])]),
  E("Parcelle", ["plot", "bac", "carré"], [
    F("numéro", ["numero", "n°", "number"], "text", ["integer"]),
    F("surface", ["surface en m2", "surface m2", "taille", "area"], "decimal", ["integer"]),
    F("adhérent", ["adherent", "jardinier", "membre", "attribuée à"], "reference", target="Adhérent")]),
  E("Arrosage", ["tour d'arrosage", "planning d'arrosage", "créneau", "watering"], [
    F("date", ["jour"], "date"),
    F("adhérent", ["qui arrose", "arroseur", "membre", "jardinier"], "reference", target="Adhérent"),
    F("fait", ["effectué"], "boolean", opt=True)])],
 [("Parcelle", "Adhérent"), ("Arrosage", "Adhérent")])

C("fr", "Studio photo : je voudrais suivre les commandes de tirages après chaque séance. Séance = client, date, type (mariage, portrait, famille). Commande = séance concernée, format (10x15, 13x18, 20x30, 30x40), quantité, finition brillante ou mate, prix, date de retrait.",
 [E("Séance", ["séance photo", "session", "shoot", "prise de vue"], [
    F("client", ["nom du client", "customer"], "text"),
    F("date", ["date de la séance"], "date", ["datetime"]),
    F("type", ["type de séance", "catégorie"], "choice", [], options=["Mariage", "Portrait", "Famille"])]),
  E("Commande", ["commande de tirages", "tirage", "order"], [
    F("séance", ["séance concernée", "session"], "reference", target="Séance"),
    F("format", ["taille", "format du tirage"], "choice", ["text"], options=["10x15", "13x18", "20x30", "30x40"]),
    F("quantité", ["nombre", "nb de tirages", "quantity"], "integer"),
    F("finition", ["papier", "finish"], "choice", [], options=["Brillante", "Mate"]),
    F("prix", ["montant", "tarif", "price"], "money", ["decimal"]),
    F("date de retrait", ["retrait", "retiré le", "date de récupération", "pickup date"], "date"),
    STATUS("fr")])],
 [("Commande", "Séance")])

C("fr", """Office notarial – suivi des dossiers de succession.
Pour chaque dossier : nom du défunt, date du décès, notaire en charge, clerc, date d'ouverture, statut (ouvert, inventaire, déclaration déposée, clôturé), montant de l'actif.
Les héritiers de chaque dossier : nom, lien de parenté (conjoint, enfant, frère/sœur, autre), adresse, part en %.
Et la liste des pièces demandées pour chaque dossier (acte de décès, livret de famille, relevés bancaires…) avec reçue oui/non.""",
 [E("Dossier de succession", ["dossier", "succession", "estate file"], [
    F("nom du défunt", ["défunt", "nom", "deceased"], "text"),
    F("date du décès", ["décès", "date de décès", "date of death"], "date"),
    F("notaire en charge", ["notaire", "notaire responsable"], "person", ["text"]),
    F("clerc", ["clerc de notaire", "collaborateur"], "person", ["text"]),
    F("date d'ouverture", ["ouverture", "ouvert le", "opened on"], "date"),
    F("statut", ["état", "status"], "choice", [], options=["Ouvert", "Inventaire", "Déclaration déposée", "Clôturé"]),
    F("montant de l'actif", ["actif", "actif successoral", "montant", "estate value"], "money", ["decimal"]),
    NOTES("fr")]),
  E("Héritier", ["ayant droit", "bénéficiaire", "heir"], [
    F("dossier", ["succession", "dossier de succession"], "reference", target="Dossier de succession"),
    F("nom", ["nom complet", "name"], "text"),
    F("lien de parenté", ["lien", "parenté", "relationship"], "choice", [], options=["Conjoint", "Enfant", "Frère/sœur", "Autre"]),
    F("adresse", ["address"], "text", ["long_text"]),
    F("part", ["part en %", "pourcentage", "quote-part", "share"], "decimal", ["integer"])]),
  E("Pièce", ["pièce demandée", "document", "pièce justificative", "justificatif"], [
    F("dossier", ["succession", "dossier de succession"], "reference", target="Dossier de succession"),
    F("pièce", ["nom", "document", "intitulé", "type de pièce", "libellé"], "text", ["choice"]),
    F("reçue", ["reçu", "reçue oui/non", "received"], "boolean", ["choice"]),
    F("date de réception", ["reçue le"], "date", opt=True),
    F("fichier", ["scan", "document scanné"], "file", opt=True)])],
 [("Héritier", "Dossier de succession"), ("Pièce", "Dossier de succession")])

C("fr", "je fais du pet-sitting a domicile et je m'y perds. il me faut mes clients (nom, tel, adresse) et les reservations : quel client, quel(s) animal(aux), date de debut, date de fin, nombre de visites par jour, tarif par visite, total et si l'acompte est verse",
 [E("Client", ["propriétaire", "customer"], [
    F("nom", ["nom du client", "name"], "text"),
    F("téléphone", ["tel", "phone", "portable"], "phone"),
    F("adresse", ["address"], "text", ["long_text"])]),
  E("Réservation", ["reservation", "garde", "booking", "prestation"], [
    F("client", ["propriétaire", "customer"], "reference", target="Client"),
    F("animaux", ["animal", "animal(aux)", "pets"], "text", ["long_text"]),
    F("date de début", ["début", "date debut", "du", "start date"], "date"),
    F("date de fin", ["fin", "date fin", "au", "end date"], "date"),
    F("nombre de visites par jour", ["visites par jour", "nb visites", "visits per day"], "integer"),
    F("tarif par visite", ["tarif", "prix par visite", "prix"], "money", ["decimal"]),
    F("total", ["montant total", "prix total", "montant"], "money", ["decimal"]),
    F("acompte versé", ["acompte", "acompte verse", "deposit paid"], "boolean", ["choice", "money"]),
    NOTES("fr")])],
 [("Réservation", "Client")])

C("fr", """Nous louons des box dans notre garde-meubles. Chaque box a un numéro, une taille (5, 10 ou 15 m²) et un loyer mensuel. Quand un client loue un box on note le client, son téléphone, la date d'entrée, la date de sortie prévue et, pour chaque location, un inventaire des objets stockés (description, nombre de cartons, valeur déclarée) pour l'assurance.""",
 [E("Box", ["box de stockage", "garde-meubles", "unit", "emplacement"], [
    F("numéro", ["n°", "numéro de box", "number"], "text", ["integer"]),
    F("taille", ["surface", "size"], "choice", ["integer", "decimal"], options=["5 m²", "10 m²", "15 m²"]),
    F("loyer mensuel", ["loyer", "prix mensuel", "monthly rent"], "money", ["decimal"])]),
  E("Location", ["contrat", "contrat de location", "rental", "bail"], [
    F("box", ["box loué"], "reference", target="Box"),
    F("client", ["nom du client", "locataire"], "text"),
    F("téléphone", ["tel", "phone"], "phone"),
    F("date d'entrée", ["entrée", "début", "date de début"], "date"),
    F("date de sortie prévue", ["sortie prévue", "date de sortie", "fin prévue", "date de fin"], "date"),
    STATUS("fr")]),
  E("Objet stocké", ["objet", "inventaire", "article", "item"], [
    F("location", ["contrat", "bail"], "reference", target="Location"),
    F("description", ["objet", "désignation"], "text", ["long_text"]),
    F("nombre de cartons", ["cartons", "nb cartons", "quantité"], "integer"),
    F("valeur déclarée", ["valeur", "declared value"], "money", ["decimal"])])],
 [("Location", "Box"), ("Objet stocké", "Location")])

C("fr", "accueil de l'etude : noter les appels entrants — nom, tel, objet (vente, achat, donation, testament, mariage/pacs, autre), notaire demandé, rappel fait ?",
 [E("Appel", ["appel entrant", "appel téléphonique", "call", "message"], [
    F("nom", ["nom de l'appelant", "appelant", "name"], "text"),
    F("téléphone", ["tel", "numéro", "phone"], "phone"),
    F("objet", ["motif", "sujet", "type"], "choice", [], options=["Vente", "Achat", "Donation", "Testament", "Mariage/PACS", "Autre"]),
    F("notaire demandé", ["notaire", "notaire souhaité"], "person", ["text", "choice"]),
    F("rappel fait", ["rappelé", "rappel", "rappel effectué"], "boolean", ["choice"]),
    F("date de l'appel", ["date", "reçu le", "date et heure"], "datetime", ["date"], opt=True),
    NOTES("fr")])],
 [])

# ---------------------------------------------------------------- ES (8)
C("es", """Somos una empresa de mudanzas internacionales. Necesito controlar cada mudanza: cliente, país de origen, país de destino, fecha de carga, fecha estimada de llegada, tipo de contenedor (20 pies, 40 pies, grupaje) y estado (presupuestada, cargada, en tránsito, en aduana, entregada). Además para cada mudanza hay que juntar documentos de aduana: tipo de documento, el archivo y si ya está entregado.""",
 [E("Mudanza", ["envío", "traslado", "expediente", "move"], [
    F("cliente", ["nombre del cliente", "customer"], "text"),
    F("país de origen", ["origen", "pais origen", "origin"], "text", ["choice"]),
    F("país de destino", ["destino", "pais destino", "destination"], "text", ["choice"]),
    F("fecha de carga", ["carga", "loading date"], "date"),
    F("fecha estimada de llegada", ["llegada", "fecha de llegada", "ETA", "llegada estimada"], "date"),
    F("tipo de contenedor", ["contenedor", "container"], "choice", [], options=["20 pies", "40 pies", "Grupaje"]),
    F("estado", ["status", "situación"], "choice", [], options=["Presupuestada", "Cargada", "En tránsito", "En aduana", "Entregada"]),
    NOTES("es")]),
  E("Documento aduanero", ["documento", "documento de aduana", "customs document"], [
    F("mudanza", ["envío", "expediente"], "reference", target="Mudanza"),
    F("tipo de documento", ["tipo", "documento"], "text", ["choice"]),
    F("archivo", ["fichero", "documento adjunto", "file"], "file"),
    F("entregado", ["entregado?", "presentado", "delivered"], "boolean", ["choice"])])],
 [("Documento aduanero", "Mudanza")])

C("es", "hola! tengo una peluqueria canina y quiero apuntar las citas. de los perros: nombre, raza, tamaño (pequeño, mediano, grande), nombre del dueño y su telefono, y si muerde. de las citas: que perro, dia y hora, servicio (baño, corte, deslanado, corte de uñas), precio y si esta pagado",
 [E("Perro", ["mascota", "dog"], [
    F("nombre", ["nombre del perro", "name"], "text"),
    F("raza", ["breed"], "text", ["choice"]),
    F("tamaño", ["tamano", "size"], "choice", [], options=["Pequeño", "Mediano", "Grande"]),
    F("dueño", ["nombre del dueño", "propietario", "cliente", "owner"], "text"),
    F("teléfono", ["telefono", "teléfono del dueño", "phone"], "phone"),
    F("muerde", ["muerde?", "agresivo", "bites"], "boolean", ["choice"]),
    NOTES("es")]),
  E("Cita", ["reserva", "turno", "appointment"], [
    F("perro", ["mascota"], "reference", target="Perro"),
    F("día y hora", ["fecha", "fecha y hora", "dia y hora", "hora"], "datetime"),
    F("servicio", ["servicios", "tipo de servicio"], "choice", ["multi_choice"], options=["Baño", "Corte", "Deslanado", "Corte de uñas"]),
    F("precio", ["importe", "price"], "money", ["decimal"]),
    F("pagado", ["pagada", "cobrado", "paid"], "boolean", ["choice"])])],
 [("Cita", "Perro")])

C("es", """Huerto comunitario del barrio:
• parcelas con su número y el responsable
• registro de cosechas: de qué parcela, fecha, cultivo (tomate, lechuga, calabacín, pimiento u otro), kilos
• marcar si lo cosechado se donó al banco de alimentos""",
 [E("Parcela", ["bancal", "huerto", "plot"], [
    F("número", ["numero", "nº", "number"], "text", ["integer"]),
    F("responsable", ["hortelano", "encargado", "socio"], "text", ["person"])]),
  E("Cosecha", ["recolección", "registro de cosecha", "harvest"], [
    F("parcela", ["bancal"], "reference", target="Parcela"),
    F("fecha", ["día", "date"], "date"),
    F("cultivo", ["producto", "hortaliza", "crop"], "choice", ["text"], options=["Tomate", "Lechuga", "Calabacín", "Pimiento", "Otro"]),
    F("kilos", ["peso", "kg", "cantidad"], "decimal", ["integer"]),
    F("donado al banco de alimentos", ["donado", "donación", "donated"], "boolean", ["choice"])])],
 [("Cosecha", "Parcela")])

C("es", """Buenas, en el estudio hacemos las fotos de orla y de fin de curso en colegios y queremos organizarlo mejor:
- colegios: nombre, persona de contacto, teléfono, email
- sesiones: colegio, fecha, curso/clase, nº de alumnos
- pedidos de las familias: sesión, nombre del alumno, paquete (Básico, Familiar, Premium), importe, pagado, entregado""",
 [E("Colegio", ["centro", "escuela", "school"], [
    F("nombre", ["nombre del colegio", "name"], "text"),
    F("persona de contacto", ["contacto", "contact person"], "text", ["person"]),
    F("teléfono", ["telefono", "phone"], "phone"),
    F("email", ["correo", "correo electrónico", "e-mail"], "email")]),
  E("Sesión", ["sesion", "sesión de fotos", "session", "visita"], [
    F("colegio", ["centro", "escuela"], "reference", target="Colegio"),
    F("fecha", ["día", "date"], "date", ["datetime"]),
    F("curso", ["clase", "curso/clase", "grupo"], "text"),
    F("número de alumnos", ["nº de alumnos", "alumnos", "number of students"], "integer")]),
  E("Pedido", ["encargo", "order", "pedido de familia"], [
    F("sesión", ["sesion", "session"], "reference", target="Sesión"),
    F("nombre del alumno", ["alumno", "estudiante", "student"], "text"),
    F("paquete", ["pack", "package"], "choice", [], options=["Básico", "Familiar", "Premium"]),
    F("importe", ["precio", "total", "amount"], "money", ["decimal"]),
    F("pagado", ["pagado?", "cobrado", "paid"], "boolean", ["choice"]),
    F("entregado", ["entregado?", "delivered"], "boolean", ["choice"])])],
 [("Sesión", "Colegio"), ("Pedido", "Sesión")])

C("es", """Buenos días:

En la notaría necesitamos controlar los expedientes de compraventa. Para cada uno: número de protocolo, fecha de firma, notario, comprador, vendedor, precio, si hay hipoteca y el estado de la provisión de fondos (pendiente, recibida, liquidada). De los inmuebles guardamos la dirección y la referencia catastral; un mismo inmueble puede aparecer en varias compraventas a lo largo de los años.

Gracias de antemano.""",
 [E("Expediente", ["compraventa", "expediente de compraventa", "escritura", "operación"], [
    F("número de protocolo", ["protocolo", "nº protocolo", "número"], "text", ["integer"]),
    F("fecha de firma", ["firma", "fecha", "signing date"], "date", ["datetime"]),
    F("notario", ["notario autorizante", "notary"], "person", ["text", "choice"]),
    F("comprador", ["compradores", "buyer"], "text"),
    F("vendedor", ["vendedores", "seller"], "text"),
    F("precio", ["importe", "precio de venta", "price"], "money", ["decimal"]),
    F("hipoteca", ["con hipoteca", "hay hipoteca", "mortgage"], "boolean", ["choice"]),
    F("provisión de fondos", ["estado de la provisión de fondos", "provisión", "estado provisión"], "choice", [], options=["Pendiente", "Recibida", "Liquidada"]),
    F("inmueble", ["finca", "propiedad", "property"], "reference", target="Inmueble"),
    NOTES("es")]),
  E("Inmueble", ["finca", "propiedad", "property"], [
    F("dirección", ["direccion", "domicilio", "address"], "text", ["long_text"]),
    F("referencia catastral", ["ref catastral", "catastro", "cadastral reference"], "text")])],
 [("Expediente", "Inmueble")])

C("es", "soy paseador de perros. quiero tener a los clientes (nombre, telefono, direccion, cuantos paseos tienen en el bono), sus perros (nombre, raza, si se lleva bien con otros perros) y cada paseo: que perro, fecha y hora, duracion (30 o 60 min), quien lo paseo y si hubo alguna incidencia",
 [E("Cliente", ["dueño", "propietario", "customer"], [
    F("nombre", ["nombre del cliente", "name"], "text"),
    F("teléfono", ["telefono", "móvil", "phone"], "phone"),
    F("dirección", ["direccion", "domicilio", "address"], "text", ["long_text"]),
    F("paseos en el bono", ["bono", "paseos contratados", "paseos restantes", "número de paseos"], "integer")]),
  E("Perro", ["mascota", "dog"], [
    F("cliente", ["dueño", "propietario"], "reference", target="Cliente"),
    F("nombre", ["nombre del perro", "name"], "text"),
    F("raza", ["breed"], "text", ["choice"]),
    F("se lleva bien con otros perros", ["sociable", "compatible con perros", "bien con otros perros"], "boolean", ["choice"])]),
  E("Paseo", ["salida", "walk"], [
    F("perro", ["mascota"], "reference", target="Perro"),
    F("fecha y hora", ["fecha", "hora", "día y hora"], "datetime"),
    F("duración", ["duracion", "minutos", "duration"], "choice", ["integer"], options=["30 min", "60 min"]),
    F("paseador", ["quién lo paseó", "cuidador", "walker"], "person", ["text", "choice"]),
    F("incidencias", ["incidencia", "incidentes", "observaciones", "notas"], "long_text", ["text"])])],
 [("Perro", "Cliente"), ("Paseo", "Perro")])

C("es", "banco de semillas del huerto: variedad, especie, cantidad de sobres, quien la dono y año de cosecha",
 [E("Semilla", ["variedad", "lote de semillas", "sobre", "seed"], [
    F("variedad", ["nombre", "variety"], "text"),
    F("especie", ["cultivo", "species"], "text", ["choice"]),
    F("cantidad de sobres", ["sobres", "cantidad", "número de sobres"], "integer"),
    F("donante", ["quién la donó", "donado por", "quien la dono"], "text", ["person"]),
    F("año de cosecha", ["año", "cosecha", "ano de cosecha", "harvest year"], "integer", ["text", "date"]),
    NOTES("es")])],
 [])

C("es", "Registro de poderes otorgados en la notaría: poderdante, apoderado, tipo de poder (general, especial, para pleitos), fecha de otorgamiento, número de protocolo, revocado sí/no y fecha de revocación.",
 [E("Poder", ["poder notarial", "apoderamiento", "power of attorney"], [
    F("poderdante", ["otorgante", "grantor"], "text"),
    F("apoderado", ["representante", "attorney"], "text"),
    F("tipo de poder", ["tipo", "clase"], "choice", [], options=["General", "Especial", "Para pleitos"]),
    F("fecha de otorgamiento", ["otorgado el", "fecha", "fecha otorgamiento"], "date"),
    F("número de protocolo", ["protocolo", "nº protocolo"], "text", ["integer"]),
    F("revocado", ["revocado sí/no", "revocación", "revoked"], "boolean", ["choice"]),
    F("fecha de revocación", ["revocado el", "revocation date"], "date"),
    F("notario", ["notario autorizante"], "person", ["text"], opt=True)])],
 [])

# ---------------------------------------------------------------- DE (8)
C("de", """Für jeden Umzugsauftrag müssen wir bei der Stadt eine Halteverbotszone beantragen, oft zwei (Auszug und Einzug). Aufträge: Auftragsnummer, Kunde, Umzugsdatum, Auszugsadresse, Einzugsadresse. Anträge: zu welchem Auftrag, für welche Adresse (Auszug/Einzug), beantragt am, genehmigt ja/nein, Gebühr, Schilder aufgestellt am.""",
 [E("Auftrag", ["Umzugsauftrag", "Umzug", "job"], [
    F("Auftragsnummer", ["Nummer", "Auftrags-Nr", "Auftragsnr"], "text", ["integer"]),
    F("Kunde", ["Kundenname", "Auftraggeber", "customer"], "text"),
    F("Umzugsdatum", ["Datum", "Umzugstag", "move date"], "date"),
    F("Auszugsadresse", ["Auszug", "alte Adresse", "Abholadresse"], "text", ["long_text"]),
    F("Einzugsadresse", ["Einzug", "neue Adresse", "Lieferadresse"], "text", ["long_text"]),
    STATUS("de")]),
  E("Halteverbotsantrag", ["Antrag", "Halteverbotszone", "Halteverbot", "parking permit"], [
    F("Auftrag", ["Umzugsauftrag", "Umzug"], "reference", target="Auftrag"),
    F("Adresse", ["für welche Adresse", "Ort", "Auszug/Einzug"], "choice", ["text"], options=["Auszug", "Einzug"]),
    F("beantragt am", ["Antragsdatum", "beantragt"], "date"),
    F("genehmigt", ["genehmigt ja/nein", "Genehmigung", "approved"], "boolean", ["choice"]),
    F("Gebühr", ["Kosten", "Gebuehr", "fee"], "money", ["decimal"]),
    F("Schilder aufgestellt am", ["Schilder aufgestellt", "Aufstellung", "Schilder"], "date", ["boolean"])])],
 [("Halteverbotsantrag", "Auftrag")])

C("de", """Hundesalon Kundenkartei:
- Halter: Name, Telefon, Email
- Hunde: Name, Rasse, Geburtsdatum, Felltyp (kurz, lang, drahthaar, lockig), Allergien / Unvertraeglichkeiten, zu welchem Halter
- Termine: Hund, Datum + Uhrzeit, Leistungen (Baden, Schneiden, Trimmen, Krallen) - meistens mehrere, Preis, welche Groomerin""",
 [E("Halter", ["Besitzer", "Kunde", "Hundehalter", "owner"], [
    F("Name", ["Nachname", "Vor- und Nachname"], "text"),
    F("Telefon", ["Telefonnummer", "Handy", "phone"], "phone"),
    F("E-Mail", ["Email", "Mail"], "email")]),
  E("Hund", ["Tier", "dog"], [
    F("Name", ["Hundename"], "text"),
    F("Rasse", ["breed"], "text", ["choice"]),
    F("Geburtsdatum", ["geboren", "Geburtstag"], "date"),
    F("Felltyp", ["Fell", "Fellart", "coat type"], "choice", ["text"], options=["Kurz", "Lang", "Drahthaar", "Lockig"]),
    F("Allergien", ["Unverträglichkeiten", "Allergien / Unverträglichkeiten", "Allergien / Unvertraeglichkeiten", "allergies"], "long_text", ["text"]),
    F("Halter", ["Besitzer", "Kunde"], "reference", target="Halter")]),
  E("Termin", ["Buchung", "Pflegetermin", "appointment"], [
    F("Hund", ["Tier"], "reference", target="Hund"),
    F("Datum und Uhrzeit", ["Datum", "Uhrzeit", "Datum + Uhrzeit", "Termin", "Zeitpunkt"], "datetime"),
    F("Leistungen", ["Leistung", "Behandlung", "services"], "multi_choice", ["choice"], options=["Baden", "Schneiden", "Trimmen", "Krallen"]),
    F("Preis", ["Betrag", "Kosten", "price"], "money", ["decimal"]),
    F("Groomerin", ["Mitarbeiterin", "Groomer", "zuständig"], "person", ["text", "choice"]),
    NOTES("de")])],
 [("Hund", "Halter"), ("Termin", "Hund")])

C("de", """Hallo, wir sind ein Kleingartenverein mit 84 Parzellen. Wir brauchen:
Parzellen mit Nummer, Größe in m² und wer sie gepachtet hat. Die Pächter mit Name, Anschrift, Telefon und Pachtbeginn. Und einmal im Jahr lesen wir die Wasserzähler ab – pro Parzelle Ablesedatum und Zählerstand, damit der Kassierer den Verbrauch abrechnen kann.
Viele Grüße, Horst (Vorstand)""",
 [E("Parzelle", ["Garten", "Kleingarten", "plot"], [
    F("Nummer", ["Parzellennummer", "Nr", "Parzellen-Nr"], "text", ["integer"]),
    F("Größe", ["Größe in m²", "Fläche", "Groesse", "qm"], "decimal", ["integer"]),
    F("Pächter", ["Paechter", "gepachtet von", "Mitglied"], "reference", target="Pächter")]),
  E("Pächter", ["Mitglied", "Paechter", "tenant"], [
    F("Name", ["Vor- und Nachname", "Nachname"], "text"),
    F("Anschrift", ["Adresse", "address"], "text", ["long_text"]),
    F("Telefon", ["Telefonnummer", "phone"], "phone"),
    F("Pachtbeginn", ["Beginn", "Pacht seit", "Pachtbeginn am"], "date"),
    F("E-Mail", ["Email"], "email", opt=True)]),
  E("Zählerablesung", ["Zählerstand", "Ablesung", "Wasserzähler", "meter reading"], [
    F("Parzelle", ["Garten"], "reference", target="Parzelle"),
    F("Ablesedatum", ["Datum", "abgelesen am"], "date"),
    F("Zählerstand", ["Stand", "Wert", "Zählerstand m³"], "decimal", ["integer"]),
    F("Verbrauch", ["Wasserverbrauch"], "decimal", ["integer"], opt=True)])],
 [("Parzelle", "Pächter"), ("Zählerablesung", "Parzelle")], "Consumption = difference between readings; the treasurer bills it.")

C("de", "Passbild-Aufträge erfassen: Name, Art (Reisepass, Personalausweis, Visum, Bewerbung), Anzahl Bilder, digital ja/nein, Preis, bezahlt",
 [E("Passbild-Auftrag", ["Auftrag", "Passbild", "Bestellung", "order"], [
    F("Name", ["Kunde", "Kundenname"], "text"),
    F("Art", ["Typ", "Verwendung", "Zweck"], "choice", [], options=["Reisepass", "Personalausweis", "Visum", "Bewerbung"]),
    F("Anzahl Bilder", ["Anzahl", "Bilder", "Stück"], "integer"),
    F("digital", ["digital ja/nein", "digitale Datei", "Datei"], "boolean", ["choice"]),
    F("Preis", ["Betrag", "price"], "money", ["decimal"]),
    F("bezahlt", ["Bezahlt?", "paid"], "boolean", ["choice"]),
    F("Datum", ["Aufnahmedatum", "erstellt am"], "date", ["datetime"], opt=True)])],
 [])

C("de", """Hallo zusammen,

für das Notariat bräuchten wir eine Übersicht unserer Beurkundungsvorgänge. Je Vorgang: Aktenzeichen, Art (Kaufvertrag, Grundschuld, Testament, Vollmacht, GmbH-Gründung), zuständiger Notar, Sachbearbeiterin, Entwurf versandt am, Beurkundungstermin (Datum und Uhrzeit) und Status (in Vorbereitung, Termin steht, beurkundet, vollzogen).
Zu jedem Vorgang gehören mehrere Beteiligte mit Name, Geburtsdatum, Anschrift und Rolle (Käufer, Verkäufer, Erblasser, Vollmachtgeber, Gesellschafter).

Danke und Gruß
M. Krüger""",
 [E("Vorgang", ["Beurkundungsvorgang", "Akte", "Urkunde", "Beurkundung", "case"], [
    F("Aktenzeichen", ["AZ", "Az.", "Nummer", "Referenz"], "text"),
    F("Art", ["Urkundenart", "Typ", "Vorgangsart"], "choice", [], options=["Kaufvertrag", "Grundschuld", "Testament", "Vollmacht", "GmbH-Gründung"]),
    F("Notar", ["zuständiger Notar", "notary"], "person", ["text", "choice"]),
    F("Sachbearbeiterin", ["Sachbearbeiter", "Bearbeiter", "zuständig"], "person", ["text"]),
    F("Entwurf versandt am", ["Entwurf versandt", "Entwurf", "Entwurfsversand"], "date"),
    F("Beurkundungstermin", ["Termin", "Beurkundung am", "Datum und Uhrzeit"], "datetime"),
    F("Status", ["Stand"], "choice", [], options=["In Vorbereitung", "Termin steht", "Beurkundet", "Vollzogen"]),
    NOTES("de")]),
  E("Beteiligter", ["Beteiligte", "Partei", "Person", "party"], [
    F("Vorgang", ["Akte", "Beurkundung"], "reference", target="Vorgang"),
    F("Name", ["Vor- und Nachname"], "text"),
    F("Geburtsdatum", ["geboren am"], "date"),
    F("Anschrift", ["Adresse"], "text", ["long_text"]),
    F("Rolle", ["Funktion", "Beteiligung"], "choice", [], options=["Käufer", "Verkäufer", "Erblasser", "Vollmachtgeber", "Gesellschafter"])])],
 [("Beteiligter", "Vorgang")])

C("de", "ich betreue katzen während die besitzer im urlaub sind. brauche: kunden (name, adresse, telefon, schlüssel bekommen ja/nein), ihre katzen (name, futter, medikamente) und die aufträge - welcher kunde, von wann bis wann, wieviele besuche am tag und preis pro besuch. ach ja und eine notfallnummer vom tierarzt pro kunde",
 [E("Kunde", ["Besitzer", "Halter", "customer"], [
    F("Name", ["Kundenname"], "text"),
    F("Adresse", ["Anschrift"], "text", ["long_text"]),
    F("Telefon", ["Telefonnummer", "Handy"], "phone"),
    F("Schlüssel erhalten", ["Schlüssel", "Schlüssel bekommen", "Schlüssel da"], "boolean", ["choice"]),
    F("Tierarzt Notfallnummer", ["Tierarzt", "Notfallnummer", "Tierarzt-Telefon", "Notfallnummer Tierarzt"], "phone", ["text"])]),
  E("Katze", ["Tier", "cat"], [
    F("Kunde", ["Besitzer", "Halter"], "reference", target="Kunde"),
    F("Name", ["Katzenname"], "text"),
    F("Futter", ["Fütterung", "Futterhinweise"], "text", ["long_text"]),
    F("Medikamente", ["Medikation", "Medizin"], "text", ["long_text"])]),
  E("Auftrag", ["Betreuung", "Buchung", "Urlaubsbetreuung", "booking"], [
    F("Kunde", ["Besitzer"], "reference", target="Kunde"),
    F("Beginn", ["Startdatum", "Anreise", "Betreuung ab", "Beginndatum"], "date"),
    F("Ende", ["Enddatum", "Rückkehr", "Betreuung bis", "Enddatum Betreuung"], "date"),
    F("Besuche pro Tag", ["Besuche", "Anzahl Besuche", "Besuche am Tag"], "integer"),
    F("Preis pro Besuch", ["Preis", "Besuchspreis"], "money", ["decimal"]),
    F("Gesamtpreis", ["Summe", "Gesamt"], "money", ["decimal"], opt=True),
    NOTES("de")])],
 [("Katze", "Kunde"), ("Auftrag", "Kunde")])

C("de", """Gemeinschaftsstunden im Verein: jeder Pächter muss 10 Arbeitsstunden im Jahr leisten, sonst 15 € pro fehlender Stunde. Wir wollen die Mitglieder (Name, Parzellennummer) und die einzelnen Einsätze erfassen: Mitglied, Datum, Tätigkeit (Hecke schneiden, Wege, Vereinsheim, Kompost), Stunden, bestätigt von (jemand vom Vorstand).""",
 [E("Mitglied", ["Pächter", "Vereinsmitglied", "member"], [
    F("Name", ["Vor- und Nachname"], "text"),
    F("Parzellennummer", ["Parzelle", "Parzellen-Nr", "Garten-Nr"], "text", ["integer"])]),
  E("Arbeitseinsatz", ["Einsatz", "Gemeinschaftsstunde", "Arbeitsstunden", "Gemeinschaftsarbeit"], [
    F("Mitglied", ["Pächter"], "reference", target="Mitglied"),
    F("Datum", ["Tag", "Einsatzdatum"], "date"),
    F("Tätigkeit", ["Taetigkeit", "Arbeit", "Aufgabe"], "choice", ["text"], options=["Hecke schneiden", "Wege", "Vereinsheim", "Kompost"]),
    F("Stunden", ["Anzahl Stunden", "Dauer"], "decimal", ["integer"]),
    F("bestätigt von", ["bestätigt durch", "Vorstand", "abgezeichnet von"], "person", ["text"])])],
 [("Arbeitseinsatz", "Mitglied")], "Missing hours per member per year are charged at 15 EUR per hour (10 hours required).")

C("de", "wir verleihen umzugskartons an kunden. festhalten: kunde, anzahl kartons, anzahl kleiderkisten, ausgegeben am, pfand, zurück am, wieviele zurückgekommen sind",
 [E("Kartonverleih", ["Verleih", "Ausleihe", "Ausgabe", "Karton-Ausleihe", "rental"], [
    F("Kunde", ["Kundenname", "Name"], "text"),
    F("Anzahl Kartons", ["Kartons", "Umzugskartons"], "integer"),
    F("Anzahl Kleiderkisten", ["Kleiderkisten", "Kleiderboxen"], "integer"),
    F("ausgegeben am", ["Ausgabedatum", "ausgegeben", "verliehen am"], "date"),
    F("Pfand", ["Kaution", "Pfandbetrag"], "money", ["decimal"]),
    F("zurück am", ["Rückgabedatum", "zurückgegeben am", "Rückgabe"], "date"),
    F("Anzahl zurück", ["zurückgekommen", "Anzahl zurückgegeben", "zurückgegebene Kartons"], "integer"),
    NOTES("de")])],
 [])

counts = {}
with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as out:
    for c in cases:
        counts[c["lang"]] = counts.get(c["lang"], 0) + 1
        rec = {"id": "h27d%02d" % sum(counts.values()), **c}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(cases), counts)
