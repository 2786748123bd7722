#!/usr/bin/env python3
"""Session 25 generator (helper o): a bracket after a thing kept or a place booked is either the *values* of a
choice of the record ("room (large, small or outdoor)") or the *details* of the thing, which then is a kind of its
own ("our rooms (name, capacity, floor)").  English, French, Spanish, German.  Written from the four languages and
office work, not from any benchmark case or from the engine.

Guard constructions (gold: ONE kind; the thing is a choice field of the record with the values as options):
  or_list    values joined by or/ou/o/u/oder inside a colon list of the record's fields
  or_prose   the same bracket in a sentence ("for each booking we note … and the room (large, small or outdoor)")
  or_mail    e-mail-like wrapping, greeting and thanks
  fam_list   values of one family (sizes, times of day, indoor/outdoor), joined by commas or slashes, no "or"
  terse      lower case, no accents, dash heading, values with "or"
Kind constructions (gold: TWO kinds; the thing with its details, the record with a reference to it):
  det_prose  "we track the Xs of our things (d1, d2, d3). Per X: …"
  det_or     the same with two details joined by "or" ("name or number, capacity, floor")

  python3 make.py            # writes draft.jsonl beside this file
Standard library only; deterministic.
"""
import json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "fr", "es", "de")


def L(en, fr, es, de):
    return {"en": en, "fr": fr, "es": es, "de": de}


def F(name, typ, alt=(), aliases=()):
    return {"name": name, "type": typ, "alt": list(alt), "aliases": list(aliases)}


# thing: (singular, plural) per language; values: the choice's options per language (last joined by "or");
# fam: a second set of values of one option family (no "or"); details: three details of the thing per language
# (F), det_or: the first detail said as "A or B"; record: (singular, plural); rf: the record's own three fields.
DOMAINS = [
    dict(
        name="rooms",
        thing=L(("room", "rooms"), ("salle", "salles"), ("sala", "salas"), ("Raum", "Räume")),
        values=L(["large", "small", "outdoor"], ["grande", "petite", "extérieure"], ["grande", "pequeña", "exterior"],
                 ["groß", "klein", "Außenbereich"]),
        fam=L(["small", "medium", "large"], ["petite", "moyenne", "grande"], ["pequeña", "mediana", "grande"],
              ["klein", "mittel", "groß"]),
        details=L([F("name", "text"), F("capacity", "integer"), F("floor", "text", ["integer"])],
                  [F("nom", "text"), F("capacité", "integer"), F("étage", "text", ["integer"])],
                  [F("nombre", "text"), F("capacidad", "integer"), F("planta", "text", ["integer"])],
                  [F("Name", "text"), F("Kapazität", "integer"), F("Etage", "text", ["integer"])]),
        det_or=L("name or number", "nom ou numéro", "nombre o número", "Name oder Nummer"),
        record=L(("booking", "bookings"), ("réservation", "réservations"), ("reserva", "reservas"),
                 ("Buchung", "Buchungen")),
        rf=L([F("date", "date", ["datetime"]), F("start time", "datetime", ["text"], ["start"]),
              F("organiser", "person", ["text"], ["organizer", "booked by"])],
             [F("date", "date", ["datetime"]), F("heure de début", "datetime", ["text"], ["début"]),
              F("organisateur", "person", ["text"], ["responsable"])],
             [F("fecha", "date", ["datetime"]), F("hora de inicio", "datetime", ["text"], ["inicio"]),
              F("responsable", "person", ["text"], ["organizador"])],
             [F("Datum", "date", ["datetime"]), F("Beginn", "datetime", ["text"], ["Startzeit", "Uhrzeit"]),
              F("Verantwortlicher", "person", ["text"], ["Organisator", "gebucht von"])]),
    ),
    dict(
        name="vans",
        thing=L(("van", "vans"), ("camionnette", "camionnettes"), ("furgoneta", "furgonetas"),
                ("Transporter", "Transporter")),
        values=L(["small", "medium", "large"], ["petite", "moyenne", "grande"], ["pequeña", "mediana", "grande"],
                 ["klein", "mittel", "groß"]),
        fam=L(["small", "large"], ["petite", "grande"], ["pequeña", "grande"], ["klein", "groß"]),
        details=L([F("plate", "text", [], ["number plate", "registration"]), F("model", "text"),
                   F("mileage", "integer", ["decimal"])],
                  [F("immatriculation", "text", [], ["plaque"]), F("modèle", "text"),
                   F("kilométrage", "integer", ["decimal"])],
                  [F("matrícula", "text", [], ["placa"]), F("modelo", "text"),
                   F("kilometraje", "integer", ["decimal"])],
                  [F("Kennzeichen", "text"), F("Modell", "text"), F("Kilometerstand", "integer", ["decimal"])]),
        det_or=L("plate or fleet number", "immatriculation ou numéro de parc", "matrícula o número de flota",
                 "Kennzeichen oder Flottennummer"),
        record=L(("hire", "hires"), ("location", "locations"), ("alquiler", "alquileres"), ("Miete", "Mieten")),
        rf=L([F("customer", "text", ["person"], ["client"]), F("start date", "date", ["datetime"], ["from"]),
              F("price", "money", ["decimal"], ["amount"])],
             [F("client", "text", ["person"]), F("date de début", "date", ["datetime"], ["début"]),
              F("prix", "money", ["decimal"], ["montant"])],
             [F("cliente", "text", ["person"]), F("fecha de inicio", "date", ["datetime"], ["inicio"]),
              F("precio", "money", ["decimal"], ["importe"])],
             [F("Kunde", "text", ["person"]), F("Beginn", "date", ["datetime"], ["Startdatum", "ab"]),
              F("Preis", "money", ["decimal"], ["Betrag"])]),
    ),
    dict(
        name="lockers",
        thing=L(("locker", "lockers"), ("casier", "casiers"), ("taquilla", "taquillas"), ("Spind", "Spinde")),
        values=L(["small", "medium", "large"], ["petit", "moyen", "grand"], ["pequeña", "mediana", "grande"],
                 ["klein", "mittel", "groß"]),
        fam=L(["indoor", "outdoor"], ["intérieur", "extérieur"], ["interior", "exterior"], ["innen", "außen"]),
        details=L([F("number", "text", ["integer"]), F("size", "text", ["choice"]), F("location", "text")],
                  [F("numéro", "text", ["integer"]), F("taille", "text", ["choice"]), F("emplacement", "text")],
                  [F("número", "text", ["integer"]), F("tamaño", "text", ["choice"]), F("ubicación", "text")],
                  [F("Nummer", "text", ["integer"]), F("Größe", "text", ["choice"]), F("Standort", "text")]),
        det_or=L("number or code", "numéro ou code", "número o código", "Nummer oder Code"),
        record=L(("rental", "rentals"), ("location", "locations"), ("alquiler", "alquileres"), ("Vermietung", "Vermietungen")),
        rf=L([F("member", "text", ["person"], ["tenant"]), F("start date", "date", ["datetime"]),
              F("fee", "money", ["decimal"], ["price"])],
             [F("adhérent", "text", ["person"], ["membre", "locataire"]), F("date de début", "date", ["datetime"]),
              F("tarif", "money", ["decimal"], ["prix"])],
             [F("socio", "text", ["person"], ["inquilino"]), F("fecha de inicio", "date", ["datetime"]),
              F("cuota", "money", ["decimal"], ["precio"])],
             [F("Mitglied", "text", ["person"], ["Mieter"]), F("Beginn", "date", ["datetime"]),
              F("Gebühr", "money", ["decimal"], ["Preis"])]),
    ),
    dict(
        name="bikes",
        thing=L(("bike", "bikes"), ("vélo", "vélos"), ("bicicleta", "bicicletas"), ("Fahrrad", "Fahrräder")),
        values=L(["city", "electric", "cargo"], ["ville", "électrique", "cargo"], ["urbana", "eléctrica", "de carga"],
                 ["Stadtrad", "E-Bike", "Lastenrad"]),
        fam=L(["morning", "afternoon", "evening"], ["matin", "après-midi", "soir"], ["mañana", "tarde", "noche"],
              ["vormittags", "nachmittags", "abends"]),
        details=L([F("frame number", "text", [], ["serial number"]), F("brand", "text", [], ["make"]),
                   F("colour", "text", [], ["color"])],
                  [F("numéro de cadre", "text", [], ["numéro de série"]), F("marque", "text"), F("couleur", "text")],
                  [F("número de cuadro", "text", [], ["número de serie"]), F("marca", "text"), F("color", "text")],
                  [F("Rahmennummer", "text", [], ["Seriennummer"]), F("Marke", "text"), F("Farbe", "text")]),
        det_or=L("frame number or tag", "numéro de cadre ou code", "número de cuadro o código",
                 "Rahmennummer oder Code"),
        record=L(("rental", "rentals"), ("location", "locations"), ("alquiler", "alquileres"), ("Ausleihe", "Ausleihen")),
        rf=L([F("customer", "text", ["person"], ["client", "renter"]), F("date", "date", ["datetime"]),
              F("deposit", "money", ["decimal"])],
             [F("client", "text", ["person"]), F("date", "date", ["datetime"]), F("caution", "money", ["decimal"])],
             [F("cliente", "text", ["person"]), F("fecha", "date", ["datetime"]), F("fianza", "money", ["decimal"])],
             [F("Kunde", "text", ["person"]), F("Datum", "date", ["datetime"]), F("Kaution", "money", ["decimal"])]),
    ),
    dict(
        name="pitches",
        thing=L(("court", "courts"), ("court", "courts"), ("pista", "pistas"), ("Halle", "Hallen")),
        values=L(["indoor", "outdoor", "grass"], ["couvert", "extérieur", "synthétique"], ["cubierta", "exterior", "de tierra"],
                 ["Dreifeldhalle", "Einfeldhalle", "Gymnastikraum"]),
        fam=L(["morning", "evening"], ["matin", "soir"], ["mañana", "tarde"], ["vormittags", "abends"]),
        details=L([F("name", "text"), F("surface", "text", ["choice"]), F("capacity", "integer")],
                  [F("nom", "text"), F("surface", "text", ["choice", "decimal"]), F("capacité", "integer")],
                  [F("nombre", "text"), F("superficie", "text", ["choice", "decimal"]), F("capacidad", "integer")],
                  [F("Name", "text"), F("Fläche", "text", ["decimal"]), F("Kapazität", "integer")]),
        det_or=L("name or number", "nom ou numéro", "nombre o número", "Name oder Nummer"),
        record=L(("session", "sessions"), ("créneau", "créneaux"), ("reserva", "reservas"), ("Belegung", "Belegungen")),
        rf=L([F("club", "text", [], ["team"]), F("date", "date", ["datetime"]), F("coach", "person", ["text"], ["trainer"])],
             [F("club", "text", [], ["équipe"]), F("date", "date", ["datetime"]), F("entraîneur", "person", ["text"])],
             [F("club", "text", [], ["equipo"]), F("fecha", "date", ["datetime"]), F("entrenador", "person", ["text"])],
             [F("Verein", "text", [], ["Mannschaft"]), F("Datum", "date", ["datetime"]), F("Trainer", "person", ["text"])]),
    ),
    dict(
        name="boats",
        thing=L(("boat", "boats"), ("bateau", "bateaux"), ("barco", "barcos"), ("Boot", "Boote")),
        values=L(["dinghy", "keelboat", "catamaran"], ["dériveur", "quillard", "catamaran"],
                 ["vela ligera", "crucero", "catamarán"], ["Jolle", "Kielboot", "Katamaran"]),
        fam=L(["half day", "full day"], ["demi-journée", "journée entière"], ["media jornada", "jornada completa"],
              ["halber Tag", "ganzer Tag"]),
        details=L([F("name", "text"), F("length", "decimal", ["text"]), F("registration", "text")],
                  [F("nom", "text"), F("longueur", "decimal", ["text"]), F("immatriculation", "text")],
                  [F("nombre", "text"), F("eslora", "decimal", ["text"]), F("matrícula", "text")],
                  [F("Name", "text"), F("Länge", "decimal", ["text"]), F("Kennzeichen", "text")]),
        det_or=L("name or sail number", "nom ou numéro de voile", "nombre o número de vela", "Name oder Segelnummer"),
        record=L(("outing", "outings"), ("sortie", "sorties"), ("salida", "salidas"), ("Ausfahrt", "Ausfahrten")),
        rf=L([F("skipper", "person", ["text"]), F("date", "date", ["datetime"]), F("crew size", "integer", [], ["crew"])],
             [F("chef de bord", "person", ["text"], ["skipper"]), F("date", "date", ["datetime"]),
              F("nombre d'équipiers", "integer", [], ["équipage"])],
             [F("patrón", "person", ["text"], ["skipper"]), F("fecha", "date", ["datetime"]),
              F("tripulantes", "integer", [], ["tripulación"])],
             [F("Skipper", "person", ["text"]), F("Datum", "date", ["datetime"]), F("Crewgröße", "integer", [], ["Crew"])]),
    ),
]

OR = L("or", "ou", "o", "oder")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cap(s):
    return s[:1].upper() + s[1:]


def or_join(lang, vals):
    conj = OR[lang]
    if lang == "es" and vals[-1][:1].lower() in "o":
        conj = "u"
    return ", ".join(vals[:-1]) + f" {conj} " + vals[-1]


def fj(f, extra=()):
    return {"name": f["name"], "aliases": list(dict.fromkeys(list(f["aliases"]) + list(extra))), "type": f["type"],
            "alt_types": f["alt"]}


def choice_field(lang, d, vals):
    th = d["thing"][lang]
    return {"name": th[0], "aliases": [th[1], "type", "tipo", "Typ", "kind", "size", "taille", "tamaño", "Größe",
                                        "location", "lieu", "lugar", "Ort", "slot", "créneau", "franja", "Tageszeit",
                                        "duration", "durée", "duración", "Dauer"],
            "type": "choice", "alt_types": ["text"], "options": [cap(v) for v in vals]}


def fields_text(lang, d, thing_part):
    rf = [f["name"] for f in d["rf"][lang]]
    return rf[:1] + [thing_part] + rf[1:]


def and_join(lang, items):
    a = L("and", "et", "y", "und")[lang]
    return ", ".join(items[:-1]) + f" {a} " + items[-1]


def guard_prompt(lang, d, con):
    th, rec = d["thing"][lang], d["record"][lang]
    vals = d["fam"][lang] if con == "fam_list" else d["values"][lang]
    if con == "fam_list":
        sep = " / " if DOMAINS.index(d) % 2 else ", "
        bracket = sep.join(vals)
    else:
        bracket = or_join(lang, vals)
    part = f"{th[0]} ({bracket})"
    items = fields_text(lang, d, part)
    if con in ("or_list", "fam_list"):
        return f"{cap(rec[1])}: " + ", ".join(items) + "."
    if con == "terse":
        return strip_accents(f"{rec[1]} - " + ", ".join(items)).lower()
    if con == "or_prose":
        return {
            "en": f"We want to log our {rec[1]}. For each {rec[0]} we note the " + and_join(lang, items) + ".",
            "fr": f"On voudrait suivre nos {rec[1]}. Pour chaque {rec[0]} on note : " + and_join(lang, items) + ".",
            "es": f"Queremos registrar nuestras {rec[1]}. De cada {rec[0]} anotamos: " + and_join(lang, items) + "."
            if rec[0].endswith("a") else f"Queremos registrar nuestros {rec[1]}. De cada {rec[0]} anotamos: "
            + and_join(lang, items) + ".",
            "de": f"Wir wollen unsere {rec[1]} erfassen. Pro {rec[0]} notieren wir: " + and_join(lang, items) + ".",
        }[lang]
    if con == "or_mail":
        return {
            "en": f"Hi,\ncould you set up a small tool for the {rec[1]}? We need: " + ", ".join(items)
                  + ".\nThanks a lot,\nSam",
            "fr": f"Bonjour,\npourriez-vous nous faire un outil pour les {rec[1]} ? Il nous faut : " + ", ".join(items)
                  + ".\nMerci d'avance,\nCamille",
            "es": f"Hola:\n¿podéis montarnos una herramienta para los {rec[1]}? Necesitamos: " + ", ".join(items)
                  + ".\nGracias,\nLucía",
            "de": f"Hallo,\nkönnt ihr uns ein kleines Tool für die {rec[1]} bauen? Wir brauchen: " + ", ".join(items)
                  + ".\nDanke und Gruß\nJonas",
        }[lang]
    raise ValueError(con)


def kind_prompt(lang, d, con):
    th, rec = d["thing"][lang], d["record"][lang]
    dets = [f["name"] for f in d["details"][lang]]
    if con == "det_or":
        dets = [d["det_or"][lang]] + dets[1:]
    br = ", ".join(dets)
    rf = ", ".join(f["name"] for f in d["rf"][lang])
    return {
        "en": f"We keep track of the {rec[1]} of our {th[1]} ({br}). Per {rec[0]}: {rf}.",
        "fr": f"Nous suivons les {rec[1]} de nos {th[1]} ({br}). Pour chaque {rec[0]} : {rf}.",
        "es": f"Llevamos el control de {'las' if rec[1].endswith('as') else 'los'} {rec[1]} de "
              f"{'nuestras' if th[1].endswith('as') else 'nuestros'} {th[1]} ({br}). De cada {rec[0]}: {rf}.",
        "de": f"Wir verwalten die {rec[1]} unserer {th[1]} ({br}). Pro {rec[0]}: {rf}.",
    }[lang]


GUARD = ("or_list", "or_prose", "or_mail", "fam_list", "terse")
KIND = ("det_prose", "det_or")


def row(n, lang, d, con):
    th, rec = d["thing"][lang], d["record"][lang]
    rname = cap(rec[0])
    rfields = [fj(f) for f in d["rf"][lang]]
    if con in GUARD:
        vals = d["fam"][lang] if con == "fam_list" else d["values"][lang]
        ents = [{"name": rname, "aliases": [rec[1]], "fields": rfields + [choice_field(lang, d, vals)]}]
        rels = []
        prompt = guard_prompt(lang, d, con)
        kinds = 1
    else:
        tname = cap(th[0])
        tfields = [fj(f) for f in d["details"][lang]]
        if con == "det_or":
            tfields[0]["aliases"] += d["det_or"][lang].split(" " + OR[lang] + " ")
        ref = {"name": th[0], "aliases": [th[1]], "type": "reference", "alt_types": [], "target": tname}
        ents = [{"name": tname, "aliases": [th[1]], "fields": tfields},
                {"name": rname, "aliases": [rec[1]], "fields": [ref] + rfields}]
        rels = [{"from": rname, "to": tname}]
        prompt = kind_prompt(lang, d, con)
        kinds = 2
    return {"id": f"g25o{n:03d}", "lang": lang, "prompt": prompt, "entities": ents, "relations": rels,
            "notes": f"cons={con} kinds={kinds} domain={d['name']}"}


def main():
    rows = []
    n = 1
    for d in DOMAINS:
        for con in GUARD + KIND:
            for lang in LANGS:
                rows.append(row(n, lang, d, con))
                n += 1
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
