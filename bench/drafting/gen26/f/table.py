#!/usr/bin/env python3
"""Construction x language and family x language tables for gen26/f.  python3 table.py ANSWERS.jsonl"""
import json, os, subprocess, sys
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, "/work/shared/bench")
import score  # noqa
cases = [json.loads(l) for l in open(os.path.join(HERE, "refine.jsonl"), encoding="utf-8")]
ans = {}
for l in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(l)
    ans[a.get("id")] = a
LANGS = ["en", "fr", "es", "de"]
for axis in ("construction", "family"):
    t = defaultdict(lambda: [0, 0])
    for c in cases:
        a = ans.get(c["id"], {})
        spec = a.get("spec") or a.get("result") or a
        try:
            ok = score.score_refine_case(c, spec)["ok"] if spec and spec.get("entities") else False
        except Exception:
            ok = False
        key = c[axis] if axis == "construction" or "+" not in c[axis] else "multi"
        for k in ((key, c["lang"]), (key, "all"), ("all", c["lang"]), ("all", "all")):
            t[k][0] += ok
            t[k][1] += 1
    rows = sorted({k[0] for k in t} - {"all"}) + ["all"]
    print(f"| {axis} | " + " | ".join(LANGS + ["all"]) + " |")
    print("|---" * 6 + "|")
    for r in rows:
        print(f"| {r} | " + " | ".join(f"{t[(r, l)][0]}/{t[(r, l)][1]}" for l in LANGS + ["all"]) + " |")
    print()
