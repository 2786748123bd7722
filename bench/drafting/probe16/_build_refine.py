import json, os, copy
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine.jsonl")

def fld(s, **kw):
    key, label, typ = s.split("|")
    d = {"key": key, "label": label, "type": typ}
    if kw.get("req"): d["required"] = True
    if kw.get("uniq"): d["unique"] = True
    if "opts" in kw: d["options"] = kw["opts"]
    if "target" in kw: d["target"] = kw["target"]
    return d

def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": list(fields)}

def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

def al(s): return [a for a in s.split("|") if a]
def add(e, name, typ, aliases="", alt="", opts=None):
    d = {"op": "add_field", "entity": e, "name": name, "aliases": al(aliases), "type": typ, "alt_types": al(alt)}
    if opts: d["options"] = opts
    return d
def rm(e, f): return {"op": "remove_field", "entity": e, "field": f}
def ren(e, f, to, aliases=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": al(aliases)}
def ct(e, f, typ, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": typ, "alt_types": al(alt)}
def req(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def opts(e, f, o): return {"op": "set_options", "entity": e, "field": f, "options": o}
def nf(name, typ, aliases="", alt="", o=None):
    d = {"name": name, "aliases": al(aliases), "type": typ, "alt_types": al(alt)}
    if o: d["options"] = o
    return d
def addent(name, aliases, *fields): return {"op": "add_entity", "name": name, "aliases": al(aliases), "fields": list(fields)}
def rment(e): return {"op": "remove_entity", "entity": e}
def rel(a, b): return {"op": "add_relation", "from": a, "to": b}

cases = []
def R(lang, sp, request, *ops):
    cases.append({"id": "", "lang": lang, "spec": copy.deepcopy(sp), "request": request, "expect": list(ops),
                  "keep": "all other fields and entities unchanged"})

# ---------- English specs ----------
TAXI = spec("Account customers", "Business accounts and the journeys booked on them.",
  ent("account", "Account", "Accounts",
      fld("company|Company|text", req=True), fld("contact_name|Contact name|text"), fld("email|Email|email"),
      fld("phone|Phone|phone"), fld("credit_limit|Credit limit|money"),
      fld("payment_terms|Payment terms|choice", opts=["7 days", "14 days", "30 days"])),
  ent("journey", "Journey", "Journeys",
      fld("account|Account|reference", req=True, target="account"), fld("pickup_time|Pickup time|datetime", req=True),
      fld("pickup|Pickup|text"), fld("destination|Destination|text"), fld("fare|Fare|money"),
      fld("passenger_name|Passenger name|text")))
STOCK = spec("Food bank stock", "What is on the shelves at the food bank.",
  ent("stock_item", "Stock item", "Stock items",
      fld("name|Item|text", req=True),
      fld("category|Category|choice", opts=["Tins", "Dry goods", "Fresh", "Toiletries", "Baby"]),
      fld("quantity|Quantity|integer"), fld("best_before|Best before|date"), fld("location|Location|text")))
GOLFAPP = spec("Membership applications", "Applications to join the golf club.",
  ent("application", "Application", "Applications",
      fld("applicant_name|Applicant name|text", req=True), fld("email|Email|email"), fld("phone|Phone|phone"),
      fld("date_of_birth|Date of birth|date"), fld("proposer|Proposer|text"),
      fld("membership_type|Membership type|choice", opts=["Full", "Five-day", "Junior", "Senior"])))
JEWEL = spec("Shop stock", "Jewellery pieces in stock at the shop.",
  ent("piece", "Piece", "Pieces",
      fld("sku|SKU|text", req=True, uniq=True), fld("description|Description|text"),
      fld("metal|Metal|choice", opts=["Gold", "Silver", "Platinum"]), fld("weight_g|Weight|decimal"),
      fld("retail_price|Retail price|money"), fld("in_window|In window|boolean")))
VISITS = spec("Trial visits", "Participants in our trials and their scheduled visits.",
  ent("participant", "Participant", "Participants",
      fld("subject_id|Subject ID|text", req=True, uniq=True), fld("study|Study|text"),
      fld("arm|Arm|choice", opts=["A", "B", "Placebo"]), fld("consent_date|Consent date|date")),
  ent("visit", "Visit", "Visits",
      fld("participant|Participant|reference", req=True, target="participant"),
      fld("visit_name|Visit|choice", opts=["Screening", "Baseline", "Week 4", "Week 12"]),
      fld("scheduled_date|Scheduled date|date"), fld("done|Done|boolean"), fld("notes|Notes|long_text")))
DEFECT = spec("Vehicle defects", "Defects chauffeurs report on the fleet.",
  ent("vehicle", "Vehicle", "Vehicles",
      fld("registration|Registration|text", req=True, uniq=True), fld("model|Model|text"), fld("mileage|Mileage|integer")),
  ent("defect_report", "Defect report", "Defect reports",
      fld("vehicle|Vehicle|reference", req=True, target="vehicle"), fld("reported_on|Reported on|date"),
      fld("reported_by|Reported by|person"), fld("description|Description|long_text"),
      fld("severity|Severity|choice", opts=["Minor", "Major", "Dangerous"]), fld("fixed|Fixed|boolean")))

R("en", TAXI, "can we also record how the journey was booked - phone, app or email?",
  add("journey", "booking method", "choice", "booked via|booking channel|channel|source|how booked", "", ["Phone", "App", "Email"]))
R("en", TAXI, "Fare should be mandatory",
  req("journey", "fare"))
R("en", TAXI, "Payment terms: we've dropped 7 days and added 60 days",
  opts("account", "payment_terms", ["14 days", "30 days", "60 days"]))
R("en", TAXI, "Morning! Quick one - rather than typing the passenger name on every journey, I'd like a proper passenger list under each account (name, mobile, cost centre) and journeys should just pick the passenger.",
  rm("journey", "passenger_name"),
  addent("Passenger", "Traveller|Account passenger|Rider",
         nf("name", "text", "passenger name|full name"), nf("mobile", "phone", "phone|mobile number"),
         nf("cost centre", "text", "cost center|cost code")),
  rel("Passenger", "account"), rel("journey", "Passenger"))
R("en", STOCK, "we need to know who donated each item",
  add("stock_item", "donor", "text", "donated by|donation from|source|given by", "reference"))
R("en", STOCK, "best before isn't enough, some things have a use-by date so add that too. And can location be a dropdown: Warehouse shelf, Chiller, Freezer, Church hall",
  add("stock_item", "use-by date", "date", "use by|use-by|use by date"),
  ct("stock_item", "location", "choice"),
  opts("stock_item", "location", ["Warehouse shelf", "Chiller", "Freezer", "Church hall"]))
R("en", STOCK, "rename quantity to Units in stock - volunteers keep thinking it's how many to pack",
  ren("stock_item", "quantity", "Units in stock", "Units|Stock"))
R("en", STOCK, "Hi, the trustees want the stock valued for the insurance, so could we have an estimated value per unit on each item? thanks",
  add("stock_item", "estimated value per unit", "money", "unit value|value per unit|estimated value|value|unit price", "decimal"))
R("en", GOLFAPP, "Make email and date of birth required, we can't process an application without them",
  req("application", "email"), req("application", "date_of_birth"))
R("en", GOLFAPP, "I also need to know who signed it off and when",
  add("application", "approved by", "person", "signed off by|approver|sign-off by|signed off", "text"),
  add("application", "approval date", "date", "signed off on|date approved|approved on|sign-off date", "datetime"))
R("en", GOLFAPP, "The proposer has to be an existing member, so pick them from a members list instead of typing. Members just need a name and membership number for now.",
  addent("Member", "Club member|Golfer", nf("name", "text", "member name|full name"),
         nf("membership number", "text", "member number|member no|membership no", "integer")),
  ct("application", "proposer", "reference"), rel("application", "Member"))
R("en", GOLFAPP, "add Intermediate as a membership type (between five-day and junior) please",
  opts("application", "membership_type", ["Full", "Five-day", "Intermediate", "Junior", "Senior"]))
R("en", JEWEL, "add a photo of each piece",
  add("piece", "photo", "file", "picture|image|product photo"))
R("en", JEWEL, "Some pieces are on consignment from other makers - I need to record the consignor and the commission % we take.",
  add("piece", "consignor", "text", "consigned by|maker|owner|consignment from", "reference|person"),
  add("piece", "commission", "decimal", "commission %|commission percentage|commission rate|our commission", "integer"))
R("en", JEWEL, "get rid of the in-window tick box and add a location instead: Window, Safe, Workshop or Sold",
  rm("piece", "in_window"),
  add("piece", "location", "choice", "where|position|status|stored in", "", ["Window", "Safe", "Workshop", "Sold"]))
R("en", JEWEL, "Hello - for the stones, can each piece have its stones listed separately? Stone type, carat, colour and clarity for each one.",
  addent("Stone", "Gemstone|Gem|Piece stone",
         nf("stone type", "text", "type|gem|gemstone", "choice"), nf("carat", "decimal", "carat weight|carats|ct"),
         nf("colour", "text", "color|colour grade", "choice"), nf("clarity", "text", "clarity grade", "choice")),
  rel("Stone", "piece"))
R("en", VISITS, "add the end of the visit window and whether the visit happened out of window",
  add("visit", "window end date", "date", "window end|visit window end|latest date|window closes"),
  add("visit", "out of window", "boolean", "out of window?|outside window|window deviation|protocol deviation", "choice"))
R("en", VISITS, "The arms are actually Low dose, High dose and Placebo",
  opts("participant", "arm", ["Low dose", "High dose", "Placebo"]))
R("en", VISITS, "we don't need notes on visits anymore. And I need the date the visit actually happened, not just the scheduled one",
  rm("visit", "notes"),
  add("visit", "actual date", "date", "date done|visit date|actual visit date|happened on|completed on", "datetime"))
R("en", VISITS, "The protocol got amended so there's a Week 24 visit now and an End of study visit too.",
  opts("visit", "visit_name", ["Screening", "Baseline", "Week 4", "Week 12", "Week 24", "End of study"]))
R("en", DEFECT, "Drop the vehicles table, the drivers can just type the reg on each report. Oh and add a photo of the defect.",
  rment("vehicle"), ct("defect_report", "vehicle", "text"),
  add("defect_report", "photo", "file", "picture|image|defect photo"))
R("en", DEFECT, "once it's fixed I want the date and what the repair cost us",
  add("defect_report", "date fixed", "date", "fixed on|repair date|repaired on|fixed date", "datetime"),
  add("defect_report", "repair cost", "money", "cost|cost of repair|repair price"))
R("en", DEFECT, "turn the Fixed tick box into a Status dropdown: Open, In garage, Fixed, Deferred",
  ct("defect_report", "fixed", "choice"),
  opts("defect_report", "fixed", ["Open", "In garage", "Fixed", "Deferred"]),
  ren("defect_report", "fixed", "Status", "State|Repair status"))
R("en", DEFECT, "Hiya, mileage on the vehicles is pointless as nobody updates it, take it off. What I actually need is the MOT due date and the insurance renewal date for each car.",
  rm("vehicle", "mileage"),
  add("vehicle", "MOT due date", "date", "MOT due|MOT date|MOT expiry|next MOT"),
  add("vehicle", "insurance renewal date", "date", "insurance renewal|insurance due|insurance expiry|renewal date"))

# ---------- French ----------
COMPET = spec("Compétitions", "Compétitions du club et inscriptions des joueurs.",
  ent("competition", "Compétition", "Compétitions",
      fld("nom|Nom|text", req=True), fld("date|Date|date", req=True),
      fld("formule|Formule|choice", opts=["Stableford", "Strokeplay", "Scramble"]),
      fld("droit_de_jeu|Droit de jeu|money"), fld("nb_max|Nombre max de joueurs|integer")),
  ent("inscription", "Inscription", "Inscriptions",
      fld("competition|Compétition|reference", req=True, target="competition"), fld("joueur|Joueur|text"),
      fld("index|Index|decimal"), fld("paye|Payé|boolean")))
BENEV = spec("Bénévoles", "Fichier des bénévoles de la banque alimentaire.",
  ent("benevole", "Bénévole", "Bénévoles",
      fld("nom|Nom|text", req=True), fld("prenom|Prénom|text"), fld("telephone|Téléphone|phone"),
      fld("email|Email|email"),
      fld("disponibilites|Disponibilités|multi_choice", opts=["Lundi", "Mercredi", "Vendredi", "Samedi"]),
      fld("permis|Permis|boolean")))
ETUDES = spec("Études", "Liste des essais cliniques du centre.",
  ent("etude", "Étude", "Études",
      fld("acronyme|Acronyme|text", req=True, uniq=True), fld("promoteur|Promoteur|text"),
      fld("investigateur|Investigateur principal|person"),
      fld("phase|Phase|choice", opts=["I", "II", "III", "IV"]),
      fld("statut|Statut|choice", opts=["En préparation", "Ouverte", "Fermée"])))

R("fr", COMPET, "Ajoute le repère de départ sur l'inscription (jaunes, blancs, bleus, rouges)",
  add("inscription", "repère de départ", "choice", "repère|départ|tee|marques de départ|boules", "", ["Jaunes", "Blancs", "Bleus", "Rouges"]))
R("fr", COMPET, "le joueur doit etre obligatoire sur l'inscription",
  req("inscription", "joueur"))
R("fr", COMPET, "Bonjour, pouvez-vous ajouter la formule Greensome et renommer « droit de jeu » en « Tarif » ? Merci",
  opts("competition", "formule", ["Stableford", "Strokeplay", "Scramble", "Greensome"]),
  ren("competition", "droit_de_jeu", "Tarif", "Prix|Tarif d'inscription"))
R("fr", COMPET, "il faudrait aussi l'heure de départ de chaque joueur et sa série (messieurs, dames, jeunes)",
  add("inscription", "heure de départ", "datetime", "départ|horaire de départ|tee time|heure", "text"),
  add("inscription", "série", "choice", "catégorie|serie|category", "", ["Messieurs", "Dames", "Jeunes"]))
R("fr", BENEV, "ajoute la date d'adhésion",
  add("benevole", "date d'adhésion", "date", "adhésion|date d'inscription|membre depuis|date d'entrée"))
R("fr", BENEV, "il faut savoir si la personne a signé la charte du bénévole",
  add("benevole", "charte signée", "boolean", "charte|charte du bénévole signée|a signé la charte|signature charte"))
R("fr", BENEV, "je voudrais rattacher chaque bénévole à une équipe (tri, distribution, ramasse, accueil...). Une petite table des équipes avec le nom et le responsable suffit.",
  addent("Équipe", "Equipe|Pôle|Team",
         nf("nom", "text", "nom de l'équipe|équipe|name"),
         nf("responsable", "person", "chef d'équipe|référent|manager", "text")),
  rel("benevole", "Équipe"))
R("fr", BENEV, "le permis en fait c'est pas oui/non, je veux savoir lequel : aucun, B, C",
  ct("benevole", "permis", "choice"), opts("benevole", "permis", ["Aucun", "B", "C"]))
R("fr", ETUDES, "ajouter le numéro EudraCT",
  add("etude", "numéro EudraCT", "text", "EudraCT|n° EudraCT|numéro EU CT|numéro d'essai"))
R("fr", ETUDES, "On doit suivre les inclusions : l'objectif d'inclusions et le nombre de patients inclus à ce jour.",
  add("etude", "objectif d'inclusions", "integer", "objectif|inclusions prévues|nombre prévu|target"),
  add("etude", "patients inclus", "integer", "nombre de patients inclus|inclus à ce jour|inclusions|nb inclus"))
R("fr", ETUDES, "Pour le statut mets plutôt : En préparation, Ouverte, Suspendue, Clôturée",
  opts("etude", "statut", ["En préparation", "Ouverte", "Suspendue", "Clôturée"]))
R("fr", ETUDES, "Bonjour ! Pour l'inspection il nous faut l'historique des versions du protocole de chaque étude : numéro de version, date d'approbation CPP et le PDF.",
  addent("Version du protocole", "Version|Protocole|Amendement|Protocol version",
         nf("numéro de version", "text", "version|n° de version|numéro"),
         nf("date d'approbation CPP", "date", "date d'approbation|approbation CPP|date CPP"),
         nf("PDF", "file", "fichier|document|protocole PDF")),
  rel("Version du protocole", "etude"))

# ---------- Spanish ----------
RECLAM = spec("Reclamaciones", "Reclamaciones de clientes del servicio de taxi.",
  ent("reclamacion", "Reclamación", "Reclamaciones",
      fld("fecha|Fecha|date", req=True), fld("cliente|Cliente|text"),
      fld("licencia|Licencia|text"),
      fld("motivo|Motivo|choice", opts=["Trato", "Ruta", "Precio", "Limpieza"]),
      fld("descripcion|Descripción|long_text"), fld("resuelta|Resuelta|boolean")))
PEDIDOS = spec("Pedidos a proveedores", "Pedidos de la joyería a sus proveedores.",
  ent("proveedor", "Proveedor", "Proveedores",
      fld("nombre|Nombre|text", req=True), fld("telefono|Teléfono|phone"), fld("email|Email|email")),
  ent("pedido", "Pedido", "Pedidos",
      fld("proveedor|Proveedor|reference", req=True, target="proveedor"), fld("fecha|Fecha|date"),
      fld("referencia|Referencia|text"), fld("importe|Importe|money"),
      fld("estado|Estado|choice", opts=["Pedido", "Recibido", "Devuelto"])))
CLASES = spec("Clases de golf", "Clases que da el profesional del club.",
  ent("clase", "Clase", "Clases",
      fld("fecha|Fecha y hora|datetime", req=True), fld("profesor|Profesor|person"), fld("alumno|Alumno|text"),
      fld("nivel|Nivel|choice", opts=["Iniciación", "Medio", "Avanzado"]),
      fld("precio|Precio|money"), fld("pagada|Pagada|boolean")))

R("es", RECLAM, "añade la fecha en que se resolvió",
  add("reclamacion", "fecha de resolución", "date", "resuelta el|fecha resolución|fecha de cierre|resolved on", "datetime"))
R("es", RECLAM, "El motivo también puede ser Objeto perdido o Retraso",
  opts("reclamacion", "motivo", ["Trato", "Ruta", "Precio", "Limpieza", "Objeto perdido", "Retraso"]))
R("es", RECLAM, "Hola, en vez de 'resuelta' sí/no quiero un estado: Abierta, En curso, Cerrada",
  ct("reclamacion", "resuelta", "choice"),
  opts("reclamacion", "resuelta", ["Abierta", "En curso", "Cerrada"]),
  ren("reclamacion", "resuelta", "Estado", "Situación|Status"))
R("es", RECLAM, "necesito saber tambien quien la gestiona y cuanto se le devolvio al cliente si hubo reembolso",
  add("reclamacion", "gestionada por", "person", "responsable|gestor|quién la gestiona|asignada a", "text"),
  add("reclamacion", "importe reembolsado", "money", "reembolso|importe devuelto|devolución|cantidad devuelta"))
R("es", PEDIDOS, "Ya no necesitamos la tabla de proveedores, el proveedor lo escribimos a mano en el pedido",
  rment("proveedor"), ct("pedido", "proveedor", "text"))
R("es", PEDIDOS, "Cada pedido puede tener varias líneas: artículo, cantidad y precio unitario.",
  addent("Línea de pedido", "Línea|Artículo del pedido|Detalle|Order line",
         nf("artículo", "text", "articulo|producto|descripción|item"), nf("cantidad", "integer", "unidades|quantity", "decimal"),
         nf("precio unitario", "money", "precio|precio por unidad|unit price")),
  rel("Línea de pedido", "pedido"))
R("es", PEDIDOS, "añade la fecha prevista de entrega",
  add("pedido", "fecha prevista de entrega", "date", "fecha de entrega|entrega prevista|fecha prevista|expected delivery"))
R("es", PEDIDOS, "renombra 'Referencia' a 'Nº de pedido' y que sea obligatorio, gracias",
  ren("pedido", "referencia", "Nº de pedido", "Número de pedido|Order number"), req("pedido", "referencia"))
R("es", CLASES, "añade la duración en minutos",
  add("clase", "duración", "integer", "duración en minutos|minutos|duracion|duration", "decimal"))
R("es", CLASES, "Niveles: cambiar 'Medio' por 'Intermedio' y añadir 'Competición'",
  opts("clase", "nivel", ["Iniciación", "Intermedio", "Avanzado", "Competición"]))
R("es", CLASES, "quiero saber si la clase es individual o en grupo, y cuántos alumnos vienen",
  add("clase", "tipo", "choice", "modalidad|individual o grupo|tipo de clase", "", ["Individual", "Grupo"]),
  add("clase", "número de alumnos", "integer", "alumnos|nº de alumnos|asistentes|participantes"))
R("es", CLASES, "Buenas! Poner el alumno como texto no me sirve. Quiero una ficha de alumnos (nombre, teléfono, hándicap) y que cada clase se enlace con su alumno.",
  addent("Alumno", "Alumna|Estudiante|Student|Jugador",
         nf("nombre", "text", "nombre completo|name"), nf("teléfono", "phone", "telefono|móvil|phone"),
         nf("hándicap", "decimal", "handicap|hcp", "integer")),
  ct("clase", "alumno", "reference"), rel("clase", "Alumno"))

# ---------- German ----------
SPENDER = spec("Spender", "Märkte und Betriebe, die an die Tafel spenden.",
  ent("spender", "Spender", "Spender",
      fld("name|Name|text", req=True),
      fld("art|Art|choice", opts=["Supermarkt", "Bäckerei", "Landwirt", "Privat"]),
      fld("ansprechpartner|Ansprechpartner|text"), fld("telefon|Telefon|phone"),
      fld("abholtag|Abholtag|choice", opts=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"])))
VERSAND = spec("Probenversand", "Versand von Studienproben an Zentrallabore.",
  ent("versand", "Versand", "Versände",
      fld("datum|Datum|date", req=True), fld("studie|Studie|text"),
      fld("kurier|Kurier|choice", opts=["World Courier", "Marken", "DHL Medical"]),
      fld("anzahl_proben|Anzahl Proben|integer"), fld("trockeneis|Trockeneis|boolean"),
      fld("tracking|Tracking-Nummer|text")))
ANKAUF = spec("Altgoldankauf", "Ankaufbuch der Goldschmiede.",
  ent("ankauf", "Ankauf", "Ankäufe",
      fld("datum|Datum|date", req=True), fld("verkaeufer|Verkäufer|text", req=True),
      fld("ausweisnummer|Ausweisnummer|text"),
      fld("material|Material|choice", opts=["Gold 333", "Gold 585", "Gold 750", "Silber 925"]),
      fld("gewicht|Gewicht (g)|decimal"), fld("preis|Preis|money")))

R("de", SPENDER, "Bitte noch die E-Mail-Adresse ergänzen",
  add("spender", "E-Mail", "email", "E-Mail-Adresse|Email|Mail"))
R("de", SPENDER, "Beim Abholtag muss man mehrere Tage anklicken können, manche Märkte fahren wir Mo und Do an",
  ct("spender", "abholtag", "multi_choice"))
R("de", SPENDER, "Art: Landwirt heißt bei uns jetzt Erzeuger, und Großhandel fehlt noch",
  opts("spender", "art", ["Supermarkt", "Bäckerei", "Erzeuger", "Privat", "Großhandel"]))
R("de", SPENDER, "Hallo, wir wollen auch die Spendenquittungen erfassen: Datum, Warenwert, die Quittung als PDF und natürlich für welchen Spender.",
  addent("Spendenquittung", "Quittung|Zuwendungsbestätigung|Spendenbescheinigung|Donation receipt",
         nf("Datum", "date", "Ausstellungsdatum|date"), nf("Warenwert", "money", "Wert|Betrag|value"),
         nf("PDF", "file", "Quittung|Datei|Dokument|Beleg")),
  rel("Spendenquittung", "spender"))
R("de", VERSAND, "Temperatur ergänzen (ambient, gekühlt, gefroren)",
  add("versand", "Temperatur", "choice", "Temperaturbereich|Lagerbedingung|Versandtemperatur|temperature", "", ["Ambient", "Gekühlt", "Gefroren"]))
R("de", VERSAND, "das Trockeneis-Feld kann weg, das steht eh auf dem Frachtbrief",
  rm("versand", "trockeneis"))
R("de", VERSAND, "Hallo! Wir müssen noch festhalten, wer das Paket gepackt hat und wann genau der Kurier es abgeholt hat (Uhrzeit ist wichtig für die Stabilität).",
  add("versand", "verpackt von", "person", "gepackt von|Packer|Bearbeiter|packed by", "text"),
  add("versand", "Abholzeit", "datetime", "abgeholt um|Abholung|Abholzeitpunkt|pickup time"))
R("de", VERSAND, "Die Studie bitte aus einer eigenen Tabelle auswählen statt eintippen. Pro Studie: Studiencode, Sponsor, Adresse des Zentrallabors.",
  addent("Studie", "Studien|Prüfung|Study",
         nf("Studiencode", "text", "Code|Studiennummer|Studienname|study code"),
         nf("Sponsor", "text", "Auftraggeber|sponsor"),
         nf("Adresse des Zentrallabors", "long_text", "Zentrallabor|Laboradresse|Labor|central lab", "text")),
  ct("versand", "studie", "reference"), rel("versand", "Studie"))
R("de", ANKAUF, "Ausweisnummer muss Pflichtfeld sein (Geldwäschegesetz!)",
  req("ankauf", "ausweisnummer"))
R("de", ANKAUF, "Platin 950 und Gold 900 fehlen noch bei Material",
  opts("ankauf", "material", ["Gold 333", "Gold 585", "Gold 750", "Gold 900", "Silber 925", "Platin 950"]))
R("de", ANKAUF, "ich brauch noch nen scan vom ausweis und die zahlungsart (bar oder überweisung)",
  add("ankauf", "Ausweiskopie", "file", "Scan vom Ausweis|Ausweis-Scan|Ausweis|Scan|ID scan"),
  add("ankauf", "Zahlungsart", "choice", "Zahlung|Zahlweise|Bezahlart|payment method", "", ["Bar", "Überweisung"]))
R("de", ANKAUF, "Ich will den Tagesgoldkurs pro Gramm mitschreiben, damit man den Preis später nachvollziehen kann.",
  add("ankauf", "Tageskurs pro Gramm", "money", "Tagesgoldkurs|Goldkurs|Tageskurs|Kurs pro Gramm|Grammpreis", "decimal"))

langs = {}
with open(OUT, "w", encoding="utf-8") as fh:
    for i, c in enumerate(cases, 1):
        c["id"] = f"h32r{i:02d}"
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(cases), langs, Counter(o["op"] for c in cases for o in c["expect"]), sum(len(c["expect"]) > 1 for c in cases))
