#!/usr/bin/env python3
"""Session 26, helper t: LINK TARGETS named but missed (en, fr, es, de).

A request names a main record (a delivery, a repair, a session, an event, a daily report, a time entry) and a
party or thing that the record refers to (supplier, machine, course, venue, site, project).  The target is a kind
of its own when it has details of its own ("suppliers with their e-mail and phone"), when the request says it is
listed / kept / managed ("we also keep a list of our suppliers"), or when the record says "which X" and the X is
then detailed.  Gold: both kinds, the target with its named details (or its name when only listed), a
many-to-one reference from the record to it.
Contrast rows (gold: ONE kind, no target kind): a person who just does something ("received by", "technician",
"approved by") stays a person field; the target said with a small fixed set of values stays a choice.
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata

def F(name, typ, aliases=(), alt=(), target=None, optional=False, options=None):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if options: f["options"] = list(options)
    if target: f["target"] = target
    if optional: f["optional"] = True
    return f

NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}
NAME = {"en": F("name", "text", ["title"]), "fr": F("nom", "text", ["name", "intitulé"]),
        "es": F("nombre", "text", ["name"]), "de": F("Name", "text", ["Bezeichnung"])}

def fld(said, typ, alt=(), al=()):
    return (said, F(said, typ, list(al), alt))

# Each domain, per language:
#  rec = (Kind, singular, plural, aliases), rf = record fields [(said, F)],
#  tgt = (Kind, singular, plural, aliases), td = target details [(said, F)],
#  the = "the X" as said in a list, which = "which X it <verb>", role = person field (said, F), opts = 3 values,
#  de_acc = German accusative "den Lieferanten" (for German only)
D = []
D.append(dict(key="supplier", dom="catering", en=dict(
    rec=("Delivery", "delivery", "deliveries", ["goods receipt", "delivery note"]),
    rf=[fld("date", "date", ["datetime"], ["delivery date"]), fld("quantity", "decimal", ["integer"], ["qty", "amount"]), fld("amount", "money", ["decimal"], ["price", "cost", "total"])],
    tgt=("Supplier", "supplier", "suppliers", ["vendor", "provider"]),
    td=[fld("contact e-mail", "email", ["text"], ["email", "e-mail"]), fld("phone", "phone", ["text"], ["phone number", "telephone"])],
    which="which supplier it came from", role=fld("received by", "person", ["text"], ["receiver", "received"]),
    opts=["Metro", "Transgourmet", "Farm shop"]),
  fr=dict(
    rec=("Livraison", "livraison", "livraisons", ["réception", "delivery"]),
    rf=[fld("date", "date", ["datetime"], ["date de livraison"]), fld("quantité", "decimal", ["integer"], ["qté", "quantity"]), fld("montant", "money", ["decimal"], ["prix", "total", "amount"])],
    tgt=("Fournisseur", "fournisseur", "fournisseurs", ["supplier", "prestataire"]),
    td=[fld("e-mail de contact", "email", ["text"], ["e-mail", "email", "courriel"]), fld("téléphone", "phone", ["text"], ["tel", "numéro de téléphone"])],
    which="de quel fournisseur elle vient", role=fld("réceptionnée par", "person", ["text"], ["réceptionné par", "réceptionnaire", "reçue par"]),
    opts=["Metro", "Promocash", "ferme locale"], the="le fournisseur"),
  es=dict(
    rec=("Entrega", "entrega", "entregas", ["recepción", "delivery"]),
    rf=[fld("fecha", "date", ["datetime"], ["fecha de entrega"]), fld("cantidad", "decimal", ["integer"], ["quantity"]), fld("importe", "money", ["decimal"], ["precio", "total", "monto"])],
    tgt=("Proveedor", "proveedor", "proveedores", ["supplier", "suministrador"]),
    td=[fld("correo de contacto", "email", ["text"], ["correo", "email", "correo electrónico"]), fld("teléfono", "phone", ["text"], ["número de teléfono", "tel"])],
    which="de qué proveedor viene", role=fld("recibida por", "person", ["text"], ["recibido por", "receptor"]),
    opts=["Makro", "Mercamadrid", "granja local"], the="el proveedor"),
  de=dict(
    rec=("Lieferung", "Lieferung", "Lieferungen", ["Wareneingang", "delivery"]),
    rf=[fld("Datum", "date", ["datetime"], ["Lieferdatum"]), fld("Menge", "decimal", ["integer"], ["Anzahl", "quantity"]), fld("Betrag", "money", ["decimal"], ["Preis", "Summe", "amount"])],
    tgt=("Lieferant", "Lieferant", "Lieferanten", ["supplier", "Anbieter"]),
    td=[fld("Kontakt-E-Mail", "email", ["text"], ["E-Mail", "Mail"]), fld("Telefon", "phone", ["text"], ["Telefonnummer"])],
    which="von welchem Lieferanten sie kommt", role=fld("angenommen von", "person", ["text"], ["Annahme durch", "Empfänger"]),
    opts=["Metro", "Transgourmet", "Hofladen"], the="den Lieferanten")))

D.append(dict(key="machine", dom="workshop", en=dict(
    rec=("Repair", "repair", "repairs", ["maintenance", "job"]),
    rf=[fld("date", "date", ["datetime"], ["repair date"]), fld("cost", "money", ["decimal"], ["price", "amount"]), fld("description", "long_text", ["text"], ["work done", "fault"])],
    tgt=("Machine", "machine", "machines", ["equipment", "device"]),
    td=[fld("serial number", "text", [], ["serial", "serial no"]), fld("location", "text", ["choice"], ["hall", "place"]), fld("purchase date", "date", [], ["bought on", "date bought"])],
    which="which machine it was done on", role=fld("technician", "person", ["text"], ["mechanic", "repaired by"]),
    opts=["press", "lathe", "milling machine"]),
  fr=dict(
    rec=("Réparation", "réparation", "réparations", ["intervention", "repair"]),
    rf=[fld("date", "date", ["datetime"], ["date de réparation"]), fld("coût", "money", ["decimal"], ["prix", "montant", "cost"]), fld("description", "long_text", ["text"], ["travaux", "panne"])],
    tgt=("Machine", "machine", "machines", ["équipement", "appareil"]),
    td=[fld("numéro de série", "text", [], ["n° de série", "serial number"]), fld("emplacement", "text", ["choice"], ["lieu", "atelier"]), fld("date d'achat", "date", [], ["achetée le", "purchase date"])],
    which="sur quelle machine elle a été faite", role=fld("technicien", "person", ["text"], ["réparateur", "réparée par"]),
    opts=["presse", "tour", "fraiseuse"], the="la machine"),
  es=dict(
    rec=("Reparación", "reparación", "reparaciones", ["intervención", "repair"]),
    rf=[fld("fecha", "date", ["datetime"], ["fecha de reparación"]), fld("coste", "money", ["decimal"], ["costo", "importe", "precio"]), fld("descripción", "long_text", ["text"], ["avería", "trabajo realizado"])],
    tgt=("Máquina", "máquina", "máquinas", ["equipo", "machine"]),
    td=[fld("número de serie", "text", [], ["nº de serie", "serial number"]), fld("ubicación", "text", ["choice"], ["nave", "lugar"]), fld("fecha de compra", "date", [], ["comprada el", "purchase date"])],
    which="en qué máquina se hizo", role=fld("técnico", "person", ["text"], ["mecánico", "reparado por"]),
    opts=["prensa", "torno", "fresadora"], the="la máquina"),
  de=dict(
    rec=("Reparatur", "Reparatur", "Reparaturen", ["Instandsetzung", "repair"]),
    rf=[fld("Datum", "date", ["datetime"], ["Reparaturdatum"]), fld("Kosten", "money", ["decimal"], ["Preis", "Betrag"]), fld("Beschreibung", "long_text", ["text"], ["Störung", "Arbeiten"])],
    tgt=("Maschine", "Maschine", "Maschinen", ["Anlage", "Gerät", "machine"]),
    td=[fld("Seriennummer", "text", [], ["Serien-Nr.", "serial number"]), fld("Standort", "text", ["choice"], ["Halle", "Ort"]), fld("Kaufdatum", "date", [], ["gekauft am", "Anschaffungsdatum"])],
    which="an welcher Maschine sie gemacht wurde", role=fld("Techniker", "person", ["text"], ["Monteur", "repariert von"]),
    opts=["Presse", "Drehbank", "Fräse"], the="die Maschine")))

D.append(dict(key="course", dom="training", en=dict(
    rec=("Session", "session", "sessions", ["training session", "class"]),
    rf=[fld("date", "date", ["datetime"], ["session date"]), fld("start time", "datetime", ["text"], ["start", "time"]), fld("number of attendees", "integer", [], ["attendees", "headcount"])],
    tgt=("Course", "course", "courses", ["training", "training course"]),
    td=[fld("title", "text", [], ["name", "course title"]), fld("duration in hours", "decimal", ["integer"], ["duration", "hours"]), fld("price", "money", ["decimal"], ["fee", "cost"])],
    which="which course it belongs to", role=fld("trainer", "person", ["text"], ["instructor", "teacher"]),
    opts=["first aid", "forklift", "fire safety"]),
  fr=dict(
    rec=("Séance", "séance", "séances", ["session"]),
    rf=[fld("date", "date", ["datetime"], ["date de la séance"]), fld("heure de début", "datetime", ["text"], ["début", "heure"]), fld("nombre de participants", "integer", [], ["participants", "effectif"])],
    tgt=("Formation", "formation", "formations", ["cours", "stage", "course"]),
    td=[fld("intitulé", "text", [], ["titre", "nom"]), fld("durée en heures", "decimal", ["integer"], ["durée", "heures"]), fld("prix", "money", ["decimal"], ["tarif", "coût"])],
    which="à quelle formation elle appartient", role=fld("formateur", "person", ["text"], ["intervenant", "animateur"]),
    opts=["secourisme", "cariste", "incendie"], the="la formation"),
  es=dict(
    rec=("Sesión", "sesión", "sesiones", ["clase", "session"]),
    rf=[fld("fecha", "date", ["datetime"], ["fecha de la sesión"]), fld("hora de inicio", "datetime", ["text"], ["inicio", "hora"]), fld("número de asistentes", "integer", [], ["asistentes", "participantes"])],
    tgt=("Curso", "curso", "cursos", ["formación", "course"]),
    td=[fld("título", "text", [], ["nombre"]), fld("duración en horas", "decimal", ["integer"], ["duración", "horas"]), fld("precio", "money", ["decimal"], ["coste", "tarifa"])],
    which="a qué curso pertenece", role=fld("formador", "person", ["text"], ["profesor", "instructor"]),
    opts=["primeros auxilios", "carretilla", "incendios"], the="el curso"),
  de=dict(
    rec=("Termin", "Termin", "Termine", ["Schulungstermin", "Sitzung", "session"]),
    rf=[fld("Datum", "date", ["datetime"], ["Termin"]), fld("Beginn", "datetime", ["text"], ["Uhrzeit", "Startzeit"]), fld("Teilnehmerzahl", "integer", [], ["Teilnehmer", "Anzahl Teilnehmer"])],
    tgt=("Kurs", "Kurs", "Kurse", ["Schulung", "Seminar", "course"]),
    td=[fld("Titel", "text", [], ["Name", "Bezeichnung"]), fld("Dauer in Stunden", "decimal", ["integer"], ["Dauer", "Stunden"]), fld("Preis", "money", ["decimal"], ["Gebühr", "Kosten"])],
    which="zu welchem Kurs er gehört", role=fld("Trainer", "person", ["text"], ["Dozent", "Kursleiter"]),
    opts=["Erste Hilfe", "Stapler", "Brandschutz"], the="den Kurs")))

D.append(dict(key="venue", dom="events", en=dict(
    rec=("Event", "event", "events", ["function", "booking"]),
    rf=[fld("title", "text", [], ["name", "event name"]), fld("date", "date", ["datetime"], ["event date"]), fld("number of guests", "integer", [], ["guests", "headcount"])],
    tgt=("Venue", "venue", "venues", ["location", "hall"]),
    td=[fld("address", "text", ["long_text"], ["street address"]), fld("capacity", "integer", [], ["max guests", "seats"]), fld("hire fee", "money", ["decimal"], ["rent", "price"])],
    which="which venue it takes place at", role=fld("organiser", "person", ["text"], ["organizer", "event lead"]),
    opts=["town hall", "barn", "rooftop"]),
  fr=dict(
    rec=("Événement", "événement", "événements", ["manifestation", "réception", "event"]),
    rf=[fld("titre", "text", [], ["nom", "intitulé"]), fld("date", "date", ["datetime"], ["date de l'événement"]), fld("nombre d'invités", "integer", [], ["invités", "participants"])],
    tgt=("Lieu", "lieu", "lieux", ["salle", "venue"]),
    td=[fld("adresse", "text", ["long_text"], ["adresse postale"]), fld("capacité", "integer", [], ["jauge", "places"]), fld("prix de location", "money", ["decimal"], ["loyer", "tarif"])],
    which="dans quel lieu il a lieu", role=fld("organisateur", "person", ["text"], ["responsable", "organisé par"]),
    opts=["mairie", "grange", "péniche"], the="le lieu"),
  es=dict(
    rec=("Evento", "evento", "eventos", ["celebración", "event"]),
    rf=[fld("título", "text", [], ["nombre"]), fld("fecha", "date", ["datetime"], ["fecha del evento"]), fld("número de invitados", "integer", [], ["invitados", "asistentes"])],
    tgt=("Local", "local", "locales", ["espacio", "sala", "venue"]),
    td=[fld("dirección", "text", ["long_text"], ["domicilio"]), fld("aforo", "integer", [], ["capacidad", "plazas"]), fld("precio de alquiler", "money", ["decimal"], ["alquiler", "tarifa"])],
    which="en qué local se celebra", role=fld("organizador", "person", ["text"], ["responsable", "organizado por"]),
    opts=["ayuntamiento", "masía", "terraza"], the="el local"),
  de=dict(
    rec=("Veranstaltung", "Veranstaltung", "Veranstaltungen", ["Event", "Feier"]),
    rf=[fld("Titel", "text", [], ["Name", "Bezeichnung"]), fld("Datum", "date", ["datetime"], ["Veranstaltungsdatum"]), fld("Gästezahl", "integer", [], ["Gäste", "Anzahl Gäste"])],
    tgt=("Location", "Location", "Locations", ["Veranstaltungsort", "Saal", "venue"]),
    td=[fld("Adresse", "text", ["long_text"], ["Anschrift"]), fld("Kapazität", "integer", [], ["Plätze", "max. Gäste"]), fld("Miete", "money", ["decimal"], ["Mietpreis", "Saalmiete"])],
    which="in welcher Location sie stattfindet", role=fld("Organisator", "person", ["text"], ["Veranstalter", "Verantwortlicher"]),
    opts=["Rathaus", "Scheune", "Dachterrasse"], the="die Location")))

D.append(dict(key="site", dom="construction", en=dict(
    rec=("Daily report", "daily report", "daily reports", ["site diary", "report"]),
    rf=[fld("date", "date", [], ["report date"]), fld("weather", "text", ["choice"], ["conditions"]), fld("hours worked", "decimal", ["integer"], ["hours"])],
    tgt=("Site", "site", "sites", ["building site", "job site"]),
    td=[fld("address", "text", ["long_text"], ["location"]), fld("site manager", "person", ["text"], ["manager", "foreman"]), fld("start date", "date", [], ["started on"])],
    which="which site it is for", role=fld("filled in by", "person", ["text"], ["author", "written by"]),
    opts=["North", "Harbour", "Old Mill"]),
  fr=dict(
    rec=("Rapport journalier", "rapport journalier", "rapports journaliers", ["journal de chantier", "rapport"]),
    rf=[fld("date", "date", [], ["date du rapport"]), fld("météo", "text", ["choice"], ["temps"]), fld("heures travaillées", "decimal", ["integer"], ["heures"])],
    tgt=("Chantier", "chantier", "chantiers", ["site"]),
    td=[fld("adresse", "text", ["long_text"], ["lieu"]), fld("chef de chantier", "person", ["text"], ["responsable", "conducteur de travaux"]), fld("date de début", "date", [], ["début", "ouverture"])],
    which="pour quel chantier il est", role=fld("rédigé par", "person", ["text"], ["auteur", "rempli par"]),
    opts=["Nord", "Port", "Vieux Moulin"], the="le chantier"),
  es=dict(
    rec=("Parte diario", "parte diario", "partes diarios", ["diario de obra", "parte"]),
    rf=[fld("fecha", "date", [], ["fecha del parte"]), fld("clima", "text", ["choice"], ["tiempo", "meteorología"]), fld("horas trabajadas", "decimal", ["integer"], ["horas"])],
    tgt=("Obra", "obra", "obras", ["site"]),
    td=[fld("dirección", "text", ["long_text"], ["ubicación"]), fld("jefe de obra", "person", ["text"], ["encargado", "responsable"]), fld("fecha de inicio", "date", [], ["inicio"])],
    which="de qué obra es", role=fld("rellenado por", "person", ["text"], ["autor", "hecho por"]),
    opts=["Norte", "Puerto", "Molino"], the="la obra"),
  de=dict(
    rec=("Tagesbericht", "Tagesbericht", "Tagesberichte", ["Bautagebuch", "Bericht"]),
    rf=[fld("Datum", "date", [], ["Berichtsdatum"]), fld("Wetter", "text", ["choice"], ["Witterung"]), fld("Arbeitsstunden", "decimal", ["integer"], ["Stunden"])],
    tgt=("Baustelle", "Baustelle", "Baustellen", ["site", "Objekt"]),
    td=[fld("Adresse", "text", ["long_text"], ["Anschrift", "Ort"]), fld("Bauleiter", "person", ["text"], ["Polier", "Verantwortlicher"]), fld("Baubeginn", "date", [], ["Beginn", "Startdatum"])],
    which="zu welcher Baustelle er gehört", role=fld("ausgefüllt von", "person", ["text"], ["Verfasser", "erstellt von"]),
    opts=["Nord", "Hafen", "Alte Mühle"], the="die Baustelle")))

D.append(dict(key="project", dom="agency", en=dict(
    rec=("Time entry", "time entry", "time entries", ["timesheet entry", "hours"]),
    rf=[fld("date", "date", [], ["day"]), fld("hours", "decimal", ["integer"], ["hours worked", "time spent"]), fld("task", "text", ["long_text"], ["description", "activity"])],
    tgt=("Project", "project", "projects", ["job", "engagement"]),
    td=[fld("client", "text", ["reference"], ["customer"]), fld("budget", "money", ["decimal"], ["budget amount"]), fld("deadline", "date", [], ["due date", "end date"])],
    which="which project it was for", role=fld("approved by", "person", ["text"], ["approver"]),
    opts=["website", "rebrand", "newsletter"]),
  fr=dict(
    rec=("Saisie de temps", "saisie de temps", "saisies de temps", ["temps passé", "feuille de temps", "time entry"]),
    rf=[fld("date", "date", [], ["jour"]), fld("heures", "decimal", ["integer"], ["temps passé", "durée"]), fld("tâche", "text", ["long_text"], ["description", "activité"])],
    tgt=("Projet", "projet", "projets", ["dossier", "project"]),
    td=[fld("client", "text", ["reference"], ["customer"]), fld("budget", "money", ["decimal"], ["enveloppe"]), fld("échéance", "date", [], ["date limite", "date de fin"])],
    which="pour quel projet elle a été faite", role=fld("validée par", "person", ["text"], ["validé par", "valideur", "approuvé par"]),
    opts=["site web", "refonte", "newsletter"], the="le projet"),
  es=dict(
    rec=("Registro de horas", "registro de horas", "registros de horas", ["parte de horas", "horas", "time entry"]),
    rf=[fld("fecha", "date", [], ["día"]), fld("horas", "decimal", ["integer"], ["horas trabajadas", "tiempo"]), fld("tarea", "text", ["long_text"], ["descripción", "actividad"])],
    tgt=("Proyecto", "proyecto", "proyectos", ["project", "encargo"]),
    td=[fld("cliente", "text", ["reference"], ["customer"]), fld("presupuesto", "money", ["decimal"], ["budget"]), fld("fecha límite", "date", [], ["plazo", "fecha de entrega"])],
    which="para qué proyecto fue", role=fld("aprobado por", "person", ["text"], ["aprobador", "validado por"]),
    opts=["web", "rediseño", "boletín"], the="el proyecto"),
  de=dict(
    rec=("Zeiteintrag", "Zeiteintrag", "Zeiteinträge", ["Zeiterfassung", "Buchung", "time entry"]),
    rf=[fld("Datum", "date", [], ["Tag"]), fld("Stunden", "decimal", ["integer"], ["Dauer", "Zeit"]), fld("Tätigkeit", "text", ["long_text"], ["Beschreibung", "Aufgabe"])],
    tgt=("Projekt", "Projekt", "Projekte", ["Auftrag", "project"]),
    td=[fld("Kunde", "text", ["reference"], ["Auftraggeber", "customer"]), fld("Budget", "money", ["decimal"], ["Etat"]), fld("Deadline", "date", [], ["Frist", "Abgabetermin", "Enddatum"])],
    which="für welches Projekt er war", role=fld("freigegeben von", "person", ["text"], ["Freigabe durch", "genehmigt von"]),
    opts=["Website", "Relaunch", "Newsletter"], the="das Projekt")))

AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}
OR = {"en": "or", "fr": "ou", "es": "o", "de": "oder"}

def join(items, lang, conj=None):
    conj = conj or AND[lang]
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]

def cap(s):
    return s[:1].upper() + s[1:]

def the(v, lang):
    return v.get("the") or ("the " + v["tgt"][1])

# construction templates: (lang) -> function(v) -> prompt
def with_their(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rp, tp = v["rec"][2], v["tgt"][2]
    if lang == "en": return f"We log our {rp}: {join(rf, lang)}, and the {v['tgt'][1]}. {cap(tp)} with their {join(td, lang)}."
    if lang == "fr": return f"On enregistre nos {rp} : {join(rf, lang)}, et {the(v, lang)}. Les {tp} avec leur {join(td, lang)}."
    if lang == "es": return f"Llevamos el registro de {rp}: {join(rf, lang)}, y {the(v, lang)}. Los {tp} con su {join(td, lang)}." if not tp.endswith("as") else f"Llevamos el registro de {rp}: {join(rf, lang)}, y {the(v, lang)}. Las {tp} con su {join(td, lang)}."
    return f"Wir erfassen unsere {rp}: {join(rf, lang)} und {the(v, lang)}. {tp} mit ihrer {join(td, lang)}."

def which_keep(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rs, tp = v["rec"][1], v["tgt"][2]
    if lang == "en": return f"For each {rs} we note the {join(rf, lang)}, and {v['which']}. We also keep a list of {tp} with {join(td, lang)}."
    if lang == "fr": return f"Pour chaque {rs}, on note {join(rf, lang)}, et {v['which']}. On tient aussi une liste des {tp} avec {join(td, lang)}."
    if lang == "es": return f"Para cada {rs} anotamos {join(rf, lang)}, y {v['which']}. También llevamos una lista de {tp} con {join(td, lang)}."
    return f"Zu jeder {rs} notieren wir {join(rf, lang)} und {v['which']}. Außerdem führen wir eine Liste der {tp} mit {join(td, lang)}." if v["rec"][1].endswith(("ung", "ur")) else \
           f"Zu jedem {rs} notieren wir {join(rf, lang)} und {v['which']}. Außerdem führen wir eine Liste der {tp} mit {join(td, lang)}."

def which_bare(v, lang):
    rf = [s for s, _ in v["rf"]]
    rp, tp = v["rec"][2], v["tgt"][2]
    if lang == "en": return f"We need a register of {rp} with {join(rf, lang)} and {v['which']}. We also keep a list of our {tp}."
    if lang == "fr": return f"Il nous faut un registre des {rp} avec {join(rf, lang)} et {v['which']}. On tient aussi la liste de nos {tp}."
    if lang == "es": return f"Necesitamos un registro de {rp} con {join(rf, lang)} y {v['which']}. También llevamos una lista de nuestros {tp}." if not tp.endswith("as") else \
                            f"Necesitamos un registro de {rp} con {join(rf, lang)} y {v['which']}. También llevamos una lista de nuestras {tp}."
    return f"Wir brauchen eine Liste der {rp} mit {join(rf, lang)} und {v['which']}. Die {tp} selbst verwalten wir auch in einer Liste."

def belongs(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rs, ts = v["rec"][1], v["tgt"][1]
    if lang == "en": return f"Every {rs} has a {join(rf, lang)} and the {ts} it belongs to. For the {ts} itself we need {join(td, lang)}."
    if lang == "fr":
        pro = "il" if rs in ("événement", "rapport journalier") else "elle"
        rel, self_ = ("auquel", "lui-même") if the(v, lang).startswith("le ") else ("à laquelle", "elle-même")
        return f"Chaque {rs} a {join(rf, lang)}, et {the(v, lang)} {rel} {pro} se rattache. Pour {the(v, lang)} {self_} il faut {join(td, lang)}."
    if lang == "es": return f"Cada {rs} tiene {join(rf, lang)} y {the(v, lang)} al que pertenece. De {the(v, lang)} en sí necesitamos {join(td, lang)}."
    return f"Jede {rs} hat {join(rf, lang)} und {the(v, lang)}, zu dem sie gehört. Für {the(v, lang)} selbst brauchen wir {join(td, lang)}." if v["rec"][1].endswith(("ung", "ur")) else \
           f"Jeder {rs} hat {join(rf, lang)} und {the(v, lang)}, zu dem er gehört. Für {the(v, lang)} selbst brauchen wir {join(td, lang)}."

def manage(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rp, tp, ts = v["rec"][2], v["tgt"][2], v["tgt"][1]
    if lang == "en": return f"Hi,\ncould you set up a small app for our {rp}? Per {v['rec'][1]}: {join(rf, lang)} and the {ts}. We'd like to manage our {tp} in it too ({join(td, lang)}).\nThanks, Anna"
    if lang == "fr": return f"Bonjour,\npourriez-vous nous faire une petite appli pour nos {rp} ? Par {v['rec'][1]} : {join(rf, lang)} et {the(v, lang)}. On voudrait aussi y gérer nos {tp} ({join(td, lang)}).\nMerci, Claire"
    if lang == "es": return f"Hola:\n¿podéis montarnos una app para las {rp}? Por cada {v['rec'][1]}: {join(rf, lang)} y {the(v, lang)}. También queremos gestionar ahí nuestros {tp} ({join(td, lang)}).\nGracias, Marta"
    return f"Hallo,\nkönnt ihr uns eine kleine App für unsere {rp} bauen? Pro {v['rec'][1]}: {join(rf, lang)} und {the(v, lang)}. Wir möchten darin auch unsere {tp} verwalten ({join(td, lang)}).\nDanke, Jonas"

def relative(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rp, ts = v["rec"][2], v["tgt"][1]
    t = the(v, lang)
    if lang == "en": return f"We log our {rp}: {join(rf, lang)}, and the {ts}, whose {join(td, lang)} we also need."
    if lang == "fr": return f"On enregistre nos {rp} : {join(rf, lang)}, et {t}, dont il nous faut aussi {join(td, lang)}."
    if lang == "es": return f"Llevamos el registro de {rp}: {join(rf, lang)}, y {t}, {'del que' if t.startswith('el ') else 'de la que'} también necesitamos {join(td, lang)}."
    return f"Wir erfassen unsere {rp}: {join(rf, lang)} und {t}, {'von der' if t.startswith('die ') else 'von dem'} wir auch {join(td, lang)} brauchen."

def each_also(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rp, ts = v["rec"][2], v["tgt"][1]
    t = the(v, lang)
    if lang == "en": return f"We log our {rp}: {join(rf, lang)}, and the {ts}. Each {ts} also has {join(td, lang)}."
    if lang == "fr": return f"On enregistre nos {rp} : {join(rf, lang)}, et {t}. Chaque {ts} a aussi {join(td, lang)}."
    if lang == "es": return f"Llevamos el registro de {rp}: {join(rf, lang)}, y {t}. Cada {ts} tiene además {join(td, lang)}."
    each = {"den": "Jeder", "die": "Jede", "das": "Jedes"}[t.split()[0]]
    return f"Wir erfassen unsere {rp}: {join(rf, lang)} und {t}. {each} {ts} hat außerdem {join(td, lang)}."

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def terse(v, lang):
    rf = [s for s, _ in v["rf"]]; td = [s for s, _ in v["td"]]
    rp, tp, ts = v["rec"][2], v["tgt"][2], v["tgt"][1]
    s = f"{rp}: {', '.join(rf)}, {ts}\n{tp}: {', '.join(td)}"
    return strip_acc(s.lower()) if lang != "de" else s

def role(v, lang):
    rf = [s for s, _ in v["rf"]]
    rp = v["rec"][2]
    r = v["role"][0]
    if lang == "en": return f"We log our {rp}: {join(rf + [r], lang)}."
    if lang == "fr": return f"On enregistre nos {rp} : {join(rf + [r], lang)}."
    if lang == "es": return f"Llevamos el registro de {rp}: {join(rf + [r], lang)}."
    return f"Wir erfassen unsere {rp}: {join(rf + [r], lang)}."

def options(v, lang):
    rf = [s for s, _ in v["rf"]]
    rp, ts = v["rec"][2], v["tgt"][1]
    o = join(v["opts"], lang, OR[lang])
    if lang == "en": return f"We log our {rp}: {join(rf, lang)}, and the {ts} ({o})."
    if lang == "fr": return f"On enregistre nos {rp} : {join(rf, lang)}, et {the(v, lang)} ({o})."
    if lang == "es": return f"Llevamos el registro de {rp}: {join(rf, lang)}, y {the(v, lang)} ({o})."
    return f"Wir erfassen unsere {rp}: {join(rf, lang)} und {the(v, lang)} ({o})."

KIND = ["with_their", "which_keep", "which_bare", "belongs", "manage", "terse", "relative", "each_also"]
CONTRAST = ["role", "options"]
FUN = dict(with_their=with_their, which_keep=which_keep, which_bare=which_bare, belongs=belongs, manage=manage,
           terse=terse, role=role, options=options, relative=relative, each_also=each_also)

def gold(v, lang, cons):
    rk, _, _, ral = v["rec"]
    tk, ts, tp, tal = v["tgt"]
    rfields = [f for _, f in v["rf"]]
    if cons == "role":
        return [{"name": rk, "aliases": ral, "fields": rfields + [v["role"][1], NOTES[lang]]}], []
    if cons == "options":
        ch = F(ts, "choice", [tp] + tal, ["text"], options=v["opts"])
        return [{"name": rk, "aliases": ral, "fields": rfields + [ch, NOTES[lang]]}], []
    ref = F(ts, "reference", [tp] + tal, [], target=tk)
    if cons == "which_bare":
        tfields = [NAME[lang]]
    else:
        tfields = [f for _, f in v["td"]]
        names = {f["name"].lower() for f in tfields} | {a.lower() for f in tfields for a in f["aliases"]}
        if not ({"name", "nom", "nombre", "title", "titre", "título", "titel", "intitulé"} & names):
            nm = dict(NAME[lang]); nm["optional"] = True
            tfields = [nm] + tfields
    ents = [{"name": rk, "aliases": ral, "fields": rfields + [ref, NOTES[lang]]},
            {"name": tk, "aliases": tal, "fields": tfields}]
    return ents, [{"from": rk, "to": tk}]

rows = []
for lang in ("en", "fr", "es", "de"):
    for cons in KIND + CONTRAST:
        for dom in D:
            v = dom[lang]
            ents, rels = gold(v, lang, cons)
            rows.append({"id": f"t-{lang}-{cons}-{dom['key']}", "lang": lang, "prompt": FUN[cons](v, lang),
                         "entities": ents, "relations": rels, "notes": f"construction={cons}"})
for r in rows:
    print(json.dumps(r, ensure_ascii=False))
