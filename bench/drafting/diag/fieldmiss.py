#!/usr/bin/env python3
"""Count-only (safe on hidden sets): why required draft fields miss.
python3 fieldmiss.py CASES ANSWERS [CASES ANSWERS ...]
kind missed (field on another kind / nowhere); kind found (field on another kind / reference missing / near name / nowhere)"""
import collections, sys
from common import S, load, entity_map
C=collections.Counter()
for cf,af in zip(sys.argv[1::2],sys.argv[2::2]):
  cases,ans=load(cf,af)
  for c in cases:
    spec=ans.get(c['id'],{}).get('spec')
    if not spec: continue
    pe=spec.get('entities') or []
    r=S.score_draft_case(c,spec)
    gold=c['entities']
    emap=entity_map(gold,pe)
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
