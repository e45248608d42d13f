# shellcheck shell=bash
# tools/backoffice-stack.sh — the whole local stack, shared by run.sh and test.sh. Source it; do not execute it.
#   backoffice_prepare          install pinned emulator packages, restore and build the solution
#   backoffice_start [--temp]   start Azurite, the Cosmos DB server, the partner sandbox and the local Functions host
#                               (which starts the function app), then wait until /api/health answers 200; data in
#                               .data/ (kept across restarts), or with --temp in fresh folders deleted at the end
# Everything started is stopped by stack_stop_all (installed as a trap by stack_install_traps).

# shellcheck source=tools/stack.sh
source "$(dirname -- "${BASH_SOURCE[0]}")/stack.sh"

BACKOFFICE_CONFIGURATION="${BACKOFFICE_CONFIGURATION:-Debug}"
BACKOFFICE_APP_URL="http://127.0.0.1:7071"
BACKOFFICE_SANDBOX_URL="http://127.0.0.1:7080"
BACKOFFICE_SCRIPT_ROOT="$STACK_REPO_ROOT/functions/BackOffice.Functions/bin/$BACKOFFICE_CONFIGURATION/net10.0"

backoffice_prepare() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  stack_install
  local t0
  t0="$(_stack_now)"
  _stack_log "building BackOffice.sln ($BACKOFFICE_CONFIGURATION) ..."
  dotnet build "$STACK_REPO_ROOT/BackOffice.sln" -c "$BACKOFFICE_CONFIGURATION" --nologo -v quiet -clp:ErrorsOnly </dev/null
  _stack_log "build done in $(_stack_elapsed "$t0") s"
}

backoffice_start() {
  local data="${1:-}"
  stack_check_ports_free 10000 10001 10002 8081 7071 7080
  stack_start_azurite ${data:+"$data"}
  stack_start_cosmos ${data:+"$data"}
  stack_wait_azurite 60
  stack_wait_cosmos 60

  local sandbox="$STACK_REPO_ROOT/tools/BackOffice.PartnerSandbox/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.PartnerSandbox.dll"
  if [[ -f "$sandbox" ]]; then
    stack_start sandbox "$STACK_LOG_DIR/sandbox.log" \
      dotnet "$sandbox" --settings "$STACK_REPO_ROOT/local.settings.json"
    stack_wait_http "$BACKOFFICE_SANDBOX_URL/_sandbox/health" 60 sandbox 200
  fi

  BACKOFFICE_HOST_CMD=(dotnet "$STACK_REPO_ROOT/tools/BackOffice.LocalHost/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.LocalHost.dll"
    --script-root "$BACKOFFICE_SCRIPT_ROOT" --settings "$STACK_REPO_ROOT/local.settings.json" --port 7071)
  _backoffice_start_functions "$STACK_LOG_DIR/functions.log" "${BACKOFFICE_HOST_CMD[@]}"
}

# _backoffice_start_functions <logfile> <command...> — the local Functions host, with BACKOFFICE_HOST_ENV (an array of
# NAME=value, for app settings whose names a shell cannot export, e.g. AzureWebJobs.<name>.Disabled) when set.
_backoffice_start_functions() {
  local logfile="$1"
  shift
  if [[ -n "${BACKOFFICE_HOST_ENV[*]:-}" ]]; then
    stack_start functions "$logfile" env "${BACKOFFICE_HOST_ENV[@]}" "$@"
  else
    stack_start functions "$logfile" "$@"
  fi
  stack_wait_http "$BACKOFFICE_APP_URL/api/health" 90 functions 200
}

_backoffice_stop_functions() {
  local idx pid
  idx="$(_stack_index_of functions)"
  if [[ -n "$idx" ]]; then
    pid="${STACK_PIDS[$idx]}"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    STACK_NAMES[$idx]="functions-stopped"
  fi
}

# backoffice_restart_functions — stop the local Functions host and start it again as backoffice_start did (with the
# BACKOFFICE_HOST_ENV of now): data and queues stay.
backoffice_restart_functions() {
  _backoffice_stop_functions
  _backoffice_start_functions "$STACK_LOG_DIR/functions-restarted.log" "${BACKOFFICE_HOST_CMD[@]}"
}

# backoffice_restart_functions_as_service_bus — stop the local Functions host and start it again on a script root whose
# message functions declare serviceBusTrigger: it then delivers the order queue's messages with Service Bus Data and
# Metadata (from the same storage queue: no broker runs locally), so the handler's Service Bus path runs end to end.
backoffice_restart_functions_as_service_bus() {
  local root="$STACK_REPO_ROOT/.run/servicebus-script-root"
  _backoffice_stop_functions

  rm -rf -- "$root"
  mkdir -p -- "$root"
  sed -e "s|\"defaultExecutablePath\": \"BackOffice.Functions\"|\"defaultExecutablePath\": \"$BACKOFFICE_SCRIPT_ROOT/BackOffice.Functions\"|" \
      -e "s|\"workingDirectory\": \"\"|\"workingDirectory\": \"$BACKOFFICE_SCRIPT_ROOT\"|" \
      "$BACKOFFICE_SCRIPT_ROOT/host.json" >"$root/host.json"
  dotnet "$BACKOFFICE_SCRIPT_ROOT/BackOffice.Functions.dll" emit-function-metadata "$root" ServiceBus >/dev/null

  _backoffice_start_functions "$STACK_LOG_DIR/functions-servicebus.log" \
    dotnet "$STACK_REPO_ROOT/tools/BackOffice.LocalHost/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.LocalHost.dll" \
    --script-root "$root" --settings "$STACK_REPO_ROOT/local.settings.json" --port 7071
}

backoffice_print_urls() {
  cat <<EOT

BackOffice hub is running (logs in ${STACK_LOG_DIR#"$STACK_REPO_ROOT"/}/):
  function app      $BACKOFFICE_APP_URL            (HTTP functions under /api/, admin at /admin/functions/{name})
  health            $BACKOFFICE_APP_URL/api/health
  ops API           $BACKOFFICE_APP_URL/api/ops/orders?status=Received
  partner sandbox   $BACKOFFICE_SANDBOX_URL$( [[ -f "$STACK_REPO_ROOT/tools/BackOffice.PartnerSandbox/bin/$BACKOFFICE_CONFIGURATION/net10.0/BackOffice.PartnerSandbox.dll" ]] || printf ' (not built)')
  Azurite           blob 127.0.0.1:10000, queue 127.0.0.1:10001, table 127.0.0.1:10002
  Cosmos DB         https://127.0.0.1:8081 (self-signed certificate; data kept across restarts unless --temp)
Press Ctrl-C to stop everything.
EOT
}

# True while every component started here is still running.
stack_all_alive() {
  local name
  for name in "${STACK_NAMES[@]}"; do
    if ! _stack_is_alive "$name"; then
      _stack_err "$name stopped; last lines of its log:"
      _stack_show_log "$name" || true
      return 1
    fi
  done
}
