#!/usr/bin/env python3
"""Session 24 generator (helper o): things kept and places or slots booked, as record kinds of their own, in
English, French, Spanish and German.  Written from the four languages and from office work, not from any benchmark
case or from the engine.

Each row is a request about events (bookings, loans, repairs, inspections, readings, cleanings, emptyings …) *of* or
*at* a thing the organisation keeps (vehicle, instrument, tool, horse, meeting room, berth, laptop, container, meter,
extinguisher).  In the positive constructions the thing has details of its own (serial number, plate, model,
capacity, breed …), said in some shape (a bulleted list, a bracket, a second sentence, a spreadsheet description, a
question, an e-mail, labels prefixed with the thing's name / a German compound "Fahrzeugkennzeichen", terse
headings): the gold is two kinds, the thing with its details and the event with a many-to-one reference to it.  Two
contrast constructions: the thing said only by name once (the event keeps a text field), and a small fixed set named
with its options (a choice field).

  python3 make.py            # writes draft.jsonl beside this file
Standard library only; deterministic (fixed seed).
"""
import json, os, random, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2424)
LANGS = ("en", "fr", "es", "de")


def F(labels, typ, alt=(), aliases=(), opts=None):
    """A field: labels per language {en, fr, es, de}, type, alt types, extra aliases (any language)."""
    return {"labels": labels, "type": typ, "alt": list(alt), "aliases": list(aliases)}


def L(en, fr, es, de):
    return {"en": en, "fr": fr, "es": es, "de": de}


# ------------------------------------------------------------------ domains
# thing / event per language: (singular, plural, gender) — gender m/f (fr, es), m/f/n (de), None (en)
DOMAINS = [
    dict(
        name="fleet",
        thing=L(("vehicle", "vehicles", None), ("véhicule", "véhicules", "m"), ("vehículo", "vehículos", "m"),
                ("Fahrzeug", "Fahrzeuge", "n")),
        thing_alias=["vehicle", "car", "van", "fleet vehicle", "auto", "voiture", "coche", "Auto", "Wagen"],
        event=L(("booking", "bookings", None), ("réservation", "réservations", "f"), ("reserva", "reservas", "f"),
                ("Buchung", "Buchungen", "f")),
        event_alias=["reservation", "vehicle booking", "trip", "Reservierung", "Fahrt", "réservation de véhicule"],
        tf=[F(L("number plate", "immatriculation", "matrícula", "Kennzeichen"), "text", (),
              ["plate", "registration", "licence plate", "reg number", "plaque", "placa", "Nummernschild",
               "Fahrzeugkennzeichen", "Autokennzeichen"]),
            F(L("model", "modèle", "modelo", "Modell"), "text", (), ["make", "make and model", "marque", "marca", "Typ"]),
            F(L("mileage", "kilométrage", "kilometraje", "Kilometerstand"), "integer", ("decimal",),
              ["odometer", "km", "kilometres", "kilómetros", "Kilometer"])],
        tf_de_prefixed=["Fahrzeugkennzeichen", "Fahrzeugmodell", "Kilometerstand des Fahrzeugs"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["booking date", "day", "día", "Tag", "jour"]),
            F(L("driver", "conducteur", "conductor", "Fahrer"), "person", ("text",),
              ["driven by", "chauffeur", "employee", "Fahrerin", "chófer"]),
            F(L("destination", "destination", "destino", "Ziel"), "text", (), ["where to", "Fahrtziel", "lieu"])],
        opts=["Transit", "Clio", "Kangoo"],
    ),
    dict(
        name="lab",
        thing=L(("instrument", "instruments", None), ("appareil", "appareils", "m"), ("equipo", "equipos", "m"),
                ("Messgerät", "Messgeräte", "n")),
        thing_alias=["instrument", "device", "equipment", "lab instrument", "appareil de mesure", "instrumento",
                     "Gerät", "Messgerät", "Laborgerät"],
        event=L(("calibration", "calibrations", None), ("étalonnage", "étalonnages", "m"),
                ("calibración", "calibraciones", "f"), ("Kalibrierung", "Kalibrierungen", "f")),
        event_alias=["calibration", "calibration record", "check", "étalonnage", "calibrage", "Eichung"],
        tf=[F(L("serial number", "numéro de série", "número de serie", "Seriennummer"), "text", (),
              ["serial", "s/n", "serial no", "n° de série", "nº de serie", "Gerätenummer"]),
            F(L("manufacturer", "fabricant", "fabricante", "Hersteller"), "text", (),
              ["make", "brand", "marque", "marca", "Marke"]),
            F(L("location", "emplacement", "ubicación", "Standort"), "text", (),
              ["lab", "room", "lieu", "localisation", "lugar", "Raum", "Ort"])],
        tf_de_prefixed=["Geräte-Seriennummer", "Geräthersteller", "Gerätestandort"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["calibration date", "Kalibrierdatum"]),
            F(L("technician", "technicien", "técnico", "Techniker"), "person", ("text",),
              ["done by", "performed by", "checked by", "Prüfer"]),
            F(L("result", "résultat", "resultado", "Ergebnis"), "text", ("choice", "long_text"),
              ["outcome", "passed", "Befund"])],
        opts=["Balance 1", "Balance 2", "pH-meter"],
    ),
    dict(
        name="tools",
        thing=L(("tool", "tools", None), ("outil", "outils", "m"), ("herramienta", "herramientas", "f"),
                ("Werkzeug", "Werkzeuge", "n")),
        thing_alias=["tool", "item", "equipment", "outil", "herramienta", "Gerät", "Werkzeug"],
        event=L(("loan", "loans", None), ("prêt", "prêts", "m"), ("préstamo", "préstamos", "m"),
                ("Ausleihe", "Ausleihen", "f")),
        event_alias=["loan", "borrowing", "checkout", "check-out", "tool loan", "emprunt", "Verleih", "Leihe"],
        tf=[F(L("inventory number", "numéro d'inventaire", "número de inventario", "Inventarnummer"), "text", (),
              ["inventory no", "asset tag", "tag", "id", "Inventar-Nr", "n° d'inventaire", "nº de inventario"]),
            F(L("brand", "marque", "marca", "Marke"), "text", (), ["make", "manufacturer", "Hersteller", "fabricant"]),
            F(L("purchase date", "date d'achat", "fecha de compra", "Kaufdatum"), "date", (),
              ["bought on", "date purchased", "Anschaffungsdatum", "acheté le", "comprado el"])],
        tf_de_prefixed=["Werkzeugnummer", "Werkzeugmarke", "Kaufdatum des Werkzeugs"],
        ef=[F(L("borrower", "emprunteur", "prestatario", "Ausleiher"), "person", ("text",),
              ["borrowed by", "member", "who", "emprunté par", "persona", "Entleiher", "Mitglied", "socio"]),
            F(L("loan date", "date de prêt", "fecha de préstamo", "Ausleihdatum"), "date", ("datetime",),
              ["date borrowed", "borrowed on", "checkout date", "date", "fecha", "Datum", "Leihdatum"]),
            F(L("return date", "date de retour", "fecha de devolución", "Rückgabedatum"), "date", ("datetime",),
              ["due back", "due date", "returned on", "retour", "devolución", "Rückgabe"])],
        opts=["drill", "ladder", "saw"],
    ),
    dict(
        name="stable",
        thing=L(("horse", "horses", None), ("cheval", "chevaux", "m"), ("caballo", "caballos", "m"),
                ("Pferd", "Pferde", "n")),
        thing_alias=["horse", "pony", "animal", "cheval", "caballo", "Pferd"],
        event=L(("vet visit", "vet visits", None), ("visite vétérinaire", "visites vétérinaires", "f"),
                ("visita veterinaria", "visitas veterinarias", "f"), ("Tierarztbesuch", "Tierarztbesuche", "m")),
        event_alias=["vet visit", "visit", "veterinary visit", "treatment", "visite", "visita", "Besuch",
                     "Tierarzttermin", "Behandlung"],
        tf=[F(L("name", "nom", "nombre", "Name"), "text", (), ["horse name", "nom du cheval", "nombre del caballo"]),
            F(L("breed", "race", "raza", "Rasse"), "text", (), ["race", "breed"]),
            F(L("date of birth", "date de naissance", "fecha de nacimiento", "Geburtsdatum"), "date", (),
              ["born", "birth date", "dob", "foaled", "né le", "nacimiento", "geboren"])],
        tf_de_prefixed=["Pferdename", "Pferderasse", "Geburtsdatum des Pferdes"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["visit date", "day", "Besuchsdatum"]),
            F(L("treatment", "traitement", "tratamiento", "Behandlung"), "text", ("long_text",),
              ["reason", "care", "soin", "Therapie"]),
            F(L("cost", "coût", "coste", "Kosten"), "money", ("decimal",),
              ["price", "amount", "fee", "prix", "montant", "importe", "precio", "Betrag", "Preis"])],
        opts=["Tornado", "Bella", "Jasper"],
    ),
    dict(
        name="cowork",
        thing=L(("meeting room", "meeting rooms", None), ("salle", "salles", "f"), ("sala", "salas", "f"),
                ("Besprechungsraum", "Besprechungsräume", "m")),
        thing_alias=["room", "meeting room", "conference room", "salle de réunion", "sala de reuniones", "Raum",
                     "Meetingraum", "Konferenzraum"],
        event=L(("booking", "bookings", None), ("réservation", "réservations", "f"), ("reserva", "reservas", "f"),
                ("Buchung", "Buchungen", "f")),
        event_alias=["reservation", "room booking", "meeting", "Reservierung", "Raumbuchung"],
        tf=[F(L("name", "nom", "nombre", "Name"), "text", (), ["room name", "nom de la salle", "Raumname"]),
            F(L("capacity", "capacité", "capacidad", "Kapazität"), "integer", (),
              ["seats", "number of seats", "places", "plazas", "Plätze", "Sitzplätze", "max people"]),
            F(L("floor", "étage", "planta", "Etage"), "text", ("integer",), ["level", "niveau", "piso", "Stockwerk",
                                                                          "Stock"])],
        tf_de_prefixed=["Raumname", "Raumkapazität", "Raumetage"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["day", "booking date", "jour", "Tag"]),
            F(L("start time", "heure de début", "hora de inicio", "Startzeit"), "datetime", ("text",),
              ["from", "time", "start", "heure", "hora", "Beginn", "Uhrzeit", "von"]),
            F(L("booked by", "réservé par", "reservado por", "gebucht von"), "person", ("text",),
              ["who", "organiser", "organizer", "person", "Bucher", "Person", "persona", "personne"])],
        opts=["Everest", "Kilimanjaro", "Fuji"],
    ),
    dict(
        name="marina",
        thing=L(("berth", "berths", None), ("anneau", "anneaux", "m"), ("amarre", "amarres", "m"),
                ("Liegeplatz", "Liegeplätze", "m")),
        thing_alias=["berth", "mooring", "slip", "place", "anneau", "emplacement", "place de port", "amarre",
                     "puesto de amarre", "Liegeplatz", "Bootsplatz"],
        event=L(("rental", "rentals", None), ("location", "locations", "f"), ("alquiler", "alquileres", "m"),
                ("Vermietung", "Vermietungen", "f")),
        event_alias=["rental", "hire", "lease", "booking", "contract", "location", "alquiler", "Miete", "Vermietung",
                     "Mietvertrag"],
        tf=[F(L("berth number", "numéro", "número", "Platznummer"), "text", ("integer",),
              ["number", "no", "code", "id", "numéro d'anneau", "número de amarre", "Nummer", "Liegeplatznummer"]),
            F(L("length", "longueur", "eslora", "Länge"), "decimal", ("integer",),
              ["max length", "length in metres", "longueur max", "longitud", "Länge in Metern"]),
            F(L("pontoon", "ponton", "pantalán", "Steg"), "text", ("choice",), ["jetty", "dock", "pier", "muelle"])],
        tf_de_prefixed=["Liegeplatznummer", "Liegeplatzlänge", "Liegeplatz-Steg"],
        ef=[F(L("start date", "date de début", "fecha de inicio", "Beginn"), "date", (),
              ["from", "start", "du", "desde", "ab", "Startdatum", "Mietbeginn"]),
            F(L("end date", "date de fin", "fecha de fin", "Ende"), "date", (),
              ["to", "until", "end", "au", "hasta", "bis", "Enddatum", "Mietende"]),
            F(L("price", "prix", "precio", "Preis"), "money", ("decimal",),
              ["rent", "amount", "fee", "tarif", "montant", "importe", "Betrag", "Miete", "Mietpreis"])],
        opts=["A1", "A2", "B1"],
    ),
    dict(
        name="itdesk",
        thing=L(("laptop", "laptops", None), ("ordinateur portable", "ordinateurs portables", "m"),
                ("portátil", "portátiles", "m"), ("Laptop", "Laptops", "m")),
        thing_alias=["laptop", "computer", "device", "notebook", "machine", "portable", "ordinateur", "pc",
                     "ordenador", "portatil", "Notebook", "Rechner", "Gerät"],
        event=L(("repair", "repairs", None), ("réparation", "réparations", "f"), ("reparación", "reparaciones", "f"),
                ("Reparatur", "Reparaturen", "f")),
        event_alias=["repair", "fix", "repair ticket", "intervention", "réparation", "arreglo", "Reparatur"],
        tf=[F(L("serial number", "numéro de série", "número de serie", "Seriennummer"), "text", (),
              ["serial", "s/n", "serial no", "n° de série", "nº de serie"]),
            F(L("model", "modèle", "modelo", "Modell"), "text", (), ["make", "brand", "marque", "marca", "Typ"]),
            F(L("purchase date", "date d'achat", "fecha de compra", "Kaufdatum"), "date", (),
              ["bought on", "date purchased", "Anschaffungsdatum", "acheté le"])],
        tf_de_prefixed=["Laptop-Seriennummer", "Laptopmodell", "Kaufdatum des Laptops"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["repair date", "day", "Reparaturdatum"]),
            F(L("fault", "panne", "avería", "Defekt"), "long_text", ("text",),
              ["problem", "issue", "description", "fault description", "problème", "problema", "Fehler",
               "Fehlerbeschreibung", "Problem"]),
            F(L("cost", "coût", "coste", "Kosten"), "money", ("decimal",),
              ["price", "amount", "prix", "montant", "importe", "precio", "Betrag", "Preis"])],
        opts=["Dell 1", "Dell 2", "MacBook"],
    ),
    dict(
        name="skips",
        thing=L(("container", "containers", None), ("benne", "bennes", "f"), ("contenedor", "contenedores", "m"),
                ("Container", "Container", "m")),
        thing_alias=["container", "skip", "bin", "benne", "conteneur", "contenedor", "Mulde", "Behälter", "Tonne"],
        event=L(("collection", "collections", None), ("vidage", "vidages", "m"), ("vaciado", "vaciados", "m"),
                ("Leerung", "Leerungen", "f")),
        event_alias=["collection", "emptying", "pickup", "pick-up", "vidage", "collecte", "enlèvement", "vaciado",
                     "recogida", "Abholung", "Leerung"],
        tf=[F(L("container number", "numéro", "número", "Containernummer"), "text", ("integer",),
              ["number", "no", "id", "code", "numéro de benne", "número de contenedor", "Nummer"]),
            F(L("volume", "volume", "volumen", "Volumen"), "decimal", ("integer", "text"),
              ["size", "capacity", "litres", "m3", "capacité", "taille", "capacidad", "tamaño", "Größe", "Fassungsvermögen"]),
            F(L("site address", "adresse du chantier", "dirección de la obra", "Standortadresse"), "text",
              ("long_text",), ["address", "site", "location", "adresse", "chantier", "dirección", "obra", "Adresse",
                               "Standort", "Baustelle"])],
        tf_de_prefixed=["Containernummer", "Containervolumen", "Containerstandort"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["collection date", "day", "Abholdatum"]),
            F(L("weight", "poids", "peso", "Gewicht"), "decimal", ("integer",),
              ["weight kg", "tonnes", "kg", "Gewicht in kg"]),
            F(L("driver", "chauffeur", "conductor", "Fahrer"), "person", ("text",),
              ["collected by", "conducteur", "chófer", "Fahrerin"])],
        opts=["10 m3", "20 m3", "30 m3"],
    ),
    dict(
        name="meters",
        thing=L(("water meter", "water meters", None), ("compteur", "compteurs", "m"), ("contador", "contadores", "m"),
                ("Wasserzähler", "Wasserzähler", "m")),
        thing_alias=["meter", "water meter", "counter", "compteur d'eau", "contador de agua", "Zähler", "Wasseruhr"],
        event=L(("reading", "readings", None), ("relevé", "relevés", "m"), ("lectura", "lecturas", "f"),
                ("Ablesung", "Ablesungen", "f")),
        event_alias=["reading", "meter reading", "relevé", "lectura", "Zählerstand", "Ablesung"],
        tf=[F(L("meter number", "numéro de compteur", "número de contador", "Zählernummer"), "text", (),
              ["number", "serial number", "no", "id", "numéro", "número", "Nummer"]),
            F(L("address", "adresse", "dirección", "Adresse"), "text", ("long_text",),
              ["location", "flat", "lieu", "ubicación", "Standort", "Wohnung"]),
            F(L("installation date", "date d'installation", "fecha de instalación", "Einbaudatum"), "date", (),
              ["installed on", "fitted on", "installé le", "instalado el", "Installationsdatum"])],
        tf_de_prefixed=["Zählernummer", "Zähleradresse", "Zähler-Einbaudatum"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["reading date", "day", "Ablesedatum"]),
            F(L("value", "index", "lectura", "Zählerstand"), "decimal", ("integer",),
              ["reading", "index", "m3", "valeur", "valor", "consumo", "Stand", "Wert"]),
            F(L("read by", "relevé par", "leído por", "abgelesen von"), "person", ("text",),
              ["reader", "who", "technician", "technicien", "técnico", "Ableser"])],
        opts=["kitchen", "bathroom", "garden"],
    ),
    dict(
        name="fire",
        thing=L(("extinguisher", "extinguishers", None), ("extincteur", "extincteurs", "m"),
                ("extintor", "extintores", "m"), ("Feuerlöscher", "Feuerlöscher", "m")),
        thing_alias=["extinguisher", "fire extinguisher", "extincteur", "extintor", "Löscher", "Feuerlöscher"],
        event=L(("inspection", "inspections", None), ("contrôle", "contrôles", "m"), ("revisión", "revisiones", "f"),
                ("Prüfung", "Prüfungen", "f")),
        event_alias=["inspection", "check", "service", "vérification", "contrôle", "inspección", "revisión",
                     "Wartung", "Kontrolle", "Prüfung"],
        tf=[F(L("location", "emplacement", "ubicación", "Standort"), "text", (),
              ["place", "where", "lieu", "localisation", "lugar", "Ort"]),
            F(L("type", "type", "tipo", "Typ"), "text", ("choice",), ["kind", "extinguisher type", "Art", "Löschmittel"]),
            F(L("expiry date", "date d'expiration", "fecha de caducidad", "Ablaufdatum"), "date", (),
              ["expires", "expiry", "valid until", "expiration", "caducidad", "vencimiento", "gültig bis"])],
        tf_de_prefixed=["Löscherstandort", "Löschertyp", "Ablaufdatum des Löschers"],
        ef=[F(L("date", "date", "fecha", "Datum"), "date", ("datetime",), ["inspection date", "day", "Prüfdatum"]),
            F(L("inspector", "contrôleur", "inspector", "Prüfer"), "person", ("text",),
              ["checked by", "inspected by", "technician", "technicien", "técnico", "Prüferin"]),
            F(L("passed", "conforme", "apto", "bestanden"), "boolean", ("choice",),
              ["ok", "result", "pass", "résultat", "resultado", "Ergebnis", "in Ordnung"])],
        opts=["CO2", "powder", "foam"],
    ),
]

# ------------------------------------------------------------------ grammar helpers


def art_fr_de(gender, word):
    """'du véhicule', 'de la salle', "de l'outil"."""
    if word[0].lower() in "aeiouéèêh":
        return "de l'" + word
    return ("du " if gender == "m" else "de la ") + word


def art_es_de(gender, word):
    return ("del " if gender == "m" else "de la ") + word


def our_es(gender):
    return "nuestros" if gender == "m" else "nuestras"


def some_es(gender):
    return "unos" if gender == "m" else "unas"


def the_pl_es(gender):
    return "los" if gender == "m" else "las"


def each_de(gender):
    return {"m": "jeder", "f": "jede", "n": "jedes"}[gender]


def every_de_acc(gender):
    return {"m": "jeden", "f": "jede", "n": "jedes"}[gender]


def join(lang, items):
    last = {"en": "and", "fr": "et", "es": "y", "de": "und"}[lang]
    if lang == "es" and items[-1][:1].lower() in ("i", "hi") and not items[-1].lower().startswith(("hie", "hia")):
        last = "e"
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def which(lang, th):
    sg, _, g = th
    if lang == "en":
        return f"which {sg}"
    if lang == "fr":
        return ("quel " if g == "m" else "quelle ") + sg
    if lang == "es":
        return "qué " + sg
    return {"m": "welcher ", "f": "welche ", "n": "welches "}[g] + sg


def prefixed(lang, d, i):
    """A thing's detail said with the thing's name: 'vehicle plate', 'immatriculation du véhicule', 'Fahrzeugkennzeichen'."""
    th = d["thing"][lang]
    lab = d["tf"][i]["labels"][lang]
    if lang == "en":
        return f"{th[0]} {lab}"
    if lang == "fr":
        return f"{lab} {art_fr_de(th[2], th[0])}"
    if lang == "es":
        return f"{lab} {art_es_de(th[2], th[0])}"
    return d["tf_de_prefixed"][i]


def cap(s):
    return s[:1].upper() + s[1:]


# ------------------------------------------------------------------ constructions
# each returns the prompt; kw: d (domain), lang; labels tf/ef in the language; th/ev thing/event tuples.

def c_bullets(lang, d, th, ev, tf, ef):
    head = {"en": f"{cap(ev[1])} of our {th[1]}", "fr": f"Suivi des {ev[1]} de nos {th[1]}",
            "es": f"Control de {ev[1]} de {our_es(th[2])} {th[1]}", "de": f"{ev[1]} unserer {th[1]}"}[lang]
    tl = "\n".join("- " + x for x in tf)
    el = "\n".join("- " + x for x in [which(lang, th)] + ef)
    return f"{head}\n\n{cap(th[1])}:\n{tl}\n\n{cap(ev[1])}:\n{el}"


def c_bracket(lang, d, th, ev, tf, ef):
    t3, e3 = ", ".join(tf), join(lang, ef)
    return {"en": f"We need to keep track of the {ev[1]} of our {th[1]} ({t3}). For each {ev[0]} we note {e3}.",
            "fr": f"Nous devons suivre les {ev[1]} de nos {th[1]} ({t3}). Pour chaque {ev[0]}, on note {e3}.",
            "es": f"Tenemos que llevar el control de {the_pl_es(ev[2])} {ev[1]} de {our_es(th[2])} {th[1]} ({t3}). "
                  f"Para cada {ev[0]} apuntamos {e3}.",
            "de": f"Wir müssen die {ev[1]} unserer {th[1]} ({t3}) im Blick behalten. "
                  f"Pro {ev[0]} notieren wir {e3}."}[lang]


def c_second(lang, d, th, ev, tf, ef):
    e3, t3 = join(lang, ef), join(lang, tf)
    return {"en": f"I want to log {ev[1]}: {which(lang, th)}, {e3}. For every {th[0]} we also keep its {t3}.",
            "fr": f"Je veux enregistrer les {ev[1]} : {which(lang, th)}, {e3}. "
                  f"Pour chaque {th[0]}, on garde aussi {t3}.",
            "es": f"Quiero registrar {the_pl_es(ev[2])} {ev[1]}: {which(lang, th)}, {e3}. "
                  f"De cada {th[0]} guardamos también {t3}.",
            "de": f"Ich möchte {ev[1]} erfassen: {which(lang, th)}, {e3}. "
                  f"Pro {th[0]} halten wir außerdem {t3} fest."}[lang]


def c_sheet(lang, d, th, ev, tf, ef):
    t3, e3 = ", ".join(tf), ", ".join([th[0]] + ef)
    return {"en": f"Right now we use a spreadsheet with one tab for the {th[1]} ({t3}) and one tab for the {ev[1]} "
                  f"({e3}). Can you turn it into an app?",
            "fr": f"Aujourd'hui on utilise un tableur avec un onglet pour les {th[1]} ({t3}) et un onglet pour les "
                  f"{ev[1]} ({e3}). Pouvez-vous en faire une appli ?",
            "es": f"Ahora usamos una hoja de cálculo con una pestaña para {the_pl_es(th[2])} {th[1]} ({t3}) y otra "
                  f"para {the_pl_es(ev[2])} {ev[1]} ({e3}). ¿Podéis convertirla en una aplicación?",
            "de": f"Momentan nutzen wir eine Excel-Tabelle mit einem Blatt für die {th[1]} ({t3}) und einem für die "
                  f"{ev[1]} ({e3}). Könnt ihr daraus eine App machen?"}[lang]


def c_question(lang, d, th, ev, tf, ef):
    t3, e3 = join(lang, tf), join(lang, ef)
    es_each = "cada uno con" if th[2] == "m" else "cada una con"
    fr_each = "chacun avec" if th[2] == "m" else "chacune avec"
    return {"en": f"Could you set up something for the {ev[1]}? We have about 25 {th[1]}, each with {t3}. "
                  f"For every {ev[0]} we want {e3}.",
            "fr": f"Pourriez-vous mettre en place un outil pour les {ev[1]} ? Nous avons environ 25 {th[1]}, "
                  f"{fr_each} {t3}. Pour chaque {ev[0]}, on veut {e3}.",
            "es": f"¿Podríais montar algo para {the_pl_es(ev[2])} {ev[1]}? Tenemos {some_es(th[2])} 25 {th[1]}, "
                  f"{es_each} {t3}. Para cada {ev[0]} queremos {e3}.",
            "de": f"Könnt ihr uns etwas für die {ev[1]} einrichten? Wir haben etwa 25 {th[1]}, jeweils mit {t3}. "
                  f"Pro {ev[0]} brauchen wir {e3}."}[lang]


def c_email(lang, d, th, ev, tf, ef):
    t3, e3 = join(lang, tf), join(lang, ef)
    return {"en": f"Hi,\n\nwe keep losing track of the {ev[1]} of our {th[1]}. Per {ev[0]} we need {e3}, and of "
                  f"course {which(lang, th)} it was. About the {th[1]} themselves: {t3}.\n\nThanks!\nSam",
            "fr": f"Bonjour,\n\non perd sans arrêt le fil des {ev[1]} de nos {th[1]}. Pour chaque {ev[0]}, il nous "
                  f"faut {e3}, et bien sûr {which(lang, th)}. Pour les {th[1]} eux-mêmes : {t3}.\n\nMerci !\nClaire",
            "es": f"Hola:\n\nsiempre perdemos el control de {the_pl_es(ev[2])} {ev[1]} de {our_es(th[2])} {th[1]}. "
                  f"De cada {ev[0]} necesitamos {e3}, y claro, {which(lang, th)}. Sobre {the_pl_es(th[2])} "
                  f"{th[1]} en sí: {t3}.\n\nGracias,\nLucía",
            "de": f"Hallo zusammen,\n\nwir verlieren ständig den Überblick über die {ev[1]} unserer {th[1]}. "
                  f"Pro {ev[0]} brauchen wir {e3} und natürlich {which(lang, th)}. Zu den {th[1]} selbst: "
                  f"{t3}.\n\nDanke!\nJonas"}[lang]


def c_prefixed(lang, d, th, ev, tf, ef):
    pf = [prefixed(lang, d, i) for i in range(3)]
    items = join(lang, ef + pf)
    return {"en": f"Log of {ev[1]}: {items}.",
            "fr": f"Registre des {ev[1]} : {items}.",
            "es": f"Registro de {ev[1]}: {items}.",
            "de": f"Liste der {ev[1]}: {items}."}[lang]


def c_terse(lang, d, th, ev, tf, ef):
    return {"en": f"app for {ev[1]}. {th[1]}: {', '.join(tf)}. {ev[1]}: {', '.join([th[0]] + ef)}",
            "fr": f"appli {ev[1]}. {th[1]} : {', '.join(tf)}. {ev[1]} : {', '.join([th[0]] + ef)}",
            "es": f"app de {ev[1]}. {th[1]}: {', '.join(tf)}. {ev[1]}: {', '.join([th[0]] + ef)}",
            "de": f"App für {ev[1]}. {th[1]}: {', '.join(tf)}. {ev[1]}: {', '.join([th[0]] + ef)}"}[lang]


# contrast: the thing said only by name once -> one kind, a text field
def c_nameonly(lang, d, th, ev, tf, ef):
    items = join(lang, [th[0]] + ef)
    return {"en": f"Simple log of {ev[1]}: {items}.",
            "fr": f"Un simple registre des {ev[1]} : {items}.",
            "es": f"Un registro sencillo de {ev[1]}: {items}.",
            "de": f"Eine einfache Liste der {ev[1]}: {items}."}[lang]


# contrast: a fixed small set named with options -> a choice field
def c_options(lang, d, th, ev, tf, ef):
    o = d["opts"]
    ol = {"en": " or ", "fr": " ou ", "es": " o ", "de": " oder "}[lang]
    opts = ", ".join(o[:-1]) + ol + o[-1]
    e3 = join(lang, ef)
    g = th[2]
    fr_the = ("l'" + th[0] + "," if th[0][0] in "aeiouéh" else ("le " if g == "m" else "la ") + th[0] + ",") if lang == "fr" else ""
    es_the = ("el " if g == "m" else "la ") + th[0]
    de_the = {"m": "den ", "f": "die ", "n": "das ", None: ""}[g] + th[0]
    return {"en": f"We only have three {th[1]}: {opts}. For each {ev[0]} we note the {th[0]}, {e3}.",
            "fr": f"Nous n'avons que trois {th[1]} : {opts}. Pour chaque {ev[0]}, on note {fr_the} {e3}.",
            "es": f"Solo tenemos tres {th[1]}: {opts}. Para cada {ev[0]} apuntamos {es_the}, {e3}.",
            "de": f"Wir haben nur drei {th[1]}: {opts}. Pro {ev[0]} notieren wir {de_the}, {e3}."}[lang]


POSITIVE = {"bullets": c_bullets, "bracket": c_bracket, "second": c_second, "sheet": c_sheet,
            "question": c_question, "email": c_email, "prefixed": c_prefixed, "terse": c_terse}
CONTRAST = {"nameonly": c_nameonly, "options": c_options}
ALL = list(POSITIVE) + list(CONTRAST)


# ------------------------------------------------------------------ gold

def uniq(xs, drop=()):
    out, seen = [], {x.lower() for x in drop}
    for x in xs:
        if x and x.lower() not in seen:
            seen.add(x.lower())
            out.append(x)
    return out


def field_gold(f, lang, extra=()):
    name = f["labels"][lang]
    al = uniq([f["labels"]["en"]] + list(extra) + f["aliases"], drop=[name])
    return {"name": name, "aliases": al, "type": f["type"], "alt_types": f["alt"]}


def gold(lang, d, con):
    th, ev = d["thing"][lang], d["event"][lang]
    ev_name = cap(ev[0])
    ev_alias = uniq([d["event"]["en"][0], ev[1]] + d["event_alias"], drop=[ev[0]])
    ev_fields = [field_gold(f, lang) for f in d["ef"]]
    notes = {"name": {"en": "notes", "fr": "remarques", "es": "notas", "de": "Notizen"}[lang],
             "aliases": ["notes", "comments", "remarks", "commentaire", "observaciones", "Bemerkungen", "Anmerkungen"],
             "type": "long_text", "alt_types": ["text"], "optional": True}
    status = {"name": {"en": "status", "fr": "statut", "es": "estado", "de": "Status"}[lang],
              "aliases": ["status", "state", "état", "estado", "Status", "Zustand"], "type": "choice",
              "alt_types": ["text", "boolean"], "options": [], "optional": True}
    th_ref_alias = uniq([d["thing"]["en"][0], th[1], which(lang, th)] + d["thing_alias"], drop=[th[0]])
    if con in POSITIVE:
        th_fields = [field_gold(f, lang, [prefixed(lang, d, i)]) for i, f in enumerate(d["tf"])]
        if not any(f["labels"]["en"] == "name" for f in d["tf"]):
            th_fields.append({"name": {"en": "name", "fr": "nom", "es": "nombre", "de": "Name"}[lang],
                              "aliases": ["name", "label", "designation", "désignation", "descripción",
                                          "Bezeichnung", "identifier"],
                              "type": "text", "alt_types": [], "optional": True})
        th_fields.append(dict(notes))
        ref = {"name": th[0], "aliases": th_ref_alias, "type": "reference", "alt_types": [], "target": cap(th[0])}
        ents = [{"name": cap(th[0]), "aliases": uniq([d["thing"]["en"][0], th[1]] + d["thing_alias"], drop=[th[0]]),
                 "fields": th_fields},
                {"name": ev_name, "aliases": ev_alias, "fields": [ref] + ev_fields + [dict(notes), dict(status)]}]
        rels = [{"from": ev_name, "to": cap(th[0])}]
    else:
        if con == "options":
            thf = {"name": th[0], "aliases": th_ref_alias, "type": "choice", "alt_types": ["text"],
                   "options": list(d["opts"])}
        else:
            thf = {"name": th[0], "aliases": th_ref_alias, "type": "text", "alt_types": ["choice"]}
        ents = [{"name": ev_name, "aliases": ev_alias, "fields": [thf] + ev_fields + [dict(notes), dict(status)]}]
        rels = []
    return ents, rels


# ------------------------------------------------------------------ registers

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def register(lang, text, k):
    if lang != "en" and k % 5 == 3:
        text = strip_accents(text).replace("ß", "ss")
    if k % 7 == 5:
        text = text.lower()
    return text


def main():
    rows = []
    k = 0
    for di, d in enumerate(DOMAINS):
        for li, lang in enumerate(LANGS):
            # six constructions per (domain, language), rotating so each appears evenly in every language
            start = (di * 3 + li * 5) % len(ALL)
            cons = [ALL[(start + j) % len(ALL)] for j in range(6)]
            for con in cons:
                th, ev = d["thing"][lang], d["event"][lang]
                tf = [f["labels"][lang] for f in d["tf"]]
                ef = [f["labels"][lang] for f in d["ef"]]
                fn = POSITIVE.get(con) or CONTRAST[con]
                prompt = register(lang, fn(lang, d, th, ev, tf, ef), k)
                ents, rels = gold(lang, d, con)
                k += 1
                rows.append({"id": f"g24o{k:03d}", "lang": lang, "prompt": prompt, "entities": ents,
                             "relations": rels,
                             "notes": f"cons={con} domain={d['name']} kinds={len(ents)}"})
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
