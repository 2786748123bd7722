"""Probe set B2: a second batch of chat edits, written after the engine was tuned on probe RB, to
check that the fixes carry to phrasings nobody tuned for. Same areas as make_refine_probe_rb.py.
Run from this folder: python3 make_refine_probe_rb2.py  ->  refine-probe-rb2.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

ASSET = spec("IT assets", [
    ent("laptop", "Laptop", "Laptops", [
        f("asset_tag", "Asset tag", "text", required=True, unique=True), f("model", "Model", "text"),
        f("os", "Operating system", "choice", options=["Windows", "macOS", "Linux"]),
        f("purchased_on", "Purchased on", "date"), f("warranty_end", "Warranty end", "date"),
        f("assigned_to", "Assigned to", "person"), f("notes", "Notes", "long_text")]),
    ent("repair", "Repair", "Repairs", [
        ref("laptop", "Laptop", "laptop", required=True), f("reported_on", "Reported on", "date"),
        f("issue", "Issue", "long_text"), f("vendor", "Vendor", "text"), f("cost", "Cost", "money"),
        f("status", "Status", "choice", options=["Open", "Sent away", "Fixed"])])])
SAFETY = spec("Safety incidents", [ent("incident", "Incident", "Incidents", [
    f("occurred_at", "Occurred at", "datetime", required=True), f("site", "Site", "text"),
    f("reported_by", "Reported by", "person"), f("severity", "Severity", "choice", options=["Minor", "Major", "Critical"]),
    f("injury", "Injury", "boolean"), f("description", "Description", "long_text"),
    f("witness", "Witness", "text"), f("photos", "Photos", "file")])])
CATER = spec("Catering orders", [ent("order", "Order", "Orders", [
    f("client", "Client", "text", required=True), f("event_date", "Event date", "date", required=True),
    f("guests", "Number of guests", "integer"), f("menu", "Menu", "choice", options=["Buffet", "Seated", "Canapés"]),
    f("extras", "Extras", "multi_choice", options=["Drinks", "Staff", "Cake"]), f("deposit", "Deposit", "money"),
    f("paid", "Paid", "boolean")])])
ATELIER = spec("Atelier", [
    ent("commande", "Commande", "Commandes", [
        f("client", "Client", "text", required=True), f("date_commande", "Date de commande", "date"),
        f("produit", "Produit", "text"), f("quantite", "Quantité", "integer"), f("prix", "Prix", "money"),
        f("etat", "État", "choice", options=["Reçue", "En fabrication", "Expédiée"]),
        f("remarque", "Remarque", "long_text")])])
FORMATION = spec("Formations", [
    ent("session", "Session", "Sessions", [
        f("intitule", "Intitulé", "text", required=True), f("date", "Date", "date"), f("formateur", "Formateur", "text"),
        f("lieu", "Lieu", "text"), f("places", "Places", "integer"),
        f("niveau", "Niveau", "choice", options=["Débutant", "Intermédiaire", "Avancé"])]),
    ent("inscription", "Inscription", "Inscriptions", [
        ref("session", "Session", "session", required=True), f("participant", "Participant", "person", required=True),
        f("present", "Présent", "boolean"), f("note", "Note de satisfaction", "integer")])])
TALLER = spec("Taller", [
    ent("reparacion", "Reparación", "Reparaciones", [
        f("cliente", "Cliente", "text", required=True), f("telefono", "Teléfono", "phone"),
        f("aparato", "Aparato", "text"), f("averia", "Avería", "long_text"), f("presupuesto", "Presupuesto", "money"),
        f("estado", "Estado", "choice", options=["Recibido", "En reparación", "Listo", "Entregado"]),
        f("garantia", "Garantía", "boolean"), f("fecha_entrada", "Fecha de entrada", "date")])])
EVENTOS = spec("Eventos", [
    ent("evento", "Evento", "Eventos", [
        f("nombre", "Nombre", "text", required=True), f("fecha", "Fecha", "date"), f("lugar", "Lugar", "text"),
        f("tipo", "Tipo", "choice", options=["Charla", "Taller", "Feria"]), f("aforo", "Aforo", "integer")])])
LAGER = spec("Lager", [
    ent("artikel", "Artikel", "Artikel", [
        f("artikelnummer", "Artikelnummer", "text", required=True, unique=True), f("bezeichnung", "Bezeichnung", "text"),
        f("kategorie", "Kategorie", "choice", options=["Werkzeug", "Material", "Ersatzteil"]),
        f("bestand", "Bestand", "integer"), f("mindestbestand", "Mindestbestand", "integer"), f("lagerort", "Lagerort", "text"),
        f("einkaufspreis", "Einkaufspreis", "money")])])
SCHICHT = spec("Schichtplan", [
    ent("schicht", "Schicht", "Schichten", [
        f("datum", "Datum", "date", required=True), f("mitarbeiter", "Mitarbeiter", "person", required=True),
        f("art", "Art", "choice", options=["Früh", "Spät", "Nacht"]), f("stunden", "Stunden", "decimal"),
        f("kommentar", "Kommentar", "long_text")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("qb01", "en", ASSET, "The notes field can go, nobody reads it.", [rm("laptop", "notes")])
C("qb02", "en", ASSET, "We don't send laptops away for repair anymore, so remove 'Sent away' from the repair statuses",
  [opts("repair", "status", ["Open", "Fixed"])])
C("qb03", "en", ASSET, "please call the Issue field 'Problem description'", [rn("repair", "issue", "Problem description")])
C("qb04", "en", ASSET, "Warranty end needs to be mandatory from now on", [req("laptop", "warranty_end")])
C("qb05", "en", ASSET, "add ChromeOS to the operating systems", [opts("laptop", "os", ["Windows", "macOS", "Linux", "ChromeOS"])])
C("qb06", "en", ASSET, "Vendors should be a separate list with company name and phone, and every repair is done by one vendor",
  [addk("Vendor", ["Vendors", "Repair vendor"], [fld("company name", "text", ["name"]), fld("phone", "phone")]), rel("repair", "Vendor")])
C("qb07", "en", SAFETY, "Witness isn't needed, and severity should be Low, Medium or High instead",
  [rm("incident", "witness"), opts("incident", "severity", ["Low", "Medium", "High"])])
C("qb08", "en", SAFETY, "site has to be filled in every time", [req("incident", "site")])
C("qb09", "en", SAFETY, "Rename 'Occurred at' to \"Date and time\"", [rn("incident", "occurred_at", "Date and time")])
C("qb10", "en", SAFETY, "I'd like a list of departments with a name and a manager, and each incident should be tied to a department",
  [addk("Department", ["Departments"], [fld("name", "text"), fld("manager", "person", [], ["text"])]), rel("incident", "Department")])
C("qb11", "en", CATER, "Guests should not be compulsory, and drop the Cake extra",
  [req("order", "guests", False), opts("order", "extras", ["Drinks", "Staff"])])
C("qb12", "en", CATER, "Menu options: Buffet, Seated, Canapés, BBQ", [opts("order", "menu", ["Buffet", "Seated", "Canapés", "BBQ"])])
C("qb13", "en", CATER, "Deposit is redundant now that we invoice up front - please delete it", [rm("order", "deposit")])
C("qb14", "en", CATER, "the event date doesn't have to be there when the order comes in", [req("order", "event_date", False)])
C("qb15", "en", CATER, "We also sell to venues, so keep a venues list (name, address, capacity) and let each order choose a venue",
  [addk("Venue", ["Venues"], [fld("name", "text"), fld("address", "text", [], ["long_text"]), fld("capacity", "integer")]), rel("order", "Venue")])
C("qb16", "en", ASSET, "Change the 'Assigned to' label to Current user", [rn("laptop", "assigned_to", "Current user")])

C("qf01", "fr", ATELIER, "La remarque ne sert à rien, enlève-la", [rm("commande", "remarque")])
C("qf02", "fr", ATELIER, "Le produit est obligatoire et la quantité aussi", [req("commande", "produit"), req("commande", "quantite")])
C("qf03", "fr", ATELIER, "Ajoute l'état « Annulée »", [opts("commande", "etat", ["Reçue", "En fabrication", "Expédiée", "Annulée"])])
C("qf04", "fr", ATELIER, "Appelle le champ Prix « Prix TTC »", [rn("commande", "prix", "Prix TTC")])
C("qf05", "fr", FORMATION, "Le lieu n'est plus utile, et le formateur doit être obligatoire", [rm("session", "lieu"), req("session", "formateur")])
C("qf06", "fr", FORMATION, "Les niveaux possibles sont : Initiation, Perfectionnement", [opts("session", "niveau", ["Initiation", "Perfectionnement"])])
C("qf07", "fr", FORMATION, "On a besoin d'une liste de salles (nom, capacité) et chaque session a lieu dans une salle",
  [addk("Salle", ["Salles", "Room"], [fld("nom", "text", ["name"]), fld("capacité", "integer", ["capacity"])]), rel("session", "Salle")])
C("qf08", "fr", FORMATION, "La note de satisfaction est facultative", [req("inscription", "note", False)])
C("qe01", "es", TALLER, "El presupuesto sobra, quítalo", [rm("reparacion", "presupuesto")])
C("qe02", "es", TALLER, "Renombra «Aparato» como «Equipo»", [rn("reparacion", "aparato", "Equipo")])
C("qe03", "es", TALLER, "El teléfono es obligatorio y la avería también", [req("reparacion", "telefono"), req("reparacion", "averia")])
C("qe04", "es", TALLER, "Añade «Sin reparación» a los estados", [opts("reparacion", "estado", ["Recibido", "En reparación", "Listo", "Entregado", "Sin reparación"])])
C("qe05", "es", EVENTOS, "Ya no organizamos ferias", [opts("evento", "tipo", ["Charla", "Taller"])])
C("qe06", "es", EVENTOS, "Necesitamos ponentes con nombre, email y biografía; cada evento tiene un ponente",
  [addk("Ponente", ["Ponentes", "Speaker"], [fld("nombre", "text", ["name"]), fld("email", "email"), fld("biografía", "long_text", ["bio"], ["text"])]),
   rel("evento", "Ponente")])
C("qe07", "es", EVENTOS, "El aforo no tiene que ser obligatorio... bueno, ahora mismo no lo es. Mejor elimina el lugar.", [rm("evento", "lugar")])
C("qe08", "es", EVENTOS, "El lugar debería llamarse Sede", [rn("evento", "lugar", "Sede")])
C("qd01", "de", LAGER, "Den Mindestbestand brauchen wir nicht", [rm("artikel", "mindestbestand")])
C("qd02", "de", LAGER, "Bitte „Lagerort“ in „Regal“ umbenennen", [rn("artikel", "lagerort", "Regal")])
C("qd03", "de", LAGER, "Die Bezeichnung muss immer angegeben werden", [req("artikel", "bezeichnung")])
C("qd04", "de", LAGER, "Bei Kategorie bitte noch Verbrauchsmaterial ergänzen", [opts("artikel", "kategorie", ["Werkzeug", "Material", "Ersatzteil", "Verbrauchsmaterial"])])
C("qd05", "de", LAGER, "Wir brauchen eine Liste der Lieferanten mit Name und Telefon, und jeder Artikel kommt von einem Lieferanten",
  [addk("Lieferant", ["Lieferanten", "Supplier"], [fld("name", "text"), fld("telefon", "phone", ["phone"])]), rel("artikel", "Lieferant")])
C("qd06", "de", SCHICHT, "Die Nachtschicht gibt es nicht mehr", [opts("schicht", "art", ["Früh", "Spät"])])
C("qd07", "de", SCHICHT, "Der Kommentar ist überflüssig, und die Stunden sollen Pflicht sein", [rm("schicht", "kommentar"), req("schicht", "stunden")])
C("qd08", "de", SCHICHT, "Mitarbeiter ist kein Pflichtfeld mehr", [req("schicht", "mitarbeiter", False)])

if __name__ == "__main__":
    with open("refine-probe-rb2.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
