#!/usr/bin/env python3
"""Construction x language table for gen25/a answers: table.py refine|draft ANSWERS.jsonl [-v]"""
import json, os, sys, collections
sys.path.insert(0, "/work/shared/bench")
import score as S  # noqa: E402
HERE = os.path.dirname(os.path.abspath(__file__))
mode, path = sys.argv[1], sys.argv[2]
cases = [json.loads(l) for l in open(os.path.join(HERE, mode + ".jsonl"), encoding="utf-8")]
ans = {}
for l in open(path, encoding="utf-8"):
    if l.strip():
        d = json.loads(l)
        ans[d.get("id")] = d
tab = collections.defaultdict(lambda: [0, 0])
fails = []
for c in cases:
    a = ans.get(c["id"]) or {}
    spec = a.get("spec")
    if mode == "refine":
        cons = c["construction"]
        ok = isinstance(spec, dict) and S.score_refine_case(c, spec)["ok"]
        why = S.score_refine_case(c, spec)["misses"] if isinstance(spec, dict) else [str(a.get("error"))[:90]]
    else:
        cons = dict(x.split("=") for x in c["notes"].split())["cons"]
        r = S.score_draft_case(c, spec) if isinstance(spec, dict) else None
        ok = bool(r and r.get("app_ok"))
        why = r
    for key in ((cons, c["lang"]), (cons, "all"), ("ALL", c["lang"]), ("ALL", "all")):
        tab[key][0] += ok
        tab[key][1] += 1
    if not ok:
        fails.append((c["id"], c["lang"], cons, c.get("request") or c.get("prompt"), why))
rows = sorted({k for k, _ in tab}, key=lambda k: (k == "ALL", k))
print("%-10s" % "", " ".join("%7s" % l for l in ("en", "fr", "es", "de", "all")))
for r in rows:
    print("%-10s" % r, " ".join("%7s" % ("%d/%d" % tuple(tab[(r, l)]) if (r, l) in tab else "-")
                                for l in ("en", "fr", "es", "de", "all")))
if "-v" in sys.argv:
    for f in fails:
        print(f[0], f[1], f[2], repr(f[3])[:200], "\n    ", str(f[4])[:300])
