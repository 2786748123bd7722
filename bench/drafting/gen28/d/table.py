#!/usr/bin/env python3
"""construction x language -> apps ok / rows, and kinds found / rows.  python3 table.py ANSWERS.jsonl [ANSWERS2.jsonl]"""
import json, os, sys
from collections import defaultdict
sys.path.insert(0, "/work/shared/bench")
import score

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"))]

def table(path):
    ans = {}
    for l in open(path):
        if l.strip():
            a = json.loads(l)
            ans[a["id"]] = a
    t = defaultdict(lambda: [0, 0, 0])
    for c in cases:
        cons = c["notes"].split("construction=")[1]
        spec = ans.get(c["id"], {}).get("spec")
        ok = kinds = False
        if spec:
            r = score.score_draft_case(c, spec)
            ok, kinds = r["app_ok"], r["ent_hit"] == r["ent_gold"]
        for key in ((cons, c["lang"]), (cons, "all"), ("ALL", c["lang"]), ("ALL", "all")):
            t[key][0] += ok; t[key][1] += kinds; t[key][2] += 1
    return t

ts = [table(p) for p in sys.argv[1:]]
langs = ["en", "fr", "es", "de", "all"]
conss = sorted({k[0] for k in ts[0]} - {"ALL"}) + ["ALL"]
print("| construction | " + " | ".join(langs) + " |")
print("| --- |" + " --- |" * len(langs))
for c in conss:
    cells = []
    for l in langs:
        vals = [t.get((c, l)) for t in ts]
        if not vals[0]:
            cells.append("")
            continue
        cells.append(" → ".join(str(v[0]) for v in vals) + f" / {vals[0][2]}")
    print(f"| {c} | " + " | ".join(cells) + " |")
