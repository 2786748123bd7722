#!/usr/bin/env bash
# Scores ./toolsmith (run from the repository root) on the construction matrix, one line per construction and
# language: python3 bench/drafting/constructions/... see README.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
python3 "${SCORE:-$(cd "$here/../../.." && pwd)/../shared/bench/score.py}" draft "$here/draft.jsonl" --cmd "./toolsmith draft --jsonl" 2>/dev/null | tail -n 1 | sed 's/^/all      /'
for k in $(python3 -c "import json;print(' '.join(sorted({json.loads(l)['notes'] for l in open('$here/draft.jsonl')})))"); do
  for lang in en fr es de; do
    python3 -c "import json,sys
for l in open('$here/draft.jsonl'):
    d=json.loads(l)
    if d['notes']=='$k' and d['lang']=='$lang': sys.stdout.write(l)" > "$tmp/x.jsonl"
    printf '%-18s %s ' "$k" "$lang"
    python3 "${SCORE:-$(cd "$here/../../.." && pwd)/../shared/bench/score.py}" draft "$tmp/x.jsonl" --cmd "./toolsmith draft --jsonl" 2>/dev/null | tail -n 1 | sed 's/draft: //; s/, invalid.*//; s/type accuracy/types/'
  done
done
