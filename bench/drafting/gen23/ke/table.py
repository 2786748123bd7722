#!/usr/bin/env python3
"""Construction x (link, kinds) table of ok / n for saved answers.  usage: table.py ANSWERS.jsonl [ANSWERS2.jsonl]"""
import json, os, sys, re
from collections import defaultdict
sys.path.insert(0, "/work/shared/bench")
import score as S  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"), encoding="utf-8")]


def load(path):
    out = {}
    for l in open(path, encoding="utf-8"):
        if l.strip():
            o = json.loads(l)
            out[o.get("id")] = o
    return out


def oks(path):
    ans = load(path)
    res = {}
    for c in cases:
        a = ans.get(c["id"], {})
        spec = a.get("spec") or a.get("answer") or a
        res[c["id"]] = S.score_draft_case(c, spec)["app_ok"]
    return res


runs = [oks(p) for p in sys.argv[1:]]
for axis in ("construction", "link", "kinds"):
    t = defaultdict(lambda: [[0] * len(runs), 0])
    for c in cases:
        k = re.search(axis + r"=([^;]+)", c["notes"]).group(1)
        for i, r in enumerate(runs):
            t[k][0][i] += r[c["id"]]
        t[k][1] += 1
    print(f"{axis:14s} " + "  ".join(f"run{i}" for i in range(len(runs))))
    for k, (ok, n) in t.items():
        print(f"  {k:14s} " + "  ".join(f"{o:3d}/{n}" for o in ok))
print("total", [sum(r.values()) for r in runs], "of", len(cases))
