#!/usr/bin/env python3
"""construction table: table.py CASES ANSWERS [ANSWERS2]"""
import json, sys, re, collections
sys.path.insert(0, '/work/shared/bench'); import score
cases = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def load(p):
    return {j['id']: j for j in (json.loads(l) for l in open(p) if l.strip())}
runs = [load(p) for p in sys.argv[2:]]
tab = collections.OrderedDict()
for c in cases:
    cx = re.match(r'g2\d-(.+)-\d+$', c['id']).group(1)
    row = tab.setdefault(cx, [0] + [0] * len(runs))
    row[0] += 1
    for i, r in enumerate(runs):
        sp = (r.get(c['id']) or {}).get('spec')
        if not isinstance(sp, dict): sp = {'entities': []}
        row[i + 1] += score.score_refine_case(c, sp)['ok']
tot = [0] * (len(runs) + 1)
for cx, row in tab.items():
    print(f"{cx:28} " + " -> ".join(f"{v}" for v in row[1:]) + f" / {row[0]}")
    tot = [a + b for a, b in zip(tot, row)]
print(f"{'ALL':28} " + " -> ".join(str(v) for v in tot[1:]) + f" / {tot[0]}")
