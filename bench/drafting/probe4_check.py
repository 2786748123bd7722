#!/usr/bin/env python3
"""Validates probe4-draft.jsonl and probe4-refine.jsonl and scores perfect answers built from the expectations."""
import json, os, re, subprocess, sys, tempfile, unicodedata, copy
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "bench"))
import score as S

problems = []
def bad(msg): problems.append(msg)

def keyify(name, taken):
    k = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    k = re.sub(r"[^a-z0-9]+", "_", k).strip("_") or "x"
    if not k[0].isalpha(): k = "f_" + k
    k = k[:60]
    base, n = k, 2
    while k in taken or k in S.SYSTEM or k in S.RESERVED:
        k = f"{base}_{n}"; n += 1
    taken.add(k)
    return k

def check_names(where, names):
    for n in names:
        if n and not S.norm_tokens(n):
            bad(f"{where}: name {n!r} is only stop-words")

# ---------- draft ----------
def perfect_draft(case):
    ekeys, ents = set(), []
    kmap = {}
    for g in case["entities"]:
        kmap[g["name"]] = keyify(g["name"], ekeys)
    for g in case["entities"]:
        fk, fields = set(), []
        for gf in g["fields"]:
            fd = {"key": keyify(gf["name"], fk), "label": gf["name"], "type": gf["type"]}
            if gf["type"] in ("choice", "multi_choice"):
                fd["options"] = gf.get("options") or ["Option 1", "Option 2"]
            if gf["type"] == "reference":
                fd["target"] = kmap[gf["target"]]
            fields.append(fd)
        ents.append({"key": kmap[g["name"]], "name": g["name"], "plural": g["name"] + "s", "fields": fields})
    return {"spec": 1, "name": case["id"], "entities": ents}

def check_draft(path):
    out, ids = [], set()
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            c = json.loads(line)
        except Exception as e:
            bad(f"draft line {i}: {e}"); continue
        for k in ("id", "lang", "prompt", "entities", "relations", "notes"):
            if k not in c: bad(f"{c.get('id')}: missing {k}")
        if c["id"] in ids: bad(f"duplicate id {c['id']}")
        ids.add(c["id"])
        names = [e["name"] for e in c["entities"]]
        if len(set(names)) != len(names): bad(f"{c['id']}: duplicate entity names")
        for e in c["entities"]:
            check_names(c["id"], [e["name"]] + e.get("aliases", []))
            fnames = [f["name"] for f in e["fields"]]
            if len(set(fnames)) != len(fnames): bad(f"{c['id']}.{e['name']}: duplicate field names")
            for f in e["fields"]:
                for k in ("name", "aliases", "type", "alt_types"):
                    if k not in f: bad(f"{c['id']}.{e['name']}.{f.get('name')}: missing {k}")
                check_names(f"{c['id']}.{e['name']}", [f["name"]] + f["aliases"])
                for t in [f["type"]] + f["alt_types"]:
                    if t not in S.TYPES: bad(f"{c['id']}: bad type {t}")
                if f["type"] in ("choice", "multi_choice") and "options" not in f:
                    bad(f"{c['id']}.{f['name']}: choice without options key")
                if f["type"] == "reference" and f.get("target") not in names:
                    bad(f"{c['id']}.{f['name']}: bad target {f.get('target')}")
        for r in c["relations"]:
            if r["from"] not in names or r["to"] not in names: bad(f"{c['id']}: bad relation {r}")
            src = next(e for e in c["entities"] if e["name"] == r["from"])
            if not any(f["type"] == "reference" and f.get("target") == r["to"] for f in src["fields"]):
                bad(f"{c['id']}: relation {r} has no reference field")
        spec = perfect_draft(c)
        errs = S.contract_errors(spec)
        if errs: bad(f"{c['id']}: perfect spec invalid {errs}")
        out.append({"id": c["id"], "spec": spec})
    return out

# ---------- refine ----------
def ent_by_ref(spec, ref, base_keys):
    return S.find_entity(spec, ref, base_keys)

def perfect_refine(case):
    spec = copy.deepcopy(case["spec"])
    base_keys = {e["key"] for e in spec["entities"]}
    ops = case["expect"]
    def fields_from(defs, taken):
        fs = []
        for d in defs:
            fd = {"key": keyify(d["name"], taken), "label": d["name"], "type": d["type"]}
            if d["type"] in ("choice", "multi_choice"):
                fd["options"] = d.get("options") or ["Option 1", "Option 2"]
            fs.append(fd)
        return fs
    ekeys = set(base_keys)
    for op in ops:
        if op["op"] == "add_entity":
            k = keyify(op["name"], ekeys)
            spec["entities"].append({"key": k, "name": op["name"], "plural": op["name"] + "s",
                                     "fields": fields_from(op.get("fields") or [], set())})
    for op in ops:
        kind = op["op"]
        if kind == "add_entity":
            continue
        if kind == "remove_entity":
            spec["entities"] = [e for e in spec["entities"] if e["key"] != op["entity"]]
            continue
        if kind == "add_relation":
            src = ent_by_ref(spec, op["from"], base_keys); dst = ent_by_ref(spec, op["to"], base_keys)
            if not any(f["type"] == "reference" and f.get("target") == dst["key"] for f in src["fields"]):
                taken = {f["key"] for f in src["fields"]}
                if dst["key"] in taken:  # a removed-later text field of the same key: avoid
                    k = keyify(dst["key"] + "_link", taken)
                else:
                    k = keyify(dst["key"], taken)
                src["fields"].append({"key": k, "label": dst["name"], "type": "reference", "target": dst["key"]})
            continue
        e = ent_by_ref(spec, op["entity"], base_keys)
        if kind == "add_field":
            taken = {f["key"] for f in e["fields"]}
            fd = {"key": keyify(op["name"], taken), "label": op["name"], "type": op["type"]}
            if op["type"] in ("choice", "multi_choice"):
                fd["options"] = op.get("options") or ["Option 1", "Option 2"]
            if op["type"] == "reference":
                fd["target"] = ent_by_ref(spec, op["target"], base_keys)["key"]
            e["fields"].append(fd)
            continue
        f = next(x for x in e["fields"] if x["key"] == op["field"])
        if kind == "remove_field":
            e["fields"].remove(f)
        elif kind == "rename_field":
            f["label"] = op["to"]
        elif kind == "change_type":
            f["type"] = op["type"]
            if op["type"] == "reference":
                tgt = next(o for o in ops if o["op"] == "add_relation")
                f["target"] = ent_by_ref(spec, tgt["to"], base_keys)["key"]
            elif op["type"] in ("choice", "multi_choice"):
                f.setdefault("options", ["Option 1", "Option 2"])
            if op["type"] != "reference": f.pop("target", None)
            if op["type"] not in ("choice", "multi_choice") and not any(
                    o["op"] == "set_options" and o["field"] == op["field"] for o in ops):
                f.pop("options", None)
        elif kind == "set_required":
            f["required"] = op["value"]
        elif kind == "set_options":
            f["options"] = list(op["options"])
    return spec

def check_refine(path):
    out, ids = [], set()
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            c = json.loads(line)
        except Exception as e:
            bad(f"refine line {i}: {e}"); continue
        for k in ("id", "lang", "spec", "request", "expect", "keep"):
            if k not in c: bad(f"{c.get('id')}: missing {k}")
        if c["id"] in ids: bad(f"duplicate id {c['id']}")
        ids.add(c["id"])
        errs = S.contract_errors(c["spec"])
        if errs: bad(f"{c['id']}: base spec invalid {errs}")
        for e in c["spec"]["entities"]:
            if not (2 <= len(e["fields"]) <= 6): bad(f"{c['id']}.{e['key']}: {len(e['fields'])} fields")
        bk = {e["key"]: e for e in c["spec"]["entities"]}
        for op in c["expect"]:
            if op["op"] not in ("add_field", "remove_field", "rename_field", "change_type", "set_required",
                                "set_options", "add_entity", "remove_entity", "add_relation"):
                bad(f"{c['id']}: unknown op {op['op']}")
            if "field" in op and op["field"] not in {f["key"] for f in bk[op["entity"]]["fields"]}:
                bad(f"{c['id']}: op on unknown field {op['entity']}.{op['field']}")
            if op["op"] == "add_field":
                check_names(c["id"], [op["name"]] + op.get("aliases", []))
            if op["op"] == "rename_field":
                check_names(c["id"], [op["to"]] + op.get("aliases", []))
        spec = perfect_refine(c)
        errs = S.contract_errors(spec)
        if errs: bad(f"{c['id']}: perfect spec invalid {errs}")
        out.append({"id": c["id"], "spec": spec})
    return out

def run(mode, cases, answers):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for a in answers: fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    p = subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "..", "shared", "bench", "score.py"), mode, cases, "--answers", fh.name, "-v"],
                       capture_output=True, text=True)
    os.unlink(fh.name)
    print(p.stdout.strip())
    return p.stdout

if __name__ == "__main__":
    d = os.path.join(HERE, "probe4-draft.jsonl"); r = os.path.join(HERE, "probe4-refine.jsonl")
    da = check_draft(d); ra = check_refine(r)
    so_d = run("draft", d, da)
    so_r = run("refine", r, ra)
    summ_d = json.loads([l for l in so_d.splitlines() if l.startswith("{")][-1])
    summ_r = json.loads([l for l in so_r.splitlines() if l.startswith("{")][-1])
    for k in ("field_f1", "entity_f1", "type_accuracy", "option_recall", "relation_recall", "apps_ok"):
        if summ_d[k] != 1.0: bad(f"draft perfect {k} = {summ_d[k]}")
    for k in ("op_accuracy", "clean", "cases_ok"):
        if summ_r[k] != 1.0: bad(f"refine perfect {k} = {summ_r[k]}")
    if summ_d["invalid"] or summ_r["invalid"]: bad("invalid perfect specs")
    # sanity: answering a refine case with its unchanged spec must never pass
    for line in open(r, encoding="utf-8"):
        c = json.loads(line)
        if S.score_refine_case(c, copy.deepcopy(c["spec"]))["ok"]:
            bad(f"{c['id']}: unchanged spec already passes")
    print("\n".join(problems) if problems else "ALL CHECKS PASSED")
    sys.exit(1 if problems else 0)
