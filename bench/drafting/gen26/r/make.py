#!/usr/bin/env python3
"""Generated set gen26/r (session 26, improver r): chat edits that were refused or half done --
set_options (replace / extend / remove one), change_type by the word family of the target type, and a new kind
with its link -- in English, French, Spanish and German.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (a vet clinic, a bike repair shop, a conference programme, a tool library, a cleaning company,
a sports club), base specs of 2-3 kinds, each written in en/fr/es/de.

Constructions:
  opt_replace  the whole list of a choice field given again ("X should only have these options: ...",
               "X ne doit avoir que ces valeurs : ...", "que X tenga estas opciones: ...",
               "X soll nur noch diese Werte haben: ...")                    -> set_options (the new list)
  opt_extend   "also allow A and B for X", "X peut aussi être A"            -> set_options (old + new)
  opt_remove   "remove the option A from X"                                  -> set_options (old - A)
  chg_<type>   a field's type said by a word of the target type's family ("should be a number with decimals",
               "X als Datum", "que X sea un número entero", "X doit être une date", "just the date, no time",
               "a dropdown with A, B, C", "free text", "an amount in euros", "a yes/no")
                                                                              -> change_type (+ set_options)
  kind_link    a new kind named with the kind that refers to it ("also track the suppliers, each order comes
               from one")                                                    -> add_entity + add_relation
  multi        two of the above in one message
Every fourth row is typed fast: lower case, no accents (so French "où" reads "ou").
Gold: only what was asked changes.

Run from this folder:  python3 make.py  -> refine.jsonl ; python3 table.py ANSWERS.jsonl prints the table.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ALT = {"money": ["decimal"], "decimal": ["money"], "integer": ["decimal"], "date": [], "datetime": [],
       "text": ["long_text"], "choice": [], "boolean": [], "person": []}


def strip_accents(s):
    s = s.replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def f(key, label, type, **kw):
    d = {"key": key, "label": label, "type": type}
    d.update(kw)
    return d


# A domain: kinds (key, {lang: (name, plural)}, [fields: (key, type, {lang: label}, options-by-lang or target)]),
# the choice field for option edits with per-language (phrase, new list, extra values, removed value),
# type changes: (entity, field, target type, {lang: phrase}, options-by-lang for a choice),
# new kind: (key-name by lang, plural, source entity, {lang: [two sentences]}).
DOMAINS = []

DOMAINS.append(dict(
    app={"en": "Vet clinic", "fr": "Clinique vétérinaire", "es": "Clínica veterinaria", "de": "Tierarztpraxis"},
    kinds=[
        ("animal", {"en": ("Animal", "Animals"), "fr": ("Animal", "Animaux"), "es": ("Animal", "Animales"), "de": ("Tier", "Tiere")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None),
          ("species", "choice", {"en": "Species", "fr": "Espèce", "es": "Especie", "de": "Tierart"},
           {"en": ["Dog", "Cat", "Rabbit"], "fr": ["Chien", "Chat", "Lapin"], "es": ["Perro", "Gato", "Conejo"], "de": ["Hund", "Katze", "Kaninchen"]}),
          ("owner_phone", "phone", {"en": "Owner phone", "fr": "Téléphone du propriétaire", "es": "Teléfono del dueño", "de": "Telefon Halter"}, None)]),
        ("visit", {"en": ("Visit", "Visits"), "fr": ("Consultation", "Consultations"), "es": ("Consulta", "Consultas"), "de": ("Behandlung", "Behandlungen")},
         [("animal", "reference", {"en": "Animal", "fr": "Animal", "es": "Animal", "de": "Tier"}, "animal"),
          ("visit_time", "datetime", {"en": "Visit time", "fr": "Heure de consultation", "es": "Hora de la consulta", "de": "Termin"}, None),
          ("vet", "person", {"en": "Vet", "fr": "Vétérinaire", "es": "Veterinario", "de": "Tierarzt"}, None),
          ("reason", "choice", {"en": "Reason", "fr": "Motif", "es": "Motivo", "de": "Grund"},
           {"en": ["Vaccination", "Check-up", "Surgery"], "fr": ["Vaccin", "Contrôle", "Chirurgie"], "es": ["Vacuna", "Revisión", "Cirugía"], "de": ["Impfung", "Kontrolle", "Operation"]}),
          ("weight", "text", {"en": "Weight", "fr": "Poids", "es": "Peso", "de": "Gewicht"}, None),
          ("paid", "boolean", {"en": "Paid", "fr": "Payé", "es": "Pagado", "de": "Bezahlt"}, None)]),
    ],
    opt=("visit", "reason", {"en": "the reason", "fr": "le motif", "es": "el motivo", "de": "Grund"},
         {"en": ["Vaccination", "Check-up", "Dental care", "Emergency"], "fr": ["Vaccin", "Contrôle", "Soins dentaires", "Urgence"],
          "es": ["Vacuna", "Revisión", "Limpieza dental", "Urgencia"], "de": ["Impfung", "Kontrolle", "Zahnpflege", "Notfall"]},
         {"en": ["Emergency", "Microchip"], "fr": ["Urgence", "Puce électronique"], "es": ["Urgencia", "Microchip"], "de": ["Notfall", "Chip setzen"]},
         {"en": "Surgery", "fr": "Chirurgie", "es": "Cirugía", "de": "Operation"}),
    chg=[("visit", "weight", "decimal", {"en": "the weight", "fr": "le poids", "es": "el peso", "de": "Gewicht"}, None),
         ("visit", "visit_time", "date", {"en": "the visit time", "fr": "l'heure de consultation", "es": "la hora de la consulta", "de": "Termin"}, None),
         ("visit", "vet", "choice", {"en": "the vet", "fr": "le vétérinaire", "es": "el veterinario", "de": "Tierarzt"},
          {"en": ["Dr Moreau", "Dr Silva", "Dr Keller"], "fr": ["Dr Moreau", "Dr Silva", "Dr Keller"], "es": ["Dra. Moreau", "Dr. Silva", "Dr. Keller"], "de": ["Dr. Moreau", "Dr. Silva", "Dr. Keller"]})],
    kind=({"en": "Branch", "fr": "Cabinet", "es": "Sede", "de": "Standort"},
          {"en": ["Branches", "clinic", "location"], "fr": ["Cabinets", "clinique", "site"], "es": ["Sedes", "clínica", "centro"], "de": ["Standorte", "Praxis", "Filiale"]},
          "visit",
          {"en": ["We also want to track our branches, each visit takes place at one.",
                  "add branches as their own list please and link every visit to the branch where it happened"],
           "fr": ["On veut aussi suivre nos cabinets, chaque consultation a lieu dans un cabinet.",
                  "ajoute une liste des cabinets et relie chaque consultation au cabinet où elle a eu lieu"],
           "es": ["También queremos llevar las sedes, cada consulta se hace en una sede.",
                  "añade las sedes como tabla propia y vincula cada consulta a la sede donde se hizo"],
           "de": ["Wir wollen auch unsere Standorte erfassen, jede Behandlung findet an einem Standort statt.",
                  "leg bitte Standorte als eigene Liste an und verknüpf jede Behandlung mit ihrem Standort"]}),
))

DOMAINS.append(dict(
    app={"en": "Bike repairs", "fr": "Atelier vélo", "es": "Taller de bicis", "de": "Fahrradwerkstatt"},
    kinds=[
        ("customer", {"en": ("Customer", "Customers"), "fr": ("Client", "Clients"), "es": ("Cliente", "Clientes"), "de": ("Kunde", "Kunden")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None)]),
        ("repair", {"en": ("Repair", "Repairs"), "fr": ("Réparation", "Réparations"), "es": ("Reparación", "Reparaciones"), "de": ("Reparatur", "Reparaturen")},
         [("customer", "reference", {"en": "Customer", "fr": "Client", "es": "Cliente", "de": "Kunde"}, "customer"),
          ("received_on", "date", {"en": "Received on", "fr": "Reçu le", "es": "Recibida el", "de": "Angenommen am"}, None),
          ("mechanic", "person", {"en": "Mechanic", "fr": "Mécanicien", "es": "Mecánico", "de": "Mechaniker"}, None),
          ("status", "choice", {"en": "Status", "fr": "Statut", "es": "Estado", "de": "Status"},
           {"en": ["Waiting", "In progress", "Done"], "fr": ["En attente", "En cours", "Terminée"], "es": ["En espera", "En curso", "Terminada"], "de": ["Wartend", "In Arbeit", "Fertig"]}),
          ("price", "text", {"en": "Price", "fr": "Prix", "es": "Precio", "de": "Preis"}, None),
          ("labour_hours", "text", {"en": "Labour hours", "fr": "Heures de travail", "es": "Horas de trabajo", "de": "Arbeitsstunden"}, None)]),
    ],
    opt=("repair", "status", {"en": "the status", "fr": "le statut", "es": "el estado", "de": "Status"},
         {"en": ["Booked", "Waiting for parts", "Ready for pickup"], "fr": ["Planifiée", "Attente pièces", "Prête"],
          "es": ["Reservada", "Esperando piezas", "Lista para recoger"], "de": ["Angenommen", "Warten auf Teile", "Abholbereit"]},
         {"en": ["Waiting for parts", "Collected"], "fr": ["Attente pièces", "Récupérée"], "es": ["Esperando piezas", "Recogida"], "de": ["Warten auf Teile", "Abgeholt"]},
         {"en": "Waiting", "fr": "En attente", "es": "En espera", "de": "Wartend"}),
    chg=[("repair", "price", "money", {"en": "the price", "fr": "le prix", "es": "el precio", "de": "Preis"}, None),
         ("repair", "labour_hours", "decimal", {"en": "the labour hours", "fr": "les heures de travail", "es": "las horas de trabajo", "de": "Arbeitsstunden"}, None),
         ("repair", "received_on", "datetime", {"en": "received on", "fr": "reçu le", "es": "recibida el", "de": "Angenommen am"}, None)],
    kind=({"en": "Part", "fr": "Pièce", "es": "Pieza", "de": "Ersatzteil"},
          {"en": ["Parts", "spare part"], "fr": ["Pièces", "pièce détachée"], "es": ["Piezas", "repuesto"], "de": ["Ersatzteile", "Teil"]},
          "repair",
          {"en": ["also keep track of the spare parts, each repair uses one part",
                  "Could we have a parts list as well? Every repair should point to the part it needed."],
           "fr": ["il faut aussi gérer les pièces détachées, chaque réparation utilise une pièce",
                  "Est-ce qu'on peut avoir une liste des pièces ? Chaque réparation doit être reliée à sa pièce."],
           "es": ["también hay que llevar los repuestos, cada reparación usa una pieza",
                  "¿Podemos tener una lista de piezas? Cada reparación debe apuntar a la pieza que necesitó."],
           "de": ["wir müssen auch die Ersatzteile erfassen, jede Reparatur braucht ein Ersatzteil",
                  "Können wir eine Liste der Ersatzteile haben? Jede Reparatur soll mit ihrem Ersatzteil verknüpft sein."]}),
))

DOMAINS.append(dict(
    app={"en": "Conference programme", "fr": "Programme du congrès", "es": "Programa del congreso", "de": "Konferenzprogramm"},
    kinds=[
        ("speaker", {"en": ("Speaker", "Speakers"), "fr": ("Intervenant", "Intervenants"), "es": ("Ponente", "Ponentes"), "de": ("Referent", "Referenten")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None),
          ("company", "text", {"en": "Company", "fr": "Société", "es": "Empresa", "de": "Firma"}, None)]),
        ("talk", {"en": ("Talk", "Talks"), "fr": ("Session", "Sessions"), "es": ("Charla", "Charlas"), "de": ("Vortrag", "Vorträge")},
         [("title", "text", {"en": "Title", "fr": "Titre", "es": "Título", "de": "Titel"}, None),
          ("speaker", "reference", {"en": "Speaker", "fr": "Intervenant", "es": "Ponente", "de": "Referent"}, "speaker"),
          ("track", "choice", {"en": "Track", "fr": "Format", "es": "Formato", "de": "Format"},
           {"en": ["Keynote", "Workshop", "Panel"], "fr": ["Plénière", "Atelier", "Table ronde"], "es": ["Plenaria", "Taller", "Mesa redonda"], "de": ["Keynote", "Workshop", "Podium"]}),
          ("starts_at", "datetime", {"en": "Starts at", "fr": "Début", "es": "Inicio", "de": "Beginn"}, None),
          ("length", "text", {"en": "Length", "fr": "Durée", "es": "Duración", "de": "Dauer"}, None),
          ("room", "text", {"en": "Room", "fr": "Salle", "es": "Sala", "de": "Raum"}, None)]),
    ],
    opt=("talk", "track", {"en": "the track", "fr": "le format", "es": "el formato", "de": "Format"},
         {"en": ["Keynote", "Talk", "Lightning talk"], "fr": ["Plénière", "Conférence", "Flash"], "es": ["Plenaria", "Ponencia", "Charla relámpago"], "de": ["Keynote", "Vortrag", "Kurzvortrag"]},
         {"en": ["Lightning talk", "Demo"], "fr": ["Flash", "Démo"], "es": ["Charla relámpago", "Demo"], "de": ["Kurzvortrag", "Demo"]},
         {"en": "Panel", "fr": "Table ronde", "es": "Mesa redonda", "de": "Podium"}),
    chg=[("talk", "length", "integer", {"en": "the length", "fr": "la durée", "es": "la duración", "de": "Dauer"}, None),
         ("talk", "room", "choice", {"en": "the room", "fr": "la salle", "es": "la sala", "de": "Raum"},
          {"en": ["Hall A", "Hall B", "Garden room"], "fr": ["Amphi A", "Amphi B", "Salle jardin"], "es": ["Sala A", "Sala B", "Sala jardín"], "de": ["Saal A", "Saal B", "Gartensaal"]}),
         ("talk", "track", "text", {"en": "the track", "fr": "le format", "es": "el formato", "de": "Format"}, None)],
    kind=({"en": "Sponsor", "fr": "Sponsor", "es": "Patrocinador", "de": "Sponsor"},
          {"en": ["Sponsors", "partner"], "fr": ["Sponsors", "mécène", "partenaire"], "es": ["Patrocinadores", "sponsor"], "de": ["Sponsoren", "Partner"]},
          "talk",
          {"en": ["we need to track sponsors too, each talk is sponsored by one",
                  "Please add a sponsors table and link each talk to its sponsor. Thanks!"],
           "fr": ["il faut aussi suivre les sponsors, chaque session est sponsorisée par un sponsor",
                  "Merci d'ajouter une table des sponsors et de relier chaque session à son sponsor."],
           "es": ["hay que llevar también los patrocinadores, cada charla tiene un patrocinador",
                  "Por favor, añade una tabla de patrocinadores y vincula cada charla con su patrocinador. ¡Gracias!"],
           "de": ["wir brauchen auch die Sponsoren, jeder Vortrag hat einen Sponsor",
                  "Bitte eine Tabelle für Sponsoren anlegen und jeden Vortrag mit seinem Sponsor verknüpfen. Danke!"]}),
))

DOMAINS.append(dict(
    app={"en": "Tool library", "fr": "Outilthèque", "es": "Biblioteca de herramientas", "de": "Werkzeugverleih"},
    kinds=[
        ("member", {"en": ("Member", "Members"), "fr": ("Adhérent", "Adhérents"), "es": ("Socio", "Socios"), "de": ("Mitglied", "Mitglieder")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None),
          ("email", "email", {"en": "Email", "fr": "E-mail", "es": "Correo", "de": "E-Mail"}, None)]),
        ("tool", {"en": ("Tool", "Tools"), "fr": ("Outil", "Outils"), "es": ("Herramienta", "Herramientas"), "de": ("Werkzeug", "Werkzeuge")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Bezeichnung"}, None),
          ("category", "choice", {"en": "Category", "fr": "Catégorie", "es": "Categoría", "de": "Kategorie"},
           {"en": ["Garden", "Power tools", "Hand tools"], "fr": ["Jardin", "Électroportatif", "Outils à main"], "es": ["Jardín", "Eléctricas", "Manuales"], "de": ["Garten", "Elektrowerkzeug", "Handwerkzeug"]}),
          ("condition", "choice", {"en": "Condition", "fr": "État", "es": "Estado", "de": "Zustand"},
           {"en": ["Good", "Worn", "Broken"], "fr": ["Bon", "Usé", "Cassé"], "es": ["Bueno", "Gastado", "Roto"], "de": ["Gut", "Abgenutzt", "Kaputt"]})]),
        ("loan", {"en": ("Loan", "Loans"), "fr": ("Prêt", "Prêts"), "es": ("Préstamo", "Préstamos"), "de": ("Ausleihe", "Ausleihen")},
         [("tool", "reference", {"en": "Tool", "fr": "Outil", "es": "Herramienta", "de": "Werkzeug"}, "tool"),
          ("member", "reference", {"en": "Member", "fr": "Adhérent", "es": "Socio", "de": "Mitglied"}, "member"),
          ("borrowed_on", "date", {"en": "Borrowed on", "fr": "Emprunté le", "es": "Prestado el", "de": "Ausgeliehen am"}, None),
          ("returned", "boolean", {"en": "Returned", "fr": "Rendu", "es": "Devuelto", "de": "Zurückgegeben"}, None),
          ("deposit", "text", {"en": "Deposit", "fr": "Caution", "es": "Fianza", "de": "Kaution"}, None)]),
    ],
    opt=("tool", "category", {"en": "the category", "fr": "la catégorie", "es": "la categoría", "de": "Kategorie"},
         {"en": ["Garden", "Workshop", "Cleaning", "Kitchen"], "fr": ["Jardin", "Atelier", "Nettoyage", "Cuisine"],
          "es": ["Jardín", "Taller", "Limpieza", "Cocina"], "de": ["Garten", "Werkstatt", "Reinigung", "Küche"]},
         {"en": ["Cleaning", "Kitchen"], "fr": ["Nettoyage", "Cuisine"], "es": ["Limpieza", "Cocina"], "de": ["Reinigung", "Küche"]},
         {"en": "Power tools", "fr": "Électroportatif", "es": "Eléctricas", "de": "Elektrowerkzeug"}),
    chg=[("loan", "deposit", "money", {"en": "the deposit", "fr": "la caution", "es": "la fianza", "de": "Kaution"}, None),
         ("loan", "returned", "date", {"en": "returned", "fr": "rendu", "es": "devuelto", "de": "Zurückgegeben"}, None),
         ("tool", "condition", "text", {"en": "the condition", "fr": "l'état", "es": "el estado", "de": "Zustand"}, None)],
    kind=({"en": "Shed", "fr": "Local", "es": "Almacén", "de": "Lagerort"},
          {"en": ["Sheds", "storage location", "location"], "fr": ["Locaux", "lieu de stockage", "emplacement"], "es": ["Almacenes", "ubicación"], "de": ["Lagerorte", "Lager", "Standort"]},
          "tool",
          {"en": ["also track our sheds, each tool is kept in one",
                  "We'd like a list of sheds too - every tool should be linked to the shed it lives in."],
           "fr": ["on veut aussi suivre nos locaux, chaque outil est rangé dans un local",
                  "On voudrait aussi une liste des locaux : chaque outil doit être relié au local où il est rangé."],
           "es": ["también queremos llevar los almacenes, cada herramienta se guarda en uno",
                  "Nos gustaría una lista de almacenes: cada herramienta debe estar vinculada al almacén donde se guarda."],
           "de": ["wir wollen auch die Lagerorte erfassen, jedes Werkzeug liegt an einem Lagerort",
                  "Wir hätten gern auch eine Liste der Lagerorte - jedes Werkzeug soll mit seinem Lagerort verknüpft sein."]}),
))

DOMAINS.append(dict(
    app={"en": "Cleaning jobs", "fr": "Prestations de ménage", "es": "Servicios de limpieza", "de": "Reinigungseinsätze"},
    kinds=[
        ("site", {"en": ("Site", "Sites"), "fr": ("Site", "Sites"), "es": ("Local", "Locales"), "de": ("Objekt", "Objekte")},
         [("address", "text", {"en": "Address", "fr": "Adresse", "es": "Dirección", "de": "Adresse"}, None),
          ("floor_area", "text", {"en": "Floor area", "fr": "Surface", "es": "Superficie", "de": "Fläche"}, None)]),
        ("shift", {"en": ("Shift", "Shifts"), "fr": ("Intervention", "Interventions"), "es": ("Servicio", "Servicios"), "de": ("Einsatz", "Einsätze")},
         [("site", "reference", {"en": "Site", "fr": "Site", "es": "Local", "de": "Objekt"}, "site"),
          ("day", "date", {"en": "Day", "fr": "Jour", "es": "Día", "de": "Tag"}, None),
          ("cleaner", "person", {"en": "Cleaner", "fr": "Agent", "es": "Limpiador", "de": "Reinigungskraft"}, None),
          ("service", "choice", {"en": "Service", "fr": "Prestation", "es": "Tipo de servicio", "de": "Leistung"},
           {"en": ["Standard", "Deep clean", "Windows"], "fr": ["Standard", "Grand ménage", "Vitres"], "es": ["Estándar", "Limpieza a fondo", "Cristales"], "de": ["Standard", "Grundreinigung", "Fenster"]}),
          ("hours", "text", {"en": "Hours", "fr": "Heures", "es": "Horas", "de": "Stunden"}, None),
          ("approved", "boolean", {"en": "Approved", "fr": "Validée", "es": "Aprobado", "de": "Freigegeben"}, None)]),
    ],
    opt=("shift", "service", {"en": "the service", "fr": "la prestation", "es": "el tipo de servicio", "de": "Leistung"},
         {"en": ["Standard", "Deep clean", "Carpets", "After building work"], "fr": ["Standard", "Grand ménage", "Moquettes", "Fin de chantier"],
          "es": ["Estándar", "Limpieza a fondo", "Moquetas", "Fin de obra"], "de": ["Standard", "Grundreinigung", "Teppiche", "Bauendreinigung"]},
         {"en": ["Carpets", "After building work"], "fr": ["Moquettes", "Fin de chantier"], "es": ["Moquetas", "Fin de obra"], "de": ["Teppiche", "Bauendreinigung"]},
         {"en": "Windows", "fr": "Vitres", "es": "Cristales", "de": "Fenster"}),
    chg=[("shift", "hours", "decimal", {"en": "the hours", "fr": "les heures", "es": "las horas", "de": "Stunden"}, None),
         ("shift", "cleaner", "choice", {"en": "the cleaner", "fr": "l'agent", "es": "el limpiador", "de": "Reinigungskraft"},
          {"en": ["Team North", "Team South", "Team Night"], "fr": ["Équipe Nord", "Équipe Sud", "Équipe Nuit"], "es": ["Equipo Norte", "Equipo Sur", "Equipo Noche"], "de": ["Team Nord", "Team Süd", "Team Nacht"]}),
         ("site", "floor_area", "integer", {"en": "the floor area", "fr": "la surface", "es": "la superficie", "de": "Fläche"}, None)],
    kind=({"en": "Van", "fr": "Véhicule", "es": "Furgoneta", "de": "Fahrzeug"},
          {"en": ["Vans", "vehicle"], "fr": ["Véhicules", "camionnette"], "es": ["Furgonetas", "vehículo"], "de": ["Fahrzeuge", "Transporter"]},
          "shift",
          {"en": ["we should also track the vans, each shift uses one",
                  "Hello, can you add our vans and link every shift to the van the team drove?"],
           "fr": ["il faut aussi suivre les véhicules, chaque intervention utilise un véhicule",
                  "Bonjour, pouvez-vous ajouter nos véhicules et relier chaque intervention au véhicule utilisé ?"],
           "es": ["también hay que controlar las furgonetas, cada servicio usa una",
                  "Hola, ¿podéis añadir las furgonetas y vincular cada servicio con la furgoneta que se usó?"],
           "de": ["wir sollten auch die Fahrzeuge erfassen, jeder Einsatz nutzt ein Fahrzeug",
                  "Hallo, könnt ihr unsere Fahrzeuge ergänzen und jeden Einsatz mit dem benutzten Fahrzeug verknüpfen?"]}),
))

DOMAINS.append(dict(
    app={"en": "Sports club", "fr": "Club sportif", "es": "Club deportivo", "de": "Sportverein"},
    kinds=[
        ("member", {"en": ("Member", "Members"), "fr": ("Licencié", "Licenciés"), "es": ("Socio", "Socios"), "de": ("Mitglied", "Mitglieder")},
         [("name", "text", {"en": "Name", "fr": "Nom", "es": "Nombre", "de": "Name"}, None),
          ("birth_date", "date", {"en": "Birth date", "fr": "Date de naissance", "es": "Fecha de nacimiento", "de": "Geburtsdatum"}, None),
          ("level", "choice", {"en": "Level", "fr": "Niveau", "es": "Nivel", "de": "Niveau"},
           {"en": ["Beginner", "Intermediate", "Advanced"], "fr": ["Débutant", "Intermédiaire", "Confirmé"], "es": ["Principiante", "Intermedio", "Avanzado"], "de": ["Anfänger", "Fortgeschritten", "Profi"]})]),
        ("payment", {"en": ("Payment", "Payments"), "fr": ("Cotisation", "Cotisations"), "es": ("Cuota", "Cuotas"), "de": ("Beitrag", "Beiträge")},
         [("member", "reference", {"en": "Member", "fr": "Licencié", "es": "Socio", "de": "Mitglied"}, "member"),
          ("paid_at", "datetime", {"en": "Paid at", "fr": "Payée le", "es": "Pagada el", "de": "Bezahlt am"}, None),
          ("amount", "text", {"en": "Amount", "fr": "Montant", "es": "Importe", "de": "Betrag"}, None),
          ("method", "choice", {"en": "Method", "fr": "Moyen de paiement", "es": "Forma de pago", "de": "Zahlungsart"},
           {"en": ["Cash", "Card", "Transfer"], "fr": ["Espèces", "Carte", "Virement"], "es": ["Efectivo", "Tarjeta", "Transferencia"], "de": ["Bar", "Karte", "Überweisung"]})]),
    ],
    opt=("payment", "method", {"en": "the method", "fr": "le moyen de paiement", "es": "la forma de pago", "de": "Zahlungsart"},
         {"en": ["Card", "Transfer", "Direct debit"], "fr": ["Carte", "Virement", "Prélèvement"], "es": ["Tarjeta", "Transferencia", "Domiciliación"], "de": ["Karte", "Überweisung", "Lastschrift"]},
         {"en": ["Direct debit", "Cheque"], "fr": ["Prélèvement", "Chèque"], "es": ["Domiciliación", "Bizum"], "de": ["Lastschrift", "PayPal"]},
         {"en": "Cash", "fr": "Espèces", "es": "Efectivo", "de": "Bar"}),
    chg=[("payment", "paid_at", "date", {"en": "paid at", "fr": "payée le", "es": "pagada el", "de": "Bezahlt am"}, None),
         ("payment", "amount", "decimal", {"en": "the amount", "fr": "le montant", "es": "el importe", "de": "Betrag"}, None),
         ("member", "level", "integer", {"en": "the level", "fr": "le niveau", "es": "el nivel", "de": "Niveau"}, None)],
    kind=({"en": "Team", "fr": "Équipe", "es": "Equipo", "de": "Mannschaft"},
          {"en": ["Teams", "squad"], "fr": ["Équipes", "groupe"], "es": ["Equipos", "grupo"], "de": ["Mannschaften", "Team"]},
          "member",
          {"en": ["also track the teams, each member plays in one",
                  "Could you add teams? Every member belongs to one team."],
           "fr": ["il faut aussi suivre les équipes, chaque licencié joue dans une équipe",
                  "Pourriez-vous ajouter les équipes ? Chaque licencié fait partie d'une équipe."],
           "es": ["también hay que llevar los equipos, cada socio juega en uno",
                  "¿Podéis añadir los equipos? Cada socio pertenece a un equipo."],
           "de": ["wir wollen auch die Mannschaften erfassen, jedes Mitglied spielt in einer Mannschaft",
                  "Könnt ihr Mannschaften ergänzen? Jedes Mitglied gehört zu einer Mannschaft."]}),
))

# ------------------------------------------------------------------ shapes
def j(lang, vals):
    if len(vals) == 1:
        return vals[0]
    w = {"en": " and ", "fr": " et ", "es": " y ", "de": " und "}[lang]
    return ", ".join(vals[:-1]) + w + vals[-1]


def cap(s):
    return s[:1].upper() + s[1:]


OPT_REPLACE = {
    "en": [lambda fp, o: f"{cap(fp)} should only have these options: {', '.join(o)}",
           lambda fp, o: f"Please change the options for {fp} to {j('en', o)}.",
           lambda fp, o: f"only {j('en', o)} for {fp}, nothing else"],
    "fr": [lambda fp, o: f"{cap(fp)} ne doit avoir que ces valeurs : {', '.join(o)}",
           lambda fp, o: f"Merci de remplacer les choix de {fp} par {j('fr', o)}.",
           lambda fp, o: f"pour {fp}, uniquement {j('fr', o)}"],
    "es": [lambda fp, o: f"Que {fp} tenga estas opciones: {', '.join(o)}",
           lambda fp, o: f"Por favor, cambia las opciones de {fp} por {j('es', o)}.",
           lambda fp, o: f"para {fp} solo {j('es', o)}, nada más"],
    "de": [lambda fp, o: f"{cap(fp)} soll nur noch diese Werte haben: {', '.join(o)}",
           lambda fp, o: f"Bitte die Auswahl bei {fp} ersetzen durch {j('de', o)}.",
           lambda fp, o: f"bei {fp} nur noch {j('de', o)}"],
}
OPT_EXTEND = {
    "en": [lambda fp, o: f"also allow {j('en', o)} for {fp}", lambda fp, o: f"{cap(fp)} can also be {j('en', o)}, please add that."],
    "fr": [lambda fp, o: f"autorise aussi {j('fr', o)} pour {fp}", lambda fp, o: f"{cap(fp)} peut aussi être {j('fr', o)}, tu peux l'ajouter ?"],
    "es": [lambda fp, o: f"permite también {j('es', o)} en {fp}", lambda fp, o: f"{cap(fp)} también puede ser {j('es', o)}, añádelo por favor."],
    "de": [lambda fp, o: f"bei {fp} bitte auch {j('de', o)} erlauben", lambda fp, o: f"{cap(fp)} kann auch {j('de', o)} sein, bitte ergänzen."],
}
OPT_REMOVE = {
    "en": [lambda fp, v: f"remove the option {v} from {fp}", lambda fp, v: f"Please take {v} out of {fp}, we don't do that any more."],
    "fr": [lambda fp, v: f"retire l'option {v} de {fp}", lambda fp, v: f"Merci d'enlever {v} dans {fp}, on ne le fait plus."],
    "es": [lambda fp, v: f"elimina la opción {v} de {fp}", lambda fp, v: f"Por favor, quita {v} de {fp}, ya no lo hacemos."],
    "de": [lambda fp, v: f"entferne die Option {v} bei {fp}", lambda fp, v: f"Bitte {v} bei {fp} rausnehmen, machen wir nicht mehr."],
}
# type words: (with article, bare form for "as X" / "als X")
TW = {
    "en": {"decimal": ["a number with decimals", "a decimal number"], "integer": ["a whole number", "a number"],
           "date": ["just a date, no time", "a date"], "datetime": ["a date and time", "a date with the time"],
           "money": ["an amount in euros", "a money amount"], "text": ["free text", "plain text"],
           "choice": ["a dropdown with {o}", "a dropdown: {o}"]},
    "fr": {"decimal": ["un nombre à virgule", "un nombre décimal"], "integer": ["un nombre entier", "un entier"],
           "date": ["juste une date, sans l'heure", "une date"], "datetime": ["une date avec l'heure", "une date et une heure"],
           "money": ["un montant en euros", "un montant"], "text": ["un texte libre", "du texte libre"],
           "choice": ["une liste déroulante avec {o}", "une liste de choix : {o}"]},
    "es": {"decimal": ["un número con decimales", "un número decimal"], "integer": ["un número entero", "un entero"],
           "date": ["solo una fecha, sin hora", "una fecha"], "datetime": ["una fecha con hora", "fecha y hora"],
           "money": ["un importe en euros", "un importe"], "text": ["texto libre", "un texto libre"],
           "choice": ["un desplegable con {o}", "una lista de opciones: {o}"]},
    "de": {"decimal": ["eine Kommazahl", "eine Dezimalzahl"], "integer": ["eine ganze Zahl", "eine Zahl ohne Komma"],
           "date": ["nur ein Datum ohne Uhrzeit", "ein Datum"], "datetime": ["ein Datum mit Uhrzeit", "Datum und Uhrzeit"],
           "money": ["ein Betrag in Euro", "ein Geldbetrag"], "text": ["ein Freitext", "ein freies Textfeld"],
           "choice": ["eine Auswahl mit {o}", "eine Auswahlliste: {o}"]},
}
TW_BARE_DE = {"decimal": "Kommazahl", "integer": "ganze Zahl", "date": "Datum", "datetime": "Datum mit Uhrzeit",
              "money": "Betrag in Euro", "text": "Freitext", "choice": "Auswahl ({o})"}
CHG = {
    "en": [lambda fp, tp: f"{cap(fp)} should be {tp}.", lambda fp, tp: f"make {fp} {tp}",
           lambda fp, tp: f"Hi, could {fp} be {tp} instead? Thanks"],
    "fr": [lambda fp, tp: f"{cap(fp)} doit être {tp}.", lambda fp, tp: f"je voudrais que {fp} soit {tp}",
           lambda fp, tp: f"Bonjour, là où on saisit {fp}, il faudrait {tp}. Merci"],
    "es": [lambda fp, tp: f"Que {fp} sea {tp}.", lambda fp, tp: f"{fp} tiene que ser {tp}",
           lambda fp, tp: f"Hola, ¿podéis hacer que {fp} sea {tp}? Gracias"],
    "de": [lambda fp, tp: f"{cap(fp)} soll {tp} sein.", lambda fp, tp: f"{fp} bitte als {tp}",
           lambda fp, tp: f"Hallo, könnt ihr {fp} auf {tp} umstellen? Danke"],
}
JOIN = {"en": " And ", "fr": " Et ", "es": " Y ", "de": " Außerdem: "}

rows = []
counter = [0]


def row(lang, sp, req, expect, cons):
    counter[0] += 1
    for a, b in (("Les heures doit", "Les heures doivent"), ("les heures soit", "les heures soient"),
                 ("Que las horas sea", "Que las horas sean"), ("que las horas sea", "que las horas sean"),
                 ("las horas tiene que", "las horas tienen que"), ("Les heures de travail doit", "Les heures de travail doivent"),
                 ("les heures de travail soit", "les heures de travail soient"), ("que las horas de trabajo sea", "que las horas de trabajo sean"),
                 ("Que las horas de trabajo sea", "Que las horas de trabajo sean"), ("las horas de trabajo tiene", "las horas de trabajo tienen"),
                 ("Stunden soll", "Stunden sollen"), ("Arbeitsstunden soll", "Arbeitsstunden sollen")):
        req = req.replace(a, b)
    if lang == "de" and " umstellen" in req:
        for a, b in (("auf ein Betrag", "auf einen Betrag"), ("auf ein Geldbetrag", "auf einen Geldbetrag"),
                     ("auf ein Freitext", "auf Freitext")):
            req = req.replace(a, b)
    if lang == "fr":
        req = req.replace(" de le ", " du ").replace(" de les ", " des ").replace(" à le ", " au ").replace(" à les ", " aux ")
    if lang == "es":
        req = req.replace(" de el ", " del ").replace(" a el ", " al ")
    if counter[0] % 4 == 0:
        req = strip_accents(req).lower().rstrip(".!?")
    rows.append({"id": f"g26r-{counter[0]:03d}", "lang": lang, "spec": sp, "request": req, "expect": expect,
                 "keep": "all other fields and entities unchanged", "construction": cons, "kind_named": True})


def build(d, lang):
    ents = []
    for ek, names, fields in d["kinds"]:
        fl = []
        for i, (fk, t, labels, extra) in enumerate(fields):
            fd = f(fk, labels[lang], t)
            if i == 0:
                fd["required"] = True
            if t == "choice":
                fd["options"] = extra[lang]
            if t == "reference":
                fd["target"] = extra
            fl.append(fd)
        ents.append({"key": ek, "name": names[lang][0], "plural": names[lang][1], "fields": fl})
    return {"spec": 1, "name": d["app"][lang], "summary": d["app"][lang] + ".", "entities": ents}


def cur_options(d, ek, fk, lang):
    for e, _, fields in d["kinds"]:
        for k, t, _, extra in fields:
            if e == ek and k == fk:
                return list(extra[lang])


def type_phrase(lang, t, k, opts):
    o = j(lang, opts) if opts else ""
    if lang == "de" and k == 1:
        return TW_BARE_DE[t].replace("{o}", o)
    return TW[lang][t][k % 2].replace("{o}", o)


for di, d in enumerate(DOMAINS):
    for li, lang in enumerate(("en", "fr", "es", "de")):
        sp = build(d, lang)
        R = lambda req, exp, cons: row(lang, sp, req, exp, cons)
        ek, fk, fps, newlist, extra, dropv = d["opt"]
        fp = fps[lang]
        cur = cur_options(d, ek, fk, lang)
        so = lambda opts: {"op": "set_options", "entity": ek, "field": fk, "options": opts}
        # replace: two of the three shapes
        for s in (0, 1, 2):
            if s == (di + li) % 3:
                continue
            R(OPT_REPLACE[lang][s](fp, newlist[lang]), [so(newlist[lang])], "opt_replace")
        R(OPT_EXTEND[lang][(di + li) % 2](fp, extra[lang]), [so(cur + [v for v in extra[lang] if v not in cur])], "opt_extend")
        R(OPT_REMOVE[lang][(di + li + 1) % 2](fp, dropv[lang]), [so([o for o in cur if o != dropv[lang]])], "opt_remove")
        # type changes
        for gi, (cek, cfk, t, cfp, copts) in enumerate(d["chg"]):
            k = (di + li + gi) % 3
            opts = copts[lang] if copts else None
            tp = type_phrase(lang, t, 1 if k == 1 else (gi % 2 if lang != "de" else 0), opts)
            exp = [{"op": "change_type", "entity": cek, "field": cfk, "type": t, "alt_types": ALT[t]}]
            if t == "choice":
                exp.append({"op": "set_options", "entity": cek, "field": cfk, "options": opts})
            R(CHG[lang][k](cfp[lang], tp), exp, "chg_" + t)
        # a new kind with its link
        kn, kal, src, sents = d["kind"]
        kexp = [{"op": "add_entity", "name": kn[lang], "aliases": kal[lang],
                 "fields": [{"name": "name", "aliases": ["title", "label"], "type": "text", "alt_types": [],
                             "optional": True}]},
                {"op": "add_relation", "from": src, "to": kn[lang]}]
        for s in sents[lang]:
            R(s, kexp, "kind_link")
        # two edits in one message: a type change and a value added
        cek, cfk, t, cfp, copts = d["chg"][(di + li) % 3]
        if t == "choice" or cfk == fk:
            # the type change in a two-edit message is never on the choice field whose values are edited
            cek, cfk, t, cfp, copts = next(g for g in d["chg"] if g[2] != "choice" and g[1] != fk)
        tp = type_phrase(lang, t, 0, None)
        first = CHG[lang][0](cfp[lang], tp)
        second = OPT_EXTEND[lang][0](fp, extra[lang][:1])
        R(first + JOIN[lang] + second + ".",
          [{"op": "change_type", "entity": cek, "field": cfk, "type": t, "alt_types": ALT[t]},
           so(cur + [v for v in extra[lang][:1] if v not in cur])], "multi")

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
