#!/usr/bin/env python3
"""Session 25, improver g: who a record is assigned to, said with a participle or "belongs to", in four languages.

The word family: "assigned / allocated / linked / attached to a X", "belongs to a X"; "affecté / attribué / rattaché /
lié à un X", "appartient à un X"; "asignado / vinculado / asociado a un X", "pertenece a un X"; "(jeweils) einem X
zugeordnet / zugewiesen", "gehört zu einem X". When X is a kind of the app, the phrase is a many-to-one link, never a
yes/no field. Constructions (cx in the id):
  tail-*   a new kind with its fields, the owner said after the list ("…: a, b and c, each assigned to a machine");
           the frame of the head varies (a list of, we need, new table, please create)
  each-*   a link between two kinds the app has ("each fault is assigned to a machine", "Jede Störung gehört zu einer
           Maschine"), said with "is", "should be", "must be" or "belongs to"
  not-*    the same words where X is no kind: a person ("assigned to a colleague") is a person field, a yes/no
           "assigned" box is a boolean; these must not make links
Gold is built here from the slot data, before the engine has seen any row.

  python3 make.py      # writes refine.jsonl beside this file
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(25)

# each domain: owner kind (exists), new kind (made by tail rows; exists without link for each- rows), per language
# lang -> (owner: name, plural, gender, owner fields), (new: name, plural, gender, fields [(label, type, alt_types)])
DOMAINS = {
    "werkstatt": {
        "en": (("Machine", "Machines", "n", [("Serial number", "text"), ("Location", "text")]),
               ("Fault", "Faults", "n", [("Date", "date", []), ("Description", "long_text", ["text"]), ("Cost", "money", ["decimal"])])),
        "fr": (("Machine", "Machines", "f", [("Numéro de série", "text"), ("Emplacement", "text")]),
               ("Panne", "Pannes", "f", [("Date", "date", []), ("Description", "long_text", ["text"]), ("Coût", "money", ["decimal"])])),
        "es": (("Máquina", "Máquinas", "f", [("Número de serie", "text"), ("Ubicación", "text")]),
               ("Avería", "Averías", "f", [("Fecha", "date", []), ("Descripción", "long_text", ["text"]), ("Coste", "money", ["decimal"])])),
        "de": (("Maschine", "Maschinen", "f", [("Seriennummer", "text"), ("Standort", "text")]),
               ("Störung", "Störungen", "f", [("Datum", "date", []), ("Beschreibung", "long_text", ["text"]), ("Kosten", "money", ["decimal"])])),
    },
    "fuhrpark": {
        "en": (("Vehicle", "Vehicles", "n", [("Plate", "text"), ("Model", "text")]),
               ("Refuelling", "Refuellings", "n", [("Date", "date", []), ("Litres", "decimal", ["integer"]), ("Amount", "money", ["decimal"])])),
        "fr": (("Véhicule", "Véhicules", "m", [("Immatriculation", "text"), ("Modèle", "text")]),
               ("Plein", "Pleins", "m", [("Date", "date", []), ("Litres", "decimal", ["integer"]), ("Montant", "money", ["decimal"])])),
        "es": (("Vehículo", "Vehículos", "m", [("Matrícula", "text"), ("Modelo", "text")]),
               ("Repostaje", "Repostajes", "m", [("Fecha", "date", []), ("Litros", "decimal", ["integer"]), ("Importe", "money", ["decimal"])])),
        "de": (("Fahrzeug", "Fahrzeuge", "n", [("Kennzeichen", "text"), ("Modell", "text")]),
               ("Tankung", "Tankungen", "f", [("Datum", "date", []), ("Liter", "decimal", ["integer"]), ("Betrag", "money", ["decimal"])])),
    },
    "schule": {
        "en": (("Course", "Courses", "n", [("Title", "text"), ("Teacher", "person")]),
               ("Exam", "Exams", "n", [("Exam date", "date", []), ("Room", "text", []), ("Maximum points", "integer", ["decimal"])])),
        "fr": (("Cours", "Cours", "m", [("Intitulé", "text"), ("Enseignant", "person")]),
               ("Examen", "Examens", "m", [("Date de l'examen", "date", []), ("Salle", "text", []), ("Points maximum", "integer", ["decimal"])])),
        "es": (("Curso", "Cursos", "m", [("Título", "text"), ("Profesor", "person")]),
               ("Examen", "Exámenes", "m", [("Fecha del examen", "date", []), ("Aula", "text", []), ("Puntuación máxima", "integer", ["decimal"])])),
        "de": (("Kurs", "Kurse", "m", [("Titel", "text"), ("Lehrkraft", "person")]),
               ("Prüfung", "Prüfungen", "f", [("Prüfungsdatum", "date", []), ("Raum", "text", []), ("Maximale Punktzahl", "integer", ["decimal"])])),
    },
    "tierarzt": {
        "en": (("Animal", "Animals", "n", [("Name", "text"), ("Species", "text")]),
               ("Vaccination", "Vaccinations", "n", [("Vaccine", "text", []), ("Given on", "date", []), ("Booster due", "date", [])])),
        "fr": (("Animal", "Animaux", "m", [("Nom", "text"), ("Espèce", "text")]),
               ("Vaccination", "Vaccinations", "f", [("Vaccin", "text", []), ("Date d'injection", "date", []), ("Date de rappel", "date", [])])),
        "es": (("Animal", "Animales", "m", [("Nombre", "text"), ("Especie", "text")]),
               ("Vacuna", "Vacunas", "f", [("Producto", "text", []), ("Fecha de aplicación", "date", []), ("Fecha de refuerzo", "date", [])])),
        "de": (("Tier", "Tiere", "n", [("Name", "text"), ("Tierart", "text")]),
               ("Impfung", "Impfungen", "f", [("Impfstoff", "text", []), ("Impfdatum", "date", []), ("Auffrischung fällig", "date", [])])),
    },
    "hausverwaltung": {
        "en": (("Flat", "Flats", "n", [("Number", "text"), ("Floor", "integer")]),
               ("Meter reading", "Meter readings", "n", [("Reading date", "date", []), ("Value", "decimal", ["integer"]), ("Read by", "person", ["text"])])),
        "fr": (("Logement", "Logements", "m", [("Numéro", "text"), ("Étage", "integer")]),
               ("Relevé", "Relevés", "m", [("Date du relevé", "date", []), ("Index", "decimal", ["integer"]), ("Relevé par", "person", ["text"])])),
        "es": (("Vivienda", "Viviendas", "f", [("Número", "text"), ("Planta", "integer")]),
               ("Lectura", "Lecturas", "f", [("Fecha de lectura", "date", []), ("Valor", "decimal", ["integer"]), ("Leído por", "person", ["text"])])),
        "de": (("Wohnung", "Wohnungen", "f", [("Nummer", "text"), ("Etage", "integer")]),
               ("Ablesung", "Ablesungen", "f", [("Ablesedatum", "date", []), ("Zählerstand", "decimal", ["integer"]), ("Abgelesen von", "person", ["text"])])),
    },
    "verein": {
        "en": (("Event", "Events", "n", [("Title", "text"), ("Date", "date")]),
               ("Shift", "Shifts", "n", [("Start", "datetime", ["text"]), ("End", "datetime", ["text"]), ("Helpers needed", "integer", [])])),
        "fr": (("Événement", "Événements", "m", [("Titre", "text"), ("Date", "date")]),
               ("Créneau", "Créneaux", "m", [("Début", "datetime", ["text"]), ("Fin", "datetime", ["text"]), ("Bénévoles nécessaires", "integer", [])])),
        "es": (("Evento", "Eventos", "m", [("Título", "text"), ("Fecha", "date")]),
               ("Turno", "Turnos", "m", [("Inicio", "datetime", ["text"]), ("Fin", "datetime", ["text"]), ("Voluntarios necesarios", "integer", [])])),
        "de": (("Veranstaltung", "Veranstaltungen", "f", [("Titel", "text"), ("Datum", "date")]),
               ("Schicht", "Schichten", "f", [("Beginn", "datetime", ["text"]), ("Ende", "datetime", ["text"]), ("Benötigte Helfer", "integer", [])])),
    },
    "lager": {
        "en": (("Warehouse", "Warehouses", "n", [("Name", "text"), ("City", "text")]),
               ("Stock count", "Stock counts", "n", [("Count date", "date", []), ("Counted by", "person", ["text"]), ("Difference", "integer", ["decimal"])])),
        "fr": (("Entrepôt", "Entrepôts", "m", [("Nom", "text"), ("Ville", "text")]),
               ("Inventaire", "Inventaires", "m", [("Date d'inventaire", "date", []), ("Compté par", "person", ["text"]), ("Écart", "integer", ["decimal"])])),
        "es": (("Almacén", "Almacenes", "m", [("Nombre", "text"), ("Ciudad", "text")]),
               ("Recuento", "Recuentos", "m", [("Fecha del recuento", "date", []), ("Contado por", "person", ["text"]), ("Diferencia", "integer", ["decimal"])])),
        "de": (("Lager", "Lager", "n", [("Name", "text"), ("Ort", "text")]),
               ("Inventur", "Inventuren", "f", [("Inventurdatum", "date", []), ("Gezählt von", "person", ["text"]), ("Abweichung", "integer", ["decimal"])])),
    },
}

import unicodedata, re


def key(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def ent(name, plural, fields):
    return {"key": key(name), "name": name, "plural": plural,
            "fields": [{"key": key(f[0]), "label": f[0], "type": f[1], **({"required": True} if i == 0 else {})} for i, f in enumerate(fields)]}


def spec(app, owner, other=None):
    es = [ent(owner[0], owner[1], owner[3])]
    if other is not None:
        es.append(ent(other[0], other[1], [(f[0], f[1]) for f in other[3]]))
    return {"spec": 1, "name": app, "summary": app + ".", "entities": es}


def lst(lang, names):
    j = {"en": " and ", "fr": " et ", "es": " y ", "de": " und "}[lang]
    return ", ".join(names[:-1]) + j + names[-1]


def low(s, lang):
    return s if lang == "de" else s[0].lower() + s[1:]


# ---- articles by gender
def indef_dat_de(g):
    return "einer" if g == "f" else "einem"


def each_de(g):
    return {"m": "Jeder", "f": "Jede", "n": "Jedes"}[g]


def un(g):
    return "une" if g == "f" else "un"


def una(g):
    return "una" if g == "f" else "un"


def part_fr(stem, g, plural=False):
    return stem + ("e" if g == "f" else "") + ("s" if plural else "")


def part_es(stem, g, plural=False):
    return stem + ("a" if g == "f" else "o") + ("s" if plural else "")


# ---- tail phrases: owner said after the list of the new kind's fields
def tails(lang, o, n):
    on, og = low(o[0], lang), o[2]
    ng = n[2]
    if lang == "en":
        a = "an" if on[0] in "aeiou" else "a"
        return [("assigned", f"each assigned to {a} {on}"), ("allocated", f"each one allocated to a {on}"),
                ("linked", f"each linked to {a} {on}"), ("belongs", f"each belonging to one {on}")]
    if lang == "fr":
        chac = "chacune" if ng == "f" else "chacun"
        return [("assigned", f"{chac} {part_fr('affecté', ng)} à {un(og)} {on}"), ("attached", f"{chac} {part_fr('rattaché', ng)} à {un(og)} {on}"),
                ("linked", f"{part_fr('lié', ng, True)} à {un(og)} {on}"), ("belongs", f"{chac} appartenant à {un(og)} {on}")]
    if lang == "es":
        cada = "cada una" if ng == "f" else "cada uno"
        return [("assigned", f"{cada} {part_es('asignad', ng)} a {una(og)} {on}"), ("attached", f"{cada} {part_es('vinculad', ng)} a {una(og)} {on}"),
                ("linked", f"{part_es('asociad', ng, True)} a {una(og)} {on}"), ("belongs", f"{cada} perteneciente a {una(og)} {on}")]
    d = indef_dat_de(og)
    return [("assigned", f"jeweils {d} {o[0]} zugeordnet"), ("allocated", f"jeweils {d} {o[0]} zugewiesen"),
            ("linked", f"jeweils mit {d} {o[0]} verknüpft"), ("belongs", f"die jeweils zu {d} {o[0]} gehören")]


def heads(lang, n):
    npl = low(n[1], lang)
    if lang == "en":
        return [f"We need a list of {npl}: {{L}}, {{T}}.", f"Please add {npl} with {{L}}, {{T}}.",
                f"could you set up a new table for {npl} - {{L}} - {{T}}?"]
    if lang == "fr":
        art = "des" if npl[0] not in "aeiouéè" else "des"
        return [f"Il nous faudrait une liste {art} {npl} : {{L}}, {{T}}.", f"Ajoute les {npl} avec {{L}}, {{T}}.",
                f"bonjour, pourriez-vous creer un tableau {art} {npl} ({{L}}), {{T}} ? merci"]
    if lang == "es":
        return [f"Necesitamos una lista de {npl}: {{L}}, {{T}}.", f"Añade los registros de {npl} con {{L}}, {{T}}.",
                f"hola, podeis crear una tabla de {npl} ({{L}}), {{T}}? gracias"]
    return [f"Bitte eine Liste der {n[1]} anlegen: {{L}}, {{T}}.", f"Wir bräuchten noch {n[1]} mit {{L}}, {{T}}.",
            f"Lege eine neue Tabelle {n[1]} an, mit {{L}}, {{T}}."]


def field_names(lang, n):
    return [low(f[0], lang) if lang != "de" else f[0] for f in n[3]]


rows = []


def add(cx, lang, sp, request, expect):
    rows.append({"id": f"g25-{cx}-{len(rows) + 1:03d}", "lang": lang, "spec": sp, "request": request, "expect": expect,
                 "keep": "all other fields and entities unchanged"})


def new_entity_op(n):
    return {"op": "add_entity", "name": n[0], "aliases": [n[1]],
            "fields": [{"name": f[0], "aliases": [], "type": f[1], "alt_types": f[2]} for f in n[3]]}


def ascii(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss"),
                 ("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("á", "a"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ç", "c"), ("É", "E")):
        s = s.replace(a, b)
    return s


for dom, by in DOMAINS.items():
    for lang, (o, n) in by.items():
        app = dom.capitalize()
        # tail-*: the new kind, its fields, its owner after the list
        for ti, (tname, tail) in enumerate(tails(lang, o, n)):
            hs = heads(lang, n)
            h = hs[(ti + len(rows)) % len(hs)]
            msg = h.replace("{L}", lst(lang, field_names(lang, n))).replace("{T}", tail)
            if ti == 3 and lang in ("de", "fr", "es"):
                msg = ascii(msg)  # typed without accents
            add(f"tail-{tname}", lang, spec(app, o), msg, [new_entity_op(n), {"op": "add_relation", "from": n[0], "to": key(o[0])}])
        # each-*: both kinds exist, the link said of every record
        sp = spec(app, o, n)
        nk, ok_ = key(n[0]), key(o[0])
        nn, on = low(n[0], lang), low(o[0], lang)
        if lang == "en":
            a = "an" if on[0] in "aeiou" else "a"
            an_ = "An" if nn[0] in "aeiou" else "A"
            ms = [("is", f"Each {nn} is assigned to {a} {on}."), ("should", f"every {nn} should be linked to one {on} please"),
                  ("belongs", f"{an_} {nn} always belongs to {a} {on}, please link them.")]
        elif lang == "fr":
            g = n[2]
            chaque = f"Chaque {nn}"
            ms = [("is", f"{chaque} est {part_fr('affecté', g)} à {un(o[2])} {on}."), ("should", f"il faudrait que chaque {nn} soit {part_fr('rattaché', g)} à {un(o[2])} {on}"),
                  ("belongs", f"{chaque} appartient à {un(o[2])} {on}, merci de les relier.")]
        elif lang == "es":
            g = n[2]
            ms = [("is", f"Cada {nn} está {part_es('asignad', g)} a {una(o[2])} {on}."), ("should", f"cada {nn} deberia estar {part_es('vinculad', g)} a {una(o[2])} {on}"),
                  ("belongs", f"Cada {nn} pertenece a {una(o[2])} {on}, enlázalos por favor.")]
        else:
            d = indef_dat_de(o[2])
            ms = [("is", f"{each_de(n[2])} {n[0]} ist {d} {o[0]} zugeordnet."), ("should", f"{each_de(n[2])} {n[0]} soll {d} {o[0]} zugewiesen werden."),
                  ("belongs", f"{each_de(n[2])} {n[0]} gehört zu {d} {o[0]}, bitte verknüpfen.")]
        for cx, m in ms:
            add(f"each-{cx}", lang, sp, m, [{"op": "add_relation", "from": nk, "to": ok_}])

# not-*: the words of assigning where nothing named is a kind
NOT = {
    "en": [("Ticket", "Tickets", [("Subject", "text"), ("Opened on", "date")]),
           [("person", "Please add who each ticket is assigned to.", ("Assigned to", ["assignee", "owner", "responsible"], "person", ["text"])),
            ("yesno", "Add a yes/no box 'assigned' to the tickets.", ("Assigned", ["is assigned"], "boolean", []))]],
    "fr": [("Demande", "Demandes", [("Objet", "text"), ("Date d'ouverture", "date")]),
           [("person", "Ajoute la personne à qui la demande est affectée.", ("Affectée à", ["responsable", "personne", "assigné à", "affecté à"], "person", ["text"])),
            ("yesno", "Ajoute une case à cocher « attribuée » aux demandes.", ("Attribuée", ["attribué"], "boolean", []))]],
    "es": [("Incidencia", "Incidencias", [("Asunto", "text"), ("Fecha de apertura", "date")]),
           [("person", "Añade a quién está asignada cada incidencia.", ("Asignada a", ["responsable", "asignado a", "persona"], "person", ["text"])),
            ("yesno", "Añade una casilla sí/no «asignada» a las incidencias.", ("Asignada", ["asignado"], "boolean", []))]],
    "de": [("Anfrage", "Anfragen", [("Betreff", "text"), ("Eingangsdatum", "date")]),
           [("person", "Bitte bei der Anfrage noch ergänzen, wem sie zugewiesen ist (Person).", ("Zugewiesen an", ["zuständig", "bearbeiter", "zuständige person", "zugewiesen"], "person", ["text"])),
            ("yesno", "Füge bei der Anfrage ein Häkchen „zugeordnet“ hinzu.", ("Zugeordnet", ["zugewiesen"], "boolean", []))]],
}
for lang, (k, cases) in NOT.items():
    sp = {"spec": 1, "name": "Support", "summary": "Support.", "entities": [ent(k[0], k[1], k[2])]}
    for cx, m, (name, aliases, t, alt) in cases:
        add(f"not-{cx}", lang, sp, m, [{"op": "add_field", "entity": key(k[0]), "name": name, "aliases": aliases, "type": t, "alt_types": alt}])

# ---- drafts: the two kinds described, the owner said after the second kind's fields
APP_WORDS = {"en": "An app for our {op} and their {np}. For each {o}: {OL}. {NP}: {NL}, {T}.",
             "fr": "Une application pour nos {op} et leurs {np}. Pour chaque {o} : {OL}. Les {np} : {NL}, {T}.",
             "es": "Una aplicación para nuestros {op} y sus {np}. De cada {o}: {OL}. Los {np}: {NL}, {T}.",
             "de": "Eine App für unsere {OP} und ihre {NP}. Pro {O}: {OL}. {NP}: {NL}, {T}."}
drafts = []
for dom, by in DOMAINS.items():
    for lang, (o, n) in by.items():
        ti = (len(drafts) + len(drafts) // 4) % 4
        tname, tail = tails(lang, o, n)[ti]
        names_o = [low(f[0], lang) if lang != "de" else f[0] for f in o[3]]
        p = APP_WORDS[lang].format(op=low(o[1], lang), np=low(n[1], lang), o=low(o[0], lang), OP=o[1], NP=n[1], O=o[0],
                                   OL=lst(lang, names_o), NL=lst(lang, field_names(lang, n)), T=tail)
        p = p[0].upper() + p[1:]
        if lang == "es":
            p = p.replace("Los " + low(n[1], lang), "Las " + low(n[1], lang)) if n[2] == "f" else p
            p = p.replace("nuestros " + low(o[1], lang), "nuestras " + low(o[1], lang)) if o[2] == "f" else p
        ents = [{"name": o[0], "aliases": [o[1]], "fields": [{"name": f[0], "aliases": [], "type": f[1], "alt_types": ["text"] if f[1] == "person" else []} for f in o[3]]},
                {"name": n[0], "aliases": [n[1]], "fields": [{"name": f[0], "aliases": [], "type": f[1], "alt_types": f[2]} for f in n[3]]
                 + [{"name": o[0], "aliases": [], "type": "reference", "alt_types": [], "target": o[0]}]}]
        drafts.append({"id": f"g25d-tail-{tname}-{len(drafts) + 1:03d}", "lang": lang, "prompt": p, "entities": ents,
                       "relations": [{"from": n[0], "to": o[0]}], "notes": "owner said after the list of the second kind"})

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as f:
    for r in drafts:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "refine rows,", len(drafts), "draft rows")
