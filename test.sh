#!/usr/bin/env bash
# The same set-up as run.sh, then every test of the solution against the running stack. Non-zero on any failure.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

source tools/backoffice-stack.sh
stack_install_traps
started=$SECONDS
backoffice_prepare
backoffice_start --temp
echo "stack up after $((SECONDS - started)) s"

status=0
dotnet test BackOffice.sln -c "$BACKOFFICE_CONFIGURATION" --no-build --nologo \
  --logger "console;verbosity=minimal" --results-directory .run/test-results </dev/null || status=$?

# The hostile-input run at every HTTP function of the running app, then the short chaos run on a stack of its own.
echo "hostile-input run ..."
node tools/chaos/hostile.mjs | tail -n 1 | tee .run/hostile-summary.json || status=1
stack_stop_all
echo "short chaos run (50 orders, 1 kill) ..."
./chaos.sh --no-build 50 1 | tail -n 1 | tee .run/chaos-summary.json || status=1

echo "test.sh finished in $((SECONDS - started)) s with exit code $status"
exit "$status"
