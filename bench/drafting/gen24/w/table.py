#!/usr/bin/env python3
"""Construction x language table for saved answers: table.py ANSWERS.jsonl [-v]

Two figures per cell: 'placed' (every kind found and at least 80% of each kind's required details, links left
aside, found on that kind) and 'apps ok' (the scorer's).  Also counts the required details found on another kind
than their own ("misplaced")."""
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


def placement(c, spec):
    """(placed ok, misplaced count) for one case, with the scorer's own kind pairing."""
    gold = c["entities"]
    pred = [e for e in (spec.get("entities") or []) if isinstance(e, dict)]
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ns = S.best_sim(S.gold_names(g), S.pred_entity_names(p))
            req = [f for f in g["fields"] if not f.get("optional")] or g["fields"]
            fm = S.match_fields(req, S.user_fields(p))
            fs = len(fm) / max(1, len(req))
            pairs.append((max(ns, 0.9 * fs if fs >= 0.5 else 0.0), i, j))
    emap = {0: 0} if len(gold) == 1 and len(pred) == 1 else S.greedy(pairs, 0.5)
    ok, mis = len(emap) == len(gold), 0
    for i, g in enumerate(gold):
        req = [f for f in g["fields"] if not f.get("optional") and f["type"] != "reference"]
        here = S.match_fields(req, S.user_fields(pred[emap[i]])) if i in emap else {}
        if len(here) < 0.8 * len(req):
            ok = False
        for gi, gf in enumerate(req):
            if gi in here:
                continue
            for j, p in enumerate(pred):
                if i in emap and emap[i] == j:
                    continue
                if any(S.field_pair_score(gf, pf) >= 0.5 for pf in S.user_fields(p)):
                    mis += 1
                    break
    return ok, mis


tab = collections.defaultdict(lambda: [0, 0, 0, 0])
for c in cases:
    n = dict(x.split("=") for x in c["notes"].split())
    spec = ans.get(c["id"], {})
    r = S.score_draft_case(c, spec)
    placed, mis = placement(c, spec)
    keys = [(n["cons"], c["lang"]), (n["cons"], "all"), ("kinds" + n["kinds"], c["lang"]), ("kinds" + n["kinds"], "all"),
            ("order-" + n["order"], c["lang"]), ("order-" + n["order"], "all"), ("dom-" + n["dom"], "all"),
            ("ALL", c["lang"]), ("ALL", "all")]
    for key in keys:
        t = tab[key]
        t[0] += placed
        t[1] += r["app_ok"]
        t[2] += 1
        t[3] += mis
    if "-v" in sys.argv and not placed:
        print(c["id"], c["lang"], n["cons"], n["dom"], n["kinds"], "mis=%d" % mis, r["misses"][:8])
rows = sorted({k[0] for k in tab}, key=lambda x: (x.startswith(("kinds", "order", "dom", "ALL")), x))
print("placed / apps ok / rows (misplaced details)")
print(f"{'construction':18}" + "".join(f"{l:>20}" for l in ("en", "fr", "es", "de", "all")))
for row in rows:
    cells = []
    for l in ("en", "fr", "es", "de", "all"):
        t = tab.get((row, l))
        cells.append(f"{t[0]:>3}/{t[1]:>3}/{t[2]:<3}({t[3]:>3})" if t else " " * 18)
    print(f"{row:18}" + "".join(f"{x:>20}" for x in cells))
