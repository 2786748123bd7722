"""Sets S7-R1: new fields asked for in chat, said indirectly ("it would help to see…", "we keep forgetting
to write down…", "can it also hold…", "there's no place for…", "where do I put the X?", a yes/no question),
with the name a person would label the column with, the kind it belongs to when the spec has several, and
the type said in words (date and time / at what time / when exactly → datetime; values in the same message
→ choice; phone, url, file, whole or decimal numbers by the noun; yes/no questions → boolean), and vague
pairs ("who signed it off and when"). Written by session 7 helper R1 in its own words BEFORE changing the
refiner: a dev set (vet clinic, bike repairs, a choir, a dental lab, a brewery) and a check set with other
domains (IT helpdesk, wine cellar, taxi firm, kindergarten) that is scored but not read while coding.
Run from this folder: python3 make_s7_r1.py -> s7-r1-dev.jsonl, s7-r1-check.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, addf

VET = spec("Vet clinic", [
    ent("patient", "Patient", "Patients", [
        f("name", "Name", "text", required=True), f("species", "Species", "choice", options=["Dog", "Cat", "Rabbit"]),
        f("birth_date", "Birth date", "date"), ref("owner", "Owner", "owner")]),
    ent("owner", "Owner", "Owners", [
        f("name", "Name", "text", required=True), f("email", "Email", "email"), f("address", "Address", "text")]),
    ent("visit", "Visit", "Visits", [
        ref("patient", "Patient", "patient", required=True), f("visit_date", "Visit date", "date"),
        f("reason", "Reason", "text"), f("vet", "Vet", "person"), f("fee", "Fee", "money")])])
BIKES = spec("Bike repairs", [
    ent("bike", "Bike", "Bikes", [
        f("frame_number", "Frame number", "text", required=True), f("brand", "Brand", "text"),
        f("colour", "Colour", "text"), ref("customer", "Customer", "customer")]),
    ent("repair", "Repair", "Repairs", [
        ref("bike", "Bike", "bike", required=True), f("received_on", "Received on", "date"),
        f("fault", "Fault", "long_text"), f("price", "Price", "money")]),
    ent("customer", "Customer", "Customers", [
        f("name", "Name", "text", required=True), f("phone", "Phone", "phone")])])
CHOIR = spec("Chorale", [
    ent("choriste", "Choriste", "Choristes", [
        f("nom", "Nom", "text", required=True), f("email", "E-mail", "email"),
        f("pupitre", "Pupitre", "choice", options=["Soprano", "Alto", "Ténor", "Basse"])]),
    ent("concert", "Concert", "Concerts", [
        f("titre", "Titre", "text", required=True), f("date", "Date", "date"),
        f("lieu", "Lieu", "text"), f("cachet", "Cachet", "money")])])
LAB = spec("Laboratorio dental", [
    ent("trabajo", "Trabajo", "Trabajos", [
        f("paciente", "Paciente", "text", required=True), ref("clinica", "Clínica", "clinica"),
        f("tipo", "Tipo", "choice", options=["Corona", "Puente", "Prótesis"]),
        f("fecha_entrega", "Fecha de entrega", "date"), f("precio", "Precio", "money")]),
    ent("clinica", "Clínica", "Clínicas", [
        f("nombre", "Nombre", "text", required=True), f("direccion", "Dirección", "text"), f("telefono", "Teléfono", "phone")])])
BREW = spec("Brauerei", [
    ent("sud", "Sud", "Sude", [
        f("biersorte", "Biersorte", "choice", options=["Pils", "Weizen", "Dunkel"], required=True),
        f("braudatum", "Braudatum", "date"), f("menge", "Menge", "decimal"), f("brauer", "Brauer", "person")]),
    ent("kunde", "Kunde", "Kunden", [
        f("name", "Name", "text", required=True), f("adresse", "Adresse", "text"), f("email", "E-Mail", "email")]),
    ent("lieferung", "Lieferung", "Lieferungen", [
        ref("kunde", "Kunde", "kunde", required=True), f("lieferdatum", "Lieferdatum", "date"), f("faesser", "Fässer", "integer")])])

HELP = spec("IT helpdesk", [
    ent("ticket", "Ticket", "Tickets", [
        f("subject", "Subject", "text", required=True), f("reported_on", "Reported on", "date"),
        f("priority", "Priority", "choice", options=["Low", "Medium", "High"]), f("assigned_to", "Assigned to", "person"),
        ref("device", "Device", "device")]),
    ent("device", "Device", "Devices", [
        f("asset_tag", "Asset tag", "text", required=True), f("model", "Model", "text"), f("purchase_date", "Purchase date", "date")])])
CAVE = spec("Cave à vin", [
    ent("vin", "Vin", "Vins", [
        f("nom", "Nom", "text", required=True), f("appellation", "Appellation", "text"), f("millesime", "Millésime", "integer"),
        f("prix", "Prix", "money"), ref("fournisseur", "Fournisseur", "fournisseur")]),
    ent("fournisseur", "Fournisseur", "Fournisseurs", [
        f("nom", "Nom", "text", required=True), f("ville", "Ville", "text"), f("email", "E-mail", "email")])])
TAXI = spec("Taxis", [
    ent("carrera", "Carrera", "Carreras", [
        f("origen", "Origen", "text", required=True), f("destino", "Destino", "text"), f("fecha", "Fecha", "date"),
        f("importe", "Importe", "money"), ref("conductor", "Conductor", "conductor")]),
    ent("conductor", "Conductor", "Conductores", [
        f("nombre", "Nombre", "text", required=True), f("licencia", "Licencia", "text"), f("telefono", "Teléfono", "phone")])])
KITA = spec("Kita", [
    ent("kind", "Kind", "Kinder", [
        f("name", "Name", "text", required=True), f("geburtsdatum", "Geburtsdatum", "date"),
        ref("gruppe", "Gruppe", "gruppe"), f("eltern", "Eltern", "text")]),
    ent("gruppe", "Gruppe", "Gruppen", [
        f("name", "Name", "text", required=True), f("raum", "Raum", "text"), f("erzieherin", "Erzieherin", "person")])])

dev, check = [], []


def C(into, id, lang, sp, text, expect):
    into.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                 "keep": "all other fields and entities unchanged"})


D = lambda *a: C(dev, *a)
K = lambda *a: C(check, *a)

# ================= dev =================
D("s7r1d-01", "en", VET, "it would help to see how much each animal weighed at the visit, we often have to dig through the paper notes",
  [addf("visit", "weight", "decimal", ["weight kg", "animal weight", "weighed"], ["integer"])])
D("s7r1d-02", "en", VET, "we keep forgetting to write down when the next vaccination is due for each patient",
  [addf("patient", "next vaccination due", "date", ["next vaccination", "vaccination due", "next vaccination date", "vaccination due date"])])
D("s7r1d-03", "en", VET, "there's no place for the owner's mobile number at the moment",
  [addf("owner", "mobile number", "phone", ["mobile", "phone", "mobile phone", "phone number"])])
D("s7r1d-04", "en", VET, "where do I put whether the animal is neutered?",
  [addf("patient", "neutered", "boolean", ["is neutered", "neutered or not"])])
D("s7r1d-05", "en", VET, "For visits, can we record the exact date and time of arrival? The waiting times are a mess.",
  [addf("visit", "arrival time", "datetime", ["arrival", "arrived at", "arrival date and time", "time of arrival"])])
D("s7r1d-06", "en", VET, "Could a visit also hold the outcome: treated, referred or put down",
  [addf("visit", "outcome", "choice", ["visit outcome", "result"], options=["Treated", "Referred", "Put down"])])
D("s7r1d-07", "en", VET, "I'd like to know who signed off each visit and when",
  [addf("visit", "signed off by", "person", ["signed off", "approver", "approved by"]),
   addf("visit", "signed off on", "date", ["sign off date", "signed off date", "date signed off"], ["datetime"])])
D("s7r1d-08", "en", BIKES, "can a repair also keep a photo of the damage when the bike comes in",
  [addf("repair", "photo of the damage", "file", ["photo", "damage photo", "photos"])])
D("s7r1d-09", "en", BIKES, "customers keep asking how many gears the bike has, we should have that on the bike",
  [addf("bike", "gears", "integer", ["number of gears", "gear count"])])
D("s7r1d-10", "en", BIKES, "what time exactly was the bike picked up after a repair? we need that for the insurance",
  [addf("repair", "picked up at", "datetime", ["pick up time", "pickup time", "collected at", "picked up", "collection time"])])
D("s7r1d-11", "en", BIKES, "some of our customers are shops, it'd be nice to have a link to their website",
  [addf("customer", "website", "url", ["web site", "website link", "link"])])
D("s7r1d-12", "en", BIKES, "Is the repair under warranty? We keep having to check the receipts.",
  [addf("repair", "under warranty", "boolean", ["warranty", "warranty repair"])])
# French
D("s7r1d-13", "fr", CHOIR, "Ce serait pratique de voir depuis combien d'années chaque choriste chante avec nous",
  [addf("choriste", "ancienneté", "integer", ["années", "nombre d'années", "années dans la chorale", "années de chant"])])
D("s7r1d-14", "fr", CHOIR, "On oublie toujours de noter l'heure du rendez-vous avant le concert",
  [addf("concert", "heure du rendez-vous", "datetime", ["rendez-vous", "heure de rendez-vous", "heure rendez-vous"])])
D("s7r1d-15", "fr", CHOIR, "Où est-ce que je mets le numéro de portable des choristes ?",
  [addf("choriste", "numéro de portable", "phone", ["portable", "téléphone", "numéro de téléphone"])])
D("s7r1d-16", "fr", CHOIR, "Pour les concerts, il faudrait savoir si la salle est chauffée, l'hiver c'est un vrai sujet",
  [addf("concert", "salle chauffée", "boolean", ["chauffée", "chauffage"])])
D("s7r1d-17", "fr", CHOIR, "Est-ce qu'un concert peut aussi avoir un genre : messe, concert caritatif ou festival ?",
  [addf("concert", "genre", "choice", ["type", "type de concert"], options=["Messe", "Concert caritatif", "Festival"])])
D("s7r1d-18", "fr", CHOIR, "Il nous manque un endroit pour la partition de chaque concert, en PDF",
  [addf("concert", "partition", "file", ["partitions", "partition pdf"])])
D("s7r1d-19", "fr", CHOIR, "J'aimerais savoir qui a réservé la salle et quand",
  [addf("concert", "réservé par", "person", ["réservation par", "salle réservée par"]),
   addf("concert", "réservé le", "date", ["date de réservation", "réservée le", "salle réservée le"], ["datetime"])])
# Spanish
D("s7r1d-20", "es", LAB, "Nos vendría bien ver el color del diente que pide el dentista, siempre lo tenemos que llamar",
  [addf("trabajo", "color del diente", "text", ["color", "color de diente"], ["choice"])])
D("s7r1d-21", "es", LAB, "¿Dónde apunto la hora exacta a la que el mensajero recogió el trabajo?",
  [addf("trabajo", "hora de recogida", "datetime", ["recogido", "recogida", "recogido a las", "hora recogida"])])
D("s7r1d-22", "es", LAB, "Siempre se nos olvida anotar cuántas piezas lleva cada trabajo",
  [addf("trabajo", "piezas", "integer", ["número de piezas", "cantidad de piezas"])])
D("s7r1d-23", "es", LAB, "No tenemos sitio para la web de cada clínica",
  [addf("clinica", "web", "url", ["página web", "sitio web"])])
D("s7r1d-24", "es", LAB, "¿El trabajo es urgente? Eso debería poder marcarse",
  [addf("trabajo", "urgente", "boolean", ["es urgente", "urgencia"])])
D("s7r1d-25", "es", LAB, "Para las clínicas queremos guardar el horario de recogida: mañana, tarde o ambos",
  [addf("clinica", "horario de recogida", "choice", ["horario", "recogida"], options=["Mañana", "Tarde", "Ambos"])])
D("s7r1d-26", "es", LAB, "Me gustaría saber qué técnico hizo cada trabajo y cuándo lo terminó",
  [addf("trabajo", "técnico", "person", ["hecho por", "técnico responsable"]),
   addf("trabajo", "terminado", "date", ["fecha de terminación", "terminado el", "fecha de fin", "terminado en", "fecha terminado"], ["datetime"])])
# German
D("s7r1d-27", "de", BREW, "Es wäre gut zu sehen, bei welcher Temperatur der Sud vergoren wurde",
  [addf("sud", "Temperatur", "decimal", ["Gärtemperatur", "Gärungstemperatur"], ["integer"])])
D("s7r1d-28", "de", BREW, "Wir vergessen ständig aufzuschreiben, wann genau die Lieferung angekommen ist",
  [addf("lieferung", "angekommen am", "datetime", ["Ankunft", "Ankunftszeit", "angekommen", "angekommen um"])])
D("s7r1d-29", "de", BREW, "Wo trage ich die Telefonnummer vom Kunden ein?",
  [addf("kunde", "Telefonnummer", "phone", ["Telefon"])])
D("s7r1d-30", "de", BREW, "Kann eine Lieferung auch den Lieferschein als Scan enthalten?",
  [addf("lieferung", "Lieferschein", "file", ["Lieferschein Scan", "Scan"])])
D("s7r1d-31", "de", BREW, "Ist der Kunde ein Gastronomiebetrieb? Das sollte man ankreuzen können",
  [addf("kunde", "Gastronomiebetrieb", "boolean", ["Gastronomie", "Gastro"])])
D("s7r1d-32", "de", BREW, "Beim Sud fehlt uns noch die Stammwürze in Prozent, z.B. 12,5",
  [addf("sud", "Stammwürze", "decimal", ["Stammwürze in Prozent"])])
D("s7r1d-33", "de", BREW, "Wir müssen wissen, wer den Sud abgefüllt hat und wann",
  [addf("sud", "abgefüllt von", "person", ["Abfüller", "abgefüllt durch"]),
   addf("sud", "abgefüllt am", "date", ["Abfülldatum", "abgefüllt", "Datum Abfüllung"], ["datetime"])])

# ================= check =================
K("s7r1k-01", "en", HELP, "It'd be really useful to know which floor the person who raised the ticket sits on",
  [addf("ticket", "floor", "text", ["floor number"], ["integer", "choice"])])
K("s7r1k-02", "en", HELP, "we keep losing track of the serial number of each device",
  [addf("device", "serial number", "text", ["serial", "serial no"])])
K("s7r1k-03", "en", HELP, "there's nowhere to record at what time the ticket was closed",
  [addf("ticket", "closed at", "datetime", ["closing time", "closed", "time closed", "closed on"])])
K("s7r1k-04", "en", HELP, "Can a device also hold its warranty certificate? we get them as PDFs",
  [addf("device", "warranty certificate", "file", ["warranty", "certificate"])])
K("s7r1k-05", "en", HELP, "does the device come with a docking station? I'd like to be able to tick that",
  [addf("device", "docking station", "boolean", ["has docking station", "dock"])])
K("s7r1k-06", "en", HELP, "I need to know who resolved the ticket and when",
  [addf("ticket", "resolved by", "person", ["resolver"]),
   addf("ticket", "resolved on", "date", ["resolution date", "date resolved", "resolved at"], ["datetime"])])
K("s7r1k-07", "fr", CAVE, "Ce serait bien de savoir combien de bouteilles il nous reste de chaque vin",
  [addf("vin", "bouteilles", "integer", ["nombre de bouteilles", "stock", "bouteilles restantes"])])
K("s7r1k-08", "fr", CAVE, "On n'a nulle part où mettre le site web des fournisseurs",
  [addf("fournisseur", "site web", "url", ["site", "site internet"])])
K("s7r1k-09", "fr", CAVE, "Où je note la couleur du vin ? Rouge, blanc ou rosé",
  [addf("vin", "couleur", "choice", [], options=["Rouge", "Blanc", "Rosé"])])
K("s7r1k-10", "fr", CAVE, "Pour chaque fournisseur, il nous faudrait aussi un numéro de téléphone, on les appelle souvent",
  [addf("fournisseur", "téléphone", "phone", ["numéro de téléphone"])])
K("s7r1k-11", "fr", CAVE, "Le vin est-il bio ? Il faudrait pouvoir le cocher",
  [addf("vin", "bio", "boolean", ["vin bio", "biologique"])])
K("s7r1k-12", "fr", CAVE, "Il faudrait pouvoir noter la date et l'heure de la dégustation",
  [addf("vin", "dégustation", "datetime", ["date de dégustation", "date et heure de la dégustation", "date et heure de dégustation"])])
K("s7r1k-13", "es", TAXI, "Sería útil ver cuántos kilómetros tuvo cada carrera",
  [addf("carrera", "kilómetros", "decimal", ["km", "distancia", "número de kilómetros"], ["integer"])])
K("s7r1k-14", "es", TAXI, "Nunca apuntamos a qué hora exacta se recogió al pasajero",
  [addf("carrera", "hora de recogida", "datetime", ["recogida", "recogido", "hora recogida"])])
K("s7r1k-15", "es", TAXI, "¿Dónde pongo la forma de pago? Efectivo, tarjeta o Bizum",
  [addf("carrera", "forma de pago", "choice", ["pago", "método de pago"], options=["Efectivo", "Tarjeta", "Bizum"])])
K("s7r1k-16", "es", TAXI, "Los conductores tienen coche propio, nos falta saber la matrícula",
  [addf("conductor", "matrícula", "text", ["matrícula del coche"])])
K("s7r1k-17", "es", TAXI, "¿Se puede guardar también el carné de conducir escaneado de cada conductor?",
  [addf("conductor", "carné de conducir", "file", ["carné", "carnet de conducir"])])
K("s7r1k-18", "es", TAXI, "Quiero saber quién autorizó la carrera y cuándo",
  [addf("carrera", "autorizado por", "person", ["autorizada por"]),
   addf("carrera", "fecha de autorización", "date", ["autorizado", "autorizada", "autorizado el", "autorizada el", "autorización"], ["datetime"])])
K("s7r1k-19", "de", KITA, "Es wäre hilfreich zu sehen, ob ein Kind Allergien hat",
  [addf("kind", "Allergien", "boolean", ["Allergie", "hat Allergien"], ["text"])])
K("s7r1k-20", "de", KITA, "Wir vergessen immer, die Notfallnummer der Eltern festzuhalten",
  [addf("kind", "Notfallnummer", "phone", ["Notfallnummer der Eltern", "Notfalltelefon", "Notfallkontakt"])])
K("s7r1k-21", "de", KITA, "Wie viele Plätze hat eine Gruppe eigentlich? Das steht nirgends",
  [addf("gruppe", "Plätze", "integer", ["Anzahl Plätze", "Platzanzahl", "Anzahl der Plätze"])])
K("s7r1k-22", "de", KITA, "Kann das Kind auch ein Foto haben? Für die Garderobe",
  [addf("kind", "Foto", "file", ["Bild"])])
K("s7r1k-23", "de", KITA, "Wann genau wurde das Kind abgeholt? Das müssen wir eintragen können",
  [addf("kind", "abgeholt um", "datetime", ["Abholzeit", "abgeholt am", "abgeholt", "Abholung"])])
K("s7r1k-24", "de", KITA, "Welche Betreuungszeit hat das Kind: halbtags, ganztags oder dreiviertel?",
  [addf("kind", "Betreuungszeit", "choice", [], options=["Halbtags", "Ganztags", "Dreiviertel"])])

# ================= dev2 (written after the first changes, new domains and wording) =================
GYM = spec("Gym", [
    ent("member", "Member", "Members", [
        f("name", "Name", "text", required=True), f("email", "Email", "email"), f("plan", "Plan", "choice", options=["Monthly", "Yearly"])]),
    ent("class", "Class", "Classes", [
        f("title", "Title", "text", required=True), f("day", "Day", "date"), f("coach", "Coach", "person")])])
BANQUE = spec("Banque alimentaire", [
    ent("famille", "Famille", "Familles", [
        f("nom", "Nom", "text", required=True), f("adresse", "Adresse", "text"), f("personnes", "Personnes", "integer")]),
    ent("colis", "Colis", "Colis", [
        ref("famille", "Famille", "famille", required=True), f("date", "Date", "date"), f("poids", "Poids", "decimal")])])
IMPRENTA = spec("Imprenta", [
    ent("encargo", "Encargo", "Encargos", [
        f("titulo", "Título", "text", required=True), f("copias", "Copias", "integer"), f("entrega", "Entrega", "date"),
        ref("cliente", "Cliente", "cliente")]),
    ent("cliente", "Cliente", "Clientes", [
        f("nombre", "Nombre", "text", required=True), f("email", "Email", "email")])])
CAMP = spec("Campingplatz", [
    ent("stellplatz", "Stellplatz", "Stellplätze", [
        f("nummer", "Nummer", "text", required=True), f("groesse", "Größe", "decimal"), f("strom", "Strom", "boolean")]),
    ent("buchung", "Buchung", "Buchungen", [
        ref("stellplatz", "Stellplatz", "stellplatz", required=True), f("anreise", "Anreise", "date"), f("abreise", "Abreise", "date"),
        f("gast", "Gast", "text")])])
dev2 = []
E = lambda *a: C(dev2, *a)
E("s7r1e-01", "en", GYM, "we've got nowhere to note a member's emergency contact number, which worries me a bit",
  [addf("member", "emergency contact number", "phone", ["emergency contact", "emergency number", "emergency phone"])])
E("s7r1e-02", "en", GYM, "Does the class need equipment? Trainers want to know in advance.",
  [addf("class", "needs equipment", "boolean", ["equipment", "equipment needed"])])
E("s7r1e-03", "en", GYM, "the front desk keeps forgetting to record when a member's card expires",
  [addf("member", "card expires", "date", ["card expiry", "card expiry date", "expiry date", "card expires on"])])
E("s7r1e-04", "en", GYM, "could a class also show the room it's in: studio 1, studio 2 or the pool",
  [addf("class", "room", "choice", ["studio"], options=["Studio 1", "Studio 2", "Pool"])])
E("s7r1e-05", "fr", BANQUE, "On n'a aucun endroit pour le numéro de téléphone de la famille, c'est embêtant",
  [addf("famille", "numéro de téléphone", "phone", ["téléphone"])])
E("s7r1e-06", "fr", BANQUE, "La famille a-t-elle des enfants en bas âge ? Il faudrait pouvoir le noter",
  [addf("famille", "enfants en bas âge", "boolean", ["enfants"])])
E("s7r1e-07", "fr", BANQUE, "Où est-ce qu'on indique qui a préparé le colis ?",
  [addf("colis", "préparé par", "person", ["préparateur"], ["text"])])
E("s7r1e-08", "fr", BANQUE, "Il faudrait savoir à quelle heure le colis a été récupéré",
  [addf("colis", "récupéré le", "datetime", ["heure de récupération", "récupéré", "récupéré à"])])
E("s7r1e-09", "es", IMPRENTA, "¿Dónde pongo el tipo de papel del encargo? Normal, reciclado o satinado",
  [addf("encargo", "tipo de papel", "choice", ["papel"], options=["Normal", "Reciclado", "Satinado"])])
E("s7r1e-10", "es", IMPRENTA, "Se nos olvida siempre apuntar el NIF de cada cliente y luego contabilidad se queja",
  [addf("cliente", "NIF", "text", [])])
E("s7r1e-11", "es", IMPRENTA, "No hay ningún campo para el archivo del diseño, nos lo mandan en PDF",
  [addf("encargo", "archivo del diseño", "file", ["diseño", "archivo"])])
E("s7r1e-12", "es", IMPRENTA, "¿El encargo lleva encuadernación? Eso se tiene que poder marcar",
  [addf("encargo", "encuadernación", "boolean", ["lleva encuadernación"])])
E("s7r1e-13", "de", CAMP, "Wo trage ich das Kennzeichen vom Wohnwagen bei der Buchung ein?",
  [addf("buchung", "Kennzeichen", "text", ["Kennzeichen vom Wohnwagen", "Kennzeichen Wohnwagen"])])
E("s7r1e-14", "de", CAMP, "Hat der Stellplatz einen Wasseranschluss? Das wollen die Gäste immer wissen",
  [addf("stellplatz", "Wasseranschluss", "boolean", [])])
E("s7r1e-15", "de", CAMP, "Es gibt keinen Platz für die Anzahl der Hunde bei einer Buchung",
  [addf("buchung", "Anzahl der Hunde", "integer", ["Hunde", "Anzahl Hunde"])])
E("s7r1e-16", "de", CAMP, "Um wie viel Uhr ist der Gast angekommen? Das müssen wir bei der Buchung festhalten",
  [addf("buchung", "angekommen um", "datetime", ["Ankunft", "Ankunftszeit", "angekommen", "angekommen am"])])

for name, cases in (("s7-r1-dev.jsonl", dev), ("s7-r1-check.jsonl", check), ("s7-r1-dev2.jsonl", dev2)):
    with open(name, "w") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(name, len(cases), "cases")
