#!/usr/bin/env python3
"""Sanity checks for one folder of drafting/refining cases written by a set writer (probe5, probe6, probe9,
probe10, probe-h3, probe-h4 and the writers' folders outside the repository).

  python3 check_set.py FOLDER   # validate FOLDER/draft.jsonl and FOLDER/refine.jsonl, build perfect answers, score them
  python3 FOLDER/check.py       # the same, from the folder's own entry point

1. every line parses and carries the keys score.py reads;
2. draft expectations are well formed (types, options on choices, reference targets name an
   expected kind, relations match reference fields);
3. every refine starting spec passes the APP-SPEC core rules (score.py's contract check), and the
   ops name existing entities/fields;
4. perfect answers are built from the expectations and scored with score.py --answers; a perfect
   answer file must score 1.0 on apps ok / cases ok.
Standard library only.
"""
import copy, json, os, re, subprocess, sys, tempfile, unicodedata
sys.dont_write_bytecode = True
from collections import Counter

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
# the scorer sits beside the repository (../shared/bench/score.py), as in the README's benchmark commands
_REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCORE = next((p for p in (os.path.join(_REPO, "..", "shared", "bench", "score.py"), "/work/shared/bench/score.py")
              if os.path.exists(p)), "/work/shared/bench/score.py")
sys.path.insert(0, os.path.dirname(SCORE))
import score as S  # noqa: E402  (the official scorer: contract_errors, TYPES, KEY ...)

OPS = {"add_field", "remove_field", "rename_field", "change_type", "set_required", "set_options",
       "add_entity", "remove_entity", "add_relation"}
OP_KEYS = {"add_field": {"entity", "name", "aliases", "type", "alt_types"},
           "remove_field": {"entity", "field"},
           "rename_field": {"entity", "field", "to", "aliases"},
           "change_type": {"entity", "field", "type", "alt_types"},
           "set_required": {"entity", "field", "value"},
           "set_options": {"entity", "field", "options"},
           "add_entity": {"name", "aliases", "fields"},
           "remove_entity": {"entity"},
           "add_relation": {"from", "to"}}
problems = []


def bad(msg):
    problems.append(msg)


def slug(s, taken=()):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_") or "x"
    if not s[0].isalpha():
        s = "f_" + s
    if s in S.SYSTEM or s in S.RESERVED:
        s = s + "_1"
    s = s[:60]
    base, i = s, 2
    while s in taken:
        s = f"{base}_{i}"
        i += 1
    return s


def load(path):
    rows = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"{path}:{n}: not JSON ({e})")
    return rows


def check_gold_field(where, f):
    for k in ("name", "aliases", "type", "alt_types"):
        if k not in f:
            bad(f"{where}: missing {k}")
    if f.get("type") not in S.TYPES:
        bad(f"{where}: bad type {f.get('type')}")
    for t in f.get("alt_types") or []:
        if t not in S.TYPES:
            bad(f"{where}: bad alt type {t}")
    if f.get("type") in ("choice", "multi_choice") and "options" not in f:
        bad(f"{where}: choice without an options key")


# ---------- draft ----------

def check_draft(cases):
    ids = Counter(c.get("id") for c in cases)
    for i, n in ids.items():
        if n > 1:
            bad(f"draft: duplicate id {i}")
    for c in cases:
        for k in ("id", "lang", "prompt", "entities", "relations", "notes"):
            if k not in c:
                bad(f"{c.get('id')}: missing {k}")
        names = [e["name"] for e in c["entities"]]
        if len(set(names)) != len(names):
            bad(f"{c['id']}: duplicate entity names")
        refs = set()
        for e in c["entities"]:
            if not e.get("fields"):
                bad(f"{c['id']}.{e['name']}: no fields")
            fnames = [f["name"] for f in e["fields"]]
            if len(set(fnames)) != len(fnames):
                bad(f"{c['id']}.{e['name']}: duplicate field names")
            for f in e["fields"]:
                check_gold_field(f"{c['id']}.{e['name']}.{f.get('name')}", f)
                if f.get("type") == "reference":
                    if f.get("target") not in names:
                        bad(f"{c['id']}.{e['name']}.{f['name']}: target {f.get('target')} not an expected kind")
                    if not f.get("optional"):
                        refs.add((e["name"], f.get("target")))
        rels = {(r["from"], r["to"]) for r in c["relations"]}
        if rels != refs:
            bad(f"{c['id']}: relations {sorted(rels)} != reference fields {sorted(refs)}")


def perfect_draft(c):
    ents, keys = [], {}
    for e in c["entities"]:
        keys[e["name"]] = slug(e["name"], set(keys.values()))
    for e in c["entities"]:
        fields, taken = [], set()
        for f in e["fields"]:
            k = slug(f["name"], taken)
            taken.add(k)
            pf = {"key": k, "label": f["name"], "type": f["type"]}
            if f["type"] in ("choice", "multi_choice"):
                pf["options"] = f.get("options") or ["Option A", "Option B"]
            if f["type"] == "reference":
                pf["target"] = keys[f["target"]]
            fields.append(pf)
        ents.append({"key": keys[e["name"]], "name": e["name"], "plural": e["name"], "fields": fields})
    spec = {"spec": 1, "name": c["id"], "entities": ents}
    errs = S.contract_errors(spec)
    if errs:
        bad(f"{c['id']}: perfect answer invalid: {errs}")
    return {"id": c["id"], "spec": spec}


# ---------- refine ----------

def check_refine(cases):
    ids = Counter(c.get("id") for c in cases)
    for i, n in ids.items():
        if n > 1:
            bad(f"refine: duplicate id {i}")
    for c in cases:
        for k in ("id", "lang", "spec", "request", "expect", "keep"):
            if k not in c:
                bad(f"{c.get('id')}: missing {k}")
        spec = c["spec"]
        errs = S.contract_errors(spec)
        if errs:
            bad(f"{c['id']}: starting spec invalid: {errs}")
        if spec.get("spec") != 1 or not spec.get("name"):
            bad(f"{c['id']}: spec/name missing")
        for e in spec["entities"]:
            if not e.get("plural"):
                bad(f"{c['id']}.{e['key']}: no plural")
            n = len(e["fields"])
            if not 2 <= n <= 6:
                bad(f"{c['id']}.{e['key']}: {n} fields (want 2-6)")
            for f in e["fields"]:
                extra = set(f) - {"key", "label", "type", "required", "unique", "options", "target"}
                if extra:
                    bad(f"{c['id']}.{e['key']}.{f['key']}: unexpected keys {extra}")
        if not 1 <= len(spec["entities"]) <= 3:
            bad(f"{c['id']}: {len(spec['entities'])} entities (want 1-3)")
        ekeys = {e["key"]: e for e in spec["entities"]}
        new_names = {op["name"] for op in c["expect"] if op["op"] == "add_entity"}
        for op in c["expect"]:
            kind = op.get("op")
            if kind not in OPS:
                bad(f"{c['id']}: unknown op {kind}")
                continue
            missing = OP_KEYS[kind] - set(op)
            if missing:
                bad(f"{c['id']}: {kind} missing {missing}")
            if "entity" in op and op["entity"] not in ekeys:
                bad(f"{c['id']}: {kind} on unknown entity {op['entity']}")
            if "field" in op and op.get("entity") in ekeys and kind != "add_field":
                if not any(f["key"] == op["field"] for f in ekeys[op["entity"]]["fields"]):
                    bad(f"{c['id']}: {kind} on unknown field {op['entity']}.{op['field']}")
            if kind in ("add_field", "change_type") and op["type"] not in S.TYPES:
                bad(f"{c['id']}: bad type {op['type']}")
            if kind == "add_field" and op["type"] in ("choice", "multi_choice") and not op.get("options"):
                bad(f"{c['id']}: add_field choice without options")
            if kind == "add_entity":
                for f in op["fields"]:
                    check_gold_field(f"{c['id']}.{op['name']}.{f.get('name')}", f)
            if kind == "add_relation":
                for side in ("from", "to"):
                    if op[side] not in ekeys and op[side] not in new_names:
                        bad(f"{c['id']}: add_relation {side} {op[side]} is neither a key nor a new entity")
            if kind == "set_options":
                f = next((x for x in ekeys[op["entity"]]["fields"] if x["key"] == op["field"]), {})
                ct = next((o for o in c["expect"] if o["op"] == "change_type" and o["entity"] == op["entity"]
                           and o["field"] == op["field"]), None)
                if f.get("type") not in ("choice", "multi_choice") and not ct:
                    bad(f"{c['id']}: set_options on a non-choice field without change_type")


def perfect_refine(c):
    spec = copy.deepcopy(c["spec"])
    ents = spec["entities"]

    def ent(ref):
        for e in ents:
            if e["key"] == ref or e.get("_new_name") == ref:
                return e
        raise KeyError(ref)

    for op in c["expect"]:
        k = op["op"]
        if k == "add_field":
            e = ent(op["entity"])
            f = {"key": slug(op["name"], {x["key"] for x in e["fields"]}), "label": op["name"], "type": op["type"]}
            if op.get("options"):
                f["options"] = list(op["options"])
            e["fields"].append(f)
        elif k == "remove_field":
            e = ent(op["entity"])
            e["fields"] = [f for f in e["fields"] if f["key"] != op["field"]]
        elif k in ("rename_field", "change_type", "set_required", "set_options"):
            f = next(x for x in ent(op["entity"])["fields"] if x["key"] == op["field"])
            if k == "rename_field":
                f["label"] = op["to"]
            elif k == "change_type":
                f["type"] = op["type"]
                if op["type"] != "reference":
                    f.pop("target", None)
                if op["type"] not in ("choice", "multi_choice"):
                    f.pop("options", None)
            elif k == "set_required":
                if op["value"]:
                    f["required"] = True
                else:
                    f.pop("required", None)
            else:
                f["options"] = list(op["options"])
        elif k == "add_entity":
            key = slug(op["name"], {e["key"] for e in ents})
            fields, taken = [], set()
            for g in op["fields"]:
                fk = slug(g["name"], taken)
                taken.add(fk)
                pf = {"key": fk, "label": g["name"], "type": g["type"]}
                if g["type"] in ("choice", "multi_choice"):
                    pf["options"] = g.get("options") or ["Option A", "Option B"]
                fields.append(pf)
            ents.append({"key": key, "name": op["name"], "plural": op["name"] + "s", "fields": fields, "_new_name": op["name"]})
        elif k == "remove_entity":
            spec["entities"] = ents = [e for e in ents if e["key"] != op["entity"]]
        elif k == "add_relation":
            src, dst = ent(op["from"]), ent(op["to"])
            pending = next((f for f in src["fields"] if f["type"] == "reference" and not f.get("target")), None)
            if pending:
                pending["target"] = dst["key"]
            elif not any(f["type"] == "reference" and f.get("target") == dst["key"] for f in src["fields"]):
                src["fields"].append({"key": slug(dst["name"], {x["key"] for x in src["fields"]}),
                                      "label": dst["name"], "type": "reference", "target": dst["key"]})
    for e in ents:
        e.pop("_new_name", None)
        for f in e["fields"]:
            if f["type"] in ("choice", "multi_choice") and not f.get("options"):
                f["options"] = ["Option A", "Option B"]
    errs = S.contract_errors(spec)
    if errs:
        bad(f"{c['id']}: perfect answer invalid: {errs}")
    return {"id": c["id"], "spec": spec}


def run_score(mode, cases_path, answers):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for a in answers:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        path = fh.name
    p = subprocess.run([sys.executable, SCORE, mode, cases_path, "--answers", path, "-v"],
                       capture_output=True, text=True)
    os.unlink(path)
    print(p.stdout, end="")
    if p.returncode != 0:
        bad(f"score.py {mode} exited {p.returncode}: {p.stderr[-500:]}")
    last = p.stdout.strip().splitlines()
    summary = json.loads(last[-2]) if len(last) >= 2 else {}
    return summary


def main():
    dpath, rpath = os.path.join(HERE, "draft.jsonl"), os.path.join(HERE, "refine.jsonl")
    draft, refine = load(dpath), load(rpath)
    check_draft(draft)
    check_refine(refine)
    print("draft cases per language:", dict(Counter(c["lang"] for c in draft)))
    print("draft kinds per case:", dict(sorted(Counter(len(c["entities"]) for c in draft).items())),
          "relations:", sum(len(c["relations"]) for c in draft))
    print("refine cases per language:", dict(Counter(c["lang"] for c in refine)))
    print("refine ops:", dict(Counter(op["op"] for c in refine for op in c["expect"]).most_common()))
    ds = run_score("draft", dpath, [perfect_draft(c) for c in draft])
    rs = run_score("refine", rpath, [perfect_refine(c) for c in refine])
    if draft and (ds.get("apps_ok") != 1.0 or ds.get("field_f1") != 1.0 or ds.get("relation_recall") != 1.0):
        bad(f"perfect draft answers do not score 1.0: {ds}")
    if refine and (rs.get("cases_ok") != 1.0 or rs.get("op_accuracy") != 1.0):
        bad(f"perfect refine answers do not score 1.0: {rs}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
