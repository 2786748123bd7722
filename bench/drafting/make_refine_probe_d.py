"""Writes refine-probe-d.jsonl: mixed chat edits in the style of the development sample (two edits
in one message, one of them adding a field or changing a type), written at the end of session 3
(helper A) after probes a-c were tuned to; measured before looking."""
import json, os
from make_refine_probe_a import LOANS, WORK, EVENTS, CONTRACTS, CANDIDATES, MACHINES, COMPLAINTS, VOLUNTEERS, PRET, INTERV, ADH, RESERVAS, PEDIDOS, INCID, FUHRPARK, SCHULUNG, BESTELLUNG, add, retype, drop

def req(entity, field, value=True):
    return {"op": "set_required", "entity": entity, "field": field, "value": value}

def opts(entity, field, options):
    return {"op": "set_options", "entity": entity, "field": field, "options": options}

cases = []
def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect, "keep": "all other fields and entities unchanged"})

C("pd01", "en", LOANS, "Borrower has to be filled in. Also add what condition the item was in when it went out.", [req("loan", "borrower"), add("loan", "condition", "text", ["condition out", "condition when lent", "item condition"], ["choice", "long_text"])])
C("pd02", "en", WORK, "we need to know who signed off the work and on which day, and drop the contractor field", [add("work_order", "signed off by", "person", ["approved by"]), add("work_order", "signed off on", "date", ["sign-off date", "date signed off"], ["datetime"]), drop("work_order", "contractor")])
C("pd03", "en", EVENTS, "Capacity isn't needed. Can you add whether each attendee needs parking?", [drop("event", "capacity"), add("registration", "needs parking", "boolean", ["parking"])])
C("pd04", "en", CONTRACTS, "the owner is always someone in legal so make it a person, and add a notice period in days", [retype("contract", "owner", "person"), add("contract", "notice period", "integer", ["notice period in days", "notice days"], ["decimal"])])
C("pd05", "en", CANDIDATES, "Add Withdrawn as a stage, and the interviewer should be picked from the staff list", [opts("candidate", "stage", ["Applied", "Interview", "Offer", "Rejected", "Withdrawn"]), retype("interview", "interviewer", "person")])
C("pd06", "en", MACHINES, "Technicians sometimes need to attach the service report - add that please. Also the cost is in euros, make it money.", [add("maintenance", "service report", "file", ["report"]), retype("maintenance", "cost", "money")])
C("pd07", "en", COMPLAINTS, "we want to see how much compensation we paid, and the summary needs more room", [add("complaint", "compensation paid", "money", ["compensation", "amount paid", "compensation amount"], ["decimal"]), retype("complaint", "summary", "long_text")])
C("pd08", "en", VOLUNTEERS, "Add an email (we mail the rota out) and their t-shirt size: small, medium, large", [add("volunteer", "email", "email"), add("volunteer", "t-shirt size", "choice", ["shirt size", "size"], options=["Small", "Medium", "Large"])])
C("pd09", "fr", PRET, "La remarque n'est plus utile, supprime-la. Et ajoute la date de retour réelle.", [drop("pret", "remarque"), add("pret", "date de retour réelle", "date", ["retour réel", "date de retour"])])
C("pd10", "fr", INTERV, "Le demandeur doit être un salarié et il faut pouvoir joindre des photos", [retype("intervention", "demandeur", "person"), add("intervention", "photos", "file", ["photo"])])
C("pd11", "fr", ADH, "Ajoute le montant de la cotisation payée et rends le prénom obligatoire", [add("adherent", "montant de la cotisation payée", "money", ["montant", "cotisation payée", "montant payé"], ["decimal"]), req("adherent", "prenom")])
C("pd12", "es", RESERVAS, "Añade cuántas personas asisten y haz obligatorio el organizador", [add("reserva", "número de personas", "integer", ["personas", "asistentes", "número de asistentes"]), req("reserva", "organizador")])
C("pd13", "es", PEDIDOS, "El importe tiene que ser un importe en euros y añade la fecha de entrega", [retype("pedido", "importe", "money", ["decimal"]), add("pedido", "fecha de entrega", "date", ["entrega"], ["datetime"])])
C("pd14", "es", INCID, "Quiero saber quién resolvió la incidencia y cuándo", [add("incidencia", "resuelto por", "person", ["resolvió", "resuelta por"]), add("incidencia", "resuelto el", "date", ["fecha de resolución", "resuelta el"], ["datetime"])])
C("pd15", "de", FUHRPARK, "Der Fahrer muss ausgefüllt werden und bitte noch den Tankstand bei Rückgabe ergänzen", [req("fahrt", "fahrer"), add("fahrt", "Tankstand bei Rückgabe", "text", ["Tankstand"], ["choice", "decimal", "integer"])])
C("pd16", "de", SCHULUNG, "Dauer bitte in Stunden als Zahl, und wir brauchen noch den Veranstaltungsort", [retype("schulung", "dauer", "decimal", ["integer"]), add("schulung", "Veranstaltungsort", "text", ["Ort"])])
C("pd17", "de", BESTELLUNG, "Füg bitte hinzu, wer bestellt hat, und beim Lieferanten die Kundennummer", [add("bestellung", "bestellt von", "person", ["Besteller"]), add("lieferant", "Kundennummer", "text")])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "refine-probe-d.jsonl")
with open(out, "w") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
