#!/usr/bin/env python3
"""Lines added since BASE (Java sources and tests) that share a run of N words (default 6) with a benchmark prompt or
edit request: python3 verbatim.py BASE [N] [SET_DIR ...]

Tests must use phrasing of our own and code must not quote the benchmark, so run this before merging a helper's
branch. Sets read: bench/drafting/*/, the shared dev set, and any SET_DIR given (e.g. hidden sets kept outside the
repository). Prints file, the set and case it matches, and the line; nothing when clean."""
import glob, json, os, pathlib, re, subprocess, sys, unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[3]
SHARED = pathlib.Path(os.environ.get('TS_BENCH', str(ROOT.parent / 'shared' / 'bench')))


def words(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.findall(r'[a-z0-9]+', s)


def main():
    base = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    dirs = [str(ROOT / 'bench' / 'drafting' / '*'), str(SHARED / '*')] + sys.argv[3:]
    runs = {}
    for d in dirs:
        for f in glob.glob(os.path.join(d, '*.jsonl')):
            for line in open(f, encoding='utf-8'):
                try:
                    case = json.loads(line)
                except ValueError:
                    continue
                for key in ('prompt', 'request'):
                    w = words(case.get(key) or '')
                    for i in range(len(w) - n + 1):
                        runs.setdefault(' '.join(w[i:i + n]), pathlib.Path(f).parent.name + ':' + str(case.get('id')))
    git = ['git', '-C', str(ROOT)]
    changed = subprocess.run(git + ['diff', '--name-only', base, 'HEAD'], capture_output=True, text=True).stdout.split()
    for path in changed:
        if not path.endswith('.java'):
            continue
        diff = subprocess.run(git + ['diff', '-U0', base, 'HEAD', '--', path], capture_output=True, text=True).stdout
        for line in diff.splitlines():
            if not line.startswith('+') or line.startswith('+++'):
                continue
            w = words(line)
            hits = sorted({runs[k] for k in (' '.join(w[i:i + n]) for i in range(len(w) - n + 1)) if k in runs})
            if hits:
                print(pathlib.Path(path).name, hits[:3], '|', line[1:].strip()[:110])


if __name__ == '__main__':
    main()
