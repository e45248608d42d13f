#!/usr/bin/env bash
# Sends a few signed sample orders in the hub's own format and follows them in the ops API.
set -euo pipefail
exec node "$(dirname -- "${BASH_SOURCE[0]}")/demo.mjs" "${1:-http://127.0.0.1:7071}"
