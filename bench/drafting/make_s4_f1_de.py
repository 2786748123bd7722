# Session 4, helper hF1: twelve German requests in long sentences -- subordinate clauses
# ("…, damit wir wissen, wer …", "…, weil …"), verb-final lists ("Wir wollen Datum, Uhrzeit und Ort
# festhalten"), kinds opened by "Zu jedem X …", "Pro X …", "Jede X hat mehrere Y", compounds naming
# kinds and fields, and "welches X an welches Y". Written from general knowledge BEFORE running the
# engine on them. Same helpers as make_s4_d2_langs.py.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-f1-de-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
here = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(here, "make_s4_d2_langs.py"), encoding="utf-8").read().split("\n# ---------------- German")[0]
ns = {}
exec(src, ns)
g = ns; F,E,T,NAME,P,R,D,DT,M,I,DEC,B,CH,EM,PH,LT,C,cases = (g[k] for k in "F E T NAME P R D DT M I DEC B CH EM PH LT C cases".split())

C("f1d01","de","Wir möchten unsere Wartungstermine für die Maschinen in der Halle erfassen, damit wir wissen, wer wann welche Maschine gewartet hat. Zu jeder Maschine speichern wir Bezeichnung, Standort und Baujahr.",
 [E("Maschine",[NAME(),T("Standort",[],["choice"]),I("Baujahr")]),
  E("Wartungstermin",[R("Maschine","Maschine"),P("Techniker",["Wartung durch","Gewartet von","Wer"]),D("Datum",["Wann","Termin"])],["Wartung"])],[("Wartungstermin","Maschine")])
C("f1d02","de","Für unsere Ersatzteilbestellungen wollen wir Bestelldatum, Lieferant, Menge und Preis festhalten. Jeder Lieferant hat eine Ansprechperson, eine Telefonnummer und eine E-Mail-Adresse.",
 [E("Ersatzteilbestellung",[D("Bestelldatum"),R("Lieferant","Lieferant"),I("Menge",["Anzahl"]),M("Preis")],["Bestellung"]),
  E("Lieferant",[NAME(),P("Ansprechperson",["Ansprechpartner"]),PH("Telefonnummer"),EM()])],[("Ersatzteilbestellung","Lieferant")])
C("f1d03","de","In unserer Bibliothek verleihen wir Bücher an Schüler, und wir müssen nachhalten, welches Buch an welchen Schüler ausgeliehen wurde, wann es zurückkommen soll und ob es beschädigt ist.",
 [E("Buch",[NAME(["Titel"])]),E("Schüler",[NAME()]),
  E("Ausleihe",[R("Buch","Buch"),R("Schüler","Schüler"),D("Rückgabedatum",["Rückgabe","Zurück am","Fällig am"]),B("Beschädigt")],["Verleih"])],[("Ausleihe","Buch"),("Ausleihe","Schüler")])
C("f1d04","de","Pro Veranstaltung brauchen wir Titel, Datum, Uhrzeit und Ort. Jede Veranstaltung hat mehrere Anmeldungen, und bei jeder Anmeldung wollen wir Name, E-Mail und die Anzahl der Begleitpersonen wissen.",
 [E("Veranstaltung",[NAME(),D("Datum"),T("Uhrzeit",["Zeit"],["datetime"]),T("Ort",[],["choice"])]),
  E("Anmeldung",[R("Veranstaltung","Veranstaltung"),NAME(),EM(),I("Anzahl der Begleitpersonen",["Begleitpersonen","Anzahl"])])],[("Anmeldung","Veranstaltung")])
C("f1d05","de","Wir sind eine Hausverwaltung und brauchen ein Tool für Schadensmeldungen, weil die Mieter bisher per Telefon anrufen und vieles verloren geht. Jede Meldung hat eine Wohnung, eine Beschreibung, ein Meldedatum und einen Status (offen, beauftragt, erledigt). Zu jeder Wohnung gehören Adresse, Etage und der Name des Mieters.",
 [E("Schadensmeldung",[R("Wohnung","Wohnung"),LT("Beschreibung"),D("Meldedatum"),CH("Status",["offen","beauftragt","erledigt"])],["Meldung"]),
  E("Wohnung",[LT("Adresse",[],["text"]),T("Etage",[],["integer"]),P("Mieter",["Name des Mieters"])])],[("Schadensmeldung","Wohnung")])
C("f1d06","de","Jeder Kunde hat mehrere Verträge. Wir wollen für jeden Vertrag Vertragsnummer, Beginn, Laufzeit in Monaten und monatliche Gebühr festhalten, damit wir rechtzeitig sehen, wann ein Vertrag ausläuft. Beim Kunden reichen Firmenname und Ansprechpartner.",
 [E("Kunde",[NAME(["Firmenname","Firma"]),P("Ansprechpartner")]),
  E("Vertrag",[R("Kunde","Kunde"),T("Vertragsnummer"),D("Beginn",["Vertragsbeginn","Startdatum"]),I("Laufzeit in Monaten",["Laufzeit"]),M("Monatliche Gebühr",["Gebühr"]),D("Ablaufdatum",["Ende","Vertragsende","Ausläuft"])])],[("Vertrag","Kunde")])
C("f1d07","de","Unsere Fahrzeugflotte soll verwaltet werden: zu jedem Fahrzeug Kennzeichen, Modell und nächster TÜV-Termin, und außerdem die Fahrtenbucheinträge, in denen steht, wer wann wie viele Kilometer mit welchem Fahrzeug gefahren ist.",
 [E("Fahrzeug",[T("Kennzeichen",["Name"]),T("Modell"),D("Nächster TÜV-Termin",["TÜV-Termin","TÜV"])]),
  E("Fahrtenbucheintrag",[R("Fahrzeug","Fahrzeug"),P("Fahrer",["Wer"]),D("Datum",["Wann"]),I("Kilometer",["Anzahl Kilometer"],["decimal"])],["Fahrt","Eintrag"])],[("Fahrtenbucheintrag","Fahrzeug")])
C("f1d08","de","Ich leite eine Sprachschule. Wir haben Kurse und Teilnehmer; jeder Teilnehmer kann mehrere Kurse belegen, deshalb brauchen wir Buchungen mit Kurs, Teilnehmer, Buchungsdatum und ob schon bezahlt wurde. Kurse haben Sprache, Niveau (A1, A2, B1, B2) und Kursgebühr.",
 [E("Kurs",[T("Sprache",[],["choice"]),CH("Niveau",["A1","A2","B1","B2"]),M("Kursgebühr",["Gebühr"])]),
  E("Teilnehmer",[NAME()]),
  E("Buchung",[R("Kurs","Kurs"),R("Teilnehmer","Teilnehmer"),D("Buchungsdatum"),B("Bezahlt")])],[("Buchung","Kurs"),("Buchung","Teilnehmer")])
C("f1d09","de","Im Labor wollen wir Proben, Analysedatum, Ergebnis und den zuständigen Laboranten dokumentieren. Pro Probe gibt es eine Probennummer und einen Auftraggeber, und wir müssen auch wissen, wann die Probe eingegangen ist.",
 [E("Probe",[T("Probennummer",["Nummer"]),T("Auftraggeber",[],["reference","person"]),D("Eingangsdatum",["Eingegangen","Eingang"]),D("Analysedatum"),T("Ergebnis",[],["long_text"]),P("Zuständiger Laborant",["Laborant"])])])
C("f1d10","de","Die Schulungsabteilung möchte Schulungstermine planen. Jede Schulung hat ein Thema und einen Trainer, und zu jedem Termin halten wir Datum, Raum und die maximale Teilnehmerzahl fest, damit niemand doppelt bucht.",
 [E("Schulung",[T("Thema",["Name","Titel"]),P("Trainer")]),
  E("Schulungstermin",[R("Schulung","Schulung"),D("Datum"),T("Raum",[],["choice"]),I("Maximale Teilnehmerzahl",["Teilnehmerzahl"])],["Termin"])],[("Schulungstermin","Schulung")])
C("f1d11","de","Wir verleihen Werkzeug an unsere Mitglieder und wollen aufschreiben, welches Werkzeug an welches Mitglied geht, wann es ausgeliehen und wann es zurückgegeben wurde. Werkzeuge haben eine Inventarnummer und einen Zustand.",
 [E("Werkzeug",[T("Inventarnummer",["Name","Nummer"]),T("Zustand",[],["choice"])]),E("Mitglied",[NAME()]),
  E("Ausleihe",[R("Werkzeug","Werkzeug"),R("Mitglied","Mitglied"),D("Ausleihdatum",["Ausgeliehen","Ausgeliehen am"]),D("Rückgabedatum",["Zurückgegeben","Zurückgegeben am","Rückgabe"])],["Verleih"])],[("Ausleihe","Werkzeug"),("Ausleihe","Mitglied")])
C("f1d12","de","Für die Kantine brauchen wir eine Liste der Lebensmittellieferungen, weil das Gesundheitsamt Nachweise verlangt: Lieferdatum, Lieferant, Kühltemperatur bei Ankunft und wer die Lieferung angenommen hat.",
 [E("Lebensmittellieferung",[D("Lieferdatum"),T("Lieferant",[],["reference"]),DEC("Kühltemperatur bei Ankunft",["Kühltemperatur","Temperatur"]),P("Angenommen von",["Wer","Angenommen"])],["Lieferung"])])

out = os.path.join(here, "s4-f1-de-draft.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for c in cases: f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases ->", out)
