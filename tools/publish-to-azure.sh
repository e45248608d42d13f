#!/usr/bin/env bash
# Deploys the package to the function app that infra/ created: builds it (tools/publish.sh), uploads it to the blob
# the app runs from (WEBSITE_RUN_FROM_PACKAGE, read with the app's managed identity), restarts the app, syncs its
# triggers and waits for /api/health. azd runs it after provisioning; by hand it needs the same names in the
# environment (`azd env get-values` prints them) and an `az login` whose identity is the deployer (AZURE_PRINCIPAL_ID).
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."

: "${AZURE_SUBSCRIPTION_ID:?}" "${AZURE_RESOURCE_GROUP:?}" "${AZURE_FUNCTION_APP_NAME:?}" "${AZURE_FUNCTION_APP_URL:?}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?}" "${AZURE_PACKAGE_CONTAINER:?}" "${AZURE_PACKAGE_BLOB:?}"

package=.publish/backoffice.zip
tools/publish.sh "$package"

# A role assignment made by this provisioning can take a few minutes to reach the storage data plane.
for attempt in $(seq 1 20); do
  if az storage blob upload --auth-mode login --only-show-errors --overwrite \
      --account-name "$AZURE_STORAGE_ACCOUNT_NAME" --container-name "$AZURE_PACKAGE_CONTAINER" \
      --name "$AZURE_PACKAGE_BLOB" --file "$package" >/dev/null; then
    break
  fi
  [[ $attempt -lt 20 ]] || { echo "publish-to-azure: upload refused; does AZURE_PRINCIPAL_ID name who is logged in?" >&2; exit 1; }
  echo "publish-to-azure: upload refused (role not yet effective?), retrying in 15 s"
  sleep 15
done

site="/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP/providers/Microsoft.Web/sites/$AZURE_FUNCTION_APP_NAME"
az functionapp restart --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" --only-show-errors
# A package that is not pushed through Kudu must tell the platform about its triggers (scale controller, Service Bus).
az rest --method post --uri "$site/syncfunctiontriggers?api-version=2024-04-01" --only-show-errors >/dev/null

for attempt in $(seq 1 40); do
  if curl --silent --fail --max-time 10 "$AZURE_FUNCTION_APP_URL/api/health" >/dev/null; then
    echo "publish-to-azure: $AZURE_FUNCTION_APP_URL is healthy"
    exit 0
  fi
  sleep 15
done
echo "publish-to-azure: $AZURE_FUNCTION_APP_URL/api/health did not answer 200 within 10 minutes; see Application Insights" >&2
exit 1
