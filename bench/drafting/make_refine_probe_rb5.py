"""Probe set RB5: French, Spanish and German chat edits of every kind (remove, rename, flags,
choices, kinds and links, additions said in passing), written after RB4's fixes and scored once
before further change. Run from this folder: python3 make_refine_probe_rb5.py -> refine-probe-rb5.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

STAGES = spec("Stages", [
    ent("stagiaire", "Stagiaire", "Stagiaires", [
        f("nom", "Nom", "text", required=True), f("ecole", "École", "text"), f("email", "E-mail", "email"),
        f("debut", "Date de début", "date", required=True), f("fin", "Date de fin", "date"),
        f("gratification", "Gratification", "money"), f("tuteur", "Tuteur", "person"),
        f("service", "Service", "choice", options=["RH", "Finance", "Informatique"]),
        f("convention", "Convention", "file"), f("commentaire", "Commentaire", "long_text")])])
INCIDENTS = spec("Incidents", [
    ent("site", "Site", "Sites", [f("nom", "Nom", "text", required=True), f("ville", "Ville", "text")]),
    ent("incident", "Incident", "Incidents", [
        ref("site", "Site", "site", required=True), f("date", "Date", "datetime", required=True),
        f("gravite", "Gravité", "choice", options=["Faible", "Moyenne", "Élevée"]),
        f("type", "Type", "choice", options=["Chute", "Coupure", "Brûlure"]),
        f("declarant", "Déclarant", "person"), f("arret", "Arrêt de travail", "boolean"), f("description", "Description", "long_text")])])
ALMACEN = spec("Almacén", [
    ent("pedido", "Pedido", "Pedidos", [
        f("numero", "Número", "text", required=True, unique=True), f("cliente", "Cliente", "text", required=True),
        f("fecha", "Fecha", "date"), f("transportista", "Transportista", "choice", options=["SEUR", "MRW", "Correos"]),
        f("urgente", "Urgente", "boolean"), f("peso", "Peso (kg)", "decimal"), f("notas", "Notas", "long_text")])])
PRAXIS = spec("Praxis", [
    ent("patient", "Patient", "Patienten", [
        f("name", "Name", "text", required=True), f("geburtsdatum", "Geburtsdatum", "date"), f("telefon", "Telefon", "phone"),
        f("kasse", "Krankenkasse", "choice", options=["AOK", "TK", "Privat"]), f("allergien", "Allergien", "long_text")]),
    ent("termin", "Termin", "Termine", [
        ref("patient", "Patient", "patient", required=True), f("zeit", "Zeit", "datetime", required=True),
        f("grund", "Grund", "text"), f("arzt", "Arzt", "person"), f("status", "Status", "choice", options=["Geplant", "Erschienen", "Abgesagt"])])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("tf01", "fr", STAGES, "Retire la gratification, c'est géré par la paie", [rm("stagiaire", "gratification")])
C("tf02", "fr", STAGES, "Le champ École devrait plutôt s'appeler Établissement", [rn("stagiaire", "ecole", "Établissement")])
C("tf03", "fr", STAGES, "Rends la date de fin obligatoire et le tuteur aussi", [req("stagiaire", "fin"), req("stagiaire", "tuteur")])
C("tf04", "fr", STAGES, "Il manque le service Juridique", [opts("stagiaire", "service", ["RH", "Finance", "Informatique", "Juridique"])])
C("tf05", "fr", STAGES, "L'e-mail n'est pas obligatoire mais ajoute un téléphone", [addf("stagiaire", "téléphone", "phone", ["telephone", "phone"])])
C("tf06", "fr", STAGES, "Les écoles devraient être une liste à part avec nom et ville, et chaque stagiaire vient d'une école",
  [addk("École", ["Écoles", "Ecole", "School"], [fld("nom", "text", ["name"]), fld("ville", "text", ["city"])]), rel("stagiaire", "École")])
C("tf07", "fr", STAGES, "On ne garde plus la convention ni le commentaire", [rm("stagiaire", "convention"), rm("stagiaire", "commentaire")])
C("tf08", "fr", INCIDENTS, "Supprime la gravité Moyenne", [opts("incident", "gravite", ["Faible", "Élevée"])])
C("tf09", "fr", INCIDENTS, "Les types d'incident sont : chute, coupure, brûlure, malaise", [opts("incident", "type", ["Chute", "Coupure", "Brûlure", "Malaise"])])
C("tf10", "fr", INCIDENTS, "Le déclarant doit toujours être renseigné", [req("incident", "declarant")])
C("tf11", "fr", INCIDENTS, "Renomme « Arrêt de travail » en « Arrêt »", [rn("incident", "arret", "Arrêt")])
# a link to a kind that goes becomes plain text, so that nothing typed is lost
C("tf12", "fr", INCIDENTS, "On n'a plus besoin des sites : supprime-les",
  [rme("site"), {"op": "change_type", "entity": "incident", "field": "site", "type": "text", "alt_types": []}])
C("te01", "es", ALMACEN, "El peso ya no hace falta", [rm("pedido", "peso")])
C("te02", "es", ALMACEN, "Añade DHL como transportista y quita MRW", [opts("pedido", "transportista", ["SEUR", "Correos", "DHL"])])
C("te03", "es", ALMACEN, "Que la fecha sea obligatoria", [req("pedido", "fecha")])
C("te04", "es", ALMACEN, "El cliente no debería ser obligatorio", [req("pedido", "cliente", False)])
C("te05", "es", ALMACEN, "Cambia el nombre de Notas a Observaciones", [rn("pedido", "notas", "Observaciones")])
C("te06", "es", ALMACEN, "Los clientes deberían ser una tabla aparte con nombre, dirección y teléfono",
  [addk("Cliente", ["Clientes", "Customer"], [fld("nombre", "text", ["name"]), fld("dirección", "text", ["direccion", "address"], ["long_text"]), fld("teléfono", "phone", ["telefono"])]),
   rel("pedido", "Cliente")])
C("te07", "es", ALMACEN, "Lo de urgente sobra", [rm("pedido", "urgente")])
C("td01", "de", PRAXIS, "Die Allergien bitte entfernen", [rm("patient", "allergien")])
C("td02", "de", PRAXIS, "Das Telefon soll Pflicht sein, das Geburtsdatum auch", [req("patient", "telefon"), req("patient", "geburtsdatum")])
C("td03", "de", PRAXIS, "Bei der Krankenkasse fehlen noch Barmer und DAK", [opts("patient", "kasse", ["AOK", "TK", "Privat", "Barmer", "DAK"])])
C("td04", "de", PRAXIS, "„Grund“ soll „Anliegen“ heißen", [rn("termin", "grund", "Anliegen")])
C("td05", "de", PRAXIS, "Den Status Erschienen brauchen wir nicht mehr", [opts("termin", "status", ["Geplant", "Abgesagt"])])
C("td06", "de", PRAXIS, "Jeder Termin findet in einem Raum statt; Räume haben einen Namen und ein Stockwerk",
  [addk("Raum", ["Räume", "Room"], [fld("name", "text"), fld("stockwerk", "integer", ["etage"], ["text"])]), rel("termin", "Raum")])
C("td07", "de", PRAXIS, "Die Zeit muss nicht Pflicht sein", [req("termin", "zeit", False)])

if __name__ == "__main__":
    with open("refine-probe-rb5.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    langs = {}
    for c in cases:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
    print(len(cases), langs)
