# Session 5, helper d1 (2026-11-26): the right record kinds and links on harder requests. Two to four
# kinds per request, said the way people say them: a kind introduced as the thing recorded many times
# ("every time a truck leaves we note ...", "we log each inspection", "for every class we keep
# attendance"), a kind named only as the owner of fields said later ("the members too: ..."), kinds
# listed in prose ("we deal with landlords, flats and tenants"), and fields naming another described
# kind ("the supplier", "which room") that must be references. English, French, Spanish, German, in
# the messy style of probe5 (asides, lower case, reasons, typos). Written from general knowledge
# BEFORE running the engine on them.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s5-d1-kinds-draft.jsonl --cmd "./toolsmith draft --jsonl"
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
    # every link is a reference field of the child, named after its target
    for a, b in rels:
        child = next(e for e in ents if e["name"] == a)
        if not any(f.get("target") == b for f in child["fields"]):
            child["fields"].insert(0, F(b.lower() + ":ref>" + b))
    cases.append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                  "relations": [{"from": a, "to": b} for a, b in rels], "notes": ""})

# ---------- English ----------
C("k5e01", "en", "We run a small haulage firm, 8 trucks. Every time a truck leaves the yard we note the driver, the departure time, the destination and the load in tonnes. For the trucks themselves: plate, make, max load, next MOT date.",
  [E("Truck", ["plate:text", "make:text", "max load:decimal", "next MOT date:date"]),
   E("Departure", ["driver:person", "departure time:datetime", "destination:text", "load:decimal"], ["trip", "run", "journey"])], [("Departure", "Truck")])
C("k5e02", "en", "i manage the fire safety for 3 buildings. we log each inspection of an extinguisher - date, inspector, pressure ok yes/no, notes. extinguishers have a serial number, a type (water, foam, co2, powder), which building and the floor. buildings just need a name and an address",
  [E("Building", ["name:text", "address:text"]),
   E("Extinguisher", ["serial number:text", "type:choice", "building:ref>Building", "floor:text"]),
   E("Inspection", ["date:date", "inspector:person", "pressure ok:boolean", "notes:long_text"])], [("Extinguisher", "Building"), ("Inspection", "Extinguisher")])
C("k5e03", "en", "Dance school here! We have classes (name, teacher, weekday, level: beginner, improver, advanced) and students with their name, phone, and date of birth. For every class we keep attendance: the student, the date, and whether they paid on the door.",
  [E("Class", ["name:text", "teacher:person", "weekday:choice", "level:choice"]),
   E("Student", ["name:text", "phone:phone", "date of birth:date"]),
   E("Attendance", ["student:ref>Student", "date:date", "paid on the door:boolean"])], [("Attendance", "Class"), ("Attendance", "Student")])
C("k5e04", "en", "Our office has about 20 meeting rooms and people keep double booking them. Rooms have a name, a floor and how many seats. A booking should say which room, who booked it, the start and the end time, and whether catering is needed.",
  [E("Room", ["name:text", "floor:text", "seats:integer"], ["meeting room"]),
   E("Booking", ["room:ref>Room", "booked by:person", "start time:datetime", "end time:datetime", "catering needed:boolean"])], [("Booking", "Room")])
C("k5e05", "en", "We deal with landlords, flats and tenants. Landlords: name, phone, bank account. Each flat belongs to a landlord and has an address, a number of bedrooms and the monthly rent. Tenants have a name, an email, the flat they rent and the move-in date.",
  [E("Landlord", ["name:text", "phone:phone", "bank account:text"]),
   E("Flat", ["address:text", "number of bedrooms:integer", "monthly rent:money"]),
   E("Tenant", ["name:text", "email:email", "flat:ref>Flat", "move-in date:date"])], [("Flat", "Landlord"), ("Tenant", "Flat")])
C("k5e06", "en", "Can we get something for the vet practice? Owners with name, phone and address. Their pets: name, species, breed, the owner. And every visit gets written down - which pet, the date, the vet who saw it, what was done and the price.",
  [E("Owner", ["name:text", "phone:phone", "address:text"]),
   E("Pet", ["name:text", "species:text", "breed:text", "owner:ref>Owner"]),
   E("Visit", ["pet:ref>Pet", "date:date", "vet:person", "what was done:long_text", "price:money"])], [("Pet", "Owner"), ("Visit", "Pet")])
C("k5e07", "en", "I look after the company cars. Whenever someone fills up, they should record the car, the date, litres, the cost and the mileage. The cars: registration, model, who it's assigned to.",
  [E("Car", ["registration:text", "model:text", "assigned to:person"]),
   E("Fill-up", ["car:ref>Car", "date:date", "litres:decimal", "cost:money", "mileage:integer"], ["refuel", "fuel purchase", "fuel log"])], [("Fill-up", "Car")])
C("k5e08", "en", "we run coding bootcamps. cohorts have a name, a start date and an end date. every participant is in one cohort and we need their name, email and laptop needed yes or no. there are also weekly assessments per participant, with the week number, score out of 100 and feedback",
  [E("Cohort", ["name:text", "start date:date", "end date:date"]),
   E("Participant", ["name:text", "email:email", "laptop needed:boolean"]),
   E("Assessment", ["week number:integer", "score:integer", "feedback:long_text"])], [("Participant", "Cohort"), ("Assessment", "Participant")])
C("k5e09", "en", "The warehouse wants to track stock movements. Products: SKU, description, unit. Locations are aisles with a code and a zone. Each movement moves a quantity of one product from one location to another, on a date, done by someone.",
  [E("Product", ["SKU:text", "description:text", "unit:text"]),
   E("Location", ["code:text", "zone:text"], ["aisle"]),
   E("Movement", ["product:ref>Product", "quantity:decimal", "from location:ref>Location", "to location:ref>Location", "date:date", "done by:person"])], [("Movement", "Product"), ("Movement", "Location")])
C("k5e10", "en", "For the community garden: we have members (name, email, plot number) and a shared tool shed. When a member borrows a tool we write the member, which tool, the day taken and the day returned. Tools: name, condition (good, worn, broken).",
  [E("Member", ["name:text", "email:email", "plot number:text"]),
   E("Tool", ["name:text", "condition:choice"]),
   E("Loan", ["member:ref>Member", "tool:ref>Tool", "day taken:date", "day returned:date"], ["borrowing"])], [("Loan", "Member"), ("Loan", "Tool")])
C("k5e11", "en", "Hi, HR here. We organise trainings and I need to know who attended. A training has a title, a trainer, a date and a duration in hours. Employees are already in another system so just their name and department. Each attendance links an employee to a training, plus whether they passed the quiz.",
  [E("Training", ["title:text", "trainer:person", "date:date", "duration:decimal"]),
   E("Employee", ["name:text", "department:text"]),
   E("Attendance", ["employee:ref>Employee", "training:ref>Training", "passed the quiz:boolean"])], [("Attendance", "Employee"), ("Attendance", "Training")])
C("k5e12", "en", "Print shop jobs. Customers - company name, contact, email. For each job we note the customer, what to print, number of copies, paper type (matt, gloss, recycled), due date and price. Sometimes jobs get reprinted, we log every reprint with the date and the reason.",
  [E("Customer", ["company name:text", "contact:text", "email:email"]),
   E("Job", ["customer:ref>Customer", "what to print:text", "number of copies:integer", "paper type:choice", "due date:date", "price:money"]),
   E("Reprint", ["date:date", "reason:long_text"])], [("Job", "Customer"), ("Reprint", "Job")])
# ---------- French ----------
C("k5f01", "fr", "Bonjour, on gère une flotte de vélos en libre service pour les employés. Chaque fois qu'un vélo sort, on note l'employé, l'heure de départ, l'heure de retour et l'état au retour. Les vélos : numéro, modèle, date d'achat.",
  [E("Vélo", ["numéro:text", "modèle:text", "date d'achat:date"]),
   E("Sortie", ["employé:text", "heure de départ:datetime", "heure de retour:datetime", "état au retour:text"], ["emprunt", "prêt", "location"])], [("Sortie", "Vélo")])
C("k5f02", "fr", "Dans notre école de musique il y a des professeurs (nom, instrument, téléphone) et des élèves (nom, prénom, date de naissance, le professeur). Pour chaque cours on note l'élève, la date, la durée et si le cours a été payé.",
  [E("Professeur", ["nom:text", "instrument:text", "téléphone:phone"]),
   E("Élève", ["nom:text", "prénom:text", "date de naissance:date", "professeur:ref>Professeur"]),
   E("Cours", ["élève:ref>Élève", "date:date", "durée:decimal", "payé:boolean"])], [("Élève", "Professeur"), ("Cours", "Élève")])
C("k5f03", "fr", "salut, je voudrais suivre les contrôles des extincteurs. chaque extincteur a un numéro, un type et un emplacement. on enregistre chaque contrôle : l'extincteur, la date, le technicien, conforme ou non.",
  [E("Extincteur", ["numéro:text", "type:text", "emplacement:text"]),
   E("Contrôle", ["extincteur:ref>Extincteur", "date:date", "technicien:person", "conforme:boolean"])], [("Contrôle", "Extincteur")])
C("k5f04", "fr", "On organise des séjours pour ados. Un séjour a une destination, une date de départ, une date de retour et un prix. Les inscriptions : quel séjour, le nom du jeune, l'âge, le téléphone des parents, acompte versé oui/non. Et les animateurs de chaque séjour avec nom et diplôme (BAFA, BAFD, aucun).",
  [E("Séjour", ["destination:text", "date de départ:date", "date de retour:date", "prix:money"]),
   E("Inscription", ["séjour:ref>Séjour", "nom du jeune:text", "âge:integer", "téléphone des parents:phone", "acompte versé:boolean"]),
   E("Animateur", ["nom:text", "diplôme:choice"])], [("Inscription", "Séjour"), ("Animateur", "Séjour")])
C("k5f05", "fr", "Pour la pharmacie de l'hôpital : les médicaments (nom, dosage, forme) et les services (nom, étage). À chaque fois qu'un service commande, on enregistre le service, le médicament, la quantité, la date et qui a validé.",
  [E("Médicament", ["nom:text", "dosage:text", "forme:text"]),
   E("Service", ["nom:text", "étage:text"]),
   E("Commande", ["service:ref>Service", "médicament:ref>Médicament", "quantité:integer", "date:date", "validé par:person"])], [("Commande", "Service"), ("Commande", "Médicament")])
C("k5f06", "fr", "Au garage on a des clients et leurs voitures. Client : nom, téléphone, email. Voiture : immatriculation, marque, le propriétaire. Chaque réparation concerne une voiture : date, travaux faits, pièces, montant, payé ou pas.",
  [E("Client", ["nom:text", "téléphone:phone", "email:email"], ["propriétaire"]),
   E("Voiture", ["immatriculation:text", "marque:text", "propriétaire:ref>Client"]),
   E("Réparation", ["date:date", "travaux faits:long_text", "pièces:text", "montant:money", "payé:boolean"])], [("Voiture", "Client"), ("Réparation", "Voiture")])
C("k5f07", "fr", "Je suis bibliothécaire dans un collège. On prête des livres aux élèves. Pour les livres : titre, auteur, cote. Pour les élèves : nom, classe. Chaque prêt : le livre, l'élève, date de prêt, date de retour prévue, rendu oui/non.",
  [E("Livre", ["titre:text", "auteur:text", "cote:text"]),
   E("Élève", ["nom:text", "classe:text"]),
   E("Prêt", ["livre:ref>Livre", "élève:ref>Élève", "date de prêt:date", "date de retour prévue:date", "rendu:boolean"])], [("Prêt", "Livre"), ("Prêt", "Élève")])
C("k5f08", "fr", "Nous louons des salles de réunion à des entreprises. Les entreprises ont un nom, un contact et un email. Chaque location est pour une entreprise et une salle, avec la date, le nombre de personnes et le tarif. Les salles ont un nom et une capacité.",
  [E("Entreprise", ["nom:text", "contact:text", "email:email"]),
   E("Location", ["date:date", "nombre de personnes:integer", "tarif:money"], ["réservation"]),
   E("Salle", ["nom:text", "capacité:integer"])], [("Location", "Entreprise"), ("Location", "Salle")])
# ---------- Spanish ----------
C("k5s01", "es", "Hola, tenemos una escuela de idiomas. Hay profesores (nombre, idioma, teléfono) y grupos con un nivel, un horario y el profesor que lo da. Cada vez que hay clase pasamos lista: el grupo, la fecha y cuántos alumnos vinieron.",
  [E("Profesor", ["nombre:text", "idioma:text", "teléfono:phone"]),
   E("Grupo", ["nivel:text", "horario:text", "profesor:ref>Profesor"]),
   E("Clase", ["grupo:ref>Grupo", "fecha:date", "alumnos:integer"], ["asistencia", "sesión"])], [("Grupo", "Profesor"), ("Clase", "Grupo")])
C("k5s02", "es", "en la granja queremos llevar el control de las vacas. de cada vaca: número de crotal, raza, fecha de nacimiento. y cada ordeño lo apuntamos con la vaca, la fecha, los litros y quién ordeñó",
  [E("Vaca", ["número de crotal:text", "raza:text", "fecha de nacimiento:date"]),
   E("Ordeño", ["vaca:ref>Vaca", "fecha:date", "litros:decimal", "ordeñado por:person"])], [("Ordeño", "Vaca")])
C("k5s03", "es", "Necesito algo para el taller de bicis. Los clientes tienen nombre y teléfono. Cada reparación es de un cliente y tiene la bici, lo que hay que hacer, el precio y si ya está lista. Los mecánicos: nombre y especialidad.",
  [E("Cliente", ["nombre:text", "teléfono:phone"]),
   E("Reparación", ["bici:text", "lo que hay que hacer:long_text", "precio:money", "lista:boolean"]),
   E("Mecánico", ["nombre:text", "especialidad:text"])], [("Reparación", "Cliente")])
C("k5s04", "es", "Somos un club de senderismo. Organizamos rutas (nombre, dificultad: fácil, media, difícil, kilómetros, fecha). Los socios tienen nombre, email y teléfono. Para cada ruta apuntamos quién se inscribe: el socio y si necesita transporte.",
  [E("Ruta", ["nombre:text", "dificultad:choice", "kilómetros:decimal", "fecha:date"]),
   E("Socio", ["nombre:text", "email:email", "teléfono:phone"]),
   E("Inscripción", ["socio:ref>Socio", "necesita transporte:boolean"])], [("Inscripción", "Ruta"), ("Inscripción", "Socio")])
C("k5s05", "es", "En la clínica dental queremos gestionar las citas. Los pacientes: nombre, teléfono, fecha de nacimiento. Los dentistas: nombre y especialidad. Cada cita tiene el paciente, el dentista, la fecha, la hora y el tratamiento.",
  [E("Paciente", ["nombre:text", "teléfono:phone", "fecha de nacimiento:date"]),
   E("Dentista", ["nombre:text", "especialidad:text"]),
   E("Cita", ["paciente:ref>Paciente", "dentista:ref>Dentista", "fecha:date", "hora:datetime", "tratamiento:text"])], [("Cita", "Paciente"), ("Cita", "Dentista")])
C("k5s06", "es", "registro de entregas de la cooperativa. los agricultores (nombre, dni, teléfono) traen fruta y cada entrega se apunta: agricultor, fecha, tipo de fruta (naranja, limón, mandarina), kilos y calidad",
  [E("Agricultor", ["nombre:text", "dni:text", "teléfono:phone"]),
   E("Entrega", ["agricultor:ref>Agricultor", "fecha:date", "tipo de fruta:choice", "kilos:decimal", "calidad:text"])], [("Entrega", "Agricultor")])
C("k5s07", "es", "Queremos controlar el mantenimiento de los ascensores de nuestros edificios. Cada edificio tiene dirección y administrador. Cada ascensor está en un edificio y tiene número de serie y fabricante. Cada revisión: el ascensor, la fecha, el técnico, resultado (correcto, con defectos, parado).",
  [E("Edificio", ["dirección:text", "administrador:person"]),
   E("Ascensor", ["número de serie:text", "fabricante:text"]),
   E("Revisión", ["ascensor:ref>Ascensor", "fecha:date", "técnico:person", "resultado:choice"])], [("Ascensor", "Edificio"), ("Revisión", "Ascensor")])
# ---------- German ----------
C("k5g01", "de", "Wir sind ein Getränkehandel. Jedes Mal wenn ein Lieferwagen rausfährt, notieren wir Fahrer, Abfahrtszeit, Route und Anzahl Kisten. Zu den Lieferwagen selbst: Kennzeichen, Modell, nächster TÜV.",
  [E("Lieferwagen", ["Kennzeichen:text", "Modell:text", "nächster TÜV:date"]),
   E("Fahrt", ["Fahrer:person", "Abfahrtszeit:datetime", "Route:text", "Anzahl Kisten:integer"], ["Tour", "Auslieferung", "Ausfahrt"])], [("Fahrt", "Lieferwagen")])
C("k5g02", "de", "Hallo! In unserer Kita gibt es Gruppen (Name, Raum, Erzieherin) und Kinder mit Name, Geburtsdatum und Gruppe. Jeden Morgen erfassen wir die Anwesenheit: Kind, Datum, anwesend ja/nein, abgeholt von.",
  [E("Gruppe", ["Name:text", "Raum:text", "Erzieherin:person"]),
   E("Kind", ["Name:text", "Geburtsdatum:date", "Gruppe:ref>Gruppe"]),
   E("Anwesenheit", ["Kind:ref>Kind", "Datum:date", "anwesend:boolean", "abgeholt von:person"])], [("Kind", "Gruppe"), ("Anwesenheit", "Kind")])
C("k5g03", "de", "Wir verleihen Werkzeug an Vereinsmitglieder. Werkzeuge haben eine Inventarnummer, eine Bezeichnung und einen Zustand. Mitglieder: Name, Telefon. Bei jeder Ausleihe halten wir fest, welches Werkzeug, welches Mitglied, wann ausgeliehen und wann zurück.",
  [E("Werkzeug", ["Inventarnummer:text", "Bezeichnung:text", "Zustand:text"]),
   E("Mitglied", ["Name:text", "Telefon:phone"]),
   E("Ausleihe", ["Werkzeug:ref>Werkzeug", "Mitglied:ref>Mitglied", "ausgeliehen am:date", "zurück am:date"])], [("Ausleihe", "Werkzeug"), ("Ausleihe", "Mitglied")])
C("k5g04", "de", "Für die Hausmeisterei: wir betreuen mehrere Gebäude (Name, Adresse). Jede Wartung einer Heizungsanlage wird protokolliert mit Datum, Firma, Kosten und Ergebnis. Die Heizungsanlagen: Gebäude, Hersteller, Baujahr.",
  [E("Gebäude", ["Name:text", "Adresse:text"]),
   E("Heizungsanlage", ["Gebäude:ref>Gebäude", "Hersteller:text", "Baujahr:integer"], ["Anlage"]),
   E("Wartung", ["Datum:date", "Firma:text", "Kosten:money", "Ergebnis:text"])], [("Heizungsanlage", "Gebäude"), ("Wartung", "Heizungsanlage")])
C("k5g05", "de", "Unsere Praxis braucht eine Terminverwaltung. Patienten haben Name, Geburtsdatum, Versicherung (gesetzlich, privat). Ärzte: Name, Fachrichtung. Jeder Termin gehört zu einem Patienten und einem Arzt, mit Datum, Uhrzeit und Grund.",
  [E("Patient", ["Name:text", "Geburtsdatum:date", "Versicherung:choice"]),
   E("Arzt", ["Name:text", "Fachrichtung:text"]),
   E("Termin", ["Datum:date", "Uhrzeit:datetime", "Grund:text"])], [("Termin", "Patient"), ("Termin", "Arzt")])
C("k5g06", "de", "ich organisiere die Nachhilfe an unserer Schule. Es gibt Tutoren (Name, Klasse, Fach) und Schüler (Name, Klasse). Nach jeder Stunde trägt der Tutor ein: Schüler, Datum, Dauer in Minuten, Thema.",
  [E("Tutor", ["Name:text", "Klasse:text", "Fach:text"]),
   E("Schüler", ["Name:text", "Klasse:text"]),
   E("Stunde", ["Schüler:ref>Schüler", "Datum:date", "Dauer:integer", "Thema:text"], ["Nachhilfestunde", "Sitzung"])], [("Stunde", "Tutor"), ("Stunde", "Schüler")])
C("k5g07", "de", "Lager: Artikel mit Artikelnummer, Bezeichnung und Mindestbestand. Lieferanten mit Name und E-Mail. Jede Bestellung geht an einen Lieferanten: Artikel, Menge, Bestelldatum, geliefert ja/nein.",
  [E("Artikel", ["Artikelnummer:text", "Bezeichnung:text", "Mindestbestand:integer"]),
   E("Lieferant", ["Name:text", "E-Mail:email"]),
   E("Bestellung", ["Artikel:ref>Artikel", "Menge:integer", "Bestelldatum:date", "geliefert:boolean"])], [("Bestellung", "Lieferant"), ("Bestellung", "Artikel")])

with open(os.path.join(os.path.dirname(__file__), "s5-d1-kinds-draft.jsonl"), "w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
