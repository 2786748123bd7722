#!/usr/bin/env python3
"""Count-only (safe on hidden sets): expected kinds whose details the draft put on another expected kind.
python3 undersplit.py CASES ANSWERS [CASES ANSWERS ...]
For each missed kind whose required details mostly sit on a drafted kind that stands for another expected kind
(the "host"): the link between them (missed → host: an event or part folded into its owner; host → missed: a
pointed-to thing folded into the record), whether the missed kind is the request's first, and the sizes."""
import collections, sys
from common import S, load, entity_map

C = collections.Counter()
for cf, af in zip(sys.argv[1::2], sys.argv[2::2]):
    cases, ans = load(cf, af)
    for c in cases:
        spec = ans.get(c['id'], {}).get('spec')
        if not spec: continue
        gold, pred = c['entities'], spec.get('entities') or []
        emap = entity_map(gold, pred); host_of = {v: k for k, v in emap.items()}
        rels = c.get('relations') or []
        for i, g in enumerate(gold):
            if i in emap or not pred: continue
            req = [f for f in g['fields'] if not f.get('optional')] or g['fields']
            share, j = max((len(S.match_fields(req, S.user_fields(p))) / max(1, len(req)), j) for j, p in enumerate(pred))
            if share < 0.5 or j not in host_of: continue
            host = gold[host_of[j]]['name']
            way = ('missed -> host' if any(r['from'] == g['name'] and r['to'] == host for r in rels)
                   else 'host -> missed' if any(r['from'] == host and r['to'] == g['name'] for r in rels) else 'unlinked')
            C[(way, 'missed is first' if i == 0 else 'missed is other', 'kinds %d drafted %d' % (len(gold), len(pred)))] += 1
for k, v in sorted(C.items()): print(v, k)
