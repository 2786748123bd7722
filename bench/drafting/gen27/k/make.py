#!/usr/bin/env python3
"""Session 27, helper k: a SECOND (or third) record kind named in a draft request, introduced by its details in a way
other than "each X has" (en, fr, es, de).

Each domain has a main record (an occasion or event: a job, a trip, a lesson, a hire ...) and a kind it is about (a
customer, a vehicle, a student, a machine ...) that the request gives two or three details of its own. A careful
analyst (writers' brief of session 23) makes both kinds, each with its own details, and a many-to-one reference from the
main record to the other kind. Three-kind rows add a second kind the record points to. Contrast rows keep one kind:
the other noun said with one detail only (a text field), or with a bracket of values (a choice).

Constructions (the secondary kind is introduced ...):
  for_the     in a later sentence: "For the customers we need their name, phone and address."
  side        after a colon heading in prose: "Customer side: name, phone." / "Côté clients : ..." / "Zu den Kunden: ..."
  paren       in brackets after its mention: "Each job is for a customer (name, phone, address) ..."
  possessive  by a possessive after the request says the record is for one: "... plus the customer's name and phone."
  register    a register of things plus events on them: "we keep our vehicles (plate, model) and log every trip (...)"
  colon_keep  "We also keep the customers: name, phone, address."
  three       two secondary kinds, each introduced by a later "for the Xs" sentence
Contrasts (gold one kind): one_detail (the other noun with one detail), values (a bracket of values of a choice).
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata


def F(name, typ, aliases=(), alt=(), target=None, optional=False, options=None):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if options:
        f["options"] = list(options)
    if target:
        f["target"] = target
    if optional:
        f["optional"] = True
    return f


NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}
STATUS = {"en": F("status", "choice", ["state"], ["text"], optional=True),
          "fr": F("statut", "choice", ["état", "status"], ["text"], optional=True),
          "es": F("estado", "choice", ["status"], ["text"], optional=True),
          "de": F("Status", "choice", ["Zustand"], ["text"], optional=True)}
LANGS = ("en", "fr", "es", "de")


def d(en, fr, es, de, typ, alt=()):
    """a detail said in four languages: (said, aliases...) per language -> lang -> (said, field)"""
    out = {}
    for lang, v in zip(LANGS, (en, fr, es, de)):
        v = (v,) if isinstance(v, str) else v
        out[lang] = (v[0], F(v[0], typ, v[1:], alt))
    return out


NAME = d(("name", "full name"), ("nom", "nom complet"), ("nombre", "nombre completo"), ("Name", "vollständiger Name"), "text")
PHONE = d(("phone", "phone number", "telephone"), ("téléphone", "numéro de téléphone", "tel"), ("teléfono", "móvil", "número de teléfono"), ("Telefon", "Telefonnummer", "Handy"), "phone", ["text"])
EMAIL = d(("email", "email address", "e-mail"), ("e-mail", "adresse e-mail", "email", "courriel"), ("correo", "correo electrónico", "email"), ("E-Mail", "E-Mail-Adresse", "Mail"), "email", ["text"])
ADDRESS = d(("address", "postal address"), ("adresse", "adresse postale"), ("dirección", "domicilio"), ("Adresse", "Anschrift"), "text", ["long_text"])


def K(name, aliases, **forms):
    """a kind in one language: its gold name, aliases, and the forms the templates use"""
    return dict(name=name, aliases=aliases, **forms)


# Forms: sg (bare singular), pl (bare plural), a (indefinite: "a customer", "un client", "un cliente",
# de: accusative "einen Kunden"), the_pl ("the customers", "les clients", "los clientes", de nominative "die Kunden"),
# zu_pl (de dative plural "den Kunden"), of (possessive: "the customer's" / "du client" / "del cliente" / "des Kunden"),
# each (nominative "each job" / "chaque intervention" / "cada trabajo" / "jeder Einsatz"),
# our_pl ("our vehicles", "nos véhicules", "nuestros vehículos", "unsere Fahrzeuge").
DOMAINS = [
 dict(key="plumbing",
      intro={"en": "I run a small plumbing business", "fr": "Je suis plombier à mon compte",
             "es": "Tengo una pequeña empresa de fontanería", "de": "Ich habe einen kleinen Sanitärbetrieb"},
      main={"en": K("Job", ["call-out", "intervention", "visit"], sg="job", pl="jobs", each="each job", of="of the job"),
            "fr": K("Intervention", ["dépannage", "chantier", "job"], sg="intervention", pl="interventions", each="chaque intervention", of="de l'intervention"),
            "es": K("Trabajo", ["aviso", "intervención", "servicio", "job"], sg="trabajo", pl="trabajos", each="cada trabajo", of="del trabajo"),
            "de": K("Einsatz", ["Auftrag", "Job"], sg="Einsatz", pl="Einsätze", each="jeder Einsatz", of="des Einsatzes")},
      mf=[d(("date", "job date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("work done", "description", "job description"), ("travaux réalisés", "description", "travaux"), ("trabajo realizado", "descripción"), ("ausgeführte Arbeiten", "Beschreibung", "Arbeiten"), "long_text", ["text"]),
          d(("price", "amount", "cost"), ("prix", "montant", "tarif"), ("precio", "importe"), ("Preis", "Betrag"), "money", ["decimal"])],
      sec={"en": K("Customer", ["client"], sg="customer", pl="customers", a="a customer", the_pl="the customers", of="the customer's"),
           "fr": K("Client", ["cliente", "customer"], sg="client", pl="clients", a="un client", the_pl="les clients", of="du client"),
           "es": K("Cliente", ["customer"], sg="cliente", pl="clientes", a="un cliente", the_pl="los clientes", of="del cliente"),
           "de": K("Kunde", ["Kundin", "customer"], sg="Kunde", pl="Kunden", a="einen Kunden", the_pl="die Kunden", zu_pl="den Kunden", of="des Kunden")},
      sf=[NAME, PHONE, ADDRESS],
      link={"en": "is for", "fr": "est pour", "es": "es para", "de": "ist für"},
      values={"en": ("payment", ["cash", "card", "transfer"]), "fr": ("paiement", ["espèces", "carte", "virement"]),
              "es": ("pago", ["efectivo", "tarjeta", "transferencia"]), "de": ("Zahlung", ["bar", "Karte", "Überweisung"])}),
 dict(key="fleet",
      intro={"en": "We are a delivery firm with a few vans", "fr": "Nous sommes une société de livraison avec quelques utilitaires",
             "es": "Somos una empresa de reparto con unas cuantas furgonetas", "de": "Wir sind ein Lieferdienst mit ein paar Transportern"},
      main={"en": K("Trip", ["journey", "run", "drive"], sg="trip", pl="trips", each="each trip", of="of the trip"),
            "fr": K("Trajet", ["déplacement", "tournée", "trip"], sg="trajet", pl="trajets", each="chaque trajet", of="du trajet"),
            "es": K("Viaje", ["trayecto", "ruta", "trip"], sg="viaje", pl="viajes", each="cada viaje", of="del viaje"),
            "de": K("Fahrt", ["Tour", "Trip"], sg="Fahrt", pl="Fahrten", each="jede Fahrt", of="der Fahrt")},
      mf=[d(("date", "trip date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("kilometres", "km", "distance", "kilometers"), ("kilomètres", "km", "distance"), ("kilómetros", "km", "distancia"), ("Kilometer", "km", "Strecke"), "decimal", ["integer"]),
          d(("driver", "driven by"), ("conducteur", "chauffeur"), ("conductor", "chófer"), ("Fahrer", "Fahrerin"), "person", ["text"])],
      sec={"en": K("Vehicle", ["van", "car"], sg="vehicle", pl="vehicles", a="a vehicle", the_pl="the vehicles", of="the vehicle's", our_pl="our vehicles"),
           "fr": K("Véhicule", ["utilitaire", "camionnette", "vehicle"], sg="véhicule", pl="véhicules", a="un véhicule", the_pl="les véhicules", of="du véhicule", our_pl="nos véhicules"),
           "es": K("Vehículo", ["furgoneta", "coche", "vehicle"], sg="vehículo", pl="vehículos", a="un vehículo", the_pl="los vehículos", of="del vehículo", our_pl="nuestros vehículos"),
           "de": K("Fahrzeug", ["Transporter", "Wagen", "vehicle"], sg="Fahrzeug", pl="Fahrzeuge", a="ein Fahrzeug", the_pl="die Fahrzeuge", zu_pl="den Fahrzeugen", of="des Fahrzeugs", our_pl="unsere Fahrzeuge")},
      sf=[d(("plate", "number plate", "registration"), ("immatriculation", "plaque"), ("matrícula", "placa"), ("Kennzeichen", "Nummernschild"), "text"),
          d(("model", "make"), ("modèle", "marque"), ("modelo", "marca"), ("Modell", "Marke"), "text"),
          d(("next service date", "next service", "service due"), ("date de la prochaine révision", "prochaine révision"), ("fecha de la próxima revisión", "próxima revisión"), ("nächster Servicetermin", "nächste Wartung", "Wartungstermin"), "date")],
      link={"en": "is made with", "fr": "se fait avec", "es": "se hace con", "de": "wird mit"},
      values={"en": ("purpose", ["delivery", "pickup", "service"]), "fr": ("motif", ["livraison", "enlèvement", "dépannage"]),
              "es": ("motivo", ["entrega", "recogida", "avería"]), "de": ("Zweck", ["Lieferung", "Abholung", "Werkstatt"])}),
 dict(key="tutoring",
      intro={"en": "I give private maths lessons", "fr": "Je donne des cours particuliers de maths",
             "es": "Doy clases particulares de matemáticas", "de": "Ich gebe Nachhilfe in Mathe"},
      main={"en": K("Lesson", ["session", "class"], sg="lesson", pl="lessons", each="each lesson", of="of the lesson"),
            "fr": K("Cours", ["séance", "leçon", "lesson"], sg="cours", pl="cours", each="chaque cours", of="du cours"),
            "es": K("Clase", ["sesión", "lección", "lesson"], sg="clase", pl="clases", each="cada clase", of="de la clase"),
            "de": K("Stunde", ["Nachhilfestunde", "Termin", "Lesson"], sg="Stunde", pl="Stunden", each="jede Stunde", of="der Stunde")},
      mf=[d(("date", "lesson date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("duration", "length", "minutes"), ("durée", "temps"), ("duración", "minutos"), ("Dauer", "Minuten", "Länge"), "integer", ["decimal", "text"]),
          d(("topic", "subject", "chapter"), ("thème", "sujet", "chapitre"), ("tema", "temario", "asunto"), ("Thema", "Stoff", "Kapitel"), "text", ["long_text"])],
      sec={"en": K("Student", ["pupil", "learner"], sg="student", pl="students", a="a student", the_pl="the students", of="the student's"),
           "fr": K("Élève", ["étudiant", "student"], sg="élève", pl="élèves", a="un élève", the_pl="les élèves", of="de l'élève"),
           "es": K("Alumno", ["alumna", "estudiante", "student"], sg="alumno", pl="alumnos", a="un alumno", the_pl="los alumnos", of="del alumno"),
           "de": K("Schüler", ["Schülerin", "student"], sg="Schüler", pl="Schüler", a="einen Schüler", the_pl="die Schüler", zu_pl="den Schülern", of="des Schülers")},
      sf=[NAME, d(("school year", "year", "grade", "class"), ("classe", "niveau", "année"), ("curso", "nivel", "año"), ("Klasse", "Klassenstufe", "Jahrgang"), "text", ["choice", "integer"]),
          d(("parent email", "parents' email", "email"), ("e-mail des parents", "e-mail", "courriel des parents"), ("correo de los padres", "correo", "email"), ("E-Mail der Eltern", "E-Mail", "Eltern-E-Mail"), "email", ["text"])],
      link={"en": "is with", "fr": "est avec", "es": "es con", "de": "ist mit"},
      values={"en": ("format", ["at home", "online", "library"]), "fr": ("lieu", ["domicile", "en ligne", "médiathèque"]),
              "es": ("modalidad", ["a domicilio", "online", "biblioteca"]), "de": ("Ort", ["zu Hause", "online", "Bibliothek"])}),
 dict(key="hire",
      intro={"en": "We rent out building machines", "fr": "Nous louons du matériel de chantier",
             "es": "Alquilamos maquinaria de obra", "de": "Wir vermieten Baumaschinen"},
      main={"en": K("Rental", ["hire", "booking", "rent"], sg="rental", pl="rentals", each="each rental", of="of the rental"),
            "fr": K("Location", ["réservation", "rental"], sg="location", pl="locations", each="chaque location", of="de la location"),
            "es": K("Alquiler", ["reserva", "rental"], sg="alquiler", pl="alquileres", each="cada alquiler", of="del alquiler"),
            "de": K("Vermietung", ["Miete", "Ausleihe", "Buchung", "rental"], sg="Vermietung", pl="Vermietungen", each="jede Vermietung", of="der Vermietung")},
      mf=[d(("start date", "from", "rented from"), ("date de début", "début", "du"), ("fecha de inicio", "inicio", "desde"), ("Startdatum", "Beginn", "von"), "date", ["datetime"]),
          d(("return date", "end date", "due back"), ("date de retour", "retour", "fin"), ("fecha de devolución", "devolución", "hasta"), ("Rückgabedatum", "Rückgabe", "bis"), "date", ["datetime"]),
          d(("deposit", "deposit paid"), ("caution", "dépôt de garantie"), ("fianza", "depósito"), ("Kaution", "Pfand"), "money", ["decimal"])],
      sec={"en": K("Machine", ["equipment", "tool"], sg="machine", pl="machines", a="a machine", the_pl="the machines", of="the machine's", our_pl="our machines"),
           "fr": K("Machine", ["engin", "matériel", "machine"], sg="machine", pl="machines", a="une machine", the_pl="les machines", of="de la machine", our_pl="nos machines"),
           "es": K("Máquina", ["equipo", "maquinaria", "machine"], sg="máquina", pl="máquinas", a="una máquina", the_pl="las máquinas", of="de la máquina", our_pl="nuestras máquinas"),
           "de": K("Maschine", ["Gerät", "machine"], sg="Maschine", pl="Maschinen", a="eine Maschine", the_pl="die Maschinen", zu_pl="den Maschinen", of="der Maschine", our_pl="unsere Maschinen")},
      sf=[d(("serial number", "serial", "number"), ("numéro de série", "numéro"), ("número de serie", "número"), ("Seriennummer", "Nummer"), "text"),
          d(("type", "machine type", "model"), ("type", "modèle"), ("tipo", "modelo"), ("Typ", "Modell", "Maschinentyp"), "text", ["choice"]),
          d(("daily rate", "price per day", "rate"), ("tarif journalier", "prix par jour", "tarif"), ("tarifa diaria", "precio por día", "tarifa"), ("Tagespreis", "Tagesmiete", "Preis pro Tag"), "money", ["decimal"])],
      link={"en": "is for", "fr": "porte sur", "es": "es de", "de": "betrifft"},
      values={"en": ("delivery", ["pickup", "delivered", "on site"]), "fr": ("livraison", ["retrait", "livré", "sur place"]),
              "es": ("entrega", ["recogida", "a obra", "en nave"]), "de": ("Übergabe", ["Abholung", "Lieferung", "vor Ort"])}),
 dict(key="bees",
      intro={"en": "Our beekeeping club looks after a number of hives", "fr": "Notre association d'apiculteurs s'occupe de plusieurs ruches",
             "es": "Nuestra asociación apícola cuida varias colmenas", "de": "Unser Imkerverein betreut mehrere Bienenstöcke"},
      main={"en": K("Inspection", ["check", "visit", "hive check"], sg="inspection", pl="inspections", each="each inspection", of="of the inspection"),
            "fr": K("Visite", ["inspection", "contrôle", "inspection"], sg="visite", pl="visites", each="chaque visite", of="de la visite"),
            "es": K("Revisión", ["inspección", "visita", "inspection"], sg="revisión", pl="revisiones", each="cada revisión", of="de la revisión"),
            "de": K("Durchsicht", ["Kontrolle", "Inspektion", "inspection"], sg="Durchsicht", pl="Durchsichten", each="jede Durchsicht", of="der Durchsicht")},
      mf=[d(("date", "inspection date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("queen seen", "queen spotted", "queen"), ("reine vue", "reine", "reine aperçue"), ("reina vista", "reina"), ("Königin gesehen", "Königin"), "boolean", ["choice"]),
          d(("frames of brood", "brood frames", "brood"), ("cadres de couvain", "couvain"), ("cuadros de cría", "cría"), ("Brutwaben", "Waben mit Brut", "Brut"), "integer", ["decimal"])],
      sec={"en": K("Hive", ["colony", "beehive"], sg="hive", pl="hives", a="a hive", the_pl="the hives", of="the hive's", our_pl="our hives"),
           "fr": K("Ruche", ["colonie", "hive"], sg="ruche", pl="ruches", a="une ruche", the_pl="les ruches", of="de la ruche", our_pl="nos ruches"),
           "es": K("Colmena", ["colonia", "hive"], sg="colmena", pl="colmenas", a="una colmena", the_pl="las colmenas", of="de la colmena", our_pl="nuestras colmenas"),
           "de": K("Bienenstock", ["Volk", "Bienenvolk", "Beute", "hive"], sg="Bienenstock", pl="Bienenstöcke", a="einen Bienenstock", the_pl="die Bienenstöcke", zu_pl="den Bienenstöcken", of="des Bienenstocks", our_pl="unsere Bienenstöcke")},
      sf=[d(("hive number", "number", "label"), ("numéro de ruche", "numéro"), ("número de colmena", "número"), ("Stocknummer", "Nummer"), "text", ["integer"]),
          d(("location", "apiary", "site"), ("emplacement", "rucher", "lieu"), ("ubicación", "colmenar", "lugar"), ("Standort", "Bienenstand", "Ort"), "text"),
          d(("queen year", "year of the queen", "queen age"), ("année de la reine", "âge de la reine"), ("año de la reina", "edad de la reina"), ("Jahrgang der Königin", "Alter der Königin", "Königinnenjahrgang"), "integer", ["text", "date"])],
      link={"en": "is of", "fr": "concerne", "es": "es de", "de": "betrifft"},
      values={"en": ("temper", ["calm", "nervous", "aggressive"]), "fr": ("comportement", ["calme", "nerveuse", "agressive"]),
              "es": ("carácter", ["tranquila", "nerviosa", "agresiva"]), "de": ("Sanftmut", ["ruhig", "nervös", "aggressiv"])}),
 dict(key="grooming",
      intro={"en": "I have a dog grooming salon", "fr": "J'ai un salon de toilettage pour chiens",
             "es": "Tengo una peluquería canina", "de": "Ich habe einen Hundesalon"},
      main={"en": K("Appointment", ["grooming", "booking", "session"], sg="appointment", pl="appointments", each="each appointment", of="of the appointment"),
            "fr": K("Rendez-vous", ["toilettage", "séance", "appointment"], sg="rendez-vous", pl="rendez-vous", each="chaque rendez-vous", of="du rendez-vous"),
            "es": K("Cita", ["sesión", "servicio", "appointment"], sg="cita", pl="citas", each="cada cita", of="de la cita"),
            "de": K("Termin", ["Pflegetermin", "Behandlung", "appointment"], sg="Termin", pl="Termine", each="jeder Termin", of="des Termins")},
      mf=[d(("date and time", "date", "time"), ("date et heure", "date", "heure"), ("fecha y hora", "fecha", "hora"), ("Datum und Uhrzeit", "Datum", "Uhrzeit"), "datetime", ["date"]),
          d(("service", "treatment", "cut"), ("prestation", "soin", "coupe"), ("servicio", "tratamiento", "corte"), ("Leistung", "Behandlung", "Schnitt"), "text", ["choice"]),
          d(("price", "amount", "cost"), ("prix", "montant", "tarif"), ("precio", "importe"), ("Preis", "Betrag"), "money", ["decimal"])],
      sec={"en": K("Dog", ["pet", "animal"], sg="dog", pl="dogs", a="a dog", the_pl="the dogs", of="the dog's"),
           "fr": K("Chien", ["animal", "dog"], sg="chien", pl="chiens", a="un chien", the_pl="les chiens", of="du chien"),
           "es": K("Perro", ["mascota", "animal", "dog"], sg="perro", pl="perros", a="un perro", the_pl="los perros", of="del perro"),
           "de": K("Hund", ["Tier", "dog"], sg="Hund", pl="Hunde", a="einen Hund", the_pl="die Hunde", zu_pl="den Hunden", of="des Hundes")},
      sf=[NAME, d(("breed", "race"), ("race",), ("raza",), ("Rasse",), "text", ["choice"]),
          d(("owner's phone", "owner phone", "phone"), ("téléphone du propriétaire", "téléphone", "téléphone du maître"), ("teléfono del dueño", "teléfono"), ("Telefon des Besitzers", "Telefon", "Besitzertelefon"), "phone", ["text"])],
      link={"en": "is for", "fr": "est pour", "es": "es para", "de": "ist für"},
      values={"en": ("coat", ["short", "long", "curly"]), "fr": ("pelage", ["court", "long", "frisé"]),
              "es": ("pelo", ["corto", "largo", "rizado"]), "de": ("Fell", ["kurz", "lang", "lockig"])}),
 dict(key="hotel",
      intro={"en": "We run a small hotel", "fr": "Nous tenons un petit hôtel",
             "es": "Llevamos un pequeño hotel", "de": "Wir führen ein kleines Hotel"},
      main={"en": K("Cleaning", ["room cleaning", "housekeeping", "clean"], sg="cleaning", pl="cleanings", each="each cleaning", of="of the cleaning"),
            "fr": K("Nettoyage", ["ménage", "entretien", "cleaning"], sg="nettoyage", pl="nettoyages", each="chaque nettoyage", of="du nettoyage"),
            "es": K("Limpieza", ["limpieza de habitación", "cleaning"], sg="limpieza", pl="limpiezas", each="cada limpieza", of="de la limpieza"),
            "de": K("Reinigung", ["Zimmerreinigung", "cleaning"], sg="Reinigung", pl="Reinigungen", each="jede Reinigung", of="der Reinigung")},
      mf=[d(("date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("cleaned by", "housekeeper", "cleaner"), ("fait par", "femme de chambre", "agent"), ("hecha por", "camarera", "limpiador"), ("gereinigt von", "Zimmermädchen", "Reinigungskraft"), "person", ["text"]),
          d(("minibar refilled", "minibar"), ("minibar rempli", "minibar"), ("minibar repuesto", "minibar"), ("Minibar aufgefüllt", "Minibar"), "boolean", ["choice"])],
      sec={"en": K("Room", ["hotel room"], sg="room", pl="rooms", a="a room", the_pl="the rooms", of="the room's", our_pl="our rooms"),
           "fr": K("Chambre", ["room"], sg="chambre", pl="chambres", a="une chambre", the_pl="les chambres", of="de la chambre", our_pl="nos chambres"),
           "es": K("Habitación", ["cuarto", "room"], sg="habitación", pl="habitaciones", a="una habitación", the_pl="las habitaciones", of="de la habitación", our_pl="nuestras habitaciones"),
           "de": K("Zimmer", ["Hotelzimmer", "room"], sg="Zimmer", pl="Zimmer", a="ein Zimmer", the_pl="die Zimmer", zu_pl="den Zimmern", of="des Zimmers", our_pl="unsere Zimmer")},
      sf=[d(("room number", "number"), ("numéro de chambre", "numéro"), ("número de habitación", "número"), ("Zimmernummer", "Nummer"), "text", ["integer"]),
          d(("floor", "level", "storey"), ("étage", "niveau"), ("planta", "piso"), ("Etage", "Stockwerk", "Stock"), "integer", ["text"]),
          d(("number of beds", "beds"), ("nombre de lits", "lits"), ("número de camas", "camas"), ("Anzahl Betten", "Betten", "Bettenzahl"), "integer", ["decimal"])],
      link={"en": "is of", "fr": "concerne", "es": "es de", "de": "betrifft"},
      values={"en": ("type", ["stayover", "departure", "deep clean"]), "fr": ("type", ["recouche", "départ", "à fond"]),
              "es": ("tipo", ["repaso", "salida", "a fondo"]), "de": ("Art", ["Bleibe", "Abreise", "Grundreinigung"])}),
 dict(key="repair",
      intro={"en": "We repair bikes in a small workshop", "fr": "Nous réparons des vélos dans un petit atelier",
             "es": "Reparamos bicis en un pequeño taller", "de": "Wir reparieren Fahrräder in einer kleinen Werkstatt"},
      main={"en": K("Repair", ["job", "service", "work order"], sg="repair", pl="repairs", each="each repair", of="of the repair"),
            "fr": K("Réparation", ["intervention", "entretien", "repair"], sg="réparation", pl="réparations", each="chaque réparation", of="de la réparation"),
            "es": K("Reparación", ["arreglo", "servicio", "repair"], sg="reparación", pl="reparaciones", each="cada reparación", of="de la reparación"),
            "de": K("Reparatur", ["Auftrag", "Service", "repair"], sg="Reparatur", pl="Reparaturen", each="jede Reparatur", of="der Reparatur")},
      mf=[d(("date in", "drop-off date", "date"), ("date de dépôt", "date", "déposé le"), ("fecha de entrada", "fecha", "entrada"), ("Annahmedatum", "Datum", "Abgabedatum"), "date", ["datetime"]),
          d(("fault", "problem", "issue"), ("panne", "problème", "défaut"), ("avería", "problema", "fallo"), ("Fehler", "Problem", "Schaden"), "long_text", ["text"]),
          d(("cost", "price", "amount"), ("coût", "prix", "montant"), ("coste", "precio", "importe"), ("Kosten", "Preis", "Betrag"), "money", ["decimal"])],
      sec={"en": K("Bike", ["bicycle", "cycle"], sg="bike", pl="bikes", a="a bike", the_pl="the bikes", of="the bike's"),
           "fr": K("Vélo", ["bicyclette", "bike"], sg="vélo", pl="vélos", a="un vélo", the_pl="les vélos", of="du vélo"),
           "es": K("Bici", ["bicicleta", "bike"], sg="bici", pl="bicis", a="una bici", the_pl="las bicis", of="de la bici"),
           "de": K("Fahrrad", ["Rad", "bike"], sg="Fahrrad", pl="Fahrräder", a="ein Fahrrad", the_pl="die Fahrräder", zu_pl="den Fahrrädern", of="des Fahrrads")},
      sf=[d(("brand", "make"), ("marque",), ("marca",), ("Marke", "Hersteller"), "text", ["choice"]),
          d(("frame number", "frame no", "serial number"), ("numéro de cadre", "numéro de série"), ("número de cuadro", "número de serie"), ("Rahmennummer", "Seriennummer"), "text"),
          d(("colour", "color"), ("couleur",), ("color",), ("Farbe",), "text", ["choice"])],
      link={"en": "is on", "fr": "porte sur", "es": "es de", "de": "betrifft"},
      values={"en": ("urgency", ["normal", "urgent", "while you wait"]), "fr": ("urgence", ["normale", "urgente", "immédiate"]),
              "es": ("urgencia", ["normal", "urgente", "en el momento"]), "de": ("Dringlichkeit", ["normal", "dringend", "sofort"])}),
]

# third kinds for the three-kind rows: domain key -> (kind per lang, fields)
THIRD = {
 "plumbing": ({"en": K("Plumber", ["technician", "fitter"], sg="plumber", pl="plumbers", a="a plumber", the_pl="the plumbers"),
               "fr": K("Plombier", ["technicien", "plumber"], sg="plombier", pl="plombiers", a="un plombier", the_pl="les plombiers"),
               "es": K("Fontanero", ["técnico", "plumber"], sg="fontanero", pl="fontaneros", a="un fontanero", the_pl="los fontaneros"),
               "de": K("Installateur", ["Monteur", "Techniker", "plumber"], sg="Installateur", pl="Installateure", a="einen Installateur", the_pl="die Installateure", zu_pl="den Installateuren")},
              [NAME, PHONE, d(("certification", "gas certificate", "qualification"), ("certification", "qualification"), ("certificación", "titulación"), ("Zertifizierung", "Qualifikation"), "text", ["file", "boolean"])],
              {"en": "done by", "fr": "faite par", "es": "hecho por", "de": "erledigt von"}),
 "fleet": ({"en": K("Driver", ["chauffeur"], sg="driver", pl="drivers", a="a driver", the_pl="the drivers"),
            "fr": K("Chauffeur", ["conducteur", "driver"], sg="chauffeur", pl="chauffeurs", a="un chauffeur", the_pl="les chauffeurs"),
            "es": K("Conductor", ["chófer", "driver"], sg="conductor", pl="conductores", a="un conductor", the_pl="los conductores"),
            "de": K("Fahrer", ["Fahrerin", "driver"], sg="Fahrer", pl="Fahrer", a="einen Fahrer", the_pl="die Fahrer", zu_pl="den Fahrern")},
           [NAME, d(("licence number", "driving licence", "license number"), ("numéro de permis", "permis"), ("número de carné", "carné de conducir", "licencia"), ("Führerscheinnummer", "Führerschein"), "text"), PHONE],
           {"en": "driven by", "fr": "conduit par", "es": "conducido por", "de": "gefahren von"}),
 "tutoring": ({"en": K("Parent", ["guardian"], sg="parent", pl="parents", a="a parent", the_pl="the parents"),
               "fr": K("Parent", ["responsable", "parent"], sg="parent", pl="parents", a="un parent", the_pl="les parents"),
               "es": K("Padre", ["tutor", "madre", "parent"], sg="padre", pl="padres", a="un padre", the_pl="los padres"),
               "de": K("Elternteil", ["Eltern", "Erziehungsberechtigter", "parent"], sg="Elternteil", pl="Eltern", a="einen Elternteil", the_pl="die Eltern", zu_pl="den Eltern")},
              [NAME, PHONE, EMAIL], {"en": "paid by", "fr": "payé par", "es": "pagada por", "de": "bezahlt von"}),
 "hire": ({"en": K("Customer", ["client", "hirer"], sg="customer", pl="customers", a="a customer", the_pl="the customers"),
           "fr": K("Client", ["locataire", "customer"], sg="client", pl="clients", a="un client", the_pl="les clients"),
           "es": K("Cliente", ["arrendatario", "customer"], sg="cliente", pl="clientes", a="un cliente", the_pl="los clientes"),
           "de": K("Kunde", ["Mieter", "customer"], sg="Kunde", pl="Kunden", a="einen Kunden", the_pl="die Kunden", zu_pl="den Kunden")},
          [d(("company", "company name", "name"), ("société", "entreprise", "nom"), ("empresa", "nombre"), ("Firma", "Firmenname", "Name"), "text"), PHONE,
           d(("VAT number", "vat", "tax number"), ("numéro de TVA", "TVA", "SIRET"), ("CIF", "NIF"), ("USt-IdNr", "Steuernummer", "USt-ID"), "text")],
          {"en": "booked by", "fr": "réservée par", "es": "reservado por", "de": "gebucht von"}),
}


def join(items, lang):
    a = {"en": "and", "fr": "et", "es": "y", "de": "und"}[lang]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {a} " + items[-1]


def said(fs, lang):
    return [f[lang][0] for f in fs]


def cap(s):
    return s[:1].upper() + s[1:]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def ref(kind, lang, aliases=()):
    return F(kind["name"].lower() if lang != "de" else kind["name"], "reference", [kind["sg"]] + list(kind["aliases"]) + list(aliases), [], target=kind["name"])


def gold(dm, lang, third=False, values=False, one_detail=False):
    m, s = dm["main"][lang], dm["sec"][lang]
    mf = [f[lang][1] for f in main_fields(dm, third)]
    if one_detail:
        nm = {"en": f"{s['sg']} name", "fr": f"nom {s['of']}", "es": f"nombre {s['of']}", "de": f"Name {s['of']}"}[lang]
        return [{"name": m["name"], "aliases": m["aliases"], "fields": mf + [F(nm, "text", [s["sg"], "name"] + s["aliases"], ["person"]), NOTES[lang]]}], []
    if values:
        vn, opts = dm["values"][lang]
        return [{"name": m["name"], "aliases": m["aliases"], "fields": mf + [F(vn, "choice", [], ["text"], options=opts), NOTES[lang]]}], []
    ents = [{"name": m["name"], "aliases": m["aliases"], "fields": mf + [ref(s, lang), NOTES[lang]]},
            {"name": s["name"], "aliases": s["aliases"], "fields": [f[lang][1] for f in dm["sf"]] + [NOTES[lang]]}]
    rels = [{"from": m["name"], "to": s["name"]}]
    if third:
        t, tf, _ = THIRD[dm["key"]]
        t = t[lang]
        ents[0]["fields"].insert(-1, ref(t, lang))
        ents.append({"name": t["name"], "aliases": t["aliases"], "fields": [f[lang][1] for f in tf] + [NOTES[lang]]})
        rels.append({"from": m["name"], "to": t["name"]})
    return ents, rels


def link_sentence(dm, lang, s):
    """'Each job is for a customer.'"""
    m = dm["main"][lang]
    lk = dm["link"][lang]
    if lang == "de":
        if lk == "wird mit":
            return f"{cap(m['each'])} wird mit {s['a'].replace('ein ', 'einem ').replace('eine ', 'einer ')} gemacht."
        return f"{cap(m['each'])} {lk} {s['a']}."
    return f"{cap(m['each'])} {lk} {s['a']}."


def main_fields(dm, third=False):
    """the main record's details; a trip driven by a driver kind keeps no driver detail of its own"""
    return dm["mf"][:2] if third and dm["key"] == "fleet" else dm["mf"]


def record_sentence(dm, lang, third=False):
    """'We log our jobs with date, work done and price.'"""
    m = dm["main"][lang]
    mf = join(said(main_fields(dm, third), lang), lang)
    return {"en": f"We log our {m['pl']} with {mf}.",
            "fr": f"On enregistre nos {m['pl']} avec {mf}.",
            "es": f"Registramos nuestros {m['pl']} con {mf}." if not m["each"].startswith("cada") or m["of"].startswith("del") else f"Registramos nuestras {m['pl']} con {mf}.",
            "de": f"Wir erfassen unsere {m['pl']} mit {mf}."}[lang]


def c_for_the(dm, lang):
    s = dm["sec"][lang]
    sf = join(said(dm["sf"], lang), lang)
    tail = {"en": f"For the {s['pl']} we need their {sf}.",
            "fr": f"Pour {s['the_pl']}, il nous faut {sf}.",
            "es": f"Para {s['the_pl']} necesitamos {sf}.",
            "de": f"Für {s['the_pl']} brauchen wir {sf}."}[lang]
    return f"{dm['intro'][lang]}. {record_sentence(dm, lang)} {link_sentence(dm, lang, s)} {tail}"


def c_side(dm, lang):
    s = dm["sec"][lang]
    sf = ", ".join(said(dm["sf"], lang))
    tail = {"en": f"On the {s['sg']} side: {sf}.",
            "fr": f"Côté {s['pl']} : {sf}.",
            "es": f"En cuanto a {s['the_pl']}: {sf}.",
            "de": f"Zu {s['zu_pl'] if lang == 'de' else ''}: {sf}."}[lang]
    return f"{dm['intro'][lang]}. {record_sentence(dm, lang)} {link_sentence(dm, lang, s)} {tail}"


def c_paren(dm, lang):
    m, s = dm["main"][lang], dm["sec"][lang]
    sf = ", ".join(said(dm["sf"], lang))
    mf = join(said(dm["mf"], lang), lang)
    lk = link_sentence(dm, lang, s)[:-1]
    return {"en": f"{dm['intro'][lang]}. {lk} ({sf}) and has a {mf}.",
            "fr": f"{dm['intro'][lang]}. {lk} ({sf}) ; on y note aussi {mf}.",
            "es": f"{dm['intro'][lang]}. {lk} ({sf}) y además lleva {mf}.",
            "de": f"{dm['intro'][lang]}. {lk} ({sf}); dazu notieren wir {mf}."}[lang]


def c_possessive(dm, lang):
    m, s = dm["main"][lang], dm["sec"][lang]
    sf = said(dm["sf"], lang)
    mf = join(said(dm["mf"], lang), lang)
    lk = link_sentence(dm, lang, s)
    return {"en": f"{dm['intro'][lang]}. {lk} We record the {mf} {m['of']}, plus {s['of']} {join(sf, lang)}.",
            "fr": f"{dm['intro'][lang]}. {lk} On note {mf} {m['of']}, ainsi que {join(sf, lang)} {s['of']}.",
            "es": f"{dm['intro'][lang]}. {lk} Apuntamos {mf} {m['of']}, y también {join(sf, lang)} {s['of']}.",
            "de": f"{dm['intro'][lang]}. {lk} Wir notieren {mf} {m['of']}, außerdem {join(sf, lang)} {s['of']}."}[lang]


def c_register(dm, lang):
    m, s = dm["main"][lang], dm["sec"][lang]
    sf = ", ".join(said(dm["sf"], lang))
    mf = ", ".join(said(dm["mf"], lang))
    our = s.get("our_pl") or {"en": f"our {s['pl']}", "fr": f"nos {s['pl']}", "es": f"nuestros {s['pl']}", "de": f"unsere {s['pl']}"}[lang]
    return {"en": f"{dm['intro'][lang]}. We keep a register of {our} ({sf}) and log every {m['sg']} ({mf}).",
            "fr": f"{dm['intro'][lang]}. On tient un registre de {our} ({sf}) et on note chaque {m['sg']} ({mf}).",
            "es": f"{dm['intro'][lang]}. Llevamos un registro de {our} ({sf}) y anotamos {m['each']} ({mf}).",
            "de": f"{dm['intro'][lang]}. Wir führen ein Verzeichnis über {our} ({sf}) und erfassen {m['each'].replace('jeder ', 'jeden ')} ({mf})."}[lang]


def c_colon_keep(dm, lang):
    s = dm["sec"][lang]
    sf = ", ".join(said(dm["sf"], lang))
    tail = {"en": f"We also keep the {s['pl']}: {sf}.",
            "fr": f"On garde aussi {s['the_pl']} : {sf}.",
            "es": f"También guardamos {s['the_pl']}: {sf}.",
            "de": f"Außerdem speichern wir {s['the_pl']}: {sf}."}[lang]
    return f"{dm['intro'][lang]}. {record_sentence(dm, lang)} {link_sentence(dm, lang, s)} {tail}"


def c_three(dm, lang):
    m, s = dm["main"][lang], dm["sec"][lang]
    t, tf, by = THIRD[dm["key"]]
    t = t[lang]
    sf = join(said(dm["sf"], lang), lang)
    tfs = join(said(tf, lang), lang)
    lk = link_sentence(dm, lang, s)[:-1]
    by = by[lang]
    a_t = t["a"]
    if lang == "de":
        a_t = a_t.replace("einen ", "einem ")
    lead = {"en": f"{lk} and {by} {a_t}.",
            "fr": f"{lk}, {by} {a_t}.",
            "es": f"{lk}, {by} {a_t}.",
            "de": ""}[lang]
    if lang == "de":
        verb = by.split()[0]
        lead = f"{lk} und wird von {a_t} {verb}."
        if "wird mit" in lk:
            lead = f"{lk[:-len(' gemacht')]} gemacht und von {a_t} {verb}."
    tail = {"en": f"For the {s['pl']} we need {sf}. For the {t['pl']}: {tfs}.",
            "fr": f"Pour {s['the_pl']}, il nous faut {sf}. Pour {t['the_pl']} : {tfs}.",
            "es": f"Para {s['the_pl']} necesitamos {sf}. Para {t['the_pl']}: {tfs}.",
            "de": f"Für {s['the_pl']} brauchen wir {sf}. Für {t['the_pl']}: {tfs}."}[lang]
    return f"{dm['intro'][lang]}. {record_sentence(dm, lang, True)} {lead} {tail}"


def c_one_detail(dm, lang):
    m, s = dm["main"][lang], dm["sec"][lang]
    mf = join(said(dm["mf"], lang), lang)
    lk = link_sentence(dm, lang, s)
    nm = {"en": f"{s['of']} name", "fr": f"le nom {s['of']}", "es": f"el nombre {s['of']}", "de": f"den Namen {s['of']}"}[lang]
    if dm["key"] in ("fleet", "hire", "bees", "hotel", "repair"):
        return None
    return {"en": f"{dm['intro'][lang]}. {lk} We record the {mf} {m['of']}, plus {nm}.",
            "fr": f"{dm['intro'][lang]}. {lk} On note {mf} {m['of']}, ainsi que {nm}.",
            "es": f"{dm['intro'][lang]}. {lk} Apuntamos {mf} {m['of']}, y también {nm}.",
            "de": f"{dm['intro'][lang]}. {lk} Wir notieren {mf} {m['of']}, außerdem {nm}."}[lang]


def c_values(dm, lang):
    vn, opts = dm["values"][lang]
    ov = {"en": "or", "fr": "ou", "es": "o", "de": "oder"}[lang]
    vals = ", ".join(opts[:-1]) + f" {ov} " + opts[-1]
    mf = join(said(dm["mf"], lang), lang)
    m = dm["main"][lang]
    return {"en": f"{dm['intro'][lang]}. For {m['each']} we note the {mf}, and the {vn} ({vals}).",
            "fr": f"{dm['intro'][lang]}. Pour {m['each']}, on note {mf}, et le {vn} ({vals}).",
            "es": f"{dm['intro'][lang]}. Para {m['each']} anotamos {mf}, y el {vn} ({vals}).",
            "de": f"{dm['intro'][lang]}. Für {m['each'].replace('jeder ', 'jeden ')} notieren wir {mf} sowie {vn} ({vals})."}[lang]


CONS = [("for_the", c_for_the), ("side", c_side), ("paren", c_paren), ("possessive", c_possessive),
        ("register", c_register), ("colon_keep", c_colon_keep)]

WRAP = {"en": ("Hi,\n", "\nThanks a lot!"), "fr": ("Bonjour,\n", "\nMerci d'avance !"),
        "es": ("Hola:\n", "\n¡Gracias!"), "de": ("Hallo,\n", "\nDanke euch!")}
ASK = {"en": "Could you build me a tool for this? ", "fr": "Pourriez-vous me faire un outil pour ça ? ",
       "es": "¿Me podéis hacer una herramienta para esto? ", "de": "Könnt ihr mir dafür ein Tool bauen? "}


def register(prompt, lang, i):
    r = i % 6
    if r == 1:
        return WRAP[lang][0] + prompt + WRAP[lang][1]
    if r == 2:
        return prompt.lower()
    if r == 3 and lang != "en":
        return strip_acc(prompt)
    if r == 4:
        return ASK[lang] + prompt
    return prompt


def main():
    rows = []
    n = 0
    for lang in LANGS:
        for ci, (cname, fn) in enumerate(CONS):
            for di, dm in enumerate(DOMAINS):
                if (di + ci) % 4 == 3:
                    continue  # 6 of 8 domains per construction
                prompt = register(fn(dm, lang), lang, n)
                ents, rels = gold(dm, lang)
                rows.append({"id": f"k27-{lang}-{cname}-{dm['key']}", "lang": lang, "prompt": prompt,
                             "entities": ents, "relations": rels, "notes": f"construction={cname}"})
                n += 1
        for dm in DOMAINS:
            if dm["key"] in THIRD:
                prompt = register(c_three(dm, lang), lang, n)
                ents, rels = gold(dm, lang, third=True)
                rows.append({"id": f"k27-{lang}-three-{dm['key']}", "lang": lang, "prompt": prompt,
                             "entities": ents, "relations": rels, "notes": "construction=three"})
                n += 1
        for dm in DOMAINS:
            p = c_one_detail(dm, lang)
            if p:
                ents, rels = gold(dm, lang, one_detail=True)
                rows.append({"id": f"k27-{lang}-one_detail-{dm['key']}", "lang": lang, "prompt": register(p, lang, n),
                             "entities": ents, "relations": rels, "notes": "construction=one_detail"})
                n += 1
        for di, dm in enumerate(DOMAINS):
            if di % 2:
                continue
            ents, rels = gold(dm, lang, values=True)
            rows.append({"id": f"k27-{lang}-values-{dm['key']}", "lang": lang, "prompt": register(c_values(dm, lang), lang, n),
                         "entities": ents, "relations": rels, "notes": "construction=values"})
            n += 1
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


main()
