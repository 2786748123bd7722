#!/usr/bin/env python3
"""Session 23, helper ke: English requests that introduce a further record kind inside prose.

Grammar: a main kind (party, asset, place or event) is introduced first, in one of three plain shapes; the
construction under test then introduces the second kind and its fields (relative clauses, "and the Ys they ...",
"we also hand out Ys (...)", possessives, "Y log / records / sheet", separate sentences, objects of track/log/record,
for/per/about/regarding, colon headings and bullets). The link is stated in one of four ways or not at all. Some rows
add a third kind (a party or a check that hangs off one of the first two) in a different plain shape.
Every construction is crossed with every domain; the register rotates (plain, e-mail, terse lower case, sloppy).

Gold: each kind with its fields; the link as a reference field on the child plus a relation.
    python3 make.py   # writes draft.jsonl beside this file
"""
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


class K:
    """A record kind: gold name, singular and plural as written, aliases, and (said, field) pairs.
    `said` is how the request words the field; options are rendered by the construction."""

    def __init__(self, name, sing, plural, aliases, fields, verb="", they=""):
        self.name, self.sing, self.plural, self.aliases = name, sing, plural, aliases
        self.fields = fields
        self.verb = verb      # what we do with it: "log", "book", "hand out"
        self.they = they      # "the Ys they <they>"


def said(text, f, opts=None):
    return (text, f, opts or [])


def ref_field(parent, extra=""):
    return F(parent.sing, "reference", f"{parent.name.lower()}|which {parent.sing}|{parent.sing} name{extra}",
             target=parent.name)


# ---------------------------------------------------------------- domains
D = []


def domain(key, parent, child, third=None, third_to="child", third_link_said=""):
    D.append(dict(key=key, parent=parent, child=child, third=third, third_to=third_to,
                  third_link_said=third_link_said))


domain("lettings",
       K("Tenant", "tenant", "tenants", "renter|resident|occupant", [
           said("name", F("name", "text", "full name|tenant name")),
           said("phone number", F("phone number", "phone", "phone|telephone|mobile", "text")),
           said("email", F("email", "email", "email address|e-mail", "text")),
           said("flat number", F("flat number", "text", "flat|apartment|unit|flat no", "integer")),
           said("move-in date", F("move-in date", "date", "moved in|move in|start of tenancy"))]),
       K("Repair request", "repair request", "repair requests", "repair|maintenance request|request|job", [
           said("date reported", F("date reported", "date", "reported on|report date|date")),
           said("problem", F("problem", "long_text", "description|issue|fault", "text")),
           said("urgency", F("urgency", "choice", "priority", "", ["Low", "Normal", "Urgent"]),
                ["low", "normal", "urgent"]),
           said("whether it is fixed", F("fixed", "boolean", "fixed?|is fixed|done|resolved", "choice"))],
         verb="log", they="send in"),
       K("Contractor", "contractor", "contractors", "tradesman|tradesperson|company|repairer", [
           said("company name", F("company name", "text", "name|company")),
           said("trade", F("trade", "choice", "speciality|type", "text", ["Plumbing", "Electrical", "General"]),
                ["plumbing", "electrical", "general"]),
           said("phone number", F("phone number", "phone", "phone|telephone", "text"))]),
       third_to="child", third_link_said="which contractor did the job")

domain("vet",
       K("Pet", "pet", "pets", "animal|patient", [
           said("name", F("name", "text", "pet name|animal name")),
           said("species", F("species", "choice", "animal type|type|kind", "text", ["Dog", "Cat", "Rabbit", "Bird"]),
                ["dog", "cat", "rabbit", "bird"]),
           said("breed", F("breed", "text", "race")),
           said("date of birth", F("date of birth", "date", "birthday|born|dob|birth date")),
           said("owner's name", F("owner name", "text", "owner|owner's name", "person"))]),
       K("Vaccination", "vaccination", "vaccinations", "vaccine record|shot|jab|immunisation", [
           said("vaccine", F("vaccine", "text", "vaccine name|product", "choice")),
           said("date given", F("date given", "date", "given on|date|vaccination date")),
           said("next due date", F("next due date", "date", "due|next due|booster due|due date")),
           said("batch number", F("batch number", "text", "batch|lot number|lot"))],
         verb="record", they="get"),
       K("Vet", "vet", "vets", "veterinarian|doctor|vet surgeon", [
           said("name", F("name", "text", "vet name|full name")),
           said("email", F("email", "email", "email address", "text"))]),
       third_to="child", third_link_said="which vet gave it")

domain("garden",
       K("Member", "member", "members", "gardener|plot holder", [
           said("name", F("name", "text", "full name|member name")),
           said("email", F("email", "email", "email address", "text")),
           said("phone number", F("phone number", "phone", "phone|telephone", "text")),
           said("date joined", F("date joined", "date", "joined on|join date|member since"))]),
       K("Plot", "plot", "plots", "allotment|garden plot|bed", [
           said("plot number", F("plot number", "text", "number|plot no|plot id", "integer")),
           said("size in square metres", F("size", "decimal", "size in square metres|area|square metres", "integer")),
           said("yearly fee", F("yearly fee", "money", "fee|annual fee|rent", "decimal")),
           said("whether it has a water tap", F("water tap", "boolean", "has water tap|tap|has a water tap"))],
         verb="hand out", they="rent"),
       K("Inspection", "inspection", "inspections", "check|plot inspection|visit", [
           said("inspection date", F("inspection date", "date", "date|inspected on")),
           said("result", F("result", "choice", "outcome|status", "", ["OK", "Warning", "Plot lost"]),
                ["ok", "warning", "plot lost"]),
           said("inspector", F("inspector", "person", "inspected by|checked by", "text"))]),
       third_to="child", third_link_said="which plot was inspected")

domain("bikes",
       K("Bike", "bike", "bikes", "bicycle|cycle|rental bike", [
           said("frame number", F("frame number", "text", "frame no|serial number|frame")),
           said("model", F("model", "text", "bike model|make")),
           said("size", F("size", "choice", "frame size", "", ["S", "M", "L", "XL"]), ["S", "M", "L", "XL"]),
           said("whether it is electric", F("electric", "boolean", "is electric|e-bike|electric?")),
           said("purchase date", F("purchase date", "date", "bought on|date bought|purchased"))]),
       K("Rental", "rental", "rentals", "hire|booking|bike rental|loan", [
           said("customer name", F("customer name", "text", "customer|renter|name", "person")),
           said("start time", F("start time", "datetime", "start|from|rented at", "date")),
           said("end time", F("end time", "datetime", "end|until|returned at|return time", "date")),
           said("price", F("price", "money", "cost|amount|fee", "decimal")),
           said("whether the deposit was paid", F("deposit paid", "boolean", "deposit|deposit paid?", "choice"))],
         verb="book", they="go out on"),
       K("Repair", "repair", "repairs", "service|fix|maintenance", [
           said("date", F("repair date", "date", "date|repaired on")),
           said("what was done", F("work done", "long_text", "what was done|description|work", "text")),
           said("cost", F("cost", "money", "price|amount", "decimal"))]),
       third_to="parent", third_link_said="which bike was repaired")

domain("sailing",
       K("Boat", "boat", "boats", "vessel|dinghy|craft", [
           said("name", F("name", "text", "boat name")),
           said("class", F("class", "choice", "boat class|type", "text", ["Dinghy", "Keelboat", "Catamaran"]),
                ["dinghy", "keelboat", "catamaran"]),
           said("sail number", F("sail number", "text", "sail no|number")),
           said("number of seats", F("number of seats", "integer", "seats|capacity|crew capacity"))]),
       K("Outing", "outing", "outings", "trip|sail|booking|voyage", [
           said("date", F("date", "date", "outing date|day")),
           said("skipper", F("skipper", "person", "helm|captain|skipper name", "text")),
           said("departure time", F("departure time", "datetime", "departure|leaves at|start time", "text")),
           said("return time", F("return time", "datetime", "return|back at|end time", "text")),
           said("crew size", F("crew size", "integer", "crew|number of crew|people on board"))],
         verb="book", they="go out on"),
       K("Damage report", "damage report", "damage reports", "damage|incident|damage record", [
           said("date found", F("date found", "date", "date|found on|reported on")),
           said("description", F("description", "long_text", "damage|what happened", "text")),
           said("repair cost", F("repair cost", "money", "cost|estimated cost", "decimal"))]),
       third_to="parent", third_link_said="which boat is damaged")

domain("print",
       K("Client", "client", "clients", "customer|account|company", [
           said("company name", F("company name", "text", "name|company|client name")),
           said("contact person", F("contact person", "text", "contact|contact name", "person")),
           said("email", F("email", "email", "email address", "text")),
           said("VAT number", F("VAT number", "text", "VAT|VAT no|tax number"))]),
       K("Print job", "print job", "print jobs", "job|order|print order", [
           said("job title", F("job title", "text", "title|name|job name")),
           said("quantity", F("quantity", "integer", "copies|qty|number of copies")),
           said("paper type", F("paper type", "choice", "paper|stock", "", ["Matte", "Gloss", "Recycled"]),
                ["matte", "gloss", "recycled"]),
           said("due date", F("due date", "date", "deadline|due")),
           said("price", F("price", "money", "cost|amount|quote", "decimal"))],
         verb="take on", they="order"),
       K("Invoice", "invoice", "invoices", "bill", [
           said("invoice number", F("invoice number", "text", "number|invoice no")),
           said("issue date", F("issue date", "date", "date|invoice date|issued on")),
           said("amount", F("amount", "money", "total|sum", "decimal")),
           said("whether it is paid", F("paid", "boolean", "is paid|paid?|payment status", "choice"))]),
       third_to="child", third_link_said="which print job it bills")

domain("museum",
       K("Object", "object", "objects", "artwork|item|piece|collection object", [
           said("inventory number", F("inventory number", "text", "inventory no|accession number|number")),
           said("title", F("title", "text", "name|object name")),
           said("artist", F("artist", "text", "maker|creator|author", "person")),
           said("year made", F("year made", "integer", "year|date made|made in", "text,date")),
           said("storage room", F("storage room", "text", "location|room|store", "choice"))]),
       K("Loan", "loan", "loans", "outgoing loan|object loan|lending", [
           said("borrowing museum", F("borrowing museum", "text", "borrower|museum|borrowing institution")),
           said("loan start", F("loan start", "date", "start date|from|start")),
           said("loan end", F("loan end", "date", "end date|until|return date|end")),
           said("insurance value", F("insurance value", "money", "insured value|value|insurance", "decimal"))],
         verb="lend out", they="go out on"),
       K("Condition check", "condition check", "condition checks", "condition report|check|inspection", [
           said("check date", F("check date", "date", "date|checked on")),
           said("condition", F("condition", "choice", "state|rating", "", ["Good", "Fair", "Poor"]),
                ["good", "fair", "poor"]),
           said("checked by", F("checked by", "person", "checker|inspector|conservator", "text"))]),
       third_to="parent", third_link_said="which object was checked")

domain("football",
       K("Player", "player", "players", "squad member|footballer|member", [
           said("name", F("name", "text", "full name|player name")),
           said("date of birth", F("date of birth", "date", "birthday|dob|born")),
           said("position", F("position", "choice", "role|playing position", "",
                              ["Goalkeeper", "Defender", "Midfielder", "Forward"]),
                ["goalkeeper", "defender", "midfielder", "forward"]),
           said("shirt number", F("shirt number", "integer", "number|squad number|jersey number", "text"))]),
       K("Injury", "injury", "injuries", "injury record|knock", [
           said("date of injury", F("date of injury", "date", "date|injured on|injury date")),
           said("body part", F("body part", "text", "injury|area|where", "choice")),
           said("expected weeks out", F("weeks out", "integer", "expected weeks out|weeks|time out")),
           said("physio", F("physio", "person", "treated by|physiotherapist", "text"))],
         verb="log", they="pick up"),
       K("Match", "match", "matches", "game|fixture", [
           said("opponent", F("opponent", "text", "against|opposing team|opponents")),
           said("match date", F("match date", "date", "date|kick-off|played on", "datetime")),
           said("score", F("score", "text", "result|final score"))]),
       third_to="child", third_link_said="which match it happened in")

domain("translation",
       K("Translator", "translator", "translators", "freelancer|linguist|freelance translator", [
           said("name", F("name", "text", "full name|translator name")),
           said("email", F("email", "email", "email address", "text")),
           said("language pairs", F("language pairs", "text", "languages|language pair|pairs", "multi_choice,long_text")),
           said("rate per word", F("rate per word", "money", "rate|word rate|price per word", "decimal"))]),
       K("Assignment", "assignment", "assignments", "job|translation job|task|project", [
           said("document title", F("document title", "text", "title|document|name")),
           said("word count", F("word count", "integer", "words|number of words")),
           said("deadline", F("deadline", "date", "due date|due", "datetime")),
           said("whether it was delivered", F("delivered", "boolean", "is delivered|delivered?|done", "choice"))],
         verb="hand out", they="take on"),
       K("Customer", "customer", "customers", "client|company|account", [
           said("company name", F("company name", "text", "name|company|customer name")),
           said("contact email", F("contact email", "email", "email|email address", "text"))]),
       third_to="child", third_link_said="which customer ordered it")

domain("rooms",
       K("Room", "room", "rooms", "meeting room|space|venue", [
           said("name", F("name", "text", "room name")),
           said("floor", F("floor", "integer", "level|storey", "text,choice")),
           said("capacity", F("capacity", "integer", "seats|number of seats|size")),
           said("whether it has a projector", F("projector", "boolean", "has projector|has a projector|beamer"))]),
       K("Booking", "booking", "bookings", "reservation|room booking|meeting", [
           said("booked by", F("booked by", "person", "who|organiser|booker|name", "text,email")),
           said("date", F("date", "date", "booking date|day")),
           said("start time", F("start time", "datetime", "from|start|begins", "text")),
           said("end time", F("end time", "datetime", "until|end|finishes", "text")),
           said("purpose", F("purpose", "text", "reason|meeting title|title|subject", "long_text"))],
         verb="book", they="get"),
       None)

domain("catering",
       K("Event", "event", "events", "function|party|catering event|job", [
           said("event name", F("event name", "text", "name|title|event")),
           said("date", F("date", "date", "event date|day")),
           said("venue", F("venue", "text", "location|place|address")),
           said("number of guests", F("number of guests", "integer", "guests|guest count|headcount|covers"))]),
       K("Shift", "shift", "shifts", "staff shift|rota entry|work shift", [
           said("staff member", F("staff member", "person", "employee|worker|who|name|staff", "text")),
           said("start time", F("start time", "datetime", "start|from|begins", "text")),
           said("end time", F("end time", "datetime", "end|until|finishes", "text")),
           said("role", F("role", "choice", "job|position", "text", ["Chef", "Waiter", "Bartender"]),
                ["chef", "waiter", "bartender"])],
         verb="plan", they="need"),
       K("Supplier", "supplier", "suppliers", "vendor|provider", [
           said("name", F("name", "text", "supplier name|company")),
           said("phone number", F("phone number", "phone", "phone|telephone", "text")),
           said("what they supply", F("supplies", "text", "what they supply|products|goods|category", "long_text"))]),
       third_to="parent", third_link_said="which event they deliver to")

domain("school",
       K("Pupil", "pupil", "pupils", "student|child|learner", [
           said("name", F("name", "text", "full name|pupil name|student name")),
           said("class", F("class", "text", "form|group|year", "choice")),
           said("parent's email", F("parent email", "email", "parent's email|parent contact|guardian email", "text"))]),
       K("Laptop", "laptop", "laptops", "device|computer|notebook|chromebook", [
           said("asset tag", F("asset tag", "text", "tag|asset number|asset id")),
           said("model", F("model", "text", "make|laptop model")),
           said("serial number", F("serial number", "text", "serial|serial no")),
           said("date issued", F("date issued", "date", "issued on|issue date|handed out on"))],
         verb="issue", they="borrow"),
       K("Repair ticket", "repair ticket", "repair tickets", "repair|ticket|fault report", [
           said("date reported", F("date reported", "date", "date|reported on")),
           said("fault", F("fault", "long_text", "problem|issue|description", "text")),
           said("status", F("status", "choice", "state|stage", "", ["Open", "At repairer", "Fixed"]),
                ["open", "at repairer", "fixed"])]),
       third_to="child", third_link_said="which laptop is broken")

domain("brewery",
       K("Tank", "tank", "tanks", "vessel|fermenter|fermentation tank", [
           said("tank number", F("tank number", "text", "number|tank no|tank id", "integer")),
           said("capacity in litres", F("capacity", "decimal", "capacity in litres|litres|volume", "integer")),
           said("type", F("type", "choice", "tank type|kind", "", ["Fermenter", "Brite tank"]),
                ["fermenter", "brite tank"])]),
       K("Batch", "batch", "batches", "brew|beer batch|brew batch", [
           said("beer name", F("beer name", "text", "beer|name|recipe")),
           said("brew date", F("brew date", "date", "brewed on|date brewed|date")),
           said("volume", F("volume", "decimal", "litres|amount|quantity", "integer")),
           said("original gravity", F("original gravity", "decimal", "OG|gravity"))],
         verb="brew", they="hold"),
       K("Gravity reading", "gravity reading", "gravity readings", "reading|measurement|gravity check", [
           said("reading date", F("reading date", "date", "date|measured on", "datetime")),
           said("gravity", F("gravity", "decimal", "sg|specific gravity|value")),
           said("temperature", F("temperature", "decimal", "temp", "integer"))]),
       third_to="child", third_link_said="which batch it was taken from")

domain("weddings",
       K("Wedding", "wedding", "weddings", "event|client wedding|booking", [
           said("couple's names", F("couple names", "text", "couple|couple's names|names|clients")),
           said("wedding date", F("wedding date", "date", "date|day")),
           said("venue", F("venue", "text", "location|place")),
           said("budget", F("budget", "money", "total budget", "decimal"))]),
       K("Vendor", "vendor", "vendors", "supplier|provider|service provider", [
           said("company name", F("company name", "text", "name|vendor name|company")),
           said("service", F("service", "choice", "type|category|what they do", "text",
                             ["Catering", "Flowers", "Music", "Photography"]),
                ["catering", "flowers", "music", "photography"]),
           said("phone number", F("phone number", "phone", "phone|telephone", "text")),
           said("fee", F("fee", "money", "price|cost|quote", "decimal"))],
         verb="book", they="hire"),
       K("Payment", "payment", "payments", "instalment|deposit|installment", [
           said("payment date", F("payment date", "date", "date|paid on")),
           said("amount", F("amount", "money", "sum|paid", "decimal")),
           said("method", F("method", "choice", "payment method|paid by", "text", ["Card", "Transfer", "Cash"]),
                ["card", "transfer", "cash"])]),
       third_to="parent", third_link_said="which wedding it is for")

domain("dentallab",
       K("Dentist", "dentist", "dentists", "practice|dental practice|clinic|customer", [
           said("practice name", F("practice name", "text", "practice|clinic|name")),
           said("dentist's name", F("dentist name", "text", "dentist|dentist's name|name", "person")),
           said("phone number", F("phone number", "phone", "phone|telephone", "text")),
           said("address", F("address", "long_text", "street address|location", "text"))]),
       K("Case", "case", "cases", "job|order|lab case|work order", [
           said("patient reference", F("patient reference", "text", "patient|patient ref|patient id")),
           said("work type", F("work type", "choice", "type|type of work|restoration", "",
                               ["Crown", "Bridge", "Denture", "Implant"]),
                ["crown", "bridge", "denture", "implant"]),
           said("shade", F("shade", "text", "colour|tooth shade", "choice")),
           said("date received", F("date received", "date", "received on|received|date in")),
           said("due date", F("due date", "date", "due|deadline|date out"))],
         verb="take in", they="send us"),
       K("Technician", "technician", "technicians", "lab technician|tech|staff", [
           said("name", F("name", "text", "full name|technician name")),
           said("speciality", F("speciality", "text", "specialty|skill", "choice"))]),
       third_to="child", third_link_said="which technician made it")

domain("nursery",
       K("Supplier", "supplier", "suppliers", "grower|vendor|wholesaler", [
           said("name", F("name", "text", "supplier name|company")),
           said("contact person", F("contact person", "text", "contact|contact name", "person")),
           said("email", F("email", "email", "email address", "text")),
           said("phone number", F("phone number", "phone", "phone|telephone", "text"))]),
       K("Delivery", "delivery", "deliveries", "shipment|order|consignment", [
           said("delivery date", F("delivery date", "date", "date|delivered on|arrived")),
           said("number of trays", F("number of trays", "integer", "trays|quantity|tray count")),
           said("invoice amount", F("invoice amount", "money", "amount|invoice|cost|total", "decimal")),
           said("whether it was checked", F("checked", "boolean", "checked?|is checked|inspected", "choice"))],
         verb="take in", they="send"),
       K("Complaint", "complaint", "complaints", "claim|quality complaint|issue", [
           said("date", F("complaint date", "date", "date|raised on")),
           said("problem", F("problem", "long_text", "description|issue", "text")),
           said("credit received", F("credit received", "money", "credit|refund|credit note", "decimal,boolean"))]),
       third_to="child", third_link_said="which delivery it is about")

# ---------------------------------------------------------------- rendering
def opts_text(o, paren):
    if not o:
        return ""
    return (" " + "/".join(o)) if paren else " (" + ", ".join(o[:-1]) + " or " + o[-1] + ")"


def flist(k, paren=False, extra=None, conj="and"):
    items = [s + opts_text(o, paren) for s, f, o in k.fields]
    if extra:
        items.append(extra)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def cap(s):
    return s[0].upper() + s[1:]


def parent_intro(p, i):
    shape = i % 3
    if shape == 0:
        return f"For each {p.sing} we keep {flist(p)}."
    if shape == 1:
        return f"{cap(p.plural)} have {flist(p)}."
    return f"We track our {p.plural}: {flist(p)}."


LINKS = ["none", "belongs", "always", "which"]


def link_sentence(kind, c, p):
    if kind == "belongs":
        return f" Each {c.sing} belongs to one {p.sing}."
    if kind == "always":
        return f" {cap(c.plural)} are always for one {p.sing}."
    return ""


def child_text(con, p, c, i, link):
    extra = f"which {p.sing} it is for" if link == "which" else None
    pi = parent_intro(p, i)
    if con == "and_they":
        return f"Track our {p.plural} ({flist(p, True)}) and the {c.plural} they {c.they} ({flist(c, True, extra)})."
    if con == "rel_which":
        return f"{pi} We also keep {c.plural}, which have {flist(c, extra=extra)}."
    if con == "rel_that":
        return f"{pi} The {c.plural} that we {c.verb} need {flist(c, extra=extra)}."
    if con == "also_verb":
        return f"{pi} We also {c.verb} {c.plural} ({flist(c, True, extra)})."
    if con == "many":
        return f"{pi} Every {p.sing} can have many {c.plural}, and for each one we note {flist(c, extra=extra)}."
    if con == "possessive":
        return (f"{pi} We also need each {p.sing}'s {c.plural} ({flist(c, True, extra)})." if i % 2 == 0 else
                f"{pi} For each {p.sing}'s {c.plural} we record {flist(c, extra=extra)}.")
    if con == "log_suffix":
        word = ["log", "records", "sheet", "register"][i % 4]
        return f"{pi} Plus a {c.sing} {word} with {flist(c, extra=extra)}." if word != "records" else \
            f"{pi} We also keep {c.sing} records with {flist(c, extra=extra)}."
    if con == "sep_sentence":
        return (f"{pi} {cap(c.plural)} have {flist(c, extra=extra)}." if i % 2 == 0 else
                f"{pi} {cap(c.sing)}: {flist(c, extra=extra)}.")
    if con == "object_verb":
        verb = ["track", "log", "record", "keep track of", "register"][i % 5]
        return f"{pi} I also want to {verb} {c.plural} with {flist(c, extra=extra)}."
    if con == "prep":
        lead = ["For each", "Per", "About each", "On each", "Regarding each"][i % 5]
        return f"{pi} {lead} {c.sing} we want {flist(c, extra=extra)}."
    if con == "heading":
        lines = [f"- {s}{opts_text(o, False)}" for s, f, o in c.fields] + ([f"- {extra}"] if extra else [])
        return f"{pi}\n\n{cap(c.plural)}:\n" + "\n".join(lines) + "\n"
    if con == "bullets":
        return (f"What we need:\n- {p.plural}: {flist(p, True)}\n- {c.plural}: {flist(c, True, extra)}\n")
    raise ValueError(con)


CONS = ["and_they", "rel_which", "rel_that", "also_verb", "many", "possessive", "log_suffix", "sep_sentence",
        "object_verb", "prep", "heading", "bullets"]


CHILD_POINTS = ("Contractor", "Vet", "Customer", "Technician", "Match")


def third_text(t, c, i, link_said):
    shape = i % 3
    own = None if t.name in CHILD_POINTS else link_said
    after = f" For each {c.sing} we also note {link_said}." if t.name in CHILD_POINTS else ""
    if shape == 0:
        return f" We also deal with {t.plural}: {flist(t, extra=own)}.{after}"
    if shape == 1:
        return f" {cap(t.plural)} have {flist(t, extra=own)}.{after}"
    return f" And we register {t.plural} too, with {flist(t, extra=own)}.{after}"


OPENERS = {
    "lettings": "an app to manage the flats we let", "vet": "a little system for our vet practice",
    "garden": "something for our community garden", "bikes": "an app for the bike rental shop",
    "sailing": "a tool for the sailing club", "print": "an app for our print shop",
    "museum": "a database for the museum collection", "football": "an app for the youth football club",
    "translation": "a tool for our translation agency", "rooms": "a booking app for the office",
    "catering": "an app for the catering business", "school": "a tracker for the school's IT kit",
    "brewery": "an app for the brewery", "weddings": "a planner for my wedding business",
    "dentallab": "an app for our dental lab", "nursery": "a tool for the plant nursery",
}


def wrap(text, reg, key):
    what = OPENERS[key]
    if reg == 0:
        return f"I need {what}. {text}"
    if reg == 1:
        return f"Hi,\n\ncould you build {what}?\n{text}\n\nThanks a lot,\nSam"
    if reg == 2:
        return f"{what}. " + text.lower().replace("'s", "s")
    return f"Hello - we'd like {what} please. {text} That's it, thanks!"


def gold(p, c, t, third_to):
    P = {"name": p.name, "aliases": p.aliases.split("|"), "fields": [f for s, f, o in p.fields]}
    C = {"name": c.name, "aliases": c.aliases.split("|"),
         "fields": [f for s, f, o in c.fields] + [ref_field(p)]}
    ents = [P, C]
    if t:
        tgt = c if third_to == "child" else p
        T = {"name": t.name, "aliases": t.aliases.split("|"), "fields": [f for s, f, o in t.fields]}
        if t.name in CHILD_POINTS:
            # the child points at the party / event it names ("which contractor did the job")
            C["fields"].append(ref_field(t))
        else:
            T["fields"].append(ref_field(tgt))
        ents.append(T)
    rels = []
    for e in ents:
        for f in e["fields"]:
            if f["type"] == "reference":
                rels.append({"from": e["name"], "to": f["target"]})
    return ents, rels


def main():
    rows = []
    n = 0
    for di, d in enumerate(D):
        p, c, t = d["parent"], d["child"], d["third"]
        for ci, con in enumerate(CONS):
            i = di * len(CONS) + ci
            link = LINKS[(di + ci) % 4]
            body = child_text(con, p, c, di + ci, link) + link_sentence(link, c, p)
            use_third = t is not None and (di + ci) % 3 == 0
            if use_third:
                tgt = c if d["third_to"] == "child" else p
                body = body.rstrip("\n") + third_text(t, c, di + ci, d["third_link_said"])
            prompt = wrap(body, (di * 5 + ci) % 4, d["key"])
            ents, rels = gold(p, c, t if use_third else None, d["third_to"])
            n += 1
            rows.append({"id": f"g23ke{n:03d}", "lang": "en", "prompt": prompt, "entities": ents,
                         "relations": rels, "notes": f"construction={con}; link={link}; "
                                                     f"kinds={len(ents)}; domain={d['key']}"})
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
