"""Probe set S6-R1: chat refine messages with ONE real edit (sometimes two) among reasons, stories, asides,
examples and questions about something else, to measure fields added unasked. English, French, Spanish and
German, some typed in lower case with typos; written by session 6 helper R1 in its own words on its own
domains (dog grooming, school library, hackspace, bakery, theatre props, camp site, translation agency,
volunteer fire brigade, beekeepers' club) BEFORE changing code, and scored once before the change.
Run from this folder: python3 make_s6_r1_precision.py -> s6-r1-precision-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref


def addf(e, name, type, aliases=(), alt=(), options=None):
    op = {"op": "add_field", "entity": e, "name": name, "aliases": list(aliases), "type": type, "alt_types": list(alt)}
    if options:
        op["options"] = options
    return op


def rm(e, k):
    return {"op": "remove_field", "entity": e, "field": k}


def req(e, k, v=True):
    return {"op": "set_required", "entity": e, "field": k, "value": v}


def opts(e, k, o):
    return {"op": "set_options", "entity": e, "field": k, "options": o}


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


GROOM = spec("Dog grooming", [
    ent("appointment", "Appointment", "Appointments", [
        f("dog_name", "Dog name", "text", required=True), f("owner", "Owner", "text"), f("phone", "Phone", "phone"),
        f("when", "Date and time", "datetime"),
        f("service", "Service", "choice", options=["Bath", "Full groom", "Nail trim"]),
        f("groomer", "Groomer", "person"), f("price", "Price", "money"), f("notes", "Notes", "long_text")])])
LIBRARY = spec("School library", [
    ent("book", "Book", "Books", [
        f("title", "Title", "text", required=True), f("author", "Author", "text"), f("isbn", "ISBN", "text"),
        f("shelf", "Shelf", "text")]),
    ent("loan", "Loan", "Loans", [
        ref("book", "Book", "book", required=True), f("student", "Student", "text", required=True),
        f("borrowed_on", "Borrowed on", "date"), f("due_back", "Due back", "date"), f("returned", "Returned", "boolean")])])
HACK = spec("Hackspace inductions", [
    ent("induction", "Induction", "Inductions", [
        f("member", "Member", "text", required=True),
        f("tool", "Tool", "choice", options=["Laser cutter", "Lathe", "3D printer"]),
        f("inducted_on", "Inducted on", "date"), f("inducted_by", "Inducted by", "person")])])
BAKERY = spec("Boulangerie", [
    ent("commande", "Commande", "Commandes", [
        f("client", "Client", "text", required=True), f("telephone", "Téléphone", "phone"),
        f("produit", "Produit", "text"), f("quantite", "Quantité", "text"), f("retrait", "Date de retrait", "date"),
        f("paye", "Payé", "boolean")])])
THEATRE = spec("Accessoires de théâtre", [
    ent("accessoire", "Accessoire", "Accessoires", [
        f("nom", "Nom", "text", required=True),
        f("categorie", "Catégorie", "choice", options=["Mobilier", "Costume", "Arme factice"]),
        f("etat", "État", "text"), f("emplacement", "Emplacement", "text"), f("spectacle", "Spectacle", "text")])])
CAMP = spec("Camping", [
    ent("reserva", "Reserva", "Reservas", [
        f("huesped", "Huésped", "text", required=True), f("parcela", "Parcela", "text"),
        f("llegada", "Llegada", "date"), f("salida", "Salida", "date"), f("personas", "Personas", "integer"),
        f("tipo", "Tipo", "choice", options=["Tienda", "Caravana", "Bungalow"])])])
TRANS = spec("Agencia de traducción", [
    ent("encargo", "Encargo", "Encargos", [
        f("cliente", "Cliente", "text", required=True), f("idioma_origen", "Idioma de origen", "text"),
        f("idioma_destino", "Idioma de destino", "text"), f("palabras", "Palabras", "text"),
        f("entrega", "Entrega", "date"), f("traductor", "Traductor", "person")])])
FIRE = spec("Feuerwehr", [
    ent("einsatz", "Einsatz", "Einsätze", [
        f("datum", "Datum", "date", required=True), f("ort", "Ort", "text"),
        f("art", "Art", "choice", options=["Brand", "Technische Hilfe", "Fehlalarm"]),
        f("einsatzleiter", "Einsatzleiter", "person"), f("dauer", "Dauer", "text"), f("bericht", "Bericht", "long_text")])])
BEES = spec("Imkerverein", [
    ent("volk", "Volk", "Völker", [
        f("standort", "Standort", "text", required=True), f("koenigin", "Königin Jahrgang", "integer"),
        f("staerke", "Stärke", "text"), f("durchsicht", "Letzte Durchsicht", "date")])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English ----------
C("s6r1e01", "en", GROOM, "Quick one from the front desk. Last Saturday a lady came in with her poodle and it turned out the dog bites when its paws are touched, which nobody knew. Could you add a field for behaviour notes to the appointment? Thanks, and sorry for the long story.",
  [addf("appointment", "behaviour notes", "long_text", ["behaviour", "behavior notes", "temperament"], ["text"])])
C("s6r1e02", "en", GROOM, "Is there a way to print the day's list? Not urgent. What we really need is the owner's email on each appointment so we can send reminders.",
  [addf("appointment", "owner email", "email", ["email", "email address", "owner's email"])])
C("s6r1e03", "en", GROOM, "please add the breed to the appointment, for example cocker spaniel or schnauzer, because the price depends on it",
  [addf("appointment", "breed", "text", ["dog breed"], ["choice"])])
C("s6r1e04", "en", GROOM, "our groomers currently scribble the dog's weight on a sticky note on the cage which gets lost all the time. a weight in kg on the appointment would fix that.",
  [addf("appointment", "weight", "decimal", ["weight in kg", "dog weight", "weight (kg)"], ["integer"])])
C("s6r1e05", "en", GROOM, "We've had three no-shows this month, the same gentleman each time, and the boss is fed up. Add a yes/no for whether a deposit was paid, please.",
  [addf("appointment", "deposit paid", "boolean", ["deposit", "deposit was paid"])])
C("s6r1e06", "en", LIBRARY, "The head teacher asked about this at the staff meeting since parents complained about lost books: can the loan record whether a reminder letter was sent?",
  [addf("loan", "reminder sent", "boolean", ["reminder letter sent", "reminder letter", "reminder"])])
C("s6r1e07", "en", LIBRARY, "Books get shelved by genre here, not by the shelf number, so the shelf field is pointless, the volunteers never fill it in. Please drop it.",
  [rm("book", "shelf")])
C("s6r1e08", "en", LIBRARY, "When a book comes back damaged, like with a torn cover or coffee stains, we want to note the condition on return on the loan.",
  [addf("loan", "condition on return", "text", ["condition", "return condition", "condition when returned"], ["long_text", "choice"])])
C("s6r1e09", "en", HACK, "Since the accident with the lathe in March (nobody was hurt, luckily), the board wants an expiry date on each induction, after which the member has to redo it.",
  [addf("induction", "expiry date", "date", ["expires", "expiry", "valid until", "expires on"])])
C("s6r1e10", "en", HACK, "we bought a CNC router and a vinyl cutter last month with the grant money, so those two need to be in the tool list as well",
  [opts("induction", "tool", ["Laser cutter", "Lathe", "3D printer", "CNC router", "Vinyl cutter"])])
C("s6r1e11", "en", GROOM, "can u add the vets phone number to the appointment pls, its for emergencies, the old system had it and we miss it",
  [addf("appointment", "vet phone", "phone", ["vet phone number", "vets phone number", "vet's phone number", "vet"])])
C("s6r1e12", "en", LIBRARY, "Add the student's year group to loans. The form tutor we can look up ourselves, no need for that.",
  [addf("loan", "year group", "text", ["student year group", "year"], ["choice", "integer"])])

# ---------- French ----------
C("s6r1f01", "fr", BAKERY, "Bonjour ! Depuis Noël on a beaucoup de commandes de bûches et les clients nous appellent sans arrêt pour savoir si c'est prêt. Il faudrait ajouter l'adresse e-mail du client à la commande pour qu'on puisse les prévenir.",
  [addf("commande", "e-mail du client", "email", ["e-mail", "email", "adresse e-mail", "adresse e-mail du client", "courriel"])])
C("s6r1f02", "fr", BAKERY, "Petite question à côté : est-ce que l'appli marche sur tablette ? Sinon, ajoutez un champ allergies sur la commande, parce qu'une cliente a failli faire une réaction la semaine dernière.",
  [addf("commande", "allergies", "text", ["allergie", "allergènes"], ["long_text"])])
C("s6r1f03", "fr", BAKERY, "la quantité les gens mettent « 2 douzaines » ou « une dizaine » donc on ne peut rien compter, il faut que ce soit un nombre entier",
  [ct("commande", "quantite", "integer")])
C("s6r1f04", "fr", THEATRE, "Pour la catégorie des accessoires, on a maintenant aussi des perruques depuis que la troupe a récupéré le stock d'un théâtre qui fermait. Ajoute « Perruque » à la liste s'il te plaît.",
  [opts("accessoire", "categorie", ["Mobilier", "Costume", "Arme factice", "Perruque"])])
C("s6r1f05", "fr", THEATRE, "Le metteur en scène voudrait savoir, pour chaque accessoire, qui l'a fabriqué, parce que certains ont été faits par des bénévoles et d'autres achetés, et il veut les remercier dans le programme.",
  [addf("accessoire", "fabriqué par", "text", ["fabricant", "créé par", "fabrication", "auteur"], ["person"])])
C("s6r1f06", "fr", THEATRE, "L'emplacement, personne ne le remplit parce que tout est dans la même réserve au sous-sol. Vous pouvez l'enlever.",
  [rm("accessoire", "emplacement")])
C("s6r1f07", "fr", THEATRE, "quand un accessoire est prêté à une autre compagnie, comme l'an dernier avec le trône pour le Roi Lear, on perd sa trace. ajoutez une case « prêté » et le nom de la compagnie emprunteuse.",
  [addf("accessoire", "prêté", "boolean", ["prêt", "est prêté"]),
   addf("accessoire", "compagnie emprunteuse", "text", ["nom de la compagnie emprunteuse", "compagnie", "emprunteur"])])
C("s6r1f08", "fr", BAKERY, "La date de retrait doit être obligatoire, sinon on ne sait pas quand préparer, et c'est ce qui s'est passé samedi avec trois gâteaux d'anniversaire.",
  [req("commande", "retrait")])
C("s6r1f09", "fr", BAKERY, "Ce serait bien d'avoir un acompte sur chaque commande, c'est-à-dire le montant déjà versé, car pour les pièces montées on demande toujours 30 % à l'avance.",
  [addf("commande", "acompte", "money", ["montant déjà versé", "montant de l'acompte"], ["decimal"])])

# ---------- Spanish ----------
C("s6r1s01", "es", CAMP, "Buenas, os cuento: el verano pasado tuvimos un lío porque dos familias reservaron la parcela de al lado con perro y el vecino se quejó. Necesitamos saber si la reserva trae mascota, un sí o no basta.",
  [addf("reserva", "mascota", "boolean", ["trae mascota", "con mascota", "mascotas", "perro"])])
C("s6r1s02", "es", CAMP, "Una pregunta aparte, ¿se puede cambiar el color del menú? Y lo importante: añadid la matrícula del coche a la reserva, que el guarda de la entrada la pide siempre.",
  [addf("reserva", "matrícula", "text", ["matrícula del coche", "matricula"])])
C("s6r1s03", "es", CAMP, "el tipo de alojamiento se queda corto, desde este año tenemos tambien glamping y autocaravana, porfa añadidlos",
  [opts("reserva", "tipo", ["Tienda", "Caravana", "Bungalow", "Glamping", "Autocaravana"])])
C("s6r1s04", "es", CAMP, "Como muchos clientes llegan tarde por la noche, por ejemplo los que vienen de Francia, nos vendría bien apuntar la hora de llegada prevista en cada reserva.",
  [addf("reserva", "hora de llegada prevista", "time", ["hora de llegada", "llegada prevista", "hora prevista"], ["datetime", "text"])])
C("s6r1s05", "es", TRANS, "El campo de palabras lo rellenamos siempre a mano y a veces ponen '3.500 aprox.', así que mejor que solo acepte números enteros.",
  [ct("encargo", "palabras", "integer")])
C("s6r1s06", "es", TRANS, "Los clientes de la editorial nos mandan el texto por correo y la semana pasada se perdió uno entre tantos mensajes. Añadid un campo para adjuntar el documento original.",
  [addf("encargo", "documento original", "file", ["documento", "original", "archivo original"])])
C("s6r1s07", "es", TRANS, "El traductor tiene que ser obligatorio, porque el mes pasado un encargo se quedó sin asignar y llegó tarde al cliente.",
  [req("encargo", "traductor")])
C("s6r1s08", "es", TRANS, "Queremos poner la tarifa por palabra en cada encargo, normalmente entre 0,08 y 0,12 euros, depende del idioma y de la urgencia.",
  [addf("encargo", "tarifa por palabra", "money", ["tarifa", "precio por palabra"], ["decimal"])])
C("s6r1s09", "es", CAMP, "lo de las personas esta bien pero falta separar los niños, porque los menores de 12 no pagan. añadid numero de niños",
  [addf("reserva", "número de niños", "integer", ["niños", "numero de niños", "menores"])])

# ---------- German ----------
C("s6r1d01", "de", FIRE, "Nach dem Einsatz letzte Woche auf der A7, wo drei Fahrzeuge beteiligt waren, hat der Kommandant gemerkt, dass wir die Anzahl der eingesetzten Kräfte nirgends erfassen. Bitte ein Feld dafür beim Einsatz.",
  [addf("einsatz", "Anzahl Einsatzkräfte", "integer", ["Einsatzkräfte", "Anzahl der eingesetzten Kräfte", "Kräfte", "eingesetzte Kräfte"])])
C("s6r1d02", "de", FIRE, "Kurze Frage nebenbei: Kann man die Liste auch nach Datum sortieren? Ansonsten brauchen wir beim Einsatz noch die Uhrzeit der Alarmierung.",
  [addf("einsatz", "Uhrzeit der Alarmierung", "time", ["Alarmierung", "Alarmierungszeit", "Alarmzeit"], ["datetime"])])
C("s6r1d03", "de", FIRE, "Bei der Art fehlt Unwetter, das hatten wir dieses Jahr öfter als Brände, zum Beispiel beim Sturm im Februar.",
  [opts("einsatz", "art", ["Brand", "Technische Hilfe", "Fehlalarm", "Unwetter"])])
C("s6r1d04", "de", FIRE, "Die Dauer tragen alle unterschiedlich ein, weil es kein Format gibt, deshalb sollte das eine Zahl in Minuten sein.",
  [ct("einsatz", "dauer", "integer", ["decimal"])])
C("s6r1d05", "de", BEES, "Wir haben im Frühjahr zwei Völker durch die Varroa verloren, deshalb möchten wir bei jedem Volk das Datum der letzten Varroabehandlung festhalten.",
  [addf("volk", "letzte Varroabehandlung", "date", ["Varroabehandlung", "Datum der letzten Varroabehandlung", "Behandlung"])])
C("s6r1d06", "de", BEES, "Die Stärke trägt eh keiner ein, weil man das beim Öffnen sowieso sieht und es sich ständig ändert, die kann raus.",
  [rm("volk", "staerke")])
C("s6r1d07", "de", BEES, "ob ein volk sanftmütig ist wäre gut zu wissen, gerade für die anfänger im verein die letztes jahr gestochen wurden",
  [addf("volk", "sanftmütig", "boolean", ["Sanftmut", "ist sanftmütig"], ["choice"])])
C("s6r1d08", "de", FIRE, "Der Bericht sollte Pflicht sein, denn die Versicherung und die Gemeinde verlangen ihn nach jedem Einsatz, und letztes Mal fehlte er.",
  [req("einsatz", "bericht")])
C("s6r1d09", "de", BEES, "Könntet ihr beim Volk noch die Rasse der Königin ergänzen, also etwa Carnica oder Buckfast, weil der Verein eine Statistik für den Landesverband macht.",
  [addf("volk", "Rasse", "text", ["Rasse der Königin", "Königinnenrasse", "Bienenrasse"], ["choice"])])

# ---------- second batch: "also/too" in asides, lists of context beside the one thing asked, lower case ----------
C("s6r1e13", "en", GROOM, "we also had a problem with the card reader last week but thats a different story. anyway can you add the pickup time to appointments",
  [addf("appointment", "pickup time", "time", ["pick-up time", "pickup", "collection time"], ["datetime"])])
C("s6r1e14", "en", GROOM, "Please add the microchip number to the appointment; the vet checks it anyway at every visit along with the vaccination status and the weight.",
  [addf("appointment", "microchip number", "text", ["microchip", "chip number"])])
C("s6r1e15", "en", LIBRARY, "The old paper slip had the return date, a signature and a stamp from the office, but honestly we only want one thing from it: the date the book actually came back.",
  [addf("loan", "returned on", "date", ["return date", "date returned", "date the book came back", "actual return date"])])
C("s6r1e16", "en", HACK, "My colleague Tom thinks so too: the inducted by field should be required, because we had inductions logged with nobody responsible and the insurer was not amused.",
  [req("induction", "inducted_by")])
C("s6r1e17", "en", LIBRARY, "hi, the kids borrow books for the holidays, like during half term or over summer, and the due back date then doesnt fit. could we have a tick box for holiday loan",
  [addf("loan", "holiday loan", "boolean", ["holiday", "is holiday loan"])])
C("s6r1e18", "en", HACK, "What tool was it, who taught them and when, that's all in there already, great. The only gap: we'd like a notes box for anything that went wrong during the induction.",
  [addf("induction", "notes", "long_text", ["induction notes", "issues", "problems"], ["text"])])
C("s6r1f10", "fr", BAKERY, "on a aussi eu des soucis avec la caisse mais bon ce n'est pas le sujet. ajoutez l'heure de retrait à la commande svp",
  [addf("commande", "heure de retrait", "time", ["heure", "retrait heure"], ["datetime", "text"])])
C("s6r1f11", "fr", THEATRE, "Pour chaque accessoire on voudrait une photo, comme ça les régisseurs, les comédiens et même le public des visites savent de quoi on parle.",
  [addf("accessoire", "photo", "file", ["image", "photo de l'accessoire"])])
C("s6r1f12", "fr", THEATRE, "Le spectacle, ça va, le nom aussi. Par contre l'état devrait être une liste : bon, à réparer ou hors d'usage.",
  [ct("accessoire", "etat", "choice"), opts("accessoire", "etat", ["Bon", "À réparer", "Hors d'usage"])])
C("s6r1f13", "fr", BAKERY, "ma collègue demande si on peut noter le mode de paiement (espèces, carte ou chèque), vu que le comptable nous demande ça chaque fin de mois avec les tickets et le relevé.",
  [addf("commande", "mode de paiement", "choice", ["paiement", "moyen de paiement"], options=["Espèces", "Carte", "Chèque"])])
C("s6r1s10", "es", CAMP, "tambien tuvimos quejas del ruido y de la piscina pero eso ya lo hablamos. lo que si: poned el email del huesped en la reserva",
  [addf("reserva", "email del huésped", "email", ["email", "correo", "correo electrónico", "email del huesped"])])
C("s6r1s11", "es", TRANS, "Añadid la fecha de pedido al encargo; el cliente, el idioma y el traductor ya están, y la entrega también, eso funciona bien.",
  [addf("encargo", "fecha de pedido", "date", ["pedido", "fecha del pedido", "fecha de encargo"])])
C("s6r1s12", "es", TRANS, "Mi jefa, que lleva la contabilidad y las facturas, quiere saber en cada encargo si ya se ha facturado.",
  [addf("encargo", "facturado", "boolean", ["ya facturado", "factura"])])
C("s6r1s13", "es", CAMP, "Las parcelas junto al río se inundaron en octubre, como pasó también hace dos años, y queremos marcar en la reserva si el cliente ha contratado seguro de cancelación.",
  [addf("reserva", "seguro de cancelación", "boolean", ["seguro", "seguro de cancelacion", "ha contratado seguro"])])
C("s6r1d10", "de", FIRE, "Wir hatten auch Probleme mit dem Funk, aber das ist ein anderes Thema. Bitte beim Einsatz noch die Anzahl der Fahrzeuge ergänzen.",
  [addf("einsatz", "Anzahl der Fahrzeuge", "integer", ["Fahrzeuge", "Anzahl Fahrzeuge", "Fahrzeuganzahl"])])
C("s6r1d11", "de", BEES, "Beim Volk fehlt uns noch das Gewicht der Beute, das wiegen wir im Herbst, um zu sehen, ob Futter, Wasser und Pollen für den Winter reichen.",
  [addf("volk", "Gewicht", "decimal", ["Gewicht der Beute", "Beutengewicht"], ["integer"])])
C("s6r1d12", "de", FIRE, "Der Ort ist okay, das Datum auch, nur bei der Dauer hätten wir gern zusätzlich das Einsatzende als Uhrzeit, wie es die Leitstelle im Protokoll hat.",
  [addf("einsatz", "Einsatzende", "time", ["Ende", "Uhrzeit Einsatzende", "Einsatzende Uhrzeit"], ["datetime"])])
C("s6r1d13", "de", BEES, "mein nachbar, der auch imker ist, hat mir den tipp gegeben: bei jedem volk notieren ob es schwarmlustig ist. das wollen wir auch",
  [addf("volk", "schwarmlustig", "boolean", ["Schwarmlust", "ist schwarmlustig", "Schwarmneigung"], ["choice"])])

with open("s6-r1-precision-refine.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
