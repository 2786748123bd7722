import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.jsonl")

def F(name, type, aliases=(), alt=(), opts=None, target=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if opts is not None: f["options"] = list(opts)
    if target is not None: f["target"] = target
    if opt: f["optional"] = True
    return f

def E(name, aliases, fields):
    return {"name": name, "aliases": list(aliases), "fields": fields}

NOTE = {
    "en": lambda: F("notes", "long_text", ["comments", "remarks", "note"], ["text"], opt=True),
    "fr": lambda: F("remarques", "long_text", ["notes", "commentaires", "observations", "comments"], ["text"], opt=True),
    "es": lambda: F("observaciones", "long_text", ["notas", "comentarios", "notes", "comments"], ["text"], opt=True),
    "de": lambda: F("Bemerkungen", "long_text", ["Notizen", "Anmerkungen", "Kommentar", "notes"], ["text"], opt=True),
}
def STATUS(lang, opts=()):
    n = {"en": "status", "fr": "statut", "es": "estado", "de": "Status"}[lang]
    al = {"en": ["state", "stage"], "fr": ["état", "status", "étape"], "es": ["situación", "status", "fase"], "de": ["Stand", "Zustand", "status"]}[lang]
    return F(n, "choice", al, [], opts=list(opts), opt=True)

cases = []
def C(lang, prompt, entities, relations, notes=""):
    cases.append({"id": "h33d%02d" % (len(cases) + 1), "lang": lang, "prompt": prompt, "entities": entities,
                  "relations": [{"from": a, "to": b} for a, b in relations], "notes": notes})

# ---------------- English (16) ----------------
C("en", "log every car we take in for scrapping - reg, make & model, who sold it to us (name, phone, and we have to see photo ID so keep a scan), the weight on the weighbridge, what we paid, and whether the certificate of destruction has gone off to DVLA yet",
  [E("Vehicle", ["car", "scrap vehicle", "vehicle intake", "intake", "end of life vehicle"], [
      F("registration", "text", ["reg", "reg number", "registration number", "number plate", "plate"]),
      F("make", "text", ["manufacturer", "brand", "make and model"]),
      F("model", "text", ["car model"]),
      F("seller", "reference", ["sold by", "customer", "owner", "brought in by"], target="Seller"),
      F("weight", "decimal", ["weighbridge weight", "weight kg", "weight (kg)", "kerb weight"], ["integer"]),
      F("price paid", "money", ["amount paid", "paid", "price", "purchase price"]),
      F("certificate of destruction sent", "boolean", ["CoD sent", "certificate of destruction", "sent to DVLA", "DVLA notified", "CoD"], ["choice", "date"]),
      F("date received", "date", ["intake date", "date in", "received on", "date"], ["datetime"], opt=True),
      NOTE["en"]()]),
   E("Seller", ["customer", "owner", "vendor", "person"], [
      F("name", "text", ["full name", "seller name", "customer name"]),
      F("phone", "phone", ["phone number", "mobile", "telephone"]),
      F("photo ID", "file", ["ID scan", "ID", "identification", "ID document", "proof of ID"]),
      F("address", "text", ["home address"], ["long_text"], opt=True)])],
  [("Vehicle", "Seller")])

C("en", """Hi, we hire out skips from the recycling centre and it's all on a whiteboard at the moment. Could we get something where we can see:
- our skips (each has a number painted on it and a size: 4 yard, 6 yard, 8 yard, 12 yard RoRo)
- customers (name, phone, email, billing address)
- hires: which skip, which customer, delivery address, drop-off date, collection date, permit needed if it goes on the road, and the price
Thanks! Dave""",
  [E("Skip", ["container", "bin"], [
      F("skip number", "text", ["number", "skip no", "ID", "name"], ["integer"]),
      F("size", "choice", ["skip size", "capacity", "type"], [], ["4 yard", "6 yard", "8 yard", "12 yard RoRo"]),
      STATUS("en", ["Available", "On hire", "Out of service"])]),
   E("Customer", ["client", "hirer"], [
      F("name", "text", ["customer name", "full name", "company"]),
      F("phone", "phone", ["phone number", "telephone", "mobile"]),
      F("email", "email", ["email address", "e-mail"]),
      F("billing address", "long_text", ["address", "invoice address"], ["text"])]),
   E("Hire", ["skip hire", "booking", "rental", "order", "job"], [
      F("skip", "reference", ["skip number", "container"], target="Skip"),
      F("customer", "reference", ["client", "hirer"], target="Customer"),
      F("delivery address", "long_text", ["site address", "address", "drop-off address"], ["text"]),
      F("drop-off date", "date", ["delivery date", "delivered on", "start date"], ["datetime"]),
      F("collection date", "date", ["pick-up date", "collect on", "end date", "return date"], ["datetime"]),
      F("permit needed", "boolean", ["road permit", "permit", "permit required", "on the road"], ["choice"]),
      F("price", "money", ["hire price", "cost", "amount", "fee"]),
      NOTE["en"]()])],
  [("Hire", "Skip"), ("Hire", "Customer")])

C("en", "scrap metal buying. metal grades w/ todays price per kg (copper, brass, lead, ally etc) and each purchase: seller, grade, kg, total paid, paid by bank transfer or cheque (no cash allowed!!), ticket no",
  [E("Metal grade", ["grade", "metal", "material", "metal type", "price list"], [
      F("name", "text", ["grade", "metal", "grade name"], ["choice"]),
      F("price per kg", "money", ["price", "rate", "today's price", "price/kg"], ["decimal"])]),
   E("Purchase", ["buy", "scrap purchase", "transaction", "ticket"], [
      F("seller", "text", ["customer", "sold by", "vendor", "seller name"], ["person", "reference"]),
      F("grade", "reference", ["metal grade", "metal", "material"], target="Metal grade"),
      F("weight", "decimal", ["kg", "weight kg", "quantity", "weight (kg)"], ["integer"]),
      F("total paid", "money", ["amount", "total", "amount paid", "paid"]),
      F("payment method", "choice", ["paid by", "payment", "method"], [], ["Bank transfer", "Cheque"]),
      F("ticket number", "text", ["ticket no", "ticket", "reference", "receipt number"], ["integer"]),
      F("date", "date", ["purchase date", "bought on"], ["datetime"], opt=True)])],
  [("Purchase", "Metal grade")], "Seller could be its own kind; a text or reference is fine.")

C("en", """Hello,

Following the Environment Agency visit, our site manager has to do a walk-round check of the household recycling centre every morning before we open. She needs to record the date, who did it, whether the fire extinguishers were OK, whether the hazardous waste cage was locked, whether the oil bank was leaking, the condition of the ramps (Good / Needs attention / Unsafe) and any photos of problems. If something is unsafe we raise a defect with a description, priority (Low, Medium, High) and who it's assigned to, and close it when fixed with the date fixed.

Kind regards,
Priya""",
  [E("Daily check", ["site check", "inspection", "walk-round check", "morning check", "checklist"], [
      F("date", "date", ["check date", "inspection date"], ["datetime"]),
      F("checked by", "person", ["inspector", "done by", "site manager", "who"], ["text"]),
      F("fire extinguishers OK", "boolean", ["fire extinguishers", "extinguishers ok", "extinguishers checked"], ["choice"]),
      F("hazardous waste cage locked", "boolean", ["hazardous cage locked", "cage locked", "hazardous waste cage"], ["choice"]),
      F("oil bank leaking", "boolean", ["oil bank", "oil leak", "leaking"], ["choice"]),
      F("ramp condition", "choice", ["ramps", "condition of ramps", "ramp"], [], ["Good", "Needs attention", "Unsafe"]),
      F("photos", "file", ["photo", "pictures", "photos of problems"]),
      NOTE["en"]()]),
   E("Defect", ["problem", "issue", "fault", "action"], [
      F("daily check", "reference", ["check", "inspection", "raised from"], target="Daily check"),
      F("description", "long_text", ["details", "problem"], ["text"]),
      F("priority", "choice", ["urgency"], [], ["Low", "Medium", "High"]),
      F("assigned to", "person", ["owner", "assignee", "responsible"], ["text"]),
      F("date fixed", "date", ["fixed on", "closed on", "closed date", "resolved date"], ["datetime"]),
      F("status", "choice", ["state", "open/closed", "closed"], ["boolean"], ["Open", "Closed"], opt=True)])],
  [("Defect", "Daily check")])

C("en", """tutoring agency, need to organise:
* tutors - name, email, mobile, subjects they teach (maths, english, physics, chemistry, biology, french), hourly rate
* students - name, school year, parent's name + parent email
* lessons - tutor, student, subject, date & time, length in minutes, online or in person, and whether it happened/cancelled/no show""",
  [E("Tutor", ["teacher", "instructor"], [
      F("name", "text", ["full name", "tutor name"]),
      F("email", "email", ["email address", "e-mail"]),
      F("mobile", "phone", ["phone", "mobile number", "phone number"]),
      F("subjects", "multi_choice", ["subjects taught", "subject", "teaches"], [], ["Maths", "English", "Physics", "Chemistry", "Biology", "French"]),
      F("hourly rate", "money", ["rate", "rate per hour", "pay rate"])]),
   E("Student", ["pupil", "learner", "child"], [
      F("name", "text", ["full name", "student name"]),
      F("school year", "text", ["year", "year group", "grade"], ["choice", "integer"]),
      F("parent name", "text", ["parent", "parent's name", "guardian"]),
      F("parent email", "email", ["parent's email", "guardian email", "email"])]),
   E("Lesson", ["session", "tutoring session", "class", "booking"], [
      F("tutor", "reference", ["teacher"], target="Tutor"),
      F("student", "reference", ["pupil"], target="Student"),
      F("subject", "choice", ["topic"], ["text"], ["Maths", "English", "Physics", "Chemistry", "Biology", "French"]),
      F("date and time", "datetime", ["start", "when", "date", "time", "starts at"]),
      F("length in minutes", "integer", ["duration", "length", "minutes", "duration (min)"], ["decimal"]),
      F("mode", "choice", ["online or in person", "format", "location type", "delivery"], ["boolean"], ["Online", "In person"]),
      F("outcome", "choice", ["status", "attendance", "result"], [], ["Happened", "Cancelled", "No show"]),
      NOTE["en"]()])],
  [("Lesson", "Tutor"), ("Lesson", "Student")])

C("en", "ok so the billing for the tutoring is a mess. parents get one invoice a month per family, it lists the lessons that month, and we need the invoice number, the family it's for, the month, total, the date we sent it and whether its been paid, and if they paid by card, bank transfer or those childcare voucher things. a family is basically the parent's name, their email and address, and they can have more than one kid with us. oh and I'd like to attach the PDF of the invoice too",
  [E("Family", ["parent", "household", "account", "customer"], [
      F("parent name", "text", ["name", "family name", "parent", "contact name"]),
      F("email", "email", ["parent email", "email address"]),
      F("address", "long_text", ["postal address", "billing address", "home address"], ["text"]),
      F("phone", "phone", ["phone number", "mobile"], opt=True)]),
   E("Child", ["student", "pupil", "kid", "learner"], [
      F("name", "text", ["child name", "first name", "full name"]),
      F("family", "reference", ["parent", "household"], target="Family")]),
   E("Invoice", ["monthly invoice", "bill"], [
      F("invoice number", "text", ["number", "invoice no", "reference"], ["integer"]),
      F("family", "reference", ["parent", "billed to", "customer"], target="Family"),
      F("month", "text", ["billing month", "period", "invoice month"], ["date", "choice"]),
      F("total", "money", ["amount", "total amount", "invoice total"]),
      F("date sent", "date", ["sent on", "sent", "invoice date"], ["datetime"]),
      F("paid", "boolean", ["paid?", "payment status", "is paid"], ["choice"]),
      F("payment method", "choice", ["paid by", "payment type", "method"], [], ["Card", "Bank transfer", "Childcare vouchers"]),
      F("invoice PDF", "file", ["PDF", "attachment", "invoice file", "document"])])],
  [("Child", "Family"), ("Invoice", "Family")],
  "Lessons listed on the invoice: a Lesson kind linked to the invoice is a fair addition (not expected).")

C("en", "We get lots of people wanting to tutor for us. Need to track applicatons: name, email, phone, subjects and levels (GCSE, A-level, KS3, 11+), their CV, degree + uni, DBS check done y/n and DBS certificate number + issue date, two references recieved y/n, interview date and the outcome (accepted, rejected, waiting list)",
  [E("Application", ["tutor application", "applicant", "candidate", "tutor"], [
      F("name", "text", ["full name", "applicant name"]),
      F("email", "email", ["email address"]),
      F("phone", "phone", ["phone number", "mobile"]),
      F("subjects", "text", ["subject", "subjects taught"], ["multi_choice", "long_text"]),
      F("levels", "multi_choice", ["level", "levels taught", "key stages"], ["choice"], ["GCSE", "A-level", "KS3", "11+"]),
      F("CV", "file", ["resume", "CV file", "curriculum vitae"]),
      F("degree", "text", ["qualification", "degree subject"]),
      F("university", "text", ["uni", "institution"]),
      F("DBS check done", "boolean", ["DBS check", "DBS done", "DBS checked", "background check"], ["choice"]),
      F("DBS certificate number", "text", ["DBS number", "certificate number", "DBS cert no"]),
      F("DBS issue date", "date", ["issue date", "DBS date", "certificate issue date"]),
      F("references received", "boolean", ["references", "two references", "references ok"], ["choice", "integer"]),
      F("interview date", "date", ["interview", "interviewed on"], ["datetime"]),
      F("outcome", "choice", ["result", "status", "decision"], [], ["Accepted", "Rejected", "Waiting list"]),
      NOTE["en"]()])],
  [])

C("en", """Our university observatory has 3 telescopes (the 0.5m reflector, the 20cm refractor, the solar scope) and researchers + students request nights on them. For a request: who's asking, which telescope, the night(s) wanted (start/end date), target objects, instrument (CCD camera, spectrograph, eyepiece only), a short science justification, and the approval status. The telescopes themselves should have aperture, location on site, and whether they're currently out of action.""",
  [E("Telescope", ["instrument", "scope"], [
      F("name", "text", ["telescope", "telescope name"], ["choice"]),
      F("aperture", "decimal", ["aperture (cm)", "diameter", "size", "aperture mm"], ["text", "integer"]),
      F("location", "text", ["location on site", "dome", "site", "where"]),
      F("out of action", "boolean", ["out of service", "unavailable", "broken", "out of order", "available"], ["choice"])]),
   E("Observing request", ["request", "time request", "booking", "night request", "observation request"], [
      F("requested by", "person", ["requester", "researcher", "who", "observer", "applicant"], ["text"]),
      F("telescope", "reference", ["scope", "instrument"], target="Telescope"),
      F("start date", "date", ["first night", "from", "start night"], ["datetime"]),
      F("end date", "date", ["last night", "to", "end night"], ["datetime"]),
      F("targets", "long_text", ["target objects", "objects", "target"], ["text"]),
      F("instrument", "choice", ["detector", "camera", "equipment"], [], ["CCD camera", "Spectrograph", "Eyepiece only"]),
      F("justification", "long_text", ["science justification", "reason", "science case", "description"], ["text"]),
      F("status", "choice", ["approval status", "approval", "state"], [], []),
      NOTE["en"]()])],
  [("Observing request", "Telescope")], "Approval status options are not named; any sensible list (Pending/Approved/Rejected) is fine.")

C("en", "Planetarium school bookings. Schools book a show for a class. We need the school (name, contact teacher, their email and phone), the show (we have 'Our Solar System', 'Journey to the Stars', 'Black Holes' and a couple more, each with a length and a recommended age range), the date & time slot, number of pupils, number of adults, whether they want the workshop add-on, the price, and whether the deposit's been paid. Plus any special needs we should know about (wheelchair users etc).",
  [E("School", ["customer", "client", "group"], [
      F("name", "text", ["school name"]),
      F("contact teacher", "text", ["teacher", "contact", "contact name"], ["person"]),
      F("email", "email", ["contact email", "teacher email"]),
      F("phone", "phone", ["phone number", "telephone"])]),
   E("Show", ["programme", "planetarium show", "film"], [
      F("title", "text", ["name", "show name"], ["choice"]),
      F("length", "integer", ["duration", "minutes", "running time", "length (min)"], ["decimal", "text"]),
      F("age range", "text", ["recommended age", "recommended age range", "ages", "age group"], ["choice"])]),
   E("Booking", ["school booking", "visit", "reservation"], [
      F("school", "reference", ["customer"], target="School"),
      F("show", "reference", ["programme"], target="Show"),
      F("date and time", "datetime", ["slot", "time slot", "date", "visit date"], ["date"]),
      F("number of pupils", "integer", ["pupils", "children", "students", "pupil count"]),
      F("number of adults", "integer", ["adults", "teachers", "adult count"]),
      F("workshop add-on", "boolean", ["workshop", "add workshop", "workshop add on"], ["choice"]),
      F("price", "money", ["cost", "total", "amount", "total price"]),
      F("deposit paid", "boolean", ["deposit", "deposit received"], ["choice"]),
      F("special needs", "long_text", ["accessibility", "access needs", "additional needs", "SEN"], ["text"]),
      STATUS("en", ["Provisional", "Confirmed", "Cancelled"])])],
  [("Booking", "School"), ("Booking", "Show")])

C("en", "maintenance log for the dome & telescope kit - what was serviced, date, who did it, hours spent, parts cost, and next service due",
  [E("Maintenance entry", ["maintenance", "service", "service record", "log entry", "maintenance log"], [
      F("equipment", "text", ["what was serviced", "item", "kit", "equipment serviced", "asset"], ["reference", "choice"]),
      F("date", "date", ["service date", "serviced on"], ["datetime"]),
      F("done by", "person", ["technician", "serviced by", "who", "engineer"], ["text"]),
      F("hours spent", "decimal", ["hours", "time spent", "labour hours"], ["integer"]),
      F("parts cost", "money", ["cost", "parts", "cost of parts"]),
      F("next service due", "date", ["next service", "next due", "due date"]),
      F("work done", "long_text", ["description", "details", "notes", "comments"], ["text"], opt=True)])],
  [], "Equipment as its own kind with a link is also fine.")

C("en", """We're a small upholstery workshop. Every job starts with a customer bringing in (or us collecting) a piece: sofa, armchair, dining chair, headboard, footstool, other. I'd like to record the customer (name, phone, address), then for the job: the piece, a photo before, the fabric chosen (from our fabric book - code + name + price per metre), metres needed, whether it needs new foam / springs / webbing, the quote, deposit taken, promised-by date, and where it is in the workshop (awaiting fabric, stripped, in progress, ready for collection, delivered).""",
  [E("Customer", ["client"], [
      F("name", "text", ["customer name", "full name"]),
      F("phone", "phone", ["phone number", "mobile", "telephone"]),
      F("address", "long_text", ["home address", "postal address"], ["text"])]),
   E("Fabric", ["fabric book", "material", "cloth"], [
      F("code", "text", ["fabric code", "reference", "ref"]),
      F("name", "text", ["fabric name", "description"]),
      F("price per metre", "money", ["price", "cost per metre", "price/m"])]),
   E("Job", ["order", "commission", "work order", "piece"], [
      F("customer", "reference", ["client"], target="Customer"),
      F("piece", "choice", ["item", "furniture", "type", "piece type", "furniture type"], [], ["Sofa", "Armchair", "Dining chair", "Headboard", "Footstool", "Other"]),
      F("photo before", "file", ["before photo", "photo", "picture"]),
      F("fabric", "reference", ["fabric chosen", "material"], target="Fabric"),
      F("metres needed", "decimal", ["metres", "meterage", "fabric needed", "length"], ["integer"]),
      F("repairs needed", "multi_choice", ["new foam / springs / webbing", "extras", "work needed", "foam"], ["boolean"], ["New foam", "Springs", "Webbing"]),
      F("quote", "money", ["quoted price", "price", "estimate"]),
      F("deposit", "money", ["deposit taken", "deposit paid", "deposit amount"], ["boolean"]),
      F("promised by", "date", ["due date", "promised date", "deadline", "ready by"]),
      F("stage", "choice", ["status", "where it is", "progress", "workshop status"], [], ["Awaiting fabric", "Stripped", "In progress", "Ready for collection", "Delivered"]),
      F("collected by us", "boolean", ["collection", "we collect", "collected"], ["choice"], opt=True),
      NOTE["en"]()])],
  [("Job", "Customer"), ("Job", "Fabric")], "Foam/springs/webbing may also be three tick boxes; one multi-choice is accepted.")

C("en", """Fabric & trimmings stock for the upholstery shop:
- item name, type (fabric, trimming, foam, wadding, thread, tacks/staples)
- supplier
- colour / pattern
- qty in stock + unit (metres, rolls, boxes)
- reorder level
- shelf location
Suppliers: name, rep's name, phone, email, website, account number""",
  [E("Stock item", ["item", "material", "stock", "product", "inventory item"], [
      F("name", "text", ["item name", "description"]),
      F("type", "choice", ["category", "item type", "kind"], [], ["Fabric", "Trimming", "Foam", "Wadding", "Thread", "Tacks/staples"]),
      F("supplier", "reference", ["vendor"], target="Supplier"),
      F("colour", "text", ["colour / pattern", "color", "pattern", "colourway"]),
      F("quantity in stock", "decimal", ["qty", "quantity", "stock", "on hand", "qty in stock"], ["integer"]),
      F("unit", "choice", ["unit of measure", "uom"], ["text"], ["Metres", "Rolls", "Boxes"]),
      F("reorder level", "decimal", ["reorder point", "minimum stock", "min level"], ["integer"]),
      F("location", "text", ["shelf location", "shelf", "where stored"])]),
   E("Supplier", ["vendor", "merchant"], [
      F("name", "text", ["supplier name", "company"]),
      F("rep name", "text", ["rep", "contact", "sales rep", "contact name", "rep's name"]),
      F("phone", "phone", ["phone number", "telephone"]),
      F("email", "email", ["email address"]),
      F("website", "url", ["web site", "url", "site"]),
      F("account number", "text", ["account no", "account", "customer number"])])],
  [("Stock item", "Supplier")], "Colour and pattern may be split into two fields.")

C("en", """Hi team,

For the upcoming local elections I'd like one place for our polling station details instead of the spreadsheet. For each station: station number (e.g. PS14), venue name, address, the ward it serves, electorate size, whether it has step-free access, whether there's a hearing loop, key holder name and phone, and who the presiding officer is. For presiding officers and poll clerks we keep name, phone, email, role (Presiding Officer / Poll Clerk), whether they've done the training, and which station they're posted to.

Cheers,
Martin (Electoral Services)""",
  [E("Polling station", ["station", "polling place", "venue"], [
      F("station number", "text", ["number", "station no", "code", "station ID"], ["integer"]),
      F("venue name", "text", ["venue", "name", "building"]),
      F("address", "long_text", ["venue address", "location"], ["text"]),
      F("ward", "text", ["ward served", "polling district", "district", "area"], ["choice", "reference"]),
      F("electorate", "integer", ["electorate size", "number of electors", "voters", "electors"]),
      F("step-free access", "boolean", ["step free", "wheelchair access", "accessible"], ["choice"]),
      F("hearing loop", "boolean", ["induction loop", "loop"], ["choice"]),
      F("key holder name", "text", ["key holder", "keyholder"], ["person"]),
      F("key holder phone", "phone", ["keyholder phone", "key holder number"]),
      F("presiding officer", "person", ["PO", "presiding officer name"], ["text", "reference"])]),
   E("Staff member", ["polling staff", "poll worker", "officer", "staff", "presiding officer"], [
      F("name", "text", ["full name"]),
      F("phone", "phone", ["phone number", "mobile"]),
      F("email", "email", ["email address"]),
      F("role", "choice", ["position", "job"], [], ["Presiding Officer", "Poll Clerk"]),
      F("training done", "boolean", ["trained", "training completed", "training"], ["choice", "date"]),
      F("station", "reference", ["polling station", "posted to", "posting"], target="Polling station")])],
  [("Staff member", "Polling station")], "Presiding officer on the station may be a reference to staff or a person/text field; the link from staff to station is the required one.")

C("en", "we need to recruit and train about 400 poll workers for the general election and honestly its chaos. people sign up (name, email, phone, postcode, have they worked an election before, which days they can do - polling day and/or the count), then we book them onto a training session (sessions have a date, time, venue, trainer and max places), we record whether they attended, and then pay them a fee afterwards - need to know amount and date paid. Some people drop out so a status like applied / trained / appointed / withdrawn would be good.",
  [E("Poll worker", ["applicant", "worker", "volunteer", "staff", "recruit"], [
      F("name", "text", ["full name"]),
      F("email", "email", ["email address"]),
      F("phone", "phone", ["phone number", "mobile"]),
      F("postcode", "text", ["post code", "zip"]),
      F("worked before", "boolean", ["experienced", "previous experience", "worked an election before", "experience"], ["choice"]),
      F("availability", "multi_choice", ["days available", "available for", "days"], ["choice"], ["Polling day", "The count"]),
      F("status", "choice", ["stage", "state"], [], ["Applied", "Trained", "Appointed", "Withdrawn"]),
      F("fee", "money", ["fee amount", "amount", "payment", "amount paid"]),
      F("date paid", "date", ["paid on", "payment date"])]),
   E("Training session", ["session", "training", "course"], [
      F("date", "date", ["session date"], ["datetime"]),
      F("time", "text", ["start time", "starts at"], ["datetime"]),
      F("venue", "text", ["location", "place", "room"]),
      F("trainer", "person", ["trainer name", "led by", "facilitator"], ["text"]),
      F("max places", "integer", ["capacity", "places", "maximum places"])]),
   E("Training booking", ["booking", "attendance", "enrolment", "registration"], [
      F("poll worker", "reference", ["worker", "attendee", "trainee"], target="Poll worker"),
      F("training session", "reference", ["session"], target="Training session"),
      F("attended", "boolean", ["attended?", "present", "attendance"], ["choice"])])],
  [("Training booking", "Poll worker"), ("Training booking", "Training session")],
  "A simpler design with a session reference and 'attended' on the poll worker is also reasonable; the booking kind is what a careful analyst builds.")

C("en", "polling day incident log pls. station, time it happened, who reported it, category (voter ID refused, ballot paper issue, disturbance, accessibility, tellers, other), what happened, was police called y/n, action taken, and resolved y/n. Stations are already in our other list so just name + number is fine",
  [E("Incident", ["incident log", "log entry", "report", "issue"], [
      F("polling station", "reference", ["station"], target="Polling station"),
      F("time", "datetime", ["date and time", "when", "occurred at", "time of incident"]),
      F("reported by", "text", ["reporter", "who reported"], ["person"]),
      F("category", "choice", ["type", "incident type"], [], ["Voter ID refused", "Ballot paper issue", "Disturbance", "Accessibility", "Tellers", "Other"]),
      F("what happened", "long_text", ["description", "details", "summary"], ["text"]),
      F("police called", "boolean", ["police", "police involved", "police called?"], ["choice"]),
      F("action taken", "long_text", ["action", "response", "actions"], ["text"]),
      F("resolved", "boolean", ["resolved?", "closed", "status"], ["choice"])]),
   E("Polling station", ["station", "polling place"], [
      F("name", "text", ["station name", "venue"]),
      F("number", "text", ["station number", "code", "station no"], ["integer"])])],
  [("Incident", "Polling station")])

C("en", """Public stargazing evenings at the observatory - we run them most Fridays in winter. Each evening has a date, start time, a theme (e.g. "Moon & Jupiter"), the volunteer astronomers on duty, max tickets, ticket price, and whether it went ahead or was clouded out. People book tickets online - booking has name, email, number of adults, number of children, amount paid, and we tick them off when they arrive. Would also like to record the weather on the night.""",
  [E("Stargazing evening", ["event", "evening", "session", "night", "observing night"], [
      F("date", "date", ["event date", "night"], ["datetime"]),
      F("start time", "text", ["starts at", "time"], ["datetime"]),
      F("theme", "text", ["title", "topic", "name"]),
      F("volunteers", "text", ["volunteer astronomers", "astronomers on duty", "on duty", "staff"], ["long_text", "person", "multi_choice"]),
      F("max tickets", "integer", ["capacity", "tickets available", "places"]),
      F("ticket price", "money", ["price", "cost"]),
      F("outcome", "choice", ["status", "went ahead", "clouded out", "result"], ["boolean"], ["Went ahead", "Clouded out"]),
      F("weather", "text", ["weather on the night", "sky conditions", "conditions"], ["long_text", "choice"])]),
   E("Booking", ["ticket booking", "ticket", "reservation"], [
      F("evening", "reference", ["event", "stargazing evening", "night", "session"], target="Stargazing evening"),
      F("name", "text", ["customer name", "booked by", "full name"]),
      F("email", "email", ["email address"]),
      F("adults", "integer", ["number of adults", "adult tickets"]),
      F("children", "integer", ["number of children", "child tickets", "kids"]),
      F("amount paid", "money", ["paid", "total", "amount"]),
      F("arrived", "boolean", ["checked in", "attended", "present"], ["choice"])])],
  [("Booking", "Stargazing evening")])

# ---------------- French (8) ----------------
C("fr", "Registre des apports des professionnels à la déchèterie : date, entreprise (raison sociale, SIRET, contact), immatriculation du véhicule, type de déchet (gravats, bois, déchets verts, métaux, encombrants, DEEE), volume en m3, et si c'est facturé ou pas. Chaque entreprise a un badge d'accès avec un numéro.",
  [E("Entreprise", ["professionnel", "client", "company", "société"], [
      F("raison sociale", "text", ["nom", "nom de l'entreprise", "company name", "name"]),
      F("SIRET", "text", ["numéro SIRET", "siret number"]),
      F("contact", "text", ["nom du contact", "interlocuteur", "contact name"], ["person"]),
      F("numéro de badge", "text", ["badge", "badge d'accès", "badge number", "n° badge"], ["integer"]),
      F("téléphone", "phone", ["tél", "phone"], opt=True)]),
   E("Apport", ["dépôt", "passage", "visite", "drop-off", "entrée"], [
      F("date", "date", ["date de l'apport", "jour"], ["datetime"]),
      F("entreprise", "reference", ["professionnel", "client", "société"], target="Entreprise"),
      F("immatriculation", "text", ["plaque", "immatriculation du véhicule", "véhicule", "registration"]),
      F("type de déchet", "choice", ["déchet", "catégorie", "flux", "waste type"], ["multi_choice"], ["Gravats", "Bois", "Déchets verts", "Métaux", "Encombrants", "DEEE"]),
      F("volume", "decimal", ["volume en m3", "m3", "volume (m3)", "quantité"], ["integer"]),
      F("facturé", "boolean", ["facturation", "à facturer", "billed", "facturé ?"], ["choice"])])],
  [("Apport", "Entreprise")])

C("fr", """Bonjour,
on est une casse auto et on voudrait enfin un vrai suivi des pièces détachées qu'on démonte pour la revente. Pour chaque véhicule qui arrive : marque, modele, annee, immatriculation, kilometrage, date d'entree. Pour chaque piece : le vehicule d'ou elle vient, designation (ex: alternateur, portiere AV gauche...), reference constructeur, etat (comme neuf, bon, usé, pour pièces), prix de vente, emplacement dans l'entrepot, et si elle est vendue. Des photos ce serait top aussi.
Merci d'avance""",
  [E("Véhicule", ["voiture", "vehicle", "épave", "VHU"], [
      F("marque", "text", ["make", "brand", "constructeur"]),
      F("modèle", "text", ["model", "modele"]),
      F("année", "integer", ["annee", "year", "année de fabrication", "millésime"], ["text", "date"]),
      F("immatriculation", "text", ["plaque", "registration", "immat"]),
      F("kilométrage", "integer", ["kilometrage", "km", "mileage", "compteur"], ["decimal"]),
      F("date d'entrée", "date", ["date d'entree", "entrée", "date d'arrivée", "arrival date"], ["datetime"])]),
   E("Pièce", ["piece", "pièce détachée", "part", "spare part"], [
      F("véhicule", "reference", ["vehicule", "véhicule d'origine", "voiture", "vehicle"], target="Véhicule"),
      F("désignation", "text", ["designation", "nom", "description", "name"]),
      F("référence constructeur", "text", ["reference constructeur", "référence", "ref", "OEM reference", "part number"]),
      F("état", "choice", ["etat", "condition", "state"], [], ["Comme neuf", "Bon", "Usé", "Pour pièces"]),
      F("prix de vente", "money", ["prix", "price", "sale price", "tarif"]),
      F("emplacement", "text", ["emplacement dans l'entrepôt", "location", "rayon", "localisation"]),
      F("vendue", "boolean", ["vendu", "sold", "vendue ?", "statut"], ["choice"]),
      F("photos", "file", ["photo", "images", "pictures"])])],
  [("Pièce", "Véhicule")])

C("fr", "soutien scolaire : je veux gérer le planning des cours particuliers. les profs (nom, matieres, tel, email, tarif horaire), les eleves (nom, classe de la 6e a la terminale, nom et tel du parent), et les cours : quel prof, quel eleve, matiere, date + heure, duree, a domicile ou en visio, et si le cours a ete paye",
  [E("Professeur", ["prof", "enseignant", "tuteur", "tutor", "teacher"], [
      F("nom", "text", ["name", "nom complet"]),
      F("matières", "multi_choice", ["matieres", "matière", "subjects", "disciplines"], ["text"], []),
      F("téléphone", "phone", ["tel", "tél", "phone", "portable"]),
      F("email", "email", ["e-mail", "mail", "courriel"]),
      F("tarif horaire", "money", ["tarif", "taux horaire", "hourly rate", "prix de l'heure"])]),
   E("Élève", ["eleve", "étudiant", "student", "pupil", "enfant"], [
      F("nom", "text", ["name", "nom de l'élève"]),
      F("classe", "choice", ["niveau", "grade", "year"], ["text"], ["6e", "5e", "4e", "3e", "Seconde", "Première", "Terminale"]),
      F("nom du parent", "text", ["parent", "responsable", "parent name"]),
      F("téléphone du parent", "phone", ["tel parent", "tél parent", "parent phone", "téléphone"])]),
   E("Cours", ["séance", "leçon", "lesson", "session", "cours particulier"], [
      F("professeur", "reference", ["prof", "enseignant"], target="Professeur"),
      F("élève", "reference", ["eleve", "étudiant"], target="Élève"),
      F("matière", "text", ["matiere", "subject"], ["choice"]),
      F("date et heure", "datetime", ["date", "heure", "date + heure", "début"]),
      F("durée", "decimal", ["duree", "durée (h)", "duration", "durée en minutes"], ["integer"]),
      F("lieu", "choice", ["à domicile ou en visio", "modalité", "format", "mode"], ["boolean"], ["À domicile", "En visio"]),
      F("payé", "boolean", ["paye", "paid", "réglé", "payé ?"], ["choice"])])],
  [("Cours", "Professeur"), ("Cours", "Élève")], "Subject options are not listed; an open multi-choice or text is fine.")

C("fr", """Pour le planétarium il nous faut :
- les séances (titre du spectacle, date, heure, langue : français/anglais, nombre de places, animateur)
- les réservations de groupes : nom du groupe, type (scolaire, centre de loisirs, CE, autre), responsable, email, téléphone, séance choisie, nombre de personnes, tarif appliqué, et si la facture a été envoyée""",
  [E("Séance", ["seance", "représentation", "spectacle", "show", "projection"], [
      F("titre", "text", ["titre du spectacle", "spectacle", "title", "nom"]),
      F("date", "date", ["jour"], ["datetime"]),
      F("heure", "text", ["horaire", "time", "heure de début"], ["datetime"]),
      F("langue", "choice", ["language", "version"], [], ["Français", "Anglais"]),
      F("nombre de places", "integer", ["places", "capacité", "jauge", "capacity"]),
      F("animateur", "person", ["médiateur", "présentateur", "host"], ["text"])]),
   E("Réservation", ["reservation", "réservation de groupe", "booking", "groupe"], [
      F("nom du groupe", "text", ["groupe", "nom", "group name"]),
      F("type", "choice", ["type de groupe", "catégorie", "group type"], [], ["Scolaire", "Centre de loisirs", "CE", "Autre"]),
      F("responsable", "text", ["contact", "accompagnateur", "nom du responsable"], ["person"]),
      F("email", "email", ["e-mail", "courriel", "mail"]),
      F("téléphone", "phone", ["tél", "tel", "phone"]),
      F("séance", "reference", ["séance choisie", "spectacle", "show"], target="Séance"),
      F("nombre de personnes", "integer", ["effectif", "participants", "nombre", "headcount"]),
      F("tarif appliqué", "money", ["tarif", "prix", "montant", "price"], ["choice"]),
      F("facture envoyée", "boolean", ["facture", "facturé", "invoice sent"], ["choice", "date"])])],
  [("Réservation", "Séance")])

C("fr", "Je suis tapissier décorateur, je cherche un outil simple pour mes devis : client (nom, adresse, tel), le siège ou l'ouvrage (fauteuil Louis XV, bergère, canapé, chaise, tête de lit, rideaux...), la technique (traditionnelle ou mousse), le tissu (fourni par le client ou par moi), métrage, montant main d'oeuvre, montant fournitures, total TTC, date du devis, et s'il est accepté, refusé ou en attente. Une photo de l'ouvrage aussi svp",
  [E("Client", ["customer"], [
      F("nom", "text", ["name", "nom du client"]),
      F("adresse", "long_text", ["address", "adresse postale"], ["text"]),
      F("téléphone", "phone", ["tel", "tél", "phone", "portable"])]),
   E("Devis", ["quote", "estimation", "chiffrage", "ouvrage"], [
      F("client", "reference", ["customer"], target="Client"),
      F("ouvrage", "choice", ["siège", "meuble", "type d'ouvrage", "item", "pièce"], ["text"], ["Fauteuil Louis XV", "Bergère", "Canapé", "Chaise", "Tête de lit", "Rideaux"]),
      F("technique", "choice", ["garnissage", "méthode", "technique de garnissage"], [], ["Traditionnelle", "Mousse"]),
      F("tissu fourni par", "choice", ["tissu", "fourniture du tissu", "tissu client", "fabric supplied by"], ["boolean"], ["Client", "Tapissier"]),
      F("métrage", "decimal", ["metrage", "mètres", "quantité de tissu", "metres"]),
      F("main d'oeuvre", "money", ["montant main d'oeuvre", "main d'œuvre", "labour"]),
      F("fournitures", "money", ["montant fournitures", "matériaux", "materials"]),
      F("total TTC", "money", ["total", "montant total", "prix TTC"]),
      F("date du devis", "date", ["date", "quote date"]),
      F("statut", "choice", ["état", "status", "décision"], [], ["Accepté", "Refusé", "En attente"]),
      F("photo", "file", ["photo de l'ouvrage", "image", "picture"])])],
  [("Devis", "Client")], "The options list may end with an 'Autre'; the named items are what counts.")

C("fr", """Bonjour à tous, pour les élections municipales la mairie doit composer les bureaux de vote. Il faut : la liste des bureaux (numéro, nom du lieu, adresse, président du bureau), les assesseurs et délégués (nom, prénom, téléphone, liste ou parti qui les propose, rôle : assesseur titulaire, assesseur suppléant, délégué, secrétaire) et leur créneau de présence le jour du scrutin (8h-11h, 11h-14h, 14h-17h, 17h-clôture, dépouillement). Un assesseur peut faire plusieurs créneaux.""",
  [E("Bureau de vote", ["bureau", "polling station", "lieu de vote"], [
      F("numéro", "text", ["numero", "n°", "numéro du bureau", "number"], ["integer"]),
      F("nom du lieu", "text", ["lieu", "nom", "salle", "venue"]),
      F("adresse", "long_text", ["address"], ["text"]),
      F("président", "text", ["président du bureau", "presiding officer"], ["person", "reference"])]),
   E("Membre", ["assesseur", "membre du bureau", "délégué", "personne", "member"], [
      F("nom", "text", ["nom de famille", "last name", "name"]),
      F("prénom", "text", ["prenom", "first name"]),
      F("téléphone", "phone", ["tél", "tel", "phone"]),
      F("liste", "text", ["parti", "liste ou parti", "party", "proposé par"], ["choice"]),
      F("rôle", "choice", ["role", "fonction", "qualité"], [], ["Assesseur titulaire", "Assesseur suppléant", "Délégué", "Secrétaire"]),
      F("bureau de vote", "reference", ["bureau", "affectation"], target="Bureau de vote"),
      F("créneaux", "multi_choice", ["creneaux", "créneau", "créneaux de présence", "horaires", "slots"], [], ["8h-11h", "11h-14h", "14h-17h", "17h-clôture", "Dépouillement"])])],
  [("Membre", "Bureau de vote")], "Slots may also be a separate 'Présence' kind linking member and slot; a multi-choice on the member is the simplest correct design.")

C("fr", "journal d'observation de l'observatoire : chaque nuit on note la date, l'observateur, la météo (clair, voilé, nuageux, couvert), le seeing en secondes d'arc, la température, l'instrument utilisé, les objets observés et les remarques. Les fichiers d'images on les met en pièce jointe.",
  [E("Observation", ["nuit", "nuit d'observation", "entrée", "session", "log entry", "journal"], [
      F("date", "date", ["nuit", "date de la nuit"], ["datetime"]),
      F("observateur", "person", ["observer", "astronome", "qui"], ["text"]),
      F("météo", "choice", ["meteo", "conditions", "ciel", "weather"], [], ["Clair", "Voilé", "Nuageux", "Couvert"]),
      F("seeing", "decimal", ["seeing (arcsec)", "seeing en secondes d'arc", "turbulence"]),
      F("température", "decimal", ["temperature", "temp", "température (°C)"], ["integer"]),
      F("instrument", "text", ["instrument utilisé", "télescope", "telescope"], ["choice", "reference"]),
      F("objets observés", "long_text", ["objets", "cibles", "targets", "objects"], ["text"]),
      F("remarques", "long_text", ["notes", "commentaires", "observations"], ["text"]),
      F("images", "file", ["fichiers", "fichiers d'images", "pièce jointe", "photos"])])],
  [])

C("fr", "Procurations pour le scrutin : je dois enregistrer le mandant (nom, prénom, date de naissance, bureau de vote), le mandataire (nom, prénom, date de naissance), la date d'établissement, l'autorité qui l'a établie (commissariat, gendarmerie, tribunal, en ligne via Maprocuration), la validité (pour un scrutin ou durée limitée avec date de fin) et si elle a été annulée.",
  [E("Procuration", ["proxy", "procuration de vote", "mandat"], [
      F("mandant", "reference", ["électeur", "donneur", "voter"], ["text"], target="Électeur"),
      F("mandataire", "reference", ["proxy holder", "bénéficiaire"], ["text"], target="Électeur"),
      F("date d'établissement", "date", ["date", "établie le", "date de la procuration"]),
      F("autorité", "choice", ["établie par", "autorité habilitée", "lieu d'établissement", "authority"], [], ["Commissariat", "Gendarmerie", "Tribunal", "En ligne (Maprocuration)"]),
      F("validité", "choice", ["type de validité", "durée", "validity"], [], ["Un scrutin", "Durée limitée"]),
      F("date de fin", "date", ["fin de validité", "valable jusqu'au", "end date"]),
      F("annulée", "boolean", ["annulee", "résiliée", "cancelled", "annulation"], ["choice"])]),
   E("Électeur", ["electeur", "personne", "voter", "mandant", "mandataire"], [
      F("nom", "text", ["last name", "name"]),
      F("prénom", "text", ["prenom", "first name"]),
      F("date de naissance", "date", ["naissance", "birth date", "né le"]),
      F("bureau de vote", "text", ["bureau", "polling station"], ["reference", "choice", "integer"])])],
  [("Procuration", "Électeur")],
  "Two persons (mandant, mandataire) with the same details; an Électeur kind referenced twice is the analyst's design. Flattening both into the procuration would also be reasonable but misses the link.")

# ---------------- Spanish (8) ----------------
C("es", "Chatarrería: compras de chatarra a particulares. Por ley tenemos que guardar el DNI del vendedor (nombre, DNI, dirección, copia del DNI escaneada), y de cada compra: fecha, vendedor, tipo de material (cobre, latón, aluminio, hierro, acero inoxidable, plomo, baterías), kilos, precio por kilo, importe total y matrícula del vehículo con el que vino.",
  [E("Vendedor", ["cliente", "particular", "proveedor", "seller"], [
      F("nombre", "text", ["nombre completo", "name"]),
      F("DNI", "text", ["número de DNI", "NIF", "documento"]),
      F("dirección", "long_text", ["direccion", "domicilio", "address"], ["text"]),
      F("copia del DNI", "file", ["DNI escaneado", "escaneo DNI", "foto DNI", "copia"])]),
   E("Compra", ["operación", "entrada", "purchase", "ticket"], [
      F("fecha", "date", ["fecha de compra", "date"], ["datetime"]),
      F("vendedor", "reference", ["cliente", "particular"], target="Vendedor"),
      F("material", "choice", ["tipo de material", "tipo", "metal"], [], ["Cobre", "Latón", "Aluminio", "Hierro", "Acero inoxidable", "Plomo", "Baterías"]),
      F("kilos", "decimal", ["kg", "peso", "cantidad"], ["integer"]),
      F("precio por kilo", "money", ["precio/kg", "precio", "precio unitario"], ["decimal"]),
      F("importe total", "money", ["total", "importe", "amount"]),
      F("matrícula", "text", ["matricula", "matrícula del vehículo", "vehículo", "plate"])])],
  [("Compra", "Vendedor")])

C("es", """Hola! Desde el punto limpio del ayuntamiento hacemos recogida de muebles y voluminosos a domicilio. Queremos registrar las solicitudes de los vecinos: nombre, teléfono, direccion, que objetos son (sofá, colchón, armario, electrodoméstico, otros), cuantos bultos, fecha de recogida asignada, el camion/ruta que va, y si se recogió o no. Las rutas tienen nombre, conductor y dia de la semana.""",
  [E("Solicitud", ["solicitud de recogida", "recogida", "petición", "request", "aviso"], [
      F("nombre", "text", ["vecino", "solicitante", "nombre del vecino", "name"]),
      F("teléfono", "phone", ["telefono", "tel", "móvil", "phone"]),
      F("dirección", "long_text", ["direccion", "domicilio", "address"], ["text"]),
      F("objetos", "multi_choice", ["que objetos", "tipo de objeto", "enseres", "items"], ["choice"], ["Sofá", "Colchón", "Armario", "Electrodoméstico", "Otros"]),
      F("número de bultos", "integer", ["bultos", "cuantos bultos", "cantidad", "piezas"]),
      F("fecha de recogida", "date", ["fecha asignada", "fecha", "día de recogida"], ["datetime"]),
      F("ruta", "reference", ["camión", "camion", "camión/ruta"], target="Ruta"),
      F("recogido", "boolean", ["recogida realizada", "se recogió", "estado", "hecho"], ["choice"])]),
   E("Ruta", ["camión", "route", "recorrido"], [
      F("nombre", "text", ["nombre de la ruta", "name"]),
      F("conductor", "person", ["chófer", "driver"], ["text"]),
      F("día de la semana", "choice", ["dia", "día", "weekday"], ["text"], ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado"])])],
  [("Solicitud", "Ruta")], "Weekday options are implicit; any weekday list is fine.")

C("es", "academia de clases de refuerzo. necesito llevar las matriculas: alumno (nombre, curso, colegio, nombre y telefono de la madre/padre, email), asignaturas (matematicas, lengua, ingles, fisica y quimica...) con precio mensual, y la matricula de cada alumno en cada asignatura con fecha de alta, fecha de baja y si paga por domiciliacion o en efectivo",
  [E("Alumno", ["estudiante", "student", "niño"], [
      F("nombre", "text", ["nombre completo", "name"]),
      F("curso", "text", ["nivel", "año", "grade"], ["choice"]),
      F("colegio", "text", ["centro", "escuela", "instituto", "school"]),
      F("nombre del tutor", "text", ["madre/padre", "padre", "madre", "tutor legal", "nombre de la madre/padre", "parent"]),
      F("teléfono del tutor", "phone", ["telefono", "teléfono", "teléfono de la madre/padre", "phone"]),
      F("email", "email", ["correo", "correo electrónico", "e-mail"])]),
   E("Asignatura", ["materia", "subject", "clase"], [
      F("nombre", "text", ["asignatura", "name"], ["choice"]),
      F("precio mensual", "money", ["precio", "cuota", "mensualidad", "monthly price"])]),
   E("Matrícula", ["matricula", "inscripción", "enrolment", "alta"], [
      F("alumno", "reference", ["estudiante"], target="Alumno"),
      F("asignatura", "reference", ["materia"], target="Asignatura"),
      F("fecha de alta", "date", ["alta", "fecha de inicio", "start date"]),
      F("fecha de baja", "date", ["baja", "fecha de fin", "end date"]),
      F("forma de pago", "choice", ["pago", "método de pago", "payment method"], [], ["Domiciliación", "Efectivo"])])],
  [("Matrícula", "Alumno"), ("Matrícula", "Asignatura")])

C("es", "Control de asistencia en la academia: grupos (nombre, profe, aula, horario), alumnos del grupo, y cada dia de clase pasar lista: presente, falta justificada, falta sin justificar, retraso. Si un alumno acumula 3 faltas sin justificar avisar a los padres por email.",
  [E("Grupo", ["clase", "group", "curso"], [
      F("nombre", "text", ["nombre del grupo", "name"]),
      F("profesor", "person", ["profe", "docente", "teacher"], ["text"]),
      F("aula", "text", ["sala", "room", "clase"]),
      F("horario", "text", ["horas", "schedule", "días y horas"], ["long_text"])]),
   E("Alumno", ["estudiante", "student"], [
      F("nombre", "text", ["nombre completo", "name"]),
      F("grupo", "reference", ["clase"], target="Grupo"),
      F("email de los padres", "email", ["email", "correo", "correo de los padres", "parent email"])]),
   E("Asistencia", ["falta", "registro de asistencia", "lista", "attendance"], [
      F("alumno", "reference", ["estudiante"], target="Alumno"),
      F("fecha", "date", ["día", "dia de clase", "date"], ["datetime"]),
      F("estado", "choice", ["asistencia", "tipo", "status"], [], ["Presente", "Falta justificada", "Falta sin justificar", "Retraso"])])],
  [("Alumno", "Grupo"), ("Asistencia", "Alumno")], "Email the parents after 3 unjustified absences (needs a parent email on the student).")

C("es", """Buenas,
en el observatorio hacemos visitas guiadas nocturnas y diurnas (observación solar). Quiero organizar:
1. Visitas: fecha, hora, tipo (nocturna / solar / planetario), guía asignado, aforo máximo, idioma
2. Reservas: visita, nombre de quien reserva, email, telefono, nº de adultos, nº de niños, importe, pagado sí/no, y si necesitan acceso para silla de ruedas
3. Si se cancela por mal tiempo hay que marcar la visita como cancelada y el motivo
Gracias""",
  [E("Visita", ["visita guiada", "sesión", "tour", "actividad"], [
      F("fecha", "date", ["día", "date"], ["datetime"]),
      F("hora", "text", ["hora de inicio", "horario", "time"], ["datetime"]),
      F("tipo", "choice", ["tipo de visita", "type"], [], ["Nocturna", "Solar", "Planetario"]),
      F("guía", "person", ["guia", "guía asignado", "guide"], ["text"]),
      F("aforo máximo", "integer", ["aforo", "plazas", "capacidad", "capacity"]),
      F("idioma", "choice", ["lengua", "language"], ["text"], []),
      F("cancelada", "boolean", ["estado", "cancelación", "cancelled"], ["choice"]),
      F("motivo de cancelación", "long_text", ["motivo", "razón", "reason"], ["text"])]),
   E("Reserva", ["booking", "reservación", "entrada"], [
      F("visita", "reference", ["tour", "sesión"], target="Visita"),
      F("nombre", "text", ["nombre de quien reserva", "titular", "cliente", "name"]),
      F("email", "email", ["correo", "e-mail"]),
      F("teléfono", "phone", ["telefono", "tel", "phone"]),
      F("número de adultos", "integer", ["adultos", "nº de adultos"]),
      F("número de niños", "integer", ["niños", "nº de niños", "menores"]),
      F("importe", "money", ["precio", "total", "amount"]),
      F("pagado", "boolean", ["pago", "pagado sí/no", "paid"], ["choice"]),
      F("silla de ruedas", "boolean", ["acceso silla de ruedas", "accesibilidad", "movilidad reducida", "wheelchair"], ["choice"])])],
  [("Reserva", "Visita")], "Language options are not named; any list or text is fine.")

C("es", "somos una tapiceria, queremos apuntar los encargos: cliente con su telefono, el mueble (sofa, sillon, sillas, cabecero, banqueta, asiento de coche/moto), si es tapizado completo o solo cambio de tela o reparacion, tela elegida y metros, presupuesto, señal pagada, fecha de entrega prevista y estado (pendiente, en taller, terminado, entregado). Tb los materiales que gastamos en cada encargo (espuma, tela, muelles, cinchas) con cantidad y coste, para saber el margen",
  [E("Encargo", ["pedido", "trabajo", "orden", "order", "job"], [
      F("cliente", "text", ["nombre del cliente", "customer"], ["reference"]),
      F("teléfono", "phone", ["telefono", "teléfono del cliente", "phone"]),
      F("mueble", "choice", ["tipo de mueble", "pieza", "item"], [], ["Sofá", "Sillón", "Sillas", "Cabecero", "Banqueta", "Asiento de coche/moto"]),
      F("tipo de trabajo", "choice", ["trabajo", "servicio", "tipo"], [], ["Tapizado completo", "Cambio de tela", "Reparación"]),
      F("tela", "text", ["tela elegida", "tejido", "fabric"], ["reference"]),
      F("metros", "decimal", ["metros de tela", "metraje", "metres"]),
      F("presupuesto", "money", ["precio", "importe", "quote"]),
      F("señal", "money", ["señal pagada", "anticipo", "deposit"], ["boolean"]),
      F("fecha de entrega", "date", ["fecha de entrega prevista", "entrega", "due date"]),
      F("estado", "choice", ["status", "situación"], [], ["Pendiente", "En taller", "Terminado", "Entregado"])]),
   E("Material usado", ["material", "consumo", "gasto de material", "materials used"], [
      F("encargo", "reference", ["pedido", "trabajo"], target="Encargo"),
      F("material", "choice", ["tipo de material", "tipo"], ["text"], ["Espuma", "Tela", "Muelles", "Cinchas"]),
      F("cantidad", "decimal", ["cantidad usada", "quantity"], ["integer"]),
      F("coste", "money", ["costo", "precio", "cost"])])],
  [("Material usado", "Encargo")], "A Cliente kind with a link is also fine.")

C("es", "Para las elecciones generales necesitamos controlar los miembros de las mesas electorales: colegio electoral (nombre, dirección, distrito, sección), mesas (letra A/B/C, colegio), y miembros: nombre, DNI, cargo (presidente, vocal 1º, vocal 2º, suplente), mesa asignada, si han recibido la notificación, si han presentado excusa y si se ha aceptado",
  [E("Colegio electoral", ["colegio", "local electoral", "polling place", "centro de votación"], [
      F("nombre", "text", ["name"]),
      F("dirección", "long_text", ["direccion", "address"], ["text"]),
      F("distrito", "text", ["district"], ["integer"]),
      F("sección", "text", ["seccion", "section"], ["integer"])]),
   E("Mesa", ["mesa electoral", "polling table"], [
      F("letra", "choice", ["mesa", "identificador", "letter"], ["text"], ["A", "B", "C"]),
      F("colegio electoral", "reference", ["colegio", "local"], target="Colegio electoral")]),
   E("Miembro", ["miembro de mesa", "persona", "member"], [
      F("nombre", "text", ["nombre completo", "name"]),
      F("DNI", "text", ["NIF", "documento"]),
      F("cargo", "choice", ["rol", "puesto", "role"], [], ["Presidente", "Vocal 1º", "Vocal 2º", "Suplente"]),
      F("mesa", "reference", ["mesa asignada"], target="Mesa"),
      F("notificado", "boolean", ["notificación recibida", "ha recibido la notificación", "notificación"], ["choice", "date"]),
      F("excusa presentada", "boolean", ["excusa", "ha presentado excusa", "alegación"], ["choice"]),
      F("excusa aceptada", "boolean", ["aceptada", "excusa admitida", "resolución"], ["choice"])])],
  [("Mesa", "Colegio electoral"), ("Miembro", "Mesa")])

C("es", "registro de incidencias en colegios electorales el dia de votacion: hora, colegio, mesa, tipo (falta de papeletas, urna, censo, apoderados, orden público, accesibilidad), descripción, quién la comunica, gravedad (leve, media, grave) y si se ha resuelto. Adjuntar fotos o el acta si hay.",
  [E("Incidencia", ["incidente", "incidence", "registro", "parte"], [
      F("hora", "datetime", ["fecha y hora", "momento", "time"], ["text"]),
      F("colegio", "text", ["colegio electoral", "local"], ["reference", "choice"]),
      F("mesa", "text", ["mesa electoral"], ["choice", "reference"]),
      F("tipo", "choice", ["categoría", "tipo de incidencia", "type"], [], ["Falta de papeletas", "Urna", "Censo", "Apoderados", "Orden público", "Accesibilidad"]),
      F("descripción", "long_text", ["descripcion", "detalle", "description"], ["text"]),
      F("comunicada por", "text", ["quién la comunica", "informante", "reported by"], ["person"]),
      F("gravedad", "choice", ["severidad", "nivel", "severity"], [], ["Leve", "Media", "Grave"]),
      F("resuelta", "boolean", ["resuelto", "estado", "resolved"], ["choice"]),
      F("adjuntos", "file", ["fotos", "acta", "adjunto", "documentos"])])],
  [], "A Colegio kind with a link would also be a good design.")

# ---------------- German (8) ----------------
C("de", """Hallo zusammen,
auf unserem Wertstoffhof stehen ca. 30 Container (Altholz A1-A3, Altholz A4, Grünschnitt, Bauschutt, Sperrmüll, Schrott, Elektro). Ich möchte nachhalten, wann welcher Container geleert/abgeholt wurde: Datum, Container, Entsorger (Firma), Gewicht laut Wiegeschein in Tonnen, Wiegeschein als PDF, Kosten. Die Container haben eine Nummer, Fraktion, Größe in m³ und einen Standplatz. Entsorger: Name, Ansprechpartner, Telefon, Vertragsnummer.
Danke!""",
  [E("Container", ["Behälter", "Mulde", "bin"], [
      F("Nummer", "text", ["Container-Nr", "Nr", "Containernummer", "number"], ["integer"]),
      F("Fraktion", "choice", ["Abfallart", "Material", "Sorte", "waste type"], [], ["Altholz A1-A3", "Altholz A4", "Grünschnitt", "Bauschutt", "Sperrmüll", "Schrott", "Elektro"]),
      F("Größe", "decimal", ["Größe in m³", "Volumen", "m³", "size"], ["integer", "choice"]),
      F("Standplatz", "text", ["Stellplatz", "Standort", "Platz", "location"])]),
   E("Leerung", ["Abholung", "Containerleerung", "Entleerung", "collection", "emptying"], [
      F("Datum", "date", ["Leerungsdatum", "Abholdatum", "date"], ["datetime"]),
      F("Container", "reference", ["Behälter"], target="Container"),
      F("Entsorger", "reference", ["Firma", "Entsorgungsfirma", "Abholer"], target="Entsorger"),
      F("Gewicht", "decimal", ["Gewicht in Tonnen", "Tonnen", "Menge", "weight"]),
      F("Wiegeschein", "file", ["Wiegeschein PDF", "Beleg", "Wiegenote"]),
      F("Kosten", "money", ["Betrag", "Preis", "cost"])]),
   E("Entsorger", ["Entsorgungsfirma", "Firma", "Entsorgungsunternehmen", "contractor"], [
      F("Name", "text", ["Firmenname", "Firma"]),
      F("Ansprechpartner", "text", ["Kontakt", "Kontaktperson", "contact"]),
      F("Telefon", "phone", ["Telefonnummer", "Tel", "phone"]),
      F("Vertragsnummer", "text", ["Vertrags-Nr", "Vertrag", "contract number"])])],
  [("Leerung", "Container"), ("Leerung", "Entsorger")])

C("de", "Altfahrzeugannahme Schrottplatz: Fahrzeug (FIN, Kennzeichen, Hersteller, Modell, Erstzulassung), Letzthalter (Name, Anschrift, Ausweisnummer), Annahmedatum, Verwertungsnachweis ausgestellt ja/nein + Nummer, Fahrzeugbrief (ZB II) erhalten ja/nein, Betriebsflüssigkeiten abgelassen am, Ankaufpreis",
  [E("Altfahrzeug", ["Fahrzeug", "Auto", "Annahme", "Altfahrzeugannahme", "vehicle"], [
      F("FIN", "text", ["Fahrgestellnummer", "Fahrzeug-Identifizierungsnummer", "VIN"]),
      F("Kennzeichen", "text", ["amtliches Kennzeichen", "Nummernschild", "plate"]),
      F("Hersteller", "text", ["Marke", "make"]),
      F("Modell", "text", ["Typ", "model"]),
      F("Erstzulassung", "date", ["EZ", "Datum der Erstzulassung", "first registration"], ["integer", "text"]),
      F("Letzthalter", "reference", ["Halter", "Verkäufer", "Kunde", "Eigentümer"], target="Halter"),
      F("Annahmedatum", "date", ["Datum", "angenommen am", "Eingang"], ["datetime"]),
      F("Verwertungsnachweis ausgestellt", "boolean", ["Verwertungsnachweis", "VWN ausgestellt", "Nachweis"], ["choice"]),
      F("Verwertungsnachweis-Nummer", "text", ["Nachweisnummer", "VWN-Nr", "Nummer Verwertungsnachweis"]),
      F("Fahrzeugbrief erhalten", "boolean", ["ZB II erhalten", "Zulassungsbescheinigung Teil II", "Fahrzeugbrief", "Brief"], ["choice"]),
      F("Betriebsflüssigkeiten abgelassen am", "date", ["Trockenlegung", "Flüssigkeiten abgelassen", "trockengelegt am"], ["datetime"]),
      F("Ankaufpreis", "money", ["Preis", "Ankaufsbetrag", "bezahlt", "price"])]),
   E("Halter", ["Letzthalter", "Kunde", "Verkäufer", "Eigentümer", "owner"], [
      F("Name", "text", ["Vollständiger Name"]),
      F("Anschrift", "long_text", ["Adresse", "address"], ["text"]),
      F("Ausweisnummer", "text", ["Personalausweisnummer", "Ausweis-Nr", "ID number"])])],
  [("Altfahrzeug", "Halter")], "Flattening the last owner into the vehicle would also be acceptable to many; the analyst separates them.")

C("de", """Wir sind ein kleines Nachhilfeinstitut und brauchen eine Übersicht:
- Lehrkräfte: Name, Fächer, Stundensatz (was wir ihnen zahlen), Steuer-ID, IBAN
- Schüler: Name, Klasse, Schule, Eltern (Name, Telefon, E-Mail), gebuchtes Paket (4er, 8er, 12er Karte)
- Stunden: Datum, Lehrkraft, Schüler, Fach, Dauer (45 oder 90 min), Einzel- oder Gruppenunterricht, Thema der Stunde
Monatsende: Abrechnung der Lehrkräfte = Summe ihrer Stunden""",
  [E("Lehrkraft", ["Lehrer", "Nachhilfelehrer", "Tutor", "teacher"], [
      F("Name", "text", ["Vollständiger Name"]),
      F("Fächer", "multi_choice", ["Fach", "Unterrichtsfächer", "subjects"], ["text"], []),
      F("Stundensatz", "money", ["Honorar", "Vergütung pro Stunde", "hourly rate"]),
      F("Steuer-ID", "text", ["Steueridentifikationsnummer", "Steuernummer", "tax id"]),
      F("IBAN", "text", ["Bankverbindung", "Konto"])]),
   E("Schüler", ["Schülerin", "Kind", "student"], [
      F("Name", "text", ["Vollständiger Name"]),
      F("Klasse", "text", ["Klassenstufe", "Jahrgang", "grade"], ["choice", "integer"]),
      F("Schule", "text", ["Schulname", "school"]),
      F("Name der Eltern", "text", ["Eltern", "Elternteil", "Erziehungsberechtigte", "parent name"]),
      F("Telefon der Eltern", "phone", ["Telefon", "Eltern Telefon", "parent phone"]),
      F("E-Mail der Eltern", "email", ["E-Mail", "Eltern E-Mail", "parent email"]),
      F("Paket", "choice", ["gebuchtes Paket", "Karte", "Stundenpaket", "package"], [], ["4er-Karte", "8er-Karte", "12er-Karte"])]),
   E("Stunde", ["Nachhilfestunde", "Unterrichtsstunde", "Termin", "lesson"], [
      F("Datum", "date", ["Termin", "date"], ["datetime"]),
      F("Lehrkraft", "reference", ["Lehrer", "Tutor"], target="Lehrkraft"),
      F("Schüler", "reference", ["Schülerin"], target="Schüler"),
      F("Fach", "text", ["Unterrichtsfach", "subject"], ["choice"]),
      F("Dauer", "choice", ["Länge", "Minuten", "duration"], ["integer"], ["45 min", "90 min"]),
      F("Unterrichtsform", "choice", ["Einzel oder Gruppe", "Art", "Form", "Einzel-/Gruppenunterricht"], ["boolean"], ["Einzelunterricht", "Gruppenunterricht"]),
      F("Thema", "text", ["Thema der Stunde", "Inhalt", "topic"], ["long_text"])])],
  [("Stunde", "Lehrkraft"), ("Stunde", "Schüler")], "Monthly teacher payroll = sum of their lessons (a report, no extra kind required).")

C("de", "Führungen in der Volkssternwarte: Termin (Datum, Uhrzeit), Art der Führung (öffentlich, Gruppe, Kindergeburtstag, Schulklasse), Führender aus dem Verein, max. Teilnehmer, und die Anmeldungen dazu mit Name, E-Mail, Anzahl Personen, bezahlt ja/nein. Mitglieder haben freien Eintritt, also auch vermerken ob Vereinsmitglied.",
  [E("Führung", ["Termin", "Veranstaltung", "tour"], [
      F("Datum", "date", ["Termin", "Tag"], ["datetime"]),
      F("Uhrzeit", "text", ["Beginn", "Zeit", "time"], ["datetime"]),
      F("Art", "choice", ["Art der Führung", "Typ", "Führungsart"], [], ["Öffentlich", "Gruppe", "Kindergeburtstag", "Schulklasse"]),
      F("Führender", "person", ["Führung durch", "Leiter", "Referent", "guide"], ["text"]),
      F("max. Teilnehmer", "integer", ["Teilnehmerzahl", "maximale Teilnehmer", "Kapazität", "Plätze"])]),
   E("Anmeldung", ["Buchung", "Reservierung", "Teilnehmer", "registration"], [
      F("Führung", "reference", ["Termin"], target="Führung"),
      F("Name", "text", ["Vollständiger Name"]),
      F("E-Mail", "email", ["Email", "Mail"]),
      F("Anzahl Personen", "integer", ["Personen", "Anzahl", "Teilnehmerzahl"]),
      F("bezahlt", "boolean", ["Zahlung", "bezahlt ja/nein", "paid"], ["choice"]),
      F("Vereinsmitglied", "boolean", ["Mitglied", "ist Mitglied", "member"], ["choice"])])],
  [("Anmeldung", "Führung")])

C("de", "Störungsmeldungen Planetarium-Technik. Was ist kaputt (Projektor, Sternenprojektor, Tonanlage, Kuppelbeleuchtung, Bestuhlung, Sonstiges), wann gemeldet, von wem, Beschreibung, Auswirkung auf Vorstellungen (keine, eingeschränkt, Ausfall), Techniker zugewiesen, Servicefirma beauftragt ja/nein, behoben am, Kosten.",
  [E("Störung", ["Störungsmeldung", "Meldung", "Defekt", "Ticket", "fault"], [
      F("Anlage", "choice", ["was ist kaputt", "Gerät", "Bereich", "Komponente", "Technik"], [], ["Projektor", "Sternenprojektor", "Tonanlage", "Kuppelbeleuchtung", "Bestuhlung", "Sonstiges"]),
      F("gemeldet am", "datetime", ["Meldedatum", "wann gemeldet", "Datum"], ["date"]),
      F("gemeldet von", "person", ["Melder", "von wem", "reported by"], ["text"]),
      F("Beschreibung", "long_text", ["Fehlerbeschreibung", "Details"], ["text"]),
      F("Auswirkung", "choice", ["Auswirkung auf Vorstellungen", "Auswirkungen", "impact"], [], ["Keine", "Eingeschränkt", "Ausfall"]),
      F("Techniker", "person", ["zugewiesen", "Techniker zugewiesen", "zuständig"], ["text"]),
      F("Servicefirma beauftragt", "boolean", ["Servicefirma", "extern beauftragt", "Fremdfirma"], ["choice"]),
      F("behoben am", "date", ["Behebungsdatum", "erledigt am", "repariert am"], ["datetime"]),
      F("Kosten", "money", ["Reparaturkosten", "Betrag"]),
      STATUS("de", ["Offen", "In Bearbeitung", "Behoben"])])],
  [])

C("de", """Polsterei – Auftragsverwaltung. Kunde (Name, Telefon, Adresse), Auftrag: Möbelstück, Beschreibung der Arbeiten, Foto vorher/nachher, Stoff (Hersteller, Kollektion, Farbnummer), benötigte Meter, Stoff bestellt am, Stoff geliefert am, Abholung/Lieferung durch uns ja/nein, Kostenvoranschlag, Anzahlung, Fertigstellungstermin, Status (angefragt, KVA erstellt, beauftragt, in Arbeit, fertig, abgeholt)""",
  [E("Kunde", ["Kundin", "Auftraggeber", "customer"], [
      F("Name", "text", ["Kundenname"]),
      F("Telefon", "phone", ["Tel", "Telefonnummer", "phone"]),
      F("Adresse", "long_text", ["Anschrift", "address"], ["text"])]),
   E("Auftrag", ["Polsterauftrag", "Arbeit", "order", "job"], [
      F("Kunde", "reference", ["Kundin", "Auftraggeber"], target="Kunde"),
      F("Möbelstück", "text", ["Möbel", "Stück", "Objekt"], ["choice"]),
      F("Beschreibung der Arbeiten", "long_text", ["Beschreibung", "Arbeiten", "Leistungen"], ["text"]),
      F("Foto vorher", "file", ["Vorher-Foto", "Foto", "Bild vorher"]),
      F("Foto nachher", "file", ["Nachher-Foto", "Bild nachher"]),
      F("Stoffhersteller", "text", ["Hersteller", "Stoff"], ["reference"]),
      F("Kollektion", "text", ["Stoffkollektion", "Serie"]),
      F("Farbnummer", "text", ["Farbe", "Farb-Nr"]),
      F("benötigte Meter", "decimal", ["Meter", "Stoffmenge", "Meterzahl"]),
      F("Stoff bestellt am", "date", ["bestellt am", "Bestelldatum"]),
      F("Stoff geliefert am", "date", ["geliefert am", "Lieferdatum", "Stoffeingang"]),
      F("Abholung/Lieferung durch uns", "boolean", ["Abholung", "Lieferung", "Transport"], ["choice"]),
      F("Kostenvoranschlag", "money", ["KVA", "Angebot", "Preis"]),
      F("Anzahlung", "money", ["Vorauszahlung", "deposit"]),
      F("Fertigstellungstermin", "date", ["fertig bis", "Termin", "Liefertermin", "due date"]),
      F("Status", "choice", ["Stand", "Bearbeitungsstand"], [], ["Angefragt", "KVA erstellt", "Beauftragt", "In Arbeit", "Fertig", "Abgeholt"])])],
  [("Auftrag", "Kunde")], "Fabric details (Hersteller, Kollektion, Farbnummer) may live in a separate Stoff kind; required fields then match there.")

C("de", "Wahlamt: wir brauchen eine Liste der Wahllokale (Wahlbezirk-Nr., Name, Adresse, barrierefrei ja/nein, Hausmeister + Telefon, Schlüsselübergabe am) und der Wahlhelfer (Name, Vorname, Telefon, E-Mail, Funktion: Wahlvorsteher, stellv. Wahlvorsteher, Schriftführer, Beisitzer, Wahllokal, Schulung besucht, Erfrischungsgeld ausgezahlt). Wichtig: pro Wahllokal brauchen wir mind. 5 Helfer, also sehen wer noch fehlt",
  [E("Wahllokal", ["Wahlbezirk", "Stimmbezirk", "Lokal", "polling station"], [
      F("Wahlbezirk-Nr.", "text", ["Wahlbezirk", "Nummer", "Bezirksnummer", "Nr"], ["integer"]),
      F("Name", "text", ["Bezeichnung", "Gebäude"]),
      F("Adresse", "long_text", ["Anschrift", "address"], ["text"]),
      F("barrierefrei", "boolean", ["Barrierefreiheit", "rollstuhlgerecht", "accessible"], ["choice"]),
      F("Hausmeister", "text", ["Hausmeister Name", "Ansprechpartner"], ["person"]),
      F("Telefon Hausmeister", "phone", ["Hausmeister Telefon", "Telefon"]),
      F("Schlüsselübergabe am", "date", ["Schlüsselübergabe", "Schlüssel übergeben"], ["datetime"])]),
   E("Wahlhelfer", ["Helfer", "Wahlhelferin", "Mitglied Wahlvorstand", "poll worker"], [
      F("Name", "text", ["Nachname", "last name"]),
      F("Vorname", "text", ["first name"]),
      F("Telefon", "phone", ["Tel", "Telefonnummer"]),
      F("E-Mail", "email", ["Email", "Mail"]),
      F("Funktion", "choice", ["Rolle", "Aufgabe", "role"], [], ["Wahlvorsteher", "Stellv. Wahlvorsteher", "Schriftführer", "Beisitzer"]),
      F("Wahllokal", "reference", ["Wahlbezirk", "Einsatzort"], target="Wahllokal"),
      F("Schulung besucht", "boolean", ["Schulung", "geschult"], ["choice", "date"]),
      F("Erfrischungsgeld ausgezahlt", "boolean", ["Erfrischungsgeld", "ausgezahlt", "Auszahlung"], ["choice", "date", "money"])])],
  [("Wahlhelfer", "Wahllokal")], "Show per polling station how many helpers are assigned (minimum 5).")

C("de", "briefwahlanträge erfassen: antragsteller (name, geburtsdatum, anschrift, wählerverzeichnis-nr), eingang am, wie beantragt (online, per post, persönlich, email), versandadresse falls abweichend, unterlagen versendet am, wahlbrief zurück am, und ob der wahlschein für ungültig erklärt wurde (z.B. verloren). mehrere wahlen gleichzeitig möglich (bundestag, landtag) also auch für welche wahl",
  [E("Briefwahlantrag", ["Antrag", "Wahlscheinantrag", "Briefwahl", "postal vote application"], [
      F("Name", "text", ["Antragsteller", "Wähler", "Name des Antragstellers"]),
      F("Geburtsdatum", "date", ["geboren am", "birth date"]),
      F("Anschrift", "long_text", ["Adresse", "Wohnanschrift"], ["text"]),
      F("Wählerverzeichnis-Nr.", "text", ["Wählerverzeichnisnummer", "WVZ-Nr", "Nummer"], ["integer"]),
      F("Eingang am", "date", ["Eingangsdatum", "eingegangen am", "Antragsdatum"], ["datetime"]),
      F("Antragsweg", "choice", ["wie beantragt", "Art der Beantragung", "Kanal"], [], ["Online", "Per Post", "Persönlich", "E-Mail"]),
      F("Versandadresse", "long_text", ["abweichende Versandadresse", "Lieferadresse"], ["text"]),
      F("Unterlagen versendet am", "date", ["versendet am", "Versanddatum"], ["datetime"]),
      F("Wahlbrief zurück am", "date", ["Rücklauf", "zurück am", "Wahlbrief eingegangen"], ["datetime"]),
      F("Wahlschein ungültig", "boolean", ["für ungültig erklärt", "ungültig", "Wahlschein für ungültig erklärt"], ["choice"]),
      F("Wahl", "multi_choice", ["welche Wahl", "Wahlart", "Wahlen", "election"], ["choice", "reference"], ["Bundestag", "Landtag"])])],
  [],
  "Which election: a choice/multi-choice (Bundestag, Landtag) or a link to a Wahl kind are both fine.")

assert len(cases) == 40, len(cases)
from collections import Counter
print(Counter(c["lang"] for c in cases))
with open(OUT, "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
