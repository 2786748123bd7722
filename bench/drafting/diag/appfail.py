#!/usr/bin/env python3
"""Count-only diagnostics (safe on hidden sets): python3 appfail.py draft|refine CASES ANSWERS"""
import json, sys, collections
import os, pathlib
sys.path.insert(0, os.environ.get('TS_BENCH', str(pathlib.Path(__file__).resolve().parents[3].parent / 'shared' / 'bench'))); sys.dont_write_bytecode = True
import score as S
mode, cases_f, ans_f = sys.argv[1:4]
cases = [json.loads(l) for l in open(cases_f)]
ans = {}
for l in open(ans_f):
    l = l.strip()
    if l:
        d = json.loads(l); ans[d.get('id')] = d
C = collections.Counter(); L = collections.Counter()
if mode == 'draft':
    for c in cases:
        a = ans.get(c['id'], {}); spec = a.get('spec')
        if not spec: C['error'] += 1; continue
        r = S.score_draft_case(c, spec)
        rec = r['req_hit'] / max(1, r['req']); prec = r['pred_hit'] / max(1, r['pred_fields']); t = r['type_hit'] / max(1, r['typed'])
        why = []
        if r['ent_hit'] < r['ent_gold']: why.append('kind missed')
        if r['ent_pred'] > r['ent_gold']: why.append('extra kind')
        if rec < 0.8: why.append('recall<0.8')
        if prec < 0.6: why.append('precision<0.6')
        if t < 0.8: why.append('types<0.8')
        if r['rel_hit'] < r['rel']: why.append('link missed')
        if not r['app_ok']:
            C['apps failed'] += 1; L[c['lang']] += 1
            for w in why: C['  ' + w] += 1
        # required field misses: kind missed / on another kind / never produced
        preds = [e for e in spec.get('entities') or []]
        for m in r['misses']:
            if m.startswith('entity '): C['kinds missed'] += 1
    print(dict(C)); print('failed apps by lang', dict(L))
else:
    for c in cases:
        a = ans.get(c['id'], {}); spec = a.get('spec')
        if not spec: C['error answer'] += 1; L[c['lang']] += 1; continue
        r = S.score_refine_case(c, spec)
        if not r['ok']:
            C['cases failed'] += 1; L[c['lang']] += 1
            for x in r['misses']:
                if ' ' in x: C['  collateral ' + x.split(' ')[-1]] += 1
                else: C['  op missed ' + x] += 1
            if r['ops_ok'] == r['ops']: C['  (ops all right, only collateral)'] += 1
    print(dict(C)); print('failed by lang', dict(L))
