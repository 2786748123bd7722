"""Probe set S6-R3: edits that change an EXISTING field, said the way people chat (lower case, typos,
asides), in English, French, Spanish and German: choice values said without a list cue or as news
("people pick from morning, afternoon or night", "we now also have a 'laundry' station"), one value
added vs all replaced; the field named approximately ("the date one", "that status thing", by its
label in quotes, by a synonym, by its values); a type said by what people type or pick ("a tick box",
"always a whole number", "they paste a link", "we attach the scan"); renames ("we say Y, not X",
"X is really called Y here", "label it Y"); required ("can't be empty", "nobody should skip it");
removals said by uselessness. Written by session 6 helper R3 in its own words and on its own domains
(volunteer shifts, supplier invoices, a bike repair shop, a school canteen, a sports club, a car
workshop, a company car pool) BEFORE changing the refiner.
Run from this folder: python3 make_s6_r3_fieldedits.py -> s6-r3-fieldedits-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, rm, rme, rn, req, opts


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


SHIFTS = spec("Volunteer shifts", [
    ent("shift", "Shift", "Shifts", [
        f("volunteer", "Volunteer", "text", required=True), f("slot", "Time slot", "text"), f("date", "Date", "date"),
        f("station", "Station", "choice", options=["Kitchen", "Front desk", "Warehouse"]), f("hours", "Hours", "text"),
        f("notes", "Notes", "long_text"), f("confirmed", "Confirmed", "boolean")])])
INVOICES = spec("Supplier invoices", [
    ent("invoice", "Invoice", "Invoices", [
        f("number", "Invoice number", "text", required=True), f("supplier", "Supplier", "text"),
        f("amount", "Amount", "money"), f("due_date", "Due date", "date"),
        f("payment", "Payment status", "choice", options=["Paid", "Pending"]),
        f("website", "Supplier website", "text"), f("copy", "Invoice copy", "text"),
        f("cost_centre", "Cost centre", "text")])])
BIKES = spec("Bike repairs", [
    ent("repair", "Repair", "Repairs", [
        f("ticket", "Ticket no", "text", required=True), f("customer", "Customer", "text"),
        f("bike_model", "Bike model", "text"), f("received_on", "Received on", "date"),
        f("parts_cost", "Parts cost", "text"), f("status", "Status", "choice", options=["Waiting", "In repair", "Ready"]),
        f("mechanic", "Mechanic", "person"),
        f("quote_ok", "Quote approved by customer", "choice", options=["Yes", "No", "Not asked"])]),
    ent("parts_supplier", "Parts supplier", "Parts suppliers", [
        f("name", "Name", "text", required=True), f("phone", "Phone", "phone")])])
CANTINE = spec("Cantine scolaire", [
    ent("repas", "Repas", "Repas", [
        f("plat", "Plat", "text", required=True), f("date", "Date", "date"),
        f("service", "Service", "choice", options=["Midi", "Soir"]), f("nb_couverts", "Nombre de couverts", "text"),
        f("allergenes", "Allergènes", "text"), f("chef", "Chef", "text"), f("photo", "Photo", "text"),
        f("remarque", "Remarque", "text")]),
    ent("fournisseur", "Fournisseur", "Fournisseurs", [
        f("nom", "Nom", "text", required=True), f("telephone", "Téléphone", "phone")])])
CLUB = spec("Club de sport", [
    ent("membre", "Membre", "Membres", [
        f("nom", "Nom", "text", required=True), f("email", "E-mail", "email"), f("naissance", "Date de naissance", "date"),
        f("cotisation", "Cotisation payée", "choice", options=["Oui", "Non"]),
        f("niveau", "Niveau", "choice", options=["Débutant", "Confirmé"]), f("certificat", "Certificat médical", "text")])])
TALLER = spec("Taller mecánico", [
    ent("orden", "Orden de trabajo", "Órdenes de trabajo", [
        f("matricula", "Matrícula", "text", required=True), f("cliente", "Cliente", "text"),
        f("fecha_entrada", "Fecha de entrada", "date"), f("km", "Kilómetros", "text"),
        f("estado", "Estado", "choice", options=["Pendiente", "En curso", "Terminado"]),
        f("mecanico", "Mecánico", "text"), f("presupuesto", "Presupuesto", "text"), f("fotos", "Fotos", "text"),
        f("observaciones", "Observaciones", "long_text")]),
    ent("proveedor", "Proveedor", "Proveedores", [
        f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone")])])
FUHRPARK = spec("Fuhrpark", [
    ent("fahrt", "Fahrt", "Fahrten", [
        f("kennzeichen", "Kennzeichen", "text", required=True), f("fahrer", "Fahrer", "text"), f("datum", "Datum", "date"),
        f("km_stand", "Kilometerstand", "text"), f("zweck", "Zweck", "choice", options=["Dienstfahrt", "Werkstatt"]),
        f("tankbeleg", "Tankbeleg", "text"), f("bemerkung", "Bemerkung", "long_text"),
        f("vollgetankt", "Vollgetankt zurückgegeben", "choice", options=["Ja", "Nein"])]),
    ent("tankstelle", "Tankstelle", "Tankstellen", [
        f("name", "Name", "text", required=True), f("ort", "Ort", "text")])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English ----------
C("s6r3e01", "en", SHIFTS, "ok so for the time slot people pick from morning, afternoon or night, its not really free text",
  [ct("shift", "slot", "choice"), opts("shift", "slot", ["Morning", "Afternoon", "Night"])])
C("s6r3e02", "en", SHIFTS, "hours is always a whole number btw, nobody does half shifts here",
  [ct("shift", "hours", "integer")])
C("s6r3e03", "en", SHIFTS, "quick one - we now also have a 'Laundry' station since the new building opened",
  [opts("shift", "station", ["Kitchen", "Front desk", "Warehouse", "Laundry"])])
C("s6r3e04", "en", SHIFTS, "the station list is a bit short. we run a garden team since spring. and a laundry too",
  [opts("shift", "station", ["Kitchen", "Front desk", "Warehouse", "Garden", "Laundry"])])
C("s6r3e05", "en", SHIFTS, "the date one can't be empty, otherwise the rota is useless",
  [req("shift", "date")])
C("s6r3e06", "en", INVOICES, "payment status - it's either paid, pending or written off, nothing else",
  [opts("invoice", "payment", ["Paid", "Pending", "Written off"])])
C("s6r3e07", "en", INVOICES, "we say vendor here, not supplier. can you change that",
  [rn("invoice", "supplier", "Vendor")])
C("s6r3e08", "en", INVOICES, "for the supplier website people just paste a link there, so it should be a proper link",
  [ct("invoice", "website", "url")])
C("s6r3e09", "en", INVOICES, "we attach the scan of the paper invoice in 'Invoice copy', so that box has to take a file",
  [ct("invoice", "copy", "file")])
C("s6r3e10", "en", INVOICES, "nobody should be able to skip the cost centre, accounts bounce those back every time",
  [req("invoice", "cost_centre")])
C("s6r3e11", "en", BIKES, "'Received on' is really called drop-off date in the shop",
  [rn("repair", "received_on", "Drop-off date", ["Drop off date", "Drop-off"])])
C("s6r3e12", "en", BIKES, "parts cost should be an amount in euros with cents, at the moment ppl type anything in it",
  [ct("repair", "parts_cost", "money", ["decimal"])])
C("s6r3e13", "en", BIKES, "that status thing needs 'waiting for parts' too, half the bikes are stuck on that",
  [opts("repair", "status", ["Waiting", "In repair", "Ready", "Waiting for parts"])])
C("s6r3e14", "en", BIKES, "nobody ever looks at the parts suppliers we set up, you can ditch that whole list",
  [rme("parts_supplier")])
C("s6r3e15", "en", BIKES, "the bike model is pointless, we write it on the ticket anyway - get rid of it",
  [rm("repair", "bike_model")])
C("s6r3e16", "en", BIKES, "did the customer approve the quote - that should just be a tick box, the 'not asked' option confuses everyone",
  [ct("repair", "quote_ok", "boolean")])
C("s6r3e17", "en", BIKES, "could you label the mechanic as technician? thats what we call them",
  [rn("repair", "mechanic", "Technician")])
# ---------- French ----------
C("s6r3f01", "fr", CANTINE, "pour les allergènes on coche plusieurs cases parmi gluten, lait, oeufs et arachides",
  [ct("repas", "allergenes", "multi_choice"), opts("repas", "allergenes", ["Gluten", "Lait", "Oeufs", "Arachides"])])
C("s6r3f02", "fr", CANTINE, "le nombre de couverts c'est toujours un nombre entier hein, pas du texte",
  [ct("repas", "nb_couverts", "integer")])
C("s6r3f03", "fr", CANTINE, "on a maintenant aussi un service « Goûter » pour le périscolaire",
  [opts("repas", "service", ["Midi", "Soir", "Goûter"])])
C("s6r3f04", "fr", CANTINE, "chez nous on dit cuisinier, pas chef", [rn("repas", "chef", "Cuisinier")])
C("s6r3f05", "fr", CANTINE, "la date ne doit jamais rester vide svp, sinon on s'y retrouve plus",
  [req("repas", "date")])
C("s6r3f06", "fr", CANTINE, "pour la photo on joint directement le fichier, c'est pas un texte",
  [ct("repas", "photo", "file")])
C("s6r3f07", "fr", CANTINE, "la liste des fournisseurs ne sert à rien, on peut la virer",
  [rme("fournisseur")])
C("s6r3f08", "fr", CLUB, "la cotisation payée, ça devrait être une simple case à cocher",
  [ct("membre", "cotisation", "boolean")])
C("s6r3f09", "fr", CLUB, "pour le niveau il y a aussi intermédiaire et compétition maintenant",
  [opts("membre", "niveau", ["Débutant", "Confirmé", "Intermédiaire", "Compétition"])])
C("s6r3f10", "fr", CLUB, "le certificat médical, les membres nous envoient le scan, il faut pouvoir le joindre",
  [ct("membre", "certificat", "file")])
C("s6r3f11", "fr", CLUB, "personne ne doit pouvoir oublier l'e-mail, c'est comme ça qu'on envoie les convocations",
  [req("membre", "email")])
# ---------- Spanish ----------
C("s6r3s01", "es", TALLER, "el estado puede ser pendiente, en curso, esperando piezas o terminado",
  [opts("orden", "estado", ["Pendiente", "En curso", "Esperando piezas", "Terminado"])])
C("s6r3s02", "es", TALLER, "los kilómetros son siempre un número entero, sin decimales",
  [ct("orden", "km", "integer")])
C("s6r3s03", "es", TALLER, "el presupuesto es dinero, en euros, que ahora cada uno lo escribe como quiere",
  [ct("orden", "presupuesto", "money", ["decimal"])])
C("s6r3s04", "es", TALLER, "aquí lo llamamos técnico, no mecánico", [rn("orden", "mecanico", "Técnico")])
C("s6r3s05", "es", TALLER, "el cliente no puede quedar vacío nunca, que luego no sabemos a quién llamar",
  [req("orden", "cliente")])
C("s6r3s06", "es", TALLER, "la tabla de proveedores no sirve para nada, fuera",
  [rme("proveedor")])
C("s6r3s07", "es", TALLER, "las fotos las subimos como archivo desde el móvil",
  [ct("orden", "fotos", "file")])
C("s6r3s08", "es", TALLER, "el mecánico se tendría que elegir de una lista: juan, pedro o luis, que son los que hay",
  [ct("orden", "mecanico", "choice", ["person"]), opts("orden", "mecanico", ["Juan", "Pedro", "Luis"])])
C("s6r3s09", "es", TALLER, "ahora también tenemos el estado 'Cancelado', para los que no vuelven",
  [opts("orden", "estado", ["Pendiente", "En curso", "Terminado", "Cancelado"])])
# ---------- German ----------
C("s6r3d01", "de", FUHRPARK, "beim Zweck gibts jetzt auch noch Schulung", [opts("fahrt", "zweck", ["Dienstfahrt", "Werkstatt", "Schulung"])])
C("s6r3d02", "de", FUHRPARK, "der Kilometerstand ist immer eine ganze Zahl, bitte kein Text",
  [ct("fahrt", "km_stand", "integer")])
C("s6r3d03", "de", FUHRPARK, "den Tankbeleg scannen wir ein und hängen ihn an, das soll eine Datei sein",
  [ct("fahrt", "tankbeleg", "file")])
C("s6r3d04", "de", FUHRPARK, "bei uns heißt das nicht Fahrer, sondern Nutzer", [rn("fahrt", "fahrer", "Nutzer")])
C("s6r3d05", "de", FUHRPARK, "das Datum darf nie leer bleiben, sonst stimmt das Fahrtenbuch nicht",
  [req("fahrt", "datum")])
C("s6r3d06", "de", FUHRPARK, "die Tankstellen braucht kein Mensch, bitte die ganze Liste löschen",
  [rme("tankstelle")])
C("s6r3d07", "de", FUHRPARK, "der Fahrer soll aus einer Liste gewählt werden: Müller, Schmidt oder Weber",
  [ct("fahrt", "fahrer", "choice", ["person"]), opts("fahrt", "fahrer", ["Müller", "Schmidt", "Weber"])])
C("s6r3d08", "de", FUHRPARK, "ob vollgetankt zurückgegeben wurde reicht als Häkchen, ja/nein als Auswahl ist umständlich",
  [ct("fahrt", "vollgetankt", "boolean")])
C("s6r3d09", "de", FUHRPARK, "beim Zweck soll man mehrere ankreuzen können, oft ist es Werkstatt und Dienstfahrt zugleich",
  [ct("fahrt", "zweck", "multi_choice")])

if __name__ == "__main__":
    with open("s6-r3-fieldedits-refine.jsonl", "w", encoding="utf-8") as out:
        for c in cases:
            out.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases), "cases")
