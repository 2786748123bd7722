"""Writes refine-probe-b.jsonl: a second set of chat edits that add fields or change types, written
after refine-probe-a had been tuned to (session 3, helper A), to tell how far those fixes carry to
phrasings nobody tuned for. Other domains, four languages."""
import json, os
from make_refine_probe_a import f, ent, spec, add, retype, drop

ASSETS = spec("IT assets", [
    ent("asset", "Asset", "Assets", [f("tag", "Asset tag", "text", required=True, unique=True), f("model", "Model", "text"), f("assigned_to", "Assigned to", "text"), f("purchased", "Purchased", "date"), f("notes", "Notes", "text")])])
CLINIC = spec("Clinic appointments", [
    ent("patient", "Patient", "Patients", [f("full_name", "Full name", "text", required=True), f("phone", "Phone", "phone"), f("insurer", "Insurer", "text")]),
    ent("appointment", "Appointment", "Appointments", [f("patient", "Patient", "reference", target="patient", required=True), f("day", "Day", "date"), f("practitioner", "Practitioner", "text"), f("reason", "Reason", "text"), f("fee", "Fee", "text")])])
KITCHEN = spec("Kitchen stock", [
    ent("ingredient", "Ingredient", "Ingredients", [f("name", "Name", "text", required=True), f("unit", "Unit", "choice", options=["kg", "l", "piece"]), f("in_stock", "In stock", "text"), f("supplier", "Supplier", "text")]),
    ent("supplier", "Supplier", "Suppliers", [f("name", "Name", "text", required=True), f("contact", "Contact", "text")])])
TRIPS = spec("Sorties scolaires", [
    ent("sortie", "Sortie", "Sorties", [f("destination", "Destination", "text", required=True), f("date", "Date", "date"), f("classe", "Classe", "text"), f("accompagnateur", "Accompagnateur", "text"), f("cout", "Coût", "text"), f("remarques", "Remarques", "text")])])
VISITAS = spec("Visitas a pisos", [
    ent("piso", "Piso", "Pisos", [f("direccion", "Dirección", "text", required=True), f("precio", "Precio", "money"), f("habitaciones", "Habitaciones", "integer")]),
    ent("visita", "Visita", "Visitas", [f("piso", "Piso", "reference", target="piso", required=True), f("fecha", "Fecha", "date"), f("agente", "Agente", "text"), f("interesado", "Interesado", "text"), f("comentarios", "Comentarios", "text")])])
REINIGUNG = spec("Reinigungsplan", [
    ent("raum", "Raum", "Räume", [f("name", "Name", "text", required=True), f("etage", "Etage", "text")]),
    ent("reinigung", "Reinigung", "Reinigungen", [f("raum", "Raum", "reference", target="raum", required=True), f("datum", "Datum", "date"), f("reinigungskraft", "Reinigungskraft", "text"), f("erledigt", "Erledigt", "text"), f("dauer", "Dauer", "text")])])

cases = []


def C(id, lang, sp, req, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("pb01", "en", ASSETS, "could you add the warranty end date and the supplier's invoice (a PDF)?", [add("asset", "warranty end date", "date", ["warranty end", "warranty"]), add("asset", "invoice", "file", ["supplier invoice", "supplier's invoice"])])
C("pb02", "en", ASSETS, "assigned to should really be a person from our directory, not free text", [retype("asset", "assigned_to", "person")])
C("pb03", "en", ASSETS, "notes need way more room", [retype("asset", "notes", "long_text")])
C("pb04", "en", ASSETS, "we'd also like to know whether it's still under warranty", [add("asset", "under warranty", "boolean", ["still under warranty", "warranty"])])
C("pb05", "en", CLINIC, "the fee is money, please fix that", [retype("appointment", "fee", "money", ["decimal"])])
C("pb06", "en", CLINIC, "the practitioner is one of our doctors, so pick them from the staff list", [retype("appointment", "practitioner", "person")])
C("pb07", "en", CLINIC, "for patients, add a date of birth and an emergency contact number", [add("patient", "date of birth", "date", ["birth date", "birthday"]), add("patient", "emergency contact number", "phone", ["emergency contact", "emergency phone"])])
C("pb08", "en", CLINIC, "Appointments should also say how long they last, in minutes", [add("appointment", "duration", "integer", ["length", "minutes", "duration in minutes", "how long"], ["decimal"])])
C("pb09", "en", KITCHEN, "in stock should be a number with decimals", [retype("ingredient", "in_stock", "decimal", ["integer"])])
C("pb10", "en", KITCHEN, "the supplier field on ingredients should point to the suppliers list", [retype("ingredient", "supplier", "reference")])
C("pb11", "en", KITCHEN, "suppliers need an email and a phone too", [add("supplier", "email", "email"), add("supplier", "phone", "phone")])
C("pb12", "en", KITCHEN, "add an allergen field where you can tick several: gluten, nuts, milk, eggs", [add("ingredient", "allergens", "multi_choice", ["allergen"], ["choice"], options=["Gluten", "Nuts", "Milk", "Eggs"])])
C("pb13", "en", ASSETS, "we need to know who handed it out and on what date", [add("asset", "handed out by", "person", ["issued by"]), add("asset", "handed out on", "date", ["date handed out", "issue date", "handed out"], ["datetime"])])
C("pb14", "en", CLINIC, "swap the insurer for an insurance card scan", [drop("patient", "insurer"), add("patient", "insurance card scan", "file", ["insurance card", "card scan"])])
C("pb15", "fr", TRIPS, "L'accompagnateur doit être un membre du personnel", [retype("sortie", "accompagnateur", "person")])
C("pb16", "fr", TRIPS, "Le coût doit être un montant, pas du texte", [retype("sortie", "cout", "money", ["decimal"])])
C("pb17", "fr", TRIPS, "Ajoute le nombre d'élèves et si un car est réservé", [add("sortie", "nombre d'élèves", "integer", ["élèves", "nombre eleves"]), add("sortie", "car réservé", "boolean", ["car", "bus réservé"])])
C("pb18", "fr", TRIPS, "Il faudrait aussi pouvoir joindre l'autorisation parentale", [add("sortie", "autorisation parentale", "file", ["autorisation"])])
C("pb19", "fr", TRIPS, "Salut ! Tu peux ajouter l'heure de départ ? Merci", [add("sortie", "heure de départ", "datetime", ["départ"], ["text"])])
C("pb20", "fr", TRIPS, "Les remarques sont trop courtes, passe-les en texte long", [retype("sortie", "remarques", "long_text")])
C("pb21", "fr", TRIPS, "Pour la classe, je veux une liste : CP, CE1, CE2, CM1, CM2", [retype("sortie", "classe", "choice")])
C("pb22", "fr", TRIPS, "On a besoin de savoir combien de parents accompagnent", [add("sortie", "nombre de parents", "integer", ["parents", "parents accompagnateurs"])])
C("pb23", "es", VISITAS, "El agente tiene que ser un empleado de la agencia", [retype("visita", "agente", "person")])
C("pb24", "es", VISITAS, "¿Podrías añadir a cada visita si el interesado quiere una segunda visita?", [add("visita", "segunda visita", "boolean", ["quiere una segunda visita", "quiere segunda visita"])])
C("pb25", "es", VISITAS, "En los pisos añade los metros cuadrados y si tiene ascensor", [add("piso", "metros cuadrados", "decimal", ["superficie", "m2"], ["integer"]), add("piso", "ascensor", "boolean", ["tiene ascensor"])])
C("pb26", "es", VISITAS, "Los comentarios deberían ser un texto largo", [retype("visita", "comentarios", "long_text")])
C("pb27", "es", VISITAS, "Quiero guardar también cuánto ofrece el interesado", [add("visita", "oferta", "money", ["importe ofrecido", "ofrece", "cantidad ofrecida", "precio ofrecido"], ["decimal"])])
C("pb28", "es", VISITAS, "Cambia los comentarios por una valoración del 1 al 5", [drop("visita", "comentarios"), add("visita", "valoración", "integer", ["valoracion", "puntuación"], ["decimal", "choice"])])
C("pb29", "es", VISITAS, "La fecha debería incluir también la hora", [retype("visita", "fecha", "datetime")])
C("pb30", "es", VISITAS, "Necesitamos saber quién enseñó el piso", [add("visita", "enseñado por", "person", ["enseñó", "ensenado por"])])
C("pb31", "de", REINIGUNG, "Erledigt bitte als Ja/Nein", [retype("reinigung", "erledigt", "boolean")])
C("pb32", "de", REINIGUNG, "Die Reinigungskraft soll ein Mitarbeiter sein", [retype("reinigung", "reinigungskraft", "person")])
C("pb33", "de", REINIGUNG, "Die Dauer sollte eine Zahl sein (Minuten)", [retype("reinigung", "dauer", "integer", ["decimal"])])
C("pb34", "de", REINIGUNG, "Bei den Räumen bitte noch die Fläche in m² und ob es Teppich gibt", [add("raum", "Fläche", "decimal", ["Fläche in m²"], ["integer"]), add("raum", "Teppich", "boolean", ["Teppich vorhanden"])])
C("pb35", "de", REINIGUNG, "Wir brauchen ein Foto nach der Reinigung", [add("reinigung", "Foto", "file", ["Foto nach der Reinigung"])])
C("pb36", "de", REINIGUNG, "Könnt ihr bitte Bemerkungen hinzufügen?", [add("reinigung", "Bemerkungen", "long_text", ["Bemerkung"], ["text"])])
C("pb37", "de", REINIGUNG, "Ich möchte wissen, wer die Reinigung kontrolliert hat", [add("reinigung", "kontrolliert von", "person", ["Kontrolleur", "geprüft von"])])
C("pb38", "de", REINIGUNG, "Bitte ein Auswahlfeld Reinigungsart: Grundreinigung, Unterhaltsreinigung, Fensterreinigung", [add("reinigung", "Reinigungsart", "choice", ["Art"], options=["Grundreinigung", "Unterhaltsreinigung", "Fensterreinigung"])])
C("pb39", "en", ASSETS, "Thanks! One more: a field for the asset's location, and make Model required", [add("asset", "location", "text", ["asset location"]), {"op": "set_required", "entity": "asset", "field": "model", "value": True}])
C("pb40", "en", CLINIC, "replace reason with a dropdown: check-up, follow-up, emergency", [retype("appointment", "reason", "choice")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine-probe-b.jsonl")
with open(out, "w") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases:", {l: sum(c["lang"] == l for c in cases) for l in ("en", "fr", "es", "de")})
