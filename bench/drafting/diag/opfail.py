#!/usr/bin/env python3
"""Count-only sub-causes of failed refine ops (safe on hidden sets): opfail.py CASES ANSWERS"""
import json, sys, collections
import os, pathlib
sys.path.insert(0, os.environ.get('TS_BENCH', str(pathlib.Path(__file__).resolve().parents[3].parent / 'shared' / 'bench'))); sys.dont_write_bytecode = True
import score as S
cases = [json.loads(l) for l in open(sys.argv[1])]
ans = {}
for l in open(sys.argv[2]):
    if l.strip():
        d = json.loads(l); ans[d.get('id')] = d
C = collections.Counter()
for c in cases:
    spec = ans.get(c['id'], {}).get('spec')
    if not spec:
        C['error answer: ops ' + '+'.join(sorted({o['op'] for o in c['expect']}))] += 1; continue
    base = c['spec']; bk = {e['key'] for e in base['entities']}
    for op in c['expect']:
        k = op['op']
        if k == 'set_options':
            e = S.find_entity(spec, op['entity'], bk); f = S.field_by_key(e, op['field'])
            if f is None: C['set_options: field gone'] += 1; continue
            want, got = op['options'], f.get('options') or []
            if len(want) == len(got) and all(S.best_sim([w], got) >= 0.8 for w in want): continue
            if not got: C['set_options: no options'] += 1
            elif len(got) > len(want): C['set_options: more (%+d)' % (len(got)-len(want))] += 1
            elif len(got) < len(want): C['set_options: fewer'] += 1
            else: C['set_options: same count, other words'] += 1
        elif k == 'add_field':
            e = S.find_entity(spec, op['entity'], bk)
            if not e: C['add_field: kind not found'] += 1; continue
            be = next((b for b in base['entities'] if b['key'] == op['entity']), None)
            old = {f['key'] for f in S.user_fields(be)} if be else set()
            cands = [f for f in S.user_fields(e) if f.get('key') not in old]
            if not cands:
                others = sum(1 for x in spec['entities'] for f in S.user_fields(x) if x.get('key') != e.get('key') and f.get('key') not in {g['key'] for b in base['entities'] if b['key']==x.get('key') for g in S.user_fields(b)})
                C['add_field: nothing new on kind' + (' (new field elsewhere)' if others else '')] += 1; continue
            best = max(cands, key=lambda f: S.field_pair_score(op, f))
            if S.field_pair_score(op, best) < 0.5: C['add_field: new field, other name'] += 1; continue
            allowed = {op.get('type')} | set(op.get('alt_types') or [])
            if op.get('type') and best.get('type') not in allowed: C['add_field: wrong type %s->%s' % (op.get('type'), best.get('type'))] += 1
            elif op.get('options') and S.options_recall(op, best) < 0.8: C['add_field: options'] += 1
            elif op.get('target'):
                t = S.find_entity(spec, op['target'], bk)
                if not (t and best.get('target') == t.get('key')): C['add_field: target'] += 1
        elif k == 'change_type':
            e = S.find_entity(spec, op['entity'], bk); f = S.field_by_key(e, op['field'])
            if f is None: C['change_type: field gone'] += 1
            elif f.get('type') not in {op['type']} | set(op.get('alt_types') or []):
                C['change_type: %s->%s' % (op['type'], f.get('type'))] += 1
    r = S.score_refine_case(c, spec)
    for x in r['misses']:
        if ' ' in x and x.split(' ')[-1] == 'unasked': C['collateral unasked'] += 1
for k, v in sorted(C.items()): print('%3d  %s' % (v, k))
