#!/usr/bin/env python3
"""Builds refine.jsonl for set probe11 (IT & software, sales & marketing, manufacturing & QC, construction)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
KEEP = "all other fields and entities unchanged"


def fl(key, label, type, req=False, uniq=False, opts=None, target=None):
    f = {"key": key, "label": label, "type": type}
    if req:
        f["required"] = True
    if uniq:
        f["unique"] = True
    if opts is not None:
        f["options"] = list(opts)
    if target is not None:
        f["target"] = target
    return f


def en(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}


def sp(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}


def G(name, type, aliases=(), alt=(), opts=None, opt=False):
    g = {"name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if opts is not None:
        g["options"] = list(opts)
    if opt:
        g["optional"] = True
    return g


def AF(entity, name, type, aliases=(), alt=(), opts=None):
    o = {"op": "add_field", "entity": entity, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if opts is not None:
        o["options"] = list(opts)
    return o


def RF(entity, field):
    return {"op": "remove_field", "entity": entity, "field": field}


def RN(entity, field, to, aliases=()):
    return {"op": "rename_field", "entity": entity, "field": field, "to": to, "aliases": list(aliases)}


def CT(entity, field, type, alt=()):
    return {"op": "change_type", "entity": entity, "field": field, "type": type, "alt_types": list(alt)}


def SR(entity, field, value):
    return {"op": "set_required", "entity": entity, "field": field, "value": value}


def SO(entity, field, opts):
    return {"op": "set_options", "entity": entity, "field": field, "options": list(opts)}


def AE(name, aliases, *fields):
    return {"op": "add_entity", "name": name, "aliases": list(aliases), "fields": list(fields)}


def RE(entity):
    return {"op": "remove_entity", "entity": entity}


def AR(frm, to):
    return {"op": "add_relation", "from": frm, "to": to}


CASES = []


def R(id, lang, spec, request, *expect):
    CASES.append({"id": id, "lang": lang, "spec": spec, "request": request, "expect": list(expect), "keep": KEEP})


# ------------------------------------------------------------------ starting specs (English)

LICENCES = sp("Software licences", "Licences we pay for and who uses a seat.",
              en("licence", "Licence", "Licences",
                 fl("product", "Product", "text", req=True),
                 fl("vendor", "Vendor", "text"),
                 fl("seats", "Seats purchased", "integer"),
                 fl("renewal_date", "Renewal date", "date"),
                 fl("annual_cost", "Annual cost", "money")),
              en("seat", "Seat assignment", "Seat assignments",
                 fl("licence", "Licence", "reference", req=True, target="licence"),
                 fl("user", "User", "person", req=True),
                 fl("assigned_on", "Assigned on", "date")))

DEPLOYS = sp("Deployment log", "Every deploy of every service.",
             en("service", "Service", "Services",
                fl("name", "Name", "text", req=True, uniq=True),
                fl("repo", "Repository", "url"),
                fl("team", "Owning team", "text")),
             en("deployment", "Deployment", "Deployments",
                fl("service", "Service", "reference", req=True, target="service"),
                fl("version", "Version", "text", req=True),
                fl("environment", "Environment", "choice", req=True, opts=["Dev", "Staging", "Prod"]),
                fl("deployed_by", "Deployed by", "person"),
                fl("deployed_at", "Deployed at", "datetime"),
                fl("rolled_back", "Rolled back", "boolean")))

INCIDENTS = sp("Incident postmortems", "Production incidents and their postmortems.",
               en("incident", "Incident", "Incidents",
                  fl("title", "Title", "text", req=True),
                  fl("service", "Service", "text"),
                  fl("severity", "Severity", "choice", req=True, opts=["SEV1", "SEV2", "SEV3"]),
                  fl("started_at", "Started at", "datetime"),
                  fl("resolved_at", "Resolved at", "datetime"),
                  fl("commander", "Incident commander", "person")))

BUGS = sp("Bug tracker", "Bugs found in our products.",
          en("bug", "Bug", "Bugs",
             fl("title", "Title", "text", req=True),
             fl("description", "Description", "text"),
             fl("severity", "Severity", "choice", opts=["Minor", "Major", "Critical"]),
             fl("reported_by", "Reported by", "person"),
             fl("component", "Component", "text"),
             fl("status", "Status", "choice", opts=["New", "In progress", "Fixed", "Won't fix"])))

STORIES = sp("Sprint board", "User stories for our two-week sprints.",
             en("story", "Story", "Stories",
                fl("title", "Title", "text", req=True),
                fl("points", "Story points", "integer"),
                fl("sprint", "Sprint", "text"),
                fl("assignee", "Assignee", "person"),
                fl("status", "Status", "choice", opts=["To do", "Doing", "Review", "Done"])))

DOMAINS = sp("Domains and certificates", "Expiry dates of our domains and SSL certificates.",
             en("domain", "Domain", "Domains",
                fl("domain_name", "Domain name", "text", req=True, uniq=True),
                fl("registrar", "Registrar", "text"),
                fl("expiry_date", "Expiry date", "date", req=True),
                fl("auto_renew", "Auto-renew", "boolean")),
             en("certificate", "Certificate", "Certificates",
                fl("domain", "Domain", "reference", req=True, target="domain"),
                fl("common_name", "Common name", "text", req=True),
                fl("issuer", "Issuer", "choice", opts=["Let's Encrypt", "DigiCert", "Sectigo"]),
                fl("expiry_date", "Expiry date", "date", req=True),
                fl("owner", "Responsible", "person")))

ONCALL = sp("On-call rota", "Who is on call each week.",
            en("shift", "On-call shift", "On-call shifts",
               fl("engineer", "Engineer", "person", req=True),
               fl("backup", "Backup", "person"),
               fl("starts_on", "Starts on", "date", req=True),
               fl("ends_on", "Ends on", "date", req=True),
               fl("team", "Team", "choice", opts=["Platform", "Data", "Payments"])))

QUOTES = sp("Sales quotes", "Quotes sent to customers.",
            en("customer", "Customer", "Customers",
               fl("company", "Company", "text", req=True),
               fl("contact", "Contact", "text"),
               fl("email", "Email", "email")),
            en("quote", "Quote", "Quotes",
               fl("quote_number", "Quote number", "text", req=True, uniq=True),
               fl("customer", "Customer", "reference", req=True, target="customer"),
               fl("sent_on", "Date sent", "date"),
               fl("valid_until", "Valid until", "date"),
               fl("status", "Status", "choice", opts=["Draft", "Sent", "Accepted", "Declined", "Expired"]),
               fl("total", "Total", "money")))

COMMISSION = sp("Sales commission", "Commission owed to reps on closed deals.",
                en("deal", "Deal", "Deals",
                   fl("deal_name", "Deal", "text", req=True),
                   fl("rep", "Sales rep", "person", req=True),
                   fl("value", "Deal value", "money", req=True),
                   fl("rate", "Commission rate", "decimal"),
                   fl("commission", "Commission amount", "money"),
                   fl("paid_out", "Paid out", "boolean")))

MERCH = sp("Merch cupboard", "Branded merchandise stock and requests from reps.",
           en("merch_item", "Merch item", "Merch items",
              fl("name", "Name", "text", req=True),
              fl("size", "Size", "text"),
              fl("in_stock", "Quantity in stock", "integer"),
              fl("reorder_at", "Reorder threshold", "integer")),
           en("merch_request", "Merch request", "Merch requests",
              fl("item", "Item", "reference", req=True, target="merch_item"),
              fl("requested_by", "Requested by", "person", req=True),
              fl("quantity", "Quantity", "integer", req=True),
              fl("needed_by", "Needed by", "date"),
              fl("status", "Status", "choice", opts=["Pending", "Approved", "Rejected"])))

INFLUENCERS = sp("Influencer collabs", "Creators we work with and the collaborations we book.",
                 en("creator", "Creator", "Creators",
                    fl("handle", "Handle", "text", req=True),
                    fl("platform", "Platform", "choice", opts=["Instagram", "TikTok"]),
                    fl("followers", "Follower count", "integer"),
                    fl("agency_email", "Agency email", "email")),
                 en("collab", "Collaboration", "Collaborations",
                    fl("creator", "Creator", "reference", req=True, target="creator"),
                    fl("campaign", "Campaign name", "text"),
                    fl("fee", "Fee", "money"),
                    fl("go_live", "Go-live date", "date"),
                    fl("contract", "Contract", "file")))

BREAKDOWNS = sp("Machine breakdowns", "Breakdowns on the shop floor and their repairs.",
                en("machine", "Machine", "Machines",
                   fl("asset_no", "Asset number", "text", req=True, uniq=True),
                   fl("machine_type", "Type", "choice", opts=["CNC lathe", "Press", "Welder"]),
                   fl("line", "Line", "choice", opts=["Line 1", "Line 2", "Line 3", "Line 4"])),
                en("breakdown", "Breakdown", "Breakdowns",
                   fl("machine", "Machine", "reference", req=True, target="machine"),
                   fl("stopped_at", "Stopped at", "datetime", req=True),
                   fl("what_happened", "What happened", "long_text"),
                   fl("technician", "Technician", "person", req=True),
                   fl("downtime_hours", "Downtime (hours)", "decimal")))

CALIBRATION = sp("Gauge calibration", "Measuring instruments and their calibration records.",
                 en("instrument", "Instrument", "Instruments",
                    fl("instrument_id", "Instrument ID", "text", req=True, uniq=True),
                    fl("description", "Description", "text"),
                    fl("instrument_type", "Type", "choice", opts=["Caliper", "Micrometer", "Torque wrench", "Pressure gauge"]),
                    fl("interval_months", "Calibration interval (months)", "integer")),
                 en("calibration", "Calibration", "Calibrations",
                    fl("instrument", "Instrument", "reference", req=True, target="instrument"),
                    fl("calibrated_on", "Date", "date", req=True),
                    fl("result", "Result", "choice", opts=["Pass", "Fail"]),
                    fl("certificate", "Certificate", "file"),
                    fl("next_due", "Next due date", "date")))

HANDOVER = sp("Shift handover", "Handover notes between shifts on the packing lines.",
              en("handover", "Shift handover", "Shift handovers",
                 fl("line", "Line", "text", req=True),
                 fl("shift_date", "Date", "date", req=True),
                 fl("shift", "Shift", "choice", req=True, opts=["Early", "Late", "Night"]),
                 fl("shift_lead", "Shift lead", "person"),
                 fl("units_packed", "Units packed", "integer"),
                 fl("open_issues", "Open issues", "long_text")))

RMA = sp("Customer returns", "RMAs received and tested by the QC lab.",
         en("customer", "Customer", "Customers",
            fl("name", "Name", "text", req=True),
            fl("account_no", "Account number", "text"),
            fl("country", "Country", "text")),
         en("rma", "Return", "Returns",
            fl("rma_number", "RMA number", "text", req=True, uniq=True),
            fl("customer", "Customer", "reference", req=True, target="customer"),
            fl("serial_number", "Serial number", "text"),
            fl("received_on", "Date received", "date"),
            fl("fault", "Reported fault", "long_text"),
            fl("action", "Action", "choice", opts=["Repair", "Replace", "Credit"])))

PLANT = sp("Plant hire", "Plant on hire per site.",
           en("site", "Site", "Sites",
              fl("name", "Name", "text", req=True),
              fl("address", "Address", "long_text"),
              fl("site_manager", "Site manager", "person")),
           en("hire", "Hire", "Hires",
              fl("site", "Site", "reference", req=True, target="site"),
              fl("item", "Item", "text", req=True),
              fl("hire_company", "Hire company", "text"),
              fl("on_hire", "On-hire date", "date"),
              fl("off_hire", "Off-hire date", "date"),
              fl("weekly_rate", "Weekly rate", "money")))

SNAGS = sp("Snag list", "Snags per apartment before handover.",
           en("apartment", "Apartment", "Apartments",
              fl("unit_no", "Unit number", "text", req=True, uniq=True),
              fl("floor", "Floor", "integer")),
           en("snag", "Snag", "Snags",
              fl("apartment", "Apartment", "reference", req=True, target="apartment"),
              fl("location", "Location", "choice", opts=["Kitchen", "Bathroom", "Bedroom", "Living", "Balcony"]),
              fl("description", "Description", "long_text", req=True),
              fl("trade", "Trade", "choice", opts=["Electrician", "Plumber", "Painter", "Joiner", "Tiler"]),
              fl("photo", "Photo", "file"),
              fl("fixed", "Fixed", "boolean")))

DIARY = sp("Site diary", "Daily site diary per project.",
           en("project", "Project", "Projects",
              fl("project_no", "Project number", "text", req=True, uniq=True),
              fl("name", "Name", "text", req=True),
              fl("client", "Client", "text")),
           en("diary_entry", "Diary entry", "Diary entries",
              fl("project_number", "Project number", "text", req=True),
              fl("entry_date", "Date", "date", req=True),
              fl("weather", "Weather", "choice", opts=["Sunny", "Cloudy", "Rain", "Snow", "Wind"]),
              fl("work_done", "Work done", "long_text"),
              fl("delays", "Delays", "long_text")))

PERMITS = sp("Permits to work", "Permits issued for high-risk work on site.",
             en("permit", "Permit", "Permits",
                fl("permit_no", "Permit number", "text", req=True, uniq=True),
                fl("permit_type", "Type", "choice", req=True, opts=["Hot work", "Confined space", "Working at height", "Excavation"]),
                fl("location", "Location", "text"),
                fl("issued_by", "Issued by", "person", req=True),
                fl("valid_from", "Valid from", "datetime"),
                fl("valid_to", "Valid to", "datetime")))

TOOLBOX = sp("Toolbox talks", "Safety briefings given on our sites.",
             en("talk", "Toolbox talk", "Toolbox talks",
                fl("topic", "Topic", "text", req=True),
                fl("talk_date", "Date", "date", req=True),
                fl("presenter", "Presenter", "person"),
                fl("site", "Site", "choice", opts=["Riverside", "Hill Street", "Depot"]),
                fl("attendees", "Number of attendees", "integer")))

EVENTS = sp("Marketing events", "Events we exhibit at or host.",
            en("event", "Event", "Events",
               fl("name", "Name", "text", req=True),
               fl("event_date", "Date", "date"),
               fl("city", "City", "text"),
               fl("budget", "Budget", "money"),
               fl("leads_collected", "Leads collected", "integer")))

DEMOS = sp("Demo requests", "Prospects asking for a product demo.",
           en("demo_request", "Demo request", "Demo requests",
              fl("company", "Company", "text", req=True),
              fl("contact_email", "Contact email", "email", req=True),
              fl("product", "Product", "choice", opts=["Analytics", "CRM", "Billing"]),
              fl("preferred_date", "Preferred date", "date"),
              fl("sales_engineer", "Sales engineer", "person"),
              fl("status", "Status", "choice", opts=["New", "Scheduled", "Done", "No-show"])))

FLAGS = sp("Feature flags", "Feature flags across our environments.",
           en("flag", "Feature flag", "Feature flags",
              fl("flag_key", "Key", "text", req=True, uniq=True),
              fl("description", "Description", "text"),
              fl("owner", "Owner", "person"),
              fl("environments", "Environments", "multi_choice", opts=["Dev", "Staging", "Prod"]),
              fl("enabled", "Enabled", "boolean")))

AUDITS = sp("Quality audits", "Internal process audits in the plant.",
            en("audit", "Audit", "Audits",
               fl("area", "Area", "choice", req=True, opts=["Moulding", "Assembly", "Warehouse", "Lab"]),
               fl("auditor", "Auditor", "person", req=True),
               fl("audit_date", "Date", "date", req=True),
               fl("score", "Score", "integer"),
               fl("findings", "Findings", "long_text")))

# ------------------------------------------------------------------ English (24)

R("p11r01", "en", LICENCES, "add a cost centre field too, it's one of IT, Sales, Marketing, Ops",
  AF("licence", "cost centre", "choice", ["cost center", "budget", "department", "charged to"], opts=["IT", "Sales", "Marketing", "Ops"]))

R("p11r02", "en", DEPLOYS, "Can we also record how long each deploy took? Minutes is fine.",
  AF("deployment", "duration", "integer", ["duration in minutes", "minutes", "deploy time", "time taken", "duration (min)"], ["decimal"]))

R("p11r03", "en", INCIDENTS, "we've introduced a SEV4 for cosmetic stuff. also the commander has to be filled in, always",
  SO("incident", "severity", ["SEV1", "SEV2", "SEV3", "SEV4"]),
  SR("incident", "commander", True))

R("p11r04", "en", BUGS, "The description is way too small as a single line - people paste whole stack traces in there. And could you add a 'steps to reproduce' box while you're at it?",
  CT("bug", "description", "long_text"),
  AF("bug", "steps to reproduce", "long_text", ["repro steps", "reproduction steps", "steps", "how to reproduce"], ["text"]))

R("p11r05", "en", STORIES, "story points can be 0.5 for tiny things, right now it won't let me",
  CT("story", "points", "decimal"))

R("p11r06", "en", DOMAINS, "Hi - please remove the auto-renew column from domains, our new registrar doesn't offer it anyway. Thanks!",
  RF("domain", "auto_renew"))

R("p11r07", "en", ONCALL, "Rename 'Backup' to 'Secondary on-call'",
  RN("shift", "backup", "Secondary on-call", ["Secondary", "Secondary engineer"]))

R("p11r08", "en", QUOTES, "Some deals come through resellers. Could we keep a list of partners (name, commission %, country) and let each quote point to the partner involved, if any?",
  AE("Partner", ["reseller", "channel partner", "partners"],
     G("name", "text", ["partner name", "company"]),
     G("commission", "decimal", ["commission %", "commission rate", "commission percentage"], ["integer"]),
     G("country", "text", [], ["choice"])),
  AR("quote", "Partner"))

R("p11r09", "en", COMMISSION, "'Paid out' should be a date instead of a tick box so we know when the commission was actually paid",
  CT("deal", "paid_out", "date", ["datetime"]))

R("p11r10", "en", MERCH, "I also need to know who signed each request off and when",
  AF("merch_request", "approved by", "person", ["approver", "signed off by", "sign-off by", "decided by"], ["text"]),
  AF("merch_request", "approval date", "date", ["approved on", "signed off on", "sign-off date", "date approved", "decision date"], ["datetime"]))

R("p11r11", "en", INFLUENCERS, "lots of creators post on several platforms, so let me tick more than one. And add YouTube please",
  CT("creator", "platform", "multi_choice"),
  SO("creator", "platform", ["Instagram", "TikTok", "YouTube"]))

R("p11r12", "en", BREAKDOWNS, "Can we get a root cause dropdown on breakdowns? Mechanical, Electrical, Hydraulic, Operator error, Unknown.",
  AF("breakdown", "root cause", "choice", ["cause", "failure cause", "root cause category", "failure type"], opts=["Mechanical", "Electrical", "Hydraulic", "Operator error", "Unknown"]),
  )

R("p11r13", "en", CALIBRATION, "we got rid of all our torque wrenches but we've bought hardness testers, can you update the type list",
  SO("instrument", "instrument_type", ["Caliper", "Micrometer", "Pressure gauge", "Hardness tester"]))

R("p11r14", "en", HANDOVER, "Could you add the shift's OEE as a percentage? Cheers",
  AF("handover", "OEE", "decimal", ["OEE %", "overall equipment effectiveness", "OEE percentage"], ["integer"]),
  )

R("p11r15", "en", RMA, "Keeping the customer table up to date is a pain and nobody uses it. Sales says we should just type the customer name on each RMA.",
  RE("customer"),
  CT("rma", "customer", "text"))

R("p11r16", "en", PLANT, "add a status on hires please: On hire, Off-hire requested, Off-hired",
  AF("hire", "status", "choice", ["hire status", "state"], opts=["On hire", "Off-hire requested", "Off-hired"]),
  )

R("p11r17", "en", SNAGS, "trades: we call joiners carpenters here, so Carpenter instead of Joiner. Also add Plasterer and Roofer",
  SO("snag", "trade", ["Electrician", "Plumber", "Painter", "Carpenter", "Tiler", "Plasterer", "Roofer"]))

R("p11r18", "en", DIARY, "At the moment people type the project number by hand on each diary entry and half of them are wrong. Link each entry to the project instead and get rid of that typed field.",
  AR("diary_entry", "project"),
  RF("diary_entry", "project_number"))

R("p11r19", "en", PERMITS, "For hot work and confined space we must record the gas test: oxygen level, LEL reading and who did the test.",
  AF("permit", "oxygen level", "decimal", ["O2", "O2 level", "oxygen", "oxygen %", "O2 %"], ["text"]),
  AF("permit", "LEL reading", "decimal", ["LEL", "LEL %", "lower explosive limit"], ["text"]),
  AF("permit", "gas tested by", "person", ["tested by", "gas tester", "tester", "gas test by"], ["text"]))

R("p11r20", "en", TOOLBOX, "The auditor wants to see the signed attendance sheet for every talk - we have scans.",
  AF("talk", "attendance sheet", "file", ["signed attendance sheet", "sign-in sheet", "scan", "attendance", "signatures"]))

R("p11r21", "en", EVENTS, "rename 'Leads collected' to 'Badge scans', that's what it really is - most of them are never qualified",
  RN("event", "leads_collected", "Badge scans", ["Scans", "Badges scanned"]))

R("p11r22", "en", DEMOS, "We book demos through Calendly now, so drop the preferred date and give me a field for the Calendly link instead.",
  RF("demo_request", "preferred_date"),
  AF("demo_request", "Calendly link", "url", ["booking link", "calendly", "meeting link", "calendly url"], ["text"]))

R("p11r23", "en", FLAGS, "we want flags to have an expiry date so old ones get cleaned up",
  AF("flag", "expiry date", "date", ["expires on", "expiry", "remove by", "sunset date", "expiration date"]))

R("p11r24", "en", AUDITS, "Findings in a single text box don't work. Make findings their own list: each finding belongs to an audit and has a description, a severity (minor / major / critical) and a due date. Then remove the old findings box from the audit.",
  AE("Finding", ["audit finding", "findings", "non-conformity", "observation"],
     G("description", "long_text", ["finding", "details"], ["text"]),
     G("severity", "choice", ["grade", "classification", "level"], opts=["Minor", "Major", "Critical"]),
     G("due date", "date", ["due", "deadline", "close by"])),
  AR("Finding", "audit"),
  RF("audit", "findings"))

# ------------------------------------------------------------------ French (12)

CAB = sp("Demandes de changement", "Demandes de changement en production soumises au CAB.",
         en("application", "Application", "Applications",
            fl("nom", "Nom", "text", req=True, uniq=True),
            fl("responsable", "Responsable", "person"),
            fl("criticite", "Criticité", "choice", opts=["Basse", "Moyenne", "Haute"])),
         en("changement", "Demande de changement", "Demandes de changement",
            fl("titre", "Titre", "text", req=True),
            fl("application", "Application", "reference", req=True, target="application"),
            fl("risque", "Niveau de risque", "choice", opts=["Faible", "Moyen", "Élevé"]),
            fl("date_prevue", "Date prévue de mise en prod", "date"),
            fl("demandeur", "Demandeur", "person"),
            fl("decision", "Décision du CAB", "choice", opts=["Approuvé", "Refusé", "Reporté"])))

RECETTE = sp("Réservation des environnements", "Qui utilise quel environnement de recette et quand.",
             en("reservation", "Réservation", "Réservations",
                fl("environnement", "Environnement", "choice", req=True, opts=["REC1", "REC2", "PREPROD"]),
                fl("reserve_par", "Réservé par", "person", req=True),
                fl("projet", "Projet", "text"),
                fl("debut", "Du", "date", req=True),
                fl("fin", "Au", "date", req=True),
                fl("version", "Version déployée", "text")))

SALONS = sp("Salons professionnels", "Salons et contacts récoltés sur le stand.",
            en("salon", "Salon", "Salons",
               fl("nom", "Nom", "text", req=True),
               fl("ville", "Ville", "text"),
               fl("date_debut", "Date de début", "date"),
               fl("cout_stand", "Coût du stand", "money")),
            en("contact", "Contact", "Contacts",
               fl("salon", "Salon", "reference", req=True, target="salon"),
               fl("nom", "Nom", "text", req=True),
               fl("societe", "Société", "text"),
               fl("email", "E-mail", "email"),
               fl("interet", "Intérêt", "choice", opts=["Chaud", "Tiède", "Froid"])))

STUDIO = sp("Demandes au studio graphique", "Demandes de création adressées au studio.",
            en("demande", "Demande", "Demandes",
               fl("demandeur", "Demandeur", "person", req=True),
               fl("support", "Type de support", "choice", req=True, opts=["Flyer", "Affiche", "Bannière web", "Post réseaux sociaux"]),
               fl("date_souhaitee", "Date de livraison souhaitée", "date"),
               fl("fichiers", "Fichiers joints", "file"),
               fl("statut", "Statut", "choice", opts=["À faire", "En cours", "En relecture", "Livré"]),
               fl("graphiste", "Graphiste", "person")))

MOULES = sp("Suivi des moules", "Moules d'injection et interventions.",
            en("moule", "Moule", "Moules",
               fl("reference", "Référence", "text", req=True, uniq=True),
               fl("client", "Client", "text"),
               fl("empreintes", "Nombre d'empreintes", "integer"),
               fl("cycles", "Cycles cumulés", "integer")),
            en("intervention", "Intervention", "Interventions",
               fl("moule", "Moule", "reference", req=True, target="moule"),
               fl("type", "Type d'intervention", "choice", opts=["Réparation", "Nettoyage", "Révision"]),
               fl("date", "Date", "date", req=True),
               fl("technicien", "Technicien", "person"),
               fl("commentaire", "Commentaire", "long_text")))

CONTROLE = sp("Contrôle final", "Contrôle qualité en fin de ligne par OF.",
              en("controle", "Contrôle final", "Contrôles finaux",
                 fl("numero_of", "Numéro OF", "text", req=True),
                 fl("controleur", "Contrôleur", "person"),
                 fl("pieces_controlees", "Pièces contrôlées", "integer"),
                 fl("pieces_nc", "Pièces NC", "integer"),
                 fl("decision", "Décision", "choice", opts=["Libéré", "Bloqué", "Tri 100%"]),
                 fl("photo", "Photo", "file")))

REUNIONS = sp("Réunions de chantier", "Comptes-rendus des réunions hebdomadaires de chantier.",
              en("chantier", "Chantier", "Chantiers",
                 fl("nom", "Nom", "text", req=True),
                 fl("adresse", "Adresse", "long_text"),
                 fl("conducteur", "Conducteur de travaux", "person")),
              en("reunion", "Réunion", "Réunions",
                 fl("chantier", "Chantier", "reference", req=True, target="chantier"),
                 fl("date", "Date", "date", req=True),
                 fl("numero_cr", "Numéro de CR", "text"),
                 fl("presents", "Présents", "long_text")))

HABILITATIONS = sp("Habilitations", "Habilitations des compagnons et leurs dates d'expiration.",
                   en("salarie", "Salarié", "Salariés",
                      fl("nom", "Nom", "text", req=True),
                      fl("prenom", "Prénom", "text", req=True),
                      fl("matricule", "Matricule", "text", uniq=True)),
                   en("habilitation", "Habilitation", "Habilitations",
                      fl("salarie", "Salarié", "reference", req=True, target="salarie"),
                      fl("type", "Type", "choice", req=True, opts=["CACES R482", "CACES R486", "Habilitation électrique", "Travail en hauteur", "SST"]),
                      fl("date_obtention", "Date d'obtention", "date"),
                      fl("date_expiration", "Date d'expiration", "date", req=True),
                      fl("organisme", "Organisme de formation", "text"),
                      fl("certificat", "Certificat", "file")))

POSTES = sp("Parc informatique", "Postes de travail et à qui ils sont attribués.",
            en("poste", "Poste", "Postes",
               fl("numero_serie", "Numéro de série", "text", req=True, uniq=True),
               fl("modele", "Modèle", "text"),
               fl("utilisateur", "Utilisateur", "person"),
               fl("date_achat", "Date d'achat", "date"),
               fl("statut", "Statut", "choice", opts=["En service", "En stock", "En réparation", "Réformé"])))

PROSPECTS = sp("Fiches prospects", "Prospects suivis par l'équipe commerciale.",
               en("prospect", "Prospect", "Prospects",
                  fl("societe", "Société", "text", req=True),
                  fl("contact", "Contact", "text"),
                  fl("email", "E-mail", "email"),
                  fl("secteur", "Secteur", "text"),
                  fl("commercial", "Commercial", "person")))

LIVRAISONS = sp("Livraisons chantier", "Réception des matériaux livrés sur chantier.",
                en("livraison", "Livraison", "Livraisons",
                   fl("chantier", "Chantier", "text", req=True),
                   fl("fournisseur", "Fournisseur", "text"),
                   fl("date", "Date", "date", req=True),
                   fl("bon_livraison", "Bon de livraison", "file"),
                   fl("conforme", "Conforme", "boolean")))

RESEAUX = sp("Planning réseaux sociaux", "Publications prévues sur nos réseaux.",
             en("publication", "Publication", "Publications",
                fl("reseau", "Réseau", "choice", req=True, opts=["LinkedIn", "Instagram", "Facebook"]),
                fl("date_publication", "Date de publication", "date"),
                fl("texte", "Texte", "long_text"),
                fl("visuel", "Visuel", "file"),
                fl("statut", "Statut", "choice", opts=["Idée", "Rédigé", "Programmé", "Publié"])))

R("p11r25", "fr", CAB, "Il nous faudrait aussi l'heure précise de la mise en prod, pas seulement le jour.",
  CT("changement", "date_prevue", "datetime"))

R("p11r26", "fr", RECETTE, "ajoute les environnements REC3 et PREPROD2 stp",
  SO("reservation", "environnement", ["REC1", "REC2", "REC3", "PREPROD", "PREPROD2"]))

R("p11r27", "fr", SALONS, "Pour chaque salon j'aimerais aussi noter le nombre de visiteurs annoncé par l'organisateur.",
  AF("salon", "nombre de visiteurs", "integer", ["visiteurs", "fréquentation", "visitors"]),
  )

R("p11r28", "fr", STUDIO, "Renomme « Graphiste » en « Designer assigné », et il manque le statut « Annulé ».",
  RN("demande", "graphiste", "Designer assigné", ["Designer", "Assigné à"]),
  SO("demande", "statut", ["À faire", "En cours", "En relecture", "Livré", "Annulé"]))

R("p11r29", "fr", MOULES, "Bonjour, on voudrait savoir qui a validé chaque intervention, et pouvoir joindre le rapport d'intervention. Merci !",
  AF("intervention", "validé par", "person", ["validateur", "validation", "approuvé par", "approved by"], ["text"]),
  AF("intervention", "rapport d'intervention", "file", ["rapport", "pièce jointe", "compte-rendu", "report"]))

R("p11r30", "fr", CONTROLE, "supprime le champ photo, personne ne s'en sert",
  RF("controle", "photo"))

R("p11r31", "fr", REUNIONS, "le numéro de CR doit être obligatoire",
  SR("reunion", "numero_cr", True))

R("p11r32", "fr", HABILITATIONS, "On aimerait une vraie liste des organismes de formation (nom, ville, téléphone) et que chaque habilitation soit rattachée à un organisme, au lieu du texte libre actuel.",
  AE("Organisme de formation", ["organisme", "centre de formation", "training provider", "organismes"],
     G("nom", "text", ["nom de l'organisme", "raison sociale"]),
     G("ville", "text", ["localisation", "city"]),
     G("téléphone", "phone", ["tél", "phone", "numéro de téléphone"])),
  AR("habilitation", "Organisme de formation"),
  RF("habilitation", "organisme"))

R("p11r33", "fr", POSTES, "ajoute la date de fin de garantie",
  AF("poste", "fin de garantie", "date", ["date de fin de garantie", "garantie", "garantie jusqu'au", "warranty end"]))

R("p11r34", "fr", PROSPECTS, "Le secteur devrait être une liste déroulante : Industrie, Santé, Commerce, Services publics.",
  CT("prospect", "secteur", "choice"),
  SO("prospect", "secteur", ["Industrie", "Santé", "Commerce", "Services publics"]))

R("p11r35", "fr", LIVRAISONS, "Quand une livraison n'est pas conforme, on veut savoir pourquoi.",
  AF("livraison", "motif de non-conformité", "long_text", ["motif", "raison", "non-conformité", "détail de la non-conformité", "commentaire", "reason"], ["text"]))

R("p11r36", "fr", RESEAUX, "Il faudrait une case « validé par le client » (oui/non), on a eu un souci la semaine dernière.",
  AF("publication", "validé par le client", "boolean", ["validation client", "validé", "validé client", "approuvé par le client"], ["choice"]))

# ------------------------------------------------------------------ Spanish (12)

PETICIONES = sp("Peticiones de clientes", "Funcionalidades que piden los clientes.",
                en("cliente", "Cliente", "Clientes",
                   fl("nombre", "Nombre", "text", req=True),
                   fl("plan", "Plan", "choice", opts=["Básico", "Pro", "Enterprise"]),
                   fl("responsable", "Responsable de cuenta", "person")),
                en("peticion", "Petición", "Peticiones",
                   fl("titulo", "Título", "text", req=True),
                   fl("descripcion", "Descripción", "long_text"),
                   fl("cliente", "Cliente", "reference", target="cliente"),
                   fl("prioridad", "Prioridad", "choice", opts=["Baja", "Media", "Alta"]),
                   fl("estado", "Estado", "choice", opts=["Nueva", "En análisis", "Planificada", "Descartada", "Hecha"])))

GUARDIAS = sp("Guardias de sistemas", "Cuadrante semanal de guardias.",
              en("guardia", "Guardia", "Guardias",
                 fl("principal", "Técnico principal", "person", req=True),
                 fl("respaldo", "Técnico de respaldo", "person", req=True),
                 fl("inicio", "Fecha de inicio", "date", req=True),
                 fl("fin", "Fecha de fin", "date", req=True)))

MUESTRAS = sp("Envío de muestras", "Muestras enviadas a clientes y su resultado.",
              en("envio", "Envío de muestra", "Envíos de muestras",
                 fl("cliente", "Cliente", "text", req=True),
                 fl("producto", "Producto", "text", req=True),
                 fl("cantidad", "Cantidad", "integer"),
                 fl("fecha_envio", "Fecha de envío", "date"),
                 fl("seguimiento", "Número de seguimiento", "text"),
                 fl("comercial", "Comercial", "person")))

MEDIOS = sp("Clipping de prensa", "Apariciones en medios.",
            en("medio", "Medio", "Medios",
               fl("nombre", "Nombre", "text", req=True),
               fl("tipo", "Tipo", "choice", opts=["Prensa escrita", "Online", "Radio", "TV"]),
               fl("ambito", "Ámbito", "choice", opts=["Nacional", "Regional"])),
            en("aparicion", "Aparición", "Apariciones",
               fl("medio", "Medio", "reference", req=True, target="medio"),
               fl("fecha", "Fecha", "date", req=True),
               fl("titular", "Titular", "text"),
               fl("enlace", "Enlace", "url"),
               fl("tono", "Tono", "choice", opts=["Positivo", "Neutro", "Negativo"])))

PARADAS = sp("Paradas de máquina", "Registro de paradas en la planta.",
             en("maquina", "Máquina", "Máquinas",
                fl("codigo", "Código", "text", req=True, uniq=True),
                fl("nombre", "Nombre", "text"),
                fl("seccion", "Sección", "choice", opts=["Mecanizado", "Montaje", "Pintura"])),
             en("parada", "Parada", "Paradas",
                fl("maquina", "Máquina", "reference", req=True, target="maquina"),
                fl("inicio", "Inicio", "datetime", req=True),
                fl("fin", "Fin", "datetime"),
                fl("motivo", "Motivo", "choice", opts=["Avería", "Cambio de formato", "Falta de material", "Mantenimiento", "Otros"]),
                fl("operario", "Operario", "person")))

LOTES = sp("Control de lotes", "Lotes de zumo y sus análisis de laboratorio.",
           en("lote", "Lote", "Lotes",
              fl("numero", "Número de lote", "text", req=True, uniq=True),
              fl("producto", "Producto", "text"),
              fl("fabricacion", "Fecha de fabricación", "date"),
              fl("caducidad", "Fecha de caducidad", "date")),
           en("analisis", "Análisis", "Análisis",
              fl("lote", "Lote", "reference", req=True, target="lote"),
              fl("fecha", "Fecha", "date"),
              fl("analista", "Analista", "person"),
              fl("brix", "Grados Brix", "decimal"),
              fl("ph", "pH", "decimal"),
              fl("resultado", "Resultado microbiológico", "choice", opts=["Conforme", "No conforme"])))

PARTES = sp("Partes de obra", "Partes diarios de trabajo en obra.",
            en("obra", "Obra", "Obras",
               fl("codigo", "Código", "text", req=True, uniq=True),
               fl("nombre", "Nombre", "text", req=True)),
            en("parte", "Parte diario", "Partes diarios",
               fl("obra", "Obra", "reference", req=True, target="obra"),
               fl("fecha", "Fecha", "date", req=True),
               fl("encargado", "Encargado", "person"),
               fl("horas", "Horas totales", "decimal"),
               fl("tareas", "Tareas realizadas", "long_text")))

PEDIDOS = sp("Pedidos de material", "Material que piden las obras al almacén.",
             en("pedido", "Pedido", "Pedidos",
                fl("obra", "Obra", "text", req=True),
                fl("material", "Material", "text", req=True),
                fl("cantidad", "Cantidad", "decimal", req=True),
                fl("unidad", "Unidad", "choice", opts=["m", "m2", "kg", "ud", "sacos"]),
                fl("urgente", "Urgente", "boolean"),
                fl("servido", "Servido", "boolean")))

ALTAS = sp("Altas de usuarios", "Solicitudes de alta de nuevos usuarios en sistemas.",
           en("alta", "Alta de usuario", "Altas de usuarios",
              fl("nombre", "Nombre", "text", req=True),
              fl("departamento", "Departamento", "choice", opts=["Ventas", "Finanzas", "Operaciones", "RR. HH."]),
              fl("fecha_incorporacion", "Fecha de incorporación", "date", req=True),
              fl("aplicaciones", "Aplicaciones", "multi_choice", opts=["Correo", "ERP", "VPN"]),
              fl("estado", "Estado", "choice", opts=["Pendiente", "En curso", "Completada"])))

OPORTUNIDADES = sp("Oportunidades", "Embudo de ventas del equipo comercial.",
                   en("oportunidad", "Oportunidad", "Oportunidades",
                      fl("cliente", "Cliente", "text", req=True),
                      fl("importe", "Importe", "money"),
                      fl("fase", "Fase", "choice", opts=["Prospección", "Propuesta", "Negociación", "Ganada", "Perdida"]),
                      fl("cierre_previsto", "Fecha de cierre prevista", "date"),
                      fl("comercial", "Comercial", "person", req=True)))

GRUAS = sp("Inspecciones de grúas", "Inspecciones periódicas de las grúas torre.",
           en("inspeccion", "Inspección", "Inspecciones",
              fl("grua", "Grúa", "text", req=True),
              fl("fecha", "Fecha", "date", req=True),
              fl("inspector", "Inspector", "person"),
              fl("resultado", "Resultado", "choice", opts=["Apta", "No apta"]),
              fl("observaciones", "Observaciones", "long_text")))

SOLDADURAS = sp("Control de soldaduras", "Ensayos de las soldaduras de estructura.",
                en("soldadura", "Soldadura", "Soldaduras",
                   fl("junta", "Número de junta", "text", req=True),
                   fl("soldador", "Soldador", "person"),
                   fl("fecha", "Fecha", "date"),
                   fl("ensayo", "Ensayo", "choice", opts=["Visual", "Líquidos penetrantes", "Ultrasonidos"]),
                   fl("resultado", "Resultado", "choice", opts=["Aceptada", "Rechazada"])))

R("p11r37", "es", PETICIONES, "añade un campo para contar cuántos clientes han votado cada petición",
  AF("peticion", "votos", "integer", ["número de votos", "votos de clientes", "clientes que la piden", "votes"]))

R("p11r38", "es", GUARDIAS, "el técnico de respaldo no tiene que ser obligatorio, algunas semanas no hay",
  SR("guardia", "respaldo", False))

R("p11r39", "es", MUESTRAS, "Quita el número de seguimiento y pon la empresa de transporte: SEUR, MRW, DHL o Correos.",
  RF("envio", "seguimiento"),
  AF("envio", "empresa de transporte", "choice", ["transportista", "transporte", "mensajería", "carrier"], opts=["SEUR", "MRW", "DHL", "Correos"]))

R("p11r40", "es", MEDIOS, "Nos faltan los podcasts como tipo de medio",
  SO("medio", "tipo", ["Prensa escrita", "Online", "Radio", "TV", "Podcast"]))

R("p11r41", "es", PARADAS, "renombra 'Motivo' a 'Causa de la parada' y haz que sea obligatorio",
  RN("parada", "motivo", "Causa de la parada", ["Causa"]),
  SR("parada", "motivo", True))

R("p11r42", "es", LOTES, "Hola! nos falta la temperatura de pasteurización en cada análisis",
  AF("analisis", "temperatura de pasteurización", "decimal", ["temperatura", "pasteurización", "temp. pasteurización"], ["integer"]),
  )

R("p11r43", "es", PARTES, "Hay que poder adjuntar la foto del parte firmado por el encargado",
  AF("parte", "parte firmado", "file", ["foto del parte", "foto", "parte firmado (foto)", "firma", "adjunto"]))

R("p11r44", "es", PEDIDOS, "La obra ahora la escriben a mano y cada uno pone lo que quiere. Necesitamos una lista de obras (código, nombre y dirección) y que cada pedido esté vinculado a una obra de esa lista en vez del texto.",
  AE("Obra", ["obras", "proyecto", "site"],
     G("código", "text", ["código de obra", "code"]),
     G("nombre", "text", ["nombre de la obra", "name"]),
     G("dirección", "long_text", ["ubicación", "address", "domicilio"], ["text"])),
  AR("pedido", "Obra"),
  RF("pedido", "obra"))

R("p11r45", "es", ALTAS, "añade Jira y Salesforce a las aplicaciones",
  SO("alta", "aplicaciones", ["Correo", "ERP", "VPN", "Jira", "Salesforce"]))

R("p11r46", "es", OPORTUNIDADES, "Me gustaría ver también de dónde viene cada oportunidad (web, referido, feria, llamada en frío)",
  AF("oportunidad", "origen", "choice", ["fuente", "canal", "procedencia", "source"], opts=["Web", "Referido", "Feria", "Llamada en frío"]))

R("p11r47", "es", GRUAS, "El inspector viene de una empresa externa (OCA), así que el campo tiene que ser texto libre, no un usuario nuestro.",
  CT("inspeccion", "inspector", "text"))

R("p11r48", "es", SOLDADURAS, "En ensayos ya no hacemos visual, pero sí radiografía. Y el resultado debe ser obligatorio.",
  SO("soldadura", "ensayo", ["Líquidos penetrantes", "Ultrasonidos", "Radiografía"]),
  SR("soldadura", "resultado", True))

# ------------------------------------------------------------------ German (12)

SERVER = sp("Serverinventar", "Server, VMs und die Anwendungen darauf.",
            en("server", "Server", "Server",
               fl("hostname", "Hostname", "text", req=True, uniq=True),
               fl("ip", "IP-Adresse", "text"),
               fl("os", "Betriebssystem", "choice", opts=["Windows Server", "Ubuntu", "RHEL"]),
               fl("standort", "Standort", "choice", opts=["RZ Frankfurt", "RZ München", "Azure"]),
               fl("admin", "Verantwortlicher Admin", "person")))

PENTEST = sp("Pentest-Befunde", "Befunde aus Penetrationstests und ihr Bearbeitungsstand.",
             en("befund", "Befund", "Befunde",
                fl("titel", "Titel", "text", req=True),
                fl("system", "Betroffenes System", "text"),
                fl("schweregrad", "Schweregrad", "choice", req=True, opts=["Kritisch", "Hoch", "Mittel", "Niedrig", "Info"]),
                fl("zustaendig", "Zuständiger Entwickler", "person"),
                fl("frist", "Frist", "date"),
                fl("status", "Status", "choice", opts=["Offen", "In Arbeit", "Behoben", "Risiko akzeptiert"])))

RABATT = sp("Rabattfreigaben", "Anträge auf Sonderrabatt und ihre Freigabe.",
            en("antrag", "Rabattantrag", "Rabattanträge",
               fl("antragsteller", "Antragsteller", "person", req=True),
               fl("kunde", "Kunde", "text", req=True),
               fl("angebotsnummer", "Angebotsnummer", "text"),
               fl("rabatt", "Rabatt (%)", "decimal", req=True),
               fl("begruendung", "Begründung", "long_text"),
               fl("entscheidung", "Entscheidung", "choice", opts=["Genehmigt", "Abgelehnt"])))

NEWSLETTER = sp("Newsletter-Planung", "Newsletter, Zielgruppen und Kennzahlen.",
                en("zielgruppe", "Zielgruppe", "Zielgruppen",
                   fl("name", "Name", "text", req=True),
                   fl("empfaenger", "Anzahl Empfänger", "integer")),
                en("newsletter", "Newsletter", "Newsletter",
                   fl("betreff", "Betreff", "text", req=True),
                   fl("zielgruppe", "Zielgruppe", "reference", target="zielgruppe"),
                   fl("versanddatum", "Versanddatum", "date"),
                   fl("status", "Status", "choice", opts=["Entwurf", "In Freigabe", "Geplant", "Versendet"]),
                   fl("oeffnungsrate", "Öffnungsrate", "decimal"),
                   fl("klickrate", "Klickrate", "decimal")))

AUFTRAEGE = sp("Fertigungsaufträge", "Fertigungsaufträge und ihre Rückmeldungen.",
               en("auftrag", "Fertigungsauftrag", "Fertigungsaufträge",
                  fl("nummer", "Auftragsnummer", "text", req=True, uniq=True),
                  fl("artikel", "Artikel", "text", req=True),
                  fl("sollmenge", "Sollmenge", "integer"),
                  fl("liefertermin", "Liefertermin", "date"),
                  fl("prioritaet", "Priorität", "choice", opts=["Normal", "Eilig"])),
               en("rueckmeldung", "Rückmeldung", "Rückmeldungen",
                  fl("auftrag", "Fertigungsauftrag", "reference", req=True, target="auftrag"),
                  fl("gutmenge", "Gutmenge", "integer"),
                  fl("ausschuss", "Ausschuss", "integer"),
                  fl("werker", "Werker", "person")))

ACHT_D = sp("Lieferantenreklamationen", "8D-Reports zu Reklamationen an Lieferanten.",
            en("lieferant", "Lieferant", "Lieferanten",
               fl("name", "Name", "text", req=True),
               fl("nummer", "Lieferantennummer", "text", uniq=True),
               fl("email", "E-Mail Qualität", "email")),
            en("reklamation", "Reklamation", "Reklamationen",
               fl("nummer", "Nummer", "text", req=True, uniq=True),
               fl("lieferant", "Lieferant", "reference", req=True, target="lieferant"),
               fl("teilenummer", "Teilenummer", "text"),
               fl("fehler", "Fehlerbeschreibung", "long_text"),
               fl("stand", "Stand", "choice", opts=["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"])))

NU = sp("Nachunternehmer", "Nachunternehmer und ihre Nachweise.",
        en("nachunternehmer", "Nachunternehmer", "Nachunternehmer",
           fl("firma", "Firma", "text", req=True),
           fl("gewerk", "Gewerk", "text"),
           fl("ansprechpartner", "Ansprechpartner", "text"),
           fl("telefon", "Telefon", "phone")),
        en("dokument", "Dokument", "Dokumente",
           fl("nachunternehmer", "Nachunternehmer", "reference", req=True, target="nachunternehmer"),
           fl("art", "Art", "choice", req=True, opts=["Freistellungsbescheinigung §48b", "Unbedenklichkeitsbescheinigung", "Haftpflichtversicherung", "SOKA-Bau"]),
           fl("gueltig_bis", "Gültig bis", "date", req=True),
           fl("datei", "Datei", "file")))

BETON = sp("Betonierprotokoll", "Protokoll jeder Betonage.",
           en("betonage", "Betonage", "Betonagen",
              fl("baustelle", "Baustelle", "text", req=True),
              fl("bauteil", "Bauteil", "text", req=True),
              fl("datum", "Datum", "date", req=True),
              fl("betonsorte", "Betonsorte", "choice", opts=["C20/25", "C25/30", "C30/37"]),
              fl("menge", "Menge (m³)", "decimal"),
              fl("polier", "Polier", "person")))

BAUTAGEBUCH = sp("Bautagebuch", "Tägliche Einträge ins Bautagebuch.",
                 en("eintrag", "Eintrag", "Einträge",
                    fl("datum", "Datum", "date", req=True),
                    fl("wetter", "Wetter", "choice", opts=["Sonnig", "Bewölkt", "Regen", "Schnee", "Frost"]),
                    fl("arbeiten", "Ausgeführte Arbeiten", "long_text"),
                    fl("vorkommnisse", "Besondere Vorkommnisse", "long_text")))

ZERTIFIKATE = sp("Zertifizierungen", "Zertifizierungen unserer Entwickler und Admins.",
                 en("zertifikat", "Zertifikat", "Zertifikate",
                    fl("mitarbeiter", "Mitarbeiter", "person", req=True),
                    fl("bezeichnung", "Bezeichnung", "text", req=True),
                    fl("anbieter", "Anbieter", "choice", opts=["AWS", "Microsoft", "Google", "ISTQB", "Scrum.org"]),
                    fl("erworben_am", "Erworben am", "date"),
                    fl("gueltig_bis", "Gültig bis", "date")))

MESSEN = sp("Messeplanung", "Messen, auf denen wir ausstellen.",
            en("messe", "Messe", "Messen",
               fl("name", "Name", "text", req=True),
               fl("ort", "Ort", "text"),
               fl("beginn", "Beginn", "date"),
               fl("standgroesse", "Standgröße (m²)", "decimal"),
               fl("budget", "Budget", "money")))

BESUCHE = sp("Kundenbesuche", "Besuchsberichte des Außendienstes.",
             en("kunde", "Kunde", "Kunden",
                fl("name", "Name", "text", req=True),
                fl("kundennummer", "Kundennummer", "text", uniq=True),
                fl("ort", "Ort", "text")),
             en("besuch", "Besuch", "Besuche",
                fl("kunde", "Kunde", "reference", req=True, target="kunde"),
                fl("datum", "Datum", "date", req=True),
                fl("vertriebler", "Vertriebler", "person", req=True),
                fl("ergebnis", "Ergebnis", "long_text"),
                fl("naechster_schritt", "Nächster Schritt", "text")))

R("p11r49", "de", SERVER, "Bitte noch ein Feld für den RAM in GB.",
  AF("server", "RAM (GB)", "integer", ["RAM", "Arbeitsspeicher", "RAM in GB", "Speicher", "memory"], ["decimal"]))

R("p11r50", "de", PENTEST, "Kannst du 'Frist' in 'Behebungsfrist' umbenennen?",
  RN("befund", "frist", "Behebungsfrist", ["Frist zur Behebung"]))

R("p11r51", "de", RABATT, "Die Begründung muss Pflicht sein, sonst schreibt keiner was rein.",
  SR("antrag", "begruendung", True),
  )

R("p11r52", "de", NEWSLETTER, "die Klickrate brauchen wir nicht mehr, schaut eh keiner drauf",
  RF("newsletter", "klickrate"))

R("p11r53", "de", AUFTRAEGE, "Priorität bitte mit drei Stufen: normal, eilig, sehr eilig",
  SO("auftrag", "prioritaet", ["Normal", "Eilig", "Sehr eilig"]))

R("p11r54", "de", ACHT_D, "Hallo, beim Lieferanten fehlt noch der Freigabestatus: bevorzugt, freigegeben oder gesperrt. Danke dir!",
  AF("lieferant", "Freigabestatus", "choice", ["Status", "Lieferantenstatus", "Freigabe", "Lieferantenbewertung", "Bewertung"], opts=["Bevorzugt", "Freigegeben", "Gesperrt"]))

R("p11r55", "de", NU, "Das Gewerk soll eine Auswahlliste sein: Rohbau, Elektro, Sanitär, Trockenbau, Maler",
  CT("nachunternehmer", "gewerk", "choice"),
  SO("nachunternehmer", "gewerk", ["Rohbau", "Elektro", "Sanitär", "Trockenbau", "Maler"]))

R("p11r56", "de", BETON, "Ergänzt bitte die Konsistenzklasse (F3, F4, F5).",
  AF("betonage", "Konsistenzklasse", "choice", ["Konsistenz", "Ausbreitmaßklasse"], opts=["F3", "F4", "F5"]),
  )

R("p11r57", "de", BAUTAGEBUCH, "Wir haben inzwischen mehrere Baustellen. Ich hätte gern ein Baustellen-Verzeichnis (Name, Adresse, Bauleiter) und jeder Eintrag gehört dann zu einer Baustelle.",
  AE("Baustelle", ["Baustellen", "Bauvorhaben", "Projekt", "site"],
     G("Name", "text", ["Bezeichnung", "Baustellenname"]),
     G("Adresse", "long_text", ["Anschrift", "Ort", "address"], ["text"]),
     G("Bauleiter", "person", ["Bauleitung", "site manager", "Verantwortlicher"], ["text"])),
  AR("eintrag", "Baustelle"))

R("p11r58", "de", ZERTIFIKATE, "Wir wollen auch sehen, was die Zertifizierung gekostet hat und wer sie genehmigt hat.",
  AF("zertifikat", "Kosten", "money", ["Preis", "Betrag", "Gebühr", "cost"]),
  AF("zertifikat", "genehmigt von", "person", ["Genehmiger", "freigegeben von", "Freigabe durch", "approved by"], ["text"]))

R("p11r59", "de", MESSEN, "Standgröße bitte als ganze Zahl, halbe Quadratmeter gibt's bei uns nicht.",
  CT("messe", "standgroesse", "integer"))

R("p11r60", "de", BESUCHE, "Die Kundentabelle kann weg, wir tippen den Kunden einfach beim Besuch ein. Außerdem brauchen wir die Besuchsart: vor Ort, Video oder Telefon.",
  RE("kunde"),
  CT("besuch", "kunde", "text"),
  AF("besuch", "Besuchsart", "choice", ["Art", "Art des Besuchs", "Kontaktart", "Typ"], opts=["Vor Ort", "Video", "Telefon"]))


if __name__ == "__main__":
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), Counter(c["lang"] for c in CASES),
          "multi-edit:", sum(1 for c in CASES if len(c["expect"]) > 1))
