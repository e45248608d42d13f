#!/usr/bin/env bash
# The benchmark: a fresh local stack in Release with the sandbox answering at once, the raw emulators' ceiling measured
# on that same stack, then N orders of the three channels through the whole lifecycle (tools/bench.mjs).
# Usage: ./bench.sh [orders=1000]      Its last output line is one JSON object (see README, "Performance and scale").
#        ./bench.sh --ack-only [orders=1000]   only the webhook ack: N webhooks with the order queue's consumer off
#        (pipeline idle), then the consumer on, working off that backlog, while N more are posted (pipeline busy).
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

ack_only=""
if [[ "${1:-}" == "--ack-only" ]]; then
  ack_only=1
  shift
fi
orders="${1:-1000}"
if ! [[ "$orders" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: ./bench.sh [--ack-only] [orders]   (a positive whole number; default 1000)" >&2
  exit 2
fi

export BACKOFFICE_CONFIGURATION=Release
export Sandbox__CallbackDelayMs=0
source tools/backoffice-stack.sh
stack_install_traps
backoffice_prepare

# The stack's processes by name, for bench.mjs's CPU and memory figures (the local host is "functions" in the stack).
stack_pids_json() {
  local pids="{" name i
  for i in "${!STACK_NAMES[@]}"; do
    name="${STACK_NAMES[$i]}"
    [[ "$name" == functions ]] && name=local_host
    pids+="\"$name\":${STACK_PIDS[$i]},"
  done
  echo "${pids%,}}"
}

if [[ -n "$ack_only" ]]; then
  # The host's own switch (AzureWebJobs.<name>.Disabled, a name only `env` can set): the order queue fills and
  # nothing takes from it.
  BACKOFFICE_HOST_ENV=('AzureWebJobs.OrderMessages.Disabled=true')
  backoffice_start --temp
  # What the ack's one write can reach: Azurite's raw queue sends (and the rest) on this machine, now.
  rates="$(dotnet "tools/BackOffice.Bench/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.Bench.dll" emulator-limits \
    --settings local.settings.json --seconds 4 --concurrency 20)"
  _stack_log "emulator rates (operations/s): $rates"
  # One sender: the ack's own time, with no queueing behind other senders.
  single="$(BENCH_SENDERS=1 BENCH_PIDS="$(stack_pids_json)" node tools/bench.mjs --ack-only 30)"
  _stack_log "one sender: $single"
  idle="$(BENCH_PIDS="$(stack_pids_json)" node tools/bench.mjs --ack-only "$orders")"
  _stack_log "idle pipeline: $idle"
  BACKOFFICE_HOST_ENV=()
  backoffice_restart_functions
  busy="$(BENCH_PIDS="$(stack_pids_json)" node tools/bench.mjs --ack-only "$orders")"
  _stack_log "busy pipeline: $busy"
  echo "{\"orders\":$orders,\"senders\":50,\"load_average\":\"$(cut -d' ' -f1-3 /proc/loadavg)\",\"ack_ms\":{\"idle\":$idle,\"busy\":$busy,\"one_sender\":$single},\"emulator_ops_per_s\":$rates}"
  exit 0
fi

backoffice_start --temp

stack_tmpdir bench >/dev/null
rates="$STACK_LAST_TMPDIR/emulator-rates.json"
_stack_log "measuring the raw emulators (each operation kind alone, 20 concurrent clients) ..."
dotnet "tools/BackOffice.Bench/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.Bench.dll" emulator-limits \
  --settings local.settings.json --seconds 4 --concurrency 20 >"$rates"
_stack_log "emulator rates (operations/s): $(cat "$rates")"

BENCH_PIDS="$(stack_pids_json)" node tools/bench.mjs "$orders" "$rates"
