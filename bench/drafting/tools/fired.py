#!/usr/bin/env python3
"""Count-only (safe on sealed sets): how often each message rewriter of the refiner fires, per set.

    fired.py instrument WT      rewrite WT's OfflineRefiner so each `message = X(...)` step prints "FIRED X@line" to
                                standard error when it changes the message (WT must be a throwaway worktree), then build
    fired.py count WT NAME=FILE[,FILE…] …   run WT/toolsmith refine over each named group of refine files and print,
                                per rewriter, the share of edits it changed, one column per group

Prints reader names and percentages only, never a prompt. Session 28: the rewriters written for the helpers' own
sets fired on 0-1.7 % of the sealed edits while probe20-23 matched the sealed profile closely."""
import collections, json, re, subprocess, sys

SRC = "generator/src/main/java/org/toolsmith/draft/offline/OfflineRefiner.java"


def instrument(wt):
    lines = open(f"{wt}/{SRC}").read().split("\n")
    out, n = [], 0
    for i, line in enumerate(lines):
        m = re.match(r"^(\s+)message = (.*\));(\s*//.*)?$", line)
        if m and "message" in m.group(2):
            n += 1
            name = re.match(r"([A-Za-z_][\w.]*)", m.group(2)).group(1)
            out.append(f'{m.group(1)}{{ String fb{n} = message; message = {m.group(2)}; '
                       f'if (!fb{n}.equals(message)) System.err.println("FIRED {name}@{i + 1}"); }}')
        else:
            out.append(line)
    open(f"{wt}/{SRC}", "w").write("\n".join(out))
    subprocess.run(["mvn", "-B", "-q", "-o", "-pl", "runtime", "-am", "package", "-DskipTests"], cwd=wt, check=True)
    print(f"{n} steps instrumented")


def count(wt, groups):
    res = {}
    for g in groups:
        name, files = g.split("=", 1)
        lines = [json.loads(l) for f in files.split(",") for l in open(f) if l.strip()]
        inp = "".join(json.dumps({"id": c["id"], "spec": c["spec"], "request": c["request"]}) + "\n" for c in lines)
        err = subprocess.run([f"{wt}/toolsmith", "refine", "--jsonl"], input=inp, capture_output=True, text=True).stderr
        res[name] = (len(lines), collections.Counter(l.split()[1] for l in err.splitlines() if l.startswith("FIRED ")))
    first = next(iter(res))
    names = sorted(set().union(*[c for _, c in res.values()]), key=lambda x: -res[first][1][x])
    print("%-34s" % "rewriter@line" + "".join("%14s" % k for k in res))
    print("%-34s" % "edits" + "".join("%14d" % n for n, _ in res.values()))
    for x in names:
        print("%-34s" % x + "".join("%13.1f%%" % (100 * c[x] / n) for n, c in res.values()))


if __name__ == "__main__":
    if sys.argv[1] == "instrument":
        instrument(sys.argv[2])
    else:
        count(sys.argv[2], sys.argv[3:])
