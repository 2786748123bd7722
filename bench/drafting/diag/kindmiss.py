#!/usr/bin/env python3
"""Count-only (safe on hidden sets): what stands in place of a missed draft kind.
python3 kindmiss.py CASES ANSWERS [CASES ANSWERS ...]
For each expected kind the answer lacks: its role in the expected links (source / target / both / none), whether a
field of another kind carries its name (as text, person, choice, reference…), whether a predicted kind took most of its
fields (merged), whether its name (or an alias) occurs in the prompt, and the language."""
import collections, re, sys
from common import S, load, entity_map
C = collections.Counter()
for cf, af in zip(sys.argv[1::2], sys.argv[2::2]):
    cases, ans = load(cf, af)
    for c in cases:
        spec = ans.get(c['id'], {}).get('spec')
        if not spec: continue
        gold = c['entities']; pred = spec.get('entities') or []
        emap = entity_map(gold, pred)
        rels = c.get('relations') or []
        prompt = c['prompt'].lower()
        for i, g in enumerate(gold):
            if i in emap: continue
            lang = c.get('lang', '?')
            src = any(r['from'] == g['name'] for r in rels); dst = any(r['to'] == g['name'] for r in rels)
            role = 'source+target' if src and dst else 'source' if src else 'target' if dst else 'unlinked'
            names = S.gold_names(g)
            asfield = [f for p in pred for f in S.user_fields(p) if S.best_sim(S.pred_field_names(f), names) >= 0.5]
            stand = 'as field (%s)' % asfield[0].get('type') if asfield else 'no field of its name'
            req = [f for f in g['fields'] if not f.get('optional')] or g['fields']
            best = max((len(S.match_fields(req, S.user_fields(p))) / max(1, len(req)) for p in pred), default=0)
            merged = 'fields merged into another kind' if best >= 0.5 else 'fields scattered/missing'
            named = any(re.search(r'\b' + re.escape(n.lower()[:max(4, len(n) - 2)]), prompt) for n in names)
            C[(role, stand)] += 1
            C[('merge', merged)] += 1
            C[('role x merge', role + ' / ' + merged)] += 1
            C[('lang x merge', lang + ' / ' + merged)] += 1
            C[('prompt', 'name in prompt' if named else 'name not in prompt')] += 1
            C[('lang', lang)] += 1
            C[('missing kinds per case', 'total')] += 1
for k, v in sorted(C.items(), key=lambda x: (x[0][0], -x[1])):
    print('%5d  %s: %s' % (v, k[0], k[1]))
