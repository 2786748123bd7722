"""Probe set S4-E2: French, Spanish and German chatty refine messages, as natives write them
(requests as questions, problems, reports of what colleagues said, options and type changes in prose,
renames "X heißt jetzt Y", required "… muss immer ausgefüllt sein"). Written by session 4 helper E2 in
its own words, on its own domains (company cars, meeting rooms, supplier orders), BEFORE changing code.
Run from this folder: python3 make_s4_e2_refine.py -> s4-e2-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, rm, rn, req, opts, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


FLOTTE = spec("Véhicules de service", [
    ent("vehicule", "Véhicule", "Véhicules", [
        f("immatriculation", "Immatriculation", "text", required=True), f("modele", "Modèle", "text"),
        f("carburant", "Carburant", "choice", options=["Essence", "Diesel"]),
        f("kilometrage", "Kilométrage", "text"), f("remarques", "Remarques", "long_text")]),
    ent("reservation", "Réservation", "Réservations", [
        ref("vehicule", "Véhicule", "vehicule", required=True), f("conducteur", "Conducteur", "person"),
        f("depart", "Départ", "date"), f("destination", "Destination", "text")])])
SALAS = spec("Reservas de salas", [
    ent("sala", "Sala", "Salas", [
        f("nombre", "Nombre", "text", required=True), f("planta", "Planta", "text"),
        f("capacidad", "Capacidad", "text"), f("equipamiento", "Equipamiento", "choice", options=["Proyector", "Pizarra"])]),
    ent("reserva", "Reserva", "Reservas", [
        ref("sala", "Sala", "sala", required=True), f("organizador", "Organizador", "person"),
        f("inicio", "Inicio", "date"), f("asunto", "Asunto", "text"), f("notas", "Notas", "text")])])
BESTELL = spec("Lieferantenbestellungen", [
    ent("lieferant", "Lieferant", "Lieferanten", [
        f("firma", "Firma", "text", required=True), f("ansprechpartner", "Ansprechpartner", "text"),
        f("telefon", "Telefon", "phone"), f("bewertung", "Bewertung", "choice", options=["Gut", "Mittel", "Schlecht"])]),
    ent("bestellung", "Bestellung", "Bestellungen", [
        ref("lieferant", "Lieferant", "lieferant", required=True), f("artikel", "Artikel", "text"),
        f("menge", "Menge", "text"), f("bestelldatum", "Bestelldatum", "date"), f("besteller", "Besteller", "person"),
        f("status", "Status", "choice", options=["Offen", "Geliefert"])])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# ---------- French ----------
C("e2f01", "fr", FLOTTE, "Est-ce qu'on pourrait aussi noter la date du prochain contrôle technique pour chaque véhicule ?",
  [addf("vehicule", "date du prochain contrôle technique", "date", ["contrôle technique", "prochain contrôle technique", "date du contrôle technique"])])
C("e2f02", "fr", FLOTTE, "Mon chef me dit que le kilométrage devrait être un nombre, pas du texte libre.",
  [ct("vehicule", "kilometrage", "integer", ["decimal"])])
C("e2f03", "fr", FLOTTE, "Pour le carburant il manque électrique et hybride.",
  [opts("vehicule", "carburant", ["Essence", "Diesel", "Électrique", "Hybride"])])
C("e2f04", "fr", FLOTTE, "La destination, on ne s'en sert jamais, vous pouvez l'enlever.", [rm("reservation", "destination")])
C("e2f05", "fr", FLOTTE, "Le conducteur doit toujours être renseigné.", [req("reservation", "conducteur")])
C("e2f06", "fr", FLOTTE, "« Départ » s'appelle maintenant « Date de sortie ».", [rn("reservation", "depart", "Date de sortie")])
C("e2f07", "fr", FLOTTE, "Ce serait bien de savoir si le plein a été fait au retour.",
  [addf("reservation", "plein fait", "boolean", ["plein", "plein fait au retour", "plein effectué"])])
C("e2f08", "fr", FLOTTE, "Le départ, il nous faut aussi l'heure, pas seulement le jour.", [ct("reservation", "depart", "datetime")])
C("e2f09", "fr", FLOTTE, "Vous pouvez ajouter le nombre de places du véhicule ?",
  [addf("vehicule", "nombre de places", "integer", ["places"], ["decimal"])])
C("e2f10", "fr", FLOTTE, "On a un souci : on ne sait jamais qui a validé la réservation.",
  [addf("reservation", "validé par", "person", ["validée par", "validateur", "valideur"])])
# ---------- Spanish ----------
C("e2s01", "es", SALAS, "Nos falta saber cuántas personas asistieron a cada reserva.",
  [addf("reserva", "asistentes", "integer", ["número de asistentes", "personas", "número de personas", "personas asistieron"], ["decimal"])])
C("e2s02", "es", SALAS, "¿Se puede poner la capacidad como número?", [ct("sala", "capacidad", "integer", ["decimal"])])
C("e2s03", "es", SALAS, "En equipamiento añadid videoconferencia, por favor.",
  [opts("sala", "equipamiento", ["Proyector", "Pizarra", "Videoconferencia"])])
C("e2s04", "es", SALAS, "Las notas no las usa nadie, quitadlas.", [rm("reserva", "notas")])
C("e2s05", "es", SALAS, "El asunto tiene que ser obligatorio.", [req("reserva", "asunto")])
C("e2s06", "es", SALAS, "Lo que ahora es «Organizador» debería llamarse «Responsable».", [rn("reserva", "organizador", "Responsable")])
C("e2s07", "es", SALAS, "Mi compañera dice que necesitamos también la hora de fin de cada reserva.",
  [addf("reserva", "hora de fin", "datetime", ["fin", "hora fin", "final"], ["time", "date"])])
C("e2s08", "es", SALAS, "El inicio tendría que llevar también la hora.", [ct("reserva", "inicio", "datetime")])
C("e2s09", "es", SALAS, "¿Podríais añadir si la sala es accesible en silla de ruedas?",
  [addf("sala", "accesible", "boolean", ["accesible en silla de ruedas", "accesibilidad", "silla de ruedas"])])
C("e2s10", "es", SALAS, "Un problema: no sabemos si hay que preparar café para la reunión.",
  [addf("reserva", "café", "boolean", ["preparar café", "hay que preparar café", "con café"])])
# ---------- German ----------
C("e2d01", "de", BESTELL, "Könnt ihr noch den Gesamtpreis bei der Bestellung einbauen?",
  [addf("bestellung", "Gesamtpreis", "money", ["Preis"], ["decimal"])])
C("e2d02", "de", BESTELL, "Die Menge bitte als Zahl.", [ct("bestellung", "menge", "integer", ["decimal"])])
C("e2d03", "de", BESTELL, "Beim Status fehlen noch 'Storniert' und 'Teilweise geliefert'.",
  [opts("bestellung", "status", ["Offen", "Geliefert", "Storniert", "Teilweise geliefert"])])
C("e2d04", "de", BESTELL, "Der Ansprechpartner heißt jetzt Kontaktperson.", [rn("lieferant", "ansprechpartner", "Kontaktperson")])
C("e2d05", "de", BESTELL, "Der Artikel muss immer ausgefüllt sein.", [req("bestellung", "artikel")])
C("e2d06", "de", BESTELL, "Die Bewertung braucht keiner, die kann raus.", [rm("lieferant", "bewertung")])
C("e2d07", "de", BESTELL, "Meine Kollegin meint, wir sollten auch das Lieferdatum festhalten.",
  [addf("bestellung", "Lieferdatum", "date", ["geliefert am"], ["datetime"])])
C("e2d08", "de", BESTELL, "Wir wissen nie, ob die Rechnung schon bezahlt ist.",
  [addf("bestellung", "Rechnung bezahlt", "boolean", ["bezahlt", "Rechnung"])])
C("e2d09", "de", BESTELL, "Kann man beim Lieferanten noch die E-Mail-Adresse hinterlegen?",
  [addf("lieferant", "E-Mail-Adresse", "email", ["E-Mail", "Email"])])
C("e2d10", "de", BESTELL, "Ist es möglich, dass der Besteller kein Pflichtfeld ist? Und das Bestelldatum bitte mit Uhrzeit.",
  [req("bestellung", "besteller", False), ct("bestellung", "bestelldatum", "datetime")])

with open("s4-e2-refine.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
