#!/usr/bin/env python3
"""Construction x language table for gen26/c answers: table.py ANSWERS.jsonl [-v]
ok = the app is ok and no asked detail is missing or of the wrong type."""
import json, os, sys, collections
sys.path.insert(0, "/work/shared/bench")
import score as S  # noqa: E402
HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1]
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"), encoding="utf-8")]
ans = {}
for l in open(path, encoding="utf-8"):
    if l.strip():
        d = json.loads(l)
        ans[d.get("id")] = d
tab = collections.defaultdict(lambda: [0, 0])
fails = []
for c in cases:
    spec = (ans.get(c["id"]) or {}).get("spec")
    cons = dict(x.split("=") for x in c["notes"].split())["cons"]
    r = S.score_draft_case(c, spec) if isinstance(spec, dict) else None
    ok = bool(r and r.get("app_ok") and not r["misses"])
    for key in ((cons, c["lang"]), (cons, "all"), ("ALL", c["lang"]), ("ALL", "all")):
        tab[key][0] += ok
        tab[key][1] += 1
    if not ok:
        got = [(e.get("name"), [(f.get("label"), f.get("type")) for f in e.get("fields", [])])
               for e in (spec or {}).get("entities", [])] if isinstance(spec, dict) else None
        fails.append((c["id"], c["lang"], cons, c["prompt"], r and r["misses"], got))
rows = sorted({k for k, _ in tab}, key=lambda k: (k == "ALL", k))
print("%-11s" % "", " ".join("%7s" % l for l in ("en", "fr", "es", "de", "all")))
for r in rows:
    print("%-11s" % r, " ".join("%7s" % ("%d/%d" % tuple(tab[(r, l)]) if (r, l) in tab else "-")
                                 for l in ("en", "fr", "es", "de", "all")))
if "-v" in sys.argv:
    for f in fails:
        print(f[0], f[1], f[2], repr(f[3])[:220], "\n    miss:", f[4], "\n    got:", str(f[5])[:400])
