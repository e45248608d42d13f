#!/usr/bin/env bash
# The benchmark: a fresh local stack in Release with the sandbox answering at once, the raw emulators' ceiling measured
# on that same stack, then N orders of the three channels through the whole lifecycle (tools/bench.mjs).
# Usage: ./bench.sh [orders=1000]      Its last output line is one JSON object (see README, "Performance and scale").
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

orders="${1:-1000}"
if ! [[ "$orders" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: ./bench.sh [orders]   (a positive whole number; default 1000)" >&2
  exit 2
fi

export BACKOFFICE_CONFIGURATION=Release
export Sandbox__CallbackDelayMs=0
source tools/backoffice-stack.sh
stack_install_traps
backoffice_prepare
backoffice_start --temp

stack_tmpdir bench >/dev/null
rates="$STACK_LAST_TMPDIR/emulator-rates.json"
_stack_log "measuring the raw emulators (each operation kind alone, 20 concurrent clients) ..."
dotnet "tools/BackOffice.Bench/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.Bench.dll" emulator-limits \
  --settings local.settings.json --seconds 4 --concurrency 20 >"$rates"
_stack_log "emulator rates (operations/s): $(cat "$rates")"

pids="{"
for i in "${!STACK_NAMES[@]}"; do
  name="${STACK_NAMES[$i]}"
  [[ "$name" == functions ]] && name=local_host
  pids+="\"$name\":${STACK_PIDS[$i]},"
done
pids="${pids%,}}"
BENCH_PIDS="$pids" node tools/bench.mjs "$orders" "$rates"
