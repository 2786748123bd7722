#!/usr/bin/env bash
# Scores draft + refine of each set folder with a worktree's engine, one scorer at a time.
# usage: run.sh WORKTREE OUTNAME SETDIR...   (answers kept under ${ANS_ROOT:-/tmp/bench-ans}/OUTNAME/)
set -u
wt=$1; out=$2; shift 2
root=${ANS_ROOT:-/tmp/bench-ans}
score=/work/shared/bench/score.py
mkdir -p "$root/$out"
for d in "$@"; do
  name=$(basename "$d")
  for kind in draft refine; do
    f="$d/$kind.jsonl"; [ -f "$f" ] || continue
    line=$(python3 "$score" "$kind" "$f" --cmd "$wt/toolsmith $kind --jsonl" --save "$root/$out/$name-$kind.jsonl" 2>/dev/null | grep -E "^$kind: " | tail -1)
    echo "$name $line"
  done
done
