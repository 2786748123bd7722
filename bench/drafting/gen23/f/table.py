#!/usr/bin/env python3
"""Construction x language table of apps ok (and field recall) for saved answers of draft.jsonl.
  python3 table.py ANSWERS.jsonl"""
import json, os, sys
from collections import defaultdict
sys.path.insert(0, "/work/shared/bench")
import score as S
HERE = os.path.dirname(os.path.abspath(__file__))
cases = [json.loads(l) for l in open(os.path.join(HERE, "draft.jsonl"), encoding="utf-8")]
answers = S.parse_answers(open(sys.argv[1], encoding="utf-8").read())
ok, n, rq, rh = (defaultdict(int) for _ in range(4))
for c in cases:
    cons = c["id"].split("-")[2]
    spec = (answers.get(c["id"]) or {}).get("spec")
    r = S.score_draft_case(c, spec if isinstance(spec, dict) else {"entities": []})
    for k in ((cons, c["lang"]), (cons, "all"), ("all", c["lang"]), ("all", "all")):
        n[k] += 1; ok[k] += r["app_ok"]; rq[k] += r["req"]; rh[k] += r["req_hit"]
langs = ["en", "fr", "es", "de", "all"]
print(f"{'construction':12}" + "".join(f"{l:>16}" for l in langs))
for cons in sorted({k[0] for k in n if k[0] != "all"}) + ["all"]:
    print(f"{cons:12}" + "".join(f"{ok[(cons,l)]:>4}/{n[(cons,l)]:<3} r{rh[(cons,l)]/max(1,rq[(cons,l)]):.2f}  " for l in langs))
