"""Writes refine-probe-c.jsonl: a third set of add/retype chat edits, written after probes a and b
had been tuned to (session 3, helper A), again to measure before looking. Other domains again:
library, volunteering shifts, press contacts, IT changes, cafeteria orders, lab equipment."""
import json, os
from make_refine_probe_a import f, ent, spec, add, retype, drop

LIBRARY = spec("Book library", [
    ent("book", "Book", "Books", [f("title", "Title", "text", required=True), f("author", "Author", "text"), f("isbn", "ISBN", "text", unique=True), f("shelf", "Shelf", "text")]),
    ent("borrowing", "Borrowing", "Borrowings", [f("book", "Book", "reference", target="book", required=True), f("reader", "Reader", "text"), f("out_on", "Out on", "date"), f("back_by", "Back by", "date"), f("late_fee", "Late fee", "text")])])
SHIFTS = spec("Volunteer shifts", [
    ent("shift", "Shift", "Shifts", [f("day", "Day", "date", required=True), f("slot", "Slot", "choice", options=["Morning", "Afternoon", "Evening"]), f("volunteer", "Volunteer", "text"), f("task", "Task", "text"), f("confirmed", "Confirmed", "text")])])
PRESSE = spec("Contacts presse", [
    ent("contact", "Contact", "Contacts", [f("nom", "Nom", "text", required=True), f("media", "Média", "text"), f("email", "Email", "email"), f("dernier_echange", "Dernier échange", "text"), f("notes", "Notes", "text")])])
CAMBIOS = spec("Cambios IT", [
    ent("cambio", "Cambio", "Cambios", [f("titulo", "Título", "text", required=True), f("solicitante", "Solicitante", "text"), f("sistema", "Sistema", "text"), f("riesgo", "Riesgo", "choice", options=["Bajo", "Medio", "Alto"]), f("fecha_prevista", "Fecha prevista", "date"), f("descripcion", "Descripción", "text")])])
KANTINE = spec("Kantinenbestellungen", [
    ent("gericht", "Gericht", "Gerichte", [f("name", "Name", "text", required=True), f("preis", "Preis", "text"), f("vegetarisch", "Vegetarisch", "text")]),
    ent("bestellung", "Bestellung", "Bestellungen", [f("gericht", "Gericht", "reference", target="gericht", required=True), f("besteller", "Besteller", "text"), f("datum", "Datum", "date"), f("menge", "Menge", "text")])])
LAB = spec("Lab equipment", [
    ent("instrument", "Instrument", "Instruments", [f("name", "Name", "text", required=True), f("room", "Room", "text"), f("calibrated_on", "Calibrated on", "text"), f("manual", "Manual", "text")]),
    ent("booking", "Booking", "Bookings", [f("instrument", "Instrument", "reference", target="instrument", required=True), f("researcher", "Researcher", "text"), f("start", "Start", "date"), f("purpose", "Purpose", "text")])])

cases = []


def C(id, lang, sp, req, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("pc01", "en", LIBRARY, "the late fee should be stored as money", [retype("borrowing", "late_fee", "money", ["decimal"])])
C("pc02", "en", LIBRARY, "Reader ought to be a person from the staff directory rather than typed text", [retype("borrowing", "reader", "person")])
C("pc03", "en", LIBRARY, "can we also capture the book's language (English, French, German) and its page count?", [add("book", "language", "choice", [], options=["English", "French", "German"]), add("book", "page count", "integer", ["pages", "number of pages"])])
C("pc04", "en", LIBRARY, "I'd like to see when each book actually came back", [add("borrowing", "returned on", "date", ["came back", "date returned", "return date", "actual return date", "date came back"], ["datetime"])])
C("pc05", "en", LIBRARY, "also record whether the book was damaged on return", [add("borrowing", "damaged", "boolean", ["damaged on return", "book damaged"])])
C("pc06", "en", SHIFTS, "make confirmed a checkbox", [retype("shift", "confirmed", "boolean")])
C("pc07", "en", SHIFTS, "volunteer should be picked from our people list", [retype("shift", "volunteer", "person")])
C("pc08", "en", SHIFTS, "please add a notes box and a contact phone for the shift lead", [add("shift", "notes", "long_text", ["note"], ["text"]), add("shift", "contact phone", "phone", ["shift lead phone", "phone", "lead phone"])])
C("pc09", "en", SHIFTS, "We also need to know how many people are needed per shift", [add("shift", "number of people needed", "integer", ["people needed", "number of people", "headcount"])])
C("pc10", "en", LAB, "calibrated on should be an actual date field", [retype("instrument", "calibrated_on", "date")])
C("pc11", "en", LAB, "the manual should be an uploaded PDF", [retype("instrument", "manual", "file")])
C("pc12", "en", LAB, "bookings need an end time as well", [add("booking", "end time", "datetime", ["end", "ends at"], ["date"])])
C("pc13", "en", LAB, "researcher is a colleague, so make it a person field", [retype("booking", "researcher", "person")])
C("pc14", "en", LAB, "hi! for instruments please add the serial number and the next calibration date, thank you", [add("instrument", "serial number", "text", ["serial"]), add("instrument", "next calibration date", "date", ["next calibration", "calibration due"])])
C("pc15", "fr", PRESSE, "Le dernier échange doit être une date", [retype("contact", "dernier_echange", "date")])
C("pc16", "fr", PRESSE, "Ajoute le téléphone portable et le compte LinkedIn", [add("contact", "téléphone portable", "phone", ["portable", "mobile"]), add("contact", "compte LinkedIn", "url", ["linkedin"], ["text"])])
C("pc17", "fr", PRESSE, "Les notes, il faut pouvoir écrire plusieurs paragraphes", [retype("contact", "notes", "long_text")])
C("pc18", "fr", PRESSE, "Pourrais-tu ajouter la langue de travail : français, anglais ou allemand ?", [add("contact", "langue de travail", "choice", ["langue"], options=["Français", "Anglais", "Allemand"])])
C("pc19", "fr", PRESSE, "Il faudrait savoir si le contact accepte les embargos", [add("contact", "accepte les embargos", "boolean", ["embargos", "embargo"])])
C("pc20", "fr", PRESSE, "Le média devrait être choisi dans une liste : presse écrite, radio, télévision, web", [retype("contact", "media", "choice")])
C("pc21", "es", CAMBIOS, "El solicitante debería ser una persona de la empresa", [retype("cambio", "solicitante", "person")])
C("pc22", "es", CAMBIOS, "La descripción tiene que admitir varios párrafos", [retype("cambio", "descripcion", "long_text")])
C("pc23", "es", CAMBIOS, "Añade quién aprobó el cambio", [add("cambio", "aprobado por", "person", ["aprobador", "aprobó"])])
C("pc24", "es", CAMBIOS, "Necesitamos también el plan de vuelta atrás como documento adjunto", [add("cambio", "plan de vuelta atrás", "file", ["plan de marcha atrás", "plan"])])
C("pc25", "es", CAMBIOS, "Añade si hace falta parada del servicio y cuántas horas dura", [add("cambio", "parada del servicio", "boolean", ["parada"]), add("cambio", "horas", "decimal", ["duración", "número de horas", "horas de parada"], ["integer"])])
C("pc26", "de", KANTINE, "Der Preis bitte als Betrag in Euro", [retype("gericht", "preis", "money", ["decimal"])])
C("pc27", "de", KANTINE, "Vegetarisch soll ein Häkchen sein", [retype("gericht", "vegetarisch", "boolean")])
C("pc28", "de", KANTINE, "Die Menge muss eine Zahl sein", [retype("bestellung", "menge", "integer", ["decimal"])])
C("pc29", "de", KANTINE, "Bei den Gerichten bitte Allergene ergänzen (Mehrfachauswahl: Gluten, Laktose, Nüsse)", [add("gericht", "Allergene", "multi_choice", ["Allergen"], ["choice"], options=["Gluten", "Laktose", "Nüsse"])])
C("pc30", "de", KANTINE, "Der Besteller soll aus dem Mitarbeiterverzeichnis kommen", [retype("bestellung", "besteller", "person")])
C("pc31", "de", KANTINE, "Wir möchten noch wissen, ob die Bestellung abgeholt wurde", [add("bestellung", "abgeholt", "boolean", ["Bestellung abgeholt"])])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine-probe-c.jsonl")
with open(out, "w") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases:", {l: sum(c["lang"] == l for c in cases) for l in ("en", "fr", "es", "de")})
