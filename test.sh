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
dotnet test BackOffice.sln -c "$BACKOFFICE_CONFIGURATION" --no-build --nologo \
  --logger "console;verbosity=minimal" --results-directory .run/test-results </dev/null || status=$?

echo "test.sh finished in $((SECONDS - started)) s with exit code $status"
exit "$status"
