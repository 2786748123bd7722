#!/usr/bin/env python3
"""Count-only (safe on hidden sets): why required draft fields miss.
python3 fieldmiss.py CASES ANSWERS [CASES ANSWERS ...]
kind missed (field on another kind / nowhere); kind found (field on another kind / reference missing / near name / nowhere)"""
import json, sys, collections
import os, pathlib
sys.path.insert(0, os.environ.get('TS_BENCH', str(pathlib.Path(__file__).resolve().parents[3].parent / 'shared' / 'bench'))); sys.dont_write_bytecode = True
import score as S
C=collections.Counter()
for cf,af in zip(sys.argv[1::2],sys.argv[2::2]):
  cases=[json.loads(l) for l in open(cf)]; ans={json.loads(l)['id']:json.loads(l) for l in open(af) if l.strip()}
  for c in cases:
    spec=ans.get(c['id'],{}).get('spec')
    if not spec: continue
    pe=spec.get('entities') or []
    r=S.score_draft_case(c,spec)
    gold=c['entities']
    # recompute emap
    pairs=[]
    for i,g in enumerate(gold):
      for j,p in enumerate(pe):
        ns=S.best_sim(S.gold_names(g),S.pred_entity_names(p)); req=[f for f in g['fields'] if not f.get('optional')] or g['fields']
        fs=len(S.match_fields(req,S.user_fields(p)))/max(1,len(req)); pairs.append((max(ns,0.9*fs if fs>=0.5 else 0),i,j))
    emap={0:0} if len(gold)==1 and len(pe)==1 else S.greedy(pairs,0.5)
    for i,g in enumerate(gold):
      req=[f for f in g['fields'] if not f.get('optional')]
      if i not in emap:
        # is the kind's content elsewhere?
        for f in req:
          other=any(S.field_pair_score(f,pf)>=0.5 for p in pe for pf in S.user_fields(p))
          C['kind missed: field '+('on another kind' if other else 'nowhere')]+=1
        continue
      p=pe[emap[i]]; fm=S.match_fields(g['fields'],S.user_fields(p))
      for gi,f in enumerate(g['fields']):
        if f.get('optional') or gi in fm: continue
        other=any(S.field_pair_score(f,pf)>=0.5 for q in pe if q is not p for pf in S.user_fields(q))
        near=max((S.field_pair_score(f,pf) for pf in S.user_fields(p)),default=0)
        if other: C['kind ok: field on another kind']+=1
        elif f.get('type')=='reference': C['kind ok: reference missing']+=1
        elif near>=0.25: C['kind ok: near name (0.25-0.5)']+=1
        else: C['kind ok: nowhere']+=1
for k,v in sorted(C.items()): print(f'{v:5d} {k}')
