#!/usr/bin/env python3
"""Construction x language table of a saved answer file for gen27/p.
usage: python3 table.py ANSWERS.jsonl [-v]   (answers saved by score.py --save, or whole.py's answers)"""
import json, os, sys
from collections import defaultdict
sys.dont_write_bytecode = True
sys.path.insert(0, "/work/shared/bench")
import score as S  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "refine.jsonl"), encoding="utf-8")]
answers = S.parse_answers(open(sys.argv[1], encoding="utf-8").read())
tab = defaultdict(lambda: [0, 0])
fails = []
for c in cases:
    a = answers.get(c["id"]) if isinstance(answers, dict) else None
    spec = (a or {}).get("spec") if isinstance(a, dict) else None
    ok = False
    if isinstance(spec, dict):
        r = S.score_refine_case(c, spec)
        ok = r["ok"]
        why = r["misses"]
    else:
        why = ["no spec: " + str(a)[:80]]
    for key in ((c["construction"], c["lang"]), (c["construction"], "all"), ("ALL", c["lang"]), ("ALL", "all"),
                ("ops=%d" % len(c["expect"]), c["lang"]), ("ops=%d" % len(c["expect"]), "all")):
        tab[key][0] += ok
        tab[key][1] += 1
    if not ok:
        fails.append((c["id"], c["lang"], c["construction"], c["request"], why))
rows = sorted({k for k, _ in tab}, key=lambda k: (k == "ALL", k.startswith("ops"), k))
print(f"{'construction':14}" + "".join(f"{l:>9}" for l in ("en", "fr", "es", "de", "all")))
for r in rows:
    print(f"{r:14}" + "".join(f"{('%d/%d' % tuple(tab[(r, l)])) if (r, l) in tab else '':>9}" for l in ("en", "fr", "es", "de", "all")))
if "-v" in sys.argv:
    for f in fails:
        print(*f[:3], repr(f[3])[:160], f[4])
