#!/usr/bin/env python3
"""Builds draft.jsonl for heldout4 (standard library only)."""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import F, E, D, NOTES, write

C = []

# ---------------- English ----------------
C.append(D("h4d01", "en",
"So we're a home care agency, about 30 carers, and the office basically runs on a whiteboard and WhatsApp. "
"What I need is for carers to log every visit they do to a client from their phone - what time they got there "
"and what time they left, what they did (meds, personal care, meals, shopping, companionship, usually a few of "
"those) and if anything worried them, a few lines. Clients, we need name, address, the key safe code (yes I know, "
"it should be restricted to staff) and a next of kin with a phone number. The council audits us on missed and "
"late visits so the times really matter.",
[E("Client", ["service user", "customer", "care recipient"], [
    F("name", "text", ["client name", "full name"]),
    F("address", "text", ["home address"], ["long_text"]),
    F("key safe code", "text", ["key safe", "key code", "keysafe"]),
    F("next of kin", "text", ["next of kin name", "NOK", "emergency contact"]),
    F("next of kin phone", "phone", ["NOK phone", "emergency contact phone", "phone"]),
 ]),
 E("Visit", ["care visit", "call", "home visit"], [
    F("client", "reference", ["service user"], target="Client"),
    F("carer", "person", ["care worker", "staff", "visited by"], ["text"], opt=True),
    F("arrival time", "datetime", ["arrived at", "time in", "check in", "start"]),
    F("departure time", "datetime", ["left at", "time out", "check out", "end"]),
    F("tasks done", "multi_choice", ["tasks", "care provided", "what they did"],
      opts=["Meds", "Personal care", "Meals", "Shopping", "Companionship"]),
    F("concerns", "long_text", ["worries", "concern", "notes", "comments"], ["text"]),
 ])],
"Council audits missed and late visits; key safe code should be visible to staff only."))

C.append(D("h4d02", "en",
"pest control - we service restaurants, warehouses, a couple of schools. each customer site has a number of bait "
"stations, numbered, with where it is (e.g. 'back door left'), and type (rodent bait box, insect monitor, fly unit). "
"every time a tech does the rounds they check each station: activity found y/n, bait replaced y/n, and a comment. "
"customer site needs address + site contact + phone. we also need the date of each check obviously and which tech did it",
[E("Site", ["customer site", "customer", "premises", "location"], [
    F("name", "text", ["site name", "customer name", "customer"]),
    F("address", "text", ["site address"], ["long_text"]),
    F("site contact", "text", ["contact", "contact name", "contact person"], ["person"]),
    F("phone", "phone", ["contact phone", "phone number"]),
 ]),
 E("Bait station", ["station", "monitoring point", "trap"], [
    F("site", "reference", ["customer site", "customer"], target="Site"),
    F("station number", "text", ["number", "station no", "station ID"], ["integer"]),
    F("location", "text", ["where", "position", "placement"]),
    F("type", "choice", ["station type", "device type"], opts=["Rodent bait box", "Insect monitor", "Fly unit"]),
 ]),
 E("Station check", ["check", "inspection", "service check", "visit"], [
    F("bait station", "reference", ["station"], target="Bait station"),
    F("date", "date", ["check date", "checked on"], ["datetime"]),
    F("technician", "person", ["tech", "checked by"], ["text"]),
    F("activity found", "boolean", ["activity", "pest activity"], ["choice"]),
    F("bait replaced", "boolean", ["replaced", "bait changed"], ["choice"]),
    F("comment", "long_text", ["comments", "notes", "remarks"], ["text"]),
 ])]))

C.append(D("h4d03", "en",
"fridge + freezer temps, twice a day, per unit. who checked. EHO wants it.",
[E("Unit", ["fridge", "freezer", "fridge unit", "appliance"], [
    F("name", "text", ["unit name", "fridge name", "label"]),
    F("type", "choice", ["unit type"], opts=["Fridge", "Freezer"], opt=True),
 ]),
 E("Temperature check", ["temperature reading", "temp log", "reading", "check"], [
    F("unit", "reference", ["fridge", "freezer", "appliance"], target="Unit"),
    F("checked at", "datetime", ["date and time", "time", "date", "when"], ["date"]),
    F("temperature", "decimal", ["temp", "reading", "degrees"]),
    F("checked by", "person", ["who checked", "checker", "staff"], ["text"]),
    F("check time", "choice", ["AM/PM", "shift", "session"], opts=["AM", "PM"], opt=True),
 ])],
"Two checks per unit per day; kept for the environmental health officer."))

C.append(D("h4d04", "en",
"Hi - practice manager at a dental surgery here. We send impressions out to a few dental labs for crowns, bridges, "
"dentures, night guards and so on, and we keep getting caught out when the work isn't back before the patient's fit "
"appointment. For each case I'd want the patient, which dentist, what's being made, which lab, the date we sent it, "
"when the lab promised it back and the fit appointment date, plus whether it's arrived. The lab invoice amount would "
"be handy too for month end. For the labs themselves just name, phone and email.",
[E("Lab", ["dental lab", "laboratory", "supplier"], [
    F("name", "text", ["lab name"]),
    F("phone", "phone", ["phone number", "telephone"]),
    F("email", "email", ["email address"]),
 ]),
 E("Lab case", ["lab work", "case", "lab order", "job"], [
    F("patient", "text", ["patient name"]),
    F("dentist", "person", ["clinician", "dentist name"], ["text", "choice"]),
    F("work type", "choice", ["item", "what's being made", "appliance", "type"], ["text"],
      opts=["Crown", "Bridge", "Denture", "Night guard"]),
    F("lab", "reference", ["dental lab"], target="Lab"),
    F("sent on", "date", ["date sent", "sent date"]),
    F("due back", "date", ["promised date", "return date", "expected back"]),
    F("fit appointment", "date", ["fit date", "appointment date", "fit appointment date"], ["datetime"]),
    F("arrived", "boolean", ["received", "back", "arrived?"], ["choice"]),
    F("invoice amount", "money", ["lab fee", "cost", "invoice", "amount"]),
 ])],
"Flag cases not back before the fit appointment."))

C.append(D("h4d05", "en",
"We have three school minibuses and I'd like the drivers to fill in a log for each trip rather than the paper "
"book in the office. For a trip: which bus, the date, where they went, the driver (has to be a member of staff), "
"how many pupils, and the mileage at the start and at the end. For the buses themselves we need the reg, number of "
"seats and when the MOT and the insurance are due. Oh and a walk-round check done yes/no before leaving.",
[E("Minibus", ["bus", "vehicle"], [
    F("registration", "text", ["reg", "reg number", "number plate"]),
    F("seats", "integer", ["number of seats", "capacity"]),
    F("MOT due", "date", ["MOT date", "MOT expiry"]),
    F("insurance due", "date", ["insurance renewal", "insurance expiry"]),
 ]),
 E("Trip", ["journey", "trip log", "outing"], [
    F("minibus", "reference", ["bus", "vehicle"], target="Minibus"),
    F("date", "date", ["trip date"], ["datetime"]),
    F("destination", "text", ["where", "where they went", "place"]),
    F("driver", "person", ["driven by", "staff"]),
    F("number of pupils", "integer", ["pupils", "passengers", "how many pupils"]),
    F("start mileage", "integer", ["mileage start", "odometer start"], ["decimal"]),
    F("end mileage", "integer", ["mileage end", "odometer end"], ["decimal"]),
    F("walk-round check done", "boolean", ["walk round check", "pre-trip check", "vehicle check"]),
 ])],
"Remind before MOT and insurance dates."))

C.append(D("h4d06", "en",
"Food bank here (volunteer coordinator, not a techie, sorry). Two things really. Households get referred to us by "
"agencies - citizens advice, the GP surgery, schools, the council - with a voucher, and we give them a food parcel. "
"We need to know for each household the surname, postcode, how many adults and children, any dietary needs, and "
"which agency referred them. Each time they collect a parcel we note the date and the voucher number. We're only "
"supposed to give 3 parcels in 6 months without a review. Agencies: name, contact person, email.",
[E("Referral agency", ["agency", "referrer", "partner agency"], [
    F("name", "text", ["agency name"]),
    F("contact person", "text", ["contact", "contact name"]),
    F("email", "email", ["contact email", "email address"]),
 ]),
 E("Household", ["client", "family", "recipient"], [
    F("surname", "text", ["name", "family name", "last name"]),
    F("postcode", "text", ["post code", "zip"]),
    F("adults", "integer", ["number of adults", "adults count"]),
    F("children", "integer", ["number of children", "kids"]),
    F("dietary needs", "text", ["dietary requirements", "diet", "allergies"], ["long_text", "multi_choice"]),
    F("referral agency", "reference", ["agency", "referred by"], target="Referral agency"),
 ]),
 E("Parcel", ["food parcel", "collection", "distribution"], [
    F("household", "reference", ["client", "family"], target="Household"),
    F("date", "date", ["collected on", "collection date"]),
    F("voucher number", "text", ["voucher", "voucher no"], ["integer"]),
 ])],
"Max 3 parcels per household in 6 months without a review."))

C.append(D("h4d07", "en",
"We're a wedding venue and the payment side is a mess. Every booking is a couple (both names), the wedding date, "
"the package (Classic, Premium, Exclusive use), guest numbers and the total price. Then they pay in instalments - "
"deposit, second payment, final balance - each with a due date, the amount, and when it was actually paid and how "
"(bank transfer, card, cash). I want to see at a glance who's overdue.",
[E("Booking", ["wedding", "wedding booking", "couple", "event"], [
    F("couple names", "text", ["couple", "names", "partner names"]),
    F("wedding date", "date", ["date", "event date"]),
    F("package", "choice", ["wedding package"], opts=["Classic", "Premium", "Exclusive use"]),
    F("guest numbers", "integer", ["guests", "number of guests", "guest count"]),
    F("total price", "money", ["price", "total", "contract value"]),
 ]),
 E("Payment", ["instalment", "installment", "payment instalment"], [
    F("booking", "reference", ["wedding", "couple"], target="Booking"),
    F("instalment", "choice", ["type", "payment type", "stage"], opts=["Deposit", "Second payment", "Final balance"]),
    F("due date", "date", ["due", "due on"]),
    F("amount", "money", ["amount due"]),
    F("paid on", "date", ["paid date", "date paid", "payment date"]),
    F("method", "choice", ["payment method", "how paid"], opts=["Bank transfer", "Card", "Cash"]),
 ])],
"Overdue = due date passed and not paid."))

C.append(D("h4d08", "en",
"Right so the issue is plant hire. Our site managers ring up a hire company, get a digger or a generator or "
"whatever delivered to site, and then forget to off-hire it, and we keep paying for kit sitting in a yard for "
"weeks. I want a register of every hire: what the item is, which hire company, which of our sites it's on, the "
"on-hire date, the off-hire date once it's gone back, the weekly rate, our PO number and who ordered it. The hire "
"companies - name, depot phone number, account number. Sites - name and the site manager. Ideally the site manager "
"gets nagged every Monday about anything still on hire.",
[E("Hire company", ["supplier", "plant hire company", "hirer"], [
    F("name", "text", ["company name"]),
    F("depot phone", "phone", ["phone", "phone number", "depot number"]),
    F("account number", "text", ["account no", "account"]),
 ]),
 E("Site", ["job site", "project", "construction site"], [
    F("name", "text", ["site name"]),
    F("site manager", "person", ["manager"], ["text"]),
 ]),
 E("Hire", ["plant hire", "hire record", "rental", "hired item"], [
    F("item", "text", ["equipment", "plant", "description"]),
    F("hire company", "reference", ["supplier", "company"], target="Hire company"),
    F("site", "reference", ["job site"], target="Site"),
    F("on-hire date", "date", ["on hire", "hire start", "start date"]),
    F("off-hire date", "date", ["off hire", "hire end", "returned on", "end date"]),
    F("weekly rate", "money", ["rate", "rate per week", "cost per week"]),
    F("PO number", "text", ["PO", "purchase order", "order number"]),
    F("ordered by", "person", ["ordered", "requested by"], ["text"]),
 ])],
"Every Monday remind the site manager of items still on hire (no off-hire date)."))

C.append(D("h4d09", "en",
"Tutoring programme (charity) - what we need to keep track of:\n"
"- students: name, school, year group, subject(s) they need help with (maths, English, science)\n"
"- tutors: name, email, DBS expiry\n"
"- sessions: which student, which tutor, date, length in minutes, what was covered, and whether the student turned up\n"
"Funders want hours delivered per term so the minutes are important.",
[E("Student", ["pupil", "learner", "tutee"], [
    F("name", "text", ["student name", "full name"]),
    F("school", "text", ["school name"]),
    F("year group", "choice", ["year", "grade", "class"], ["text", "integer"], opts=[]),
    F("subjects", "multi_choice", ["subject", "help needed with"], opts=["Maths", "English", "Science"]),
 ]),
 E("Tutor", ["volunteer", "volunteer tutor"], [
    F("name", "text", ["tutor name", "full name"]),
    F("email", "email", ["email address"]),
    F("DBS expiry", "date", ["DBS expiry date", "DBS", "DBS check expiry"]),
 ]),
 E("Session", ["tutoring session", "lesson"], [
    F("student", "reference", ["pupil"], target="Student"),
    F("tutor", "reference", ["volunteer"], target="Tutor"),
    F("date", "date", ["session date"], ["datetime"]),
    F("length in minutes", "integer", ["duration", "minutes", "length"], ["decimal"]),
    F("what was covered", "long_text", ["topics covered", "content", "summary", "notes"], ["text"]),
    F("attended", "boolean", ["student attended", "turned up", "attendance"], ["choice"]),
 ])],
"Report hours delivered per term for funders."))

C.append(D("h4d10", "en",
"Small vet practice. We want to send vaccine reminders properly instead of from a spreadsheet. Owners have name, "
"phone, email. Each owner can have a few pets - name, species (dog, cat, rabbit, other), breed, date of birth. Every "
"vaccination: which pet, which vaccine, date given, batch number, and when the booster's due. Reminder email 2 weeks "
"before the booster.",
[E("Owner", ["client", "pet owner", "customer"], [
    F("name", "text", ["owner name", "full name"]),
    F("phone", "phone", ["phone number", "mobile"]),
    F("email", "email", ["email address"]),
 ]),
 E("Pet", ["animal", "patient"], [
    F("name", "text", ["pet name"]),
    F("species", "choice", ["animal type", "type"], opts=["Dog", "Cat", "Rabbit", "Other"]),
    F("breed", "text", []),
    F("date of birth", "date", ["DOB", "birth date", "born"]),
    F("owner", "reference", ["client"], target="Owner"),
 ]),
 E("Vaccination", ["vaccine", "jab", "immunisation"], [
    F("pet", "reference", ["animal", "patient"], target="Pet"),
    F("vaccine", "text", ["vaccine name", "vaccine type"], ["choice"]),
    F("date given", "date", ["date", "vaccinated on", "given on"]),
    F("batch number", "text", ["batch", "lot number", "batch no"]),
    F("booster due", "date", ["next due", "booster date", "due date"]),
 ])],
"Email the owner 2 weeks before the booster due date."))

C.append(D("h4d11", "en",
"landscaping buisness, 3 crews. want a job sheet the crew leader fills in at the end of each job - client, date, "
"what work (mowing, hedge cutting, planting, paving, clearance), hours on site, crew leader, materials used, and "
"before and after photos. we've got maybe 120 regular clients, need there name adress and phone and wether they're "
"on a maintenance contract. invoices are done from the job sheets so hours are important",
[E("Client", ["customer", "account"], [
    F("name", "text", ["client name", "customer name"]),
    F("address", "text", ["adress"], ["long_text"]),
    F("phone", "phone", ["phone number"]),
    F("maintenance contract", "boolean", ["on contract", "contract", "contract client"]),
 ]),
 E("Job sheet", ["job", "job record", "visit", "work log"], [
    F("client", "reference", ["customer"], target="Client"),
    F("date", "date", ["job date"]),
    F("work done", "multi_choice", ["work", "work type", "services"],
      opts=["Mowing", "Hedge cutting", "Planting", "Paving", "Clearance"]),
    F("hours on site", "decimal", ["hours", "time on site"]),
    F("crew leader", "person", ["leader", "team leader"], ["text"]),
    F("materials used", "long_text", ["materials"], ["text"]),
    F("before photo", "file", ["photo before", "before photos", "photos"]),
    F("after photo", "file", ["photo after", "after photos"]),
 ])],
"Invoices are prepared from job sheet hours."))

C.append(D("h4d12", "en",
"mileage claims for our outreach workers - date, from, to, miles, purpose of the journey",
[E("Journey", ["mileage claim", "mileage entry", "trip", "mileage log"], [
    F("date", "date", ["journey date"]),
    F("from", "text", ["start", "origin", "starting point"]),
    F("destination", "text", ["to", "end point", "going to"]),
    F("miles", "decimal", ["distance", "mileage"], ["integer"]),
    F("purpose", "text", ["purpose of journey", "reason"], ["long_text"]),
    F("worker", "person", ["outreach worker", "claimant", "employee"], ["text"], opt=True),
 ])]))

C.append(D("h4d13", "en",
"I'm the development manager at a small arts charity and I'm juggling something like 25 grant applications a year. "
"I keep a list of funders (trusts, foundations, the arts council...) with their website and who we deal with there. "
"Then for each application: which funder, which of our projects it's for (just a name is fine), how much we asked "
"for, the deadline, when we actually submitted, the outcome - pending, successful, unsuccessful - and the amount "
"awarded if successful. And if we win, there's usually a report due to the funder at some point, so the report due "
"date. Honestly even just seeing upcoming deadlines would change my life.",
[E("Funder", ["trust", "foundation", "grant maker"], [
    F("name", "text", ["funder name"]),
    F("website", "url", ["web site", "URL"]),
    F("contact", "text", ["contact person", "contact name", "who we deal with"]),
    F("type", "choice", ["funder type"], opts=["Trust", "Foundation", "Arts council"], opt=True),
 ]),
 E("Application", ["grant application", "bid", "grant"], [
    F("funder", "reference", ["trust", "foundation"], target="Funder"),
    F("project", "text", ["project name"]),
    F("amount requested", "money", ["amount asked", "ask", "requested"]),
    F("deadline", "date", ["deadline date", "due date"]),
    F("submitted on", "date", ["submitted", "submission date", "date submitted"]),
    F("outcome", "choice", ["status", "result"], opts=["Pending", "Successful", "Unsuccessful"]),
    F("amount awarded", "money", ["awarded", "grant amount", "award"]),
    F("report due date", "date", ["report due", "report deadline"]),
 ])]))

C.append(D("h4d14", "en",
"GP surgery referrals tracker please. When a GP refers a patient to hospital we need to log: patient name, NHS "
"number, which specialty (cardiology, dermatology, orthopaedics, gynaecology, ENT - more later), urgency (routine, "
"urgent, 2 week wait), referring GP, date the referral was sent, and later the appointment date the hospital gives "
"and whether we've had the clinic letter back. 2WW ones must be chased if no appointment within 14 days.",
[E("Referral", ["hospital referral", "patient referral"], [
    F("patient name", "text", ["patient", "name"]),
    F("NHS number", "text", ["NHS no", "NHS num"]),
    F("specialty", "choice", ["speciality", "department", "clinic"],
      opts=["Cardiology", "Dermatology", "Orthopaedics", "Gynaecology", "ENT"]),
    F("urgency", "choice", ["priority", "referral type"], opts=["Routine", "Urgent", "2 week wait"]),
    F("referring GP", "person", ["GP", "doctor", "referred by"], ["text", "choice"]),
    F("date sent", "date", ["sent on", "referral date", "referred on"]),
    F("appointment date", "date", ["hospital appointment", "appointment"], ["datetime"]),
    F("clinic letter received", "boolean", ["letter received", "letter back", "clinic letter"]),
 ])],
"2-week-wait referrals without an appointment after 14 days must be chased."))

C.append(D("h4d15", "en",
"Returns desk at the warehouse. A customer sends back a parcel with a returns number; one return can have several "
"products in it. Per return we log the RMA number, order number, customer name, date received and the refund amount "
"once finance approves it. Per product line: SKU, quantity, reason (damaged, wrong item, not wanted, faulty), "
"condition when we inspected it (resellable, damaged, scrap) and whether it went back into stock.",
[E("Return", ["RMA", "customer return", "returned parcel"], [
    F("RMA number", "text", ["returns number", "RMA", "return number"]),
    F("order number", "text", ["order", "order no"]),
    F("customer name", "text", ["customer"]),
    F("date received", "date", ["received on", "received"]),
    F("refund amount", "money", ["refund"]),
 ]),
 E("Return line", ["returned item", "return item", "line", "product line"], [
    F("return", "reference", ["RMA"], target="Return"),
    F("SKU", "text", ["product", "product code", "item"]),
    F("quantity", "integer", ["qty"]),
    F("reason", "choice", ["return reason"], opts=["Damaged", "Wrong item", "Not wanted", "Faulty"]),
    F("condition", "choice", ["inspection result", "inspected condition"], opts=["Resellable", "Damaged", "Scrap"]),
    F("restocked", "boolean", ["back in stock", "returned to stock"]),
 ])],
"Refund amount filled once finance approves."))

C.append(D("h4d16", "en",
"OK bear with me. We're a small restaurant group (two sites, one central kitchen) and after an allergen near-miss "
"last month the owners want everything written down properly. The way I see it: we buy ingredients from a handful of "
"suppliers - each supplier has a name, a contact and a phone - and for each ingredient we want to record which "
"supplier it comes from, the unit cost, and which of the 14 allergens it contains (celery, gluten, crustaceans, eggs, "
"fish, lupin, milk, molluscs, mustard, nuts, peanuts, sesame, soya, sulphites). Then separately the dishes on the "
"menu: dish name, menu section (starters, mains, desserts, sides), price, the allergens in the dish, and a yes/no for "
"vegan. I know dishes are made of ingredients but honestly for now I'd just tick the allergens on the dish by hand, "
"linking recipes is phase two.",
[E("Supplier", ["vendor"], [
    F("name", "text", ["supplier name"]),
    F("contact", "text", ["contact person", "contact name"], ["person"]),
    F("phone", "phone", ["phone number"]),
 ]),
 E("Ingredient", ["product", "stock item"], [
    F("name", "text", ["ingredient name"]),
    F("supplier", "reference", ["vendor"], target="Supplier"),
    F("unit cost", "money", ["cost", "price"]),
    F("allergens", "multi_choice", ["allergen", "contains"],
      opts=["Celery", "Gluten", "Crustaceans", "Eggs", "Fish", "Lupin", "Milk", "Molluscs", "Mustard", "Nuts",
            "Peanuts", "Sesame", "Soya", "Sulphites"]),
 ]),
 E("Dish", ["menu item", "menu dish", "recipe"], [
    F("dish name", "text", ["name"]),
    F("menu section", "choice", ["section", "course", "category"], opts=["Starters", "Mains", "Desserts", "Sides"]),
    F("price", "money", ["menu price"]),
    F("allergens", "multi_choice", ["allergen", "contains"],
      opts=["Celery", "Gluten", "Crustaceans", "Eggs", "Fish", "Lupin", "Milk", "Molluscs", "Mustard", "Nuts",
            "Peanuts", "Sesame", "Soya", "Sulphites"]),
    F("vegan", "boolean", ["is vegan", "vegan?"]),
 ])],
"Dish-ingredient (recipe) links explicitly deferred to a later phase."))

# ---------------- French ----------------
C.append(D("h4d17", "fr",
"Bonjour, je suis cadre de santé dans un EHPAD. L'ARS nous demande un suivi plus rigoureux des chutes. Pour chaque "
"résident on a le nom, le numéro de chambre et l'étage. Quand il y a une chute il faudrait noter : quel résident, la "
"date et l'heure, le lieu (chambre, salle de bain, couloir, salle à manger, extérieur), s'il y a eu une blessure, la "
"gravité (sans conséquence, légère, grave), si le médecin a été prévenu, si la famille a été prévenue, et qui a "
"constaté la chute. On fait une analyse tous les mois en réunion.",
[E("Résident", ["resident", "patient", "pensionnaire"], [
    F("nom", "text", ["name", "nom du résident", "nom et prénom"]),
    F("chambre", "text", ["numéro de chambre", "room", "n° chambre"], ["integer"]),
    F("étage", "text", ["floor", "niveau"], ["integer", "choice"]),
 ]),
 E("Chute", ["fall", "déclaration de chute", "incident"], [
    F("résident", "reference", ["resident", "patient"], target="Résident"),
    F("date et heure", "datetime", ["date", "heure", "date de la chute"]),
    F("lieu", "choice", ["location", "endroit"],
      opts=["Chambre", "Salle de bain", "Couloir", "Salle à manger", "Extérieur"]),
    F("blessure", "boolean", ["injury", "blessé", "blessure oui/non"], ["choice"]),
    F("gravité", "choice", ["severity", "niveau de gravité"], opts=["Sans conséquence", "Légère", "Grave"]),
    F("médecin prévenu", "boolean", ["médecin", "doctor informed", "médecin informé"]),
    F("famille prévenue", "boolean", ["famille", "family informed", "famille informée"]),
    F("constaté par", "person", ["témoin", "déclarant", "reported by", "soignant"], ["text"]),
 ])],
"Analyse mensuelle des chutes en réunion."))

C.append(D("h4d18", "fr",
"Notre asso fait de l'aide aux devoirs le soir dans trois quartiers. On a des bénévoles (nom, téléphone, mail, les "
"jours où ils sont dispo) et des élèves (nom, classe du CP à la 3e, l'école ou le collège, un contact parent avec un "
"numéro). Chaque soir on fait des séances : date, quartier (Les Tilleuls, Centre, La Gare), le bénévole, l'élève, et "
"ce qui a été travaillé. Le but c'est de pouvoir sortir des chiffres pour la CAF à la fin de l'année.",
[E("Bénévole", ["volunteer", "intervenant", "tuteur"], [
    F("nom", "text", ["name", "nom et prénom"]),
    F("téléphone", "phone", ["phone", "tél", "portable"]),
    F("mail", "email", ["email", "e-mail", "adresse mail"]),
    F("disponibilités", "multi_choice", ["jours disponibles", "availability", "jours de dispo"], ["text"], opts=[]),
 ]),
 E("Élève", ["student", "enfant", "jeune"], [
    F("nom", "text", ["name", "nom de l'élève"]),
    F("classe", "choice", ["class", "niveau", "grade"], ["text"], opts=[]),
    F("établissement", "text", ["école", "collège", "school"]),
    F("contact parent", "text", ["parent", "nom du parent", "responsable légal"]),
    F("téléphone parent", "phone", ["numéro parent", "parent phone", "téléphone du parent"]),
 ]),
 E("Séance", ["session", "soirée", "séance d'aide aux devoirs"], [
    F("date", "date", ["date de la séance"], ["datetime"]),
    F("quartier", "choice", ["neighbourhood", "lieu", "site"], opts=["Les Tilleuls", "Centre", "La Gare"]),
    F("bénévole", "reference", ["volunteer", "tuteur"], target="Bénévole"),
    F("élève", "reference", ["student", "enfant"], target="Élève"),
    F("travail effectué", "long_text", ["ce qui a été travaillé", "contenu", "notes", "work done"], ["text"]),
 ])],
"Bilan annuel pour la CAF."))

C.append(D("h4d19", "fr",
"cabinet infirmier libéral, on est 4 IDE. je voudrais qu'on note chaque passage chez les patients pendant la tournée "
"(date, heure, l'infirmière, les soins faits : pansement, injection, prise de sang, toilette, pilulier) et si on a "
"fait une transmission. patients : nom, adresse, tel, médecin traitant, et le code de la porte d'entrée",
[E("Patient", ["patiente", "client"], [
    F("nom", "text", ["name", "nom du patient"]),
    F("adresse", "text", ["address"], ["long_text"]),
    F("tel", "phone", ["téléphone", "phone"]),
    F("médecin traitant", "text", ["médecin", "doctor", "GP"]),
    F("code porte", "text", ["code d'entrée", "digicode", "code de la porte"]),
 ]),
 E("Passage", ["visite", "soin", "visit", "tournée"], [
    F("patient", "reference", ["patiente"], target="Patient"),
    F("date et heure", "datetime", ["date", "heure", "date du passage"]),
    F("infirmière", "person", ["IDE", "nurse", "infirmier"], ["text", "choice"]),
    F("soins", "multi_choice", ["soins faits", "actes", "care"],
      opts=["Pansement", "Injection", "Prise de sang", "Toilette", "Pilulier"]),
    F("transmission", "boolean", ["transmission faite", "transmissions"], ["long_text", "text"]),
 ])]))

C.append(D("h4d20", "fr",
"Camping 3 étoiles, 80 emplacements. On a encore un planning papier pour les réservations... Chaque emplacement a "
"un numéro, un type (tente, caravane, camping-car, mobil-home) et il a l'électricité ou pas. Pour une réservation il "
"me faut le nom du client, son téléphone, l'emplacement, la date d'arrivée, la date de départ, le nombre de "
"personnes, s'il a un animal, le montant total et l'acompte versé. Surtout pas deux résas sur le même emplacement en "
"même temps !",
[E("Emplacement", ["pitch", "site", "parcelle"], [
    F("numéro", "text", ["number", "n°", "numéro d'emplacement"], ["integer"]),
    F("type", "choice", ["type d'emplacement", "catégorie"], opts=["Tente", "Caravane", "Camping-car", "Mobil-home"]),
    F("électricité", "boolean", ["electricity", "raccordement électrique", "électrique"]),
 ]),
 E("Réservation", ["booking", "résa", "séjour"], [
    F("nom du client", "text", ["client", "nom", "customer"]),
    F("téléphone", "phone", ["tél", "phone"]),
    F("emplacement", "reference", ["pitch"], target="Emplacement"),
    F("date d'arrivée", "date", ["arrivée", "arrival"]),
    F("date de départ", "date", ["départ", "departure"]),
    F("nombre de personnes", "integer", ["personnes", "nb personnes", "occupants"]),
    F("animal", "boolean", ["animaux", "animal de compagnie", "pet"]),
    F("montant total", "money", ["total", "prix", "montant"]),
    F("acompte", "money", ["acompte versé", "deposit", "arrhes"]),
 ])],
"Pas de réservations qui se chevauchent sur un même emplacement."))

C.append(D("h4d21", "fr",
"registre des vérifs extincteurs : chaque extincteur (numéro, emplacement, type eau/CO2/poudre) et à chaque "
"contrôle la date, conforme ou non, le technicien",
[E("Extincteur", ["extinguisher", "appareil"], [
    F("numéro", "text", ["number", "n°", "référence"]),
    F("emplacement", "text", ["location", "localisation", "lieu"]),
    F("type", "choice", ["type d'extincteur"], opts=["Eau", "CO2", "Poudre"]),
 ]),
 E("Contrôle", ["vérification", "inspection", "vérif"], [
    F("extincteur", "reference", ["extinguisher", "appareil"], target="Extincteur"),
    F("date", "date", ["date du contrôle", "date de vérification"]),
    F("conforme", "boolean", ["conformité", "résultat", "ok"], ["choice"]),
    F("technicien", "text", ["vérificateur", "technician", "contrôleur"], ["person"]),
 ])]))

C.append(D("h4d22", "fr",
"Je suis DDFPT dans un lycée pro et je gère les PFMP (les stages) de 200 élèves. Ce qu'il me faudrait : les "
"entreprises d'accueil (raison sociale, adresse, secteur, nom du tuteur et son mail), et pour chaque stage l'élève, "
"sa classe, l'entreprise, les dates de début et de fin, le professeur référent qui fait la visite, la convention "
"signée en PDF et la date de la visite. Un élève fait plusieurs stages dans l'année mais je n'ai pas besoin d'une "
"fiche élève à part, le nom suffit.",
[E("Entreprise", ["entreprise d'accueil", "company", "organisme d'accueil", "employeur"], [
    F("raison sociale", "text", ["nom", "name", "nom de l'entreprise"]),
    F("adresse", "text", ["address"], ["long_text"]),
    F("secteur", "text", ["secteur d'activité", "sector"], ["choice"]),
    F("tuteur", "text", ["nom du tuteur", "tutor", "maître de stage"]),
    F("mail du tuteur", "email", ["email tuteur", "email", "mail"]),
 ]),
 E("Stage", ["PFMP", "période de stage", "internship", "placement"], [
    F("élève", "text", ["nom de l'élève", "student", "stagiaire"]),
    F("classe", "text", ["class", "division"], ["choice"]),
    F("entreprise", "reference", ["entreprise d'accueil", "company"], target="Entreprise"),
    F("date de début", "date", ["début", "start date"]),
    F("date de fin", "date", ["fin", "end date"]),
    F("professeur référent", "person", ["prof référent", "enseignant", "referent teacher"], ["text"]),
    F("convention", "file", ["convention signée", "convention de stage", "PDF"]),
    F("date de visite", "date", ["visite", "visit date"]),
 ])]))

C.append(D("h4d23", "fr",
"Salut ! Je tiens un petit resto (40 couverts) et je passe mes commandes aux fournisseurs par SMS, résultat je ne "
"sais jamais ce qui a été commandé ni si c'est arrivé. Je voudrais noter mes fournisseurs (nom, téléphone, jours de "
"livraison) et chaque commande : le fournisseur, la date, ce que j'ai commandé, le montant, et le statut (envoyée, "
"livrée, livrée incomplète). Et pouvoir prendre en photo le bon de livraison.",
[E("Fournisseur", ["supplier", "vendor", "fourni"], [
    F("nom", "text", ["name", "nom du fournisseur"]),
    F("téléphone", "phone", ["tél", "phone", "portable"]),
    F("jours de livraison", "multi_choice", ["livraison", "delivery days", "jours"], ["text"], opts=[]),
 ]),
 E("Commande", ["order", "commande fournisseur", "bon de commande"], [
    F("fournisseur", "reference", ["supplier"], target="Fournisseur"),
    F("date", "date", ["date de commande", "order date"]),
    F("articles", "long_text", ["ce que j'ai commandé", "contenu", "produits", "détail"], ["text"]),
    F("montant", "money", ["amount", "prix", "total"]),
    F("statut", "choice", ["status", "état"], opts=["Envoyée", "Livrée", "Livrée incomplète"]),
    F("bon de livraison", "file", ["photo du bon", "BL", "delivery note"]),
 ])]))

C.append(D("h4d24", "fr",
"Bonjour, alors voilà, on est une PME de déménagement (12 salariés) et tout passe par mon carnet, ce qui pose "
"problème quand je suis en congé. Le fonctionnement : un client nous appelle, on note ses coordonnées (nom, "
"téléphone, mail, adresse de départ et d'arrivée). Ensuite un de nos gars passe faire une visite technique chez lui : "
"on note la date, qui l'a faite, le volume estimé en m3, l'étage, s'il y a un ascenseur, et s'il faut un monte-meuble. "
"Après ça on envoie un devis : montant HT, date d'envoi, et le statut (envoyé, accepté, refusé). Parfois on refait un "
"deuxième devis pour le même client, donc il peut y en avoir plusieurs.",
[E("Client", ["customer", "particulier"], [
    F("nom", "text", ["name", "nom du client"]),
    F("téléphone", "phone", ["tél", "phone"]),
    F("mail", "email", ["email", "e-mail"]),
    F("adresse de départ", "text", ["départ", "adresse actuelle", "from address"], ["long_text"]),
    F("adresse d'arrivée", "text", ["arrivée", "nouvelle adresse", "to address"], ["long_text"]),
 ]),
 E("Visite technique", ["visite", "technical visit", "survey", "métré"], [
    F("client", "reference", ["customer"], target="Client"),
    F("date", "date", ["date de visite"], ["datetime"]),
    F("réalisée par", "person", ["technicien", "visiteur", "qui l'a faite"], ["text"]),
    F("volume estimé", "decimal", ["volume", "m3", "volume en m3"], ["integer"]),
    F("étage", "integer", ["floor", "niveau"], ["text"]),
    F("ascenseur", "boolean", ["lift", "elevator"]),
    F("monte-meuble", "boolean", ["monte meuble", "furniture lift"]),
 ]),
 E("Devis", ["quote", "estimate", "proposition"], [
    F("client", "reference", ["customer"], target="Client"),
    F("montant HT", "money", ["montant", "amount", "prix HT"]),
    F("date d'envoi", "date", ["envoyé le", "date", "sent on"]),
    F("statut", "choice", ["status", "état"], opts=["Envoyé", "Accepté", "Refusé"]),
 ])]))

# ---------------- Spanish ----------------
C.append(D("h4d25", "es",
"Hola, tenemos una clínica de fisioterapia pequeña y vendemos bonos de 5 y 10 sesiones. Necesitaría llevar los "
"pacientes (nombre, teléfono, email, DNI), los bonos que compra cada uno (tipo de bono, fecha de compra, precio "
"pagado, forma de pago) y cada sesión que se descuenta del bono: fecha, fisio que la hizo y qué se trabajó. Lo "
"importante es saber cuántas sesiones le quedan a cada paciente.",
[E("Paciente", ["patient", "cliente"], [
    F("nombre", "text", ["name", "nombre completo"]),
    F("teléfono", "phone", ["móvil", "phone", "tlf"]),
    F("email", "email", ["correo", "e-mail"]),
    F("DNI", "text", ["NIF", "documento", "ID"]),
 ]),
 E("Bono", ["voucher", "pack", "bono de sesiones"], [
    F("paciente", "reference", ["patient", "cliente"], target="Paciente"),
    F("tipo de bono", "choice", ["tipo", "sesiones", "type"], ["integer"], opts=["5 sesiones", "10 sesiones"]),
    F("fecha de compra", "date", ["fecha", "comprado el", "purchase date"]),
    F("precio pagado", "money", ["precio", "importe", "price"]),
    F("forma de pago", "choice", ["método de pago", "pago", "payment method"], ["text"], opts=[]),
 ]),
 E("Sesión", ["session", "cita", "tratamiento"], [
    F("bono", "reference", ["voucher", "pack"], target="Bono"),
    F("fecha", "date", ["fecha de la sesión", "date"], ["datetime"]),
    F("fisioterapeuta", "person", ["fisio", "terapeuta", "physio"], ["text", "choice"]),
    F("qué se trabajó", "long_text", ["tratamiento", "trabajo realizado", "notas", "notes"], ["text"]),
 ])],
"Sesiones restantes = sesiones del bono - sesiones consumidas."))

C.append(D("h4d26", "es",
"Somos una ONG que reparte comida a personas mayores que viven solas. Cada semana los voluntarios hacen rutas y "
"entregan lotes. Quiero tener a los beneficiarios (nombre, dirección, teléfono, si tienen alguna dieta especial: "
"diabético, sin sal, triturado) y registrar cada entrega: a quién, qué día, qué voluntario la hizo y si la persona "
"estaba en casa o no. Si no está dos veces seguidas hay que llamar a la familia.",
[E("Beneficiario", ["beneficiary", "usuario", "persona mayor"], [
    F("nombre", "text", ["name", "nombre completo"]),
    F("dirección", "text", ["address", "domicilio"], ["long_text"]),
    F("teléfono", "phone", ["phone", "tlf"]),
    F("dieta especial", "multi_choice", ["dieta", "diet", "dieta especial"], ["choice"],
      opts=["Diabético", "Sin sal", "Triturado"]),
    F("contacto familiar", "text", ["familia", "teléfono familia", "family contact"], ["phone"], opt=True),
 ]),
 E("Entrega", ["delivery", "reparto", "visita"], [
    F("beneficiario", "reference", ["beneficiary", "usuario"], target="Beneficiario"),
    F("fecha", "date", ["día", "date"]),
    F("voluntario", "person", ["volunteer", "repartidor"], ["text"]),
    F("estaba en casa", "boolean", ["en casa", "entregado", "home"], ["choice"]),
 ])],
"Si el beneficiario no está dos veces seguidas, avisar para llamar a la familia."))

C.append(D("h4d27", "es",
"taller mecanico, queremos dejar de apuntar en libreta. clientes: nombre, telefono. cada cliente puede traer varios "
"coches: matricula, marca, modelo, km. y cada vez que entra un coche hacemos una orden de trabajo con fecha de "
"entrada, averia que cuenta el cliente, trabajos realizados, importe, estado (pendiente, en reparacion, terminado, "
"entregado) y el mecanico asignado",
[E("Cliente", ["customer", "client"], [
    F("nombre", "text", ["name"]),
    F("teléfono", "phone", ["telefono", "phone", "móvil"]),
 ]),
 E("Vehículo", ["coche", "vehicle", "car"], [
    F("matrícula", "text", ["matricula", "plate", "registration"]),
    F("marca", "text", ["make", "brand"]),
    F("modelo", "text", ["model"]),
    F("kilómetros", "integer", ["km", "kilometraje", "mileage"]),
    F("cliente", "reference", ["customer", "propietario"], target="Cliente"),
 ]),
 E("Orden de trabajo", ["orden", "OT", "reparación", "work order"], [
    F("vehículo", "reference", ["coche", "vehicle"], target="Vehículo"),
    F("fecha de entrada", "date", ["fecha", "entrada", "date in"], ["datetime"]),
    F("avería", "long_text", ["averia", "problema", "síntomas", "fault"], ["text"]),
    F("trabajos realizados", "long_text", ["trabajos", "reparaciones", "work done"], ["text"]),
    F("importe", "money", ["precio", "total", "amount"]),
    F("estado", "choice", ["status", "situación"], opts=["Pendiente", "En reparación", "Terminado", "Entregado"]),
    F("mecánico", "person", ["mecanico asignado", "mecánico asignado", "mechanic"], ["text"]),
 ])]))

C.append(D("h4d28", "es",
"Buenas, soy la coordinadora del comedor escolar. Cada curso tenemos que saber qué niños se quedan a comer, qué "
"alergias o intolerancias tienen (gluten, lactosa, huevo, frutos secos, pescado...), si comen menú especial "
"(sin cerdo, vegetariano) y qué días de la semana se quedan, porque hay muchos que solo vienen martes y jueves. "
"Además el nombre del niño, el curso (de 1º a 6º de primaria) y un teléfono de la familia. Y que podamos adjuntar "
"el informe médico cuando hay alergia.",
[E("Alumno", ["niño", "comensal", "student", "alumno de comedor"], [
    F("nombre", "text", ["name", "nombre del niño"]),
    F("curso", "choice", ["class", "grade", "clase"], ["text"],
      opts=["1º", "2º", "3º", "4º", "5º", "6º"]),
    F("teléfono de la familia", "phone", ["teléfono", "phone", "teléfono familia"]),
    F("alergias", "multi_choice", ["alergias o intolerancias", "intolerancias", "allergies"],
      opts=["Gluten", "Lactosa", "Huevo", "Frutos secos", "Pescado"]),
    F("menú especial", "choice", ["menú", "dieta", "special menu"], ["multi_choice"], opts=["Sin cerdo", "Vegetariano"]),
    F("días de comedor", "multi_choice", ["días", "days", "días que se queda"], opts=["Lunes", "Martes", "Miércoles", "Jueves", "Viernes"]),
    F("informe médico", "file", ["informe", "medical report", "certificado médico"]),
 ])]))

C.append(D("h4d29", "es",
"Tenemos un hotel rural y ofrecemos excursiones a los huéspedes (ruta a caballo, visita a bodega, kayak...). Cada "
"excursión tiene un nombre, fecha, hora de salida, precio por persona y plazas máximas. Los huéspedes se apuntan en "
"recepción: nombre, número de habitación, cuántas personas y si ya lo han pagado o se carga a la habitación.",
[E("Excursión", ["actividad", "excursion", "salida", "tour"], [
    F("nombre", "text", ["name", "título"]),
    F("fecha y hora de salida", "datetime", ["fecha", "hora de salida", "salida", "date"]),
    F("precio por persona", "money", ["precio", "price"]),
    F("plazas máximas", "integer", ["plazas", "capacidad", "capacity"]),
 ]),
 E("Inscripción", ["reserva", "booking", "apuntado"], [
    F("excursión", "reference", ["actividad", "excursion"], target="Excursión"),
    F("nombre del huésped", "text", ["huésped", "nombre", "guest"]),
    F("habitación", "text", ["número de habitación", "room"], ["integer"]),
    F("personas", "integer", ["número de personas", "cuántas personas", "plazas"]),
    F("pago", "choice", ["forma de pago", "pagado", "payment"], ["boolean"], opts=["Pagado", "Cargo a habitación"]),
 ])],
"No superar las plazas máximas de cada excursión."))

C.append(D("h4d30", "es",
"registro de horas extra: trabajador, fecha, nº de horas, motivo y si el encargado lo ha aprobado",
[E("Horas extra", ["hora extra", "overtime", "registro de horas"], [
    F("trabajador", "person", ["empleado", "employee"], ["text"]),
    F("fecha", "date", ["día", "date"]),
    F("horas", "decimal", ["nº de horas", "número de horas", "hours"], ["integer"]),
    F("motivo", "text", ["razón", "reason"], ["long_text"]),
    F("aprobado", "boolean", ["aprobado por el encargado", "approved"], ["choice"]),
    F("aprobado por", "person", ["encargado", "approver"], ["text"], opt=True),
 ])]))

C.append(D("h4d31", "es",
"Dirijo un centro de día para mayores en un pueblo. Tenemos una furgoneta que recoge a los usuarios por la mañana "
"en dos rutas (Ruta Norte y Ruta Sur) y los lleva a casa por la tarde. Para cada usuario necesito: nombre, "
"dirección de recogida, en qué ruta va, si usa silla de ruedas, teléfono de un familiar y su grado de dependencia "
"(I, II o III). Y cada día hay que pasar lista: si ha venido o no, y si no ha venido, por qué (enfermo, cita médica, "
"familia, sin avisar). Con eso hacemos la memoria para la Junta.",
[E("Usuario", ["usuaria", "mayor", "residente", "user"], [
    F("nombre", "text", ["name", "nombre completo"]),
    F("dirección de recogida", "text", ["dirección", "address", "recogida"], ["long_text"]),
    F("ruta", "choice", ["route", "ruta de transporte"], opts=["Ruta Norte", "Ruta Sur"]),
    F("silla de ruedas", "boolean", ["usa silla de ruedas", "wheelchair"]),
    F("teléfono familiar", "phone", ["teléfono de un familiar", "familiar", "teléfono"]),
    F("grado de dependencia", "choice", ["dependencia", "grado"], opts=["I", "II", "III"]),
 ]),
 E("Asistencia", ["pase de lista", "attendance", "asistencia diaria", "registro"], [
    F("usuario", "reference", ["usuaria", "user"], target="Usuario"),
    F("fecha", "date", ["día", "date"]),
    F("ha venido", "boolean", ["asistió", "presente", "vino"], ["choice"]),
    F("motivo de ausencia", "choice", ["motivo", "por qué", "reason"],
      opts=["Enfermo", "Cita médica", "Familia", "Sin avisar"]),
 ])],
"Memoria anual de asistencia para la Junta."))

C.append(D("h4d32", "es",
"Organizamos eventos de empresa (cenas de Navidad, convenciones, team buildings) y para cada evento contratamos a "
"varios proveedores: catering, sonido, fotógrafo, transporte... Ahora mismo va todo en un Excel por evento y es un "
"caos. Necesito los eventos (nombre, cliente, fecha, lugar, número de asistentes), los proveedores (nombre, tipo de "
"servicio, persona de contacto, teléfono, email) y luego qué proveedor va a cada evento, con el importe acordado, "
"si hemos pagado la señal y si ha enviado la factura.",
[E("Evento", ["event", "acto"], [
    F("nombre", "text", ["name", "nombre del evento"]),
    F("cliente", "text", ["empresa", "client", "cliente final"]),
    F("fecha", "date", ["date", "fecha del evento"], ["datetime"]),
    F("lugar", "text", ["venue", "ubicación", "sitio"]),
    F("número de asistentes", "integer", ["asistentes", "invitados", "attendees", "pax"]),
 ]),
 E("Proveedor", ["supplier", "vendor"], [
    F("nombre", "text", ["name"]),
    F("tipo de servicio", "choice", ["servicio", "tipo", "categoría"], ["text"],
      opts=["Catering", "Sonido", "Fotógrafo", "Transporte"]),
    F("persona de contacto", "text", ["contacto", "contact"]),
    F("teléfono", "phone", ["phone", "móvil"]),
    F("email", "email", ["correo", "e-mail"]),
 ]),
 E("Contratación", ["servicio contratado", "contrato", "booking", "proveedor del evento"], [
    F("evento", "reference", ["event"], target="Evento"),
    F("proveedor", "reference", ["supplier"], target="Proveedor"),
    F("importe acordado", "money", ["importe", "precio", "amount"]),
    F("señal pagada", "boolean", ["señal", "deposit paid", "anticipo pagado"]),
    F("factura recibida", "boolean", ["factura", "ha enviado la factura", "invoice received"], ["file"]),
 ])]))

# ---------------- German ----------------
C.append(D("h4d33", "de",
"Wir sind ein ambulanter Pflegedienst mit 18 Mitarbeitenden. Bisher schreiben wir die Einsätze auf Papier und das "
"Abtippen frisst Stunden. Klienten: Name, Adresse, Pflegegrad (1 bis 5), Krankenkasse, Telefon vom Angehörigen. "
"Bei jedem Einsatz: welcher Klient, welche Pflegekraft, Beginn und Ende, welche Leistungen (Grundpflege, "
"Medikamentengabe, Verbandswechsel, Hauswirtschaft) und ob es Auffälligkeiten gab – wenn ja, kurz beschreiben.",
[E("Klient", ["Klientin", "Patient", "Pflegebedürftiger", "client"], [
    F("Name", "text", ["Klientenname", "name"]),
    F("Adresse", "text", ["Anschrift", "address"], ["long_text"]),
    F("Pflegegrad", "choice", ["care level", "Pflegestufe"], ["integer"], opts=["1", "2", "3", "4", "5"]),
    F("Krankenkasse", "text", ["Kasse", "Pflegekasse", "insurance"], ["choice"]),
    F("Telefon Angehöriger", "phone", ["Angehöriger", "Telefon", "Notfallkontakt"]),
 ]),
 E("Einsatz", ["Besuch", "Pflegeeinsatz", "visit", "Tour"], [
    F("Klient", "reference", ["Klientin", "Patient"], target="Klient"),
    F("Pflegekraft", "person", ["Mitarbeiter", "Pflegerin", "carer"], ["text"]),
    F("Beginn", "datetime", ["Start", "von", "Anfang"]),
    F("Ende", "datetime", ["bis", "end"]),
    F("Leistungen", "multi_choice", ["Leistung", "Tätigkeiten", "services"],
      opts=["Grundpflege", "Medikamentengabe", "Verbandswechsel", "Hauswirtschaft"]),
    F("Auffälligkeiten", "boolean", ["Auffälligkeit", "Besonderheiten"], ["choice"]),
    F("Beschreibung", "long_text", ["Beschreibung der Auffälligkeit", "Bemerkung", "Notizen"], ["text"]),
 ])]))

C.append(D("h4d34", "de",
"Servus, Elektrobetrieb mit 9 Gesellen. Ich brauche eine Übersicht, wer wie viele Stunden auf welcher Baustelle "
"war, damit ich richtig abrechnen kann. Baustelle: Bezeichnung, Auftraggeber, Adresse, Auftragsnummer. Pro Eintrag: "
"Baustelle, Mitarbeiter, Datum, Stunden, Tätigkeit kurz, und ob Material vom Lager mitgenommen wurde.",
[E("Baustelle", ["Projekt", "Auftrag", "site"], [
    F("Bezeichnung", "text", ["Name", "Baustellenname"]),
    F("Auftraggeber", "text", ["Kunde", "Bauherr", "client"]),
    F("Adresse", "text", ["Anschrift", "address"], ["long_text"]),
    F("Auftragsnummer", "text", ["Auftrags-Nr", "Auftragsnr", "order number"]),
 ]),
 E("Zeiteintrag", ["Stundeneintrag", "Arbeitszeit", "Stundenzettel", "time entry"], [
    F("Baustelle", "reference", ["Projekt", "site"], target="Baustelle"),
    F("Mitarbeiter", "person", ["Geselle", "employee", "Monteur"], ["text"]),
    F("Datum", "date", ["Tag", "date"]),
    F("Stunden", "decimal", ["Arbeitsstunden", "hours"]),
    F("Tätigkeit", "text", ["Tätigkeit kurz", "Beschreibung", "activity"], ["long_text"]),
    F("Material mitgenommen", "boolean", ["Material", "Material vom Lager", "Lagermaterial"]),
 ])]))

C.append(D("h4d35", "de",
"Kita, 4 Gruppen (Käfer, Igel, Füchse, Eulen). Wir müssen wissen, wer welches Kind abholen darf. Pro Kind: Name, "
"Geburtsdatum, Gruppe, Allergien. Pro abholberechtigter Person: Name, Beziehung zum Kind (Mutter, Vater, Oma/Opa, "
"Nachbar, Sonstige), Telefonnummer, und ob die schriftliche Vollmacht vorliegt – am besten gleich als Scan.",
[E("Kind", ["child", "Kinder"], [
    F("Name", "text", ["name", "Vorname Nachname"]),
    F("Geburtsdatum", "date", ["geboren", "birthday", "Geburtstag"]),
    F("Gruppe", "choice", ["group", "Kita-Gruppe"], opts=["Käfer", "Igel", "Füchse", "Eulen"]),
    F("Allergien", "text", ["Allergie", "allergies", "Unverträglichkeiten"], ["long_text", "multi_choice"]),
 ]),
 E("Abholberechtigte Person", ["Abholberechtigter", "Abholperson", "authorised pick-up", "Abholberechtigung"], [
    F("Kind", "reference", ["child"], target="Kind"),
    F("Name", "text", ["name"]),
    F("Beziehung", "choice", ["Beziehung zum Kind", "relationship", "Verhältnis"],
      opts=["Mutter", "Vater", "Oma/Opa", "Nachbar", "Sonstige"]),
    F("Telefonnummer", "phone", ["Telefon", "phone", "Handy"]),
    F("Vollmacht", "file", ["Scan", "schriftliche Vollmacht", "Vollmacht Scan"]),
    F("Vollmacht liegt vor", "boolean", ["Vollmacht vorhanden", "schriftliche Vollmacht liegt vor"], opt=True),
 ])]))

C.append(D("h4d36", "de",
"Hausverwaltung, wir betreuen ca. 300 Wohnungen in 12 Häusern. Einmal im Jahr (und bei Mieterwechsel) werden die "
"Zählerstände abgelesen. Ich hätte gern: Objekte (Straße + Hausnummer, Baujahr), Wohnungen (zu welchem Objekt, "
"Lage z.B. 2. OG links, Wohnfläche in m², aktueller Mieter) und die Ablesungen: welche Wohnung, Zählerart (Wasser "
"kalt, Wasser warm, Strom, Gas, Heizung), Zählernummer, Datum, Stand und ein Foto vom Zähler.",
[E("Objekt", ["Haus", "Gebäude", "Liegenschaft", "property"], [
    F("Adresse", "text", ["Straße und Hausnummer", "Anschrift", "address"]),
    F("Baujahr", "integer", ["year built"], ["text"]),
 ]),
 E("Wohnung", ["Einheit", "Mieteinheit", "flat", "apartment"], [
    F("Objekt", "reference", ["Haus", "Gebäude"], target="Objekt"),
    F("Lage", "text", ["Position", "Geschoss", "Etage"]),
    F("Wohnfläche", "decimal", ["Fläche", "m²", "area"]),
    F("Mieter", "text", ["aktueller Mieter", "tenant", "Mietername"]),
 ]),
 E("Ablesung", ["Zählerstand", "Zählerablesung", "meter reading"], [
    F("Wohnung", "reference", ["Einheit", "flat"], target="Wohnung"),
    F("Zählerart", "choice", ["Zählertyp", "Art", "meter type"],
      opts=["Wasser kalt", "Wasser warm", "Strom", "Gas", "Heizung"]),
    F("Zählernummer", "text", ["Zähler-Nr", "meter number"]),
    F("Datum", "date", ["Ablesedatum", "date"]),
    F("Stand", "decimal", ["Zählerstand", "reading", "Wert"], ["integer"]),
    F("Foto", "file", ["Zählerfoto", "Bild", "photo"]),
 ])]))

C.append(D("h4d37", "de",
"Unser Sportverein (ca. 250 Mitglieder) braucht endlich was für die Mitgliederverwaltung und die Beiträge. "
"Mitglied: Vor- und Nachname, Geburtsdatum, Adresse, E-Mail, Eintrittsdatum, Abteilung (Fußball, Turnen, Tennis, "
"Tischtennis – manche sind in mehreren), und ob ein SEPA-Mandat vorliegt. Beiträge werden jährlich fällig: pro "
"Mitglied und Jahr der Betrag, ob bezahlt, und das Zahlungsdatum. Mahnungen machen wir noch per Hand.",
[E("Mitglied", ["member", "Vereinsmitglied"], [
    F("Vorname", "text", ["first name"]),
    F("Nachname", "text", ["last name", "Name"]),
    F("Geburtsdatum", "date", ["geboren", "birth date"]),
    F("Adresse", "text", ["Anschrift", "address"], ["long_text"]),
    F("E-Mail", "email", ["Email", "Mail"]),
    F("Eintrittsdatum", "date", ["Eintritt", "Mitglied seit", "join date"]),
    F("Abteilungen", "multi_choice", ["Abteilung", "Sparte", "department"],
      opts=["Fußball", "Turnen", "Tennis", "Tischtennis"]),
    F("SEPA-Mandat", "boolean", ["SEPA", "Lastschriftmandat", "SEPA-Mandat liegt vor"], ["file"]),
 ]),
 E("Beitrag", ["Mitgliedsbeitrag", "Jahresbeitrag", "fee", "Beitragszahlung"], [
    F("Mitglied", "reference", ["member"], target="Mitglied"),
    F("Jahr", "integer", ["Beitragsjahr", "year"], ["text", "choice"]),
    F("Betrag", "money", ["Beitrag", "amount", "Summe"]),
    F("bezahlt", "boolean", ["Bezahlt?", "paid", "Zahlung erhalten"]),
    F("Zahlungsdatum", "date", ["bezahlt am", "Zahlungseingang", "payment date"]),
 ])]))

C.append(D("h4d38", "de",
"Wir sind ein Weingut und bieten am Wochenende Weinproben an. Jede Probe hat ein Datum mit Uhrzeit, ein Thema "
"(z.B. Riesling-Vertikale, Rotwein-Abend), max. Teilnehmerzahl und einen Preis pro Person. Die Gäste buchen telefonisch "
"oder per Mail: Name, Telefon, E-Mail, wie viele Personen, und ob schon bezahlt ist (Gutscheine gibt's auch, dann "
"bitte die Gutscheinnummer).",
[E("Weinprobe", ["Probe", "Verkostung", "tasting", "Termin"], [
    F("Datum und Uhrzeit", "datetime", ["Datum", "Uhrzeit", "Termin", "date"]),
    F("Thema", "text", ["Titel", "topic", "Motto"]),
    F("max. Teilnehmer", "integer", ["Teilnehmerzahl", "Plätze", "capacity", "maximale Teilnehmerzahl"]),
    F("Preis pro Person", "money", ["Preis", "price"]),
 ]),
 E("Buchung", ["Reservierung", "Anmeldung", "booking"], [
    F("Weinprobe", "reference", ["Probe", "Verkostung"], target="Weinprobe"),
    F("Name", "text", ["Gast", "name"]),
    F("Telefon", "phone", ["Telefonnummer", "phone"]),
    F("E-Mail", "email", ["Mail", "email"]),
    F("Personen", "integer", ["Anzahl Personen", "wie viele Personen", "Teilnehmer"]),
    F("bezahlt", "boolean", ["Zahlung", "paid"], ["choice"]),
    F("Gutscheinnummer", "text", ["Gutschein", "voucher"]),
 ])],
"Teilnehmerzahl pro Weinprobe nicht überschreiten."))

C.append(D("h4d39", "de",
"Mängelliste für die Bauabnahme: Raum, was ist kaputt/fehlt, Foto, Gewerk (Maler, Elektro, Sanitär, Trockenbau), "
"bis wann behoben, erledigt ja/nein",
[E("Mangel", ["Mängel", "Mängelpunkt", "defect", "Mangelmeldung"], [
    F("Raum", "text", ["room", "Ort", "Lage"]),
    F("Beschreibung", "long_text", ["Mangel", "was ist kaputt", "description"], ["text"]),
    F("Foto", "file", ["Bild", "photo"]),
    F("Gewerk", "choice", ["trade", "Handwerker"], opts=["Maler", "Elektro", "Sanitär", "Trockenbau"]),
    F("Frist", "date", ["bis wann behoben", "behoben bis", "Fällig", "deadline"]),
    F("erledigt", "boolean", ["behoben", "done", "erledigt ja/nein"]),
 ])]))

C.append(D("h4d40", "de",
"Hallo zusammen, kurz zum Hintergrund: wir sind eine kleine Spedition mit 14 LKW und die Fahrzeugkosten laufen uns "
"davon, aber keiner weiß genau wo. Ich stelle mir das so vor – erstens die Fahrzeuge selbst: Kennzeichen, Marke/"
"Modell, Erstzulassung, nächster TÜV-Termin. Zweitens jede Betankung: welches Fahrzeug, Datum, Liter, Betrag, "
"Kilometerstand und wer getankt hat (die Fahrer machen ein Foto vom Beleg). Drittens Werkstattaufenthalte: Fahrzeug, "
"Datum, Werkstatt, was gemacht wurde, Kosten und ob es ein Garantiefall war. Am Ende will der Chef Kosten pro "
"Fahrzeug und Monat sehen, aber das ist dann Auswertung.",
[E("Fahrzeug", ["LKW", "truck", "vehicle"], [
    F("Kennzeichen", "text", ["Nummernschild", "plate"]),
    F("Marke/Modell", "text", ["Modell", "Marke", "Typ"]),
    F("Erstzulassung", "date", ["EZ", "Zulassungsdatum"]),
    F("nächster TÜV", "date", ["TÜV", "TÜV-Termin", "HU fällig"]),
 ]),
 E("Betankung", ["Tankvorgang", "Tankbeleg", "refuelling", "Tanken"], [
    F("Fahrzeug", "reference", ["LKW"], target="Fahrzeug"),
    F("Datum", "date", ["Tankdatum", "date"], ["datetime"]),
    F("Liter", "decimal", ["Menge", "litres"]),
    F("Betrag", "money", ["Kosten", "Preis", "amount"]),
    F("Kilometerstand", "integer", ["km", "km-Stand", "Tachostand"], ["decimal"]),
    F("Fahrer", "person", ["getankt von", "wer getankt hat", "driver"], ["text"]),
    F("Beleg", "file", ["Foto", "Tankbeleg", "Quittung", "receipt"]),
 ]),
 E("Werkstattaufenthalt", ["Reparatur", "Werkstattbesuch", "Wartung", "repair"], [
    F("Fahrzeug", "reference", ["LKW"], target="Fahrzeug"),
    F("Datum", "date", ["date"]),
    F("Werkstatt", "text", ["garage", "Betrieb"]),
    F("Arbeiten", "long_text", ["was gemacht wurde", "Beschreibung", "Leistungen"], ["text"]),
    F("Kosten", "money", ["Betrag", "Rechnungsbetrag", "cost"]),
    F("Garantiefall", "boolean", ["Garantie", "Gewährleistung", "warranty"]),
 ])],
"Auswertung: Kosten pro Fahrzeug und Monat."))

if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.jsonl"), C)
    print(len(C), "draft cases")
