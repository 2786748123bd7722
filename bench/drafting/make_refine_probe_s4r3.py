"""Probe set S4-R3: structural edits said in chatty messages (session 4, helper R3): a new record
kind with its fields, a link between two kinds, a new kind linked to an existing one, a kind
removed, and the link direction (the reference goes on the "many" side); English, French, Spanish
and German, domains of our own. Written before reading how the engine handles these phrasings.
Run from this folder: python3 make_refine_probe_s4r3.py -> refine-probe-s4r3.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rel, addk

# ---------- English specs ----------
WORKSHOP = spec("Workshop", [
    ent("machine", "Machine", "Machines", [f("name", "Name", "text", required=True), f("serial", "Serial number", "text"),
                                         f("location", "Location", "text"),
                                         f("status", "Status", "choice", options=["Running", "Down", "Retired"])]),
    ent("department", "Department", "Departments", [f("name", "Name", "text", required=True), f("head", "Head", "person")])])
ROOMS = spec("Room bookings", [
    ent("room", "Room", "Rooms", [f("name", "Name", "text", required=True), f("capacity", "Capacity", "integer"),
                                  f("floor", "Floor", "text")]),
    ent("booking", "Booking", "Bookings", [f("title", "Title", "text", required=True), f("starts", "Starts", "datetime"),
                                           f("ends", "Ends", "datetime"), f("booked_by", "Booked by", "person")])])
LAB = spec("Lab instruments", [
    ent("instrument", "Instrument", "Instruments", [f("name", "Name", "text", required=True), f("serial", "Serial number", "text")]),
    ent("calibration", "Calibration", "Calibrations", [f("date", "Date", "date", required=True), f("result", "Result", "choice",
                                                       options=["Pass", "Fail"]), f("done_by", "Done by", "person")])])
SHOP = spec("Parts", [
    ent("part", "Part", "Parts", [f("name", "Name", "text", required=True), f("sku", "SKU", "text", unique=True),
                                  f("price", "Price", "money"), f("stock", "Stock", "integer")]),
    ent("supplier", "Supplier", "Suppliers", [f("name", "Name", "text", required=True), f("email", "Email", "email")]),
    ent("category", "Category", "Categories", [f("name", "Name", "text", required=True)])])
FLEET = spec("Fleet", [
    ent("vehicle", "Vehicle", "Vehicles", [f("plate", "Plate", "text", required=True), f("make", "Make", "text"),
                                           f("mileage", "Mileage", "integer")])])
TIME = spec("Timesheets", [
    ent("entry", "Timesheet entry", "Timesheet entries", [f("date", "Date", "date", required=True), f("hours", "Hours", "decimal"),
                                                          f("who", "Employee", "person"), f("notes", "Notes", "long_text")])])
HELP = spec("Helpdesk", [
    ent("ticket", "Ticket", "Tickets", [f("subject", "Subject", "text", required=True), f("opened", "Opened on", "date"),
                                        f("priority", "Priority", "choice", options=["Low", "High"])]),
    ent("site", "Site", "Sites", [f("name", "Name", "text", required=True), f("address", "Address", "text")])])

# ---------- French specs ----------
SALLES = spec("Salles", [
    ent("salle", "Salle", "Salles", [f("nom", "Nom", "text", required=True), f("capacite", "Capacité", "integer")]),
    ent("reservation", "Réservation", "Réservations", [f("objet", "Objet", "text", required=True), f("debut", "Début", "datetime"),
                                                     f("fin", "Fin", "datetime")])])
ATELIER = spec("Atelier", [
    ent("machine", "Machine", "Machines", [f("nom", "Nom", "text", required=True), f("numero", "Numéro de série", "text"),
                                         f("atelier", "Atelier", "text")]),
    ent("categorie", "Catégorie", "Catégories", [f("nom", "Nom", "text", required=True)])])
FORMATION = spec("Formations", [
    ent("session", "Session", "Sessions", [f("titre", "Titre", "text", required=True), f("date", "Date", "date"),
                                           f("lieu", "Lieu", "text")]),
    ent("participant", "Participant", "Participants", [f("nom", "Nom", "text", required=True), f("email", "E-mail", "email")])])
LABO = spec("Laboratoire", [
    ent("instrument", "Instrument", "Instruments", [f("nom", "Nom", "text", required=True)]),
    ent("etalonnage", "Étalonnage", "Étalonnages", [f("date", "Date", "date", required=True), f("conforme", "Conforme", "boolean")])])

# ---------- Spanish specs ----------
VETE = spec("Veterinaria", [
    ent("cliente", "Cliente", "Clientes", [f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone")]),
    ent("mascota", "Mascota", "Mascotas", [f("nombre", "Nombre", "text", required=True), f("especie", "Especie", "choice",
                                                                                         options=["Perro", "Gato", "Otro"])]),
    ent("visita", "Visita", "Visitas", [f("fecha", "Fecha", "date", required=True), f("motivo", "Motivo", "long_text")])])
PLANTA = spec("Planta", [
    ent("maquina", "Máquina", "Máquinas", [f("nombre", "Nombre", "text", required=True), f("modelo", "Modelo", "text")]),
    ent("almacen", "Almacén", "Almacenes", [f("nombre", "Nombre", "text", required=True), f("ciudad", "Ciudad", "text")])])
TIENDA = spec("Pedidos", [
    ent("cliente", "Cliente", "Clientes", [f("nombre", "Nombre", "text", required=True), f("correo", "Correo", "email")]),
    ent("pedido", "Pedido", "Pedidos", [f("numero", "Número", "text", required=True), f("fecha", "Fecha", "date"),
                                        f("total", "Total", "money")])])

# ---------- German specs ----------
RAUM = spec("Raumbuchung", [
    ent("raum", "Raum", "Räume", [f("name", "Name", "text", required=True), f("plaetze", "Plätze", "integer")]),
    ent("buchung", "Buchung", "Buchungen", [f("titel", "Titel", "text", required=True), f("beginn", "Beginn", "datetime"),
                                            f("ende", "Ende", "datetime")])])
WERK = spec("Werkstatt", [
    ent("maschine", "Maschine", "Maschinen", [f("name", "Name", "text", required=True), f("seriennummer", "Seriennummer", "text")]),
    ent("abteilung", "Abteilung", "Abteilungen", [f("name", "Name", "text", required=True)])])
MESS = spec("Messgeräte", [
    ent("messgeraet", "Messgerät", "Messgeräte", [f("bezeichnung", "Bezeichnung", "text", required=True)]),
    ent("kalibrierung", "Kalibrierung", "Kalibrierungen", [f("datum", "Datum", "date", required=True),
                                                          f("ergebnis", "Ergebnis", "text")])])
FUHR = spec("Fuhrpark", [
    ent("fahrer", "Fahrer", "Fahrer", [f("name", "Name", "text", required=True), f("fuehrerschein", "Führerscheinklasse", "text")]),
    ent("standort", "Standort", "Standorte", [f("name", "Name", "text", required=True), f("adresse", "Adresse", "text")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ----- English -----
C("s3e01", "en", SHOP, "Oh and we also need a list of warehouses - name, city and whether they're bonded.",
  [addk("Warehouse", [], [fld("name", "text"), fld("city", "text"), fld("bonded", "boolean")])])
C("s3e02", "en", ROOMS, "Right now bookings float around on their own. Each booking should be tied to a room.",
  [rel("booking", "room")])
C("s3e03", "en", WORKSHOP, "Each machine can have several maintenance visits, with date, technician and notes.",
  [addk("Maintenance visit", ["Maintenance", "Visit"], [fld("date", "date", alt=["datetime"]), fld("technician", "person", alt=["text"]),
                                                      fld("notes", "long_text", alt=["text"])]),
   rel("Maintenance visit", "machine")])
C("s3e04", "en", LAB, "Quick one: every calibration belongs to one instrument.", [rel("calibration", "instrument")])
C("s3e05", "en", ROOMS, "A room obviously gets lots of bookings, so can you link the two?", [rel("booking", "room")])
C("s3e06", "en", WORKSHOP, "We reorganised and don't track departments any more, so that whole table can go.",
  [rme("department")])
C("s3e07", "en", SHOP, "Categories turned out to be useless - please get rid of them.", [rme("category")])
C("s3e08", "en", FLEET, "We'd like to record inspections for each vehicle too: the date, the inspector, whether it passed and any remarks.",
  [addk("Inspection", [], [fld("date", "date", alt=["datetime"]), fld("inspector", "person", alt=["text"]),
                           fld("passed", "boolean"), fld("remarks", "long_text", alt=["text"])]),
   rel("Inspection", "vehicle")])
C("s3e09", "en", SHOP, "One supplier usually supplies many parts, so hook parts up to their supplier.", [rel("part", "supplier")])
C("s3e10", "en", HELP, "Tickets always come from a specific site, so link every ticket to its site please.", [rel("ticket", "site")])
C("s3e11", "en", TIME, "Could we add projects, with a code, a name and a budget? Every timesheet entry is for one project.",
  [addk("Project", [], [fld("code", "text"), fld("name", "text"), fld("budget", "money", alt=["decimal"])]),
   rel("entry", "Project")])
C("s3e12", "en", FLEET, "We also want to keep the drivers in here - their name, licence number and phone - and each vehicle has one regular driver.",
  [addk("Driver", [], [fld("name", "text"), fld("licence number", "text", aliases=["license number", "licence"]),
                       fld("phone", "phone")]),
   rel("vehicle", "Driver")])
C("s3e13", "en", HELP, "Hmm, thinking about it we'll need a separate table for engineers: name, email, and their speciality.",
  [addk("Engineer", [], [fld("name", "text"), fld("email", "email"), fld("speciality", "text", aliases=["specialty"], alt=["choice"])])])
C("s3e14", "en", SHOP, "Let's drop the suppliers list, we only buy from one place now.", [rme("supplier")])

# ----- French -----
C("s3f01", "fr", ATELIER, "On a aussi besoin de suivre les fournisseurs : nom, e-mail de contact et s'ils sont agréés.",
  [addk("Fournisseur", [], [fld("nom", "text"), fld("e-mail de contact", "email", aliases=["email", "e-mail"]), fld("agréé", "boolean")])])
C("s3f02", "fr", SALLES, "Chaque réservation doit être liée à une salle.", [rel("reservation", "salle")])
C("s3f03", "fr", SALLES, "Une salle peut avoir plusieurs réservations, il faudrait les relier.", [rel("reservation", "salle")])
C("s3f04", "fr", ATELIER, "Pour chaque machine on fait plusieurs visites d'entretien, avec la date, le technicien et des remarques.",
  [addk("Visite d'entretien", ["Visite", "Entretien"], [fld("date", "date", alt=["datetime"]), fld("technicien", "person", alt=["text"]),
                                                         fld("remarques", "long_text", alt=["text"])]),
   rel("Visite d'entretien", "machine")])
C("s3f05", "fr", ATELIER, "Bon, les catégories ne servent à rien, vous pouvez supprimer cette liste.", [rme("categorie")])
C("s3f06", "fr", LABO, "Chaque étalonnage concerne un seul instrument.", [rel("etalonnage", "instrument")])
C("s3f07", "fr", FORMATION, "Il faudrait aussi une liste des formateurs avec leur nom, leur téléphone et leur spécialité.",
  [addk("Formateur", [], [fld("nom", "text"), fld("téléphone", "phone"), fld("spécialité", "text", alt=["choice"])])])
C("s3f08", "fr", FORMATION, "Les participants s'inscrivent à une session précise, donc chaque participant doit être rattaché à une session.",
  [rel("participant", "session")])
C("s3f09", "fr", LABO, "On voudrait aussi enregistrer les pannes de chaque instrument : date, description et coût de la réparation.",
  [addk("Panne", [], [fld("date", "date", alt=["datetime"]), fld("description", "long_text", alt=["text"]),
                      fld("coût de la réparation", "money", aliases=["coût"], alt=["decimal"])]),
   rel("Panne", "instrument")])

# ----- Spanish -----
C("s3s01", "es", VETE, "Cada visita es de una mascota.", [rel("visita", "mascota")])
C("s3s02", "es", PLANTA, "También necesitamos llevar los proveedores: nombre, correo de contacto y si están homologados.",
  [addk("Proveedor", [], [fld("nombre", "text"), fld("correo de contacto", "email", aliases=["correo"]), fld("homologado", "boolean")])])
C("s3s03", "es", VETE, "Oye, un cliente puede tener varias mascotas, así que cada mascota debería pertenecer a un cliente.",
  [rel("mascota", "cliente")])
C("s3s04", "es", PLANTA, "Cada máquina tiene varias revisiones, con fecha, técnico y observaciones.",
  [addk("Revisión", ["Revision"], [fld("fecha", "date", alt=["datetime"]), fld("técnico", "person", alt=["text"]),
                                   fld("observaciones", "long_text", alt=["text"])]),
   rel("Revisión", "maquina")])
C("s3s05", "es", PLANTA, "Ya no usamos la tabla de almacenes, bórrala por favor.", [rme("almacen")])
C("s3s06", "es", TIENDA, "¿Podemos añadir los repartidores? Solo nombre, teléfono y zona.",
  [addk("Repartidor", [], [fld("nombre", "text"), fld("teléfono", "phone"), fld("zona", "text", alt=["choice"])])])
C("s3s07", "es", TIENDA, "Cada pedido va asociado a un cliente, que ahora mismo no aparece.", [rel("pedido", "cliente")])
C("s3s08", "es", VETE, "Queremos registrar también las vacunas de cada mascota: fecha, vacuna y próxima dosis.",
  [addk("Vacuna", [], [fld("fecha", "date"), fld("vacuna", "text"), fld("próxima dosis", "date", aliases=["proxima dosis"])]),
   rel("Vacuna", "mascota")])

# ----- German -----
C("s3d01", "de", RAUM, "Jede Buchung gehört zu einem Raum.", [rel("buchung", "raum")])
C("s3d02", "de", WERK, "Wir brauchen noch eine Liste der Lieferanten – Name, Kontakt-E-Mail und ob sie freigegeben sind.",
  [addk("Lieferant", [], [fld("name", "text"), fld("kontakt-e-mail", "email", aliases=["e-mail", "email"]),
                          fld("freigegeben", "boolean")])])
C("s3d03", "de", RAUM, "Ein Raum kann ja viele Buchungen haben, bitte verknüpft das.", [rel("buchung", "raum")])
C("s3d04", "de", WERK, "Für jede Maschine gibt es mehrere Wartungen, jeweils mit Datum, Techniker und Bemerkungen.",
  [addk("Wartung", [], [fld("datum", "date", alt=["datetime"]), fld("techniker", "person", alt=["text"]),
                        fld("bemerkungen", "long_text", alt=["text"])]),
   rel("Wartung", "maschine")])
C("s3d05", "de", WERK, "Die Abteilungen brauchen wir nicht mehr, die Tabelle kann weg.", [rme("abteilung")])
C("s3d06", "de", MESS, "Jede Kalibrierung bezieht sich auf genau ein Messgerät.", [rel("kalibrierung", "messgeraet")])
C("s3d07", "de", FUHR, "Könnt ihr noch die Fahrzeuge aufnehmen? Kennzeichen, Marke und Kilometerstand.",
  [addk("Fahrzeug", [], [fld("kennzeichen", "text"), fld("marke", "text"), fld("kilometerstand", "integer", alt=["decimal"])])])
C("s3d08", "de", FUHR, "Jeder Fahrer ist einem Standort fest zugeordnet.", [rel("fahrer", "standort")])
C("s3d09", "de", MESS, "Wir wollen außerdem die Reparaturen pro Messgerät erfassen: Datum, Firma und Kosten.",
  [addk("Reparatur", [], [fld("datum", "date"), fld("firma", "text"), fld("kosten", "money", alt=["decimal"])]),
   rel("Reparatur", "messgeraet")])

if __name__ == "__main__":
    with open("refine-probe-s4r3.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))
