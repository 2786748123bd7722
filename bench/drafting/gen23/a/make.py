#!/usr/bin/env python3
"""Generated set gen23/a (session 23, improver a): chat edits that ADD A FIELD, and context words that must not
become edits, in English, French and Spanish.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (a makerspace's tool lending, a food bank's volunteer shifts, expense claims, a caterer's
orders, a small vehicle fleet, a conference's talks), each written in the three languages. For each domain a few
"concepts" (a field a person would want added: the kind it goes on, the name an analyst would give it with generous
aliases, the type a careful analyst picks with reasonable alternatives, and the words for it: an indefinite noun
phrase, a definite one and a question clause "when / who / whether / how many / how much …").

Constructions (crossed with the concepts; each concept is said in several of them):
  direct    "add a …" / "ajoute …" / "añade …"
  need      "we also need the …" / "il nous faut aussi …" / "necesitamos también …"
  question  "can we also have …?" / "est-ce qu'on peut avoir … ?" / "¿se puede poner …?"
  vague     "I also need to know when …" / "j'ai aussi besoin de savoir si …" / "necesito saber cuántos …"
  track     "track whether …" / "il faudrait noter qui …" / "hay que apuntar cuándo …"
  reason    an edit followed by a reason ("…, because …", "…, parce que …", "…, porque …")
  polite    greetings, please, thanks, e-mail-like wrapping
  ctx_field a sentence that speaks of an EXISTING field (which must stay as it is), then the edit
  ctx_said  "as we said …" / "comme on l'a dit …" / "como dijimos …" around the edit
  ctx_team  a sentence about the team or the work, then the edit
  two       one vague wish that asks two fields ("who approved it and when")
and a second dimension: the kind named ("… to the loans", "for each loan", "On the loans: …") or left to the words
(only where the field's words belong to one kind, or the app has one kind).
Some rows drop accents, capitals and final punctuation (typed fast).

Run from this folder:  python3 make.py  -> refine.jsonl
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
sys.dont_write_bytecode = True
from make_refine_probe_rb import ent, f, ref  # noqa: E402  (the field and kind helpers of the older refine generators)


def spec(name, summary, ents):
    return {"spec": 1, "name": name, "summary": summary, "entities": ents}


def addf(e, name, type, aliases=(), alt=()):
    return {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type,
            "alt_types": list(alt)}


# ---------------------------------------------------------------- types and their usual alternatives
ALT = {"date": ["datetime"], "person": ["text"], "money": ["decimal"], "integer": ["decimal"],
       "long_text": ["text"], "boolean": [], "file": [], "url": [], "text": [], "phone": [], "email": []}


def C(kind, name, aliases, type, np, dp, wh, obvious=True, alt=None):
    """A concept: np = indefinite noun phrase, dp = definite one, wh = a question clause (or None)."""
    return dict(kind=kind, name=name, aliases=aliases, type=type, alt=ALT[type] if alt is None else alt,
                np=np, dp=dp, wh=wh, obvious=obvious)


# ================================================================ ENGLISH
EN = []
EN.append(dict(
    spec=spec("Tool library", "Members borrow tools from the makerspace.", [
        ent("tool", "Tool", "Tools", [f("name", "Name", "text", required=True),
                                      f("category", "Category", "choice", options=["Power tool", "Hand tool", "Garden"]),
                                      f("location", "Shelf", "text"),
                                      f("condition", "Condition", "choice", options=["Good", "Worn", "Broken"])]),
        ent("loan", "Loan", "Loans", [ref("tool", "Tool", "tool", required=True), f("borrower", "Borrower", "person"),
                                      f("loan_date", "Loan date", "date"), f("due_date", "Due date", "date")]),
        ent("member", "Member", "Members", [f("name", "Name", "text", required=True), f("email", "Email", "email"),
                                            f("membership", "Membership", "choice", options=["Basic", "Full"])])]),
    kinds={"tool": ("tool", "tools"), "loan": ("loan", "loans"), "member": ("member", "members")},
    ctx_field="The due date works fine as it is.",
    ctx_team="Our volunteers check the tools back in on Saturdays.",
    reason="because tools keep coming back late",
    concepts=[
        C("loan", "returned on", ["return date", "date returned", "returned date", "actual return date", "returned"],
          "date", "a return date", "the date the tool came back", "when the tool actually came back"),
        C("loan", "deposit paid", ["deposit", "deposit received", "paid deposit", "deposit taken"], "boolean",
          "a tick box for the deposit", "a yes/no for whether the deposit was paid", "whether the deposit was paid"),
        C("tool", "purchase price", ["price", "cost", "purchase cost", "value", "bought for"], "money",
          "a purchase price", "the purchase price", "how much each tool cost us"),
        C("tool", "manual", ["user manual", "instructions", "manual pdf", "instruction manual"], "file",
          "the manual as a PDF upload", "the PDF of the manual", None),
    ]))
EN.append(dict(
    spec=spec("Food bank rota", "Volunteers and the shifts they cover.", [
        ent("volunteer", "Volunteer", "Volunteers", [f("name", "Name", "text", required=True),
                                                     f("phone", "Phone", "phone"),
                                                     f("availability", "Availability", "text")]),
        ent("shift", "Shift", "Shifts", [f("shift_date", "Date", "date", required=True),
                                         f("site", "Site", "choice", options=["Church hall", "Warehouse"]),
                                         ref("volunteer", "Volunteer", "volunteer")])]),
    kinds={"volunteer": ("volunteer", "volunteers"), "shift": ("shift", "shifts")},
    ctx_field="The availability box is just free text and that's fine.",
    ctx_team="The coordinators plan the rota every Sunday evening.",
    reason="so the coordinators can plan ahead",
    concepts=[
        C("volunteer", "background check", ["background checked", "background check done", "vetted", "dbs check",
                                            "checked"], "boolean",
          "a background check box", "a yes/no for the background check", "whether each volunteer has passed the background check"),
        C("shift", "volunteers needed", ["number of volunteers", "volunteers", "people needed", "headcount",
                                         "needed", "number needed", "volunteers required"], "integer",
          "the number of volunteers needed", "the number of volunteers each shift needs", "how many volunteers each shift needs"),
        C("shift", "shift lead", ["lead", "team leader", "coordinator", "supervisor", "leader", "led by", "lead volunteer"],
          "person", "a shift lead", "the shift lead", "who is leading each shift"),
        C("volunteer", "start date", ["joined", "joined on", "date joined", "started on", "first shift"], "date",
          "a start date", "the date each volunteer started", "when each volunteer started with us"),
    ]))
EN.append(dict(
    spec=spec("Expense claims", "Staff claim back what they paid for work.", [
        ent("claim", "Claim", "Claims", [f("title", "Title", "text", required=True), f("employee", "Employee", "person"),
                                         f("amount", "Amount", "money"), f("spent_on", "Date", "date"),
                                         f("category", "Category", "choice", options=["Travel", "Meals", "Supplies"]),
                                         f("status", "Status", "choice", options=["Submitted", "Approved", "Rejected"])])]),
    kinds={"claim": ("claim", "claims")},
    ctx_field="The category list is fine, don't change it.",
    ctx_team="Finance goes through the claims once a month.",
    reason="because the auditors asked for it",
    concepts=[
        C("claim", "receipt", ["receipt scan", "scan", "receipt photo", "proof", "receipt image", "attachment"], "file",
          "a receipt upload", "a scan of the receipt", None),
        C("claim", "reimbursed", ["paid", "paid out", "refunded", "repaid", "paid back", "reimbursement"], "boolean",
          "a reimbursed tick box", "a yes/no for whether it was paid back", "whether the claim has been paid back"),
        C("claim", "rejection reason", ["reason", "reason for rejection", "refusal reason", "rejection note",
                                        "why rejected"], "long_text",
          "a rejection reason", "the reason a claim was rejected", "why a claim was rejected"),
    ],
    two=[("I also need to know who approved it and when.",
          [addf("claim", "approved by", "person", ["approver", "approved", "authorised by", "signed off by"], ["text"]),
           addf("claim", "approved on", "date", ["approval date", "date approved", "approved date"], ["datetime"])]),
         ("we must see who signed each claim off and on what date",
          [addf("claim", "signed off by", "person", ["approved by", "approver", "sign-off by", "signed off"], ["text"]),
           addf("claim", "sign-off date", "date", ["signed off on", "date signed off", "approval date", "date"], ["datetime"])])]))
EN.append(dict(
    spec=spec("Catering orders", "Orders for events and the clients who place them.", [
        ent("order", "Order", "Orders", [ref("client", "Client", "client", required=True),
                                         f("event_date", "Event date", "date"),
                                         f("menu", "Menu", "choice", options=["Buffet", "Seated", "Canapés"]),
                                         f("total", "Total", "money")]),
        ent("client", "Client", "Clients", [f("name", "Name", "text", required=True), f("email", "Email", "email"),
                                            f("phone", "Phone", "phone")])]),
    kinds={"order": ("order", "orders"), "client": ("client", "clients")},
    ctx_field="The menu list covers what we sell, leave it.",
    ctx_team="The kitchen prints the orders the day before.",
    reason="since the kitchen needs it to plan",
    concepts=[
        C("order", "guests", ["number of guests", "guest count", "headcount", "people", "covers", "number of people",
                              "attendees"], "integer",
          "a number of guests", "the number of guests", "how many people are coming"),
        C("order", "deposit", ["deposit amount", "advance", "down payment", "deposit paid"], "money",
          "a deposit amount", "the deposit amount", "how much deposit the client paid"),
        C("order", "dietary notes", ["dietary requirements", "allergies", "diet notes", "notes", "special requirements",
                                     "dietary needs"], "long_text",
          "a dietary notes box", "the dietary notes", None),
        C("client", "website", ["web site", "site", "homepage", "url", "link", "web address"], "url",
          "a website link", "the client's website", None),
    ]))
EN.append(dict(
    spec=spec("Fleet", "Company vans and their services.", [
        ent("vehicle", "Vehicle", "Vehicles", [f("plate", "Registration", "text", required=True),
                                               f("model", "Model", "text"), f("mileage", "Mileage", "integer")]),
        ent("service", "Service", "Services", [ref("vehicle", "Vehicle", "vehicle", required=True),
                                               f("service_date", "Service date", "date"),
                                               f("garage", "Garage", "text"), f("cost", "Cost", "money")])]),
    kinds={"vehicle": ("vehicle", "vehicles"), "service": ("service", "services")},
    ctx_field="The mileage on the vehicle is updated by hand, that stays.",
    ctx_team="Dave in the office books all the services.",
    reason="because the garage sends everything by email",
    concepts=[
        C("vehicle", "insurance expiry", ["insurance expiry date", "insurance expires", "insurance renewal",
                                          "insurance due", "insurance end date", "insurance"], "date",
          "an insurance expiry date", "the insurance expiry date", "when the insurance runs out"),
        C("service", "invoice", ["invoice pdf", "garage invoice", "bill", "invoice scan"], "file",
          "the garage invoice as an attachment", "the garage's invoice (PDF)", None),
        C("service", "mileage at service", ["odometer", "km", "mileage", "odometer reading", "kilometres",
                                            "service mileage"], "integer",
          "the mileage at the time of the service", "the odometer reading at each service", "what the odometer said at the service",
          obvious=False),
        C("vehicle", "driver", ["assigned driver", "assigned to", "main driver", "driven by"], "person",
          "an assigned driver", "the driver each van is assigned to", "who normally drives each van"),
    ]))
EN.append(dict(
    spec=spec("Conference programme", "Talks and speakers of the yearly conference.", [
        ent("talk", "Talk", "Talks", [f("title", "Title", "text", required=True), f("abstract", "Abstract", "long_text"),
                                      f("slot", "Slot", "datetime"), ref("speaker", "Speaker", "speaker")]),
        ent("speaker", "Speaker", "Speakers", [f("name", "Name", "text", required=True), f("email", "Email", "email"),
                                               f("company", "Company", "text")])]),
    kinds={"talk": ("talk", "talks"), "speaker": ("speaker", "speakers")},
    ctx_field="The abstract box is long enough already.",
    ctx_team="The programme committee meets on Thursday.",
    reason="because people ask for them after the event",
    concepts=[
        C("talk", "slides", ["slide deck", "presentation", "deck", "slides file"], "file",
          "a slides upload", "the slides", None),
        C("talk", "recording link", ["recording", "video link", "video", "recording url", "recording video"], "url",
          "a link to the recording", "the recording link", None),
        C("speaker", "travel booked", ["travel", "travel arranged", "travel sorted", "flights booked", "travel booked?"],
          "boolean", "a travel booked tick box", "a yes/no for travel", "whether each speaker's travel is booked"),
        C("speaker", "speaker fee", ["fee", "honorarium", "payment", "fees"], "money",
          "a speaker fee", "the speaker's fee", "how much we pay each speaker"),
    ]))

# ================================================================ FRENCH
FR = []
FR.append(dict(
    spec=spec("Outilthèque", "Les adhérents empruntent les outils de l'atelier.", [
        ent("outil", "Outil", "Outils", [f("nom", "Nom", "text", required=True),
                                         f("categorie", "Catégorie", "choice", options=["Électroportatif", "Manuel", "Jardin"]),
                                         f("etagere", "Étagère", "text"),
                                         f("etat", "État", "choice", options=["Bon", "Usé", "Cassé"])]),
        ent("emprunt", "Emprunt", "Emprunts", [ref("outil", "Outil", "outil", required=True),
                                               f("emprunteur", "Emprunteur", "person"),
                                               f("date_emprunt", "Date d'emprunt", "date"),
                                               f("date_prevue", "Retour prévu", "date")]),
        ent("adherent", "Adhérent", "Adhérents", [f("nom", "Nom", "text", required=True), f("email", "E-mail", "email"),
                                                  f("formule", "Formule", "choice", options=["Simple", "Complète"])])]),
    kinds={"outil": ("l'outil", "les outils", "aux outils", "chaque outil"),
           "emprunt": ("l'emprunt", "les emprunts", "aux emprunts", "chaque emprunt"),
           "adherent": ("l'adhérent", "les adhérents", "aux adhérents", "chaque adhérent")},
    ctx_field="Le retour prévu, on le garde comme il est.",
    ctx_team="Les bénévoles rangent les outils le samedi.",
    reason="parce que les outils reviennent souvent en retard",
    concepts=[
        C("emprunt", "date de retour", ["rendu le", "retourné le", "date de retour effective", "retour effectif",
                                        "retour", "date rendu"], "date",
          "une date de retour", "la date où l'outil est revenu", "quand l'outil est vraiment revenu"),
        C("emprunt", "caution payée", ["caution", "caution versée", "caution reçue", "caution réglée"], "boolean",
          "une case caution payée", "un oui/non pour la caution", "si la caution a été payée"),
        C("outil", "prix d'achat", ["prix", "coût", "valeur", "coût d'achat", "acheté"], "money",
          "un prix d'achat", "le prix d'achat", "combien chaque outil nous a coûté"),
        C("outil", "notice", ["mode d'emploi", "manuel", "notice pdf", "notice d'utilisation"], "file",
          "la notice en PDF", "le PDF de la notice", None),
    ]))
FR.append(dict(
    spec=spec("Planning banque alimentaire", "Les bénévoles et leurs créneaux.", [
        ent("benevole", "Bénévole", "Bénévoles", [f("nom", "Nom", "text", required=True), f("telephone", "Téléphone", "phone"),
                                                  f("disponibilites", "Disponibilités", "text")]),
        ent("creneau", "Créneau", "Créneaux", [f("date", "Date", "date", required=True),
                                               f("lieu", "Lieu", "choice", options=["Salle paroissiale", "Entrepôt"]),
                                               ref("benevole", "Bénévole", "benevole")])]),
    kinds={"benevole": ("le bénévole", "les bénévoles", "aux bénévoles", "chaque bénévole"),
           "creneau": ("le créneau", "les créneaux", "aux créneaux", "chaque créneau")},
    ctx_field="Les disponibilités restent en texte libre, c'est très bien.",
    ctx_team="Les coordinateurs font le planning le dimanche soir.",
    reason="pour que les coordinateurs puissent anticiper",
    concepts=[
        C("benevole", "casier vérifié", ["vérification", "casier judiciaire", "extrait de casier", "casier",
                                         "vérifié", "contrôle"], "boolean",
          "une case casier vérifié", "un oui/non pour l'extrait de casier", "si l'extrait de casier de chaque bénévole a été vérifié"),
        C("creneau", "bénévoles nécessaires", ["nombre de bénévoles", "bénévoles", "personnes nécessaires",
                                               "effectif", "nombre de personnes", "besoin"], "integer",
          "le nombre de bénévoles nécessaires", "le nombre de bénévoles qu'il faut par créneau",
          "combien de bénévoles il faut sur chaque créneau"),
        C("creneau", "responsable", ["responsable du créneau", "chef d'équipe", "coordinateur", "référent"], "person",
          "un responsable", "le responsable du créneau", "qui est responsable de chaque créneau"),
        C("benevole", "date d'arrivée", ["arrivé le", "date d'entrée", "date de début", "depuis", "début"], "date",
          "une date d'arrivée", "la date d'arrivée de chaque bénévole", "depuis quand chaque bénévole est avec nous"),
    ]))
FR.append(dict(
    spec=spec("Notes de frais", "Les salariés se font rembourser leurs dépenses.", [
        ent("note", "Note de frais", "Notes de frais", [f("objet", "Objet", "text", required=True),
                                                        f("salarie", "Salarié", "person"), f("montant", "Montant", "money"),
                                                        f("date", "Date", "date"),
                                                        f("categorie", "Catégorie", "choice", options=["Transport", "Repas", "Fournitures"]),
                                                        f("statut", "Statut", "choice", options=["Déposée", "Validée", "Refusée"])])]),
    kinds={"note": ("la note de frais", "les notes de frais", "aux notes de frais", "chaque note de frais")},
    ctx_field="La liste des catégories est bien, n'y touchez pas.",
    ctx_team="La compta traite les notes une fois par mois.",
    reason="parce que le commissaire aux comptes l'a demandé",
    concepts=[
        C("note", "justificatif", ["reçu", "ticket", "scan du justificatif", "pièce jointe", "facture", "scan"], "file",
          "un justificatif à joindre", "le scan du justificatif", None),
        C("note", "remboursée", ["remboursé", "payée", "remboursement", "réglée", "payé"], "boolean",
          "une case remboursée", "un oui/non pour le remboursement", "si c'est payé"),
        C("note", "motif du refus", ["motif", "raison du refus", "motif de refus", "raison", "pourquoi refusée"],
          "long_text", "un motif de refus", "le motif du refus", "pourquoi une note a été refusée"),
    ],
    two=[("J'ai aussi besoin de savoir qui l'a validée et quand.",
          [addf("note", "validée par", "person", ["validateur", "approuvée par", "validé par", "valideur"], ["text"]),
           addf("note", "date de validation", "date", ["validée le", "validé le", "date validation"], ["datetime"])]),
         ("il faut qu'on voie qui a signé chaque note et à quelle date",
          [addf("note", "signée par", "person", ["signataire", "validée par", "signé par", "signature"], ["text"]),
           addf("note", "date de signature", "date", ["signée le", "signé le", "date"], ["datetime"])])]))
FR.append(dict(
    spec=spec("Commandes traiteur", "Les commandes pour les événements et les clients.", [
        ent("commande", "Commande", "Commandes", [ref("client", "Client", "client", required=True),
                                                  f("date_evenement", "Date de l'événement", "date"),
                                                  f("formule", "Formule", "choice", options=["Buffet", "Assis", "Cocktail"]),
                                                  f("total", "Total", "money")]),
        ent("client", "Client", "Clients", [f("nom", "Nom", "text", required=True), f("email", "E-mail", "email"),
                                            f("telephone", "Téléphone", "phone")])]),
    kinds={"commande": ("la commande", "les commandes", "aux commandes", "chaque commande"),
           "client": ("le client", "les clients", "aux clients", "chaque client")},
    ctx_field="La formule couvre ce qu'on vend, on la laisse.",
    ctx_team="La cuisine imprime les commandes la veille.",
    reason="car la cuisine en a besoin pour s'organiser",
    concepts=[
        C("commande", "nombre de convives", ["convives", "nombre de personnes", "couverts", "invités",
                                             "nombre d'invités", "personnes"], "integer",
          "un nombre de convives", "le nombre de convives", "combien de personnes viennent"),
        C("commande", "acompte", ["montant de l'acompte", "avance", "arrhes", "acompte versé"], "money",
          "un acompte", "le montant de l'acompte", "combien le client a versé d'acompte"),
        C("commande", "régimes alimentaires", ["allergies", "régimes", "contraintes alimentaires", "remarques",
                                               "notes", "régime alimentaire"], "long_text",
          "une zone pour les régimes alimentaires", "les régimes alimentaires", None),
        C("client", "site web", ["site", "site internet", "lien", "url", "adresse web"], "url",
          "un lien vers le site web", "le site web du client", None),
    ]))
FR.append(dict(
    spec=spec("Parc automobile", "Les véhicules de service et leurs entretiens.", [
        ent("vehicule", "Véhicule", "Véhicules", [f("immatriculation", "Immatriculation", "text", required=True),
                                                  f("modele", "Modèle", "text"), f("kilometrage", "Kilométrage", "integer")]),
        ent("entretien", "Entretien", "Entretiens", [ref("vehicule", "Véhicule", "vehicule", required=True),
                                                     f("date", "Date", "date"), f("garage", "Garage", "text"),
                                                     f("cout", "Coût", "money")])]),
    kinds={"vehicule": ("le véhicule", "les véhicules", "aux véhicules", "chaque véhicule"),
           "entretien": ("l'entretien", "les entretiens", "aux entretiens", "chaque entretien")},
    ctx_field="Le kilométrage du véhicule est mis à jour à la main, ça reste.",
    ctx_team="C'est Sylvie au bureau qui prend les rendez-vous au garage.",
    reason="parce que le garage envoie tout par mail",
    concepts=[
        C("vehicule", "fin d'assurance", ["date de fin d'assurance", "échéance assurance", "assurance",
                                          "expiration assurance", "assurance jusqu'au", "échéance de l'assurance"], "date",
          "une date de fin d'assurance", "la date de fin d'assurance", "quand l'assurance expire"),
        C("entretien", "facture", ["facture pdf", "facture du garage", "pièce jointe"], "file",
          "la facture du garage en pièce jointe", "la facture (PDF) du garage", None),
        C("entretien", "kilométrage à l'entretien", ["kilométrage", "compteur", "km", "relevé compteur",
                                                      "kilométrage relevé"], "integer",
          "le kilométrage au moment de l'entretien", "le relevé du compteur à chaque entretien",
          "ce que disait le compteur à l'entretien", obvious=False),
        C("vehicule", "conducteur", ["conducteur attitré", "chauffeur", "attribué à", "conducteur principal"], "person",
          "un conducteur attitré", "le conducteur attitré", "qui conduit habituellement chaque véhicule"),
    ]))
FR.append(dict(
    spec=spec("Programme du colloque", "Les interventions et les intervenants du colloque annuel.", [
        ent("intervention", "Intervention", "Interventions", [f("titre", "Titre", "text", required=True),
                                                              f("resume", "Résumé", "long_text"),
                                                              f("creneau", "Créneau", "datetime"),
                                                              ref("intervenant", "Intervenant", "intervenant")]),
        ent("intervenant", "Intervenant", "Intervenants", [f("nom", "Nom", "text", required=True),
                                                           f("email", "E-mail", "email"),
                                                           f("organisme", "Organisme", "text")])]),
    kinds={"intervention": ("l'intervention", "les interventions", "aux interventions", "chaque intervention"),
           "intervenant": ("l'intervenant", "les intervenants", "aux intervenants", "chaque intervenant")},
    ctx_field="Le résumé est assez long comme ça.",
    ctx_team="Le comité se réunit jeudi.",
    reason="parce qu'on nous les demande après le colloque",
    concepts=[
        C("intervention", "diaporama", ["présentation", "slides", "support", "diapos", "support de présentation"], "file",
          "le diaporama en fichier", "le diaporama", None),
        C("intervention", "lien de l'enregistrement", ["enregistrement", "lien vidéo", "vidéo", "lien",
                                                       "lien enregistrement"], "url",
          "un lien vers l'enregistrement", "le lien de l'enregistrement", None),
        C("intervenant", "déplacement réservé", ["déplacement", "train réservé", "voyage réservé", "transport réservé",
                                                 "billets"], "boolean",
          "une case déplacement réservé", "un oui/non pour le déplacement", "si le déplacement de chaque intervenant est réservé"),
        C("intervenant", "cachet", ["honoraires", "défraiement", "rémunération", "montant"], "money",
          "un cachet", "le cachet de l'intervenant", "combien on paie chaque intervenant"),
    ]))

# ================================================================ SPANISH
ES = []
ES.append(dict(
    spec=spec("Préstamo de herramientas", "Los socios se llevan herramientas del taller.", [
        ent("herramienta", "Herramienta", "Herramientas", [f("nombre", "Nombre", "text", required=True),
                                                           f("categoria", "Categoría", "choice", options=["Eléctrica", "Manual", "Jardín"]),
                                                           f("estante", "Estante", "text"),
                                                           f("estado", "Estado", "choice", options=["Bueno", "Gastado", "Roto"])]),
        ent("prestamo", "Préstamo", "Préstamos", [ref("herramienta", "Herramienta", "herramienta", required=True),
                                                  f("prestatario", "Prestatario", "person"),
                                                  f("fecha_prestamo", "Fecha de préstamo", "date"),
                                                  f("fecha_prevista", "Devolución prevista", "date")]),
        ent("socio", "Socio", "Socios", [f("nombre", "Nombre", "text", required=True), f("email", "Email", "email"),
                                         f("cuota", "Cuota", "choice", options=["Básica", "Completa"])])]),
    kinds={"herramienta": ("la herramienta", "las herramientas", "a las herramientas", "cada herramienta"),
           "prestamo": ("el préstamo", "los préstamos", "a los préstamos", "cada préstamo"),
           "socio": ("el socio", "los socios", "a los socios", "cada socio")},
    ctx_field="La devolución prevista está bien como está.",
    ctx_team="Los voluntarios recogen las herramientas los sábados.",
    reason="porque las herramientas vuelven tarde muchas veces",
    concepts=[
        C("prestamo", "fecha de devolución", ["devuelto el", "devolución", "fecha devuelta", "devolución real",
                                              "fecha de devolución real"], "date",
          "una fecha de devolución", "la fecha en que volvió la herramienta", "cuándo volvió de verdad la herramienta"),
        C("prestamo", "fianza pagada", ["fianza", "depósito", "fianza cobrada", "fianza abonada"], "boolean",
          "una casilla de fianza pagada", "un sí/no para la fianza", "si se ha pagado la fianza"),
        C("herramienta", "precio de compra", ["precio", "coste", "valor", "costo", "coste de compra"], "money",
          "un precio de compra", "el precio de compra", "cuánto nos costó cada herramienta"),
        C("herramienta", "manual", ["manual de uso", "instrucciones", "manual pdf", "manual de instrucciones"], "file",
          "el manual en PDF", "el PDF del manual", None),
    ]))
ES.append(dict(
    spec=spec("Turnos del banco de alimentos", "Los voluntarios y sus turnos.", [
        ent("voluntario", "Voluntario", "Voluntarios", [f("nombre", "Nombre", "text", required=True),
                                                        f("telefono", "Teléfono", "phone"),
                                                        f("disponibilidad", "Disponibilidad", "text")]),
        ent("turno", "Turno", "Turnos", [f("fecha", "Fecha", "date", required=True),
                                         f("lugar", "Lugar", "choice", options=["Parroquia", "Almacén"]),
                                         ref("voluntario", "Voluntario", "voluntario")])]),
    kinds={"voluntario": ("el voluntario", "los voluntarios", "a los voluntarios", "cada voluntario"),
           "turno": ("el turno", "los turnos", "a los turnos", "cada turno")},
    ctx_field="La disponibilidad sigue siendo texto libre, eso está bien.",
    ctx_team="Los coordinadores hacen el cuadrante los domingos.",
    reason="para que los coordinadores puedan organizarse",
    concepts=[
        C("voluntario", "certificado de antecedentes", ["antecedentes", "certificado", "antecedentes comprobados",
                                                        "certificado entregado", "verificado"], "boolean",
          "una casilla para el certificado de antecedentes", "un sí/no para el certificado de antecedentes",
          "si cada voluntario ha entregado el certificado de antecedentes"),
        C("turno", "voluntarios necesarios", ["número de voluntarios", "voluntarios", "personas necesarias",
                                              "plazas", "número de personas", "necesarios"], "integer",
          "el número de voluntarios necesarios", "el número de voluntarios que hacen falta por turno",
          "cuántos voluntarios hacen falta en cada turno"),
        C("turno", "responsable", ["responsable del turno", "coordinador", "encargado", "jefe de turno"], "person",
          "un responsable", "el responsable del turno", "quién lleva cada turno"),
        C("voluntario", "fecha de alta", ["alta", "fecha de inicio", "desde", "fecha de entrada", "empezó el"], "date",
          "una fecha de alta", "la fecha de alta de cada voluntario", "desde cuándo está cada voluntario con nosotros"),
    ]))
ES.append(dict(
    spec=spec("Gastos de empleados", "El personal pide el reembolso de lo que paga por trabajo.", [
        ent("gasto", "Gasto", "Gastos", [f("concepto", "Concepto", "text", required=True), f("empleado", "Empleado", "person"),
                                         f("importe", "Importe", "money"), f("fecha", "Fecha", "date"),
                                         f("categoria", "Categoría", "choice", options=["Viajes", "Comidas", "Material"]),
                                         f("estado", "Estado", "choice", options=["Enviado", "Aprobado", "Rechazado"])])]),
    kinds={"gasto": ("el gasto", "los gastos", "a los gastos", "cada gasto")},
    ctx_field="La lista de categorías está bien, no la toquéis.",
    ctx_team="Administración revisa los gastos una vez al mes.",
    reason="porque lo pidió la auditoría",
    concepts=[
        C("gasto", "ticket", ["recibo", "justificante", "factura", "foto del ticket", "adjunto", "comprobante"], "file",
          "un adjunto para el ticket", "la foto del ticket", None),
        C("gasto", "reembolsado", ["pagado", "abonado", "reembolso", "devuelto"], "boolean",
          "una casilla de reembolsado", "un sí/no para el reembolso", "si ya se ha pagado"),
        C("gasto", "motivo del rechazo", ["motivo", "razón del rechazo", "motivo de rechazo", "razón", "por qué"],
          "long_text", "un motivo de rechazo", "el motivo del rechazo", "por qué se rechazó un gasto"),
    ],
    two=[("Necesito saber también quién lo aprobó y cuándo.",
          [addf("gasto", "aprobado por", "person", ["aprobador", "autorizado por", "aprobó", "responsable"], ["text"]),
           addf("gasto", "fecha de aprobación", "date", ["aprobado el", "fecha aprobación", "fecha aprobado"], ["datetime"])]),
         ("tenemos que ver quien firmo cada gasto y en que fecha",
          [addf("gasto", "firmado por", "person", ["firmante", "aprobado por", "firma"], ["text"]),
           addf("gasto", "fecha de firma", "date", ["firmado el", "fecha firma", "fecha"], ["datetime"])])]))
ES.append(dict(
    spec=spec("Pedidos de catering", "Pedidos para eventos y los clientes que los hacen.", [
        ent("pedido", "Pedido", "Pedidos", [ref("cliente", "Cliente", "cliente", required=True),
                                            f("fecha_evento", "Fecha del evento", "date"),
                                            f("menu", "Menú", "choice", options=["Bufé", "Sentado", "Cóctel"]),
                                            f("total", "Total", "money")]),
        ent("cliente", "Cliente", "Clientes", [f("nombre", "Nombre", "text", required=True), f("email", "Email", "email"),
                                               f("telefono", "Teléfono", "phone")])]),
    kinds={"pedido": ("el pedido", "los pedidos", "a los pedidos", "cada pedido"),
           "cliente": ("el cliente", "los clientes", "a los clientes", "cada cliente")},
    ctx_field="El menú ya cubre lo que vendemos, dejadlo así.",
    ctx_team="La cocina imprime los pedidos el día antes.",
    reason="ya que la cocina lo necesita para organizarse",
    concepts=[
        C("pedido", "número de invitados", ["invitados", "comensales", "número de personas", "personas", "asistentes",
                                            "cubiertos"], "integer",
          "un número de invitados", "el número de invitados", "cuántas personas vienen"),
        C("pedido", "señal", ["anticipo", "importe de la señal", "adelanto", "señal pagada", "depósito"], "money",
          "una señal", "el importe de la señal", "cuánto pagó el cliente de señal"),
        C("pedido", "dietas especiales", ["alergias", "dietas", "restricciones alimentarias", "observaciones",
                                          "notas", "dieta"], "long_text",
          "un campo para dietas especiales", "las dietas especiales", None),
        C("cliente", "página web", ["web", "sitio web", "enlace", "url", "página"], "url",
          "un enlace a la página web", "la página web del cliente", None),
    ]))
ES.append(dict(
    spec=spec("Flota", "Las furgonetas de la empresa y sus revisiones.", [
        ent("vehiculo", "Vehículo", "Vehículos", [f("matricula", "Matrícula", "text", required=True),
                                                  f("modelo", "Modelo", "text"), f("kilometraje", "Kilometraje", "integer")]),
        ent("revision", "Revisión", "Revisiones", [ref("vehiculo", "Vehículo", "vehiculo", required=True),
                                                   f("fecha", "Fecha", "date"), f("taller", "Taller", "text"),
                                                   f("coste", "Coste", "money")])]),
    kinds={"vehiculo": ("el vehículo", "los vehículos", "a los vehículos", "cada vehículo"),
           "revision": ("la revisión", "las revisiones", "a las revisiones", "cada revisión")},
    ctx_field="El kilometraje del vehículo se actualiza a mano, eso se queda.",
    ctx_team="Pepa en la oficina pide cita en el taller.",
    reason="porque el taller lo manda todo por correo",
    concepts=[
        C("vehiculo", "vencimiento del seguro", ["fin del seguro", "seguro", "caducidad del seguro", "fecha del seguro",
                                                 "seguro hasta", "vencimiento"], "date",
          "una fecha de vencimiento del seguro", "el vencimiento del seguro", "cuándo vence el seguro"),
        C("revision", "factura", ["factura pdf", "factura del taller", "adjunto"], "file",
          "la factura del taller como adjunto", "la factura (PDF) del taller", None),
        C("revision", "kilometraje en la revisión", ["kilometraje", "cuentakilómetros", "km", "lectura",
                                                     "kilómetros"], "integer",
          "el kilometraje en el momento de la revisión", "la lectura del cuentakilómetros en cada revisión",
          "qué marcaba el cuentakilómetros en la revisión", obvious=False),
        C("vehiculo", "conductor", ["conductor habitual", "chófer", "asignado a", "conductor asignado"], "person",
          "un conductor asignado", "el conductor asignado", "quién conduce normalmente cada furgoneta"),
    ]))
ES.append(dict(
    spec=spec("Programa del congreso", "Las ponencias y los ponentes del congreso anual.", [
        ent("ponencia", "Ponencia", "Ponencias", [f("titulo", "Título", "text", required=True),
                                                  f("resumen", "Resumen", "long_text"),
                                                  f("horario", "Horario", "datetime"),
                                                  ref("ponente", "Ponente", "ponente")]),
        ent("ponente", "Ponente", "Ponentes", [f("nombre", "Nombre", "text", required=True), f("email", "Email", "email"),
                                               f("institucion", "Institución", "text")])]),
    kinds={"ponencia": ("la ponencia", "las ponencias", "a las ponencias", "cada ponencia"),
           "ponente": ("el ponente", "los ponentes", "a los ponentes", "cada ponente")},
    ctx_field="El resumen ya es bastante largo.",
    ctx_team="El comité se reúne el jueves.",
    reason="porque nos las piden después del congreso",
    concepts=[
        C("ponencia", "diapositivas", ["presentación", "transparencias", "slides", "archivo de la presentación"], "file",
          "las diapositivas como archivo", "las diapositivas", None),
        C("ponencia", "enlace a la grabación", ["grabación", "enlace del vídeo", "vídeo", "enlace", "link"], "url",
          "un enlace a la grabación", "el enlace de la grabación", None),
        C("ponente", "viaje reservado", ["viaje", "billetes", "transporte reservado", "viaje gestionado"], "boolean",
          "una casilla de viaje reservado", "un sí/no para el viaje", "si el viaje de cada ponente está reservado"),
        C("ponente", "honorarios", ["caché", "pago", "remuneración", "importe"], "money",
          "unos honorarios", "los honorarios del ponente", "cuánto pagamos a cada ponente"),
    ]))


# ================================================================ templates
def cap(s):
    return s[:1].upper() + s[1:]


def kp(lang, d, key):
    """kind phrases: (sg, pl, to_pl, each, the_pl)"""
    k = d["kinds"][key]
    if lang == "en":
        sg, pl = k
        return dict(sg=sg, pl=pl, the_pl="the " + pl, to_pl="to the " + pl, each="each " + sg,
                    for_each="for each " + sg, on_pl="On the " + pl)
    sg, the_pl, to_pl, each = k
    if lang == "fr":
        return dict(sg=sg, pl=the_pl, the_pl=the_pl, to_pl=to_pl, each=each, for_each="pour " + each,
                    on_pl="Pour " + the_pl)
    return dict(sg=sg, pl=the_pl, the_pl=the_pl, to_pl=to_pl, each=each, for_each="para " + each,
                on_pl="En " + the_pl)


# Each template: (construction, uses) where uses says which words it needs: np, dp or wh.
# {K} is a kind phrase after the noun (" to the loans", " for each loan") or "" when the kind is left to the words;
# {KH} is a heading "On the loans: " or "".
T = {
    "en": [
        ("direct", "np", "Add {np}{K}."),
        ("direct", "np", "{KH}add {np}"),
        ("direct", "np", "please add {np}{K}"),
        ("need", "dp", "We also need {dp}{K}."),
        ("need", "dp", "{KH}we'd need {dp} as well"),
        ("question", "np", "Can we also have {np}{K}?"),
        ("question", "wh", "Can we also see {wh}?"),
        ("question", "np", "Could you put {np}{K}?"),
        ("vague", "wh", "I also need to know {wh}."),
        ("vague", "wh", "It would be good to know {wh}."),
        ("track", "wh", "Please track {wh}."),
        ("track", "dp", "We should keep {dp}{K} too."),
        ("reason", "np", "Add {np}{K}, {reason}."),
        ("reason", "dp", "{KH}we need {dp}, {reason}"),
        ("polite", "np", "Hi! Could you add {np}{K}? Thanks a lot :)"),
        ("polite", "np", "Hello team,\nplease add {np}{K}.\nThanks,\nJo"),
        ("ctx_field", "np", "{ctx_field} Just add {np}{K}."),
        ("ctx_said", "dp", "As we said on Tuesday, we need {dp}{K}."),
        ("ctx_said", "np", "Like we discussed, add {np}{K}. Thanks!"),
        ("ctx_team", "np", "{ctx_team} Could you add {np}{K}?"),
        ("ctx_team", "dp", "{ctx_team} They also need {dp}{K}."),
    ],
    "fr": [
        ("direct", "np", "Ajoute {np}{K}."),
        ("direct", "np", "{KH}ajouter {np}"),
        ("direct", "np", "Ajoutez {np}{K} svp"),
        ("need", "dp", "Il nous faut aussi {dp}{K}."),
        ("need", "dp", "{KH}il faudrait aussi {dp}"),
        ("question", "np", "Est-ce qu'on peut avoir {np}{K} ?"),
        ("question", "wh", "Est-ce qu'on pourrait voir {wh} ?"),
        ("question", "np", "Vous pouvez mettre {np}{K} ?"),
        ("vague", "wh", "J'ai aussi besoin de savoir {wh}."),
        ("vague", "wh", "Ce serait bien de savoir {wh}."),
        ("track", "wh", "Il faudrait noter {wh}."),
        ("track", "dp", "On doit garder {dp}{K} aussi."),
        ("reason", "np", "Ajoute {np}{K}, {reason}."),
        ("reason", "dp", "{KH}il nous faut {dp}, {reason}"),
        ("polite", "np", "Bonjour, pourriez-vous ajouter {np}{K} ? Merci beaucoup !"),
        ("polite", "np", "Bonjour à tous,\nmerci d'ajouter {np}{K}.\nBonne journée,\nClaire"),
        ("ctx_field", "np", "{ctx_field} Ajoutez juste {np}{K}."),
        ("ctx_said", "dp", "Comme on l'a dit mardi, il nous faut {dp}{K}."),
        ("ctx_said", "np", "Comme convenu, ajoute {np}{K}. Merci !"),
        ("ctx_team", "np", "{ctx_team} Vous pouvez ajouter {np}{K} ?"),
        ("ctx_team", "dp", "{ctx_team} Il leur faut aussi {dp}{K}."),
    ],
    "es": [
        ("direct", "np", "Añade {np}{K}."),
        ("direct", "np", "{KH}añadir {np}"),
        ("direct", "np", "agrega {np}{K} porfa"),
        ("need", "dp", "Necesitamos también {dp}{K}."),
        ("need", "dp", "{KH}nos hace falta también {dp}"),
        ("question", "np", "¿Se puede poner {np}{K}?"),
        ("question", "wh", "¿Podemos ver también {wh}?"),
        ("question", "np", "¿Podrías añadir {np}{K}?"),
        ("vague", "wh", "Necesito saber también {wh}."),
        ("vague", "wh", "Estaría bien saber {wh}."),
        ("track", "wh", "Hay que apuntar {wh}."),
        ("track", "dp", "Queremos guardar {dp}{K} también."),
        ("reason", "np", "Añade {np}{K}, {reason}."),
        ("reason", "dp", "{KH}necesitamos {dp}, {reason}"),
        ("polite", "np", "Hola, ¿podrías añadir {np}{K}? ¡Muchas gracias!"),
        ("polite", "np", "Buenos días:\npor favor, añadid {np}{K}.\nUn saludo,\nMarta"),
        ("ctx_field", "np", "{ctx_field} Solo añade {np}{K}."),
        ("ctx_said", "dp", "Como dijimos el martes, necesitamos {dp}{K}."),
        ("ctx_said", "np", "Lo que hablamos: añade {np}{K}. ¡Gracias!"),
        ("ctx_team", "np", "{ctx_team} ¿Puedes añadir {np}{K}?"),
        ("ctx_team", "dp", "{ctx_team} También les hace falta {dp}{K}."),
    ],
}
TWO_FRAMES = {
    "en": ["{s}", "Hi, {s} Thanks!"],
    "fr": ["{s}", "Bonjour, {s} Merci !"],
    "es": ["{s}", "Hola, {s} ¡Gracias!"],
}


def strip_accents(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def sloppy(s):
    s = strip_accents(s).lower().replace("¿", "").replace("¡", "")
    return s.rstrip(".!?") if not s.endswith(":)") else s


rows = []


def emit(lang, sp, req, expect, construction, kind_named):
    rows.append({"id": f"g23a-{len(rows) + 1:03d}", "lang": lang, "spec": sp, "request": req, "expect": expect,
                 "keep": "all other fields and entities unchanged",
                 "construction": construction, "kind_named": kind_named})


ORDER = ["direct", "need", "question", "vague", "track", "reason", "polite", "ctx_field", "ctx_said", "ctx_team"]
for lang, domains in (("en", EN), ("fr", FR), ("es", ES)):
    tpls = T[lang]
    by_cons = {c: [t for t in tpls if t[0] == c] for c in ORDER}
    turn = {c: 0 for c in ORDER}
    cursor = 0
    n = 0
    for di, d in enumerate(domains):
        single = len(d["spec"]["entities"]) == 1
        for ci, c in enumerate(d["concepts"]):
            # four constructions per concept, taken in turn from the cycle so every construction gets its share
            picked = []
            while len(picked) < 4:
                cons = ORDER[cursor % len(ORDER)]
                cursor += 1
                usable = [t for t in by_cons[cons] if t[1] != "wh" or c["wh"]]
                if not c["obvious"]:
                    usable = [t for t in usable if t[1] != "wh"] or usable
                if not usable:
                    continue
                picked.append(usable[turn[cons] % len(usable)])
                turn[cons] += 1
            for j, (cons, use, tpl) in enumerate(picked):
                n += 1
                k = kp(lang, d, c["kind"])
                name_kind = (not c["obvious"]) or (not single and (n % 2 == 0))
                if use == "wh":
                    name_kind = False       # the clause names the thing itself
                if "{KH}" in tpl:
                    K, KH = "", (k["on_pl"] + (": " if lang != "fr" else " : ")) if name_kind else ""
                else:
                    K = (" " + (k["to_pl"] if j % 2 == 0 else k["for_each"])) if name_kind else ""
                    KH = ""
                req = tpl.format(np=c["np"], dp=c["dp"], wh=c["wh"], K=K, KH=KH, reason=d["reason"],
                                 ctx_field=d["ctx_field"], ctx_team=d["ctx_team"])
                req = cap(req) if not req.startswith(("please", "add", "ajouter", "añadir", "agrega")) else req
                if n % 6 == 3:
                    req = sloppy(req)
                emit(lang, d["spec"], req,
                     [addf(c["kind"], c["name"], c["type"], c["aliases"], c["alt"])], cons, name_kind)
        for ti, (s, ops) in enumerate(d.get("two", [])):
            for frame in TWO_FRAMES[lang]:
                said = s if frame == "{s}" or lang == "en" else s[:1].lower() + s[1:]
                emit(lang, d["spec"], frame.format(s=said), ops, "two", False)

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
