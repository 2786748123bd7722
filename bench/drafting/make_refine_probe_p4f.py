"""Probe set P4F: French, Spanish and German chat edits in a harder, chattier style (missing fields,
values that come along or are split, 'no longer X, only Y', kinds described as 'each X is for a Y,
with …', ratings, choices named with their values, qualified scopes). Written by the session that
fixed these mechanisms, in its own words and on its own domains (library, garage, vehicle fleet).
Run from this folder: python3 make_refine_probe_p4f.py -> refine-probe-p4f.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf


def ct(e, k, t, alt=()):
    return {"op": "change_type", "entity": e, "field": k, "type": t, "alt_types": list(alt)}


BIBLIO = spec("Bibliothèque", [
    ent("livre", "Livre", "Livres", [
        f("titre", "Titre", "text", required=True), f("auteur", "Auteur", "text"), f("isbn", "ISBN", "text"),
        f("genre", "Genre", "choice", options=["Roman", "Essai", "BD"]),
        f("etat", "État", "choice", options=["Neuf", "Bon", "Abîmé"]), f("resume", "Résumé", "text")]),
    ent("emprunt", "Emprunt", "Emprunts", [
        ref("livre", "Livre", "livre", required=True), f("lecteur", "Lecteur", "person"),
        f("date_emprunt", "Date d'emprunt", "date"), f("retour_prevu", "Retour prévu", "date"), f("duree", "Durée (semaines)", "decimal")])])
TALLER = spec("Taller", [
    ent("cliente", "Cliente", "Clientes", [
        f("nombre", "Nombre", "text", required=True), f("telefono", "Teléfono", "phone"), f("email", "Email", "email")]),
    ent("reparacion", "Reparación", "Reparaciones", [
        ref("cliente", "Cliente", "cliente", required=True), f("matricula", "Matrícula", "text"), f("fecha", "Fecha", "date"),
        f("mecanico", "Mecánico", "person"), f("estado", "Estado", "choice", options=["Pendiente", "En curso", "Terminada"]),
        f("descripcion", "Descripción", "text"), f("horas", "Horas", "decimal")])])
FUHRPARK = spec("Fuhrpark", [
    ent("fahrzeug", "Fahrzeug", "Fahrzeuge", [
        f("kennzeichen", "Kennzeichen", "text", required=True), f("marke", "Marke", "text"),
        f("typ", "Typ", "choice", options=["PKW", "Transporter", "LKW"]), f("standort", "Standort", "choice", options=["Berlin", "Hamburg"])]),
    ent("fahrt", "Fahrt", "Fahrten", [
        ref("fahrzeug", "Fahrzeug", "fahrzeug", required=True), f("fahrer", "Fahrer", "text"), f("datum", "Datum", "date"),
        f("kilometer", "Kilometer", "integer"), f("zweck", "Zweck", "text"), f("max_personen", "Max. Personen", "integer"),
        f("status", "Status", "choice", options=["Geplant", "Unterwegs", "Beendet"])])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("pf01", "fr", BIBLIO, "Pour les livres, ajoutez le nombre de pages, et pour les emprunts, si une caution a été versée ou non.",
  [addf("livre", "nombre de pages", "integer", ["pages"]), addf("emprunt", "caution", "boolean", ["caution versée"], ["choice"])])
C("pf02", "fr", BIBLIO, "On n'achète plus de BD, seulement des romans et des essais.", [opts("livre", "genre", ["Roman", "Essai"])])
C("pf03", "fr", BIBLIO, "Le résumé est beaucoup trop court, les bibliothécaires rédigent des paragraphes.", [ct("livre", "resume", "long_text")])
C("pf04", "fr", BIBLIO, "Et pour la durée, on veut un nombre entier de semaines, pas de virgule.", [ct("emprunt", "duree", "integer")])
C("pf05", "fr", BIBLIO, "Il manque l'éditeur et la langue.",
  [addf("livre", "éditeur", "text", ["editeur", "maison d'édition"], ["choice"]), addf("livre", "langue", "text", [], ["choice"])])
C("pf06", "fr", BIBLIO, "Pour l'état, divise « Abîmé » en « Réparable » et « À jeter ».",
  [opts("livre", "etat", ["Neuf", "Bon", "Réparable", "À jeter"])])
C("pf07", "fr", BIBLIO, "Les lecteurs doivent pouvoir noter le livre sur 5.", [addf("emprunt", "note", "integer", ["évaluation", "avis"], ["decimal", "choice"])])
C("pf08", "fr", BIBLIO, "Il nous faut aussi savoir qui est responsable de chaque livre.", [addf("livre", "responsable", "person", [], ["text"])])
C("pf09", "fr", BIBLIO, "Chaque livre est rangé dans une section : Jeunesse, Adultes ou Fonds local.",
  [addf("livre", "section", "choice", ["rayon"], [], ["Jeunesse", "Adultes", "Fonds local"])])
C("pf10", "fr", BIBLIO, "Deux choses : l'ISBN doit être obligatoire ; et ajoutez l'e-mail du lecteur.",
  [req("livre", "isbn"), addf("emprunt", "e-mail", "email", ["email", "e-mail du lecteur", "courriel"])])

C("pe01", "es", TALLER, "Añade el kilometraje y el presupuesto, porfa.",
  [addf("reparacion", "kilometraje", "integer", ["kilómetros"], ["decimal"]), addf("reparacion", "presupuesto", "money", [], ["decimal"])])
C("pe02", "es", TALLER, "Cambia 'En curso' por 'En taller' y añade 'Entregada'.",
  [opts("reparacion", "estado", ["Pendiente", "En taller", "Terminada", "Entregada"])])
C("pe03", "es", TALLER, "La descripción se queda corta, los mecánicos escriben mucho. Y quita el email del cliente, nadie lo mira.",
  [ct("reparacion", "descripcion", "long_text"), rm("cliente", "email")])
C("pe04", "es", TALLER, "Necesito saber cuánto tarda cada reparación y cuánto cuesta.",
  [addf("reparacion", "duración", "decimal", ["tiempo"], ["integer"]), addf("reparacion", "precio", "money", ["importe", "coste"])])
C("pe05", "es", TALLER, "Quiero registrar las piezas usadas: cada pieza es de una reparación, con la referencia, la cantidad y el precio.",
  [addk("Pieza", ["Piezas", "Pieza usada", "Repuesto"], [fld("referencia", "text", ["ref"]), fld("cantidad", "integer", [], ["decimal"]),
                                                          fld("precio", "money", [], ["decimal"])]), rel("Pieza", "reparacion")])
C("pe06", "es", TALLER, "Cada reparación está asignada a un taller: Norte, Sur o Centro.",
  [addf("reparacion", "taller", "choice", ["sede"], [], ["Norte", "Sur", "Centro"])])
C("pe07", "es", TALLER, "Y para los clientes que son empresa, el CIF.", [addf("cliente", "CIF", "text", ["NIF"])])
C("pe08", "es", TALLER, "Faltan la marca y el modelo del coche.",
  [addf("reparacion", "marca", "text", [], ["choice"]), addf("reparacion", "modelo", "text")])
C("pe09", "es", TALLER, "Divide 'Terminada' en 'Lista' y 'Facturada'.", [opts("reparacion", "estado", ["Pendiente", "En curso", "Lista", "Facturada"])])
C("pe10", "es", TALLER, "Ya no hacemos nada En curso, solo Pendiente y Terminada.", [opts("reparacion", "estado", ["Pendiente", "Terminada"])])

C("pd01", "de", FUHRPARK, "Beim Fahrzeug fehlen noch die Farbe und ob es eine Anhängerkupplung hat.",
  [addf("fahrzeug", "Farbe", "text", [], ["choice"]), addf("fahrzeug", "Anhängerkupplung", "boolean", [], ["choice"])])
C("pd02", "de", FUHRPARK, "Der Fahrer ist immer ein Mitarbeiter, also bitte als Person aus dem Verzeichnis.", [ct("fahrt", "fahrer", "person")])
C("pd03", "de", FUHRPARK, "Beim Typ statt 'LKW' bitte 'Kleinbus' und 'Sattelzug'.", [opts("fahrzeug", "typ", ["PKW", "Transporter", "Kleinbus", "Sattelzug"])])
C("pd04", "de", FUHRPARK, "Den Status 'Beendet' bitte aufteilen in 'Abgeschlossen' und 'Abgebrochen'.",
  [opts("fahrt", "status", ["Geplant", "Unterwegs", "Abgeschlossen", "Abgebrochen"])])
C("pd05", "de", FUHRPARK, "Beim Standort muss man mehrere ankreuzen können, und es kommt noch München dazu.",
  [ct("fahrzeug", "standort", "multi_choice"), opts("fahrzeug", "standort", ["Berlin", "Hamburg", "München"])])
C("pd06", "de", FUHRPARK, "Der Zweck und die Kilometer können dann weg.", [rm("fahrt", "zweck"), rm("fahrt", "kilometer")])
C("pd07", "de", FUHRPARK, "Wir müssen sehen, wer für das Fahrzeug verantwortlich ist.", [addf("fahrzeug", "Verantwortlich", "person", ["Verantwortlicher", "Zuständig"], ["text"])])
C("pd08", "de", FUHRPARK, "Die Fahrer sollen jede Fahrt von 1 bis 10 bewerten können.", [addf("fahrt", "Bewertung", "integer", ["Note"], ["decimal", "choice"])])
C("pd09", "de", FUHRPARK, "Wir wollen die Tankvorgänge erfassen: jeder Tankvorgang gehört zu einem Fahrzeug, mit Datum, Liter und Betrag.",
  [addk("Tankvorgang", ["Tankvorgänge", "Tankung"], [fld("Datum", "date", [], ["datetime"]), fld("Liter", "decimal", [], ["integer"]),
                                                     fld("Betrag", "money", [], ["decimal"])]), rel("Tankvorgang", "fahrzeug")])
C("pd10", "de", FUHRPARK, "Max. Personen brauchen wir nicht mehr.", [rm("fahrt", "max_personen")])
C("pd11", "de", FUHRPARK, "Jedes Fahrzeug ist einer Abteilung zugeordnet: Vertrieb, Technik oder Verwaltung.",
  [addf("fahrzeug", "Abteilung", "choice", [], [], ["Vertrieb", "Technik", "Verwaltung"])])

if __name__ == "__main__":
    with open("refine-probe-p4f.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
