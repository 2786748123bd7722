#!/usr/bin/env python3
"""Construction x language table for gen23/t: a row is ok when both target fields are found with an accepted type.
  python3 table.py ANSWERS.jsonl   (answers as saved by score.py --save / run.sh)"""
import json, os, sys
from collections import defaultdict
sys.path.insert(0, "/work/shared/bench")
import score as S
HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"))]
ans = {}
for l in open(sys.argv[1]):
    a = json.loads(l)
    ans[a.get("id")] = a
tab = defaultdict(lambda: [0, 0])
bad = []
for c in cases:
    fam = c["notes"].split(";")[0].split("=")[1]
    a = ans.get(c["id"]) or {}
    spec = a.get("spec") or a.get("answer") or a
    ents = [e for e in (spec.get("entities") or []) if isinstance(e, dict)]
    fields = [f for e in ents for f in S.user_fields(e)]
    gold = c["entities"][0]["fields"][1:]
    m = S.match_fields(gold, fields)
    ok = all(i in m and fields[m[i]].get("type") in {g["type"]} | set(g["alt_types"]) for i, g in enumerate(gold))
    tab[(fam, c["lang"])][1] += 1
    tab[(fam, c["lang"])][0] += ok
    if not ok:
        got = [(g["name"], fields[m[i]].get("label") + ":" + fields[m[i]].get("type") if i in m else "-") for i, g in enumerate(gold)]
        bad.append((fam, c["lang"], c["id"], got))
langs = ["en", "fr", "es", "de"]
print(f"{'construction':12}" + "".join(f"{l:>8}" for l in langs) + f"{'all':>9}")
for fam in ["measure", "count", "money", "yesno", "date", "file", "idtext"]:
    cells = [tab[(fam, l)] for l in langs]
    print(f"{fam:12}" + "".join(f"{a:>5}/{n:<2}" for a, n in cells) + f"{sum(a for a,_ in cells):>6}/{sum(n for _,n in cells)}")
tot = [sum(tab[(f, l)][0] for f in {k[0] for k in tab}) for l in langs]
print(f"{'all':12}" + "".join(f"{t:>5}/56" for t in tot) + f"{sum(tot):>6}/224")
if "-v" in sys.argv:
    for b in sorted(bad):
        print(*b)
