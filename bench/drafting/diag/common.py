"""Shared by the count-only diagnostics: load a set and its saved answers, and pair expected kinds with drafted ones
the way the scorer does (name similarity, or most required fields matched)."""
import json, os, pathlib, sys
sys.path.insert(0, os.environ.get('TS_BENCH', str(pathlib.Path(__file__).resolve().parents[3].parent / 'shared' / 'bench')))
sys.dont_write_bytecode = True
import score as S


def load(cases_file, answers_file):
    """The cases, and the saved answers by id."""
    cases = [json.loads(l) for l in open(cases_file)]
    answers = {d.get('id'): d for d in (json.loads(l) for l in open(answers_file) if l.strip())}
    return cases, answers


def entity_map(gold, pred):
    """Expected kind index → drafted kind index."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ns = S.best_sim(S.gold_names(g), S.pred_entity_names(p))
            req = [f for f in g['fields'] if not f.get('optional')] or g['fields']
            fs = len(S.match_fields(req, S.user_fields(p))) / max(1, len(req))
            pairs.append((max(ns, 0.9 * fs if fs >= 0.5 else 0.0), i, j))
    return {0: 0} if len(gold) == 1 and len(pred) == 1 else S.greedy(pairs, 0.5)
