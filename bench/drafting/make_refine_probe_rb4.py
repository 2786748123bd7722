"""Probe set B4: a fourth batch, written after B3's fixes and scored once before further change:
several choice fields side by side, multi-selects, link direction, kinds removed with links to
them, quotes of every kind. Run from this folder: python3 make_refine_probe_rb4.py -> refine-probe-rb4.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

HELP = spec("IT helpdesk", [
    ent("ticket", "Ticket", "Tickets", [
        f("subject", "Subject", "text", required=True), f("requester", "Requester", "person", required=True),
        f("priority", "Priority", "choice", options=["Low", "Medium", "High"]),
        f("category", "Category", "choice", options=["Hardware", "Software", "Access"]),
        f("status", "Status", "choice", options=["Open", "Waiting", "Closed"]),
        f("affected", "Affected systems", "multi_choice", options=["Email", "VPN", "ERP"]),
        f("opened_on", "Opened on", "date"), f("resolution", "Resolution", "long_text")]),
    ent("agent", "Agent", "Agents", [f("name", "Name", "text", required=True), f("team", "Team", "choice", options=["L1", "L2"])])])
LOANS = spec("Tool library", [
    ent("tool", "Tool", "Tools", [f("name", "Name", "text", required=True), f("brand", "Brand", "text"),
                                 f("condition", "Condition", "choice", options=["Good", "Worn", "Broken"])]),
    ent("member", "Member", "Members", [f("name", "Name", "text", required=True), f("email", "Email", "email"), f("phone", "Phone", "phone")]),
    ent("loan", "Loan", "Loans", [ref("tool", "Tool", "tool", required=True), f("borrower", "Borrower", "text"),
                                 f("out_on", "Out on", "date"), f("back_on", "Back on", "date"), f("late", "Late", "boolean")])])
RECIPE = spec("Recipes", [ent("recipe", "Recipe", "Recipes", [
    f("title", "Title", "text", required=True), f("cuisine", "Cuisine", "choice", options=["Italian", "Indian", "Mexican"]),
    f("diet", "Diet", "multi_choice", options=["Vegan", "Vegetarian", "Gluten-free"]), f("minutes", "Prep time (minutes)", "integer"),
    f("difficulty", "Difficulty", "choice", options=["Easy", "Medium", "Hard"]), f("method", "Method", "long_text"), f("photo", "Photo", "file")])])
SALLES = spec("Réservation de salles", [
    ent("salle", "Salle", "Salles", [f("nom", "Nom", "text", required=True), f("capacite", "Capacité", "integer"),
                                    f("equipements", "Équipements", "multi_choice", options=["Vidéoprojecteur", "Écran", "Tableau blanc"])]),
    ent("reservation", "Réservation", "Réservations", [ref("salle", "Salle", "salle", required=True), f("demandeur", "Demandeur", "person"),
                                                      f("debut", "Début", "datetime", required=True), f("fin", "Fin", "datetime"),
                                                      f("motif", "Motif", "choice", options=["Réunion", "Formation", "Entretien"]),
                                                      f("traiteur", "Traiteur", "boolean")])])
SOCIOS = spec("Club", [
    ent("socio", "Socio", "Socios", [f("nombre", "Nombre", "text", required=True), f("dni", "DNI", "text", unique=True),
                                    f("cuota", "Cuota", "choice", options=["Mensual", "Trimestral", "Anual"]),
                                    f("deportes", "Deportes", "multi_choice", options=["Fútbol", "Pádel", "Natación"]),
                                    f("alta", "Fecha de alta", "date"), f("categoria", "Categoría", "choice", options=["Infantil", "Juvenil", "Adulto"])]),
    ent("pago", "Pago", "Pagos", [ref("socio", "Socio", "socio", required=True), f("fecha", "Fecha", "date"), f("importe", "Importe", "money")])])
WARTUNG = spec("Wartung", [
    ent("anlage", "Anlage", "Anlagen", [f("bezeichnung", "Bezeichnung", "text", required=True), f("standort", "Standort", "text"),
                                       f("typ", "Typ", "choice", options=["Heizung", "Lüftung", "Aufzug"])]),
    ent("pruefung", "Prüfung", "Prüfungen", [ref("anlage", "Anlage", "anlage", required=True), f("datum", "Datum", "date", required=True),
                                            f("pruefer", "Prüfer", "text"), f("ergebnis", "Ergebnis", "choice", options=["OK", "Mängel", "Stillgelegt"]),
                                            f("maengel", "Mängel", "long_text"), f("bericht", "Bericht", "file")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("sb01", "en", HELP, "Add Urgent to the priority list and Network to the categories",
  [opts("ticket", "priority", ["Low", "Medium", "High", "Urgent"]), opts("ticket", "category", ["Hardware", "Software", "Access", "Network"])])
C("sb02", "en", HELP, "the statuses should be open / in progress / waiting / closed", [opts("ticket", "status", ["Open", "In progress", "Waiting", "Closed"])])
C("sb03", "en", HELP, "We retired the ERP last month", [opts("ticket", "affected", ["Email", "VPN"])])
C("sb04", "en", HELP, "affected systems can also include Printers and Wi-Fi", [opts("ticket", "affected", ["Email", "VPN", "ERP", "Printers", "Wi-Fi"])])
C("sb05", "en", HELP, "Each ticket should be handled by one of the agents", [rel("ticket", "agent")])
C("sb06", "en", HELP, "Get rid of agents completely", [rme("agent")])
C("sb07", "en", HELP, "\u2018Resolution\u2019 should become \u2018Fix applied\u2019", [rn("ticket", "resolution", "Fix applied")])
C("sb08", "en", HELP, "Requester shouldn't be required - tickets from the monitoring system have none", [req("ticket", "requester", False)])
C("sb09", "en", LOANS, "The borrower should be one of the members instead of free text", [{"op": "change_type", "entity": "loan", "field": "borrower", "type": "reference", "alt_types": []}])
C("sb10", "en", LOANS, "A member can have many loans", [rel("loan", "member")])
C("sb11", "en", LOANS, "Condition: Good, Fair, Poor or Broken", [opts("tool", "condition", ["Good", "Fair", "Poor", "Broken"])])
C("sb12", "en", LOANS, "Please drop the Late tick box; we can work it out from the dates", [rm("loan", "late")])
C("sb13", "en", LOANS, "We don't need the brand. Also phone should be mandatory for members.", [rm("tool", "brand"), req("member", "phone")])
C("sb14", "en", RECIPE, "Diet options: add Dairy-free and Nut-free", [opts("recipe", "diet", ["Vegan", "Vegetarian", "Gluten-free", "Dairy-free", "Nut-free"])])
C("sb15", "en", RECIPE, "Difficulty should only be Easy or Hard", [opts("recipe", "difficulty", ["Easy", "Hard"])])
C("sb16", "en", RECIPE, "rename \u201cPrep time (minutes)\u201d to \u201cPreparation time\u201d", [rn("recipe", "minutes", "Preparation time")])
C("sb17", "en", RECIPE, "Add Japanese and Thai cuisines; Mexican is no longer needed",
  [opts("recipe", "cuisine", ["Italian", "Indian", "Japanese", "Thai"])])
C("sb18", "en", RECIPE, "photo isn't something we need", [rm("recipe", "photo")])
C("sf01", "fr", SALLES, "Ajoute « Paperboard » aux équipements", [opts("salle", "equipements", ["Vidéoprojecteur", "Écran", "Tableau blanc", "Paperboard"])])
C("sf02", "fr", SALLES, "Le motif peut être Réunion, Formation, Entretien ou Événement", [opts("reservation", "motif", ["Réunion", "Formation", "Entretien", "Événement"])])
C("sf03", "fr", SALLES, "Renomme 'Demandeur' en 'Organisateur'", [rn("reservation", "demandeur", "Organisateur")])
C("sf04", "fr", SALLES, "La fin doit être obligatoire elle aussi", [req("reservation", "fin")])
C("sf05", "fr", SALLES, "Le traiteur, on ne le gère plus ici : supprime-le", [rm("reservation", "traiteur")])
C("sf06", "fr", SALLES, "Chaque réservation concerne un service ; crée les services avec un nom et un responsable",
  [addk("Service", ["Services", "Département"], [fld("nom", "text", ["name"]), fld("responsable", "person", [], ["text"])]), rel("reservation", "Service")])
C("sf07", "fr", SALLES, "On n'utilise plus l'écran, retire-le des équipements", [opts("salle", "equipements", ["Vidéoprojecteur", "Tableau blanc"])])
C("se01", "es", SOCIOS, "Quita la cuota trimestral", [opts("socio", "cuota", ["Mensual", "Anual"])])
C("se02", "es", SOCIOS, "Añade Baloncesto y Tenis a los deportes", [opts("socio", "deportes", ["Fútbol", "Pádel", "Natación", "Baloncesto", "Tenis"])])
C("se03", "es", SOCIOS, "El DNI tiene que ser obligatorio", [req("socio", "dni")])
C("se04", "es", SOCIOS, "La categoría Juvenil pasa a llamarse Cadete", [opts("socio", "categoria", ["Infantil", "Cadete", "Adulto"])])
C("se05", "es", SOCIOS, "Los pagos no los necesitamos aquí, elimínalos", [rme("pago")])
C("se06", "es", SOCIOS, "Renombra el campo «Fecha de alta» a «Socio desde»", [rn("socio", "alta", "Socio desde")])
C("se07", "es", SOCIOS, "Cada pago debería estar vinculado a una temporada: crea temporadas con nombre, inicio y fin",
  [addk("Temporada", ["Temporadas", "Season"], [fld("nombre", "text", ["name"]), fld("inicio", "date", ["start"]), fld("fin", "date", ["end"])]),
   rel("pago", "Temporada")])
C("sd01", "de", WARTUNG, "Füge beim Typ noch Sprinkler hinzu", [opts("anlage", "typ", ["Heizung", "Lüftung", "Aufzug", "Sprinkler"])])
C("sd02", "de", WARTUNG, "Das Ergebnis „Stillgelegt“ brauchen wir nicht", [opts("pruefung", "ergebnis", ["OK", "Mängel"])])
C("sd03", "de", WARTUNG, "Der Prüfer soll eine eigene Liste werden, mit Name, Firma und Telefon",
  [addk("Prüfer", ["Pruefer"], [fld("name", "text"), fld("firma", "text"), fld("telefon", "phone")]), rel("pruefung", "Prüfer")])
C("sd04", "de", WARTUNG, "Der Bericht muss nicht sein, aber der Standort ist Pflicht", [rm("pruefung", "bericht"), req("anlage", "standort")])
C("sd05", "de", WARTUNG, "Benenne Mängel in Mängelbeschreibung um", [rn("pruefung", "maengel", "Mängelbeschreibung")])
C("sd06", "de", WARTUNG, "Jede Anlage gehört zu einem Gebäude. Gebäude haben eine Adresse und einen Hausmeister.",
  [addk("Gebäude", ["Gebaeude", "Building"], [fld("adresse", "text", ["address"], ["long_text"]), fld("hausmeister", "person", [], ["text"])]), rel("anlage", "Gebäude")])
C("sd07", "de", WARTUNG, "Die Prüfungen fallen weg, wir machen das jetzt extern", [rme("pruefung")])

if __name__ == "__main__":
    with open("refine-probe-rb4.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
