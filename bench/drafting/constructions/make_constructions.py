#!/usr/bin/env python3
"""Builds draft.jsonl: a matrix of sentence CONSTRUCTIONS x domains x languages (standard library only).

Each case names two record kinds, a parent P and a child C (every C belongs to one P), their fields, and the link,
in one of eight ways people introduce kinds and links ("For a show we need ...", "A customer can have several
visits. On the customer side: ...", headings, parentheses, "for every P we log Cs ...", bullets, ...). The nouns and
fields come from four domains in each language, so a construction the engine reads for one noun and not for another
shows up as a spread inside its row. Written by the lead in session 8 to find which basic constructions fail, not to
tune to: read the per-construction figures (`--by-construction` in score_constructions.sh), then fix the mechanism.
"""
import json, os

# field: (bare name in each language, article form, type, alt types)
def F(name, art, typ, alt=(), aliases=()):
    return dict(name=name, art=art, type=typ, alt=list(alt), aliases=list(aliases))

DOMAINS = {
 "en": [
  dict(P=dict(sg="show", pl="shows", a="a show"), C=dict(sg="rehearsal", pl="rehearsals", a="a rehearsal"),
       Pf=[F("title", "the title", "text"), F("premiere date", "the premiere date", "date"),
           F("director", "the director", "person", ["text"]), F("budget", "the budget", "money", ["decimal"])],
       Cf=[F("date", "the date", "date", ["datetime"]), F("start time", "the start time", "datetime", ["text"]),
           F("room", "the room", "text", ["choice"]), F("notes", "some notes", "long_text", ["text"])]),
  dict(P=dict(sg="customer", pl="customers", a="a customer"), C=dict(sg="visit", pl="visits", a="a visit"),
       Pf=[F("name", "the name", "text"), F("contract number", "the contract number", "text", ["integer"]),
           F("contract end date", "the contract end date", "date"), F("email", "the email address", "email")],
       Cf=[F("planned date", "the planned date", "date", ["datetime"]), F("technician", "the technician", "person", ["text"]),
           F("duration", "the duration", "decimal", ["integer", "text"]), F("report", "a short report", "long_text", ["text"])]),
  dict(P=dict(sg="vehicle", pl="vehicles", a="a vehicle"), C=dict(sg="repair", pl="repairs", a="a repair"),
       Pf=[F("plate number", "the plate number", "text", aliases=["registration"]), F("model", "the model", "text"),
           F("purchase date", "the purchase date", "date"), F("mileage", "the mileage", "integer", ["decimal"])],
       Cf=[F("date", "the date", "date"), F("garage", "the garage", "text"),
           F("cost", "the cost", "money", ["decimal"]), F("invoice", "a scan of the invoice", "file", ["text"])]),
  dict(P=dict(sg="member", pl="members", a="a member"), C=dict(sg="payment", pl="payments", a="a payment"),
       Pf=[F("name", "the name", "text"), F("phone", "the phone number", "phone"),
           F("email", "the email", "email"), F("joined on", "the date they joined", "date", aliases=["join date"])],
       Cf=[F("date", "the date", "date"), F("amount", "the amount", "money", ["decimal"]),
           F("period", "the period it covers", "text"), F("receipt", "the receipt", "file")]),
 ],
 "fr": [
  dict(P=dict(sg="spectacle", pl="spectacles", a="un spectacle", g="m"), C=dict(sg="répétition", pl="répétitions", a="une répétition", g="f"),
       Pf=[F("titre", "le titre", "text"), F("date de la première", "la date de la première", "date"),
           F("metteur en scène", "le metteur en scène", "person", ["text"]), F("budget", "le budget", "money", ["decimal"])],
       Cf=[F("date", "la date", "date", ["datetime"]), F("heure de début", "l'heure de début", "datetime", ["text"]),
           F("salle", "la salle", "text", ["choice"]), F("remarques", "des remarques", "long_text", ["text"])]),
  dict(P=dict(sg="client", pl="clients", a="un client", g="m"), C=dict(sg="intervention", pl="interventions", a="une intervention", g="f"),
       Pf=[F("nom", "le nom", "text"), F("numéro de contrat", "le numéro de contrat", "text", ["integer"]),
           F("date de fin de contrat", "la date de fin de contrat", "date"), F("e-mail", "l'adresse e-mail", "email", aliases=["courriel"])],
       Cf=[F("date prévue", "la date prévue", "date", ["datetime"]), F("technicien", "le technicien", "person", ["text"]),
           F("durée", "la durée", "decimal", ["integer", "text"]), F("compte rendu", "un compte rendu", "long_text", ["text"])]),
  dict(P=dict(sg="véhicule", pl="véhicules", a="un véhicule", g="m"), C=dict(sg="réparation", pl="réparations", a="une réparation", g="f"),
       Pf=[F("immatriculation", "l'immatriculation", "text"), F("modèle", "le modèle", "text"),
           F("date d'achat", "la date d'achat", "date"), F("kilométrage", "le kilométrage", "integer", ["decimal"])],
       Cf=[F("date", "la date", "date"), F("garage", "le garage", "text"),
           F("coût", "le coût", "money", ["decimal"], ["montant"]), F("facture", "la facture scannée", "file", ["text"])]),
  dict(P=dict(sg="adhérent", pl="adhérents", a="un adhérent", g="m"), C=dict(sg="cotisation", pl="cotisations", a="une cotisation", g="f"),
       Pf=[F("nom", "le nom", "text"), F("téléphone", "le téléphone", "phone"),
           F("e-mail", "l'e-mail", "email"), F("date d'adhésion", "la date d'adhésion", "date")],
       Cf=[F("date", "la date", "date"), F("montant", "le montant", "money", ["decimal"]),
           F("période", "la période couverte", "text"), F("reçu", "le reçu", "file")]),
 ],
 "es": [
  dict(P=dict(sg="obra", pl="obras", a="una obra", g="f"), C=dict(sg="ensayo", pl="ensayos", a="un ensayo", g="m"),
       Pf=[F("título", "el título", "text"), F("fecha de estreno", "la fecha de estreno", "date"),
           F("director", "el director", "person", ["text"]), F("presupuesto", "el presupuesto", "money", ["decimal"])],
       Cf=[F("fecha", "la fecha", "date", ["datetime"]), F("hora de inicio", "la hora de inicio", "datetime", ["text"]),
           F("sala", "la sala", "text", ["choice"]), F("observaciones", "unas observaciones", "long_text", ["text"])]),
  dict(P=dict(sg="cliente", pl="clientes", a="un cliente", g="m"), C=dict(sg="visita", pl="visitas", a="una visita", g="f"),
       Pf=[F("nombre", "el nombre", "text"), F("número de contrato", "el número de contrato", "text", ["integer"]),
           F("fecha de fin de contrato", "la fecha de fin de contrato", "date"), F("correo", "el correo electrónico", "email", aliases=["email"])],
       Cf=[F("fecha prevista", "la fecha prevista", "date", ["datetime"]), F("técnico", "el técnico", "person", ["text"]),
           F("duración", "la duración", "decimal", ["integer", "text"]), F("informe", "un informe", "long_text", ["text"])]),
  dict(P=dict(sg="vehículo", pl="vehículos", a="un vehículo", g="m"), C=dict(sg="reparación", pl="reparaciones", a="una reparación", g="f"),
       Pf=[F("matrícula", "la matrícula", "text"), F("modelo", "el modelo", "text"),
           F("fecha de compra", "la fecha de compra", "date"), F("kilometraje", "el kilometraje", "integer", ["decimal"])],
       Cf=[F("fecha", "la fecha", "date"), F("taller", "el taller", "text"),
           F("coste", "el coste", "money", ["decimal"], ["importe"]), F("factura", "la factura escaneada", "file", ["text"])]),
  dict(P=dict(sg="socio", pl="socios", a="un socio", g="m"), C=dict(sg="cuota", pl="cuotas", a="una cuota", g="f"),
       Pf=[F("nombre", "el nombre", "text"), F("teléfono", "el teléfono", "phone"),
           F("correo", "el correo", "email"), F("fecha de alta", "la fecha de alta", "date")],
       Cf=[F("fecha", "la fecha", "date"), F("importe", "el importe", "money", ["decimal"]),
           F("periodo", "el periodo que cubre", "text"), F("recibo", "el recibo", "file")]),
 ],
 "de": [
  dict(P=dict(sg="Produktion", pl="Produktionen", a="eine Produktion", g="f", dpl="Produktionen"), C=dict(sg="Probe", pl="Proben", a="eine Probe", g="f", dpl="Proben"),
       Pf=[F("Titel", "den Titel", "text"), F("Premierendatum", "das Premierendatum", "date"),
           F("Regisseur", "den Regisseur", "person", ["text"]), F("Budget", "das Budget", "money", ["decimal"])],
       Cf=[F("Datum", "das Datum", "date", ["datetime"]), F("Beginn", "die Uhrzeit des Beginns", "datetime", ["text"], ["Uhrzeit"]),
           F("Raum", "den Raum", "text", ["choice"]), F("Notizen", "ein paar Notizen", "long_text", ["text"])]),
  dict(P=dict(sg="Kunde", pl="Kunden", a="ein Kunde", g="m", obl="Kunden", dpl="Kunden"), C=dict(sg="Einsatz", pl="Einsätze", a="ein Einsatz", g="m", dpl="Einsätzen"),
       Pf=[F("Name", "den Namen", "text"), F("Vertragsnummer", "die Vertragsnummer", "text", ["integer"]),
           F("Vertragsende", "das Vertragsende", "date"), F("E-Mail", "die E-Mail-Adresse", "email")],
       Cf=[F("Termin", "den Termin", "date", ["datetime"], ["geplantes Datum", "Datum"]), F("Techniker", "den Techniker", "person", ["text"]),
           F("Dauer", "die Dauer", "decimal", ["integer", "text"]), F("Bericht", "einen kurzen Bericht", "long_text", ["text"])]),
  dict(P=dict(sg="Fahrzeug", pl="Fahrzeuge", a="ein Fahrzeug", g="n", dpl="Fahrzeugen"), C=dict(sg="Reparatur", pl="Reparaturen", a="eine Reparatur", g="f", dpl="Reparaturen"),
       Pf=[F("Kennzeichen", "das Kennzeichen", "text"), F("Modell", "das Modell", "text"),
           F("Kaufdatum", "das Kaufdatum", "date"), F("Kilometerstand", "den Kilometerstand", "integer", ["decimal"])],
       Cf=[F("Datum", "das Datum", "date"), F("Werkstatt", "die Werkstatt", "text"),
           F("Kosten", "die Kosten", "money", ["decimal"]), F("Rechnung", "die eingescannte Rechnung", "file", ["text"])]),
  dict(P=dict(sg="Mitglied", pl="Mitglieder", a="ein Mitglied", g="n", dpl="Mitgliedern"), C=dict(sg="Zahlung", pl="Zahlungen", a="eine Zahlung", g="f", dpl="Zahlungen"),
       Pf=[F("Name", "den Namen", "text"), F("Telefon", "die Telefonnummer", "phone"),
           F("E-Mail", "die E-Mail", "email"), F("Eintrittsdatum", "das Eintrittsdatum", "date")],
       Cf=[F("Datum", "das Datum", "date"), F("Betrag", "den Betrag", "money", ["decimal"]),
           F("Zeitraum", "den Zeitraum", "text"), F("Beleg", "den Beleg", "file")]),
 ],
}

AND = {"en": "and", "fr": "et", "es": "y", "de": "und"}


def art_list(fields, lang):
    items = [f["art"] for f in fields]
    return ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]


def bare_list(fields):
    return ", ".join(f["name"] for f in fields)


def cap(s):
    return s[:1].upper() + s[1:]


def g(n, m, f, nt=None):
    return {"m": m, "f": f, "n": nt or m}[n.get("g", "m")]


def de_each(n, case):  # jeder/jede/jedes (nom), jeden/jede/jedes (acc), jedem/jeder/jedem (dat)
    forms = {"nom": dict(m="jeder", f="jede", n="jedes"), "acc": dict(m="jeden", f="jede", n="jedes"),
             "dat": dict(m="jedem", f="jeder", n="jedem")}
    return forms[case][n["g"]] + " " + (n.get("obl", n["sg"]) if case != "nom" else n["sg"])


def de_ein(n, case):
    forms = {"nom": dict(m="ein", f="eine", n="ein"), "acc": dict(m="einen", f="eine", n="ein"),
             "dat": dict(m="einem", f="einer", n="einem")}
    return forms[case][n["g"]] + " " + (n.get("obl", n["sg"]) if case != "nom" else n["sg"])


def de_def(n, case):
    forms = {"nom": dict(m="der", f="die", n="das"), "acc": dict(m="den", f="die", n="das"),
             "dat": dict(m="dem", f="der", n="dem")}
    return forms[case][n["g"]] + " " + (n.get("obl", n["sg"]) if case != "nom" else n["sg"])


def fr_le(n):
    return ("l'" if n["sg"][0] in "aeiouéèhâ" else g(n, "le ", "la ")) + n["sg"]


def es_el(n):
    return g(n, "el ", "la ") + n["sg"]


def render(k, lang, d):
    P, C, Pf, Cf = d["P"], d["C"], d["Pf"], d["Cf"]
    pa, ca, pb, cb = art_list(Pf, lang), art_list(Cf, lang), bare_list(Pf), bare_list(Cf)
    if lang == "en":
        T = {
         "k1_for_a": f"We have {P['pl']} and {C['pl']}. For {P['a']}, we need {pa}. Each {C['sg']} is linked to {P['a']}: we note {ca}.",
         "k2_side": f"{cap(P['a'])} can have several {C['pl']}. On the {P['sg']} side: {pb}. On the {C['sg']} side: {cb}.",
         "k3_concerned": f"We should record every {C['sg']} with the {P['sg']} concerned, {ca}. For the {P['pl']} we need {pa}.",
         "k4_headings": f"{cap(P['pl'])}: {pb}\n{cap(C['pl'])}: {P['sg']}, {cb}",
         "k5_belongs": f"Each {C['sg']} belongs to one {P['sg']}. {cap(P['a'])} has {pa}; {C['a']} has {ca}.",
         "k6_parens": f"We'd like to keep track of our {P['pl']} ({pb}) and their {C['pl']} ({cb}).",
         "k7_for_every_log": f"For every {P['sg']} we log {C['pl']}, each with {ca}. About the {P['pl']} themselves we keep {pa}.",
         "k8_bullets": f"{cap(P['pl'])}\n" + "".join(f"- {f['name']}\n" for f in Pf) + f"{cap(C['pl'])} (several per {P['sg']})\n" + "".join(f"- {f['name']}\n" for f in Cf),
        }
    elif lang == "fr":
        T = {
         "k1_for_a": f"Nous avons des {P['pl']} et des {C['pl']}. Pour {P['a']}, il nous faut {pa}. Chaque {C['sg']} correspond à {P['a']} : on note {ca}.",
         "k2_side": f"{cap(P['a'])} peut avoir plusieurs {C['pl']}. Côté {P['sg']} : {pb}. Côté {C['sg']} : {cb}.",
         "k3_concerned": f"Il faudrait enregistrer chaque {C['sg']} avec {fr_le(P)} {g(P, 'concerné', 'concernée')}, {ca}. Pour les {P['pl']}, on a besoin de : {pb}.",
         "k4_headings": f"{cap(P['pl'])} : {pb}\n{cap(C['pl'])} : {P['sg']}, {cb}",
         "k5_belongs": f"Chaque {C['sg']} se rattache à un{g(P, '', 'e')} seul{g(P, '', 'e')} {P['sg']}. {cap(P['a'])} a {pa} ; {C['a']} a {ca}.",
         "k6_parens": f"On aimerait suivre nos {P['pl']} ({pb}) et leurs {C['pl']} ({cb}).",
         "k7_for_every_log": f"Pour chaque {P['sg']}, on enregistre des {C['pl']}, avec pour chacun{g(C, '', 'e')} {ca}. Pour les {P['pl']} {g(P, 'eux-mêmes', 'elles-mêmes')}, on garde {pa}.",
         "k8_bullets": f"{cap(P['pl'])}\n" + "".join(f"- {f['name']}\n" for f in Pf) + f"{cap(C['pl'])} (plusieurs par {P['sg']})\n" + "".join(f"- {f['name']}\n" for f in Cf),
        }
    elif lang == "es":
        T = {
         "k1_for_a": f"Tenemos {P['pl']} y {C['pl']}. Para {P['a']}, necesitamos {pa}. Cada {C['sg']} corresponde a {P['a']}: anotamos {ca}.",
         "k2_side": f"{cap(P['a'])} puede tener vari{g(C, 'os', 'as')} {C['pl']}. Del lado {g(P, 'del', 'de la')} {P['sg']}: {pb}. Del lado {g(C, 'del', 'de la')} {C['sg']}: {cb}.",
         "k3_concerned": f"Habría que registrar cada {C['sg']} con {es_el(P)} correspondiente, {ca}. De los {P['pl']} necesitamos {pa}." if P.get('g') == 'm' else
                         f"Habría que registrar cada {C['sg']} con {es_el(P)} correspondiente, {ca}. De las {P['pl']} necesitamos {pa}.",
         "k4_headings": f"{cap(P['pl'])}: {pb}\n{cap(C['pl'])}: {P['sg']}, {cb}",
         "k5_belongs": f"Cada {C['sg']} pertenece a un{g(P, '', 'a')} sol{g(P, 'o', 'a')} {P['sg']}. {cap(P['a'])} tiene {pa}; {C['a']} tiene {ca}.",
         "k6_parens": f"Queremos llevar el control de nuestr{g(P, 'os', 'as')} {P['pl']} ({pb}) y de sus {C['pl']} ({cb}).",
         "k7_for_every_log": f"Por cada {P['sg']} registramos {C['pl']}, cada un{g(C, 'o', 'a')} con {ca}. De {g(P, 'los', 'las')} {P['pl']} en sí guardamos {pa}.",
         "k8_bullets": f"{cap(P['pl'])}\n" + "".join(f"- {f['name']}\n" for f in Pf) + f"{cap(C['pl'])} (varios por {P['sg']})\n" + "".join(f"- {f['name']}\n" for f in Cf),
        }
    else:
        T = {
         "k1_for_a": f"Wir haben {P['pl']} und {C['pl']}. Für {de_ein(P, 'acc')} brauchen wir {pa}. {cap(de_each(C, 'nom'))} gehört zu {de_ein(P, 'dat')}: wir notieren {ca}.",
         "k2_side": f"{cap(de_ein(P, 'nom'))} kann mehrere {C['pl']} haben. Beim {P.get('obl', P['sg'])}: {pb}. Bei den {C['dpl']}: {cb}.",
         "k3_concerned": f"Wir sollten {de_each(C, 'acc')} mit {P['sg'] if 'obl' not in P else P['obl']}, {cb.rsplit(', ', 1)[0]} und {cb.rsplit(', ', 1)[1]} erfassen. Für die {P['pl']} brauchen wir {pa}.",
         "k4_headings": f"{P['pl']}: {pb}\n{C['pl']}: {P['sg']}, {cb}",
         "k5_belongs": f"{cap(de_each(C, 'nom'))} gehört zu genau {de_ein(P, 'dat')}. {cap(de_ein(P, 'nom'))} hat {pa}; {de_ein(C, 'nom')} hat {ca}.",
         "k6_parens": f"Wir möchten unsere {P['pl']} ({pb}) und ihre {C['pl']} ({cb}) verwalten.",
         "k7_for_every_log": f"Für {de_each(P, 'acc')} erfassen wir {C['pl']}, jeweils mit {cb.rsplit(', ', 1)[0]} und {cb.rsplit(', ', 1)[1]}. Zu den {P['dpl']} selbst speichern wir {pa}.",
         "k8_bullets": f"{P['pl']}\n" + "".join(f"- {f['name']}\n" for f in Pf) + f"{C['pl']} (mehrere pro {P['sg']})\n" + "".join(f"- {f['name']}\n" for f in Cf),
        }
    T.update(child_lists(lang, P, C, Pf, Cf, pa, ca, pb, cb))
    return T[k]


def und_list(fields, lang):
    items = [f["name"] for f in fields]
    return ", ".join(items[:-1]) + f" {AND[lang]} " + items[-1]


def child_lists(lang, P, C, Pf, Cf, pa, ca, pb, cb):
    """Six more ways to say that each parent has many child records, after the parent's own fields."""
    if lang == "en":
        intro = f"We keep our {P['pl']} with {pa}"
        return {
         "k9_has_several": f"{intro}. Each {P['sg']} has several {C['pl']} ({cb}).",
         "k10_history_of": f"{intro}, and for each {P['sg']} a history of its {C['pl']} with {ca}.",
         "k11_each_of_them": f"We'd like a list of {P['pl']} with {pa}, and for each of them its {C['pl']}: {cb}.",
         "k12_per_colon": f"Per {P['sg']}: {pb}. Per {C['sg']}: {P['sg']}, {cb}.",
         "k13_over_time": f"{intro}. Every {P['sg']} gets {C['pl']} over time, and for each {C['sg']} we note {ca}.",
         "k14_record_of_each": f"{intro}. We also want to record the {C['pl']} of each {P['sg']}, with {ca}.",
        }
    if lang == "fr":
        intro = f"On suit nos {P['pl']} avec {pa}"
        return {
         "k9_has_several": f"{intro}. Chaque {P['sg']} a plusieurs {C['pl']} ({cb}).",
         "k10_history_of": f"{intro}, et pour chaque {P['sg']} l'historique de ses {C['pl']} avec {ca}.",
         "k11_each_of_them": f"On voudrait une liste des {P['pl']} avec {pa}, et pour chacun{g(P, '', 'e')} ses {C['pl']} : {cb}.",
         "k12_per_colon": f"Par {P['sg']} : {pb}. Par {C['sg']} : {P['sg']}, {cb}.",
         "k13_over_time": f"{intro}. Chaque {P['sg']} reçoit des {C['pl']} au fil du temps, et pour chaque {C['sg']} on note {ca}.",
         "k14_record_of_each": f"{intro}. On veut aussi enregistrer les {C['pl']} de chaque {P['sg']}, avec {ca}.",
        }
    if lang == "es":
        intro = f"Llevamos nuestr{g(P, 'os', 'as')} {P['pl']} con {pa}"
        return {
         "k9_has_several": f"{intro}. Cada {P['sg']} tiene vari{g(C, 'os', 'as')} {C['pl']} ({cb}).",
         "k10_history_of": f"{intro}, y para cada {P['sg']} el historial de sus {C['pl']} con {ca}.",
         "k11_each_of_them": f"Queremos una lista de {P['pl']} con {pa}, y para cada un{g(P, 'o', 'a')} sus {C['pl']}: {cb}.",
         "k12_per_colon": f"Por {P['sg']}: {pb}. Por {C['sg']}: {P['sg']}, {cb}.",
         "k13_over_time": f"{intro}. Cada {P['sg']} va teniendo {C['pl']} con el tiempo, y de cada {C['sg']} anotamos {ca}.",
         "k14_record_of_each": f"{intro}. También queremos registrar {g(C, 'los', 'las')} {C['pl']} de cada {P['sg']}, con {ca}.",
        }
    pu, cu = und_list(Pf, lang), und_list(Cf, lang)
    intro = f"Wir verwalten unsere {P['pl']} mit {pu}"
    return {
     "k9_has_several": f"{intro}. {cap(de_each(P, 'nom'))} hat mehrere {C['pl']} ({cb}).",
     "k10_history_of": f"{intro}, und zu {de_each(P, 'dat')} die Historie der {C['pl']} mit {cu}.",
     "k11_each_of_them": f"Wir brauchen eine Liste der {P['pl']} mit {pu}, und zu {g(P, 'jedem', 'jeder', 'jedem')} davon die {C['pl']}: {cb}.",
     "k12_per_colon": f"Pro {P['sg']}: {pb}. Pro {C['sg']}: {P['sg']}, {cb}.",
     "k13_over_time": f"{intro}. Zu {de_each(P, 'dat')} kommen mit der Zeit {C['pl']} dazu, und bei {de_each(C, 'dat')} notieren wir {cu}.",
     "k14_record_of_each": f"{intro}. Außerdem wollen wir die {C['pl']} zu {de_each(P, 'dat')} erfassen, mit {cu}.",
    }


# a greeting or context before the request and a closing after it, on half the domains: people rarely start cold
WRAP = {
 "en": {1: ("Hi, I run a small team and we'd like to stop using paper for this.", "Is that possible? Thanks a lot."),
        3: ("Hello! Our spreadsheets have become a mess, so we want a proper tool.", "Thanks in advance!")},
 "fr": {1: ("Bonjour, je gère une petite équipe et on voudrait arrêter le papier.", "Est-ce possible ? Merci d'avance."),
        3: ("Bonjour ! Nos tableurs sont devenus ingérables, il nous faudrait un vrai outil.", "Merci !")},
 "es": {1: ("Hola, llevo un equipo pequeño y queremos dejar el papel.", "¿Es posible? ¡Gracias!"),
        3: ("¡Buenas! Nuestras hojas de cálculo ya son un caos y necesitamos una herramienta de verdad.", "Gracias de antemano.")},
 "de": {1: ("Hallo, ich leite ein kleines Team und wir wollen weg vom Papier.", "Geht das? Vielen Dank!"),
        3: ("Guten Tag, unsere Tabellen sind inzwischen ein Chaos, wir bräuchten ein richtiges Tool.", "Danke im Voraus!")},
}


def wrapped(k, lang, i, text):
    if i not in WRAP[lang]:
        return text
    pre, post = WRAP[lang][i]
    sep = "\n" if "\n" in text else " "
    return pre + sep + text.rstrip("\n") + sep + post


def field(f):
    out = {"name": f["name"], "aliases": f["aliases"], "type": f["type"], "alt_types": f["alt"]}
    return out


def case(k, lang, i, d):
    P, C = d["P"], d["C"]
    pname, cname = cap(P["sg"]), cap(C["sg"])
    ents = [
        {"name": pname, "aliases": [cap(P["pl"])], "fields": [field(f) for f in d["Pf"]]},
        {"name": cname, "aliases": [cap(C["pl"])], "fields": [{"name": P["sg"], "aliases": [], "type": "reference",
                                                               "alt_types": [], "target": pname}] + [field(f) for f in d["Cf"]]},
    ]
    return {"id": f"{k}-{lang}-{i}", "lang": lang, "prompt": wrapped(k, lang, i, render(k, lang, d)), "entities": ents,
            "relations": [{"from": cname, "to": pname}], "notes": k}


KINDS = ["k1_for_a", "k2_side", "k3_concerned", "k4_headings", "k5_belongs", "k6_parens", "k7_for_every_log", "k8_bullets",
         "k9_has_several", "k10_history_of", "k11_each_of_them", "k12_per_colon", "k13_over_time", "k14_record_of_each"]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "draft.jsonl"), "w", encoding="utf-8") as out:
        for k in KINDS:
            for lang in ["en", "fr", "es", "de"]:
                for i, d in enumerate(DOMAINS[lang]):
                    out.write(json.dumps(case(k, lang, i, d), ensure_ascii=False) + "\n")
