"""Probe sets S7-R3: edits of EXISTING fields and of kinds/links, said the way people chat, in English,
French, Spanish and German: choice values in any phrasing ("the statuses should be ...", "add X to the
list", "drop X from ...", "it can only be A or B", values before the field, values as bullets); type
changes said by need ("needs a time too", "is a number", "several can apply", "pick it from the ... list");
renames said by contrast ("we say Y, not X", "X is really Y"); required / optional said by consequence;
removals said by uselessness; links ("each X belongs to a Y", "link X to Y") and new kinds with their
fields. Fields are named approximately (head noun, stem, plural, other word order).
Written by session 7 helper r3 in its own words, on its own domains, BEFORE changing the refiner.
Two sets: s7-r3-dev (developed on) and s7-r3-check (scored before and after only; misses not read).
Run from this folder: python3 make_s7_r3.py -> s7-r3-dev-refine.jsonl, s7-r3-check-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


# ======================= dev set domains =======================
NURSERY = spec("Plant nursery", [
    ent("plant", "Plant", "Plants", [
        f("name", "Name", "text", required=True), f("species", "Species", "text"), f("pot_size", "Pot size", "text"),
        f("price", "Price", "text"), f("status", "Status", "choice", options=["Seedling", "Ready", "Sold"]),
        f("watered", "Watered today", "boolean"), f("notes", "Notes", "long_text"), f("supplier", "Supplier", "text")]),
    ent("order", "Order", "Orders", [
        f("customer", "Customer", "text", required=True), f("order_date", "Order date", "date"),
        f("delivery", "Delivery method", "choice", options=["Pickup", "Delivery"]), f("quantity", "Quantity", "text"),
        f("paid", "Paid", "boolean")]),
    ent("customer", "Customer", "Customers", [
        f("name", "Name", "text", required=True), f("email", "Email", "email"), f("phone", "Phone", "phone")])])
DENTAL = spec("Cabinet dentaire", [
    ent("patient", "Patient", "Patients", [
        f("nom", "Nom", "text", required=True), f("telephone", "Téléphone", "phone"), f("mutuelle", "Mutuelle", "text"),
        f("naissance", "Date de naissance", "date"), f("allergies", "Allergies", "text")]),
    ent("rdv", "Rendez-vous", "Rendez-vous", [
        f("patient", "Patient", "text", required=True), f("date", "Date", "date"),
        f("motif", "Motif", "choice", options=["Contrôle", "Détartrage", "Urgence"]), f("praticien", "Praticien", "text"),
        f("duree", "Durée", "text"), f("confirme", "Confirmé", "boolean"), f("commentaire", "Commentaire", "long_text")])])
FUTBOL = spec("Academia de fútbol", [
    ent("jugador", "Jugador", "Jugadores", [
        f("nombre", "Nombre", "text", required=True), f("nacimiento", "Fecha de nacimiento", "date"),
        f("categoria", "Categoría", "choice", options=["Benjamín", "Alevín", "Infantil"]), f("posicion", "Posición", "text"),
        f("dorsal", "Dorsal", "text"), f("tutor", "Tutor", "text"), f("telefono_tutor", "Teléfono del tutor", "phone"),
        f("pagado", "Cuota pagada", "boolean")]),
    ent("entrenamiento", "Entrenamiento", "Entrenamientos", [
        f("fecha", "Fecha", "date", required=True), f("campo", "Campo", "text", required=True),
        f("asistentes", "Asistentes", "text"), f("entrenador", "Entrenador", "text")])])
BACKEREI = spec("Bäckerei", [
    ent("artikel", "Artikel", "Artikel", [
        f("name", "Name", "text", required=True), f("preis", "Preis", "text"),
        f("kategorie", "Kategorie", "choice", options=["Brot", "Brötchen", "Kuchen"]), f("allergene", "Allergene", "text"),
        f("vegan", "Vegan", "boolean"), f("gewicht", "Gewicht", "text")]),
    ent("bestellung", "Bestellung", "Bestellungen", [
        f("kunde", "Kunde", "text"), f("abholdatum", "Abholdatum", "date"), f("menge", "Menge", "text"),
        f("status", "Status", "choice", options=["Offen", "Fertig", "Abgeholt"]), f("bemerkung", "Bemerkung", "long_text")]),
    ent("kunde", "Kunde", "Kunden", [f("name", "Name", "text", required=True), f("telefon", "Telefon", "phone")])])

# ======================= check set domains =======================
MUSEUM = spec("Museum loans", [
    ent("object", "Object", "Objects", [
        f("title", "Title", "text", required=True), f("artist", "Artist", "text"), f("year", "Year", "text"),
        f("condition", "Condition", "choice", options=["Good", "Fair", "Poor"]), f("insured_value", "Insured value", "text"),
        f("on_display", "On display", "boolean"), f("lender", "Lender", "text")]),
    ent("lender", "Lender", "Lenders", [
        f("name", "Name", "text", required=True), f("country", "Country", "text"), f("contact_email", "Contact email", "email")])])
HELPDESK = spec("IT helpdesk", [
    ent("ticket", "Ticket", "Tickets", [
        f("subject", "Subject", "text", required=True), f("reported_by", "Reported by", "person"),
        f("priority", "Priority", "choice", options=["Low", "Normal", "High", "Urgent"]), f("opened", "Opened on", "date"),
        f("category", "Category", "text"), f("screenshot", "Screenshot", "text"), f("resolution", "Resolution notes", "long_text"),
        f("device", "Device", "text")]),
    ent("device", "Device", "Devices", [
        f("asset_tag", "Asset tag", "text", required=True), f("model", "Model", "text")])])
VELOS = spec("Location de vélos", [
    ent("location", "Location", "Locations", [
        f("client", "Client", "text", required=True), f("velo", "Vélo", "text"), f("depart", "Départ", "date"),
        f("retour", "Retour prévu", "date"), f("caution", "Caution", "text"),
        f("type", "Type de vélo", "choice", options=["Ville", "VTT"]), f("casque", "Casque fourni", "boolean"),
        f("etat", "État au retour", "text")])])
BANCO = spec("Banco de alimentos", [
    ent("donacion", "Donación", "Donaciones", [
        f("donante", "Donante", "text", required=True), f("fecha", "Fecha", "date"), f("kilos", "Kilos", "text"),
        f("tipo", "Tipo de alimento", "choice", options=["Seco", "Fresco"]), f("caducidad", "Caducidad", "date"),
        f("recogida", "Recogida a domicilio", "boolean"), f("voluntario", "Voluntario", "text")]),
    ent("familia", "Familia", "Familias", [
        f("apellidos", "Apellidos", "text", required=True), f("miembros", "Miembros", "text"), f("barrio", "Barrio", "text")])])
HAUS = spec("Hausverwaltung", [
    ent("wohnung", "Wohnung", "Wohnungen", [
        f("nummer", "Wohnungsnummer", "text", required=True), f("etage", "Etage", "text"), f("flaeche", "Fläche", "text"),
        f("mieter", "Mieter", "text"), f("zustand", "Zustand", "choice", options=["Gut", "Renovierungsbedürftig"]),
        f("balkon", "Balkon", "boolean")]),
    ent("schaden", "Schadensmeldung", "Schadensmeldungen", [
        f("beschreibung", "Beschreibung", "long_text", required=True), f("gemeldet", "Gemeldet am", "date"),
        f("dringlichkeit", "Dringlichkeit", "choice", options=["Niedrig", "Mittel", "Hoch"]), f("handwerker", "Handwerker", "text"),
        f("foto", "Foto", "text")])])

dev, check = [], []


def D(id, lang, sp, text, expect):
    dev.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                "keep": "all other fields and entities unchanged"})


def K(id, lang, sp, text, expect):
    check.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------------- dev: English ----------------
D("s7r3d-e01", "en", NURSERY, "the statuses should be seedling, growing, ready and sold",
  [opts("plant", "status", ["Seedling", "Growing", "Ready", "Sold"])])
D("s7r3d-e02", "en", NURSERY, "can you add 'reserved' to the status list, people put plants aside all the time",
  [opts("plant", "status", ["Seedling", "Ready", "Sold", "Reserved"])])
D("s7r3d-e03", "en", NURSERY, "price ought to be a proper amount with cents",
  [ct("plant", "price", "money", ["decimal"])])
D("s7r3d-e04", "en", NURSERY, "delivery can only be pickup, courier or our own van",
  [opts("order", "delivery", ["Pickup", "Courier", "Own van"])])
D("s7r3d-e05", "en", NURSERY, "quantity should be a number, not text", [ct("order", "quantity", "integer", ["decimal"])])
D("s7r3d-e06", "en", NURSERY, "we call them growers round here, not suppliers",
  [rn("plant", "supplier", "Grower", ["Growers"])])
D("s7r3d-e07", "en", NURSERY, "the order date needs a time too, we get several orders from the same person a day",
  [ct("order", "order_date", "datetime")])
D("s7r3d-e08", "en", NURSERY, "each order belongs to a customer, link them please", [rel("order", "customer")])
D("s7r3d-e09", "en", NURSERY, "the watered today box is pointless, nobody ticks it. drop it", [rm("plant", "watered")])
D("s7r3d-e10", "en", NURSERY, "customer on an order can be left empty, walk-ins don't give a name",
  [req("order", "customer", False)])
D("s7r3d-e11", "en", NURSERY, "we also need to track greenhouses, with a name, a size in square metres and whether it's heated",
  [addk("Greenhouse", ["Greenhouses"], [fld("Name", "text"), fld("Size", "decimal", ["Size in square metres", "Area"], ["integer"]),
                                        fld("Heated", "boolean")])])
D("s7r3d-e12", "en", NURSERY, "- pickup\n- local delivery\n- national courier\nthose are the delivery methods we offer now",
  [opts("order", "delivery", ["Pickup", "Local delivery", "National courier"])])
D("s7r3d-e13", "en", NURSERY, "drop 'seedling' from the statuses, we only sell grown plants now",
  [opts("plant", "status", ["Ready", "Sold"])])
D("s7r3d-e14", "en", NURSERY, "the pot size is really the container size, please rename it",
  [rn("plant", "pot_size", "Container size")])
D("s7r3d-e15", "en", NURSERY, "the supplier should be picked from a list of suppliers with name and phone",
  [addk("Supplier", ["Suppliers"], [fld("Name", "text"), fld("Phone", "phone")]), rel("plant", "Supplier")])
# ---------------- dev: French ----------------
D("s7r3d-f01", "fr", DENTAL, "le motif, ça peut être contrôle, détartrage, soin ou urgence",
  [opts("rdv", "motif", ["Contrôle", "Détartrage", "Soin", "Urgence"])])
D("s7r3d-f02", "fr", DENTAL, "enlève « Urgence » des motifs, on les traite par téléphone",
  [opts("rdv", "motif", ["Contrôle", "Détartrage"])])
D("s7r3d-f03", "fr", DENTAL, "la durée c'est un nombre de minutes", [ct("rdv", "duree", "integer", ["decimal"])])
D("s7r3d-f04", "fr", DENTAL, "pour le rendez-vous il faut aussi l'heure, pas seulement le jour", [ct("rdv", "date", "datetime")])
D("s7r3d-f05", "fr", DENTAL, "pour les allergies on doit pouvoir en cocher plusieurs : latex, pénicilline, anesthésiant",
  [ct("patient", "allergies", "multi_choice"), opts("patient", "allergies", ["Latex", "Pénicilline", "Anesthésiant"])])
D("s7r3d-f06", "fr", DENTAL, "on ne dit pas praticien mais dentiste", [rn("rdv", "praticien", "Dentiste")])
D("s7r3d-f07", "fr", DENTAL, "chaque rendez-vous concerne un patient de la liste des patients", [rel("rdv", "patient")])
D("s7r3d-f08", "fr", DENTAL, "la mutuelle ne sert plus à rien, supprime-la", [rm("patient", "mutuelle")])
D("s7r3d-f09", "fr", DENTAL, "le téléphone doit toujours être rempli, sinon on ne peut pas rappeler",
  [req("patient", "telephone")])
D("s7r3d-f10", "fr", DENTAL, "on veut aussi suivre les factures : le montant, la date et si elle est réglée",
  [addk("Facture", ["Factures"], [fld("Montant", "money", [], ["decimal"]), fld("Date", "date"), fld("Réglée", "boolean", ["Payée"])])])
D("s7r3d-f11", "fr", DENTAL, "rends le nom facultatif, certains patients arrivent sans papiers", [req("patient", "nom", False)])
# ---------------- dev: Spanish ----------------
D("s7r3d-s01", "es", FUTBOL, "la posición solo puede ser portero, defensa, centrocampista o delantero",
  [ct("jugador", "posicion", "choice"), opts("jugador", "posicion", ["Portero", "Defensa", "Centrocampista", "Delantero"])])
D("s7r3d-s02", "es", FUTBOL, "el dorsal es un número", [ct("jugador", "dorsal", "integer")])
D("s7r3d-s03", "es", FUTBOL, "añade cadete a las categorías, este año subimos a los mayores",
  [opts("jugador", "categoria", ["Benjamín", "Alevín", "Infantil", "Cadete"])])
D("s7r3d-s04", "es", FUTBOL, "quita benjamín de la categoría, ya no tenemos niños tan pequeños",
  [opts("jugador", "categoria", ["Alevín", "Infantil"])])
D("s7r3d-s05", "es", FUTBOL, "no es tutor, es responsable: a veces viene un abuelo", [rn("jugador", "tutor", "Responsable")])
D("s7r3d-s06", "es", FUTBOL, "la fecha del entrenamiento necesita también la hora", [ct("entrenamiento", "fecha", "datetime")])
D("s7r3d-s07", "es", FUTBOL, "cada entrenamiento es de un equipo; necesitamos una lista de equipos con nombre y categoría",
  [addk("Equipo", ["Equipos"], [fld("Nombre", "text"), fld("Categoría", "choice", [], ["text"])]), rel("entrenamiento", "Equipo")])
D("s7r3d-s08", "es", FUTBOL, "el campo puede quedar vacío, a veces no sabemos dónde entrenamos",
  [req("entrenamiento", "campo", False)])
D("s7r3d-s09", "es", FUTBOL, "sobra lo de la cuota pagada, eso lo lleva el tesorero", [rm("jugador", "pagado")])
# ---------------- dev: German ----------------
D("s7r3d-d01", "de", BACKEREI, "als Kategorien brauchen wir Brot, Brötchen, Kuchen und Snacks",
  [opts("artikel", "kategorie", ["Brot", "Brötchen", "Kuchen", "Snacks"])])
D("s7r3d-d02", "de", BACKEREI, "Torten fehlen noch bei der Kategorie", [opts("artikel", "kategorie", ["Brot", "Brötchen", "Kuchen", "Torten"])])
D("s7r3d-d03", "de", BACKEREI, "der Preis soll ein Betrag in Euro sein", [ct("artikel", "preis", "money", ["decimal"])])
D("s7r3d-d04", "de", BACKEREI, "beim Abholdatum brauchen wir auch die Uhrzeit", [ct("bestellung", "abholdatum", "datetime")])
D("s7r3d-d05", "de", BACKEREI, "jede Bestellung gehört zu einem Kunden", [rel("bestellung", "kunde")])
D("s7r3d-d06", "de", BACKEREI, "das Gewicht bitte als Zahl, in Gramm", [ct("artikel", "gewicht", "integer", ["decimal"])])
D("s7r3d-d07", "de", BACKEREI, "bei uns heißt das nicht Bemerkung, sondern Hinweis", [rn("bestellung", "bemerkung", "Hinweis")])
D("s7r3d-d08", "de", BACKEREI, "die Menge muss immer ausgefüllt sein", [req("bestellung", "menge")])
D("s7r3d-d09", "de", BACKEREI, "bei den Allergenen soll man mehrere auswählen können: Gluten, Milch, Nüsse, Ei",
  [ct("artikel", "allergene", "multi_choice"), opts("artikel", "allergene", ["Gluten", "Milch", "Nüsse", "Ei"])])
D("s7r3d-d10", "de", BACKEREI, "vegan brauchen wir nicht mehr, steht eh auf dem Schild", [rm("artikel", "vegan")])
D("s7r3d-d11", "de", BACKEREI, "Storniert fehlt beim Status", [opts("bestellung", "status", ["Offen", "Fertig", "Abgeholt", "Storniert"])])

# ---------------- dev: longer, chattier ----------------
D("s7r3d-e16", "en", NURSERY, "Quick thing about orders: right now the delivery method is pickup or delivery, but since March we also ship with DPD, so that should be in there as well.",
  [opts("order", "delivery", ["Pickup", "Delivery", "DPD"])])
D("s7r3d-e17", "en", NURSERY, "honestly the species column is a mess because people spell things differently; could it be a dropdown with rose, fern, cactus and herb instead?",
  [ct("plant", "species", "choice"), opts("plant", "species", ["Rose", "Fern", "Cactus", "Herb"])])
D("s7r3d-e18", "en", NURSERY, "order date must always be filled, accounting keeps chasing us about undated orders",
  [req("order", "order_date")])
D("s7r3d-e19", "en", NURSERY, "we keep writing Qty on paper, could the quantity label say Qty too?", [rn("order", "quantity", "Qty")])
D("s7r3d-e20", "en", NURSERY, "The species field is really the Latin name, call it that.", [rn("plant", "species", "Latin name")])
D("s7r3d-f12", "fr", DENTAL, "dans les motifs il manque implant et orthodontie, c'est quand même une bonne partie de notre activité",
  [opts("rdv", "motif", ["Contrôle", "Détartrage", "Urgence", "Implant", "Orthodontie"])])
D("s7r3d-f13", "fr", DENTAL, "Le praticien, on voudrait le choisir dans une liste plutôt que de le taper : Dr Martin, Dr Leroy ou Dr Petit",
  [ct("rdv", "praticien", "choice", ["person"]), opts("rdv", "praticien", ["Dr Martin", "Dr Leroy", "Dr Petit"])])
D("s7r3d-f14", "fr", DENTAL, "pour la durée les assistantes tapent « 30 min », « une demi-heure »… bref, mettez un nombre de minutes",
  [ct("rdv", "duree", "integer", ["decimal"])])
D("s7r3d-s10", "es", FUTBOL, "oye, cada entrenamiento lo dirige uno de nuestros entrenadores, así que haría falta una lista de entrenadores con nombre, teléfono y licencia",
  [addk("Entrenador", ["Entrenadores"], [fld("Nombre", "text"), fld("Teléfono", "phone"), fld("Licencia", "text")]), rel("entrenamiento", "Entrenador")])
D("s7r3d-s11", "es", FUTBOL, "las categorías ahora son: prebenjamín, benjamín, alevín, infantil y cadete",
  [opts("jugador", "categoria", ["Prebenjamín", "Benjamín", "Alevín", "Infantil", "Cadete"])])
D("s7r3d-s12", "es", FUTBOL, "el teléfono del tutor debería ser obligatorio, que el mes pasado hubo una lesión y no pudimos avisar a nadie",
  [req("jugador", "telefono_tutor")])
D("s7r3d-d12", "de", BACKEREI, "Kleine Sache zur Bestellung: der Status sollte nur noch offen, in Arbeit oder abgeholt sein – Fertig verwirrt die Aushilfen",
  [opts("bestellung", "status", ["Offen", "In Arbeit", "Abgeholt"])])
D("s7r3d-d13", "de", BACKEREI, "Die Kunden sollten mit den Bestellungen verknüpft sein, damit wir sehen, wer was bestellt hat",
  [rel("bestellung", "kunde")])
D("s7r3d-d14", "de", BACKEREI, "Die Allergene sind ab sofort Pflicht, das Gesundheitsamt hat schon nachgefragt", [req("artikel", "allergene")])

# ---------------- check: English ----------------
K("s7r3k-e01", "en", MUSEUM, "condition options: excellent, good, fair, poor, damaged",
  [opts("object", "condition", ["Excellent", "Good", "Fair", "Poor", "Damaged"])])
K("s7r3k-e02", "en", MUSEUM, "the year is just a number, make it one", [ct("object", "year", "integer")])
K("s7r3k-e03", "en", MUSEUM, "insured value is money, obviously. in euros", [ct("object", "insured_value", "money", ["decimal"])])
K("s7r3k-e04", "en", MUSEUM, "the lender on each object should come from the lenders list instead of being typed",
  [rel("object", "lender")])
K("s7r3k-e05", "en", MUSEUM, "we say maker, not artist - half of our stuff is furniture", [rn("object", "artist", "Maker")])
K("s7r3k-e06", "en", MUSEUM, "the contact email must always be filled in", [req("lender", "contact_email")])
K("s7r3k-e07", "en", HELPDESK, "get rid of 'urgent' in priority, everyone picks it",
  [opts("ticket", "priority", ["Low", "Normal", "High"])])
K("s7r3k-e08", "en", HELPDESK, "category should be a dropdown: hardware, software, network, access",
  [ct("ticket", "category", "choice"), opts("ticket", "category", ["Hardware", "Software", "Network", "Access"])])
K("s7r3k-e09", "en", HELPDESK, "allow several categories on a ticket, sometimes it's network and access at once",
  [ct("ticket", "category", "multi_choice")])
K("s7r3k-e10", "en", HELPDESK, "opened on needs the time as well, for the SLA", [ct("ticket", "opened", "datetime")])
K("s7r3k-e11", "en", HELPDESK, "the device field on tickets should point to the devices we have", [rel("ticket", "device")])
K("s7r3k-e12", "en", HELPDESK, "we don't need the screenshot thing any more", [rm("ticket", "screenshot")])
# ---------------- check: French ----------------
K("s7r3k-f01", "fr", VELOS, "ajoute « Électrique » aux types de vélo", [opts("location", "type", ["Ville", "VTT", "Électrique"])])
K("s7r3k-f02", "fr", VELOS, "la caution, c'est un montant en euros", [ct("location", "caution", "money", ["decimal"])])
K("s7r3k-f03", "fr", VELOS, "le casque fourni c'est inutile, tout le monde en a un", [rm("location", "casque")])
K("s7r3k-f04", "fr", VELOS, "l'état au retour, ça devrait être une liste : bon, abîmé ou à réparer",
  [ct("location", "etat", "choice"), opts("location", "etat", ["Bon", "Abîmé", "À réparer"])])
K("s7r3k-f05", "fr", VELOS, "le départ doit avoir l'heure aussi", [ct("location", "depart", "datetime")])
K("s7r3k-f06", "fr", VELOS, "en fait « Client » c'est plutôt « Locataire »", [rn("location", "client", "Locataire")])
# ---------------- check: Spanish ----------------
K("s7r3k-s01", "es", BANCO, "los tipos de alimento son seco, fresco, congelado e higiene",
  [opts("donacion", "tipo", ["Seco", "Fresco", "Congelado", "Higiene"])])
K("s7r3k-s02", "es", BANCO, "los kilos tienen que ser un número con decimales", [ct("donacion", "kilos", "decimal")])
K("s7r3k-s03", "es", BANCO, "cada donación la recoge un voluntario; necesitamos una lista de voluntarios con nombre y teléfono",
  [addk("Voluntario", ["Voluntarios"], [fld("Nombre", "text"), fld("Teléfono", "phone")]), rel("donacion", "Voluntario")])
K("s7r3k-s04", "es", BANCO, "el donante puede dejarse en blanco, hay donaciones anónimas", [req("donacion", "donante", False)])
K("s7r3k-s05", "es", BANCO, "el barrio es obligatorio, repartimos por zonas", [req("familia", "barrio")])
K("s7r3k-s06", "es", BANCO, "los miembros es una cantidad, que sea un número", [ct("familia", "miembros", "integer")])
# ---------------- check: German ----------------
K("s7r3k-d01", "de", HAUS, "bei der Dringlichkeit fehlt Notfall", [opts("schaden", "dringlichkeit", ["Niedrig", "Mittel", "Hoch", "Notfall"])])
K("s7r3k-d02", "de", HAUS, "die Fläche bitte als Zahl mit Komma", [ct("wohnung", "flaeche", "decimal")])
K("s7r3k-d03", "de", HAUS, "jede Schadensmeldung betrifft eine Wohnung", [rel("schaden", "wohnung")])
K("s7r3k-d04", "de", HAUS, "das Foto soll man hochladen können", [ct("schaden", "foto", "file")])
K("s7r3k-d05", "de", HAUS, "wir sagen Dienstleister, nicht Handwerker", [rn("schaden", "handwerker", "Dienstleister")])
K("s7r3k-d06", "de", HAUS, "den Balkon können wir streichen", [rm("wohnung", "balkon")])
K("s7r3k-d07", "de", HAUS, "wir brauchen auch Mieter als eigene Liste mit Name, Telefon und Einzugsdatum",
  [addk("Mieter", [], [fld("Name", "text"), fld("Telefon", "phone"), fld("Einzugsdatum", "date")]), rel("wohnung", "Mieter")])

if __name__ == "__main__":
    for name, rows in (("s7-r3-dev-refine.jsonl", dev), ("s7-r3-check-refine.jsonl", check)):
        with open(name, "w", encoding="utf-8") as out:
            for c in rows:
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
        print(name, len(rows), "cases")
