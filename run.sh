#!/usr/bin/env bash
# Starts the whole local stack and stays in the foreground; Ctrl-C stops everything it started.
#   ./run.sh          the stack
#   ./run.sh --demo   the stack, then a few sample orders sent through it
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")"

demo=0
case "${1:-}" in
  "") ;;
  --demo) demo=1 ;;
  -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
  *) echo "unknown option '$1' (see --help)" >&2; exit 2 ;;
esac

source tools/backoffice-stack.sh
stack_install_traps
backoffice_prepare
backoffice_start
backoffice_print_urls

if ((demo)); then
  tools/demo.sh "$BACKOFFICE_APP_URL"
fi

# Stay in the foreground until Ctrl-C, or until a component dies.
while stack_all_alive; do
  sleep 2
done
echo "a component stopped; see .run/logs/" >&2
exit 1
