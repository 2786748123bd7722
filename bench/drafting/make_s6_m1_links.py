# Session 6, helper m1 (2026-11-27): links whose child kind is easy to miss. Each request has two to
# four kinds; the child is said in passing ("each client can have several sites", "for every tool we
# keep its repairs", "their visits", "line items", "the history of …", "a van does many trips", a
# kind named only as the owner of a list said later), in the messy style of probe5/probe6 (asides,
# reasons, lower case, a few typos). English, French, Spanish, German. Written from general knowledge
# BEFORE running the engine on them.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s6-m1-links-draft.jsonl --cmd "./toolsmith draft --jsonl"
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

# ---------- English ----------
C("m1e01", "en", "hi - we do commercial cleaning. each client can have several sites, and for each site we need the address, the key code and how many hours a week. clients themselves: company name, contact email, phone.",
  [E("Client", ["company name:text", "contact email:email", "phone:phone"]),
   E("Site", ["address:text", "key code:text", "hours per week:decimal"])], [("Site", "Client")])
C("m1e02", "en", "We hire out power tools. For every tool we keep its repairs - the date, what was wrong, cost - so we know when to bin it. Tools have an asset tag, a name and the purchase date.",
  [E("Tool", ["asset tag:text", "name:text", "purchase date:date"]),
   E("Repair", ["date:date", "fault:text", "cost:money"])], [("Repair", "Tool")])
C("m1e03", "en", "I coordinate home visits for our nurses. Patients: name, address, date of birth, GP. Their visits need the date, which nurse went, how long it took and notes (sometimes quite long).",
  [E("Patient", ["name:text", "address:text", "date of birth:date", "GP:text"]),
   E("Visit", ["date:date", "nurse:person", "duration:integer", "notes:long_text"])], [("Visit", "Patient")])
C("m1e04", "en", "Invoices for our print shop: invoice number, customer, date, paid or not. An invoice has several line items (description, quantity, unit price). Customers are just a name and an email.",
  [E("Customer", ["name:text", "email:email"]),
   E("Invoice", ["invoice number:text", "customer:ref>Customer", "date:date", "paid:boolean"]),
   E("Line item", ["description:text", "quantity:integer", "unit price:money"], ["item", "line"])], [("Invoice", "Customer"), ("Line item", "Invoice")])
C("m1e05", "en", "Our vans each do many trips a day. Vans: registration, model, mileage. For a trip we write the driver, the start and end time and the postcode area. Oh and fuel too - every fill-up with litres, cost and the van.",
  [E("Van", ["registration:text", "model:text", "mileage:integer"]),
   E("Trip", ["driver:person", "start time:datetime", "end time:datetime", "postcode area:text"]),
   E("Fill-up", ["litres:decimal", "cost:money"], ["fuel", "refuel", "fuel purchase"])], [("Trip", "Van"), ("Fill-up", "Van")])
C("m1e06", "en", "we're a small theatre. shows have a title, a director and an opening night. Each show has performances (date, time, seats sold). and we want the cast per show too: actor name, role.",
  [E("Show", ["title:text", "director:person", "opening night:date"]),
   E("Performance", ["date:date", "time:datetime", "seats sold:integer"]),
   E("Cast member", ["actor name:text", "role:text"], ["cast", "actor", "role"])], [("Performance", "Show"), ("Cast member", "Show")])
C("m1e07", "en", "Need to track our beehives. Every apiary (we have 4) has a name and a location. Hives sit in an apiary and have a number and a queen year. When we inspect a hive we note the date, brood yes/no, honey frames and temper (calm, nervous, aggressive).",
  [E("Apiary", ["name:text", "location:text"]),
   E("Hive", ["number:text", "queen year:integer"]),
   E("Inspection", ["date:date", "brood:boolean", "honey frames:integer", "temper:choice"])], [("Hive", "Apiary"), ("Inspection", "Hive")])
C("m1e08", "en", "The lab wants a sample register. Projects have a code and a lead scientist. Samples belong to a project: sample ID, type (soil, water, tissue), collected on, freezer. Results for a sample: test, value, unit, date.",
  [E("Project", ["code:text", "lead scientist:person"]),
   E("Sample", ["sample ID:text", "type:choice", "collected on:date", "freezer:text"]),
   E("Result", ["test:text", "value:decimal", "unit:text", "date:date"])], [("Sample", "Project"), ("Result", "Sample")])
# ---------- French ----------
C("m1f01", "fr", "Bonjour, on gère des gîtes. Chaque gîte a un nom, une adresse et une capacité. Pour chaque gîte on garde les réservations : nom du client, date d'arrivée, date de départ, montant payé.",
  [E("Gîte", ["nom:text", "adresse:text", "capacité:integer"]),
   E("Réservation", ["nom du client:text", "date d'arrivée:date", "date de départ:date", "montant payé:money"])], [("Réservation", "Gîte")])
C("m1f02", "fr", "nous sommes une asso sportive. les adhérents ont un nom, un téléphone, une date de naissance. chaque adhérent peut avoir plusieurs licences (saison, numéro, montant). Les licences sont payées en une fois.",
  [E("Adhérent", ["nom:text", "téléphone:phone", "date de naissance:date"]),
   E("Licence", ["saison:text", "numéro:text", "montant:money"])], [("Licence", "Adhérent")])
C("m1f03", "fr", "Pour le parc informatique : les postes (numéro d'inventaire, modèle, date d'achat) et les utilisateurs (nom, service). Chaque poste est attribué à un utilisateur. Les pannes d'un poste : date, description, réparée oui/non.",
  [E("Poste", ["numéro d'inventaire:text", "modèle:text", "date d'achat:date"]),
   E("Utilisateur", ["nom:text", "service:text"]),
   E("Panne", ["date:date", "description:long_text", "réparée:boolean"])], [("Poste", "Utilisateur"), ("Panne", "Poste")])
C("m1f04", "fr", "On fait des chantiers de rénovation. Un chantier a une adresse, un client, une date de début. Sur chaque chantier il y a des interventions : artisan, date, heures, coût. Les clients : nom, téléphone, email.",
  [E("Client", ["nom:text", "téléphone:phone", "email:email"]),
   E("Chantier", ["adresse:text", "client:ref>Client", "date de début:date"]),
   E("Intervention", ["artisan:person", "date:date", "heures:decimal", "coût:money"])], [("Chantier", "Client"), ("Intervention", "Chantier")])
C("m1f05", "fr", "la médiathèque voudrait suivre ses expositions. Une exposition a un titre, des dates et un commissaire. Les œuvres prêtées pour une exposition : titre, artiste, prêteur, valeur d'assurance.",
  [E("Exposition", ["titre:text", "date de début:date", "commissaire:person"]),
   E("Œuvre", ["titre:text", "artiste:text", "prêteur:text", "valeur d'assurance:money"], ["oeuvre"])], [("Œuvre", "Exposition")])
C("m1f06", "fr", "Restaurant : on veut gérer les fournisseurs et leurs livraisons. Fournisseur = nom, téléphone, jour de livraison. Une livraison vient d'un fournisseur et a une date, un montant, et conforme oui/non.",
  [E("Fournisseur", ["nom:text", "téléphone:phone", "jour de livraison:choice"]),
   E("Livraison", ["date:date", "montant:money", "conforme:boolean"])], [("Livraison", "Fournisseur")])
C("m1f07", "fr", "Je gère les formations internes. Les sessions d'une formation (date, lieu, formateur) et les inscrits à chaque session (nom, service, présent ou pas). Une formation : intitulé, durée en heures.",
  [E("Formation", ["intitulé:text", "durée:integer"]),
   E("Session", ["date:date", "lieu:text", "formateur:person"]),
   E("Inscription", ["nom:text", "service:text", "présent:boolean"], ["inscrit", "participant"])], [("Session", "Formation"), ("Inscription", "Session")])
# ---------- Spanish ----------
C("m1s01", "es", "Hola! tenemos una academia de idiomas. Los grupos tienen un nivel (A1, A2, B1, B2), un profesor y un horario. Cada grupo tiene varios alumnos con nombre, email y teléfono.",
  [E("Grupo", ["nivel:choice", "profesor:person", "horario:text"]),
   E("Alumno", ["nombre:text", "email:email", "teléfono:phone"])], [("Alumno", "Grupo")])
C("m1s02", "es", "En la bodega queremos controlar los depósitos y lo que se hace en ellos. Depósitos: número, capacidad en litros, material. Para cada depósito apuntamos las operaciones: fecha, tipo (trasiego, limpieza, llenado), responsable.",
  [E("Depósito", ["número:text", "capacidad:integer", "material:text"]),
   E("Operación", ["fecha:date", "tipo:choice", "responsable:person"])], [("Operación", "Depósito")])
C("m1s03", "es", "Somos una protectora. Los perros tienen nombre, raza, edad y si están esterilizados. Las adopciones: qué perro, la familia, la fecha. Las familias con nombre, dirección y teléfono.",
  [E("Perro", ["nombre:text", "raza:text", "edad:integer", "esterilizado:boolean"]),
   E("Adopción", ["perro:ref>Perro", "familia:ref>Familia", "fecha:date"]),
   E("Familia", ["nombre:text", "dirección:text", "teléfono:phone"])], [("Adopción", "Perro"), ("Adopción", "Familia")])
C("m1s04", "es", "necesito algo para las obras del ayuntamiento. cada obra tiene un nombre, un presupuesto y una empresa adjudicataria. las empresas: nombre, CIF, teléfono. y las certificaciones de cada obra con fecha e importe",
  [E("Empresa", ["nombre:text", "CIF:text", "teléfono:phone"]),
   E("Obra", ["nombre:text", "presupuesto:money", "empresa:ref>Empresa"]),
   E("Certificación", ["fecha:date", "importe:money"])], [("Obra", "Empresa"), ("Certificación", "Obra")])
C("m1s05", "es", "Gestionamos huertos urbanos. Cada parcela tiene un número y un tamaño en m2, y está asignada a un socio. Socios: nombre, teléfono, fecha de alta. Los riegos de cada parcela también: fecha y litros.",
  [E("Socio", ["nombre:text", "teléfono:phone", "fecha de alta:date"]),
   E("Parcela", ["número:text", "tamaño:decimal"]),
   E("Riego", ["fecha:date", "litros:decimal"])], [("Parcela", "Socio"), ("Riego", "Parcela")])
C("m1s06", "es", "Para el club de ciclismo: las salidas (fecha, ruta, kilómetros, guía) y quién se apunta a cada salida, con el nombre del socio y si paga el seguro del día. La ruta la elegimos de una lista de rutas con nombre y dificultad.",
  [E("Salida", ["fecha:date", "ruta:ref>Ruta", "kilómetros:decimal", "guía:person"]),
   E("Inscripción", ["nombre del socio:text", "seguro del día:boolean"], ["participante", "apuntado"]),
   E("Ruta", ["nombre:text", "dificultad:choice"])], [("Inscripción", "Salida"), ("Salida", "Ruta")])
C("m1s07", "es", "Llevamos el mantenimiento de ascensores. Los edificios (dirección, administrador) tienen uno o más ascensores con número de serie y fabricante. Cada revisión de un ascensor: fecha, técnico, resultado (apto, no apto).",
  [E("Edificio", ["dirección:text", "administrador:person"]),
   E("Ascensor", ["número de serie:text", "fabricante:text"]),
   E("Revisión", ["fecha:date", "técnico:person", "resultado:choice"])], [("Ascensor", "Edificio"), ("Revisión", "Ascensor")])
# ---------- German ----------
C("m1g01", "de", "Hallo, wir sind eine Hausverwaltung. Jedes Haus hat mehrere Wohnungen. Häuser: Adresse, Baujahr. Wohnungen: Nummer, Fläche, Miete. Zu jeder Wohnung gibt es einen Mieter mit Name und Telefon.",
  [E("Haus", ["Adresse:text", "Baujahr:integer"]),
   E("Wohnung", ["Nummer:text", "Fläche:decimal", "Miete:money"]),
   E("Mieter", ["Name:text", "Telefon:phone"])], [("Wohnung", "Haus"), ("Mieter", "Wohnung")])
C("m1g02", "de", "wir verleihen Lastenräder. Für jedes Rad führen wir die Ausleihen: wer, von wann bis wann, Kaution bezahlt ja/nein. Die Räder selbst haben Rahmennummer, Modell und Standort.",
  [E("Rad", ["Rahmennummer:text", "Modell:text", "Standort:text"], ["Lastenrad"]),
   E("Ausleihe", ["Person:person", "von:date", "bis:date", "Kaution bezahlt:boolean"])], [("Ausleihe", "Rad")])
C("m1g03", "de", "Unsere Kita braucht eine Liste der Kinder (Name, Geburtsdatum, Gruppe) und der Eltern mit Name, Telefon und E-Mail. Jedes Kind gehört zu einer Gruppe; Gruppen haben einen Namen und eine Erzieherin.",
  [E("Gruppe", ["Name:text", "Erzieherin:person"]),
   E("Kind", ["Name:text", "Geburtsdatum:date", "Gruppe:ref>Gruppe"]),
   E("Elternteil", ["Name:text", "Telefon:phone", "E-Mail:email"], ["Eltern"])], [("Kind", "Gruppe")])
C("m1g04", "de", "Für die Werkstatt: Kunden (Name, Telefon), ihre Fahrzeuge mit Kennzeichen und Modell, und die Aufträge zu jedem Fahrzeug mit Datum, Arbeiten und Preis.",
  [E("Kunde", ["Name:text", "Telefon:phone"]),
   E("Fahrzeug", ["Kennzeichen:text", "Modell:text"]),
   E("Auftrag", ["Datum:date", "Arbeiten:long_text", "Preis:money"])], [("Fahrzeug", "Kunde"), ("Auftrag", "Fahrzeug")])
C("m1g05", "de", "Im Verein haben wir Mannschaften (Name, Altersklasse, Trainer). Spieler gehören zu einer Mannschaft und haben Name, Geburtsdatum, Passnummer. Außerdem die Spiele jeder Mannschaft: Datum, Gegner, Ergebnis.",
  [E("Mannschaft", ["Name:text", "Altersklasse:text", "Trainer:person"]),
   E("Spieler", ["Name:text", "Geburtsdatum:date", "Passnummer:text"]),
   E("Spiel", ["Datum:date", "Gegner:text", "Ergebnis:text"])], [("Spieler", "Mannschaft"), ("Spiel", "Mannschaft")])
C("m1g06", "de", "Ich betreue die Messgeräte im Labor. Jedes Gerät (Inventarnummer, Typ, Raum) muss regelmäßig kalibriert werden; pro Kalibrierung notieren wir Datum, Prüfer, Abweichung und bestanden ja/nein.",
  [E("Gerät", ["Inventarnummer:text", "Typ:text", "Raum:text"], ["Messgerät"]),
   E("Kalibrierung", ["Datum:date", "Prüfer:person", "Abweichung:decimal", "bestanden:boolean"])], [("Kalibrierung", "Gerät")])

with open(os.path.join(os.path.dirname(__file__), "s6-m1-links-draft.jsonl"), "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
