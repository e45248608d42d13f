#!/usr/bin/env bash
# The chaos run on a fresh stack: orders across the three channels under partner faults (half of them after the
# effect), webhooks delivered three times, late and duplicated callbacks, and the function app killed with SIGKILL;
# then every order is checked against its outcome and the partner sandbox's ledger (tools/chaos/chaos.mjs).
# Progress on stderr; the last line on stdout is one JSON summary; non-zero exit on any violation.
#   ./chaos.sh [--no-build] [orders=500] [kills=5]      CHAOS_SEED=<n> repeats a run's choices
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then sed -n '2,8p' "$0"; exit 0; fi
build=1
if [[ "${1:-}" == "--no-build" ]]; then build=0; shift; fi
orders="${1:-500}"
kills="${2:-5}"

# Callbacks late (up to 3 s) and a third of them twice; an injected timeout holds a request 4 s (the clients give up
# first: chaos.sh shortens their attempt timeout to 3 s, so a held request costs seconds, not the default 15).
export Sandbox__CallbackLateMs="${Sandbox__CallbackLateMs:-3000}"
export Sandbox__CallbackDuplicateRate="${Sandbox__CallbackDuplicateRate:-0.3}"
export Sandbox__FaultTimeoutMs="${Sandbox__FaultTimeoutMs:-4000}"
# The PIX window: local.settings.json's 20 s keeps a demo short, but on a loaded 2-core machine the charge's step can
# come later than that, and a paid-for order would then expire: 2 minutes here (the +nopay orders expire within the
# settle time all the same).
export Lifecycle__PixExpiry="${Lifecycle__PixExpiry:-00:02:00}"
for partner in Pagarme ClearSale FocusNfe MelhorEnvio Vtex Shopify; do
  export "${partner}__Resilience__AttemptTimeout=${CHAOS_ATTEMPT_TIMEOUT:-00:00:03}"
done

source tools/backoffice-stack.sh
stack_install_traps
if ((build)); then backoffice_prepare; else stack_install; fi
backoffice_start --temp
host_pid="${STACK_PIDS[$(_stack_index_of functions)]}"
host_cmd="$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "${BACKOFFICE_HOST_CMD[@]}")"
CHAOS_HOST_PID="$host_pid" CHAOS_HOST_CMD="$host_cmd" STACK_LOG_DIR="$STACK_LOG_DIR" \
  node tools/chaos/chaos.mjs "$orders" "$kills"
