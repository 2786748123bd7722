#!/usr/bin/env python3
"""Session 23 generator (helper kx): German, French and Spanish requests with 2-4 record kinds, where a further
kind and its fields are introduced in prose after the first kind.  Written from the grammar of the three languages,
not from any benchmark case.  Each row: an opening that describes the first kind (a party, a place or an asset),
then one to three further kinds, each introduced by one construction of the grammar below; the gold carries each
kind with its fields, and for a construction that states a link (or a kind that hangs off another) a reference field
on the child plus a relation.

  python3 make.py            # writes draft.jsonl beside this file
Standard library only; deterministic (fixed seed).
"""
import json, os, random, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2323)

# ---------------------------------------------------------------- domains
# A kind: per language (sg, pl, gender) and fields [(label per lang, type, options per lang or None, en alias)].
# Roles: P party / place / asset first described; C a record hanging off P; A an independent kind (asset kept,
# party, place booked); D a record hanging off A.

def F(de, fr, es, typ, en, opts=None):
    return {"de": de, "fr": fr, "es": es, "type": typ, "en": en, "opts": opts}

def K(de, fr, es, en, fields, verb=None, compound=None, rel=None):
    # de/fr/es: (singular, plural, gender); verb: per-language "also we <verb> Ys" verb; compound: German compound
    # (sg, pl) of the kind with its parent; rel: per-language relative clause tying it to the parent
    return {"de": de, "fr": fr, "es": es, "en": en, "fields": fields, "verb": verb or {}, "compound": compound,
            "rel": rel or {}}

DOMAINS = []

# 1 sports club
DOMAINS.append(dict(
    name="club",
    intro={"de": "unseren Sportverein", "fr": "notre club de sport", "es": "nuestro club deportivo"},
    P=K(("Mitglied", "Mitglieder", "n", "Mitgliedern"), ("membre", "membres", "m"), ("socio", "socios", "m"), "member",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Geburtsdatum", "date de naissance", "fecha de nacimiento", "date", "birth date"),
         F("E-Mail", "e-mail", "correo", "email", "email")]),
    C=K(("Beitragszahlung", "Beitragszahlungen", "f"), ("cotisation", "cotisations", "f"), ("cuota", "cuotas", "f"),
        "fee payment",
        [F("Jahr", "année", "año", "integer", "year"),
         F("Betrag", "montant", "importe", "money", "amount"),
         F("bezahlt am", "date de paiement", "fecha de pago", "date", "paid on")],
        compound=("Mitgliedsbeitrag", "Mitgliedsbeiträge"),
        rel={"de": "die die Mitglieder jedes Jahr zahlen", "fr": "que les membres paient chaque année",
             "es": "que pagan los socios cada año"}),
    A=K(("Gerät", "Geräte", "n"), ("équipement", "équipements", "m"), ("equipo", "equipos", "m"), "equipment",
        [F("Bezeichnung", "désignation", "descripción", "text", "name"),
         F("Inventarnummer", "numéro d'inventaire", "número de inventario", "text", "inventory number"),
         F("Zustand", "état", "estado", "choice", "condition",
           {"de": ["gut", "abgenutzt", "defekt"], "fr": ["bon", "usé", "cassé"], "es": ["bueno", "gastado", "roto"]})],
        verb={"de": "verleihen", "fr": "prête", "es": "prestamos"}),
    D=K(("Reparatur", "Reparaturen", "f"), ("réparation", "réparations", "f"), ("reparación", "reparaciones", "f"),
        "repair",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Kosten", "coût", "coste", "money", "cost"),
         F("Werkstatt", "atelier", "taller", "text", "workshop")]),
))

# 2 dental practice
DOMAINS.append(dict(
    name="dental",
    intro={"de": "unsere Zahnarztpraxis", "fr": "notre cabinet dentaire", "es": "nuestra clínica dental"},
    P=K(("Patient", "Patienten", "m", "Patienten"), ("patient", "patients", "m"), ("paciente", "pacientes", "m"),
        "patient",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Telefon", "téléphone", "teléfono", "phone", "phone"),
         F("Krankenkasse", "mutuelle", "aseguradora", "text", "insurer")]),
    C=K(("Termin", "Termine", "m"), ("rendez-vous", "rendez-vous", "m"), ("cita", "citas", "f"), "appointment",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Behandlung", "soin", "tratamiento", "text", "treatment"),
         F("Dauer in Minuten", "durée en minutes", "duración en minutos", "integer", "duration")],
        compound=("Patiententermin", "Patiententermine"),
        rel={"de": "die die Patienten bei uns buchen", "fr": "que les patients prennent chez nous",
             "es": "que reservan los pacientes"}),
    A=K(("Behandlungsraum", "Behandlungsräume", "m"), ("salle de soin", "salles de soin", "f"),
        ("gabinete", "gabinetes", "m"), "treatment room",
        [F("Nummer", "numéro", "número", "text", "number"),
         F("Stockwerk", "étage", "planta", "integer", "floor"),
         F("Röntgengerät", "équipée radio", "con rayos X", "boolean", "x-ray")],
        verb={"de": "verwalten", "fr": "gère", "es": "gestionamos"}),
    D=K(("Desinfektion", "Desinfektionen", "f"), ("désinfection", "désinfections", "f"),
        ("desinfección", "desinfecciones", "f"), "disinfection",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Uhrzeit", "heure", "hora", "text", "time"),
         F("durchgeführt von", "faite par", "hecha por", "person", "done by")]),
))

# 3 vineyard
DOMAINS.append(dict(
    name="vineyard",
    intro={"de": "unser Weingut", "fr": "notre domaine viticole", "es": "nuestra bodega"},
    P=K(("Parzelle", "Parzellen", "f", "Parzellen"), ("parcelle", "parcelles", "f"), ("parcela", "parcelas", "f"),
        "plot",
        [F("Lage", "lieu-dit", "paraje", "text", "location"),
         F("Fläche in Hektar", "surface en hectares", "superficie en hectáreas", "decimal", "area"),
         F("Rebsorte", "cépage", "variedad", "choice", "grape",
           {"de": ["Riesling", "Silvaner", "Spätburgunder"], "fr": ["Chardonnay", "Pinot noir", "Gamay"],
            "es": ["Tempranillo", "Garnacha", "Albariño"]})]),
    C=K(("Lese", "Lesen", "f"), ("vendange", "vendanges", "f"), ("vendimia", "vendimias", "f"), "harvest",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Menge in kg", "quantité en kg", "cantidad en kg", "decimal", "quantity"),
         F("Öchsle", "degré", "grado", "decimal", "sugar")],
        compound=("Parzellenlese", "Parzellenlesen"),
        rel={"de": "die wir auf den Parzellen machen", "fr": "qu'on fait sur les parcelles",
             "es": "que hacemos en las parcelas"}),
    A=K(("Traktor", "Traktoren", "m"), ("tracteur", "tracteurs", "m"), ("tractor", "tractores", "m"), "tractor",
        [F("Kennzeichen", "immatriculation", "matrícula", "text", "plate"),
         F("Baujahr", "année", "año", "integer", "year"),
         F("Betriebsstunden", "heures moteur", "horas de motor", "integer", "hours")],
        verb={"de": "haben", "fr": "a", "es": "tenemos"}),
    D=K(("Wartung", "Wartungen", "f"), ("entretien", "entretiens", "m"), ("revisión", "revisiones", "f"),
        "service",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Werkstatt", "garage", "taller", "text", "garage"),
         F("Kosten", "coût", "coste", "money", "cost")]),
))

# 4 lift maintenance firm
DOMAINS.append(dict(
    name="lifts",
    intro={"de": "unseren Aufzugservice", "fr": "notre société de maintenance d'ascenseurs",
           "es": "nuestra empresa de mantenimiento de ascensores"},
    P=K(("Kunde", "Kunden", "m", "Kunden"), ("client", "clients", "m"), ("cliente", "clientes", "m"), "customer",
        [F("Firma", "société", "empresa", "text", "company"),
         F("Ansprechpartner", "contact", "persona de contacto", "text", "contact"),
         F("Telefon", "téléphone", "teléfono", "phone", "phone")]),
    C=K(("Anlage", "Anlagen", "f"), ("ascenseur", "ascenseurs", "m"), ("ascensor", "ascensores", "m"), "lift",
        [F("Standort", "adresse", "dirección", "text", "address"),
         F("Baujahr", "année d'installation", "año de instalación", "integer", "year"),
         F("Hersteller", "fabricant", "fabricante", "text", "maker")],
        compound=("Kundenanlage", "Kundenanlagen"),
        rel={"de": "die die Kunden bei uns unter Vertrag haben", "fr": "que les clients ont sous contrat chez nous",
             "es": "que los clientes tienen en contrato"}),
    A=K(("Techniker", "Techniker", "m"), ("technicien", "techniciens", "m"), ("técnico", "técnicos", "m"),
        "technician",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Handynummer", "portable", "móvil", "phone", "mobile"),
         F("Region", "secteur", "zona", "text", "region")],
        verb={"de": "beschäftigen", "fr": "emploie", "es": "tenemos"}),
    D=K(("Einsatz", "Einsätze", "m"), ("intervention", "interventions", "f"), ("salida", "salidas", "f"),
        "call-out",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Dauer in Stunden", "durée en heures", "horas", "decimal", "duration"),
         F("Bericht", "compte rendu", "informe", "long_text", "report")]),
))

# 5 music school
DOMAINS.append(dict(
    name="music",
    intro={"de": "unsere Musikschule", "fr": "notre école de musique", "es": "nuestra escuela de música"},
    P=K(("Schüler", "Schüler", "m", "Schülern"), ("élève", "élèves", "m"), ("alumno", "alumnos", "m"), "student",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Instrument", "instrument", "instrumento", "choice", "instrument",
           {"de": ["Klavier", "Geige", "Gitarre"], "fr": ["piano", "violon", "guitare"],
            "es": ["piano", "violín", "guitarra"]}),
         F("Telefon der Eltern", "téléphone des parents", "teléfono de los padres", "phone", "parent phone")]),
    C=K(("Unterrichtsstunde", "Unterrichtsstunden", "f"), ("leçon", "leçons", "f"), ("clase", "clases", "f"),
        "lesson",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Thema", "thème", "tema", "text", "topic"),
         F("anwesend", "présent", "asistió", "boolean", "present")],
        compound=("Schülerstunde", "Schülerstunden"),
        rel={"de": "die die Schüler bei uns haben", "fr": "que les élèves suivent chez nous",
             "es": "que reciben los alumnos"}),
    A=K(("Leihinstrument", "Leihinstrumente", "n"), ("instrument de prêt", "instruments de prêt", "m"),
        ("instrumento de préstamo", "instrumentos de préstamo", "m"), "loan instrument",
        [F("Art", "type", "tipo", "text", "kind"),
         F("Seriennummer", "numéro de série", "número de serie", "text", "serial"),
         F("Wert", "valeur", "valor", "money", "value")],
        verb={"de": "verleihen", "fr": "prête", "es": "prestamos"}),
    D=K(("Ausleihe", "Ausleihen", "f"), ("prêt", "prêts", "m"), ("préstamo", "préstamos", "m"), "loan",
        [F("ausgeliehen am", "date de sortie", "fecha de salida", "date", "out on"),
         F("zurück am", "date de retour", "fecha de devolución", "date", "back on"),
         F("Kaution", "caution", "fianza", "money", "deposit")]),
))

# 6 food bank
DOMAINS.append(dict(
    name="foodbank",
    intro={"de": "unsere Tafel", "fr": "notre banque alimentaire", "es": "nuestro banco de alimentos"},
    P=K(("Spender", "Spender", "m", "Spendern"), ("donateur", "donateurs", "m"), ("donante", "donantes", "m"),
        "donor",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Adresse", "adresse", "dirección", "text", "address"),
         F("Telefon", "téléphone", "teléfono", "phone", "phone")]),
    C=K(("Spende", "Spenden", "f"), ("don", "dons", "m"), ("donación", "donaciones", "f"), "donation",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Gewicht in kg", "poids en kg", "peso en kg", "decimal", "weight"),
         F("Warenart", "type de denrée", "tipo de alimento", "choice", "goods",
           {"de": ["Obst", "Brot", "Konserven"], "fr": ["fruits", "pain", "conserves"],
            "es": ["fruta", "pan", "conservas"]})],
        compound=("Spenderlieferung", "Spenderlieferungen"),
        rel={"de": "die die Spender vorbeibringen", "fr": "que les donateurs déposent",
             "es": "que traen los donantes"}),
    A=K(("Ausgabestelle", "Ausgabestellen", "f"), ("point de distribution", "points de distribution", "m"),
        ("punto de reparto", "puntos de reparto", "m"), "distribution point",
        [F("Ort", "ville", "localidad", "text", "place"),
         F("Öffnungszeiten", "horaires", "horario", "text", "opening hours"),
         F("Leitung", "responsable", "responsable", "person", "lead")],
        verb={"de": "betreiben", "fr": "gère", "es": "llevamos"}),
    D=K(("Ausgabe", "Ausgaben", "f"), ("distribution", "distributions", "f"), ("reparto", "repartos", "m"),
        "handout",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Anzahl Haushalte", "nombre de foyers", "número de familias", "integer", "households"),
         F("Helfer", "bénévoles", "voluntarios", "text", "helpers")]),
))

# 7 coworking
DOMAINS.append(dict(
    name="cowork",
    intro={"de": "unseren Coworking-Space", "fr": "notre espace de coworking", "es": "nuestro coworking"},
    P=K(("Raum", "Räume", "m", "Räumen"), ("salle", "salles", "f"), ("sala", "salas", "f"), "room",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Plätze", "places", "plazas", "integer", "seats"),
         F("Beamer", "vidéoprojecteur", "proyector", "boolean", "projector")]),
    C=K(("Buchung", "Buchungen", "f"), ("réservation", "réservations", "f"), ("reserva", "reservas", "f"),
        "booking",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Beginn", "heure de début", "hora de inicio", "text", "from"),
         F("gebucht von", "réservé par", "reservado por", "text", "booked by")],
        compound=("Raumbuchung", "Raumbuchungen"),
        rel={"de": "die man für die Räume macht", "fr": "qu'on fait pour les salles",
             "es": "que se hacen para las salas"}),
    A=K(("Mieter", "Mieter", "m"), ("membre", "membres", "m"), ("cliente", "clientes", "m"), "tenant",
        [F("Firma", "société", "empresa", "text", "company"),
         F("E-Mail", "e-mail", "correo", "email", "email"),
         F("Tarif", "formule", "tarifa", "choice", "plan",
           {"de": ["Flex", "Fix", "Büro"], "fr": ["nomade", "fixe", "bureau"], "es": ["flexible", "fija", "despacho"]})],
        verb={"de": "betreuen", "fr": "accueille", "es": "atendemos"}),
    D=K(("Rechnung", "Rechnungen", "f"), ("facture", "factures", "f"), ("factura", "facturas", "f"), "invoice",
        [F("Monat", "mois", "mes", "text", "month"),
         F("Betrag", "montant", "importe", "money", "amount"),
         F("bezahlt", "payée", "pagada", "boolean", "paid")]),
))

# 8 beekeeping association
DOMAINS.append(dict(
    name="bees",
    intro={"de": "unseren Imkerverein", "fr": "notre rucher", "es": "nuestra asociación de apicultores"},
    P=K(("Bienenvolk", "Bienenvölker", "n", "Bienenvölkern"), ("ruche", "ruches", "f"),
        ("colmena", "colmenas", "f"), "hive",
        [F("Nummer", "numéro", "número", "text", "number"),
         F("Standort", "emplacement", "ubicación", "text", "location"),
         F("Jahrgang der Königin", "année de la reine", "año de la reina", "integer", "queen year")]),
    C=K(("Durchsicht", "Durchsichten", "f"), ("visite", "visites", "f"), ("revisión", "revisiones", "f"),
        "inspection",
        [F("Datum", "date", "fecha", "date", "date"),
         F("Brut gesehen", "couvain vu", "cría vista", "boolean", "brood"),
         F("Bemerkungen", "remarques", "observaciones", "long_text", "notes")],
        compound=("Volksdurchsicht", "Volksdurchsichten"),
        rel={"de": "die wir bei den Völkern machen", "fr": "qu'on fait sur les ruches",
             "es": "que hacemos a las colmenas"}),
    A=K(("Imker", "Imker", "m"), ("apiculteur", "apiculteurs", "m"), ("apicultor", "apicultores", "m"),
        "beekeeper",
        [F("Name", "nom", "nombre", "text", "name"),
         F("Telefon", "téléphone", "teléfono", "phone", "phone"),
         F("seit", "depuis", "desde", "date", "since")],
        verb={"de": "haben", "fr": "compte", "es": "somos"}),
    D=K(("Schulung", "Schulungen", "f"), ("formation", "formations", "f"), ("curso", "cursos", "m"), "training",
        [F("Thema", "sujet", "tema", "text", "topic"),
         F("Datum", "date", "fecha", "date", "date"),
         F("bestanden", "validée", "aprobado", "boolean", "passed")]),
))

# ---------------------------------------------------------------- language helpers
DE_ART = {  # gender -> (nom def, dat def, jeder nom, jedem dat, ein nom, einem dat, mehrere-ok)
    "m": ("der", "dem", "jeder", "jedem", "ein", "einem"),
    "f": ("die", "der", "jede", "jeder", "eine", "einer"),
    "n": ("das", "dem", "jedes", "jedem", "ein", "einem"),
}


def join(items, lang, rnd):
    conj = {"de": "und", "fr": "et", "es": "y"}[lang]
    if len(items) == 1:
        return items[0]
    if rnd.random() < 0.25:
        return ", ".join(items)
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def label(f, lang, rnd, with_opts=True):
    s = f[lang]
    if f["type"] == "choice" and f["opts"] and with_opts:
        s += " (" + ", ".join(f["opts"][lang]) + ")"
    return s


def flist(kind, lang, rnd):
    return join([label(f, lang, rnd) for f in kind["fields"]], lang, rnd)


def sg(kind, lang):
    return kind[lang][0]


def pl(kind, lang):
    return kind[lang][1]


def g(kind, lang):
    return kind[lang][2]


def fr_un(kind):
    return "une" if g(kind, "fr") == "f" else "un"


def fr_le_pl():
    return "les"


def fr_des(kind):
    return "des"


def fr_de(word):
    return "d'" + word if word[0] in "aeiouéèêh" else "de " + word


def es_un(kind):
    return "una" if g(kind, "es") == "f" else "un"


def es_los(kind):
    return "las" if g(kind, "es") == "f" else "los"


def es_varios(kind):
    return "varias" if g(kind, "es") == "f" else "varios"


def es_nuestros(kind):
    return "nuestras" if g(kind, "es") == "f" else "nuestros"


def es_de_los(kind):
    return "de las" if g(kind, "es") == "f" else "de los"


def fr_rattache(kind):
    return "rattachée" if g(kind, "fr") == "f" else "rattaché"


def de_dat_pl(kind):
    return kind["de"][3] if len(kind["de"]) > 3 else pl(kind, "de") + ("" if pl(kind, "de").endswith("n") else "n")

# ---------------------------------------------------------------- openings (the first kind)

def opening(lang, dom, P, rnd):
    pf = flist(P, lang, rnd)
    if lang == "de":
        shapes = [
            f"Wir brauchen eine kleine App für {dom['intro']['de']}. Die {pl(P, 'de')} mit {pf}.",
            f"Hallo, für {dom['intro']['de']} suchen wir eine Liste der {pl(P, 'de')}: {pf}.",
            f"{pl(P, 'de')}: {pf}.",
            f"Wir möchten unsere {pl(P, 'de')} erfassen ({pf}).",
        ]
    elif lang == "fr":
        shapes = [
            f"Il nous faut une petite appli pour {dom['intro']['fr']}. Les {pl(P, 'fr')} avec {pf}.",
            f"Bonjour, pour {dom['intro']['fr']} on voudrait suivre nos {pl(P, 'fr')} : {pf}.",
            f"{pl(P, 'fr').capitalize()} : {pf}.",
            f"On veut garder la liste de nos {pl(P, 'fr')} ({pf}).",
        ]
    else:
        shapes = [
            f"Necesitamos una app sencilla para {dom['intro']['es']}. Los datos de {es_los(P)} {pl(P, 'es')}: {pf}.",
            f"Hola, en {dom['intro']['es']} queremos llevar {es_nuestros(P)} {pl(P, 'es')}: {pf}.",
            f"{pl(P, 'es').capitalize()}: {pf}.",
            f"Queremos registrar {es_nuestros(P)} {pl(P, 'es')} ({pf}).",
        ]
    i = rnd.randrange(len(shapes))
    return shapes[i], f"open{i}"

# ---------------------------------------------------------------- constructions for a further kind
# Each returns text; LINKED constructions tie the kind to the parent (gold has a reference + relation).

def c_each_several(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        a = DE_ART[g(par, "de")]
        return rnd.choice([f"Zu {a[3]} {sg(par, 'de')} gibt es mehrere {pl(X, 'de')} mit {xf}.",
                           f"Zu {a[3]} {sg(par, 'de')} gibt es mehrere {pl(X, 'de')}, jeweils mit {xf}."])
    if lang == "fr":
        return rnd.choice([f"Pour chaque {sg(par, 'fr')} il y a plusieurs {pl(X, 'fr')} avec {xf}.",
                           f"Pour chaque {sg(par, 'fr')} on note plusieurs {pl(X, 'fr')} : {xf}."])
    return rnd.choice([f"Por cada {sg(par, 'es')} hay {es_varios(X)} {pl(X, 'es')} con {xf}.",
                       f"Por cada {sg(par, 'es')} apuntamos {es_varios(X)} {pl(X, 'es')}: {xf}."])


def c_also_verb(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    v = X["verb"].get(lang) or {"de": "erfassen", "fr": "suit", "es": "llevamos"}[lang]
    if lang == "de":
        return rnd.choice([f"Außerdem {v} wir {pl(X, 'de')} ({xf}).",
                           f"Außerdem {v} wir auch {pl(X, 'de')} ({xf})."])
    if lang == "fr":
        return rnd.choice([f"On {v} aussi des {pl(X, 'fr')} ({xf}).",
                           f"Par ailleurs on {v} des {pl(X, 'fr')} ({xf})."])
    return rnd.choice([f"También {v} {es_los(X)} {pl(X, 'es')} ({xf}).",
                       f"Además {v} {pl(X, 'es')} ({xf})."])


def c_for_the(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"Für die {pl(X, 'de')} brauchen wir {xf}.",
                           f"Für die {pl(X, 'de')} bräuchten wir {xf}."])
    if lang == "fr":
        return rnd.choice([f"Pour les {pl(X, 'fr')}, il nous faut {xf}.",
                           f"Pour les {pl(X, 'fr')} on a besoin de : {xf}."])
    return rnd.choice([f"Para {es_los(X)} {pl(X, 'es')} necesitamos {xf}.",
                       f"Para {es_los(X)} {pl(X, 'es')} nos hace falta {xf}."])


def c_per(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"Pro {sg(par, 'de')} mehrere {pl(X, 'de')} mit {xf}.",
                           f"Pro {sg(par, 'de')} erfassen wir die {pl(X, 'de')}: {xf}."])
    if lang == "fr":
        return rnd.choice([f"Par {sg(par, 'fr')}, les {pl(X, 'fr')} avec {xf}.",
                           f"Par {sg(par, 'fr')} on suit les {pl(X, 'fr')} : {xf}."])
    return rnd.choice([f"Por {sg(par, 'es')}, {es_los(X)} {pl(X, 'es')} con {xf}.",
                       f"De cada {sg(par, 'es')} llevamos {es_los(X)} {pl(X, 'es')}: {xf}."])


def c_genitive(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"Die {pl(X, 'de')} der {pl(par, 'de')}: {xf}.",
                           f"Dann die {pl(X, 'de')} von den {de_dat_pl(par)} mit {xf}."])
    if lang == "fr":
        return rnd.choice([f"Les {pl(X, 'fr')} de chaque {sg(par, 'fr')} : {xf}.",
                           f"Ensuite les {pl(X, 'fr')} des {pl(par, 'fr')}, avec {xf}."])
    return rnd.choice([f"{es_los(X).capitalize()} {pl(X, 'es')} de cada {sg(par, 'es')}: {xf}.",
                       f"Luego {es_los(X)} {pl(X, 'es')} {es_de_los(par)} {pl(par, 'es')}, con {xf}."])


def c_compound(lang, X, par, rnd):          # German compounds with the parent; fr/es use "X de Y"
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"{X['compound'][1]}: {xf}.",
                           f"Dazu ein Protokoll der {X['compound'][1]} mit {xf}."])
    if lang == "fr":
        return f"Le suivi des {pl(X, 'fr')} {'des' } {pl(par, 'fr')} : {xf}."
    return f"El registro de {pl(X, 'es')} {es_de_los(par)} {pl(par, 'es')}: {xf}."


def c_relative(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    rel = X["rel"][lang]
    if lang == "de":
        return rnd.choice([f"Die {pl(X, 'de')}, {rel}, erfassen wir mit {xf}.",
                           f"Wichtig sind auch die {pl(X, 'de')}, {rel}: {xf}."])
    if lang == "fr":
        return rnd.choice([f"Les {pl(X, 'fr')} {rel}, on note {xf}.",
                           f"Il y a aussi les {pl(X, 'fr')} {rel}, dont on garde {xf}."])
    return rnd.choice([f"{es_los(X).capitalize()} {pl(X, 'es')} {rel}, con {xf}.",
                       f"También están {es_los(X)} {pl(X, 'es')} {rel}, de los que guardamos {xf}."])


def c_belongs(lang, X, par, rnd):           # the link stated in its own sentence
    xf = flist(X, lang, rnd)
    if lang == "de":
        a, b = DE_ART[g(X, "de")], DE_ART[g(par, "de")]
        return rnd.choice([f"{a[2].capitalize()} {sg(X, 'de')} gehört zu {b[5]} {sg(par, 'de')}. "
                           f"Bei den {de_dat_pl(X)} halten wir {xf} fest.",
                           f"{pl(X, 'de')} haben {xf}; {a[2]} {sg(X, 'de')} gehört zu genau {b[5]} {sg(par, 'de')}."])
    if lang == "fr":
        return rnd.choice([f"Chaque {sg(X, 'fr')} est {fr_rattache(X)} à {fr_un(par)} {sg(par, 'fr')}. "
                           f"Pour {fr_un(X)} {sg(X, 'fr')} on note {xf}.",
                           f"Les {pl(X, 'fr')} ont {xf} ; chaque {sg(X, 'fr')} est {fr_rattache(X)} à {fr_un(par)} "
                           f"{sg(par, 'fr')}."])
    return rnd.choice([f"Cada {sg(X, 'es')} pertenece a {es_un(par)} {sg(par, 'es')}. "
                       f"De {es_los(X)} {pl(X, 'es')} apuntamos {xf}.",
                       f"{es_los(X).capitalize()} {pl(X, 'es')} tienen {xf}, y cada {sg(X, 'es')} pertenece a "
                       f"{es_un(par)} {sg(par, 'es')}."])


def c_verb_final(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"Wichtig ist, dass wir auch die {pl(X, 'de')} mit {xf} erfassen.",
                           f"Es wäre schön, wenn wir zusätzlich {pl(X, 'de')} ({xf}) verwalten könnten."])
    if lang == "fr":
        return rnd.choice([f"Il faudrait aussi qu'on puisse suivre les {pl(X, 'fr')} avec {xf}.",
                           f"Ce serait bien de gérer en plus les {pl(X, 'fr')} ({xf})."])
    return rnd.choice([f"Sería bueno que también pudiéramos llevar {es_los(X)} {pl(X, 'es')} con {xf}.",
                       f"Nos gustaría además gestionar {es_los(X)} {pl(X, 'es')} ({xf})."])


def c_side(lang, X, par, rnd):              # "côté Y : …", "bei den Ys: …", "en cuanto a los Ys: …"
    xf = flist(X, lang, rnd)
    if lang == "de":
        return rnd.choice([f"Bei den {de_dat_pl(X)}: {xf}.", f"Zu den {de_dat_pl(X)}: {xf}."])
    if lang == "fr":
        return rnd.choice([f"Côté {pl(X, 'fr')} : {xf}.", f"Côté {sg(X, 'fr')} : {xf}."])
    return rnd.choice([f"En cuanto a {es_los(X)} {pl(X, 'es')}: {xf}.", f"Sobre {es_los(X)} {pl(X, 'es')}: {xf}."])


def c_bullets(lang, X, par, rnd):
    items = [label(f, lang, rnd) for f in X["fields"]]
    head = {"de": pl(X, "de"), "fr": pl(X, "fr").capitalize(), "es": pl(X, "es").capitalize()}[lang]
    mark = rnd.choice(["- ", "* ", "• "])
    return "\n" + head + ":\n" + "\n".join(mark + it for it in items) + "\n"


def c_of_each(lang, X, par, rnd):
    xf = flist(X, lang, rnd)
    if lang == "de":
        a = DE_ART[g(X, "de")]
        return rnd.choice([f"Von {a[3]} {sg(X, 'de')} wollen wir {xf} wissen.",
                           f"Von {a[3]} {sg(X, 'de')} möchten wir wissen: {xf}."])
    if lang == "fr":
        return rnd.choice([f"De chaque {sg(X, 'fr')} on veut savoir {xf}.",
                           f"Pour chaque {sg(X, 'fr')} on note {xf}."])
    return rnd.choice([f"De cada {sg(X, 'es')} queremos saber {xf}.",
                       f"De cada {sg(X, 'es')} nos interesa {xf}."])


LINKED = {"each_several": c_each_several, "per": c_per, "genitive": c_genitive, "compound": c_compound,
          "relative": c_relative, "belongs": c_belongs}
FREE = {"also_verb": c_also_verb, "for_the": c_for_the, "verb_final": c_verb_final, "side": c_side,
        "bullets": c_bullets, "of_each": c_of_each}

# ---------------------------------------------------------------- gold

def gold_kind(kind, lang, parent=None, alias_extra=()):
    name = sg(kind, lang)
    aliases = [pl(kind, lang), kind["en"]] + list(alias_extra)
    fields = []
    for f in kind["fields"]:
        gf = {"name": f[lang], "aliases": [f["en"]], "type": f["type"], "alt_types": []}
        if f["type"] in ("integer", "decimal", "money"):
            gf["alt_types"] = [t for t in ("integer", "decimal", "money") if t != f["type"]]
        if f["type"] == "date":
            gf["alt_types"] = ["datetime"]
        if f["type"] == "phone":
            gf["alt_types"] = ["text"]
        if f["type"] == "person":
            gf["alt_types"] = ["text"]
        if f["type"] == "long_text":
            gf["alt_types"] = ["text"]
        if f["type"] == "text" and f["en"] in ("time", "from", "booked by", "helpers", "month"):
            gf["alt_types"] = ["datetime", "person", "long_text", "choice"]
        if f["type"] == "choice":
            gf["options"] = list(f["opts"][lang])
            gf["alt_types"] = []
        if f["type"] == "boolean":
            gf["alt_types"] = ["choice"]
        fields.append(gf)
    if parent is not None:
        fields.insert(0, {"name": sg(parent, lang), "aliases": [pl(parent, lang), parent["en"]],
                          "type": "reference", "alt_types": [], "target": sg(parent, lang)})
    return {"name": name, "aliases": aliases, "fields": fields}


def strip_accents(s, lang):
    if lang == "de":
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe") \
                .replace("Ü", "Ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def register(text, lang, rnd, style):
    if style == "mail":
        hello = {"de": "Hallo zusammen,\n\n", "fr": "Bonjour,\n\n", "es": "Buenas,\n\n"}[lang]
        bye = {"de": "\n\nDanke und Gruß\nMaren", "fr": "\n\nMerci d'avance,\nClaire", "es": "\n\nGracias,\nLucía"}[lang]
        text = hello + text.replace(". ", ".\n", 1) + bye
    elif style == "terse":
        text = text.rstrip(".")
    elif style == "noaccent":
        text = strip_accents(text, lang)
        if lang != "de":
            text = text.lower()
    elif style == "polite":
        pre = {"de": "Könnten Sie uns bitte helfen? ", "fr": "Pourriez-vous nous aider ? ",
               "es": "¿Nos podría ayudar? "}[lang]
        text = pre + text
    return text


def build():
    rows = []
    n = 0
    styles = ["plain", "plain", "mail", "terse", "noaccent", "polite"]
    for lang in ("de", "fr", "es"):
        for dom in DOMAINS:
            P, C, A, D = dom["P"], dom["C"], dom["A"], dom["D"]
            # every linked construction with C, every free construction with A, per domain; kinds count varied
            plan = []
            for cname in LINKED:
                plan.append((("C", cname),))
            for fname in FREE:
                plan.append((("A", fname),))
            # 3- and 4-kind rows: C by a linked construction + A by a free one (+ D hanging off A)
            lk, fk = list(LINKED), list(FREE)
            for i in range(4):
                plan.append((("C", lk[(i + len(rows)) % len(lk)]), ("A", fk[(i * 2 + len(rows)) % len(fk)])))
            for i in range(2):
                plan.append((("C", lk[(i * 3 + 1) % len(lk)]), ("A", fk[(i + 3) % len(fk)]),
                             ("D", lk[(i * 5 + 2) % len(lk)])))
            sel = R.sample(plan, 9)  # 9 rows per domain and language (8 domains x 3 languages = 216)
            for steps in sel:
                rnd = random.Random(R.random())
                open_txt, oshape = opening(lang, dom, P, rnd)
                parts = [open_txt]
                ents = [gold_kind(P, lang)]
                rels = []
                cons = []
                for role, cname in steps:
                    X = {"C": C, "A": A, "D": D}[role]
                    par = {"C": P, "A": None, "D": A}[role]
                    fn = LINKED.get(cname) or FREE[cname]
                    if role == "D" and cname == "compound" and lang == "de":
                        fn = c_each_several   # the compound names belong to C only
                        cname = "each_several"
                    if role == "D" and cname == "relative":
                        fn = c_belongs
                        cname = "belongs"
                    parts.append(fn(lang, X, par, rnd))
                    extra = ()
                    if cname == "compound" and lang == "de":
                        extra = (X["compound"][0], X["compound"][1])
                    linked = cname in LINKED and par is not None
                    ents.append(gold_kind(X, lang, par if linked else None, extra))
                    if linked:
                        rels.append({"from": sg(X, lang), "to": sg(par, lang)})
                    cons.append(cname)
                text = " ".join(p.strip("\n") if not p.startswith("\n") else p for p in parts)
                text = text.replace(" \n", "\n")
                style = rnd.choice(styles)
                text = register(text, lang, rnd, style).strip()
                if style == "noaccent":
                    for e in ents:      # gold names keep the accents; the scorer folds them
                        pass
                n += 1
                rows.append({"id": f"kx{n:03d}", "lang": lang, "prompt": text, "entities": ents, "relations": rels,
                             "notes": f"domain={dom['name']} open={oshape} cons={'+'.join(cons)} style={style} "
                                      f"kinds={len(ents)}"})
    return rows


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
