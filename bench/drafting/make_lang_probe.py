# A drafting set for French, Spanish and German (2026-11-26, the helper on those three languages):
# how native speakers write requests for internal tools -- German compounds (Rückgabedatum,
# Kostenstelle, Seriennummer), "pro"/"je", "gehört zu", "für jede"; French "pour chaque",
# "rattaché à", elisions; Spanish "cada X pertenece a un Y", "por cada", "de cada"; lists with
# und/et/y, "sowie", "ainsi que", "así como"; yes/no ("ob", "si", "sí/no"); choices ("entweder …
# oder", "soit … soit", "puede ser A, B o C"). 2-4 record kinds with links in most requests.
# Written from general knowledge before looking at how the engine reads them; NOT held out after.
# Run: python3 ../shared/bench/score.py draft bench/drafting/lang-probe-draft.jsonl --cmd "./toolsmith draft --jsonl"
import json, os
def F(name, type, aliases=(), alt=(), optional=False, options=None, target=None):
    d={"name":name,"aliases":list(aliases),"type":type,"alt_types":list(alt)}
    if optional: d["optional"]=True
    if options: d["options"]=options
    if target: d["target"]=target
    return d
def E(name, fields, aliases=()): return {"name":name,"aliases":list(aliases),"fields":fields+[N()]}
def N(): return F("notes","long_text",["notizen","bemerkungen","anmerkungen","kommentar","remarques","commentaires","notas","observaciones","comentarios","comments","remarks"],["text"],optional=True)
def T(name, al=(), alt=()): return F(name,"text",al,alt)
def NAME(al=()): return F("name","text",list(al)+["nom","nombre","bezeichnung","titel","title"])
def P(name, al=()): return F(name,"person",al,["text"])
def R(name, target, al=()): return F(name,"reference",al,target=target)
def D(name, al=()): return F(name,"date",al,["datetime"])
def DT(name, al=()): return F(name,"datetime",al,["date","text"])
def M(name, al=()): return F(name,"money",al,["decimal"])
def I(name, al=(), alt=("decimal",)): return F(name,"integer",al,alt)
def B(name, al=()): return F(name,"boolean",al,["choice"])
def CH(name, opts, al=(), alt=()): return F(name,"choice",al,alt,options=opts)
def EM(name="E-Mail", al=()): return F(name,"email",list(al)+["email","e-mail","mail","correo","adresse mail","courriel"])
def PH(name, al=()): return F(name,"phone",list(al)+["telefon","téléphone","teléfono","phone"])
def FI(name, al=()): return F(name,"file",al,["url"])
def LT(name, al=()): return F(name,"long_text",al,["text"])
cases=[]
def C(id,lang,prompt,entities,relations=()):
    cases.append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":""})

# ---------------- German ----------------
C("lg01","de","Wir verleihen Laptops an Mitarbeiter. Pro Ausleihe: welcher Mitarbeiter, welches Gerät, Ausgabedatum, Rückgabedatum und ob das Netzteil dabei war. Geräte haben eine Seriennummer, ein Modell und einen Anschaffungspreis.",
 [E("Gerät",[T("Seriennummer",["Serien-Nr.","Name"]),T("Modell"),M("Anschaffungspreis",["Preis","Kaufpreis"])],["Laptop","Notebook"]),
  E("Ausleihe",[P("Mitarbeiter",["welcher Mitarbeiter","Ausleiher","Entleiher"]),R("Gerät","Gerät",["Laptop"]),D("Ausgabedatum",["ausgegeben am","Ausgabe"]),D("Rückgabedatum",["Rückgabe","zurück am"]),B("Netzteil dabei",["Netzteil","ob das Netzteil dabei war"])],["Verleih","Leihe"])],[("Ausleihe","Gerät")])
C("lg02","de","Jede Eingangsrechnung gehört zu einer Kostenstelle. Für jede Rechnung erfassen wir den Lieferanten, die Rechnungsnummer, das Rechnungsdatum, das Fälligkeitsdatum, den Bruttobetrag und ob sie schon bezahlt ist. Kostenstellen haben eine Nummer, eine Bezeichnung und einen Verantwortlichen.",
 [E("Kostenstelle",[T("Nummer",["Kostenstellennummer"],["integer"]),T("Bezeichnung",["Name"]),P("Verantwortlicher",["Verantwortlich","Verantwortliche"])]),
  E("Eingangsrechnung",[R("Kostenstelle","Kostenstelle"),T("Lieferant",[],["reference"]),T("Rechnungsnummer",["Nummer"]),D("Rechnungsdatum",["Datum"]),D("Fälligkeitsdatum",["fällig am","Fälligkeit"]),M("Bruttobetrag",["Betrag"]),B("Bezahlt",["schon bezahlt","ob sie schon bezahlt ist"])],["Rechnung"])],[("Eingangsrechnung","Kostenstelle")])
C("lg03","de","Wir müssen nachhalten, welcher Mitarbeiter welche Schulung gemacht hat. Schulungen haben einen Titel, einen Anbieter und eine Dauer in Stunden. Zu jeder Teilnahme brauchen wir das Datum, ob die Prüfung bestanden wurde und das Zertifikat als PDF. Mitarbeiter: Name, Personalnummer, Abteilung.",
 [E("Schulung",[T("Titel",["Name"]),T("Anbieter"),I("Dauer",["Dauer in Stunden","Stunden"])],["Training","Kurs"]),
  E("Mitarbeiter",[NAME(),T("Personalnummer"),T("Abteilung",[],["choice"])],["Mitarbeiterin","Beschäftigter"]),
  E("Teilnahme",[R("Mitarbeiter","Mitarbeiter"),R("Schulung","Schulung"),D("Datum"),B("Prüfung bestanden",["bestanden","Prüfung"]),FI("Zertifikat",["Zertifikat als PDF","Nachweis"])],["Schulungsteilnahme"])],[("Teilnahme","Mitarbeiter"),("Teilnahme","Schulung")])
C("lg04","de","Kundenbesuche im Außendienst:\n- Kunde: Firmenname, Ansprechpartner, Telefon, E-Mail-Adresse\n- Besuch: Datum, Außendienstmitarbeiter, Gesprächsnotizen, nächster Termin\nJeder Besuch gehört zu genau einem Kunden.",
 [E("Kunde",[T("Firmenname",["Firma","Name"]),T("Ansprechpartner",["Kontaktperson"],["person"]),PH("Telefon",["Telefonnummer"]),EM("E-Mail-Adresse")]),
  E("Besuch",[R("Kunde","Kunde"),D("Datum"),P("Außendienstmitarbeiter",["Mitarbeiter","Vertreter"]),LT("Gesprächsnotizen",["Notizen","Gesprächsnotiz"]),D("Nächster Termin",["Termin","Folgetermin"])],["Kundenbesuch"])],[("Besuch","Kunde")])
C("lg05","de","Hallo zusammen, wir sind eine kleine Agentur und wollen endlich unsere Zeiten sauber erfassen. Pro Projekt erfassen wir Stunden: wer gearbeitet hat, an welchem Tag, wie viele Stunden und eine kurze Tätigkeitsbeschreibung. Projekte haben einen Namen, einen Kunden, ein Budget und ein Enddatum.",
 [E("Projekt",[NAME(),T("Kunde",[],["reference"]),M("Budget"),D("Enddatum",["Ende","Projektende"])]),
  E("Zeiteintrag",[R("Projekt","Projekt"),P("Mitarbeiter",["wer gearbeitet hat","wer","Person"]),D("Datum",["Tag","an welchem Tag"]),F("Stunden","decimal",["wie viele Stunden","Anzahl Stunden","Dauer"],["integer"]),F("Tätigkeitsbeschreibung","text",["Tätigkeit","Beschreibung"],["long_text"])],["Stunden","Stundeneintrag","Zeiterfassung","Zeitbuchung"])],[("Zeiteintrag","Projekt")])
C("lg06","de","Schlüsselbuch: welcher Schlüssel an wen ausgegeben wurde, wann, und wann er zurückkam. Für jeden Schlüssel Raum und Schlüsselnummer.",
 [E("Schlüssel",[T("Schlüsselnummer",["Nummer","Name"]),T("Raum")]),
  E("Schlüsselausgabe",[R("Schlüssel","Schlüssel"),P("Empfänger",["an wen","Inhaber","Mitarbeiter","ausgegeben an"]),D("Ausgabedatum",["wann","ausgegeben am","Ausgabe"]),D("Rückgabedatum",["zurück am","Rückgabe","wann er zurückkam"])],["Ausgabe","Ausleihe","Schlüsselvergabe"])],[("Schlüsselausgabe","Schlüssel")])
C("lg07","de","Wir wollen Urlaubsanträge digital machen. Jeder Antrag hat den Mitarbeiter, das Startdatum, das Enddatum, die Anzahl der Urlaubstage, die Art (entweder Erholungsurlaub, Sonderurlaub oder unbezahlter Urlaub) und ob der Vorgesetzte zugestimmt hat.",
 [E("Urlaubsantrag",[P("Mitarbeiter",["Antragsteller"]),D("Startdatum",["Beginn","von"]),D("Enddatum",["Ende","bis"]),I("Anzahl der Urlaubstage",["Urlaubstage","Tage","Anzahl Tage"]),CH("Art",["Erholungsurlaub","Sonderurlaub","Unbezahlter Urlaub"],["Urlaubsart","Typ"]),F("Genehmigt",["boolean"][0],["Zustimmung","Vorgesetzter zugestimmt","ob der Vorgesetzte zugestimmt hat","Genehmigung"],["choice"])],["Antrag","Urlaub"])])
C("lg08","de","Unser Fuhrpark wächst. Zu jedem Fahrzeug speichern wir das Kennzeichen, den Hersteller, das Baujahr und den Termin der nächsten Hauptuntersuchung. Jede Fahrt wird mit Fahrer, Datum, Startort, Zielort und gefahrenen Kilometern eingetragen. Tankvorgänge: Fahrzeug, Datum, Liter, Betrag.",
 [E("Fahrzeug",[T("Kennzeichen",["Name"]),T("Hersteller",["Marke"]),I("Baujahr",[],()),D("Nächste Hauptuntersuchung",["Hauptuntersuchung","HU","Termin der nächsten Hauptuntersuchung"])],["Auto","Wagen"]),
  E("Fahrt",[R("Fahrzeug","Fahrzeug"),P("Fahrer"),D("Datum"),T("Startort",["Start","von"]),T("Zielort",["Ziel","nach"]),F("Kilometer","decimal",["gefahrene Kilometer","km","Strecke"],["integer"])],["Fahrtenbuch","Fahrteintrag"]),
  E("Tankvorgang",[R("Fahrzeug","Fahrzeug"),D("Datum"),F("Liter","decimal",[],["integer"]),M("Betrag",["Kosten","Preis"])],["Tankung","Tanken"])],[("Fahrt","Fahrzeug"),("Tankvorgang","Fahrzeug")])
C("lg09","de","Für unseren IT-Support brauchen wir ein Ticketsystem. Ein Ticket hat einen Betreff, eine Beschreibung, die Priorität (niedrig, mittel, hoch), den Melder, den Bearbeiter und den Status. Tickets können einem Gerät aus dem Inventar zugeordnet werden; Geräte haben eine Inventarnummer, einen Typ und einen Standort.",
 [E("Ticket",[T("Betreff",["Titel"]),LT("Beschreibung"),CH("Priorität",["Niedrig","Mittel","Hoch"],["Prio"]),P("Melder",["gemeldet von","Meldender"]),P("Bearbeiter",["zugewiesen an","bearbeitet von"]),F("Status","choice",["Stand"],["text"]),R("Gerät","Gerät")],["Störung","Anfrage"]),
  E("Gerät",[T("Inventarnummer",["Name","Nummer"]),F("Typ","text",["Gerätetyp","Art"],["choice"]),T("Standort",["Ort","Raum"])],["Inventar"])],[("Ticket","Gerät")])
C("lg10","de","Für unseren Sportverein: Mitglieder mit Vorname, Nachname, Geburtsdatum, Eintrittsdatum und IBAN. Jedes Mitglied gehört zu einer Abteilung; eine Abteilung hat einen Namen und einen Abteilungsleiter. Außerdem wollen wir die Beitragszahlungen festhalten: Mitglied, Jahr, Betrag, bezahlt am.",
 [E("Mitglied",[T("Vorname"),T("Nachname",["Name"]),D("Geburtsdatum",["geboren am"]),D("Eintrittsdatum",["Eintritt","Mitglied seit"]),T("IBAN",["Bankverbindung"]),R("Abteilung","Abteilung")],["Vereinsmitglied"]),
  E("Abteilung",[NAME(),P("Abteilungsleiter",["Leiter"])],["Sparte"]),
  E("Beitragszahlung",[R("Mitglied","Mitglied"),I("Jahr",[],()),M("Betrag",["Beitrag"]),D("Bezahlt am",["Zahlungsdatum","bezahlt"])],["Beitrag","Zahlung","Mitgliedsbeitrag"])],[("Mitglied","Abteilung"),("Beitragszahlung","Mitglied")])
C("lg11","de","Einkauf: Wir bestellen bei mehreren Lieferanten. Lieferanten haben Firmenname, Ansprechpartner, Telefonnummer und Zahlungsziel in Tagen. Eine Bestellung geht immer an einen Lieferanten und hat ein Bestelldatum, ein Lieferdatum und einen Status (bestellt, geliefert, storniert). Jede Bestellposition gehört zu einer Bestellung und enthält Artikel, Menge und Einzelpreis. Artikel: Artikelnummer, Bezeichnung, Einheit.",
 [E("Lieferant",[T("Firmenname",["Name","Firma"]),T("Ansprechpartner",["Kontaktperson"],["person"]),PH("Telefonnummer"),I("Zahlungsziel",["Zahlungsziel in Tagen","Tage"])],["Zulieferer"]),
  E("Bestellung",[R("Lieferant","Lieferant"),D("Bestelldatum",["bestellt am"]),D("Lieferdatum",["geliefert am","Liefertermin"]),CH("Status",["Bestellt","Geliefert","Storniert"])],["Auftrag","Einkaufsbestellung"]),
  E("Bestellposition",[R("Bestellung","Bestellung"),R("Artikel","Artikel"),F("Menge","integer",["Anzahl"],["decimal"]),M("Einzelpreis",["Preis","Stückpreis"])],["Position","Bestellzeile"]),
  E("Artikel",[T("Artikelnummer",["Nummer"]),T("Bezeichnung",["Name"]),F("Einheit","text",["Mengeneinheit"],["choice"])],["Produkt","Ware"])],[("Bestellung","Lieferant"),("Bestellposition","Bestellung"),("Bestellposition","Artikel")])
C("lg12","de","Am Empfang schreiben wir Besucher noch auf Papier auf. Ich hätte gern eine kleine App dafür: Name des Besuchers, Firma, wen er besucht, Ankunftszeit, Uhrzeit des Verlassens und ob eine Geheimhaltungsvereinbarung unterschrieben wurde.",
 [E("Besuch",[T("Name des Besuchers",["Name","Besucher","Besuchername"]),T("Firma",["Unternehmen"]),P("Gastgeber",["wen er besucht","besucht","Ansprechpartner","Besuchte Person"]),DT("Ankunftszeit",["Ankunft","Uhrzeit der Ankunft"]),DT("Uhrzeit des Verlassens",["Abreise","Abgangszeit","Verlassen","Gehzeit"]),B("Geheimhaltungsvereinbarung unterschrieben",["Geheimhaltungsvereinbarung","NDA","NDA unterschrieben"])],["Besucher","Besucherbuch","Besuchereintrag"])])
C("lg13","de","Besprechungsräume buchen: Jeder Raum hat einen Namen, ein Stockwerk, die Anzahl der Sitzplätze und ob ein Beamer vorhanden ist. Eine Buchung ist für einen Raum und hat Beginn, Ende, den Buchenden und den Anlass.",
 [E("Raum",[NAME(),F("Stockwerk","integer",["Etage"],["text"]),I("Anzahl der Sitzplätze",["Sitzplätze","Plätze","Kapazität"]),B("Beamer vorhanden",["Beamer","ob ein Beamer vorhanden ist"])],["Besprechungsraum"]),
  E("Buchung",[R("Raum","Raum"),DT("Beginn",["Start","von"]),DT("Ende",["bis"]),P("Gebucht von",["Buchender","Buchende","Bucher"]),T("Anlass",["Zweck","Thema"],["long_text"])],["Raumbuchung","Reservierung"])],[("Buchung","Raum")])
C("lg14","de","Wir bekommen Reklamationen von Kunden und verlieren den Überblick. Jede Reklamation bezieht sich auf einen Auftrag. Wir halten fest: Eingangsdatum, Reklamationsgrund, Schadenshöhe, wer sie bearbeitet und ob eine Gutschrift erstellt wurde. Zum Auftrag gehören Auftragsnummer, Kunde und Lieferdatum.",
 [E("Auftrag",[T("Auftragsnummer",["Nummer","Name"]),T("Kunde",[],["reference","person"]),D("Lieferdatum",["geliefert am"])],["Bestellung"]),
  E("Reklamation",[R("Auftrag","Auftrag"),D("Eingangsdatum",["eingegangen am","Datum"]),F("Reklamationsgrund","text",["Grund"],["long_text","choice"]),M("Schadenshöhe",["Schaden","Betrag"]),P("Bearbeiter",["wer sie bearbeitet","bearbeitet von"]),B("Gutschrift erstellt",["Gutschrift","ob eine Gutschrift erstellt wurde"])],["Beschwerde","Reklamationsfall"])],[("Reklamation","Auftrag")])
C("lg15","de","Lagerverwaltung für unser Ersatzteillager. Ersatzteile haben eine Teilenummer, eine Bezeichnung, einen Mindestbestand sowie den aktuellen Bestand. Jedes Teil liegt in einem Lagerplatz mit Regal und Fach. Wareneingänge buchen wir mit Teil, Menge, Datum und Lieferschein.",
 [E("Ersatzteil",[T("Teilenummer",["Nummer"]),T("Bezeichnung",["Name"]),I("Mindestbestand"),I("Aktueller Bestand",["Bestand"]),R("Lagerplatz","Lagerplatz")],["Teil"]),
  E("Lagerplatz",[T("Regal"),T("Fach")],["Lagerort","Platz"]),
  E("Wareneingang",[R("Teil","Ersatzteil",["Ersatzteil"]),I("Menge",["Anzahl"]),D("Datum",["Eingangsdatum"]),F("Lieferschein","file",["Lieferscheinnummer"],["text"])],["Eingang","Lieferung"])],[("Ersatzteil","Lagerplatz"),("Wareneingang","Ersatzteil")])
C("lg16","de","Personalabteilung: Zu jeder offenen Stelle gehören ein Titel, eine Abteilung und der Bewerbungsschluss. Für jede Bewerbung auf eine Stelle speichern wir Name, E-Mail, Eingangsdatum, Lebenslauf, Gehaltsvorstellung und den Stand: eingegangen, Gespräch, Zusage oder Absage.",
 [E("Stelle",[T("Titel",["Stellenbezeichnung","Name"]),T("Abteilung",[],["choice"]),D("Bewerbungsschluss",["Frist","Deadline"])],["Offene Stelle","Stellenausschreibung","Position"]),
  E("Bewerbung",[R("Stelle","Stelle"),NAME(["Bewerber"]),EM(),D("Eingangsdatum",["eingegangen am","Datum"]),FI("Lebenslauf",["CV"]),M("Gehaltsvorstellung",["Gehalt","Gehaltswunsch"]),CH("Stand",["Eingegangen","Gespräch","Zusage","Absage"],["Status"])],["Bewerber","Kandidat"])],[("Bewerbung","Stelle")])
C("lg17","de","Je Maschine führen wir ein Wartungsprotokoll. Maschinen: Bezeichnung, Hersteller, Seriennummer, Inbetriebnahme. Bei jeder Wartung notieren wir das Datum, den Techniker, die Wartungskosten, die ausgetauschten Teile und wann die nächste Wartung fällig ist.",
 [E("Maschine",[T("Bezeichnung",["Name"]),T("Hersteller"),T("Seriennummer"),D("Inbetriebnahme",["Inbetriebnahmedatum","in Betrieb seit"])],["Anlage"]),
  E("Wartung",[R("Maschine","Maschine"),D("Datum",["Wartungsdatum"]),P("Techniker",["Monteur"]),M("Wartungskosten",["Kosten"]),F("Ausgetauschte Teile",["long_text"][0],["Teile","Ersatzteile"],["text"]),D("Nächste Wartung",["nächste Wartung fällig","fällig am","Fälligkeit"])],["Wartungseintrag","Wartungsprotokoll"])],[("Wartung","Maschine")])
C("lg18","de","Spesen: Datum, Betrag, Kategorie (Reise, Bewirtung, Büro), Beleg, Mitarbeiter, erstattet ja/nein",
 [E("Spesen",[D("Datum"),M("Betrag"),CH("Kategorie",["Reise","Bewirtung","Büro"]),FI("Beleg",["Quittung"]),P("Mitarbeiter",["eingereicht von"]),B("Erstattet",["erstattet ja/nein"])],["Spesenabrechnung","Ausgabe","Auslage","Spese"])])
C("lg19","de","Wir organisieren Workshops für Kunden. Ein Workshop hat ein Thema, ein Datum, einen Ort und eine maximale Teilnehmerzahl. Teilnehmer melden sich an; pro Anmeldung brauchen wir den Workshop, den Namen und die E-Mail des Teilnehmers, die Firma und ob er vegetarisches Essen möchte.",
 [E("Workshop",[T("Thema",["Titel","Name"]),D("Datum"),T("Ort",["Veranstaltungsort"]),I("Maximale Teilnehmerzahl",["Teilnehmerzahl","max. Teilnehmer","Plätze"])],["Veranstaltung","Seminar"]),
  E("Anmeldung",[R("Workshop","Workshop"),NAME(["Name des Teilnehmers","Teilnehmer"]),EM("E-Mail",["E-Mail des Teilnehmers"]),T("Firma",["Unternehmen"]),B("Vegetarisch",["vegetarisches Essen","ob er vegetarisches Essen möchte"])],["Teilnehmer","Teilnahme"])],[("Anmeldung","Workshop")])
C("lg20","de","Vertragsverwaltung. Welche Verträge haben wir mit welchen Dienstleistern? Pro Vertrag: Vertragsgegenstand, Beginn, Laufzeit in Monaten, Kündigungsfrist, monatliche Kosten, der zuständige Kollege und der unterschriebene Vertrag als Datei. Dienstleister haben einen Namen, eine Adresse und eine Kundennummer.",
 [E("Vertrag",[R("Dienstleister","Dienstleister"),T("Vertragsgegenstand",["Gegenstand","Titel"],["long_text"]),D("Beginn",["Vertragsbeginn","Start"]),I("Laufzeit",["Laufzeit in Monaten","Monate"]),F("Kündigungsfrist","text",["Frist"],["integer","date"]),M("Monatliche Kosten",["Kosten","Monatsbeitrag"]),P("Zuständiger Kollege",["zuständig","Verantwortlicher","Kollege"]),FI("Unterschriebener Vertrag",["Vertragsdatei","Datei","Dokument"])],["Vertragsverhältnis"]),
  E("Dienstleister",[NAME(),F("Adresse","text",["Anschrift"],["long_text"]),T("Kundennummer")],["Anbieter","Lieferant"])],[("Vertrag","Dienstleister")])
C("lg21","de","Mängelmeldungen im Gebäude: Jede Meldung hat einen Raum, eine Beschreibung, ein Foto, den Melder, das Meldedatum und die Dringlichkeit (dringend oder normal). Der Hausmeister trägt ein, wann der Mangel behoben wurde.",
 [E("Mängelmeldung",[T("Raum",["Ort"]),LT("Beschreibung",["Mangel"]),FI("Foto",["Bild"]),P("Melder",["gemeldet von"]),D("Meldedatum",["gemeldet am","Datum"]),CH("Dringlichkeit",["Dringend","Normal"],["Priorität"]),D("Behoben am",["behoben","wann der Mangel behoben wurde","Behebungsdatum"])],["Meldung","Mangel","Schadensmeldung"])])

# ---------------- French ----------------
C("lf01","fr","Pour chaque chantier, on veut suivre les interventions des sous-traitants. Un chantier a une adresse, un chef de chantier et une date de fin prévue. Chaque intervention est rattachée à un chantier et à un sous-traitant : date, durée en heures, montant facturé et si elle a été validée. Les sous-traitants ont un nom, un SIRET et un téléphone.",
 [E("Chantier",[F("Adresse","text",["nom","lieu"],["long_text"]),P("Chef de chantier",["responsable"]),D("Date de fin prévue",["fin prévue","date de fin"])],["site"]),
  E("Intervention",[R("Chantier","Chantier"),R("Sous-traitant","Sous-traitant"),D("Date"),F("Durée","decimal",["durée en heures","heures"],["integer"]),M("Montant facturé",["montant"]),B("Validée",["validé","si elle a été validée","validation"])]),
  E("Sous-traitant",[NAME(),T("SIRET",["numéro SIRET"]),PH("Téléphone")],["prestataire","entreprise"])],[("Intervention","Chantier"),("Intervention","Sous-traitant")])
C("lf02","fr","J'aimerais savoir qui a fait quelle formation et quand. Les formations ont un intitulé, un organisme et un coût. Les salariés ont un nom, un service et une date d'embauche. Pour chaque participation : le salarié, la formation, la date, la note obtenue et l'attestation.",
 [E("Formation",[T("Intitulé",["titre","nom"]),T("Organisme",["organisme de formation","prestataire"]),M("Coût",["prix"])],["cours","stage"]),
  E("Salarié",[NAME(),F("Service","text",["département"],["choice"]),D("Date d'embauche",["embauché le","embauche"])],["employé","collaborateur"]),
  E("Participation",[R("Salarié","Salarié"),R("Formation","Formation"),D("Date"),F("Note obtenue","decimal",["note","résultat"],["integer","text"]),FI("Attestation",["certificat"])],["suivi de formation","inscription"])],[("Participation","Salarié"),("Participation","Formation")])
C("lf03","fr","Notes de frais : date, montant TTC, catégorie (transport, repas, hébergement), justificatif, salarié, remboursée oui/non.",
 [E("Note de frais",[D("Date"),M("Montant TTC",["montant"]),CH("Catégorie",["Transport","Repas","Hébergement"]),FI("Justificatif",["reçu","ticket"]),P("Salarié",["employé","demandeur"]),B("Remboursée",["remboursé","remboursée oui/non"])],["frais","dépense"])])
C("lf04","fr","Nous gérons le parc informatique de l'école. Chaque ordinateur appartient à une salle. Pour les ordinateurs : numéro d'inventaire, marque, date d'achat et s'il est sous garantie. Les salles ont un numéro et un étage. On note aussi les pannes : l'ordinateur concerné, la date, la description et l'état (signalée, en cours ou réparée).",
 [E("Salle",[T("Numéro",["nom","numéro de salle"],["integer"]),F("Étage","integer",[],["text"])],["classe"]),
  E("Ordinateur",[R("Salle","Salle"),T("Numéro d'inventaire",["inventaire","numéro"]),T("Marque",["modèle"]),D("Date d'achat",["acheté le","achat"]),B("Sous garantie",["garantie","s'il est sous garantie"])],["PC","poste"]),
  E("Panne",[R("Ordinateur","Ordinateur",["ordinateur concerné"]),D("Date"),LT("Description"),CH("État",["Signalée","En cours","Réparée"],["statut"])],["incident","dépannage"])],[("Ordinateur","Salle"),("Panne","Ordinateur")])
C("lf05","fr","Application pour le service client :\n• clients : raison sociale, e-mail, téléphone, ville\n• réclamations : client, date de réception, objet, priorité (basse / normale / urgente), traitée ou non\n• réponses : réclamation, date, auteur, texte",
 [E("Client",[T("Raison sociale",["nom","société"]),EM("E-mail"),PH("Téléphone"),T("Ville")]),
  E("Réclamation",[R("Client","Client"),D("Date de réception",["reçue le","date"]),T("Objet",["sujet"]),CH("Priorité",["Basse","Normale","Urgente"]),B("Traitée",["traitée ou non","traité"])],["plainte"]),
  E("Réponse",[R("Réclamation","Réclamation"),D("Date"),P("Auteur",["rédigée par"]),LT("Texte",["contenu","message"])])],[("Réclamation","Client"),("Réponse","Réclamation")])
C("lf06","fr","Bonjour, je suis responsable du bénévolat dans une association. J'ai besoin de savoir quels bénévoles viennent à quelles permanences. Pour chaque bénévole il me faut le prénom, le nom, le numéro de portable et l'adresse mail. Une permanence a une date, un lieu, une heure de début et une heure de fin. Et pour chaque inscription, si la personne est venue ou pas.",
 [E("Bénévole",[T("Prénom"),T("Nom"),PH("Numéro de portable",["portable","mobile"]),EM("Adresse mail")],["volontaire"]),
  E("Permanence",[D("Date"),T("Lieu",["endroit"]),F("Heure de début",["datetime"][0],["début"],["text","date"]),F("Heure de fin",["datetime"][0],["fin"],["text","date"])],["créneau","permanence"]),
  E("Inscription",[R("Bénévole","Bénévole"),R("Permanence","Permanence"),B("Présent",["venue","est venue","si la personne est venue ou pas","présence"])],["participation"])],[("Inscription","Bénévole"),("Inscription","Permanence")])
C("lf07","fr","Suivi des contrats de location de matériel : chaque contrat concerne un client et un matériel. On veut la date de début, la date de retour prévue, la caution, le prix par jour et l'état au retour (bon, abîmé ou perdu). Le matériel a une référence, une désignation et un prix d'achat.",
 [E("Contrat de location",[T("Client",[],["person","reference"]),R("Matériel","Matériel"),D("Date de début",["début"]),D("Date de retour prévue",["retour prévu","date de retour"]),M("Caution",["dépôt de garantie"]),M("Prix par jour",["prix journalier","tarif"]),CH("État au retour",["Bon","Abîmé","Perdu"],["état"])],["contrat","location"]),
  E("Matériel",[T("Référence",["nom","réf"]),T("Désignation",["nom","description"]),M("Prix d'achat",["prix"])],["équipement","article"])],[("Contrat de location","Matériel")])
C("lf08","fr","Registre des visiteurs : nom, société, personne visitée, heure d'arrivée, heure de départ, badge remis (oui/non).",
 [E("Visiteur",[NAME(),T("Société",["entreprise"]),P("Personne visitée",["hôte","visité"]),DT("Heure d'arrivée",["arrivée"]),DT("Heure de départ",["départ"]),B("Badge remis",["badge"])],["visite","registre"])])
C("lf09","fr","Dans notre cabinet, chaque dossier appartient à un client et est suivi par un avocat. Un dossier a un numéro, un intitulé, une date d'ouverture et un statut : ouvert, en attente ou clos. Pour les clients, on garde le nom, l'adresse et l'e-mail. Les avocats ont un nom et un taux horaire. On saisit aussi le temps passé sur chaque dossier : date, durée, description.",
 [E("Dossier",[R("Client","Client"),R("Avocat","Avocat",["suivi par"]),T("Numéro",["numéro de dossier"]),T("Intitulé",["titre","nom"]),D("Date d'ouverture",["ouvert le","ouverture"]),CH("Statut",["Ouvert","En attente","Clos"],["état"])],["affaire"]),
  E("Client",[NAME(),F("Adresse","text",[],["long_text"]),EM("E-mail")]),
  E("Avocat",[NAME(),M("Taux horaire",["tarif horaire","taux"])],["juriste"]),
  E("Temps passé",[R("Dossier","Dossier"),D("Date"),F("Durée","decimal",["heures","temps"],["integer"]),F("Description","text",[],["long_text"])],["saisie de temps","temps","activité","temps passe"])],[("Dossier","Client"),("Dossier","Avocat"),("Temps passé","Dossier")])
C("lf10","fr","On voudrait suivre les abonnements logiciels de l'entreprise : le nom du logiciel, l'éditeur, le coût mensuel, la date de renouvellement, le nombre de licences, le responsable et si le renouvellement est automatique. Chaque abonnement est rattaché à un service (nom, budget annuel).",
 [E("Abonnement",[T("Nom du logiciel",["logiciel","nom"]),T("Éditeur",["fournisseur"]),M("Coût mensuel",["coût","prix"]),D("Date de renouvellement",["renouvellement"]),I("Nombre de licences",["licences"],()),P("Responsable"),B("Renouvellement automatique",["automatique","si le renouvellement est automatique","reconduction tacite"]),R("Service","Service")],["abonnement logiciel","logiciel"]),
  E("Service",[NAME(),M("Budget annuel",["budget"])],["département","équipe"])],[("Abonnement","Service")])
C("lf11","fr","Gestion des stages : les stagiaires (nom, école, date de début, date de fin, tuteur) ainsi que leurs évaluations. Chaque évaluation appartient à un stagiaire et comporte la date, la note sur 20, un commentaire et si le stage est validé.",
 [E("Stagiaire",[NAME(),T("École",["établissement"]),D("Date de début",["début"]),D("Date de fin",["fin"]),P("Tuteur",["maître de stage"])],["stage"]),
  E("Évaluation",[R("Stagiaire","Stagiaire"),D("Date"),F("Note","decimal",["note sur 20"],["integer"]),LT("Commentaire",["appréciation"]),B("Stage validé",["validé","si le stage est validé","validation"])],["bilan"])],[("Évaluation","Stagiaire")])
C("lf12","fr","Pour les demandes de congé, il me faut : le salarié, le type de congé (soit congés payés, soit RTT, soit maladie), la date de début, la date de fin, le nombre de jours, l'approbateur et si c'est accepté.",
 [E("Demande de congé",[P("Salarié",["employé","demandeur"]),CH("Type de congé",["Congés payés","RTT","Maladie"],["type"]),D("Date de début",["début"]),D("Date de fin",["fin"]),I("Nombre de jours",["jours"]),P("Approbateur",["validé par","manager"]),F("Accepté","boolean",["acceptée","si c'est accepté","validation","statut"],["choice"])],["congé","demande"])])
C("lf13","fr","Chaque véhicule de l'auto-école est affecté à un moniteur. Les moniteurs ont un nom, un numéro de téléphone et une date d'embauche. Les véhicules : immatriculation, modèle, boîte (manuelle ou automatique), date du prochain contrôle technique. Les leçons : élève, moniteur, véhicule, date et heure, durée, payée ou pas.",
 [E("Moniteur",[NAME(),PH("Numéro de téléphone"),D("Date d'embauche",["embauche"])],["formateur","instructeur"]),
  E("Véhicule",[R("Moniteur","Moniteur"),T("Immatriculation",["plaque","nom"]),T("Modèle"),CH("Boîte",["Manuelle","Automatique"],["boîte de vitesses","transmission"]),D("Prochain contrôle technique",["contrôle technique","date du prochain contrôle technique"])],["voiture"]),
  E("Leçon",[F("Élève","text",["apprenti"],["person","reference"]),R("Moniteur","Moniteur"),R("Véhicule","Véhicule"),DT("Date et heure",["date","heure"]),I("Durée",["durée en minutes"]),B("Payée",["payée ou pas","payé","paiement"])],["cours","leçon de conduite"])],[("Véhicule","Moniteur"),("Leçon","Moniteur"),("Leçon","Véhicule")])

# ---------------- Spanish ----------------
C("ls01","es","Cada técnico pertenece a una zona. Las zonas tienen un nombre y un responsable. De los técnicos guardamos el nombre, el móvil y la especialidad (electricidad, fontanería o climatización). Por cada aviso registramos el cliente, la dirección, la fecha, el técnico asignado, el importe y si está cerrado.",
 [E("Zona",[NAME(),P("Responsable",["encargado"])],["área"]),
  E("Técnico",[R("Zona","Zona"),NAME(),PH("Móvil",["teléfono móvil"]),CH("Especialidad",["Electricidad","Fontanería","Climatización"])],["operario"]),
  E("Aviso",[T("Cliente",[],["person","reference"]),F("Dirección","text",[],["long_text"]),D("Fecha"),R("Técnico","Técnico",["técnico asignado"]),M("Importe",["precio","coste"]),B("Cerrado",["si está cerrado","estado"])],["incidencia","parte","servicio"])],[("Técnico","Zona"),("Aviso","Técnico")])
C("ls02","es","Quiero saber quién hizo qué curso y cuándo. Los cursos tienen un título, una duración en horas y un proveedor. Los empleados tienen nombre, DNI y departamento. Por cada asistencia: empleado, curso, fecha, nota y si aprobó.",
 [E("Curso",[T("Título",["nombre"]),I("Duración",["duración en horas","horas"]),T("Proveedor",["empresa formadora"])],["formación"]),
  E("Empleado",[NAME(),T("DNI"),F("Departamento","text",[],["choice"])],["trabajador"]),
  E("Asistencia",[R("Empleado","Empleado"),R("Curso","Curso"),D("Fecha"),F("Nota","decimal",["calificación"],["integer","text"]),B("Aprobado",["aprobó","si aprobó"])],["participación","inscripción"])],[("Asistencia","Empleado"),("Asistencia","Curso")])
C("ls03","es","Gastos de viaje: fecha, importe, tipo de gasto (hotel, comida, transporte), ticket, empleado y si ya se pagó.",
 [E("Gasto de viaje",[D("Fecha"),M("Importe",["cantidad"]),CH("Tipo de gasto",["Hotel","Comida","Transporte"],["tipo","categoría"]),FI("Ticket",["recibo","justificante"]),P("Empleado"),B("Pagado",["si ya se pagó","pagado","se pagó"])],["gasto","gastos"])])
C("ls04","es","Necesitamos una app para la biblioteca del colegio:\n- Libros: título, autor, ISBN, año de publicación\n- Alumnos: nombre, curso, correo de los padres\n- Préstamos: libro, alumno, fecha de préstamo, fecha de devolución prevista, devuelto sí/no",
 [E("Libro",[T("Título",["nombre"]),T("Autor"),T("ISBN"),I("Año de publicación",["año"],())]),
  E("Alumno",[NAME(),F("Curso","text",["clase","grupo"],["choice"]),EM("Correo de los padres",["correo","email de los padres"])],["estudiante"]),
  E("Préstamo",[R("Libro","Libro"),R("Alumno","Alumno"),D("Fecha de préstamo",["fecha"]),D("Fecha de devolución prevista",["devolución prevista","fecha de devolución"]),B("Devuelto",["devuelto sí/no"])])],[("Préstamo","Libro"),("Préstamo","Alumno")])
C("ls05","es","Hola, llevo la gestión de un pequeño hotel rural y lo hago todo en papel. Necesitaría registrar las reservas: quién reserva, el teléfono de contacto, la fecha de entrada, la fecha de salida, el número de personas, la habitación y si ya ha pagado la señal. Las habitaciones tienen un número, un tipo (doble, individual o suite) y un precio por noche.",
 [E("Reserva",[F("Cliente","text",["quién reserva","huésped","nombre"],["person"]),PH("Teléfono de contacto"),D("Fecha de entrada",["entrada","llegada"]),D("Fecha de salida",["salida"]),I("Número de personas",["personas","huéspedes"]),R("Habitación","Habitación"),B("Señal pagada",["señal","si ya ha pagado la señal","pagado"])]),
  E("Habitación",[T("Número",["nombre"],["integer"]),CH("Tipo",["Doble","Individual","Suite"]),M("Precio por noche",["precio","tarifa"])],["cuarto"])],[("Reserva","Habitación")])
C("ls06","es","Cada pedido pertenece a un cliente y puede ser pendiente, enviado o entregado. Del pedido queremos la fecha, el importe total y la dirección de envío. De los clientes, el nombre, el CIF, el correo electrónico y la persona de contacto.",
 [E("Pedido",[R("Cliente","Cliente"),CH("Estado",["Pendiente","Enviado","Entregado"],["situación"]),D("Fecha",["fecha del pedido"]),M("Importe total",["importe","total"]),F("Dirección de envío",["text"][0],["dirección"],["long_text"])],["orden"]),
  E("Cliente",[NAME(),T("CIF",["NIF"]),EM("Correo electrónico"),F("Persona de contacto","text",["contacto"],["person"])],["comprador"])],[("Pedido","Cliente")])
C("ls07","es","Para el mantenimiento de la flota: por cada vehículo anotamos la matrícula, la marca, el modelo y los kilómetros. Cada revisión es de un vehículo y tiene fecha, taller, coste y las observaciones del mecánico. También queremos saber qué conductor tiene asignado cada vehículo; los conductores tienen nombre, número de carnet y fecha de caducidad del carnet.",
 [E("Vehículo",[T("Matrícula",["nombre"]),T("Marca"),T("Modelo"),I("Kilómetros",["kilometraje"]),R("Conductor","Conductor",["conductor asignado"])],["coche"]),
  E("Revisión",[R("Vehículo","Vehículo"),D("Fecha"),T("Taller"),M("Coste",["importe","precio"]),LT("Observaciones del mecánico",["observaciones"])],["mantenimiento","inspección"]),
  E("Conductor",[NAME(),T("Número de carnet",["carnet"]),D("Fecha de caducidad del carnet",["caducidad del carnet","caducidad"])],["chófer"])],[("Revisión","Vehículo"),("Vehículo","Conductor")])
C("ls08","es","Control de incidencias de limpieza en las oficinas: planta, zona, descripción, foto, quién la comunica, fecha y prioridad (baja, media o alta). Queremos marcar si está resuelta.",
 [E("Incidencia",[F("Planta","text",["piso"],["integer"]),T("Zona",["lugar"]),LT("Descripción"),FI("Foto",["imagen"]),P("Comunicada por",["quién la comunica","informador","notificada por"]),D("Fecha"),CH("Prioridad",["Baja","Media","Alta"]),B("Resuelta",["si está resuelta","resuelto"])],["incidencia de limpieza","aviso"])])
C("ls09","es","Somos una ONG y queremos llevar las donaciones. Cada donación la hace un donante. De cada donante: nombre, email, teléfono y si quiere recibir el boletín. De cada donación: fecha, cantidad, forma de pago (transferencia, tarjeta o efectivo) y campaña. Las campañas tienen un nombre, un objetivo de recaudación y una fecha de fin.",
 [E("Donante",[NAME(),EM("Email"),PH("Teléfono"),B("Recibir boletín",["boletín","si quiere recibir el boletín","newsletter"])],["socio"]),
  E("Donación",[R("Donante","Donante"),D("Fecha"),M("Cantidad",["importe"]),CH("Forma de pago",["Transferencia","Tarjeta","Efectivo"],["método de pago"]),R("Campaña","Campaña")],["donativo"]),
  E("Campaña",[NAME(),M("Objetivo de recaudación",["objetivo"]),D("Fecha de fin",["fin"])])],[("Donación","Donante"),("Donación","Campaña")])
C("ls10","es","Necesito organizar los turnos del bar. Los camareros tienen nombre, teléfono y tarifa por hora. Cada turno es de un camarero y tiene la fecha, la hora de entrada, la hora de salida y si ha sido de noche.",
 [E("Camarero",[NAME(),PH("Teléfono"),M("Tarifa por hora",["tarifa","precio por hora"])],["empleado"]),
  E("Turno",[R("Camarero","Camarero"),D("Fecha"),F("Hora de entrada","datetime",["entrada"],["text","date"]),F("Hora de salida","datetime",["salida"],["text","date"]),B("Nocturno",["de noche","si ha sido de noche","noche"])])],[("Turno","Camarero")])
C("ls11","es","Registro de muestras del laboratorio así como de sus análisis. Las muestras tienen un código, una fecha de recogida, el origen y el tipo, que puede ser agua, suelo o aire. Por cada análisis guardamos la muestra, el parámetro medido, el valor, la unidad, el analista y la fecha.",
 [E("Muestra",[T("Código",["nombre"]),D("Fecha de recogida",["recogida"]),T("Origen",["procedencia"]),CH("Tipo",["Agua","Suelo","Aire"])]),
  E("Análisis",[R("Muestra","Muestra"),T("Parámetro medido",["parámetro"]),F("Valor","decimal",["resultado"],["text","integer"]),T("Unidad",[],["choice"]),P("Analista",["técnico"]),D("Fecha")],["analisis","ensayo"])],[("Análisis","Muestra")])
C("ls12","es","Queremos controlar las horas extra. De cada empleado: nombre, departamento y jefe directo. Por cada registro de horas extra: el empleado, la fecha, cuántas horas, el motivo y si el jefe lo ha aprobado.",
 [E("Empleado",[NAME(),F("Departamento","text",[],["choice"]),P("Jefe directo",["jefe","responsable"])],["trabajador"]),
  E("Horas extra",[R("Empleado","Empleado"),D("Fecha"),F("Horas","decimal",["cuántas horas","número de horas"],["integer"]),F("Motivo","text",["razón"],["long_text"]),F("Aprobado","boolean",["si el jefe lo ha aprobado","aprobación"],["choice"])],["registro de horas extra","hora extra","registro"])],[("Horas extra","Empleado")])
C("ls13","es","Alquiler de salas de nuestro coworking: las salas (nombre, capacidad, precio por hora), los clientes (nombre, empresa, correo) y las reservas de cada cliente con sala, día, hora de inicio, hora de fin e importe.",
 [E("Sala",[NAME(),I("Capacidad",["plazas"]),M("Precio por hora",["precio","tarifa"])]),
  E("Cliente",[NAME(),T("Empresa"),EM("Correo")],["usuario"]),
  E("Reserva",[R("Cliente","Cliente"),R("Sala","Sala"),D("Día",["fecha"]),F("Hora de inicio","datetime",["inicio"],["text","date"]),F("Hora de fin","datetime",["fin"],["text","date"]),M("Importe",["precio","total"])],["alquiler","reserva de sala"])],[("Reserva","Cliente"),("Reserva","Sala")])

out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"lang-probe-draft.jsonl")
with open(out,"w") as f:
    for c in cases: f.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)
