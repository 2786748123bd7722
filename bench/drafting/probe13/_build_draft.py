#!/usr/bin/env python3
"""Builds draft.jsonl for probe13 (domains: research labs, town halls & public services, sports clubs,
property management & real estate, transport & fleets)."""
import json, os

def F(name, aliases, type_, alt=(), options=None, target=None, opt=False):
    f = {"name": name, "aliases": list(aliases), "type": type_, "alt_types": list(alt)}
    if options is not None:
        f["options"] = list(options)
    if target is not None:
        f["target"] = target
    if opt:
        f["optional"] = True
    return f

def E(name, aliases, fields):
    return {"name": name, "aliases": list(aliases), "fields": fields}

NOTES = {
    "en": lambda: F("notes", ["comments", "remarks", "note"], "long_text", ["text"], opt=True),
    "fr": lambda: F("remarques", ["notes", "commentaires", "observations", "comments"], "long_text", ["text"], opt=True),
    "es": lambda: F("observaciones", ["notas", "comentarios", "notes", "comments"], "long_text", ["text"], opt=True),
    "de": lambda: F("Bemerkungen", ["Notizen", "Kommentar", "Anmerkungen", "notes"], "long_text", ["text"], opt=True),
}

CASES = []

def C(id_, lang, prompt, entities, notes=""):
    rels = []
    for e in entities:
        for f in e["fields"]:
            if f["type"] == "reference" and not f.get("optional"):
                rels.append({"from": e["name"], "to": f["target"]})
    CASES.append({"id": id_, "lang": lang, "prompt": prompt, "entities": entities, "relations": rels, "notes": notes})

# ------------------------------------------------------------------ English (16)
C("p13d01", "en",
  "We share three big instruments across the institute (confocal, the cryo-EM, the mass spec). I need a booking system: "
  "for each instrument its name, which room it's in and who the responsible scientist is. People book a slot with a start "
  "and end time and have to put the project/grant code. Only people who've done the instrument training are allowed, so we "
  "also need to record who was trained on what and on which date.",
  [E("Instrument", ["equipment", "machine", "device"], [
      F("name", ["instrument name", "instrument"], "text"),
      F("room", ["location", "lab", "room number"], "text", ["choice"]),
      F("responsible scientist", ["responsible", "responsible person", "owner", "contact", "manager"], "person", ["text"]),
      NOTES["en"]()]),
   E("Booking", ["slot", "reservation", "instrument booking"], [
      F("instrument", ["equipment"], "reference", target="Instrument"),
      F("booked by", ["user", "researcher", "who", "person"], "person", ["text"]),
      F("start", ["start time", "from", "starts at"], "datetime"),
      F("end", ["end time", "to", "ends at", "until"], "datetime"),
      F("project code", ["grant code", "project", "grant", "project/grant code"], "text")]),
   E("Training", ["training record", "authorisation", "authorization", "qualified user"], [
      F("instrument", ["equipment"], "reference", target="Instrument"),
      F("trainee", ["person", "user", "trained person", "who", "researcher"], "person", ["text"]),
      F("training date", ["date", "trained on", "date trained"], "date"),
      F("trainer", ["trained by", "instructor"], "person", ["text"], opt=True)])],
  "Bookings only allowed for users with a training record on that instrument; no overlapping bookings.")

C("p13d02", "en",
  "chemical inventory for lab 3.14\n"
  "- chemical name, CAS number\n- hazard class: flammable / corrosive / toxic / oxidizer\n- how much we have + unit (grams, kg, mL, litres)\n"
  "- which cabinet it's in (cabinets have a name, a room, and are either flammables, acids or general)\n"
  "- expiry date\n- the safety data sheet pdf",
  [E("Chemical", ["substance", "reagent", "chemical inventory", "item"], [
      F("chemical name", ["name", "chemical", "substance"], "text"),
      F("CAS number", ["CAS", "CAS no", "CAS #"], "text"),
      F("hazard class", ["hazard", "hazard category", "hazards", "GHS class"], "choice", ["multi_choice"],
        options=["Flammable", "Corrosive", "Toxic", "Oxidizer"]),
      F("quantity", ["amount", "how much", "stock"], "decimal", ["integer"]),
      F("unit", ["units", "unit of measure"], "choice", ["text"], options=["grams", "kg", "mL", "litres"]),
      F("cabinet", ["storage cabinet", "location", "storage"], "reference", target="Cabinet"),
      F("expiry date", ["expires", "expiration date", "best before", "expiry"], "date"),
      F("safety data sheet", ["SDS", "MSDS", "data sheet", "SDS pdf"], "file")]),
   E("Cabinet", ["storage cabinet", "cupboard", "storage"], [
      F("name", ["cabinet name", "cabinet", "label"], "text"),
      F("room", ["location", "lab"], "text"),
      F("type", ["cabinet type", "category", "kind"], "choice", options=["Flammables", "Acids", "General"])])])

C("p13d03", "en",
  "Hi, I'm at the council's highways team. Residents phone or email us about potholes, broken streetlights, fly tipping, "
  "graffiti etc. We want to log every report: who reported it (name, phone, email, all optional really), the location/address, "
  "what kind of problem, a photo if they sent one, date reported. Then we assign it to one of our crews - a crew has a name, "
  "a crew leader and a van registration - and track it through Reported, Assigned, In progress, Fixed. Want the date it was fixed too.",
  [E("Report", ["issue", "street issue", "problem report", "incident", "case", "request"], [
      F("reporter name", ["reported by", "name", "resident", "resident name", "caller"], "text"),
      F("phone", ["phone number", "reporter phone", "telephone"], "phone"),
      F("email", ["reporter email", "email address"], "email"),
      F("location", ["address", "street", "where", "location/address"], "text", ["long_text"]),
      F("problem type", ["category", "type", "kind of problem", "issue type"], "choice",
        options=["Pothole", "Broken streetlight", "Fly tipping", "Graffiti"]),
      F("photo", ["picture", "image", "attachment"], "file"),
      F("date reported", ["reported on", "report date", "date", "received"], "date", ["datetime"]),
      F("crew", ["assigned crew", "team", "assigned to"], "reference", target="Crew"),
      F("status", ["state", "progress"], "choice", options=["Reported", "Assigned", "In progress", "Fixed"]),
      F("date fixed", ["fixed on", "resolved on", "completion date", "fixed date"], "date", ["datetime"]),
      F("description", ["details", "what happened"], "long_text", ["text"], opt=True)]),
   E("Crew", ["team", "highways crew", "work crew"], [
      F("name", ["crew name", "team name"], "text"),
      F("crew leader", ["leader", "team leader", "lead", "supervisor"], "person", ["text"]),
      F("van registration", ["van", "registration", "van reg", "vehicle", "reg plate"], "text")])],
  "Status follows Reported > Assigned > In progress > Fixed; reporter contact details optional.")

C("p13d04", "en",
  "ok so the registry office currently does wedding + civil partnership ceremonies out of a paper diary and it's a mess. "
  "couple's names, ceremony date and time, which room (council chamber, the mayors parlour or the garden if weather is ok), "
  "which registrar is doing it, the two witnesses names, whether the fee has been paid and how much it was, and whether we've "
  "got their notice of marriage docs in. also wedding or civil partnership obviously. thanks!!",
  [E("Ceremony", ["wedding", "booking", "ceremony booking", "marriage"], [
      F("couple", ["couple's names", "couple names", "names", "partners", "partner 1"], "text"),
      F("date and time", ["ceremony date", "date", "ceremony date and time", "when", "time"], "datetime", ["date"]),
      F("room", ["venue", "location", "place"], "choice", options=["Council chamber", "Mayor's parlour", "Garden"]),
      F("registrar", ["officiant", "celebrant", "conducted by"], "person", ["text"]),
      F("witnesses", ["witness names", "witness 1", "witnesses names"], "text", ["long_text"]),
      F("fee paid", ["paid", "fee paid?", "payment received"], "boolean", ["choice"]),
      F("fee", ["fee amount", "amount", "price", "how much"], "money"),
      F("documents received", ["notice of marriage", "docs in", "notice received", "paperwork received", "documents"], "boolean", ["file"]),
      F("ceremony type", ["type", "kind"], "choice", options=["Wedding", "Civil partnership"]),
      NOTES["en"]()])])

C("p13d05", "en",
  "Membership and subs for our rugby club. Members: name, date of birth, email, mobile, membership type (Junior, Adult, Senior, Family) "
  "and the date they joined. Then every payment they make: which member, how much, date, how they paid (cash, card, bank transfer) "
  "and which season it's for (e.g. 2024/25).",
  [E("Member", ["player", "club member", "membership"], [
      F("name", ["full name", "member name"], "text"),
      F("date of birth", ["DOB", "birthday", "birth date"], "date"),
      F("email", ["email address"], "email"),
      F("mobile", ["phone", "mobile number", "phone number"], "phone"),
      F("membership type", ["type", "category", "membership"], "choice", options=["Junior", "Adult", "Senior", "Family"]),
      F("date joined", ["joined", "join date", "member since", "joined on"], "date")]),
   E("Payment", ["subscription", "subs", "fee", "membership payment"], [
      F("member", ["player", "paid by"], "reference", target="Member"),
      F("amount", ["how much", "sum", "fee"], "money"),
      F("date", ["payment date", "paid on", "date paid"], "date"),
      F("payment method", ["method", "how paid", "paid by"], "choice", options=["Cash", "Card", "Bank transfer"]),
      F("season", ["season (e.g. 2024/25)", "for season"], "text", ["choice"])])])

C("p13d06", "en",
  "Fixtures for the football club.\n"
  "* Teams - name, age group (U9 to U16 and Seniors), coach\n"
  "* Fixtures - which team, opponent, kick-off date/time, home or away, venue, our score, their score\n"
  "* Coaches need to know which players are available for each game - so for each fixture a list of players with yes/no/maybe\n"
  "Players are just name + team for now.",
  [E("Team", ["squad", "side"], [
      F("name", ["team name"], "text"),
      F("age group", ["age", "category", "age category"], "choice", ["text"],
        options=["U9", "U10", "U11", "U12", "U13", "U14", "U15", "U16", "Seniors"]),
      F("coach", ["manager", "trainer", "head coach"], "person", ["text"])]),
   E("Fixture", ["match", "game"], [
      F("team", ["our team", "squad"], "reference", target="Team"),
      F("opponent", ["opposition", "against", "versus", "opponents"], "text"),
      F("kick-off", ["date", "kick-off date/time", "kick off", "date and time", "match date"], "datetime", ["date"]),
      F("home or away", ["home/away", "home", "venue type", "location type"], "choice", ["boolean"], options=["Home", "Away"]),
      F("venue", ["ground", "pitch", "location", "address"], "text"),
      F("our score", ["goals for", "score us", "home score", "team score"], "integer"),
      F("their score", ["goals against", "opponent score", "away score", "opposition score"], "integer")]),
   E("Player", ["squad member", "member"], [
      F("name", ["player name", "full name"], "text"),
      F("team", ["squad"], "reference", target="Team")]),
   E("Availability", ["player availability", "selection", "response"], [
      F("fixture", ["match", "game"], "reference", target="Fixture"),
      F("player", ["member"], "reference", target="Player"),
      F("available", ["availability", "response", "answer", "status"], "choice", ["boolean"], options=["Yes", "No", "Maybe"])])])

C("p13d07", "en",
  "We manage about 40 residential buildings and tenants keep sending repair requests by text and WhatsApp, we lose half of them. "
  "I'd like: buildings (name + address), the flats in each building (flat number, number of bedrooms, current tenant name and phone), "
  "and the repair requests themselves - which flat, what's wrong, priority (Emergency / Urgent / Routine), when it was reported, "
  "which contractor we sent, what it cost us and photos. Status too obviously (open, contractor booked, done).",
  [E("Building", ["property", "block", "site"], [
      F("name", ["building name"], "text"),
      F("address", ["street address", "location"], "text", ["long_text"])]),
   E("Flat", ["unit", "apartment", "dwelling"], [
      F("building", ["property", "block"], "reference", target="Building"),
      F("flat number", ["number", "unit number", "flat", "apartment number", "flat no"], "text", ["integer"]),
      F("bedrooms", ["number of bedrooms", "beds", "rooms"], "integer"),
      F("tenant name", ["tenant", "current tenant", "occupant"], "text"),
      F("tenant phone", ["phone", "tenant mobile", "phone number"], "phone")]),
   E("Repair request", ["repair", "maintenance request", "job", "request", "work order", "issue"], [
      F("flat", ["unit", "apartment"], "reference", target="Flat"),
      F("description", ["what's wrong", "problem", "issue", "details", "fault"], "long_text", ["text"]),
      F("priority", ["urgency"], "choice", options=["Emergency", "Urgent", "Routine"]),
      F("reported on", ["date reported", "reported", "reported at", "date", "when reported"], "datetime", ["date"]),
      F("contractor", ["contractor sent", "tradesman", "supplier", "assigned contractor"], "text", ["choice"]),
      F("cost", ["what it cost", "amount", "price", "invoice amount"], "money"),
      F("photos", ["photo", "pictures", "images", "attachments"], "file"),
      F("status", ["state", "progress"], "choice", options=["Open", "Contractor booked", "Done"])])])

C("p13d08", "en",
  "lease register - tenant, which unit, lease start, lease end, monthly rent, deposit held; and log each rent payment we receive against the lease (date, amount, late or not)",
  [E("Lease", ["tenancy", "lease agreement", "contract"], [
      F("tenant", ["tenant name", "lessee", "renter"], "text"),
      F("unit", ["property", "flat", "apartment", "premises"], "text", ["choice"]),
      F("lease start", ["start date", "start", "from"], "date"),
      F("lease end", ["end date", "end", "expiry", "to"], "date"),
      F("monthly rent", ["rent", "rent per month", "rent amount"], "money"),
      F("deposit", ["deposit held", "security deposit", "bond"], "money")]),
   E("Rent payment", ["payment", "rent received", "receipt", "rent"], [
      F("lease", ["tenancy", "contract"], "reference", target="Lease"),
      F("date", ["payment date", "received on", "date received", "paid on"], "date"),
      F("amount", ["amount received", "sum", "paid"], "money"),
      F("late", ["late?", "paid late", "on time", "is late"], "boolean", ["choice"])])])

C("p13d09", "en",
  "Need somthing to keep on top of our vehicle servicing. For every vehicle: reg plate, make, model, year, current mileage and when the MOT is due. "
  "Every time one goes to the garage we log date, which garage, milage at the time, what was done, cost and scan of the invoice. "
  "Would be good to get a heads up 30 days before MOT due",
  [E("Vehicle", ["car", "van", "fleet vehicle"], [
      F("registration", ["reg plate", "reg", "plate", "number plate", "licence plate"], "text"),
      F("make", ["manufacturer", "brand"], "text", ["choice"]),
      F("model", ["vehicle model"], "text"),
      F("year", ["model year", "year of manufacture", "registration year"], "integer", ["text"]),
      F("current mileage", ["mileage", "odometer", "miles"], "integer", ["decimal"]),
      F("MOT due", ["MOT due date", "MOT", "MOT expiry", "next MOT"], "date")]),
   E("Service", ["service record", "garage visit", "maintenance", "service log", "repair"], [
      F("vehicle", ["car", "van"], "reference", target="Vehicle"),
      F("date", ["service date", "date of service"], "date"),
      F("garage", ["workshop", "garage name", "supplier"], "text", ["choice"]),
      F("mileage at service", ["mileage", "milage", "odometer", "mileage at the time"], "integer", ["decimal"]),
      F("work done", ["what was done", "description", "work carried out", "details"], "long_text", ["text"]),
      F("cost", ["amount", "price", "invoice amount"], "money"),
      F("invoice", ["invoice scan", "scan of the invoice", "receipt", "attachment"], "file")])],
  "Reminder 30 days before the MOT due date.")

C("p13d10", "en",
  "Fuel card log please. Our drivers fill up with fuel cards and finance wants to reconcile every fill-up: vehicle, driver, date, litres, "
  "total amount, which station and the odometer reading. Vehicles have a plate and a fuel type (diesel, petrol, electric - yes I know). "
  "Drivers have a name, employee number and their fuel card number.",
  [E("Fill-up", ["refuel", "fuel transaction", "fuel log", "fuelling", "transaction", "fuel entry"], [
      F("vehicle", ["car", "van"], "reference", target="Vehicle"),
      F("driver", ["employee"], "reference", target="Driver"),
      F("date", ["fill-up date", "transaction date", "when"], "date", ["datetime"]),
      F("litres", ["liters", "volume", "quantity", "fuel litres"], "decimal"),
      F("total amount", ["amount", "cost", "total", "price"], "money"),
      F("station", ["fuel station", "petrol station", "where", "location"], "text"),
      F("odometer", ["odometer reading", "mileage", "km", "odometer reading"], "integer", ["decimal"])]),
   E("Vehicle", ["car", "van", "fleet vehicle"], [
      F("plate", ["registration", "reg", "number plate", "licence plate"], "text"),
      F("fuel type", ["fuel", "energy"], "choice", options=["Diesel", "Petrol", "Electric"])]),
   E("Driver", ["employee", "staff"], [
      F("name", ["driver name", "full name"], "text", ["person"]),
      F("employee number", ["staff number", "employee id", "personnel number", "employee no"], "text", ["integer"]),
      F("fuel card number", ["fuel card", "card number", "card"], "text")])])

C("p13d11", "en",
  "We're a small delivery company. Daily, each route (route code like N3, depot it starts from: North or South depot) is run by a driver "
  "in a van on a date. For each run I want departure time, number of stops, whether it was completed, and if not the reason. "
  "Vans: plate, capacity in kg.",
  [E("Route", ["delivery route", "round"], [
      F("route code", ["code", "name", "route", "route number"], "text"),
      F("depot", ["starting depot", "base", "start depot"], "choice", options=["North", "South"])]),
   E("Run", ["delivery run", "trip", "route run", "daily run", "shift", "tour"], [
      F("route", ["delivery route"], "reference", target="Route"),
      F("driver", ["courier", "driven by"], "person", ["text"]),
      F("van", ["vehicle"], "reference", target="Van"),
      F("date", ["run date", "day"], "date"),
      F("departure time", ["departure", "departed at", "start time", "left at"], "datetime", ["text"]),
      F("number of stops", ["stops", "stop count", "drops"], "integer"),
      F("completed", ["done", "completed?", "finished"], "boolean", ["choice"]),
      F("reason not completed", ["reason", "why not", "failure reason", "reason if not completed"], "long_text", ["text", "choice"])]),
   E("Van", ["vehicle", "truck"], [
      F("plate", ["registration", "reg", "number plate"], "text"),
      F("capacity", ["capacity in kg", "payload", "max load", "capacity kg"], "decimal", ["integer"])])])

C("p13d12", "en",
  "Grants office here. We want to track the research grants our PIs hold: funder, grant title, PI, amount awarded, start and end date. "
  "Each grant comes with reporting obligations - interim, final, financial reports - each with a due date, who's responsible, whether it's been "
  "submitted and the submitted file. Also nice to tag the grant with our research themes (Health, Climate, AI, Materials).",
  [E("Grant", ["research grant", "award", "funding"], [
      F("funder", ["funding body", "sponsor", "agency"], "text", ["choice"]),
      F("title", ["grant title", "project title", "name"], "text"),
      F("PI", ["principal investigator", "lead researcher", "investigator"], "person", ["text"]),
      F("amount awarded", ["amount", "award amount", "value", "budget"], "money"),
      F("start date", ["start", "starts"], "date"),
      F("end date", ["end", "ends"], "date"),
      F("research themes", ["themes", "tags", "theme"], "multi_choice", ["choice"], options=["Health", "Climate", "AI", "Materials"])]),
   E("Report", ["reporting obligation", "grant report", "deliverable", "report due"], [
      F("grant", ["research grant", "award"], "reference", target="Grant"),
      F("report type", ["type", "kind"], "choice", options=["Interim", "Final", "Financial"]),
      F("due date", ["due", "deadline"], "date"),
      F("responsible", ["owner", "responsible person", "who's responsible", "assigned to"], "person", ["text"]),
      F("submitted", ["submitted?", "done", "status"], "boolean", ["choice"]),
      F("submitted file", ["file", "report file", "document", "attachment", "report"], "file")])])

C("p13d13", "en",
  "Town hall lets its function rooms to local clubs & associations. Rooms: name, capacity, hourly rate. Associations: name, contact person, phone, "
  "email. Each rental = which room, which association, date, start and end time, whether the deposit was paid, and whether the keys came back.",
  [E("Room", ["function room", "hall", "venue"], [
      F("name", ["room name"], "text"),
      F("capacity", ["max people", "seats", "max capacity"], "integer"),
      F("hourly rate", ["rate", "price per hour", "hourly price", "cost per hour"], "money")]),
   E("Association", ["club", "group", "organisation", "organization", "hirer"], [
      F("name", ["association name", "club name"], "text"),
      F("contact person", ["contact", "contact name"], "text"),
      F("phone", ["phone number", "telephone"], "phone"),
      F("email", ["email address"], "email")]),
   E("Rental", ["booking", "hire", "room hire", "letting", "reservation"], [
      F("room", ["function room", "hall"], "reference", target="Room"),
      F("association", ["club", "group", "hirer"], "reference", target="Association"),
      F("date", ["rental date", "booking date"], "date"),
      F("start time", ["start", "from"], "datetime", ["text"]),
      F("end time", ["end", "to", "until"], "datetime", ["text"]),
      F("deposit paid", ["deposit", "deposit paid?"], "boolean", ["choice"]),
      F("keys returned", ["keys back", "keys came back", "keys returned?", "keys"], "boolean", ["choice"])])],
  "No double bookings of a room.")

C("p13d14", "en",
  "Volunteer rota for our athletics club events (open meets, the 10k, cross country). Each event has a name, date and location. For each event we need "
  "volunteers in shifts: role (bar, gate, stewarding, first aid, timing), volunteer's name and mobile, start and end time. Flag if the volunteer has a DBS check.",
  [E("Event", ["meet", "race", "competition"], [
      F("name", ["event name", "title"], "text"),
      F("date", ["event date"], "date"),
      F("location", ["venue", "place", "where"], "text")]),
   E("Shift", ["volunteer shift", "rota slot", "slot", "assignment", "volunteer"], [
      F("event", ["meet", "race"], "reference", target="Event"),
      F("role", ["job", "task", "position"], "choice", options=["Bar", "Gate", "Stewarding", "First aid", "Timing"]),
      F("volunteer name", ["volunteer", "name", "who"], "text", ["person"]),
      F("mobile", ["phone", "mobile number", "volunteer mobile"], "phone"),
      F("start time", ["start", "from"], "datetime", ["text"]),
      F("end time", ["end", "to", "until"], "datetime", ["text"]),
      F("DBS check", ["DBS", "DBS checked", "has DBS", "DBS check?"], "boolean")])])

C("p13d15", "en",
  "Estate agency - viewings tracker. Listings: address, asking price, property type (flat, terraced, semi, detached, bungalow), bedrooms, the negotiator "
  "handling it. Viewings: which listing, buyer name, buyer phone, date & time, who did the viewing, feedback, and interest level hot/warm/cold.",
  [E("Listing", ["property", "home", "house", "instruction"], [
      F("address", ["property address"], "text", ["long_text"]),
      F("asking price", ["price", "asking", "list price"], "money"),
      F("property type", ["type", "kind"], "choice", options=["Flat", "Terraced", "Semi", "Detached", "Bungalow"]),
      F("bedrooms", ["number of bedrooms", "beds"], "integer"),
      F("negotiator", ["agent", "handled by", "owner", "responsible agent"], "person", ["text"]),
      F("status", ["listing status", "state"], "choice", options=["Available", "Under offer", "Sold"], opt=True)]),
   E("Viewing", ["appointment", "visit", "showing"], [
      F("listing", ["property", "house"], "reference", target="Listing"),
      F("buyer name", ["buyer", "applicant", "viewer", "name"], "text"),
      F("buyer phone", ["phone", "buyer mobile", "phone number"], "phone"),
      F("date and time", ["date", "when", "date & time", "viewing date", "time"], "datetime"),
      F("conducted by", ["agent", "who did the viewing", "accompanied by", "negotiator", "host"], "person", ["text"]),
      F("feedback", ["comments", "buyer feedback", "notes"], "long_text", ["text"]),
      F("interest level", ["interest", "rating", "temperature"], "choice", options=["Hot", "Warm", "Cold"])])])

C("p13d16", "en",
  "damage reports for the vans. keep a list of our 14 vans (plate + model), then for every incident: which van, driver, when, where it happened, what happened, "
  "photos, was a third party involved y/n, insurance claim number if there is one, repair cost",
  [E("Van", ["vehicle", "fleet vehicle"], [
      F("plate", ["registration", "reg", "number plate", "licence plate"], "text"),
      F("model", ["make and model", "make/model"], "text")]),
   E("Damage report", ["incident", "accident", "damage", "incident report", "report"], [
      F("van", ["vehicle"], "reference", target="Van"),
      F("driver", ["driven by", "employee"], "person", ["text"]),
      F("when", ["date", "date and time", "occurred on", "incident date"], "datetime", ["date"]),
      F("where", ["location", "place", "address"], "text"),
      F("what happened", ["description", "details", "account"], "long_text", ["text"]),
      F("photos", ["photo", "pictures", "images"], "file"),
      F("third party involved", ["third party", "third party?", "other party involved"], "boolean", ["choice"]),
      F("insurance claim number", ["claim number", "claim no", "insurance claim", "claim ref"], "text"),
      F("repair cost", ["cost", "repair amount", "damage cost"], "money")])])

# ------------------------------------------------------------------ French (8)
C("p13d17", "fr",
  "Bonjour, au service juridique de la mairie on voudrait un registre des arrêtés municipaux. Pour chaque arrêté : numéro, date de signature, objet, "
  "type (circulation, stationnement, travaux, manifestation), le signataire (maire ou adjoint), le PDF signé, et la date d'affichage. "
  "Il faudrait aussi savoir quel service l'a demandé, dans la liste des services (nom + responsable).",
  [E("Arrêté", ["arrêté municipal", "decree", "municipal order", "acte"], [
      F("numéro", ["numéro d'arrêté", "number", "référence", "n°"], "text"),
      F("date de signature", ["date", "signé le", "signature date"], "date"),
      F("objet", ["subject", "intitulé", "titre"], "text", ["long_text"]),
      F("type", ["catégorie", "nature"], "choice", options=["Circulation", "Stationnement", "Travaux", "Manifestation"]),
      F("signataire", ["signé par", "signatory", "signer"], "person", ["text", "choice"]),
      F("PDF signé", ["pdf", "document", "fichier", "arrêté signé", "signed pdf"], "file"),
      F("date d'affichage", ["affiché le", "date de publication", "publication date", "affichage"], "date"),
      F("service demandeur", ["service", "demandé par", "requesting department"], "reference", target="Service")]),
   E("Service", ["service municipal", "department", "direction"], [
      F("nom", ["nom du service", "name", "service"], "text"),
      F("responsable", ["chef de service", "manager", "head", "directeur"], "person", ["text"])])])

C("p13d18", "fr",
  "club de tennis - resa des terrains\n- terrains : nom, surface (terre battue, dur, gazon synthetique), eclairé ou pas\n"
  "- membres : nom, prenom, numero de licence, email\n- reservations : terrain, membre, date, heure de debut, duree (1h ou 2h), "
  "et si il y a un invité non membre",
  [E("Terrain", ["court", "court de tennis"], [
      F("nom", ["name", "numéro", "terrain"], "text"),
      F("surface", ["type de surface", "revêtement"], "choice", options=["Terre battue", "Dur", "Gazon synthétique"]),
      F("éclairé", ["eclairé", "éclairage", "lit", "floodlit", "éclairé ?"], "boolean")]),
   E("Membre", ["adhérent", "member", "joueur"], [
      F("nom", ["last name", "nom de famille"], "text"),
      F("prénom", ["prenom", "first name"], "text"),
      F("numéro de licence", ["licence", "n° licence", "numero de licence", "license number"], "text"),
      F("email", ["e-mail", "courriel", "adresse mail"], "email")]),
   E("Réservation", ["reservation", "resa", "booking", "créneau"], [
      F("terrain", ["court"], "reference", target="Terrain"),
      F("membre", ["adhérent", "joueur", "member"], "reference", target="Membre"),
      F("date", ["jour", "date de réservation"], "date", ["datetime"]),
      F("heure de début", ["heure de debut", "début", "heure", "start time"], "datetime", ["text"]),
      F("durée", ["duree", "duration"], "choice", ["integer", "decimal"], options=["1h", "2h"]),
      F("invité", ["invité non membre", "invite", "guest", "avec invité"], "boolean", ["text"])])])

C("p13d19", "fr",
  "Pour le labo, on aimerait suivre nos commandes de consommables et petits équipements. Chaque commande : fournisseur, qui la demande, date de la demande, "
  "montant HT, la ligne budgétaire (contrat ANR, ERC, fonctionnement...), le devis en pièce jointe et le statut (demandée, validée, commandée, reçue). "
  "Les fournisseurs : nom, n° client chez eux, contact commercial et son mail. Merci d'avance !",
  [E("Commande", ["order", "purchase order", "demande d'achat", "bon de commande"], [
      F("fournisseur", ["supplier", "vendor"], "reference", target="Fournisseur"),
      F("demandeur", ["demandé par", "requester", "qui la demande"], "person", ["text"]),
      F("date de la demande", ["date", "date de demande", "request date"], "date"),
      F("montant HT", ["montant", "amount", "prix", "total"], "money"),
      F("ligne budgétaire", ["budget", "ligne budget", "financement", "crédits", "budget line"], "text", ["choice"]),
      F("devis", ["pièce jointe", "quote", "devis pdf"], "file"),
      F("statut", ["status", "état"], "choice", options=["Demandée", "Validée", "Commandée", "Reçue"]),
      F("description", ["articles", "objet", "désignation", "détail"], "long_text", ["text"], opt=True)]),
   E("Fournisseur", ["supplier", "vendor", "prestataire"], [
      F("nom", ["name", "raison sociale", "fournisseur"], "text"),
      F("numéro client", ["n° client", "numero client", "customer number", "code client"], "text"),
      F("contact commercial", ["contact", "commercial", "sales contact"], "text"),
      F("email du contact", ["email", "mail", "e-mail", "courriel"], "email")])])

C("p13d20", "fr",
  "On gère un parc de logements sociaux et on veut dématérialiser les états des lieux. Un logement = adresse, type (T1 à T5), surface en m². "
  "Un état des lieux = le logement, le locataire, la date, entrée ou sortie, l'agent qui l'a fait, l'état général (bon, moyen, dégradé), "
  "les photos, et si c'est signé par le locataire.",
  [E("Logement", ["appartement", "dwelling", "unit", "bien"], [
      F("adresse", ["address"], "text", ["long_text"]),
      F("type", ["typologie", "type de logement"], "choice", options=["T1", "T2", "T3", "T4", "T5"]),
      F("surface", ["surface en m²", "superficie", "m2", "area"], "decimal", ["integer"])]),
   E("État des lieux", ["etat des lieux", "EDL", "inspection", "check-in/check-out"], [
      F("logement", ["appartement", "bien"], "reference", target="Logement"),
      F("locataire", ["tenant", "nom du locataire"], "text"),
      F("date", ["date de l'état des lieux", "fait le"], "date"),
      F("type", ["entrée ou sortie", "nature", "sens"], "choice", options=["Entrée", "Sortie"]),
      F("agent", ["fait par", "réalisé par", "technicien", "inspector"], "person", ["text"]),
      F("état général", ["état", "etat general", "condition", "overall condition"], "choice", options=["Bon", "Moyen", "Dégradé"]),
      F("photos", ["photo", "images", "pictures"], "file"),
      F("signé par le locataire", ["signé", "signature", "signé ?", "signed"], "boolean", ["file"]),
      NOTES["fr"]()])])

C("p13d21", "fr",
  "Transport scolaire de la commune : on a plusieurs circuits de car. Chaque circuit a un nom, un chauffeur et un numéro de car. "
  "Chaque circuit a des arrêts dans l'ordre avec l'heure de passage le matin. Et les élèves inscrits : nom, prénom, classe, "
  "leur arrêt, le téléphone d'un parent.",
  [E("Circuit", ["ligne", "route", "circuit de car"], [
      F("nom", ["name", "circuit", "nom du circuit"], "text"),
      F("chauffeur", ["conducteur", "driver"], "text", ["person"]),
      F("numéro de car", ["car", "bus", "véhicule", "immatriculation", "numero du car"], "text")]),
   E("Arrêt", ["arret", "stop", "point d'arrêt"], [
      F("circuit", ["ligne"], "reference", target="Circuit"),
      F("nom", ["name", "arrêt", "lieu", "nom de l'arrêt"], "text"),
      F("ordre", ["position", "rang", "numéro d'ordre", "order"], "integer"),
      F("heure de passage", ["heure", "horaire", "passage", "time"], "text", ["datetime"])]),
   E("Élève", ["eleve", "enfant", "pupil", "student", "inscrit"], [
      F("nom", ["last name", "nom de famille"], "text"),
      F("prénom", ["prenom", "first name"], "text"),
      F("classe", ["niveau", "class", "grade"], "text", ["choice"]),
      F("arrêt", ["arret", "stop", "point de montée"], "reference", target="Arrêt"),
      F("téléphone parent", ["téléphone", "telephone parent", "tel parent", "parent phone", "téléphone d'un parent"], "phone")])])

C("p13d22", "fr",
  "inscriptions cantine : nom et prénom de l'enfant, école (Jules Ferry ou Les Tilleuls), classe, jours de cantine (lundi mardi jeudi vendredi), "
  "régime (standard, sans porc, végétarien), allergies, PAI oui/non, et le mail + tel des parents",
  [E("Inscription", ["enfant", "inscription cantine", "élève", "registration", "child"], [
      F("nom", ["nom de l'enfant", "last name"], "text"),
      F("prénom", ["prenom", "first name"], "text"),
      F("école", ["ecole", "school", "établissement"], "choice", options=["Jules Ferry", "Les Tilleuls"]),
      F("classe", ["niveau", "class"], "text", ["choice"]),
      F("jours de cantine", ["jours", "days", "jours de présence"], "multi_choice", options=["Lundi", "Mardi", "Jeudi", "Vendredi"]),
      F("régime", ["regime", "diet", "régime alimentaire"], "choice", options=["Standard", "Sans porc", "Végétarien"]),
      F("allergies", ["allergie", "allergies alimentaires"], "long_text", ["text", "multi_choice"]),
      F("PAI", ["PAI oui/non", "projet d'accueil individualisé", "a un PAI"], "boolean"),
      F("email des parents", ["email", "mail", "mail des parents", "email parent", "courriel"], "email"),
      F("téléphone des parents", ["téléphone", "tel", "tel des parents", "téléphone parent", "phone"], "phone")])])

C("p13d23", "fr",
  "Salut ! Pour le club de foot j'ai besoin de suivre les licences. Les équipes (nom, catégorie U11/U13/U15/Seniors, l'éducateur) et les licenciés : "
  "nom, date de naissance, équipe, numéro de licence, le certificat médical (scan) avec sa date, et si la cotisation est payée. "
  "Ce serait top d'être prévenu quand un certif a plus de 3 ans.",
  [E("Équipe", ["equipe", "team", "groupe"], [
      F("nom", ["name", "nom de l'équipe"], "text"),
      F("catégorie", ["categorie", "category", "âge"], "choice", options=["U11", "U13", "U15", "Seniors"]),
      F("éducateur", ["educateur", "entraîneur", "coach"], "text", ["person"])]),
   E("Licencié", ["licencie", "joueur", "adhérent", "membre", "player", "licence"], [
      F("nom", ["nom complet", "name", "nom et prénom"], "text"),
      F("date de naissance", ["naissance", "date of birth", "né le"], "date"),
      F("équipe", ["equipe", "team"], "reference", target="Équipe"),
      F("numéro de licence", ["licence", "n° licence", "license number"], "text"),
      F("certificat médical", ["certificat", "certif", "scan du certificat", "medical certificate"], "file"),
      F("date du certificat", ["date certificat", "date du certif", "certificate date"], "date"),
      F("cotisation payée", ["cotisation", "payé", "paid", "cotisation payee"], "boolean", ["choice"])])],
  "Alert when a medical certificate is more than 3 years old.")

C("p13d24", "fr",
  "Agence immobilière : on veut suivre nos mandats de vente. Le bien (adresse, type maison/appartement/terrain, surface, nb de pièces), "
  "le ou les propriétaires vendeurs (nom, téléphone, email), et le mandat lui-même : quel bien, quel vendeur, simple ou exclusif, "
  "date de signature, durée en mois, prix de vente, honoraires en %, et le négociateur.",
  [E("Bien", ["propriété", "property", "logement", "bien immobilier"], [
      F("adresse", ["address"], "text", ["long_text"]),
      F("type", ["type de bien", "nature"], "choice", options=["Maison", "Appartement", "Terrain"]),
      F("surface", ["superficie", "m²", "area"], "decimal", ["integer"]),
      F("nombre de pièces", ["pièces", "nb de pièces", "rooms"], "integer")]),
   E("Vendeur", ["propriétaire", "owner", "seller", "mandant"], [
      F("nom", ["name", "nom du vendeur"], "text"),
      F("téléphone", ["telephone", "tel", "phone"], "phone"),
      F("email", ["mail", "e-mail", "courriel"], "email")]),
   E("Mandat", ["mandat de vente", "mandate", "listing agreement"], [
      F("bien", ["propriété", "property"], "reference", target="Bien"),
      F("vendeur", ["propriétaire", "seller", "mandant"], "reference", target="Vendeur"),
      F("type de mandat", ["type", "exclusivité"], "choice", options=["Simple", "Exclusif"]),
      F("date de signature", ["date", "signé le", "signature"], "date"),
      F("durée en mois", ["durée", "duree", "duration"], "integer"),
      F("prix de vente", ["prix", "price", "prix demandé"], "money"),
      F("honoraires", ["honoraires en %", "commission", "taux d'honoraires", "fees"], "decimal"),
      F("négociateur", ["negociateur", "agent", "conseiller"], "person", ["text"])])])

# ------------------------------------------------------------------ Spanish (8)
C("p13d25", "es",
  "Necesitamos controlar las calibraciones de los equipos del laboratorio (balanzas, pipetas, pHmetros...). De cada equipo: nombre, número de inventario, "
  "marca, ubicación y cada cuántos meses hay que calibrarlo. De cada calibración: el equipo, fecha, la empresa que la hizo, resultado (conforme / no conforme), "
  "el certificado y la fecha de la próxima.",
  [E("Equipo", ["instrumento", "equipment", "aparato"], [
      F("nombre", ["name", "equipo", "descripción"], "text"),
      F("número de inventario", ["inventario", "nº inventario", "numero de inventario", "inventory number", "código"], "text"),
      F("marca", ["fabricante", "brand", "manufacturer"], "text"),
      F("ubicación", ["ubicacion", "location", "sala", "laboratorio"], "text", ["choice"]),
      F("frecuencia de calibración", ["frecuencia", "cada cuántos meses", "periodicidad", "meses entre calibraciones", "calibration interval"], "integer")]),
   E("Calibración", ["calibracion", "calibration", "verificación"], [
      F("equipo", ["instrumento", "equipment"], "reference", target="Equipo"),
      F("fecha", ["fecha de calibración", "date"], "date"),
      F("empresa", ["proveedor", "empresa calibradora", "company", "laboratorio externo"], "text"),
      F("resultado", ["result", "estado"], "choice", ["boolean"], options=["Conforme", "No conforme"]),
      F("certificado", ["certificate", "documento", "certificado de calibración"], "file"),
      F("próxima calibración", ["fecha de la próxima", "próxima fecha", "proxima calibracion", "next calibration", "vencimiento"], "date")])])

C("p13d26", "es",
  "hola! en urbanismo del ayuntamiento recibimos solicitudes de licencia de obra menor y queremos llevarlas en una app. datos del solicitante (nombre, DNI, "
  "telefono, email), direccion de la obra, descripcion de la obra, presupuesto, fecha de solicitud, el tecnico que la revisa, estado (recibida, en revision, "
  "requerimiento, concedida, denegada) y los documentos que adjuntan (planos, fotos...)",
  [E("Solicitud", ["licencia", "solicitud de licencia", "expediente", "licencia de obra menor", "application"], [
      F("nombre del solicitante", ["solicitante", "nombre", "applicant", "applicant name"], "text"),
      F("DNI", ["NIF", "DNI del solicitante", "documento de identidad", "id number"], "text"),
      F("teléfono", ["telefono", "phone", "teléfono del solicitante"], "phone"),
      F("email", ["correo", "correo electrónico", "e-mail"], "email"),
      F("dirección de la obra", ["direccion de la obra", "dirección", "emplazamiento", "ubicación", "address"], "text", ["long_text"]),
      F("descripción de la obra", ["descripcion", "descripción", "obra", "description"], "long_text", ["text"]),
      F("presupuesto", ["importe", "presupuesto de la obra", "budget", "coste"], "money"),
      F("fecha de solicitud", ["fecha", "fecha de entrada", "submitted on"], "date"),
      F("técnico", ["tecnico", "técnico asignado", "revisado por", "responsable"], "person", ["text"]),
      F("estado", ["status", "situación"], "choice", options=["Recibida", "En revisión", "Requerimiento", "Concedida", "Denegada"]),
      F("documentos", ["adjuntos", "documentación", "planos", "attachments", "archivos"], "file")])])

C("p13d27", "es",
  "Campus de verano del club de baloncesto. Tenemos varios turnos (nombre del turno, fecha inicio, fecha fin, plazas, precio). Para cada inscripción: "
  "turno, nombre del niño/a, fecha de nacimiento, talla de camiseta (6-8, 9-11 o 12-14 años), alergias o medicación, nombre y teléfono del padre/madre/tutor, "
  "si ha pagado y si tiene autorización de fotos.",
  [E("Turno", ["campus", "semana", "session", "tanda"], [
      F("nombre", ["nombre del turno", "name", "turno"], "text"),
      F("fecha de inicio", ["fecha inicio", "inicio", "start date"], "date"),
      F("fecha de fin", ["fecha fin", "fin", "end date"], "date"),
      F("plazas", ["plazas disponibles", "capacidad", "capacity", "places"], "integer"),
      F("precio", ["price", "cuota", "importe"], "money")]),
   E("Inscripción", ["inscripcion", "participante", "niño", "registration", "alumno"], [
      F("turno", ["campus", "semana"], "reference", target="Turno"),
      F("nombre del niño", ["nombre", "niño/a", "participante", "nombre del participante", "child name"], "text"),
      F("fecha de nacimiento", ["nacimiento", "date of birth", "edad"], "date"),
      F("talla de camiseta", ["talla", "camiseta", "shirt size", "t-shirt size"], "choice", options=["6-8", "9-11", "12-14"]),
      F("alergias o medicación", ["alergias", "medicación", "información médica", "allergies"], "long_text", ["text"]),
      F("nombre del tutor", ["tutor", "padre/madre/tutor", "nombre del padre", "guardian", "responsable"], "text"),
      F("teléfono del tutor", ["teléfono", "telefono", "teléfono de contacto", "phone"], "phone"),
      F("pagado", ["ha pagado", "pago", "paid", "pagado?"], "boolean", ["choice"]),
      F("autorización de fotos", ["autorización fotos", "fotos", "consentimiento de imagen", "photo consent", "autorizacion de fotos"], "boolean")])],
  "Inscriptions limited to the shift's number of places.")

C("p13d28", "es",
  "Somos una administración de fincas. Llevamos unas 25 comunidades de propietarios. Quiero: comunidades (nombre, dirección, presidente actual, IBAN de la cuenta), "
  "los propietarios de cada comunidad (piso y puerta, nombre, email, teléfono, cuota mensual) y los recibos mensuales de cada propietario: mes, importe, "
  "si está pagado o devuelto.",
  [E("Comunidad", ["comunidad de propietarios", "finca", "edificio", "building"], [
      F("nombre", ["name", "comunidad"], "text"),
      F("dirección", ["direccion", "address"], "text", ["long_text"]),
      F("presidente", ["presidente actual", "president"], "text", ["person"]),
      F("IBAN", ["cuenta", "IBAN de la cuenta", "cuenta bancaria", "bank account"], "text")]),
   E("Propietario", ["vecino", "owner", "propiedad", "piso"], [
      F("comunidad", ["finca", "edificio"], "reference", target="Comunidad"),
      F("piso y puerta", ["piso", "puerta", "vivienda", "unidad", "flat"], "text"),
      F("nombre", ["name", "nombre del propietario", "propietario"], "text"),
      F("email", ["correo", "e-mail"], "email"),
      F("teléfono", ["telefono", "phone", "móvil"], "phone"),
      F("cuota mensual", ["cuota", "monthly fee", "importe cuota"], "money")]),
   E("Recibo", ["cuota", "recibo mensual", "receipt", "pago", "bill"], [
      F("propietario", ["vecino", "owner"], "reference", target="Propietario"),
      F("mes", ["periodo", "month", "fecha"], "text", ["date", "choice"]),
      F("importe", ["amount", "cantidad", "cuota"], "money"),
      F("estado", ["pagado", "situación", "status", "pagado o devuelto"], "choice", ["boolean"], options=["Pagado", "Devuelto"])])])

C("p13d29", "es",
  "Coches de empresa compartidos: quiero que la gente reserve el coche. Vehículos con matrícula, modelo, nº de plazas y si es eléctrico. "
  "Reserva: qué coche, quién, fecha/hora de salida y de vuelta, destino, km al salir y km al volver. Que no se puedan solapar reservas.",
  [E("Vehículo", ["vehiculo", "coche", "car", "vehicle"], [
      F("matrícula", ["matricula", "plate", "registration"], "text"),
      F("modelo", ["model", "marca y modelo"], "text"),
      F("plazas", ["nº de plazas", "asientos", "seats", "número de plazas"], "integer"),
      F("eléctrico", ["electrico", "es eléctrico", "electric", "eléctrico?"], "boolean", ["choice"])]),
   E("Reserva", ["booking", "reservation", "préstamo"], [
      F("vehículo", ["vehiculo", "coche", "car"], "reference", target="Vehículo"),
      F("empleado", ["quién", "quien", "conductor", "reservado por", "usuario", "employee"], "person", ["text"]),
      F("salida", ["fecha de salida", "fecha/hora de salida", "desde", "start"], "datetime", ["date"]),
      F("vuelta", ["fecha de vuelta", "regreso", "fecha/hora de vuelta", "hasta", "end", "devolución"], "datetime", ["date"]),
      F("destino", ["destination", "lugar"], "text"),
      F("km salida", ["km al salir", "kilometraje inicial", "km inicio", "start km"], "integer", ["decimal"]),
      F("km vuelta", ["km al volver", "kilometraje final", "km fin", "end km", "km llegada"], "integer", ["decimal"])])],
  "Bookings of the same car must not overlap.")

C("p13d30", "es",
  "El ayuntamiento presta material para fiestas a las asociaciones del pueblo (carpas, mesas, sillas, vallas, equipo de sonido). Necesito saber qué material tenemos "
  "y cuántas unidades, las asociaciones (nombre, responsable, teléfono) y cada préstamo: asociación, material, cuántas unidades, fecha de recogida, fecha de "
  "devolución prevista, si ha vuelto todo bien y la fianza.",
  [E("Material", ["artículo", "equipamiento", "item", "equipment"], [
      F("nombre", ["name", "material", "descripción"], "text"),
      F("unidades", ["cantidad", "cantidad disponible", "stock", "cuántas unidades", "quantity"], "integer"),
      F("tipo", ["categoría", "category"], "choice", options=["Carpas", "Mesas", "Sillas", "Vallas", "Equipo de sonido"], opt=True)]),
   E("Asociación", ["asociacion", "entidad", "association", "colectivo"], [
      F("nombre", ["name", "asociación"], "text"),
      F("responsable", ["persona de contacto", "contacto", "presidente", "contact"], "text"),
      F("teléfono", ["telefono", "phone", "móvil"], "phone")]),
   E("Préstamo", ["prestamo", "loan", "cesión", "reserva"], [
      F("asociación", ["asociacion", "entidad"], "reference", target="Asociación"),
      F("material", ["artículo", "item"], "reference", target="Material"),
      F("cantidad", ["unidades", "cuántas unidades", "quantity"], "integer"),
      F("fecha de recogida", ["recogida", "fecha de salida", "pickup date"], "date"),
      F("fecha de devolución prevista", ["devolución prevista", "fecha de devolución", "devolución", "return date"], "date"),
      F("devuelto en buen estado", ["devuelto", "ha vuelto bien", "estado", "vuelto todo bien", "returned ok"], "boolean", ["choice"]),
      F("fianza", ["depósito", "deposit", "importe fianza"], "money")])])

C("p13d31", "es",
  "En la inmobiliaria tenemos un lío con las llaves de los pisos que gestionamos. Cada inmueble tiene una referencia y dirección; de cada inmueble tenemos uno o varios "
  "juegos de llaves con su número de gancho en el armario. Quiero registrar quién se lleva cada juego, cuándo, para qué (visita, reparación, limpieza, "
  "entrega a inquilino) y cuándo lo devuelve.",
  [E("Inmueble", ["piso", "propiedad", "vivienda", "property"], [
      F("referencia", ["ref", "código", "reference"], "text"),
      F("dirección", ["direccion", "address"], "text", ["long_text"])]),
   E("Juego de llaves", ["llave", "llaves", "key set", "keys"], [
      F("inmueble", ["piso", "propiedad"], "reference", target="Inmueble"),
      F("número de gancho", ["gancho", "numero de gancho", "posición", "hook number", "ubicación"], "text", ["integer"]),
      F("descripción", ["nombre", "etiqueta", "juego"], "text", opt=True)]),
   E("Movimiento", ["salida", "préstamo", "registro", "checkout", "prestamo de llaves"], [
      F("juego de llaves", ["llave", "llaves", "juego"], "reference", target="Juego de llaves"),
      F("quién se lo lleva", ["quién", "persona", "empleado", "responsable", "retirado por", "who"], "person", ["text"]),
      F("fecha de salida", ["cuándo", "fecha", "salida", "taken on"], "datetime", ["date"]),
      F("motivo", ["para qué", "razón", "reason", "uso"], "choice", options=["Visita", "Reparación", "Limpieza", "Entrega a inquilino"]),
      F("fecha de devolución", ["devolución", "devuelto", "returned on", "cuándo lo devuelve"], "datetime", ["date"])])])

C("p13d32", "es",
  "Incidencias en las lineas de autobus urbano. Lineas: numero y nombre (ej. 4 - Hospital). Cada incidencia: linea, fecha y hora, tipo (retraso, averia, accidente, "
  "desvio), minutos de retraso, descripcion, el conductor y el numero de bus. Nada mas.",
  [E("Línea", ["linea", "line", "ruta"], [
      F("número", ["numero", "number", "línea"], "text", ["integer"]),
      F("nombre", ["name", "recorrido"], "text")]),
   E("Incidencia", ["incidente", "incident", "evento"], [
      F("línea", ["linea", "line"], "reference", target="Línea"),
      F("fecha y hora", ["fecha", "hora", "date", "cuándo"], "datetime", ["date"]),
      F("tipo", ["tipo de incidencia", "categoría", "type"], "choice", options=["Retraso", "Avería", "Accidente", "Desvío"]),
      F("minutos de retraso", ["retraso", "minutos", "delay minutes", "retraso en minutos"], "integer"),
      F("descripción", ["descripcion", "detalle", "description"], "long_text", ["text"]),
      F("conductor", ["chófer", "driver"], "person", ["text"]),
      F("número de bus", ["numero de bus", "bus", "autobús", "vehículo", "coche"], "text", ["integer"])])])

# ------------------------------------------------------------------ German (8)
C("p13d33", "de",
  "Wir sind ein Auftragslabor und nehmen Proben von Kunden an. Kunden: Firma, Ansprechpartner, E-Mail, Telefon. Auftrag: welcher Kunde, Eingangsdatum, "
  "Anzahl Proben, welche Analysen (Schwermetalle, Mikrobiologie, Pestizide, Allergene - oft mehrere), Frist, Bearbeiter im Labor, Status "
  "(eingegangen, in Analyse, Bericht versendet) und der Prüfbericht als PDF.",
  [E("Kunde", ["Auftraggeber", "customer", "client", "Firma"], [
      F("Firma", ["Firmenname", "Name", "company", "Kunde"], "text"),
      F("Ansprechpartner", ["Kontakt", "Kontaktperson", "contact"], "text"),
      F("E-Mail", ["Email", "Mail", "E-Mail-Adresse"], "email"),
      F("Telefon", ["Telefonnummer", "phone", "Tel"], "phone")]),
   E("Auftrag", ["Analyseauftrag", "order", "Probenauftrag", "job"], [
      F("Kunde", ["Auftraggeber", "customer"], "reference", target="Kunde"),
      F("Eingangsdatum", ["Eingang", "Datum", "received", "eingegangen am"], "date"),
      F("Anzahl Proben", ["Probenanzahl", "Proben", "number of samples", "Anzahl"], "integer"),
      F("Analysen", ["Analyse", "Analysenart", "Parameter", "tests", "analyses"], "multi_choice",
        options=["Schwermetalle", "Mikrobiologie", "Pestizide", "Allergene"]),
      F("Frist", ["Fälligkeit", "Deadline", "fällig am", "Termin", "due date"], "date"),
      F("Bearbeiter", ["Sachbearbeiter", "zuständig", "Laborant", "assigned to"], "person", ["text"]),
      F("Status", ["Stand", "Zustand"], "choice", options=["Eingegangen", "In Analyse", "Bericht versendet"]),
      F("Prüfbericht", ["Bericht", "PDF", "report", "Prüfbericht PDF"], "file")])])

C("p13d34", "de",
  "Terminvergabe fürs Bürgerbüro. Bürger buchen einen Termin mit Datum und Uhrzeit, Name, Telefonnummer und Anliegen (Personalausweis, Reisepass, "
  "Ummeldung, Führungszeugnis). Wir tragen ein an welchem Schalter (1-4) und welcher Sachbearbeiter, und ob die Person erschienen ist.",
  [E("Termin", ["Buchung", "appointment", "Terminbuchung"], [
      F("Datum und Uhrzeit", ["Termin", "Datum", "Uhrzeit", "Zeitpunkt", "date and time"], "datetime"),
      F("Name", ["Bürger", "Name des Bürgers", "Antragsteller"], "text"),
      F("Telefonnummer", ["Telefon", "Tel", "phone"], "phone"),
      F("Anliegen", ["Dienstleistung", "Grund", "Thema", "service"], "choice", ["multi_choice"],
        options=["Personalausweis", "Reisepass", "Ummeldung", "Führungszeugnis"]),
      F("Schalter", ["Platz", "Schalternummer", "counter", "desk"], "choice", ["integer", "text"], options=["1", "2", "3", "4"]),
      F("Sachbearbeiter", ["Bearbeiter", "Mitarbeiter", "zuständig", "clerk"], "person", ["text"]),
      F("erschienen", ["erschienen?", "anwesend", "nicht erschienen", "attended", "no-show"], "boolean", ["choice"])])])

C("p13d35", "de",
  "Hallo zusammen, für unseren Turnverein brauchen wir einen Hallenbelegungsplan. Wir haben mehrere Hallen (Name, Adresse, Größe: Einfach-, Zweifach-, "
  "Dreifachhalle). Jede Belegung: Halle, Abteilung (Fußball, Handball, Turnen, Volleyball, Tischtennis), Wochentag, von, bis, verantwortlicher Trainer "
  "und ab wann / bis wann die Belegung gilt (Saison). LG Petra",
  [E("Halle", ["Sporthalle", "Turnhalle", "hall", "gym"], [
      F("Name", ["Hallenname", "Bezeichnung"], "text"),
      F("Adresse", ["Anschrift", "address", "Ort"], "text", ["long_text"]),
      F("Größe", ["Groesse", "Hallentyp", "Typ", "size"], "choice", options=["Einfachhalle", "Zweifachhalle", "Dreifachhalle"])]),
   E("Belegung", ["Hallenbelegung", "Trainingszeit", "Buchung", "slot", "booking"], [
      F("Halle", ["Sporthalle", "hall"], "reference", target="Halle"),
      F("Abteilung", ["Sparte", "Sportart", "department"], "choice",
        options=["Fußball", "Handball", "Turnen", "Volleyball", "Tischtennis"]),
      F("Wochentag", ["Tag", "weekday", "day"], "choice", ["text"],
        options=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]),
      F("Beginn", ["von", "Startzeit", "Uhrzeit Beginn", "from", "start"], "text", ["datetime"]),
      F("Ende", ["bis", "Endzeit", "Uhrzeit Ende", "to", "end"], "text", ["datetime"]),
      F("Trainer", ["verantwortlicher Trainer", "Übungsleiter", "Verantwortlicher", "coach"], "text", ["person"]),
      F("gültig ab", ["ab", "Beginn Saison", "Saisonbeginn", "valid from", "gilt ab"], "date"),
      F("gültig bis", ["bis wann", "Ende Saison", "Saisonende", "valid until", "gilt bis"], "date")])])

C("p13d36", "de",
  "Zaehlerstaende fuer unsere Hausverwaltung erfassen: Wohnungen (Objekt/Adresse, Wohnungsnr, aktueller Mieter), pro Wohnung mehrere Zaehler "
  "(Zaehlernummer, Art: Strom, Gas, Kaltwasser, Warmwasser, Heizung) und die Ablesungen (welcher Zaehler, Datum, Stand, Foto vom Zaehler, wer abgelesen hat).",
  [E("Wohnung", ["Einheit", "Mieteinheit", "flat", "apartment"], [
      F("Objekt", ["Adresse", "Objekt/Adresse", "Gebäude", "Liegenschaft", "address"], "text", ["long_text"]),
      F("Wohnungsnummer", ["Wohnungsnr", "Nummer", "Wohnung", "unit number"], "text"),
      F("Mieter", ["aktueller Mieter", "Bewohner", "tenant"], "text")]),
   E("Zähler", ["Zaehler", "meter", "Messgerät"], [
      F("Wohnung", ["Einheit", "flat"], "reference", target="Wohnung"),
      F("Zählernummer", ["Zaehlernummer", "Nummer", "meter number", "Zähler-Nr"], "text"),
      F("Art", ["Zählerart", "Typ", "Medium", "type"], "choice", options=["Strom", "Gas", "Kaltwasser", "Warmwasser", "Heizung"])]),
   E("Ablesung", ["Zählerstand", "Zaehlerstand", "reading", "Ablesewert"], [
      F("Zähler", ["Zaehler", "meter"], "reference", target="Zähler"),
      F("Datum", ["Ablesedatum", "date", "abgelesen am"], "date"),
      F("Stand", ["Zählerstand", "Wert", "Zaehlerstand", "reading", "value"], "decimal", ["integer"]),
      F("Foto", ["Bild", "Foto vom Zähler", "photo"], "file"),
      F("abgelesen von", ["Ableser", "wer abgelesen hat", "erfasst von", "read by"], "person", ["text"])])])

C("p13d37", "de",
  "Fuhrpark: wir müssen halbjährlich die Führerscheine unserer Fahrer kontrollieren (Halterhaftung). Fahrer mit Name, Personalnummer, Führerscheinklassen "
  "(B, BE, C1, C, CE), Ablaufdatum vom Führerschein. Jede Kontrolle: Fahrer, Datum, geprüft von, Ergebnis (in Ordnung / nicht in Ordnung), Scan/Foto des Führerscheins. "
  "Erinnerung wenn die nächste Kontrolle fällig ist wäre super.",
  [E("Fahrer", ["Mitarbeiter", "driver", "Fahrerin"], [
      F("Name", ["Fahrername", "Vor- und Nachname"], "text", ["person"]),
      F("Personalnummer", ["Personalnr", "Mitarbeiternummer", "employee number"], "text"),
      F("Führerscheinklassen", ["Klassen", "Fuehrerscheinklassen", "Führerscheinklasse", "licence classes"], "multi_choice",
        options=["B", "BE", "C1", "C", "CE"]),
      F("Ablaufdatum", ["Führerschein gültig bis", "gültig bis", "Ablaufdatum Führerschein", "expiry date"], "date")]),
   E("Kontrolle", ["Führerscheinkontrolle", "Prüfung", "check", "licence check"], [
      F("Fahrer", ["Mitarbeiter", "driver"], "reference", target="Fahrer"),
      F("Datum", ["Kontrolldatum", "geprüft am", "date"], "date"),
      F("geprüft von", ["Prüfer", "kontrolliert von", "checked by"], "person", ["text"]),
      F("Ergebnis", ["Resultat", "result", "Status"], "choice", ["boolean"], options=["In Ordnung", "Nicht in Ordnung"]),
      F("Scan", ["Foto", "Scan/Foto", "Führerscheinkopie", "Nachweis", "scan"], "file"),
      F("nächste Kontrolle", ["nächste Prüfung", "fällig am", "next check"], "date", opt=True)])],
  "Driver licences checked every six months; reminder when the next check is due.")

C("p13d38", "de",
  "sperrmuell anmeldungen: name, adresse, telefon, wunschtermin, was abgeholt werden soll, ca menge in m3, zugeteilter abholtermin, bezahlt ja/nein, status (neu/geplant/abgeholt/storniert)",
  [E("Anmeldung", ["Sperrmüllanmeldung", "Sperrmuell", "Antrag", "Auftrag", "request", "Abholung"], [
      F("Name", ["Antragsteller", "Bürger", "name"], "text"),
      F("Adresse", ["Anschrift", "Abholadresse", "address"], "text", ["long_text"]),
      F("Telefon", ["Telefonnummer", "Tel", "phone"], "phone"),
      F("Wunschtermin", ["gewünschter Termin", "Wunschdatum", "preferred date"], "date"),
      F("Gegenstände", ["was abgeholt werden soll", "Gegenstaende", "Inhalt", "Beschreibung", "items"], "long_text", ["text"]),
      F("Menge", ["Menge in m3", "Volumen", "m3", "ca Menge", "volume"], "decimal", ["integer"]),
      F("Abholtermin", ["zugeteilter Abholtermin", "Termin", "Abholdatum", "pickup date"], "date"),
      F("bezahlt", ["bezahlt ja/nein", "Zahlung", "paid"], "boolean", ["choice"]),
      F("Status", ["Stand", "Zustand"], "choice", options=["Neu", "Geplant", "Abgeholt", "Storniert"])])])

C("p13d39", "de",
  "Für freie Mietwohnungen bekommen wir immer viele Bewerbungen per Mail. Ich hätte gern: Wohnungen (Adresse, Zimmer, Kaltmiete, frei ab) und dazu die Bewerber "
  "(für welche Wohnung, Name, E-Mail, Telefon, Haushaltsnettoeinkommen, Anzahl Personen, Haustiere ja/nein, Schufa liegt vor?, Besichtigungstermin, Status: "
  "neu, eingeladen, Zusage, Absage).",
  [E("Wohnung", ["Mietwohnung", "Objekt", "flat", "apartment"], [
      F("Adresse", ["Anschrift", "address"], "text", ["long_text"]),
      F("Zimmer", ["Zimmeranzahl", "Anzahl Zimmer", "rooms"], "decimal", ["integer"]),
      F("Kaltmiete", ["Miete", "Nettokaltmiete", "rent"], "money"),
      F("frei ab", ["verfügbar ab", "Bezugstermin", "available from"], "date")]),
   E("Bewerber", ["Bewerbung", "Mietinteressent", "Interessent", "applicant", "application"], [
      F("Wohnung", ["Mietwohnung", "flat"], "reference", target="Wohnung"),
      F("Name", ["Bewerbername", "name"], "text"),
      F("E-Mail", ["Email", "Mail"], "email"),
      F("Telefon", ["Telefonnummer", "phone"], "phone"),
      F("Haushaltsnettoeinkommen", ["Einkommen", "Nettoeinkommen", "income"], "money"),
      F("Anzahl Personen", ["Personen", "Haushaltsgröße", "people", "Anzahl"], "integer"),
      F("Haustiere", ["Haustiere ja/nein", "Tiere", "pets"], "boolean"),
      F("Schufa liegt vor", ["Schufa", "Schufa vorhanden", "Schufa liegt vor?", "credit check"], "boolean", ["file"]),
      F("Besichtigungstermin", ["Besichtigung", "Termin", "viewing"], "datetime", ["date"]),
      F("Status", ["Stand", "state"], "choice", options=["Neu", "Eingeladen", "Zusage", "Absage"])])])

C("p13d40", "de",
  "Touren-Planung für unsere Spedition:\n- Fahrzeuge: Kennzeichen, Typ (Sprinter, 7,5t, 40t Sattelzug), Kühlung ja/nein\n"
  "- Touren: Datum, Fahrer, Fahrzeug, Start-Depot\n- Stopps je Tour: Reihenfolge, Kunde, Lieferadresse, geplante Ankunft, zugestellt?, "
  "Foto vom unterschriebenen Lieferschein",
  [E("Fahrzeug", ["LKW", "vehicle", "truck"], [
      F("Kennzeichen", ["Nummernschild", "plate", "amtliches Kennzeichen"], "text"),
      F("Typ", ["Fahrzeugtyp", "Art", "type"], "choice", options=["Sprinter", "7,5t", "40t Sattelzug"]),
      F("Kühlung", ["Kuehlung", "Kühlfahrzeug", "gekühlt", "refrigerated"], "boolean")]),
   E("Tour", ["Fahrt", "route", "trip"], [
      F("Datum", ["Tourdatum", "date"], "date"),
      F("Fahrer", ["Fahrerin", "driver"], "person", ["text"]),
      F("Fahrzeug", ["LKW", "vehicle"], "reference", target="Fahrzeug"),
      F("Start-Depot", ["Depot", "Startdepot", "Standort", "start depot"], "text", ["choice"])]),
   E("Stopp", ["Halt", "Lieferung", "Zustellung", "stop", "delivery"], [
      F("Tour", ["Fahrt", "route"], "reference", target="Tour"),
      F("Reihenfolge", ["Position", "Nr", "Reihenfolge Nr", "order", "sequence"], "integer"),
      F("Kunde", ["Empfänger", "customer"], "text"),
      F("Lieferadresse", ["Adresse", "Anschrift", "delivery address"], "text", ["long_text"]),
      F("geplante Ankunft", ["Ankunft", "ETA", "Ankunftszeit", "planned arrival"], "datetime", ["text"]),
      F("zugestellt", ["zugestellt?", "geliefert", "delivered"], "boolean", ["choice"]),
      F("Lieferschein", ["Foto vom unterschriebenen Lieferschein", "Foto", "Unterschrift", "Nachweis", "proof of delivery"], "file")])])

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "draft.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), Counter(c["lang"] for c in CASES))
