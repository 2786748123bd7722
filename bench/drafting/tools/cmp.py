#!/usr/bin/env python3
"""Compares two outputs of run.sh: per set, draft apps ok and refine cases ok (counts from the ratios are not
available, so ratios), with the difference."""
import re, sys

def load(p):
    out = {}
    for line in open(p):
        m = re.match(r"(\S+) (draft|refine): (.*)", line.strip())
        if not m:
            continue
        name, kind, rest = m.groups()
        key = "apps ok" if kind == "draft" else "cases ok"
        v = re.search(key + r" ([0-9.]+)", rest)
        f1 = re.search(r"field F1 ([0-9.]+)", rest)
        out[(name, kind)] = (float(v.group(1)) if v else None, float(f1.group(1)) if f1 else None)
    return out

a, b = load(sys.argv[1]), load(sys.argv[2])
for k in sorted(set(a) | set(b)):
    va, vb = a.get(k, (None, None)), b.get(k, (None, None))
    d = "" if va[0] is None or vb[0] is None else f"{vb[0] - va[0]:+.3f}"
    extra = "" if k[1] == "refine" or va[1] is None or vb[1] is None else f"   field F1 {va[1]} -> {vb[1]}"
    print(f"{k[0]:12} {k[1]:6} {va[0]} -> {vb[0]} {d}{extra}")
