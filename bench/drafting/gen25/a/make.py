#!/usr/bin/env python3
"""Generated set gen25/a (session 25, improver a): fields said as a clause, by the verb family, in drafts and in
chat edits, in English, French, Spanish and German.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
A person rarely names a field such as "Approval date"; they say what they want to know: "who approved it and when",
"how much it cost", "why it was turned down", "whether the client paid".  The field an analyst makes is the
nominalised verb with the question word:

  who + approve      -> Approved by (person)        when + approve    -> Approval date (date)
  where + keep       -> Storage location (text)     how much + cost   -> Cost (money)
  why + reject       -> Rejection reason (long text) how many + deliver -> Quantity delivered (integer)
  whether + pay      -> Paid (yes/no)

Office verbs (approve, sign, return, ship, deliver, receive, pay, reject, cancel, close, review, inspect, install,
repair, book, check out, hand over, order, keep, cost) crossed with the question words and nine domains of my own
(lab samples, museum artworks, purchase requests, print jobs, workshop machines, room bookings, school textbooks,
contracts, catering orders).  Constructions (the question word; "who_when" is "who approved it and when"):
  who, when, who_when, where, how_much, why, how_many, whether
Frames vary the register (need-to-know, record/track, polite e-mail, terse, typed fast without accents).
refine.jsonl: the clause added to a spec of one or two kinds (the kind named "for each K" in some rows).
draft.jsonl: a request naming the kind and its plain details, then the clause (or the clause inside the list).

  python3 make.py     # writes refine.jsonl and draft.jsonl beside this file
Standard library only; deterministic.
"""
import json, os, random, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2525)
LANGS = ("en", "fr", "es", "de")
ALT = {"date": ["datetime"], "person": ["text"], "money": ["decimal"], "integer": ["decimal"],
       "long_text": ["text"], "boolean": ["choice"], "text": ["long_text"]}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ------------------------------------------------------------------ gold fields (name, aliases in four languages)
G = {
    "approve.who": ("approved by", ["approver", "approval by", "signed off by", "approuvé par", "validé par",
                                   "validateur", "approbateur", "aprobado por", "aprobador", "autorizado por",
                                   "freigegeben von", "genehmigt von", "Freigabe durch", "Genehmiger"], "person"),
    "approve.when": ("approval date", ["date approved", "approved on", "date de validation", "date d'approbation",
                                      "validé le", "approuvé le", "fecha de aprobación", "aprobado el",
                                      "Freigabedatum", "Genehmigungsdatum", "freigegeben am", "genehmigt am"], "date"),
    "keep.where": ("storage location", ["location", "kept at", "stored at", "storage", "emplacement",
                                        "lieu de rangement", "rangement", "lieu de stockage", "ubicación",
                                        "lugar de almacenamiento", "almacenamiento", "Lagerort", "Aufbewahrungsort",
                                        "Standort", "Ablageort"], "text"),
    "cost.how_much": ("cost", ["price", "amount", "coût", "prix", "montant", "costo", "coste", "precio", "importe",
                               "Kosten", "Preis", "Betrag"], "money"),
    "reject.why": ("rejection reason", ["reason for rejection", "reason rejected", "reason", "motif du refus",
                                        "raison du refus", "motif de refus", "motivo del rechazo", "motivo de rechazo",
                                        "razón del rechazo", "Ablehnungsgrund", "Grund der Ablehnung", "Grund"],
                   "long_text"),
    "return.when": ("return date", ["returned on", "date returned", "date de retour", "retour le", "rendu le",
                                    "fecha de devolución", "fecha de regreso", "devuelto el", "Rückgabedatum",
                                    "Rückgabe", "zurück am", "Rückkehrdatum"], "date"),
    "sign.who": ("signed by", ["signatory", "signer", "signature", "signé par", "signataire", "firmado por",
                               "firmante", "unterschrieben von", "Unterzeichner", "unterzeichnet von"], "person"),
    "deliver.how_many": ("quantity delivered", ["delivered quantity", "number delivered", "delivered",
                                                "quantité livrée", "nombre livré", "cantidad entregada",
                                                "número entregado", "entregados", "gelieferte Menge", "Liefermenge",
                                                "Anzahl geliefert"], "integer"),
    "deliver.when": ("delivery date", ["delivered on", "date delivered", "date de livraison", "livré le",
                                       "fecha de entrega", "entregado el", "Lieferdatum", "geliefert am"], "date"),
    "pay.whether": ("paid", ["payment received", "has paid", "is paid", "payé", "réglé", "paiement reçu", "pagado",
                             "pago recibido", "bezahlt", "Zahlung erhalten", "Zahlungseingang"], "boolean"),
    "pay.how_much": ("amount paid", ["paid amount", "payment", "amount", "montant payé", "montant réglé", "montant",
                                     "importe pagado", "monto pagado", "importe", "bezahlter Betrag", "gezahlter Betrag",
                                     "Betrag"], "money"),
    "ship.when": ("shipping date", ["shipped on", "ship date", "date shipped", "dispatch date", "date d'expédition",
                                    "expédié le", "date d'envoi", "fecha de envío", "enviado el", "Versanddatum",
                                    "verschickt am", "versendet am"], "date"),
    "inspect.who": ("inspected by", ["inspector", "checked by", "inspecté par", "inspecteur", "contrôlé par",
                                     "inspeccionado por", "inspector", "geprüft von", "Prüfer", "inspiziert von"],
                    "person"),
    "inspect.when": ("inspection date", ["inspected on", "date inspected", "date d'inspection", "inspecté le",
                                         "date du contrôle", "fecha de inspección", "inspeccionado el", "Prüfdatum",
                                         "geprüft am", "Inspektionsdatum"], "date"),
    "cancel.why": ("cancellation reason", ["reason for cancellation", "reason", "motif d'annulation",
                                           "raison de l'annulation", "motivo de cancelación", "motivo de la cancelación",
                                           "Stornierungsgrund", "Storno-Grund", "Grund"], "long_text"),
    "receive.who": ("received by", ["recipient", "receiver", "reçu par", "réceptionné par", "destinataire",
                                    "recibido por", "receptor", "empfangen von", "Empfänger", "entgegengenommen von"],
                    "person"),
    "receive.when": ("received date", ["received on", "date received", "reception date", "date de réception",
                                       "reçu le", "fecha de recepción", "recibido el", "Eingangsdatum",
                                       "Empfangsdatum", "erhalten am", "entgegengenommen am"], "date"),
    "install.where": ("installation location", ["location", "installed at", "installed in", "lieu d'installation",
                                                "emplacement", "installé à", "ubicación", "lugar de instalación",
                                                "instalado en", "Aufstellungsort", "Installationsort", "Standort"],
                      "text"),
    "repair.how_much": ("repair cost", ["cost of repair", "cost", "repair price", "coût de la réparation",
                                        "coût de réparation", "coût", "costo de reparación", "coste de la reparación",
                                        "costo", "Reparaturkosten", "Kosten"], "money"),
    "review.when": ("review date", ["reviewed on", "last reviewed", "date reviewed", "date de révision",
                                    "révisé le", "date de relecture", "fecha de revisión", "revisado el",
                                    "Überprüfungsdatum", "überprüft am", "Prüfdatum"], "date"),
    "close.when": ("closing date", ["closed on", "date closed", "closure date", "date de clôture", "clôturé le",
                                    "fecha de cierre", "cerrado el", "Abschlussdatum", "abgeschlossen am"], "date"),
    "book.who": ("booked by", ["booker", "reserved by", "réservé par", "réservant", "reservado por", "gebucht von",
                               "Bucher", "reserviert von"], "person"),
    "checkout.who": ("borrower", ["checked out by", "borrowed by", "emprunteur", "emprunté par", "prestatario",
                                  "prestado a", "sacado por", "Ausleiher", "ausgeliehen von", "Entleiher"], "person"),
    "handover.when": ("handover date", ["handed over on", "date handed over", "date de remise", "remis le",
                                        "fecha de entrega", "entregado el", "Übergabedatum", "übergeben am"], "date"),
    "order.how_many": ("quantity ordered", ["ordered quantity", "number ordered", "quantity", "quantité commandée",
                                            "quantité", "cantidad pedida", "cantidad", "bestellte Menge", "Bestellmenge",
                                            "Menge"], "integer"),
    "book.when": ("booking date", ["booked on", "date booked", "reservation date", "date de réservation",
                                   "réservé le", "fecha de reserva", "reservado el", "Buchungsdatum", "gebucht am"],
                  "date"),
    "checkout.when": ("checkout date", ["checked out on", "borrowed on", "loan date", "date d'emprunt",
                                        "emprunté le", "date de prêt", "fecha de préstamo", "prestado el",
                                        "Ausleihdatum", "ausgeliehen am"], "date"),
    "sign.when": ("signature date", ["signed on", "date signed", "signing date", "date de signature", "signé le",
                                     "fecha de firma", "firmado el", "Unterschriftsdatum", "unterschrieben am",
                                     "Datum der Unterzeichnung"], "date"),
}
# French labels agree with a feminine kind as often as not ("Validée par" on a request): both spellings are right
for _k, (_n, _al, _t) in list(G.items()):
    _fem = [re.sub(r"^(\S+[éu])( par| le)$", r"\1e\2", a) for a in _al if re.match(r"^\S+[éu] (par|le)$", a)]
    G[_k] = (_n, _al + [x for x in _fem if x not in _al], _t)
CONS = {"who": "who", "when": "when", "where": "where", "how_much": "how_much", "why": "why",
        "how_many": "how_many", "whether": "whether"}

# ------------------------------------------------------------------ the clauses, per language
# placeholders: {it} en pronoun; fr {l} "l'", {e} participle agreement, {il} il/elle; es {lo} lo/la, {o} o/a;
# de {es} es/ihn/sie (accusative), {er} er/sie/es (nominative); {sg} the kind's singular, {jed} jeder/jede/jedes
CL = {
    "approve.who": dict(en="who approved {it}", fr="qui {l}a validé{e}", es="quién {lo} aprobó",
                        de="wer {es} freigegeben hat"),
    "approve.when": dict(en="when {it} was approved", fr="quand {il} a été approuvé{e}", es="cuándo se aprobó",
                         de="wann {er} genehmigt wurde"),
    "keep.where": dict(en="where each {sg} is kept", fr="où chaque {sg} est rangé{e}", es="dónde se guarda cada {sg}",
                       de="wo {jed} {sg} aufbewahrt wird"),
    "cost.how_much": dict(en="how much {it} cost", fr="combien {ca} a coûté", es="cuánto costó",
                          de="wie viel {er} gekostet hat"),
    "reject.why": dict(en="why {it} was turned down", fr="pourquoi {il} a été refusé{e}", es="por qué se rechazó",
                       de="warum {er} abgelehnt wurde"),
    "return.when": dict(en="when {it} came back", fr="quand {il} est revenu{e}", es="cuándo volvió",
                        de="wann {er} zurückkam"),
    "sign.who": dict(en="who signed for {it}", fr="qui {l}a signé{e}", es="quién {lo} firmó",
                     de="wer {es} unterschrieben hat"),
    "deliver.how_many": dict(en="how many were delivered", fr="combien ont été livrés", es="cuántos se entregaron",
                             de="wie viele geliefert wurden"),
    "deliver.when": dict(en="when {it} was delivered", fr="quand {il} a été livré{e}", es="cuándo se entregó",
                         de="wann {er} geliefert wurde"),
    "pay.whether": dict(en="whether the client paid", fr="si le client a payé", es="si el cliente pagó",
                        de="ob der Kunde bezahlt hat"),
    "pay.how_much": dict(en="how much the client paid", fr="combien le client a payé", es="cuánto pagó el cliente",
                         de="wie viel der Kunde bezahlt hat"),
    "ship.when": dict(en="when {it} was shipped", fr="quand {il} a été expédié{e}", es="cuándo se envió",
                      de="wann {er} verschickt wurde"),
    "inspect.who": dict(en="who inspected {it}", fr="qui {l}a inspecté{e}", es="quién {lo} inspeccionó",
                        de="wer {es} geprüft hat"),
    "inspect.when": dict(en="when {it} was inspected", fr="quand {il} a été inspecté{e}", es="cuándo se inspeccionó",
                         de="wann {er} geprüft wurde"),
    "cancel.why": dict(en="why {it} was cancelled", fr="pourquoi {il} a été annulé{e}", es="por qué se canceló",
                       de="warum {er} storniert wurde"),
    "receive.who": dict(en="who received {it}", fr="qui {l}a reçu{e}", es="quién {lo} recibió",
                        de="wer {es} entgegengenommen hat"),
    "receive.when": dict(en="when {it} was received", fr="quand {il} a été reçu{e}", es="cuándo se recibió",
                         de="wann {er} eingegangen ist"),
    "install.where": dict(en="where {it} was installed", fr="où {il} a été installé{e}", es="dónde se instaló",
                          de="wo {er} installiert wurde"),
    "repair.how_much": dict(en="how much the repair cost", fr="combien a coûté la réparation",
                            es="cuánto costó la reparación", de="wie viel die Reparatur gekostet hat"),
    "review.when": dict(en="when {it} was last reviewed", fr="quand {il} a été révisé{e} pour la dernière fois",
                        es="cuándo se revisó por última vez", de="wann {er} zuletzt überprüft wurde"),
    "close.when": dict(en="when {it} was closed", fr="quand {il} a été clôturé{e}", es="cuándo se cerró",
                       de="wann {er} abgeschlossen wurde"),
    "book.who": dict(en="who booked {it}", fr="qui {l}a réservé{e}", es="quién {lo} reservó",
                     de="wer {es} gebucht hat"),
    "checkout.who": dict(en="who checked {it} out", fr="qui {l}a emprunté{e}", es="quién se {lo} llevó prestad{o}",
                         de="wer {es} ausgeliehen hat"),
    "handover.when": dict(en="when {it} was handed over", fr="quand {il} a été remis{e}", es="cuándo se entregó",
                          de="wann {er} übergeben wurde"),
    "order.how_many": dict(en="how many were ordered", fr="combien ont été commandés", es="cuántos se pidieron",
                           de="wie viele bestellt wurden"),
}
# "who … and when": the who-clause, then "and when"
AND_WHEN = dict(en="{c} and when", fr="{c} et quand", es="{c} y cuándo", de="{c} und wann")
AND = dict(en=" and ", fr=" et ", es=" y ", de=" und ")


def kind(key, en, fr, es, de, fields, clauses, pairs=()):
    """en (sg, pl); fr (sg, pl, m/f); es (sg, pl, m/f); de (sg, pl, m/f/n); fields: (key, label by lang, type);
    clauses: the verb clauses that fit the kind; pairs: verbs said as 'who … and when'."""
    return dict(key=key, en=en, fr=fr, es=es, de=de, fields=fields, clauses=clauses, pairs=pairs)


def FL(key, en, fr, es, de, typ):
    return dict(key=key, en=en, fr=fr, es=es, de=de, type=typ)


DOMAINS = [
    kind("sample", ("sample", "samples"), ("échantillon", "échantillons", "m"), ("muestra", "muestras", "f"),
         ("Probe", "Proben", "f"),
         [FL("code", "Sample code", "Code de l'échantillon", "Código de muestra", "Probencode", "text"),
          FL("collected_on", "Collected on", "Prélevé le", "Fecha de toma", "Entnahmedatum", "date"),
          FL("material", "Material", "Matériau", "Material", "Material", "text")],
         ["keep.where", "reject.why", "receive.who", "inspect.when", "ship.when"], pairs=["receive"]),
    kind("artwork", ("artwork", "artworks"), ("œuvre", "œuvres", "f"), ("obra", "obras", "f"),
         ("Kunstwerk", "Kunstwerke", "n"),
         [FL("title", "Title", "Titre", "Título", "Titel", "text"),
          FL("artist", "Artist", "Artiste", "Artista", "Künstler", "text"),
          FL("year", "Year", "Année", "Año", "Jahr", "integer")],
         ["keep.where", "return.when", "sign.who", "ship.when", "approve.who", "cost.how_much"], pairs=["approve"]),
    kind("purchase_request", ("purchase request", "purchase requests"), ("demande d'achat", "demandes d'achat", "f"),
         ("solicitud de compra", "solicitudes de compra", "f"), ("Bestellanforderung", "Bestellanforderungen", "f"),
         [FL("item", "Item", "Article", "Artículo", "Artikel", "text"),
          FL("supplier", "Supplier", "Fournisseur", "Proveedor", "Lieferant", "text"),
          FL("requested_by", "Requested by", "Demandé par", "Solicitado por", "Angefordert von", "person")],
         ["approve.when", "reject.why", "cost.how_much", "deliver.how_many", "order.how_many", "receive.who"],
         pairs=["approve"]),
    kind("print_job", ("print job", "print jobs"), ("commande d'impression", "commandes d'impression", "f"),
         ("pedido de impresión", "pedidos de impresión", "m"), ("Druckauftrag", "Druckaufträge", "m"),
         [FL("client", "Client", "Client", "Cliente", "Kunde", "text"),
          FL("format", "Format", "Format", "Formato", "Format", "text"),
          FL("copies", "Copies", "Exemplaires", "Copias", "Exemplare", "integer")],
         ["pay.whether", "pay.how_much", "deliver.how_many", "ship.when", "cancel.why", "approve.who"],
         pairs=["approve"]),
    kind("machine", ("machine", "machines"), ("machine", "machines", "f"), ("máquina", "máquinas", "f"),
         ("Maschine", "Maschinen", "f"),
         [FL("name", "Name", "Nom", "Nombre", "Name", "text"),
          FL("serial_number", "Serial number", "Numéro de série", "Número de serie", "Seriennummer", "text"),
          FL("brand", "Brand", "Marque", "Marca", "Marke", "text")],
         ["install.where", "inspect.who", "repair.how_much", "return.when", "handover.when", "cost.how_much"],
         pairs=["inspect"]),
    kind("booking", ("booking", "bookings"), ("réservation", "réservations", "f"), ("reserva", "reservas", "f"),
         ("Buchung", "Buchungen", "f"),
         [FL("room", "Room", "Salle", "Sala", "Raum", "text"),
          FL("date", "Date", "Date", "Fecha", "Datum", "date"),
          FL("attendees", "Attendees", "Participants", "Asistentes", "Teilnehmer", "integer")],
         ["book.who", "cancel.why", "pay.whether", "pay.how_much", "approve.who"], pairs=["approve", "book"]),
    kind("textbook", ("textbook", "textbooks"), ("manuel", "manuels", "m"), ("libro de texto", "libros de texto", "m"),
         ("Schulbuch", "Schulbücher", "n"),
         [FL("title", "Title", "Titre", "Título", "Titel", "text"),
          FL("subject", "Subject", "Matière", "Asignatura", "Fach", "text"),
          FL("isbn", "ISBN", "ISBN", "ISBN", "ISBN", "text")],
         ["checkout.who", "return.when", "keep.where", "cost.how_much", "handover.when"], pairs=["checkout"]),
    kind("contract", ("contract", "contracts"), ("contrat", "contrats", "m"), ("contrato", "contratos", "m"),
         ("Vertrag", "Verträge", "m"),
         [FL("party", "Party", "Partie", "Parte", "Vertragspartner", "text"),
          FL("start_date", "Start date", "Date de début", "Fecha de inicio", "Beginn", "date"),
          FL("value", "Value", "Valeur", "Valor", "Wert", "money")],
         ["sign.who", "approve.who", "review.when", "close.when", "cancel.why", "keep.where"], pairs=["sign"]),
    kind("catering_order", ("catering order", "catering orders"), ("commande traiteur", "commandes traiteur", "f"),
         ("pedido de catering", "pedidos de catering", "m"), ("Cateringbestellung", "Cateringbestellungen", "f"),
         [FL("client", "Client", "Client", "Cliente", "Kunde", "text"),
          FL("event_date", "Event date", "Date de l'événement", "Fecha del evento", "Veranstaltungsdatum", "date"),
          FL("guests", "Guests", "Invités", "Invitados", "Gäste", "integer")],
         ["pay.whether", "pay.how_much", "deliver.when", "cancel.why", "deliver.how_many", "receive.who"],
         pairs=["receive"]),
]

PRON = {
    "en": lambda k: dict(it="it"),
    "fr": lambda k: dict(l="l'", e="e" if k["fr"][2] == "f" else "", il="elle" if k["fr"][2] == "f" else "il",
                         ca="ça"),
    "es": lambda k: dict(lo="la" if k["es"][2] == "f" else "lo", o="a" if k["es"][2] == "f" else "o"),
    "de": lambda k: dict(es={"m": "ihn", "f": "sie", "n": "es"}[k["de"][2]], er={"m": "er", "f": "sie", "n": "es"}[k["de"][2]],
                         jed={"m": "jeder", "f": "jede", "n": "jedes"}[k["de"][2]],
                         jeda={"m": "jeden", "f": "jede", "n": "jedes"}[k["de"][2]]),
}


def clause(k, lang, key, pair=False):
    d = dict(PRON[lang](k))
    d["sg"] = k[lang][0]
    c = CL[key][lang].format(**d)
    if lang == "fr":
        c = c.replace("l'a", "l'a")
    return AND_WHEN[lang].format(c=c) if pair else c


def addf(ent, key):
    name, al, typ = G[key]
    return {"op": "add_field", "entity": ent, "name": name, "aliases": al, "type": typ, "alt_types": ALT[typ]}


def cons_of(key, pair):
    return "who_when" if pair else key.split(".")[1]


# ------------------------------------------------------------------ frames
RF = {
    "en": [("need", "I also need to know {c}."), ("record", "Can we also record {c}?"),
           ("track", "we should keep track of {c} too"), ("mail", "Hi,\none more thing: we'd like to see {c}.\nThanks!"),
           ("terse", "also {c}"), ("note", "Please add a way to note {c}.")],
    "fr": [("need", "J'ai aussi besoin de savoir {c}."), ("record", "On voudrait aussi noter {c}."),
           ("track", "il faudrait suivre {c}"), ("mail", "Bonjour,\nil manque encore {c}.\nMerci !"),
           ("terse", "aussi : {c}"), ("note", "Pouvez-vous ajouter {c} ?")],
    "es": [("need", "También necesito saber {c}."), ("record", "Quisiéramos registrar también {c}."),
           ("track", "hay que apuntar {c}"), ("mail", "Hola:\nnos falta saber {c}.\nGracias."),
           ("terse", "también {c}"), ("note", "¿Podéis añadir {c}?")],
    "de": [("need", "Ich muss auch wissen, {c}."), ("record", "Wir wollen auch festhalten, {c}."),
           ("track", "bitte noch erfassen, {c}"), ("mail", "Hallo,\nes fehlt noch, {c}.\nDanke!"),
           ("terse", "außerdem: {c}"), ("note", "Könnt ihr ergänzen, {c}?")],
}
PER_KIND = dict(en="For each {sg}, ", fr="Pour chaque {sg}, ", es="Para cada {sg}, ", de="Für {jeda} {sg}: ")

SECOND = dict(key="supplier", en=("supplier", "suppliers"), fr=("fournisseur", "fournisseurs", "m"),
              es=("proveedor", "proveedores", "m"), de=("Lieferant", "Lieferanten", "m"))


def label(fl, lang):
    return fl[lang]


def spec_of(k, lang, two):
    ents = [{"key": k["key"], "name": k[lang][0][:1].upper() + k[lang][0][1:],
             "plural": k[lang][1][:1].upper() + k[lang][1][1:],
             "fields": [dict({"key": fl["key"], "label": fl[lang], "type": fl["type"]},
                             **({"required": True} if i == 0 else {})) for i, fl in enumerate(k["fields"])]}]
    if two:
        nm = dict(en=("Owner", "Owners"), fr=("Responsable", "Responsables"), es=("Responsable", "Responsables"),
                  de=("Verantwortlicher", "Verantwortliche"))[lang]
        ents.append({"key": "owner", "name": nm[0], "plural": nm[1],
                     "fields": [{"key": "name", "label": dict(en="Name", fr="Nom", es="Nombre", de="Name")[lang],
                                 "type": "text", "required": True},
                                {"key": "email", "label": dict(en="Email", fr="E-mail", es="Correo", de="E-Mail")[lang],
                                 "type": "email"}]})
        ents[0]["fields"].append({"key": "owner", "label": nm[0], "type": "reference", "target": "owner"})
    title = dict(en="{} register", fr="Registre des {}", es="Registro de {}", de="{}-Verwaltung")[lang]
    return {"spec": 1, "name": title.format(k[lang][1]), "summary": "", "entities": ents}


def tidy(s, lang, fast):
    s = s[:1].upper() + s[1:]
    if fast:
        s = fold(s).lower().rstrip(".!?")
    return s


refine, draft = [], []
n = 0
for k in DOMAINS:
    for lang in LANGS:
        items = [(c, False) for c in k["clauses"]] + [(v + ".who" if v + ".who" in CL else v, True) for v in k["pairs"]]
        for i, (key, pair) in enumerate(items):
            frame, tmpl = RF[lang][(i + LANGS.index(lang) + len(k["key"])) % len(RF[lang])]
            c = clause(k, lang, key, pair)
            two = (i % 3 == 2)
            per = two and lang != "en" or (two and i % 2 == 0)
            text = tmpl.format(c=c)
            if per:
                pk = PER_KIND[lang].format(sg=k[lang][0], **PRON[lang](k))
                text = pk + text[:1].lower() + text[1:]
            fast = (n % 7 == 3)
            text = tidy(text, lang, fast)
            ops = [addf(k["key"], key)]
            if pair:
                ops.append(addf(k["key"], key.split(".")[0] + ".when"))
            n += 1
            refine.append({"id": "g25a-r%03d" % n, "lang": lang, "spec": spec_of(k, lang, two), "request": text,
                           "expect": ops, "keep": "all other fields and entities unchanged",
                           "construction": cons_of(key, pair), "frame": frame, "verb": key.split(".")[0],
                           "dom": k["key"], "kind_named": bool(per)})

# ------------------------------------------------------------------ drafts
DF = {
    "en": [("after", "We need a simple app for our {pl}. Each {sg} has {fields}. I also need to know {c}."),
           ("inlist", "Track {pl}: {fields}, and {c}."),
           ("mail", "Hi there,\ncould you set up something to keep our {pl} in? For every {sg} we write down {fields}.\n"
                    "We'd also like to record {c}.\nCheers")],
    "fr": [("after", "Il nous faut une petite appli pour nos {pl}. Chaque {sg} a {fields}. J'ai aussi besoin de savoir {c}."),
           ("inlist", "Suivi des {pl} : {fields}, et {c}."),
           ("mail", "Bonjour,\npourriez-vous créer un outil pour nos {pl} ? Pour chaque {sg} on note {fields}.\n"
                    "On voudrait aussi savoir {c}.\nMerci")],
    "es": [("after", "Necesitamos una aplicación sencilla para nuestros registros de {pl}. Cada {sg} tiene {fields}. "
                     "También necesito saber {c}."),
           ("inlist", "Control de {pl}: {fields}, y {c}."),
           ("mail", "Hola:\n¿podríais montar algo para llevar las {pl}? De cada {sg} anotamos {fields}.\n"
                    "Además queremos saber {c}.\nGracias")],
    "de": [("after", "Wir brauchen eine einfache App für unsere {pl}. Für {jeda} {sg} erfassen wir {fields}. "
                     "Ich muss auch wissen, {c}."),
           ("inlist", "{pl} verwalten: {fields}, und außerdem, {c}."),
           ("mail", "Hallo,\nkönnt ihr uns etwas für unsere {pl} bauen? Pro {sg} notieren wir {fields}.\n"
                    "Wir wollen auch festhalten, {c}.\nDanke")],
}
ART = {"es": lambda k: "las" if k["es"][2] == "f" else "los"}
FIELD_AL = {}
m = 0
for k in DOMAINS:
    for lang in LANGS:
        items = [(c, False) for c in k["clauses"]] + [(v + ".who", True) for v in k["pairs"]]
        picks = [items[(LANGS.index(lang) * 2 + j) % len(items)] for j in range(3)]
        for j, (frame, tmpl) in enumerate(DF[lang]):
            key, pair = picks[j]
            c = clause(k, lang, key, pair)
            fl = [fl[lang] for fl in k["fields"]]
            low = [x if lang == "de" or x.isupper() else x[:1].lower() + x[1:] for x in fl]
            fields = ", ".join(low[:-1]) + AND[lang] + low[-1]
            pl = k[lang][1]
            text = tmpl.format(pl=pl, sg=k[lang][0], fields=fields, c=c, **PRON[lang](k))
            if lang == "es" and "llevar las" in text and k["es"][2] == "m":
                text = text.replace("llevar las", "llevar los")
            if lang == "es":
                text = text.replace("nuestros registros de", "nuestros registros de")
            fast = (m % 5 == 4)
            if fast:
                text = fold(text).lower()
            m += 1
            ents_f = []
            for fl2 in k["fields"]:
                ents_f.append({"name": fl2[lang], "aliases": [fl2["en"]] if fl2["en"] != fl2[lang] else [],
                               "type": fl2["type"], "alt_types": ALT.get(fl2["type"], [])})
            keys = [key] + ([key.split(".")[0] + ".when"] if pair else [])
            for kk in keys:
                name, al, typ = G[kk]
                ents_f.append({"name": name, "aliases": al, "type": typ, "alt_types": ALT[typ]})
            draft.append({"id": "g25a-d%03d" % m, "lang": lang, "prompt": text,
                          "entities": [{"name": k[lang][0][:1].upper() + k[lang][0][1:],
                                        "aliases": [k["en"][0], k[lang][1]], "fields": ents_f}],
                          "relations": [],
                          "notes": "cons=%s frame=%s verb=%s dom=%s" % (cons_of(key, pair), frame,
                                                                         key.split(".")[0], k["key"])})

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as f:
    for r in refine:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as f:
    for r in draft:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(refine), "refine rows,", len(draft), "draft rows")
