#!/usr/bin/env python3
"""construction x language table: table.py CASES ANSWERS [ANSWERS2 ...]  (ok counts, one column per answers file)"""
import json, sys, re, collections
sys.path.insert(0, '/work/shared/bench'); import score
cases = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def load(p):
    return {j['id']: j for j in (json.loads(l) for l in open(p) if l.strip())}
runs = [load(p) for p in sys.argv[2:]]
tab = collections.OrderedDict()
langs = ["en", "fr", "es", "de"]
for c in cases:
    cx = re.match(r'g28o-(.+)-\d+$', c['id']).group(1)
    for k in ((cx, c['lang']), (cx, 'all'), ('ALL', c['lang']), ('ALL', 'all')):
        row = tab.setdefault(k, [0] + [0] * len(runs))
        row[0] += 1
        for i, r in enumerate(runs):
            sp = (r.get(c['id']) or {}).get('spec')
            if not isinstance(sp, dict): sp = {'entities': []}
            row[i + 1] += score.score_refine_case(c, sp)['ok']
cxs = list(dict.fromkeys(k[0] for k in tab if k[0] != 'ALL')) + ['ALL']
print(f"{'construction':16} " + " ".join(f"{l:>14}" for l in langs + ['all']))
for cx in cxs:
    cells = []
    for l in langs + ['all']:
        row = tab.get((cx, l))
        cells.append(f"{'->'.join(str(v) for v in row[1:])}/{row[0]}" if row else "")
    print(f"{cx:16} " + " ".join(f"{c:>14}" for c in cells))
