#!/usr/bin/env python3
"""Generated set gen26/c (session 26, improver c): details asked for outside a clean list, on a kind that is found.

Written from the writer's own knowledge of four languages and of office work, before the engine was run on it.
A person names the record and a few plain details, then adds more details in some other way:

  comma_also   "..., and we also need the approver and the approval date."   (a comma, not a semicolon)
  plus         "...: a, b, c, plus the approver and the return date."
  second       a second sentence: "Also the ...", "Oh and ...", "Don't forget ..."
  noted        "... and we need the approver and the return date noted / recorded / written down"
  question     "I also need to know who handed it over and how long it took."
  who_when     "..., and who approved it and when."  ("wer es freigegeben hat und wann")
  relative     "... and the person who checked it and the place where it is kept"
  verb         fields said as office verbs in the list: "logged by, signed off by and returned on"
  company      "We are a small X and need to track ...": the company is not a kind

Eight domains of my own (pool car trips, expense claims, reception visits, parcels in the mail room, archived
contracts, repair jobs, lost property, training sessions) x nine constructions x four languages = 288 rows,
registers cycling through plain, polite, terse, e-mail wrapping and typed without accents.  Gold: one kind with its
plain details and every added detail under the name the person uses, with its type.

  python3 make.py     # writes draft.jsonl beside this file
Standard library only; deterministic.
"""
import json, os, random, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2626)
LANGS = ("en", "fr", "es", "de")
ALT = {"date": ["datetime"], "datetime": ["date"], "person": ["text"], "money": ["decimal"], "integer": ["decimal"],
       "decimal": ["integer", "text"], "long_text": ["text"], "text": ["long_text"]}


def fold(s):
    # typed without accents: a German keyboard-less writer types "ss" for "ß"
    return unicodedata.normalize("NFKD", s.replace("ß", "ss")).encode("ascii", "ignore").decode()


# ------------------------------------------------------------------ details that get added
# per language: (field name, noun phrase, question clause, relative phrase, verb label)
# {p} = object pronoun of the kind (es lo/la, de ihn/sie/es), {il} = fr il/elle, {e} = fr feminine e
X = {
    "approve.who": ("person", {
        "en": ("approved by", "the approver", "who approved it", "the person who approved it", "approved by"),
        "fr": ("validé par", "le valideur", "qui l'a validé{e}", "la personne qui l'a validé{e}", "validé par"),
        "es": ("aprobado por", "el aprobador", "quién {p} aprobó", "la persona que {p} aprobó", "aprobado por"),
        "de": ("freigegeben von", "den Freigebenden", "wer {p} freigegeben hat", "die Person, die {p} freigegeben hat",
               "freigegeben von")},
        ["approver", "approved by", "approval by", "validateur", "valideur", "approuvé par", "aprobador",
         "autorizado por", "Freigabe durch", "Genehmiger", "genehmigt von", "Freigebender"]),
    "approve.when": ("date", {
        "en": ("approval date", "the approval date", "when it was approved", "the day it was approved", "approved on"),
        "fr": ("date de validation", "la date de validation", "quand {il} a été validé{e}",
               "le jour où {il} a été validé{e}", "validé le"),
        "es": ("fecha de aprobación", "la fecha de aprobación", "cuándo se aprobó", "el día en que se aprobó",
               "aprobado el"),
        "de": ("Freigabedatum", "das Freigabedatum", "wann {p} freigegeben wurde", "den Tag, an dem {p} freigegeben wurde",
               "freigegeben am")},
        ["approved on", "date approved", "approval", "validé le", "validation", "date d'approbation", "aprobado el",
         "aprobación", "freigegeben am", "Freigabe", "Genehmigungsdatum"]),
    "receive.who": ("person", {
        "en": ("received by", "the person receiving it", "who received it", "the colleague who received it",
               "received by"),
        "fr": ("reçu par", "le destinataire", "qui l'a reçu{e}", "le collègue qui l'a reçu{e}", "reçu par"),
        "es": ("recibido por", "el receptor", "quién {p} recibió", "el compañero que {p} recibió", "recibido por"),
        "de": ("angenommen von", "den Annehmenden", "wer {p} angenommen hat", "den Kollegen, der {p} angenommen hat",
               "angenommen von")},
        ["recipient", "receiver", "received by", "destinataire", "réceptionné par", "receptor", "recibido por",
         "Empfänger", "angenommen von", "entgegengenommen von"]),
    "receive.when": ("date", {
        "en": ("received on", "the date received", "when it arrived", "the day it came in", "received on"),
        "fr": ("reçu le", "la date de réception", "quand {il} est arrivé{e}", "le jour où {il} est arrivé{e}", "reçu le"),
        "es": ("fecha de recepción", "la fecha de recepción", "cuándo llegó", "el día en que llegó", "recibido el"),
        "de": ("Eingangsdatum", "das Eingangsdatum", "wann {p} angekommen ist", "den Tag, an dem {p} ankam",
               "angenommen am")},
        ["received on", "date received", "receipt date", "arrival date", "reçu le", "date de réception", "réception",
         "recibido el", "recepción", "Eingang", "Eingangsdatum", "angenommen am", "Empfangsdatum"]),
    "handover.who": ("person", {
        "en": ("handed over by", "the person handing it over", "who handed it over", "the person who handed it over",
               "handed over by"),
        "fr": ("remis par", "la personne qui remet", "qui l'a remis{e}", "la personne qui l'a remis{e}", "remis par"),
        "es": ("entregado por", "quien {p} entrega", "quién {p} entregó", "la persona que {p} entregó", "entregado por"),
        "de": ("übergeben von", "den Übergebenden", "wer {p} übergeben hat", "die Person, die {p} übergeben hat",
               "übergeben von")},
        ["handed over by", "handed in by", "handover by", "remis par", "entregado por", "übergeben von",
         "Übergabe durch", "abgegeben von"]),
    "duration": ("decimal", {
        "en": ("duration", "the duration", "how long it took", "the time it took", "time taken"),
        "fr": ("durée", "la durée", "combien de temps ça a duré", "le temps que ça a pris", "durée"),
        "es": ("duración", "la duración", "cuánto tiempo duró", "el tiempo que llevó", "duración"),
        "de": ("Dauer", "die Dauer", "wie lange es gedauert hat", "die Zeit, die es gedauert hat", "Dauer")},
        ["duration", "time taken", "time spent", "hours", "length", "durée", "temps passé", "temps", "duración",
         "tiempo", "Dauer", "Zeitaufwand", "Stunden"]),
    "keep.where": ("text", {
        "en": ("storage location", "the storage place", "where it is kept", "the place where it is kept", "stored at"),
        "fr": ("lieu de rangement", "le lieu de rangement", "où {il} est rangé{e}", "l'endroit où {il} est rangé{e}",
               "rangé à"),
        "es": ("ubicación", "la ubicación", "dónde se guarda", "el sitio donde se guarda", "guardado en"),
        "de": ("Ablageort", "den Ablageort", "wo {p} aufbewahrt wird", "den Ort, an dem {p} aufbewahrt wird",
               "abgelegt in")},
        ["location", "storage location", "storage", "stored at", "kept at", "place", "emplacement", "rangement",
         "lieu", "rangé à", "ubicación", "lugar", "guardado en", "Ablageort", "Lagerort", "Aufbewahrungsort", "Ort",
         "Standort", "abgelegt in"]),
    "cost": ("money", {
        "en": ("cost", "the cost", "what it cost", "the amount it cost", "cost"),
        "fr": ("coût", "le coût", "combien ça a coûté", "ce que ça a coûté", "coût"),
        "es": ("coste", "el coste", "cuánto costó", "lo que costó", "coste"),
        "de": ("Kosten", "die Kosten", "was es gekostet hat", "den Betrag, den es gekostet hat", "Kosten")},
        ["cost", "price", "amount", "coût", "prix", "montant", "coste", "costo", "precio", "importe", "Kosten",
         "Preis", "Betrag"]),
    "log.who": ("person", {
        "en": ("logged by", "the person logging it", "who logged it", "the person who logged it", "logged by"),
        "fr": ("saisi par", "la personne qui saisit", "qui l'a saisi{e}", "la personne qui l'a saisi{e}",
               "enregistré par"),
        "es": ("registrado por", "quien {p} registra", "quién {p} registró", "la persona que {p} registró",
               "registrado por"),
        "de": ("erfasst von", "den Erfasser", "wer {p} erfasst hat", "die Person, die {p} erfasst hat", "erfasst von")},
        ["logged by", "recorded by", "entered by", "saisi par", "enregistré par", "registrado por", "anotado por",
         "erfasst von", "Erfasser", "eingetragen von"]),
    "signoff.who": ("person", {
        "en": ("signed off by", "the signatory", "who signed it off", "the manager who signed it off", "signed off by"),
        "fr": ("signé par", "le signataire", "qui l'a signé{e}", "le responsable qui l'a signé{e}", "signé par"),
        "es": ("firmado por", "el firmante", "quién {p} firmó", "el responsable que {p} firmó", "firmado por"),
        "de": ("abgezeichnet von", "den Unterzeichner", "wer {p} abgezeichnet hat", "die Person, die {p} abgezeichnet hat",
               "abgezeichnet von")},
        ["signed off by", "signed by", "signatory", "sign-off", "signé par", "signataire", "visé par", "firmado por",
         "firmante", "abgezeichnet von", "unterschrieben von", "Unterzeichner"]),
    "return.when": ("date", {
        "en": ("return date", "the return date", "when it came back", "the day it came back", "returned on"),
        "fr": ("date de retour", "la date de retour", "quand {il} a été rendu{e}", "le jour où {il} a été rendu{e}",
               "rendu le"),
        "es": ("fecha de devolución", "la fecha de devolución", "cuándo se devolvió", "el día en que se devolvió",
               "devuelto el"),
        "de": ("Rückgabedatum", "das Rückgabedatum", "wann {p} zurückgegeben wurde", "den Tag, an dem {p} zurückkam",
               "zurückgegeben am")},
        ["return date", "returned on", "date returned", "return", "date de retour", "rendu le", "retour",
         "fecha de devolución", "devuelto el", "devolución", "Rückgabedatum", "zurückgegeben am", "Rückgabe"]),
    "check.who": ("person", {
        "en": ("checked by", "the checker", "who checked it", "the colleague who checked it", "checked by"),
        "fr": ("vérifié par", "le vérificateur", "qui l'a vérifié{e}", "le collègue qui l'a vérifié{e}", "vérifié par"),
        "es": ("revisado por", "el revisor", "quién {p} revisó", "el compañero que {p} revisó", "revisado por"),
        "de": ("geprüft von", "den Prüfer", "wer {p} geprüft hat", "den Kollegen, der {p} geprüft hat", "geprüft von")},
        ["checked by", "checker", "inspected by", "reviewed by", "vérifié par", "contrôlé par", "vérificateur",
         "revisado por", "revisor", "comprobado por", "geprüft von", "Prüfer", "kontrolliert von"]),
}
# a person and a date of one verb, for "who approved it and when"
PAIRS = {"approve": ("approve.who", "approve.when"), "receive": ("receive.who", "receive.when")}
WHEN_Q = {"approve": {"en": "who approved it and when", "fr": "qui l'a validé{e} et quand",
                      "es": "quién {p} aprobó y cuándo", "de": "wer {p} freigegeben hat und wann"},
          "receive": {"en": "who received it and when", "fr": "qui l'a reçu{e} et quand",
                      "es": "quién {p} recibió y cuándo", "de": "wer {p} angenommen hat und wann"}}

# ------------------------------------------------------------------ domains
# kind names (singular, plural), gender (m/f/n), plain details (name, type), company, extras, pair verb
D = [
    dict(dom="poolcar", g={"en": "m", "fr": "m", "es": "m", "de": "f"},
         kind={"en": ("Car trip", "car trips"), "fr": ("Trajet", "trajets"), "es": ("Viaje", "viajes"),
               "de": ("Dienstfahrt", "Dienstfahrten")},
         base={"en": [("driver", "person"), ("number plate", "text"), ("mileage", "integer")],
               "fr": [("conducteur", "person"), ("immatriculation", "text"), ("kilométrage", "integer")],
               "es": [("conductor", "person"), ("matrícula", "text"), ("kilometraje", "integer")],
               "de": [("Fahrer", "person"), ("Kennzeichen", "text"), ("Kilometerstand", "integer")]},
         company={"en": "a small removal firm", "fr": "une petite entreprise de déménagement",
                  "es": "una pequeña empresa de mudanzas", "de": "eine kleine Umzugsfirma"},
         extras=["handover.who", "return.when", "check.who", "cost", "approve.who"], pair="approve"),
    dict(dom="expense", g={"en": "f", "fr": "f", "es": "f", "de": "f"},
         kind={"en": ("Expense claim", "expense claims"), "fr": ("Note de frais", "notes de frais"),
               "es": ("Nota de gastos", "notas de gastos"), "de": ("Spesenabrechnung", "Spesenabrechnungen")},
         base={"en": [("employee", "person"), ("amount", "money"), ("expense date", "date")],
               "fr": [("salarié", "person"), ("montant", "money"), ("date de la dépense", "date")],
               "es": [("empleado", "person"), ("importe", "money"), ("fecha del gasto", "date")],
               "de": [("Mitarbeiter", "person"), ("Betrag", "money"), ("Belegdatum", "date")]},
         company={"en": "a small translation agency", "fr": "une petite agence de traduction",
                  "es": "una pequeña agencia de traducción", "de": "eine kleine Übersetzungsagentur"},
         extras=["approve.who", "signoff.who", "log.who", "approve.when"], pair="approve"),
    dict(dom="visit", g={"en": "f", "fr": "f", "es": "f", "de": "m"},
         kind={"en": ("Visit", "visits"), "fr": ("Visite", "visites"), "es": ("Visita", "visitas"),
               "de": ("Besuch", "Besuche")},
         base={"en": [("visitor name", "text"), ("company", "text"), ("arrival time", "datetime")],
               "fr": [("nom du visiteur", "text"), ("société", "text"), ("heure d'arrivée", "datetime")],
               "es": [("nombre del visitante", "text"), ("empresa", "text"), ("hora de llegada", "datetime")],
               "de": [("Name des Besuchers", "text"), ("Firma", "text"), ("Ankunftszeit", "datetime")]},
         company={"en": "a small architecture practice", "fr": "un petit cabinet d'architectes",
                  "es": "un pequeño estudio de arquitectura", "de": "ein kleines Architekturbüro"},
         extras=["receive.who", "duration", "log.who", "signoff.who"], pair="receive"),
    dict(dom="parcel", g={"en": "m", "fr": "m", "es": "m", "de": "n"},
         kind={"en": ("Parcel", "parcels"), "fr": ("Colis", "colis"), "es": ("Paquete", "paquetes"),
               "de": ("Paket", "Pakete")},
         base={"en": [("tracking number", "text"), ("sender", "text"), ("addressee", "person")],
               "fr": [("numéro de suivi", "text"), ("expéditeur", "text"), ("destinataire", "person")],
               "es": [("número de seguimiento", "text"), ("remitente", "text"), ("destinatario", "person")],
               "de": [("Sendungsnummer", "text"), ("Absender", "text"), ("Empfänger", "person")]},
         company={"en": "a small law office", "fr": "un petit cabinet d'avocats", "es": "un pequeño despacho de abogados",
                  "de": "eine kleine Anwaltskanzlei"},
         extras=["receive.when", "keep.where", "handover.who", "log.who", "receive.who"], pair="receive"),
    dict(dom="contract", g={"en": "m", "fr": "m", "es": "m", "de": "m"},
         kind={"en": ("Contract", "contracts"), "fr": ("Contrat", "contrats"), "es": ("Contrato", "contratos"),
               "de": ("Vertrag", "Verträge")},
         base={"en": [("title", "text"), ("counterparty", "text"), ("end date", "date")],
               "fr": [("intitulé", "text"), ("cocontractant", "text"), ("date de fin", "date")],
               "es": [("título", "text"), ("contraparte", "text"), ("fecha de fin", "date")],
               "de": [("Titel", "text"), ("Vertragspartner", "text"), ("Enddatum", "date")]},
         company={"en": "a small property management company", "fr": "une petite agence de gestion immobilière",
                  "es": "una pequeña administración de fincas", "de": "eine kleine Hausverwaltung"},
         extras=["signoff.who", "keep.where", "cost", "approve.who", "approve.when"], pair="approve"),
    dict(dom="repair", g={"en": "f", "fr": "f", "es": "f", "de": "f"},
         kind={"en": ("Repair", "repairs"), "fr": ("Réparation", "réparations"), "es": ("Reparación", "reparaciones"),
               "de": ("Reparatur", "Reparaturen")},
         base={"en": [("device", "text"), ("fault", "long_text"), ("repair date", "date")],
               "fr": [("appareil", "text"), ("panne", "long_text"), ("date de réparation", "date")],
               "es": [("aparato", "text"), ("avería", "long_text"), ("fecha de reparación", "date")],
               "de": [("Gerät", "text"), ("Fehler", "long_text"), ("Reparaturdatum", "date")]},
         company={"en": "a small dental practice", "fr": "un petit cabinet dentaire", "es": "una pequeña clínica dental",
                  "de": "eine kleine Zahnarztpraxis"},
         extras=["cost", "duration", "check.who", "return.when", "approve.who"], pair="approve"),
    dict(dom="lost", g={"en": "m", "fr": "m", "es": "m", "de": "f"},
         kind={"en": ("Found item", "found items"), "fr": ("Objet trouvé", "objets trouvés"),
               "es": ("Objeto perdido", "objetos perdidos"), "de": ("Fundsache", "Fundsachen")},
         base={"en": [("description", "long_text"), ("date found", "date"), ("where found", "text")],
               "fr": [("description", "long_text"), ("date de découverte", "date"), ("lieu de découverte", "text")],
               "es": [("descripción", "long_text"), ("fecha en que se encontró", "date"), ("lugar del hallazgo", "text")],
               "de": [("Beschreibung", "long_text"), ("Funddatum", "date"), ("Fundort", "text")]},
         company={"en": "a small hotel", "fr": "un petit hôtel", "es": "un pequeño hotel", "de": "ein kleines Hotel"},
         extras=["keep.where", "handover.who", "return.when", "log.who", "receive.who"], pair="receive"),
    dict(dom="training", g={"en": "f", "fr": "f", "es": "m", "de": "f"},
         kind={"en": ("Training session", "training sessions"), "fr": ("Formation", "formations"),
               "es": ("Curso", "cursos"), "de": ("Schulung", "Schulungen")},
         base={"en": [("topic", "text"), ("session date", "date"), ("trainer", "person")],
               "fr": [("thème", "text"), ("date de la session", "date"), ("formateur", "person")],
               "es": [("tema", "text"), ("fecha del curso", "date"), ("formador", "person")],
               "de": [("Thema", "text"), ("Termin", "date"), ("Trainer", "person")]},
         company={"en": "a small accounting firm", "fr": "un petit cabinet comptable", "es": "una pequeña gestoría",
                  "de": "eine kleine Steuerkanzlei"},
         extras=["duration", "cost", "approve.who", "approve.when", "signoff.who"], pair="approve"),
]

PRON = {"es": {"m": "lo", "f": "la", "n": "lo"}, "de": {"m": "ihn", "f": "sie", "n": "es"}}


def fill(s, lang, g):
    return s.format(p=PRON.get(lang, {}).get(g, "it"), il="elle" if g == "f" else "il", e="e" if g == "f" else "")


AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}


def join(xs, lang):
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " " + AND[lang] + " " + xs[-1]


# construction templates: {K} kind plural (lower), {B} plain list, {X} added details
T = {
    "comma_also": {
        "en": ["We track {K} with {B}, and we also need {X}.", "{Kc}: {B}, and we'd also need {X}."],
        "fr": ["On suit les {K} avec {B}, et il nous faut aussi {X}.", "{Kc} : {B}, et on a aussi besoin de {X}."],
        "es": ["Llevamos los {K} con {B}, y también necesitamos {X}.", "{Kc}: {B}, y además necesitamos {X}."],
        "de": ["Wir erfassen {K} mit {B}, und wir brauchen auch {X}.", "{Kc}: {B}, und außerdem brauchen wir {X}."]},
    "plus": {
        "en": ["Track {K}: {B}, plus {X}.", "An app for {K} with {B}, plus {X}."],
        "fr": ["Suivi des {K} : {B}, plus {X}.", "Une appli pour les {K} avec {B}, ainsi que {X}."],
        "es": ["Control de {K}: {B}, más {X}.", "Una app para los {K} con {B}, además de {X}."],
        "de": ["{Kc} verwalten: {B}, dazu {X}.", "Eine App für {K} mit {B}, sowie {X}."]},
    "second": {
        "en": ["We log {K} with {B}. Also {X}.", "{Kc}: {B}. Oh and {X}.", "Track {K}: {B}. Don't forget {X}."],
        "fr": ["On enregistre les {K} avec {B}. Aussi {X}.", "{Kc} : {B}. Ah et {X}.",
               "Suivi des {K} : {B}. N'oubliez pas {X}."],
        "es": ["Registramos los {K} con {B}. También {X}.", "{Kc}: {B}. Ah, y {X}.",
               "Control de {K}: {B}. No olvides {X}."],
        "de": ["Wir erfassen {K} mit {B}. Außerdem {X}.", "{Kc}: {B}. Ach ja, und {X}.",
               "{Kc} verwalten: {B}. Nicht vergessen: {X}."]},
    "noted": {
        "en": ["We keep {K} with {B}, and we need {X} noted.", "{Kc} with {B}; {X} should be recorded too.",
               "Track {K}: {B}, and have {X} written down."],
        "fr": ["On garde les {K} avec {B}, et il faut noter {X}.", "{Kc} avec {B} ; il faut aussi consigner {X}.",
               "Suivi des {K} : {B}, et on veut aussi noter {X}."],
        "es": ["Guardamos los {K} con {B}, y hay que anotar {X}.", "{Kc} con {B}; también hay que registrar {X}.",
               "Control de {K}: {B}, y queremos anotar {X}."],
        "de": ["Wir führen {K} mit {B}, und {X} sollen notiert werden.",
               "{Kc} mit {B}; {X} sollen auch festgehalten werden.", "{Kc}: {B}, und bitte {X} vermerken."]},
    "question": {
        "en": ["We track {K} with {B}. I also need to know {X}.", "{Kc}: {B}, and we want to see {X}."],
        "fr": ["On suit les {K} avec {B}. J'ai aussi besoin de savoir {X}.", "{Kc} : {B}, et on veut voir {X}."],
        "es": ["Llevamos los {K} con {B}. También necesito saber {X}.", "{Kc}: {B}, y queremos ver {X}."],
        "de": ["Wir erfassen {K} mit {B}. Ich muss auch wissen, {X}.", "{Kc}: {B}, und wir wollen sehen, {X}."]},
    "who_when": {
        "en": ["Track {K}: {B}, and {X}.", "We log {K} with {B}, and also {X}."],
        "fr": ["Suivi des {K} : {B}, et {X}.", "On enregistre les {K} avec {B}, et aussi {X}."],
        "es": ["Control de {K}: {B}, y {X}.", "Registramos los {K} con {B}, y también {X}."],
        "de": ["{Kc} verwalten: {B}, {X}.", "Wir erfassen {K} mit {B}, und auch, {X}."]},
    "relative": {
        "en": ["We track {K} with {B}, and {X}.", "{Kc}: {B}, as well as {X}."],
        "fr": ["On suit les {K} avec {B}, et {X}.", "{Kc} : {B}, ainsi que {X}."],
        "es": ["Llevamos los {K} con {B}, y {X}.", "{Kc}: {B}, así como {X}."],
        "de": ["Wir erfassen {K} mit {B} und {X}.", "{Kc}: {B}, außerdem {X}."]},
    "verb": {
        "en": ["{Kc}: {B}.", "Track {K} with {B}."],
        "fr": ["{Kc} : {B}.", "Suivi des {K} avec {B}."],
        "es": ["{Kc}: {B}.", "Control de {K} con {B}."],
        "de": ["{Kc}: {B}.", "{Kc} erfassen mit {B}."]},
    "company": {
        "en": ["We are {C} and need to track {K}: {B}.", "We're {C} and we need an app for {K} with {B}."],
        "fr": ["Nous sommes {C} et nous devons suivre les {K} : {B}.",
               "On est {C} et on a besoin de suivre les {K} avec {B}."],
        "es": ["Somos {C} y necesitamos llevar los {K}: {B}.", "Somos {C} y queremos una app para los {K} con {B}."],
        "de": ["Wir sind {C} und brauchen eine Übersicht über {K}: {B}.", "Wir sind {C} und wollen {K} erfassen mit {B}."]},
}
CONS = list(T)

WRAP = {
    "en": {"polite": ("Hello, could you please help? ", " Thank you very much."),
           "mail": ("Hi team,\n\n", "\n\nThanks,\nDana"), "terse": ("", "")},
    "fr": {"polite": ("Bonjour, pourriez-vous nous aider ? ", " Merci beaucoup."),
           "mail": ("Bonjour à tous,\n\n", "\n\nCordialement,\nClaire"), "terse": ("", "")},
    "es": {"polite": ("Hola, ¿nos podríais ayudar? ", " Muchas gracias."),
           "mail": ("Hola equipo:\n\n", "\n\nUn saludo,\nMarta"), "terse": ("", "")},
    "de": {"polite": ("Hallo, könnten Sie uns bitte helfen? ", " Vielen Dank."),
           "mail": ("Hallo zusammen,\n\n", "\n\nViele Grüße\nJonas"), "terse": ("", "")},
}
REGS = ["plain", "polite", "mail", "terse", "noaccent"]


def fname(k, lang):
    return X[k][1][lang][0]


def gold_field(k, lang):
    typ, forms, extra = X[k]
    name = forms[lang][0]
    al = []
    for l in LANGS:
        for s in (forms[l][0], forms[l][4]):
            if s != name and s not in al:
                al.append(s)
    for s in extra:
        if s != name and s not in al:
            al.append(s)
    # the noun the person said ("the signatory", "den Übergebenden", "le valideur") names the detail too
    for l in LANGS:
        noun = forms[l][1]
        if "{" in noun or " who " in noun or " qui " in noun or " que " in noun or "," in noun:
            continue
        noun = re.sub(r"^(the|le|la|l'|el|los|las|der|die|das|den|dem)\s*", "", noun)
        for n in (noun, re.sub(r"(?<=nd)en$", "er", noun) if l == "de" else noun):
            if n != name and n not in al:
                al.append(n)
    return {"name": name, "aliases": al, "type": typ, "alt_types": ALT.get(typ, [])}


def row(n, lang, d, cons, reg):
    g = d["g"][lang]
    sing, plur = d["kind"][lang]
    base = d["base"][lang]
    ex = d["extras"]
    i = n % len(ex)
    if cons == "who_when":
        added = list(PAIRS[d["pair"]])
        xs = fill(WHEN_Q[d["pair"]][lang], lang, g)
    elif cons == "verb":
        added = [ex[i], ex[(i + 1) % len(ex)], ex[(i + 2) % len(ex)]]
        xs = None
    elif cons == "company":
        added = [ex[i]]
        xs = None
    else:
        added = [ex[i], ex[(i + 2) % len(ex)]]
        slot = {"question": 2, "relative": 3}.get(cons, 1)
        xs = join([fill(X[k][1][lang][slot], lang, g) for k in added], lang)
    blist = [b[0] for b in base]
    if cons == "verb":
        blist = blist + [fill(X[k][1][lang][4], lang, g) for k in added]
    if cons == "company":
        blist = blist + [fill(X[k][1][lang][0], lang, g) for k in added]
    tpls = T[cons][lang]
    tpl = tpls[n % len(tpls)]
    K = plur if lang != "de" else plur
    text = tpl.format(K=K, Kc=K[0].upper() + K[1:], B=join(blist, lang), X=xs or "", C=d["company"][lang])
    if reg in WRAP[lang]:
        a, b = WRAP[lang][reg]
        if reg == "terse":
            text = text.replace("We track ", "").replace("We log ", "")
            text = text[0].upper() + text[1:]
        text = a + text + b
    if reg == "noaccent":
        text = fold(text).lower()
    fields = [{"name": b[0], "aliases": [], "type": b[1], "alt_types": ALT.get(b[1], [])} for b in base]
    fields += [gold_field(k, lang) for k in added]
    fields.append({"name": {"en": "notes", "fr": "remarques", "es": "notas", "de": "Bemerkungen"}[lang],
                   "aliases": ["notes", "comments", "remarques", "commentaires", "notas", "observaciones",
                               "Notizen", "Bemerkungen", "Anmerkungen"], "type": "long_text",
                   "alt_types": ["text"], "optional": True})
    ent = {"name": sing, "aliases": [plur] + [d["kind"][l][0] for l in LANGS if l != lang], "fields": fields}
    return {"id": "g26c-%03d" % n, "lang": lang, "prompt": text, "entities": [ent], "relations": [],
            "notes": "cons=%s dom=%s reg=%s added=%s" % (cons, d["dom"], reg, ",".join(added))}


def main():
    rows, n = [], 0
    for cons in CONS:
        for lang in LANGS:
            for d in D:
                n += 1
                rows.append(row(n, lang, d, cons, REGS[n % len(REGS)]))
    with open(os.path.join(HERE, "draft.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
