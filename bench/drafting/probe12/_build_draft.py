import json, os

def F(name, type, aliases=(), alt=(), opt=False, options=None, target=None):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if type in ("choice", "multi_choice"):
        f["options"] = list(options or [])
    elif options is not None:
        f["options"] = list(options)
    if target:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f

def E(name, aliases, fields):
    return {"name": name, "aliases": list(aliases), "fields": fields}

def NOTES(lang):
    return {"en": F("notes", "long_text", ["comments", "remarks", "note"], ["text"], opt=True),
            "fr": F("notes", "long_text", ["commentaires", "remarques", "observations", "comments"], ["text"], opt=True),
            "es": F("notas", "long_text", ["observaciones", "comentarios", "notes", "comments"], ["text"], opt=True),
            "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "Kommentar", "notes"], ["text"], opt=True)}[lang]

CASES = []
def D(id, lang, prompt, ents, rels=(), notes=""):
    CASES.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                  "relations": [{"from": a, "to": b} for a, b in rels], "notes": notes})

# ---------------- English ----------------
D("p12-d01", "en",
  "callback list for the support line - customer name, phone number, best time to call back, what it's about, who's picking it up and whether it's done",
  [E("Callback request", ["callback", "call back", "callback list", "request", "call"], [
      F("customer name", "text", ["customer", "name", "caller", "client"]),
      F("phone number", "phone", ["phone", "number", "telephone", "contact number"]),
      F("best time to call", "text", ["best time", "preferred time", "call back time", "callback time", "time to call"], ["datetime", "choice"]),
      F("reason", "long_text", ["what it's about", "subject", "topic", "description", "issue"], ["text"]),
      F("assigned to", "person", ["picked up by", "handled by", "owner", "agent", "who"], ["text"]),
      F("done", "boolean", ["completed", "called back", "status", "done?"], ["choice"]),
      F("requested on", "datetime", ["date", "received", "logged at", "created"], ["date"], opt=True),
      NOTES("en")])])

D("p12-d02", "en",
  "We handle warranty returns for our kettles and toasters and it's all in email threads right now. I'd like to log each return request (RMA): which customer, which product, serial number, purchase date, what's wrong with it, proof of purchase (they usually send a photo of the receipt), and what we decided - repair, replace, refund or rejected. Customers: name, email, phone, address. Products are just our catalogue: model name, model number and warranty length in months.",
  [E("Return request", ["RMA", "warranty return", "return", "warranty claim", "claim"], [
      F("customer", "reference", ["client", "customer name"], target="Customer"),
      F("product", "reference", ["model", "item"], target="Product"),
      F("serial number", "text", ["serial", "serial no", "S/N"]),
      F("purchase date", "date", ["date of purchase", "bought on", "purchased"]),
      F("fault", "long_text", ["what's wrong", "problem", "fault description", "issue", "description", "defect"], ["text"]),
      F("proof of purchase", "file", ["receipt", "receipt photo", "invoice", "proof"]),
      F("decision", "choice", ["outcome", "resolution", "result"], options=["Repair", "Replace", "Refund", "Rejected"]),
      F("status", "choice", ["state", "stage"], options=[], opt=True),
      F("received on", "date", ["date received", "opened", "request date", "logged on"], ["datetime"], opt=True),
      NOTES("en")]),
   E("Customer", ["client", "buyer"], [
      F("name", "text", ["customer name", "full name"]),
      F("email", "email", ["email address", "e-mail"]),
      F("phone", "phone", ["phone number", "telephone", "mobile"]),
      F("address", "long_text", ["postal address", "street address"], ["text"])]),
   E("Product", ["model", "catalogue item", "appliance"], [
      F("model name", "text", ["name", "product name", "model"]),
      F("model number", "text", ["model no", "product code", "reference", "SKU"]),
      F("warranty months", "integer", ["warranty length", "warranty", "warranty period", "warranty (months)"], ["decimal"])])],
  [("Return request", "Customer"), ("Return request", "Product")])

D("p12-d03", "en",
  "Help centre articles\n- title, body, category (Billing, Account, Shipping, Returns, Technical)\n- author + last reviewed date\n- published yes/no\n- readers can rate it: helpful or not + optional comment, we want to see all the ratings per article",
  [E("Article", ["help article", "help centre article", "knowledge base article", "KB article"], [
      F("title", "text", ["headline", "name"]),
      F("body", "long_text", ["content", "text", "article body"]),
      F("category", "choice", ["topic", "section"], options=["Billing", "Account", "Shipping", "Returns", "Technical"]),
      F("author", "person", ["written by", "owner"], ["text"]),
      F("last reviewed", "date", ["last reviewed date", "reviewed on", "review date"], ["datetime"]),
      F("published", "boolean", ["is published", "live", "status"], ["choice"])]),
   E("Rating", ["feedback", "article feedback", "vote", "review", "article rating"], [
      F("article", "reference", ["help article"], target="Article"),
      F("helpful", "boolean", ["was it helpful", "helpful?", "rating", "useful"], ["choice"]),
      F("comment", "long_text", ["comments", "feedback", "remark"], ["text"]),
      F("submitted at", "datetime", ["date", "rated on", "submitted on"], ["date"], opt=True)])],
  [("Rating", "Article")])

D("p12-d04", "en",
  "so we have 3 stores and im sick of the rota being on a whiteboard. each store has a name and opening hours. i want to put in shifts - which store, the date, start time and end time, who's working it, and the role (till, floor, stockroom, supervisor). sometimes people swap shifts so maybe a box to say if its been swapped and with who",
  [E("Store", ["shop", "branch", "location"], [
      F("name", "text", ["store name", "shop name"]),
      F("opening hours", "text", ["hours", "opening times", "trading hours"], ["long_text"])]),
   E("Shift", ["rota entry", "rota", "shift assignment", "work shift"], [
      F("store", "reference", ["shop", "branch", "location"], target="Store"),
      F("date", "date", ["shift date", "day"], ["datetime"]),
      F("start time", "datetime", ["start", "starts at", "from"], ["text"]),
      F("end time", "datetime", ["end", "ends at", "until", "to"], ["text"]),
      F("staff member", "person", ["employee", "who", "worker", "working", "assigned to", "staff"], ["text"]),
      F("role", "choice", ["position", "duty", "station"], options=["Till", "Floor", "Stockroom", "Supervisor"]),
      F("swapped", "boolean", ["swap", "shift swapped", "swapped?"], ["choice"]),
      F("swapped with", "person", ["swap with", "covered by", "replacement"], ["text"]),
      NOTES("en")])],
  [("Shift", "Store")])

D("p12-d05", "en",
  "Hi,\n\ncould you build us something to record markdowns? Whenever a store manager reduces a price they should log the product (SKU and description), the store, old price, new price, the reason (damaged, end of season, overstock, price match) and the date it takes effect. Area managers need to sign off anything over 30% off.\n\nThanks, Priya",
  [E("Markdown", ["price reduction", "price change", "markdown entry", "reduction", "markdown log"], [
      F("SKU", "text", ["product code", "item code", "article number"]),
      F("product description", "text", ["description", "product", "item", "product name"], ["long_text"]),
      F("store", "text", ["shop", "branch", "location"], ["choice"]),
      F("old price", "money", ["original price", "previous price", "was price"], ["decimal"]),
      F("new price", "money", ["reduced price", "now price", "markdown price"], ["decimal"]),
      F("reason", "choice", ["markdown reason", "why"], options=["Damaged", "End of season", "Overstock", "Price match"]),
      F("effective date", "date", ["date", "takes effect", "effective from", "start date"], ["datetime"]),
      F("approval", "boolean", ["sign off", "signed off", "approved", "area manager approval", "sign-off status"], ["choice"]),
      F("approved by", "person", ["signed off by", "area manager", "approver"], ["text"], opt=True),
      F("logged by", "person", ["store manager", "requested by", "entered by"], ["text"], opt=True),
      NOTES("en")])],
  notes="Sign-off by an area manager needed when the reduction is over 30%.")

D("p12-d06", "en",
  "Click & collect orders: order number, customer name + phone, which store they collect from, pickup slot, number of bags, status (picking, ready, collected, not collected). Store list with address and phone. Would be nice to text the customer when it's ready.",
  [E("Order", ["click and collect order", "click & collect order", "collection order", "pickup", "collection"], [
      F("order number", "text", ["order no", "order id", "order ref", "number"]),
      F("customer name", "text", ["customer", "name"]),
      F("customer phone", "phone", ["phone", "phone number", "mobile"]),
      F("store", "reference", ["collection store", "collect from", "shop", "pickup store", "branch"], target="Store"),
      F("pickup slot", "datetime", ["collection slot", "slot", "pickup time", "collection time"], ["text", "date"]),
      F("number of bags", "integer", ["bags", "bag count"]),
      F("status", "choice", ["state", "stage"], options=["Picking", "Ready", "Collected", "Not collected"]),
      NOTES("en")]),
   E("Store", ["shop", "branch", "location"], [
      F("name", "text", ["store name"]),
      F("address", "text", ["location", "store address"], ["long_text"]),
      F("phone", "phone", ["phone number", "telephone", "store phone"])])],
  [("Order", "Store")],
  notes="Send an SMS to the customer when the status becomes Ready.")

D("p12-d07", "en",
  "Area managers do a visit audit in each shop once a month. They score cleanliness, stock presentation, staff uniform and till area out of 5, write down what needs fixing with a deadline, and attach photos. We want each action item tracked separately until the shop manager closes it off. Shops have a code, name, region (North, South, Central) and a manager.",
  [E("Shop", ["store", "branch"], [
      F("code", "text", ["shop code", "store code", "number"]),
      F("name", "text", ["shop name", "store name"]),
      F("region", "choice", ["area"], options=["North", "South", "Central"]),
      F("manager", "person", ["shop manager", "store manager"], ["text"])]),
   E("Audit", ["visit audit", "store visit", "visit", "shop audit", "monthly audit"], [
      F("shop", "reference", ["store", "branch"], target="Shop"),
      F("visit date", "date", ["date", "audit date", "visited on"], ["datetime"]),
      F("area manager", "person", ["auditor", "visited by", "audited by"], ["text"], opt=True),
      F("cleanliness", "integer", ["cleanliness score", "cleanliness (1-5)"], ["decimal", "choice"]),
      F("stock presentation", "integer", ["stock presentation score", "presentation", "merchandising"], ["decimal", "choice"]),
      F("staff uniform", "integer", ["uniform", "staff uniform score", "uniform score"], ["decimal", "choice"]),
      F("till area", "integer", ["till area score", "till", "checkout area"], ["decimal", "choice"]),
      F("photos", "file", ["photo", "pictures", "attachments"]),
      F("total score", "decimal", ["score", "overall score"], ["integer"], opt=True),
      NOTES("en")]),
   E("Action item", ["action", "corrective action", "fix", "to do", "follow-up"], [
      F("audit", "reference", ["visit", "visit audit"], target="Audit"),
      F("description", "long_text", ["what needs fixing", "action", "issue", "task"], ["text"]),
      F("deadline", "date", ["due date", "due by", "fix by"], ["datetime"]),
      F("closed", "boolean", ["status", "done", "closed off", "completed"], ["choice"]),
      F("closed by", "person", ["shop manager", "closed off by"], ["text"], opt=True),
      F("closed on", "date", ["date closed", "completed on"], ["datetime"], opt=True)])],
  [("Audit", "Shop"), ("Action item", "Audit")])

D("p12-d08", "en",
  "daily egg log for our 4 hen houses: date, house, eggs collected, cracked/dirty ones, feed used (kg), mortalities, who did the round",
  [E("Hen house", ["house", "poultry house", "shed", "barn", "laying house"], [
      F("name", "text", ["house name", "number", "house number"]),
      F("number of hens", "integer", ["flock size", "birds", "capacity"], opt=True)]),
   E("Daily log", ["egg log", "daily egg log", "daily record", "collection", "entry", "log entry"], [
      F("date", "date", ["day", "collection date"], ["datetime"]),
      F("hen house", "reference", ["house", "shed", "barn"], target="Hen house"),
      F("eggs collected", "integer", ["eggs", "egg count", "number of eggs", "total eggs"]),
      F("cracked or dirty", "integer", ["cracked/dirty", "cracked", "dirty eggs", "seconds", "rejects", "damaged eggs"]),
      F("feed used", "decimal", ["feed", "feed (kg)", "feed kg"], ["integer"]),
      F("mortalities", "integer", ["deaths", "dead birds", "losses"]),
      F("collected by", "person", ["who did the round", "done by", "staff", "recorded by"], ["text"]),
      NOTES("en")])],
  [("Daily log", "Hen house")])

D("p12-d09", "en",
  "I need to keep spray records for the farm assurance audit. Fields (name, crop, hectares) and products (product name, active ingredient, MAPP number, harvest interval in days). Each application: field, product, date, rate per hectare, total amount used, wind speed, operator, and which sprayer was used. The auditor wants to see all applications per field.",
  [E("Field", ["paddock", "plot", "parcel", "land"], [
      F("name", "text", ["field name"]),
      F("crop", "text", ["current crop"], ["choice"]),
      F("hectares", "decimal", ["area", "size", "area (ha)", "ha"])]),
   E("Product", ["plant protection product", "chemical", "pesticide", "spray product"], [
      F("product name", "text", ["name"]),
      F("active ingredient", "text", ["active", "ingredient", "active substance"]),
      F("MAPP number", "text", ["MAPP", "MAPP no", "registration number"]),
      F("harvest interval", "integer", ["harvest interval (days)", "pre-harvest interval", "PHI", "interval days"])]),
   E("Application", ["spray application", "spray record", "treatment", "spraying"], [
      F("field", "reference", ["paddock", "plot"], target="Field"),
      F("product", "reference", ["chemical", "spray product"], target="Product"),
      F("date", "date", ["application date", "sprayed on", "date applied"], ["datetime"]),
      F("rate per hectare", "decimal", ["rate", "dose", "application rate", "rate/ha"]),
      F("total amount", "decimal", ["total used", "amount used", "quantity used", "total amount used"]),
      F("wind speed", "decimal", ["wind"], ["integer", "text"]),
      F("operator", "person", ["sprayed by", "applied by", "operator name"], ["text"]),
      F("sprayer", "text", ["sprayer used", "machine", "equipment"], ["choice"]),
      NOTES("en")])],
  [("Application", "Field"), ("Application", "Product")])

D("p12-d10", "en",
  "Orchard here. Each picking day we fill bins from different blocks and put them in the cold stores. I'd like to track every lot: the block it came from, the variety, date picked, number of bins, estimated weight, which cold store (CA1, CA2, CA3, Shed) and the quality grade (Class 1, Class 2, juice). Blocks have a name, a variety and the year they were planted. When a lot goes out to the packhouse I want to put in the date it left.",
  [E("Block", ["orchard block", "plot", "field", "orchard"], [
      F("name", "text", ["block name"]),
      F("variety", "text", ["apple variety", "cultivar"], ["choice"]),
      F("year planted", "integer", ["planted", "planting year", "year"], ["date"])]),
   E("Lot", ["harvest lot", "bin lot", "picking", "harvest"], [
      F("block", "reference", ["orchard block", "came from", "origin"], target="Block"),
      F("variety", "text", ["apple variety", "cultivar"], ["choice"]),
      F("date picked", "date", ["picking date", "picked on", "harvest date", "date"], ["datetime"]),
      F("number of bins", "integer", ["bins", "bin count"]),
      F("estimated weight", "decimal", ["weight", "est. weight", "weight (kg)", "estimated weight (t)"], ["integer"]),
      F("cold store", "choice", ["store", "storage", "cold room"], options=["CA1", "CA2", "CA3", "Shed"]),
      F("grade", "choice", ["quality grade", "class", "quality"], options=["Class 1", "Class 2", "Juice"]),
      F("date left", "date", ["dispatched", "dispatch date", "sent to packhouse", "left on", "out date"], ["datetime"]),
      NOTES("en")])],
  [("Lot", "Block")])

D("p12-d11", "en",
  "Call for papers for our dev conference:\n* submissions: title, abstract, format (talk 30 min / lightning / workshop), track, speaker\n* speakers: name, email, company, bio, headshot\n* reviewers score each submission 1-5 with comments, and we need to know which reviewer\n* final decision accepted / waitlist / rejected",
  [E("Submission", ["proposal", "talk", "paper", "talk proposal", "session proposal", "CFP submission"], [
      F("title", "text", ["talk title"]),
      F("abstract", "long_text", ["summary", "description"], ["text"]),
      F("format", "choice", ["type", "session type"], options=["Talk 30 min", "Lightning", "Workshop"]),
      F("track", "text", ["topic", "theme"], ["choice"]),
      F("speaker", "reference", ["presenter", "submitted by"], target="Speaker"),
      F("decision", "choice", ["status", "outcome", "final decision"], options=["Accepted", "Waitlist", "Rejected"])]),
   E("Speaker", ["presenter", "author"], [
      F("name", "text", ["speaker name", "full name"]),
      F("email", "email", ["email address"]),
      F("company", "text", ["organisation", "employer"]),
      F("bio", "long_text", ["biography", "about"], ["text"]),
      F("headshot", "file", ["photo", "picture", "portrait"])]),
   E("Review", ["score", "rating", "evaluation"], [
      F("submission", "reference", ["proposal", "talk"], target="Submission"),
      F("reviewer", "person", ["reviewed by", "reviewer name"], ["text"]),
      F("score", "integer", ["rating", "mark", "score (1-5)"], ["decimal", "choice"]),
      F("comments", "long_text", ["comment", "feedback", "remarks"], ["text"])])],
  [("Submission", "Speaker"), ("Review", "Submission")])

D("p12-d12", "en",
  "Hello! For the trade fair in October we rent out booths and I need an app for it.\nBooth list: booth number, hall (Hall A or Hall B), size (3x3, 3x6, 6x6), corner booth or not, price.\nExhibitors: company, contact person, email, phone, website.\nBookings: which exhibitor took which booth, extras (power, furniture, wifi - can be several), deposit paid yes/no, and the signed contract.\nCheers, Tom",
  [E("Booth", ["stand", "space", "pitch"], [
      F("booth number", "text", ["number", "stand number", "booth no"], ["integer"]),
      F("hall", "choice", ["hall name", "location"], options=["Hall A", "Hall B"]),
      F("size", "choice", ["booth size", "dimensions"], options=["3x3", "3x6", "6x6"]),
      F("corner", "boolean", ["corner booth", "corner booth?", "is corner"], ["choice"]),
      F("price", "money", ["rate", "rental price", "cost"])]),
   E("Exhibitor", ["company", "vendor", "exhibiting company"], [
      F("company", "text", ["company name", "name", "exhibitor name"]),
      F("contact person", "text", ["contact", "contact name"], ["person"]),
      F("email", "email", ["contact email", "email address"]),
      F("phone", "phone", ["phone number", "telephone"]),
      F("website", "url", ["web", "site", "URL", "web site"])]),
   E("Booking", ["booth booking", "reservation", "booth reservation", "rental"], [
      F("exhibitor", "reference", ["company"], target="Exhibitor"),
      F("booth", "reference", ["stand", "booth number"], target="Booth"),
      F("extras", "multi_choice", ["add-ons", "options", "services"], options=["Power", "Furniture", "Wifi"]),
      F("deposit paid", "boolean", ["deposit", "deposit paid?"], ["choice"]),
      F("contract", "file", ["signed contract", "agreement"]),
      F("status", "choice", ["state"], options=[], opt=True),
      NOTES("en")])],
  [("Booking", "Exhibitor"), ("Booking", "Booth")])

D("p12-d13", "en",
  "Seating plan for the awards gala. Guests: name, company, email, dietary requirement (none, vegetarian, vegan, gluten free, halal, other) and any allergies. Tables: table number, number of seats, sponsor name. Each guest sits at one table. Also want to know if they've RSVP'd and, if they're someone's plus-one, whose.",
  [E("Guest", ["attendee", "invitee"], [
      F("name", "text", ["guest name", "full name"]),
      F("company", "text", ["organisation", "employer"]),
      F("email", "email", ["email address"]),
      F("dietary requirement", "choice", ["diet", "dietary", "dietary requirements", "meal choice"], options=["None", "Vegetarian", "Vegan", "Gluten free", "Halal", "Other"]),
      F("allergies", "text", ["allergy", "allergy notes"], ["long_text"]),
      F("table", "reference", ["table number", "seat", "seated at"], target="Table"),
      F("RSVP", "boolean", ["rsvp'd", "responded", "confirmed", "attending", "RSVP status"], ["choice"]),
      F("plus one of", "reference", ["guest of", "plus-one of", "accompanying", "host guest", "invited by"], target="Guest")]),
   E("Table", ["dinner table", "seating table"], [
      F("table number", "integer", ["number", "table no", "name"], ["text"]),
      F("seats", "integer", ["number of seats", "capacity"]),
      F("sponsor", "text", ["sponsor name", "sponsored by"])])],
  [("Guest", "Table"), ("Guest", "Guest")])

D("p12-d14", "en",
  "I'm the commissioning editor at a monthly magazine and honestly I lose track of what I've commissioned from whom. Freelancers: name, email, their rate per word (bank details stay with finance so don't bother). Commissions: the freelancer, working title, which issue it's for, word count, agreed fee, the date they filed, and whether they've invoiced and whether they've been paid. Issues are like 'March 2025' with a print date.",
  [E("Freelancer", ["writer", "contributor", "author"], [
      F("name", "text", ["full name"]),
      F("email", "email", ["email address"]),
      F("rate per word", "money", ["rate", "word rate", "per word rate"], ["decimal"])]),
   E("Commission", ["piece", "article", "assignment", "story"], [
      F("freelancer", "reference", ["writer", "contributor"], target="Freelancer"),
      F("working title", "text", ["title", "headline", "slug"]),
      F("issue", "reference", ["magazine issue", "for issue"], target="Issue"),
      F("word count", "integer", ["words", "length", "wordcount"]),
      F("fee", "money", ["agreed fee", "payment", "amount"]),
      F("date filed", "date", ["filed", "filed on", "submitted", "delivered on", "filing date"], ["datetime"]),
      F("invoiced", "boolean", ["invoice received", "invoiced?"], ["choice"]),
      F("paid", "boolean", ["paid?", "payment made"], ["choice"]),
      F("deadline", "date", ["due date", "due"], ["datetime"], opt=True),
      NOTES("en")]),
   E("Issue", ["edition", "magazine issue"], [
      F("name", "text", ["issue", "title", "month", "issue name"]),
      F("print date", "date", ["goes to print", "print deadline", "publication date"], ["datetime"])])],
  [("Commission", "Freelancer"), ("Commission", "Issue")])

D("p12-d15", "en",
  "photo desk needs a register of the images we license. per image: caption, photographer, agency (Getty, Reuters, AP, own staff, other), licence type (one-off, subscription, royalty free, rights managed), licence expiry, usage restrictions, and the file itself. photographers have a name, email and agency. also log where each image was used - article, date, print or online",
  [E("Image", ["photo", "picture", "licensed image"], [
      F("caption", "text", ["title", "description"], ["long_text"]),
      F("photographer", "reference", ["credit", "taken by"], target="Photographer"),
      F("agency", "choice", ["source", "supplier"], options=["Getty", "Reuters", "AP", "Own staff", "Other"]),
      F("licence type", "choice", ["license type", "licence", "license"], options=["One-off", "Subscription", "Royalty free", "Rights managed"]),
      F("licence expiry", "date", ["license expiry", "expiry", "expires on", "licence expires"], ["datetime"]),
      F("usage restrictions", "long_text", ["restrictions", "usage rights", "conditions"], ["text"]),
      F("file", "file", ["image file", "image", "photo"])]),
   E("Photographer", ["snapper", "photo credit"], [
      F("name", "text", ["full name"]),
      F("email", "email", ["email address"]),
      F("agency", "text", ["agency name"], ["choice"])]),
   E("Usage", ["use", "image use", "placement", "publication", "usage log"], [
      F("image", "reference", ["photo", "picture"], target="Image"),
      F("article", "text", ["publication", "story", "where used", "page"]),
      F("date", "date", ["used on", "publication date", "date used"], ["datetime"]),
      F("channel", "choice", ["print or online", "medium", "platform", "format"], ["multi_choice"], options=["Print", "Online"])])],
  [("Image", "Photographer"), ("Usage", "Image")])

D("p12-d16", "en",
  "podcast production board. episodes: number, title, guest, recording date, release date, status (idea, booked, recorded, editing, published), editor, show notes, audio file. guests: name, email, short bio, social link. one guest per episode is fine",
  [E("Episode", ["podcast episode", "show"], [
      F("number", "integer", ["episode number", "ep", "episode no"], ["text"]),
      F("title", "text", ["episode title", "name"]),
      F("guest", "reference", ["guest name"], target="Guest"),
      F("recording date", "date", ["recorded on", "recording"], ["datetime"]),
      F("release date", "date", ["publish date", "air date", "release"], ["datetime"]),
      F("status", "choice", ["stage", "state"], options=["Idea", "Booked", "Recorded", "Editing", "Published"]),
      F("editor", "person", ["edited by", "producer"], ["text"]),
      F("show notes", "long_text", ["notes", "description"], ["text"]),
      F("audio file", "file", ["audio", "mp3", "recording file"])]),
   E("Guest", ["interviewee", "podcast guest"], [
      F("name", "text", ["guest name", "full name"]),
      F("email", "email", ["email address"]),
      F("bio", "long_text", ["short bio", "biography", "about"], ["text"]),
      F("social link", "url", ["social", "social media", "link", "profile link", "twitter"])])],
  [("Episode", "Guest")])

# ---------------- French ----------------
D("p12-d17", "fr",
  "Bonjour,\nAprès chaque intervention de nos techniciens chez un client, on envoie une enquête de satisfaction. Je voudrais enregistrer les interventions (client, date, technicien, type : installation / dépannage / entretien, durée en heures) et les réponses à l'enquête : note de 1 à 10, est-ce que le client nous recommanderait (oui/non), et son commentaire libre. Les clients ont un nom, une ville et un numéro de contrat.\nMerci !",
  [E("Client", ["customer", "société"], [
      F("nom", "text", ["name", "nom du client", "raison sociale"]),
      F("ville", "text", ["city", "town", "commune"]),
      F("numéro de contrat", "text", ["contrat", "n° de contrat", "contract number", "contract"])]),
   E("Intervention", ["visite", "job", "service call", "visit"], [
      F("client", "reference", ["customer"], target="Client"),
      F("date", "date", ["date d'intervention", "jour"], ["datetime"]),
      F("technicien", "person", ["technician", "intervenant", "tech"], ["text"]),
      F("type", "choice", ["type d'intervention", "nature", "kind"], options=["Installation", "Dépannage", "Entretien"]),
      F("durée", "decimal", ["durée en heures", "heures", "duration", "hours", "temps passé"], ["integer"])]),
   E("Réponse", ["réponse à l'enquête", "enquête", "enquête de satisfaction", "avis", "survey response", "satisfaction survey", "feedback"], [
      F("intervention", "reference", ["visite"], target="Intervention"),
      F("note", "integer", ["score", "note sur 10", "rating", "satisfaction"], ["decimal", "choice"]),
      F("recommanderait", "boolean", ["recommande", "recommandation", "would recommend", "recommend"], ["choice"]),
      F("commentaire", "long_text", ["commentaire libre", "comment", "remarques", "verbatim"], ["text"]),
      F("date de réponse", "date", ["répondu le", "reçue le", "response date"], ["datetime"], opt=True)])],
  [("Intervention", "Client"), ("Réponse", "Intervention")])

D("p12-d18", "fr",
  "appli pour les comptages d'inventaire en magasin\n- rayons : nom, responsable\n- produits : code EAN, libelle, rayon, stock theorique\n- comptages : produit, date, quantite comptee, compte par qui, ecart (calcule ou saisi peu importe)",
  [E("Rayon", ["department", "aisle", "section", "univers"], [
      F("nom", "text", ["name", "nom du rayon"]),
      F("responsable", "person", ["chef de rayon", "manager", "owner"], ["text"])]),
   E("Produit", ["article", "product", "item", "référence"], [
      F("code EAN", "text", ["EAN", "code-barres", "barcode", "code"]),
      F("libellé", "text", ["libelle", "désignation", "nom", "description", "name"]),
      F("rayon", "reference", ["department", "section"], target="Rayon"),
      F("stock théorique", "integer", ["stock theorique", "stock", "stock attendu", "expected stock", "theoretical stock"], ["decimal"])]),
   E("Comptage", ["inventaire", "count", "stock count", "comptage d'inventaire"], [
      F("produit", "reference", ["article", "product"], target="Produit"),
      F("date", "date", ["date du comptage", "counted on"], ["datetime"]),
      F("quantité comptée", "integer", ["quantite comptee", "quantité", "qté comptée", "counted quantity", "quantity"], ["decimal"]),
      F("compté par", "person", ["compte par", "compteur", "counted by", "qui"], ["text"]),
      F("écart", "integer", ["ecart", "différence", "variance", "difference"], ["decimal"])])],
  [("Produit", "Rayon"), ("Comptage", "Produit")])

D("p12-d19", "fr",
  "réservations clients en boutique : nom du client, téléphone, article réservé, taille, acompte versé, date limite de retrait, et si c'est récupéré ou pas",
  [E("Réservation", ["reservation", "réservation client", "hold", "mise de côté"], [
      F("nom du client", "text", ["client", "nom", "customer name", "customer"]),
      F("téléphone", "phone", ["telephone", "tél", "portable", "phone"]),
      F("article", "text", ["article réservé", "produit", "item", "product"]),
      F("taille", "text", ["size", "pointure"], ["choice"]),
      F("acompte", "money", ["acompte versé", "deposit", "arrhes"], ["boolean", "decimal"]),
      F("date limite de retrait", "date", ["date limite", "à retirer avant", "pickup deadline", "date de retrait"], ["datetime"]),
      F("récupéré", "boolean", ["retiré", "récupéré ?", "statut", "collected", "picked up"], ["choice"]),
      F("vendeur", "person", ["vendeuse", "pris par", "sales assistant"], ["text"], opt=True),
      NOTES("fr")])])

D("p12-d20", "fr",
  "On est une ferme maraîchère en AMAP. Je veux gérer les adhérents (nom, email, téléphone, type de panier : petit, moyen, grand, et s'ils ont payé leur cotisation annuelle) et les distributions du jeudi (date, lieu). Pour chaque distribution il faut pouvoir cocher quel adhérent a récupéré son panier, et noter les absences prévenues à l'avance.",
  [E("Adhérent", ["adherent", "membre", "abonné", "member", "subscriber", "amapien"], [
      F("nom", "text", ["name", "nom complet"]),
      F("email", "email", ["e-mail", "mail", "courriel"]),
      F("téléphone", "phone", ["telephone", "portable", "phone"]),
      F("type de panier", "choice", ["panier", "taille du panier", "basket size", "basket"], options=["Petit", "Moyen", "Grand"]),
      F("cotisation payée", "boolean", ["cotisation", "cotisation annuelle", "a payé", "membership paid"], ["choice"])]),
   E("Distribution", ["livraison", "distribution du jeudi", "delivery"], [
      F("date", "date", ["jour"], ["datetime"]),
      F("lieu", "text", ["endroit", "location", "place"], ["choice"])]),
   E("Retrait", ["présence", "récupération", "collecte", "retrait de panier", "pickup", "attendance"], [
      F("distribution", "reference", ["date de distribution"], target="Distribution"),
      F("adhérent", "reference", ["membre", "member"], target="Adhérent"),
      F("récupéré", "boolean", ["panier récupéré", "présent", "collected"], ["choice"]),
      F("absence prévenue", "boolean", ["absent prévenu", "absence", "excusé", "notified absence"], ["choice"])])],
  [("Retrait", "Distribution"), ("Retrait", "Adhérent")])

D("p12-d21", "fr",
  "Suivi des vendanges au domaine. Les parcelles : nom, cépage (Chardonnay, Pinot noir, Gamay), surface en hectares. À chaque cueillette on note la parcelle, la date, le poids récolté en kg, le degré potentiel, l'équipe de vendangeurs et la cuve où ça part. Les cuves ont un numéro et une capacité en hectolitres.",
  [E("Parcelle", ["plot", "vineyard plot", "vigne", "block"], [
      F("nom", "text", ["name", "nom de la parcelle"]),
      F("cépage", "choice", ["cepage", "variété", "grape variety", "variety"], options=["Chardonnay", "Pinot noir", "Gamay"]),
      F("surface", "decimal", ["surface en hectares", "hectares", "superficie", "area"])]),
   E("Cueillette", ["récolte", "vendange", "apport", "harvest", "picking"], [
      F("parcelle", "reference", ["plot"], target="Parcelle"),
      F("date", "date", ["date de récolte", "jour"], ["datetime"]),
      F("poids", "decimal", ["poids récolté", "poids (kg)", "kg", "weight"], ["integer"]),
      F("degré potentiel", "decimal", ["degré", "degre potentiel", "potential alcohol", "TAP"]),
      F("équipe", "text", ["équipe de vendangeurs", "vendangeurs", "team", "crew"], ["choice", "person"]),
      F("cuve", "reference", ["tank", "vat", "cuve de destination"], target="Cuve"),
      NOTES("fr")]),
   E("Cuve", ["tank", "vat", "cuverie"], [
      F("numéro", "text", ["numero", "n°", "number", "nom"], ["integer"]),
      F("capacité", "decimal", ["capacité en hectolitres", "capacite", "hl", "capacity"], ["integer"])])],
  [("Cueillette", "Parcelle"), ("Cueillette", "Cuve")])

D("p12-d22", "fr",
  "Pour notre séminaire annuel on fait venir une vingtaine d'intervenants et il faut gérer leur logistique. Pour chacun : nom, société, email, portable, date d'arrivée et date de départ, l'hôtel (on a 3 hôtels partenaires, avec adresse et téléphone), s'il a besoin d'un transfert depuis la gare. Ils nous envoient aussi leurs notes de frais, parfois plusieurs : montant, justificatif, remboursé ou pas.",
  [E("Intervenant", ["speaker", "orateur", "conférencier", "invité"], [
      F("nom", "text", ["name", "nom complet"]),
      F("société", "text", ["societe", "entreprise", "company", "organisation"]),
      F("email", "email", ["e-mail", "mail"]),
      F("portable", "phone", ["téléphone", "mobile", "phone"]),
      F("date d'arrivée", "date", ["arrivée", "arrival", "arrival date"], ["datetime"]),
      F("date de départ", "date", ["départ", "departure", "departure date"], ["datetime"]),
      F("hôtel", "reference", ["hotel", "hébergement"], target="Hôtel"),
      F("transfert", "boolean", ["transfert gare", "besoin d'un transfert", "navette", "shuttle", "transfer"], ["choice"])]),
   E("Hôtel", ["hotel", "hébergement", "hôtel partenaire"], [
      F("nom", "text", ["name", "nom de l'hôtel"]),
      F("adresse", "text", ["address"], ["long_text"]),
      F("téléphone", "phone", ["telephone", "tél", "phone"])]),
   E("Note de frais", ["frais", "remboursement", "dépense", "expense", "expense claim"], [
      F("intervenant", "reference", ["speaker"], target="Intervenant"),
      F("montant", "money", ["amount", "somme"], ["decimal"]),
      F("justificatif", "file", ["reçu", "facture", "receipt", "pièce justificative"]),
      F("remboursé", "boolean", ["rembourse", "remboursée", "statut", "reimbursed", "paid"], ["choice"]),
      F("objet", "text", ["nature", "description", "catégorie"], ["choice", "long_text"], opt=True)])],
  [("Intervenant", "Hôtel"), ("Note de frais", "Intervenant")])

D("p12-d23", "fr",
  "Maison d'édition : on reçoit environ 50 manuscrits par mois et c'est le bazar. Je voudrais enregistrer chaque manuscrit (titre, auteur, genre : roman, essai, jeunesse, poésie, date de réception, le fichier). Chaque membre du comité qui le lit rend une fiche de lecture avec son avis (à publier / à retravailler / refus) et un résumé. À la fin on répond à l'auteur et il faut garder la date de la réponse.",
  [E("Manuscrit", ["manuscript", "soumission", "texte", "submission"], [
      F("titre", "text", ["title"]),
      F("auteur", "text", ["author", "nom de l'auteur", "écrivain"]),
      F("genre", "choice", ["catégorie", "category"], options=["Roman", "Essai", "Jeunesse", "Poésie"]),
      F("date de réception", "date", ["reçu le", "date de reception", "received", "date d'arrivée"], ["datetime"]),
      F("fichier", "file", ["manuscrit", "pièce jointe", "document", "file"]),
      F("date de réponse", "date", ["répondu le", "date de la réponse", "response date", "reply date"], ["datetime"]),
      F("décision", "choice", ["decision", "statut", "réponse"], options=[], opt=True),
      F("email de l'auteur", "email", ["email", "contact"], opt=True)]),
   E("Fiche de lecture", ["lecture", "avis", "rapport de lecture", "reading report", "review"], [
      F("manuscrit", "reference", ["manuscript", "titre"], target="Manuscrit"),
      F("lecteur", "person", ["lectrice", "membre du comité", "lu par", "reader", "reviewer"], ["text"]),
      F("avis", "choice", ["recommandation", "verdict", "opinion"], options=["À publier", "À retravailler", "Refus"]),
      F("résumé", "long_text", ["resume", "synthèse", "summary"], ["text"]),
      F("date de lecture", "date", ["lu le", "date"], ["datetime"], opt=True)])],
  [("Fiche de lecture", "Manuscrit")])

D("p12-d24", "fr",
  "suivi des retombées presse pour l'agence : chaque article qui parle d'un de nos clients -> client, média, titre de l'article, lien, date de parution, journaliste, tonalité (positive, neutre, négative), audience estimée. Les médias : nom, type (presse écrite, web, radio, télé). Et les clients de l'agence bien sûr (nom, secteur)",
  [E("Retombée", ["retombée presse", "article", "parution", "mention", "coverage", "press clipping"], [
      F("client", "reference", ["customer"], target="Client"),
      F("média", "reference", ["media", "support", "titre de presse"], target="Média"),
      F("titre", "text", ["titre de l'article", "title", "headline"]),
      F("lien", "url", ["url", "link", "lien web"]),
      F("date de parution", "date", ["parution", "date", "publication date", "publié le"], ["datetime"]),
      F("journaliste", "text", ["auteur", "journalist", "author"]),
      F("tonalité", "choice", ["ton", "tonalite", "sentiment", "tone"], options=["Positive", "Neutre", "Négative"]),
      F("audience", "integer", ["audience estimée", "reach", "lecteurs"], ["decimal"])]),
   E("Média", ["media", "support", "titre de presse", "outlet"], [
      F("nom", "text", ["name", "nom du média"]),
      F("type", "choice", ["type de média", "catégorie", "media type"], options=["Presse écrite", "Web", "Radio", "Télé"])]),
   E("Client", ["customer", "client de l'agence", "account"], [
      F("nom", "text", ["name", "raison sociale"]),
      F("secteur", "text", ["secteur d'activité", "industry", "sector"], ["choice"])])],
  [("Retombée", "Client"), ("Retombée", "Média")])

# ---------------- Spanish ----------------
D("p12-d25", "es",
  "Necesito un registro de llamadas del servicio de atención al cliente. Por cada llamada: cliente, fecha y hora, agente que la atendió, motivo (factura, avería, baja, información, otro), duración en minutos, si se resolvió en la primera llamada y notas. De los clientes guardamos nombre, DNI, teléfono y tipo de contrato (particular o empresa).",
  [E("Llamada", ["registro de llamada", "call", "contacto", "call log"], [
      F("cliente", "reference", ["customer", "abonado"], target="Cliente"),
      F("fecha y hora", "datetime", ["fecha", "hora", "date", "timestamp"], ["date"]),
      F("agente", "person", ["atendida por", "operador", "agent", "teleoperador"], ["text"]),
      F("motivo", "choice", ["razón", "tipo de llamada", "reason", "asunto"], options=["Factura", "Avería", "Baja", "Información", "Otro"]),
      F("duración", "integer", ["duracion", "minutos", "duración en minutos", "duration"], ["decimal"]),
      F("resuelta en primera llamada", "boolean", ["resuelta", "resuelto a la primera", "primera llamada", "first call resolution", "resolved"], ["choice"]),
      F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"])]),
   E("Cliente", ["customer", "abonado"], [
      F("nombre", "text", ["name", "nombre completo"]),
      F("DNI", "text", ["NIF", "documento", "id number"]),
      F("teléfono", "phone", ["telefono", "móvil", "phone"]),
      F("tipo de contrato", "choice", ["contrato", "tipo de cliente", "contract type"], options=["Particular", "Empresa"])])],
  [("Llamada", "Cliente")])

D("p12-d26", "es",
  "hola, tengo una ferreteria y quiero llevar los pedidos que hago a los proveedores. proveedores: nombre, telefono, email, dias de entrega. pedido: proveedor, fecha del pedido, fecha prevista de llegada, importe total, estado (pendiente, recibido parcial, recibido, cancelado) y el albaran escaneado cuando llega. gracias",
  [E("Proveedor", ["supplier", "distribuidor", "vendor"], [
      F("nombre", "text", ["name", "razón social", "empresa"]),
      F("teléfono", "phone", ["telefono", "phone"]),
      F("email", "email", ["correo", "e-mail", "correo electrónico"]),
      F("días de entrega", "text", ["dias de entrega", "reparto", "delivery days", "días de reparto"], ["multi_choice", "integer"])]),
   E("Pedido", ["pedido a proveedor", "orden de compra", "purchase order", "order"], [
      F("proveedor", "reference", ["supplier"], target="Proveedor"),
      F("fecha del pedido", "date", ["fecha", "fecha pedido", "order date"], ["datetime"]),
      F("fecha prevista de llegada", "date", ["fecha prevista", "llegada prevista", "fecha de entrega", "expected date", "expected delivery"], ["datetime"]),
      F("importe total", "money", ["importe", "total", "amount"], ["decimal"]),
      F("estado", "choice", ["status", "situación"], options=["Pendiente", "Recibido parcial", "Recibido", "Cancelado"]),
      F("albarán", "file", ["albaran", "albarán escaneado", "delivery note", "documento"]),
      NOTES("es")])],
  [("Pedido", "Proveedor")])

D("p12-d27", "es",
  "Programa de puntos de la tienda:\n- socios: nombre, apellidos, email, móvil, fecha de nacimiento, número de tarjeta\n- cada compra suma puntos: socio, fecha, importe del ticket, puntos ganados\n- canjes: socio, fecha, recompensa (vale 5€, vale 10€, bolsa de regalo), puntos gastados",
  [E("Socio", ["miembro", "cliente", "member", "titular"], [
      F("nombre", "text", ["name", "first name"]),
      F("apellidos", "text", ["apellido", "last name", "surname"]),
      F("email", "email", ["correo", "correo electrónico"]),
      F("móvil", "phone", ["movil", "teléfono", "celular", "mobile", "phone"]),
      F("fecha de nacimiento", "date", ["nacimiento", "cumpleaños", "birth date", "date of birth"]),
      F("número de tarjeta", "text", ["tarjeta", "nº tarjeta", "card number"], ["integer"]),
      F("saldo de puntos", "integer", ["puntos", "points balance"], opt=True)]),
   E("Compra", ["ticket", "venta", "purchase", "acumulación"], [
      F("socio", "reference", ["miembro", "cliente", "member"], target="Socio"),
      F("fecha", "date", ["fecha de compra", "date"], ["datetime"]),
      F("importe", "money", ["importe del ticket", "total", "amount"], ["decimal"]),
      F("puntos ganados", "integer", ["puntos", "points earned", "points"])]),
   E("Canje", ["canjeo", "redención", "redemption", "recompensa canjeada"], [
      F("socio", "reference", ["miembro", "cliente", "member"], target="Socio"),
      F("fecha", "date", ["fecha de canje", "date"], ["datetime"]),
      F("recompensa", "choice", ["premio", "regalo", "reward"], options=["Vale 5€", "Vale 10€", "Bolsa de regalo"]),
      F("puntos gastados", "integer", ["puntos", "puntos canjeados", "points spent", "points"])])],
  [("Compra", "Socio"), ("Canje", "Socio")])

D("p12-d28", "es",
  "Somos una cooperativa de aceite. En campaña cada socio trae aceituna a la almazara y necesitamos apuntar las entregas: socio, fecha, kilos, variedad (picual, hojiblanca, arbequina), si es de suelo o de vuelo, el rendimiento graso (%) y la finca de la que viene. Cada socio tiene varias fincas, con nombre, término municipal y número de olivos.",
  [E("Socio", ["cooperativista", "agricultor", "member", "productor"], [
      F("nombre", "text", ["name", "nombre completo"]),
      F("número de socio", "text", ["nº socio", "member number", "código"], ["integer"], opt=True),
      F("teléfono", "phone", ["telefono", "phone", "móvil"], opt=True)]),
   E("Finca", ["parcela", "olivar", "farm", "plot"], [
      F("socio", "reference", ["propietario", "dueño", "owner"], target="Socio"),
      F("nombre", "text", ["name", "nombre de la finca"]),
      F("término municipal", "text", ["termino municipal", "municipio", "pueblo", "municipality"]),
      F("número de olivos", "integer", ["olivos", "nº de olivos", "number of trees", "árboles"])]),
   E("Entrega", ["partida", "entrada", "delivery", "entrega de aceituna"], [
      F("socio", "reference", ["cooperativista", "member"], target="Socio"),
      F("fecha", "date", ["fecha de entrega", "date"], ["datetime"]),
      F("kilos", "decimal", ["kg", "peso", "kilos entregados", "weight"], ["integer"]),
      F("variedad", "choice", ["variety", "tipo de aceituna"], options=["Picual", "Hojiblanca", "Arbequina"]),
      F("procedencia", "choice", ["suelo o vuelo", "suelo/vuelo", "origen", "tipo", "recogida"], ["boolean"], options=["Suelo", "Vuelo"]),
      F("rendimiento graso", "decimal", ["rendimiento", "rendimiento (%)", "grasa", "yield", "fat yield"]),
      F("finca", "reference", ["parcela", "olivar", "farm"], target="Finca")])],
  [("Finca", "Socio"), ("Entrega", "Socio"), ("Entrega", "Finca")])

D("p12-d29", "es",
  "cuaderno de riego y plagas del invernadero: por cada sector anotar fecha, litros de riego, abono aplicado, plagas vistas (pulgon, mosca blanca, trips, araña roja, puede ser mas de una) y quien hizo la revision",
  [E("Registro", ["revisión", "entrada", "anotación", "registro de riego", "cuaderno", "record", "log entry"], [
      F("sector", "text", ["zona", "nave", "sector del invernadero", "section"], ["choice"]),
      F("fecha", "date", ["día", "date"], ["datetime"]),
      F("litros de riego", "decimal", ["litros", "riego", "agua", "litres", "irrigation"], ["integer"]),
      F("abono aplicado", "text", ["abono", "fertilizante", "fertilizer", "abonado"], ["long_text", "choice"]),
      F("plagas vistas", "multi_choice", ["plagas", "plagas detectadas", "pests"], options=["Pulgón", "Mosca blanca", "Trips", "Araña roja"]),
      F("revisado por", "person", ["quién", "responsable", "hecho por", "checked by", "técnico"], ["text"]),
      F("cultivo", "text", ["crop"], ["choice"], opt=True),
      NOTES("es")])])

D("p12-d30", "es",
  "Buenas! Llevamos una empresa de catering para bodas y eventos y queremos ordenarnos. Necesito los eventos (cliente, tipo de evento: boda, comunión, empresa, cumpleaños; fecha, lugar, número de invitados, el menú elegido, presupuesto y si han pagado la señal) y los menús que ofrecemos (nombre, precio por persona, descripción, si tiene opción vegana). También apuntar los camareros que van a cada evento y cuántas horas hace cada uno, para pagarles a final de mes.",
  [E("Evento", ["celebración", "event", "servicio"], [
      F("cliente", "text", ["customer", "nombre del cliente", "contratante"], ["reference"]),
      F("tipo de evento", "choice", ["tipo", "event type"], options=["Boda", "Comunión", "Empresa", "Cumpleaños"]),
      F("fecha", "date", ["fecha del evento", "date"], ["datetime"]),
      F("lugar", "text", ["sitio", "finca", "venue", "ubicación"]),
      F("número de invitados", "integer", ["invitados", "comensales", "nº de invitados", "guests"]),
      F("menú", "reference", ["menú elegido", "menu"], target="Menú"),
      F("presupuesto", "money", ["importe", "precio", "budget", "quote"]),
      F("señal pagada", "boolean", ["señal", "depósito", "deposit paid", "anticipo"], ["money", "choice"])]),
   E("Menú", ["menu", "carta", "propuesta"], [
      F("nombre", "text", ["name", "nombre del menú"]),
      F("precio por persona", "money", ["precio", "precio/persona", "price per person"], ["decimal"]),
      F("descripción", "long_text", ["descripcion", "platos", "description"], ["text"]),
      F("opción vegana", "boolean", ["vegano", "vegana", "vegan option"], ["choice"])]),
   E("Asignación", ["turno", "camarero asignado", "personal del evento", "staffing", "assignment", "horas"], [
      F("evento", "reference", ["event"], target="Evento"),
      F("camarero", "text", ["camarera", "nombre", "waiter", "staff"], ["person"]),
      F("horas", "decimal", ["horas trabajadas", "hours"], ["integer"]),
      F("pagado", "boolean", ["paid"], ["choice"], opt=True)])],
  [("Evento", "Menú"), ("Asignación", "Evento")])

D("p12-d31", "es",
  "Alquilamos equipos para eventos (altavoces, mesas de mezcla, focos, pantallas LED). Quiero un inventario de los equipos con código, descripción, categoría, precio de alquiler por día y estado (disponible, alquilado, en reparación). Y las reservas: cliente, evento, fecha de recogida, fecha de devolución, fianza y si se ha devuelto todo bien. En una reserva pueden ir varios equipos.",
  [E("Equipo", ["material", "artículo", "equipment", "item"], [
      F("código", "text", ["codigo", "referencia", "code"]),
      F("descripción", "text", ["descripcion", "nombre", "description"], ["long_text"]),
      F("categoría", "choice", ["tipo", "category"], options=["Altavoces", "Mesas de mezcla", "Focos", "Pantallas LED"]),
      F("precio por día", "money", ["precio de alquiler", "tarifa diaria", "precio/día", "daily rate"], ["decimal"]),
      F("estado", "choice", ["status", "disponibilidad"], options=["Disponible", "Alquilado", "En reparación"])]),
   E("Reserva", ["alquiler", "booking", "rental", "pedido"], [
      F("cliente", "text", ["customer", "nombre del cliente"], ["reference"]),
      F("evento", "text", ["nombre del evento", "event"]),
      F("fecha de recogida", "date", ["recogida", "fecha de salida", "pickup date"], ["datetime"]),
      F("fecha de devolución", "date", ["devolución", "fecha de vuelta", "return date"], ["datetime"]),
      F("fianza", "money", ["depósito", "deposit"], ["decimal"]),
      F("devuelto correctamente", "boolean", ["devuelto", "devuelto bien", "todo bien", "returned ok", "estado de devolución"], ["choice"]),
      NOTES("es")]),
   E("Línea de reserva", ["equipo reservado", "equipos reservados", "línea", "detalle de reserva", "artículo reservado", "reserved item", "booking line"], [
      F("reserva", "reference", ["alquiler", "booking"], target="Reserva"),
      F("equipo", "reference", ["material", "equipment"], target="Equipo"),
      F("cantidad", "integer", ["unidades", "quantity"], opt=True)])],
  [("Línea de reserva", "Reserva"), ("Línea de reserva", "Equipo")])

D("p12-d32", "es",
  "Para la emisora: control de cuñas publicitarias. Anunciantes (empresa, persona de contacto, teléfono, email), campañas (anunciante, nombre de la campaña, fecha inicio, fecha fin, nº de pases contratados, importe) y cada emisión real: campaña, día y hora en que sonó y en qué programa. Así comprobamos que se han emitido todos los pases.",
  [E("Anunciante", ["cliente", "advertiser", "empresa"], [
      F("empresa", "text", ["nombre", "razón social", "company", "name"]),
      F("persona de contacto", "text", ["contacto", "contact person"], ["person"]),
      F("teléfono", "phone", ["telefono", "phone"]),
      F("email", "email", ["correo", "e-mail"])]),
   E("Campaña", ["campaign", "contrato", "campaña publicitaria"], [
      F("anunciante", "reference", ["cliente", "advertiser"], target="Anunciante"),
      F("nombre", "text", ["nombre de la campaña", "name"]),
      F("fecha inicio", "date", ["inicio", "fecha de inicio", "start date"], ["datetime"]),
      F("fecha fin", "date", ["fin", "fecha de fin", "end date"], ["datetime"]),
      F("pases contratados", "integer", ["nº de pases", "pases", "número de pases", "spots contracted"]),
      F("importe", "money", ["precio", "amount", "total"], ["decimal"])]),
   E("Emisión", ["pase", "cuña emitida", "broadcast", "spot", "emisiones"], [
      F("campaña", "reference", ["campaign"], target="Campaña"),
      F("fecha y hora", "datetime", ["día y hora", "hora", "fecha", "aired at"], ["date"]),
      F("programa", "text", ["espacio", "program", "show"], ["choice"])])],
  [("Campaña", "Anunciante"), ("Emisión", "Campaña")])

# ---------------- German ----------------
D("p12-d33", "de",
  "Hallo zusammen,\nim Kundenservice geben wir öfter Kulanz und das soll künftig sauber genehmigt werden. Pro Antrag brauchen wir: Kundennummer, Bestellnummer, Grund, Art der Kulanz (Gutschrift, Ersatzlieferung, Gutschein), Betrag, wer den Antrag gestellt hat, und ab 50 € muss die Teamleitung freigeben – also wer hat freigegeben und wann. Dazu ein Status (offen, genehmigt, abgelehnt).\nDanke!",
  [E("Kulanzantrag", ["Antrag", "Kulanz", "Kulanzfall", "goodwill request", "goodwill"], [
      F("Kundennummer", "text", ["Kunde", "Kunden-Nr", "customer number"]),
      F("Bestellnummer", "text", ["Bestellung", "Auftragsnummer", "order number"]),
      F("Grund", "long_text", ["Begründung", "Anlass", "reason"], ["text"]),
      F("Art der Kulanz", "choice", ["Art", "Kulanzart", "Typ", "type"], options=["Gutschrift", "Ersatzlieferung", "Gutschein"]),
      F("Betrag", "money", ["Wert", "Summe", "amount"], ["decimal"]),
      F("beantragt von", "person", ["Antragsteller", "gestellt von", "requested by", "Mitarbeiter"], ["text"]),
      F("freigegeben von", "person", ["Freigabe durch", "Teamleitung", "genehmigt von", "approved by"], ["text"]),
      F("freigegeben am", "date", ["Freigabedatum", "Freigabe am", "genehmigt am", "approved on"], ["datetime"]),
      F("Status", "choice", ["Stand", "state"], options=["Offen", "Genehmigt", "Abgelehnt"]),
      NOTES("de")])],
  notes="Approval by the team lead required from 50 EUR.")

D("p12-d34", "de",
  "Aktionsplanung für unsere Filialen. Aktionen haben einen Namen, einen Zeitraum (von/bis), Rabatt in Prozent und die Warengruppe (Lebensmittel, Drogerie, Haushalt, Getränke). Jede Filiale meldet pro Aktion zurück, ob das Plakat hängt und die Ware platziert ist, mit Foto als Nachweis. Filialen: Nummer, Ort, Filialleiter.",
  [E("Aktion", ["Promotion", "Werbeaktion", "Kampagne", "campaign"], [
      F("Name", "text", ["Bezeichnung", "Aktionsname", "Titel"]),
      F("Beginn", "date", ["von", "Start", "Startdatum", "gültig ab", "Zeitraum von"], ["datetime"]),
      F("Ende", "date", ["bis", "Enddatum", "gültig bis", "Zeitraum bis"], ["datetime"]),
      F("Rabatt", "decimal", ["Rabatt in Prozent", "Rabatt %", "Nachlass", "discount"], ["integer"]),
      F("Warengruppe", "choice", ["Kategorie", "Sortiment", "category"], options=["Lebensmittel", "Drogerie", "Haushalt", "Getränke"])]),
   E("Filiale", ["Markt", "Geschäft", "store", "branch"], [
      F("Nummer", "text", ["Filialnummer", "Nr", "number"], ["integer"]),
      F("Ort", "text", ["Standort", "Stadt", "city"]),
      F("Filialleiter", "person", ["Filialleitung", "Marktleiter", "manager"], ["text"])]),
   E("Rückmeldung", ["Umsetzung", "Meldung", "Aktionsumsetzung", "Umsetzungsmeldung", "feedback", "check"], [
      F("Aktion", "reference", ["Promotion"], target="Aktion"),
      F("Filiale", "reference", ["Markt", "store"], target="Filiale"),
      F("Plakat hängt", "boolean", ["Plakat", "Plakat aufgehängt", "poster"], ["choice"]),
      F("Ware platziert", "boolean", ["Ware", "Platzierung", "Ware platziert?"], ["choice"]),
      F("Foto", "file", ["Nachweis", "Bild", "Foto als Nachweis", "photo"]),
      F("gemeldet am", "date", ["Datum", "Meldedatum"], ["datetime"], opt=True)])],
  [("Rückmeldung", "Aktion"), ("Rückmeldung", "Filiale")])

D("p12-d35", "de",
  "wir sind ein kleiner fahrradladen und die reparaturannahme laeuft noch auf zetteln. ich brauch: kunde (name, telefon, email), das rad (marke, modell, rahmennummer, farbe) und dann den auftrag selbst: was gemacht werden soll, kostenvoranschlag, abholtermin, welcher mechaniker, status (angenommen, in arbeit, wartet auf teile, fertig, abgeholt). ein kunde kann mehrere raeder haben",
  [E("Kunde", ["Kundin", "customer"], [
      F("Name", "text", ["Kundenname", "name"]),
      F("Telefon", "phone", ["Handy", "Telefonnummer", "phone"]),
      F("E-Mail", "email", ["Email", "Mail"])]),
   E("Fahrrad", ["Rad", "Bike", "Velo", "bicycle"], [
      F("Kunde", "reference", ["Besitzer", "Eigentümer", "owner"], target="Kunde"),
      F("Marke", "text", ["Hersteller", "brand"]),
      F("Modell", "text", ["model"]),
      F("Rahmennummer", "text", ["Rahmen-Nr", "frame number", "Seriennummer"]),
      F("Farbe", "text", ["colour", "color"], ["choice"])]),
   E("Reparaturauftrag", ["Auftrag", "Reparatur", "Werkstattauftrag", "repair order", "repair"], [
      F("Fahrrad", "reference", ["Rad", "bike"], target="Fahrrad"),
      F("Beschreibung", "long_text", ["was gemacht werden soll", "Arbeiten", "Auftrag", "Leistungen", "description"], ["text"]),
      F("Kostenvoranschlag", "money", ["KVA", "Schätzung", "estimate", "Kosten"], ["decimal"]),
      F("Abholtermin", "date", ["Abholung", "fertig bis", "pickup date"], ["datetime"]),
      F("Mechaniker", "person", ["Bearbeiter", "Techniker", "mechanic"], ["text"]),
      F("Status", "choice", ["Stand", "state"], options=["Angenommen", "In Arbeit", "Wartet auf Teile", "Fertig", "Abgeholt"]),
      F("Kunde", "reference", ["customer"], target="Kunde", opt=True),
      F("Annahmedatum", "date", ["angenommen am", "Datum"], ["datetime"], opt=True),
      NOTES("de")])],
  [("Fahrrad", "Kunde"), ("Reparaturauftrag", "Fahrrad")])

D("p12-d36", "de",
  "Imkerei: Ich habe ca. 30 Völker an 4 Standorten.\nStandorte mit Name und Adresse bzw. GPS.\nVölker: Nummer, Standort, Königin (Jahrgang), Rasse (Carnica, Buckfast).\nBei jeder Durchsicht: Datum, Volk, Sanftmut 1-4, Brut gesehen ja/nein, Weiselzellen ja/nein, Varroabefall, Futter gegeben.\nUnd die Honigernte pro Volk in kg mit Datum.",
  [E("Standort", ["Bienenstand", "Stand", "apiary", "location"], [
      F("Name", "text", ["Bezeichnung", "name"]),
      F("Adresse", "text", ["GPS", "Koordinaten", "Lage", "address"], ["long_text", "url"])]),
   E("Volk", ["Bienenvolk", "Beute", "colony", "hive"], [
      F("Nummer", "text", ["Volksnummer", "Nr", "number"], ["integer"]),
      F("Standort", "reference", ["Bienenstand", "apiary"], target="Standort"),
      F("Königin Jahrgang", "integer", ["Königin", "Jahrgang", "Königinnenjahrgang", "queen year"], ["text", "choice"]),
      F("Rasse", "choice", ["Bienenrasse", "breed"], options=["Carnica", "Buckfast"])]),
   E("Durchsicht", ["Stockkontrolle", "Kontrolle", "Inspektion", "inspection"], [
      F("Datum", "date", ["date"], ["datetime"]),
      F("Volk", "reference", ["Bienenvolk", "colony"], target="Volk"),
      F("Sanftmut", "integer", ["Sanftmut 1-4", "temper"], ["choice", "decimal"]),
      F("Brut gesehen", "boolean", ["Brut", "brood"], ["choice"]),
      F("Weiselzellen", "boolean", ["Schwarmzellen", "queen cells"], ["choice"]),
      F("Varroabefall", "text", ["Varroa", "Milbenbefall", "Varroa-Befall", "mites"], ["integer", "decimal", "choice"]),
      F("Futter gegeben", "boolean", ["Fütterung", "Futter", "gefüttert", "feeding"], ["text", "decimal"]),
      NOTES("de")]),
   E("Honigernte", ["Ernte", "Schleudern", "honey harvest", "harvest"], [
      F("Volk", "reference", ["Bienenvolk"], target="Volk"),
      F("Datum", "date", ["Erntedatum", "date"], ["datetime"]),
      F("Menge", "decimal", ["kg", "Menge in kg", "Gewicht", "Honigmenge", "weight"], ["integer"])])],
  [("Volk", "Standort"), ("Durchsicht", "Volk"), ("Honigernte", "Volk")])

D("p12-d37", "de",
  "Maschinenpark Hof Berger\n- Maschinen: Bezeichnung, Typ (Traktor, Mähdrescher, Anhänger, Sonstiges), Baujahr, Kennzeichen, aktuelle Betriebsstunden\n- Wartungen: welche Maschine, Datum, Betriebsstunden bei der Wartung, was gemacht wurde, Kosten, Werkstatt oder selbst gemacht\n- nächster TÜV pro Maschine",
  [E("Maschine", ["Fahrzeug", "Gerät", "machine"], [
      F("Bezeichnung", "text", ["Name", "Maschinenname"]),
      F("Typ", "choice", ["Art", "Maschinentyp", "type"], options=["Traktor", "Mähdrescher", "Anhänger", "Sonstiges"]),
      F("Baujahr", "integer", ["Jahrgang", "year"], ["text"]),
      F("Kennzeichen", "text", ["Nummernschild", "amtliches Kennzeichen", "plate"]),
      F("Betriebsstunden", "decimal", ["aktuelle Betriebsstunden", "Stunden", "Motorstunden", "hours"], ["integer"]),
      F("nächster TÜV", "date", ["TÜV", "TÜV fällig", "HU", "nächste HU", "inspection due"])]),
   E("Wartung", ["Service", "Inspektion", "Reparatur", "maintenance"], [
      F("Maschine", "reference", ["Fahrzeug", "machine"], target="Maschine"),
      F("Datum", "date", ["Wartungsdatum", "date"], ["datetime"]),
      F("Betriebsstunden", "decimal", ["Stundenstand", "Betriebsstunden bei Wartung", "Stunden"], ["integer"]),
      F("Arbeiten", "long_text", ["was gemacht wurde", "Beschreibung", "Tätigkeit", "durchgeführte Arbeiten", "description"], ["text"]),
      F("Kosten", "money", ["Betrag", "cost"], ["decimal"]),
      F("durchgeführt von", "choice", ["Werkstatt oder selbst", "Werkstatt", "Ausführung", "selbst gemacht"], ["boolean", "text"], options=["Werkstatt", "Selbst"]),
      NOTES("de")])],
  [("Wartung", "Maschine")])

D("p12-d38", "de",
  "Anmeldung zur Weihnachtsfeier: Name, Abteilung, kommt mit Begleitung ja/nein, Menü (Fleisch, Fisch, Vegetarisch), braucht Platz im Shuttlebus",
  [E("Anmeldung", ["Teilnehmer", "Teilnahme", "Registrierung", "registration"], [
      F("Name", "person", ["Mitarbeiter", "Teilnehmer", "name"], ["text"]),
      F("Abteilung", "text", ["Bereich", "Team", "department"], ["choice"]),
      F("Begleitung", "boolean", ["mit Begleitung", "Begleitperson", "plus one"], ["choice"]),
      F("Menü", "choice", ["Essen", "Menüwahl", "Essenswahl", "meal"], options=["Fleisch", "Fisch", "Vegetarisch"]),
      F("Shuttlebus", "boolean", ["Platz im Shuttlebus", "Shuttle", "Bus", "braucht Shuttle"], ["choice"]),
      F("Allergien", "text", ["Unverträglichkeiten", "allergies"], ["long_text"], opt=True)])])

D("p12-d39", "de",
  "Moin,\nfür die Lokalredaktion brauchen wir eine Themenplanung. Ausgaben haben ein Erscheinungsdatum und eine Seitenzahl. Jeder Artikel: Arbeitstitel, Ressort (Lokales, Sport, Kultur, Wirtschaft), Autor/in, in welcher Ausgabe, Länge in Zeichen, Status (geplant, in Arbeit, im Lektorat, gesetzt), Bild vorhanden ja/nein und Abgabetermin.\nGruß, Jens",
  [E("Ausgabe", ["Zeitungsausgabe", "Nummer", "issue", "edition"], [
      F("Erscheinungsdatum", "date", ["Datum", "erscheint am", "publication date"]),
      F("Seitenzahl", "integer", ["Seiten", "Umfang", "pages"]),
      F("Bezeichnung", "text", ["Name", "Titel", "Nummer"], opt=True)]),
   E("Artikel", ["Beitrag", "Thema", "Text", "article", "story"], [
      F("Arbeitstitel", "text", ["Titel", "Überschrift", "title"]),
      F("Ressort", "choice", ["Rubrik", "Bereich", "section"], options=["Lokales", "Sport", "Kultur", "Wirtschaft"]),
      F("Autor", "person", ["Autorin", "Autor/in", "Verfasser", "author"], ["text"]),
      F("Ausgabe", "reference", ["Zeitungsausgabe", "issue"], target="Ausgabe"),
      F("Länge", "integer", ["Zeichen", "Länge in Zeichen", "Zeichenzahl", "length"]),
      F("Status", "choice", ["Stand", "state"], options=["Geplant", "In Arbeit", "Im Lektorat", "Gesetzt"]),
      F("Bild vorhanden", "boolean", ["Bild", "Foto vorhanden", "has image"], ["choice"]),
      F("Abgabetermin", "date", ["Deadline", "Abgabe", "fällig am", "due date"], ["datetime"])])],
  [("Artikel", "Ausgabe")])

D("p12-d40", "de",
  "Im Verlag bekommen wir laufend Anfragen, Auszüge aus unseren Büchern abzudrucken (für Schulbücher, Anthologien, Zeitschriften). Ich möchte die Anfragen erfassen: wer anfragt (Verlag oder Person), Kontakt-E-Mail, welches Buch, welche Seiten, Auflage, Honorar, unsere Entscheidung (genehmigt, abgelehnt, Rückfrage) und den Vertrag als PDF. Bücher haben Titel, Autor, ISBN und Erscheinungsjahr.",
  [E("Buch", ["Titel", "Werk", "book"], [
      F("Titel", "text", ["Buchtitel", "title"]),
      F("Autor", "text", ["Autorin", "Verfasser", "author"]),
      F("ISBN", "text", ["ISBN-Nummer"]),
      F("Erscheinungsjahr", "integer", ["Jahr", "erschienen", "publication year"], ["date", "text"])]),
   E("Anfrage", ["Abdruckanfrage", "Lizenzanfrage", "Genehmigungsanfrage", "Abdruckgenehmigung", "permission request", "request"], [
      F("Anfragender", "text", ["Antragsteller", "wer anfragt", "Verlag", "Lizenznehmer", "requester"]),
      F("E-Mail", "email", ["Kontakt-E-Mail", "Email", "Kontakt"]),
      F("Buch", "reference", ["Titel", "Werk", "book"], target="Buch"),
      F("Seiten", "text", ["Seitenangabe", "Auszug", "pages"]),
      F("Auflage", "integer", ["Auflagenhöhe", "Stückzahl", "print run"]),
      F("Honorar", "money", ["Lizenzgebühr", "Gebühr", "fee"], ["decimal"]),
      F("Entscheidung", "choice", ["Status", "Ergebnis", "decision"], options=["Genehmigt", "Abgelehnt", "Rückfrage"]),
      F("Vertrag", "file", ["Vertrag (PDF)", "PDF", "contract"]),
      F("Verwendungszweck", "choice", ["Zweck", "Art der Publikation", "Verwendung"], ["text"], options=["Schulbuch", "Anthologie", "Zeitschrift"], opt=True),
      F("Eingangsdatum", "date", ["Datum", "eingegangen am"], ["datetime"], opt=True)])],
  [("Anfrage", "Buch")])

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "draft.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(CASES), Counter(c["lang"] for c in CASES))
