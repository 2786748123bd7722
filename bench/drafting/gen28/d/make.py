#!/usr/bin/env python3
"""Session 28, helper d: owners of logged events, in the words office workers type (en, fr, es, de).

A request names an owner X (a project, a site, a vehicle, a tenant ...) and the things logged for it, Ys (time entries,
deliveries, refuellings, payments ...), with the Y's details. A careful analyst makes X a kind (at least its name, or
the details said of it), Y a kind with its details and a reference Y -> X (many Ys per X), named by the singular noun.

Constructions (how the owner and its events are said):
  for_each   "For each X we log the Ys: a, b and c."              / "Pour chaque X, on note les Y : ..." / ...
  per        "Ys per X: a, b, c" said in a sentence or a heading  / "Suivi des Y par X : ..." / "Y pro X: ..."
  possess    "every X's Ys" / "les Y de chaque X" / "los Y de cada X" / "die Y jedes X"
  several    "Each X has several Ys; for each one we note a, b, c"
  list_their "I keep a list of our Xs and their Ys. For each Y I need a, b, c."
  own_first  the owner with two details of its own in brackets, then its Ys
  after      "For each X we want p and q, and for every Y a, b and c." (the Y said after the owner's own details)
  question   a polite question: "Could we have something where we note, for every X, the Ys (a, b, c)?"
Registers rotate: plain, lower case without accents (possess), a greeting (own_first), a question (question).
Written before any engine change.   python3 make.py > draft.jsonl
"""
import json, unicodedata

LANGS = ("en", "fr", "es", "de")


def F(name, typ, aliases=(), alt=(), target=None, optional=False, options=None):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if options:
        f["options"] = list(options)
    if target:
        f["target"] = target
    if optional:
        f["optional"] = True
    return f


NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}
AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}


def D(said, typ, aliases=(), alt=()):
    """a detail: what the request says, and the gold field"""
    return (said, F(said, typ, aliases, alt))


# each domain: per language the owner X and the logged Y, their forms, the owner's name field, two details of the
# owner (own_first, after) and the Y's details.
DOMAINS = {
 "hours": {
  "en": dict(X=("Project", ["job", "assignment"]), Y=("Time entry", ["hours", "timesheet entry", "work log", "hours entry", "time log", "log"]),
             x="project", xpl="projects", y="time entry", ypl="time entries",
             xname=F("name", "text", ["project name", "title", "project"]),
             xown=[D("client", "text", ["customer"], ["person"]), D("deadline", "date", ["due date", "end date"], ["datetime"])],
             det=[D("employee", "person", ["who", "worked by", "staff member", "person"], ["text"]), D("date", "date", ["day", "work date"], ["datetime"]),
                  D("hours", "decimal", ["hours worked", "number of hours", "time spent"], ["integer"]), D("task", "text", ["activity", "work done"], ["long_text"])]),
  "de": dict(X=("Projekt", ["Auftrag", "project"]), Y=("Zeiteintrag", ["Stunden", "Zeiterfassung", "Stundeneintrag", "Arbeitszeit", "time entry"]),
             xpl="Projekte", fuer="für jedes Projekt", jedes="jedes Projekt", gen="jedes Projekts", pro="Projekt", our="unsere Projekte",
             ypl="Zeiteinträge", fuer_y="für jeden Zeiteintrag", zu_y="zu jedem Zeiteintrag",
             xname=F("Name", "text", ["Projektname", "Titel", "Bezeichnung", "Projekt"]),
             xown=[D("Kunde", "text", ["Auftraggeber", "client"], ["person"]), D("Abgabetermin", "date", ["Deadline", "Enddatum", "Frist"], ["datetime"])],
             det=[D("Mitarbeiter", "person", ["Mitarbeiterin", "wer", "Person", "employee"], ["text"]), D("Datum", "date", ["Tag", "Arbeitstag"], ["datetime"]),
                  D("Stunden", "decimal", ["Anzahl Stunden", "Stundenzahl", "Dauer", "hours"], ["integer"]), D("Tätigkeit", "text", ["Aufgabe", "Arbeit", "task"], ["long_text"])]),
 },
 "deliveries": {
  "en": dict(X=("Site", ["construction site", "building site", "job site", "project"]), Y=("Material delivery", ["delivery", "deliveries", "material"]),
             x="building site", xpl="building sites", y="delivery", ypl="material deliveries",
             xname=F("name", "text", ["site name", "site", "address"]),
             xown=[D("address", "text", ["location", "site address"], ["long_text"]), D("site manager", "person", ["manager", "foreman"], ["text"])],
             det=[D("supplier", "text", ["vendor", "delivered by"], ["person"]), D("delivery date", "date", ["date", "delivered on"], ["datetime"]),
                  D("material", "text", ["materials", "item", "product"], ["long_text"]), D("quantity", "decimal", ["amount", "qty"], ["integer"])]),
  "fr": dict(X=("Chantier", ["site", "projet"]), Y=("Livraison", ["livraison de matériaux", "delivery", "réception"]),
             x="chantier", xpl="chantiers", y="livraison", ypl="livraisons de matériaux", yart="une livraison",
             xname=F("nom", "text", ["nom du chantier", "chantier", "adresse", "désignation"]),
             xown=[D("adresse", "text", ["lieu", "adresse du chantier"], ["long_text"]), D("conducteur de travaux", "person", ["responsable", "chef de chantier"], ["text"])],
             det=[D("fournisseur", "text", ["livreur", "supplier"], ["person"]), D("date de livraison", "date", ["date", "livré le"], ["datetime"]),
                  D("matériau", "text", ["matériaux", "produit", "article"], ["long_text"]), D("quantité", "decimal", ["qté", "nombre"], ["integer"])]),
 },
 "fuel": {
  "en": dict(X=("Vehicle", ["car", "van", "company car"]), Y=("Refuelling", ["fill-up", "fuel fill-up", "fuel entry", "refueling", "fuel log"]),
             x="vehicle", xpl="vehicles", y="fill-up", ypl="fill-ups",
             xname=F("plate", "text", ["name", "registration", "number plate", "vehicle", "licence plate"]),
             xown=[D("number plate", "text", ["plate", "registration", "licence plate"]), D("model", "text", ["make", "type"])],
             det=[D("date", "date", ["fill-up date", "day"], ["datetime"]), D("litres", "decimal", ["liters", "quantity", "fuel"], ["integer"]),
                  D("price paid", "money", ["cost", "amount", "price"], ["decimal"]), D("mileage", "integer", ["odometer", "km", "kilometres"], ["decimal"])]),
  "es": dict(X=("Vehículo", ["coche", "furgoneta", "vehicle"]), Y=("Repostaje", ["carga de combustible", "refuelling", "repostajes"]),
             x="vehículo", xpl="vehículos", our="nuestros vehículos", y="repostaje", ypl="repostajes", the_pl="los repostajes", several="varios repostajes",
             xname=F("matrícula", "text", ["nombre", "placa", "vehículo"]),
             xown=[D("matrícula", "text", ["placa", "número de matrícula"]), D("modelo", "text", ["marca", "tipo"])],
             det=[D("fecha", "date", ["día", "fecha del repostaje"], ["datetime"]), D("litros", "decimal", ["cantidad", "combustible"], ["integer"]),
                  D("importe", "money", ["precio", "coste", "total"], ["decimal"]), D("kilometraje", "integer", ["kilómetros", "km", "odómetro"], ["decimal"])]),
 },
 "risks": {
  "en": dict(X=("Project", ["programme", "initiative"]), Y=("Risk", ["project risk", "risks", "issue"]),
             x="project", xpl="projects", y="risk", ypl="risks",
             xname=F("name", "text", ["project name", "title", "project"]),
             xown=[D("sponsor", "person", ["owner", "project sponsor"], ["text"]), D("start date", "date", ["start", "kick-off"], ["datetime"])],
             det=[D("description", "long_text", ["risk", "title", "risk description"], ["text"]), D("owner", "person", ["risk owner", "responsible"], ["text"]),
                  D("review date", "date", ["due date", "next review"], ["datetime"]), D("mitigation", "long_text", ["mitigation plan", "action", "response"], ["text"])]),
  "de": dict(X=("Projekt", ["Vorhaben", "project"]), Y=("Risiko", ["Projektrisiko", "Risiken", "risk"]),
             xpl="Projekte", fuer="für jedes Projekt", jedes="jedes Projekt", gen="jedes Projekts", pro="Projekt", our="unsere Projekte",
             ypl="Risiken", fuer_y="für jedes Risiko", zu_y="zu jedem Risiko",
             xname=F("Name", "text", ["Projektname", "Titel", "Bezeichnung", "Projekt"]),
             xown=[D("Projektleiter", "person", ["Leiter", "Verantwortlicher", "Projektleitung"], ["text"]), D("Startdatum", "date", ["Beginn", "Start"], ["datetime"])],
             det=[D("Beschreibung", "long_text", ["Risiko", "Titel", "Risikobeschreibung"], ["text"]), D("Verantwortlicher", "person", ["Risikoverantwortlicher", "zuständig", "Verantwortliche"], ["text"]),
                  D("Prüfdatum", "date", ["Fälligkeit", "Termin", "nächste Prüfung"], ["datetime"]), D("Gegenmaßnahme", "long_text", ["Maßnahme", "Maßnahmen", "Gegenmaßnahmen"], ["text"])]),
 },
 "breakdowns": {
  "en": dict(X=("Machine", ["equipment", "press", "line"]), Y=("Breakdown", ["failure", "stoppage", "outage", "repair", "incident"]),
             x="machine", xpl="machines", y="breakdown", ypl="breakdowns",
             xname=F("name", "text", ["machine name", "machine", "serial number", "label"]),
             xown=[D("serial number", "text", ["serial", "serial no"]), D("location", "text", ["hall", "where", "place"])],
             det=[D("date", "date", ["breakdown date", "day", "when"], ["datetime"]), D("cause", "text", ["reason", "fault", "problem"], ["long_text"]),
                  D("technician", "person", ["repaired by", "engineer", "mechanic"], ["text"]), D("downtime hours", "decimal", ["downtime", "hours down", "hours"], ["integer"])]),
  "fr": dict(X=("Machine", ["équipement", "presse", "machine"]), Y=("Panne", ["incident", "arrêt", "breakdown", "pannes"]),
             x="machine", xpl="machines", y="panne", ypl="pannes", yart="une panne",
             xname=F("nom", "text", ["nom de la machine", "machine", "numéro de série", "désignation"]),
             xown=[D("numéro de série", "text", ["n° de série", "série"]), D("emplacement", "text", ["atelier", "lieu"])],
             det=[D("date", "date", ["date de la panne", "jour"], ["datetime"]), D("cause", "text", ["raison", "problème", "défaut"], ["long_text"]),
                  D("technicien", "person", ["réparé par", "intervenant", "dépanneur"], ["text"]), D("durée d'arrêt", "decimal", ["heures d'arrêt", "durée", "arrêt"], ["integer"])]),
 },
 "orders": {
  "en": dict(X=("Customer", ["client", "buyer"]), Y=("Order", ["purchase", "sale", "orders"]),
             x="customer", xpl="customers", y="order", ypl="orders",
             xname=F("name", "text", ["customer name", "company", "full name", "customer"]),
             xown=[D("email", "email", ["email address", "e-mail"], ["text"]), D("phone", "phone", ["phone number", "telephone"], ["text"])],
             det=[D("order date", "date", ["date", "ordered on"], ["datetime"]), D("amount", "money", ["total", "order total", "price", "value"], ["decimal"]),
                  D("delivery address", "text", ["address", "ship to", "shipping address"], ["long_text"]), D("paid", "boolean", ["paid?", "payment received", "payment status"], ["choice"])]),
  "es": dict(X=("Cliente", ["customer", "comprador"]), Y=("Pedido", ["orden", "compra", "order", "pedidos"]),
             x="cliente", xpl="clientes", our="nuestros clientes", y="pedido", ypl="pedidos", the_pl="los pedidos", several="varios pedidos",
             xname=F("nombre", "text", ["nombre del cliente", "empresa", "razón social", "cliente"]),
             xown=[D("correo", "email", ["email", "correo electrónico"], ["text"]), D("teléfono", "phone", ["móvil", "número de teléfono"], ["text"])],
             det=[D("fecha del pedido", "date", ["fecha", "fecha de pedido"], ["datetime"]), D("importe", "money", ["total", "precio", "monto"], ["decimal"]),
                  D("dirección de entrega", "text", ["dirección", "dirección de envío"], ["long_text"]), D("pagado", "boolean", ["pago", "pagado?", "cobrado"], ["choice"])]),
 },
 "rent": {
  "en": dict(X=("Tenant", ["renter", "occupant", "resident"]), Y=("Rent payment", ["payment", "rent", "payments"]),
             x="tenant", xpl="tenants", y="payment", ypl="rent payments",
             xname=F("name", "text", ["tenant name", "full name", "tenant"]),
             xown=[D("flat number", "text", ["flat", "unit", "apartment"], ["integer"]), D("phone", "phone", ["phone number", "mobile"], ["text"])],
             det=[D("date paid", "date", ["payment date", "date", "paid on"], ["datetime"]), D("amount", "money", ["sum", "rent", "amount paid"], ["decimal"]),
                  D("month", "text", ["period", "for month", "rent month"], ["date", "choice"]), D("payment method", "text", ["method", "paid by", "how paid"], ["choice"])]),
  "fr": dict(X=("Locataire", ["occupant", "tenant"]), Y=("Paiement", ["loyer", "versement", "paiement de loyer", "règlement"]),
             x="locataire", xpl="locataires", y="paiement", ypl="paiements de loyer", yart="un paiement",
             xname=F("nom", "text", ["nom du locataire", "nom complet", "locataire"]),
             xown=[D("numéro d'appartement", "text", ["appartement", "logement", "lot"], ["integer"]), D("téléphone", "phone", ["portable", "numéro de téléphone"], ["text"])],
             det=[D("date de paiement", "date", ["date", "payé le"], ["datetime"]), D("montant", "money", ["somme", "loyer", "montant payé"], ["decimal"]),
                  D("mois", "text", ["période", "mois concerné"], ["date", "choice"]), D("mode de paiement", "text", ["moyen de paiement", "mode", "réglé par"], ["choice"])]),
 },
 "absences": {
  "en": dict(X=("Employee", ["staff member", "worker", "colleague"]), Y=("Absence", ["leave", "sick leave", "time off", "absences"]),
             x="employee", xpl="employees", y="absence", ypl="absences",
             xname=F("name", "text", ["full name", "employee name", "employee"]),
             xown=[D("department", "text", ["team", "dept"], ["choice"]), D("manager", "person", ["line manager", "boss"], ["text"])],
             det=[D("start date", "date", ["from", "first day", "start"], ["datetime"]), D("end date", "date", ["to", "last day", "until", "end"], ["datetime"]),
                  D("reason", "text", ["type", "cause", "absence type"], ["choice", "long_text"]), D("approved", "boolean", ["approved?", "approval"], ["choice"])]),
  "es": dict(X=("Empleado", ["trabajador", "empleada", "employee"]), Y=("Ausencia", ["baja", "permiso", "absence", "ausencias"]),
             x="empleado", xpl="empleados", our="nuestros empleados", y="ausencia", ypl="ausencias", the_pl="las ausencias", several="varias ausencias",
             xname=F("nombre", "text", ["nombre completo", "empleado"]),
             xown=[D("departamento", "text", ["área", "equipo"], ["choice"]), D("responsable", "person", ["jefe", "supervisor"], ["text"])],
             det=[D("fecha de inicio", "date", ["desde", "inicio", "fecha inicio"], ["datetime"]), D("fecha de fin", "date", ["hasta", "fin", "fecha fin"], ["datetime"]),
                  D("motivo", "text", ["razón", "tipo", "causa"], ["choice", "long_text"]), D("aprobada", "boolean", ["aprobado", "aprobación"], ["choice"])]),
  "de": dict(X=("Mitarbeiter", ["Mitarbeiterin", "Angestellter", "employee"]), Y=("Abwesenheit", ["Fehlzeit", "Urlaub", "Krankmeldung", "absence", "Abwesenheiten"]),
             xpl="Mitarbeiter", fuer="für jeden Mitarbeiter", jedes="jeder Mitarbeiter", gen="jedes Mitarbeiters", pro="Mitarbeiter", our="unsere Mitarbeiter",
             ypl="Abwesenheiten", fuer_y="für jede Abwesenheit", zu_y="zu jeder Abwesenheit",
             xname=F("Name", "text", ["vollständiger Name", "Mitarbeitername", "Mitarbeiter"]),
             xown=[D("Abteilung", "text", ["Team", "Bereich"], ["choice"]), D("Vorgesetzter", "person", ["Vorgesetzte", "Chef", "Führungskraft"], ["text"])],
             det=[D("Beginn", "date", ["von", "Startdatum", "erster Tag", "Anfang"], ["datetime"]), D("Ende", "date", ["bis", "Enddatum", "letzter Tag"], ["datetime"]),
                  D("Grund", "text", ["Art", "Abwesenheitsgrund", "Ursache"], ["choice", "long_text"]), D("genehmigt", "boolean", ["Genehmigung", "freigegeben"], ["choice"])]),
 },
 "repairs": {
  "en": dict(X=("Property", ["flat", "apartment", "building", "unit"]), Y=("Repair", ["repair job", "maintenance", "work", "repairs"]),
             x="property", xpl="properties", y="repair", ypl="repairs",
             xname=F("name", "text", ["address", "property name", "property"]),
             xown=[D("address", "text", ["location", "street address"], ["long_text"]), D("owner", "person", ["landlord", "owner name"], ["text"])],
             det=[D("date", "date", ["repair date", "done on"], ["datetime"]), D("description", "long_text", ["work done", "what was done", "problem"], ["text"]),
                  D("contractor", "text", ["tradesman", "company", "done by"], ["person"]), D("cost", "money", ["price", "amount", "invoice amount"], ["decimal"])]),
 },
}

PLAN = {"en": ["hours", "deliveries", "fuel", "risks", "breakdowns", "orders", "rent", "absences", "repairs"],
        "fr": ["deliveries", "breakdowns", "rent"],
        "es": ["fuel", "orders", "absences"],
        "de": ["hours", "risks", "absences"]}


def join(items, lang):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def cap(s):
    return s[:1].upper() + s[1:]


def details(m, n):
    return m["det"][:n]


def T_en(c, m, det, own):
    d, o = join(det, "en"), join(own, "en")
    x, xpl, y, ypl = m["x"], m["xpl"], m["y"], m["ypl"]
    return {
        "for_each": f"For each {x} we log the {ypl}: {d}.",
        "per": f"We need to keep track of {ypl} per {x}. For every one we write down {d}.",
        "possess": f"i want to keep every {x}'s {ypl} in one place. for each one: {d}",
        "several": f"Each {x} has several {ypl}, and for each of them we note {d}.",
        "list_their": f"I keep a list of our {xpl} and their {ypl}. For {'an' if y[0] in 'aeiou' else 'a'} {y} I need {d}.",
        "own_first": f"Hi! We manage our {xpl} ({o}) and for every {x} we record the {ypl}: {d}. Thanks a lot",
        "after": f"For each {x} we want the {o}, and for every {y} the {d}.",
        "question": f"Could we have something where we note, for every {x}, the {ypl} ({d})?",
    }[c]


def T_fr(c, m, det, own):
    d, o = join(det, "fr"), join(own, "fr")
    x, xpl, y, ypl = m["x"], m["xpl"], m["y"], m["ypl"]
    return {
        "for_each": f"Pour chaque {x}, on note les {ypl} : {d}.",
        "per": f"Il faut suivre les {ypl} par {x}. À chaque fois on relève {d}.",
        "possess": strip_acc(f"je voudrais garder les {ypl} de chaque {x} au meme endroit. pour chaque {y} : {d}"),
        "several": f"Chaque {x} a plusieurs {ypl}, et pour chacune on note {d}." if m["yart"].startswith("une") else
                   f"Chaque {x} a plusieurs {ypl}, et pour chacun on note {d}.",
        "list_their": f"Je tiens une liste de nos {xpl} et de leurs {ypl}. Pour {m['yart']}, il me faut {d}.",
        "own_first": f"Bonjour, nous gérons nos {xpl} ({o}) et pour chaque {x} nous enregistrons les {ypl} : {d}. Merci !",
        "after": f"Pour chaque {x} on veut {o}, et pour chaque {y} {d}.",
        "question": f"Est-ce qu'on pourrait avoir un outil où l'on note, pour chaque {x}, les {ypl} ({d}) ?",
    }[c]


def T_es(c, m, det, own):
    d, o = join(det, "es"), join(own, "es")
    x, xpl, y, ypl = m["x"], m["xpl"], m["y"], m["ypl"]
    return {
        "for_each": f"Para cada {x} registramos {m['the_pl']}: {d}.",
        "per": f"Necesitamos controlar {m['the_pl']} por {x}. De cada uno anotamos {d}." if not m["the_pl"].startswith("las") else
               f"Necesitamos controlar {m['the_pl']} por {x}. De cada una anotamos {d}.",
        "possess": strip_acc(f"quiero llevar {m['the_pl']} de cada {x} en un solo sitio. de cada {y}: {d}"),
        "several": f"Cada {x} tiene {m['several']}, y de cada {y} apuntamos {d}.",
        "list_their": f"Llevo una lista de {m['our']} y sus {ypl}. Para cada {y} necesito {d}.",
        "own_first": f"Hola, gestionamos {m['our']} ({o}) y para cada {x} registramos {m['the_pl']}: {d}. ¡Gracias!",
        "after": f"Para cada {x} queremos {o}, y para cada {y} {d}.",
        "question": f"¿Podríamos tener algo donde anotar, para cada {x}, {m['the_pl']} ({d})?",
    }[c]


def T_de(c, m, det, own):
    d, o = join(det, "de"), join(own, "de")
    ypl = m["ypl"]
    return {
        "for_each": f"{cap(m['fuer'])} erfassen wir die {ypl}: {d}.",
        "per": f"Wir müssen die {ypl} pro {m['pro']} festhalten. Jedes Mal notieren wir {d}.",
        "possess": strip_acc(f"ich will die {ypl} {m['gen']} an einem ort haben. {m['zu_y']}: {d}").replace("ß", "ss"),
        "several": f"{cap(m['jedes'])} hat mehrere {ypl}, und {m['zu_y']} notieren wir {d}.",
        "list_their": f"Ich verwalte {m['our']} und ihre {ypl}. {cap(m['fuer_y'])} brauche ich {d}.",
        "own_first": f"Hallo, wir verwalten {m['our']} ({o}) und halten {m['fuer']} die {ypl} fest: {d}. Danke!",
        "after": f"{cap(m['fuer'])} brauchen wir {o}, und {m['fuer_y']} {d}.",
        "question": f"Könnt ihr uns etwas bauen, wo wir {m['fuer']} die {ypl} eintragen ({d})?",
    }[c]


TEMPL = {"en": T_en, "fr": T_fr, "es": T_es, "de": T_de}
CONS = ["for_each", "per", "possess", "several", "list_their", "own_first", "after", "question"]


def gold(m, lang, cons, ndet):
    X, Y = m["X"], m["Y"]
    own = cons in ("own_first", "after")
    xf = [f for _, f in m["xown"]] if own else [m["xname"]]
    if own and not any(f["name"] == m["xname"]["name"] or f["name"] in m["xname"]["aliases"] for f in xf):
        xf.append(dict(m["xname"], optional=True))
    ref_aliases = [a for a in X[1]] + ([m["x"]] if "x" in m else [])
    yf = [F(X[0], "reference", ref_aliases, target=X[0])] + [f for _, f in details(m, ndet)] + [NOTES[lang]]
    return [{"name": X[0], "aliases": X[1], "fields": xf}, {"name": Y[0], "aliases": Y[1], "fields": yf}], \
           [{"from": Y[0], "to": X[0]}]


def rows():
    out = []
    for lang in LANGS:
        for di, key in enumerate(PLAN[lang]):
            m = DOMAINS[key][lang]
            for ci, cons in enumerate(CONS):
                ndet = 3 + (di + ci) % 2       # three or four details
                det = [s for s, _ in details(m, ndet)]
                own = [s for s, _ in m["xown"]]
                prompt = TEMPL[lang](cons, m, det, own)
                ents, rels = gold(m, lang, cons, ndet)
                out.append({"id": f"d28{lang}{len([r for r in out if r['lang'] == lang]) + 1:03d}", "lang": lang,
                            "prompt": prompt, "entities": ents, "relations": rels,
                            "notes": f"domain={key} construction={cons}"})
    return out


if __name__ == "__main__":
    for r in rows():
        print(json.dumps(r, ensure_ascii=False))
