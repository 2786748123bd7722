"""Probe set B3: a third batch, written after the fixes for B and B2 and scored once before any
further change, to tell how far they carry. Same areas, new domains and phrasings.
Run from this folder: python3 make_refine_probe_rb3.py  ->  refine-probe-rb3.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

KEYS = spec("Key register", [
    ent("key", "Key", "Keys", [
        f("number", "Key number", "text", required=True, unique=True), f("door", "Door", "text"),
        f("building", "Building", "choice", options=["Main", "Annex", "Warehouse"]), f("copies", "Copies", "integer"),
        f("master", "Master key", "boolean")]),
    ent("handout", "Handout", "Handouts", [
        ref("key", "Key", "key", required=True), f("holder", "Holder", "person", required=True),
        f("given_on", "Given on", "date"), f("returned_on", "Returned on", "date"), f("deposit", "Deposit", "money"),
        f("remarks", "Remarks", "long_text")])])
MEDIA = spec("Press requests", [ent("request", "Request", "Requests", [
    f("outlet", "Outlet", "text", required=True), f("journalist", "Journalist", "text"), f("email", "Email", "email"),
    f("topic", "Topic", "text"), f("deadline", "Deadline", "datetime"),
    f("channel", "Channel", "choice", options=["Print", "Online", "TV", "Radio"]),
    f("spokesperson", "Spokesperson", "person"), f("status", "Status", "choice", options=["New", "In progress", "Answered", "Declined"])])])
CLEAN = spec("Cleaning rota", [
    ent("room", "Room", "Rooms", [f("name", "Name", "text", required=True), f("floor", "Floor", "integer"),
                                  f("kind", "Room type", "choice", options=["Office", "Kitchen", "Toilet", "Meeting room"])]),
    ent("visit", "Cleaning visit", "Cleaning visits", [
        ref("room", "Room", "room", required=True), f("cleaner", "Cleaner", "text"), f("done_on", "Done on", "date", required=True),
        f("checklist", "Checklist", "multi_choice", options=["Floor", "Bins", "Surfaces", "Windows"]), f("issues", "Issues", "long_text")])])
MUSEE = spec("Prêts d'œuvres", [
    ent("oeuvre", "Œuvre", "Œuvres", [f("titre", "Titre", "text", required=True), f("artiste", "Artiste", "text"),
                                     f("annee", "Année", "integer"), f("valeur", "Valeur d'assurance", "money"),
                                     f("etat", "État", "choice", options=["Bon", "Fragile", "À restaurer"])]),
    ent("pret", "Prêt", "Prêts", [ref("oeuvre", "Œuvre", "oeuvre", required=True), f("emprunteur", "Emprunteur", "text", required=True),
                                 f("debut", "Début", "date"), f("fin", "Fin", "date"), f("convention", "Convention signée", "file")])])
VIDEO = spec("Vidéothèque", [ent("film", "Film", "Films", [
    f("titre", "Titre", "text", required=True), f("realisateur", "Réalisateur", "text"), f("duree", "Durée (min)", "integer"),
    f("genre", "Genre", "choice", options=["Drame", "Comédie", "Documentaire"]), f("support", "Support", "choice", options=["DVD", "Blu-ray"]),
    f("resume", "Résumé", "long_text")])])
VOLUNT = spec("Voluntariado", [
    ent("voluntario", "Voluntario", "Voluntarios", [
        f("nombre", "Nombre", "text", required=True), f("email", "Email", "email"), f("telefono", "Teléfono", "phone"),
        f("disponibilidad", "Disponibilidad", "multi_choice", options=["Mañanas", "Tardes", "Fines de semana"]),
        f("carnet", "Carnet de conducir", "boolean"), f("alta", "Fecha de alta", "date")]),
    ent("turno", "Turno", "Turnos", [ref("voluntario", "Voluntario", "voluntario", required=True), f("fecha", "Fecha", "date", required=True),
                                    f("tarea", "Tarea", "choice", options=["Reparto", "Almacén", "Recepción"]), f("horas", "Horas", "decimal")])])
GASTOS = spec("Gastos", [ent("gasto", "Gasto", "Gastos", [
    f("empleado", "Empleado", "person", required=True), f("fecha", "Fecha", "date", required=True), f("concepto", "Concepto", "text"),
    f("importe", "Importe", "money", required=True), f("tipo", "Tipo", "choice", options=["Viaje", "Comida", "Material"]),
    f("ticket", "Ticket", "file"), f("proyecto", "Proyecto", "text")])])
FUHRPARK = spec("Fuhrpark", [
    ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [f("kennzeichen", "Kennzeichen", "text", required=True, unique=True),
                                           f("marke", "Marke", "text"), f("baujahr", "Baujahr", "integer"),
                                           f("antrieb", "Antrieb", "choice", options=["Benzin", "Diesel", "Elektro"]),
                                           f("tuev", "TÜV bis", "date")]),
    ent("fahrt", "Fahrt", "Fahrten", [ref("fahrzeug", "Fahrzeug", "fahrzeug", required=True), f("fahrer", "Fahrer", "person"),
                                     f("datum", "Datum", "date", required=True), f("km", "Kilometer", "integer"), f("zweck", "Zweck", "text")])])
BEWERB = spec("Bewerbungen", [ent("bewerbung", "Bewerbung", "Bewerbungen", [
    f("name", "Name", "text", required=True), f("email", "E-Mail", "email", required=True), f("stelle", "Stelle", "text"),
    f("eingang", "Eingangsdatum", "date"), f("status", "Status", "choice", options=["Eingegangen", "Gespräch", "Absage", "Zusage"]),
    f("lebenslauf", "Lebenslauf", "file"), f("gehalt", "Gehaltswunsch", "money")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("rb01", "en", KEYS, "Scrap the deposit, we never charge one.", [rm("handout", "deposit")])
C("rb02", "en", KEYS, "the Annex was sold last year", [opts("key", "building", ["Main", "Warehouse"])])
C("rb03", "en", KEYS, "'Given on' should read 'Handed out on' and 'Returned on' should read 'Back on'",
  [rn("handout", "given_on", "Handed out on"), rn("handout", "returned_on", "Back on")])
C("rb04", "en", KEYS, "Door must be filled in; copies doesn't need to be", [req("key", "door")])
C("rb05", "en", KEYS, "we also give out keys to contractors, so the holder can't be a required staff member any more - just make it optional",
  [req("handout", "holder", False)])
C("rb06", "en", MEDIA, "Add Podcast to channels and get rid of Radio", [opts("request", "channel", ["Print", "Online", "TV", "Podcast"])])
C("rb07", "en", MEDIA, "Statuses: New, Assigned, Answered, Declined", [opts("request", "status", ["New", "Assigned", "Answered", "Declined"])])
C("rb08", "en", MEDIA, "Journalists should be a proper list with name, email and outlet, and each request comes from one journalist",
  [addk("Journalist", ["Journalists", "Reporter"], [fld("name", "text"), fld("email", "email"), fld("outlet", "text")]), rel("request", "Journalist")])
C("rb09", "en", MEDIA, "the email column is a duplicate of what's in the CRM, bin it", [rm("request", "email")])
C("rb10", "en", MEDIA, "Topic is really the headline", [rn("request", "topic", "Headline")])
C("rb11", "en", CLEAN, "Windows are done by an outside firm now, take Windows out of the checklist", [opts("visit", "checklist", ["Floor", "Bins", "Surfaces"])])
C("rb12", "en", CLEAN, "Cleaners should be picked from a list of cleaners (name, phone, agency) instead of typed in",
  [addk("Cleaner", ["Cleaners"], [fld("name", "text"), fld("phone", "phone"), fld("agency", "text")]), rel("visit", "Cleaner")])
C("rb13", "en", CLEAN, "rename Room type to Usage and add Storage as a usage",
  [rn("room", "kind", "Usage"), opts("room", "kind", ["Office", "Kitchen", "Toilet", "Meeting room", "Storage"])])
C("rb14", "en", CLEAN, "The done on date is optional on weekends, but let's keep it required. Add a signature photo though.",
  [addf("visit", "signature photo", "file", ["signature", "photo"])])
C("rb15", "en", CLEAN, "Every room belongs to a building; buildings need a name and an address",
  [addk("Building", ["Buildings"], [fld("name", "text"), fld("address", "text", [], ["long_text"])]), rel("room", "Building")])
C("rb16", "en", KEYS, "get rid of the handouts table, we'll track that in the HR system", [rme("handout")])
C("rf01", "fr", MUSEE, "On n'a plus besoin de la valeur d'assurance ni de l'année", [rm("oeuvre", "valeur"), rm("oeuvre", "annee")])
C("rf02", "fr", MUSEE, "L'emprunteur doit devenir une liste à part : des institutions avec nom, ville et contact, et chaque prêt est fait à une institution",
  [addk("Institution", ["Institutions", "Emprunteur"], [fld("nom", "text", ["name"]), fld("ville", "text", ["city"]), fld("contact", "text", [], ["email", "person"])]),
   rel("pret", "Institution")])
C("rf03", "fr", MUSEE, "« Fragile » devient « Très fragile » dans l'état", [opts("oeuvre", "etat", ["Bon", "Très fragile", "À restaurer"])])
C("rf04", "fr", MUSEE, "La date de fin est obligatoire, le début aussi", [req("pret", "fin"), req("pret", "debut")])
C("rf05", "fr", VIDEO, "Ajoute VHS comme support et retire le Blu-ray", [opts("film", "support", ["DVD", "VHS"])])
C("rf06", "fr", VIDEO, "Le résumé, on peut s'en passer", [rm("film", "resume")])
C("rf07", "fr", VIDEO, "Renomme Réalisateur en Réalisation, s'il te plaît", [rn("film", "realisateur", "Réalisation")])
C("rf08", "fr", VIDEO, "Les genres possibles : Drame, Comédie, Documentaire, Animation, Horreur",
  [opts("film", "genre", ["Drame", "Comédie", "Documentaire", "Animation", "Horreur"])])
C("re01", "es", VOLUNT, "El carnet de conducir ya no lo pedimos, bórralo", [rm("voluntario", "carnet")])
C("re02", "es", VOLUNT, "Añade Noches a la disponibilidad", [opts("voluntario", "disponibilidad", ["Mañanas", "Tardes", "Fines de semana", "Noches"])])
C("re03", "es", VOLUNT, "Las horas deberían ser obligatorias", [req("turno", "horas")])
C("re04", "es", VOLUNT, "La tarea «Almacén» ahora se llama «Logística»", [opts("turno", "tarea", ["Reparto", "Logística", "Recepción"])])
C("re05", "es", GASTOS, "El proyecto debería ser una lista: crea proyectos con código y nombre, y que cada gasto se asigne a un proyecto",
  [addk("Proyecto", ["Proyectos", "Project"], [fld("código", "text", ["codigo", "code"]), fld("nombre", "text", ["name"])]), rel("gasto", "Proyecto")])
C("re06", "es", GASTOS, "El concepto es obligatorio y el ticket no", [req("gasto", "concepto")])
C("re07", "es", GASTOS, "Quita Material de los tipos, eso va por compras", [opts("gasto", "tipo", ["Viaje", "Comida"])])
C("re08", "es", GASTOS, "Cambia «Concepto» por «Descripción»", [rn("gasto", "concepto", "Descripción")])
C("rd01", "de", FUHRPARK, "Das Baujahr interessiert niemanden, bitte raus damit", [rm("fahrzeug", "baujahr")])
C("rd02", "de", FUHRPARK, "Beim Antrieb fehlt Hybrid", [opts("fahrzeug", "antrieb", ["Benzin", "Diesel", "Elektro", "Hybrid"])])
C("rd03", "de", FUHRPARK, "Der Zweck muss immer ausgefüllt sein", [req("fahrt", "zweck")])
C("rd04", "de", FUHRPARK, "Jede Fahrt gehört zu einer Kostenstelle; Kostenstellen haben eine Nummer und eine Bezeichnung",
  [addk("Kostenstelle", ["Kostenstellen", "Cost centre"], [fld("nummer", "text", ["number"], ["integer"]), fld("bezeichnung", "text", ["name"])]),
   rel("fahrt", "Kostenstelle")])
C("rd05", "de", BEWERB, "Den Gehaltswunsch dürfen wir nicht speichern, bitte löschen", [rm("bewerbung", "gehalt")])
C("rd06", "de", BEWERB, "„Gespräch“ bitte in „Interview“ umbenennen", [opts("bewerbung", "status", ["Eingegangen", "Interview", "Absage", "Zusage"])])
C("rd07", "de", BEWERB, "Die E-Mail ist freiwillig", [req("bewerbung", "email", False)])
C("rd08", "de", BEWERB, "Die Stellen sollen eine eigene Liste sein mit Titel und Abteilung, jede Bewerbung bezieht sich auf eine Stelle",
  [addk("Stelle", ["Stellen", "Position"], [fld("titel", "text", ["title"]), fld("abteilung", "text", ["department"], ["choice"])]),
   rel("bewerbung", "Stelle")])

if __name__ == "__main__":
    with open("refine-probe-rb3.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
