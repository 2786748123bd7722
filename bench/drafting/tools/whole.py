#!/usr/bin/env python3
"""Whole-set check: every readable draft and edit, run once, compared answer for answer.

    whole.py run WT OUT [--gen]   run WT/toolsmith over dev + every bench/drafting set (not gen* unless --gen),
                                  answers to /tmp/bench-ans/OUT/whole-{draft,refine}.jsonl
    whole.py cmp A B [-v]         compare two runs: changed answers, made better / worse (drafts: required fields +
                                  types + relations hit; edits: case ok); -v lists every changed case

Never reads /work/heldout*. Cases are keyed by a hash of their line, so ids may repeat across sets and rows added later are skipped.
"""
import glob, hashlib, json, os, sys

sys.dont_write_bytecode = True
sys.path.insert(0, "/work/shared/bench")
import score as S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cases(gen):
    files = ["/work/shared/bench/dev/draft.jsonl", "/work/shared/bench/dev/refine.jsonl"]
    files += sorted(f for f in glob.glob(f"{ROOT}/**/*.jsonl", recursive=True) if gen or "/gen2" not in f)
    drafts, refines, seen = [], [], set()
    for f in files:
        for line in open(f):
            line = line.strip()
            if not line or line in seen:
                continue
            seen.add(line)
            c = json.loads(line)
            c["_key"] = "w" + hashlib.sha1(line.encode()).hexdigest()[:16]
            (refines if "expect" in c and "spec" in c else drafts).append(c)
    return drafts, refines


def run(wt, out, gen):
    drafts, refines = cases(gen)
    os.makedirs(f"/tmp/bench-ans/{out}", exist_ok=True)
    for mode, cs in (("draft", drafts), ("refine", refines)):
        lines = [{**{k: v for k, v in c.items() if k != "_key"}, "id": c["_key"]} for c in cs]
        text, secs = S.run_cmd(f"{wt}/toolsmith {mode} --jsonl", lines)
        open(f"/tmp/bench-ans/{out}/whole-{mode}.jsonl", "w").write(text)
        print(f"{mode}: {len(cs)} cases in {secs:.0f} s")


def compare(a, b, verbose):
    gen = os.path.exists(f"/tmp/bench-ans/{a}/whole-gen")
    drafts, refines = cases(gen)
    for mode, cs in (("draft", drafts), ("refine", refines)):
        A = S.parse_answers(open(f"/tmp/bench-ans/{a}/whole-{mode}.jsonl").read())
        B = S.parse_answers(open(f"/tmp/bench-ans/{b}/whole-{mode}.jsonl").read())
        changed = better = worse = 0
        for c in cs:
            if c["_key"] not in A or c["_key"] not in B:
                continue
            x, y = A[c["_key"]], B[c["_key"]]
            if json.dumps(x, sort_keys=True) == json.dumps(y, sort_keys=True):
                continue
            changed += 1
            sx, sy = (v.get("spec") if isinstance(v, dict) else None for v in (x, y))
            if mode == "draft":
                def pts(s):
                    if not isinstance(s, dict):
                        return -1
                    r = S.score_draft_case(c, s)
                    return r["req_hit"] + r["type_hit"] + r["rel_hit"]
                d = pts(sy) - pts(sx)
            else:
                def ok(s):
                    return isinstance(s, dict) and S.score_refine_case(c, s)["ok"]
                d = ok(sy) - ok(sx)
            better += d > 0
            worse += d < 0
            if verbose or d < 0:
                text = c.get("prompt") or c.get("request") or ""
                print(f"  {'WORSE' if d < 0 else 'better' if d > 0 else 'same'} {mode} {c.get('id')} {c.get('lang')}"
                      f" {d:+d} {text[:100]!r}")
        print(f"{mode}: {len(cs)} cases, changed {changed}, better {better}, worse {worse}")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3], "--gen" in sys.argv)
        if "--gen" in sys.argv:
            open(f"/tmp/bench-ans/{sys.argv[3]}/whole-gen", "w").close()
    elif len(sys.argv) >= 4 and sys.argv[1] == "cmp":
        compare(sys.argv[2], sys.argv[3], "-v" in sys.argv)
    else:
        sys.exit(__doc__)
