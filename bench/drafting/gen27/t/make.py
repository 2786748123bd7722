#!/usr/bin/env python3
"""Generated set gen27/t (session 27, improver t): TYPES in chat edits, four languages.

Written from the writer's own knowledge of the languages and of office work, before the engine was run on it.
Six domains of my own (a car-sharing fleet's reservations, a print shop's orders, a music school's lessons,
a coworking space's memberships, a vineyard's harvest loads, a food bank's donations), each in en/fr/es/de.

Constructions (crossed with word families of types and with edit shapes: imperative, need, question,
e-mail-like polite wrapping, fast typing without accents):
  add_word    a field added whose type is given by the detail's own words: money (deposit, fee, refund amount),
              decimal (litres, kg, km, hours), count (number of ..., how many), date, date and time, yes/no
              (whether / si / ob), long text (notes, description), person (who does it), file (scan, photo,
              signed form), e-mail, phone, link, choice with its values, plain text that carries a person or file
              word (the driver's licence number, the document reference)
  add_said    a field added with an explicit type phrase ("add Fuel level as a decimal number", "ajoute un champ
              « Caution » (montant)", "añade Turno como un desplegable con mañana, tarde y noche",
              "Kilometerstand bitte als ganze Zahl ergänzen")
  chg_type    an existing field given another type by a type phrase ("make X a whole number", "X devrait être
              une date", "que X sea un importe", "X bitte als Datum", "turn X into a yes/no")
  chg_choice  an existing field made a list to pick from with its values (change_type + set_options)
Gold: only the asked change; added fields under the name the message says, of the type of the word family
(alt_types where another type is also reasonable).
Run from this folder:  python3 make.py  -> refine.jsonl ;  python3 table.py ANSWERS.jsonl [-v]
"""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "fr", "es", "de"]

# alt types: for a type read from the detail's words (looser) and for a type said outright (strict)
ALT_WORD = {"money": ["decimal"], "decimal": ["money", "integer"], "integer": ["decimal"], "date": ["datetime"],
            "datetime": ["date"], "boolean": [], "long_text": ["text"], "person": ["text"], "file": [],
            "email": ["text"], "phone": ["text"], "url": ["text"], "choice": [], "text": ["long_text"]}
ALT_SAID = {"money": ["decimal"], "decimal": [], "integer": [], "date": [], "datetime": [], "boolean": [],
            "long_text": [], "person": [], "file": [], "email": [], "phone": [], "url": [], "choice": ["multi_choice"],
            "text": []}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    s = fold(s).lower()
    out = "".join(c if c.isalnum() else "_" for c in s)
    while "__" in out:
        out = out.replace("__", "_")
    return out.strip("_")


# type phrases: lang -> type -> [(np, bare)]  (de np: (nominative, accusative))
TP = {
    "en": {"money": [("money", "money"), ("an amount in euros", "amount"), ("a price", "price")],
           "decimal": [("a decimal number", "decimal"), ("a number with decimals", "decimal number")],
           "integer": [("a whole number", "whole number"), ("an integer", "integer")],
           "date": [("a date", "date")],
           "datetime": [("a date and time", "date and time"), ("a date with the time", "date + time")],
           "boolean": [("a yes/no", "yes/no"), ("a checkbox", "checkbox"), ("a tick box", "tick box")],
           "long_text": [("a long text", "long text"), ("a multi-line text box", "multi-line text")],
           "person": [("a person from the staff list", "person"), ("a person picker", "person")],
           "file": [("a file upload", "file"), ("an attachment", "attachment")],
           "email": [("an email address", "email")],
           "phone": [("a phone number", "phone number")],
           "url": [("a link", "link"), ("a web address", "URL")],
           "text": [("plain text", "text"), ("a simple text field", "text")]},
    "fr": {"money": [("un montant", "montant"), ("un montant en euros", "montant en €"), ("un prix", "prix")],
           "decimal": [("un nombre décimal", "décimal"), ("un nombre à virgule", "nombre à virgule")],
           "integer": [("un nombre entier", "nombre entier"), ("un entier", "entier")],
           "date": [("une date", "date")],
           "datetime": [("une date et heure", "date et heure"), ("une date avec l'heure", "date + heure")],
           "boolean": [("un oui/non", "oui/non"), ("une case à cocher", "case à cocher")],
           "long_text": [("un texte long", "texte long"), ("un texte sur plusieurs lignes", "texte multiligne")],
           "person": [("une personne de l'équipe", "personne"), ("un utilisateur", "utilisateur")],
           "file": [("un fichier", "fichier"), ("une pièce jointe", "pièce jointe")],
           "email": [("une adresse e-mail", "e-mail"), ("un courriel", "courriel")],
           "phone": [("un numéro de téléphone", "téléphone")],
           "url": [("un lien", "lien"), ("une URL", "URL")],
           "text": [("un texte simple", "texte"), ("un simple champ texte", "texte simple")]},
    "es": {"money": [("un importe", "importe"), ("un importe en euros", "importe en euros"), ("un precio", "precio")],
           "decimal": [("un número decimal", "decimal"), ("un número con decimales", "número con decimales")],
           "integer": [("un número entero", "número entero"), ("un entero", "entero")],
           "date": [("una fecha", "fecha")],
           "datetime": [("una fecha y hora", "fecha y hora"), ("una fecha con hora", "fecha con hora")],
           "boolean": [("un sí/no", "sí/no"), ("una casilla de verificación", "casilla")],
           "long_text": [("un texto largo", "texto largo"), ("un texto de varias líneas", "texto multilínea")],
           "person": [("una persona del equipo", "persona"), ("un usuario", "usuario")],
           "file": [("un archivo", "archivo"), ("un adjunto", "adjunto")],
           "email": [("un correo electrónico", "email")],
           "phone": [("un número de teléfono", "teléfono")],
           "url": [("un enlace", "enlace"), ("una URL", "URL")],
           "text": [("un texto normal", "texto"), ("texto simple", "texto simple")]},
    "de": {"money": [(("ein Geldbetrag", "einen Geldbetrag"), "Geldbetrag"), (("ein Betrag in Euro", "einen Betrag in Euro"), "Betrag in Euro"), (("ein Preis", "einen Preis"), "Preis")],
           "decimal": [(("eine Dezimalzahl", "eine Dezimalzahl"), "Dezimalzahl"), (("eine Kommazahl", "eine Kommazahl"), "Kommazahl")],
           "integer": [(("eine ganze Zahl", "eine ganze Zahl"), "ganze Zahl"), (("eine Ganzzahl", "eine Ganzzahl"), "Ganzzahl")],
           "date": [(("ein Datum", "ein Datum"), "Datum")],
           "datetime": [(("Datum mit Uhrzeit", "Datum mit Uhrzeit"), "Datum mit Uhrzeit"), (("ein Zeitpunkt mit Datum und Uhrzeit", "einen Zeitpunkt mit Datum und Uhrzeit"), "Datum und Uhrzeit")],
           "boolean": [(("ein Ja/Nein-Feld", "ein Ja/Nein-Feld"), "Ja/Nein"), (("eine Checkbox", "eine Checkbox"), "Checkbox"), (("ein Häkchen", "ein Häkchen"), "Häkchen")],
           "long_text": [(("ein langer Text", "einen langen Text"), "Langtext"), (("ein mehrzeiliges Textfeld", "ein mehrzeiliges Textfeld"), "Freitext (mehrzeilig)")],
           "person": [(("eine Person aus dem Team", "eine Person aus dem Team"), "Person"), (("ein Benutzer", "einen Benutzer"), "Benutzer")],
           "file": [(("eine Datei", "eine Datei"), "Datei"), (("ein Anhang", "einen Anhang"), "Anhang")],
           "email": [(("eine E-Mail-Adresse", "eine E-Mail-Adresse"), "E-Mail-Adresse")],
           "phone": [(("eine Telefonnummer", "eine Telefonnummer"), "Telefonnummer")],
           "url": [(("ein Link", "einen Link"), "Link"), (("eine Webadresse", "eine Webadresse"), "URL")],
           "text": [(("ein einfaches Textfeld", "ein einfaches Textfeld"), "einfaches Textfeld"), (("normaler Text", "normalen Text"), "Text")]},
}


def choice_np(lang, vals, i):
    a = ", ".join(vals[:-1])
    z = vals[-1]
    forms = {
        "en": [(f"a dropdown with {a} and {z}", f"dropdown: {', '.join(vals)}"),
               (f"a list to pick from: {', '.join(vals)}", f"pick list: {', '.join(vals)}"),
               (f"a choice between {a} or {z}", f"choice of {a} or {z}")],
        "fr": [(f"une liste déroulante : {', '.join(vals)}", f"liste déroulante : {', '.join(vals)}"),
               (f"un choix entre {a} et {z}", f"choix : {a} ou {z}"),
               (f"une liste de choix ({', '.join(vals)})", f"liste de choix : {', '.join(vals)}")],
        "es": [(f"un desplegable con {a} y {z}", f"desplegable: {', '.join(vals)}"),
               (f"una lista: {a} o {z}", f"lista: {a} o {z}"),
               (f"una opción entre {a} y {z}", f"opciones: {', '.join(vals)}")],
        "de": [((f"ein Auswahlfeld mit {a} und {z}", f"ein Auswahlfeld mit {a} und {z}"), f"Auswahl: {', '.join(vals)}"),
               ((f"eine Auswahlliste: {a} oder {z}", f"eine Auswahlliste: {a} oder {z}"), f"Auswahlliste ({', '.join(vals)})"),
               ((f"ein Dropdown ({', '.join(vals)})", f"ein Dropdown ({', '.join(vals)})"), f"Dropdown mit {a} und {z}")],
    }
    return forms[lang][i % 3]


def type_np(lang, t, i, vals=None):
    if t == "choice":
        return choice_np(lang, vals, i)
    v = TP[lang][t]
    return v[i % len(v)]


def nom(np):
    return np[0] if isinstance(np, tuple) else np


def acc(np):
    return np[1] if isinstance(np, tuple) else np


def cap(s):
    return s[:1].upper() + s[1:]


# frames -------------------------------------------------------------------
ADD_WORD = {
    "en": ["add {np}", "we also need {np} {inn}", "could you add {np}?", "Hi, can we record {np} {inn} as well? Thanks",
           "pls add {np}"],
    "fr": ["ajoute {np}", "il nous faut aussi {np} {inn}", "pourrais-tu ajouter {np} ?",
           "Bonjour, on voudrait noter {np} {inn}. Merci", "rajoute {np} stp"],
    "es": ["añade {np}", "necesitamos también {np} {inn}", "¿puedes agregar {np}?",
           "Hola, queremos registrar {np} {inn}. Gracias", "agrega {np} porfa"],
    "de": ["füge {np} hinzu", "wir brauchen noch {np} {inn}", "kannst du {np} ergänzen?",
           "Hallo, bitte {inn} auch {np} erfassen. Danke", "bitte noch {np} dazu"],
}
# German details said as a clause (ob / wer / wie viele ...) stand after a comma
ADD_WORD_DE_CLAUSE = ["erfasst bitte auch, {np}", "wir wollen {inn} noch festhalten, {np}", "kannst du ergänzen, {np}?",
                      "Hallo, bitte {inn} auch erfassen, {np}. Danke", "bitte noch erfassen, {np}"]
PLURAL_VERBS = {"fr": [("devrait être", "devraient être"), ("doit devenir", "doivent devenir"), ("doit être", "doivent être")],
                "es": [("debería ser", "deberían ser"), ("tiene que ser", "tienen que ser"), ("sea ", "sean ")]}
ADD_SAID = {
    "en": ["add {name} as {np}", "add a field '{name}' ({bare})", "new field {name}: {bare}",
           "can you add {name} {inn}? it should be {np}"],
    "fr": ["ajoute {name} comme {np}", "ajoute un champ « {name} » ({bare})", "nouveau champ {name} : {bare}",
           "tu peux ajouter {name} {inn} ? ce sera {np}"],
    "es": ["añade {name} como {np}", "añade un campo '{name}' ({bare})", "campo nuevo {name}: {bare}",
           "¿puedes añadir {name} {inn}? que sea {np}"],
    "de": ["füge {name} als {bare} hinzu", "neues Feld „{name}“ ({bare})", "{name} bitte als {bare} ergänzen",
           "kannst du {name} {inn} hinzufügen? soll {np} sein"],
}
CHG = {
    "en": ["make {ref} {np}", "{Ref} should be {np}", "change {ref} to {np}", "turn {ref} into {np}",
           "can {ref} be {np} instead?", "Hello, {ref} needs to be {np}, thanks!"],
    "fr": ["{Ref} devrait être {np}", "passe {ref} en {bare}", "transforme {ref} en {np}", "{Ref} doit devenir {np}",
           "tu peux mettre {ref} en {bare} ?", "Bonjour, {ref} doit être {np}, merci !"],
    "es": ["que {ref} sea {np}", "cambia {ref} a {np}", "{Ref} debería ser {np}", "convierte {ref} en {np}",
           "¿puedes poner {ref} como {np}?", "Hola, {ref} tiene que ser {np}, gracias"],
    "de": ["{lab} bitte als {bare}", "das Feld {lab} soll {np} sein", "stell das Feld {lab} bitte auf {bare} um",
           "mach aus dem Feld {lab} {acc}", "kann {lab} {np} werden?", "Hallo, {lab} sollte {np} sein, danke!"],
}

# domains --------------------------------------------------------------------
# fields: [(key, type)]; per lang: name, plural, app, inn, labels, options, refs (en/fr/es: the field said with its
# article), words: [(type, np, name, aliases, options)], said: [(name, type, options)],
# chg: [(fkey, type)], chc: (fkey, options)
D = []

D.append(dict(
    key="reservation",
    fields=[("car", "text"), ("pickup", "date"), ("status", "choice"), ("fuel_level", "text"),
            ("km_driven", "text"), ("damage_noted", "text")],
    lang={
        "en": dict(name="Reservation", plural="Reservations", app="Car sharing", inn="on the reservations",
                   labels={"car": "Car", "member": "Member", "pickup": "Pickup", "status": "Status", "fuel_level": "Fuel level",
                           "km_driven": "Km driven", "damage_noted": "Damage noted"},
                   options={"status": ["Booked", "Out", "Returned"]},
                   refs={"pickup": "the pickup", "fuel_level": "the fuel level", "km_driven": "km driven",
                         "damage_noted": "damage noted", "car": "the car"},
                   words=[("money", "the deposit amount", "deposit amount", ["deposit"], None),
                          ("decimal", "the litres of fuel refilled", "litres refilled", ["fuel refilled", "litres of fuel", "refilled"], None),
                          ("text", "the driver's licence number", "driver's licence number", ["licence number", "driving licence number"], None),
                          ("boolean", "whether the car was cleaned", "cleaned", ["car cleaned", "was cleaned"], None),
                          ("choice", "the cancellation reason (illness, weather, other)", "cancellation reason", ["reason"], ["Illness", "Weather", "Other"])],
                   said=[("Return time", "datetime", None), ("Child seat", "boolean", None), ("Late fee", "money", None)],
                   chg=[("pickup", "datetime"), ("km_driven", "integer"), ("damage_noted", "long_text")],
                   chc=("fuel_level", ["Full", "Half", "Empty"])),
        "fr": dict(name="Réservation", plural="Réservations", app="Autopartage", inn="sur les réservations",
                   labels={"car": "Voiture", "member": "Membre", "pickup": "Retrait", "status": "Statut", "fuel_level": "Niveau de carburant",
                           "km_driven": "Km parcourus", "damage_noted": "Dégâts constatés"},
                   options={"status": ["Réservée", "En cours", "Rendue"]},
                   refs={"pickup": "le retrait", "fuel_level": "le niveau de carburant", "km_driven": "les km parcourus",
                         "damage_noted": "les dégâts constatés", "car": "la voiture"},
                   words=[("money", "le montant de la caution", "montant de la caution", ["caution", "dépôt de garantie"], None),
                          ("decimal", "les litres de carburant remis", "litres remis", ["litres de carburant", "carburant remis", "litres"], None),
                          ("text", "le numéro de permis du conducteur", "numéro de permis", ["permis", "numéro de permis de conduire"], None),
                          ("boolean", "si la voiture a été nettoyée", "nettoyée", ["voiture nettoyée", "nettoyage"], None),
                          ("choice", "le motif d'annulation (maladie, météo, autre)", "motif d'annulation", ["motif"], ["Maladie", "Météo", "Autre"])],
                   said=[("Heure de retour", "datetime", None), ("Siège enfant", "boolean", None), ("Frais de retard", "money", None)],
                   chg=[("pickup", "datetime"), ("km_driven", "integer"), ("damage_noted", "long_text")],
                   chc=("fuel_level", ["Plein", "Moitié", "Vide"])),
        "es": dict(name="Reserva", plural="Reservas", app="Coche compartido", inn="en las reservas",
                   labels={"car": "Coche", "member": "Socio", "pickup": "Recogida", "status": "Estado", "fuel_level": "Nivel de combustible",
                           "km_driven": "Km recorridos", "damage_noted": "Daños observados"},
                   options={"status": ["Reservada", "En uso", "Devuelta"]},
                   refs={"pickup": "la recogida", "fuel_level": "el nivel de combustible", "km_driven": "los km recorridos",
                         "damage_noted": "los daños observados", "car": "el coche"},
                   words=[("money", "el importe de la fianza", "importe de la fianza", ["fianza", "depósito"], None),
                          ("decimal", "los litros de combustible repostados", "litros repostados", ["litros", "combustible repostado"], None),
                          ("text", "el número de carné del conductor", "número de carné", ["carné de conducir", "número de carnet"], None),
                          ("boolean", "si el coche se ha limpiado", "limpiado", ["coche limpio", "limpieza"], None),
                          ("choice", "el motivo de cancelación (enfermedad, tiempo, otro)", "motivo de cancelación", ["motivo"], ["Enfermedad", "Tiempo", "Otro"])],
                   said=[("Hora de devolución", "datetime", None), ("Silla infantil", "boolean", None), ("Recargo por retraso", "money", None)],
                   chg=[("pickup", "datetime"), ("km_driven", "integer"), ("damage_noted", "long_text")],
                   chc=("fuel_level", ["Lleno", "Medio", "Vacío"])),
        "de": dict(name="Buchung", plural="Buchungen", app="Carsharing", inn="bei den Buchungen",
                   labels={"car": "Auto", "member": "Mitglied", "pickup": "Abholung", "status": "Status", "fuel_level": "Tankstand",
                           "km_driven": "Gefahrene Km", "damage_noted": "Festgestellte Schäden"},
                   options={"status": ["Gebucht", "Unterwegs", "Zurück"]},
                   refs={},
                   words=[("money", "die Kautionshöhe", "Kautionshöhe", ["Kaution", "Kautionsbetrag"], None),
                          ("decimal", "die getankten Liter", "getankte Liter", ["Liter", "Tankmenge"], None),
                          ("text", "die Führerscheinnummer des Fahrers", "Führerscheinnummer", ["Führerschein", "Führerschein-Nr."], None),
                          ("boolean", "ob das Auto gereinigt wurde", "gereinigt", ["Auto gereinigt", "Reinigung"], None),
                          ("choice", "den Stornogrund (Krankheit, Wetter, Sonstiges)", "Stornogrund", ["Grund"], ["Krankheit", "Wetter", "Sonstiges"])],
                   said=[("Rückgabezeit", "datetime", None), ("Kindersitz", "boolean", None), ("Verspätungsgebühr", "money", None)],
                   chg=[("pickup", "datetime"), ("km_driven", "integer"), ("damage_noted", "long_text")],
                   chc=("fuel_level", ["Voll", "Halb", "Leer"])),
    }))

D.append(dict(
    key="print_order",
    fields=[("customer", "text"), ("copies", "text"), ("paper", "text"), ("proof", "text"),
            ("designer", "text"), ("price", "text")],
    lang={
        "en": dict(name="Print order", plural="Print orders", app="Print shop", inn="on the print orders",
                   labels={"customer": "Customer", "ordered_on": "Ordered on", "copies": "Copies", "paper": "Paper",
                           "proof": "Proof", "designer": "Designer", "price": "Price"},
                   options={}, refs={"copies": "the copies", "paper": "the paper", "proof": "the proof", "designer": "the designer",
                                     "price": "the price"},
                   words=[("file", "the artwork file", "artwork file", ["artwork", "print file"], None),
                          ("integer", "the number of pages", "number of pages", ["pages", "page count"], None),
                          ("date", "the date the customer approved the proof", "proof approval date", ["approval date", "date approved", "proof approved on"], None),
                          ("long_text", "notes on finishing and binding", "finishing notes", ["notes", "finishing and binding notes", "binding notes"], None),
                          ("email", "the customer's email for the proof", "customer email", ["email", "proof email"], None)],
                   said=[("Trim size", "choice", ["A4", "A5", "Letter"]), ("Rush", "boolean", None), ("Weight per sheet", "decimal", None)],
                   chg=[("price", "money"), ("designer", "person"), ("proof", "file")],
                   chc=("paper", ["Matte", "Gloss", "Recycled"])),
        "fr": dict(name="Commande d'impression", plural="Commandes d'impression", app="Imprimerie", inn="sur les commandes",
                   labels={"customer": "Client", "ordered_on": "Commandée le", "copies": "Exemplaires", "paper": "Papier",
                           "proof": "Bon à tirer", "designer": "Graphiste", "price": "Prix"},
                   options={}, refs={"copies": "les exemplaires", "paper": "le papier", "proof": "le bon à tirer",
                                     "designer": "le graphiste", "price": "le prix"},
                   words=[("file", "le fichier d'impression", "fichier d'impression", ["fichier", "fichier à imprimer"], None),
                          ("integer", "le nombre de pages", "nombre de pages", ["pages", "nb de pages"], None),
                          ("date", "la date où le client a validé le BAT", "date de validation du BAT", ["date de validation", "validé le", "date de validation BAT"], None),
                          ("long_text", "des notes sur la finition et la reliure", "notes de finition", ["notes", "finition", "notes sur la finition"], None),
                          ("email", "l'e-mail du client pour le BAT", "e-mail du client", ["e-mail", "email", "courriel"], None)],
                   said=[("Format", "choice", ["A4", "A5", "A3"]), ("Urgent", "boolean", None), ("Grammage", "decimal", None)],
                   chg=[("price", "money"), ("designer", "person"), ("proof", "file")],
                   chc=("paper", ["Mat", "Brillant", "Recyclé"])),
        "es": dict(name="Pedido de impresión", plural="Pedidos de impresión", app="Imprenta", inn="en los pedidos",
                   labels={"customer": "Cliente", "ordered_on": "Fecha de pedido", "copies": "Copias", "paper": "Papel",
                           "proof": "Prueba", "designer": "Diseñador", "price": "Precio"},
                   options={}, refs={"copies": "las copias", "paper": "el papel", "proof": "la prueba", "designer": "el diseñador",
                                     "price": "el precio"},
                   words=[("file", "el archivo de impresión", "archivo de impresión", ["archivo", "archivo para imprimir"], None),
                          ("integer", "el número de páginas", "número de páginas", ["páginas", "nº de páginas"], None),
                          ("date", "la fecha en que el cliente aprobó la prueba", "fecha de aprobación", ["aprobada el", "fecha de aprobación de la prueba"], None),
                          ("long_text", "notas sobre acabado y encuadernación", "notas de acabado", ["notas", "acabado", "notas sobre acabado"], None),
                          ("email", "el correo del cliente para la prueba", "correo del cliente", ["correo", "email"], None)],
                   said=[("Formato", "choice", ["A4", "A5", "A3"]), ("Urgente", "boolean", None), ("Gramaje", "decimal", None)],
                   chg=[("price", "money"), ("designer", "person"), ("proof", "file")],
                   chc=("paper", ["Mate", "Brillo", "Reciclado"])),
        "de": dict(name="Druckauftrag", plural="Druckaufträge", app="Druckerei", inn="bei den Druckaufträgen",
                   labels={"customer": "Kunde", "ordered_on": "Bestellt am", "copies": "Auflage", "paper": "Papier",
                           "proof": "Korrekturabzug", "designer": "Grafiker", "price": "Preis"},
                   options={}, refs={},
                   words=[("file", "die Druckdatei", "Druckdatei", ["Datei", "Druckvorlage"], None),
                          ("integer", "die Seitenzahl", "Seitenzahl", ["Seiten", "Anzahl Seiten"], None),
                          ("date", "das Datum der Druckfreigabe durch den Kunden", "Freigabedatum", ["Datum der Druckfreigabe", "Druckfreigabe am", "freigegeben am"], None),
                          ("long_text", "Hinweise zur Weiterverarbeitung und Bindung", "Hinweise zur Weiterverarbeitung", ["Hinweise", "Weiterverarbeitung", "Notizen"], None),
                          ("email", "die E-Mail des Kunden für den Abzug", "E-Mail des Kunden", ["E-Mail", "Kunden-E-Mail"], None)],
                   said=[("Format", "choice", ["A4", "A5", "A3"]), ("Eilauftrag", "boolean", None), ("Grammatur", "decimal", None)],
                   chg=[("price", "money"), ("designer", "person"), ("proof", "file")],
                   chc=("paper", ["Matt", "Glänzend", "Recycling"])),
    }))

D.append(dict(
    key="lesson",
    fields=[("pupil", "text"), ("instrument", "text"), ("lesson_date", "date"), ("length", "text"),
            ("homework", "text"), ("parent_contact", "text")],
    lang={
        "en": dict(name="Lesson", plural="Lessons", app="Music school", inn="on the lessons",
                   labels={"pupil": "Pupil", "teacher": "Teacher", "instrument": "Instrument", "lesson_date": "Lesson date",
                           "length": "Length", "homework": "Homework", "parent_contact": "Parent contact"},
                   options={}, refs={"instrument": "the instrument", "length": "the length", "homework": "the homework",
                                     "parent_contact": "the parent contact", "lesson_date": "the lesson date"},
                   words=[("money", "the lesson fee", "lesson fee", ["fee", "price"], None),
                          ("person", "the accompanist who plays with the pupil", "accompanist", ["pianist"], None),
                          ("phone", "the parent's mobile number", "parent's mobile", ["mobile number", "parent mobile", "mobile"], None),
                          ("decimal", "how many hours the pupil practised", "hours practised", ["practice hours", "hours"], None),
                          ("url", "a link to the sheet music", "sheet music link", ["sheet music", "link"], None)],
                   said=[("Level", "choice", ["Beginner", "Intermediate", "Advanced"]), ("Room", "text", None), ("Exam date", "date", None)],
                   chg=[("length", "integer"), ("homework", "long_text"), ("parent_contact", "email")],
                   chc=("instrument", ["Piano", "Violin", "Guitar"])),
        "fr": dict(name="Cours", plural="Cours", app="École de musique", inn="sur les cours",
                   labels={"pupil": "Élève", "teacher": "Professeur", "instrument": "Instrument", "lesson_date": "Date du cours",
                           "length": "Durée", "homework": "Devoirs", "parent_contact": "Contact parent"},
                   options={}, refs={"instrument": "l'instrument", "length": "la durée", "homework": "les devoirs",
                                     "parent_contact": "le contact parent", "lesson_date": "la date du cours"},
                   words=[("money", "le tarif du cours", "tarif du cours", ["tarif", "prix du cours", "prix"], None),
                          ("person", "l'accompagnateur qui joue avec l'élève", "accompagnateur", ["pianiste accompagnateur"], None),
                          ("phone", "le portable du parent", "portable du parent", ["portable", "téléphone du parent"], None),
                          ("decimal", "combien d'heures l'élève a travaillé", "heures de travail", ["heures travaillées", "heures", "heures de pratique"], None),
                          ("url", "un lien vers la partition", "lien vers la partition", ["partition", "lien"], None)],
                   said=[("Niveau", "choice", ["Débutant", "Intermédiaire", "Avancé"]), ("Salle", "text", None), ("Date d'examen", "date", None)],
                   chg=[("length", "integer"), ("homework", "long_text"), ("parent_contact", "email")],
                   chc=("instrument", ["Piano", "Violon", "Guitare"])),
        "es": dict(name="Clase", plural="Clases", app="Escuela de música", inn="en las clases",
                   labels={"pupil": "Alumno", "teacher": "Profesor", "instrument": "Instrumento", "lesson_date": "Fecha de la clase",
                           "length": "Duración", "homework": "Deberes", "parent_contact": "Contacto de los padres"},
                   options={}, refs={"instrument": "el instrumento", "length": "la duración", "homework": "los deberes",
                                     "parent_contact": "el contacto de los padres", "lesson_date": "la fecha de la clase"},
                   words=[("money", "la cuota de la clase", "cuota de la clase", ["cuota", "precio de la clase", "precio"], None),
                          ("person", "el acompañante que toca con el alumno", "acompañante", ["pianista acompañante"], None),
                          ("phone", "el móvil de los padres", "móvil de los padres", ["móvil", "teléfono de los padres"], None),
                          ("decimal", "cuántas horas ha practicado el alumno", "horas de práctica", ["horas practicadas", "horas"], None),
                          ("url", "un enlace a la partitura", "enlace a la partitura", ["partitura", "enlace"], None)],
                   said=[("Nivel", "choice", ["Principiante", "Intermedio", "Avanzado"]), ("Aula", "text", None), ("Fecha de examen", "date", None)],
                   chg=[("length", "integer"), ("homework", "long_text"), ("parent_contact", "email")],
                   chc=("instrument", ["Piano", "Violín", "Guitarra"])),
        "de": dict(name="Unterrichtsstunde", plural="Unterrichtsstunden", app="Musikschule", inn="bei den Stunden",
                   labels={"pupil": "Schüler", "teacher": "Lehrer", "instrument": "Instrument", "lesson_date": "Datum",
                           "length": "Dauer", "homework": "Hausaufgaben", "parent_contact": "Elternkontakt"},
                   options={}, refs={},
                   words=[("money", "das Stundenhonorar", "Stundenhonorar", ["Honorar", "Preis"], None),
                          ("person", "den Begleiter, der mit dem Schüler spielt", "Begleiter", ["Begleitung", "Korrepetitor"], None),
                          ("phone", "die Handynummer der Eltern", "Handynummer der Eltern", ["Handynummer", "Telefon der Eltern", "Handy"], None),
                          ("decimal", "wie viele Stunden der Schüler geübt hat", "Übungsstunden", ["geübte Stunden", "Stunden"], None),
                          ("url", "einen Link zu den Noten", "Link zu den Noten", ["Noten", "Link", "Notenlink"], None)],
                   said=[("Niveau", "choice", ["Anfänger", "Mittelstufe", "Fortgeschritten"]), ("Raum", "text", None), ("Prüfungsdatum", "date", None)],
                   chg=[("length", "integer"), ("homework", "long_text"), ("parent_contact", "email")],
                   chc=("instrument", ["Klavier", "Geige", "Gitarre"])),
    }))

D.append(dict(
    key="membership",
    fields=[("member", "text"), ("plan", "text"), ("start", "date"), ("monthly_rate", "text"),
            ("company_site", "text"), ("key_card", "text")],
    lang={
        "en": dict(name="Membership", plural="Memberships", app="Coworking space", inn="on the memberships",
                   labels={"member": "Member", "plan": "Plan", "start": "Start", "desk": "Desk", "monthly_rate": "Monthly rate",
                           "company_site": "Company site", "key_card": "Key card"},
                   options={}, refs={"plan": "the plan", "desk": "the desk", "monthly_rate": "the monthly rate",
                                     "company_site": "the company site", "key_card": "the key card", "start": "the start"},
                   words=[("datetime", "the exact time the key card was handed over", "key card handover", ["handover time", "handed over at", "key card handed over"], None),
                          ("file", "the signed membership contract", "signed contract", ["contract", "membership contract"], None),
                          ("integer", "how many guests they can bring per month", "guests per month", ["guests", "number of guests"], None),
                          ("long_text", "notes about what the member needs", "member notes", ["notes", "needs"], None),
                          ("money", "the refunded amount when someone leaves", "refunded amount", ["refund", "refund amount"], None)],
                   said=[("Locker", "boolean", None), ("Meeting room hours", "integer", None), ("Invoice contact", "email", None)],
                   chg=[("monthly_rate", "money"), ("company_site", "url"), ("key_card", "boolean")],
                   chc=("plan", ["Hot desk", "Fixed desk", "Private office"])),
        "fr": dict(name="Abonnement", plural="Abonnements", app="Espace de coworking", inn="sur les abonnements",
                   labels={"member": "Membre", "plan": "Formule", "start": "Début", "desk": "Bureau", "monthly_rate": "Tarif mensuel",
                           "company_site": "Site de l'entreprise", "key_card": "Badge"},
                   options={}, refs={"plan": "la formule", "desk": "le bureau", "monthly_rate": "le tarif mensuel",
                                     "company_site": "le site de l'entreprise", "key_card": "le badge", "start": "le début"},
                   words=[("datetime", "l'heure exacte de remise du badge", "remise du badge", ["heure de remise", "badge remis le", "remise badge"], None),
                          ("file", "le contrat d'abonnement signé", "contrat signé", ["contrat", "contrat d'abonnement"], None),
                          ("integer", "combien d'invités ils peuvent amener par mois", "invités par mois", ["invités", "nombre d'invités"], None),
                          ("long_text", "des remarques sur les besoins du membre", "remarques", ["notes", "besoins", "remarques sur les besoins"], None),
                          ("money", "le montant remboursé en cas de départ", "montant remboursé", ["remboursement", "montant du remboursement"], None)],
                   said=[("Casier", "boolean", None), ("Heures de salle de réunion", "integer", None), ("Contact facturation", "email", None)],
                   chg=[("monthly_rate", "money"), ("company_site", "url"), ("key_card", "boolean")],
                   chc=("plan", ["Poste nomade", "Poste fixe", "Bureau privé"])),
        "es": dict(name="Membresía", plural="Membresías", app="Espacio de coworking", inn="en las membresías",
                   labels={"member": "Miembro", "plan": "Plan", "start": "Inicio", "desk": "Mesa", "monthly_rate": "Cuota mensual",
                           "company_site": "Web de la empresa", "key_card": "Tarjeta de acceso"},
                   options={}, refs={"plan": "el plan", "desk": "la mesa", "monthly_rate": "la cuota mensual",
                                     "company_site": "la web de la empresa", "key_card": "la tarjeta de acceso", "start": "el inicio"},
                   words=[("datetime", "la hora exacta de entrega de la tarjeta", "entrega de la tarjeta", ["hora de entrega", "tarjeta entregada"], None),
                          ("file", "el contrato firmado", "contrato firmado", ["contrato", "contrato de membresía"], None),
                          ("integer", "cuántos invitados pueden traer al mes", "invitados al mes", ["invitados", "número de invitados"], None),
                          ("long_text", "observaciones sobre lo que necesita el miembro", "observaciones", ["notas", "necesidades"], None),
                          ("money", "el importe devuelto cuando alguien se va", "importe devuelto", ["devolución", "reembolso"], None)],
                   said=[("Taquilla", "boolean", None), ("Horas de sala de reuniones", "integer", None), ("Contacto de facturación", "email", None)],
                   chg=[("monthly_rate", "money"), ("company_site", "url"), ("key_card", "boolean")],
                   chc=("plan", ["Mesa flexible", "Mesa fija", "Despacho privado"])),
        "de": dict(name="Mitgliedschaft", plural="Mitgliedschaften", app="Coworking-Space", inn="bei den Mitgliedschaften",
                   labels={"member": "Mitglied", "plan": "Tarif", "start": "Beginn", "desk": "Schreibtisch", "monthly_rate": "Monatsbeitrag",
                           "company_site": "Firmenwebsite", "key_card": "Schlüsselkarte"},
                   options={}, refs={},
                   words=[("datetime", "den genauen Zeitpunkt der Kartenübergabe", "Kartenübergabe", ["Übergabe", "Übergabezeitpunkt"], None),
                          ("file", "den unterschriebenen Vertrag", "unterschriebener Vertrag", ["Vertrag", "Mitgliedsvertrag"], None),
                          ("integer", "wie viele Gäste sie pro Monat mitbringen dürfen", "Gäste pro Monat", ["Gäste", "Anzahl Gäste"], None),
                          ("long_text", "Anmerkungen zu den Wünschen des Mitglieds", "Anmerkungen", ["Notizen", "Wünsche"], None),
                          ("money", "den erstatteten Betrag bei Kündigung", "erstatteter Betrag", ["Erstattung", "Erstattungsbetrag"], None)],
                   said=[("Schließfach", "boolean", None), ("Besprechungsraumstunden", "integer", None), ("Rechnungskontakt", "email", None)],
                   chg=[("monthly_rate", "money"), ("company_site", "url"), ("key_card", "boolean")],
                   chc=("plan", ["Flexdesk", "Fixdesk", "Einzelbüro"])),
    }))

D.append(dict(
    key="harvest_load",
    fields=[("plot", "text"), ("grape", "text"), ("picked_on", "date"), ("sugar", "text"),
            ("picker_team", "text"), ("rejected", "text")],
    lang={
        "en": dict(name="Harvest load", plural="Harvest loads", app="Vineyard harvest", inn="on the harvest loads",
                   labels={"plot": "Plot", "grape": "Grape", "picked_on": "Picked on", "weight": "Weight", "sugar": "Sugar",
                           "picker_team": "Picker team", "rejected": "Rejected"},
                   options={}, refs={"grape": "the grape", "weight": "the weight", "sugar": "the sugar", "picker_team": "the picker team",
                                     "rejected": "rejected", "picked_on": "picked on"},
                   words=[("decimal", "the weight of the load in kg", "weight in kg", ["load weight", "kg"], None),
                          ("person", "who drove the tractor", "tractor driver", ["driver"], None),
                          ("boolean", "whether the grapes were hand-picked", "hand-picked", ["hand picked", "picked by hand"], None),
                          ("file", "a photo of the grapes on arrival", "arrival photo", ["photo", "grape photo"], None),
                          ("money", "the price paid to the grower", "grower price", ["price", "price paid"], None)],
                   said=[("Temperature", "decimal", None), ("Crates", "integer", None), ("Arrival", "datetime", None)],
                   chg=[("sugar", "decimal"), ("rejected", "boolean"), ("picker_team", "person")],
                   chc=("grape", ["Merlot", "Syrah", "Chardonnay"])),
        "fr": dict(name="Apport de vendange", plural="Apports de vendange", app="Vendanges", inn="sur les apports",
                   labels={"plot": "Parcelle", "grape": "Cépage", "picked_on": "Cueilli le", "weight": "Poids", "sugar": "Sucre",
                           "picker_team": "Équipe de cueillette", "rejected": "Refusé"},
                   options={}, refs={"grape": "le cépage", "weight": "le poids", "sugar": "le sucre", "picker_team": "l'équipe de cueillette",
                                     "rejected": "refusé", "picked_on": "la date de cueillette"},
                   words=[("decimal", "le poids de l'apport en kg", "poids en kg", ["poids", "kg"], None),
                          ("person", "qui conduisait le tracteur", "conducteur du tracteur", ["conducteur", "chauffeur"], None),
                          ("boolean", "si le raisin a été vendangé à la main", "vendange manuelle", ["à la main", "vendangé à la main"], None),
                          ("file", "une photo du raisin à l'arrivée", "photo à l'arrivée", ["photo", "photo du raisin"], None),
                          ("money", "le prix payé au viticulteur", "prix payé", ["prix", "prix viticulteur"], None)],
                   said=[("Température", "decimal", None), ("Caisses", "integer", None), ("Arrivée", "datetime", None)],
                   chg=[("sugar", "decimal"), ("rejected", "boolean"), ("picker_team", "person")],
                   chc=("grape", ["Merlot", "Syrah", "Chardonnay"])),
        "es": dict(name="Entrada de uva", plural="Entradas de uva", app="Vendimia", inn="en las entradas",
                   labels={"plot": "Parcela", "grape": "Variedad", "picked_on": "Vendimiado el", "weight": "Peso", "sugar": "Azúcar",
                           "picker_team": "Cuadrilla", "rejected": "Rechazada"},
                   options={}, refs={"grape": "la variedad", "weight": "el peso", "sugar": "el azúcar", "picker_team": "la cuadrilla",
                                     "rejected": "rechazada", "picked_on": "la fecha de vendimia"},
                   words=[("decimal", "el peso de la carga en kg", "peso en kg", ["peso", "kg"], None),
                          ("person", "quién conducía el tractor", "conductor del tractor", ["conductor", "tractorista"], None),
                          ("boolean", "si la uva se vendimió a mano", "vendimia a mano", ["a mano", "vendimiada a mano"], None),
                          ("file", "una foto de la uva al llegar", "foto a la llegada", ["foto", "foto de la uva"], None),
                          ("money", "el precio pagado al viticultor", "precio pagado", ["precio", "precio al viticultor"], None)],
                   said=[("Temperatura", "decimal", None), ("Cajas", "integer", None), ("Llegada", "datetime", None)],
                   chg=[("sugar", "decimal"), ("rejected", "boolean"), ("picker_team", "person")],
                   chc=("grape", ["Tempranillo", "Garnacha", "Albariño"])),
        "de": dict(name="Lesegutanlieferung", plural="Lesegutanlieferungen", app="Weinlese", inn="bei den Anlieferungen",
                   labels={"plot": "Parzelle", "grape": "Rebsorte", "picked_on": "Gelesen am", "weight": "Gewicht", "sugar": "Mostgewicht",
                           "picker_team": "Lesetrupp", "rejected": "Abgelehnt"},
                   options={}, refs={},
                   words=[("decimal", "das Gewicht der Fuhre in kg", "Gewicht in kg", ["Gewicht", "kg", "Fuhrengewicht"], None),
                          ("person", "wer den Traktor gefahren hat", "Traktorfahrer", ["Fahrer"], None),
                          ("boolean", "ob von Hand gelesen wurde", "Handlese", ["von Hand gelesen", "handgelesen"], None),
                          ("file", "ein Foto der Trauben bei Anlieferung", "Foto bei Anlieferung", ["Foto", "Traubenfoto"], None),
                          ("money", "den Preis, der an den Winzer gezahlt wird", "Preis an den Winzer", ["Preis", "Winzerpreis"], None)],
                   said=[("Temperatur", "decimal", None), ("Kisten", "integer", None), ("Ankunft", "datetime", None)],
                   chg=[("sugar", "decimal"), ("rejected", "boolean"), ("picker_team", "person")],
                   chc=("grape", ["Riesling", "Silvaner", "Spätburgunder"])),
    }))

D.append(dict(
    key="donation",
    fields=[("donor", "text"), ("received_on", "text"), ("value", "text"), ("collected_by", "text"),
            ("best_before", "text"), ("receipt_sent", "text")],
    lang={
        "en": dict(name="Donation", plural="Donations", app="Food bank", inn="on the donations",
                   labels={"donor": "Donor", "received_on": "Received on", "items": "Items", "value": "Value",
                           "collected_by": "Collected by", "best_before": "Best before", "receipt_sent": "Receipt sent"},
                   options={}, refs={"received_on": "received on", "items": "the items", "value": "the value",
                                     "collected_by": "collected by", "best_before": "best before", "receipt_sent": "receipt sent"},
                   words=[("date", "the date the volunteer picked it up", "pickup date", ["collection date", "picked up on"], None),
                          ("choice", "the storage (dry, chilled or frozen)", "storage", ["storage type"], ["Dry", "Chilled", "Frozen"]),
                          ("decimal", "the total weight in kilos", "total weight", ["weight", "kilos"], None),
                          ("text", "the name of the donating company", "company name", ["donor company", "company"], None),
                          ("long_text", "a description of what was donated", "description", ["donation description"], None)],
                   said=[("Tax receipt", "file", None), ("Donor phone", "phone", None), ("Boxes", "integer", None)],
                   chg=[("received_on", "date"), ("value", "money"), ("collected_by", "person"), ("best_before", "date")],
                   chc=("receipt_sent", ["Not needed", "To send", "Sent"])),
        "fr": dict(name="Don", plural="Dons", app="Banque alimentaire", inn="sur les dons",
                   labels={"donor": "Donateur", "received_on": "Reçu le", "items": "Articles", "value": "Valeur",
                           "collected_by": "Collecté par", "best_before": "À consommer avant", "receipt_sent": "Reçu envoyé"},
                   options={}, refs={"received_on": "reçu le", "items": "les articles", "value": "la valeur",
                                     "collected_by": "collecté par", "best_before": "à consommer avant", "receipt_sent": "reçu envoyé"},
                   words=[("date", "la date à laquelle le bénévole l'a récupéré", "date de collecte", ["date d'enlèvement", "récupéré le"], None),
                          ("choice", "le stockage (sec, frais ou surgelé)", "stockage", ["type de stockage", "conservation"], ["Sec", "Frais", "Surgelé"]),
                          ("decimal", "le poids total en kilos", "poids total", ["poids", "kilos"], None),
                          ("text", "le nom de l'entreprise donatrice", "nom de l'entreprise", ["entreprise", "entreprise donatrice"], None),
                          ("long_text", "une description de ce qui a été donné", "description", ["description du don"], None)],
                   said=[("Reçu fiscal", "file", None), ("Téléphone du donateur", "phone", None), ("Cartons", "integer", None)],
                   chg=[("received_on", "date"), ("value", "money"), ("collected_by", "person"), ("best_before", "date")],
                   chc=("receipt_sent", ["Pas besoin", "À envoyer", "Envoyé"])),
        "es": dict(name="Donación", plural="Donaciones", app="Banco de alimentos", inn="en las donaciones",
                   labels={"donor": "Donante", "received_on": "Recibido el", "items": "Artículos", "value": "Valor",
                           "collected_by": "Recogido por", "best_before": "Consumo preferente", "receipt_sent": "Recibo enviado"},
                   options={}, refs={"received_on": "recibido el", "items": "los artículos", "value": "el valor",
                                     "collected_by": "recogido por", "best_before": "el consumo preferente", "receipt_sent": "recibo enviado"},
                   words=[("date", "la fecha en que el voluntario lo recogió", "fecha de recogida", ["recogido el"], None),
                          ("choice", "el almacenaje (seco, refrigerado o congelado)", "almacenaje", ["tipo de almacenaje", "conservación"], ["Seco", "Refrigerado", "Congelado"]),
                          ("decimal", "el peso total en kilos", "peso total", ["peso", "kilos"], None),
                          ("text", "el nombre de la empresa donante", "nombre de la empresa", ["empresa", "empresa donante"], None),
                          ("long_text", "una descripción de lo donado", "descripción", ["descripción de la donación"], None)],
                   said=[("Certificado fiscal", "file", None), ("Teléfono del donante", "phone", None), ("Cajas", "integer", None)],
                   chg=[("received_on", "date"), ("value", "money"), ("collected_by", "person"), ("best_before", "date")],
                   chc=("receipt_sent", ["No hace falta", "Pendiente", "Enviado"])),
        "de": dict(name="Spende", plural="Spenden", app="Tafel", inn="bei den Spenden",
                   labels={"donor": "Spender", "received_on": "Eingang", "items": "Waren", "value": "Wert",
                           "collected_by": "Abgeholt von", "best_before": "Mindesthaltbarkeit", "receipt_sent": "Quittung"},
                   options={}, refs={},
                   words=[("date", "das Datum, an dem der Helfer es abgeholt hat", "Abholdatum", ["abgeholt am", "Abholung"], None),
                          ("choice", "die Lagerung (trocken, gekühlt oder tiefgekühlt)", "Lagerung", ["Lagerart"], ["Trocken", "Gekühlt", "Tiefgekühlt"]),
                          ("decimal", "das Gesamtgewicht in Kilo", "Gesamtgewicht", ["Gewicht", "Kilo"], None),
                          ("text", "den Namen der spendenden Firma", "Firmenname", ["Firma", "spendende Firma"], None),
                          ("long_text", "eine Beschreibung der Spende", "Beschreibung", ["Spendenbeschreibung"], None)],
                   said=[("Spendenbescheinigung", "file", None), ("Telefon des Spenders", "phone", None), ("Kartons", "integer", None)],
                   chg=[("received_on", "date"), ("value", "money"), ("collected_by", "person"), ("best_before", "date")],
                   chc=("receipt_sent", ["Nicht nötig", "Offen", "Verschickt"])),
    }))


def agree(lang, ref, frame):
    if ref.split()[0] in ("les", "los", "las"):
        for a, b in PLURAL_VERBS.get(lang, []):
            frame = frame.replace(a, b)
    return frame


def build():
    rows = []
    n = 0
    for di, d in enumerate(D):
        for lang in LANGS:
            L = d["lang"][lang]
            ents = []
            fields = []
            for k, t in d["fields"]:
                fd = {"key": k, "label": L["labels"][k], "type": t}
                if k == d["fields"][0][0]:
                    fd["required"] = True
                if t == "choice":
                    fd["options"] = L["options"][k]
                fields.append(fd)
            ents.append({"key": d["key"], "name": L["name"], "plural": L["plural"], "fields": fields})
            spec = {"spec": 1, "name": L["app"], "entities": ents}

            def row(cons, req, expect, fast=False):
                nonlocal n
                n += 1
                if fast:
                    req = fold(req).lower()
                rows.append({"id": f"t27_{n:03d}", "lang": lang, "construction": cons, "spec": json.loads(json.dumps(spec)),
                             "request": req, "expect": expect, "keep": "all other fields and entities unchanged"})

            def ref(k):
                return L["refs"].get(k) or L["labels"][k]

            # add_word
            for i, (t, np, name, aliases, opts) in enumerate(L["words"]):
                fi = (i + di) % len(ADD_WORD[lang])
                frames = ADD_WORD[lang]
                if lang == "de" and np.split()[0] in ("ob", "wer", "wie", "wann"):
                    frames = ADD_WORD_DE_CLAUSE
                elif lang == "de" and re.search(r", (der|die|das|an dem)\b", np) and not frames[fi].endswith("{np}"):
                    np = np + ","
                req = frames[fi].format(np=np, inn=L["inn"])
                op = {"op": "add_field", "entity": d["key"], "name": name, "aliases": aliases, "type": t,
                      "alt_types": ALT_WORD[t]}
                if opts:
                    op["options"] = opts
                row("add_word", req, [op], fast=(fi == 4))
            # add_said
            for i, (name, t, opts) in enumerate(L["said"]):
                fi = (i + di) % len(ADD_SAID[lang])
                np, bare = type_np(lang, t, i + di, opts)
                req = ADD_SAID[lang][fi].format(name=name, np=nom(np), bare=bare, inn=L["inn"])
                op = {"op": "add_field", "entity": d["key"], "name": name, "aliases": [], "type": t, "alt_types": ALT_SAID[t]}
                if opts:
                    op["options"] = opts
                row("add_said", req, [op], fast=(i + di) % 5 == 3)
            # chg_type
            for i, (k, t) in enumerate(L["chg"]):
                fi = (i + 2 * di) % len(CHG[lang])
                np, bare = type_np(lang, t, i + di)
                r = ref(k)
                req = agree(lang, r, CHG[lang][fi]).format(ref=r, Ref=cap(r), lab=L["labels"][k], np=nom(np), acc=acc(np), bare=bare)
                row("chg_type", req, [{"op": "change_type", "entity": d["key"], "field": k, "type": t, "alt_types": ALT_SAID[t]}],
                    fast=(i + di) % 6 == 5)
            # chg_choice
            k, vals = L["chc"]
            fi = (3 * di + 1) % len(CHG[lang])
            np, bare = type_np(lang, "choice", di, vals)
            r = ref(k)
            req = agree(lang, r, CHG[lang][fi]).format(ref=r, Ref=cap(r), lab=L["labels"][k], np=nom(np), acc=acc(np), bare=bare)
            row("chg_choice", req, [{"op": "change_type", "entity": d["key"], "field": k, "type": "choice",
                                     "alt_types": ["multi_choice"]},
                                    {"op": "set_options", "entity": d["key"], "field": k, "options": vals}])
    return rows


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")
