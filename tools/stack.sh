# shellcheck shell=bash
# tools/stack.sh — helpers to install and run the local emulator stack (Azurite + Cosmos DB server).
#
# Source it (do not execute it):
#     source "<repo>/tools/stack.sh"
#     stack_install_traps              # = trap stack_stop_all EXIT; INT/TERM stop and exit 130/143
#     stack_install
#     stack_check_ports_free 10000 10001 10002 8081
#     stack_start_azurite --temp       # or a data dir; default <repo>/.data/azurite
#     stack_start_cosmos --temp         # or a store dir; default <repo>/.data/cosmos/store
#     stack_wait_azurite 60 && stack_wait_cosmos 60
#
# Works under `set -euo pipefail`, with CI=true, without stdin and from any current directory.
# Every process started through stack_start runs in its own process group (setsid) and is
# stopped (TERM, up to 10 s, then KILL) by stack_stop_all, which is idempotent and trap-safe.
#
# Tunables (environment, read when the functions run):
#   STACK_AZURITE_BLOB_PORT / _QUEUE_PORT / _TABLE_PORT   default 10000 / 10001 / 10002
#   STACK_COSMOS_PORT                                      default 8081
#   STACK_HOST                                             default 127.0.0.1
#   STACK_LOG_DIR                                          default <repo>/.run/logs

# Guard against being sourced twice (would reset the list of started processes).
if [[ -n "${__STACK_SH_LOADED:-}" ]]; then
  return 0
fi
__STACK_SH_LOADED=1

STACK_REPO_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
STACK_EMULATORS_DIR="$STACK_REPO_ROOT/tools/emulators"
STACK_RUN_DIR="$STACK_REPO_ROOT/.run"
STACK_LOG_DIR="${STACK_LOG_DIR:-$STACK_RUN_DIR/logs}"
STACK_DATA_DIR="$STACK_REPO_ROOT/.data"

# Parallel arrays describing what this shell started.
STACK_NAMES=()
STACK_PIDS=()
STACK_LOGS=()
STACK_TMPDIRS=()

_stack_log() { printf '[stack] %s\n' "$*" >&2; }
_stack_err() { printf '[stack] ERROR: %s\n' "$*" >&2; }
_stack_now() { date +%s.%N 2>/dev/null || date +%s; }
_stack_elapsed() { awk -v a="$1" -v b="$(_stack_now)" 'BEGIN { printf "%.1f", b - a }'; }

# Index of a component name in STACK_NAMES (last started wins), or empty.
_stack_index_of() {
  local name="$1" i
  for ((i = ${#STACK_NAMES[@]} - 1; i >= 0; i--)); do
    if [[ "${STACK_NAMES[$i]}" == "$name" ]]; then
      printf '%s' "$i"
      return 0
    fi
  done
  return 0
}

_stack_show_log() {
  local name="$1" idx logfile="$STACK_LOG_DIR/$1.log"
  idx="$(_stack_index_of "$name")"
  [[ -n "$idx" ]] && logfile="${STACK_LOGS[$idx]}"
  if [[ -f "$logfile" ]]; then
    printf '[stack] ---- last 40 lines of %s (%s) ----\n' "$name" "$logfile" >&2
    tail -n 40 -- "$logfile" >&2 || true
    printf '[stack] ---- end of %s log ----\n' "$name" >&2
  fi
}

# True while the process group of a known component still has members.
_stack_is_alive() {
  local name="$1" idx pid
  idx="$(_stack_index_of "$name")"
  [[ -n "$idx" ]] || return 0 # unknown component (e.g. reused external one): assume alive
  pid="${STACK_PIDS[$idx]}"
  kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null
}

# stack_install — npm ci in tools/emulators when node_modules is missing or package-lock.json changed.
stack_install() {
  local missing=() tool
  for tool in node npm dotnet; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    _stack_err "required tool(s) not found on PATH: ${missing[*]} (need Node.js >= 20 with npm, and the .NET SDK)"
    return 1
  fi
  local lock="$STACK_EMULATORS_DIR/package-lock.json"
  local stamp="$STACK_EMULATORS_DIR/node_modules/.stack-install.stamp"
  if [[ ! -f "$lock" ]]; then
    _stack_err "$lock is missing"
    return 1
  fi
  mkdir -p "$STACK_LOG_DIR"

  # Serialize concurrent installs (run.sh and test.sh at the same time) when flock exists.
  local lockfd=""
  if command -v flock >/dev/null 2>&1; then
    exec {lockfd}>"$STACK_LOG_DIR/.npm-install.lock"
    flock -w 900 "$lockfd" || { _stack_err "timed out waiting for another npm install"; exec {lockfd}>&-; return 1; }
  fi

  local want have=""
  want="$( { sha256sum "$lock" | cut -d' ' -f1; node --version; } | tr '\n' ' ')"
  [[ -f "$stamp" ]] && have="$(cat -- "$stamp" 2>/dev/null || true)"
  if [[ -d "$STACK_EMULATORS_DIR/node_modules" && "$have" == "$want" ]]; then
    _stack_log "emulator packages up to date (tools/emulators/node_modules)"
    [[ -n "$lockfd" ]] && exec {lockfd}>&-
    return 0
  fi

  local t0 logfile="$STACK_LOG_DIR/npm-install.log" rc=0
  t0="$(_stack_now)"
  _stack_log "installing emulator packages: npm ci in tools/emulators (log: $logfile) ..."
  (cd "$STACK_EMULATORS_DIR" && npm ci --no-audit --no-fund --loglevel=error </dev/null) >"$logfile" 2>&1 || rc=$?
  if ((rc != 0)); then
    _stack_err "npm ci failed in $STACK_EMULATORS_DIR (exit $rc); last lines of $logfile:"
    tail -n 40 -- "$logfile" >&2 || true
    [[ -n "$lockfd" ]] && exec {lockfd}>&-
    return 1
  fi
  printf '%s' "$want" >"$stamp"
  _stack_log "npm ci done in $(_stack_elapsed "$t0") s"
  [[ -n "$lockfd" ]] && exec {lockfd}>&-
  return 0
}

# stack_start <name> <logfile> <command...> — run a command in the background in its own process
# group, stdout+stderr to logfile (truncated), stdin from /dev/null. Remembers it for stack_stop_all.
stack_start() {
  if (($# < 3)); then
    _stack_err "usage: stack_start <name> <logfile> <command...>"
    return 2
  fi
  local name="$1" logfile="$2"
  shift 2
  mkdir -p -- "$(dirname -- "$logfile")"
  printf '[stack] %s starting %s: %s\n' "$(date '+%F %T')" "$name" "$*" >"$logfile"
  local pid
  if [[ $- == *m* ]]; then
    # Job control on: the background job already gets its own process group.
    "$@" </dev/null >>"$logfile" 2>&1 &
    pid=$!
  elif command -v setsid >/dev/null 2>&1; then
    # Non-interactive shell: the background child is not a group leader, so setsid execs in place
    # (same pid) and the command becomes leader of a new session/process group.
    setsid "$@" </dev/null >>"$logfile" 2>&1 &
    pid=$!
  else
    _stack_log "WARN: setsid not found; $name shares the caller's process group"
    "$@" </dev/null >>"$logfile" 2>&1 &
    pid=$!
  fi
  STACK_NAMES+=("$name")
  STACK_PIDS+=("$pid")
  STACK_LOGS+=("$logfile")
  _stack_log "started $name (pid $pid, log $logfile)"
  return 0
}

# stack_check_ports_free <port...> — fail with a clear message if any port is already listening.
stack_check_ports_free() {
  local port busy=0 holder
  for port in "$@"; do
    if _stack_port_listening "${STACK_HOST:-127.0.0.1}" "$port"; then
      busy=1
      holder=""
      if command -v ss >/dev/null 2>&1; then
        holder="$(ss -Hltnp "sport = :$port" 2>/dev/null | sed -n 's/.*users:(\(.*\))$/\1/p' | head -n 1 || true)"
      fi
      _stack_err "port $port is already in use${holder:+ by $holder}"
    fi
  done
  ((busy == 0))
}

_stack_port_listening() {
  local host="$1" port="$2"
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null || true)" ]]
  else
    (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
  fi
}

# stack_wait_port <host> <port> <timeout seconds> <name>
stack_wait_port() {
  local host="$1" port="$2" timeout="$3" name="${4:-$2}" t0
  t0="$(_stack_now)"
  local deadline=$((SECONDS + timeout))
  while :; do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
      _stack_log "$name accepting connections on $host:$port after $(_stack_elapsed "$t0") s"
      return 0
    fi
    if ! _stack_is_alive "$name"; then
      _stack_err "$name exited before $host:$port became reachable"
      _stack_show_log "$name"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      _stack_err "timed out after ${timeout}s waiting for $name on $host:$port"
      _stack_show_log "$name"
      return 1
    fi
    sleep 0.2
  done
}

# stack_wait_http <url> <timeout seconds> <name> [200] — any HTTP status < 500 counts as up,
# unless the 4th argument is "200". TLS certificates are not verified (curl -k).
stack_wait_http() {
  local url="$1" timeout="$2" name="${3:-$1}" mode="${4:-any}" code t0
  if ! command -v curl >/dev/null 2>&1; then
    _stack_err "curl is required for stack_wait_http"
    return 1
  fi
  t0="$(_stack_now)"
  local deadline=$((SECONDS + timeout))
  while :; do
    code="$(curl -k -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$url" 2>/dev/null || true)"
    code="${code:-000}"
    if [[ "$mode" == "200" ]]; then
      [[ "$code" == "200" ]] && break
    elif [[ "$code" =~ ^[1-4][0-9][0-9]$ ]]; then
      break
    fi
    if ! _stack_is_alive "$name"; then
      _stack_err "$name exited before $url answered (last HTTP status $code)"
      _stack_show_log "$name"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      _stack_err "timed out after ${timeout}s waiting for $name at $url (last HTTP status $code)"
      _stack_show_log "$name"
      return 1
    fi
    sleep 0.3
  done
  _stack_log "$name answered HTTP $code at $url after $(_stack_elapsed "$t0") s"
  return 0
}

# stack_tmpdir [label] — create a temp dir that stack_stop_all removes; prints its path and sets
# STACK_LAST_TMPDIR. Note: "$(stack_tmpdir x)" runs in a subshell, so the dir is then NOT removed
# automatically; call it plainly and read STACK_LAST_TMPDIR instead (or use stack_start_azurite --temp).
stack_tmpdir() {
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/backoffice-${1:-stack}.XXXXXX")"
  STACK_TMPDIRS+=("$dir")
  STACK_LAST_TMPDIR="$dir"
  printf '%s\n' "$dir"
}

# stack_start_azurite [data dir | --temp] — default data dir <repo>/.data/azurite; --temp uses a fresh
# temporary folder that stack_stop_all deletes (best for test runs).
stack_start_azurite() {
  local data="${1:-$STACK_DATA_DIR/azurite}"
  if [[ "$data" == "--temp" ]]; then
    stack_tmpdir azurite >/dev/null
    data="$STACK_LAST_TMPDIR"
  fi
  local bin="$STACK_EMULATORS_DIR/node_modules/azurite/dist/src/azurite.js"
  if [[ ! -f "$bin" ]]; then
    _stack_err "Azurite not installed ($bin missing); call stack_install first"
    return 1
  fi
  mkdir -p -- "$data"
  local host="${STACK_HOST:-127.0.0.1}"
  # --silent: Azurite's access log (one console line per request, about 100 per order) cost it CPU on every operation;
  # STACK_AZURITE_ACCESS_LOG=1 brings it back into azurite.log when a request needs looking at. STACK_AZURITE_NODE_FLAGS
  # passes flags to node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/az" to profile it).
  local access_log=(--silent)
  [[ "${STACK_AZURITE_ACCESS_LOG:-0}" == 1 ]] && access_log=()
  # azurite-queue-patch.cjs: Azurite's queue store cost O(messages in the account) per queue operation (see the file);
  # preloaded, it makes that O(log n + k) and changes nothing else (tools/emulators/azurite-queue-patch.test.mjs).
  # azurite-store-patch.cjs: each autosave (every 5 s) rewrote the whole table and blob databases, and a table entity
  # was found by a scan; now a save appends the changed documents to a journal and entities are found by key, same
  # answers and same data after a restart or a kill -9 (tools/emulators/azurite-store-patch.test.mjs).
  stack_start azurite "$STACK_LOG_DIR/azurite.log" \
    node --require "$STACK_EMULATORS_DIR/azurite-queue-patch.cjs" --require "$STACK_EMULATORS_DIR/azurite-store-patch.cjs" \
    ${STACK_AZURITE_NODE_FLAGS:-} "$bin" \
    --location "$data" \
    --skipApiVersionCheck --loose --disableTelemetry "${access_log[@]}" \
    --blobHost "$host" --blobPort "${STACK_AZURITE_BLOB_PORT:-10000}" \
    --queueHost "$host" --queuePort "${STACK_AZURITE_QUEUE_PORT:-10001}" \
    --tableHost "$host" --tablePort "${STACK_AZURITE_TABLE_PORT:-10002}"
}

# stack_start_cosmos [store dir | --temp] — Cosmos DB server over HTTPS (self-signed cert in <repo>/.data/cosmos),
# its data kept in <repo>/.data/cosmos/store (journal + snapshot, survives a restart); --temp uses a fresh temporary
# folder that stack_stop_all deletes. Port: STACK_COSMOS_PORT (default 8081).
stack_start_cosmos() {
  local store="${1:-$STACK_DATA_DIR/cosmos/store}"
  if [[ "$store" == "--temp" ]]; then
    stack_tmpdir cosmos >/dev/null
    store="$STACK_LAST_TMPDIR"
  fi
  local port="${STACK_COSMOS_PORT:-8081}"
  if [[ ! -d "$STACK_EMULATORS_DIR/node_modules/@vercel/cosmosdb-server" ]]; then
    _stack_err "@vercel/cosmosdb-server not installed; call stack_install first"
    return 1
  fi
  stack_start cosmos "$STACK_LOG_DIR/cosmos.log" \
    node "$STACK_EMULATORS_DIR/cosmos-server.mjs" \
    --host "${STACK_HOST:-127.0.0.1}" --port "$port" --data "$STACK_DATA_DIR/cosmos" --store "$store"
}

# Convenience waits with the default ports.
stack_wait_azurite() {
  local timeout="${1:-60}" host="${STACK_HOST:-127.0.0.1}"
  stack_wait_port "$host" "${STACK_AZURITE_BLOB_PORT:-10000}" "$timeout" azurite &&
    stack_wait_port "$host" "${STACK_AZURITE_QUEUE_PORT:-10001}" "$timeout" azurite &&
    stack_wait_port "$host" "${STACK_AZURITE_TABLE_PORT:-10002}" "$timeout" azurite &&
    stack_wait_http "http://$host:${STACK_AZURITE_BLOB_PORT:-10000}/devstoreaccount1?comp=list" "$timeout" azurite
}
stack_wait_cosmos() {
  local timeout="${1:-60}"
  stack_wait_http "https://${STACK_HOST:-127.0.0.1}:${STACK_COSMOS_PORT:-8081}/" "$timeout" cosmos 200
}

# stack_install_traps — stop everything on exit; on INT/TERM stop and exit (a bare
# `trap stack_stop_all INT` would run the cleanup and then let the script carry on).
stack_install_traps() {
  trap 'stack_stop_all' EXIT
  trap 'stack_stop_all; trap - INT; exit 130' INT
  trap 'stack_stop_all; trap - TERM; exit 143' TERM
}

# stack_stop_all — TERM every process group started here, wait up to 10 s, then KILL. Idempotent.
stack_stop_all() {
  local i pid name alive deadline
  local -a pids=("${STACK_PIDS[@]}") names=("${STACK_NAMES[@]}")
  STACK_PIDS=()
  STACK_NAMES=()
  STACK_LOGS=()
  for i in "${!pids[@]}"; do
    pid="${pids[$i]}"
    if kill -0 -- "-$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || true
    elif kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  deadline=$((SECONDS + 10))
  while :; do
    alive=()
    for i in "${!pids[@]}"; do
      pid="${pids[$i]}"
      if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then
        alive+=("$i")
      fi
    done
    ((${#alive[@]} == 0)) && break
    if ((SECONDS >= deadline)); then
      for i in "${alive[@]}"; do
        pid="${pids[$i]}"
        _stack_log "${names[$i]} (pid $pid) did not stop after 10 s; sending KILL"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      done
      break
    fi
    sleep 0.2
  done
  for i in "${!pids[@]}"; do
    wait "${pids[$i]}" 2>/dev/null || true
    _stack_log "stopped ${names[$i]} (pid ${pids[$i]})"
  done
  local d
  for d in "${STACK_TMPDIRS[@]}"; do
    [[ -n "$d" && -d "$d" ]] && rm -rf -- "$d" 2>/dev/null || true
  done
  STACK_TMPDIRS=()
  return 0
}
