#!/usr/bin/env bash
# The read sets (hidden sets once read by a lead: probe20–23). usage: read.sh WORKTREE OUTNAME
h=$(dirname "$0"); b=$(cd "$h/.." && pwd)
exec "$h/run.sh" "$1" "$2" "$b"/probe20 "$b"/probe21 "$b"/probe22 "$b"/probe23
