#!/usr/bin/env python3
"""Construction x language table of apps ok for saved answers: table.py ANSWERS.jsonl [-v]"""
import json, os, sys, collections
sys.path.insert(0, "/work/shared/bench")
import score as S
HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"), encoding="utf-8")]
ans = {}
for l in open(sys.argv[1], encoding="utf-8"):
    l = l.strip()
    if l:
        d = json.loads(l)
        ans[d.get("id")] = d.get("spec") or {}
tab = collections.defaultdict(lambda: [0, 0])
misses = collections.Counter()
for c in cases:
    n = dict(x.split("=") for x in c["notes"].split())
    r = S.score_draft_case(c, ans.get(c["id"], {}))
    for con in n["cons"].split("+"):
        for key in ((con, c["lang"]), (con, "all")):
            tab[key][1] += 1
            tab[key][0] += r["app_ok"]
    for key in (("kinds" + n["kinds"], c["lang"]), ("ALL", c["lang"]), ("ALL", "all")):
        tab[key][1] += 1
        tab[key][0] += r["app_ok"]
    if "-v" in sys.argv and not r["app_ok"]:
        print(c["id"], c["lang"], n["cons"], r["misses"][:6])
rows = sorted({k[0] for k in tab})
print(f"{'construction':14}" + "".join(f"{l:>9}" for l in ("en", "fr", "es", "de", "all")))
for row in rows:
    print(f"{row:14}" + "".join(f"{tab[(row, l)][0]:>4}/{tab[(row, l)][1]:<4}" for l in ("en", "fr", "es", "de", "all")))
