# Session 7, helper d2 (2026-11-27): record kinds and many-to-one links in long requests with several
# kinds. Shapes: a kind introduced only in passing ("each order has a customer, and for customers we
# keep ..."), a field that names another kind of the same request ("which vehicle", "the supplier",
# "the project it belongs to") that must be a reference, links said from the "one" side ("a customer
# can place many orders"), children said through a verb. All four languages, styles of unseen sets:
# long chatty sentences with asides, lower case and typos, pasted half-structured notes.
# Two sets: s7-d2-dev (developed on) and s7-d2-check (own unseen check: scored, misses NOT read
# while coding). Different domains and wording. Written BEFORE running the engine on them.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s7-d2-dev.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(spec, al=()):
    name, t = spec.rsplit(":", 1)
    d = {"name": name, "aliases": list(al), "type": t, "alt_types": ["text"] if t in ("person", "long_text", "choice") else []}
    if t.startswith("ref>"):
        d["type"] = "reference"; d["target"] = t[4:]; d["alt_types"] = []
    return d
def E(name, fields, al=()): return {"name": name, "aliases": list(al), "fields": [F(f) for f in fields]}
sets = {"dev": [], "check": []}
def C(which, id, lang, prompt, ents, rels):
    for a, b in rels:
        child = next(e for e in ents if e["name"] == a)
        if not any(f.get("target") == b for f in child["fields"]):
            child["fields"].insert(0, F(b.lower() + ":ref>" + b))
    sets[which].append({"id": id, "lang": lang, "prompt": prompt, "entities": ents,
                        "relations": [{"from": a, "to": b} for a, b in rels], "notes": ""})
D = lambda *a: C("dev", *a)
K = lambda *a: C("check", *a)

# ======================= dev =======================
# ---------- English ----------
D("d2e01", "en", "We run a dog grooming salon and I'm sick of the paper diary. Each appointment has a dog, a groomer, the date and time, the service (bath, full groom, nail trim) and the price. For dogs we keep the name, breed and the owner's phone number. Groomers just need a name and the days they work.",
  [E("Dog", ["name:text", "breed:text", "owner's phone:phone"]),
   E("Groomer", ["name:text", "working days:multi_choice"]),
   E("Appointment", ["dog:ref>Dog", "groomer:ref>Groomer", "date and time:datetime", "service:choice", "price:money"])],
  [("Appointment", "Dog"), ("Appointment", "Groomer")])
D("d2e02", "en", "our bike repair shop needs something simple. a customer can bring in many bikes over the years, so bikes have a frame number, make, colour and the customer they belong to. customers: name, phone, email. then every repair job is on one bike with date in, date out, what was done and the cost",
  [E("Customer", ["name:text", "phone:phone", "email:email"]),
   E("Bike", ["frame number:text", "make:text", "colour:text", "customer:ref>Customer"]),
   E("Repair job", ["bike:ref>Bike", "date in:date", "date out:date", "work done:long_text", "cost:money"], ["repair", "job"])],
  [("Bike", "Customer"), ("Repair job", "Bike")])
D("d2e03", "en", "I manage the school library. Books have a title, author, ISBN and a shelf. Pupils borrow books: for every loan we need which book, which pupil, the date it went out and when it is due back. Pupils are in a class, and for pupils we only keep name and class. Classes have a name and a teacher.",
  [E("Book", ["title:text", "author:text", "ISBN:text", "shelf:text"]),
   E("Pupil", ["name:text", "class:ref>Class"]),
   E("Class", ["name:text", "teacher:person"]),
   E("Loan", ["book:ref>Book", "pupil:ref>Pupil", "date out:date", "due date:date"])],
  [("Loan", "Book"), ("Loan", "Pupil"), ("Pupil", "Class")])
D("d2e04", "en", "Catering orders. Every order comes from a client and has an event date, the number of guests, a menu and a deposit paid yes or no. We also keep track of our clients (company, contact person, phone) and of the menus we offer, each with a name and a price per head.",
  [E("Client", ["company:text", "contact person:text", "phone:phone"]),
   E("Menu", ["name:text", "price per head:money"]),
   E("Order", ["client:ref>Client", "event date:date", "number of guests:integer", "menu:ref>Menu", "deposit paid:boolean"])],
  [("Order", "Client"), ("Order", "Menu")])
D("d2e05", "en", "Hi! Facilities here. We look after 3 office buildings and want to log maintenance requests. A request says which building and which room, who reported it, a description and a priority (low / normal / urgent). Rooms belong to a building and have a number and a floor. Buildings: name and address.",
  [E("Building", ["name:text", "address:text"]),
   E("Room", ["building:ref>Building", "number:text", "floor:integer"]),
   E("Maintenance request", ["building:ref>Building", "room:ref>Room", "reported by:person", "description:long_text", "priority:choice"], ["request"])],
  [("Room", "Building"), ("Maintenance request", "Room")])
D("d2e06", "en", "For the film festival: films (title, director, country, running time in minutes) and screenings. A film can be shown several times, and each screening is in one of our venues at a date and time, with tickets sold. Venues have a name and the number of seats.",
  [E("Film", ["title:text", "director:text", "country:text", "running time:integer"]),
   E("Venue", ["name:text", "seats:integer"]),
   E("Screening", ["film:ref>Film", "venue:ref>Venue", "date and time:datetime", "tickets sold:integer"])],
  [("Screening", "Film"), ("Screening", "Venue")])
# ---------- French ----------
D("d2f01", "fr", "Bonjour, je gère une petite agence de location de voitures. Pour chaque location il faut le véhicule, le client, la date de départ, la date de retour et le kilométrage au retour. Les véhicules ont une immatriculation, une marque et une catégorie (citadine, berline, utilitaire). Pour les clients on garde le nom, le numéro de permis et le téléphone.",
  [E("Véhicule", ["immatriculation:text", "marque:text", "catégorie:choice"]),
   E("Client", ["nom:text", "numéro de permis:text", "téléphone:phone"]),
   E("Location", ["véhicule:ref>Véhicule", "client:ref>Client", "date de départ:date", "date de retour:date", "kilométrage au retour:integer"])],
  [("Location", "Véhicule"), ("Location", "Client")])
D("d2f02", "fr", "cabinet dentaire: on veut suivre les patients et leurs rendez-vous. un patient peut avoir beaucoup de rendez-vous. patient = nom, date de naissance, mutuelle. chaque rendez-vous a une date, un praticien, le soin prévu et s'il a été honoré ou non. les praticiens ont un nom et une spécialité",
  [E("Patient", ["nom:text", "date de naissance:date", "mutuelle:text"]),
   E("Praticien", ["nom:text", "spécialité:text"]),
   E("Rendez-vous", ["patient:ref>Patient", "date:datetime", "praticien:ref>Praticien", "soin prévu:text", "honoré:boolean"])],
  [("Rendez-vous", "Patient"), ("Rendez-vous", "Praticien")])
D("d2f03", "fr", "Nous sommes une entreprise de déménagement. Chaque déménagement est fait pour un client, avec l'adresse de départ, l'adresse d'arrivée, la date, le volume en m3 et l'équipe. Les équipes ont un nom et un chef d'équipe. On note aussi les cartons livrés à chaque client avant le déménagement : nombre et date de livraison.",
  [E("Client", ["nom:text"]),
   E("Équipe", ["nom:text", "chef d'équipe:person"]),
   E("Déménagement", ["client:ref>Client", "adresse de départ:text", "adresse d'arrivée:text", "date:date", "volume:decimal", "équipe:ref>Équipe"]),
   E("Livraison de cartons", ["nombre:integer", "date de livraison:date"], ["carton", "livraison"])],
  [("Déménagement", "Client"), ("Déménagement", "Équipe"), ("Livraison de cartons", "Client")])
D("d2f04", "fr", "Pour notre club de foot il nous faut les joueurs, les équipes et les matchs. Un joueur joue dans une équipe et on garde son nom, sa date de naissance et son numéro de licence. Chaque équipe a une catégorie (U11, U13, U15, seniors) et un entraîneur. Pour chaque match : l'équipe, l'adversaire, la date, domicile ou extérieur, le score.",
  [E("Équipe", ["catégorie:choice", "entraîneur:person"]),
   E("Joueur", ["équipe:ref>Équipe", "nom:text", "date de naissance:date", "numéro de licence:text"]),
   E("Match", ["équipe:ref>Équipe", "adversaire:text", "date:date", "domicile:choice", "score:text"])],
  [("Joueur", "Équipe"), ("Match", "Équipe")])
D("d2f05", "fr", "La boulangerie prend des commandes de gâteaux. Une commande : le client, le gâteau choisi, le nombre de parts, la date de retrait, acompte versé. Les gâteaux du catalogue ont un nom et un prix par part. Les clients, on note juste nom et téléphone.",
  [E("Client", ["nom:text", "téléphone:phone"]),
   E("Gâteau", ["nom:text", "prix par part:money"]),
   E("Commande", ["client:ref>Client", "gâteau:ref>Gâteau", "nombre de parts:integer", "date de retrait:date", "acompte versé:boolean"])],
  [("Commande", "Client"), ("Commande", "Gâteau")])
D("d2f06", "fr", "On loue des bureaux dans un espace de coworking. Les membres réservent des salles de réunion : pour chaque réservation, quelle salle, quel membre, le jour, l'heure de début et l'heure de fin. Une salle a un nom et une capacité ; un membre a un nom, une société et un e-mail.",
  [E("Salle", ["nom:text", "capacité:integer"]),
   E("Membre", ["nom:text", "société:text", "e-mail:email"]),
   E("Réservation", ["salle:ref>Salle", "membre:ref>Membre", "jour:date", "heure de début:datetime", "heure de fin:datetime"])],
  [("Réservation", "Salle"), ("Réservation", "Membre")])
# ---------- Spanish ----------
D("d2s01", "es", "hola, tenemos un vivero y queremos controlar los pedidos de plantas. cada pedido es de un cliente y tiene la fecha, la planta, la cantidad y si ya se entregó. de las plantas guardamos nombre, variedad y precio. de los clientes nombre, teléfono y dirección",
  [E("Cliente", ["nombre:text", "teléfono:phone", "dirección:text"]),
   E("Planta", ["nombre:text", "variedad:text", "precio:money"]),
   E("Pedido", ["cliente:ref>Cliente", "fecha:date", "planta:ref>Planta", "cantidad:integer", "entregado:boolean"])],
  [("Pedido", "Cliente"), ("Pedido", "Planta")])
D("d2s02", "es", "Necesito una app para el servicio técnico. Los técnicos atienden incidencias: cada incidencia tiene un cliente, el equipo afectado, la descripción, la fecha y el técnico asignado. Los equipos son de un cliente y tienen número de serie y modelo. Los técnicos tienen nombre y zona.",
  [E("Cliente", ["nombre:text"]),
   E("Técnico", ["nombre:text", "zona:text"]),
   E("Equipo", ["cliente:ref>Cliente", "número de serie:text", "modelo:text"]),
   E("Incidencia", ["cliente:ref>Cliente", "equipo:ref>Equipo", "descripción:long_text", "fecha:date", "técnico:ref>Técnico"])],
  [("Incidencia", "Equipo"), ("Incidencia", "Técnico"), ("Equipo", "Cliente")])
D("d2s03", "es", "En la academia de idiomas tenemos cursos, profesores y alumnos. Cada curso tiene un idioma, un nivel (A1, A2, B1, B2, C1) y un profesor. Un alumno se matricula en un curso; de la matrícula queremos la fecha y si ha pagado. De los alumnos: nombre, email y teléfono. De los profesores: nombre y lengua materna.",
  [E("Profesor", ["nombre:text", "lengua materna:text"]),
   E("Curso", ["idioma:text", "nivel:choice", "profesor:ref>Profesor"]),
   E("Alumno", ["nombre:text", "email:email", "teléfono:phone"]),
   E("Matrícula", ["alumno:ref>Alumno", "curso:ref>Curso", "fecha:date", "pagado:boolean"])],
  [("Curso", "Profesor"), ("Matrícula", "Alumno"), ("Matrícula", "Curso")])
D("d2s04", "es", "Somos una bodega pequeña. Queremos registrar las barricas (número, tipo de roble, capacidad en litros) y los vinos. Cada barrica contiene un vino, y del vino guardamos nombre, añada y variedad de uva. También las catas: fecha, barrica, nota de 1 a 10 y comentarios.",
  [E("Vino", ["nombre:text", "añada:integer", "variedad de uva:text"]),
   E("Barrica", ["número:text", "tipo de roble:text", "capacidad:integer", "vino:ref>Vino"]),
   E("Cata", ["fecha:date", "barrica:ref>Barrica", "nota:integer", "comentarios:long_text"])],
  [("Barrica", "Vino"), ("Cata", "Barrica")])
D("d2s05", "es", "Gestión de mudanzas de oficina: cada traslado pertenece a un proyecto y tiene fecha, origen, destino y número de cajas. Los proyectos tienen nombre, responsable y fecha límite. Además cada caja lleva una etiqueta y va en un traslado.",
  [E("Proyecto", ["nombre:text", "responsable:person", "fecha límite:date"]),
   E("Traslado", ["proyecto:ref>Proyecto", "fecha:date", "origen:text", "destino:text", "número de cajas:integer"]),
   E("Caja", ["etiqueta:text", "traslado:ref>Traslado"])],
  [("Traslado", "Proyecto"), ("Caja", "Traslado")])
D("d2s06", "es", "Para el club de pádel: las pistas (número, cubierta sí o no), los socios (nombre, teléfono, nivel) y las reservas. Una reserva es de un socio para una pista, con el día, la hora y si está pagada.",
  [E("Pista", ["número:text", "cubierta:boolean"]),
   E("Socio", ["nombre:text", "teléfono:phone", "nivel:text"]),
   E("Reserva", ["socio:ref>Socio", "pista:ref>Pista", "día:date", "hora:datetime", "pagada:boolean"])],
  [("Reserva", "Socio"), ("Reserva", "Pista")])
# ---------- German ----------
D("d2g01", "de", "Hallo zusammen, wir sind eine Gärtnerei und brauchen eine Übersicht über unsere Lieferungen. Jede Lieferung geht an einen Kunden und hat ein Datum, die Pflanzen, die Menge und den Fahrer. Bei den Kunden speichern wir Name, Adresse und Telefonnummer. Fahrer haben einen Namen und einen Führerschein bis-Datum.",
  [E("Kunde", ["Name:text", "Adresse:text", "Telefonnummer:phone"]),
   E("Fahrer", ["Name:text", "Führerschein gültig bis:date"]),
   E("Lieferung", ["Kunde:ref>Kunde", "Datum:date", "Pflanzen:text", "Menge:integer", "Fahrer:ref>Fahrer"])],
  [("Lieferung", "Kunde"), ("Lieferung", "Fahrer")])
D("d2g02", "de", "Für unsere Zahnarztpraxis: Patienten mit Name, Geburtsdatum und Krankenkasse. Ein Patient kann viele Termine haben; jeder Termin hat Datum und Uhrzeit, den Behandler und die Behandlung. Behandler: Name und Fachrichtung.",
  [E("Patient", ["Name:text", "Geburtsdatum:date", "Krankenkasse:text"]),
   E("Behandler", ["Name:text", "Fachrichtung:text"]),
   E("Termin", ["Patient:ref>Patient", "Datum und Uhrzeit:datetime", "Behandler:ref>Behandler", "Behandlung:text"])],
  [("Termin", "Patient"), ("Termin", "Behandler")])
D("d2g03", "de", "wir haben eine kleine druckerei. aufträge kommen von kunden, jeder auftrag hat eine auflage, ein papier, einen liefertermin und einen preis. das papier wählen wir aus unserem lager, dort führen wir papiersorten mit bezeichnung, grammatur und bestand. kunden: firma, ansprechpartner, email",
  [E("Kunde", ["Firma:text", "Ansprechpartner:text", "Email:email"]),
   E("Papiersorte", ["Bezeichnung:text", "Grammatur:integer", "Bestand:integer"], ["Papier"]),
   E("Auftrag", ["Kunde:ref>Kunde", "Auflage:integer", "Papier:ref>Papiersorte", "Liefertermin:date", "Preis:money"])],
  [("Auftrag", "Kunde"), ("Auftrag", "Papiersorte")])
D("d2g04", "de", "Im Tierheim erfassen wir Tiere (Name, Art, Alter, Aufnahmedatum) und Interessenten mit Name und Telefon. Wenn ein Tier vermittelt wird, halten wir die Vermittlung fest: welches Tier, welcher Interessent, Datum und Schutzgebühr.",
  [E("Tier", ["Name:text", "Art:text", "Alter:integer", "Aufnahmedatum:date"]),
   E("Interessent", ["Name:text", "Telefon:phone"]),
   E("Vermittlung", ["Tier:ref>Tier", "Interessent:ref>Interessent", "Datum:date", "Schutzgebühr:money"])],
  [("Vermittlung", "Tier"), ("Vermittlung", "Interessent")])
D("d2g05", "de", "Projektzeiterfassung: Mitarbeiter buchen Stunden auf Projekte. Jede Buchung hat den Mitarbeiter, das Projekt, das Datum, die Stunden und eine Tätigkeit. Projekte haben eine Nummer, einen Namen und ein Budget. Mitarbeiter: Name, Abteilung, Stundensatz.",
  [E("Mitarbeiter", ["Name:text", "Abteilung:text", "Stundensatz:money"]),
   E("Projekt", ["Nummer:text", "Name:text", "Budget:money"]),
   E("Buchung", ["Mitarbeiter:ref>Mitarbeiter", "Projekt:ref>Projekt", "Datum:date", "Stunden:decimal", "Tätigkeit:text"])],
  [("Buchung", "Mitarbeiter"), ("Buchung", "Projekt")])
D("d2g06", "de", "Wir betreuen Photovoltaikanlagen. Jede Anlage gehört einem Kunden und hat Standort, Leistung in kWp und Inbetriebnahme. Zu jeder Anlage machen wir Wartungen mit Datum, Techniker und Befund. Kunden: Name, Telefon.",
  [E("Kunde", ["Name:text", "Telefon:phone"]),
   E("Anlage", ["Kunde:ref>Kunde", "Standort:text", "Leistung:decimal", "Inbetriebnahme:date"]),
   E("Wartung", ["Datum:date", "Techniker:person", "Befund:long_text"])],
  [("Anlage", "Kunde"), ("Wartung", "Anlage")])

# ======================= check (own unseen check: do not read its misses while coding) =======================
# ---------- English ----------
K("d2k-e01", "en", "Our microbrewery wants to track brews. Each brew uses one recipe and goes into a fermenter; we note the brew date, the volume in litres and the original gravity. Recipes have a name, a style and a target ABV. Fermenters: number and capacity.",
  [E("Recipe", ["name:text", "style:text", "target ABV:decimal"]),
   E("Fermenter", ["number:text", "capacity:decimal"]),
   E("Brew", ["recipe:ref>Recipe", "fermenter:ref>Fermenter", "brew date:date", "volume:decimal", "original gravity:decimal"])],
  [("Brew", "Recipe"), ("Brew", "Fermenter")])
K("d2k-e02", "en", "so basically we're a marina. boats are owned by members and sit in a berth. for boats: name, length, the owner and which berth. members have a name, phone and membership number. berths have a pontoon letter and a number",
  [E("Member", ["name:text", "phone:phone", "membership number:text"]),
   E("Berth", ["pontoon:text", "number:text"]),
   E("Boat", ["name:text", "length:decimal", "owner:ref>Member", "berth:ref>Berth"])],
  [("Boat", "Member"), ("Boat", "Berth")])
K("d2k-e03", "en", "I coordinate volunteer tutors. Tutors (name, subject, email) are matched with students, and every session a tutor gives to a student gets logged with the date, length in minutes and a short note. For students we keep name, school year and a parent's phone.",
  [E("Tutor", ["name:text", "subject:text", "email:email"]),
   E("Student", ["name:text", "school year:text", "parent's phone:phone"]),
   E("Session", ["tutor:ref>Tutor", "student:ref>Student", "date:date", "length:integer", "note:long_text"])],
  [("Session", "Tutor"), ("Session", "Student")])
K("d2k-e04", "en", "Museum loans. We lend objects to other institutions. Every loan agreement is with one borrowing institution and covers one object, with a start date, an end date and the insurance value. Institutions: name, city, contact email. Objects have an inventory number, a title and the gallery they normally hang in.",
  [E("Institution", ["name:text", "city:text", "contact email:email"]),
   E("Object", ["inventory number:text", "title:text", "gallery:text"]),
   E("Loan agreement", ["institution:ref>Institution", "object:ref>Object", "start date:date", "end date:date", "insurance value:money"], ["loan"])],
  [("Loan agreement", "Institution"), ("Loan agreement", "Object")])
K("d2k-e05", "en", "Road maintenance team. We log potholes reported on our roads: which road, location description, size (small, medium, large), date reported and when it was filled. Roads have a name and a district. Each district has a supervisor, and districts only need a name and that supervisor.",
  [E("District", ["name:text", "supervisor:person"]),
   E("Road", ["name:text", "district:ref>District"]),
   E("Pothole", ["road:ref>Road", "location:text", "size:choice", "date reported:date", "filled on:date"])],
  [("Pothole", "Road"), ("Road", "District")])
K("d2k-e06", "en", "conference planning: talks, speakers and rooms. a speaker can give several talks. talk = title, abstract, speaker, room, start time. speakers have name, company and bio. rooms have a name and capacity",
  [E("Speaker", ["name:text", "company:text", "bio:long_text"]),
   E("Room", ["name:text", "capacity:integer"]),
   E("Talk", ["title:text", "abstract:long_text", "speaker:ref>Speaker", "room:ref>Room", "start time:datetime"])],
  [("Talk", "Speaker"), ("Talk", "Room")])
# ---------- French ----------
K("d2k-f01", "fr", "Nous avons un refuge pour chiens. Chaque chien est placé dans un box ; on garde son nom, sa race, son âge et le box. Les box ont un numéro et une taille (petit, moyen, grand). Et pour les bénévoles qui promènent les chiens, on note chaque promenade : le bénévole, le chien, la date et la durée.",
  [E("Box", ["numéro:text", "taille:choice"]),
   E("Chien", ["nom:text", "race:text", "âge:integer", "box:ref>Box"]),
   E("Bénévole", ["nom:text"]),
   E("Promenade", ["bénévole:ref>Bénévole", "chien:ref>Chien", "date:date", "durée:integer"])],
  [("Chien", "Box"), ("Promenade", "Chien"), ("Promenade", "Bénévole")])
K("d2k-f02", "fr", "orchestre amateur : les musiciens (nom, instrument, pupitre) et les concerts (date, lieu, programme). pour chaque concert on veut savoir quels musiciens sont présents, donc une participation avec le musicien, le concert et confirmé oui/non",
  [E("Musicien", ["nom:text", "instrument:text", "pupitre:text"]),
   E("Concert", ["date:date", "lieu:text", "programme:long_text"]),
   E("Participation", ["musicien:ref>Musicien", "concert:ref>Concert", "confirmé:boolean"])],
  [("Participation", "Musicien"), ("Participation", "Concert")])
K("d2k-f03", "fr", "Centre de tri des déchets. Les camions apportent des dépôts ; chaque dépôt vient d'une commune, avec la date, le type de déchet (verre, papier, plastique, encombrants) et le poids en tonnes. Les communes : nom, code postal, nombre d'habitants. Les camions : immatriculation et transporteur.",
  [E("Commune", ["nom:text", "code postal:text", "nombre d'habitants:integer"]),
   E("Camion", ["immatriculation:text", "transporteur:text"]),
   E("Dépôt", ["commune:ref>Commune", "camion:ref>Camion", "date:date", "type de déchet:choice", "poids:decimal"])],
  [("Dépôt", "Commune"), ("Dépôt", "Camion")])
K("d2k-f04", "fr", "Je suis pharmacienne hospitalière. On suit les médicaments (nom, dosage, forme) et leurs lots : chaque lot a un numéro, une date de péremption et une quantité. Les lots sont rangés dans une armoire ; pour les armoires on garde le service et l'emplacement.",
  [E("Médicament", ["nom:text", "dosage:text", "forme:text"]),
   E("Armoire", ["service:text", "emplacement:text"]),
   E("Lot", ["médicament:ref>Médicament", "numéro:text", "date de péremption:date", "quantité:integer", "armoire:ref>Armoire"])],
  [("Lot", "Médicament"), ("Lot", "Armoire")])
K("d2k-f05", "fr", "Salon de coiffure. Les clientes prennent rendez-vous avec une coiffeuse : pour le rendez-vous on note la cliente, la coiffeuse, la date et l'heure, la prestation. Les prestations ont un nom, une durée et un tarif. Clientes : nom, téléphone.",
  [E("Cliente", ["nom:text", "téléphone:phone"]),
   E("Coiffeuse", ["nom:text"]),
   E("Prestation", ["nom:text", "durée:integer", "tarif:money"]),
   E("Rendez-vous", ["cliente:ref>Cliente", "coiffeuse:ref>Coiffeuse", "date et heure:datetime", "prestation:ref>Prestation"])],
  [("Rendez-vous", "Cliente"), ("Rendez-vous", "Coiffeuse"), ("Rendez-vous", "Prestation")])
K("d2k-f06", "fr", "Pour la ferme pédagogique : les animaux et leurs soins. Un animal a un nom, une espèce et un enclos. Chaque soin concerne un animal et a une date, le vétérinaire et le traitement. Les enclos ont un nom et une surface.",
  [E("Enclos", ["nom:text", "surface:decimal"]),
   E("Animal", ["nom:text", "espèce:text", "enclos:ref>Enclos"]),
   E("Soin", ["animal:ref>Animal", "date:date", "vétérinaire:person", "traitement:text"])],
  [("Animal", "Enclos"), ("Soin", "Animal")])
# ---------- Spanish ----------
K("d2k-s01", "es", "Tenemos una empresa de mensajería en bici. Cada envío lo hace un mensajero y es para un cliente; guardamos la dirección de recogida, la de entrega, la hora y el precio. Los mensajeros tienen nombre, teléfono y bici asignada. Los clientes son empresas con nombre, CIF y correo.",
  [E("Mensajero", ["nombre:text", "teléfono:phone", "bici asignada:text"]),
   E("Cliente", ["nombre:text", "CIF:text", "correo:email"]),
   E("Envío", ["mensajero:ref>Mensajero", "cliente:ref>Cliente", "dirección de recogida:text", "dirección de entrega:text", "hora:datetime", "precio:money"])],
  [("Envío", "Mensajero"), ("Envío", "Cliente")])
K("d2k-s02", "es", "estudio de yoga: clases, profes y alumnas. cada clase la da una profe, tiene día, hora y aforo. las alumnas se apuntan a clases y queremos saber quién asistió a qué clase (asistencia con fecha). de las profes el nombre y el estilo, de las alumnas nombre y teléfono",
  [E("Profe", ["nombre:text", "estilo:text"], ["profesora"]),
   E("Clase", ["profe:ref>Profe", "día:choice", "hora:datetime", "aforo:integer"]),
   E("Alumna", ["nombre:text", "teléfono:phone"]),
   E("Asistencia", ["alumna:ref>Alumna", "clase:ref>Clase", "fecha:date"])],
  [("Clase", "Profe"), ("Asistencia", "Alumna"), ("Asistencia", "Clase")])
K("d2k-s03", "es", "Control de obras del ayuntamiento. Cada obra está en una calle y la ejecuta una empresa contratista; de la obra guardamos descripción, presupuesto, fecha de inicio y estado (pendiente, en curso, terminada). Las empresas: nombre, CIF, teléfono. Las calles: nombre y barrio.",
  [E("Empresa", ["nombre:text", "CIF:text", "teléfono:phone"], ["contratista"]),
   E("Calle", ["nombre:text", "barrio:text"]),
   E("Obra", ["calle:ref>Calle", "empresa:ref>Empresa", "descripción:long_text", "presupuesto:money", "fecha de inicio:date", "estado:choice"])],
  [("Obra", "Calle"), ("Obra", "Empresa")])
K("d2k-s04", "es", "Somos una protectora de gatos. Tenemos colonias callejeras (nombre, ubicación, cuidadora) y los gatos de cada colonia con nombre, color, esterilizado sí/no. Cada vez que el veterinario ve a un gato apuntamos una visita: gato, fecha, motivo y coste.",
  [E("Colonia", ["nombre:text", "ubicación:text", "cuidadora:person"]),
   E("Gato", ["colonia:ref>Colonia", "nombre:text", "color:text", "esterilizado:boolean"]),
   E("Visita", ["gato:ref>Gato", "fecha:date", "motivo:text", "coste:money"])],
  [("Gato", "Colonia"), ("Visita", "Gato")])
K("d2k-s05", "es", "Hola! En la biblioteca municipal prestamos portátiles. Por cada préstamo: qué portátil, qué usuario, fecha de salida, fecha de devolución. Los portátiles tienen número de inventario, marca y estado. Los usuarios tienen nombre, DNI y teléfono.",
  [E("Portátil", ["número de inventario:text", "marca:text", "estado:choice"]),
   E("Usuario", ["nombre:text", "DNI:text", "teléfono:phone"]),
   E("Préstamo", ["portátil:ref>Portátil", "usuario:ref>Usuario", "fecha de salida:date", "fecha de devolución:date"])],
  [("Préstamo", "Portátil"), ("Préstamo", "Usuario")])
K("d2k-s06", "es", "Llevamos varios huertos urbanos. Cada huerto tiene parcelas, y cada parcela se asigna a un vecino. Huerto: nombre y dirección. Parcela: número, metros cuadrados, huerto y vecino. Vecinos: nombre, teléfono, fecha de alta.",
  [E("Huerto", ["nombre:text", "dirección:text"]),
   E("Vecino", ["nombre:text", "teléfono:phone", "fecha de alta:date"]),
   E("Parcela", ["número:text", "metros cuadrados:decimal", "huerto:ref>Huerto", "vecino:ref>Vecino"])],
  [("Parcela", "Huerto"), ("Parcela", "Vecino")])
# ---------- German ----------
K("d2k-g01", "de", "Wir organisieren einen Chor. Sänger haben Name, Stimmlage und E-Mail. Für jede Probe notieren wir Datum, Ort und Stücke, und die Anwesenheit: welcher Sänger bei welcher Probe war.",
  [E("Sänger", ["Name:text", "Stimmlage:choice", "E-Mail:email"]),
   E("Probe", ["Datum:date", "Ort:text", "Stücke:long_text"]),
   E("Anwesenheit", ["Sänger:ref>Sänger", "Probe:ref>Probe"])],
  [("Anwesenheit", "Sänger"), ("Anwesenheit", "Probe")])
K("d2k-g02", "de", "Hausmeisterdienst: Wir betreuen mehrere Objekte. Jedes Objekt gehört einer Eigentümergemeinschaft und hat eine Adresse und eine Anzahl Wohnungen. Die Eigentümergemeinschaften haben einen Namen und einen Verwalter. Für jeden Einsatz erfassen wir Objekt, Datum, Dauer und was gemacht wurde.",
  [E("Eigentümergemeinschaft", ["Name:text", "Verwalter:person"]),
   E("Objekt", ["Eigentümergemeinschaft:ref>Eigentümergemeinschaft", "Adresse:text", "Anzahl Wohnungen:integer"]),
   E("Einsatz", ["Objekt:ref>Objekt", "Datum:date", "Dauer:decimal", "Tätigkeit:long_text"])],
  [("Objekt", "Eigentümergemeinschaft"), ("Einsatz", "Objekt")])
K("d2k-g03", "de", "brauche was für unseren fahrradverleih. räder: rahmennummer, typ (city, e-bike, lastenrad), station. stationen haben name und adresse. jede ausleihe: rad, kunde, start, ende, preis. kunden mit name und handynummer",
  [E("Station", ["Name:text", "Adresse:text"]),
   E("Rad", ["Rahmennummer:text", "Typ:choice", "Station:ref>Station"]),
   E("Kunde", ["Name:text", "Handynummer:phone"]),
   E("Ausleihe", ["Rad:ref>Rad", "Kunde:ref>Kunde", "Start:datetime", "Ende:datetime", "Preis:money"])],
  [("Rad", "Station"), ("Ausleihe", "Rad"), ("Ausleihe", "Kunde")])
K("d2k-g04", "de", "In unserer Kanzlei verwalten wir Mandanten und Akten. Ein Mandant kann mehrere Akten haben. Zu jeder Akte: Aktenzeichen, Sachgebiet, zuständiger Anwalt, Mandant, Eröffnungsdatum. Mandanten: Name, Anschrift, Telefon. Anwälte: Name, Kürzel.",
  [E("Mandant", ["Name:text", "Anschrift:text", "Telefon:phone"]),
   E("Anwalt", ["Name:text", "Kürzel:text"]),
   E("Akte", ["Aktenzeichen:text", "Sachgebiet:text", "Anwalt:ref>Anwalt", "Mandant:ref>Mandant", "Eröffnungsdatum:date"])],
  [("Akte", "Mandant"), ("Akte", "Anwalt")])
K("d2k-g05", "de", "Unsere Imkerei hat mehrere Standorte mit Bienenvölkern. Für jedes Volk: Nummer, Königin-Jahrgang, Standort. Standorte: Name, Gemeinde. Bei jeder Ernte schreiben wir auf, von welchem Volk, Datum und Kilogramm Honig.",
  [E("Standort", ["Name:text", "Gemeinde:text"]),
   E("Volk", ["Nummer:text", "Königin-Jahrgang:integer", "Standort:ref>Standort"], ["Bienenvolk"]),
   E("Ernte", ["Volk:ref>Volk", "Datum:date", "Kilogramm Honig:decimal"])],
  [("Volk", "Standort"), ("Ernte", "Volk")])
K("d2k-g06", "de", "Fuhrpark der Stadtwerke: Fahrzeuge (Kennzeichen, Modell, Abteilung) und Fahrtenbuch. Jede Fahrt wird mit Fahrzeug, Fahrer, Datum, Kilometer und Zweck eingetragen. Die Fahrer sind Mitarbeiter mit Name und Personalnummer.",
  [E("Fahrzeug", ["Kennzeichen:text", "Modell:text", "Abteilung:text"]),
   E("Fahrer", ["Name:text", "Personalnummer:text"], ["Mitarbeiter"]),
   E("Fahrt", ["Fahrzeug:ref>Fahrzeug", "Fahrer:ref>Fahrer", "Datum:date", "Kilometer:integer", "Zweck:text"])],
  [("Fahrt", "Fahrzeug"), ("Fahrt", "Fahrer")])

for which, cs in sets.items():
    with open(os.path.join(os.path.dirname(__file__), "s7-d2-%s.jsonl" % which), "w", encoding="utf-8") as fh:
        for c in cs:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(which, len(cs), "cases")
