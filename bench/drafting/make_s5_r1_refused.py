"""Probe set S5-R1: long chatty refine messages (16-34 words) of the kind the offline refiner refused whole
("I could not tell what to change"): context, reasons and asides around one or two edits, mostly new fields,
also choices, type changes, removals and renames. English, French, Spanish and German, written by session 5
helper R1 in its own words on its own domains (bike workshop, community garden, vet clinic, sports club,
print shop, food bank, choir, tool library), BEFORE changing code, and scored once before the change.
Run from this folder: python3 make_s5_r1_refused.py -> s5-r1-refused-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref


def addf(e, name, type, aliases=(), alt=(), options=None):
    op = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options:
        op["options"] = options
    return op


def rm(e, k):
    return {"op": "remove_field", "entity": e, "field": k}


def rn(e, k, to, aliases=()):
    return {"op": "rename_field", "entity": e, "field": k, "to": to, "aliases": list(aliases)}


def req(e, k, v=True):
    return {"op": "set_required", "entity": e, "field": k, "value": v}


def opts(e, k, o):
    return {"op": "set_options", "entity": e, "field": k, "options": o}


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


BIKES = spec("Bike workshop", [
    ent("repair", "Repair", "Repairs", [
        f("customer", "Customer", "text", required=True), f("bike", "Bike model", "text"),
        f("dropped_off", "Dropped off", "date"), f("mechanic", "Mechanic", "person"),
        f("status", "Status", "choice", options=["Waiting", "In progress", "Ready"]),
        f("work_done", "Work done", "long_text"), f("price", "Price", "money")])])
GARDEN = spec("Community garden", [
    ent("plot", "Plot", "Plots", [
        f("number", "Plot number", "text", required=True), f("size", "Size", "text"),
        f("holder", "Holder", "text"), f("since", "Holder since", "date")]),
    ent("task", "Task", "Tasks", [
        ref("plot", "Plot", "plot"), f("title", "Title", "text", required=True), f("due", "Due", "date"),
        f("done", "Done", "boolean"), f("notes", "Notes", "text")])])
VET = spec("Clínica veterinaria", [
    ent("mascota", "Mascota", "Mascotas", [
        f("nombre", "Nombre", "text", required=True), f("especie", "Especie", "choice", options=["Perro", "Gato"]),
        f("dueno", "Dueño", "text"), f("telefono", "Teléfono", "phone"), f("nacimiento", "Fecha de nacimiento", "date")]),
    ent("visita", "Visita", "Visitas", [
        ref("mascota", "Mascota", "mascota", required=True), f("fecha", "Fecha", "date"),
        f("veterinario", "Veterinario", "person"), f("motivo", "Motivo", "text"), f("notas", "Notas", "text")])])
FOOD = spec("Banco de alimentos", [
    ent("donacion", "Donación", "Donaciones", [
        f("donante", "Donante", "text", required=True), f("fecha", "Fecha", "date"),
        f("kilos", "Kilos", "text"), f("tipo", "Tipo", "choice", options=["Seco", "Fresco"]),
        f("recibido_por", "Recibido por", "person")])])
CLUB = spec("Tennisverein", [
    ent("mitglied", "Mitglied", "Mitglieder", [
        f("name", "Name", "text", required=True), f("email", "E-Mail", "email"), f("eintritt", "Eintritt", "date"),
        f("beitrag", "Beitrag", "choice", options=["Erwachsene", "Jugend"]), f("bemerkung", "Bemerkung", "text")]),
    ent("platzbuchung", "Platzbuchung", "Platzbuchungen", [
        ref("mitglied", "Mitglied", "mitglied", required=True), f("platz", "Platz", "text"),
        f("datum", "Datum", "date"), f("dauer", "Dauer", "text")])])
TOOLS = spec("Werkzeugverleih", [
    ent("werkzeug", "Werkzeug", "Werkzeuge", [
        f("bezeichnung", "Bezeichnung", "text", required=True), f("marke", "Marke", "text"),
        f("zustand", "Zustand", "choice", options=["Gut", "Gebraucht"]), f("standort", "Standort", "text")]),
    ent("ausleihe", "Ausleihe", "Ausleihen", [
        ref("werkzeug", "Werkzeug", "werkzeug", required=True), f("nachbar", "Ausgeliehen von", "text"),
        f("von", "Von", "date"), f("bis", "Bis", "date")])])
PRINT = spec("Atelier d'impression", [
    ent("commande", "Commande", "Commandes", [
        f("client", "Client", "text", required=True), f("support", "Support", "choice", options=["Affiche", "Flyer"]),
        f("quantite", "Quantité", "text"), f("livraison", "Livraison", "date"), f("remarques", "Remarques", "text")])])
CHOIR = spec("Chorale", [
    ent("choriste", "Choriste", "Choristes", [
        f("nom", "Nom", "text", required=True), f("pupitre", "Pupitre", "choice", options=["Soprano", "Alto", "Ténor", "Basse"]),
        f("email", "E-mail", "email"), f("cotisation", "Cotisation payée", "boolean")]),
    ent("concert", "Concert", "Concerts", [
        f("titre", "Titre", "text", required=True), f("date", "Date", "date"), f("lieu", "Lieu", "text")])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English ----------
C("s5r1e01", "en", BIKES, "Honestly the biggest headache at the counter is that we have no way to note the customer's phone number, so when a bike is ready nobody can ring them.",
  [addf("repair", "customer phone", "phone", ["phone", "phone number", "customer phone number"])])
C("s5r1e02", "en", BIKES, "The lads in the back keep asking whether we could write down the frame number of each bike, because two identical bikes came in last week and got swapped.",
  [addf("repair", "frame number", "text", ["frame no", "frame serial number"])])
C("s5r1e03", "en", BIKES, "it would be great if there was somewhere to say when the customer actually collected the bike, right now we just guess from the till receipts",
  [addf("repair", "collected on", "date", ["collection date", "collected", "date collected"], ["datetime"])])
C("s5r1e04", "en", BIKES, "Quick one - the price field is fine but we really need to see how many hours the mechanic spent on it, otherwise we can't work out if we're losing money.",
  [addf("repair", "hours spent", "decimal", ["hours", "labour hours", "time spent"], ["integer"])])
C("s5r1e05", "en", BIKES, "Customers ask for a rough quote before we start, so the form should also hold the estimated price we gave them at drop-off, separate from the final price.",
  [addf("repair", "estimated price", "money", ["estimate", "quote", "quoted price"])])
C("s5r1e06", "en", BIKES, "We also do e-bike battery checks now, so Status is missing a 'Waiting for parts' step, that's honestly where half the bikes sit for a week.",
  [opts("repair", "status", ["Waiting", "In progress", "Ready", "Waiting for parts"])])
C("s5r1e07", "en", GARDEN, "Every spring we argue about who has which water butt, so it would really help if each plot also showed whether it has its own water butt or shares one.",
  [addf("plot", "own water butt", "boolean", ["water butt", "has water butt"], ["choice"])])
C("s5r1e08", "en", GARDEN, "The committee never looks at the notes on tasks, they just clutter the screen and people write silly things in there, so honestly you can get rid of them.",
  [rm("task", "notes")])
C("s5r1e09", "en", GARDEN, "Plot size is always typed differently by everyone, some write 10m2, some write half plot, it should really be a number of square metres so we can add them up.",
  [ct("plot", "size", "decimal", ["integer"])])
C("s5r1e10", "en", GARDEN, "For the tasks it would be really useful to know which volunteer signed up to do it, because at the moment three people turn up for the same job.",
  [addf("task", "volunteer", "person", ["signed up by", "assigned to", "volunteer signed up"], ["text"])])
C("s5r1e11", "en", GARDEN, "The holder's email address is missing completely, which is a pain because all the newsletters and rent reminders go out by email these days.",
  [addf("plot", "holder email", "email", ["email", "email address", "holder's email address"])])

# ---------- French ----------
C("s5r1f01", "fr", PRINT, "Franchement ce qui nous manque le plus c'est le format du papier pour chaque commande, on se trompe souvent entre A3 et A4 et ça coûte cher à refaire.",
  [addf("commande", "format du papier", "text", ["format", "format papier"], ["choice"])])
C("s5r1f02", "fr", PRINT, "Les clients appellent sans arrêt pour savoir où en est leur commande, donc il faudrait absolument un numéro de téléphone du client quelque part dans la fiche.",
  [addf("commande", "téléphone du client", "phone", ["téléphone", "numéro de téléphone", "téléphone client"])])
C("s5r1f03", "fr", PRINT, "Pour les supports, on fait aussi des cartes de visite et des bâches depuis janvier, et ça n'apparaît nulle part dans la liste, c'est embêtant pour les stats.",
  [opts("commande", "support", ["Affiche", "Flyer", "Cartes de visite", "Bâches"])])
C("s5r1f04", "fr", PRINT, "La quantité est saisie en texte et du coup on ne peut rien additionner à la fin du mois, ce serait mieux que ce soit un vrai nombre entier.",
  [ct("commande", "quantite", "integer", ["decimal"])])
C("s5r1f05", "fr", PRINT, "On aimerait bien pouvoir joindre le fichier du client directement à la commande, parce que les pièces jointes se perdent tout le temps dans nos mails.",
  [addf("commande", "fichier du client", "file", ["fichier", "fichier client", "maquette"])])
C("s5r1f06", "fr", CHOIR, "Le chef de chœur voudrait savoir pour chaque choriste depuis quand il ou elle chante avec nous, ça sert pour les médailles d'ancienneté en fin d'année.",
  [addf("choriste", "date d'arrivée", "date", ["depuis quand", "membre depuis", "arrivée", "date d'entrée", "depuis"])])
C("s5r1f07", "fr", CHOIR, "Pour les concerts il n'y a aucun moyen d'indiquer le prix des places, alors que le trésorier me le demande à chaque fois pour préparer la billetterie.",
  [addf("concert", "prix des places", "money", ["prix", "prix de la place", "tarif"], ["decimal"])])
C("s5r1f08", "fr", CHOIR, "La case cotisation payée ne sert plus depuis qu'on passe par HelloAsso, tout est suivi là-bas, donc franchement on peut l'enlever de la fiche.",
  [rm("choriste", "cotisation")])
C("s5r1f09", "fr", CHOIR, "Ce serait vraiment pratique d'avoir le numéro de portable de chaque choriste, surtout quand une répétition est annulée au dernier moment et qu'il faut prévenir tout le monde.",
  [addf("choriste", "numéro de portable", "phone", ["portable", "téléphone", "numéro de téléphone"])])

# ---------- Spanish ----------
C("s5r1s01", "es", VET, "Muchas veces no sabemos cuánto pesa el animal cuando viene a consulta, y eso es importante para las dosis, así que haría falta anotar el peso en cada visita.",
  [addf("visita", "peso", "decimal", ["peso del animal", "peso en kg"], ["integer"])])
C("s5r1s02", "es", VET, "Nos gustaría que en la ficha de cada mascota se pudiera indicar si está esterilizada o no, porque lo preguntamos siempre y nadie lo apunta en ningún sitio.",
  [addf("mascota", "esterilizada", "boolean", ["esterilizado", "castrado"])])
C("s5r1s03", "es", VET, "En especie solo tenemos perro y gato, pero cada vez vienen más conejos y hurones, y ahora los recepcionistas los ponen como gato, que no tiene sentido.",
  [opts("mascota", "especie", ["Perro", "Gato", "Conejo", "Hurón"])])
C("s5r1s04", "es", VET, "Falta un sitio para el correo electrónico del dueño, porque queremos mandar los recordatorios de vacunas por email en vez de llamar por teléfono a todo el mundo.",
  [addf("mascota", "correo electrónico del dueño", "email", ["email", "correo", "email del dueño", "correo electrónico"])])
C("s5r1s05", "es", VET, "El campo de notas de la visita se queda cortísimo, los veterinarios escriben diagnósticos largos y se corta, debería ser un texto largo de verdad.",
  [ct("visita", "notas", "long_text")])
C("s5r1s06", "es", FOOD, "Los voluntarios siempre se quejan de que no hay manera de registrar la fecha de caducidad de lo que llega, y luego se nos estropea la comida en el almacén.",
  [addf("donacion", "fecha de caducidad", "date", ["caducidad", "fecha de vencimiento"])])
C("s5r1s07", "es", FOOD, "Los kilos los escribe cada uno a su manera, con comas, puntos o la palabra kilos detrás, así que mejor que sea un número con decimales y así podemos sumar.",
  [ct("donacion", "kilos", "decimal", ["integer"])])
C("s5r1s08", "es", FOOD, "Estaría genial poder saber si el donante quiere un certificado para desgravar, porque a final de año siempre nos toca llamarlos uno por uno para preguntarlo.",
  [addf("donacion", "quiere certificado", "boolean", ["certificado", "certificado para desgravar"])])
C("s5r1s09", "es", FOOD, "Ahora también recibimos productos de higiene y ropa de bebé, y en el tipo solo aparecen seco y fresco, así que habría que sumar esas dos categorías.",
  [opts("donacion", "tipo", ["Seco", "Fresco", "Higiene", "Ropa de bebé"])])

# ---------- German ----------
C("s5r1d01", "de", CLUB, "Bei den Mitgliedern fehlt uns wirklich die Telefonnummer, weil wir bei Platzsperrungen wegen Regen immer alle schnell erreichen müssen und nicht jeder seine Mails liest.",
  [addf("mitglied", "Telefonnummer", "phone", ["Telefon", "Handynummer"])])
C("s5r1d02", "de", CLUB, "Der Kassenwart fragt ständig, ob ein Mitglied schon per Lastschrift zahlt oder noch überweist, das sollte man irgendwo beim Mitglied ankreuzen können, finde ich.",
  [addf("mitglied", "Lastschrift", "boolean", ["zahlt per Lastschrift", "Lastschriftverfahren", "Zahlungsart"], ["choice"])])
C("s5r1d03", "de", CLUB, "Die Dauer bei den Buchungen tippt jeder anders ein, mal 1h, mal 60 Minuten, mal anderthalb, das müsste eigentlich eine Zahl in Minuten sein, sonst kann man nichts auswerten.",
  [ct("platzbuchung", "dauer", "integer", ["decimal"])])
C("s5r1d04", "de", CLUB, "Wir haben seit dem Frühjahr auch eine Familienmitgliedschaft und eine für Studenten, beim Beitrag kann man aber nur Erwachsene oder Jugend auswählen, das passt nicht mehr.",
  [opts("mitglied", "beitrag", ["Erwachsene", "Jugend", "Familie", "Studenten"])])
C("s5r1d05", "de", TOOLS, "Es wäre super, wenn man bei jeder Ausleihe auch die Handynummer vom Nachbarn speichern könnte, damit wir nachfragen können, wenn das Werkzeug nicht zurückkommt.",
  [addf("ausleihe", "Handynummer", "phone", ["Telefon", "Telefonnummer", "Handynummer des Nachbarn"])])
C("s5r1d06", "de", TOOLS, "Ehrlich gesagt interessiert die Marke beim Werkzeug hier niemanden, das Feld wird nie ausgefüllt und macht das Formular nur länger, also kann es eigentlich weg.",
  [rm("werkzeug", "marke")])
C("s5r1d07", "de", TOOLS, "Uns fehlt ein Foto vom Werkzeug, damit die Leute beim Abholen sehen, was sie bekommen, und wir bei der Rückgabe Schäden vergleichen können.",
  [addf("werkzeug", "Foto", "file", ["Bild", "Foto vom Werkzeug"])])
C("s5r1d08", "de", TOOLS, "Bei manchen Geräten wie der Kettensäge wollen wir eine Kaution verlangen, es sollte also bei jedem Werkzeug einen Betrag für die Kaution geben, den man eintragen kann.",
  [addf("werkzeug", "Kaution", "money", ["Betrag für die Kaution", "Kautionsbetrag"], ["decimal"])])
C("s5r1d09", "de", TOOLS, "Das Feld Ausgeliehen von ist etwas missverständlich, die Leute denken, da kommt der Verein rein, nennt es doch bitte einfach Ausleiher, dann ist es klar.",
  [rn("ausleihe", "nachbar", "Ausleiher")])
C("s5r1d10", "de", CLUB, "Gerade im Sommer wäre es praktisch zu sehen, ob eine Platzbuchung ein Training oder ein Punktspiel ist, weil Punktspiele immer Vorrang haben und wir sonst Ärger bekommen.",
  [addf("platzbuchung", "Art", "choice", ["Typ", "Buchungsart", "Training oder Punktspiel"], ["text", "boolean"],
        options=["Training", "Punktspiel"])])

with open("s5-r1-refused-refine.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
