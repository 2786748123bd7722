#!/usr/bin/env bash
# The public sets: dev and the older probe folders. usage: pub.sh WORKTREE OUTNAME
h=$(dirname "$0"); b=$(cd "$h/.." && pwd)
exec "$h/run.sh" "$1" "$2" /work/shared/bench/dev "$b"/probe-h3 "$b"/probe-h4 "$b"/probe5 "$b"/probe6 "$b"/probe9 "$b"/probe10 "$b"/probe11 "$b"/probe12 "$b"/probe13 "$b"/probe14 "$b"/probe15 "$b"/probe16 "$b"/probe17 "$b"/probe18 "$b"/probe19
