"""Probe set RB8: unusual phrasings that a refiner tends to refuse (questions, long chatty
sentences, imperatives without a verb of editing), written after RB7 and scored once before
further change. Run from this folder: python3 make_refine_probe_rb8.py -> refine-probe-rb8.jsonl"""
import json
from make_refine_probe_rb import f, ent, spec, ref, fld, rm, rme, rn, req, opts, rel, addk, addf

HR = spec("Onboarding", [
    ent("hire", "New hire", "New hires", [f("name", "Name", "text", required=True), f("start", "Start date", "date", required=True),
                                        f("department", "Department", "choice", options=["Sales", "Ops", "Tech"]),
                                        f("laptop", "Laptop needed", "boolean"), f("buddy", "Buddy", "person"),
                                        f("contract", "Contract", "file"), f("notes", "Notes", "long_text")]),
    ent("task", "Task", "Tasks", [ref("hire", "New hire", "hire", required=True), f("title", "Title", "text", required=True),
                                 f("done", "Done", "boolean"), f("due", "Due", "date")])])

cases = []


def C(id, lang, sp, req_, expect):
    cases.append({"id": id, "lang": lang, "spec": sp, "request": req_, "expect": expect,
                  "keep": "all other fields and entities unchanged"})


C("wb01", "en", HR, "Can we lose the notes box?", [rm("hire", "notes")])
C("wb02", "en", HR, "Is it possible to make the buddy mandatory?", [req("hire", "buddy")])
C("wb03", "en", HR, "Could the department also have Finance as an option?", [opts("hire", "department", ["Sales", "Ops", "Tech", "Finance"])])
C("wb04", "en", HR, "Honestly the contract upload is never used so I'd remove it", [rm("hire", "contract")])
C("wb05", "en", HR, "Laptop needed → Equipment needed", [rn("hire", "laptop", "Equipment needed")])
C("wb06", "en", HR, "No more Ops department, it merged into Tech", [opts("hire", "department", ["Sales", "Tech"])])
C("wb07", "en", HR, "I don't think anyone needs the due date on tasks", [rm("task", "due")])
C("wb08", "en", HR, "The title of a task is optional really", [req("task", "title", False)])
C("wf01", "fr", HR, "Est-ce qu'on peut enlever les notes ?", [rm("hire", "notes")])
C("wf02", "fr", HR, "Serait-il possible de rendre le buddy obligatoire ?", [req("hire", "buddy")])
C("we01", "es", HR, "¿Podemos quitar las notas?", [rm("hire", "notes")])
C("we02", "es", HR, "¿Se puede añadir Finanzas al departamento?", [opts("hire", "department", ["Sales", "Ops", "Tech", "Finanzas"])])
C("wd01", "de", HR, "Können wir die Notes rausnehmen?", [rm("hire", "notes")])
C("wd02", "de", HR, "Wäre es möglich, den Buddy zur Pflicht zu machen?", [req("hire", "buddy")])

if __name__ == "__main__":
    with open("refine-probe-rb8.jsonl", "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases))
