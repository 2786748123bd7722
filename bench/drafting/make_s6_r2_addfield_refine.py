"""Probe set S6-R2: new fields asked for indirectly in chat ("we never know when X happened", "it
would help to see who…", "no way to tell whether…", "people keep asking me for the Y"), with the
name a person would give the field (the head of the noun phrase, not the whole clause), the kind it
goes on (named in the clause, else the kind the message is about) and the type said in words
(who → person, when → date, how much → money, how many → whole number, whether → yes/no, "A, B or C"
→ choice, several → multi-select, a number to call → phone, a link → url, a scan or PDF → file).
Written by session 6 helper R2 in its own words on its own domains (a translation agency, school
trips, a sports club, a bakery's orders, a property manager's repairs) BEFORE changing the refiner.
Run from this folder: python3 make_s6_r2_addfield_refine.py -> s6-r2-addfield-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, addf

AGENCY = spec("Translation jobs", [
    ent("job", "Job", "Jobs", [
        f("title", "Title", "text", required=True), f("client", "Client", "text"),
        f("source_language", "Source language", "choice", options=["English", "French", "German"]),
        f("deadline", "Deadline", "date"), ref("translator", "Translator", "translator")]),
    ent("translator", "Translator", "Translators", [
        f("name", "Name", "text", required=True), f("email", "Email", "email"), f("languages", "Languages", "text")])])
TRIPS = spec("School trips", [
    ent("trip", "Trip", "Trips", [
        f("destination", "Destination", "text", required=True), f("trip_date", "Trip date", "date"),
        f("teacher", "Teacher", "person"), f("cost", "Cost", "money")]),
    ent("pupil", "Pupil", "Pupils", [
        f("name", "Name", "text", required=True), f("class", "Class", "text"), ref("trip", "Trip", "trip")])])
CLUB = spec("Club de handball", [
    ent("adherent", "Adhérent", "Adhérents", [
        f("nom", "Nom", "text", required=True), f("prenom", "Prénom", "text"),
        f("date_naissance", "Date de naissance", "date"), f("email", "E-mail", "email")]),
    ent("match", "Match", "Matchs", [
        f("date", "Date", "date", required=True), f("adversaire", "Adversaire", "text"),
        f("lieu", "Lieu", "text"), f("score", "Score", "text")])])
BAKERY = spec("Pedidos de la panadería", [
    ent("pedido", "Pedido", "Pedidos", [
        ref("cliente", "Cliente", "cliente"), f("fecha_entrega", "Fecha de entrega", "date", required=True),
        f("importe", "Importe", "money"), f("estado", "Estado", "choice", options=["Pendiente", "Entregado"])]),
    ent("cliente", "Cliente", "Clientes", [
        f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone")])])
HOUSES = spec("Hausverwaltung", [
    ent("wohnung", "Wohnung", "Wohnungen", [
        f("nummer", "Nummer", "text", required=True), f("etage", "Etage", "integer"), f("flaeche", "Fläche", "decimal")]),
    ent("reparatur", "Reparatur", "Reparaturen", [
        ref("wohnung", "Wohnung", "wohnung", required=True), f("gemeldet_am", "Gemeldet am", "date"),
        f("beschreibung", "Beschreibung", "long_text"), f("status", "Status", "choice", options=["Offen", "Erledigt"])])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English ----------
C("s6r2-01", "en", AGENCY, "we never know when the client actually approved the final text, that's been the source of two arguments this month",
  [addf("job", "approved on", "date", ["approval date", "client approval date", "date approved", "approved"], ["datetime"])])
C("s6r2-02", "en", AGENCY, "It would help to see who proofread each job before it went out to the client.",
  [addf("job", "proofread by", "person", ["proofreader", "reviewer", "reviewed by"], ["text"])])
C("s6r2-03", "en", AGENCY, "there's no way to tell whether a job has been billed yet, and accounts keep chasing us about it",
  [addf("job", "billed", "boolean", ["invoiced", "billed yet", "has been billed"])])
C("s6r2-04", "en", AGENCY, "People keep asking me for the word count of each job, can we put that in somewhere?",
  [addf("job", "word count", "integer", ["words", "number of words"])])
C("s6r2-05", "en", AGENCY, "we'd also like to record how much we paid the translator for each job, the finance team has been doing it in a spreadsheet",
  [addf("job", "translator fee", "money", ["fee", "amount paid", "paid", "payment", "translator payment", "cost"], ["decimal"])])
C("s6r2-06", "en", AGENCY, "And which rate applies to the job: standard, urgent or weekend. Right now it's written in the title, which is messy",
  [addf("job", "rate", "choice", ["rate card", "rate type", "tariff"], options=["Standard", "Urgent", "Weekend"])])
C("s6r2-07", "en", AGENCY, "For translators it would be useful to have a number we can call them on, for the rush jobs when email is too slow",
  [addf("translator", "phone", "phone", ["phone number", "telephone", "number", "mobile"])])
C("s6r2-08", "en", AGENCY, "Each translator has a profile on the agency portal; a link to it on the translator would save us searching every time",
  [addf("translator", "profile link", "url", ["profile", "portal link", "link", "portal profile"])])
C("s6r2-09", "en", TRIPS, "The parents' consent forms come back signed on paper and we scan them, it'd be good to keep the scan with each pupil",
  [addf("pupil", "consent form", "file", ["scan", "signed consent form", "consent", "consent form scan"])])
C("s6r2-10", "en", TRIPS, "For each trip, how many pupils can go at most? The coach company always needs that number from us",
  [addf("trip", "maximum pupils", "integer", ["max pupils", "capacity", "places", "maximum number of pupils", "number of pupils", "pupils"])])
C("s6r2-11", "en", TRIPS, "we have no record of the dietary needs of the pupils (vegetarian, halal, gluten free; several can apply) and the catering keeps phoning",
  [addf("pupil", "dietary needs", "multi_choice", ["diet", "dietary requirements"], options=["Vegetarian", "Halal", "Gluten free"])])
C("s6r2-12", "en", TRIPS, "I'd like the distance to the destination on each trip, in km, roughly, e.g. 42.5",
  [addf("trip", "distance", "decimal", ["distance in km", "km", "distance to destination"], ["integer"])])
C("s6r2-13", "en", TRIPS, "Every trip needs a risk assessment - the head signs it off and we get a PDF back - can that go on the trip too?",
  [addf("trip", "risk assessment", "file", ["risk assessment pdf", "signed risk assessment"])])
C("s6r2-14", "en", TRIPS, "the office keeps asking me who approved each trip and when, so we'd better keep that",
  [addf("trip", "approved by", "person", ["approver"], ["text"]), addf("trip", "approved on", "date", ["approval date", "date approved"], ["datetime"])])
# ---------- French ----------
C("s6r2-15", "fr", CLUB, "On ne sait jamais quand le certificat médical d'un adhérent expire, et la ligue nous le reproche à chaque contrôle",
  [addf("adherent", "date d'expiration du certificat", "date", ["expiration du certificat", "certificat médical", "date d'expiration", "expiration du certificat médical", "fin du certificat", "expiration"])])
C("s6r2-16", "fr", CLUB, "Ce serait bien de voir qui a arbitré chaque match, en cas de réclamation",
  [addf("match", "arbitre", "person", ["arbitré par", "arbitrage"], ["text"])])
C("s6r2-17", "fr", CLUB, "les entraîneurs me demandent sans arrêt le téléphone des parents, il faudrait l'avoir sur la fiche de chaque adhérent",
  [addf("adherent", "téléphone des parents", "phone", ["téléphone", "téléphone parent", "contact parent", "téléphone du parent"])])
C("s6r2-18", "fr", CLUB, "Combien de spectateurs étaient là à chaque match ? La mairie aimerait le savoir pour la subvention",
  [addf("match", "nombre de spectateurs", "integer", ["spectateurs", "affluence"])])
C("s6r2-19", "fr", CLUB, "Il n'y a aucun moyen de savoir si un adhérent a payé sa cotisation, on court après les gens en juin",
  [addf("adherent", "cotisation payée", "boolean", ["cotisation", "payé", "a payé", "cotisation réglée"])])
C("s6r2-20", "fr", CLUB, "on voudrait aussi noter combien chaque adhérent a payé pour sa cotisation, certains ont des réductions",
  [addf("adherent", "montant de la cotisation", "money", ["cotisation", "montant", "montant payé", "payé"], ["decimal"])])
C("s6r2-21", "fr", CLUB, "pour les matchs, il faudrait savoir dans quelle compétition on joue : championnat, coupe ou amical",
  [addf("match", "compétition", "choice", ["type de compétition", "type de match"], options=["Championnat", "Coupe", "Amical"])])
C("s6r2-22", "fr", CLUB, "Et ce serait sympa de garder une photo de l'équipe pour chaque match, pour le site du club",
  [addf("match", "photo de l'équipe", "file", ["photo", "photo d'équipe"])])
# ---------- Spanish ----------
C("s6r2-23", "es", BAKERY, "Nunca sabemos quién ha preparado cada pedido, y luego no hay a quién preguntar si falta algo",
  [addf("pedido", "preparado por", "person", ["preparador", "empleado", "quién lo preparó"], ["text"])])
C("s6r2-24", "es", BAKERY, "Sería muy útil saber cuántas unidades lleva cada pedido, para planificar el horno",
  [addf("pedido", "unidades", "integer", ["número de unidades", "cantidad"])])
C("s6r2-25", "es", BAKERY, "No hay manera de saber si un pedido ya está pagado, y algunos clientes pagan por adelantado",
  [addf("pedido", "pagado", "boolean", ["pago", "está pagado"])])
C("s6r2-26", "es", BAKERY, "queremos saber también qué masa lleva el pedido: integral, de centeno o normal",
  [addf("pedido", "masa", "choice", ["tipo de masa"], options=["Integral", "De centeno", "Normal"])])
C("s6r2-27", "es", BAKERY, "para cada cliente nos gustaría guardar su correo electrónico, para mandarle las ofertas de la semana",
  [addf("cliente", "correo electrónico", "email", ["correo", "email", "e-mail"])])
C("s6r2-28", "es", BAKERY, "Los clientes siempre preguntan cuánto les descontamos; apuntad el descuento de cada cliente en porcentaje, a veces es 2,5",
  [addf("cliente", "descuento", "decimal", ["porcentaje de descuento", "descuento en porcentaje"])])
C("s6r2-29", "es", BAKERY, "Estaría genial poder adjuntar la foto de la tarta que piden en el pedido, así el obrador sabe lo que quieren",
  [addf("pedido", "foto de la tarta", "file", ["foto", "imagen"])])
# ---------- German ----------
C("s6r2-30", "de", HOUSES, "Wir wissen nie, wann eine Reparatur wirklich erledigt wurde, das gibt jedes Mal Ärger mit den Mietern",
  [addf("reparatur", "Erledigt am", "date", ["Erledigungsdatum", "Datum erledigt", "abgeschlossen am", "erledigt"])])
C("s6r2-31", "de", HOUSES, "Es wäre hilfreich zu sehen, welche Firma die Reparatur ausgeführt hat",
  [addf("reparatur", "Firma", "text", ["ausführende Firma", "Handwerker", "Handwerksfirma"])])
C("s6r2-32", "de", HOUSES, "Wie viel hat die Reparatur gekostet? Das fragt der Eigentümer ständig und wir müssen jedes Mal die Rechnung suchen",
  [addf("reparatur", "Kosten", "money", ["Betrag", "Preis", "Reparaturkosten"], ["decimal"])])
C("s6r2-33", "de", HOUSES, "Die Mieter fragen dauernd nach dem Hausmeister; bitte bei jeder Wohnung die Telefonnummer des Hausmeisters speichern",
  [addf("wohnung", "Telefonnummer des Hausmeisters", "phone", ["Hausmeister Telefon", "Telefon Hausmeister", "Telefonnummer", "Hausmeister"])])
C("s6r2-34", "de", HOUSES, "Bei der Wohnung fehlt uns noch, wie viele Zimmer sie hat",
  [addf("wohnung", "Zimmer", "integer", ["Anzahl Zimmer", "Zimmeranzahl", "Anzahl der Zimmer"], ["decimal"])])
C("s6r2-35", "de", HOUSES, "Für die Reparatur wäre gut zu wissen, welches Gewerk es war: Sanitär, Elektro, Heizung oder Sonstiges",
  [addf("reparatur", "Gewerk", "choice", [], options=["Sanitär", "Elektro", "Heizung", "Sonstiges"])])
C("s6r2-36", "de", HOUSES, "Können wir bei der Reparatur Fotos vom Schaden hochladen? Die Versicherung will die immer sehen",
  [addf("reparatur", "Fotos", "file", ["Foto", "Fotos vom Schaden", "Schadensfotos"])])

with open("s6-r2-addfield-refine.jsonl", "w") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
