import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import F, E, NOTES, STATUS, write

rows = []
def D(lang, prompt, entities, relations=(), notes=""):
    rows.append({"id": "h26d%02d" % (len(rows) + 1), "lang": lang, "prompt": prompt, "entities": entities,
                 "relations": [{"from": a, "to": b} for a, b in relations], "notes": notes})

N, S = NOTES, STATUS
# ---------------- English (16) ----------------
D("en", "we're a small plumbing firm (4 vans). need something for callouts: customer name, address, phone, what the problem is, when we're booked to go, which engineer, and after the job what parts we used and how long it took so the office can invoice. customers call back a lot so keep customers separate pls",
  [E("Customer", "client|householder", [
      F("name", "text", "customer name|full name|client name"),
      F("address", "long_text", "site address|property address", "text"),
      F("phone", "phone", "phone number|telephone|mobile|contact number"),
      F("email", "email", "email address", o=True)]),
   E("Callout", "job|job sheet|visit|call out|service call|booking", [
      F("customer", "reference", "client", t="Customer"),
      F("problem", "long_text", "fault|issue|description|problem description|what's wrong", "text"),
      F("booked for", "datetime", "appointment|scheduled for|visit date|booked time|date", "date"),
      F("engineer", "person", "plumber|assigned to|technician", "text"),
      F("parts used", "long_text", "parts|materials|materials used", "text"),
      F("time taken", "decimal", "hours|duration|labour hours|time on site|hours worked", "integer|text"),
      F("invoiced", "boolean", "invoice sent|billed", "choice", o=True),
      S["en"](), N["en"]()])],
  [("Callout", "Customer")])

D("en", "Hi,\n\nCould you build us a certificate register for the electrical side? Every property we look after (landlord clients mostly) needs an EICR every 5 years. I want to record the property address, the landlord and their email, and for each inspection: date, electrician who did it, result (Satisfactory / Unsatisfactory), number of C1 and C2 codes, the PDF certificate and when the next one is due.\n\nThanks, Dawn",
  [E("Landlord", "client|owner|customer", [
      F("name", "text", "landlord name|client name"),
      F("email", "email", "email address|landlord email"),
      F("phone", "phone", "phone number|telephone", o=True)]),
   E("Property", "site|premises|address", [
      F("address", "long_text", "property address|site address", "text"),
      F("landlord", "reference", "owner|client", t="Landlord")]),
   E("Inspection", "EICR|certificate|electrical inspection|test|inspection record", [
      F("property", "reference", "site|address", t="Property"),
      F("date", "date", "inspection date|inspected on|test date"),
      F("electrician", "person", "inspector|tested by|engineer|done by", "text"),
      F("result", "choice", "outcome|overall result|status", "", opts=["Satisfactory", "Unsatisfactory"]),
      F("C1 codes", "integer", "number of C1 codes|C1|C1 count|C1 observations"),
      F("C2 codes", "integer", "number of C2 codes|C2|C2 count|C2 observations"),
      F("certificate", "file", "PDF certificate|certificate PDF|PDF|document"),
      F("next due", "date", "next inspection|next due date|due date|next EICR"),
      N["en"]()])],
  [("Property", "Landlord"), ("Inspection", "Property")],
  "EICR every 5 years; next due could default to inspection date + 5 years.")

D("en", "van stock list - what's on each van (cable, sockets, breakers, fittings...), qty on board and the minimum we want kept on it",
  [E("Van", "vehicle", [
      F("registration", "text", "reg|name|van name|number plate|reg number"),
      F("driver", "person", "electrician|assigned to", "text", o=True)]),
   E("Stock item", "item|van stock|stock line|part|material", [
      F("van", "reference", "vehicle", t="Van"),
      F("item", "text", "name|item name|description|part"),
      F("category", "choice", "type", "text", opts=["Cable", "Sockets", "Breakers", "Fittings"], o=True),
      F("quantity", "integer", "qty|qty on board|on board|quantity on board", "decimal"),
      F("minimum", "integer", "minimum quantity|min level|minimum stock|reorder level|min qty", "decimal")])],
  [("Stock item", "Van")])

D("en", "Pool plant room checks. Three times a day the duty manager tests each pool (main pool, teaching pool, spa): free chlorine, total chlorine, pH, water temp and air temp. We need to see who tested and exactly when. Flag anything where pH is outside 7.2-7.6. Also record if they had to adjust the dosing and what they did.",
  [E("Water test", "pool test|test|check|reading|water check|plant room check", [
      F("pool", "choice", "pool name", "reference|text", opts=["Main pool", "Teaching pool", "Spa"]),
      F("tested at", "datetime", "date and time|time|when|test time|date"),
      F("tested by", "person", "duty manager|tester|who|checked by", "text"),
      F("free chlorine", "decimal", "free cl|free chlorine mg/l"),
      F("total chlorine", "decimal", "total cl|total chlorine mg/l"),
      F("pH", "decimal", "ph level|ph value"),
      F("water temperature", "decimal", "water temp|pool temperature"),
      F("air temperature", "decimal", "air temp"),
      F("dosing adjusted", "boolean", "adjusted|dosing changed|adjustment made|dosing adjustment", "choice"),
      F("action taken", "long_text", "what they did|action|adjustment details|corrective action|details", "text")])],
  [], "Flag tests with pH outside 7.2-7.6.")

D("en", "Lifeguard rota + quals.\n- lifeguards: name, mobile, NPLQ expiry date, first aid expiry\n- shifts: date, start, end, which lifeguard, poolside position (high chair, deep end, shallow end, floating)\nwarn me a month before any qualification runs out",
  [E("Lifeguard", "staff member|guard|staff|employee", [
      F("name", "text", "full name|lifeguard name", "person"),
      F("mobile", "phone", "phone|mobile number|phone number"),
      F("NPLQ expiry", "date", "NPLQ expiry date|NPLQ|lifeguard qualification expiry|qualification expiry"),
      F("first aid expiry", "date", "first aid|first aid expiry date|first aid certificate expiry")]),
   E("Shift", "rota entry|duty|rota|shift assignment", [
      F("date", "date", "shift date|day"),
      F("start", "text", "start time|from|starts", "datetime"),
      F("end", "text", "end time|to|finishes|ends", "datetime"),
      F("lifeguard", "reference", "staff|guard|who", "person", t="Lifeguard"),
      F("position", "choice", "poolside position|post|station|zone", "", opts=["High chair", "Deep end", "Shallow end", "Floating"])])],
  [("Shift", "Lifeguard")], "Warn a month before any NPLQ or first aid expiry.")

D("en", "Swimming lessons - parents keep ringing to ask which class their kid is in. I need the classes (day, time, stage 1-7, teacher, max kids) and the children in each (name, DOB, parent name, parent phone, any medical info). And a simple way to mark when a child passes their stage.",
  [E("Class", "lesson|swimming class|group|course", [
      F("day", "choice", "weekday|day of week", "text", opts=[]),
      F("time", "text", "start time|lesson time", "datetime"),
      F("stage", "choice", "level|grade", "integer|text", opts=["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5", "Stage 6", "Stage 7"]),
      F("teacher", "person", "instructor|swimming teacher|coach", "text"),
      F("max children", "integer", "capacity|max kids|maximum|class size|places")]),
   E("Child", "pupil|swimmer|student|enrolment|learner", [
      F("name", "text", "child name|full name|child's name"),
      F("date of birth", "date", "DOB|birth date|birthday"),
      F("class", "reference", "lesson|group", t="Class"),
      F("parent name", "text", "parent|guardian|parent/guardian"),
      F("parent phone", "phone", "phone|contact number|parent mobile|emergency contact"),
      F("medical info", "long_text", "medical information|medical notes|medical conditions|health info", "text"),
      F("passed", "boolean", "passed stage|stage passed|passed?", "choice|date"),
      F("passed on", "date", "pass date|date passed", o=True)])],
  [("Child", "Class")])

D("en", "accident book for the leisure centre. Whats needed: date & time, where it happened (pool hall, changing rooms, gym, cafe, car park), person injured - name, age, member or visitor - what happened, injury, first aid given (who by), ambulance called y/n, RIDDOR reportable y/n, witness names, and photos if any. Manager has to sign off each one.",
  [E("Accident", "incident|accident report|accident record|injury report", [
      F("date and time", "datetime", "when|occurred at|date|time", "date"),
      F("location", "choice", "where|where it happened|area|place", "text", opts=["Pool hall", "Changing rooms", "Gym", "Cafe", "Car park"]),
      F("injured person", "text", "name|injured person name|casualty|person injured"),
      F("age", "integer", "injured person age"),
      F("member or visitor", "choice", "type|member/visitor|person type", "boolean", opts=["Member", "Visitor"]),
      F("what happened", "long_text", "description|details|account", "text"),
      F("injury", "text", "injuries|injury sustained|nature of injury", "long_text"),
      F("first aid given", "long_text", "first aid|treatment|first aid details", "text|boolean"),
      F("first aider", "person", "first aid given by|treated by|given by", "text"),
      F("ambulance called", "boolean", "ambulance|ambulance?"),
      F("RIDDOR reportable", "boolean", "RIDDOR|reportable|riddor?"),
      F("witnesses", "long_text", "witness names|witness", "text"),
      F("photos", "file", "photo|pictures|images"),
      F("signed off by", "person", "manager|manager sign-off|approved by|reviewed by", "text"),
      F("signed off", "boolean", "manager signed off|sign-off|approved", "choice|date", o=True)])],
  [])

D("en", "customer orders. someone comes in asking for a book we dont have -> we order it from the wholesaler (Gardners) or direct from the publisher. Log: customer name + phone or email, title, author, ISBN, where ordered from, date ordered, deposit taken, status (ordered, arrived, customer told, collected, cancelled). Would be nice to see how long stuff has been sitting on the shelf uncollected.",
  [E("Customer order", "special order|order|book order|request", [
      F("customer name", "text", "customer|name|client"),
      F("phone", "phone", "customer phone|telephone|contact number"),
      F("email", "email", "customer email|email address"),
      F("title", "text", "book title|book"),
      F("author", "text", "writer"),
      F("ISBN", "text", "isbn number|ISBN-13"),
      F("ordered from", "choice", "supplier|source|ordered via", "text", opts=["Gardners", "Publisher"]),
      F("date ordered", "date", "ordered on|order date"),
      F("deposit", "money", "deposit taken|deposit paid|deposit amount", "boolean"),
      F("status", "choice", "state|order status", "", opts=["Ordered", "Arrived", "Customer told", "Collected", "Cancelled"]),
      F("arrived on", "date", "date arrived|arrival date|received on", o=True),
      N["en"]()])],
  [], "Show how long arrived orders have been waiting uncollected (days since arrival).")

D("en", "We're a tiny press and the submissions inbox is chaos. Would love a tracker where every manuscript we receive gets logged (title, author, their agent if they have one, genre, word count, date received, the sample file), gets assigned to one of our readers, and then the reader leaves a report and a recommendation - reject, request full, or acquire. The authors should be their own list because some send us more than one thing, with email and a short bio.",
  [E("Author", "writer", [
      F("name", "text", "author name|full name"),
      F("email", "email", "email address"),
      F("bio", "long_text", "short bio|biography|about", "text"),
      F("agent", "text", "literary agent|agency", o=True)]),
   E("Submission", "manuscript|script|proposal", [
      F("title", "text", "working title|manuscript title"),
      F("author", "reference", "writer", t="Author"),
      F("agent", "text", "literary agent|agency|agented by"),
      F("genre", "choice", "category|type", "text", opts=[]),
      F("word count", "integer", "words|length"),
      F("date received", "date", "received on|received|submission date"),
      F("sample", "file", "sample file|manuscript file|file|attachment|partial"),
      F("reader", "person", "assigned reader|assigned to|reviewer", "text"),
      F("reader's report", "long_text", "report|reader report|assessment|review", "text"),
      F("recommendation", "choice", "decision|verdict|outcome", "", opts=["Reject", "Request full", "Acquire"]),
      S["en"]()])],
  [("Submission", "Author")], "The agent could sit on the author or on the submission; either is fine.")

D("en", "royalty statements: authors (name, email, bank details for payment, agent), our titles (title, ISBN, format hb/pb/ebook/audio, RRP, pub date, royalty %) — a title can have only one author for us. Then twice a year per title: period, units sold, net receipts, royalty due, paid y/n",
  [E("Author", "writer|payee", [
      F("name", "text", "author name|full name"),
      F("email", "email", "email address"),
      F("bank details", "long_text", "bank account|payment details|IBAN|account details", "text"),
      F("agent", "text", "literary agent|agency")]),
   E("Title", "book|edition|product", [
      F("title", "text", "book title|name"),
      F("ISBN", "text", "isbn number"),
      F("author", "reference", "writer", t="Author"),
      F("format", "choice", "binding|edition type", "", opts=["Hardback", "Paperback", "Ebook", "Audio"]),
      F("RRP", "money", "price|retail price|list price|recommended retail price"),
      F("publication date", "date", "pub date|published on|release date"),
      F("royalty rate", "decimal", "royalty %|royalty percentage|royalty|rate", "integer")]),
   E("Royalty statement", "statement|royalty period|royalty report|royalty", [
      F("title", "reference", "book", t="Title"),
      F("period", "text", "statement period|half year|period ending", "choice|date"),
      F("units sold", "integer", "units|copies sold|sales"),
      F("net receipts", "money", "net sales|receipts|revenue|net revenue"),
      F("royalty due", "money", "royalty|amount due|royalties"),
      F("paid", "boolean", "paid?|payment made", "choice|date")])],
  [("Title", "Author"), ("Royalty statement", "Title")], "Royalty due = net receipts x royalty rate.")

D("en", "Author events at the shop. Event: name, author, date+time, ticket price, capacity, and whether it's in store or offsite (venue). People book tickets - name, email, how many tickets, paid or not. Need to stop bookings going over capacity.",
  [E("Event", "author event|reading|signing|book event", [
      F("name", "text", "event name|title"),
      F("author", "text", "guest author|speaker", "person"),
      F("date and time", "datetime", "date|when|starts|start time", "date"),
      F("ticket price", "money", "price|cost"),
      F("capacity", "integer", "max tickets|places|seats|max attendees"),
      F("location", "choice", "in store or offsite|in store|where|location type", "boolean|text", opts=["In store", "Offsite"]),
      F("venue", "text", "offsite venue|venue name|address")]),
   E("Booking", "ticket booking|reservation|ticket|attendee", [
      F("event", "reference", "author event", t="Event"),
      F("name", "text", "customer|attendee|customer name|booked by"),
      F("email", "email", "email address"),
      F("tickets", "integer", "number of tickets|how many|quantity|qty"),
      F("paid", "boolean", "paid?|payment received", "choice")])],
  [("Booking", "Event")], "Bookings must not exceed event capacity.")

D("en", "Hey! Running a coworking space, ~80 members. I need members (name, company, email, phone, plan: hot desk / dedicated desk / private office / virtual, start date, monthly rate, fob number), and then monthly invoices per member with amount, due date and whether it's been paid. Some members share a company account and get one invoice... actually let's keep it per member for now.",
  [E("Member", "coworker|customer|client|tenant|membership", [
      F("name", "text", "full name|member name"),
      F("company", "text", "company name|business|organisation"),
      F("email", "email", "email address"),
      F("phone", "phone", "phone number|mobile|telephone"),
      F("plan", "choice", "membership plan|membership type|package|tier", "", opts=["Hot desk", "Dedicated desk", "Private office", "Virtual"]),
      F("start date", "date", "member since|joined|started on"),
      F("monthly rate", "money", "rate|monthly fee|price|monthly price"),
      F("fob number", "text", "fob|key fob|access fob|fob id", "integer")]),
   E("Invoice", "monthly invoice|bill|charge", [
      F("member", "reference", "coworker|customer|billed to", t="Member"),
      F("month", "date", "billing month|period|invoice month", "text|choice", o=True),
      F("amount", "money", "total|invoice amount"),
      F("due date", "date", "due|due on|payment due"),
      F("paid", "boolean", "paid?|payment status|status", "choice")])],
  [("Invoice", "Member")])

D("en", "meeting room bookings for our 3 rooms (Oak 8 ppl, Birch 4 ppl, Cedar 12 ppl w/ screen). who booked, which room, start, end, number of people, catering needed?",
  [E("Room", "meeting room|space", [
      F("name", "text", "room name|room"),
      F("capacity", "integer", "seats|max people|size|people"),
      F("has screen", "boolean", "screen|AV|display|equipment", "text|multi_choice", o=True)]),
   E("Booking", "room booking|reservation|meeting", [
      F("room", "reference", "meeting room", "choice", t="Room"),
      F("booked by", "person", "who booked|member|organiser|booker", "text"),
      F("start", "datetime", "start time|from|starts"),
      F("end", "datetime", "end time|to|until|ends"),
      F("number of people", "integer", "attendees|people|headcount|guests|participants"),
      F("catering needed", "boolean", "catering|catering?", "choice|text")])],
  [("Booking", "Room")], "Rooms: Oak (8), Birch (4), Cedar (12, screen).")

D("en", "members report stuff that's broken (wifi, coffee machine, aircon, printer, lights etc) - want a list of issues w/ who reported, what + where, urgency and whether facilities fixed it",
  [E("Issue", "fault|report|maintenance request|ticket|problem|fault report", [
      F("reported by", "text", "reporter|member|who reported", "person"),
      F("what", "long_text", "description|problem|issue|details|what's broken", "text"),
      F("category", "choice", "type|item|thing", "text", opts=["Wifi", "Coffee machine", "Aircon", "Printer", "Lights"]),
      F("where", "text", "location|area|room"),
      F("urgency", "choice", "priority|severity", "", opts=[]),
      F("fixed", "boolean", "resolved|fixed?|done|status", "choice"),
      F("reported on", "date", "date reported|date|reported at", "datetime", o=True),
      F("fixed on", "date", "resolved on|date fixed", "datetime", o=True)])],
  [])

D("en", "Dive centre kit rental & servicing.\nWe hire out regs, BCDs, wetsuits, computers and tanks. Each piece has a number, type, size (for BCDs/wetsuits), brand and the date of its last service + next service due. Tanks also need hydro test date. When we hire stuff out: customer, which items, out date, back date, price. Items can't go out if they're overdue a service!",
  [E("Equipment", "item|kit|gear|rental item|piece of kit", [
      F("item number", "text", "number|kit number|asset number|ID|tag"),
      F("type", "choice", "kind|category|equipment type", "", opts=["Regulator", "BCD", "Wetsuit", "Computer", "Tank"]),
      F("size", "choice", "sizes", "text", opts=[]),
      F("brand", "text", "make|manufacturer"),
      F("last service", "date", "last serviced|last service date|serviced on"),
      F("next service due", "date", "next service|service due|next service date"),
      F("hydro test date", "date", "hydro test|hydrostatic test|last hydro|hydro date")]),
   E("Rental", "hire|booking|rental record|loan|checkout", [
      F("customer", "text", "diver|customer name|hired by|renter", "reference"),
      F("items", "text", "equipment|item|kit|gear", "reference|long_text|multi_choice"),
      F("out date", "date", "hired on|date out|from|start date", "datetime"),
      F("back date", "date", "return date|due back|date back|until|end date", "datetime"),
      F("price", "money", "cost|hire price|amount|rental price"),
      F("returned", "boolean", "returned?|back", "choice", o=True)])],
  [], "Items overdue a service cannot be hired. A rental may list several items; a line entity (rental item) is an acceptable alternative.")

D("en", "sailing school: courses (RYA Start Yachting, Competent Crew, Day Skipper practical, Coastal Skipper), each course run has dates, boat, skipper/instructor and up to 5 students. Boats: name, type, berths, mooring. Students: name, email, phone, emergency contact, previous experience, which course run they're on, deposit paid, balance paid",
  [E("Course run", "course|course date|session|sailing course|run", [
      F("course", "choice", "course type|course name|RYA course", "text", opts=["Start Yachting", "Competent Crew", "Day Skipper practical", "Coastal Skipper"]),
      F("start date", "date", "dates|from|starts"),
      F("end date", "date", "to|until|ends"),
      F("boat", "reference", "yacht|vessel", t="Boat"),
      F("instructor", "person", "skipper|skipper/instructor|instructor name", "text"),
      F("max students", "integer", "capacity|places|spaces", o=True)]),
   E("Boat", "yacht|vessel", [
      F("name", "text", "boat name|yacht name"),
      F("type", "text", "model|boat type|class", "choice"),
      F("berths", "integer", "number of berths|bunks|sleeps"),
      F("mooring", "text", "berth|marina|location|mooring location")]),
   E("Student", "trainee|participant|customer|crew|booking", [
      F("name", "text", "full name|student name"),
      F("email", "email", "email address"),
      F("phone", "phone", "phone number|mobile"),
      F("emergency contact", "text", "next of kin|emergency contact details|ICE contact", "long_text|phone"),
      F("previous experience", "long_text", "experience|sailing experience|prior experience", "text|choice"),
      F("course run", "reference", "course|session|booked on", t="Course run"),
      F("deposit paid", "boolean", "deposit|deposit received", "money|choice"),
      F("balance paid", "boolean", "balance|balance received|fully paid", "money|choice")])],
  [("Course run", "Boat"), ("Student", "Course run")], "Max 5 students per course run.")

# ---------------- French (8) ----------------
D("fr", "Bonjour, je suis à mi-temps au secrétariat d'une entreprise de plomberie-chauffage. On fait beaucoup de devis et je n'arrive pas à savoir lesquels ont été relancés. Il me faudrait : le client (nom, adresse, tel, mail), et pour chaque devis le numéro, la date, l'objet des travaux (salle de bain, chaudière, fuite, autre), le montant HT, l'état (envoyé, relancé, accepté, refusé) et la date de relance. Merci d'avance !",
  [E("Client", "customer|particulier", [
      F("nom", "text", "nom du client|name|raison sociale"),
      F("adresse", "long_text", "address|adresse postale", "text"),
      F("téléphone", "phone", "tel|tél|phone|portable|numéro de téléphone"),
      F("email", "email", "mail|e-mail|adresse mail|courriel")]),
   E("Devis", "quote|estimate|proposition", [
      F("client", "reference", "customer", t="Client"),
      F("numéro", "text", "numéro de devis|n° devis|référence|quote number|number"),
      F("date", "date", "date du devis|date d'émission|date d'envoi"),
      F("objet des travaux", "choice", "objet|type de travaux|nature des travaux|type", "text", opts=["Salle de bain", "Chaudière", "Fuite", "Autre"]),
      F("montant HT", "money", "montant|montant hors taxes|total HT|prix HT|amount"),
      F("état", "choice", "statut|status|etat", "", opts=["Envoyé", "Relancé", "Accepté", "Refusé"]),
      F("date de relance", "date", "relance|relancé le|date relance|follow-up date"),
      N["fr"]()])],
  [("Devis", "Client")])

D("fr", "Piscine municipale – planning des créneaux clubs et écoles.\nLes associations (nom, président, tel, email) et les écoles (nom, enseignant référent) réservent des lignes d'eau. Pour chaque créneau : jour, heure début/fin, bassin (25m ou bassin d'apprentissage), nombre de lignes, qui l'occupe. Un MNS doit être affecté à chaque créneau scolaire.",
  [E("Utilisateur", "association|club|école|structure|organisme|user group|occupant", [
      F("nom", "text", "name|nom de la structure"),
      F("type", "choice", "catégorie|type de structure", "", opts=["Association", "École"]),
      F("contact", "text", "président|enseignant référent|référent|responsable|contact name", "person"),
      F("téléphone", "phone", "tel|tél|phone"),
      F("email", "email", "mail|e-mail|courriel")]),
   E("Créneau", "réservation|slot|booking|créneau horaire", [
      F("jour", "choice", "day|jour de la semaine", "date|text", opts=[]),
      F("heure de début", "text", "début|heure début|start", "datetime"),
      F("heure de fin", "text", "fin|heure fin|end", "datetime"),
      F("bassin", "choice", "pool|bassin utilisé", "", opts=["25m", "Bassin d'apprentissage"]),
      F("nombre de lignes", "integer", "lignes|lignes d'eau|nb de lignes|lanes"),
      F("occupant", "reference", "utilisateur|association|club|école|qui|structure", t="Utilisateur"),
      F("MNS", "person", "maître-nageur|MNS affecté|surveillant|lifeguard", "text")])],
  [("Créneau", "Utilisateur")], "Associations and schools may be two kinds; one kind with a type is fine. A lifeguard (MNS) is required on school slots.")

D("fr", "dépôt-vente des auteurs locaux : on prend leurs livres en dépôt, faut noter l'auteur (nom, tel, mail, IBAN), les titres déposés avec prix de vente, quantité déposée, date de dépôt, combien vendus, et on reverse 70% à l'auteur tous les trimestres",
  [E("Auteur", "author|déposant|écrivain", [
      F("nom", "text", "name|nom de l'auteur"),
      F("téléphone", "phone", "tel|tél|phone"),
      F("email", "email", "mail|e-mail|courriel"),
      F("IBAN", "text", "RIB|coordonnées bancaires|bank details")]),
   E("Dépôt", "titre|livre|titre déposé|book|consignment", [
      F("auteur", "reference", "author", t="Auteur"),
      F("titre", "text", "title|titre du livre"),
      F("prix de vente", "money", "prix|price|PVP"),
      F("quantité déposée", "integer", "quantité|nb déposés|exemplaires déposés|quantity"),
      F("date de dépôt", "date", "déposé le|date"),
      F("quantité vendue", "integer", "vendus|combien vendus|exemplaires vendus|sold"),
      F("montant à reverser", "money", "reversement|part auteur|70%", "decimal", o=True)])],
  [("Dépôt", "Auteur")], "70% of sales paid back to the author quarterly.")

D("fr", "Salut ! Dans notre espace de coworking on fait aussi domiciliation d'entreprises. On reçoit le courrier pour ~60 sociétés domiciliées. Je voudrais enregistrer chaque pli reçu : date, société destinataire, type (lettre, recommandé, colis), expéditeur si connu, scanné ou pas, et quand il a été récupéré et par qui. Les sociétés : raison sociale, SIRET, gérant, email, fin du contrat de domiciliation.",
  [E("Société", "entreprise|société domiciliée|client|company|domiciliataire", [
      F("raison sociale", "text", "nom|nom de la société|company name|dénomination"),
      F("SIRET", "text", "numéro SIRET|siret"),
      F("gérant", "text", "dirigeant|manager|contact", "person"),
      F("email", "email", "mail|e-mail|courriel"),
      F("fin de contrat", "date", "fin du contrat de domiciliation|fin du contrat|date de fin|échéance")]),
   E("Courrier", "pli|courrier reçu|mail item|lettre|envoi", [
      F("date de réception", "date", "date|reçu le|date reçue", "datetime"),
      F("société", "reference", "destinataire|société destinataire|entreprise", t="Société"),
      F("type", "choice", "type de courrier|nature", "", opts=["Lettre", "Recommandé", "Colis"]),
      F("expéditeur", "text", "envoyeur|sender|provenance"),
      F("scanné", "boolean", "scan|scanné ?|numérisé", "choice"),
      F("récupéré le", "date", "date de retrait|retiré le|date de récupération", "datetime"),
      F("récupéré par", "text", "retiré par|qui|collected by", "person")])],
  [("Courrier", "Société")])

D("fr", "ecole de voile - stages enfants l'ete. il me faut les stages (semaine, support : optimist, catamaran, planche a voile, niveau, moniteur, places) et les inscriptions (enfant, age, parent, tel, sait nager 25m oui/non, certificat medical, paye). on depasse jamais 8 par stage",
  [E("Stage", "session|semaine de stage|course|cours", [
      F("semaine", "date", "date de début|du|week|dates|début", "text"),
      F("support", "choice", "bateau|type de bateau|embarcation|boat", "", opts=["Optimist", "Catamaran", "Planche à voile"]),
      F("niveau", "choice", "level|niveau requis", "text", opts=[]),
      F("moniteur", "person", "moniteur de voile|encadrant|instructor", "text"),
      F("places", "integer", "nombre de places|capacité|places max|max")]),
   E("Inscription", "enfant|stagiaire|participant|registration|élève", [
      F("stage", "reference", "session", t="Stage"),
      F("enfant", "text", "nom de l'enfant|nom|prénom|child"),
      F("âge", "integer", "age"),
      F("parent", "text", "nom du parent|responsable légal|parent name"),
      F("téléphone", "phone", "tel|tél|téléphone parent|phone"),
      F("sait nager 25m", "boolean", "sait nager|test 25m|savoir nager|nage 25m", "choice"),
      F("certificat médical", "file", "certificat|certificat medical|medical certificate", "boolean"),
      F("payé", "boolean", "paiement|réglé|paid|paye", "choice|money")])],
  [("Inscription", "Stage")], "Max 8 children per stage.")

D("fr", "Bonjour,\nPour le club de plongée on voudrait un registre des sorties bateau. Chaque sortie : date, site de plongée, directeur de plongée, bateau, conditions météo. Dans chaque sortie il y a des palanquées avec un guide de palanquée, les plongeurs (texte libre ça ira), profondeur max, durée. Et pour les sites : nom, profondeur max, coordonnées GPS.\nCordialement, Hervé",
  [E("Site", "site de plongée|spot|dive site", [
      F("nom", "text", "name|nom du site"),
      F("profondeur max", "decimal", "profondeur|profondeur maximale|max depth", "integer"),
      F("coordonnées GPS", "text", "GPS|coordonnées|position")]),
   E("Sortie", "sortie bateau|plongée|dive trip|outing", [
      F("date", "date", "date de sortie|jour", "datetime"),
      F("site", "reference", "site de plongée|spot", t="Site"),
      F("directeur de plongée", "person", "DP|directeur|dive director", "text"),
      F("bateau", "text", "boat|embarcation", "choice"),
      F("météo", "long_text", "conditions météo|conditions|weather", "text")]),
   E("Palanquée", "groupe|binôme|dive group|équipe", [
      F("sortie", "reference", "sortie bateau|dive trip", t="Sortie"),
      F("guide de palanquée", "person", "guide|GP|chef de palanquée", "text"),
      F("plongeurs", "long_text", "membres|participants|divers|noms des plongeurs", "text"),
      F("profondeur max", "decimal", "profondeur|profondeur atteinte|max depth", "integer"),
      F("durée", "integer", "temps de plongée|durée de plongée|duration|minutes", "decimal|text")])],
  [("Sortie", "Site"), ("Palanquée", "Sortie")])

D("fr", "suivi des heures sur chantiers pour nos électriciens. chantier = nom, adresse, client, date de début, budget heures. pointage = électricien, chantier, date, nb d'heures, tâche faite. j'ai besoin de voir le total d'heures vs budget par chantier",
  [E("Chantier", "site|projet|job|worksite", [
      F("nom", "text", "name|nom du chantier|intitulé"),
      F("adresse", "long_text", "address|lieu", "text"),
      F("client", "text", "customer|maître d'ouvrage", "reference"),
      F("date de début", "date", "début|démarrage|start date"),
      F("budget heures", "decimal", "heures prévues|budget|heures budgétées|budget d'heures", "integer")]),
   E("Pointage", "heures|relevé d'heures|saisie d'heures|timesheet|feuille d'heures|time entry", [
      F("électricien", "person", "electricien|ouvrier|salarié|technicien|employee", "text"),
      F("chantier", "reference", "site|projet", t="Chantier"),
      F("date", "date", "jour"),
      F("nombre d'heures", "decimal", "heures|nb d'heures|nb heures|hours|durée", "integer"),
      F("tâche", "long_text", "tâche faite|travail effectué|description|task", "text")])],
  [("Pointage", "Chantier")], "Show total hours vs budget per site.")

D("fr", "Gestion des casiers à la piscine : numéro du casier, vestiaire (hommes, femmes, familles), état (OK, serrure cassée, en réparation), et si un casier est loué à l'année : nom de l'abonné, date de fin de location.",
  [E("Casier", "locker|vestiaire casier", [
      F("numéro", "text", "numéro du casier|n°|number", "integer"),
      F("vestiaire", "choice", "zone|changing room", "", opts=["Hommes", "Femmes", "Familles"]),
      F("état", "choice", "statut|etat|condition|status", "", opts=["OK", "Serrure cassée", "En réparation"]),
      F("loué à l'année", "boolean", "loué|location annuelle|rented", "choice"),
      F("abonné", "text", "nom de l'abonné|locataire|nom", "reference|person"),
      F("date de fin de location", "date", "fin de location|date de fin|expire le")])],
  [], "A separate Location (rental) kind linked to the locker is also acceptable.")

# ---------------- Spanish (8) ----------------
D("es", "Hola! Somos una fontanería con servicio 24h. Necesito registrar los avisos urgentes: cliente, dirección, teléfono, hora de la llamada, tipo (fuga, atasco, sin agua caliente, otro), el fontanero de guardia que va, hora de llegada, si se resolvió en la primera visita y el importe cobrado. Queremos medir cuánto tardamos en llegar.",
  [E("Aviso", "aviso urgente|urgencia|llamada|incidencia|servicio|callout", [
      F("cliente", "text", "nombre del cliente|customer|nombre", "reference"),
      F("dirección", "long_text", "direccion|address|domicilio", "text"),
      F("teléfono", "phone", "telefono|tel|móvil|phone"),
      F("hora de la llamada", "datetime", "llamada|hora de aviso|recibido|fecha y hora"),
      F("tipo", "choice", "tipo de aviso|avería|categoría", "", opts=["Fuga", "Atasco", "Sin agua caliente", "Otro"]),
      F("fontanero", "person", "fontanero de guardia|técnico|operario|asignado a", "text"),
      F("hora de llegada", "datetime", "llegada|llegó a las"),
      F("resuelto en primera visita", "boolean", "resuelto|primera visita|solucionado", "choice"),
      F("importe cobrado", "money", "importe|cobrado|precio|total"),
      N["es"]()])],
  [], "Response time = arrival minus call time.")

D("es", "Piscina municipal, abonos:\n- abonado: nombre, DNI, fecha nacimiento, teléfono, foto\n- tipo de abono (adulto, joven, jubilado, familiar), fecha alta, fecha caducidad, precio\nun abonado puede renovar varias veces, quiero ver el historial de abonos de cada uno",
  [E("Abonado", "socio|usuario|cliente|member", [
      F("nombre", "text", "nombre completo|name"),
      F("DNI", "text", "documento|NIF|dni"),
      F("fecha de nacimiento", "date", "fecha nacimiento|nacimiento|date of birth"),
      F("teléfono", "phone", "telefono|móvil|phone"),
      F("foto", "file", "fotografía|photo|imagen")]),
   E("Abono", "pase|suscripción|renovación|pass|membership", [
      F("abonado", "reference", "socio|usuario", t="Abonado"),
      F("tipo de abono", "choice", "tipo|modalidad|type", "", opts=["Adulto", "Joven", "Jubilado", "Familiar"]),
      F("fecha de alta", "date", "fecha alta|alta|desde|fecha de inicio"),
      F("fecha de caducidad", "date", "caducidad|vence|fecha caducidad|hasta|fecha de fin"),
      F("precio", "money", "importe|precio pagado|price")])],
  [("Abono", "Abonado")])

D("es", "inventario de libros de segunda mano q compramos a particulares: titulo, autor, editorial, año, estado del libro (como nuevo, bueno, aceptable), precio de compra, precio de venta, estanteria donde esta y si ya se vendio",
  [E("Libro", "libro de segunda mano|ejemplar|book|artículo", [
      F("título", "text", "titulo|title"),
      F("autor", "text", "author|autora"),
      F("editorial", "text", "publisher|sello"),
      F("año", "integer", "año de edición|ano|year|año de publicación", "text"),
      F("estado", "choice", "estado del libro|condición|condition", "", opts=["Como nuevo", "Bueno", "Aceptable"]),
      F("precio de compra", "money", "coste|compra|precio compra|purchase price"),
      F("precio de venta", "money", "pvp|precio|venta|precio venta|sale price"),
      F("estantería", "text", "ubicación|estanteria|estante|shelf|dónde está"),
      F("vendido", "boolean", "se vendió|vendido?|sold", "choice"),
      F("comprado a", "text", "vendedor|particular|proveedor", o=True)])],
  [])

D("es", "Buenas, llevo los derechos de traducción en una editorial pequeña. Necesito controlar los contratos: obra (título, autor original, idioma original), agencia o editorial extranjera que cede los derechos con su contacto, traductor asignado, fecha de firma, anticipo, porcentaje de royalties, fecha límite de publicación y el PDF del contrato. Las agencias se repiten mucho.",
  [E("Agencia", "agencia literaria|editorial extranjera|cedente|licenciante|agency", [
      F("nombre", "text", "name|nombre de la agencia"),
      F("contacto", "text", "persona de contacto|contact|agente"),
      F("email", "email", "correo|correo electrónico|e-mail", o=True),
      F("país", "text", "pais|country", o=True)]),
   E("Contrato", "contrato de derechos|derechos|licencia|contract|obra", [
      F("título", "text", "titulo|obra|title"),
      F("autor original", "text", "autor|author"),
      F("idioma original", "choice", "idioma|lengua original|language", "text", opts=[]),
      F("agencia", "reference", "editorial extranjera|cedente|licenciante", t="Agencia"),
      F("traductor", "text", "traductora|translator|traductor asignado", "person|reference"),
      F("fecha de firma", "date", "firmado el|firma|fecha firma"),
      F("anticipo", "money", "adelanto|advance|importe del anticipo"),
      F("porcentaje de royalties", "decimal", "royalties|regalías|porcentaje|% royalties", "integer"),
      F("fecha límite de publicación", "date", "plazo de publicación|fecha limite|publicar antes de|deadline"),
      F("contrato PDF", "file", "PDF|documento|contrato firmado|archivo")])],
  [("Contrato", "Agencia")])

D("es", "en el coworking organizamos eventos (afterworks, talleres, charlas). Quiero: nombre del evento, tipo, fecha, ponente, aforo, sala, si es abierto al público o solo miembros, y las inscripciones con nombre, email y si es miembro o no.",
  [E("Evento", "actividad|event|charla|taller", [
      F("nombre", "text", "nombre del evento|título|name"),
      F("tipo", "choice", "categoría|tipo de evento|type", "", opts=["Afterwork", "Taller", "Charla"]),
      F("fecha", "datetime", "fecha y hora|día|date", "date"),
      F("ponente", "text", "speaker|organizador|presentador", "person"),
      F("aforo", "integer", "capacidad|plazas|aforo máximo"),
      F("sala", "text", "espacio|lugar|room", "choice"),
      F("abierto al público", "boolean", "público|abierto|solo miembros|acceso", "choice")]),
   E("Inscripción", "inscripcion|asistente|registro|registration|reserva", [
      F("evento", "reference", "event|actividad", t="Evento"),
      F("nombre", "text", "nombre completo|asistente|name"),
      F("email", "email", "correo|correo electrónico|e-mail"),
      F("es miembro", "boolean", "miembro|socio|member", "choice")])],
  [("Inscripción", "Evento")])

D("es", "Centro de buceo. Llevar las titulaciones de los alumnos: alumno (nombre, email, fecha nac, nº de inmersiones logueadas), curso (Open Water, Advanced, Rescue, Divemaster), instructor, fecha inicio, fecha certificación, número de certificado PADI y si ha entregado el cuestionario médico firmado.",
  [E("Alumno", "buceador|estudiante|cliente|student|diver", [
      F("nombre", "text", "nombre completo|name"),
      F("email", "email", "correo|correo electrónico|e-mail"),
      F("fecha de nacimiento", "date", "fecha nac|nacimiento|date of birth"),
      F("número de inmersiones", "integer", "inmersiones|nº de inmersiones|inmersiones logueadas|dives logged")]),
   E("Certificación", "titulación|curso|formación|matrícula|certification|course", [
      F("alumno", "reference", "buceador|estudiante", t="Alumno"),
      F("curso", "choice", "nivel|titulación|course", "", opts=["Open Water", "Advanced", "Rescue", "Divemaster"]),
      F("instructor", "person", "instructora|profesor", "text"),
      F("fecha de inicio", "date", "inicio|fecha inicio|empieza"),
      F("fecha de certificación", "date", "certificado el|fecha certificación|fecha fin"),
      F("número de certificado", "text", "nº de certificado|certificado PADI|número PADI|número de certificado PADI"),
      F("cuestionario médico", "boolean", "cuestionario médico firmado|médico|declaración médica|medical", "file|choice")])],
  [("Certificación", "Alumno")])

D("es", "Alquiler de barcos en la escuela de vela.\nBarcos: nombre, modelo, eslora, plazas, precio por día.\nAlquileres: barco, cliente, titulación náutica del cliente (PER, PNB, Licencia de navegación, ninguna), fecha y hora de salida, fecha y hora de vuelta, fianza, con patrón o sin patrón.\nSi no tiene titulación, obligatorio con patrón.",
  [E("Barco", "embarcación|velero|boat", [
      F("nombre", "text", "name|nombre del barco"),
      F("modelo", "text", "model|tipo"),
      F("eslora", "decimal", "longitud|metros|length", "text"),
      F("plazas", "integer", "capacidad|personas|seats|pasajeros"),
      F("precio por día", "money", "precio|tarifa diaria|precio diario|daily price")]),
   E("Alquiler", "reserva|chárter|rental|booking", [
      F("barco", "reference", "embarcación|velero", t="Barco"),
      F("cliente", "text", "nombre del cliente|arrendatario|customer", "reference"),
      F("titulación", "choice", "titulación náutica|licencia|titulo|carnet", "", opts=["PER", "PNB", "Licencia de navegación", "Ninguna"]),
      F("salida", "datetime", "fecha y hora de salida|fecha de salida|inicio"),
      F("vuelta", "datetime", "fecha y hora de vuelta|regreso|fecha de vuelta|fin"),
      F("fianza", "money", "depósito|deposit"),
      F("con patrón", "boolean", "patrón|con patrón o sin patrón|skipper", "choice")])],
  [("Alquiler", "Barco")], "Without a licence, a skipper is mandatory.")

D("es", "préstamo de herramientas del almacén a los electricistas (taladros, comprobadores, escaleras...). herramienta con código, descripción, estado; préstamo: quién se la lleva, cuándo, para qué obra, cuándo la devuelve",
  [E("Herramienta", "equipo|tool|útil", [
      F("código", "text", "codigo|referencia|code|número"),
      F("descripción", "text", "descripcion|nombre|description", "long_text"),
      F("tipo", "choice", "categoría|clase", "text", opts=["Taladro", "Comprobador", "Escalera"], o=True),
      F("estado", "choice", "condición|estado de la herramienta|condition", "text", opts=[])]),
   E("Préstamo", "salida|prestamo|loan|retirada", [
      F("herramienta", "reference", "equipo|tool", t="Herramienta"),
      F("electricista", "person", "quién|trabajador|operario|prestado a|técnico", "text"),
      F("fecha de salida", "date", "cuándo|fecha|fecha préstamo|prestado el", "datetime"),
      F("obra", "text", "para qué obra|proyecto|trabajo|destino", "reference"),
      F("fecha de devolución", "date", "devuelto el|devolución|fecha devolución", "datetime")])],
  [("Préstamo", "Herramienta")])

# ---------------- German (8) ----------------
D("de", "Wir sind ein Elektrobetrieb und machen für Kunden die DGUV V3 Prüfung ortsveränderlicher Geräte. Pro Kunde: Firma, Ansprechpartner, Adresse. Pro Gerät: Inventarnummer, Bezeichnung, Standort, Schutzklasse (I, II, III), Prüfintervall in Monaten. Pro Prüfung: Datum, Prüfer, Messwerte (Schutzleiterwiderstand, Isolationswiderstand), bestanden ja/nein, Prüfprotokoll als PDF. Nächste Prüfung automatisch berechnen wäre super.",
  [E("Kunde", "Firma|Auftraggeber|customer", [
      F("Firma", "text", "Firmenname|Name|Kundenname|company"),
      F("Ansprechpartner", "text", "Kontakt|Kontaktperson|contact"),
      F("Adresse", "long_text", "Anschrift|address", "text")]),
   E("Gerät", "Betriebsmittel|Prüfling|device|Arbeitsmittel", [
      F("Kunde", "reference", "Firma|Auftraggeber", t="Kunde"),
      F("Inventarnummer", "text", "Inventar-Nr|Inv.-Nr.|Gerätenummer|ID"),
      F("Bezeichnung", "text", "Name|Gerät|Beschreibung|Gerätebezeichnung"),
      F("Standort", "text", "Ort|Raum|location"),
      F("Schutzklasse", "choice", "SK|protection class", "", opts=["I", "II", "III"]),
      F("Prüfintervall", "integer", "Prüfintervall in Monaten|Intervall|Prüffrist|Monate")]),
   E("Prüfung", "Prüfprotokoll|Messung|inspection|Geräteprüfung", [
      F("Gerät", "reference", "Betriebsmittel|Prüfling", t="Gerät"),
      F("Datum", "date", "Prüfdatum|geprüft am"),
      F("Prüfer", "person", "geprüft von|Elektriker|Prüfperson", "text"),
      F("Schutzleiterwiderstand", "decimal", "RPE|Schutzleiter"),
      F("Isolationswiderstand", "decimal", "RISO|Isolation"),
      F("bestanden", "boolean", "Ergebnis|bestanden ja/nein|i.O.|Prüfergebnis", "choice"),
      F("Prüfprotokoll", "file", "Protokoll|PDF|Prüfprotokoll PDF"),
      F("nächste Prüfung", "date", "nächste Prüfung am|fällig am|nächster Prüftermin", o=True)])],
  [("Gerät", "Kunde"), ("Prüfung", "Gerät")], "Next test = test date + interval months.")

D("de", "Hallo zusammen,\nwir brauchen eine Übersicht über unsere Wartungsverträge (Heizung/Sanitär). Vertrag: Kunde, Anlage (Gastherme, Ölheizung, Wärmepumpe, Enthärtungsanlage), Hersteller, Baujahr, jährliche Pauschale, Vertragsbeginn, Wartungsmonat. Und jede durchgeführte Wartung mit Datum, Monteur, Befund, verbautem Material und ob eine Nachbesserung nötig ist.\nDanke!",
  [E("Wartungsvertrag", "Vertrag|contract|Wartungsauftrag", [
      F("Kunde", "text", "Kundenname|Auftraggeber|customer", "reference"),
      F("Anlage", "choice", "Anlagentyp|Gerät|Art der Anlage", "", opts=["Gastherme", "Ölheizung", "Wärmepumpe", "Enthärtungsanlage"]),
      F("Hersteller", "text", "Marke|manufacturer|Fabrikat"),
      F("Baujahr", "integer", "Jahr|year built", "text"),
      F("jährliche Pauschale", "money", "Pauschale|Jahrespauschale|Preis|Betrag|annual fee"),
      F("Vertragsbeginn", "date", "Beginn|Start|seit|Vertragsstart"),
      F("Wartungsmonat", "choice", "Monat|Wartung im Monat|fälliger Monat", "text|integer", opts=[])]),
   E("Wartung", "Wartungseinsatz|Wartungsbericht|Einsatz|Service|maintenance visit", [
      F("Vertrag", "reference", "Wartungsvertrag", t="Wartungsvertrag"),
      F("Datum", "date", "Wartungsdatum|durchgeführt am"),
      F("Monteur", "person", "Techniker|Installateur|durchgeführt von", "text"),
      F("Befund", "long_text", "Ergebnis|Feststellungen|Bericht", "text"),
      F("verbautes Material", "long_text", "Material|Ersatzteile|Teile", "text"),
      F("Nachbesserung nötig", "boolean", "Nachbesserung|Nacharbeit|Mangel", "choice")])],
  [("Wartung", "Wartungsvertrag")], "Customers as their own kind is also fine.")

D("de", "Aquafitness- und Schwimmkurse im Hallenbad: Kurs (Name, Kursleiter, Wochentag, Uhrzeit, Anzahl Termine, Preis, max Teilnehmer), Anmeldung (Teilnehmer Name, Telefon, E-Mail, bezahlt, Warteliste ja/nein). Kursleiter sind unsere Angestellten.",
  [E("Kurs", "Schwimmkurs|Aquafitnesskurs|course|Angebot", [
      F("Name", "text", "Kursname|Bezeichnung|Titel"),
      F("Kursleiter", "person", "Leitung|Trainer|Kursleiterin|instructor", "text"),
      F("Wochentag", "choice", "Tag|weekday", "text", opts=[]),
      F("Uhrzeit", "text", "Zeit|Beginn|Startzeit|time", "datetime"),
      F("Anzahl Termine", "integer", "Termine|Einheiten|Anzahl Einheiten"),
      F("Preis", "money", "Kursgebühr|Gebühr|Kosten|price"),
      F("max Teilnehmer", "integer", "maximale Teilnehmer|Teilnehmerzahl|Plätze|Kapazität")]),
   E("Anmeldung", "Teilnehmer|Buchung|registration", [
      F("Kurs", "reference", "course", t="Kurs"),
      F("Name", "text", "Teilnehmer|Teilnehmername|Name des Teilnehmers"),
      F("Telefon", "phone", "Tel|Telefonnummer|Handy"),
      F("E-Mail", "email", "Email|Mail|E-Mail-Adresse"),
      F("bezahlt", "boolean", "Zahlung|gezahlt|paid", "choice"),
      F("Warteliste", "boolean", "auf Warteliste|Warteliste ja/nein|waitlist", "choice")])],
  [("Anmeldung", "Kurs")])

D("de", "remissionen an verlage: buchhandlung schickt unverkaufte bücher zurück. pro remission: verlag, datum, remissionsnummer / genehmigung vom verlag, anzahl pakete, versandkosten, gutschrift erhalten (betrag + datum). die einzelnen titel mit isbn und menge auch, falls der verlag meckert",
  [E("Verlag", "Lieferant|publisher", [
      F("Name", "text", "Verlagsname|Verlag|name"),
      F("Ansprechpartner", "text", "Kontakt|Vertreter", o=True),
      F("E-Mail", "email", "Email|Mail", o=True)]),
   E("Remission", "Rücksendung|Retoure|return", [
      F("Verlag", "reference", "Lieferant|publisher", "text", t="Verlag"),
      F("Datum", "date", "Remissionsdatum|versendet am"),
      F("Remissionsnummer", "text", "Genehmigung|Genehmigungsnummer|Remissionsgenehmigung|RMA"),
      F("Anzahl Pakete", "integer", "Pakete|Paketanzahl"),
      F("Versandkosten", "money", "Porto|Kosten"),
      F("Gutschrift Betrag", "money", "Gutschrift|Gutschriftsbetrag|credit note"),
      F("Gutschrift Datum", "date", "Gutschrift erhalten am|Gutschriftsdatum|gutgeschrieben am")]),
   E("Remissionsposition", "Titel|Position|Artikel|Buch|return line|Remissionstitel", [
      F("Remission", "reference", "Rücksendung|Retoure", t="Remission"),
      F("Titel", "text", "Buchtitel|title"),
      F("ISBN", "text", "isbn"),
      F("Menge", "integer", "Anzahl|Stück|Exemplare")])],
  [("Remission", "Verlag"), ("Remissionsposition", "Remission")], "Publishers as a separate kind is good practice; a text field is an acceptable alternative.")

D("de", "Druckaufträge Kleinverlag. Titel, Auflage, Druckerei, Papier, Format, Umfang (Seiten), Angebotspreis, Liefertermin, Status (Angebot angefragt, beauftragt, im Druck, geliefert), Lieferschein als Datei.",
  [E("Druckauftrag", "Auftrag|Druck|print job|Produktion", [
      F("Titel", "text", "Buchtitel|Buch|title", "reference"),
      F("Auflage", "integer", "Stückzahl|Exemplare|print run"),
      F("Druckerei", "text", "Drucker|printer|Dienstleister", "reference|choice"),
      F("Papier", "text", "Papiersorte|paper"),
      F("Format", "text", "Buchformat|format", "choice"),
      F("Umfang", "integer", "Seiten|Seitenzahl|Umfang (Seiten)|pages"),
      F("Angebotspreis", "money", "Preis|Angebot|Kosten"),
      F("Liefertermin", "date", "Lieferdatum|geliefert bis|delivery date"),
      F("Status", "choice", "Stand|state", "", opts=["Angebot angefragt", "Beauftragt", "Im Druck", "Geliefert"]),
      F("Lieferschein", "file", "Lieferschein-Datei|Datei|delivery note"),
      N["de"]()])],
  [])

D("de", "Für unseren Coworking-Space: Zugangskarten verwalten. Kartennummer, welches Mitglied sie hat, ausgegeben am, Pfand (20 €) bezahlt, Zugang zu (Haupteingang, Fahrradkeller, Dachterrasse, Serverraum – mehrere möglich), gesperrt ja/nein. Mitglieder haben Name, Firma, E-Mail.",
  [E("Mitglied", "Coworker|Nutzer|member|Kunde", [
      F("Name", "text", "vollständiger Name|name"),
      F("Firma", "text", "Unternehmen|company"),
      F("E-Mail", "email", "Email|Mail|E-Mail-Adresse")]),
   E("Zugangskarte", "Karte|Chip|Schlüsselkarte|access card|Transponder", [
      F("Kartennummer", "text", "Nummer|Karten-Nr|Chipnummer", "integer"),
      F("Mitglied", "reference", "Inhaber|Besitzer|Coworker", t="Mitglied"),
      F("ausgegeben am", "date", "Ausgabedatum|ausgegeben|Ausgabe"),
      F("Pfand bezahlt", "boolean", "Pfand|Kaution|Pfand 20 €", "money|choice"),
      F("Zugang zu", "multi_choice", "Zugang|Zugangsbereiche|Bereiche|Zutritt", "", opts=["Haupteingang", "Fahrradkeller", "Dachterrasse", "Serverraum"]),
      F("gesperrt", "boolean", "gesperrt ja/nein|Sperre|deaktiviert|blocked", "choice")])],
  [("Zugangskarte", "Mitglied")])

D("de", "Segelschule – Prüfungstermine SBF See / SBF Binnen / SKS. Wir melden unsere Schüler beim Prüfungsausschuss an. Termin: Datum, Prüfungsort, Schein. Schüler: Name, Geburtsdatum, Adresse, Lichtbild hochgeladen?, ärztliches Zeugnis liegt vor?, Anmeldung eingereicht am, Ergebnis (bestanden, nicht bestanden, Nachprüfung). Ein Schüler kann bei mehreren Terminen sein (z.B. erst Binnen dann See).",
  [E("Prüfungstermin", "Termin|Prüfung|exam date|Prüfungsdatum", [
      F("Datum", "date", "Prüfungsdatum|Termin", "datetime"),
      F("Prüfungsort", "text", "Ort|location"),
      F("Schein", "choice", "Führerschein|Prüfung|Art|Bootsführerschein", "", opts=["SBF See", "SBF Binnen", "SKS"])]),
   E("Schüler", "Segelschüler|Prüfling|Kandidat|student", [
      F("Name", "text", "vollständiger Name|name"),
      F("Geburtsdatum", "date", "geboren am|Geb.-Datum"),
      F("Adresse", "long_text", "Anschrift|address", "text"),
      F("Lichtbild", "boolean", "Lichtbild hochgeladen|Passbild|Foto", "file"),
      F("ärztliches Zeugnis", "boolean", "ärztliches Zeugnis liegt vor|Arztzeugnis|Attest", "file")]),
   E("Prüfungsanmeldung", "Anmeldung|Teilnahme|Prüfungsteilnahme|registration", [
      F("Schüler", "reference", "Prüfling|Kandidat", t="Schüler"),
      F("Prüfungstermin", "reference", "Termin|Prüfung", t="Prüfungstermin"),
      F("eingereicht am", "date", "Anmeldung eingereicht am|Anmeldedatum|eingereicht"),
      F("Ergebnis", "choice", "Prüfungsergebnis|result", "", opts=["Bestanden", "Nicht bestanden", "Nachprüfung"])])],
  [("Prüfungsanmeldung", "Schüler"), ("Prüfungsanmeldung", "Prüfungstermin")])

D("de", "Füllbuch Tauchbasis: jede Flaschenfüllung erfassen – Flaschennummer, Datum/Uhrzeit, Gas (Luft, Nitrox 32, Nitrox 36), Fülldruck bar, O2-Anteil gemessen, wer gefüllt hat, Kunde. Flaschen haben Nummer, Volumen (Liter), Eigentümer (Basis oder Kunde), nächste TÜV-Prüfung. Abgelaufene Flaschen dürfen nicht gefüllt werden!!",
  [E("Flasche", "Tauchflasche|Druckflasche|cylinder|tank", [
      F("Flaschennummer", "text", "Nummer|Flaschen-Nr|ID"),
      F("Volumen", "decimal", "Liter|Volumen (Liter)|Größe", "integer|choice"),
      F("Eigentümer", "choice", "Besitzer|gehört", "text", opts=["Basis", "Kunde"]),
      F("nächste TÜV-Prüfung", "date", "TÜV|TÜV-Prüfung|TÜV fällig|Prüfdatum")]),
   E("Füllung", "Flaschenfüllung|Füllbucheintrag|Eintrag|fill", [
      F("Flasche", "reference", "Flaschennummer|Tauchflasche", t="Flasche"),
      F("Zeitpunkt", "datetime", "Datum/Uhrzeit|Datum|Uhrzeit|gefüllt am", "date"),
      F("Gas", "choice", "Gasart|Gemisch", "", opts=["Luft", "Nitrox 32", "Nitrox 36"]),
      F("Fülldruck", "integer", "Druck|Fülldruck bar|bar", "decimal"),
      F("O2-Anteil", "decimal", "O2|Sauerstoffanteil|O2-Anteil gemessen|gemessener O2-Anteil"),
      F("gefüllt von", "person", "Füller|Mitarbeiter|wer", "text"),
      F("Kunde", "text", "Kundenname|für|customer", "reference")])],
  [("Füllung", "Flasche")], "Cylinders past their test date must not be filled.")

assert len(rows) == 40, len(rows)
from collections import Counter
print(Counter(r["lang"] for r in rows))
write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.jsonl"), rows)
