#!/usr/bin/env python3
"""Generated set gen27/p (session 27, improver p): ONE EDIT MESSAGE THAT ASKS FOR SEVERAL DETAILS AT ONCE.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (van rentals, a contract register, insurance claims, site inspections, catering orders,
lab samples), each written in en/fr/es/de, each with one kind of six fields.

Every row adds two or three details to the same kind (sometimes with a removal or a "make X required" in the same
message); each added detail has its own type (date, date and time, money, yes/no, person, choice with values,
file, long text, whole number), so the gold asks for the right type of each.

Constructions:
  shared     two details sharing a head: "the start and end date", "the mileage at pickup and at return",
             "la date de début et de fin", "Anfangs- und Enddatum", "la hora de entrega y de recogida"   (2 adds)
  compound   an act and its circumstance: "who signed it and when", "whether a deposit was paid and how much",
             "si c'est payé et quand", "ob … und wie viel", "quién lo firmó y cuándo", "whether … and by whom"
  and2       "add A and B"                                                                          (2 adds)
  aswell     "A as well as B", ", plus B", ", and also B", "along with", "ainsi que", "así como", "sowie"  (2 adds)
  list3      "A, B and C"                                                                           (3 adds)
  second     a second sentence or a semicolon: "Add A. We also need B." / "add A; B too"            (2 adds)
  bullets    a bulleted or numbered list of two or three details                                (2-3 adds)
  add2_rm    two adds and a removal                                                              (3 ops)
  add2_req   two adds and "make X required"                                                      (3 ops)
  pair_more  a shared-head pair with "make X required", or a compound ask with a removal             (3 ops)
  colon_inline (added after the first engine run) "Bitte ergänzen: A, B und C", "Could you add: A, B and C?"  (3 adds)

Registers rotate: plain imperative, a need ("we also need"), polite or e-mail wrapping, terse; about one row in
six is typed fast (lower case, no accents).

Run from this folder:  python3 make.py  -> refine.jsonl     (table: python3 table.py ANSWERS.jsonl [-v])
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

ALT = {"money": ["decimal"], "decimal": ["money", "integer"], "integer": ["decimal"], "person": ["text"],
       "file": [], "long_text": ["text"], "choice": [], "boolean": [], "date": ["datetime"],
       "datetime": ["text"], "text": ["long_text"]}


def strip_accents(s):
    s = s.replace("ß", "ss")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def cap(s):
    return s[:1].upper() + s[1:]


# A detail: (np, name, aliases, type[, options]); np is how it is said after "add" (German: accusative).
# Bank order for every domain and language: date, money, yes/no, person, choice, file, long text.
D = []

# ------------------------------------------------------------------ 1. van rentals
D.append(dict(
    key="rental",
    fields=[("customer", "text"), ("van", "text"), ("pickup_date", "date"), ("status", "choice"), ("phone", "phone"),
            ("notes", "long_text")],
    rm="notes", req="phone",
    lang={
        "en": dict(
            name="Rental", plural="Rentals", app="Van rentals", inn="to the rentals", each="on each rental",
            the_pl="the rentals",
            labels={"customer": "Customer", "van": "Van", "pickup_date": "Pickup date", "status": "Status",
                    "phone": "Phone", "notes": "Notes"},
            options={"status": ["Booked", "On the road", "Returned"]},
            rm="the notes field", req="the phone number",
            shared=("the mileage at pickup and at return",
                    [("mileage at pickup", ["pickup mileage", "odometer at pickup", "start mileage", "mileage out"], "integer"),
                     ("mileage at return", ["return mileage", "odometer at return", "end mileage", "mileage in"], "integer")]),
            comp=("whether it was cleaned afterwards and by whom",
                  [("cleaned", ["cleaned afterwards", "cleaning done", "is cleaned"], "boolean"),
                   ("cleaned by", ["cleaner", "who cleaned"], "person")]),
            bank=[("the return date", "return date", ["returned on", "date returned", "return"], "date"),
                  ("a damage fee", "damage fee", ["damage charge", "damage cost", "fee for damage"], "money"),
                  ("a yes/no for extra insurance", "extra insurance", ["insurance", "additional insurance", "insured"], "boolean"),
                  ("the colleague who did the handover", "handover by", ["handed over by", "colleague", "staff member", "agent"], "person"),
                  ("a fuel policy (full to full, prepaid, pay per litre)", "fuel policy", ["fuel", "fuel option"], "choice",
                   ["Full to full", "Prepaid", "Pay per litre"]),
                  ("a scan of the driving licence", "driving licence scan", ["driving licence", "licence scan", "licence", "scan"], "file"),
                  ("a description of any damage", "damage description", ["damage", "damage notes", "damages", "damage report"], "long_text")]),
        "fr": dict(
            name="Location", plural="Locations", app="Location d'utilitaires", inn="aux locations", each="pour chaque location",
            the_pl="les locations",
            labels={"customer": "Client", "van": "Véhicule", "pickup_date": "Date de retrait", "status": "Statut",
                    "phone": "Téléphone", "notes": "Notes"},
            options={"status": ["Réservée", "En cours", "Rendue"]},
            rm="le champ notes", req="le téléphone",
            shared=("le kilométrage au départ et au retour",
                    [("kilométrage au départ", ["kilométrage départ", "km départ", "compteur au départ", "kilométrage initial"], "integer"),
                     ("kilométrage au retour", ["kilométrage retour", "km retour", "compteur au retour", "kilométrage final"], "integer")]),
            comp=("si elle a été nettoyée et par qui",
                  [("nettoyée", ["nettoyé", "nettoyage fait", "nettoyage"], "boolean"),
                   ("nettoyé par", ["nettoyée par", "nettoyage par", "agent de nettoyage"], "person")]),
            bank=[("la date de retour", "date de retour", ["rendu le", "retour", "date de restitution"], "date"),
                  ("des frais de dommages", "frais de dommages", ["frais de dégâts", "dommages", "coût des dommages"], "money"),
                  ("un oui/non pour l'assurance complémentaire", "assurance complémentaire", ["assurance", "assuré", "assurance en plus"], "boolean"),
                  ("le collègue qui a fait la remise des clés", "remis par", ["remise des clés par", "collègue", "employé", "agent"], "person"),
                  ("une option carburant (plein à plein, prépayé, au litre)", "option carburant", ["carburant", "politique carburant"], "choice",
                   ["Plein à plein", "Prépayé", "Au litre"]),
                  ("une copie du permis de conduire", "copie du permis", ["permis de conduire", "permis", "scan du permis"], "file"),
                  ("une description des dégâts", "description des dégâts", ["dégâts", "dommages", "description des dommages"], "long_text")]),
        "es": dict(
            name="Alquiler", plural="Alquileres", app="Alquiler de furgonetas", inn="a los alquileres", each="en cada alquiler",
            the_pl="los alquileres",
            labels={"customer": "Cliente", "van": "Furgoneta", "pickup_date": "Fecha de recogida", "status": "Estado",
                    "phone": "Teléfono", "notes": "Notas"},
            options={"status": ["Reservado", "En curso", "Devuelto"]},
            rm="el campo de notas", req="el teléfono",
            shared=("el kilometraje a la recogida y a la devolución",
                    [("kilometraje a la recogida", ["kilometraje recogida", "km recogida", "kilometraje inicial", "km salida"], "integer"),
                     ("kilometraje a la devolución", ["kilometraje devolución", "km devolución", "kilometraje final", "km llegada"], "integer")]),
            comp=("si se ha limpiado y quién lo hizo",
                  [("limpiado", ["limpia", "limpieza hecha", "limpiada", "limpieza"], "boolean"),
                   ("limpiado por", ["limpieza por", "quién limpió", "limpiada por"], "person")]),
            bank=[("la fecha de devolución", "fecha de devolución", ["devuelto el", "devolución", "fecha devolución"], "date"),
                  ("un cargo por daños", "cargo por daños", ["daños", "coste de daños", "cargo daños"], "money"),
                  ("un sí/no de seguro adicional", "seguro adicional", ["seguro", "asegurado", "seguro extra"], "boolean"),
                  ("el compañero que hizo la entrega", "entregado por", ["compañero", "empleado", "agente", "entrega"], "person"),
                  ("una política de combustible (lleno a lleno, prepago, por litro)", "política de combustible", ["combustible", "opción de combustible"], "choice",
                   ["Lleno a lleno", "Prepago", "Por litro"]),
                  ("una copia del carnet de conducir", "copia del carnet", ["carnet de conducir", "carnet", "permiso de conducir"], "file"),
                  ("una descripción de los daños", "descripción de los daños", ["daños", "descripción daños"], "long_text")]),
        "de": dict(
            name="Vermietung", plural="Vermietungen", app="Transportervermietung", inn="bei den Vermietungen",
            each="bei jeder Vermietung", the_pl="die Vermietungen",
            labels={"customer": "Kunde", "van": "Transporter", "pickup_date": "Abholdatum", "status": "Status",
                    "phone": "Telefonnummer", "notes": "Notizen"},
            options={"status": ["Gebucht", "Unterwegs", "Zurück"]},
            rm="das Feld Notizen", req="die Telefonnummer",
            shared=("den Kilometerstand bei Abholung und bei Rückgabe",
                    [("Kilometerstand bei Abholung", ["Kilometerstand Abholung", "km-Stand Abholung", "Anfangskilometerstand", "km bei Abholung"], "integer"),
                     ("Kilometerstand bei Rückgabe", ["Kilometerstand Rückgabe", "km-Stand Rückgabe", "Endkilometerstand", "km bei Rückgabe"], "integer")]),
            comp=("ob er danach gereinigt wurde und von wem",
                  [("gereinigt", ["Reinigung erledigt", "sauber", "Reinigung"], "boolean"),
                   ("gereinigt von", ["Reinigung durch", "wer gereinigt hat"], "person")]),
            bank=[("das Rückgabedatum", "Rückgabedatum", ["Rückgabe", "zurückgegeben am", "Datum Rückgabe"], "date"),
                  ("eine Schadensgebühr", "Schadensgebühr", ["Schadenskosten", "Schaden", "Gebühr"], "money"),
                  ("ein Ja/Nein für Zusatzversicherung", "Zusatzversicherung", ["Versicherung", "versichert"], "boolean"),
                  ("den Kollegen, der die Übergabe gemacht hat", "Übergabe durch", ["übergeben von", "Kollege", "Mitarbeiter"], "person"),
                  ("eine Tankregelung (voll zu voll, vorausbezahlt, pro Liter)", "Tankregelung", ["Tank", "Tankoption", "Kraftstoff"], "choice",
                   ["Voll zu voll", "Vorausbezahlt", "Pro Liter"]),
                  ("eine Kopie des Führerscheins", "Führerscheinkopie", ["Führerschein", "Kopie Führerschein", "Scan Führerschein"], "file"),
                  ("eine Beschreibung der Schäden", "Schadensbeschreibung", ["Schäden", "Beschreibung der Schäden", "Schaden"], "long_text")]),
    }))

# ------------------------------------------------------------------ 2. contract register
D.append(dict(
    key="contract",
    fields=[("supplier", "text"), ("title", "text"), ("value", "money"), ("status", "choice"), ("owner", "person"),
            ("comments", "long_text")],
    rm="comments", req="owner",
    lang={
        "en": dict(
            name="Contract", plural="Contracts", app="Contract register", inn="to the contracts", each="for each contract",
            the_pl="the contracts",
            labels={"supplier": "Supplier", "title": "Title", "value": "Value", "status": "Status", "owner": "Owner",
                    "comments": "Comments"},
            options={"status": ["Draft", "Active", "Expired"]},
            rm="the comments", req="the owner",
            shared=("a start and end date",
                    [("start date", ["start", "starts on", "begins", "from"], "date"),
                     ("end date", ["end", "ends on", "expiry date", "until"], "date")]),
            comp=("who signed it and when",
                  [("signed by", ["signatory", "signer", "signed"], "person"),
                   ("signed on", ["signing date", "signature date", "date signed"], "date")]),
            bank=[("the renewal date", "renewal date", ["renewal", "renews on", "date of renewal"], "date"),
                  ("the annual cost", "annual cost", ["yearly cost", "cost per year", "cost"], "money"),
                  ("a checkbox for automatic renewal", "automatic renewal", ["auto renewal", "auto-renew", "renews automatically"], "boolean"),
                  ("the legal reviewer", "legal reviewer", ["reviewer", "lawyer", "legal"], "person"),
                  ("a category (IT, facilities, consulting)", "category", ["type", "contract type"], "choice",
                   ["IT", "Facilities", "Consulting"]),
                  ("the signed copy as a PDF", "signed copy", ["signed contract", "copy", "PDF", "document"], "file"),
                  ("a summary of the key clauses", "key clauses summary", ["summary", "key clauses", "clauses"], "long_text")]),
        "fr": dict(
            name="Contrat", plural="Contrats", app="Registre des contrats", inn="aux contrats", each="pour chaque contrat",
            the_pl="les contrats",
            labels={"supplier": "Fournisseur", "title": "Intitulé", "value": "Montant", "status": "Statut",
                    "owner": "Responsable", "comments": "Commentaires"},
            options={"status": ["Brouillon", "Actif", "Expiré"]},
            rm="les commentaires", req="le responsable",
            shared=("une date de début et de fin",
                    [("date de début", ["début", "commence le", "date début"], "date"),
                     ("date de fin", ["fin", "échéance", "date d'expiration", "date fin"], "date")]),
            comp=("qui l'a signé et quand",
                  [("signé par", ["signataire", "signature"], "person"),
                   ("date de signature", ["signé le", "date signature"], "date")]),
            bank=[("la date de renouvellement", "date de renouvellement", ["renouvellement", "renouvelé le"], "date"),
                  ("le coût annuel", "coût annuel", ["coût par an", "coût", "montant annuel"], "money"),
                  ("une case à cocher pour la reconduction tacite", "reconduction tacite", ["reconduction", "renouvellement automatique", "tacite reconduction"], "boolean"),
                  ("le juriste référent", "juriste référent", ["juriste", "relecteur"], "person"),
                  ("une catégorie (informatique, locaux, conseil)", "catégorie", ["type", "type de contrat"], "choice",
                   ["Informatique", "Locaux", "Conseil"]),
                  ("la copie signée en PDF", "copie signée", ["contrat signé", "copie", "PDF", "document"], "file"),
                  ("un résumé des clauses importantes", "résumé des clauses", ["résumé", "clauses", "clauses importantes"], "long_text")]),
        "es": dict(
            name="Contrato", plural="Contratos", app="Registro de contratos", inn="a los contratos", each="en cada contrato",
            the_pl="los contratos",
            labels={"supplier": "Proveedor", "title": "Título", "value": "Importe", "status": "Estado",
                    "owner": "Responsable", "comments": "Comentarios"},
            options={"status": ["Borrador", "Vigente", "Vencido"]},
            rm="los comentarios", req="el responsable",
            shared=("una fecha de inicio y de fin",
                    [("fecha de inicio", ["inicio", "empieza", "fecha inicio"], "date"),
                     ("fecha de fin", ["fin", "vencimiento", "fecha fin", "fecha de vencimiento"], "date")]),
            comp=("quién lo firmó y cuándo",
                  [("firmado por", ["firmante", "firma"], "person"),
                   ("fecha de firma", ["firmado el", "fecha firma"], "date")]),
            bank=[("la fecha de renovación", "fecha de renovación", ["renovación", "se renueva el"], "date"),
                  ("el coste anual", "coste anual", ["costo anual", "coste", "coste por año"], "money"),
                  ("una casilla de renovación automática", "renovación automática", ["renovación", "autorrenovación", "se renueva solo"], "boolean"),
                  ("el abogado revisor", "abogado revisor", ["revisor", "abogado", "jurídico"], "person"),
                  ("una categoría (informática, instalaciones, consultoría)", "categoría", ["tipo", "tipo de contrato"], "choice",
                   ["Informática", "Instalaciones", "Consultoría"]),
                  ("la copia firmada en PDF", "copia firmada", ["contrato firmado", "copia", "PDF", "documento"], "file"),
                  ("un resumen de las cláusulas clave", "resumen de cláusulas", ["resumen", "cláusulas", "cláusulas clave"], "long_text")]),
        "de": dict(
            name="Vertrag", plural="Verträge", app="Vertragsregister", inn="bei den Verträgen", each="bei jedem Vertrag",
            the_pl="die Verträge",
            labels={"supplier": "Lieferant", "title": "Titel", "value": "Wert", "status": "Status",
                    "owner": "Verantwortlich", "comments": "Kommentare"},
            options={"status": ["Entwurf", "Aktiv", "Abgelaufen"]},
            rm="die Kommentare", req="das Feld Verantwortlich",
            shared=("ein Anfangs- und Enddatum",
                    [("Anfangsdatum", ["Beginn", "Startdatum", "Vertragsbeginn", "gültig ab"], "date"),
                     ("Enddatum", ["Ende", "Vertragsende", "gültig bis", "Ablaufdatum"], "date")]),
            comp=("wer ihn unterschrieben hat und wann",
                  [("unterschrieben von", ["Unterzeichner", "Unterschrift"], "person"),
                   ("Unterschriftsdatum", ["unterschrieben am", "Datum der Unterschrift"], "date")]),
            bank=[("das Verlängerungsdatum", "Verlängerungsdatum", ["Verlängerung", "verlängert am"], "date"),
                  ("die jährlichen Kosten", "jährliche Kosten", ["Jahreskosten", "Kosten pro Jahr", "Kosten"], "money"),
                  ("ein Häkchen für automatische Verlängerung", "automatische Verlängerung", ["Verlängerung", "verlängert sich automatisch", "Autoverlängerung"], "boolean"),
                  ("den juristischen Prüfer", "juristischer Prüfer", ["Prüfer", "Jurist", "Rechtsprüfung"], "person"),
                  ("eine Kategorie (IT, Gebäude, Beratung)", "Kategorie", ["Typ", "Vertragsart"], "choice",
                   ["IT", "Gebäude", "Beratung"]),
                  ("die unterschriebene Kopie als PDF", "unterschriebene Kopie", ["Vertragskopie", "Kopie", "PDF", "Dokument"], "file"),
                  ("eine Zusammenfassung der wichtigsten Klauseln", "Zusammenfassung der Klauseln", ["Zusammenfassung", "Klauseln"], "long_text")]),
    }))

# ------------------------------------------------------------------ 3. insurance claims
D.append(dict(
    key="claim",
    fields=[("claimant", "text"), ("policy_number", "text"), ("incident_date", "date"), ("description", "long_text"),
            ("status", "choice"), ("insurer", "text")],
    rm="insurer", req="policy_number",
    lang={
        "en": dict(
            name="Claim", plural="Claims", app="Insurance claims", inn="to the claims", each="on every claim",
            the_pl="the claims",
            labels={"claimant": "Claimant", "policy_number": "Policy number", "incident_date": "Incident date",
                    "description": "Description", "status": "Status", "insurer": "Insurer"},
            options={"status": ["Open", "Under review", "Closed"]},
            rm="the insurer", req="the policy number",
            shared=("the claimed and the approved amount",
                    [("claimed amount", ["amount claimed", "claim amount", "claimed"], "money"),
                     ("approved amount", ["amount approved", "approved", "granted amount", "payout"], "money")]),
            comp=("whether it was paid out and when",
                  [("paid out", ["paid", "payout done", "is paid"], "boolean"),
                   ("payout date", ["paid on", "date paid", "payment date", "paid out on"], "date")]),
            bank=[("the settlement date", "settlement date", ["settled on", "date settled", "settlement"], "date"),
                  ("the excess", "excess", ["deductible", "own risk", "excess amount"], "money"),
                  ("a 'police report' checkbox", "police report", ["police report filed", "police informed", "police"], "boolean"),
                  ("the loss adjuster", "loss adjuster", ["adjuster", "assessor", "expert"], "person"),
                  ("a damage type (water, fire, theft, glass)", "damage type", ["type of damage", "type", "cause"], "choice",
                   ["Water", "Fire", "Theft", "Glass"]),
                  ("photos of the damage", "damage photos", ["photos", "photo", "pictures"], "file"),
                  ("internal notes (can be long)", "internal notes", ["notes", "comments", "remarks"], "long_text")]),
        "fr": dict(
            name="Sinistre", plural="Sinistres", app="Déclarations de sinistre", inn="aux sinistres", each="pour chaque sinistre",
            the_pl="les sinistres",
            labels={"claimant": "Assuré", "policy_number": "Numéro de police", "incident_date": "Date du sinistre",
                    "description": "Description", "status": "Statut", "insurer": "Assureur"},
            options={"status": ["Ouvert", "En cours d'examen", "Clos"]},
            rm="l'assureur", req="le numéro de police",
            shared=("les montants demandé et accordé",
                    [("montant demandé", ["demandé", "montant réclamé", "montant de la demande"], "money"),
                     ("montant accordé", ["accordé", "montant remboursé", "indemnité"], "money")]),
            comp=("si c'est payé et quand",
                  [("payé", ["indemnisé", "réglé", "paiement effectué"], "boolean"),
                   ("date de paiement", ["payé le", "date du paiement", "réglé le"], "date")]),
            bank=[("la date de règlement", "date de règlement", ["réglé le", "règlement", "date du règlement"], "date"),
                  ("la franchise", "franchise", ["montant de la franchise", "reste à charge"], "money"),
                  ("une case « plainte déposée »", "plainte déposée", ["plainte", "dépôt de plainte", "police"], "boolean"),
                  ("l'expert chargé du dossier", "expert", ["expert chargé", "expert en sinistres", "évaluateur"], "person"),
                  ("un type de dommage (dégât des eaux, incendie, vol, bris de glace)", "type de dommage", ["type", "nature du dommage", "type de sinistre"], "choice",
                   ["Dégât des eaux", "Incendie", "Vol", "Bris de glace"]),
                  ("des photos des dégâts", "photos des dégâts", ["photos", "photo", "images"], "file"),
                  ("des notes internes (parfois longues)", "notes internes", ["notes", "commentaires", "remarques"], "long_text")]),
        "es": dict(
            name="Siniestro", plural="Siniestros", app="Partes de siniestro", inn="a los siniestros", each="en cada siniestro",
            the_pl="los siniestros",
            labels={"claimant": "Asegurado", "policy_number": "Número de póliza", "incident_date": "Fecha del siniestro",
                    "description": "Descripción", "status": "Estado", "insurer": "Aseguradora"},
            options={"status": ["Abierto", "En revisión", "Cerrado"]},
            rm="la aseguradora", req="el número de póliza",
            shared=("el importe reclamado y el aprobado",
                    [("importe reclamado", ["reclamado", "importe solicitado", "cantidad reclamada"], "money"),
                     ("importe aprobado", ["aprobado", "importe concedido", "indemnización"], "money")]),
            comp=("si se ha pagado y cuándo",
                  [("pagado", ["pago realizado", "abonado", "indemnizado"], "boolean"),
                   ("fecha de pago", ["pagado el", "fecha del pago", "abonado el"], "date")]),
            bank=[("la fecha de liquidación", "fecha de liquidación", ["liquidado el", "liquidación", "fecha de cierre"], "date"),
                  ("la franquicia", "franquicia", ["importe de la franquicia", "deducible"], "money"),
                  ("una casilla de denuncia presentada", "denuncia presentada", ["denuncia", "policía", "denuncia policial"], "boolean"),
                  ("el perito asignado", "perito", ["perito asignado", "tasador", "experto"], "person"),
                  ("un tipo de daño (agua, incendio, robo, cristales)", "tipo de daño", ["tipo", "tipo de siniestro", "causa"], "choice",
                   ["Agua", "Incendio", "Robo", "Cristales"]),
                  ("fotos de los daños", "fotos de los daños", ["fotos", "foto", "imágenes"], "file"),
                  ("notas internas (a veces largas)", "notas internas", ["notas", "comentarios", "observaciones"], "long_text")]),
        "de": dict(
            name="Schadensfall", plural="Schadensfälle", app="Schadensmeldungen", inn="bei den Schadensfällen",
            each="bei jedem Schadensfall", the_pl="die Schadensfälle",
            labels={"claimant": "Versicherungsnehmer", "policy_number": "Policennummer", "incident_date": "Schadensdatum",
                    "description": "Beschreibung", "status": "Status", "insurer": "Versicherer"},
            options={"status": ["Offen", "In Prüfung", "Geschlossen"]},
            rm="den Versicherer", req="die Policennummer",
            shared=("den Forderungs- und den Auszahlungsbetrag",
                    [("Forderungsbetrag", ["geforderter Betrag", "Forderung", "beantragter Betrag"], "money"),
                     ("Auszahlungsbetrag", ["ausgezahlter Betrag", "Auszahlung", "bewilligter Betrag"], "money")]),
            comp=("ob schon gezahlt wurde und wann",
                  [("bezahlt", ["gezahlt", "ausgezahlt", "Zahlung erfolgt"], "boolean"),
                   ("Zahlungsdatum", ["bezahlt am", "gezahlt am", "Datum der Zahlung"], "date")]),
            bank=[("das Regulierungsdatum", "Regulierungsdatum", ["reguliert am", "Regulierung", "Abschlussdatum"], "date"),
                  ("die Selbstbeteiligung", "Selbstbeteiligung", ["Selbstbehalt", "Eigenanteil"], "money"),
                  ("ein Häkchen für Polizeibericht", "Polizeibericht", ["Anzeige erstattet", "Polizei", "Anzeige"], "boolean"),
                  ("den zuständigen Gutachter", "Gutachter", ["zuständiger Gutachter", "Sachverständiger", "Schadensregulierer"], "person"),
                  ("eine Schadensart (Wasser, Feuer, Diebstahl, Glas)", "Schadensart", ["Art", "Art des Schadens", "Ursache"], "choice",
                   ["Wasser", "Feuer", "Diebstahl", "Glas"]),
                  ("Fotos vom Schaden", "Schadensfotos", ["Fotos", "Foto", "Bilder"], "file"),
                  ("interne Notizen (auch länger)", "interne Notizen", ["Notizen", "Kommentare", "Anmerkungen"], "long_text")]),
    }))

# ------------------------------------------------------------------ 4. site inspections
D.append(dict(
    key="inspection",
    fields=[("site", "text"), ("reference", "text"), ("inspector", "person"), ("inspection_date", "date"),
            ("result", "choice"), ("contact_phone", "phone")],
    rm="contact_phone", req="inspector",
    lang={
        "en": dict(
            name="Inspection", plural="Inspections", app="Site inspections", inn="to the inspections",
            each="for every inspection", the_pl="the inspections",
            labels={"site": "Site", "reference": "Reference", "inspector": "Inspector", "inspection_date": "Inspection date",
                    "result": "Result", "contact_phone": "Contact phone"},
            options={"result": ["Pass", "Fail", "Follow-up"]},
            rm="the contact phone", req="the inspector",
            shared=("start and finish times",
                    [("start time", ["start", "started at", "from"], "datetime"),
                     ("finish time", ["end time", "finished at", "end", "until"], "datetime")]),
            comp=("who signed it off and when",
                  [("signed off by", ["sign-off by", "approver", "signed by"], "person"),
                   ("sign-off date", ["signed off on", "date signed off", "signed on"], "date")]),
            bank=[("the date of the next inspection", "next inspection date", ["next inspection", "next visit", "due date"], "date"),
                  ("the inspection fee", "inspection fee", ["fee", "cost", "charge"], "money"),
                  ("a yes/no for follow-up needed", "follow-up needed", ["follow-up", "needs follow-up", "follow up required"], "boolean"),
                  ("the second inspector", "second inspector", ["co-inspector", "assistant inspector", "other inspector"], "person"),
                  ("a risk level (low, medium, high)", "risk level", ["risk", "risk rating"], "choice", ["Low", "Medium", "High"]),
                  ("the signed report (PDF upload)", "signed report", ["report", "PDF", "report file"], "file"),
                  ("a list of the defects found", "defects found", ["defects", "defect list", "findings"], "long_text")]),
        "fr": dict(
            name="Inspection", plural="Inspections", app="Inspections de chantier", inn="aux inspections",
            each="pour chaque inspection", the_pl="les inspections",
            labels={"site": "Chantier", "reference": "Référence", "inspector": "Inspecteur", "inspection_date": "Date d'inspection",
                    "result": "Résultat", "contact_phone": "Téléphone du contact"},
            options={"result": ["Conforme", "Non conforme", "À revoir"]},
            rm="le téléphone du contact", req="l'inspecteur",
            shared=("l'heure de début et de fin",
                    [("heure de début", ["début", "commencé à", "heure début"], "datetime"),
                     ("heure de fin", ["fin", "terminé à", "heure fin"], "datetime")]),
            comp=("qui l'a validée et quand",
                  [("validé par", ["validée par", "valideur", "approuvé par"], "person"),
                   ("date de validation", ["validé le", "validée le", "date validation"], "date")]),
            bank=[("la date de la prochaine inspection", "date de la prochaine inspection", ["prochaine inspection", "prochaine visite", "date prochaine inspection"], "date"),
                  ("les frais d'inspection", "frais d'inspection", ["frais", "coût", "tarif"], "money"),
                  ("un oui/non « suivi nécessaire »", "suivi nécessaire", ["suivi", "à suivre", "suivi requis"], "boolean"),
                  ("le second inspecteur", "second inspecteur", ["deuxième inspecteur", "inspecteur adjoint", "co-inspecteur"], "person"),
                  ("un niveau de risque (faible, moyen, élevé)", "niveau de risque", ["risque", "niveau"], "choice", ["Faible", "Moyen", "Élevé"]),
                  ("le rapport signé (PDF à joindre)", "rapport signé", ["rapport", "PDF", "fichier du rapport"], "file"),
                  ("la liste des défauts constatés", "défauts constatés", ["défauts", "liste des défauts", "constats"], "long_text")]),
        "es": dict(
            name="Inspección", plural="Inspecciones", app="Inspecciones de obra", inn="a las inspecciones",
            each="en cada inspección", the_pl="las inspecciones",
            labels={"site": "Obra", "reference": "Referencia", "inspector": "Inspector", "inspection_date": "Fecha de inspección",
                    "result": "Resultado", "contact_phone": "Teléfono de contacto"},
            options={"result": ["Apto", "No apto", "Revisar"]},
            rm="el teléfono de contacto", req="el inspector",
            shared=("la hora de inicio y de fin",
                    [("hora de inicio", ["inicio", "empezó a las", "hora inicio"], "datetime"),
                     ("hora de fin", ["fin", "terminó a las", "hora fin"], "datetime")]),
            comp=("quién la aprobó y cuándo",
                  [("aprobado por", ["aprobada por", "aprobador", "firmado por"], "person"),
                   ("fecha de aprobación", ["aprobado el", "aprobada el", "fecha aprobación"], "date")]),
            bank=[("la fecha de la próxima inspección", "fecha de la próxima inspección", ["próxima inspección", "próxima visita"], "date"),
                  ("la tarifa de inspección", "tarifa de inspección", ["tarifa", "coste", "precio"], "money"),
                  ("un sí/no de seguimiento necesario", "seguimiento necesario", ["seguimiento", "requiere seguimiento"], "boolean"),
                  ("el segundo inspector", "segundo inspector", ["inspector adjunto", "otro inspector"], "person"),
                  ("un nivel de riesgo (bajo, medio, alto)", "nivel de riesgo", ["riesgo", "nivel"], "choice", ["Bajo", "Medio", "Alto"]),
                  ("el informe firmado (PDF adjunto)", "informe firmado", ["informe", "PDF", "archivo del informe"], "file"),
                  ("una lista de los defectos encontrados", "defectos encontrados", ["defectos", "lista de defectos", "hallazgos"], "long_text")]),
        "de": dict(
            name="Begehung", plural="Begehungen", app="Baustellenbegehungen", inn="bei den Begehungen",
            each="bei jeder Begehung", the_pl="die Begehungen",
            labels={"site": "Baustelle", "reference": "Aktenzeichen", "inspector": "Prüfer", "inspection_date": "Prüfdatum",
                    "result": "Ergebnis", "contact_phone": "Telefonnummer Ansprechpartner"},
            options={"result": ["Bestanden", "Nicht bestanden", "Nachprüfung"]},
            rm="die Telefonnummer des Ansprechpartners", req="den Prüfer", req_nom="der Prüfer",
            shared=("Anfangs- und Endzeit",
                    [("Anfangszeit", ["Beginn", "Startzeit", "von"], "datetime"),
                     ("Endzeit", ["Ende", "bis", "Schluss"], "datetime")]),
            comp=("wer sie abgenommen hat und wann",
                  [("abgenommen von", ["Abnahme durch", "Abnehmer", "freigegeben von"], "person"),
                   ("Abnahmedatum", ["abgenommen am", "Datum der Abnahme"], "date")]),
            bank=[("das Datum der nächsten Begehung", "nächste Begehung", ["Datum nächste Begehung", "nächster Termin"], "date"),
                  ("die Prüfgebühr", "Prüfgebühr", ["Gebühr", "Kosten"], "money"),
                  ("ein Ja/Nein für Nacharbeit nötig", "Nacharbeit nötig", ["Nacharbeit", "Nachbesserung nötig"], "boolean"),
                  ("den zweiten Prüfer", "zweiter Prüfer", ["Zweitprüfer", "weiterer Prüfer"], "person"),
                  ("eine Risikostufe (niedrig, mittel, hoch)", "Risikostufe", ["Risiko", "Stufe"], "choice", ["Niedrig", "Mittel", "Hoch"]),
                  ("den unterschriebenen Bericht (PDF zum Hochladen)", "unterschriebener Bericht", ["Bericht", "PDF", "Prüfbericht"], "file"),
                  ("eine Liste der gefundenen Mängel", "gefundene Mängel", ["Mängel", "Mängelliste", "Befunde"], "long_text")]),
    }))

# ------------------------------------------------------------------ 5. catering orders
D.append(dict(
    key="order",
    fields=[("client", "text"), ("event_date", "date"), ("guests", "integer"), ("menu", "choice"),
            ("contact_email", "email"), ("remarks", "long_text")],
    rm="remarks", req="contact_email",
    lang={
        "en": dict(
            name="Order", plural="Orders", app="Catering orders", inn="to the orders", each="for each order",
            the_pl="the orders",
            labels={"client": "Client", "event_date": "Event date", "guests": "Guests", "menu": "Menu",
                    "contact_email": "Contact email", "remarks": "Remarks"},
            options={"menu": ["Buffet", "Seated", "Cocktail"]},
            rm="the remarks", req="the contact email",
            shared=("the delivery and pickup time",
                    [("delivery time", ["delivery", "delivered at"], "datetime"),
                     ("pickup time", ["pickup", "collection time", "picked up at"], "datetime")]),
            comp=("whether a deposit was paid and how much",
                  [("deposit paid", ["deposit", "deposit received", "paid deposit"], "boolean"),
                   ("deposit amount", ["deposit", "amount of deposit", "amount"], "money")]),
            bank=[("the tasting date", "tasting date", ["tasting", "date of tasting"], "date"),
                  ("the total price", "total price", ["price", "total", "amount"], "money"),
                  ("a yes/no for waiting staff", "waiting staff", ["waiters", "waiting staff needed", "service staff"], "boolean"),
                  ("the chef in charge", "chef in charge", ["chef", "head chef", "cook"], "person"),
                  ("a payment method (cash, card, invoice)", "payment method", ["payment", "paid by"], "choice", ["Cash", "Card", "Invoice"]),
                  ("the signed quote", "signed quote", ["quote", "signed offer", "quotation"], "file"),
                  ("dietary requirements (free text, can be long)", "dietary requirements", ["dietary needs", "allergies", "diet"], "long_text")]),
        "fr": dict(
            name="Commande", plural="Commandes", app="Commandes traiteur", inn="aux commandes", each="pour chaque commande",
            the_pl="les commandes",
            labels={"client": "Client", "event_date": "Date de l'événement", "guests": "Invités", "menu": "Formule",
                    "contact_email": "E-mail du contact", "remarks": "Remarques"},
            options={"menu": ["Buffet", "Repas assis", "Cocktail"]},
            rm="les remarques", req="l'e-mail du contact",
            shared=("l'heure de livraison et de reprise",
                    [("heure de livraison", ["livraison", "livré à"], "datetime"),
                     ("heure de reprise", ["reprise", "heure de récupération", "récupération"], "datetime")]),
            comp=("si un acompte a été versé et combien",
                  [("acompte versé", ["acompte", "acompte payé", "acompte reçu"], "boolean"),
                   ("montant de l'acompte", ["acompte", "montant", "montant acompte"], "money")]),
            bank=[("la date de dégustation", "date de dégustation", ["dégustation", "date dégustation"], "date"),
                  ("le prix total", "prix total", ["prix", "total", "montant"], "money"),
                  ("un oui/non pour le service en salle", "service en salle", ["serveurs", "personnel de service", "service"], "boolean"),
                  ("le chef responsable", "chef responsable", ["chef", "cuisinier", "chef de cuisine"], "person"),
                  ("un mode de paiement (espèces, carte, facture)", "mode de paiement", ["paiement", "moyen de paiement", "règlement"], "choice",
                   ["Espèces", "Carte", "Facture"]),
                  ("le devis signé", "devis signé", ["devis", "offre signée"], "file"),
                  ("les régimes alimentaires (texte libre, parfois long)", "régimes alimentaires", ["allergies", "régime", "contraintes alimentaires"], "long_text")]),
        "es": dict(
            name="Pedido", plural="Pedidos", app="Pedidos de catering", inn="a los pedidos", each="en cada pedido",
            the_pl="los pedidos",
            labels={"client": "Cliente", "event_date": "Fecha del evento", "guests": "Invitados", "menu": "Menú",
                    "contact_email": "Email de contacto", "remarks": "Observaciones"},
            options={"menu": ["Bufé", "Sentados", "Cóctel"]},
            rm="las observaciones", req="el email de contacto",
            shared=("la hora de entrega y de recogida",
                    [("hora de entrega", ["entrega", "entregado a las"], "datetime"),
                     ("hora de recogida", ["recogida", "recogido a las"], "datetime")]),
            comp=("si se pagó una señal y cuánto",
                  [("señal pagada", ["señal", "anticipo pagado", "señal recibida"], "boolean"),
                   ("importe de la señal", ["señal", "importe", "anticipo"], "money")]),
            bank=[("la fecha de la degustación", "fecha de degustación", ["degustación", "fecha degustación"], "date"),
                  ("el precio total", "precio total", ["precio", "total", "importe"], "money"),
                  ("un sí/no de camareros", "camareros", ["servicio de camareros", "personal de sala", "camareros necesarios"], "boolean"),
                  ("el chef responsable", "chef responsable", ["chef", "cocinero", "jefe de cocina"], "person"),
                  ("una forma de pago (efectivo, tarjeta, factura)", "forma de pago", ["pago", "método de pago"], "choice",
                   ["Efectivo", "Tarjeta", "Factura"]),
                  ("el presupuesto firmado", "presupuesto firmado", ["presupuesto", "oferta firmada"], "file"),
                  ("las necesidades dietéticas (texto libre, a veces largo)", "necesidades dietéticas", ["alergias", "dieta", "restricciones alimentarias"], "long_text")]),
        "de": dict(
            name="Bestellung", plural="Bestellungen", app="Catering-Bestellungen", inn="bei den Bestellungen",
            each="bei jeder Bestellung", the_pl="die Bestellungen",
            labels={"client": "Kunde", "event_date": "Veranstaltungsdatum", "guests": "Gäste", "menu": "Menü",
                    "contact_email": "Kontakt-E-Mail", "remarks": "Bemerkungen"},
            options={"menu": ["Buffet", "Gesetztes Essen", "Fingerfood"]},
            rm="die Bemerkungen", req="die Kontakt-E-Mail",
            shared=("Liefer- und Abholzeit",
                    [("Lieferzeit", ["Lieferung", "geliefert um"], "datetime"),
                     ("Abholzeit", ["Abholung", "abgeholt um"], "datetime")]),
            comp=("ob eine Anzahlung geleistet wurde und wie viel",
                  [("Anzahlung geleistet", ["Anzahlung", "Anzahlung erhalten"], "boolean"),
                   ("Höhe der Anzahlung", ["Anzahlung", "Anzahlungsbetrag", "Betrag"], "money")]),
            bank=[("das Datum der Verkostung", "Verkostungsdatum", ["Verkostung", "Datum der Verkostung"], "date"),
                  ("den Gesamtpreis", "Gesamtpreis", ["Preis", "Summe", "Betrag"], "money"),
                  ("ein Ja/Nein für Servicepersonal", "Servicepersonal", ["Kellner", "Bedienung", "Service"], "boolean"),
                  ("den verantwortlichen Koch", "verantwortlicher Koch", ["Koch", "Küchenchef"], "person"),
                  ("eine Zahlungsart (bar, Karte, Rechnung)", "Zahlungsart", ["Zahlung", "Zahlungsweise"], "choice", ["Bar", "Karte", "Rechnung"]),
                  ("das unterschriebene Angebot", "unterschriebenes Angebot", ["Angebot", "Kostenvoranschlag"], "file"),
                  ("die Ernährungswünsche (Freitext, auch mal länger)", "Ernährungswünsche", ["Allergien", "Diät", "Unverträglichkeiten"], "long_text")]),
    }))

# ------------------------------------------------------------------ 6. lab samples
D.append(dict(
    key="sample",
    fields=[("sample_code", "text"), ("project", "text"), ("collected_on", "date"), ("sample_type", "choice"),
            ("storage", "text"), ("collected_by", "person")],
    rm="storage", req="project",
    lang={
        "en": dict(
            name="Sample", plural="Samples", app="Lab samples", inn="to the samples", each="for each sample",
            the_pl="the samples",
            labels={"sample_code": "Sample code", "project": "Project", "collected_on": "Collected on",
                    "sample_type": "Sample type", "storage": "Storage", "collected_by": "Collected by"},
            options={"sample_type": ["Blood", "Urine", "Tissue"]},
            rm="the storage field", req="the project",
            shared=("the arrival and analysis dates",
                    [("arrival date", ["arrived on", "received on", "date received"], "date"),
                     ("analysis date", ["analysed on", "date analysed", "analysis"], "date")]),
            comp=("who validated it and when",
                  [("validated by", ["validator", "checked by"], "person"),
                   ("validation date", ["validated on", "date validated"], "date")]),
            bank=[("the disposal date", "disposal date", ["disposed on", "date of disposal", "destroyed on"], "date"),
                  ("the cost of the analysis", "analysis cost", ["cost", "price", "cost of analysis"], "money"),
                  ("a consent yes/no", "consent", ["consent given", "patient consent"], "boolean"),
                  ("the lab technician", "lab technician", ["technician", "lab tech"], "person"),
                  ("a priority (routine, urgent, stat)", "priority", ["urgency"], "choice", ["Routine", "Urgent", "Stat"]),
                  ("the lab report as a PDF", "lab report", ["report", "PDF", "results file"], "file"),
                  ("longer observations", "observations", ["notes", "remarks", "comments"], "long_text")]),
        "fr": dict(
            name="Échantillon", plural="Échantillons", app="Échantillons de laboratoire", inn="aux échantillons",
            each="pour chaque échantillon", the_pl="les échantillons",
            labels={"sample_code": "Code échantillon", "project": "Projet", "collected_on": "Prélevé le",
                    "sample_type": "Type d'échantillon", "storage": "Stockage", "collected_by": "Prélevé par"},
            options={"sample_type": ["Sang", "Urine", "Tissu"]},
            rm="le champ stockage", req="le projet",
            shared=("les dates de réception et d'analyse",
                    [("date de réception", ["reçu le", "réception", "arrivée"], "date"),
                     ("date d'analyse", ["analysé le", "analyse"], "date")]),
            comp=("qui l'a validé et quand",
                  [("validé par", ["valideur", "vérifié par"], "person"),
                   ("date de validation", ["validé le", "date validation"], "date")]),
            bank=[("la date de destruction", "date de destruction", ["détruit le", "destruction", "élimination"], "date"),
                  ("le coût de l'analyse", "coût de l'analyse", ["coût", "prix", "tarif"], "money"),
                  ("un oui/non pour le consentement", "consentement", ["consentement donné", "consentement du patient"], "boolean"),
                  ("le technicien de laboratoire", "technicien de laboratoire", ["technicien", "laborantin"], "person"),
                  ("une priorité (routine, urgente, immédiate)", "priorité", ["urgence"], "choice", ["Routine", "Urgente", "Immédiate"]),
                  ("le rapport du labo en PDF", "rapport du labo", ["rapport", "PDF", "résultats"], "file"),
                  ("des observations détaillées", "observations", ["notes", "remarques", "commentaires"], "long_text")]),
        "es": dict(
            name="Muestra", plural="Muestras", app="Muestras de laboratorio", inn="a las muestras", each="en cada muestra",
            the_pl="las muestras",
            labels={"sample_code": "Código de muestra", "project": "Proyecto", "collected_on": "Recogida el",
                    "sample_type": "Tipo de muestra", "storage": "Almacenamiento", "collected_by": "Recogida por"},
            options={"sample_type": ["Sangre", "Orina", "Tejido"]},
            rm="el campo de almacenamiento", req="el proyecto",
            shared=("las fechas de llegada y de análisis",
                    [("fecha de llegada", ["llegada", "recibida el", "fecha de recepción"], "date"),
                     ("fecha de análisis", ["analizada el", "análisis"], "date")]),
            comp=("quién la validó y cuándo",
                  [("validado por", ["validada por", "validador", "revisado por"], "person"),
                   ("fecha de validación", ["validada el", "validado el"], "date")]),
            bank=[("la fecha de destrucción", "fecha de destrucción", ["destruida el", "destrucción", "eliminación"], "date"),
                  ("el coste del análisis", "coste del análisis", ["coste", "precio", "costo"], "money"),
                  ("un sí/no de consentimiento", "consentimiento", ["consentimiento firmado", "consentimiento del paciente"], "boolean"),
                  ("el técnico de laboratorio", "técnico de laboratorio", ["técnico", "laboratorista"], "person"),
                  ("una prioridad (rutina, urgente, inmediata)", "prioridad", ["urgencia"], "choice", ["Rutina", "Urgente", "Inmediata"]),
                  ("el informe del laboratorio en PDF", "informe del laboratorio", ["informe", "PDF", "resultados"], "file"),
                  ("observaciones largas", "observaciones", ["notas", "comentarios"], "long_text")]),
        "de": dict(
            name="Probe", plural="Proben", app="Laborproben", inn="bei den Proben", each="bei jeder Probe",
            the_pl="die Proben",
            labels={"sample_code": "Probencode", "project": "Projekt", "collected_on": "Entnommen am",
                    "sample_type": "Probenart", "storage": "Lagerort", "collected_by": "Entnommen von"},
            options={"sample_type": ["Blut", "Urin", "Gewebe"]},
            rm="den Lagerort", req="das Projekt",
            shared=("Eingangs- und Analysedatum",
                    [("Eingangsdatum", ["Eingang", "eingegangen am", "Empfangsdatum"], "date"),
                     ("Analysedatum", ["Analyse", "analysiert am"], "date")]),
            comp=("wer sie freigegeben hat und wann",
                  [("freigegeben von", ["Freigabe durch", "Freigeber", "geprüft von"], "person"),
                   ("Freigabedatum", ["freigegeben am", "Datum der Freigabe"], "date")]),
            bank=[("das Vernichtungsdatum", "Vernichtungsdatum", ["vernichtet am", "Vernichtung", "Entsorgung"], "date"),
                  ("die Analysekosten", "Analysekosten", ["Kosten", "Preis"], "money"),
                  ("ein Ja/Nein für Einwilligung", "Einwilligung", ["Einwilligung liegt vor", "Zustimmung", "Einverständnis"], "boolean"),
                  ("den Laboranten", "Laborant", ["Labortechniker", "Techniker"], "person"),
                  ("eine Priorität (Routine, dringend, sofort)", "Priorität", ["Dringlichkeit"], "choice", ["Routine", "Dringend", "Sofort"]),
                  ("den Laborbericht als PDF", "Laborbericht", ["Bericht", "PDF", "Befund"], "file"),
                  ("ausführliche Beobachtungen", "Beobachtungen", ["Notizen", "Bemerkungen", "Anmerkungen"], "long_text")]),
    }))

# ------------------------------------------------------------------ message shapes
# {a} {b} {c}: details; {S}: shared-head phrase; {C}: compound ask; {rm}/{RM}: the field removed; {req}/{REQ}:
# the field made required; {inn} "to the rentals"; {each} "on each rental"; {the_pl} "the rentals".
T = {
    "en": {
        "shared": ["Add {S} {inn}.", "we also need {S} {each}", "Hi, could you add {S} {inn}? Thanks!",
                   "Please record {S} {each}."],
        "compound": ["I also need to know {C}.", "Can we track {C} {each}?", "we want to see {C}",
                     "Hello, for {the_pl} I'd like to record {C}. Thanks"],
        "and2": ["Add {a} and {b} {inn}.", "we also need {a} and {b} {each}", "Could you please add {a} and {b}? Thanks",
                 "pls add {a} and {b}"],
        "aswell": ["Add {a} as well as {b} {inn}.", "Please add {a}, plus {b}.", "We need {a} {each}, and also {b}.",
                   "Can you add {a} along with {b}?"],
        "list3": ["Add {a}, {b} and {c} {inn}.", "we need {a}, {b}, and {c} {each}",
                  "Hi team, please add {a}, {b} and {c}. Cheers", "add {a}, {b}, {c}"],
        "second": ["Add {a} {inn}. We also need {b}.", "Please add {a}; {b} too.", "Add {a}. And {b} as well, please.",
                   "We need {a} {each}. Also {b}."],
        "bullets": ["Changes for {the_pl}:\n- add {a}\n- add {b}", "Please add to {the_pl}:\n- {a}\n- {b}\n- {c}",
                    "Two more things {each}:\n* {a}\n* {b}", "Hi,\ncould you add:\n1. {a}\n2. {b}\nThanks"],
        "add2_rm": ["Add {a} and {b}, and remove {rm}.", "Please drop {rm} and add {a} and {b}.",
                    "{RM} can go. Instead add {a} and {b}.", "remove {rm}, add {a} and {b}"],
        "add2_req": ["Add {a} and {b}, and make {req} required.", "{REQ} should be mandatory; also add {a} and {b}.",
                     "Please add {a} and {b} {inn}. Also {req} must always be filled in.", "add {a} + {b}, {req} required"],
        "shared_req": ["Add {S} {inn} and make {req} required.", "we need {S} {each}; {req} should be mandatory too"],
        "comp_rm": ["I need to know {C}, and please remove {rm}.", "{RM} can go. But we want to see {C}."],
    },
    "fr": {
        "shared": ["Ajoute {S} {inn}.", "il nous faut aussi {S} {each}", "Bonjour, pourriez-vous ajouter {S} {inn} ? Merci",
                   "Merci d'enregistrer {S} {each}."],
        "compound": ["J'ai aussi besoin de savoir {C}.", "On peut noter {C} {each} ?", "on veut savoir {C}",
                     "Bonjour, pour {the_pl} j'aimerais savoir {C}. Merci"],
        "and2": ["Ajoute {a} et {b} {inn}.", "il nous faut aussi {a} et {b} {each}", "Pourriez-vous ajouter {a} et {b} ? Merci",
                 "ajoute {a} et {b} stp"],
        "aswell": ["Ajoute {a} ainsi que {b} {inn}.", "Merci d'ajouter {a}, plus {b}.", "Il faut {a} {each}, et aussi {b}.",
                   "Tu peux ajouter {a} et puis {b} ?"],
        "list3": ["Ajoute {a}, {b} et {c} {inn}.", "il nous faut {a}, {b} et {c} {each}",
                  "Bonjour, merci d'ajouter {a}, {b} et {c}. Bonne journée", "ajoute {a}, {b}, {c}"],
        "second": ["Ajoute {a} {inn}. Il faut aussi {b}.", "Merci d'ajouter {a} ; {b} aussi.",
                   "Ajoute {a}. Et {b} aussi, s'il te plaît.", "Il nous faut {a} {each}. Aussi {b}."],
        "bullets": ["Modifs pour {the_pl} :\n- ajouter {a}\n- ajouter {b}", "Merci d'ajouter :\n- {a}\n- {b}\n- {c}",
                    "Deux choses en plus {each} :\n* {a}\n* {b}", "Bonjour,\npouvez-vous ajouter :\n1. {a}\n2. {b}\nMerci"],
        "add2_rm": ["Ajoute {a} et {b}, et supprime {rm}.", "Merci d'enlever {rm} et d'ajouter {a} et {b}.",
                    "{RM}, on n'en a plus besoin. Ajoute plutôt {a} et {b}.", "supprime {rm}, ajoute {a} et {b}"],
        "add2_req": ["Ajoute {a} et {b}, et rends {req} obligatoire.", "{REQ} doit être obligatoire ; ajoute aussi {a} et {b}.",
                     "Merci d'ajouter {a} et {b} {inn}. Et {req} doit toujours être rempli.", "ajoute {a} + {b}, {req} obligatoire"],
        "shared_req": ["Ajoute {S} {inn} et rends {req} obligatoire.", "il faut {S} {each} ; {req} doit être obligatoire aussi"],
        "comp_rm": ["J'ai besoin de savoir {C}, et supprime {rm} stp.", "{RM}, on n'en a plus besoin. Par contre on veut savoir {C}."],
    },
    "es": {
        "shared": ["Añade {S} {inn}.", "necesitamos también {S} {each}", "Hola, ¿podéis añadir {S} {inn}? Gracias",
                   "Por favor, registrad {S} {each}."],
        "compound": ["También necesito saber {C}.", "¿Podemos apuntar {C} {each}?", "queremos saber {C}",
                     "Hola, en {the_pl} me gustaría saber {C}. Gracias"],
        "and2": ["Añade {a} y {b} {inn}.", "necesitamos también {a} y {b} {each}", "¿Podéis añadir {a} y {b}? Gracias",
                 "añade {a} y {b} porfa"],
        "aswell": ["Añade {a} así como {b} {inn}.", "Por favor, añade {a}, y además {b}.", "Hace falta {a} {each}, y también {b}.",
                   "¿Puedes añadir {a} junto con {b}?"],
        "list3": ["Añade {a}, {b} y {c} {inn}.", "necesitamos {a}, {b} y {c} {each}",
                  "Hola, por favor añadid {a}, {b} y {c}. Un saludo", "añade {a}, {b}, {c}"],
        "second": ["Añade {a} {inn}. También necesitamos {b}.", "Por favor, añade {a}; {b} también.",
                   "Añade {a}. Y {b} también, por favor.", "Necesitamos {a} {each}. También {b}."],
        "bullets": ["Cambios en {the_pl}:\n- añadir {a}\n- añadir {b}", "Por favor, añadid:\n- {a}\n- {b}\n- {c}",
                    "Dos cosas más {each}:\n* {a}\n* {b}", "Hola:\n¿podéis añadir esto?\n1. {a}\n2. {b}\nGracias"],
        "add2_rm": ["Añade {a} y {b}, y quita {rm}.", "Por favor, elimina {rm} y añade {a} y {b}.",
                    "Ya no necesitamos {rm}. Añade mejor {a} y {b}.", "quita {rm}, añade {a} y {b}"],
        "add2_req": ["Añade {a} y {b}, y haz obligatorio {req}.", "{REQ} debe ser obligatorio; añade también {a} y {b}.",
                     "Por favor, añadid {a} y {b} {inn}. Y {req} tiene que rellenarse siempre.", "añade {a} + {b}, {req} obligatorio"],
        "shared_req": ["Añade {S} {inn} y haz obligatorio {req}.", "necesitamos {S} {each}; {req} tiene que ser obligatorio también"],
        "comp_rm": ["Necesito saber {C}, y quita {rm}, por favor.", "Ya no necesitamos {rm}. Eso sí, queremos saber {C}."],
    },
    "de": {
        "shared": ["Füg {inn} noch {S} hinzu.", "wir brauchen {each} auch {S}", "Hallo, könntet ihr {inn} bitte {S} ergänzen? Danke",
                   "Bitte {each} {S} erfassen."],
        "compound": ["Ich muss auch wissen, {C}.", "Können wir {each} festhalten, {C}?", "wir wollen sehen, {C}",
                     "Hallo, {inn} möchte ich noch erfassen, {C}. Danke"],
        "and2": ["Füg {inn} {a} und {b} hinzu.", "wir brauchen {each} noch {a} und {b}", "Könntet ihr bitte {a} und {b} ergänzen? Danke",
                 "bitte {a} und {b} dazu"],
        "aswell": ["Füg {inn} {a} sowie {b} hinzu.", "Bitte {a} ergänzen, plus {b}.", "Wir brauchen {each} {a}, und außerdem {b}.",
                   "Kannst du {a} und dazu noch {b} hinzufügen?"],
        "list3": ["Füg {inn} {a}, {b} und {c} hinzu.", "wir brauchen {each} {a}, {b} und {c}",
                  "Hallo zusammen, bitte {a}, {b} und {c} ergänzen. Viele Grüße", "bitte {a}, {b}, {c} dazu"],
        "second": ["Füg {inn} {a} hinzu. Wir brauchen auch {b}.", "Bitte {a} ergänzen; {b} auch.",
                   "Füg {a} hinzu. Und {b} bitte auch.", "Wir brauchen {each} {a}. Außerdem {b}."],
        "bullets": ["Änderungen {inn}:\n- {a} hinzufügen\n- {b} hinzufügen", "Bitte ergänzen:\n- {a}\n- {b}\n- {c}",
                    "Zwei Sachen noch {each}:\n* {a}\n* {b}", "Hallo,\nkönnt ihr Folgendes ergänzen:\n1. {a}\n2. {b}\nDanke"],
        "add2_rm": ["Füg {a} und {b} hinzu und lösch {rm}.", "Bitte {rm} entfernen und {a} und {b} hinzufügen.",
                    "{RM} brauchen wir nicht mehr. Stattdessen bitte {a} und {b} ergänzen.", "{rm} raus, {a} und {b} rein"],
        "add2_req": ["Füg {a} und {b} hinzu und mach {req} zum Pflichtfeld.", "{REQN} soll Pflicht sein; außerdem {a} und {b} ergänzen.",
                     "Bitte {inn} {a} und {b} ergänzen. Und {reqn} muss immer ausgefüllt werden.", "{a} + {b} dazu, {req} Pflichtfeld"],
        "shared_req": ["Füg {inn} {S} hinzu und mach {req} zum Pflichtfeld.", "wir brauchen {each} {S}; {reqn} soll auch Pflicht sein"],
        "comp_rm": ["Ich muss wissen, {C}. Und {rm} bitte löschen.", "{RM} brauchen wir nicht mehr. Dafür wollen wir sehen, {C}."],
    },
}

CONSTRUCTIONS = ["shared", "compound", "and2", "aswell", "list3", "second", "bullets", "add2_rm", "add2_req",
                 "pair_more"]

rows = []
counter = [0]


def add_op(ek, det):
    np, name, aliases, t = det[:4]
    op = {"op": "add_field", "entity": ek, "name": name, "aliases": aliases, "type": t, "alt_types": ALT[t]}
    if t == "choice":
        op["options"] = det[4]
    return op


def pair_op(ek, det):
    name, aliases, t = det
    return {"op": "add_field", "entity": ek, "name": name, "aliases": aliases, "type": t, "alt_types": ALT[t]}


def build_spec(d, lang):
    L = d["lang"][lang]
    fields = []
    for k, t in d["fields"]:
        fd = {"key": k, "label": L["labels"][k], "type": t}
        if t == "choice":
            fd["options"] = L["options"][k]
        if k == d["fields"][0][0]:
            fd["required"] = True
        fields.append(fd)
    return {"spec": 1, "name": L["app"], "summary": L["app"] + ".",
            "entities": [{"key": d["key"], "name": L["name"], "plural": L["plural"], "fields": fields}]}


def es_and(s):
    """Spanish 'y' is 'e' before an i- sound."""
    import re
    return re.sub(r"\by (?=(i|hi)[^aeouáéó])", "e ", s, flags=re.I)


for di, d in enumerate(D):
    for li, lang in enumerate(("en", "fr", "es", "de")):
        L = d["lang"][lang]
        sp = build_spec(d, lang)
        ek = d["key"]
        bank = L["bank"]
        for ci, cons in enumerate(CONSTRUCTIONS):
            k = di + li + ci
            shape = k % 4
            base = (di * 2 + li * 3 + ci) % 7
            a = bank[base]
            b = bank[(base + 2 + ci % 3) % 7]
            c = bank[(base + 5) % 7]
            vals = dict(inn=L["inn"], each=L["each"], the_pl=L["the_pl"], S=L["shared"][0], C=L["comp"][0],
                        rm=L["rm"], RM=cap(L["rm"]), req=L["req"], REQ=cap(L["req"]),
                        reqn=L.get("req_nom", L["req"]), REQN=cap(L.get("req_nom", L["req"])),
                        a=a[0], b=b[0], c=c[0])
            rm_op = {"op": "remove_field", "entity": ek, "field": d["rm"]}
            req_op = {"op": "set_required", "entity": ek, "field": d["req"], "value": True}
            if cons == "shared":
                tpl = T[lang]["shared"][shape]
                exp = [pair_op(ek, x) for x in L["shared"][1]]
            elif cons == "compound":
                tpl = T[lang]["compound"][shape]
                exp = [pair_op(ek, x) for x in L["comp"][1]]
                if exp[0]["type"] == "boolean":
                    exp[0]["alt_types"] = ["choice"]
            elif cons in ("and2", "aswell", "second"):
                tpl = T[lang][cons][shape]
                exp = [add_op(ek, a), add_op(ek, b)]
            elif cons == "list3":
                tpl = T[lang][cons][shape]
                exp = [add_op(ek, a), add_op(ek, b), add_op(ek, c)]
            elif cons == "bullets":
                tpl = T[lang][cons][shape]
                exp = [add_op(ek, a), add_op(ek, b)] + ([add_op(ek, c)] if "{c}" in tpl else [])
            elif cons == "add2_rm":
                tpl = T[lang][cons][shape]
                exp = [add_op(ek, a), add_op(ek, b), rm_op]
            elif cons == "add2_req":
                tpl = T[lang][cons][shape]
                exp = [add_op(ek, a), add_op(ek, b), req_op]
            else:  # pair_more: a shared pair with a required flag, or a compound ask with a removal
                if (di + li) % 2 == 0:
                    tpl = T[lang]["shared_req"][(di // 2) % 2]
                    exp = [pair_op(ek, x) for x in L["shared"][1]] + [req_op]
                else:
                    tpl = T[lang]["comp_rm"][(di // 2) % 2]
                    exp = [pair_op(ek, x) for x in L["comp"][1]]
                    if exp[0]["type"] == "boolean":
                        exp[0]["alt_types"] = ["choice"]
                    exp.append(rm_op)
            req = tpl.format(**vals)
            if lang == "es":
                req = es_and(req)
            if lang == "fr":
                req = req.replace(" que un ", " qu'un ").replace(" que une ", " qu'une ")
            typo = (di * 10 + li * 3 + ci) % 6 == 5
            if typo:
                req = strip_accents(req).lower().rstrip(".!?")
            counter[0] += 1
            rows.append({"id": f"g27p-{counter[0]:03d}", "lang": lang, "spec": sp, "request": req, "expect": exp,
                         "keep": "all other fields and entities unchanged", "construction": cons, "kind_named": True})

# ------------------------------------------------------------------ added after the first engine run (new shape)
# colon_inline: the request to add said once before a colon, the details after it on the same line   (3 adds)
COLON = {
    "en": ["Could you add: {a}, {b} and {c}?", "please add to {the_pl}: {a}, {b} and {c}"],
    "fr": ["Merci d'ajouter : {a}, {b} et {c}.", "Pourriez-vous ajouter : {a}, {b} et {c} ?"],
    "es": ["Por favor, añadid: {a}, {b} y {c}.", "¿Podéis añadir: {a}, {b} y {c}?"],
    "de": ["Bitte ergänzen: {a}, {b} und {c}.", "Könnt ihr bitte Folgendes ergänzen: {a}, {b} und {c}?"],
}
for di, d in enumerate(D):
    for li, lang in enumerate(("en", "fr", "es", "de")):
        L = d["lang"][lang]
        sp = build_spec(d, lang)
        ek = d["key"]
        bank = L["bank"]
        base = (di * 3 + li * 2 + 1) % 7
        a, b, c = bank[base], bank[(base + 3) % 7], bank[(base + 5) % 7]
        tpl = COLON[lang][(di + li) % 2]
        req = tpl.format(a=a[0], b=b[0], c=c[0], the_pl=L["the_pl"])
        if lang == "es":
            req = es_and(req)
        if (di * 10 + li * 3) % 6 == 5:
            req = strip_accents(req).lower().rstrip(".!?")
        counter[0] += 1
        rows.append({"id": f"g27p-{counter[0]:03d}", "lang": lang, "spec": sp, "request": req,
                     "expect": [add_op(ek, a), add_op(ek, b), add_op(ek, c)],
                     "keep": "all other fields and entities unchanged", "construction": "colon_inline", "kind_named": True})

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
