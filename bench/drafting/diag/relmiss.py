#!/usr/bin/env python3
"""Count-only (safe on hidden sets): why expected links miss. python3 relmiss.py CASES ANSWERS"""
import json, sys, collections
import os, pathlib
sys.path.insert(0, os.environ.get('TS_BENCH', str(pathlib.Path(__file__).resolve().parents[3].parent / 'shared' / 'bench'))); sys.dont_write_bytecode = True
import score as S
cases = [json.loads(l) for l in open(sys.argv[1])]
ans = {d.get('id'): d for d in (json.loads(l) for l in open(sys.argv[2]) if l.strip())}
C = collections.Counter()
for c in cases:
    spec = ans.get(c['id'], {}).get('spec')
    if not spec: continue
    gold = c['entities']; pred = spec.get('entities') or []
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ns = S.best_sim(S.gold_names(g), S.pred_entity_names(p))
            req = [f for f in g['fields'] if not f.get('optional')] or g['fields']
            fs = len(S.match_fields(req, S.user_fields(p))) / max(1, len(req))
            pairs.append((max(ns, 0.9 * fs if fs >= 0.5 else 0.0), i, j))
    emap = {0: 0} if len(gold) == 1 and len(pred) == 1 else S.greedy(pairs, 0.5)
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
