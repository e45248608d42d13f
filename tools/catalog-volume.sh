#!/usr/bin/env bash
# The catalog sync at volume, against a running stack (./run.sh): N SKUs (10,000 unless given) of stock and prices,
# a first full push, then 1% changed and the run again. Prints each run's record as /api/ops/catalog/runs has it.
# Usage: tools/catalog-volume.sh [skus]
set -euo pipefail
skus="${1:-10000}"
app="${BACKOFFICE_APP_URL:-http://127.0.0.1:7071}"
sandbox="${BACKOFFICE_SANDBOX_URL:-http://127.0.0.1:7080}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

make_lists() { # $1 = which SKUs move (every 100th when "changed")
  python3 - "$skus" "$1" "$work" <<'PY'
import json, sys
n, mode, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
bump = lambda i: 3 if mode == "changed" and i % 100 == 7 else 0
json.dump([{"sku": f"VOL-{i:06d}", "quantity": i % 50 + bump(i)} for i in range(n)], open(f"{work}/stock.json", "w"))
json.dump([{"sku": f"VOL-{i:06d}", "listPrice": 1000 + i + bump(i)} for i in range(n)], open(f"{work}/prices.json", "w"))
PY
  curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$work/stock.json" "$sandbox/_sandbox/stock"
  curl -fsS -X POST -H 'Content-Type: application/json' --data-binary @"$work/prices.json" "$sandbox/_sandbox/prices"
}

run() { # $1 = function, $2 = kind; waits for a completed run of that kind newer than the call, prints it
  local since
  since="$(date -u +%Y-%m-%dT%H:%M:%S)"
  until curl -fsS -X POST -H 'Content-Type: application/json' -d '{}' "$app/admin/functions/$1" >/dev/null; do sleep 1; done
  for _ in $(seq 1 600); do
    if curl -fsS "$app/api/ops/catalog/runs?limit=20" | python3 -c '
import json, sys
kind, since = sys.argv[1], sys.argv[2]
runs = [r for r in json.load(sys.stdin) if r["kind"] == kind and r["outcome"] == "Completed" and r["started"][:19] >= since]
if not runs: sys.exit(1)
r = runs[0]
print(json.dumps({k: r[k] for k in ("kind", "skusRead", "changed", "pushed", "failed", "refused", "durationMs")}))
' "$2" "$since"; then return 0; fi
    sleep 1
  done
  echo "no completed $2 run" >&2; return 1
}

make_lists first
run StockSync Stock
run PriceSync Price
make_lists changed
run StockSync Stock
run PriceSync Price
