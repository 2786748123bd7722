#!/usr/bin/env python3
"""Generated set gen27/n (session 27, improver n): a new record kind and a link to it, in one chat edit.

Written from the writer's own knowledge of four languages and of office work, before the engine was run on it.
A person asks for a separate list of things (suppliers, departments, sites ...) and that each record of a kind the
app has points to one of them; sometimes the old typed-in field that named the thing becomes the link, is dropped,
or is explicitly kept.  Constructions (cx in the id):

  list-link      "keep a separate list of Ys (details) and link each X to one"            -> add_entity + add_relation
  link-first     the link said before the list: "each X belongs to a Y. Ys have ..."     -> add_entity + add_relation
  nodetail       "I want to manage Ys separately, every X belongs to one" (no details)    -> add_entity + add_relation
  turn-field     "turn the Y field into its own list (details)" (X has a text field Y)    -> add_entity + change_type
                                                                                             + add_relation
  turn-nodetail  "make Y a proper table and have each X belong to one" (field Y, no details) -> as turn-field
  drop-old       a list, a link, and "drop the old Y name field"                          -> add_entity + add_relation
                                                                                             + remove_field
  keep-old       a list, a link, and "but keep the Y name field for now"                  -> add_entity + add_relation

Eight domains of my own (purchase orders / suppliers, staff / departments, maintenance visits / sites, room
bookings / venues, pupils / classes, helpdesk tickets / applications, translation jobs / translators, trips /
drivers) x seven constructions x four languages = 224 rows.  Sentence shapes rotate per domain; registers cycle
through plain, polite wrapping, terse lower case, typed without accents and e-mail-like wrapping.

  python3 make.py     # writes refine.jsonl (and an empty draft.jsonl) beside this file
Standard library only; deterministic.
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "fr", "es", "de")


def fold(s):
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


def key(s):
    return re.sub(r"[^a-z0-9]+", "_", fold(s).lower()).strip("_")


# details of the new kind: (label per language, type, alt types, english aliases)
F = {
    "name": ({"en": "name", "fr": "nom", "es": "nombre", "de": "Name"}, "text", [], ["name", "title", "label"]),
    "email": ({"en": "email", "fr": "e-mail", "es": "email", "de": "E-Mail"}, "email", [], ["email address", "e-mail", "mail"]),
    "phone": ({"en": "phone", "fr": "téléphone", "es": "teléfono", "de": "Telefon"}, "phone", ["text"], ["phone number", "telephone"]),
    "costc": ({"en": "cost centre", "fr": "centre de coût", "es": "centro de coste", "de": "Kostenstelle"}, "text", [], ["cost center"]),
    "manager": ({"en": "manager", "fr": "responsable", "es": "responsable", "de": "Leitung"}, "person", ["text"], ["head", "manager", "Abteilungsleiter", "jefe"]),
    "address": ({"en": "address", "fr": "adresse", "es": "dirección", "de": "Adresse"}, "text", ["long_text"], ["address", "Anschrift", "direccion"]),
    "cphone": ({"en": "contact phone", "fr": "téléphone du contact", "es": "teléfono de contacto", "de": "Telefon des Ansprechpartners"}, "phone", ["text"], ["phone", "telephone", "contact phone", "Telefon"]),
    "capacity": ({"en": "capacity", "fr": "capacité", "es": "aforo", "de": "Kapazität"}, "integer", [], ["capacity", "seats", "Plätze", "capacidad", "places"]),
    "teacher": ({"en": "form teacher", "fr": "professeur principal", "es": "tutor", "de": "Klassenlehrer"}, "person", ["text"], ["teacher", "tutor", "Lehrer", "professeur"]),
    "room": ({"en": "room", "fr": "salle", "es": "aula", "de": "Raum"}, "text", [], ["room", "classroom", "Klassenzimmer"]),
    "vendor": ({"en": "vendor", "fr": "éditeur", "es": "fabricante", "de": "Hersteller"}, "text", [], ["vendor", "publisher", "manufacturer", "proveedor"]),
    "version": ({"en": "version", "fr": "version", "es": "versión", "de": "Version"}, "text", ["decimal"], ["version", "release"]),
    "langs": ({"en": "languages", "fr": "langues", "es": "idiomas", "de": "Sprachen"}, "text", ["long_text", "multi_choice"], ["languages", "language pairs", "langues"]),
    "licence": ({"en": "licence number", "fr": "numéro de permis", "es": "número de carné", "de": "Führerscheinnummer"}, "text", [], ["license number", "licence", "permis", "Führerschein"]),
}

# domain: X (the kind the app has) and Y (the new kind), per language.
# X: (name, plural, gender, fields [(label, type)]); Y: (name, plural, gender, old "name" field label)
# genders: fr/es m|f, de m|f|n.  German Y: (name, plural, gender, dative singular, old label)
D = {
    "supplier": dict(
        details=["name", "email", "phone"],
        en=(("Order", "Orders", "n", [("Order number", "text"), ("Order date", "date"), ("Amount", "money")]),
            ("Supplier", "Suppliers", "n", "Supplier name")),
        fr=(("Commande", "Commandes", "f", [("Numéro de commande", "text"), ("Date de commande", "date"), ("Montant", "money")]),
            ("Fournisseur", "Fournisseurs", "m", "Nom du fournisseur")),
        es=(("Pedido", "Pedidos", "m", [("Número de pedido", "text"), ("Fecha del pedido", "date"), ("Importe", "money")]),
            ("Proveedor", "Proveedores", "m", "Nombre del proveedor")),
        de=(("Bestellung", "Bestellungen", "f", [("Bestellnummer", "text"), ("Bestelldatum", "date"), ("Betrag", "money")]),
            ("Lieferant", "Lieferanten", "m", "Lieferanten", "Lieferantenname")),
        aliases=["Vendor", "Lieferant", "Fournisseur", "Proveedor"]),
    "department": dict(
        details=["name", "costc", "manager"],
        en=(("Employee", "Employees", "n", [("Full name", "text"), ("Start date", "date"), ("Job title", "text")]),
            ("Department", "Departments", "n", "Department name")),
        fr=(("Salarié", "Salariés", "m", [("Nom complet", "text"), ("Date d'entrée", "date"), ("Poste", "text")]),
            ("Département", "Départements", "m", "Nom du département")),
        es=(("Empleado", "Empleados", "m", [("Nombre completo", "text"), ("Fecha de alta", "date"), ("Puesto", "text")]),
            ("Departamento", "Departamentos", "m", "Nombre del departamento")),
        de=(("Mitarbeiter", "Mitarbeiter", "m", [("Vollständiger Name", "text"), ("Eintrittsdatum", "date"), ("Stellenbezeichnung", "text")]),
            ("Abteilung", "Abteilungen", "f", "Abteilung", "Abteilungsname")),
        aliases=["Team", "Service", "Abteilung", "Departamento", "Unit"]),
    "site": dict(
        details=["name", "address", "cphone"],
        en=(("Visit", "Visits", "n", [("Visit date", "date"), ("Technician", "person"), ("Work done", "long_text")]),
            ("Site", "Sites", "n", "Site name")),
        fr=(("Visite", "Visites", "f", [("Date de visite", "date"), ("Technicien", "person"), ("Travaux effectués", "long_text")]),
            ("Site", "Sites", "m", "Nom du site")),
        es=(("Visita", "Visitas", "f", [("Fecha de visita", "date"), ("Técnico", "person"), ("Trabajo realizado", "long_text")]),
            ("Sede", "Sedes", "f", "Nombre de la sede")),
        de=(("Besuch", "Besuche", "m", [("Besuchsdatum", "date"), ("Techniker", "person"), ("Durchgeführte Arbeiten", "long_text")]),
            ("Standort", "Standorte", "m", "Standort", "Standortname")),
        aliases=["Location", "Standort", "Sede", "Site", "Emplazamiento"]),
    "venue": dict(
        details=["name", "address", "capacity"],
        en=(("Booking", "Bookings", "n", [("Event", "text"), ("Event date", "date"), ("Guests", "integer")]),
            ("Venue", "Venues", "n", "Venue name")),
        fr=(("Réservation", "Réservations", "f", [("Événement", "text"), ("Date de l'événement", "date"), ("Nombre d'invités", "integer")]),
            ("Salle", "Salles", "f", "Nom de la salle")),
        es=(("Reserva", "Reservas", "f", [("Evento", "text"), ("Fecha del evento", "date"), ("Número de invitados", "integer")]),
            ("Sala", "Salas", "f", "Nombre de la sala")),
        de=(("Buchung", "Buchungen", "f", [("Veranstaltung", "text"), ("Veranstaltungsdatum", "date"), ("Gäste", "integer")]),
            ("Veranstaltungsort", "Veranstaltungsorte", "m", "Veranstaltungsort", "Name des Veranstaltungsorts")),
        aliases=["Room", "Location", "Salle", "Sala", "Lieu", "Raum", "Ort"]),
    "class": dict(
        details=["name", "teacher", "room"],
        en=(("Pupil", "Pupils", "n", [("First name", "text"), ("Last name", "text"), ("Date of birth", "date")]),
            ("Class", "Classes", "n", "Class name")),
        fr=(("Élève", "Élèves", "m", [("Prénom", "text"), ("Nom de famille", "text"), ("Date de naissance", "date")]),
            ("Classe", "Classes", "f", "Nom de la classe")),
        es=(("Alumno", "Alumnos", "m", [("Nombre", "text"), ("Apellidos", "text"), ("Fecha de nacimiento", "date")]),
            ("Clase", "Clases", "f", "Nombre de la clase")),
        de=(("Schüler", "Schüler", "m", [("Vorname", "text"), ("Nachname", "text"), ("Geburtsdatum", "date")]),
            ("Klasse", "Klassen", "f", "Klasse", "Klassenname")),
        aliases=["Form", "Group", "Klasse", "Clase", "Grupo"]),
    "application": dict(
        details=["name", "vendor", "version"],
        en=(("Ticket", "Tickets", "n", [("Subject", "text"), ("Opened on", "date"), ("Priority", "text")]),
            ("Application", "Applications", "n", "Application name")),
        fr=(("Ticket", "Tickets", "m", [("Objet", "text"), ("Ouvert le", "date"), ("Priorité", "text")]),
            ("Application", "Applications", "f", "Nom de l'application")),
        es=(("Incidencia", "Incidencias", "f", [("Asunto", "text"), ("Abierta el", "date"), ("Prioridad", "text")]),
            ("Aplicación", "Aplicaciones", "f", "Nombre de la aplicación")),
        de=(("Ticket", "Tickets", "n", [("Betreff", "text"), ("Eröffnet am", "date"), ("Priorität", "text")]),
            ("Anwendung", "Anwendungen", "f", "Anwendung", "Anwendungsname")),
        aliases=["App", "Software", "System", "Anwendung", "Aplicación", "Programm"]),
    "translator": dict(
        details=["name", "email", "langs"],
        en=(("Job", "Jobs", "n", [("Client", "text"), ("Word count", "integer"), ("Deadline", "date")]),
            ("Translator", "Translators", "n", "Translator name")),
        fr=(("Mission", "Missions", "f", [("Client", "text"), ("Nombre de mots", "integer"), ("Échéance", "date")]),
            ("Traducteur", "Traducteurs", "m", "Nom du traducteur")),
        es=(("Encargo", "Encargos", "m", [("Cliente", "text"), ("Número de palabras", "integer"), ("Fecha de entrega", "date")]),
            ("Traductor", "Traductores", "m", "Nombre del traductor")),
        de=(("Auftrag", "Aufträge", "m", [("Kunde", "text"), ("Wortanzahl", "integer"), ("Abgabetermin", "date")]),
            ("Übersetzer", "Übersetzer", "m", "Übersetzer", "Name des Übersetzers")),
        aliases=["Linguist", "Übersetzer", "Traductor", "Traducteur", "Freelancer"]),
    "driver": dict(
        details=["name", "licence", "phone"],
        en=(("Trip", "Trips", "n", [("Trip date", "date"), ("Destination", "text"), ("Kilometres", "decimal")]),
            ("Driver", "Drivers", "n", "Driver name")),
        fr=(("Trajet", "Trajets", "m", [("Date du trajet", "date"), ("Destination", "text"), ("Kilomètres", "decimal")]),
            ("Chauffeur", "Chauffeurs", "m", "Nom du chauffeur")),
        es=(("Viaje", "Viajes", "m", [("Fecha del viaje", "date"), ("Destino", "text"), ("Kilómetros", "decimal")]),
            ("Conductor", "Conductores", "m", "Nombre del conductor")),
        de=(("Fahrt", "Fahrten", "f", [("Fahrtdatum", "date"), ("Ziel", "text"), ("Kilometer", "decimal")]),
            ("Fahrer", "Fahrer", "m", "Fahrer", "Fahrername")),
        aliases=["Chauffeur", "Fahrer", "Conductor", "Chófer"]),
}
APPS = {"supplier": "Purchasing", "department": "Staff directory", "site": "Maintenance visits", "venue": "Room bookings",
        "class": "School register", "application": "Helpdesk", "translator": "Translation jobs", "driver": "Trip log"}


def lst(lang, items):
    last = {"en": " and ", "fr": " et ", "es": " y ", "de": " und "}[lang]
    return ", ".join(items[:-1]) + last + items[-1] if len(items) > 1 else items[0]


def slots(dom, lang):
    d = D[dom]
    x, y = d[lang]
    X, Xs, gx, _ = x
    Y, Ys, gy = y[0], y[1], y[2]
    det = lst(lang, [F[k][0][lang] for k in d["details"]])
    s = {"X": X, "Xs": Xs, "Y": Y, "Ys": Ys, "det": det, "oldf": y[-1]}
    if lang == "en":
        s.update(x=X.lower(), xs=Xs.lower(), y=Y.lower(), ys=Ys.lower(),
                 ay=("an " if Y[0] in "AEIOU" else "a ") + Y.lower())
    elif lang == "fr":
        s.update(x=X.lower(), xs=Xs.lower(), y=Y.lower(), ys=Ys.lower(), e="e" if gx == "f" else "",
                 un="une" if gy == "f" else "un", uny=("une " if gy == "f" else "un ") + Y.lower(),
                 ley=("l'" if Y[0] in "AEIOUÉ" else ("la " if gy == "f" else "le ")) + Y.lower(),
                 dey=("d'" if Ys[0] in "AEIOUÉ" else "de ") + Ys.lower(),
                 duy=("de l'" if Y[0] in "AEIOUÉ" else ("de la " if gy == "f" else "du ")) + Y.lower())
    elif lang == "es":
        s.update(x=X.lower(), xs=Xs.lower(), y=Y.lower(), ys=Ys.lower(), o="a" if gx == "f" else "o",
                 uno="una" if gy == "f" else "uno", uny=("una " if gy == "f" else "un ") + Y.lower(),
                 los="las" if gy == "f" else "los", ely=("la " if gy == "f" else "el ") + Y.lower())
    else:
        s.update(jedeX={"f": "jede", "m": "jeder", "n": "jedes"}[gx] + " " + X,
                 jedenX={"f": "jede", "m": "jeden", "n": "jedes"}[gx] + " " + X,
                 einemY=("einer " if gy == "f" else "einem ") + y[3], einem="einer" if gy == "f" else "einem",
                 einen={"f": "eine", "m": "einen", "n": "ein"}[gy],
                 derY={"f": "die", "m": "der", "n": "das"}[gy] + " " + Y)
    return s


# sentence shapes per construction and language; {…} are slots above
T = {
    "list-link": {
        "en": ["Keep a separate list of {ys} ({det}) and link each {x} to one.",
               "Could you add {ys} as their own list with {det}? Every {x} should be linked to {ay}.",
               "we need a {y} list: {det}. each {x} belongs to {ay}"],
        "fr": ["On veut une liste des {ys} ({det}), chaque {x} est lié{e} à {uny}.",
               "Pourriez-vous créer une liste {dey} avec {det} et rattacher chaque {x} à {uny} ?",
               "il faut une liste des {ys} : {det}. chaque {x} appartient à {uny}"],
        "es": ["Crear una tabla de {ys} con {det}; cada {x} pertenece a {uny}.",
               "¿Podéis añadir una lista de {ys} ({det}) y vincular cada {x} a {uny}?",
               "necesitamos {los} {ys} en una lista aparte: {det}. cada {x} va asociad{o} a {uny}"],
        "de": ["{Ys} sollen eine eigene Liste werden ({det}), {jedeX} gehört zu {einemY}.",
               "Bitte legt eine Liste der {Ys} an mit {det} und ordnet {jedenX} {einemY} zu.",
               "Wir brauchen eine Tabelle {Ys}: {det}. {jedeX} ist {einemY} zugeordnet."],
    },
    "link-first": {
        "en": ["Each {x} should belong to {ay}. {Ys} have {det}.",
               "every {x} is for {ay} - we want to manage {ys} separately ({det})",
               "Link every {x} to {ay}; for {ys} we need {det}."],
        "fr": ["Chaque {x} appartient à {uny}. Pour les {ys}, il faut {det}.",
               "chaque {x} doit être rattaché{e} à {uny} ; on gère les {ys} à part ({det})",
               "Rattache chaque {x} à {uny}. Les {ys} ont {det}."],
        "es": ["Cada {x} pertenece a {uny}. De {los} {ys} queremos {det}.",
               "cada {x} debe estar vinculad{o} a {uny}; {los} {ys} van en una lista aparte ({det})",
               "Vincula cada {x} a {uny}. {los} {ys} tienen {det}."],
        "de": ["{jedeX} gehört zu {einemY}. Für die {Ys} brauchen wir {det}.",
               "{jedeX} soll {einemY} zugeordnet sein – die {Ys} wollen wir getrennt pflegen ({det}).",
               "Ordne {jedenX} {einemY} zu. Die {Ys} haben {det}."],
    },
    "nodetail": {
        "en": ["I want to manage {ys} separately, every {x} belongs to one.",
               "Add {ys} as a list of their own and link each {x} to one.",
               "{ys} should be their own list, and each {x} is linked to {ay}"],
        "fr": ["Je veux gérer les {ys} à part, chaque {x} est lié{e} à {uny}.",
               "Ajoute une liste des {ys} et rattache chaque {x} à {uny}.",
               "les {ys} doivent être une liste à part, chaque {x} appartient à {uny}"],
        "es": ["Quiero gestionar {los} {ys} por separado; cada {x} pertenece a {uny}.",
               "Añade una tabla de {ys} y vincula cada {x} a {uny}.",
               "{los} {ys} tienen que ser una lista aparte y cada {x} va vinculad{o} a {uny}"],
        "de": ["Ich möchte die {Ys} separat verwalten, {jedeX} gehört zu {einemY}.",
               "Leg eine Liste der {Ys} an und verknüpfe {jedenX} mit {einemY}.",
               "die {Ys} sollen eine eigene Liste sein, {jedeX} ist {einemY} zugeordnet"],
    },
    "turn-field": {
        "en": ["Turn the {y} field into its own list ({det}).",
               "{Y} should be a proper table with {det}, and each {x} picks one.",
               "please make {y} a separate list ({det}) instead of free text"],
        "fr": ["Transforme le champ {y} en une liste à part ({det}).",
               "{ley} devrait être une vraie table avec {det}, et chaque {x} en choisit {un}.",
               "{ley} doit devenir une liste séparée ({det}) au lieu du texte libre"],
        "es": ["Convierte el campo {y} en una lista propia ({det}).",
               "{ely} debería ser una tabla aparte con {det} y cada {x} elige {uno}.",
               "por favor, {ely} tiene que ser una lista aparte ({det}) en vez de texto libre"],
        "de": ["Mach aus dem Feld {Y} eine eigene Liste ({det}).",
               "{Ys} sollen eine eigene Tabelle werden ({det}), {jedeX} wählt {einen} davon aus.",
               "bitte {Y} als eigene Liste ({det}) statt Freitext"],
    },
    "turn-nodetail": {
        "en": ["make {y} a proper table and have each {x} belong to one",
               "Could the {y} field become its own list? Each {x} should pick from it.",
               "{Y} needs to be a list of its own, linked from every {x}."],
        "fr": ["Fais {duy} une vraie table et rattache chaque {x} à {uny}.",
               "Le champ {y} doit devenir une liste à part, chaque {x} en choisit {un}.",
               "on voudrait que {ley} soit une liste à part, liée à chaque {x}"],
        "es": ["Haz de {ely} una tabla propia y que cada {x} pertenezca a {uno}.",
               "El campo {y} tiene que ser una lista aparte; cada {x} elige {uno}.",
               "queremos que {ely} sea una lista propia, vinculada a cada {x}"],
        "de": ["Mach {Y} zu einer eigenen Tabelle, {jedeX} gehört zu {einemY}.",
               "Das Feld {Y} soll eine eigene Liste werden, {jedeX} wählt {einen} daraus.",
               "{Y} bitte als eigene Liste, mit {jedemX} verknüpft"],
    },
    "drop-old": {
        "en": ["Keep a separate list of {ys} ({det}), link each {x} to one and drop the old {oldf} field.",
               "We want {ys} as their own records with {det}. Every {x} belongs to {ay}; the {oldf} text field can go.",
               "new list of {ys}: {det}. link each {x} to {ay}, remove {oldf}"],
        "fr": ["Une liste des {ys} ({det}), chaque {x} lié{e} à {uny}, et supprime l'ancien champ {oldf}.",
               "On veut gérer les {ys} à part avec {det}. Chaque {x} appartient à {uny} ; le champ « {oldf} » ne sert plus.",
               "liste {dey} : {det}. rattacher chaque {x} à {uny}, enlever {oldf}"],
        "es": ["Crea una tabla de {ys} con {det}, cada {x} pertenece a {uny} y quita el campo {oldf}.",
               "Queremos {los} {ys} en una lista aparte con {det}. Cada {x} va vinculad{o} a {uny}; el campo de texto {oldf} ya sobra.",
               "lista de {ys}: {det}. vincular cada {x} a {uny}, borrar {oldf}"],
        "de": ["{Ys} sollen eine eigene Liste werden ({det}), {jedeX} gehört zu {einemY}; das alte Feld {oldf} kann weg.",
               "Wir wollen die {Ys} getrennt pflegen mit {det}. {jedeX} ist {einemY} zugeordnet. Bitte lösch das Feld „{oldf}“.",
               "neue Liste {Ys}: {det}. {jedenX} {einemY} zuordnen, {oldf} entfernen"],
    },
    "keep-old": {
        "en": ["Add a list of {ys} ({det}) and link each {x} to one, but keep the {oldf} field for now.",
               "Please keep {ys} in a separate list with {det} and let every {x} belong to {ay}. Leave {oldf} as it is for the moment.",
               "list of {ys} ({det}), each {x} linked to {ay} - don't remove {oldf} yet"],
        "fr": ["Ajoute une liste des {ys} ({det}) et rattache chaque {x} à {uny}, mais garde le champ {oldf} pour l'instant.",
               "Merci de gérer les {ys} à part avec {det}, chaque {x} appartient à {uny}. On garde « {oldf} » tel quel pour le moment.",
               "liste {dey} ({det}), chaque {x} lié{e} à {uny} - ne supprime pas encore {oldf}"],
        "es": ["Añade una lista de {ys} ({det}) y vincula cada {x} a {uny}, pero deja el campo {oldf} por ahora.",
               "Por favor, {los} {ys} en una tabla aparte con {det}; cada {x} pertenece a {uny}. De momento mantén {oldf} como está.",
               "lista de {ys} ({det}), cada {x} vinculad{o} a {uny} - no borres todavía {oldf}"],
        "de": ["Leg eine Liste der {Ys} an ({det}) und ordne {jedenX} {einemY} zu, aber das Feld {oldf} bleibt vorerst.",
               "Bitte die {Ys} getrennt pflegen mit {det}; {jedeX} gehört zu {einemY}. {oldf} lassen wir erst mal so.",
               "Liste {Ys} ({det}), {jedeX} {einemY} zugeordnet - {oldf} noch nicht löschen"],
    },
}
CX = list(T)
OLD = {"list-link": None, "link-first": None, "nodetail": None, "turn-field": "thing", "turn-nodetail": "thing",
       "drop-old": "name", "keep-old": "name"}
DETAILS = {"list-link", "link-first", "turn-field", "drop-old", "keep-old"}

WRAP = {
    "en": ("Hi,\n\n{}\n\nThanks, Sam", "Hello! {} Thank you."),
    "fr": ("Bonjour,\n\n{}\n\nMerci, Claire", "Bonjour, {} Merci d'avance."),
    "es": ("Hola:\n\n{}\n\nGracias, Lucía", "Buenas, {} ¡Gracias!"),
    "de": ("Hallo zusammen,\n\n{}\n\nDanke, Jonas", "Hallo, {} Danke!"),
}


def register(text, lang, i):
    r = i % 5
    if r in (1, 4) and text[-1] not in ".?!":
        text += "."
    if r == 1:
        return WRAP[lang][1].format(text)
    if r == 2:
        return text[0].lower() + text[1:].rstrip(".")
    if r == 3:
        return fold(text).lower()
    if r == 4:
        return WRAP[lang][0].format(text)
    return text


def base_spec(dom, lang, old):
    (X, Xs, _, xf), y = D[dom][lang]
    fields = [{"key": key(l), "label": l, "type": t, **({"required": True} if i == 0 else {})} for i, (l, t) in enumerate(xf)]
    okey = None
    if old:
        label = y[0] if old == "thing" else y[-1]
        okey = key(label)
        fields.insert(2, {"key": okey, "label": label, "type": "text"})
    ent = {"key": key(X), "name": X, "plural": Xs, "fields": fields}
    return {"spec": 1, "name": APPS[dom], "summary": APPS[dom] + ".", "entities": [ent]}, okey


def expect(dom, lang, cx, okey):
    d = D[dom]
    (X, _, _, _), y = d[lang]
    Y, Ys = y[0], y[1]
    fields = []
    for k in d["details"] if cx in DETAILS else ["name"]:
        if True:
            labels, t, alt, al = F[k]
            names = [labels[lang]] + [v for v in labels.values() if v != labels[lang]] + al
            if k == "name":
                names += [Y + " name", "Name des " + Y, "nom", "nombre"]
            names = list(dict.fromkeys(names))
            fields.append({"name": names[0], "aliases": names[1:], "type": t, "alt_types": alt,
                           **({} if cx in DETAILS else {"optional": True})})
    ops = [{"op": "add_entity", "name": Y, "aliases": list(dict.fromkeys([Ys] + d["aliases"] + [d["en"][1][0]])), "fields": fields}]
    if cx in ("turn-field", "turn-nodetail"):
        ops.append({"op": "change_type", "entity": key(X), "field": okey, "type": "reference", "alt_types": []})
    ops.append({"op": "add_relation", "from": key(X), "to": Y})
    if cx == "drop-old":
        ops.append({"op": "remove_field", "entity": key(X), "field": okey})
    return ops


def main():
    rows = []
    n = 0
    for di, dom in enumerate(D):
        for lang in LANGS:
            s = slots(dom, lang)
            if lang == "de":
                g = D[dom]["de"][0][2]
                s["jedemX"] = {"f": "jeder", "m": "jedem", "n": "jedem"}[g] + " " + D[dom]["de"][0][0]
            for ci, cx in enumerate(CX):
                shapes = T[cx][lang]
                text = shapes[(di + ci) % len(shapes)].format(**s)
                text = text[0].upper() + text[1:]
                text = register(text, lang, di * 7 + ci + LANGS.index(lang))
                sp, okey = base_spec(dom, lang, OLD[cx])
                n += 1
                rows.append({"id": f"g27n-{cx}-{n:03d}", "lang": lang, "spec": sp, "request": text,
                             "expect": expect(dom, lang, cx, okey), "keep": "all other fields and entities unchanged"})
    open(os.path.join(HERE, "draft.jsonl"), "w").close()
    with open(os.path.join(HERE, "refine.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
