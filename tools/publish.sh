#!/usr/bin/env bash
# Builds the deployable package of the function app: a zip whose root is a Functions script root — host.json, one
# folder per function with the function.json the real host reads (Service Bus trigger), and the handler published
# self-contained for linux-x64 (the Functions image needs no .NET of its own) and compiled ReadyToRun, so that a new
# instance starts on precompiled code instead of jitting its start-up (README, "Runtime settings of our servers"). Usage:
#   tools/publish.sh [output.zip]        (default: .publish/backoffice.zip)
# MESSAGING_TRANSPORT=StorageQueues builds a package whose message function is a queue trigger instead.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."

output="${1:-.publish/backoffice.zip}"
transport="${MESSAGING_TRANSPORT:-ServiceBus}"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT

# The build writes function.json from the function catalog after publishing (functions/BackOffice.Functions.csproj).
# Its own artifacts path keeps the linux-x64 restore and build out of the projects' obj/ and bin/: the next normal
# build does not start over.
dotnet publish functions/BackOffice.Functions/BackOffice.Functions.csproj \
  --configuration Release --runtime linux-x64 --self-contained true \
  -p:MessagingTransport="$transport" -p:DebugType=none -p:PublishReadyToRun=true \
  --artifacts-path "$staging/artifacts" --output "$staging/root" --nologo -v quiet

for required in host.json BackOffice.Functions; do
  [[ -e "$staging/root/$required" ]] || { echo "publish: $required missing from the package" >&2; exit 1; }
done
chmod +x "$staging/root/BackOffice.Functions"

mkdir -p "$(dirname -- "$output")"
output="$(cd "$(dirname -- "$output")" && pwd)/$(basename -- "$output")"
rm -f "$output"
# The zip keeps the handler's executable bit: the host starts it directly from the mounted package.
if command -v zip >/dev/null; then
  (cd "$staging/root" && zip -q -r -X "$output" .)
else
  python3 - "$staging/root" "$output" <<'PY'
import os, sys, zipfile
root, output = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            package.write(path, os.path.relpath(path, root))
PY
fi

functions=$(find "$staging/root" -mindepth 2 -maxdepth 2 -name function.json | wc -l)
echo "publish: $output ($(du -h "$output" | cut -f1), $functions functions, $transport, self-contained linux-x64, ReadyToRun)"
