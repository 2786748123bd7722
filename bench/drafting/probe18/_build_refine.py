#!/usr/bin/env python3
"""Builds refine.jsonl for heldout34."""
import json, os

def fld(s):
    # "key|Label|type[*]"  type: text, choice(A;B), ref(target); trailing * = required
    key, label, t = [x.strip() for x in s.split("|")]
    req = t.endswith("*")
    t = t.rstrip("*")
    f = {"key": key, "label": label}
    if t.startswith("choice(") or t.startswith("multi_choice("):
        kind, rest = t.split("(", 1)
        f["type"] = kind
        f["options"] = rest[:-1].split(";")
    elif t.startswith("ref("):
        f["type"] = "reference"
        f["target"] = t[4:-1]
    else:
        f["type"] = t
    if req:
        f["required"] = True
    return f

def ent(key, name, plural, *fields):
    return {"key": key, "name": name, "plural": plural, "fields": [fld(x) for x in fields]}

def spec(name, summary, *ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": list(ents)}

L = lambda s: [a for a in s.split("|") if a]
def AF(e, name, t, al="", alt="", opts=None):
    o = {"op": "add_field", "entity": e, "name": name, "aliases": L(al), "type": t, "alt_types": L(alt)}
    if opts:
        o["options"] = opts
    return o
def RF(e, f): return {"op": "remove_field", "entity": e, "field": f}
def RN(e, f, to, al=""): return {"op": "rename_field", "entity": e, "field": f, "to": to, "aliases": L(al)}
def CT(e, f, t, alt=""): return {"op": "change_type", "entity": e, "field": f, "type": t, "alt_types": L(alt)}
def SR(e, f, v=True): return {"op": "set_required", "entity": e, "field": f, "value": v}
def SO(e, f, opts): return {"op": "set_options", "entity": e, "field": f, "options": opts}
def AE(name, al, *fields): return {"op": "add_entity", "name": name, "aliases": L(al), "fields": list(fields)}
def G(name, t, al="", alt="", opts=None):
    g = {"name": name, "aliases": L(al), "type": t, "alt_types": L(alt)}
    if opts:
        g["options"] = opts
    return g
def RE(e): return {"op": "remove_entity", "entity": e}
def AR(a, b): return {"op": "add_relation", "from": a, "to": b}

KEEP = {"en": "all other fields and entities unchanged", "fr": "all other fields and entities unchanged",
        "es": "all other fields and entities unchanged", "de": "all other fields and entities unchanged"}
CASES = []
def C(id, lang, sp, req, ops):
    CASES.append({"id": id, "lang": lang, "spec": sp, "request": req, "expect": ops, "keep": KEEP[lang]})

# ------------------------------------------------------------ English base specs
def A():
    return spec("Tree work jobs", "Jobs booked for the tree surgery crews.",
        ent("job", "Job", "Jobs", "customer|Customer|text*", "site_address|Site address|long_text",
            "work_type|Work type|choice(Crown reduction;Felling;Pruning;Stump grinding)", "job_date|Job date|date",
            "crew|Crew|choice(Crew A;Crew B)", "price|Price|money"))
def B():
    return spec("Tree survey", "Trees surveyed on client sites.",
        ent("site", "Site", "Sites", "name|Name|text*", "address|Address|long_text", "client|Client|text"),
        ent("tree", "Tree", "Trees", "site|Site|ref(site)*", "species|Species|text", "height|Height (m)|decimal",
            "condition|Condition|choice(Good;Fair;Poor;Dead)", "tpo|TPO|boolean"))
def Cc():
    return spec("Repair tickets", "Phone and tablet repairs booked in at the counter.",
        ent("customer", "Customer", "Customers", "name|Name|text*", "phone|Phone|phone", "email|Email|email"),
        ent("repair", "Repair", "Repairs", "customer|Customer|ref(customer)*", "device|Device|text*",
            "fault|Fault|long_text", "status|Status|choice(Booked in;In repair;Ready;Collected)", "quote|Quote|money",
            "technician|Technician|person"))
def D():
    return spec("Parts stock", "Spare parts for the repair bench and where we buy them.",
        ent("part", "Part", "Parts", "name|Name|text*", "fits_model|Fits model|text", "quantity|Quantity|integer",
            "unit_cost|Unit cost|money"),
        ent("supplier", "Supplier", "Suppliers", "name|Name|text*", "website|Website|url", "email|Email|email"))
def Ev():
    return spec("Tour dates", "Where the big top goes and the shows we play there.",
        ent("venue", "Venue", "Venues", "town|Town|text*", "venue_name|Venue name|text", "mains_power|Mains power|boolean"),
        ent("show", "Show", "Shows", "venue|Venue|ref(venue)*", "show_time|Show time|datetime*",
            "capacity|Capacity|integer", "tickets_sold|Tickets sold|integer"))
def Fv():
    return spec("Festival performers", "Street performers and their pitch bookings.",
        ent("performer", "Performer", "Performers", "name|Name|text*",
            "act_type|Act type|choice(Music;Juggling;Fire;Comedy)", "phone|Phone|phone", "email|Email|email"),
        ent("booking", "Booking", "Bookings", "performer|Performer|ref(performer)*", "pitch|Pitch|text",
            "day|Day|date", "fee|Fee|money"))
def Gp():
    return spec("Reporting appointments", "People on probation and their reporting appointments.",
        ent("case", "Case", "Cases", "name|Name|text*", "crn|CRN|text*",
            "risk_level|Risk level|choice(Low;Medium;High;Very high)", "officer|Responsible officer|person"),
        ent("appointment", "Appointment", "Appointments", "case|Case|ref(case)*", "when|When|datetime*",
            "outcome|Outcome|choice(Attended;Failed to attend;Rescheduled)", "notes|Notes|long_text"))
def H():
    return spec("Unpaid work", "Community payback projects and work sessions.",
        ent("project", "Project", "Projects", "name|Name|text*", "address|Address|long_text",
            "supervisor|Supervisor|person"),
        ent("session", "Session", "Sessions", "person_name|Person|text*", "project|Project|ref(project)",
            "date|Date|date", "hours|Hours|decimal"))
def I():
    return spec("Wine stock", "Wines on the shop shelves.",
        ent("wine", "Wine", "Wines", "name|Name|text*", "producer|Producer|text", "vintage|Vintage|integer",
            "colour|Colour|choice(Red;White;Rosé;Sparkling)", "stock|Stock|integer", "price|Price|money"))
def J():
    return spec("Tasting evenings", "Tasting events and who booked seats.",
        ent("event", "Event", "Events", "title|Title|text*", "starts|Starts|datetime", "price|Ticket price|money",
            "seats|Seats|integer"),
        ent("booking", "Booking", "Bookings", "event|Event|ref(event)*", "customer_name|Customer name|text*",
            "email|Email|email", "seats|Seats|integer", "paid|Paid|boolean"))

C("h34r01", "en", A(), "add a field for whether the council permit came through",
  [AF("job", "permit approved", "boolean", "permit|council permit|permit granted|permit received|permit came through", "choice")])
C("h34r02", "en", A(), "job date should be compulsory, half the jobs have no date and then nobody turns up",
  [SR("job", "job_date")])
C("h34r03", "en", A(), "we've hired a third crew so add Crew C. also rename Price to Quoted price",
  [SO("job", "crew", ["Crew A", "Crew B", "Crew C"]), RN("job", "price", "Quoted price", "Quote|Quote price")])
C("h34r04", "en", B(), "I also need to know who surveyed each tree and when",
  [AF("tree", "surveyed by", "person", "surveyor|inspector|who surveyed|arborist", "text"),
   AF("tree", "survey date", "date", "surveyed on|date surveyed|date of survey|when surveyed", "datetime")])
C("h34r05", "en", B(), "add Dying and Hazardous to the condition list please",
  [SO("tree", "condition", ["Good", "Fair", "Poor", "Dead", "Dying", "Hazardous"])])
C("h34r06", "en", B(), "height is always whole metres, we never use decimals - can it be a whole number?",
  [CT("tree", "height", "integer")])
C("h34r07", "en", Cc(), "Hi! Could you add the IMEI to repairs? The techs keep asking for it. Thanks",
  [AF("repair", "IMEI", "text", "IMEI number|serial|serial number|IMEI/serial")])
C("h34r08", "en", Cc(), "status needs Waiting for parts and Unrepairable as well",
  [SO("repair", "status", ["Booked in", "In repair", "Ready", "Collected", "Waiting for parts", "Unrepairable"])])
C("h34r09", "en", Cc(), "on the repair we want the customer's passcode (only if they give it), whether they signed the T&Cs, and a photo of the damage when it comes in",
  [AF("repair", "passcode", "text", "pin|unlock code|password|device passcode"),
   AF("repair", "T&Cs signed", "boolean", "terms signed|signed T&Cs|terms and conditions signed|T&Cs|terms accepted"),
   AF("repair", "damage photo", "file", "photo|photo of damage|intake photo|picture")])
C("h34r10", "en", Cc(), "the technician should be plain text - half our techs are freelancers who aren't in the directory",
  [CT("repair", "technician", "text")])
C("h34r11", "en", D(), "link each part to the supplier we buy it from",
  [AR("part", "supplier")])
C("h34r12", "en", D(), "get rid of the supplier website, nobody looks at it",
  [RF("supplier", "website")])
C("h34r13", "en", Ev(), "Capacity must always be filled in, the licence depends on it.",
  [SR("show", "capacity")])
C("h34r14", "en", Ev(), "Morning! We also need to keep track of the crew's caravans - plate number, who owns it and whether it needs an electric hookup. Doesn't need linking to anything.",
  [AE("Caravan", "Caravans|trailer|vehicle",
      G("plate number", "text", "registration|reg|number plate|licence plate|plate"),
      G("owner", "person", "owned by|who owns it|crew member", "text"),
      G("hookup needed", "boolean", "electric hookup|hookup|needs hookup|electric hook-up", "choice"))])
C("h34r15", "en", J(), "we don't take bookings through this anymore, it's all on Eventbrite. Drop bookings entirely and just put a sold out tick on the event.",
  [RE("booking"), AF("event", "sold out", "boolean", "sold out?|is sold out|full", "choice")])
C("h34r16", "en", Fv(), "Add Living statue and Circus to the act types",
  [SO("performer", "act_type", ["Music", "Juggling", "Fire", "Comedy", "Living statue", "Circus"])])
C("h34r17", "en", Fv(), "Pitch is free text at the moment and people type it every which way. Can pitches be their own list with a name and a zone (North, South, Harbour), and each booking pick one?",
  [AE("Pitch", "Pitches|spot|location",
      G("name", "text", "pitch name|number|pitch"),
      G("zone", "choice", "area", "", ["North", "South", "Harbour"])),
   CT("booking", "pitch", "reference"), AR("booking", "Pitch")])
C("h34r18", "en", Fv(), "we need each performer's public liability insurance: when it expires and a copy of the certificate",
  [AF("performer", "insurance expiry", "date", "insurance expiry date|PLI expiry|public liability expiry|insurance expires|expiry date"),
   AF("performer", "insurance certificate", "file", "certificate|PLI certificate|insurance document|insurance copy|public liability certificate")])
C("h34r19", "en", Gp(), "hey - outcome needs 'Acceptable absence' too. and I'd like to record who actually saw them at each appointment",
  [SO("appointment", "outcome", ["Attended", "Failed to attend", "Rescheduled", "Acceptable absence"]),
   AF("appointment", "seen by", "person", "officer|staff member|seen by officer|practitioner", "text")])
C("h34r20", "en", Gp(), "Notes on appointments can go, we write them in nDelius anyway.",
  [RF("appointment", "notes")])
C("h34r21", "en", H(), "Rename Hours to Hours worked, and add a tick box for whether they turned up",
  [RN("session", "hours", "Hours worked", "Hours completed"),
   AF("session", "attended", "boolean", "turned up|present|attendance|showed up|did they turn up", "choice")])
C("h34r22", "en", J(), "please add dietary requirements to the bookings",
  [AF("booking", "dietary requirements", "long_text", "dietary needs|diet|allergies|dietary", "text")])
C("h34r23", "en", I(), "we also need the bin location in the cellar, and the grape(s)",
  [AF("wine", "bin location", "text", "bin|cellar bin|bin number|location|cellar location"),
   AF("wine", "grapes", "text", "grape|grape variety|varietal|grape(s)|grape varieties", "multi_choice|long_text")])
C("h34r24", "en", I(), "colour: add Orange and Fortified",
  [SO("wine", "colour", ["Red", "White", "Rosé", "Sparkling", "Orange", "Fortified"])])

# ------------------------------------------------------------ French
def FA():
    return spec("Chantiers d'élagage", "Interventions planifiées chez les clients.",
        ent("chantier", "Chantier", "Chantiers", "client|Client|text*", "adresse|Adresse|long_text",
            "type_travaux|Type de travaux|choice(Taille;Abattage;Dessouchage)", "date_intervention|Date d'intervention|date",
            "montant|Montant|money"))
def FB():
    return spec("Réparations", "Appareils déposés à l'atelier.",
        ent("reparation", "Réparation", "Réparations", "client|Client|text*", "appareil|Appareil|text*",
            "panne|Panne|long_text", "statut|Statut|choice(Reçu;En cours;Terminé;Rendu)", "prix|Prix|money"))
def FC():
    return spec("Artistes et répétitions", "La troupe et son planning de répétitions.",
        ent("artiste", "Artiste", "Artistes", "nom|Nom|text*", "discipline|Discipline|choice(Jonglage;Trapèze;Clown;Acrobatie)",
            "telephone|Téléphone|phone", "email|Email|email"),
        ent("repetition", "Répétition", "Répétitions", "artiste|Artiste|ref(artiste)", "date|Date|datetime*", "lieu|Lieu|text"))
def FD():
    return spec("Convocations SPIP", "Personnes suivies et leurs convocations.",
        ent("personne_suivie", "Personne suivie", "Personnes suivies", "nom|Nom|text*", "numero_dossier|Numéro de dossier|text*",
            "cpip|CPIP référent|person", "date_fin_mesure|Date de fin de mesure|date"),
        ent("convocation", "Convocation", "Convocations", "personne|Personne|ref(personne_suivie)*", "date|Date|datetime*",
            "presence|Présence|choice(Présent;Absent;Excusé)", "observations|Observations|long_text"))
def FE():
    return spec("Cave", "Les vins de la boutique.",
        ent("vin", "Vin", "Vins", "nom|Nom|text*", "appellation|Appellation|text", "millesime|Millésime|integer",
            "couleur|Couleur|choice(Rouge;Blanc;Rosé)", "prix_vente|Prix de vente|money", "stock|Stock|integer"))

C("h34r25", "fr", FA(), "Ajoute le nom du chef d'équipe",
  [AF("chantier", "chef d'équipe", "person", "chef d'equipe|responsable|team leader|chef de chantier|crew leader", "text")])
C("h34r26", "fr", FA(), "Bonjour, il faudrait pouvoir mettre une photo avant et une photo après le chantier, et rendre la date d'intervention obligatoire. Merci d'avance",
  [AF("chantier", "photo avant", "file", "photo before|avant|before photo|photo avant travaux"),
   AF("chantier", "photo après", "file", "photo after|après|after photo|photo apres|photo après travaux"),
   SR("chantier", "date_intervention")])
C("h34r27", "fr", FA(), "type de travaux : ajouter haubanage et broyage",
  [SO("chantier", "type_travaux", ["Taille", "Abattage", "Dessouchage", "Haubanage", "Broyage"])])
C("h34r28", "fr", FB(), "on voudrait savoir combien le client a versé d'acompte",
  [AF("reparation", "acompte", "money", "montant de l'acompte|deposit|acompte versé|avance")])
C("h34r29", "fr", FB(), "le champ Panne devrait s'appeler Description du problème",
  [RN("reparation", "panne", "Description du problème", "Description du probleme|Problème|Description")])
C("h34r30", "fr", FB(), "Supprimez le prix, la facturation se fait dans la caisse.",
  [RF("reparation", "prix")])
C("h34r31", "fr", FC(), "ajoute la date d'expiration du certificat médical de chaque artiste",
  [AF("artiste", "expiration du certificat médical", "date", "certificat médical|date d'expiration|certificat medical|medical certificate expiry|fin du certificat médical|date d'expiration du certificat médical")])
C("h34r32", "fr", FC(), "un artiste peut avoir plusieurs disciplines (jonglage ET clown par ex.), il faut pouvoir en cocher plusieurs. Et ajoutez Fil et Feu",
  [CT("artiste", "discipline", "multi_choice"),
   SO("artiste", "discipline", ["Jonglage", "Trapèze", "Clown", "Acrobatie", "Fil", "Feu"])])
C("h34r33", "fr", FD(), "Il manque le motif d'absence sur les convocations, et le lieu : SPIP, domicile ou visio",
  [AF("convocation", "motif d'absence", "long_text", "motif|raison de l'absence|absence reason|justification|motif absence", "text"),
   AF("convocation", "lieu", "choice", "location|lieu du rendez-vous|modalité|type", "", ["SPIP", "Domicile", "Visio"])])
C("h34r34", "fr", FD(), "supprimez la date de fin de mesure, elle est déjà dans APPI",
  [RF("personne_suivie", "date_fin_mesure")])
C("h34r35", "fr", FE(), "On veut gérer nos domaines (fournisseurs) : nom, région, contact, email. Et relier chaque vin à son domaine svp",
  [AE("Domaine", "Domaines|fournisseur|producteur|winery|producer|supplier",
      G("nom", "text", "name|nom du domaine"),
      G("région", "text", "region|appellation|vignoble", "choice"),
      G("contact", "text", "interlocuteur|contact name|nom du contact", "person"),
      G("email", "email", "e-mail|mail|adresse email")),
   AR("vin", "Domaine")])
C("h34r36", "fr", FE(), "le millésime peut être « NM » pour les champagnes, passez-le en texte. et le prix de vente est obligatoire",
  [CT("vin", "millesime", "text"), SR("vin", "prix_vente")])

# ------------------------------------------------------------ Spanish
def SA():
    return spec("Trabajos de poda", "Trabajos de poda y tala para clientes.",
        ent("trabajo", "Trabajo", "Trabajos", "cliente|Cliente|text*", "direccion|Dirección|text",
            "tipo|Tipo|choice(Poda;Tala;Destoconado)", "fecha|Fecha|date", "presupuesto|Presupuesto|money"))
def SB():
    return spec("Reparaciones de móviles", "Móviles que entran al taller.",
        ent("reparacion", "Reparación", "Reparaciones", "cliente|Cliente|text*", "telefono|Teléfono|phone",
            "modelo|Modelo|text*", "averia|Avería|long_text", "estado|Estado|choice(Recibido;En reparación;Listo;Entregado)"))
def SC():
    return spec("Programa del festival", "Actuaciones de calle durante las fiestas.",
        ent("actuacion", "Actuación", "Actuaciones", "compania|Compañía|text*", "espectaculo|Espectáculo|text",
            "fecha|Fecha y hora|datetime", "escenario|Escenario|choice(Plaza Mayor;Parque;Calle Real)", "cache|Caché|money"))
def SD():
    return spec("Entrevistas de seguimiento", "Penados en medidas alternativas y sus entrevistas.",
        ent("penado", "Penado", "Penados", "nombre|Nombre|text*", "expediente|Expediente|text*", "delegado|Delegado|person",
            "fecha_fin|Fecha de fin|date"),
        ent("entrevista", "Entrevista", "Entrevistas", "penado|Penado|ref(penado)*", "fecha|Fecha|datetime*",
            "asistio|Asistió|boolean", "notas|Notas|long_text"))
def SE():
    return spec("Vinoteca", "Vinos de la vinoteca y pedidos a proveedores.",
        ent("vino", "Vino", "Vinos", "nombre|Nombre|text*", "bodega|Bodega|text", "do|D.O.|text", "anada|Añada|integer",
            "tipo|Tipo|choice(Tinto;Blanco;Rosado;Espumoso)", "precio|Precio|money"),
        ent("pedido", "Pedido", "Pedidos", "vino|Vino|ref(vino)*", "cantidad|Cantidad|integer", "fecha|Fecha|date",
            "proveedor|Proveedor|text"))

C("h34r37", "es", SA(), "añade si hace falta grúa",
  [AF("trabajo", "necesita grúa", "boolean", "grúa|grua|hace falta grúa|crane|crane needed|requiere grúa", "choice")])
C("h34r38", "es", SA(), "Hola, el presupuesto debería ser obligatorio, que luego no sabemos cuánto cobrar",
  [SR("trabajo", "presupuesto")])
C("h34r39", "es", SA(), "quita la dirección, ahora ponemos la ubicación con un enlace de Google Maps",
  [RF("trabajo", "direccion"),
   AF("trabajo", "ubicación", "url", "enlace|enlace de Google Maps|Google Maps|location|mapa|ubicacion|link")])
C("h34r40", "es", SB(), "necesito el IMEI y el código o patrón de desbloqueo",
  [AF("reparacion", "IMEI", "text", "número IMEI|IMEI/serie|serial"),
   AF("reparacion", "código de desbloqueo", "text", "patrón|código|patrón de desbloqueo|código o patrón|pin|passcode|unlock code|codigo de desbloqueo")])
C("h34r41", "es", SB(), "estado: añadir 'Esperando pieza' y 'Sin reparación'",
  [SO("reparacion", "estado", ["Recibido", "En reparación", "Listo", "Entregado", "Esperando pieza", "Sin reparación"])])
C("h34r42", "es", SB(), "renombra Avería a Descripción de la avería, gracias",
  [RN("reparacion", "averia", "Descripción de la avería", "Descripción|Descripcion de la averia")])
C("h34r43", "es", SC(), "queremos saber cuánto dura cada actuación, en minutos",
  [AF("actuacion", "duración", "integer", "duracion|duración (min)|minutos|duration|duración en minutos", "decimal")])
C("h34r44", "es", SC(), """Buenas,
las compañías deberían estar en una tabla aparte (nombre, país y email de contacto) y cada actuación enlazada a su compañía, que ahora se escribe a mano y salen duplicados.
Un saludo""",
  [AE("Compañía", "Compañías|compania|grupo|company|troupe",
      G("nombre", "text", "name|nombre de la compañía"),
      G("país", "text", "pais|country", "choice"),
      G("email de contacto", "email", "email|correo|contact email|correo de contacto")),
   CT("actuacion", "compania", "reference"), AR("actuacion", "Compañía")])
C("h34r45", "es", SC(), "añade el escenario Puerto",
  [SO("actuacion", "escenario", ["Plaza Mayor", "Parque", "Calle Real", "Puerto"])])
C("h34r46", "es", SD(), "En vez de sí/no en 'Asistió' quiero tres opciones: asistió, no asistió, justificada",
  [CT("entrevista", "asistio", "choice"), SO("entrevista", "asistio", ["Asistió", "No asistió", "Justificada"])])
C("h34r47", "es", SD(), "necesito saber qué delegado hizo cada entrevista",
  [AF("entrevista", "delegado", "person", "realizada por|entrevistador|técnico|officer|delegado que la hizo", "text")])
C("h34r48", "es", SE(), "la añada tiene que ser obligatoria. Y quitad la tabla de pedidos, los llevamos en otro programa",
  [SR("vino", "anada"), RE("pedido")])

# ------------------------------------------------------------ German
def DA():
    return spec("Baumpflege-Aufträge", "Aufträge der Baumpflege-Kolonnen.",
        ent("auftrag", "Auftrag", "Aufträge", "kunde|Kunde|text*", "adresse|Adresse|long_text",
            "leistung|Leistung|choice(Kronenpflege;Fällung;Wurzelstockfräsen)", "termin|Termin|date", "preis|Preis|money"))
def DB():
    return spec("Reparaturen", "Geräte in der Werkstatt.",
        ent("reparatur", "Reparatur", "Reparaturen", "kunde|Kunde|text*", "geraet|Gerät|text*", "fehler|Fehler|long_text",
            "status|Status|choice(Angenommen;In Arbeit;Fertig;Abgeholt)", "preis|Preis|money"))
def DC():
    return spec("Artisten und Auftritte", "Ensemble und Auftrittsplan.",
        ent("artist", "Artist", "Artisten", "name|Name|text*", "disziplin|Disziplin|choice(Jonglage;Trapez;Clownerie;Seiltanz)",
            "telefon|Telefon|phone"),
        ent("auftritt", "Auftritt", "Auftritte", "artist|Artist|ref(artist)*", "datum|Datum|datetime", "ort|Ort|text",
            "gage|Gage|money"))
def DD():
    return spec("Meldetermine", "Probanden und ihre Termine bei der Bewährungshilfe.",
        ent("proband", "Proband", "Probanden", "name|Name|text*", "aktenzeichen|Aktenzeichen|text*",
            "bewaehrungshelfer|Bewährungshelfer|person", "bewaehrung_bis|Bewährung bis|date"),
        ent("termin", "Termin", "Termine", "proband|Proband|ref(proband)*", "datum|Datum|datetime*",
            "erschienen|Erschienen|boolean", "vermerk|Vermerk|long_text"))
def DE():
    return spec("Weinlager", "Weine der Weinhandlung.",
        ent("wein", "Wein", "Weine", "name|Name|text*", "weingut|Weingut|text", "jahrgang|Jahrgang|integer",
            "farbe|Farbe|choice(Rot;Weiß;Rosé)", "preis|Preis|money", "bestand|Bestand|integer"))

C("h34r49", "de", DA(), "Bitte noch ein Feld für die Anzahl der Bäume",
  [AF("auftrag", "Anzahl Bäume", "integer", "Anzahl der Bäume|Bäume|Baumanzahl|number of trees|Anzahl")])
C("h34r50", "de", DA(), "Kann man Totholzentfernung und Baumkontrolle noch als Leistung aufnehmen? Und der Termin muss ein Pflichtfeld sein.",
  [SO("auftrag", "leistung", ["Kronenpflege", "Fällung", "Wurzelstockfräsen", "Totholzentfernung", "Baumkontrolle"]),
   SR("auftrag", "termin")])
C("h34r51", "de", DA(), """Hallo,
die Kunden sollen eine eigene Liste werden (Name, Telefon, E-Mail) und jeder Auftrag gehört dann zu einem Kunden - das Feld Kunde im Auftrag soll also auf die Liste zeigen statt Freitext zu sein.
Gruß""",
  [AE("Kunde", "Kunden|Auftraggeber|customer|client",
      G("Name", "text", "name|Kundenname"),
      G("Telefon", "phone", "Telefonnummer|Tel.|phone"),
      G("E-Mail", "email", "Email|Mail")),
   CT("auftrag", "kunde", "reference"), AR("auftrag", "Kunde")])
C("h34r52", "de", DB(), "ich bräuchte noch wer die reparatur gemacht hat und wann sie fertig war",
  [AF("reparatur", "Techniker", "person", "repariert von|Bearbeiter|Mitarbeiter|erledigt von|technician|durchgeführt von", "text"),
   AF("reparatur", "fertig am", "date", "Fertigstellung|Fertigstellungsdatum|erledigt am|completed on|fertiggestellt am", "datetime")])
C("h34r53", "de", DB(), "Fehler bitte in Fehlerbeschreibung umbenennen",
  [RN("reparatur", "fehler", "Fehlerbeschreibung", "Fehlerbeschreibung des Kunden")])
C("h34r54", "de", DB(), "Preis soll Pflicht sein.",
  [SR("reparatur", "preis")])
C("h34r55", "de", DC(), "Bei Disziplin fehlen Akrobatik und Feuer",
  [SO("artist", "disziplin", ["Jonglage", "Trapez", "Clownerie", "Seiltanz", "Akrobatik", "Feuer"])])
C("h34r56", "de", DC(), "Die Gage brauchen wir bei den Auftritten nicht mehr, das läuft über die Verträge",
  [RF("auftritt", "gage")])
C("h34r57", "de", DD(), "Statt 'erschienen' ja/nein hätte ich gern drei Möglichkeiten: erschienen, nicht erschienen, entschuldigt",
  [CT("termin", "erschienen", "choice"), SO("termin", "erschienen", ["Erschienen", "Nicht erschienen", "Entschuldigt"])])
C("h34r58", "de", DD(), "Hallo, bei den Probanden fehlen noch Adresse und Telefonnummer. Danke!",
  [AF("proband", "Adresse", "long_text", "Anschrift|Wohnadresse|address|Wohnort", "text"),
   AF("proband", "Telefon", "phone", "Telefonnummer|Tel.|Handy|phone")])
C("h34r59", "de", DE(), "füg bitte noch die Rebsorte hinzu",
  [AF("wein", "Rebsorte", "text", "Rebsorten|Traube|grape|grape variety", "choice|multi_choice")])
C("h34r60", "de", DE(), "Wir hätten die Weingüter gern als eigene Tabelle mit Name, Region und Ansprechpartner, und das Feld Weingut beim Wein soll darauf verweisen statt Freitext.",
  [AE("Weingut", "Weingüter|Winzer|Erzeuger|winery|producer",
      G("Name", "text", "name|Weingutname"),
      G("Region", "text", "Anbaugebiet|Gebiet|region", "choice"),
      G("Ansprechpartner", "text", "Kontakt|Kontaktperson|contact", "person")),
   CT("wein", "weingut", "reference"), AR("wein", "Weingut")])

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "refine.jsonl"), "w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(CASES), "refine cases")
