#!/usr/bin/env python3
"""Count-only (safe on hidden sets): would applying an edit piece by piece do better than the whole message?
python3 refsplit.py WORKTREE CASES ANSWERS [CASES ANSWERS ...]
Splits each message three ways (sentences; + "and/et/y/und" between clauses of 3+ words; + commas between such
clauses), applies the pieces in turn through WORKTREE/toolsmith refine, and counts by number of operations asked:
whole message ok/not × pieces ok/not. Prints counts only."""
import collections, json, re, subprocess, sys
from common import S, load


def sentences(m):
    return [p for p in re.split(r'(?<=[.!?;])\s+|\n+', m) if p.strip()]


def widen(split, sep):
    def fn(m):
        out = []
        for p in split(m):
            parts = re.split(sep, p)
            out += parts if len(parts) > 1 and all(len(x.split()) >= 3 for x in parts) else [p]
        return out
    return fn


conj = widen(sentences, r',?\s+(?:and|et|y|und)\s+')
STRATEGIES = {'sentences': sentences, '+conjunctions': conj, '+commas': widen(conj, r',\s+')}


def refine(wt, batch):
    lines = ''.join(json.dumps({'id': i, 'spec': sp, 'request': rq}) + '\n' for i, sp, rq in batch)
    out = subprocess.run([wt + '/toolsmith', 'refine', '--jsonl'], input=lines, capture_output=True, text=True).stdout
    return {d['id']: d.get('spec') for d in (json.loads(l) for l in out.splitlines() if l.startswith('{'))}


wt, rest = sys.argv[1], sys.argv[2:]
cases = []
for cf, af in zip(rest[::2], rest[1::2]):
    cs, ans = load(cf, af)
    for c in cs:
        c['_id'] = cf + '#' + c['id']; c['_whole'] = ans.get(c['id'], {}).get('spec'); cases.append(c)
C = collections.Counter()
for name, split in STRATEGIES.items():
    pieces = {c['_id']: split(c['request']) for c in cases}
    cur = {c['_id']: c['spec'] for c in cases}
    k = 0
    while True:
        batch = [(c['_id'], cur[c['_id']], pieces[c['_id']][k]) for c in cases if len(pieces[c['_id']]) > max(k, 1)]
        if not batch: break
        for i, spec in refine(wt, batch).items():
            if spec: cur[i] = spec
        k += 1
    for c in cases:
        if len(pieces[c['_id']]) < 2: continue
        whole = c['_whole'] and S.score_refine_case(c, c['_whole'])['ok']
        split_ok = S.score_refine_case(c, cur[c['_id']])['ok']
        C[(name, 'ops=%d' % min(len(c['expect']), 3), 'whole ' + ('ok' if whole else 'no'), 'pieces ' + ('ok' if split_ok else 'no'))] += 1
for k, v in sorted(C.items()): print(v, k)
