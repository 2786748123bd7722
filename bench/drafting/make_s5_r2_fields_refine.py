"""Probe set S5-R2: new fields asked for in long chatty messages, in four languages — which noun
phrase names the thing (its head and its own modifiers, not the subject of the sentence or the
reason around it), which record kind it goes on (the kind named in the clause, the kind of the
fields mentioned with it, the kind the message talks about) and its type from the words around it
(values after a dash, a colon or in brackets; links; counts, "in minutes", "how many").
Written by session 5 helper R2 in its own words on its own domains (a bike-sharing workshop,
volunteer shifts, a school canteen, a lab's equipment) BEFORE changing the refiner.
Run from this folder: python3 make_s5_r2_fields_refine.py -> s5-r2-fields-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, rm, rn, req, opts, addf

BIKES = spec("Bike workshop", [
    ent("bike", "Bike", "Bikes", [
        f("frame_number", "Frame number", "text", required=True, unique=True), f("model", "Model", "text"),
        f("station", "Station", "text"), f("status", "Status", "choice", options=["In service", "Broken", "Retired"])]),
    ent("repair", "Repair", "Repairs", [
        ref("bike", "Bike", "bike", required=True), f("reported_on", "Reported on", "date"),
        f("mechanic", "Mechanic", "person"), f("problem", "Problem", "long_text"), f("cost", "Cost", "money")])])
SHIFTS = spec("Volunteer shifts", [
    ent("volunteer", "Volunteer", "Volunteers", [
        f("name", "Name", "text", required=True), f("email", "Email", "email"), f("phone", "Phone", "phone")]),
    ent("shift", "Shift", "Shifts", [
        ref("volunteer", "Volunteer", "volunteer"), f("shift_date", "Date", "date", required=True),
        f("location", "Location", "text"), f("role", "Role", "choice", options=["Kitchen", "Front desk", "Driver"])])])
CANTINE = spec("Cantine", [
    ent("eleve", "Élève", "Élèves", [
        f("nom", "Nom", "text", required=True), f("classe", "Classe", "text"), f("regime", "Régime", "choice", options=["Standard", "Sans porc", "Végétarien"])]),
    ent("repas", "Repas", "Repas", [
        ref("eleve", "Élève", "eleve"), f("date", "Date", "date", required=True), f("pris", "Pris", "boolean")])])
LAB_ES = spec("Equipos del laboratorio", [
    ent("equipo", "Equipo", "Equipos", [
        f("nombre", "Nombre", "text", required=True), f("marca", "Marca", "text"), f("numero_serie", "Número de serie", "text"),
        f("ubicacion", "Ubicación", "text")]),
    ent("calibracion", "Calibración", "Calibraciones", [
        ref("equipo", "Equipo", "equipo", required=True), f("fecha", "Fecha", "date"), f("tecnico", "Técnico", "person"),
        f("resultado", "Resultado", "choice", options=["Correcto", "Ajustado", "Fuera de servicio"])])])
VEREIN = spec("Vereinsmitglieder", [
    ent("mitglied", "Mitglied", "Mitglieder", [
        f("name", "Name", "text", required=True), f("geburtsdatum", "Geburtsdatum", "date"), f("email", "E-Mail", "email")]),
    ent("training", "Training", "Trainings", [
        f("datum", "Datum", "date", required=True), f("trainer", "Trainer", "person"), f("halle", "Halle", "text")])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- English ----------
C("s5r2-01", "en", BIKES, "the mechanics keep asking for this so: on each repair we want the parts used - brakes, chain, tyres, lights - usually more than one",
  [addf("repair", "parts used", "multi_choice", ["parts"], options=["Brakes", "Chain", "Tyres", "Lights"])])
C("s5r2-02", "en", BIKES, "could we also store how many minutes the repair took? the boss wants to see where the time goes",
  [addf("repair", "minutes", "integer", ["duration", "time taken", "repair time", "duration in minutes", "minutes taken"], ["decimal"])])
C("s5r2-03", "en", BIKES, "For the bikes I'd like a link to the manufacturer's spec sheet, we always end up googling it",
  [addf("bike", "spec sheet link", "url", ["spec sheet", "manufacturer spec sheet", "spec sheet url", "link"], ["file"])])
C("s5r2-04", "en", BIKES, "honestly the thing that's missing is the number of kilometres on the bike when it came in for repair",
  [addf("repair", "kilometres", "integer", ["number of kilometres", "mileage", "km"], ["decimal"])])
C("s5r2-05", "en", SHIFTS, "volunteers sometimes bring a friend along, can we note the friend's name on the shift? just so the front desk knows",
  [addf("shift", "friend's name", "text", ["friend name", "friend", "guest name", "companion"])])
C("s5r2-06", "en", SHIFTS, "add a t-shirt size for each volunteer (S, M, L, XL) because we order shirts every spring",
  [addf("volunteer", "t-shirt size", "choice", ["shirt size", "size"], options=["S", "M", "L", "XL"])])
C("s5r2-07", "en", SHIFTS, "we need the hours worked per shift, in hours with halves like 3.5, for the annual report",
  [addf("shift", "hours worked", "decimal", ["hours"], ["integer"])])
C("s5r2-08", "en", SHIFTS, "Since last month people have to do a safety briefing first, so put a date of their safety briefing on the volunteer please",
  [addf("volunteer", "safety briefing date", "date", ["date of safety briefing", "briefing date", "safety briefing"])])
C("s5r2-09", "en", BIKES, "oh and the station manager asked whether we could keep the lock code of each bike somewhere, it changes every month",
  [addf("bike", "lock code", "text", ["code"])])
C("s5r2-10", "en", SHIFTS, "Each shift should record the type of shift: morning, afternoon or evening. That way we can plan the rota better.",
  [addf("shift", "shift type", "choice", ["type", "type of shift"], options=["Morning", "Afternoon", "Evening"])])
C("s5r2-11", "en", BIKES, "a photo of the damage on every repair would be great, people describe things so vaguely",
  [addf("repair", "photo of the damage", "file", ["damage photo", "photo"])])
C("s5r2-12", "en", SHIFTS, "we also want to know how many meals were served on the shift",
  [addf("shift", "meals served", "integer", ["number of meals served", "number of meals", "meals"])])
# ---------- French ----------
C("s5r2-13", "fr", CANTINE, "pour les élèves il faudrait les allergies : arachide, gluten, lactose, œuf — un enfant peut en avoir plusieurs",
  [addf("eleve", "allergies", "multi_choice", ["allergie"], options=["Arachide", "Gluten", "Lactose", "Œuf"])])
C("s5r2-14", "fr", CANTINE, "la cantinière voudrait noter le nombre de portions restantes à la fin de chaque repas, ça l'aide pour les commandes",
  [addf("repas", "portions restantes", "integer", ["nombre de portions restantes", "restes", "nombre de portions"])])
C("s5r2-15", "fr", CANTINE, "Et sur l'élève ajoutez le téléphone d'un parent, on en a besoin quand il est malade",
  [addf("eleve", "téléphone parent", "phone", ["téléphone d'un parent", "téléphone du parent", "téléphone"])])
C("s5r2-16", "fr", CANTINE, "Il nous manque la durée du repas en minutes (la direction veut vérifier qu'ils ont assez de temps)",
  [addf("repas", "durée", "integer", ["durée du repas", "durée en minutes", "minutes"], ["decimal"])])
C("s5r2-17", "fr", CANTINE, "ajoute aussi le menu du jour en lien vers le site de la mairie, les parents le demandent souvent",
  [addf("repas", "lien du menu", "url", ["menu du jour", "menu", "lien"], ["text"])])
C("s5r2-18", "fr", CANTINE, "franchement ce qui manque c'est la date d'inscription de l'élève à la cantine",
  [addf("eleve", "date d'inscription", "date", ["inscription"])])
C("s5r2-19", "fr", CANTINE, "pour chaque repas on voudrait savoir si l'élève a fini son assiette (oui/non), c'est pour le projet anti-gaspillage",
  [addf("repas", "assiette finie", "boolean", ["a fini son assiette", "fini son assiette", "l'élève a fini son assiette", "fini"])])
C("s5r2-20", "fr", CANTINE, "les surveillants demandent un champ pour le comportement - bien, moyen ou à revoir",
  [addf("repas", "comportement", "choice", [], options=["Bien", "Moyen", "À revoir"])])
# ---------- Spanish ----------
C("s5r2-21", "es", LAB_ES, "en cada calibración hace falta la temperatura de la sala en grados, que influye mucho en el resultado",
  [addf("calibracion", "temperatura de la sala", "decimal", ["temperatura", "temperatura sala"], ["integer"])])
C("s5r2-22", "es", LAB_ES, "oye, a los equipos añádeles el enlace al manual del fabricante, que siempre lo estamos buscando",
  [addf("equipo", "enlace al manual", "url", ["manual", "manual del fabricante", "enlace"], ["file"])])
C("s5r2-23", "es", LAB_ES, "necesitamos el tipo de calibración: interna, externa o de verificación, porque auditoría lo pide",
  [addf("calibracion", "tipo de calibración", "choice", ["tipo"], options=["Interna", "Externa", "De verificación"])])
C("s5r2-24", "es", LAB_ES, "¿se puede apuntar cuántas horas de uso lleva el equipo? para saber cuándo toca revisarlo",
  [addf("equipo", "horas de uso", "integer", ["horas"], ["decimal"])])
C("s5r2-25", "es", LAB_ES, "el técnico quiere poder subir el certificado de calibración en pdf",
  [addf("calibracion", "certificado de calibración", "file", ["certificado"])])
C("s5r2-26", "es", LAB_ES, "también la fecha de compra de cada equipo, la de garantía ya la tenemos en papel",
  [addf("equipo", "fecha de compra", "date", ["compra"])])
C("s5r2-27", "es", LAB_ES, "Para las calibraciones, pon la duración en minutos y el coste, que contabilidad siempre pregunta",
  [addf("calibracion", "duración", "integer", ["duración en minutos", "minutos"], ["decimal"]), addf("calibracion", "coste", "money", ["costo", "precio"], ["decimal"])])
C("s5r2-28", "es", LAB_ES, "nos falta el proveedor del equipo (Thermo, Sartorius u otro) para las incidencias",
  [addf("equipo", "proveedor", "choice", ["proveedor del equipo"], ["text"], options=["Thermo", "Sartorius", "Otro"])])
# ---------- German ----------
C("s5r2-29", "de", VEREIN, "Bei den Mitgliedern bräuchten wir noch die Beitragsart – Vollzahler, ermäßigt oder Familie –, weil die Kasse das sonst per Hand macht",
  [addf("mitglied", "Beitragsart", "choice", ["Beitrag"], options=["Vollzahler", "Ermäßigt", "Familie"])])
C("s5r2-30", "de", VEREIN, "Kannst du beim Training noch die Anzahl der Teilnehmer ergänzen? Der Vorstand will Zahlen sehen.",
  [addf("training", "Anzahl der Teilnehmer", "integer", ["Teilnehmerzahl", "Teilnehmer", "Anzahl Teilnehmer"])])
C("s5r2-31", "de", VEREIN, "wir müssen beim Mitglied auch die IBAN speichern, wegen dem Lastschrifteinzug",
  [addf("mitglied", "IBAN", "text", ["Bankverbindung"])])
C("s5r2-32", "de", VEREIN, "Die Trainer hätten gern die Dauer in Minuten beim Training, das ist für die Hallenabrechnung",
  [addf("training", "Dauer", "integer", ["Dauer in Minuten", "Minuten"], ["decimal"])])
C("s5r2-33", "de", VEREIN, "Ergänzt bitte beim Mitglied einen Link zum Mitgliedsantrag in der Cloud, die Papierakte ist im Keller",
  [addf("mitglied", "Link zum Mitgliedsantrag", "url", ["Mitgliedsantrag", "Link", "Antrag"], ["file"])])
C("s5r2-34", "de", VEREIN, "Es wäre super, wenn man beim Training auch die Sportart angeben könnte (Volleyball, Badminton, Basketball)",
  [addf("training", "Sportart", "choice", [], options=["Volleyball", "Badminton", "Basketball"])])
C("s5r2-35", "de", VEREIN, "Uns fehlt beim Mitglied das Eintrittsdatum, das brauchen wir für die Ehrungen",
  [addf("mitglied", "Eintrittsdatum", "date", ["Eintritt"])])
C("s5r2-36", "de", VEREIN, "Wie viele Jahre jemand schon Mitglied ist, wäre auch gut zu wissen, am besten als Zahl",
  [addf("mitglied", "Jahre Mitglied", "integer", ["Mitgliedsjahre", "Jahre", "Anzahl Jahre", "Mitgliedschaft in Jahren"], ["decimal"])])

with open("s5-r2-fields-refine.jsonl", "w") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
