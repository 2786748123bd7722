#!/usr/bin/env python3
"""Session 23, improver g: a grammar of German chat edits (refine), crossed with every op of the contract.

Constructions (the `cx` tag of each row's id) x domains (9 office domains, none of the dev file's):
separable verbs, verb-final subclauses, modal constructions, compound field names, particles, du/Sie/wir,
type phrases, choice lists, links, two/three edits in one message, vague edits, chatty wrappers, and
messages that mention an existing field without asking to change it; plus typed-without-umlaut variants.
The gold answer is built here from the slot data; nothing is read from the engine.

  python3 make.py            # writes refine.jsonl beside this file
"""
import copy, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(23)

ART = {"m": ("der", "den", "dem", "einen", "ein"), "f": ("die", "die", "der", "eine", "eine"),
       "n": ("das", "das", "dem", "ein", "ein")}


def F(key, label, typ, req=False, options=None, target=None):
    f = {"key": key, "label": label, "type": typ}
    if req:
        f["required"] = True
    if options:
        f["options"] = list(options)
    if target:
        f["target"] = target
    return f


def E(key, name, plural, fields):
    return {"key": key, "name": name, "plural": plural, "fields": fields}


def nf(label, g, typ, alt=(), aliases=(), options=None):
    """a new field to add: label, grammatical gender, type, accepted other types, aliases"""
    return dict(label=label, g=g, type=typ, alt=list(alt), aliases=list(aliases), options=options)


# ---------------------------------------------------------------- domains
# each: app name, entities; slots used by the constructions below.
#  ent: key -> (gender, dative phrase "beim Fahrzeug")
#  fld: (entity, field key) -> gender of the existing field's label
D = []

D.append(dict(
    name="Fuhrpark",
    ents=[E("fahrzeug", "Fahrzeug", "Fahrzeuge", [
        F("kennzeichen", "Kennzeichen", "text", True), F("modell", "Modell", "text"),
        F("erstzulassung", "Erstzulassung", "date"), F("kilometerstand", "Kilometerstand", "text"),
        F("notizen", "Notizen", "long_text")]),
        E("fahrt", "Fahrt", "Fahrten", [
            F("fahrzeug", "Fahrzeug", "reference", True, target="fahrzeug"), F("fahrer", "Fahrer", "person"),
            F("datum", "Datum", "date", True), F("ziel", "Ziel", "text"),
            F("zweck", "Zweck", "choice", options=["Kundentermin", "Dienstreise", "Werkstatt"])]),
        E("tankkarte", "Tankkarte", "Tankkarten", [
            F("kartennummer", "Kartennummer", "text", True), F("anbieter", "Anbieter", "text")])],
    ent={"fahrzeug": ("n", "beim Fahrzeug"), "fahrt": ("f", "bei der Fahrt"), "tankkarte": ("f", "bei der Tankkarte")},
    add=[("fahrzeug", nf("TÜV-Termin", "m", "date", aliases=["TÜV", "nächster TÜV", "TÜV fällig am", "HU fällig"])),
         ("fahrt", nf("Gefahrene Kilometer", "x", "integer", ["decimal"], ["gefahrene Kilometer", "Kilometer", "Strecke"])),
         ("fahrzeug", nf("Leasingrate", "f", "money", aliases=["monatliche Rate", "Rate"]))],
    rem=("fahrzeug", "notizen", "f", "Notizen"),
    ren=("fahrzeug", "modell", "n", "Modell", "Fahrzeugtyp", ["Typ"]),
    typ=("fahrzeug", "kilometerstand", "m", "Kilometerstand", "integer", ["decimal"]),
    req_on=("fahrt", "fahrer", "m", "Fahrer"), req_off=("fahrt", "datum", "n", "Datum"),
    opts=("fahrt", "zweck", "m", "Zweck", ["Schulung", "Messe"], ["Kunde", "Intern", "Werkstatt"]),
    new_ent=("Schaden", "Schäden", "m", [nf("Datum", "n", "date", ["datetime"]), nf("Beschreibung", "f", "long_text", ["text"]),
                                         nf("Kosten", "pl", "money")], "fahrzeug"),
    del_ent=("tankkarte", "f", "Tankkarte", "Tankkarten"),
    link=("tankkarte", "fahrzeug", "Jede Tankkarte gehört zu einem Fahrzeug"),
    mention=("fahrt", "ziel", "Ziel"),
))

D.append(dict(
    name="Raumbuchung",
    ents=[E("raum", "Raum", "Räume", [
        F("name", "Name", "text", True), F("etage", "Etage", "text"), F("plaetze", "Plätze", "integer"),
        F("beamer", "Beamer", "boolean")]),
        E("buchung", "Buchung", "Buchungen", [
            F("titel", "Titel", "text", True), F("datum", "Datum", "date", True), F("beginn", "Beginn", "text"),
            F("gebucht_von", "Gebucht von", "person"),
            F("status", "Status", "choice", options=["Angefragt", "Bestätigt", "Storniert"])])],
    ent={"raum": ("m", "beim Raum"), "buchung": ("f", "bei der Buchung")},
    add=[("buchung", nf("Teilnehmerzahl", "f", "integer", aliases=["Anzahl Teilnehmer", "Teilnehmer", "Personen"])),
         ("raum", nf("Barrierefrei", "x", "boolean", ["choice"], ["barrierefrei?", "rollstuhlgerecht"])),
         ("buchung", nf("Catering", "n", "boolean", ["choice", "text"], ["Catering gewünscht", "Verpflegung"]))],
    rem=("raum", "beamer", "m", "Beamer"),
    ren=("buchung", "titel", "m", "Titel", "Anlass", ["Zweck", "Thema"]),
    typ=("buchung", "beginn", "m", "Beginn", "datetime", ["text"]),
    req_on=("buchung", "gebucht_von", "x", "Gebucht von"), req_off=("buchung", "datum", "n", "Datum"),
    opts=("buchung", "status", "m", "Status", ["Abgesagt"], ["Offen", "Bestätigt", "Abgelehnt"]),
    new_ent=("Ausstattung", "Ausstattungen", "f", [nf("Bezeichnung", "f", "text"), nf("Anzahl", "f", "integer")], "raum"),
    del_ent=None,
    link=("buchung", "raum", "Jede Buchung gehört zu einem Raum"),
    mention=("buchung", "datum", "Datum"),
))

D.append(dict(
    name="Bibliothek",
    ents=[E("medium", "Medium", "Medien", [
        F("titel", "Titel", "text", True), F("autor", "Autor", "text"), F("isbn", "ISBN", "text"),
        F("kategorie", "Kategorie", "choice", options=["Fachbuch", "Zeitschrift", "Norm"])]),
        E("ausleihe", "Ausleihe", "Ausleihen", [
            F("medium", "Medium", "reference", True, target="medium"), F("ausleiher", "Ausleiher", "person", True),
            F("ausleihdatum", "Ausleihdatum", "date"), F("rueckgabe", "Rückgabe", "text"),
            F("bemerkung", "Bemerkung", "long_text")])],
    ent={"medium": ("n", "beim Medium"), "ausleihe": ("f", "bei der Ausleihe")},
    add=[("ausleihe", nf("Rückgabedatum", "n", "date", aliases=["zurückgegeben am", "Rückgabe am", "Datum der Rückgabe"])),
         ("medium", nf("Standort", "m", "text", ["choice"], ["Regal", "Lagerort"])),
         ("medium", nf("Erscheinungsjahr", "n", "integer", aliases=["Jahr", "Veröffentlichungsjahr"]))],
    rem=("ausleihe", "bemerkung", "f", "Bemerkung"),
    ren=("ausleihe", "ausleiher", "m", "Ausleiher", "Entliehen von", ["Entleiher", "Ausgeliehen von"]),
    typ=("ausleihe", "rueckgabe", "f", "Rückgabe", "date", []),
    req_on=("medium", "isbn", "f", "ISBN"), req_off=("ausleihe", "ausleiher", "m", "Ausleiher"),
    opts=("medium", "kategorie", "f", "Kategorie", ["E-Book"], ["Buch", "Zeitschrift", "E-Book"]),
    new_ent=("Vormerkung", "Vormerkungen", "f", [nf("Vorgemerkt von", "n", "person", ["text"]), nf("Datum", "n", "date")], "medium"),
    del_ent=None,
    link=None,
    mention=("ausleihe", "ausleihdatum", "Ausleihdatum"),
))

D.append(dict(
    name="Schulungen",
    ents=[E("schulung", "Schulung", "Schulungen", [
        F("thema", "Thema", "text", True), F("termin", "Termin", "date"), F("trainer", "Trainer", "text"),
        F("max_teilnehmer", "Max. Teilnehmer", "text"), F("kosten", "Kosten", "money")]),
        E("teilnahme", "Teilnahme", "Teilnahmen", [
            F("teilnehmer", "Teilnehmer", "person", True), F("schulung", "Schulung", "reference", True, target="schulung"),
            F("bestanden", "Bestanden", "boolean"), F("bemerkung", "Bemerkung", "long_text")]),
        E("trainer", "Trainer", "Trainer", [F("name", "Name", "text", True), F("firma", "Firma", "text")])],
    ent={"schulung": ("f", "bei der Schulung"), "teilnahme": ("f", "bei der Teilnahme"), "trainer": ("m", "beim Trainer")},
    add=[("teilnahme", nf("Zertifikat", "n", "file", aliases=["Teilnahmebescheinigung", "Nachweis", "Bescheinigung"])),
         ("schulung", nf("Ort", "m", "text", aliases=["Schulungsort", "Raum"])),
         ("schulung", nf("Dauer in Stunden", "f", "decimal", ["integer"], ["Dauer", "Stunden"]))],
    rem=("teilnahme", "bemerkung", "f", "Bemerkung"),
    ren=("schulung", "thema", "n", "Thema", "Kurstitel", ["Titel", "Kursname"]),
    typ=("schulung", "max_teilnehmer", "x", "Max. Teilnehmer", "integer", []),
    req_on=("schulung", "termin", "m", "Termin"), req_off=("teilnahme", "schulung", "f", "Schulung"),
    opts=None,
    new_ent=("Feedback", "Feedbacks", "n", [nf("Bewertung", "f", "integer", ["choice", "decimal"]), nf("Kommentar", "m", "long_text", ["text"])], "schulung"),
    del_ent=("trainer", "m", "Trainer", "Trainer"),
    link=None,
    mention=("schulung", "kosten", "Kosten"),
))

D.append(dict(
    name="Reklamationen",
    ents=[E("kunde", "Kunde", "Kunden", [
        F("firma", "Firma", "text", True), F("ansprechpartner", "Ansprechpartner", "text"), F("e_mail", "E-Mail", "email"),
        F("telefon", "Telefon", "phone")]),
        E("reklamation", "Reklamation", "Reklamationen", [
            F("kunde", "Kunde", "reference", True, target="kunde"), F("eingangsdatum", "Eingangsdatum", "date", True),
            F("beschreibung", "Beschreibung", "long_text"),
            F("prioritaet", "Priorität", "choice", options=["Niedrig", "Mittel", "Hoch"]),
            F("status", "Status", "choice", options=["Offen", "In Bearbeitung", "Erledigt"]),
            F("gutschrift", "Gutschrift", "text")])],
    ent={"kunde": ("m", "beim Kunden"), "reklamation": ("f", "bei der Reklamation")},
    add=[("reklamation", nf("Bearbeiter", "m", "person", ["text"], ["zuständig", "Sachbearbeiter", "zugewiesen an"])),
         ("reklamation", nf("Fotos", "pl", "file", aliases=["Foto", "Bilder", "Anhang"])),
         ("kunde", nf("Kundennummer", "f", "text", aliases=["Kunden-Nr.", "Nummer"]))],
    rem=("kunde", "telefon", "n", "Telefon"),
    ren=("kunde", "firma", "f", "Firma", "Firmenname", ["Name", "Unternehmen"]),
    typ=("reklamation", "gutschrift", "f", "Gutschrift", "money", ["decimal"]),
    req_on=("reklamation", "beschreibung", "f", "Beschreibung"), req_off=("reklamation", "eingangsdatum", "n", "Eingangsdatum"),
    opts=("reklamation", "prioritaet", "f", "Priorität", ["Kritisch"], ["Normal", "Dringend"]),
    new_ent=None,
    del_ent=None,
    link=None,
    mention=("reklamation", "status", "Status"),
))

D.append(dict(
    name="Lager",
    ents=[E("artikel", "Artikel", "Artikel", [
        F("artikelnummer", "Artikelnummer", "text", True), F("bezeichnung", "Bezeichnung", "text", True),
        F("lagerort", "Lagerort", "text"), F("mindestbestand", "Mindestbestand", "text"), F("preis", "Preis", "money")]),
        E("lieferant", "Lieferant", "Lieferanten", [F("name", "Name", "text", True), F("telefon", "Telefon", "phone")]),
        E("bestellung", "Bestellung", "Bestellungen", [
            F("artikel", "Artikel", "reference", True, target="artikel"), F("menge", "Menge", "integer", True),
            F("bestelldatum", "Bestelldatum", "date"), F("geliefert", "Geliefert", "text")])],
    ent={"artikel": ("m", "beim Artikel"), "lieferant": ("m", "beim Lieferanten"), "bestellung": ("f", "bei der Bestellung")},
    add=[("lieferant", nf("Lieferzeit in Tagen", "f", "integer", aliases=["Lieferzeit", "Tage"])),
         ("bestellung", nf("Besteller", "m", "person", ["text"], ["bestellt von", "Anforderer"])),
         ("artikel", nf("Einheit", "f", "choice", ["text"], ["Mengeneinheit"], options=["Stück", "Karton", "Palette"]))],
    rem=("artikel", "lagerort", "m", "Lagerort"),
    ren=("artikel", "bezeichnung", "f", "Bezeichnung", "Artikelname", ["Name"]),
    typ=("bestellung", "geliefert", "x", "Geliefert", "boolean", ["choice"]),
    req_on=("artikel", "preis", "m", "Preis"), req_off=("bestellung", "menge", "f", "Menge"),
    opts=None,
    new_ent=("Lagerplatz", "Lagerplätze", "m", [nf("Regal", "n", "text"), nf("Fach", "n", "text")], None),
    del_ent=None,
    link=("bestellung", "lieferant", "Jede Bestellung geht an einen Lieferanten"),
    mention=("artikel", "preis", "Preis"),
))

D.append(dict(
    name="Veranstaltungen",
    ents=[E("veranstaltung", "Veranstaltung", "Veranstaltungen", [
        F("titel", "Titel", "text", True), F("datum", "Datum", "date", True), F("ort", "Ort", "text"),
        F("kapazitaet", "Kapazität", "integer"), F("art", "Art", "choice", options=["Vortrag", "Workshop", "Messe"])]),
        E("anmeldung", "Anmeldung", "Anmeldungen", [
            F("name", "Name", "text", True), F("e_mail", "E-Mail", "email", True), F("firma", "Firma", "text"),
            F("bezahlt", "Bezahlt", "text")])],
    ent={"veranstaltung": ("f", "bei der Veranstaltung"), "anmeldung": ("f", "bei der Anmeldung")},
    add=[("anmeldung", nf("Essenswunsch", "m", "choice", ["text"], ["Essen", "Menü", "Verpflegung"], options=["Vegetarisch", "Vegan", "Fleisch"])),
         ("veranstaltung", nf("Anmeldeschluss", "m", "date", aliases=["Anmeldefrist", "Frist"])),
         ("anmeldung", nf("Telefonnummer", "f", "phone", aliases=["Telefon", "Handy"]))],
    rem=("anmeldung", "firma", "f", "Firma"),
    ren=("veranstaltung", "ort", "m", "Ort", "Veranstaltungsort", ["Location"]),
    typ=("anmeldung", "bezahlt", "x", "Bezahlt", "boolean", ["choice"]),
    req_on=("veranstaltung", "ort", "m", "Ort"), req_off=("anmeldung", "e_mail", "f", "E-Mail"),
    opts=("veranstaltung", "art", "f", "Art", ["Webinar"], ["Präsenz", "Online", "Hybrid"]),
    new_ent=("Referent", "Referenten", "m", [nf("Name", "m", "text"), nf("Thema", "n", "text"), nf("Honorar", "n", "money")], "veranstaltung"),
    del_ent=None,
    link=("anmeldung", "veranstaltung", "Jede Anmeldung gehört zu einer Veranstaltung"),
    mention=("veranstaltung", "kapazitaet", "Kapazität"),
))

D.append(dict(
    name="Wartung",
    ents=[E("anlage", "Anlage", "Anlagen", [
        F("bezeichnung", "Bezeichnung", "text", True), F("standort", "Standort", "text"), F("baujahr", "Baujahr", "text"),
        F("hersteller", "Hersteller", "text")]),
        E("wartung", "Wartung", "Wartungen", [
            F("anlage", "Anlage", "reference", True, target="anlage"), F("datum", "Datum", "date", True),
            F("techniker", "Techniker", "person"), F("ergebnis", "Ergebnis", "choice", options=["In Ordnung", "Mangel", "Defekt"]),
            F("protokoll", "Protokoll", "file")]),
        E("ersatzteil", "Ersatzteil", "Ersatzteile", [F("teilenummer", "Teilenummer", "text", True), F("preis", "Preis", "money")])],
    ent={"anlage": ("f", "bei der Anlage"), "wartung": ("f", "bei der Wartung"), "ersatzteil": ("n", "beim Ersatzteil")},
    add=[("wartung", nf("Nächste Wartung", "f", "date", aliases=["nächster Termin", "fällig am", "nächste Wartung am"])),
         ("anlage", nf("Seriennummer", "f", "text", aliases=["Serien-Nr.", "SN"])),
         ("wartung", nf("Stundensatz", "m", "money", ["decimal"], ["Kosten pro Stunde", "Satz"]))],
    rem=("anlage", "hersteller", "m", "Hersteller"),
    ren=("wartung", "techniker", "m", "Techniker", "Durchgeführt von", ["Monteur", "Prüfer"]),
    typ=("anlage", "baujahr", "n", "Baujahr", "integer", []),
    req_on=("wartung", "techniker", "m", "Techniker"), req_off=("wartung", "datum", "n", "Datum"),
    opts=("wartung", "ergebnis", "n", "Ergebnis", ["Nicht geprüft"], ["Bestanden", "Nicht bestanden"]),
    new_ent=None,
    del_ent=("ersatzteil", "n", "Ersatzteil", "Ersatzteile"),
    link=("ersatzteil", "anlage", "Jedes Ersatzteil gehört zu einer Anlage"),
    mention=("wartung", "protokoll", "Protokoll"),
))

D.append(dict(
    name="Bewerbungen",
    ents=[E("stelle", "Stelle", "Stellen", [
        F("titel", "Titel", "text", True), F("abteilung", "Abteilung", "choice", options=["Vertrieb", "IT", "Personal"]),
        F("veroeffentlicht_am", "Veröffentlicht am", "date")]),
        E("bewerbung", "Bewerbung", "Bewerbungen", [
            F("name", "Name", "text", True), F("e_mail", "E-Mail", "email"), F("eingang", "Eingang", "date", True),
            F("lebenslauf", "Lebenslauf", "file"), F("gehaltswunsch", "Gehaltswunsch", "text"),
            F("status", "Status", "choice", options=["Neu", "Gespräch", "Absage", "Zusage"])])],
    ent={"stelle": ("f", "bei der Stelle"), "bewerbung": ("f", "bei der Bewerbung")},
    add=[("bewerbung", nf("Eintrittsdatum", "n", "date", aliases=["frühester Eintritt", "Eintritt", "verfügbar ab"])),
         ("stelle", nf("Ansprechpartner", "m", "person", ["text"], ["Kontakt", "Kontaktperson", "zuständig"])),
         ("bewerbung", nf("Quelle", "f", "choice", ["text"], ["Kanal", "Herkunft"], options=["Website", "Jobbörse", "Empfehlung"]))],
    rem=("bewerbung", "gehaltswunsch", "m", "Gehaltswunsch"),
    ren=("bewerbung", "eingang", "m", "Eingang", "Eingangsdatum", ["Eingegangen am"]),
    typ=("bewerbung", "gehaltswunsch", "m", "Gehaltswunsch", "money", ["decimal", "integer"]),
    req_on=("bewerbung", "e_mail", "f", "E-Mail"), req_off=("bewerbung", "eingang", "m", "Eingang"),
    opts=("bewerbung", "status", "m", "Status", ["Eingeladen"], ["Eingegangen", "Vorstellungsgespräch", "Abgelehnt", "Eingestellt"]),
    new_ent=("Gespräch", "Gespräche", "n", [nf("Termin", "m", "datetime", ["date"]), nf("Interviewer", "m", "person", ["text"]),
                                           nf("Eindruck", "m", "long_text", ["text"])], "bewerbung"),
    del_ent=None,
    link=("bewerbung", "stelle", "Jede Bewerbung bezieht sich auf eine Stelle"),
    mention=("bewerbung", "status", "Status"),
))

# ---------------------------------------------------------------- helpers
def cap(s):
    return s[:1].upper() + s[1:]


def art(g, case):
    if g == "x":
        return {"nom": "das Feld", "acc": "das Feld", "dat": "dem Feld", "inda": "ein Feld", "indn": "ein Feld"}[case]
    if g == "pl":
        return {"nom": "die", "acc": "die", "dat": "den", "inda": "", "indn": ""}[case]
    i = {"nom": 0, "acc": 1, "dat": 2, "inda": 3, "indn": 4}[case]
    return ART[g][i]


def the(g, label, case="acc"):
    if g == "x":
        return f"{art(g, case)} „{label}“"
    return f"{art(g, case)} {label}"


def a(g, label):  # indefinite accusative
    x = art(g, "inda")
    if g == "x":
        return f"{x} „{label}“"
    return f"{x} {label}".strip()


def noum(s):
    """typed without umlauts"""
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
            .replace("Ü", "Ue").replace("ß", "ss"))


def spec_of(d):
    return {"spec": 1, "name": d["name"], "summary": f"{d['name']} verwalten.", "entities": copy.deepcopy(d["ents"])}


def ent_name(d, key):
    return next(e["name"] for e in d["ents"] if e["key"] == key)


def op_add(ent, f):
    o = {"op": "add_field", "entity": ent, "name": f["label"], "aliases": f["aliases"], "type": f["type"],
         "alt_types": f["alt"]}
    if f.get("options"):
        o["options"] = f["options"]
    return o


TYPE_PHRASE = {"date": ["als Datum", "(Datum)"], "integer": ["als Zahl", "(ganze Zahl)"], "decimal": ["als Zahl mit Komma"],
               "money": ["als Betrag", "(in Euro)"], "boolean": ["als ja/nein-Feld", "(ja/nein)"],
               "person": ["(Person aus dem Verzeichnis)"], "file": ["als Datei-Upload", "(Anhang)"],
               "text": [""], "long_text": ["als längerer Text"], "phone": [""], "email": [""],
               "datetime": ["mit Datum und Uhrzeit"], "choice": [""]}

rows = []


def row(cx, d, request, expect):
    if request != noum(request) or not any(ch in request for ch in "äöüÄÖÜß"):
        # typed without umlauts: the names the person typed are right as typed
        for o in expect:
            for k, al in (("name", "aliases"), ("to", "aliases")):
                if k in o and noum(o[k]) != o[k] and noum(o[k]) not in o.get(al, []) and noum(o[k]).lower() in noum(request).lower():
                    o[al] = list(o.get(al, [])) + [noum(o[k])]
    rows.append({"id": f"g23-{cx}-{len(rows) + 1:03d}", "lang": "de", "spec": spec_of(d), "request": request,
                 "expect": expect, "keep": "all other fields and entities unchanged"})


WRAP = [("Hallo zusammen, {x} Danke!", False), ("Moin! {x} Vielen Dank vorab.", False),
        ("Guten Tag, {x} Das hat unsere Teamleitung so gewünscht. Viele Grüße", False),
        ("Hi, kurze Bitte: {x} Danke dir!", False), ("{x} Merci!", False)]


def sentence(s):
    s = s.strip()
    return s if s.endswith(("?", "!", ".")) else s + "."


# ---------------------------------------------------------------- add_field
ADD = [
    ("add-sep-du", lambda ed, f, tp: f"Füg {ed} bitte noch {a(f['g'], f['label'])} {tp} hinzu"),
    ("add-sep-sie", lambda ed, f, tp: f"Fügen Sie {ed} bitte ein Feld „{f['label']}“ {tp} hinzu"),
    ("add-ergaenzen", lambda ed, f, tp: f"Könntest du {ed} noch {the(f['g'], f['label'])} {tp} ergänzen?"),
    ("add-modal-braeuchten", lambda ed, f, tp: f"Wir bräuchten {ed} noch {a(f['g'], f['label'])} {tp}"),
    ("add-fehlt", lambda ed, f, tp: f"{ed[0].upper() + ed[1:]} fehlt noch {the(f['g'], f['label'], 'nom')}"),
    ("add-sub-ob", lambda ed, f, tp: f"Kannst du mal schauen, ob wir {ed} {the(f['g'], f['label'])} {tp} aufnehmen können?"),
    ("add-nimm-auf", lambda ed, f, tp: f"Nimm {ed} doch bitte noch {the(f['g'], f['label'])} {tp} mit auf"),
    ("add-sollte-geben", lambda ed, f, tp: f"{ed[0].upper() + ed[1:]} sollte es auch ein Feld für {the(f['g'], f['label'])} geben"),
    ("add-moechte-erfassen", lambda ed, f, tp: f"Ich möchte {ed} außerdem {the(f['g'], f['label'])} {tp} erfassen"),
    ("add-terse", lambda ed, f, tp: f"+ {f['label']} {tp} {ed}"),
]
for i, (cx, fn) in enumerate(ADD):
    for j in range(4):
        d = D[(i * 2 + j) % len(D)]
        ek, f = d["add"][(i + j) % len(d["add"])]
        tp = rnd.choice(TYPE_PHRASE[f["type"]]) if f["type"] not in ("text", "choice") else ""
        if f.get("options"):
            tp = "(" + ", ".join(f["options"]) + ")"
        req = " ".join(fn(d["ent"][ek][1], f, tp).split())
        if j == 3:
            req = noum(req)
        if j == 2:
            w = WRAP[i % len(WRAP)][0]
            req = w.format(x=sentence(req))
        row(cx, d, sentence(req), [op_add(ek, f)])

# choice lists on a new field: three shapes
CH = [("add-choice-moegliche", lambda ed, f: f"Füge {ed} ein Feld {f['label']} hinzu, mögliche Werte: {', '.join(f['options'])}"),
      ("add-choice-entweder", lambda ed, f: f"{ed[0].upper() + ed[1:]} brauchen wir noch {the(f['g'], f['label'])}: entweder "
                                            + ", ".join(f['options'][:-1]) + f" oder {f['options'][-1]}"),
      ("add-choice-kann-sein", lambda ed, f: f"Neues Feld {f['label']} {ed}, das kann {', '.join(f['options'][:-1])} oder {f['options'][-1]} sein")]
CHF = [("reklamation", D[4], nf("Kanal", "m", "choice", ["multi_choice"], ["Eingangskanal", "Meldeweg"], ["Telefon", "E-Mail", "Portal"])),
       ("buchung", D[1], nf("Bestuhlung", "f", "choice", [], ["Sitzordnung", "Aufbau"], ["Reihe", "U-Form", "Block"])),
       ("wartung", D[7], nf("Wartungsart", "f", "choice", [], ["Art", "Typ"], ["Inspektion", "Reparatur", "Prüfung"])),
       ("anmeldung", D[6], nf("Ticket", "n", "choice", [], ["Ticketart", "Tarif"], ["Standard", "Ermäßigt", "VIP"])),
       ("fahrt", D[0], nf("Antrieb", "m", "choice", [], ["Kraftstoff"], ["Benzin", "Diesel", "Elektro"]))]
for i, (cx, fn) in enumerate(CH):
    for j in range(3):
        ek, d, f = CHF[(i + j) % len(CHF)]
        if ek == "fahrt":
            ek = "fahrzeug"
        row(cx, d, sentence(fn(d["ent"][ek][1], f)), [op_add(ek, f)])

# compound / typed-by-word fields with no type phrase at all (the compound carries the type)
COMP = [("fahrzeug", D[0], nf("Anschaffungsdatum", "n", "date", [], ["Kaufdatum", "angeschafft am"])),
        ("ausleihe", D[2], nf("Mahngebühr", "f", "money", ["decimal"], ["Gebühr", "Mahnung"])),
        ("teilnahme", D[3], nf("Anmeldedatum", "n", "date", [], ["angemeldet am"])),
        ("kunde", D[4], nf("Ansprechpartner Technik", "m", "text", ["person"], ["Technischer Ansprechpartner", "Technik-Kontakt"])),
        ("artikel", D[5], nf("Lieferantennummer", "f", "text", [], ["Lieferanten-Nr."])),
        ("veranstaltung", D[6], nf("Teilnahmegebühr", "f", "money", ["decimal"], ["Gebühr", "Preis"])),
        ("anlage", D[7], nf("Inbetriebnahme", "f", "date", [], ["in Betrieb seit", "Inbetriebnahmedatum"])),
        ("bewerbung", D[8], nf("Geburtsdatum", "n", "date", [], ["geboren am"]))]
for i, (ek, d, f) in enumerate(COMP):
    ed = d["ent"][ek][1]
    shapes = [f"Bitte {ed} noch {the(f['g'], f['label'])} ergänzen", f"{cap(the(f['g'], f['label'], 'acc'))} hätten wir gern {ed} auch noch",
              f"Kannst du {ed} {a(f['g'], f['label'])} einbauen?", f"leg {ed} mal {a(f['g'], f['label'])} an"]
    row("add-compound", d, sentence(shapes[i % 4]), [op_add(ek, f)])

# vague: "who approved it and when" -> person + date
VAG = [("reklamation", D[4], "Bei der Reklamation wollen wir sehen, wer sie freigegeben hat und wann"),
       ("bestellung", D[5], "Wir müssen bei jeder Bestellung festhalten, wer sie genehmigt hat und wann."),
       ("wartung", D[7], "Bitte noch erfassen, wer die Wartung abgenommen hat und wann"),
       ("ausleihe", D[2], "Kannst du bei der Ausleihe ergänzen, wer sie freigegeben hat und an welchem Tag?"),
       ("buchung", D[1], "Bei Buchungen fehlt, wer sie bestätigt hat und wann das war"),
       ("fahrt", D[0], "hallo, bei den Fahrten bitte noch: wer hat die Fahrt genehmigt und wann")]
VERB = {"freigegeben": ("Freigegeben von", "Freigabedatum"), "genehmigt": ("Genehmigt von", "Genehmigt am"),
        "abgenommen": ("Abgenommen von", "Abgenommen am"), "bestätigt": ("Bestätigt von", "Bestätigt am")}
for ek, d, req in VAG:
    v = next(k for k in VERB if k in req)
    p, dt = VERB[v]
    row("add-vague-wer-wann", d, sentence(req),
        [{"op": "add_field", "entity": ek, "name": p, "aliases": ["Freigabe durch", "Genehmiger", "Freigeber", "Prüfer", "approved by"],
          "type": "person", "alt_types": ["text"]},
         {"op": "add_field", "entity": ek, "name": dt, "aliases": ["Freigegeben am", "Datum der Freigabe", "Genehmigungsdatum",
                                                                   "Bestätigungsdatum", "Abnahmedatum", "am", "Datum"],
          "type": "date", "alt_types": ["datetime"]}])

# ---------------------------------------------------------------- remove_field
REM = [("rem-nimm-raus", lambda ed, g, l: f"Nimm {ed} bitte {the(g, l)} raus"),
       ("rem-kann-weg", lambda ed, g, l: f"{cap(the(g, l, 'nom'))} {ed} kann weg"),
       ("rem-brauchen-nicht", lambda ed, g, l: f"{cap(the(g, l))} brauchen wir nicht mehr"),
       ("rem-entfernen", lambda ed, g, l: f"Bitte das Feld „{l}“ {ed} entfernen"),
       ("rem-loesch-mal", lambda ed, g, l: f"lösch mal {the(g, l)} {ed}"),
       ("rem-sie-koennten", lambda ed, g, l: f"Könnten Sie {the(g, l)} {ed} bitte löschen? Das pflegt eh keiner"),
       ("rem-sub-dass", lambda ed, g, l: f"Wir haben beschlossen, dass wir {the(g, l)} nicht mehr erfassen")]
for i, (cx, fn) in enumerate(REM):
    for j in range(4):
        d = D[(i + j * 2) % len(D)]
        ek, fk, g, l = d["rem"]
        req = fn(d["ent"][ek][1], g, l)
        if j == 3:
            req = noum(req)
        if j == 1:
            req = WRAP[(i + 1) % len(WRAP)][0].format(x=sentence(req))
        row(cx, d, sentence(req), [{"op": "remove_field", "entity": ek, "field": fk}])

# ---------------------------------------------------------------- rename_field
REN = [("ren-benenne-um", lambda ed, g, l, t: f"Benenne {the(g, l)} bitte in „{t}“ um"),
       ("ren-soll-heissen", lambda ed, g, l, t: f"{cap(the(g, l, 'nom'))} soll künftig „{t}“ heißen"),
       ("ren-umbenennen", lambda ed, g, l, t: f"Bitte „{l}“ in „{t}“ umbenennen"),
       ("ren-statt", lambda ed, g, l, t: f"Kannst du {ed} statt „{l}“ lieber „{t}“ schreiben?"),
       ("ren-heisst-bei-uns", lambda ed, g, l, t: f"{cap(the(g, l, 'nom'))} heißt bei uns eigentlich {t}, bitte anpassen"),
       ("ren-sie-aendern", lambda ed, g, l, t: f"Könnten Sie die Bezeichnung {the(g, l, 'dat').replace('dem ', 'des ').replace('der ', 'der ')} ändern? Neu: {t}")]
for i, (cx, fn) in enumerate(REN):
    for j in range(4):
        d = D[(i + j * 2 + 1) % len(D)]
        ek, fk, g, l, t, al = d["ren"]
        req = fn(d["ent"][ek][1], g, l, t)
        if cx == "ren-sie-aendern":
            req = f"Könnten Sie das Feld „{l}“ umbenennen? Neu: {t}"
        if j == 3:
            req = noum(req)
        if j == 2:
            req = WRAP[(i + 2) % len(WRAP)][0].format(x=sentence(req))
        row(cx, d, sentence(req), [{"op": "rename_field", "entity": ek, "field": fk, "to": t, "aliases": al}])

# ---------------------------------------------------------------- change_type
TW = {"integer": ["eine Zahl", "eine ganze Zahl", "Zahl"], "date": ["ein Datum", "ein Datum", "Datum"],
      "boolean": ["ein ja/nein-Feld", "ein Häkchen", "ja/nein"], "money": ["ein Betrag", "ein Geldbetrag", "Betrag in Euro"],
      "datetime": ["Datum mit Uhrzeit", "ein Zeitpunkt", "Datum und Uhrzeit"]}
TYP = [("typ-soll-sein", lambda g, l, t: f"{cap(the(g, l, 'nom'))} soll {TW[t][0]} sein"),
       ("typ-als", lambda g, l, t: f"{cap(the(g, l))} bitte als {TW[t][2]}"),
       ("typ-stell-um", lambda g, l, t: f"Stell {the(g, l)} bitte auf {TW[t][2]} um"),
       ("typ-mach-draus", lambda g, l, t: f"Mach aus {the(g, l, 'dat')} bitte {TW[t][1]}"),
       ("typ-sub-dass", lambda g, l, t: f"Es wäre gut, wenn man {'beim ' + l if g in 'mn' else 'bei ' + the(g, l, 'dat')} {TW[t][1].replace('ein ', 'einen ') if t == 'money' else TW[t][1]} eingeben könnte statt Freitext"),
       ("typ-reason", lambda g, l, t: f"Im Feld {l} steht nur Freitext, damit kann man nicht rechnen/sortieren. Bitte als {TW[t][2]}")]
for i, (cx, fn) in enumerate(TYP):
    for j in range(4):
        d = D[(i + j * 2) % len(D)]
        ek, fk, g, l, t, alt = d["typ"]
        req = fn(g, l, t)
        if j == 3:
            req = noum(req)
        if j == 1:
            req = WRAP[(i + 3) % len(WRAP)][0].format(x=sentence(req))
        row(cx, d, sentence(req), [{"op": "change_type", "entity": ek, "field": fk, "type": t, "alt_types": alt}])

# ---------------------------------------------------------------- set_required
REQ = [("req-sollte-pflicht", True, lambda ed, g, l: f"{cap(the(g, l, 'nom'))} sollte Pflicht sein"),
       ("req-muss-ausgefuellt", True, lambda ed, g, l: f"{cap(the(g, l, 'nom'))} muss {ed} immer ausgefüllt werden"),
       ("req-pflichtfeld", True, lambda ed, g, l: f"Mach {the(g, l)} bitte zum Pflichtfeld"),
       ("req-sub-dass", True, lambda ed, g, l: f"Kannst du einstellen, dass {the(g, l, 'nom')} {ed} Pflicht ist?"),
       ("req-off-muss-nicht", False, lambda ed, g, l: f"{cap(the(g, l, 'nom'))} muss nicht ausgefüllt werden"),
       ("req-off-optional", False, lambda ed, g, l: f"{cap(the(g, l, 'nom'))} {ed} soll optional sein"),
       ("req-off-kein-pflicht", False, lambda ed, g, l: f"{cap(the(g, l, 'nom'))} bitte nicht mehr als Pflichtfeld, das wissen wir oft noch nicht")]
for i, (cx, val, fn) in enumerate(REQ):
    for j in range(4):
        d = D[(i + j * 2) % len(D)]
        ek, fk, g, l = d["req_on"] if val else d["req_off"]
        req = fn(d["ent"][ek][1], g, l)
        if j == 3:
            req = noum(req)
        if j == 2:
            req = WRAP[(i + 4) % len(WRAP)][0].format(x=sentence(req))
        row(cx, d, sentence(req), [{"op": "set_required", "entity": ek, "field": fk, "value": val}])

# ---------------------------------------------------------------- set_options
OD = [d for d in D if d["opts"]]


def orlist(xs):
    return ", ".join(xs[:-1]) + " oder " + xs[-1] if len(xs) > 1 else xs[0]


def andlist(xs):
    return ", ".join(xs[:-1]) + " und " + xs[-1] if len(xs) > 1 else xs[0]


OPT = [("opt-kann-sein", "replace", lambda g, l, xs: f"{cap(the(g, l, 'nom'))} kann {orlist(xs)} sein"),
       ("opt-moegliche-werte", "replace", lambda g, l, xs: f"Mögliche Werte für {l}: {', '.join(xs)}"),
       ("opt-entweder", "replace", lambda g, l, xs: f"Bei {l} gibt es nur noch {orlist(xs)}" if len(xs) > 2 else f"{l} ist entweder {xs[0]} oder {xs[1]}"),
       ("opt-ergaenzen", "add", lambda g, l, xs: f"Bei {l} bitte noch {andlist(xs)} ergänzen"),
       ("opt-fehlt", "add", lambda g, l, xs: f"Als {l} fehlt noch {andlist(xs)}"),
       ("opt-nimm-raus", "drop", lambda g, l, xs: f"Nimm bei {l} die Option „{xs[0]}“ raus, die gibt es nicht mehr")]
for i, (cx, mode, fn) in enumerate(OPT):
    for j in range(4):
        d = OD[(i + j) % len(OD)]
        ek, fk, g, l, addv, repl = d["opts"]
        cur = next(f for e in d["ents"] if e["key"] == ek for f in e["fields"] if f["key"] == fk)["options"]
        if mode == "replace":
            xs, want = repl, repl
        elif mode == "add":
            xs, want = addv, cur + addv
        else:
            xs, want = [cur[-1]], cur[:-1]
        req = fn(g, l, xs)
        if j == 3:
            req = noum(req)
        if j == 1:
            req = WRAP[i % len(WRAP)][0].format(x=sentence(req))
        row(cx, d, sentence(req), [{"op": "set_options", "entity": ek, "field": fk, "options": want}])

# ---------------------------------------------------------------- add_entity (+ its link when one is named)
ED = [d for d in D if d["new_ent"]]
ENT = [("ent-lege-an", lambda n, pl, g, fs, par: f"Lege bitte eine neue Tabelle {pl} an, mit {andlist(fs)}"),
       ("ent-braeuchten", lambda n, pl, g, fs, par: f"Wir bräuchten außerdem noch {pl} mit {andlist(fs)}"),
       ("ent-liste", lambda n, pl, g, fs, par: f"Kannst du noch eine Liste für {pl} anlegen? Pro Eintrag: {', '.join(fs)}"),
       ("ent-sie-erfassen", lambda n, pl, g, fs, par: f"Könnten Sie ergänzen, dass wir auch {pl} erfassen können ({', '.join(fs)})?")]
for i, (cx, fn) in enumerate(ENT):
    for j in range(4):
        d = ED[(i + j) % len(ED)]
        n, pl, g, fs, par = d["new_ent"]
        labels = [f["label"] for f in fs]
        req = fn(n, pl, g, labels, par)
        exp = [{"op": "add_entity", "name": n, "aliases": [pl],
                "fields": [{"name": f["label"], "aliases": f["aliases"], "type": f["type"], "alt_types": f["alt"]} for f in fs]}]
        if par and j % 2 == 0:
            pn = ent_name(d, par)
            req = sentence(req) + f" Jeder Eintrag gehört zu {'einem' if d['ent'][par][0] != 'f' else 'einer'} {pn}."
            exp.append({"op": "add_relation", "from": n, "to": par})
        if j == 3:
            req = noum(req)
        row(cx, d, sentence(req), exp)

# ---------------------------------------------------------------- remove_entity
XD = [d for d in D if d["del_ent"]]
DEL = [("del-kann-weg", lambda g, n, pl: f"Die Tabelle {pl} kann weg"),
       ("del-brauchen-nicht", lambda g, n, pl: f"{pl} brauchen wir nicht mehr, bitte komplett löschen"),
       ("del-loesch", lambda g, n, pl: f"Lösch bitte die {n}-Tabelle"),
       ("del-sie-entfernen", lambda g, n, pl: f"Bitte entfernen Sie den Bereich {pl} ganz, das läuft jetzt über ein anderes System")]
for i, (cx, fn) in enumerate(DEL):
    for j in range(3):
        d = XD[(i + j) % len(XD)]
        ek, g, n, pl = d["del_ent"]
        req = fn(g, n, pl)
        if j == 2:
            req = noum(req)
        row(cx, d, sentence(req), [{"op": "remove_entity", "entity": ek}])

# ---------------------------------------------------------------- add_relation
LD = [d for d in D if d["link"]]
JED = {"m": "jedem", "n": "jedem", "f": "jeder"}
JEDA = {"m": "jeden", "n": "jedes", "f": "jede"}
WEL = {"m": "welcher", "n": "welches", "f": "welche"}
EIN_D = {"m": "einem", "n": "einem", "f": "einer"}
LNK = [("link-gehoert-zu", lambda f, t, gf, gt, s: s),
       ("link-verknuepf", lambda f, t, gf, gt, s: f"Verknüpf bitte {f} mit {t}"),
       ("link-auswaehlen", lambda f, t, gf, gt, s: f"Bei {JED[gf]} {f} soll man auswählen können, {WEL[gt]} {t} gemeint ist"),
       ("link-zuordnen", lambda f, t, gf, gt, s: f"Kannst du einstellen, dass man {JEDA[gf]} {f} {EIN_D[gt]} {t} zuordnen kann?")]
for i, (cx, fn) in enumerate(LNK):
    for j in range(4):
        d = LD[(i + j) % len(LD)]
        fk, tk, s = d["link"]
        req = fn(ent_name(d, fk), ent_name(d, tk), d["ent"][fk][0], d["ent"][tk][0], s)
        if j == 3:
            req = noum(req)
        row(cx, d, sentence(req), [{"op": "add_relation", "from": fk, "to": tk}])

# ---------------------------------------------------------------- two or three edits in one message
JOIN = [" und ", ". Außerdem ", ", dann ", "; "]
def clause_add(d, k=0):
    ek, f = d["add"][k]
    tp = rnd.choice(TYPE_PHRASE[f["type"]]) if f["type"] not in ("text", "choice") else ""
    if f.get("options"):
        tp = "(" + ", ".join(f["options"]) + ")"
    return " ".join(f"{d['ent'][ek][1]} noch {the(f['g'], f['label'])} {tp} ergänzen".split()), op_add(ek, f)


def clause_rem(d):
    ek, fk, g, l = d["rem"]
    return f"{the(g, l)} rausnehmen", {"op": "remove_field", "entity": ek, "field": fk}


def clause_req(d):
    ek, fk, g, l = d["req_on"]
    return f"{the(g, l)} zur Pflicht machen", {"op": "set_required", "entity": ek, "field": fk, "value": True}


def clause_ren(d):
    ek, fk, g, l, t, al = d["ren"]
    return f"{the(g, l)} in „{t}“ umbenennen", {"op": "rename_field", "entity": ek, "field": fk, "to": t, "aliases": al}


def clause_typ(d):
    ek, fk, g, l, t, alt = d["typ"]
    return f"{the(g, l)} als {TW[t][2]} führen", {"op": "change_type", "entity": ek, "field": fk, "type": t, "alt_types": alt}


COMBOS = [(clause_add, clause_rem), (clause_rem, clause_req), (clause_ren, clause_add), (clause_typ, clause_req),
          (clause_add, clause_typ), (clause_req, clause_ren)]
for i, combo in enumerate(COMBOS):
    for j in range(3):
        d = D[(i * 3 + j) % len(D)]
        parts = [c(d) for c in combo]
        # conflicting slots (same field twice) are skipped
        fields = [(o.get("entity"), o.get("field")) for _, o in parts if o.get("field")]
        if len(set(fields)) < len(fields):
            d = D[(i * 3 + j + 4) % len(D)]
            parts = [c(d) for c in combo]
        join = JOIN[(i + j) % len(JOIN)]
        req = "Bitte " + parts[0][0] + join + (parts[1][0] if join == " und " else "bitte " + parts[1][0])
        row("multi-2", d, sentence(req), [o for _, o in parts])
for j in range(6):
    d = D[(j * 2 + 1) % len(D)]
    p = [clause_add(d, 1), clause_rem(d), clause_ren(d)]
    fields = [(o.get("entity"), o.get("field")) for _, o in p if o.get("field")]
    req = f"Drei Sachen: {p[0][0]}, {p[1][0]} und {p[2][0]}"
    if j % 2:
        req = f"Hallo! Könntest du {p[0][0].replace('ergänzen', 'ergänzen,')} außerdem {p[1][0]} und dann noch {p[2][0]}? Danke"
    row("multi-3", d, sentence(req), [o for _, o in p])

# ---------------------------------------------------------------- mention an existing field without changing it
for j, d in enumerate(D):
    ek, fk, l = d["mention"]
    ek2, f = d["add"][j % len(d["add"])]
    ed = d["ent"][ek2][1]
    tp = rnd.choice(TYPE_PHRASE[f["type"]]) if f["type"] not in ("text", "choice") else ""
    if f.get("options"):
        tp = "(" + ", ".join(f["options"]) + ")"
    shapes = [f"{l} passt so, aber {ed} fehlt noch {the(f['g'], f['label'], 'nom')} {tp}",
              f"Neben {l} bräuchten wir {ed} noch {a(f['g'], f['label'])} {tp}",
              f"Das Feld {l} lassen wir wie es ist. Füg {ed} bitte {a(f['g'], f['label'])} {tp} hinzu"]
    row("mention-keep", d, sentence(" ".join(shapes[j % 3].split())), [op_add(ek2, f)])

with open(os.path.join(HERE, "refine.jsonl"), "w", encoding="utf-8") as out:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
