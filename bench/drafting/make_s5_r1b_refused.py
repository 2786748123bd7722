"""Probe set S5-R1b: a second batch of long chatty refine messages (new domains, new phrasings), written by
session 5 helper R1 AFTER the first RefineGist version and scored once before any change it led to.
Run from this folder: python3 make_s5_r1b_refused.py -> s5-r1b-refused-refine.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref
from make_s5_r1_refused import addf, rm, rn, req, opts, ct

HELP = spec("IT helpdesk", [
    ent("ticket", "Ticket", "Tickets", [
        f("subject", "Subject", "text", required=True), f("raised_by", "Raised by", "person"),
        f("category", "Category", "choice", options=["Hardware", "Software", "Access"]),
        f("priority", "Priority", "choice", options=["Low", "Medium", "High"]), f("opened", "Opened", "date"),
        f("details", "Details", "text")]),
    ent("laptop", "Laptop", "Laptops", [
        f("asset_tag", "Asset tag", "text", required=True), f("model", "Model", "text"), f("user", "User", "person")])])
ONBOARD = spec("Onboarding", [
    ent("starter", "Starter", "Starters", [
        f("name", "Name", "text", required=True), f("start_date", "Start date", "date"), f("team", "Team", "text"),
        f("manager", "Manager", "person"), f("laptop_ready", "Laptop ready", "boolean"), f("comments", "Comments", "long_text")])])
RESTO = spec("Réservations du restaurant", [
    ent("reservation", "Réservation", "Réservations", [
        f("nom", "Nom", "text", required=True), f("date", "Date", "datetime"), f("couverts", "Couverts", "integer"),
        f("telephone", "Téléphone", "phone"), f("salle", "Salle", "choice", options=["Terrasse", "Intérieur"]),
        f("commentaire", "Commentaire", "text")])])
BOATS = spec("Alquiler de barcos", [
    ent("barco", "Barco", "Barcos", [
        f("nombre", "Nombre", "text", required=True), f("eslora", "Eslora", "text"), f("plazas", "Plazas", "integer")]),
    ent("alquiler", "Alquiler", "Alquileres", [
        ref("barco", "Barco", "barco", required=True), f("cliente", "Cliente", "text"), f("fecha", "Fecha", "date"),
        f("horas", "Horas", "integer"), f("patron", "Con patrón", "boolean"), f("observaciones", "Observaciones", "text")])])
HAUS = spec("Hausverwaltung", [
    ent("wohnung", "Wohnung", "Wohnungen", [
        f("nummer", "Wohnungsnummer", "text", required=True), f("etage", "Etage", "text"), f("flaeche", "Fläche", "text"),
        f("mieter", "Mieter", "text")]),
    ent("schaden", "Schadensmeldung", "Schadensmeldungen", [
        ref("wohnung", "Wohnung", "wohnung", required=True), f("beschreibung", "Beschreibung", "text"),
        f("gemeldet", "Gemeldet am", "date"), f("status", "Status", "choice", options=["Offen", "Erledigt"])])])

cases = []


def C(id, lang, sp, text, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": text, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("s5r1be01", "en", HELP, "Half the tickets we get are from people who don't know which building they're in, so we really need a way to capture the office location on every ticket.",
  [addf("ticket", "office location", "text", ["location", "office", "building"], ["choice"])])
C("s5r1be02", "en", HELP, "Management keeps asking how long tickets stay open, and honestly we can't answer that unless there's a date for when a ticket was closed.",
  [addf("ticket", "closed on", "date", ["date closed", "closed", "closed date", "closure date"], ["datetime"])])
C("s5r1be03", "en", HELP, "We started handling phone and printer problems as well this quarter, and the category dropdown doesn't have anything for them, which messes up the monthly report.",
  [opts("ticket", "category", ["Hardware", "Software", "Access", "Phone", "Printer"])])
C("s5r1be04", "en", HELP, "For laptops it would be handy to see when the warranty runs out, because we keep paying for repairs that the manufacturer should have covered.",
  [addf("laptop", "warranty end date", "date", ["warranty expiry", "warranty end", "warranty expires", "warranty"])])
C("s5r1be05", "en", HELP, "The details box is way too small for what people paste in there, error logs and all, so please turn it into a proper long text.",
  [ct("ticket", "details", "long_text")])
C("s5r1be06", "en", ONBOARD, "Our IT team has been complaining that they never know which desk a new starter will sit at, so having the desk number on each starter would save a lot of running around.",
  [addf("starter", "desk number", "text", ["desk"], ["integer"])])
C("s5r1be07", "en", ONBOARD, "HR says the team field is a mess because everyone types it differently, it really should be a fixed list: Sales, Support, Engineering or Finance.",
  [ct("starter", "team", "choice"), opts("starter", "team", ["Sales", "Support", "Engineering", "Finance"])])
C("s5r1be08", "en", ONBOARD, "Honestly nobody has ticked the laptop ready box since IT got their own system, it just confuses managers, so let's get rid of it.",
  [rm("starter", "laptop_ready")])
C("s5r1bf01", "fr", RESTO, "Les serveurs nous disent souvent qu'ils ne savent pas si la table fête un anniversaire, ce serait bien de pouvoir le cocher dans la réservation.",
  [addf("reservation", "anniversaire", "boolean", ["fête un anniversaire", "anniversaire oui/non"])])
C("s5r1bf02", "fr", RESTO, "On a de plus en plus de clients avec des allergies et on n'a aucun endroit pour noter les allergies de la table, c'est quand même important pour la cuisine.",
  [addf("reservation", "allergies", "text", ["allergies de la table"], ["long_text"])])
C("s5r1bf03", "fr", RESTO, "Depuis cet été on a aussi la mezzanine et le salon privé, mais dans la salle on ne peut choisir que terrasse ou intérieur, du coup tout le monde met intérieur.",
  [opts("reservation", "salle", ["Terrasse", "Intérieur", "Mezzanine", "Salon privé"])])
C("s5r1bf04", "fr", RESTO, "Le commentaire, franchement personne ne le lit en salle et les gens y mettent n'importe quoi, vous pouvez le supprimer sans problème.",
  [rm("reservation", "commentaire")])
C("s5r1bf05", "fr", RESTO, "Il nous faudrait vraiment l'adresse e-mail du client pour envoyer la confirmation automatiquement, aujourd'hui on passe nos soirées au téléphone.",
  [addf("reservation", "adresse e-mail", "email", ["e-mail", "email", "email du client", "adresse e-mail du client"])])
C("s5r1bs01", "es", BOATS, "Muchos clientes nos preguntan por el combustible y nunca sabemos cuánto depósito quedaba al devolver el barco, así que estaría bien apuntar el nivel de combustible en cada alquiler.",
  [addf("alquiler", "nivel de combustible", "text", ["combustible", "depósito"], ["integer", "decimal", "choice"])])
C("s5r1bs02", "es", BOATS, "La eslora la pone cada uno como quiere, unos en pies y otros en metros, debería ser un número decimal en metros para poder comparar los barcos.",
  [ct("barco", "eslora", "decimal")])
C("s5r1bs03", "es", BOATS, "Nos hace falta un campo para el número de DNI del cliente, porque el seguro nos lo exige y ahora mismo lo apuntamos en un papel aparte.",
  [addf("alquiler", "DNI del cliente", "text", ["DNI", "número de DNI", "número de DNI del cliente"])])
C("s5r1bs04", "es", BOATS, "Lo de las observaciones no lo rellena nadie desde hace meses y solo molesta en la pantalla, se puede quitar tranquilamente.",
  [rm("alquiler", "observaciones")])
C("s5r1bs05", "es", BOATS, "Sería muy útil saber si el cliente ha dejado una fianza, porque a veces se nos olvida devolverla y luego vienen las quejas.",
  [addf("alquiler", "fianza", "boolean", ["ha dejado fianza", "fianza dejada"], ["money"])])
C("s5r1bs06", "es", BOATS, "El campo cliente siempre se queda vacío cuando hay prisa en el puerto, y luego no sabemos a quién llamar, tendría que ser obligatorio.",
  [req("alquiler", "cliente")])
C("s5r1bd01", "de", HAUS, "Die Handwerker beschweren sich, dass sie bei einer Schadensmeldung nie wissen, wen sie für den Zugang anrufen sollen, also bräuchten wir dort eine Telefonnummer für den Zugang.",
  [addf("schaden", "Telefonnummer für den Zugang", "phone", ["Telefonnummer", "Telefon", "Kontakt für den Zugang"])])
C("s5r1bd02", "de", HAUS, "Bei den Wohnungen wäre es gut, wenn man auch die Anzahl der Zimmer sehen könnte, das fragen Interessenten nämlich als Erstes.",
  [addf("wohnung", "Anzahl der Zimmer", "integer", ["Zimmer", "Zimmeranzahl", "Zimmerzahl"], ["decimal"])])
C("s5r1bd03", "de", HAUS, "Die Fläche steht bei uns mal mit m², mal ohne, mal mit Komma, das sollte wirklich eine Kommazahl sein, damit wir die Nebenkosten ausrechnen können.",
  [ct("wohnung", "flaeche", "decimal")])
C("s5r1bd04", "de", HAUS, "Seit letztem Monat gibt es bei Schäden auch den Zustand In Bearbeitung und Warten auf Handwerker, die fehlen beim Status noch, sonst sieht man nicht, was gerade läuft.",
  [opts("schaden", "status", ["Offen", "Erledigt", "In Bearbeitung", "Warten auf Handwerker"])])
C("s5r1bd05", "de", HAUS, "Uns fehlt bei jeder Schadensmeldung ein Foto vom Schaden, weil die Beschreibung der Mieter oft so ungenau ist, dass der Handwerker zweimal kommen muss.",
  [addf("schaden", "Foto vom Schaden", "file", ["Foto", "Bild", "Schadensfoto"])])

with open("s5-r1b-refused-refine.jsonl", "w", encoding="utf-8") as out:
    for c in cases:
        out.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
