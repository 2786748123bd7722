# Session 4, helper hD2: German, French and Spanish requests naming two to four record kinds as
# natives write them -- kinds said inside long sentences ("Für jede Baustelle erfassen wir die
# Begehungen mit …", "chaque client peut avoir plusieurs contrats", "cada pedido tiene varias líneas
# con …"), long German compounds as names, fields naming another kind (references), counts
# ("Anzahl", "nombre de", "cantidad de", "wie viele"), dates said implicitly ("bis wann",
# "d'ici quand", "para cuándo"), and "dass …" / "ob …" clauses (yes/no).
# Written from general knowledge BEFORE running the engine on them; tuned on afterwards.
# Run: python3 ../shared/bench/score.py draft bench/drafting/s4-d2-langs-draft.jsonl --cmd "./toolsmith draft --jsonl"
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
def DEC(name, al=()): return F(name,"decimal",al,["integer"])
def B(name, al=()): return F(name,"boolean",al,["choice"])
def CH(name, opts, al=(), alt=()): return F(name,"choice",al,alt,options=opts)
def EM(name="E-Mail", al=()): return F(name,"email",list(al)+["email","e-mail","mail","correo","adresse mail","courriel"])
def PH(name, al=()): return F(name,"phone",list(al)+["telefon","téléphone","teléfono","phone"])
def FI(name, al=()): return F(name,"file",al,["url"])
def LT(name, al=(), alt=("text",)): return F(name,"long_text",al,alt)
cases=[]
def C(id,lang,prompt,entities,relations=()):
    cases.append({"id":id,"lang":lang,"prompt":prompt,"entities":entities,"relations":[{"from":a,"to":b} for a,b in relations],"notes":""})

# ---------------- German ----------------
C("s4d01","de","Wir sind ein Bauunternehmen mit mehreren Baustellen. Für jede Baustelle erfassen wir die Begehungen mit Datum, Prüfer und Ergebnis. Zu den Baustellen selbst brauchen wir nur die Adresse, den Bauleiter und den geplanten Fertigstellungstermin.",
 [E("Baustelle",[LT("Adresse",["Anschrift"],["text"]),P("Bauleiter"),D("Geplanter Fertigstellungstermin",["Fertigstellungstermin","Fertigstellung"])]),
  E("Begehung",[R("Baustelle","Baustelle"),D("Datum"),P("Prüfer"),T("Ergebnis",[],["long_text","choice"])])],[("Begehung","Baustelle")])
C("s4d02","de","Unsere Werkstatt braucht eine Übersicht über die Reparaturaufträge. Jeder Auftrag gehört zu einem Kunden und hat ein Eingangsdatum, eine Fehlerbeschreibung, die voraussichtlichen Kosten und bis wann das Gerät fertig sein soll. Bei den Kunden reichen Name, Telefonnummer und Adresse.",
 [E("Kunde",[NAME(),PH("Telefonnummer",["Telefon"]),LT("Adresse",["Anschrift"],["text"])]),
  E("Reparaturauftrag",[R("Kunde","Kunde"),D("Eingangsdatum",["Eingang"]),LT("Fehlerbeschreibung",["Fehler","Beschreibung"]),M("Voraussichtliche Kosten",["Kosten"]),D("Fertigstellungsdatum",["bis wann","Fertig bis","Termin","Fälligkeitsdatum"])],["Auftrag","Reparatur"])],[("Reparaturauftrag","Kunde")])
C("s4d03","de","Im Verein wollen wir die Mitglieder und ihre Beitragszahlungen verwalten. Von jedem Mitglied brauchen wir Vorname, Nachname, Geburtsdatum, Eintrittsdatum und ob es aktiv oder passiv ist. Jede Beitragszahlung hat ein Mitglied, das Jahr, den Betrag und das Zahlungsdatum.",
 [E("Mitglied",[T("Vorname"),T("Nachname",["Name"]),D("Geburtsdatum"),D("Eintrittsdatum",["Eintritt"]),CH("Status",["Aktiv","Passiv"],["Mitgliedsart","Aktiv"],["boolean"])]),
  E("Beitragszahlung",[R("Mitglied","Mitglied"),I("Jahr",[],["text"]),M("Betrag"),D("Zahlungsdatum",["bezahlt am"])],["Zahlung","Beitrag"])],[("Beitragszahlung","Mitglied")])
C("s4d04","de","Ich leite eine Sprachschule. Wir haben Kurse mit Titel, Sprache, Niveau (A1, A2, B1, B2, C1) und maximaler Teilnehmerzahl. Jeder Kurs wird von einer Lehrkraft gegeben. Die Lehrkräfte haben einen Namen, eine E-Mail-Adresse und einen Stundensatz.",
 [E("Kurs",[T("Titel",["Name"]),T("Sprache",[],["choice"]),CH("Niveau",["A1","A2","B1","B2","C1"]),I("Maximale Teilnehmerzahl",["Teilnehmerzahl","Max. Teilnehmer"]),R("Lehrkraft","Lehrkraft",["Lehrer"])]),
  E("Lehrkraft",[NAME(),EM("E-Mail-Adresse"),M("Stundensatz")],["Lehrer"])],[("Kurs","Lehrkraft")])
C("s4d05","de","Wir müssen festhalten, welche Maschinen wann gewartet wurden. Jede Wartung bezieht sich auf eine Maschine; wir notieren das Datum, den Techniker, wie viele Stunden es gedauert hat und ob Ersatzteile getauscht wurden. Maschinen haben eine Inventarnummer, einen Standort und ein Anschaffungsjahr.",
 [E("Maschine",[T("Inventarnummer",["Nummer","Name"]),T("Standort"),I("Anschaffungsjahr",[],["text"])]),
  E("Wartung",[R("Maschine","Maschine"),D("Datum"),P("Techniker"),DEC("Dauer in Stunden",["Stunden","Dauer","wie viele Stunden"]),B("Ersatzteile getauscht",["Ersatzteile"])])],[("Wartung","Maschine")])
C("s4d06","de","Für die Kantine planen wir die Essensbestellungen. Jede Bestellung kommt von einem Mitarbeiter und enthält das Datum, das Gericht und die Anzahl der Portionen. Die Gerichte pflegen wir mit Bezeichnung, Preis und ob sie vegetarisch sind.",
 [E("Gericht",[T("Bezeichnung",["Name"]),M("Preis"),B("Vegetarisch")]),
  E("Essensbestellung",[P("Mitarbeiter",["Besteller"]),D("Datum"),R("Gericht","Gericht"),I("Anzahl der Portionen",["Portionen","Anzahl"])],["Bestellung"])],[("Essensbestellung","Gericht")])
C("s4d07","de","Bitte eine kleine Anwendung für unsere Praktikanten. Zu jedem Praktikanten speichern wir Name, Hochschule, Beginn und Ende des Praktikums sowie den Betreuer. Außerdem sollen die Praktikanten wöchentliche Berichte abgeben, jeweils mit der Kalenderwoche, den erledigten Aufgaben und ob der Betreuer den Bericht gelesen hat.",
 [E("Praktikant",[NAME(),T("Hochschule",["Universität"]),D("Beginn",["Praktikumsbeginn","Startdatum"]),D("Ende",["Praktikumsende","Enddatum"]),P("Betreuer")]),
  E("Wochenbericht",[R("Praktikant","Praktikant"),I("Kalenderwoche",["KW","Woche"],["text"]),LT("Erledigte Aufgaben",["Aufgaben"]),B("Gelesen",["Bericht gelesen","Betreuer gelesen"])],["Bericht","Wöchentlicher Bericht"])],[("Wochenbericht","Praktikant")])
C("s4d08","de","Wir vermieten Ferienwohnungen. Jede Wohnung hat einen Namen, eine Adresse, die Anzahl der Schlafplätze und einen Preis pro Nacht. Für jede Buchung brauchen wir den Gast, die Wohnung, Anreise, Abreise, wie viele Personen kommen und ob die Kaution schon bezahlt ist.",
 [E("Ferienwohnung",[NAME(),LT("Adresse",[],["text"]),I("Anzahl der Schlafplätze",["Schlafplätze"]),M("Preis pro Nacht",["Preis"])],["Wohnung"]),
  E("Buchung",[P("Gast",["Gastname"]),R("Wohnung","Ferienwohnung",["Ferienwohnung"]),D("Anreise",["Anreisedatum"]),D("Abreise",["Abreisedatum"]),I("Anzahl Personen",["Personen","wie viele Personen"]),B("Kaution bezahlt",["Kaution"])])],[("Buchung","Ferienwohnung")])
C("s4d09","de","Im Labor kommen täglich Proben rein. Jede Probe stammt von einem Auftraggeber und hat eine Probennummer, das Eingangsdatum, die Probenart (Wasser, Boden, Luft) und bis wann das Ergebnis vorliegen muss. Auftraggeber: Firma, Ansprechpartner, E-Mail.",
 [E("Auftraggeber",[T("Firma",["Name","Firmenname"]),T("Ansprechpartner",[],["person"]),EM()],["Kunde"]),
  E("Probe",[R("Auftraggeber","Auftraggeber"),T("Probennummer",["Nummer"]),D("Eingangsdatum",["Eingang"]),CH("Probenart",["Wasser","Boden","Luft"],["Art"]),D("Frist",["bis wann","Ergebnis bis","Fälligkeitsdatum","Termin"])])],[("Probe","Auftraggeber")])
C("s4d10","de","Für unsere Veranstaltungen brauchen wir eine Anmeldeverwaltung. Jede Veranstaltung hat einen Titel, ein Datum, einen Ort und eine maximale Teilnehmerzahl. Zu jeder Anmeldung erfassen wir Name und E-Mail des Teilnehmers, die Veranstaltung und ob er schon bezahlt hat.",
 [E("Veranstaltung",[T("Titel",["Name"]),D("Datum"),T("Ort"),I("Maximale Teilnehmerzahl",["Teilnehmerzahl"])],["Event"]),
  E("Anmeldung",[T("Name",["Teilnehmer","Name des Teilnehmers"]),EM("E-Mail",["E-Mail des Teilnehmers"]),R("Veranstaltung","Veranstaltung"),B("Bezahlt",["schon bezahlt"])])],[("Anmeldung","Veranstaltung")])
C("s4d11","de","Wir wollen nachverfolgen, welche Lieferanten uns welche Artikel liefern. Jeder Artikel hat eine Artikelnummer, eine Bezeichnung, einen Einkaufspreis und einen Mindestbestand. Jeder Artikel wird von genau einem Lieferanten bezogen. Beim Lieferanten speichern wir Firmenname, Ansprechpartner, Telefonnummer und die Lieferzeit in Tagen.",
 [E("Artikel",[T("Artikelnummer",["Nummer"]),T("Bezeichnung",["Name"]),M("Einkaufspreis",["Preis"]),I("Mindestbestand")]),
  E("Lieferant",[T("Firmenname",["Name","Firma"]),T("Ansprechpartner",[],["person"]),PH("Telefonnummer",["Telefon"]),I("Lieferzeit in Tagen",["Lieferzeit"])])],[("Artikel","Lieferant")])
C("s4d12","de","Es geht um Dienstreisen. Jeder Mitarbeiter stellt Reiseanträge mit Reiseziel, Zweck, Hinreise, Rückreise und den geschätzten Kosten. Nach der Reise reicht er die Belege ein: Datum, Art (Hotel, Bahn, Taxi, Verpflegung), Betrag und ein Foto des Belegs. Jeder Beleg gehört zu einem Reiseantrag.",
 [E("Reiseantrag",[P("Mitarbeiter",["Antragsteller"]),T("Reiseziel",["Ziel"]),LT("Zweck",[],["text"]),D("Hinreise",["Abreise","Reisebeginn"]),D("Rückreise",["Reiseende"]),M("Geschätzte Kosten",["Kosten"])],["Dienstreise","Antrag"]),
  E("Beleg",[R("Reiseantrag","Reiseantrag"),D("Datum"),CH("Art",["Hotel","Bahn","Taxi","Verpflegung"],["Belegart"]),M("Betrag"),FI("Foto",["Foto des Belegs","Belegfoto"])])],[("Beleg","Reiseantrag")])
C("s4d13","de","Für unsere Bücherei: Bücher mit Titel, Autor, ISBN und Standort im Regal. Leser mit Name, Ausweisnummer und Telefonnummer. Und die Ausleihen, also welcher Leser welches Buch wann ausgeliehen hat und bis wann er es zurückbringen muss.",
 [E("Buch",[T("Titel",["Name"]),T("Autor"),T("ISBN"),T("Standort",["Regal","Standort im Regal"])]),
  E("Leser",[NAME(),T("Ausweisnummer",["Nummer"]),PH("Telefonnummer",["Telefon"])]),
  E("Ausleihe",[R("Leser","Leser"),R("Buch","Buch"),D("Ausleihdatum",["ausgeliehen am","wann"]),D("Rückgabedatum",["bis wann","Rückgabe","zurück bis","Fälligkeitsdatum"])],["Verleih"])],[("Ausleihe","Leser"),("Ausleihe","Buch")])
C("s4d14","de","Die Hausverwaltung möchte Mängelmeldungen erfassen. Eine Meldung betrifft immer eine Wohnung und wird von einem Mieter gemacht. Wir halten fest, wann der Mangel gemeldet wurde, was genau kaputt ist, wie dringend es ist (niedrig, mittel, hoch) und dass der Handwerker beauftragt wurde. Wohnungen haben eine Wohnungsnummer, ein Stockwerk und die Wohnfläche in Quadratmetern.",
 [E("Wohnung",[T("Wohnungsnummer",["Nummer","Name"]),I("Stockwerk",["Etage"],["text"]),DEC("Wohnfläche",["Wohnfläche in Quadratmetern","Fläche"])]),
  E("Mängelmeldung",[R("Wohnung","Wohnung"),P("Mieter",["gemeldet von"]),D("Gemeldet am",["Meldedatum","Datum","wann gemeldet"]),LT("Beschreibung",["Mangel","was kaputt ist"]),CH("Dringlichkeit",["Niedrig","Mittel","Hoch"],["Dringend","Priorität"]),B("Handwerker beauftragt",["Handwerker"])],["Meldung","Mangel"])],[("Mängelmeldung","Wohnung")])
C("s4d15","de","Wir möchten unsere Fahrschüler und deren Fahrstunden verwalten. Fahrschüler: Name, Geburtsdatum, Führerscheinklasse (B, A, BE) und ob die Theorieprüfung bestanden ist. Zu jeder Fahrstunde notieren wir den Fahrschüler, den Fahrlehrer, das Datum, die Dauer in Minuten und eine kurze Bemerkung.",
 [E("Fahrschüler",[NAME(),D("Geburtsdatum"),CH("Führerscheinklasse",["B","A","BE"],["Klasse"]),B("Theorieprüfung bestanden",["Theorieprüfung"])],["Schüler"]),
  E("Fahrstunde",[R("Fahrschüler","Fahrschüler"),P("Fahrlehrer"),D("Datum"),I("Dauer in Minuten",["Dauer","Minuten"])])],[("Fahrstunde","Fahrschüler")])
C("s4d16","de","Der Einkauf möchte Bestellungen besser überblicken. Eine Bestellung geht an einen Lieferanten und besteht aus mehreren Positionen. Jede Position hat einen Artikel, eine Menge und einen Einzelpreis. Bei der Bestellung selbst interessiert uns das Bestelldatum, wer bestellt hat und bis wann geliefert werden soll. Lieferanten: Name, Kundennummer, E-Mail.",
 [E("Lieferant",[NAME(),T("Kundennummer",["Nummer"]),EM()]),
  E("Bestellung",[R("Lieferant","Lieferant"),D("Bestelldatum",["Datum"]),P("Besteller",["bestellt von","wer bestellt hat"]),D("Liefertermin",["bis wann","Lieferdatum","geliefert bis","Fälligkeitsdatum"])]),
  E("Position",[R("Bestellung","Bestellung"),T("Artikel"),F("Menge","integer",["Anzahl"],["decimal"]),M("Einzelpreis",["Preis"])],["Bestellposition"])],[("Bestellung","Lieferant"),("Position","Bestellung")])
C("s4d17","de","Unsere Physiotherapie-Praxis braucht eine Terminübersicht. Patienten haben Name, Geburtsdatum, Krankenkasse und Telefon. Jeder Termin ist für einen Patienten, hat Datum und Uhrzeit, einen Therapeuten, die Behandlungsart (Krankengymnastik, Massage, Lymphdrainage) und ob der Patient erschienen ist.",
 [E("Patient",[NAME(),D("Geburtsdatum"),T("Krankenkasse",[],["choice"]),PH("Telefon")]),
  E("Termin",[R("Patient","Patient"),DT("Datum und Uhrzeit",["Datum","Uhrzeit","Zeitpunkt"]),P("Therapeut"),CH("Behandlungsart",["Krankengymnastik","Massage","Lymphdrainage"],["Behandlung","Art"]),B("Erschienen",["Patient erschienen"])])],[("Termin","Patient")])
C("s4d18","de","Wir verleihen Werkzeuge an unsere Mitglieder. Zu jedem Werkzeug wollen wir wissen, wie es heißt, in welchem Zustand es ist (neu, gut, abgenutzt) und wo es gelagert wird. Bei jeder Ausleihe schreiben wir auf, welches Werkzeug an welches Mitglied geht, wann es abgeholt wurde und wann es zurückgegeben werden muss.",
 [E("Werkzeug",[NAME(),CH("Zustand",["Neu","Gut","Abgenutzt"]),T("Lagerort",["Ort","Standort","wo gelagert"])]),
  E("Mitglied",[NAME()]),
  E("Ausleihe",[R("Werkzeug","Werkzeug"),R("Mitglied","Mitglied",["Mitglied"]),D("Abgeholt am",["Abholdatum","Ausleihdatum"]),D("Rückgabedatum",["zurückgegeben bis","Rückgabe","Fälligkeitsdatum"])])],[("Ausleihe","Werkzeug"),("Ausleihe","Mitglied")])
# ---------------- French ----------------
C("s4f01","fr","Nous sommes un cabinet de conseil. Chaque client peut avoir plusieurs contrats. Pour un client on garde la raison sociale, le SIRET et l'adresse. Un contrat a une date de début, une date de fin, un montant annuel et un statut (en cours, terminé, résilié).",
 [E("Client",[T("Raison sociale",["Nom"]),T("SIRET"),LT("Adresse",[],["text"])]),
  E("Contrat",[R("Client","Client"),D("Date de début",["Début"]),D("Date de fin",["Fin"]),M("Montant annuel",["Montant"]),CH("Statut",["En cours","Terminé","Résilié"])])],[("Contrat","Client")])
C("s4f02","fr","Je gère une crèche. Il me faut la liste des enfants avec nom, prénom, date de naissance et le nom d'un parent à prévenir. Chaque jour on note les présences : quel enfant, la date, l'heure d'arrivée et l'heure de départ.",
 [E("Enfant",[T("Nom"),T("Prénom"),D("Date de naissance"),T("Parent à prévenir",["Parent","Nom du parent","Contact"],["person"])]),
  E("Présence",[R("Enfant","Enfant"),D("Date"),DT("Heure d'arrivée",["Arrivée"]),DT("Heure de départ",["Départ"])])],[("Présence","Enfant")])
C("s4f03","fr","On voudrait suivre les interventions de nos techniciens chez les clients. Une intervention concerne un client et un technicien ; on note la date, la durée en heures, le nombre de pièces remplacées et si le client a signé le bon. Les techniciens ont un nom, un téléphone et une zone (nord, sud, est, ouest).",
 [E("Technicien",[T("Nom"),PH("Téléphone"),CH("Zone",["Nord","Sud","Est","Ouest"])]),
  E("Intervention",[T("Client",[],["reference"]),R("Technicien","Technicien"),D("Date"),DEC("Durée en heures",["Durée"]),I("Nombre de pièces remplacées",["Pièces remplacées","Nombre de pièces"]),B("Bon signé",["Client a signé","Signé"])])],[("Intervention","Technicien")])
C("s4f04","fr","Pour notre bibliothèque d'entreprise : les livres (titre, auteur, nombre d'exemplaires) et les emprunts. Pour chaque emprunt il faut savoir quel livre, quel salarié l'a pris, la date d'emprunt et d'ici quand il doit le rendre.",
 [E("Livre",[T("Titre",["Nom"]),T("Auteur"),I("Nombre d'exemplaires",["Exemplaires"])]),
  E("Emprunt",[R("Livre","Livre"),P("Salarié",["Emprunteur","Employé"]),D("Date d'emprunt",["Date"]),D("Date de retour",["d'ici quand","Retour","Date limite","À rendre le"])])],[("Emprunt","Livre")])
C("s4f05","fr","Nous organisons des formations internes. Chaque session appartient à une formation et a une date, un lieu, un formateur et un nombre de places. Une formation a un intitulé, une durée en heures et un public visé. Les salariés s'inscrivent aux sessions : pour chaque inscription on garde le salarié, la session et s'il était présent.",
 [E("Formation",[T("Intitulé",["Titre","Nom"]),DEC("Durée en heures",["Durée"]),T("Public visé",["Public"],["long_text"])]),
  E("Session",[R("Formation","Formation"),D("Date"),T("Lieu"),P("Formateur"),I("Nombre de places",["Places"])]),
  E("Inscription",[P("Salarié",["Participant"]),R("Session","Session"),B("Présent",["Présence","était présent"])])],[("Session","Formation"),("Inscription","Session")])
C("s4f06","fr","Bonjour, je m'occupe des locaux. Je voudrais enregistrer les demandes de travaux : la salle concernée, qui fait la demande, la description, l'urgence (faible, normale, urgente) et pour quand il faut que ce soit fait. Chaque salle a un nom, un étage et une capacité.",
 [E("Salle",[T("Nom"),I("Étage",[],["text"]),I("Capacité")]),
  E("Demande de travaux",[R("Salle","Salle"),P("Demandeur",["Qui fait la demande"]),LT("Description"),CH("Urgence",["Faible","Normale","Urgente"]),D("Date souhaitée",["Pour quand","Échéance","Date limite"])],["Demande"])],[("Demande de travaux","Salle")])
C("s4f07","fr","Notre association distribue des colis alimentaires. Les familles bénéficiaires ont un nom, une adresse, le nombre de personnes au foyer et un numéro de téléphone. À chaque distribution, on note la famille, la date, le nombre de colis remis et le bénévole présent.",
 [E("Famille",[T("Nom"),LT("Adresse",[],["text"]),I("Nombre de personnes au foyer",["Nombre de personnes","Personnes au foyer"]),PH("Téléphone",["Numéro de téléphone"])],["Bénéficiaire","Famille bénéficiaire"]),
  E("Distribution",[R("Famille","Famille"),D("Date"),I("Nombre de colis remis",["Nombre de colis","Colis"]),P("Bénévole",["Bénévole présent"])])],[("Distribution","Famille")])
C("s4f08","fr","On loue du matériel de sono. Chaque location concerne un client et un ou plusieurs équipements, mais pour simplifier une ligne par équipement loué suffit. Pour une location : le client, l'équipement, la date de sortie, la date de retour prévue et la caution versée ou non. Les équipements : référence, désignation, valeur à neuf.",
 [E("Équipement",[T("Référence",["Nom"]),T("Désignation",["Nom"]),M("Valeur à neuf",["Valeur"])],["Matériel"]),
  E("Location",[T("Client",[],["person","reference"]),R("Équipement","Équipement"),D("Date de sortie",["Sortie"]),D("Date de retour prévue",["Retour prévu","Date de retour"]),B("Caution versée",["Caution"])])],[("Location","Équipement")])
# ---------------- Spanish ----------------
C("s4e01","es","Tenemos una tienda online. Cada pedido tiene varias líneas con producto y cantidad. Del pedido guardamos el cliente, la fecha, la dirección de envío y el estado (pendiente, enviado, entregado). De los productos queremos el nombre, el precio y el stock.",
 [E("Producto",[NAME(),M("Precio"),I("Stock",["Existencias"])]),
  E("Pedido",[T("Cliente",[],["person","reference"]),D("Fecha"),LT("Dirección de envío",["Dirección"],["text"]),CH("Estado",["Pendiente","Enviado","Entregado"])]),
  E("Línea de pedido",[R("Pedido","Pedido"),R("Producto","Producto"),I("Cantidad")],["Línea"])],[("Línea de pedido","Pedido"),("Línea de pedido","Producto")])
C("s4e02","es","Soy coordinadora de voluntariado. Necesito registrar a los voluntarios (nombre, teléfono, disponibilidad) y los turnos que cubren. Cada turno es en una fecha, tiene hora de inicio y de fin, y lo cubre un voluntario. También quiero saber cuántas horas ha hecho cada uno.",
 [E("Voluntario",[NAME(),PH("Teléfono"),T("Disponibilidad",[],["long_text","choice"]),DEC("Horas realizadas",["Horas","cuántas horas"])]),
  E("Turno",[R("Voluntario","Voluntario"),D("Fecha"),DT("Hora de inicio",["Inicio"]),DT("Hora de fin",["Fin"])])],[("Turno","Voluntario")])
C("s4e03","es","En el taller llevamos los coches de los clientes. Cada coche pertenece a un cliente y tiene matrícula, marca, modelo y kilometraje. De cada reparación apuntamos el coche, la fecha de entrada, qué le pasa, el presupuesto y para cuándo lo quiere el cliente. Los clientes tienen nombre, teléfono y email.",
 [E("Cliente",[NAME(),PH("Teléfono"),EM("Email")]),
  E("Coche",[R("Cliente","Cliente"),T("Matrícula",["Nombre"]),T("Marca"),T("Modelo"),I("Kilometraje",["Kilómetros"])],["Vehículo"]),
  E("Reparación",[R("Coche","Coche"),D("Fecha de entrada",["Entrada"]),LT("Problema",["Qué le pasa","Avería","Descripción"]),M("Presupuesto"),D("Fecha de entrega",["Para cuándo","Fecha prevista","Fecha límite"])])],[("Coche","Cliente"),("Reparación","Coche")])
C("s4e04","es","Queremos controlar las salas de reuniones. Cada sala tiene un nombre, una planta y la cantidad de personas que caben. Las reservas son de una sala, las hace un empleado, y tienen fecha, hora de inicio, hora de fin y si hace falta proyector.",
 [E("Sala",[NAME(),I("Planta",[],["text"]),I("Capacidad",["Cantidad de personas","Personas"])]),
  E("Reserva",[R("Sala","Sala"),P("Empleado",["Reservado por"]),D("Fecha"),DT("Hora de inicio",["Inicio"]),DT("Hora de fin",["Fin"]),B("Proyector",["Hace falta proyector","Necesita proyector"])])],[("Reserva","Sala")])
C("s4e05","es","Gestión de la bodega: por cada barrica registramos la variedad de uva, la fecha de llenado, los litros y la bodega donde está. A cada barrica se le hacen catas periódicas con la fecha, el enólogo, la puntuación del 1 al 10 y unas notas de cata.",
 [E("Barrica",[T("Variedad de uva",["Variedad","Uva"],["choice"]),D("Fecha de llenado",["Llenado"]),DEC("Litros"),T("Ubicación",["Bodega","Bodega donde está"])]),
  E("Cata",[R("Barrica","Barrica"),D("Fecha"),P("Enólogo"),I("Puntuación"),LT("Notas de cata",["Notas"])])],[("Cata","Barrica")])
C("s4e06","es","Llevo un club de pádel. Los socios tienen nombre, DNI, teléfono y nivel (iniciación, medio, avanzado). Las pistas tienen número y si son cubiertas o no. Cada reserva la hace un socio para una pista, con fecha, hora y cuántos jugadores van a ser.",
 [E("Socio",[NAME(),T("DNI"),PH("Teléfono"),CH("Nivel",["Iniciación","Medio","Avanzado"])]),
  E("Pista",[T("Número",["Nombre"],["integer"]),B("Cubierta")]),
  E("Reserva",[R("Socio","Socio"),R("Pista","Pista"),D("Fecha"),DT("Hora",["Hora de inicio"]),I("Número de jugadores",["Jugadores","cuántos jugadores"])])],[("Reserva","Socio"),("Reserva","Pista")])
C("s4e07","es","Necesitamos un control de las auditorías internas. Cada auditoría se hace en un departamento, tiene un auditor, una fecha y un resultado (favorable, con observaciones, desfavorable). Por cada auditoría puede haber varios hallazgos, cada uno con una descripción, una gravedad (leve, grave) y la fecha límite para corregirlo.",
 [E("Auditoría",[T("Departamento",[],["choice","reference"]),P("Auditor"),D("Fecha"),CH("Resultado",["Favorable","Con observaciones","Desfavorable"])]),
  E("Hallazgo",[R("Auditoría","Auditoría"),LT("Descripción"),CH("Gravedad",["Leve","Grave"]),D("Fecha límite",["Plazo","Fecha límite para corregirlo"])])],[("Hallazgo","Auditoría")])
C("s4e08","es","Quiero llevar las facturas de los proveedores. Cada factura es de un proveedor y tiene número, fecha de emisión, importe, fecha de vencimiento y si ya está pagada. Los proveedores tienen razón social, CIF, persona de contacto y número de cuenta.",
 [E("Proveedor",[T("Razón social",["Nombre"]),T("CIF"),T("Persona de contacto",["Contacto"],["person"]),T("Número de cuenta",["Cuenta","IBAN"])]),
  E("Factura",[R("Proveedor","Proveedor"),T("Número",["Número de factura"]),D("Fecha de emisión",["Fecha"]),M("Importe"),D("Fecha de vencimiento",["Vencimiento"]),B("Pagada",["Ya está pagada"])])],[("Factura","Proveedor")])

# ---------------- wave 2 (written after wave 1 was tuned on, before running these) ----------------
C("s4w01","de","Hallo, wir sind ein kleiner Reitstall. Ich bräuchte eine Übersicht über die Pferde (Name, Rasse, Geburtsjahr, Besitzer) und über die Tierarztbesuche – welches Pferd, Datum, Befund, Kosten.",
 [E("Pferd",[NAME(),T("Rasse",[],["choice"]),I("Geburtsjahr",[],["text"]),P("Besitzer",["Eigentümer"])]),
  E("Tierarztbesuch",[R("Pferd","Pferd"),D("Datum"),LT("Befund",[],["text"]),M("Kosten")],["Besuch","Behandlung"])],[("Tierarztbesuch","Pferd")])
C("s4w02","de","Wir haben mehrere Lager mit Adresse, Lagerleiter und Fläche in Quadratmetern. Jeder Wareneingang wird einem Lager zugeordnet. Beim Wareneingang notieren wir Lieferant, Datum, Anzahl Paletten und ob die Ware beschädigt war.",
 [E("Lager",[LT("Adresse",[],["text"]),P("Lagerleiter"),DEC("Fläche in Quadratmetern",["Fläche"])],["Standort"]),
  E("Wareneingang",[R("Lager","Lager"),T("Lieferant",[],["reference"]),D("Datum"),I("Anzahl Paletten",["Paletten"]),B("Ware beschädigt",["Beschädigt"])],["Eingang"])],[("Wareneingang","Lager")])
C("s4w03","de","Brauche: Mieter (Name, Telefon, E-Mail), Wohnung mit Nummer, Etage, Kaltmiete, Mieter, Einzugsdatum.",
 [E("Mieter",[NAME(),PH("Telefon"),EM()]),
  E("Wohnung",[T("Nummer",["Wohnungsnummer","Name"]),I("Etage",["Stockwerk"],["text"]),M("Kaltmiete",["Miete"]),R("Mieter","Mieter"),D("Einzugsdatum",["Einzug"])])],[("Wohnung","Mieter")])
C("s4w04","de","Für die Tafel: Bei den Spendern speichern wir Name, Adresse und Telefonnummer. Jede Spende kommt von einem Spender; wir halten fest, wann sie kam, wie viele Kilo es waren und wer sie angenommen hat.",
 [E("Spender",[NAME(),LT("Adresse",[],["text"]),PH("Telefonnummer",["Telefon"])]),
  E("Spende",[R("Spender","Spender"),D("Datum",["wann","Eingangsdatum","kam am"]),DEC("Kilo",["Menge","Gewicht","Anzahl Kilo"]),P("Angenommen von",["wer","Annehmer"])])],[("Spende","Spender")])
C("s4w05","fr","Nous avons des véhicules avec une immatriculation, un modèle et un kilométrage. Pour chaque plein, on note le véhicule, la date, le nombre de litres, le montant et qui l'a fait.",
 [E("Véhicule",[T("Immatriculation",["Nom"]),T("Modèle"),I("Kilométrage")]),
  E("Plein",[R("Véhicule","Véhicule"),D("Date"),DEC("Nombre de litres",["Litres"]),M("Montant"),P("Fait par",["Conducteur","Qui"])],["Plein de carburant"])],[("Plein","Véhicule")])
C("s4w06","fr","Les membres on a juste le nom, le prénom et l'email. Chaque membre peut emprunter plusieurs jeux ; pour un emprunt on garde le membre, le jeu, la date de sortie et d'ici quand il faut le rendre.",
 [E("Membre",[T("Nom"),T("Prénom"),EM("Email")]),
  E("Emprunt",[R("Membre","Membre"),T("Jeu",[],["reference"]),D("Date de sortie",["Sortie"]),D("Date de retour",["Date limite","Retour"])])],[("Emprunt","Membre")])
C("s4w07","es","Tenemos varias furgonetas con matrícula, modelo y fecha de la próxima ITV. De cada viaje guardamos la furgoneta, el conductor, la fecha, los kilómetros recorridos y quién lo autorizó.",
 [E("Furgoneta",[T("Matrícula",["Nombre"]),T("Modelo"),D("Próxima ITV",["Fecha de la próxima ITV","ITV"])],["Vehículo"]),
  E("Viaje",[R("Furgoneta","Furgoneta"),P("Conductor"),D("Fecha"),I("Kilómetros recorridos",["Kilómetros"]),P("Autorizado por",["Quién lo autorizó"])])],[("Viaje","Furgoneta")])
C("s4w08","es","Del cliente guardamos el nombre, el CIF y el email. Cada presupuesto es de un cliente y tiene número, fecha, importe, para cuándo lo necesita y si lo ha aceptado.",
 [E("Cliente",[NAME(),T("CIF"),EM("Email")]),
  E("Presupuesto",[R("Cliente","Cliente"),T("Número"),D("Fecha"),M("Importe"),D("Fecha límite",["Para cuándo","Fecha de entrega"]),B("Aceptado")])],[("Presupuesto","Cliente")])
C("s4w09","es","Necesito fichas de los pacientes (nombre, fecha de nacimiento, teléfono) y cada sesión con fecha, fisioterapeuta, duración en minutos y observaciones.",
 [E("Paciente",[NAME(),D("Fecha de nacimiento"),PH("Teléfono")]),
  E("Sesión",[D("Fecha"),P("Fisioterapeuta"),I("Duración en minutos",["Duración"]),LT("Observaciones")])],[])
C("s4w10","de","Von jedem Gerät brauchen wir Inventarnummer, Typ (Laptop, Monitor, Drucker) und Kaufdatum. Jedes Gerät wird von genau einem Mitarbeiter genutzt; die Mitarbeiter haben Name, Abteilung und Personalnummer.",
 [E("Gerät",[T("Inventarnummer",["Nummer","Name"]),CH("Typ",["Laptop","Monitor","Drucker"],["Art"]),D("Kaufdatum"),R("Mitarbeiter","Mitarbeiter")]),
  E("Mitarbeiter",[NAME(),T("Abteilung",[],["choice"]),T("Personalnummer")])],[("Gerät","Mitarbeiter")])

out=os.path.join(os.path.dirname(os.path.abspath(__file__)),"s4-d2-langs-draft.jsonl")
with open(out,"w",encoding="utf-8") as f:
    for c in cases: f.write(json.dumps(c,ensure_ascii=False)+"\n")
print(len(cases),"cases ->",out)
