#!/usr/bin/env bash
# The same set-up as run.sh, then every test of the solution against the running stack. Non-zero on any failure.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

source tools/backoffice-stack.sh
stack_install_traps
started=$SECONDS
# The ops page's browser tests drive Debian's headless Chromium (Playwright's own download does not work here).
if [[ -z "${CHROMIUM_PATH:-}" ]] && ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium for the browser tests ..."
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y chromium >/dev/null || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y chromium >/dev/null; }
fi
backoffice_prepare
backoffice_start --temp
echo "stack up after $((SECONDS - started)) s"

status=0
# Azurite's queue store patch (tools/emulators/azurite-queue-patch.cjs) against upstream, same random operations (2 s).
node tools/emulators/azurite-queue-patch.test.mjs </dev/null || status=$?
# Azurite's table/blob store patch (tools/emulators/azurite-store-patch.cjs) against upstream, restarts and a kill -9
# included (about 5 s).
node tools/emulators/azurite-store-patch.test.mjs </dev/null || status=$?
# The Cosmos emulator's query patches (linear evaluation, equality index) against upstream, same random writes (5 s).
node tools/emulators/cosmos-queries.test.mjs </dev/null || status=$?
dotnet test BackOffice.sln -c "$BACKOFFICE_CONFIGURATION" --no-build --nologo \
  --logger "console;verbosity=minimal" --results-directory .run/test-results </dev/null || status=$?

# The hostile-input run against the same stack (about 40 s): every HTTP function gets malformed, huge, unsigned and
# injected input. Its seed is random and printed (CHAOS_SEED=<n> repeats it); a violation fails test.sh.
if ((status == 0)); then
  node tools/chaos/hostile.mjs </dev/null || status=$?
fi

# The order lifecycle once more, with the message trigger declared as serviceBusTrigger: the local host then hands the
# handler Service Bus shaped invocations, as the real host does in Azure.
if ((status == 0)); then
  backoffice_restart_functions_as_service_bus
  dotnet test tests/BackOffice.IntegrationTests -c "$BACKOFFICE_CONFIGURATION" --no-build --nologo \
    --filter "FullyQualifiedName~BackOffice.IntegrationTests.Lifecycle.OrderOutcomeTests" \
    --logger "console;verbosity=minimal" --results-directory .run/test-results </dev/null || status=$?
  if ! grep -q "'OrderMessages' (trigger serviceBusTrigger" "$STACK_LOG_DIR/functions-servicebus.log"; then
    echo "test.sh: no Service Bus shaped OrderMessages invocation was logged" >&2
    status=1
  fi
fi

# The short chaos run (50 orders, one SIGKILL of the function app) on a fresh stack of its own: chaos.sh starts it with
# its fault settings, so this one stops first. Its JSON summary is the last line it prints; a violation fails test.sh.
if ((status == 0)); then
  stack_stop_all
  chaos_started=$SECONDS
  ./chaos.sh --no-build "${TEST_CHAOS_ORDERS:-50}" "${TEST_CHAOS_KILLS:-1}" </dev/null || status=$?
  echo "short chaos run finished in $((SECONDS - chaos_started)) s"
fi

echo "test.sh finished in $((SECONDS - started)) s with exit code $status"
exit "$status"
