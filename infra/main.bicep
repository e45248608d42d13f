// BackOffice in one resource group of the caller's subscription: `azd up` (azure.yaml) or
// `az deployment sub create --location <region> --template-file infra/main.bicep --parameters infra/main.<env>.bicepparam`.
targetScope = 'subscription'

@minLength(2)
@maxLength(12)
@description('Environment name (azd: AZURE_ENV_NAME), e.g. dev or prod; part of every resource name.')
param environmentName string

@minLength(2)
@maxLength(10)
@description('Lower-case letters and digits that start every resource name, e.g. the store\'s short name.')
param prefix string = 'backoffice'

@description('Region for every resource (azd: AZURE_LOCATION).')
param location string

@description('Object id of the person or pipeline that deploys (azd: AZURE_PRINCIPAL_ID): may upload the package and set partner secrets. Empty: none.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Settings of the profile (sizes, retention, partner endpoints); see main.dev.bicepparam and main.prod.bicepparam.')
param profile object

@description('What the store is (its CNPJ, address, partner accounts); app-setting names as the code reads them. Not secret.')
param storeSettings object

@description('The partner endpoints and timings of this environment (test or production APIs); app-setting names.')
param partnerEndpoints object

@description('Ops: alertEmail (alerts go there), partnerErrorRatePercent (alert threshold), signInClientId and signInGroupId (Entra ID sign-in of the ops page; empty: no sign-in, the ops API then needs a function key).')
param ops object = { alertEmail: '', partnerErrorRatePercent: 20, signInClientId: '', signInGroupId: '' }

@secure()
@description('Partner secrets by Key Vault secret name; an empty value leaves the secret as it is in Key Vault (set or rotated there).')
param partnerSecrets object = {}

var tags = { 'azd-env-name': environmentName, application: 'backoffice' }

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${prefix}-${environmentName}'
  location: location
  tags: tags
}

module hub 'resources.bicep' = {
  name: 'backoffice-${environmentName}'
  scope: group
  params: {
    environmentName: environmentName
    prefix: prefix
    location: location
    tags: tags
    principalId: principalId
    principalType: principalType
    profile: profile
    partnerSettings: union(storeSettings, partnerEndpoints)
    partnerSecrets: partnerSecrets
    ops: ops
  }
}

output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = hub.outputs.functionAppName
output AZURE_FUNCTION_APP_URL string = hub.outputs.functionAppUrl
output AZURE_STORAGE_ACCOUNT_NAME string = hub.outputs.storageAccountName
output AZURE_PACKAGE_CONTAINER string = hub.outputs.packageContainer
output AZURE_PACKAGE_BLOB string = hub.outputs.packageBlob
output AZURE_KEY_VAULT_NAME string = hub.outputs.keyVaultName
output AZURE_SERVICE_BUS_NAMESPACE string = hub.outputs.serviceBusNamespace
output AZURE_COSMOS_ENDPOINT string = hub.outputs.cosmosEndpoint
