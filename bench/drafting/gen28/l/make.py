#!/usr/bin/env python3
"""Probe set gen28/l (session 28, improver l): links and new kinds in chat edits.

Written by hand, before any engine change, as an office worker would type after seeing a draft.  Five domains of my
own (events, fleet trips, IT tickets, recruiting, a vet practice), each with two or three kinds, some with choices.
Constructions (cx in the id):

  link      "link each X to a Y" / "X should point to the Y" (Y a kind the app has)   -> add_relation
  named     a detail named like a kind the app has ("add a vehicle field to trips")   -> add_relation (never url/text)
  belongs   "add a Z (each X belongs to one)" (Z new, no details)                      -> add_entity + add_relation
  picklist  "keep a list of Zs and pick one on each X"                                 -> add_entity + add_relation
  replace   a text field of X becomes a link to a new list of that name                -> add_entity + change_type
                                                                                           + add_relation
  plus      "add a Z (link each X to a Z) and a W"                                     -> add_entity + add_relation
                                                                                           + add_field W on X
English has two phrasings per domain and construction, French, Spanish and German one: 150 rows.

  python3 make.py     # writes refine.jsonl (and an empty draft.jsonl) beside this file
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


def key(s):
    return re.sub(r"[^a-z0-9]+", "_", fold(s).lower()).strip("_")


def ent(name, plural, fields):
    out = []
    for f in fields:
        label, typ = f[0], f[1]
        d = {"key": key(label), "label": label, "type": typ}
        if len(f) > 2 and isinstance(f[2], list):
            d["options"] = f[2]
        if len(f) > 2 and f[-1] == "req":
            d["required"] = True
        out.append(d)
    return {"key": key(name), "name": name, "plural": plural, "fields": out}


# the new kinds' names in French, Spanish and German (the add_relation target is found by name)
LOC = {'Venue': ('Lieu', 'Lugar', 'Ort'), 'Organiser': ('Organisateur', 'Organizador', 'Veranstalter'), 'Sponsor': ('Partenaire', 'Patrocinador', 'Sponsor'), 'Client': ('Client', 'Cliente', 'Kunde'), 'Driver': ('Conducteur', 'Conductor', 'Fahrer'), 'Cost centre': ('Centre de coût', 'Centro de coste', 'Kostenstelle'), 'Fuel card': ('Carte carburant', 'Tarjeta de combustible', 'Tankkarte'), 'Project': ('Projet', 'Proyecto', 'Projekt'), 'Site': ('Site', 'Sede', 'Standort'), 'Category': ('Catégorie', 'Categoría', 'Kategorie'), 'Supplier': ('Fournisseur', 'Proveedor', 'Lieferant'), 'Contract': ('Contrat', 'Contrato', 'Vertrag'), 'Department': ('Département', 'Departamento', 'Abteilung'), 'Agency': ('Agence', 'Agencia', 'Agentur'), 'Recruiter': ('Recruteur', 'Reclutador', 'Recruiter'), 'Campaign': ('Campagne', 'Campaña', 'Kampagne'), 'Vet': ('Vétérinaire', 'Veterinario', 'Tierarzt'), 'Clinic': ('Clinique', 'Clínica', 'Praxis'), 'Treatment': ('Soin', 'Tratamiento', 'Behandlung'), 'Insurer': ('Assureur', 'Aseguradora', 'Versicherung')}


def nk(name, aliases, fields=()):
    """a new kind: name, aliases, [(detail, type, alt types, aliases)]"""
    return (name, aliases, list(fields))


def local(name, lang):
    return name if lang == "en" else LOC[name][("fr", "es", "de").index(lang)]


# per domain: app name, per language: X kind, Y kind (exists), the field of the replace construction (kind, field
# label), the new kinds per construction, the extra detail of "plus", and the messages.
DOMAINS = {}

DOMAINS["events"] = dict(
    app={"en": "Event planner", "fr": "Planning des événements", "es": "Agenda de eventos", "de": "Veranstaltungsplaner"},
    kinds={
        "en": [("Event", "Events", [("Title", "text", "req"), ("Date", "date"), ("Capacity", "integer"),
                                    ("Status", "choice", ["Planned", "Confirmed", "Cancelled"]), ("Venue", "text")]),
               ("Speaker", "Speakers", [("Name", "text", "req"), ("Email", "email"), ("Bio", "long_text")])],
        "fr": [("Événement", "Événements", [("Titre", "text", "req"), ("Date", "date"), ("Capacité", "integer"),
                                            ("Statut", "choice", ["Prévu", "Confirmé", "Annulé"]), ("Lieu", "text")]),
               ("Intervenant", "Intervenants", [("Nom", "text", "req"), ("E-mail", "email"), ("Biographie", "long_text")])],
        "es": [("Evento", "Eventos", [("Título", "text", "req"), ("Fecha", "date"), ("Aforo", "integer"),
                                      ("Estado", "choice", ["Previsto", "Confirmado", "Cancelado"]), ("Lugar", "text")]),
               ("Ponente", "Ponentes", [("Nombre", "text", "req"), ("Email", "email"), ("Biografía", "long_text")])],
        "de": [("Veranstaltung", "Veranstaltungen", [("Titel", "text", "req"), ("Datum", "date"), ("Kapazität", "integer"),
                                                     ("Status", "choice", ["Geplant", "Bestätigt", "Abgesagt"]), ("Ort", "text")]),
               ("Referent", "Referenten", [("Name", "text", "req"), ("E-Mail", "email"), ("Kurzbiografie", "long_text")])],
    },
    replace={"en": "Venue", "fr": "Lieu", "es": "Lugar", "de": "Ort"},
    replace_kind=nk("Venue", ["Venues", "Lieu", "Lieux", "Lugar", "Lugares", "Ort", "Orte", "Location"]),
    belongs=nk("Organiser", ["Organizer", "Organisateur", "Organizador", "Veranstalter", "Organisers"]),
    picklist=nk("Sponsor", ["Sponsors", "Partenaire", "Patrocinador", "Sponsoren", "Partner"]),
    picklist_en2=nk("Sponsor", ["Sponsors"], [("name", "text", [], ["sponsor name"]), ("contact email", "email", [], ["email"])]),
    plus=nk("Client", ["Customer", "Clients", "Cliente", "Kunde", "Kunden"]),
    plus_field={"en": ("budget", "money", ["decimal"], []), "fr": ("budget", "money", ["decimal"], []),
                "es": ("presupuesto", "money", ["decimal"], ["budget"]), "de": ("Budget", "money", ["decimal"], [])},
    msgs={
        "link": {"en": ["Link each event to a speaker.", "can every event point to the speaker giving it?"],
                 "fr": ["Relie chaque événement à un intervenant."],
                 "es": ["Vincula cada evento a un ponente."],
                 "de": ["Verknüpfe jede Veranstaltung mit einem Referenten."]},
        "named": {"en": ["Events also need a speaker field.", "oh and record the speaker on each event please"],
                  "fr": ["Ajoute l'intervenant sur chaque événement."],
                  "es": ["añade el ponente en cada evento"],
                  "de": ["Bei jeder Veranstaltung soll auch der Referent erfasst werden."]},
        "belongs": {"en": ["Add an organiser (each event belongs to one).", "We need organisers too - every event belongs to one organiser."],
                    "fr": ["Ajoute un organisateur (chaque événement appartient à un organisateur)."],
                    "es": ["Añade un organizador (cada evento pertenece a uno)."],
                    "de": ["Füge einen Veranstalter hinzu (jede Veranstaltung gehört zu einem Veranstalter)."]},
        "picklist": {"en": ["Keep a list of sponsors and pick one on each event.",
                            "Could we have a sponsors list (name, contact email) and choose the sponsor for each event from it?"],
                     "fr": ["Je voudrais une liste des partenaires et choisir un partenaire pour chaque événement."],
                     "es": ["Quiero tener una lista de patrocinadores y elegir uno en cada evento."],
                     "de": ["Wir brauchen eine Liste der Sponsoren, und bei jeder Veranstaltung wählt man einen aus."]},
        "replace": {"en": ["Replace the venue text field with a link to a new list of venues.",
                           "venue shouldn't be free text anymore, make it a proper venues table and have each event point to one"],
                    "fr": ["Le lieu ne doit plus être du texte libre : crée une liste des lieux et relie chaque événement à un lieu."],
                    "es": ["Cambia el campo lugar por un enlace a una nueva lista de lugares."],
                    "de": ["Das Feld Ort soll kein Freitext mehr sein, sondern auf eine neue Liste der Orte verweisen."]},
        "plus": {"en": ["Add a client (link each event to a client) and a budget.",
                        "also add a client - each event belongs to one client - plus a budget"],
                 "fr": ["Ajoute un client (chaque événement est lié à un client) et un budget."],
                 "es": ["Añade un cliente (cada evento va ligado a un cliente) y un presupuesto."],
                 "de": ["Füge einen Kunden hinzu (jede Veranstaltung gehört zu einem Kunden) und ein Budget."]},
    })

DOMAINS["fleet"] = dict(
    app={"en": "Fleet trips", "fr": "Trajets de la flotte", "es": "Viajes de la flota", "de": "Fuhrpark-Fahrten"},
    kinds={
        "en": [("Trip", "Trips", [("Start date", "date", "req"), ("Destination", "text"), ("Distance (km)", "decimal"),
                                  ("Purpose", "choice", ["Client visit", "Delivery", "Training"]), ("Driver", "text")]),
               ("Vehicle", "Vehicles", [("Plate number", "text", "req"), ("Model", "text"), ("Mileage", "integer"),
                                        ("Fuel", "choice", ["Petrol", "Diesel", "Electric"])])],
        "fr": [("Trajet", "Trajets", [("Date de départ", "date", "req"), ("Destination", "text"), ("Distance (km)", "decimal"),
                                      ("Motif", "choice", ["Visite client", "Livraison", "Formation"]), ("Conducteur", "text")]),
               ("Véhicule", "Véhicules", [("Immatriculation", "text", "req"), ("Modèle", "text"), ("Kilométrage", "integer"),
                                          ("Carburant", "choice", ["Essence", "Diesel", "Électrique"])])],
        "es": [("Viaje", "Viajes", [("Fecha de salida", "date", "req"), ("Destino", "text"), ("Distancia (km)", "decimal"),
                                    ("Motivo", "choice", ["Visita a cliente", "Entrega", "Formación"]), ("Conductor", "text")]),
               ("Vehículo", "Vehículos", [("Matrícula", "text", "req"), ("Modelo", "text"), ("Kilometraje", "integer"),
                                          ("Combustible", "choice", ["Gasolina", "Diésel", "Eléctrico"])])],
        "de": [("Fahrt", "Fahrten", [("Abfahrtsdatum", "date", "req"), ("Ziel", "text"), ("Strecke (km)", "decimal"),
                                     ("Zweck", "choice", ["Kundenbesuch", "Lieferung", "Schulung"]), ("Fahrer", "text")]),
               ("Fahrzeug", "Fahrzeuge", [("Kennzeichen", "text", "req"), ("Modell", "text"), ("Kilometerstand", "integer"),
                                          ("Kraftstoff", "choice", ["Benzin", "Diesel", "Elektro"])])],
    },
    replace={"en": "Driver", "fr": "Conducteur", "es": "Conductor", "de": "Fahrer"},
    replace_kind=nk("Driver", ["Drivers", "Conducteur", "Conducteurs", "Conductor", "Conductores", "Fahrer"]),
    belongs=nk("Cost centre", ["Cost center", "Cost centres", "Centre de coût", "Centro de coste", "Kostenstelle", "Project"]),
    picklist=nk("Fuel card", ["Fuel cards", "Carte carburant", "Tarjeta de combustible", "Tankkarte", "Tankkarten"]),
    picklist_en2=nk("Petrol station", ["Petrol stations", "Station", "Gas station"]),
    plus=nk("Project", ["Projects", "Customer", "Projet", "Proyecto", "Projekt"]),
    plus_field={"en": ("toll amount", "money", ["decimal"], ["toll", "tolls"]),
                "fr": ("frais de péage", "money", ["decimal"], ["péage"]),
                "es": ("coste del peaje", "money", ["decimal"], ["peaje"]),
                "de": ("Mautkosten", "money", ["decimal"], ["Maut"])},
    msgs={
        "link": {"en": ["Each trip should point to the vehicle used.", "please link trips to vehicles (one vehicle per trip)"],
                 "fr": ["Chaque trajet doit pointer vers le véhicule utilisé."],
                 "es": ["Cada viaje deberia apuntar al vehiculo que se uso."],
                 "de": ["Jede Fahrt soll auf das benutzte Fahrzeug verweisen."]},
        "named": {"en": ["Add a vehicle field to trips.", "On a trip I also want to pick the vehicle."],
                  "fr": ["Ajoute un champ véhicule aux trajets."],
                  "es": ["Añade un campo vehículo a los viajes."],
                  "de": ["Bitte bei den Fahrten noch ein Feld Fahrzeug ergänzen."]},
        "belongs": {"en": ["add cost centres - each trip belongs to one cost centre", "Add a cost centre; each trip belongs to one."],
                    "fr": ["Ajoute des centres de coût : chaque trajet appartient à un centre de coût."],
                    "es": ["Añade centros de coste; cada viaje pertenece a un centro de coste."],
                    "de": ["Lege Kostenstellen an, jede Fahrt gehört zu einer Kostenstelle."]},
        "picklist": {"en": ["Keep a list of fuel cards and pick one on each trip.",
                            "I'd like a list of petrol stations so that on each trip we just pick the station from it"],
                     "fr": ["On pourrait garder une liste des cartes carburant et en choisir une sur chaque trajet ?"],
                     "es": ["Quiero una lista de tarjetas de combustible y elegir una en cada viaje."],
                     "de": ["Wir möchten eine Liste der Tankkarten führen und bei jeder Fahrt eine davon auswählen."]},
        "replace": {"en": ["Make driver a link to a new Drivers list instead of a text field.",
                           "The driver is typed by hand now. Could drivers be their own table, with each trip pointing to its driver?"],
                    "fr": ["remplace le champ conducteur par un lien vers une nouvelle liste de conducteurs"],
                    "es": ["El conductor ya no debe ser texto: crea una lista de conductores y enlaza cada viaje con su conductor."],
                    "de": ["Ersetze das Textfeld Fahrer durch eine Verknüpfung zu einer neuen Liste der Fahrer."]},
        "plus": {"en": ["Add a project (link each trip to a project) and a toll amount.",
                        "Also add a project - link every trip to a project - and the toll amount."],
                 "fr": ["Ajoute un projet (relie chaque trajet à un projet) et les frais de péage."],
                 "es": ["Añade un proyecto (enlaza cada viaje con un proyecto) y el coste del peaje."],
                 "de": ["Füge ein Projekt hinzu (jede Fahrt gehört zu einem Projekt) und die Mautkosten."]},
    })

DOMAINS["tickets"] = dict(
    app={"en": "IT helpdesk", "fr": "Support informatique", "es": "Soporte informático", "de": "IT-Helpdesk"},
    kinds={
        "en": [("Ticket", "Tickets", [("Subject", "text", "req"), ("Opened on", "date"),
                                      ("Priority", "choice", ["Low", "Normal", "High", "Urgent"]),
                                      ("Description", "long_text"), ("Resolved", "boolean"), ("Site", "text")]),
               ("Asset", "Assets", [("Asset tag", "text", "req"), ("Name", "text"), ("Purchase date", "date"),
                                    ("Warranty until", "date")])],
        "fr": [("Ticket", "Tickets", [("Objet", "text", "req"), ("Ouvert le", "date"),
                                      ("Priorité", "choice", ["Basse", "Normale", "Haute", "Urgente"]),
                                      ("Description", "long_text"), ("Résolu", "boolean"), ("Site", "text")]),
               ("Équipement", "Équipements", [("Numéro d'inventaire", "text", "req"), ("Nom", "text"), ("Date d'achat", "date"),
                                              ("Garantie jusqu'au", "date")])],
        "es": [("Incidencia", "Incidencias", [("Asunto", "text", "req"), ("Abierta el", "date"),
                                              ("Prioridad", "choice", ["Baja", "Normal", "Alta", "Urgente"]),
                                              ("Descripción", "long_text"), ("Resuelta", "boolean"), ("Sede", "text")]),
               ("Equipo", "Equipos", [("Etiqueta de inventario", "text", "req"), ("Nombre", "text"), ("Fecha de compra", "date"),
                                      ("Garantía hasta", "date")])],
        "de": [("Ticket", "Tickets", [("Betreff", "text", "req"), ("Eröffnet am", "date"),
                                      ("Priorität", "choice", ["Niedrig", "Normal", "Hoch", "Dringend"]),
                                      ("Beschreibung", "long_text"), ("Erledigt", "boolean"), ("Standort", "text")]),
               ("Gerät", "Geräte", [("Inventarnummer", "text", "req"), ("Bezeichnung", "text"), ("Kaufdatum", "date"),
                                    ("Garantie bis", "date")])],
    },
    replace={"en": "Site", "fr": "Site", "es": "Sede", "de": "Standort"},
    replace_kind=nk("Site", ["Sites", "Sede", "Sedes", "Standort", "Standorte", "Location"]),
    belongs=nk("Category", ["Categories", "Catégorie", "Categoría", "Kategorie", "Team", "Teams"]),
    picklist=nk("Supplier", ["Suppliers", "Fournisseur", "Proveedor", "Lieferant", "Lieferanten", "Vendor"]),
    picklist_en2=nk("Technician", ["Technicians"], [("name", "text", [], ["technician name"]), ("phone", "phone", ["text"], ["phone number"])]),
    plus=nk("Contract", ["Contracts", "Contrat", "Contrato", "Vertrag", "Vendor"]),
    plus_field={"en": ("due date", "date", [], ["due"]), "fr": ("date d'échéance", "date", [], ["échéance"]),
                "es": ("fecha límite", "date", [], ["fecha limite"]), "de": ("Fälligkeitsdatum", "date", [], ["fällig am"])},
    msgs={
        "link": {"en": ["Link each ticket to an asset.", "tickets should point to the asset they're about"],
                 "fr": ["Rattache chaque ticket à un équipement."],
                 "es": ["Vincula cada incidencia a un equipo."],
                 "de": ["Ordne jedes Ticket einem Gerät zu."]},
        "named": {"en": ["Add the asset to the ticket form.", "Could tickets have an asset field too?"],
                  "fr": ["Il faudrait aussi l'équipement sur chaque ticket."],
                  "es": ["¿Podemos añadir el equipo en cada incidencia?"],
                  "de": ["Beim Ticket fehlt noch das Gerät, bitte als Feld ergänzen."]},
        "belongs": {"en": ["Add a category (each ticket belongs to one category).", "we need categories as well, every ticket belongs to a category"],
                    "fr": ["Ajoute une categorie (chaque ticket appartient a une categorie)."],
                    "es": ["Añade una categoría (cada incidencia pertenece a una categoría)."],
                    "de": ["Füge eine Kategorie hinzu (jedes Ticket gehört zu einer Kategorie)."]},
        "picklist": {"en": ["Keep a list of suppliers and pick one on each ticket.",
                            "Let's keep a list of technicians (name, phone) and choose one on every ticket."],
                     "fr": ["Garde une liste des fournisseurs et on en choisit un sur chaque ticket."],
                     "es": ["Lleva una lista de proveedores y elige uno en cada incidencia."],
                     "de": ["Führe eine Liste der Lieferanten, und bei jedem Ticket wählt man einen aus."]},
        "replace": {"en": ["Turn the site field into a link to a new Sites list.",
                           "Site is free text today; I'd rather have a list of sites and each ticket linked to one."],
                    "fr": ["Transforme le champ site en lien vers une nouvelle liste de sites."],
                    "es": ["Convierte el campo sede en un enlace a una nueva lista de sedes."],
                    "de": ["Mach aus dem Feld Standort eine Verknüpfung zu einer neuen Liste der Standorte."]},
        "plus": {"en": ["Add a contract (link each ticket to a contract) and a due date.",
                        "add a contract (link each ticket to one) and a due date"],
                 "fr": ["Ajoute un contrat (chaque ticket est rattaché à un contrat) et une date d'échéance."],
                 "es": ["Añade un contrato (vincula cada incidencia a un contrato) y una fecha límite."],
                 "de": ["Füge einen Vertrag hinzu (jedes Ticket gehört zu einem Vertrag) und ein Fälligkeitsdatum."]},
    })

DOMAINS["recruiting"] = dict(
    app={"en": "Recruiting", "fr": "Recrutement", "es": "Selección de personal", "de": "Bewerbermanagement"},
    kinds={
        "en": [("Candidate", "Candidates", [("Full name", "text", "req"), ("Email", "email"), ("Phone", "phone"),
                                            ("Stage", "choice", ["Applied", "Interview", "Offer", "Hired", "Rejected"]), ("CV", "file")]),
               ("Job opening", "Job openings", [("Title", "text", "req"), ("Salary", "money"), ("Open", "boolean"), ("Department", "text")])],
        "fr": [("Candidat", "Candidats", [("Nom complet", "text", "req"), ("E-mail", "email"), ("Téléphone", "phone"),
                                          ("Étape", "choice", ["Candidature", "Entretien", "Offre", "Embauché", "Refusé"]), ("CV", "file")]),
               ("Offre d'emploi", "Offres d'emploi", [("Intitulé", "text", "req"), ("Salaire", "money"), ("Ouverte", "boolean"), ("Département", "text")])],
        "es": [("Candidato", "Candidatos", [("Nombre completo", "text", "req"), ("Email", "email"), ("Teléfono", "phone"),
                                            ("Fase", "choice", ["Inscrito", "Entrevista", "Oferta", "Contratado", "Descartado"]), ("CV", "file")]),
               ("Vacante", "Vacantes", [("Puesto", "text", "req"), ("Salario", "money"), ("Abierta", "boolean"), ("Departamento", "text")])],
        "de": [("Bewerber", "Bewerber", [("Vollständiger Name", "text", "req"), ("E-Mail", "email"), ("Telefon", "phone"),
                                         ("Phase", "choice", ["Beworben", "Gespräch", "Angebot", "Eingestellt", "Abgelehnt"]), ("Lebenslauf", "file")]),
               ("Stelle", "Stellen", [("Stellentitel", "text", "req"), ("Gehalt", "money"), ("Offen", "boolean"), ("Abteilung", "text")])],
    },
    replace_on_y=True,
    replace={"en": "Department", "fr": "Département", "es": "Departamento", "de": "Abteilung"},
    replace_kind=nk("Department", ["Departments", "Département", "Departamento", "Abteilung", "Abteilungen"]),
    belongs=nk("Agency", ["Agencies", "Recruiting agency", "Agence", "Agencia", "Agentur"]),
    picklist=nk("Recruiter", ["Recruiters", "Recruteur", "Reclutador", "Recruiter"]),
    picklist_en2=nk("Interviewer", ["Interviewers"], [("name", "text", [], ["interviewer name"]), ("email", "email", [], ["e-mail"])]),
    plus=nk("Campaign", ["Campaigns", "Campagne", "Campaña", "Kampagne"]),
    plus_field={"en": ("expected salary", "money", ["decimal"], ["salary expectation"]),
                "fr": ("salaire souhaité", "money", ["decimal"], ["salaire"]),
                "es": ("salario esperado", "money", ["decimal"], ["salario"]),
                "de": ("Wunschgehalt", "money", ["decimal"], ["Gehaltswunsch"])},
    msgs={
        "link": {"en": ["Link each candidate to a job opening.", "every candidate should point to the job opening they applied for"],
                 "fr": ["Lie chaque candidat à une offre d'emploi."],
                 "es": ["Vincula cada candidato a una vacante."],
                 "de": ["Verknüpfe jeden Bewerber mit einer Stelle."]},
        "named": {"en": ["add a job opening field on candidates", "Candidates: please also store the job opening."],
                  "fr": ["ajoute un champ offre d'emploi sur les candidats"],
                  "es": ["añade un campo vacante a los candidatos"],
                  "de": ["Bei den Bewerbern bitte noch die Stelle erfassen."]},
        "belongs": {"en": ["Add an agency (each candidate belongs to one agency).", "Please add agencies, every candidate belongs to one."],
                    "fr": ["Ajoute une agence (chaque candidat appartient à une agence)."],
                    "es": ["Añade una agencia (cada candidato pertenece a una agencia)."],
                    "de": ["Füge eine Agentur hinzu (jeder Bewerber gehört zu einer Agentur)."]},
        "picklist": {"en": ["Keep a list of recruiters and pick one on each candidate.",
                            "i want a list of interviewers (name + email) and to choose one for each candidate"],
                     "fr": ["Gardons une liste des recruteurs, et on en choisit un pour chaque candidat."],
                     "es": ["Quiero una lista de reclutadores y elegir uno para cada candidato."],
                     "de": ["Wir brauchen eine Liste der Recruiter, und für jeden Bewerber wählt man einen davon aus."]},
        "replace": {"en": ["Department on job openings should be a link to a new Departments list, not text.",
                           "Replace the department text on job openings by a link to a list of departments."],
                    "fr": ["Le département des offres d'emploi doit devenir un lien vers une nouvelle liste de départements."],
                    "es": ["El departamento de las vacantes debería ser un enlace a una nueva lista de departamentos, no texto."],
                    "de": ["Die Abteilung bei den Stellen soll statt Text auf eine neue Liste der Abteilungen verweisen."]},
        "plus": {"en": ["Add a campaign (link each candidate to a campaign) and an expected salary.",
                        "Add a campaign (every candidate comes from one campaign), plus an expected salary."],
                 "fr": ["Ajoute une campagne (relie chaque candidat à une campagne) et un salaire souhaité."],
                 "es": ["Añade una campaña (vincula cada candidato a una campaña) y un salario esperado."],
                 "de": ["Füge eine Kampagne hinzu (jeder Bewerber gehört zu einer Kampagne) und ein Wunschgehalt."]},
    })

DOMAINS["vet"] = dict(
    app={"en": "Vet practice", "fr": "Cabinet vétérinaire", "es": "Clínica veterinaria", "de": "Tierarztpraxis"},
    kinds={
        "en": [("Appointment", "Appointments", [("Date", "date", "req"), ("Reason", "long_text"),
                                                ("Status", "choice", ["Booked", "Done", "No-show"]), ("Vet", "text"), ("Fee", "money")]),
               ("Pet", "Pets", [("Name", "text", "req"), ("Species", "choice", ["Dog", "Cat", "Rabbit", "Other"]),
                                ("Birth date", "date"), ("Owner name", "text"), ("Weight (kg)", "decimal")])],
        "fr": [("Rendez-vous", "Rendez-vous", [("Date", "date", "req"), ("Motif", "long_text"),
                                               ("Statut", "choice", ["Réservé", "Effectué", "Absent"]), ("Vétérinaire", "text"), ("Tarif", "money")]),
               ("Animal", "Animaux", [("Nom", "text", "req"), ("Espèce", "choice", ["Chien", "Chat", "Lapin", "Autre"]),
                                      ("Date de naissance", "date"), ("Nom du propriétaire", "text"), ("Poids (kg)", "decimal")])],
        "es": [("Cita", "Citas", [("Fecha", "date", "req"), ("Motivo", "long_text"),
                                  ("Estado", "choice", ["Reservada", "Realizada", "No acudió"]), ("Veterinario", "text"), ("Tarifa", "money")]),
               ("Mascota", "Mascotas", [("Nombre", "text", "req"), ("Especie", "choice", ["Perro", "Gato", "Conejo", "Otro"]),
                                        ("Fecha de nacimiento", "date"), ("Nombre del dueño", "text"), ("Peso (kg)", "decimal")])],
        "de": [("Termin", "Termine", [("Datum", "date", "req"), ("Grund", "long_text"),
                                      ("Status", "choice", ["Gebucht", "Erledigt", "Nicht erschienen"]), ("Tierarzt", "text"), ("Gebühr", "money")]),
               ("Tier", "Tiere", [("Name", "text", "req"), ("Tierart", "choice", ["Hund", "Katze", "Kaninchen", "Andere"]),
                                  ("Geburtsdatum", "date"), ("Name des Halters", "text"), ("Gewicht (kg)", "decimal")])],
    },
    replace={"en": "Vet", "fr": "Vétérinaire", "es": "Veterinario", "de": "Tierarzt"},
    replace_kind=nk("Vet", ["Vets", "Veterinarian", "Vétérinaire", "Vétérinaires", "Veterinario", "Veterinarios", "Tierarzt", "Tierärzte"]),
    belongs=nk("Clinic", ["Clinics", "Branch", "Branches", "Clinique", "Clínica", "Praxis"]),
    picklist=nk("Treatment", ["Treatments", "Soin", "Soins", "Tratamiento", "Behandlung", "Behandlungen"]),
    picklist_en2=nk("Room", ["Rooms"], [("name", "text", [], ["room name"]), ("floor", "text", ["integer"], ["level"])]),
    plus=nk("Insurer", ["Insurers", "Insurance", "Assureur", "Aseguradora", "Versicherung"]),
    plus_field={"en": ("discount", "decimal", ["money", "integer"], ["discount rate"]),
                "fr": ("remise", "decimal", ["money", "integer"], ["réduction"]),
                "es": ("descuento", "decimal", ["money", "integer"], []),
                "de": ("Rabatt", "decimal", ["money", "integer"], [])},
    msgs={
        "link": {"en": ["Link each appointment to a pet.", "appointments need to point to the pet"],
                 "fr": ["Relie chaque rendez-vous à un animal."],
                 "es": ["Vincula cada cita a una mascota."],
                 "de": ["Verknüpfe jeden Termin mit einem Tier."]},
        "named": {"en": ["Add a pet field to appointments.", "could we also pick the pet on the appointment?"],
                  "fr": ["Ajoute l'animal sur les rendez-vous."],
                  "es": ["Añade la mascota en las citas, por favor."],
                  "de": ["Beim Termin soll man auch das Tier auswählen können."]},
        "belongs": {"en": ["Add a clinic (each appointment belongs to one clinic).", "Add clinics too; every appointment belongs to a clinic."],
                    "fr": ["Ajoute une clinique (chaque rendez-vous appartient à une clinique)."],
                    "es": ["Anade una clinica (cada cita pertenece a una clinica)."],
                    "de": ["Füge eine Praxis hinzu (jeder Termin gehört zu einer Praxis)."]},
        "picklist": {"en": ["Keep a list of treatments and pick one on each appointment.",
                            "We should have a list of rooms (name, floor) and choose a room on every appointment."],
                     "fr": ["Garde une liste des soins et on en choisit un sur chaque rendez-vous."],
                     "es": ["Lleva una lista de tratamientos y elige uno en cada cita."],
                     "de": ["Führe eine Liste der Behandlungen, und bei jedem Termin wählt man eine aus."]},
        "replace": {"en": ["Replace the vet text field with a link to a new list of vets.",
                           "vets should be their own list instead of typed names, each appointment linked to a vet"],
                    "fr": ["Remplace le champ vétérinaire par un lien vers une nouvelle liste de vétérinaires."],
                    "es": ["Sustituye el campo veterinario por un enlace a una nueva lista de veterinarios."],
                    "de": ["Ersetze das Feld Tierarzt durch eine Verknüpfung zu einer neuen Liste der Tierärzte."]},
        "plus": {"en": ["Add an insurer (link each appointment to an insurer) and a discount.",
                        "add an insurer, link each appointment to one, and a discount"],
                 "fr": ["Ajoute un assureur (relie chaque rendez-vous à un assureur) et une remise."],
                 "es": ["Añade una aseguradora (vincula cada cita a una aseguradora) y un descuento."],
                 "de": ["Füge eine Versicherung hinzu (jeder Termin gehört zu einer Versicherung) und einen Rabatt."]},
    })

CXS = ("link", "named", "belongs", "picklist", "replace", "plus")


def spec(dom, lang):
    d = DOMAINS[dom]
    return {"spec": 1, "name": d["app"][lang], "summary": d["app"][lang] + ".",
            "entities": [ent(*k) for k in d["kinds"][lang]]}


def new_kind(k, lang):
    name, aliases, fields = k
    name, aliases = local(name, lang), list(dict.fromkeys(aliases + [name]))
    return {"op": "add_entity", "name": name, "aliases": aliases,
            "fields": [{"name": f[0], "aliases": f[3], "type": f[1], "alt_types": f[2]} for f in fields]
            or [{"name": "name", "aliases": ["nom", "nombre", "Name", "title", "label", name + " name"], "type": "text",
                 "alt_types": [], "optional": True}]}


def expect(dom, lang, cx, i):
    d = DOMAINS[dom]
    x, y = (key(k[0]) for k in d["kinds"][lang])
    if cx in ("link", "named"):
        return [{"op": "add_relation", "from": x, "to": y}]
    if cx in ("belongs", "picklist", "plus"):
        k = d["picklist_en2"] if (cx == "picklist" and lang == "en" and i == 1) else d[cx]
        ops = [new_kind(k, lang), {"op": "add_relation", "from": x, "to": local(k[0], lang)}]
        if cx == "plus":
            n, t, alt, al = d["plus_field"][lang]
            ops.append({"op": "add_field", "entity": x, "name": n, "aliases": al, "type": t, "alt_types": alt})
        return ops
    src = y if d.get("replace_on_y") else x
    k = d["replace_kind"]
    return [new_kind(k, lang), {"op": "change_type", "entity": src, "field": key(d["replace"][lang]), "type": "reference", "alt_types": []},
            {"op": "add_relation", "from": src, "to": local(k[0], lang)}]


def main():
    rows, n = [], 0
    for cx in CXS:
        for dom in DOMAINS:
            for lang in ("en", "fr", "es", "de"):
                for i, msg in enumerate(DOMAINS[dom]["msgs"][cx][lang]):
                    n += 1
                    rows.append({"id": f"g28l-{cx}-{dom}-{lang}{i + 1}", "lang": lang, "spec": spec(dom, lang), "request": msg,
                                 "expect": expect(dom, lang, cx, i), "keep": "all other fields and entities unchanged"})
    with open(os.path.join(HERE, "refine.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    open(os.path.join(HERE, "draft.jsonl"), "w").close()
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
