#!/usr/bin/env python3
"""Session 25, helper k: a SECOND RECORD KIND named in a draft request and then detailed (en first, fr, es, de).

A request names a main record (an occasion: visit, appointment, booking, delivery, shift, inspection, interview,
payment) and a party it is about (customer, patient, client, supplier, volunteer, tenant, applicant, member),
and gives the party details of its own. A careful analyst makes both kinds, each with its own fields, and a
many-to-one reference from the occasion to the party. Contrast rows keep one kind: the party said once by name
(a text field), a place said as where it happens. Documents with lines: party, document, lines (three kinds).
Written before running the engine.   python3 make.py > draft.jsonl
"""
import json, unicodedata

def F(name, typ, aliases=(), alt=(), target=None, optional=False):
    f = {"name": name, "aliases": list(aliases), "type": typ, "alt_types": list(alt)}
    if target: f["target"] = target
    if optional: f["optional"] = True
    return f

NOTES = {"en": F("notes", "long_text", ["comments", "remarks"], ["text"], optional=True),
         "fr": F("remarques", "long_text", ["notes", "commentaires"], ["text"], optional=True),
         "es": F("notas", "long_text", ["observaciones", "comentarios", "notes"], ["text"], optional=True),
         "de": F("Notizen", "long_text", ["Bemerkungen", "Anmerkungen", "notes"], ["text"], optional=True)}
STATUS = {"en": F("status", "choice", ["state"], ["text"], optional=True),
          "fr": F("statut", "choice", ["état", "status"], ["text"], optional=True),
          "es": F("estado", "choice", ["status"], ["text"], optional=True),
          "de": F("Status", "choice", ["Zustand"], ["text"], optional=True)}

# field makers shared across domains: lang -> (said, F)
def d(en, fr, es, de, typ, alt=(), al=()):
    out = {}
    for lang, v in (("en", en), ("fr", fr), ("es", es), ("de", de)):
        said = v if isinstance(v, str) else v[0]
        name = said
        aliases = [] if isinstance(v, str) else list(v[1:])
        out[lang] = (said, F(name, typ, aliases + list(al), alt))
    return out

NAME = d(("name", "full name"), ("nom", "nom complet"), ("nombre", "nombre completo"), ("Name", "vollständiger Name"), "text")
PHONE = d(("phone number", "phone", "telephone"), ("téléphone", "numéro de téléphone", "tel"), ("teléfono", "número de teléfono", "móvil"), ("Telefonnummer", "Telefon", "Handy"), "phone", ["text"])
EMAIL = d(("email address", "email", "e-mail"), ("adresse e-mail", "e-mail", "email", "courriel"), ("correo electrónico", "correo", "email"), ("E-Mail-Adresse", "E-Mail", "Mail"), "email", ["text"])
ADDRESS = d(("address", "postal address"), ("adresse", "adresse postale"), ("dirección", "domicilio"), ("Adresse", "Anschrift"), "text", ["long_text"])
DOB = d(("date of birth", "birth date", "dob"), ("date de naissance", "naissance"), ("fecha de nacimiento", "nacimiento"), ("Geburtsdatum", "Geburtstag"), "date")
CONTACT = d(("contact name", "contact", "contact person"), ("nom du contact", "contact", "interlocuteur"), ("persona de contacto", "contacto"), ("Ansprechpartner", "Kontaktperson"), "text", ["person"])
COMPANY = d(("company", "company name", "firm"), ("entreprise", "société"), ("empresa", "compañía"), ("Firma", "Unternehmen"), "text")

# domains: intro, main kind (Name, sing, plural), main fields, party kind, party fields, verb (party does main)
DOMAINS = [
 dict(key="cleaning",
      intro={"en": "We are a small home cleaning company", "fr": "Nous sommes une petite entreprise de ménage",
             "es": "Somos una pequeña empresa de limpieza", "de": "Wir sind eine kleine Reinigungsfirma"},
      main={"en": ("Visit", "visit", "visits", ["cleaning visit", "job", "cleaning"]),
            "fr": ("Passage", "passage", "passages", ["intervention", "visite", "ménage", "visit"]),
            "es": ("Visita", "visita", "visitas", ["servicio", "limpieza", "visit"]),
            "de": ("Einsatz", "Einsatz", "Einsätze", ["Reinigungseinsatz", "Besuch", "Termin", "visit"])},
      mf=[d(("date", "visit date", "day"), ("date", "jour", "date du passage"), ("fecha", "día", "fecha de la visita"), ("Datum", "Tag", "Einsatzdatum"), "date", ["datetime"]),
          d(("hours worked", "hours", "duration"), ("heures travaillées", "heures", "durée"), ("horas trabajadas", "horas", "duración"), ("geleistete Stunden", "Stunden", "Dauer"), "decimal", ["integer"]),
          d(("price", "cost", "amount", "fee"), ("prix", "montant", "tarif"), ("precio", "importe", "tarifa"), ("Preis", "Betrag", "Kosten"), "money", ["decimal"])],
      party={"en": ("Customer", "customer", "customers", ["client", "household"]),
             "fr": ("Client", "client", "clients", ["cliente", "foyer", "customer"]),
             "es": ("Cliente", "cliente", "clientes", ["hogar", "customer"]),
             "de": ("Kunde", "Kunde", "Kunden", ["Kundin", "Haushalt", "customer"], "jeden Kunden")},
      pf=[NAME, ADDRESS, PHONE],
      verb={"en": "book", "fr": "réservent", "es": "reservan", "de": "buchen"}),
 dict(key="physio",
      intro={"en": "I run a physiotherapy practice", "fr": "Je gère un cabinet de kinésithérapie",
             "es": "Llevo una consulta de fisioterapia", "de": "Ich leite eine Physiotherapiepraxis"},
      main={"en": ("Appointment", "appointment", "appointments", ["session", "treatment", "visit"]),
            "fr": ("Rendez-vous", "rendez-vous", "rendez-vous", ["séance", "consultation", "appointment"]),
            "es": ("Cita", "cita", "citas", ["sesión", "consulta", "appointment"]),
            "de": ("Termin", "Termin", "Termine", ["Behandlung", "Sitzung", "appointment"])},
      mf=[d(("date and time", "date", "time", "when"), ("date et heure", "date", "heure"), ("fecha y hora", "fecha", "hora"), ("Datum und Uhrzeit", "Datum", "Uhrzeit", "Termin"), "datetime", ["date"]),
          d(("treatment", "treatment given", "therapy"), ("soin", "traitement", "soin réalisé"), ("tratamiento", "terapia"), ("Behandlung", "Therapie", "Behandlungsart"), "text", ["long_text", "choice"]),
          d(("fee", "price", "amount", "cost"), ("tarif", "prix", "montant", "honoraires"), ("importe", "precio", "tarifa"), ("Honorar", "Preis", "Betrag"), "money", ["decimal"])],
      party={"en": ("Patient", "patient", "patients", ["client"]),
             "fr": ("Patient", "patient", "patients", ["patiente", "patient"]),
             "es": ("Paciente", "paciente", "pacientes", ["patient"]),
             "de": ("Patient", "Patient", "Patienten", ["Patientin", "patient"], "jeden Patienten")},
      pf=[NAME, DOB, PHONE],
      verb={"en": "book", "fr": "prennent", "es": "piden", "de": "vereinbaren"}),
 dict(key="catering",
      intro={"en": "We do event catering", "fr": "Nous faisons du traiteur pour des événements",
             "es": "Hacemos catering para eventos", "de": "Wir machen Event-Catering"},
      main={"en": ("Booking", "booking", "bookings", ["event", "order", "reservation"]),
            "fr": ("Réservation", "réservation", "réservations", ["événement", "commande", "booking"]),
            "es": ("Reserva", "reserva", "reservas", ["evento", "pedido", "booking"]),
            "de": ("Buchung", "Buchung", "Buchungen", ["Veranstaltung", "Auftrag", "booking"])},
      mf=[d(("event date", "date", "day"), ("date de l'événement", "date", "jour"), ("fecha del evento", "fecha", "día"), ("Veranstaltungsdatum", "Datum", "Termin"), "date", ["datetime"]),
          d(("number of guests", "guests", "headcount"), ("nombre d'invités", "invités", "couverts"), ("número de invitados", "invitados", "comensales"), ("Anzahl Gäste", "Gäste", "Personenzahl", "Gästezahl"), "integer", ["decimal"]),
          d(("menu", "menu chosen"), ("menu", "menu choisi", "formule"), ("menú", "menú elegido"), ("Menü", "Menüwahl"), "text", ["choice", "long_text"])],
      party={"en": ("Client", "client", "clients", ["customer"]),
             "fr": ("Client", "client", "clients", ["cliente", "customer"]),
             "es": ("Cliente", "cliente", "clientes", ["customer"]),
             "de": ("Kunde", "Kunde", "Kunden", ["Auftraggeber", "customer"], "jeden Kunden")},
      pf=[NAME, EMAIL, PHONE],
      verb={"en": "book", "fr": "réservent", "es": "hacen", "de": "buchen"}),
 dict(key="kitchen",
      intro={"en": "Our restaurant kitchen gets goods from several suppliers", "fr": "La cuisine de notre restaurant est livrée par plusieurs fournisseurs",
             "es": "La cocina de nuestro restaurante recibe género de varios proveedores", "de": "Unsere Restaurantküche wird von mehreren Lieferanten beliefert"},
      main={"en": ("Delivery", "delivery", "deliveries", ["goods receipt", "delivery received"]),
            "fr": ("Livraison", "livraison", "livraisons", ["réception", "delivery"]),
            "es": ("Entrega", "entrega", "entregas", ["recepción", "delivery"]),
            "de": ("Lieferung", "Lieferung", "Lieferungen", ["Wareneingang", "delivery"])},
      mf=[d(("delivery date", "date", "received on"), ("date de livraison", "date", "reçue le"), ("fecha de entrega", "fecha", "recibida el"), ("Lieferdatum", "Datum", "Eingangsdatum"), "date", ["datetime"]),
          d(("invoice amount", "amount", "total", "cost"), ("montant de la facture", "montant", "total"), ("importe de la factura", "importe", "total"), ("Rechnungsbetrag", "Betrag", "Summe"), "money", ["decimal"]),
          d(("temperature checked", "temperature ok", "checked"), ("température contrôlée", "contrôle température", "contrôlée"), ("temperatura comprobada", "temperatura revisada", "comprobada"), ("Temperatur geprüft", "Temperaturkontrolle", "geprüft"), "boolean", ["choice"])],
      party={"en": ("Supplier", "supplier", "suppliers", ["vendor"]),
             "fr": ("Fournisseur", "fournisseur", "fournisseurs", ["supplier"]),
             "es": ("Proveedor", "proveedor", "proveedores", ["supplier"]),
             "de": ("Lieferant", "Lieferant", "Lieferanten", ["supplier"], "jeden Lieferanten")},
      pf=[NAME, CONTACT, PHONE],
      verb={"en": "make", "fr": "font", "es": "hacen", "de": "machen"}),
 dict(key="foodbank",
      intro={"en": "We are a community food bank run by volunteers", "fr": "Nous sommes une banque alimentaire tenue par des bénévoles",
             "es": "Somos un banco de alimentos llevado por voluntarios", "de": "Wir sind eine Tafel, die von Ehrenamtlichen getragen wird"},
      main={"en": ("Shift", "shift", "shifts", ["volunteer shift", "slot"]),
            "fr": ("Créneau", "créneau", "créneaux", ["permanence", "service", "shift"]),
            "es": ("Turno", "turno", "turnos", ["shift"]),
            "de": ("Schicht", "Schicht", "Schichten", ["Dienst", "Einsatz", "shift"])},
      mf=[d(("date", "shift date", "day"), ("date", "jour"), ("fecha", "día"), ("Datum", "Tag"), "date", ["datetime"]),
          d(("start time", "start", "from"), ("heure de début", "début", "heure"), ("hora de inicio", "inicio", "hora"), ("Beginn", "Startzeit", "Uhrzeit"), "text", ["datetime"]),
          d(("task", "role", "job"), ("tâche", "poste", "rôle"), ("tarea", "puesto", "función"), ("Aufgabe", "Tätigkeit", "Rolle"), "text", ["choice"])],
      party={"en": ("Volunteer", "volunteer", "volunteers", ["helper"]),
             "fr": ("Bénévole", "bénévole", "bénévoles", ["volunteer"]),
             "es": ("Voluntario", "voluntario", "voluntarios", ["voluntaria", "volunteer"]),
             "de": ("Ehrenamtlicher", "Ehrenamtlichen", "Ehrenamtliche", ["Helfer", "Freiwilliger", "volunteer"], "jeden Ehrenamtlichen")},
      pf=[NAME, PHONE, EMAIL],
      verb={"en": "sign up for", "fr": "s'inscrivent à des", "es": "se apuntan a", "de": "übernehmen"}),
 dict(key="lettings",
      intro={"en": "We manage rented flats for landlords", "fr": "Nous gérons des appartements en location",
             "es": "Gestionamos pisos de alquiler", "de": "Wir verwalten Mietwohnungen"},
      main={"en": ("Inspection", "inspection", "inspections", ["check", "property inspection"]),
            "fr": ("Inspection", "inspection", "inspections", ["visite", "état des lieux", "contrôle", "inspection"]),
            "es": ("Inspección", "inspección", "inspecciones", ["revisión", "visita", "inspection"]),
            "de": ("Begehung", "Begehung", "Begehungen", ["Inspektion", "Besichtigung", "Kontrolle", "inspection"])},
      mf=[d(("inspection date", "date", "day"), ("date de l'inspection", "date", "jour"), ("fecha de la inspección", "fecha", "día"), ("Datum der Begehung", "Datum", "Begehungsdatum"), "date", ["datetime"]),
          d(("damage found", "damage", "damages"), ("dégâts constatés", "dégâts", "dommages"), ("daños encontrados", "daños", "desperfectos"), ("festgestellte Schäden", "Schäden", "Mängel"), "long_text", ["text", "boolean"]),
          d(("passed", "ok", "result"), ("conforme", "résultat", "ok"), ("aprobada", "resultado", "ok"), ("bestanden", "in Ordnung", "Ergebnis"), "boolean", ["choice"])],
      party={"en": ("Tenant", "tenant", "tenants", ["renter", "occupant"]),
             "fr": ("Locataire", "locataire", "locataires", ["occupant", "tenant"]),
             "es": ("Inquilino", "inquilino", "inquilinos", ["arrendatario", "tenant"]),
             "de": ("Mieter", "Mieter", "Mieter", ["Mieterin", "tenant"], "jeden Mieter")},
      pf=[NAME, PHONE, d(("move-in date", "moved in", "lease start"), ("date d'entrée", "entrée", "date d'emménagement"), ("fecha de entrada", "entrada", "inicio del contrato"), ("Einzugsdatum", "Einzug", "Mietbeginn"), "date")],
      verb={"en": "get", "fr": "reçoivent des", "es": "reciben", "de": "bekommen"}),
 dict(key="recruit",
      intro={"en": "We are a small recruitment agency", "fr": "Nous sommes un petit cabinet de recrutement",
             "es": "Somos una pequeña agencia de selección", "de": "Wir sind eine kleine Personalvermittlung"},
      main={"en": ("Interview", "interview", "interviews", ["meeting"]),
            "fr": ("Entretien", "entretien", "entretiens", ["interview"]),
            "es": ("Entrevista", "entrevista", "entrevistas", ["interview"]),
            "de": ("Vorstellungsgespräch", "Vorstellungsgespräch", "Vorstellungsgespräche", ["Gespräch", "Interview"])},
      mf=[d(("date", "interview date", "when"), ("date", "date de l'entretien"), ("fecha", "fecha de la entrevista"), ("Datum", "Termin", "Gesprächstermin"), "date", ["datetime"]),
          d(("position", "job", "role"), ("poste", "emploi"), ("puesto", "vacante"), ("Stelle", "Position"), "text", ["choice"]),
          d(("score", "rating", "mark"), ("note", "évaluation", "score"), ("puntuación", "nota", "valoración"), ("Bewertung", "Punktzahl", "Note"), "integer", ["decimal", "choice"])],
      party={"en": ("Applicant", "applicant", "applicants", ["candidate"]),
             "fr": ("Candidat", "candidat", "candidats", ["candidate", "applicant"]),
             "es": ("Candidato", "candidato", "candidatos", ["aspirante", "applicant"]),
             "de": ("Bewerber", "Bewerber", "Bewerber", ["Bewerberin", "Kandidat", "applicant"], "jeden Bewerber")},
      pf=[NAME, EMAIL, d(("CV", "resume", "cv file"), ("CV", "curriculum"), ("currículum", "CV"), ("Lebenslauf", "CV"), "file", ["text"])],
      verb={"en": "come to", "fr": "passent des", "es": "hacen", "de": "haben"}),
 dict(key="cowork",
      intro={"en": "We run a coworking space", "fr": "Nous gérons un espace de coworking",
             "es": "Llevamos un espacio de coworking", "de": "Wir betreiben einen Coworking-Space"},
      main={"en": ("Payment", "payment", "payments", ["membership payment", "fee"]),
            "fr": ("Paiement", "paiement", "paiements", ["règlement", "cotisation", "payment"]),
            "es": ("Pago", "pago", "pagos", ["cuota", "payment"]),
            "de": ("Zahlung", "Zahlung", "Zahlungen", ["Beitrag", "Beitragszahlung", "payment"])},
      mf=[d(("payment date", "date", "paid on"), ("date du paiement", "date", "payé le"), ("fecha de pago", "fecha"), ("Zahlungsdatum", "Datum", "bezahlt am"), "date", ["datetime"]),
          d(("amount", "sum", "total"), ("montant", "somme"), ("importe", "cantidad", "monto"), ("Betrag", "Summe"), "money", ["decimal"]),
          d(("month covered", "month", "period"), ("mois concerné", "mois", "période"), ("mes", "mes pagado", "periodo"), ("Monat", "Zeitraum", "Beitragsmonat"), "text", ["date", "choice"])],
      party={"en": ("Member", "member", "members", ["coworker"]),
             "fr": ("Membre", "membre", "membres", ["adhérent", "member"]),
             "es": ("Socio", "socio", "socios", ["miembro", "member"]),
             "de": ("Mitglied", "Mitglied", "Mitglieder", ["member"], "jedes Mitglied")},
      pf=[NAME, EMAIL, COMPANY],
      verb={"en": "make", "fr": "font des", "es": "hacen", "de": "leisten"}),
]

G = {"fr": dict(cleaning="m", physio="m", catering="f", kitchen="f", foodbank="m", lettings="f", recruit="m", cowork="m"),
     "es": dict(cleaning="f", physio="f", catering="f", kitchen="f", foodbank="m", lettings="f", recruit="f", cowork="m"),
     "de": dict(cleaning="m", physio="m", catering="f", kitchen="f", foodbank="f", lettings="f", recruit="n", cowork="f")}
DE_GEN = dict(cleaning="Kunden", physio="Patienten", catering="Kunden", kitchen="Lieferanten", foodbank="Ehrenamtlichen",
              lettings="Mieters", recruit="Bewerbers", cowork="Mitglieds")

def art(lang, key, kind):
    g = G[lang][key]
    return {("fr", "un"): {"m": "un", "f": "une"}, ("fr", "le"): {"m": "le", "f": "la"}, ("fr", "nos"): {"m": "nos", "f": "nos"},
            ("es", "los"): {"m": "los", "f": "las"}, ("es", "del"): {"m": "del", "f": "de la"},
            ("de", "jede"): {"m": "jeder", "f": "jede", "n": "jedes"}, ("de", "zur"): {"m": "zum", "f": "zur", "n": "zum"},
            ("de", "die"): {"m": "die", "f": "die", "n": "die"}}[(lang, kind)][g]

def an(w):
    return ("an " if w[0] in "aeiou" else "a ") + w

def DAT(p):
    return P4(p).split()[1] if len(p) > 4 else p[1]

def P4(p):
    return p[4] if len(p) > 4 else p[1]

AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}

def join(items, lang):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]

def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

def gold_two(dm, lang, with_party=True):
    mname, msing, mpl, mal = dm["main"][lang][:4]
    pname, psing, ppl, pal = dm["party"][lang][:4]
    mfields = [f[lang][1] for f in dm["mf"]]
    pfields = [f[lang][1] for f in dm["pf"]]
    ents = []
    rels = []
    if with_party:
        mfields = mfields + [F(pname.lower() if lang != "de" else pname, "reference", [psing] + pal, [], target=pname)]
        ents.append({"name": mname, "aliases": mal, "fields": mfields + [NOTES[lang]]})
        ents.append({"name": pname, "aliases": pal, "fields": pfields + [NOTES[lang]]})
        rels.append({"from": mname, "to": pname})
    return ents, rels

def said(fs, lang):
    return [f[lang][0] for f in fs]

# ------------------------------------------------------------------ constructions (two kinds)
def c_semi_each(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = join(said(dm["mf"], lang), lang), join(said(dm["pf"], lang), lang)
    return {"en": f"{dm['intro']['en']}. We log our {m[2]} ({mf}); for every {p[1]} we keep the {pf}.",
            "fr": f"{dm['intro']['fr']}. On note nos {m[2]} ({mf}) ; pour chaque {p[1]}, on garde {pf}.",
            "es": f"{dm['intro']['es']}. Registramos {art(lang, dm['key'], 'los') if lang == 'es' else ''} {m[2]} ({mf}); de cada {p[1]} guardamos {pf}.",
            "de": f"{dm['intro']['de']}. Wir erfassen die {m[2]} ({mf}); für {P4(p)} notieren wir {pf}."}[lang]

def c_verb_has(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = join(said(dm["mf"], lang), lang), join(said(dm["pf"], lang), lang)
    v = dm["verb"][lang]
    return {"en": f"{p[2].capitalize()} {v} {m[2]}. {an(m[1]).capitalize()} has {join([an(x) for x in said(dm['mf'], lang)], lang)}. {an(p[1]).capitalize()} has {join([an(x) for x in said(dm['pf'], lang)], lang)}.",
            "fr": f"Les {p[2]} {v} {m[2]}. {art(lang, dm['key'], 'un').capitalize() if lang == 'fr' else ''} {m[1]} a : {mf}. Un {p[1]} a : {pf}.",
            "es": f"Los {p[2]} {v} {m[2]}. Cada {m[1]} tiene {mf}. Cada {p[1]} tiene {pf}.",
            "de": f"Die {p[2]} {v} {m[2]}. {art(lang, dm['key'], 'jede').capitalize() if lang == 'de' else ''} {m[1]} hat {mf}. Jeder {p[1]} hat {pf}."}[lang]

def c_second(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = join(said(dm["mf"], lang), lang), join(said(dm["pf"], lang), lang)
    return {"en": f"{dm['intro']['en']} and need to keep track of our {m[2]}: {mf}. We also want to store the {pf} of each {p[1]}.",
            "fr": f"{dm['intro']['fr']} et il faut suivre nos {m[2]} : {mf}. On veut aussi garder {pf} de chaque {p[1]}.",
            "es": f"{dm['intro']['es']} y necesitamos controlar {art(lang, dm['key'], 'los') if lang == 'es' else ''} {m[2]}: {mf}. También queremos guardar {pf} de cada {p[1]}.",
            "de": f"{dm['intro']['de']} und brauchen einen Überblick über die {m[2]}: {mf}. Außerdem wollen wir {pf} von {P4(p).replace('jeden', 'jedem').replace('jedes', 'jedem')} speichern."}[lang]

def c_blocks(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = ", ".join(said(dm["mf"], lang)), ", ".join(said(dm["pf"], lang))
    return {"en": f"Hi,\n{dm['intro']['en']}. Could you set up something for us?\n{m[2].capitalize()}: {mf}\n{p[2].capitalize()}: {pf}\nThanks!",
            "fr": f"Bonjour,\n{dm['intro']['fr']}. Pourriez-vous nous préparer un outil ?\n{m[2].capitalize()} : {mf}\n{p[2].capitalize()} : {pf}\nMerci !",
            "es": f"Hola:\n{dm['intro']['es']}. ¿Nos podéis montar algo?\n{m[2].capitalize()}: {mf}\n{p[2].capitalize()}: {pf}\n¡Gracias!",
            "de": f"Hallo,\n{dm['intro']['de']}. Könnt ihr uns etwas einrichten?\n{m[2]}: {mf}\n{p[2]}: {pf}\nDanke!"}[lang]

def c_bullets(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = join(said(dm["mf"], lang), lang), join(said(dm["pf"], lang), lang)
    return {"en": f"{dm['intro']['en']}. What we need:\n- the {m[2]} with {mf}\n- our {p[2]}, with {pf}",
            "fr": f"{dm['intro']['fr']}. Ce qu'il nous faut :\n- les {m[2]} avec {mf}\n- nos {p[2]}, avec {pf}",
            "es": f"{dm['intro']['es']}. Lo que necesitamos:\n- {art(lang, dm['key'], 'los') if lang == 'es' else ''} {m[2]} con {mf}\n- nuestros {p[2]}, con {pf}",
            "de": f"{dm['intro']['de']}. Was wir brauchen:\n- die {m[2]} mit {mf}\n- unsere {p[2]} mit {pf}"}[lang]

def c_for_whom(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf, pf = join(said(dm["mf"], lang), lang), join(said(dm["pf"], lang), lang)
    return {"en": f"every {m[1]} is for one {p[1]}. for the {m[1]} we note the {mf}, and for the {p[1]} the {pf}",
            "fr": f"chaque {m[1]} concerne un seul {p[1]}. pour {art(lang, dm['key'], 'le') if lang == 'fr' else ''} {m[1]} on note {mf}, et pour le {p[1]} {pf}",
            "es": f"cada {m[1]} es de un solo {p[1]}. {art(lang, dm['key'], 'del') if lang == 'es' else ''} {m[1]} anotamos {mf}, y del {p[1]} {pf}",
            "de": f"{art(lang, dm['key'], 'jede') if lang == 'de' else ''} {m[1]} gehört zu genau einem {DAT(p)}. {art(lang, dm['key'], 'zur') if lang == 'de' else ''} {m[1]} notieren wir {mf}, zum {DAT(p)} {pf}"}[lang]

# contrast: party said once by name -> one kind
def c_nameonly(dm, lang):
    m, p = dm["main"][lang], dm["party"][lang]
    mf = said(dm["mf"], lang)
    extra = {"en": f"the {p[1]}'s name", "fr": f"le nom du {p[1]}" if p[1][0] not in "aeiouéè" else f"le nom de l'{p[1]}", "es": f"el nombre del {p[1]}", "de": f"den Namen des {DE_GEN[dm['key']]}"}[lang]
    items = join(mf + [extra], lang)
    return {"en": f"{dm['intro']['en']}. We want a simple log of {m[2]} with the {items}.",
            "fr": f"{dm['intro']['fr']}. On veut un simple registre des {m[2]} avec {items}.",
            "es": f"{dm['intro']['es']}. Queremos un registro sencillo de las {m[2]} con {items}.",
            "de": f"{dm['intro']['de']}. Wir wollen eine einfache Liste der {m[2]} mit {items}."}[lang]

def gold_nameonly(dm, lang):
    mname, msing, mpl, mal = dm["main"][lang][:4]
    pname, psing = dm["party"][lang][:2]
    pal = dm["party"][lang][3]
    nm = {"en": f"{psing} name", "fr": f"nom du {psing}" if psing[0] not in "aeiouéè" else f"nom de l'{psing}", "es": f"nombre del {psing}", "de": f"Name des {DE_GEN[dm['key']]}"}[lang]
    fields = [f[lang][1] for f in dm["mf"]] + [F(nm, "text", [psing] + pal, ["person"])]
    return [{"name": mname, "aliases": mal, "fields": fields + [NOTES[lang]]}], []

CONS = [("semi_each", c_semi_each), ("verb_has", c_verb_has), ("second", c_second), ("blocks", c_blocks),
        ("bullets", c_bullets), ("for_whom", c_for_whom)]

# ------------------------------------------------------------------ documents with lines (three kinds)
DOCS = [
 dict(key="print", party={"en": ("Customer", "customer", "customers"), "fr": ("Client", "client", "clients"), "es": ("Cliente", "cliente", "clientes"), "de": ("Kunde", "Kunde", "Kunden")},
      doc={"en": ("Order", "order", "orders"), "fr": ("Commande", "commande", "commandes"), "es": ("Pedido", "pedido", "pedidos"), "de": ("Bestellung", "Bestellung", "Bestellungen")},
      verb={"en": "place", "fr": "passent des", "es": "hacen", "de": "geben"},
      line={"en": ("Order line", "lines"), "fr": ("Ligne de commande", "lignes"), "es": ("Línea de pedido", "líneas"), "de": ("Bestellposition", "Positionen")},
      item={"en": "product", "fr": "produit", "es": "producto", "de": "Artikel"}),
 dict(key="plumb", party={"en": ("Client", "client", "clients"), "fr": ("Client", "client", "clients"), "es": ("Cliente", "cliente", "clientes"), "de": ("Kunde", "Kunde", "Kunden")},
      doc={"en": ("Invoice", "invoice", "invoices"), "fr": ("Facture", "facture", "factures"), "es": ("Factura", "factura", "facturas"), "de": ("Rechnung", "Rechnung", "Rechnungen")},
      verb={"en": "receive", "fr": "reçoivent des", "es": "reciben", "de": "bekommen"},
      line={"en": ("Invoice line", "lines"), "fr": ("Ligne de facture", "lignes"), "es": ("Línea de factura", "líneas"), "de": ("Rechnungsposition", "Positionen")},
      item={"en": "description", "fr": "désignation", "es": "concepto", "de": "Beschreibung"}),
 dict(key="bakery", party={"en": ("Shop", "shop", "shops"), "fr": ("Magasin", "magasin", "magasins"), "es": ("Tienda", "tienda", "tiendas"), "de": ("Laden", "Laden", "Läden")},
      doc={"en": ("Order", "order", "orders"), "fr": ("Commande", "commande", "commandes"), "es": ("Pedido", "pedido", "pedidos"), "de": ("Bestellung", "Bestellung", "Bestellungen")},
      verb={"en": "send us", "fr": "nous envoient des", "es": "nos mandan", "de": "schicken uns"},
      line={"en": ("Order line", "lines"), "fr": ("Ligne de commande", "lignes"), "es": ("Línea de pedido", "líneas"), "de": ("Bestellposition", "Positionen")},
      item={"en": "bread type", "fr": "type de pain", "es": "tipo de pan", "de": "Brotsorte"}),
 dict(key="garden", party={"en": ("Customer", "customer", "customers"), "fr": ("Client", "client", "clients"), "es": ("Cliente", "cliente", "clientes"), "de": ("Kunde", "Kunde", "Kunden")},
      doc={"en": ("Quote", "quote", "quotes"), "fr": ("Devis", "devis", "devis"), "es": ("Presupuesto", "presupuesto", "presupuestos"), "de": ("Angebot", "Angebot", "Angebote")},
      verb={"en": "ask for", "fr": "demandent des", "es": "piden", "de": "fragen"},
      line={"en": ("Quote line", "lines"), "fr": ("Ligne de devis", "lignes"), "es": ("Línea de presupuesto", "líneas"), "de": ("Angebotsposition", "Positionen")},
      item={"en": "item", "fr": "article", "es": "artículo", "de": "Leistung"}),
]

def doc_row(dc, lang, i):
    pn, ps, ppl = dc["party"][lang]
    dn, ds, dpl = dc["doc"][lang]
    ln, lw = dc["line"][lang]
    it = dc["item"][lang]
    v = dc["verb"][lang]
    W = {"en": dict(date="date", total="total", qty="quantity", name="name", phone="phone"),
         "fr": dict(date="date", total="total", qty="quantité", name="nom", phone="téléphone"),
         "es": dict(date="fecha", total="total", qty="cantidad", name="nombre", phone="teléfono"),
         "de": dict(date="Datum", total="Gesamtbetrag", qty="Menge", name="Name", phone="Telefon")}[lang]
    if lang == "de" and dc["key"] == "garden":
        v = "fragen nach"
    prompt = {"en": f"{ppl.capitalize()} {v} {dpl}; an {ds} has a date, a total, and {lw} with {it} and quantity. For each {ps} we keep the name and phone.",
              "fr": f"Les {ppl} {v} {dpl} ; une {ds} a une date, un total et des {lw} avec {it} et quantité. Pour chaque {ps} on garde le nom et le téléphone.",
              "es": f"Las {ppl} {v} {dpl}; cada {ds} tiene fecha, total y {lw} con {it} y cantidad. De cada {ps} guardamos el nombre y el teléfono.",
              "de": f"Die {ppl} {v} {dpl}; jede {ds} hat ein Datum, einen Gesamtbetrag und {lw} mit {it} und Menge. Zu jedem {ps}{'n' if ps == 'Kunde' else ''} speichern wir Name und Telefon."}[lang]
    if lang == "en" and ds[0] not in "aeiou":
        prompt = prompt.replace(f"; an {ds}", f"; a {ds}")
    for pre, fix in (("Les tiendas", "Las tiendas"), ("Les clientes", "Los clientes")):
        pass
    if lang == "es":
        prompt = prompt.replace("Las clientes", "Los clientes")
    if lang == "fr" and dn in ("Devis",):
        prompt = prompt.replace("une devis a une", "un devis a une")
    ents = [
        {"name": pn, "aliases": [], "fields": [F(W["name"], "text", ["full name", "name"]), F(W["phone"], "phone", ["phone", "telephone"], ["text"]), NOTES[lang]]},
        {"name": dn, "aliases": [], "fields": [F(W["date"], "date", ["date", "order date"], ["datetime"]), F(W["total"], "money", ["total", "amount"], ["decimal"]),
                                              F(pn.lower() if lang != "de" else pn, "reference", [ps], target=pn), NOTES[lang]]},
        {"name": ln, "aliases": ["line", "item", "line item", "position"], "fields": [F(it, "text", ["item", "product", "description"], ["reference", "choice"]),
                                              F(W["qty"], "integer", ["quantity", "qty"], ["decimal"]),
                                              F(dn.lower() if lang != "de" else dn, "reference", [ds], target=dn)]},
    ]
    rels = [{"from": dn, "to": pn}, {"from": ln, "to": dn}]
    return prompt, ents, rels

def register(prompt, lang, i):
    if lang != "en" and i % 5 == 3:
        prompt = strip_acc(prompt)
    if i % 7 == 5:
        prompt = prompt.lower()
    return prompt

def main():
    rows = []
    n = 0
    for lang in ("en", "fr", "es", "de"):
        for ci, (cname, fn) in enumerate(CONS):
            for di, dm in enumerate(DOMAINS):
                if lang != "en" and (di + ci) % 4 == 3:
                    continue  # 6 of 8 domains per construction outside English
                prompt = register(fn(dm, lang), lang, n)
                ents, rels = gold_two(dm, lang)
                rows.append({"id": f"k-{lang}-{cname}-{dm['key']}", "lang": lang, "prompt": prompt,
                             "entities": ents, "relations": rels, "notes": f"construction={cname}"})
                n += 1
        for di, dm in enumerate(DOMAINS):
            if lang != "en" and di % 2:
                continue
            prompt = register(c_nameonly(dm, lang), lang, n)
            ents, rels = gold_nameonly(dm, lang)
            rows.append({"id": f"k-{lang}-nameonly-{dm['key']}", "lang": lang, "prompt": prompt,
                         "entities": ents, "relations": rels, "notes": "construction=nameonly"})
            n += 1
        for i, dc in enumerate(DOCS):
            prompt, ents, rels = doc_row(dc, lang, n)
            prompt = register(prompt, lang, n)
            rows.append({"id": f"k-{lang}-doclines-{dc['key']}", "lang": lang, "prompt": prompt,
                         "entities": ents, "relations": rels, "notes": "construction=doclines"})
            n += 1
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))

main()
