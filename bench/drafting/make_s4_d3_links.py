# Session 4, helper d3 (2026-11-26): links between kinds that ARE drafted. Two or three kinds per
# request, the link said through grammar the engine read poorly: a detail list introduced by
# "then for each", "per", "for every" with no date in it, a child introduced beside "each <owner>"
# in the same sentence, a field whose label names another described kind ("which site", "le
# client", "Kunde"), master kinds with names and contact data beside event kinds with dates and
# quantities. English, French, Spanish, German. Written from general knowledge BEFORE running them.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-d3-links-draft.jsonl --cmd "./toolsmith draft --jsonl"
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
    # every link is a reference field of the child (as in the public sets), named after its target
    for a, b in rels:
        child = next(e for e in ents if e["name"] == a)
        if not any(f.get("target") == b for f in child["fields"]):
            child["fields"].insert(0, F(b.lower() + ":ref>" + b))
    cases.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                  "relations": [{"from": a, "to": b} for a, b in rels], "notes": ""})

# ---------- English ----------
C("d3e01", "en", "our choir goes on tour each summer. each concert: venue, city, date, ticket price. then for each singer taking part: singer name, voice part, travelling by coach yes/no.",
  [E("Concert", ["venue:text", "city:text", "date:date", "ticket price:money"]), E("Singer", ["singer name:text", "voice part:text", "travelling by coach:boolean"], ["participant", "singer taking part"])], [("Singer", "Concert")])
C("d3e02", "en", "We keep a list of greenhouses with a name and a size in square metres. Every morning someone records the temperature and humidity in each greenhouse, with the time and who checked.",
  [E("Greenhouse", ["name:text", "size:decimal"]), E("Reading", ["temperature:decimal", "humidity:decimal", "time:datetime", "checked by:person"], ["check", "record"])], [("Reading", "Greenhouse")])
C("d3e03", "en", "Sites: name, address, manager. Inspections: which site, inspection date, inspector, score out of 10, comments.",
  [E("Site", ["name:text", "address:text", "manager:person"]), E("Inspection", ["site:ref>Site", "inspection date:date", "inspector:person", "score:integer", "comments:long_text"])], [("Inspection", "Site")])
C("d3e04", "en", "We lend laptops to students. Laptops have an asset tag, a model and a purchase date. Loans: the laptop, the student's name, date out, date due back, returned or not.",
  [E("Laptop", ["asset tag:text", "model:text", "purchase date:date"]), E("Loan", ["laptop:ref>Laptop", "student name:text", "date out:date", "date due back:date", "returned:boolean"])], [("Loan", "Laptop")])
C("d3e05", "en", "A little bakery. Customers have a name, phone and email. Orders: customer, pickup date, cake type (sponge, fruit, chocolate), number of servings, deposit paid.",
  [E("Customer", ["name:text", "phone:phone", "email:email"]), E("Order", ["customer:ref>Customer", "pickup date:date", "cake type:choice", "number of servings:integer", "deposit paid:boolean"])], [("Order", "Customer")])
C("d3e06", "en", "Volunteer drivers take patients to hospital appointments. Drivers: name, phone, car registration. Each trip: date, pickup address, destination, mileage, and which driver did it.",
  [E("Driver", ["name:text", "phone:phone", "car registration:text"]), E("Trip", ["driver:ref>Driver", "date:date", "pickup address:text", "destination:text", "mileage:decimal"])], [("Trip", "Driver")])
C("d3e07", "en", "For our allotment society: plots have a number, a size and a tenant. Per plot we log every water meter reading with the date and the reading.",
  [E("Plot", ["number:text", "size:decimal", "tenant:text"]), E("Meter reading", ["date:date", "reading:decimal"], ["reading"])], [("Meter reading", "Plot")])
C("d3e08", "en", "I coordinate a food bank. Partner charities have a name, a contact person and a phone. Each week we send parcels to several of them: the charity, the week, number of parcels, weight in kg.",
  [E("Charity", ["name:text", "contact person:person", "phone:phone"], ["partner charity", "partner"]), E("Parcel", ["charity:ref>Charity", "week:date", "number of parcels:integer", "weight:decimal"], ["delivery", "shipment"])], [("Parcel", "Charity")])
C("d3e09", "en", "Museum loans. Objects: inventory number, title, artist, value. Then for each loan out to another museum: borrowing museum, start date, end date, insurance value, courier needed.",
  [E("Object", ["inventory number:text", "title:text", "artist:text", "value:money"]), E("Loan", ["borrowing museum:text", "start date:date", "end date:date", "insurance value:money", "courier needed:boolean"])], [("Loan", "Object")])
C("d3e10", "en", "Our gym runs classes. Each class has a name, an instructor and a room. Members book places in a class: the member's name, the class date, attended yes/no.",
  [E("Class", ["name:text", "instructor:person", "room:text"]), E("Booking", ["member name:text", "class date:date", "attended:boolean"], ["place"])], [("Booking", "Class")])
# ---------- French ----------
C("d3f01", "fr", "Nous gérons des chantiers : nom, adresse, chef de chantier, date de début. Pour chaque chantier, on note les livraisons : fournisseur, date, matériau, quantité.",
  [E("Chantier", ["nom:text", "adresse:text", "chef de chantier:person", "date de début:date"]), E("Livraison", ["fournisseur:text", "date:date", "matériau:text", "quantité:decimal"])], [("Livraison", "Chantier")])
C("d3f02", "fr", "Clients : nom, téléphone, email. Interventions : le client, date, technicien, durée en heures, description.",
  [E("Client", ["nom:text", "téléphone:phone", "email:email"]), E("Intervention", ["client:ref>Client", "date:date", "technicien:person", "durée:decimal", "description:long_text"])], [("Intervention", "Client")])
C("d3f03", "fr", "Je gère les salles de la mairie : nom de la salle, capacité, étage. Et les réservations de chaque salle : association, date, heure de début, heure de fin.",
  [E("Salle", ["nom de la salle:text", "capacité:integer", "étage:integer"]), E("Réservation", ["association:text", "date:date", "heure de début:datetime", "heure de fin:datetime"])], [("Réservation", "Salle")])
C("d3f04", "fr", "Les adhérents du club ont un nom, un prénom, un téléphone. Pour chaque adhérent, plusieurs licences : saison, numéro de licence, montant payé.",
  [E("Adhérent", ["nom:text", "prénom:text", "téléphone:phone"]), E("Licence", ["saison:text", "numéro de licence:text", "montant payé:money"])], [("Licence", "Adhérent")])
C("d3f05", "fr", "Notre cave : des vins (nom, appellation, millésime, prix). Ensuite pour chaque vente : quel vin, date, nombre de bouteilles, client.",
  [E("Vin", ["nom:text", "appellation:text", "millésime:integer", "prix:money"]), E("Vente", ["vin:ref>Vin", "date:date", "nombre de bouteilles:integer", "client:text"])], [("Vente", "Vin")])
C("d3f06", "fr", "Suivi des véhicules : immatriculation, modèle, kilométrage. Pleins de carburant : véhicule, date, litres, montant, conducteur.",
  [E("Véhicule", ["immatriculation:text", "modèle:text", "kilométrage:integer"]), E("Plein de carburant", ["véhicule:ref>Véhicule", "date:date", "litres:decimal", "montant:money", "conducteur:person"], ["plein"])], [("Plein de carburant", "Véhicule")])
C("d3f07", "fr", "Les ruches ont un numéro et un emplacement. À chaque visite d'une ruche on note la date, l'état de la reine, le nombre de cadres et les remarques.",
  [E("Ruche", ["numéro:text", "emplacement:text"]), E("Visite", ["date:date", "état de la reine:text", "nombre de cadres:integer", "remarques:long_text"])], [("Visite", "Ruche")])
# ---------- Spanish ----------
C("d3s01", "es", "Tenemos socios con nombre, teléfono y correo. Cada mes registramos las cuotas de cada socio: mes, importe y si está pagada.",
  [E("Socio", ["nombre:text", "teléfono:phone", "correo:email"]), E("Cuota", ["mes:text", "importe:money", "pagada:boolean"])], [("Cuota", "Socio")])
C("d3s02", "es", "Clientes: nombre, empresa, teléfono. Pedidos: cliente, fecha, total, estado (pendiente, enviado, entregado).",
  [E("Cliente", ["nombre:text", "empresa:text", "teléfono:phone"]), E("Pedido", ["cliente:ref>Cliente", "fecha:date", "total:money", "estado:choice"])], [("Pedido", "Cliente")])
C("d3s03", "es", "Gestiono un huerto escolar. Hay parcelas con un número y un cultivo. Para cada parcela anotamos los riegos: fecha, litros y quién regó.",
  [E("Parcela", ["número:text", "cultivo:text"]), E("Riego", ["fecha:date", "litros:decimal", "quién regó:person"])], [("Riego", "Parcela")])
C("d3s04", "es", "Las máquinas del taller: nombre, marca, número de serie. Y las averías de cada máquina: fecha, descripción, coste de la reparación.",
  [E("Máquina", ["nombre:text", "marca:text", "número de serie:text"]), E("Avería", ["fecha:date", "descripción:long_text", "coste de la reparación:money"])], [("Avería", "Máquina")])
C("d3s05", "es", "Necesito una ficha de cada proveedor (nombre, contacto, teléfono) y de las facturas que nos mandan: proveedor, número, fecha, importe.",
  [E("Proveedor", ["nombre:text", "contacto:text", "teléfono:phone"]), E("Factura", ["proveedor:ref>Proveedor", "número:text", "fecha:date", "importe:money"])], [("Factura", "Proveedor")])
C("d3s06", "es", "Excursiones del colegio: destino, fecha, precio. Luego, para cada alumno que va: nombre del alumno, curso, autorización firmada, pagado.",
  [E("Excursión", ["destino:text", "fecha:date", "precio:money"]), E("Alumno", ["nombre del alumno:text", "curso:text", "autorización firmada:boolean", "pagado:boolean"], ["participante"])], [("Alumno", "Excursión")])
# ---------- German ----------
C("d3g01", "de", "Unsere Standorte haben einen Namen, eine Adresse und einen Leiter. Für jeden Standort erfassen wir die Begehungen: Datum, Prüfer, Ergebnis, Mängel.",
  [E("Standort", ["Name:text", "Adresse:text", "Leiter:person"]), E("Begehung", ["Datum:date", "Prüfer:person", "Ergebnis:text", "Mängel:long_text"])], [("Begehung", "Standort")])
C("d3g02", "de", "Kunden: Name, Telefon, E-Mail. Aufträge: Kunde, Datum, Betrag, Status (offen, erledigt).",
  [E("Kunde", ["Name:text", "Telefon:phone", "E-Mail:email"]), E("Auftrag", ["Kunde:ref>Kunde", "Datum:date", "Betrag:money", "Status:choice"])], [("Auftrag", "Kunde")])
C("d3g03", "de", "Wir verleihen Werkzeuge. Werkzeuge: Bezeichnung, Inventarnummer, Zustand. Ausleihen: welches Werkzeug, Mitarbeiter, ausgeliehen am, zurück am.",
  [E("Werkzeug", ["Bezeichnung:text", "Inventarnummer:text", "Zustand:text"]), E("Ausleihe", ["Werkzeug:ref>Werkzeug", "Mitarbeiter:person", "ausgeliehen am:date", "zurück am:date"])], [("Ausleihe", "Werkzeug")])
C("d3g04", "de", "Schulungen: Titel, Datum, Trainer. Pro Schulung melden sich Mitarbeiter an: Name, Abteilung, teilgenommen ja/nein.",
  [E("Schulung", ["Titel:text", "Datum:date", "Trainer:person"]), E("Anmeldung", ["Name:text", "Abteilung:text", "teilgenommen:boolean"], ["Teilnehmer", "Mitarbeiter"])], [("Anmeldung", "Schulung")])
C("d3g05", "de", "Wir haben mehrere Lager mit Name und Ort. Zu jedem Lager gibt es Inventuren: Datum, gezählte Menge, Differenz, wer gezählt hat.",
  [E("Lager", ["Name:text", "Ort:text"]), E("Inventur", ["Datum:date", "gezählte Menge:integer", "Differenz:integer", "gezählt von:person"])], [("Inventur", "Lager")])
C("d3g06", "de", "Mieter: Name, Wohnung, Telefon. Reparaturmeldungen: Mieter, Datum, was kaputt ist, erledigt ja/nein.",
  [E("Mieter", ["Name:text", "Wohnung:text", "Telefon:phone"]), E("Reparaturmeldung", ["Mieter:ref>Mieter", "Datum:date", "Beschreibung:long_text", "erledigt:boolean"], ["Meldung", "Reparatur"])], [("Reparaturmeldung", "Mieter")])

# ---------- wave 2 (written after the OrphanLinks pass, for the second-reference rule) ----------
C("d3w01", "en", "Depots: name, town, supervisor. Stock moves: from depot, to depot, product, quantity, date moved.",
  [E("Depot", ["name:text", "town:text", "supervisor:person"]), E("Stock move", ["from depot:ref>Depot", "to depot:ref>Depot", "product:text", "quantity:integer", "date moved:date"], ["move", "transfer"])], [("Stock move", "Depot")])
C("d3w02", "es", "Clubes: nombre, ciudad, presidente. Partidos: club local, club visitante, fecha, resultado, árbitro.",
  [E("Club", ["nombre:text", "ciudad:text", "presidente:person"]), E("Partido", ["club local:ref>Club", "club visitante:ref>Club", "fecha:date", "resultado:text", "árbitro:person"])], [("Partido", "Club")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "s4-d3-links-draft.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", out)
