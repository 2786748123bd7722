#!/usr/bin/env python3
"""Count-only (safe on hidden sets): why expected links miss. python3 relmiss.py CASES ANSWERS"""
import collections, sys
from common import S, load, entity_map
cases, ans = load(sys.argv[1], sys.argv[2])
C = collections.Counter()
for c in cases:
    spec = ans.get(c['id'], {}).get('spec')
    if not spec: continue
    gold = c['entities']; pred = spec.get('entities') or []
    emap = entity_map(gold, pred)
    gi = {g['name']: i for i, g in enumerate(gold)}
    for rel in c.get('relations') or []:
        a, b = gi.get(rel['from']), gi.get(rel['to'])
        if a not in emap or b not in emap:
            C['kind missing: ' + ('source' if a not in emap else '') + ('target' if b not in emap else '')] += 1; continue
        src, dst = pred[emap[a]], pred[emap[b]]
        refs = [f for f in S.user_fields(src) if f.get('type') == 'reference']
        if any(f.get('target') == dst.get('key') for f in refs): C['ok'] += 1; continue
        if any(f.get('type') == 'reference' and f.get('target') == src.get('key') for f in S.user_fields(dst)): C['reversed'] += 1; continue
        if refs: C['source links elsewhere'] += 1
        # a field on src whose name resembles the target kind
        tn = S.pred_entity_names(dst) + S.gold_names(gold[b])
        like = [f for f in S.user_fields(src) if S.best_sim(S.pred_field_names(f), tn) >= 0.5]
        if like: C['named field not a reference (%s)' % like[0].get('type')] += 1
        elif not refs: C['no link, no such field'] += 1
print(dict(sorted(C.items(), key=lambda x: -x[1])))
