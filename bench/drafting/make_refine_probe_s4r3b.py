"""Probe set S4-R3b: a second batch on structural edits (session 4, helper R3), written after the first
fixes and scored once before further change: field groups after a colon that are NOT new kinds ("add the
measurements: height and weight"), scopes in front of a link request, links asked as what to know, new
kinds linked to existing ones said in other ways, removals of a kind; four languages.
Run from this folder: python3 make_refine_probe_s4r3b.py -> refine-probe-s4r3b.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rel, addk, addf

GYM = spec("Gym", [
    ent("member", "Member", "Members", [f("name", "Name", "text", required=True), f("email", "Email", "email"),
                                        f("joined", "Joined on", "date")]),
    ent("trainer", "Trainer", "Trainers", [f("name", "Name", "text", required=True)])])
LOANS = spec("Loans", [
    ent("loan", "Loan", "Loans", [f("item", "Item", "text", required=True), f("borrower", "Borrower", "person"),
                                  f("due", "Due date", "date")]),
    ent("department", "Department", "Departments", [f("name", "Name", "text", required=True)])])
HOTEL = spec("Hôtel", [
    ent("chambre", "Chambre", "Chambres", [f("numero", "Numéro", "text", required=True), f("etage", "Étage", "integer")]),
    ent("client", "Client", "Clients", [f("nom", "Nom", "text", required=True)])])
COLE = spec("Colegio", [
    ent("alumno", "Alumno", "Alumnos", [f("nombre", "Nombre", "text", required=True), f("curso", "Curso", "text")]),
    ent("tutor", "Tutor", "Tutores", [f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone")])])
LAGER = spec("Lager", [
    ent("artikel", "Artikel", "Artikel", [f("name", "Name", "text", required=True), f("bestand", "Bestand", "integer")]),
    ent("lagerort", "Lagerort", "Lagerorte", [f("bezeichnung", "Bezeichnung", "text", required=True)])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


# field groups, not kinds
C("t3e01", "en", GYM, "We also need the measurements on each member: height, weight and waist.",
  [addf("member", "height", "decimal", alt=["integer", "text"]), addf("member", "weight", "decimal", alt=["integer", "text"]),
   addf("member", "waist", "decimal", alt=["integer", "text"])])
C("t3e02", "en", LOANS, "For each loan, link it to the department that asked for it.", [rel("loan", "department")])
C("t3e03", "en", GYM, "We want to see which trainer each member is assigned to.", [rel("member", "trainer")])
C("t3e04", "en", GYM, "Let's start logging classes too - each class has a title, a date and a trainer, and several members can attend.",
  [addk("Class", ["Session"], [fld("title", "text"), fld("date", "date", alt=["datetime"]), fld("trainer", "reference", alt=["person", "text"])])])
C("t3e05", "en", LOANS, "Departments are pointless now that everything is central. Remove them.", [rme("department")])
C("t3e06", "en", GYM, "Could we track payments per member? Amount, date paid and method.",
  [addk("Payment", [], [fld("amount", "money", alt=["decimal"]), fld("date paid", "date", aliases=["paid on", "date"]),
                        fld("method", "text", alt=["choice"])]), rel("Payment", "member")])
# French
C("t3f01", "fr", HOTEL, "Ajoute les coordonnées du client : téléphone, e-mail et adresse.",
  [addf("client", "téléphone", "phone"), addf("client", "e-mail", "email"), addf("client", "adresse", "text", alt=["long_text"])])
C("t3f02", "fr", HOTEL, "Chaque client réserve une chambre, il faudrait donc relier les deux.", [rel("client", "chambre")])
C("t3f03", "fr", HOTEL, "On voudrait garder une trace des séjours de chaque client : arrivée, départ et montant.",
  [addk("Séjour", ["Sejour"], [fld("arrivée", "date", alt=["datetime"]), fld("départ", "date", alt=["datetime"]),
                               fld("montant", "money", alt=["decimal"])]), rel("Séjour", "client")])
C("t3f04", "fr", HOTEL, "Supprime la liste des clients, on n'en a plus besoin.", [rme("client")])
# Spanish
C("t3s01", "es", COLE, "Cada alumno tiene un tutor, que es quien firma las autorizaciones.", [rel("alumno", "tutor")])
C("t3s02", "es", COLE, "Añade los datos de contacto del tutor: correo y dirección.",
  [addf("tutor", "correo", "email"), addf("tutor", "dirección", "text", aliases=["direccion"], alt=["long_text"])])
C("t3s03", "es", COLE, "Queremos llevar también las faltas de cada alumno: fecha, motivo y si está justificada.",
  [addk("Falta", ["Ausencia"], [fld("fecha", "date"), fld("motivo", "text", alt=["long_text"]), fld("justificada", "boolean")]),
   rel("Falta", "alumno")])
C("t3s04", "es", COLE, "Un tutor puede tener varios alumnos a su cargo.", [rel("alumno", "tutor")])
# German
C("t3d01", "de", LAGER, "Jeder Artikel liegt an einem Lagerort, das fehlt noch.", [rel("artikel", "lagerort")])
C("t3d02", "de", LAGER, "Wir möchten auch die Lieferungen pro Artikel erfassen – Datum, Menge und Lieferant.",
  [addk("Lieferung", [], [fld("datum", "date"), fld("menge", "integer", alt=["decimal"]), fld("lieferant", "text", alt=["reference"])]),
   rel("Lieferung", "artikel")])
C("t3d03", "de", LAGER, "Bitte beim Artikel noch die Maße ergänzen: Breite, Höhe und Tiefe.",
  [addf("artikel", "breite", "decimal", alt=["integer", "text"]), addf("artikel", "höhe", "decimal", aliases=["hoehe"], alt=["integer", "text"]),
   addf("artikel", "tiefe", "decimal", alt=["integer", "text"])])
C("t3d04", "de", LAGER, "An einem Lagerort liegen viele Artikel.", [rel("artikel", "lagerort")])

if __name__ == "__main__":
    with open("refine-probe-s4r3b.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))
