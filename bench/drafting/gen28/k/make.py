#!/usr/bin/env python3
"""Session 28, helper k (the main kind): which record a draft request is about, and what it is called.

Eight domains (books, customer complaints, tyre changes, parking-space assignments, purchase requests, recipes,
training sessions, machine repairs), each a record kind the request tracks and a thing it points to with details of
its own. A careful analyst (writers' brief of session 23) keeps the record as its own kind named by its noun (never by
a container word, a detail or the thing it points to), and makes the pointed-to thing a kind of its own when the
request gives it two or more details, with a reference from the record.

Constructions:
  A container   "A library of our books: ..." / "Un registre de nos ..." / "Ein Verzeichnis für unsere ..."  (1 kind)
  B later       the record and its details, then the pointed-to thing's details in a later sentence     (2 kinds)
  C bracket     "Each X has one Y (d1, d2, d3), plus ..."                                               (2 kinds)
  D with_their  "Keep track of Xs: the Y with their d1 and d2, ..."                                     (2 kinds)
  E terse       "tyre changes log: date, mileage, cost" (lower case, no accents in fr)                 (1 kind)
English has two phrasings per construction for all domains; fr/es/de one phrasing on five of eight domains each.
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata

LANGS = ("en", "fr", "es", "de")


def F(name, typ, aliases=(), alt=(), target=None):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if target:
        f["target"] = target
    return f


ALT = {"person": ["text"], "money": ["decimal"], "integer": ["decimal"], "date": ["datetime"],
       "long_text": ["text"], "text": [], "boolean": ["choice"], "url": ["text"], "email": ["text"],
       "phone": ["text"], "datetime": ["date"]}


def dets(typs, **langs):
    """langs: en=[(said, alias...), ...] -> lang -> [(said, field)]"""
    out = {}
    for lang, ds in langs.items():
        out[lang] = []
        for typ, v in zip(typs, ds):
            v = (v,) if isinstance(v, str) else v
            out[lang].append((v[0], F(v[0], typ, v[1:], ALT[typ])))
    return out


D = []
# main: name, aliases, pl (bare plural), our ("our Xs"), df (definite plural), sg, each (nominative), cont (container)
# sec: name, aliases, sg, pl, indef (de accusative), df (definite singular; de nominative), dpl (definite plural; de dative)
D.append(dict(key="books",
 main={"en": dict(name="Book", aliases=["books", "title"], pl="books", our="our books in the office", df="the books", sg="book", each="each book", cont="library"),
       "fr": dict(name="Livre", aliases=["livres", "ouvrage"], pl="livres", our="nos livres", df="les livres", sg="livre", each="chaque livre", cont="Une bibliothèque"),
       "es": dict(name="Libro", aliases=["libros", "ejemplar"], pl="libros", our="nuestros libros", df="los libros", sg="libro", each="cada libro", cont="Una biblioteca"),
       "de": dict(name="Buch", aliases=["Bücher", "Titel"], pl="Bücher", our="unsere Bücher", df="die Bücher", sg="Buch", each="Jedes Buch", cont="Eine Bibliothek")},
 md=dets(["text", "text", "text", "person"],
         en=[("title", "book title"), ("author", "writer"), ("ISBN", "isbn number"), ("borrowed by", "current holder", "who has it")],
         fr=[("titre",), ("auteur",), ("ISBN",), ("emprunté par", "emprunteur")],
         es=[("título",), ("autor",), ("ISBN",), ("prestado a", "prestatario")],
         de=[("Titel",), ("Autor",), ("ISBN",), ("ausgeliehen von", "Entleiher")]),
 sec={"en": dict(name="Publisher", aliases=["publishers", "publishing house"], sg="publisher", pl="publishers", indef="a publisher", df="the publisher", dpl="the publishers"),
      "fr": dict(name="Éditeur", aliases=["éditeurs", "maison d'édition"], sg="éditeur", pl="éditeurs", indef="un éditeur", df="l'éditeur", dpl="les éditeurs"),
      "es": dict(name="Editorial", aliases=["editoriales", "editor"], sg="editorial", pl="editoriales", indef="una editorial", df="la editorial", dpl="las editoriales"),
      "de": dict(name="Verlag", aliases=["Verlage"], sg="Verlag", pl="Verlage", indef="einen Verlag", df="der Verlag", dpl="den Verlagen")},
 sd=dets(["text", "text", "url"],
         en=[("name",), ("country",), ("website", "web site", "url")],
         fr=[("nom",), ("pays",), ("site web", "site")],
         es=[("nombre",), ("país",), ("web", "sitio web")],
         de=[("Name",), ("Land",), ("Webseite", "Website")])))
D.append(dict(key="complaints",
 main={"en": dict(name="Complaint", aliases=["customer complaint", "complaints"], pl="customer complaints", our="our customer complaints", df="the customer complaints", sg="complaint", each="each complaint", cont="complaints log"),
       "fr": dict(name="Réclamation", aliases=["réclamation client", "plainte"], pl="réclamations clients", our="nos réclamations clients", df="les réclamations clients", sg="réclamation", each="chaque réclamation", cont="Un registre"),
       "es": dict(name="Queja", aliases=["reclamación", "queja de cliente"], pl="quejas de clientes", our="nuestras quejas de clientes", df="las quejas de clientes", sg="queja", each="cada queja", cont="Un registro"),
       "de": dict(name="Beschwerde", aliases=["Kundenbeschwerde", "Reklamation"], pl="Kundenbeschwerden", our="unsere Kundenbeschwerden", df="die Kundenbeschwerden", sg="Beschwerde", each="Jede Beschwerde", cont="Ein Beschwerdebuch")},
 md=dets(["date", "long_text", "person", "boolean"],
         en=[("date", "received on"), ("description", "what it is about", "details"), ("handled by", "owner", "assignee"), ("resolved", "closed", "status")],
         fr=[("date",), ("objet", "description", "motif"), ("traitée par", "responsable"), ("résolue", "statut")],
         es=[("fecha",), ("motivo", "descripción"), ("gestionada por", "responsable"), ("resuelta", "estado")],
         de=[("Datum",), ("Grund", "Beschreibung"), ("bearbeitet von", "Bearbeiter"), ("erledigt", "gelöst", "Status")]),
 sec={"en": dict(name="Customer", aliases=["customers", "client"], sg="customer", pl="customers", indef="a customer", df="the customer", dpl="the customers"),
      "fr": dict(name="Client", aliases=["clients", "cliente"], sg="client", pl="clients", indef="un client", df="le client", dpl="les clients"),
      "es": dict(name="Cliente", aliases=["clientes"], sg="cliente", pl="clientes", indef="un cliente", df="el cliente", dpl="los clientes"),
      "de": dict(name="Kunde", aliases=["Kunden"], sg="Kunde", pl="Kunden", indef="einen Kunden", df="der Kunde", dpl="den Kunden")},
 sd=dets(["text", "text", "email"],
         en=[("name", "customer name"), ("account number", "account no"), ("email", "e-mail")],
         fr=[("nom",), ("numéro de compte",), ("e-mail", "email", "courriel")],
         es=[("nombre",), ("número de cuenta",), ("correo", "email", "correo electrónico")],
         de=[("Name",), ("Kundennummer", "Kontonummer"), ("E-Mail", "Mail")])))
D.append(dict(key="tyres",
 main={"en": dict(name="Tyre change", aliases=["tyre changes", "tire change", "tyre swap"], pl="tyre changes", our="our fleet's tyre changes", df="the tyre changes", sg="tyre change", each="each tyre change", cont="logbook"),
       "fr": dict(name="Changement de pneus", aliases=["changement de pneu", "changements de pneus"], pl="changements de pneus", our="nos changements de pneus", df="les changements de pneus", sg="changement de pneus", each="chaque changement de pneus", cont="Un carnet"),
       "es": dict(name="Cambio de neumáticos", aliases=["cambio de neumático", "cambios de neumáticos", "cambio de ruedas"], pl="cambios de neumáticos", our="nuestros cambios de neumáticos", df="los cambios de neumáticos", sg="cambio de neumáticos", each="cada cambio de neumáticos", cont="Un registro"),
       "de": dict(name="Reifenwechsel", aliases=["Radwechsel"], pl="Reifenwechsel", our="unsere Reifenwechsel", df="die Reifenwechsel", sg="Reifenwechsel", each="Jeder Reifenwechsel", cont="Eine Liste")},
 md=dets(["date", "integer", "text", "money"],
         en=[("date",), ("mileage", "odometer", "km"), ("tyre brand", "brand", "tyres"), ("cost", "price", "amount")],
         fr=[("date",), ("kilométrage", "km"), ("marque des pneus", "marque"), ("coût", "prix", "montant")],
         es=[("fecha",), ("kilometraje", "km"), ("marca de neumáticos", "marca"), ("coste", "precio", "importe")],
         de=[("Datum",), ("Kilometerstand", "km"), ("Reifenmarke", "Marke"), ("Kosten", "Preis", "Betrag")]),
 sec={"en": dict(name="Car", aliases=["cars", "vehicle", "van"], sg="car", pl="cars", indef="a car", df="the car", dpl="the cars"),
      "fr": dict(name="Véhicule", aliases=["véhicules", "voiture"], sg="véhicule", pl="véhicules", indef="un véhicule", df="le véhicule", dpl="les véhicules"),
      "es": dict(name="Vehículo", aliases=["vehículos", "coche"], sg="vehículo", pl="vehículos", indef="un vehículo", df="el vehículo", dpl="los vehículos"),
      "de": dict(name="Fahrzeug", aliases=["Fahrzeuge", "Auto", "Wagen"], sg="Fahrzeug", pl="Fahrzeuge", indef="ein Fahrzeug", df="das Fahrzeug", dpl="den Fahrzeugen")},
 sd=dets(["text", "text", "integer"],
         en=[("number plate", "plate", "registration"), ("model",), ("year", "model year")],
         fr=[("immatriculation", "plaque"), ("modèle",), ("année",)],
         es=[("matrícula",), ("modelo",), ("año",)],
         de=[("Kennzeichen",), ("Modell",), ("Baujahr", "Jahr")])))
D.append(dict(key="parking",
 main={"en": dict(name="Parking assignment", aliases=["parking space assignment", "assignment", "allocation"], pl="parking-space assignments", our="our parking-space assignments", df="the parking-space assignments", sg="assignment", each="each assignment", cont="register"),
       "fr": dict(name="Attribution de place", aliases=["attribution", "affectation"], pl="attributions de places de parking", our="nos attributions de places de parking", df="les attributions de places de parking", sg="attribution", each="chaque attribution", cont="Un registre"),
       "es": dict(name="Asignación de plaza", aliases=["asignación", "asignación de aparcamiento"], pl="asignaciones de plazas de aparcamiento", our="nuestras asignaciones de plazas de aparcamiento", df="las asignaciones de plazas de aparcamiento", sg="asignación", each="cada asignación", cont="Un registro"),
       "de": dict(name="Stellplatzzuweisung", aliases=["Zuweisung", "Parkplatzvergabe"], pl="Stellplatzzuweisungen", our="unsere Stellplatzzuweisungen", df="die Stellplatzzuweisungen", sg="Zuweisung", each="Jede Zuweisung", cont="Ein Verzeichnis")},
 md=dets(["person", "date", "date", "boolean"],
         en=[("employee", "staff member", "holder"), ("start date", "from"), ("end date", "until", "to"), ("electric car", "ev", "needs charging")],
         fr=[("salarié", "employé", "collaborateur"), ("date de début", "début"), ("date de fin", "fin"), ("voiture électrique", "électrique")],
         es=[("empleado", "trabajador"), ("fecha de inicio", "inicio"), ("fecha de fin", "fin"), ("coche eléctrico", "eléctrico")],
         de=[("Mitarbeiter", "Mitarbeiterin"), ("Beginn", "Startdatum", "von"), ("Ende", "Enddatum", "bis"), ("Elektroauto", "E-Auto")]),
 sec={"en": dict(name="Parking space", aliases=["parking spaces", "space", "spot"], sg="parking space", pl="parking spaces", indef="a parking space", df="the parking space", dpl="the parking spaces"),
      "fr": dict(name="Place de parking", aliases=["place", "places"], sg="place", pl="places", indef="une place", df="la place", dpl="les places"),
      "es": dict(name="Plaza", aliases=["plazas", "plaza de aparcamiento"], sg="plaza", pl="plazas", indef="una plaza", df="la plaza", dpl="las plazas"),
      "de": dict(name="Stellplatz", aliases=["Stellplätze", "Parkplatz"], sg="Stellplatz", pl="Stellplätze", indef="einen Stellplatz", df="der Stellplatz", dpl="den Stellplätzen")},
 sd=dets(["text", "text", "boolean"],
         en=[("space number", "number"), ("level", "floor"), ("covered",)],
         fr=[("numéro",), ("niveau", "étage"), ("couverte", "couvert")],
         es=[("número",), ("planta", "nivel"), ("cubierta",)],
         de=[("Nummer",), ("Ebene", "Etage"), ("überdacht",)])))
D.append(dict(key="purchase",
 main={"en": dict(name="Purchase request", aliases=["request", "requisition", "purchase requests"], pl="purchase requests", our="our purchase requests", df="the purchase requests", sg="request", each="each request", cont="register"),
       "fr": dict(name="Demande d'achat", aliases=["demande", "demandes d'achat"], pl="demandes d'achat", our="nos demandes d'achat", df="les demandes d'achat", sg="demande", each="chaque demande", cont="Un registre"),
       "es": dict(name="Solicitud de compra", aliases=["solicitud", "pedido interno"], pl="solicitudes de compra", our="nuestras solicitudes de compra", df="las solicitudes de compra", sg="solicitud", each="cada solicitud", cont="Un registro"),
       "de": dict(name="Bestellanforderung", aliases=["Anforderung", "Kaufanfrage"], pl="Bestellanforderungen", our="unsere Bestellanforderungen", df="die Bestellanforderungen", sg="Anforderung", each="Jede Anforderung", cont="Eine Liste")},
 md=dets(["text", "integer", "person", "boolean"],
         en=[("item", "what is needed", "article"), ("quantity", "qty", "amount"), ("requested by", "requester"), ("approved", "approval")],
         fr=[("article", "objet"), ("quantité",), ("demandeur", "demandé par"), ("approuvée", "validée", "validation")],
         es=[("artículo",), ("cantidad",), ("solicitante", "pedido por"), ("aprobada", "aprobación")],
         de=[("Artikel",), ("Menge", "Anzahl"), ("angefordert von", "Anforderer"), ("genehmigt", "Freigabe")]),
 sec={"en": dict(name="Supplier", aliases=["suppliers", "vendor"], sg="supplier", pl="suppliers", indef="a supplier", df="the supplier", dpl="the suppliers"),
      "fr": dict(name="Fournisseur", aliases=["fournisseurs"], sg="fournisseur", pl="fournisseurs", indef="un fournisseur", df="le fournisseur", dpl="les fournisseurs"),
      "es": dict(name="Proveedor", aliases=["proveedores"], sg="proveedor", pl="proveedores", indef="un proveedor", df="el proveedor", dpl="los proveedores"),
      "de": dict(name="Lieferant", aliases=["Lieferanten"], sg="Lieferant", pl="Lieferanten", indef="einen Lieferanten", df="der Lieferant", dpl="den Lieferanten")},
 sd=dets(["text", "person", "phone"],
         en=[("name",), ("contact person", "contact"), ("phone", "phone number")],
         fr=[("nom",), ("contact", "interlocuteur"), ("téléphone",)],
         es=[("nombre",), ("persona de contacto", "contacto"), ("teléfono",)],
         de=[("Name",), ("Ansprechpartner", "Kontakt"), ("Telefon", "Telefonnummer")])))
D.append(dict(key="recipes",
 main={"en": dict(name="Recipe", aliases=["recipes", "dish"], pl="recipes", our="our recipes", df="the recipes", sg="recipe", each="each recipe", cont="recipe book"),
       "fr": dict(name="Recette", aliases=["recettes", "plat"], pl="recettes", our="nos recettes", df="les recettes", sg="recette", each="chaque recette", cont="Un carnet"),
       "es": dict(name="Receta", aliases=["recetas", "plato"], pl="recetas", our="nuestras recetas", df="las recetas", sg="receta", each="cada receta", cont="Un recetario"),
       "de": dict(name="Rezept", aliases=["Rezepte", "Gericht"], pl="Rezepte", our="unsere Rezepte", df="die Rezepte", sg="Rezept", each="Jedes Rezept", cont="Ein Kochbuch")},
 md=dets(["text", "integer", "integer", "long_text"],
         en=[("title", "name", "dish name"), ("servings", "portions"), ("preparation time in minutes", "prep time", "preparation time"), ("instructions", "method", "steps")],
         fr=[("titre", "nom"), ("nombre de portions", "portions"), ("temps de préparation en minutes", "temps de préparation"), ("instructions", "étapes")],
         es=[("título", "nombre"), ("raciones", "porciones"), ("tiempo de preparación en minutos", "tiempo de preparación"), ("instrucciones", "pasos")],
         de=[("Titel", "Name"), ("Portionen",), ("Zubereitungszeit in Minuten", "Zubereitungszeit"), ("Anleitung", "Zubereitung", "Schritte")]),
 sec={"en": dict(name="Author", aliases=["authors", "cook", "contributor"], sg="author", pl="authors", indef="an author", df="the author", dpl="the authors"),
      "fr": dict(name="Auteur", aliases=["auteurs", "cuisinier"], sg="auteur", pl="auteurs", indef="un auteur", df="l'auteur", dpl="les auteurs"),
      "es": dict(name="Autor", aliases=["autores", "cocinero"], sg="autor", pl="autores", indef="un autor", df="el autor", dpl="los autores"),
      "de": dict(name="Autor", aliases=["Autoren", "Koch"], sg="Autor", pl="Autoren", indef="einen Autor", df="der Autor", dpl="den Autoren")},
 sd=dets(["text", "email", "text"],
         en=[("name",), ("email", "e-mail"), ("team", "department")],
         fr=[("nom",), ("e-mail", "email"), ("équipe", "service")],
         es=[("nombre",), ("correo", "email"), ("equipo", "departamento")],
         de=[("Name",), ("E-Mail", "Mail"), ("Team", "Abteilung")])))
D.append(dict(key="training",
 main={"en": dict(name="Session", aliases=["training session", "class", "sessions"], pl="training sessions", our="our training sessions", df="the training sessions", sg="session", each="each session", cont="schedule"),
       "fr": dict(name="Session de formation", aliases=["session", "séance"], pl="sessions de formation", our="nos sessions de formation", df="les sessions de formation", sg="session", each="chaque session", cont="Un planning"),
       "es": dict(name="Sesión de formación", aliases=["sesión", "clase"], pl="sesiones de formación", our="nuestras sesiones de formación", df="las sesiones de formación", sg="sesión", each="cada sesión", cont="Un calendario"),
       "de": dict(name="Schulungstermin", aliases=["Termin", "Schulung", "Session"], pl="Schulungstermine", our="unsere Schulungstermine", df="die Schulungstermine", sg="Termin", each="Jeder Termin", cont="Ein Kalender")},
 md=dets(["date", "text", "integer", "boolean"],
         en=[("date", "day"), ("room", "location"), ("number of attendees", "attendees", "headcount"), ("online", "remote")],
         fr=[("date",), ("salle", "lieu"), ("nombre de participants", "participants"), ("en ligne", "distanciel")],
         es=[("fecha",), ("sala", "aula"), ("número de asistentes", "asistentes"), ("online", "en línea")],
         de=[("Datum",), ("Raum", "Ort"), ("Teilnehmerzahl", "Teilnehmer"), ("online", "Online")]),
 sec={"en": dict(name="Course", aliases=["courses", "training", "training course"], sg="course", pl="courses", indef="a course", df="the course", dpl="the courses"),
      "fr": dict(name="Cours", aliases=["formation", "module"], sg="cours", pl="cours", indef="un cours", df="le cours", dpl="les cours"),
      "es": dict(name="Curso", aliases=["cursos", "formación"], sg="curso", pl="cursos", indef="un curso", df="el curso", dpl="los cursos"),
      "de": dict(name="Kurs", aliases=["Kurse", "Schulung"], sg="Kurs", pl="Kurse", indef="einen Kurs", df="der Kurs", dpl="den Kursen")},
 sd=dets(["text", "integer", "person"],
         en=[("title", "course title", "name"), ("duration in hours", "duration", "hours"), ("trainer", "instructor")],
         fr=[("intitulé", "titre"), ("durée en heures", "durée"), ("formateur", "formatrice")],
         es=[("título", "nombre"), ("duración en horas", "duración"), ("formador", "profesor")],
         de=[("Titel", "Name"), ("Dauer in Stunden", "Dauer"), ("Trainer", "Dozent")])))
D.append(dict(key="repairs",
 main={"en": dict(name="Repair", aliases=["repairs", "machine repair", "fix"], pl="machine repairs", our="our machine repairs", df="the machine repairs", sg="repair", each="each repair", cont="log"),
       "fr": dict(name="Réparation", aliases=["réparations", "intervention"], pl="réparations de machines", our="nos réparations de machines", df="les réparations de machines", sg="réparation", each="chaque réparation", cont="Un journal"),
       "es": dict(name="Reparación", aliases=["reparaciones", "avería"], pl="reparaciones de máquinas", our="nuestras reparaciones de máquinas", df="las reparaciones de máquinas", sg="reparación", each="cada reparación", cont="Un registro"),
       "de": dict(name="Reparatur", aliases=["Reparaturen", "Maschinenreparatur"], pl="Maschinenreparaturen", our="unsere Maschinenreparaturen", df="die Maschinenreparaturen", sg="Reparatur", each="Jede Reparatur", cont="Ein Protokoll")},
 md=dets(["date", "long_text", "money", "boolean"],
         en=[("date",), ("fault", "problem", "issue"), ("cost", "price"), ("fixed", "done", "repaired")],
         fr=[("date",), ("panne", "problème"), ("coût", "prix"), ("réparée", "terminée")],
         es=[("fecha",), ("avería", "problema"), ("coste", "precio"), ("terminada", "reparada")],
         de=[("Datum",), ("Fehler", "Störung", "Problem"), ("Kosten", "Preis"), ("erledigt", "behoben")]),
 sec={"en": dict(name="Machine", aliases=["machines", "equipment"], sg="machine", pl="machines", indef="a machine", df="the machine", dpl="the machines"),
      "fr": dict(name="Machine", aliases=["machines", "équipement"], sg="machine", pl="machines", indef="une machine", df="la machine", dpl="les machines"),
      "es": dict(name="Máquina", aliases=["máquinas", "equipo"], sg="máquina", pl="máquinas", indef="una máquina", df="la máquina", dpl="las máquinas"),
      "de": dict(name="Maschine", aliases=["Maschinen", "Gerät"], sg="Maschine", pl="Maschinen", indef="eine Maschine", df="die Maschine", dpl="den Maschinen")},
 sd=dets(["text", "text", "text"],
         en=[("name",), ("serial number", "serial"), ("location", "site")],
         fr=[("nom",), ("numéro de série",), ("emplacement", "lieu")],
         es=[("nombre",), ("número de serie",), ("ubicación",)],
         de=[("Name",), ("Seriennummer",), ("Standort",)])))


def strip(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def cap(s):
    return s[:1].upper() + s[1:]


def lst(xs, conj):
    return ", ".join(xs[:-1]) + f" {conj} " + xs[-1]


CONJ = {"en": "and", "fr": "et", "es": "y", "de": "und"}


def prompt(cons, var, lang, m, s, md, sd):
    d = [x[0] for x in md]
    sx = [x[0] for x in sd]
    c = CONJ[lang]
    if cons == "A_container":
        if lang == "en":
            return (f"A {m['cont']} of {m['our']}: {lst(d, c)}." if var == "a"
                    else f"can you set up a {m['cont']} for {m['our']}? need {', '.join(d)}")
        return {"fr": f"{m['cont']} de {m['our']} : {lst(d, c)}.",
                "es": f"{m['cont']} de {m['our']}: {lst(d, c)}.",
                "de": f"{m['cont']} für {m['our']}: {lst(d, c)}."}[lang]
    if cons == "B_later":
        if lang == "en":
            return (f"We need to track {m['pl']}. For each one we note the {s['sg']}, {lst(d[:3], c)}. "
                    f"{cap(s['pl'])} have {lst(sx, c)}." if var == "a" else
                    f"I'd like to keep {m['our']} in one place: {s['sg']}, {', '.join(d[:3])}. "
                    f"For the {s['pl']} we need {lst(sx, c)}.")
        return {"fr": f"On doit suivre {m['df']}. Pour {m['each']}, on note : {s['sg']}, {lst(d[:3], c)}. "
                      f"Pour {s['dpl']} : {lst(sx, c)}.",
                "es": f"Necesitamos llevar {m['df']}. Para {m['each']} anotamos: {s['sg']}, {lst(d[:3], c)}. "
                      f"De {s['dpl']} guardamos {lst(sx, c)}.",
                "de": f"Wir müssen {m['df']} verwalten. Pro {m['sg']} notieren wir: {s['sg']}, {lst(d[:3], c)}. "
                      f"Zu {s['dpl']}: {lst(sx, c)}."}[lang]
    if cons == "C_bracket":
        if lang == "en":
            return (f"Keep track of {m['pl']}. Each {m['sg']} has one {s['sg']} ({', '.join(sx)}), plus {lst(d[:3], c)}."
                    if var == "a" else
                    f"{m['pl']} tracker - every {m['sg']} belongs to {s['indef']} ({', '.join(sx)}); also {', '.join(d[:3])}")
        return {"fr": f"On veut suivre {m['df']}. {cap(m['each'])} a {s['indef']} ({', '.join(sx)}), avec aussi {lst(d[:3], c)}.",
                "es": f"Queremos controlar {m['df']}. {cap(m['each'])} tiene {s['indef']} ({', '.join(sx)}), y además {lst(d[:3], c)}.",
                "de": f"Wir wollen {m['df']} erfassen. {m['each']} hat {s['indef']} ({', '.join(sx)}), dazu {lst(d[:3], c)}."}[lang]
    if cons == "D_with_their":
        if lang == "en":
            return (f"Keep track of {m['pl']}: the {s['sg']} with their {sx[0]} and {sx[1]}, {lst(d[:3], c)}."
                    if var == "a" else
                    f"we want to log {m['pl']} - the {s['sg']} (with {sx[0]} and {sx[1]}), plus {', '.join(d[:3])}")
        return {"fr": f"Gérer {m['df']} : {s['df']} avec {sx[0]} et {sx[1]}, {lst(d[:3], c)}.",
                "es": f"Llevar {m['df']}: {s['df']} con su {sx[0]} y su {sx[1]}, {lst(d[:3], c)}.",
                "de": f"{cap(m['df'])} erfassen: {s['df']} mit {sx[0]} und {sx[1]}, {lst(d[:3], c)}."}[lang]
    if cons == "E_terse":
        if lang == "en":
            return (f"{m['pl']} log: {', '.join(d[:3])}" if var == "a" else f"track {m['pl']} ({', '.join(d[:3])})")
        p = f"{m['pl']}: {', '.join(d[:3])}".lower()
        return strip(p).replace(":", " :") if lang == "fr" else p
    raise ValueError(cons)


def case(i, cons, var, lang, dom):
    m, s = dom["main"][lang], dom["sec"][lang]
    md, sd = dom["md"][lang], dom["sd"][lang]
    two = cons in ("B_later", "C_bracket", "D_with_their")
    sdk = sd[:2] if cons == "D_with_their" else sd
    if two:
        ref = F(s["sg"] if lang != "de" else cap(s["sg"]), "reference", [s["name"]] + s["aliases"][:1], target=s["name"])
        ents = [dict(name=m["name"], aliases=m["aliases"], fields=[ref] + [f for _, f in md[:3]]),
                dict(name=s["name"], aliases=s["aliases"], fields=[f for _, f in sdk])]
        rels = [{"from": m["name"], "to": s["name"]}]
    else:
        n = 4 if cons == "A_container" else 3
        ents = [dict(name=m["name"], aliases=m["aliases"], fields=[f for _, f in md[:n]])]
        rels = []
    return {"id": f"k28-{i:03d}", "lang": lang, "prompt": prompt(cons, var, lang, m, s, md, sdk),
            "entities": ents, "relations": rels, "notes": f"domain={dom['key']} cons={cons}"}


CONS = ["A_container", "B_later", "C_bracket", "D_with_their", "E_terse"]
rows = []
for ci, cons in enumerate(CONS):
    for di, dom in enumerate(D):
        for var in ("a", "b"):
            rows.append((cons, var, "en", dom))
        for li, lang in enumerate(LANGS[1:], 1):
            if (di + 3 * li + ci) % 8 < 5:
                rows.append((cons, "a", lang, dom))
for i, r in enumerate(rows, 1):
    print(json.dumps(case(i, *r), ensure_ascii=False))
