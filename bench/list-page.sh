#!/usr/bin/env bash
# Foundation figures: time from start to first page, time from Create to a usable app, and requests
# per second for a list page of 50 rows (wrk on loopback). Usage: bench/list-page.sh [seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
secs="${1:-10}"
port=18080
data="$(mktemp -d)"
export TOOLSMITH_ADMIN_TOKEN="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
auth="Authorization: Bearer $TOOLSMITH_ADMIN_TOKEN"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
command -v wrk >/dev/null || { echo "bench: install wrk (apt-get install -y wrk)" >&2; exit 1; }

"$root/toolsmith" --help >/dev/null   # build first if needed, so the timing below is the server's own
t0=$(date +%s%N)
"$root/toolsmith" serve --port "$port" --data "$data" 2>"$data/server.log" &
pid=$!
until curl -fs "http://127.0.0.1:$port/health" -o /dev/null; do sleep 0.02; done
t1=$(date +%s%N)
echo "start to first page: $(( (t1 - t0) / 1000000 )) ms"

spec='{"spec":{"spec":1,"name":"Bench loans","entities":[{"key":"loan","name":"Loan","plural":"Loans","fields":[
 {"key":"asset_tag","label":"Asset tag","type":"text","required":true},
 {"key":"borrower","label":"Borrower","type":"email"},
 {"key":"loan_date","label":"Loan date","type":"date"},
 {"key":"due_date","label":"Due date","type":"date"},
 {"key":"returned","label":"Returned","type":"boolean"},
 {"key":"condition","label":"Condition","type":"choice","options":["Good","Damaged","Lost"]}]}]}}'
t2=$(date +%s%N)
slug=$(curl -fs -X POST -H "$auth" -H 'Content-Type: application/json' -d "$spec" "http://127.0.0.1:$port/api/apps" | sed -n 's/.*"slug" *: *"\([^"]*\)".*/\1/p')
curl -fs -H "$auth" "http://127.0.0.1:$port/apps/$slug/loan/" -o /dev/null
t3=$(date +%s%N)
echo "create to usable app (API create + first list page): $(( (t3 - t2) / 1000000 )) ms"

for i in $(seq 1 200); do
  curl -fs -X POST -H "$auth" -H 'Content-Type: application/json' \
    -d "{\"asset_tag\":\"LT-$i\",\"borrower\":\"p$i@example.com\",\"loan_date\":\"2026-10-01\",\"due_date\":\"2026-12-0$(( i % 9 + 1 ))\",\"returned\":false,\"condition\":\"Good\"}" \
    "http://127.0.0.1:$port/api/apps/$slug/loan" -o /dev/null
done
url="http://127.0.0.1:$port/apps/$slug/loan/?size=50&sort=-due_date"
rows=$(curl -fs -H "$auth" "$url" | grep -c '<tr' || true)
echo "list page: $url ($rows table rows including the header)"
wrk -t2 -c16 -d"${secs}s" -H "$auth" "$url"
