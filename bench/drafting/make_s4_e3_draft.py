# Session 4, helper e3 (2026-11-26): record kinds the drafter missed or misnamed. Three shapes,
# all four languages, written from general knowledge BEFORE running the engine on them:
#  - a kind defined as "X = a + b + c" (a terse definition with an equals sign and plus signs);
#  - plural kind names whose singular the Inflector got wrong (French -eaux, Spanish plurals of
#    nouns ending in a consonant: clubes, árboles, móviles, países, meses, relojes, leyes);
#  - lower-case requests whose sentences start after ". ".
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-e3-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(spec, al=()):
    name, t = spec.rsplit(":", 1)
    d = {"name": name, "aliases": list(al), "type": t, "alt_types": ["text"] if t in ("person", "long_text", "choice") else []}
    if t.startswith("ref>"):
        d["type"] = "reference"; d["target"] = t[4:]; d["alt_types"] = []
    return d
def E(name, fields, al=()): return {"name": name, "aliases": list(al), "fields": [F(f) for f in fields]}
cases = []
def C(id, lang, prompt, ents, rels):
    for a, b in rels:
        child = next(e for e in ents if e["name"] == a)
        if not any(f.get("target") == b for f in child["fields"]):
            child["fields"].insert(0, F(b.lower() + ":ref>" + b))
    cases.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                  "relations": [{"from": a, "to": b} for a, b in rels], "notes": ""})

# ---------- "X = a + b + c" ----------
C("e3d01", "en", "we log complaints: date received, which customer, what happened, severity (low/medium/high). customer = name + phone + email.",
  [E("Complaint", ["date received:date", "what happened:long_text", "severity:choice"]), E("Customer", ["name:text", "phone:phone", "email:email"])], [("Complaint", "Customer")])
C("e3d02", "en", "Need to plan our maintenance jobs. job = machine, date, technician, hours spent. machine = serial number + model + location.",
  [E("Job", ["date:date", "technician:person", "hours spent:decimal"], ["maintenance job"]), E("Machine", ["serial number:text", "model:text", "location:text"])], [("Job", "Machine")])
C("e3d03", "en", "Tracking rentals of our kayaks. each rental: kayak, renter name, start time, end time, paid yes/no. kayak = number + colour + size.",
  [E("Rental", ["renter name:text", "start time:datetime", "end time:datetime", "paid:boolean"]), E("Kayak", ["number:text", "colour:text", "size:text"])], [("Rental", "Kayak")])
C("e3d04", "fr", "On suit les réclamations : date, client, objet, statut (ouverte, en cours, close). client = nom + téléphone + adresse.",
  [E("Réclamation", ["date:date", "objet:text", "statut:choice"]), E("Client", ["nom:text", "téléphone:phone", "adresse:text"])], [("Réclamation", "Client")])
C("e3d05", "fr", "Gestion des prêts de matériel : matériel, emprunteur, date de sortie, date de retour. matériel = référence + désignation + état.",
  [E("Prêt", ["emprunteur:person", "date de sortie:date", "date de retour:date"]), E("Matériel", ["référence:text", "désignation:text", "état:text"])], [("Prêt", "Matériel")])
C("e3d06", "es", "Registro de averías: fecha, máquina, descripción, técnico. máquina = código + nombre + sección.",
  [E("Avería", ["fecha:date", "descripción:long_text", "técnico:person"]), E("Máquina", ["código:text", "nombre:text", "sección:text"])], [("Avería", "Máquina")])
C("e3d07", "es", "Queremos apuntar las donaciones: donante, fecha, importe. donante = nombre + correo + teléfono.",
  [E("Donación", ["fecha:date", "importe:money"]), E("Donante", ["nombre:text", "correo:email", "teléfono:phone"])], [("Donación", "Donante")])
C("e3d08", "de", "Wir erfassen Reklamationen: Datum, Kunde, Beschreibung, erledigt ja/nein. Kunde = Name + Telefon + E-Mail.",
  [E("Reklamation", ["datum:date", "beschreibung:long_text", "erledigt:boolean"]), E("Kunde", ["name:text", "telefon:phone", "e-mail:email"])], [("Reklamation", "Kunde")])
C("e3d09", "de", "Ausleihen von Werkzeug: Werkzeug, Mitglied, ausgeliehen am, zurück am. Werkzeug = Inventarnummer + Bezeichnung + Zustand.",
  [E("Ausleihe", ["mitglied:text", "ausgeliehen am:date", "zurück am:date"]), E("Werkzeug", ["inventarnummer:text", "bezeichnung:text", "zustand:text"])], [("Ausleihe", "Werkzeug")])

# ---------- plural kind names ----------
C("e3d10", "fr", "Le club de voile gère ses bateaux : nom, longueur, année de construction. Pour chaque sortie en mer : date, bateau, skipper, nombre de personnes.",
  [E("Bateau", ["nom:text", "longueur:decimal", "année de construction:integer"]), E("Sortie", ["date:date", "skipper:person", "nombre de personnes:integer"], ["sortie en mer"])], [("Sortie", "Bateau")])
C("e3d11", "fr", "Inventaire des bureaux : numéro, étage, surface. Et les postes de travail avec le bureau, l'ordinateur et l'occupant.",
  [E("Bureau", ["numéro:text", "étage:integer", "surface:decimal"]), E("Poste de travail", ["ordinateur:text", "occupant:person"], ["poste"])], [("Poste de travail", "Bureau")])
C("e3d12", "fr", "Je dois suivre nos panneaux publicitaires (emplacement, taille, loyer mensuel) et les campagnes affichées sur chaque panneau : annonceur, date de début, date de fin.",
  [E("Panneau", ["emplacement:text", "taille:text", "loyer mensuel:money"], ["panneau publicitaire"]), E("Campagne", ["annonceur:text", "date de début:date", "date de fin:date"])], [("Campagne", "Panneau")])
C("e3d13", "es", "Liga local: clubes (nombre, ciudad, estadio) y jugadores con nombre, dorsal, posición y club.",
  [E("Club", ["nombre:text", "ciudad:text", "estadio:text"]), E("Jugador", ["nombre:text", "dorsal:integer", "posición:text"])], [("Jugador", "Club")])
C("e3d14", "es", "Vivero municipal: árboles (especie, altura, fecha de plantación) y riegos con fecha, litros y árbol.",
  [E("Árbol", ["especie:text", "altura:decimal", "fecha de plantación:date"]), E("Riego", ["fecha:date", "litros:decimal"])], [("Riego", "Árbol")])
C("e3d15", "es", "Empresa: móviles de empresa (número, modelo, IMEI) y asignaciones con móvil, empleado y fecha de entrega.",
  [E("Móvil", ["número:phone", "modelo:text", "imei:text"], ["móvil de empresa"]), E("Asignación", ["empleado:person", "fecha de entrega:date"])], [("Asignación", "Móvil")])
C("e3d16", "es", "Exportamos a varios países. Países: nombre, moneda, arancel. Envíos con país, fecha, peso y coste.",
  [E("País", ["nombre:text", "moneda:text", "arancel:decimal"]), E("Envío", ["fecha:date", "peso:decimal", "coste:money"])], [("Envío", "País")])
C("e3d17", "es", "Taller de relojería: relojes (marca, modelo, número de serie) y reparaciones con reloj, fecha, problema y precio.",
  [E("Reloj", ["marca:text", "modelo:text", "número de serie:text"]), E("Reparación", ["fecha:date", "problema:long_text", "precio:money"])], [("Reparación", "Reloj")])

# ---------- lower-case sentences after ". " ----------
C("e3d18", "en", "need a tool for the allotment society. plots: number, size, annual fee. tenants: name, phone, which plot, start date.",
  [E("Plot", ["number:text", "size:decimal", "annual fee:money"]), E("Tenant", ["name:text", "phone:phone", "start date:date"])], [("Tenant", "Plot")])
C("e3d19", "fr", "appli pour la bibliothèque de l'école. livres : titre, auteur, cote. prêts : livre, élève, date de prêt, date de retour.",
  [E("Livre", ["titre:text", "auteur:text", "cote:text"]), E("Prêt", ["élève:text", "date de prêt:date", "date de retour:date"])], [("Prêt", "Livre")])
C("e3d20", "es", "registrar visitas al museo. guías: nombre, idiomas, teléfono. visitas: fecha, grupo, número de personas, guía.",
  [E("Guía", ["nombre:text", "idiomas:text", "teléfono:phone"]), E("Visita", ["fecha:date", "grupo:text", "número de personas:integer"])], [("Visita", "Guía")])
C("e3d21", "de", "brauche was für unseren sportverein. mannschaften: name, altersklasse, trainer. spiele: datum, gegner, ergebnis, mannschaft.",
  [E("Mannschaft", ["name:text", "altersklasse:text", "trainer:person"]), E("Spiel", ["datum:date", "gegner:text", "ergebnis:text"])], [("Spiel", "Mannschaft")])
C("e3d22", "en", "small bakery here. orders: customer, pickup date, total, paid or not. order items = product + quantity + price.",
  [E("Order", ["customer:text", "pickup date:date", "total:money", "paid:boolean"]), E("Order item", ["product:text", "quantity:integer", "price:money"], ["item"])], [("Order item", "Order")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "s4-e3-draft.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", out)
