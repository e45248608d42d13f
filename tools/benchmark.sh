#!/usr/bin/env bash
# The benchmark command: the same stack as test.sh on fresh data, then tools/benchmark.mjs against it.
# Usage: tools/benchmark.sh [orders=50] [concurrency=10]
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."

source tools/backoffice-stack.sh
stack_install_traps
backoffice_prepare
backoffice_start --temp
node tools/benchmark.mjs "${1:-50}" "${2:-10}"
