// Everything the hub runs on, in one resource group. Access is by the app's user-assigned managed identity with
// data-plane roles scoped as tightly as the app allows; no account key, connection string or SAS is ever read here.
targetScope = 'resourceGroup'

param environmentName string
param prefix string
param location string
param tags object
param principalId string
@allowed(['User', 'ServicePrincipal'])
param principalType string
param profile object
param partnerSettings object
@secure()
param partnerSecrets object
@description('Ops: alertEmail, partnerErrorRatePercent, and the Entra ID sign-in of the ops page (signInClientId, signInGroupId).')
param ops object

// ---------------------------------------------------------------------------------------------------------------
// Names: one prefix, the environment, and a suffix stable for this subscription and group (global names must be unique).
// ---------------------------------------------------------------------------------------------------------------
var suffix = take(uniqueString(subscription().subscriptionId, resourceGroup().id, environmentName), 6)
var baseName = '${prefix}-${environmentName}'
// Storage and Key Vault names: letters and digits only, at most 24; the suffix first keeps it when the rest is cut.
var compactName = toLower(replace('${prefix}${environmentName}', '-', ''))
var names = {
  identity: 'id-${baseName}'
  logs: 'log-${baseName}'
  insights: 'appi-${baseName}'
  storage: take('st${suffix}${compactName}', 24)
  serviceBus: 'sb-${baseName}-${suffix}'
  cosmos: 'cosmos-${baseName}-${suffix}'
  keyVault: take('kv${suffix}${compactName}', 24)
  plan: 'plan-${baseName}'
  functionApp: 'func-${baseName}-${suffix}'
}

// What the code expects (shared/BackOffice.Infrastructure: StorageOptions, CosmosOptions, OrderQueues).
var blobContainers = ['raw-payloads', 'documents', 'catalog-locks']
var packageContainer = 'deployments'
var packageBlob = 'backoffice.zip'
// Every table the app's StorageProvisioner creates locally (in Azure it is off: Storage__CreateIfMissing=false).
var tableNames = ['deliveries', 'stock', 'storeevents', 'messagefailures', 'customerindex', 'catalog', 'expedition']
var orderQueue = 'order-messages'
var storageQueues = [orderQueue, '${orderQueue}-poison']
var cosmosDatabase = 'backoffice'
var ordersContainer = 'orders'

// Built-in role definitions (ids are the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  serviceBusDataSender: '69a216fc-b8fb-44d8-bc22-1f3c2cd27a39'
  serviceBusDataReceiver: '4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

// Partner secrets: the app setting the code reads and the Key Vault secret behind it.
var secretSettings = [
  { setting: 'Hub__WebhookSecret', secret: 'hub-webhook-secret' }
  { setting: 'Hub__Events__Secret', secret: 'hub-events-secret' }
  { setting: 'Shopify__WebhookSecret', secret: 'shopify-webhook-secret' }
  { setting: 'Shopify__AccessToken', secret: 'shopify-access-token' }
  { setting: 'Shopify__ClientSecret', secret: 'shopify-client-secret' }
  { setting: 'Vtex__HookHeaderValue', secret: 'vtex-hook-header-value' }
  { setting: 'Vtex__AppToken', secret: 'vtex-app-token' }
  { setting: 'Pagarme__SecretKey', secret: 'pagarme-secret-key' }
  { setting: 'ClearSale__Password', secret: 'clearsale-password' }
  { setting: 'ClearSale__CallbackToken', secret: 'clearsale-callback-token' }
  { setting: 'FocusNfe__Token', secret: 'focusnfe-token' }
  { setting: 'FocusNfe__HookAuthorization', secret: 'focusnfe-hook-authorization' }
  { setting: 'MelhorEnvio__Token', secret: 'melhorenvio-token' }
  { setting: 'MelhorEnvio__WebhookSecret', secret: 'melhorenvio-webhook-secret' }
]

// ---------------------------------------------------------------------------------------------------------------
// Identity and monitoring
// ---------------------------------------------------------------------------------------------------------------
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: names.identity
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: names.logs
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: profile.logRetentionDays
    workspaceCapping: { dailyQuotaGb: profile.logDailyCapGb }
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Telemetry is accepted only with an Entra token (the app's identity), never with the bare connection string.
    DisableLocalAuth: true
    publicNetworkAccessForIngestion: 'Enabled'
    publicNetworkAccessForQuery: 'Enabled'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Storage: the Functions host's account, which also holds the hub's blobs, tables and (local-transport) queues.
// ---------------------------------------------------------------------------------------------------------------
resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: names.storage
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: profile.storageSku }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // Identity only: no Azure Files content share is used (the package runs from a blob URL), so keys can be off.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
  }

  resource blobService 'blobServices' = {
    name: 'default'
    properties: {
      deleteRetentionPolicy: { enabled: true, days: profile.blobSoftDeleteDays }
      containerDeleteRetentionPolicy: { enabled: true, days: profile.blobSoftDeleteDays }
    }

    resource containers 'containers' = [for container in concat(blobContainers, [packageContainer]): {
      name: container
      properties: { publicAccess: 'None' }
    }]
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource tables 'tables' = [for table in tableNames: {
      name: table
    }]
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource queues 'queues' = [for queue in storageQueues: {
      name: queue
    }]
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Service Bus: one session-enabled queue for every order message (SessionId = order id).
// ---------------------------------------------------------------------------------------------------------------
resource serviceBus 'Microsoft.ServiceBus/namespaces@2026-01-01' = {
  name: names.serviceBus
  location: location
  tags: tags
  // Standard has sessions, duplicate detection and scheduled messages; Premium adds isolation the hub does not need.
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    disableLocalAuth: true
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
  }

  resource orders 'queues' = {
    name: orderQueue
    properties: {
      // One order's messages one at a time, in order (the serviceBusTrigger has isSessionsEnabled).
      requiresSession: true
      // MessageId = the outbox id: a re-sent outbox message inside the window is dropped by the broker.
      requiresDuplicateDetection: true
      duplicateDetectionHistoryTimeWindow: profile.duplicateDetectionWindow
      // The same number of tries as host.json's queues.maxDequeueCount, then the dead-letter queue the ops page reads.
      maxDeliveryCount: 5
      deadLetteringOnMessageExpiration: true
      lockDuration: 'PT1M'
      defaultMessageTimeToLive: 'P14D'
      enableBatchedOperations: true
      enablePartitioning: false
      maxSizeInMegabytes: 1024
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cosmos DB (serverless): one document per order, partitioned by its id.
// ---------------------------------------------------------------------------------------------------------------
resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2025-10-15' = {
  name: names.cosmos
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
    backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: profile.cosmosBackupTier } }
  }

  resource database 'sqlDatabases' = {
    name: cosmosDatabase
    properties: { resource: { id: cosmosDatabase } }

    resource orders 'containers' = {
      name: ordersContainer
      properties: {
        resource: {
          id: ordersContainer
          // Every hot-path operation is a point read or replace by id (CosmosOrderRepository).
          partitionKey: { paths: ['/id'], kind: 'Hash', version: 2 }
          // Index only what the two cross-partition queries filter and sort on: orders by status (ops, newest first)
          // and outboxes left pending (the outbox sweep). Every other path unindexed keeps each replace cheap.
          indexingPolicy: {
            indexingMode: 'consistent'
            automatic: true
            includedPaths: [
              { path: '/status/?' }
              { path: '/receivedAt/?' }
              { path: '/outboxPending/?' }
              { path: '/updatedAtUnixMs/?' }
            ]
            excludedPaths: [{ path: '/*' }, { path: '/"_etag"/?' }]
            compositeIndexes: [
              [
                { path: '/status', order: 'ascending' }
                { path: '/receivedAt', order: 'descending' }
              ]
            ]
          }
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Key Vault: partner secrets, read by the app through Key Vault references with its identity.
// ---------------------------------------------------------------------------------------------------------------
resource keyVault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: names.keyVault
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: profile.keyVaultRetentionDays
    enablePurgeProtection: profile.keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices' }
  }
}

// A secret given at deployment is stored as a new version; an empty one is left to Key Vault (set or rotated there).
resource secrets 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [for item in secretSettings: if (!empty(partnerSecrets[?item.secret] ?? '')) {
  parent: keyVault
  name: item.secret
  properties: {
    value: partnerSecrets[?item.secret] ?? ''
    contentType: 'text/plain'
  }
}]

// ---------------------------------------------------------------------------------------------------------------
// Function app: Linux, Elastic Premium, custom handler, running the published package from blob storage.
// ---------------------------------------------------------------------------------------------------------------
resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: names.plan
  location: location
  tags: tags
  kind: 'elastic'
  sku: { name: profile.planSku, tier: 'ElasticPremium' }
  properties: {
    reserved: true
    maximumElasticWorkerCount: profile.maximumInstances
  }
}

var storageSuffix = environment().suffixes.storage
var packageUrl = 'https://${storage.name}.blob.${storageSuffix}/${packageContainer}/${packageBlob}'
var serviceBusHost = split(split(serviceBus.properties.serviceBusEndpoint, '//')[1], ':')[0]

var platformSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'custom'
  // Host storage by identity (no Azure Files share, no key).
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
  // The package the publish script uploads; fetched with the identity, not a SAS.
  WEBSITE_RUN_FROM_PACKAGE: packageUrl
  WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: identity.id
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
  // The handler's own Azure SDK clients (DefaultAzureCredential) use the same identity.
  AZURE_CLIENT_ID: identity.properties.clientId
  Messaging__Transport: 'ServiceBus'
  ServiceBusConnection__fullyQualifiedNamespace: serviceBusHost
  ServiceBusConnection__credential: 'managedidentity'
  ServiceBusConnection__clientId: identity.properties.clientId
  Cosmos__Endpoint: cosmos.properties.documentEndpoint
  Cosmos__Database: cosmosDatabase
  Cosmos__OrdersContainer: ordersContainer
  Storage__CreateIfMissing: 'false'
}

var secretReferences = toObject(secretSettings, item => item.setting, item => '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${item.secret})')
var appSettings = union(partnerSettings, secretReferences, platformSettings)

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: names.functionApp
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    reserved: true
    httpsOnly: true
    clientCertEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      // A custom handler brings its own self-contained executable, so no language image is named.
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      minimumElasticInstanceCount: profile.alwaysReadyInstances
      preWarmedInstanceCount: profile.alwaysReadyInstances
      functionAppScaleLimit: profile.maximumInstances
    }
  }
}

// The settings as their own resource, after the roles they rely on: the host starts with its storage reachable.
resource functionAppSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: appSettings
  dependsOn: [appRoles, serviceBusRoles, keyVaultRole, telemetryRole, cosmosRole]
}

// No deployment with user name and password: the package goes through blob storage with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: { allow: false }
}

// ---------------------------------------------------------------------------------------------------------------
// Sign-in for ops (App Service authentication v2, Entra ID): the ops page and the ops API (/api/ops*) need a signed-in
// person, whom the platform names to the app in X-MS-CLIENT-PRINCIPAL(-NAME) (headers it strips from incoming requests,
// so a caller cannot choose them). Storefront webhooks, partner callbacks, schemas and the health probe stay anonymous
// at this layer: they prove who they are with their own signatures or keys. Needs an Entra app registration of ops
// (its client id in ops.signInClientId, ID tokens allowed, redirect URI https://<app>/.auth/login/aad/callback).
// ---------------------------------------------------------------------------------------------------------------
var signInEnabled = !empty(ops.signInClientId)
// Every HTTP route outside /api/ops (FunctionCatalog); a trailing /* covers what is under a path.
var anonymousPaths = ['/api/health', '/api/webhooks/*', '/api/callbacks/*', '/api/schemas/*']

resource signIn 'Microsoft.Web/sites/config@2025-03-01' = if (signInEnabled) {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: anonymousPaths
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: { convention: 'NoProxy' }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          // No client secret: sign-in gets an ID token only (OpenID Connect implicit flow), all the page needs.
          clientId: ops.signInClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [ops.signInClientId, 'api://${ops.signInClientId}']
          // With a group, only its members may sign in; without, anyone of the tenant the registration admits.
          defaultAuthorizationPolicy: empty(ops.signInGroupId ?? '') ? null : {
            allowedPrincipals: { groups: [ops.signInGroupId] }
          }
        }
      }
    }
    login: {
      tokenStore: { enabled: true }
      preserveUrlFragmentsForLogins: true
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Monitoring for ops: the workbook and alerts on the app's Application Insights (queries in infra/queries).
// ---------------------------------------------------------------------------------------------------------------
module monitoring 'monitoring.bicep' = {
  name: 'monitoring-${environmentName}'
  params: {
    baseName: baseName
    location: location
    tags: tags
    insightsId: insights.id
    alertEmail: ops.alertEmail ?? ''
    partnerErrorRatePercent: ops.partnerErrorRatePercent ?? 20
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Roles: the app's identity gets the data-plane roles it needs, on the narrowest scope; no control-plane role.
// ---------------------------------------------------------------------------------------------------------------
var storageRoles = [
  // The Functions host keeps leases, keys and timer schedules in blobs and needs Owner there (host storage by identity).
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource appRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in storageRoles: {
  name: guid(storage.id, identity.id, role)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}]

// Send (the publisher) and receive (the trigger, dead letters) on the one queue, not the namespace.
resource serviceBusRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.serviceBusDataSender, roles.serviceBusDataReceiver]: {
  name: guid(serviceBus::orders.id, identity.id, role)
  scope: serviceBus::orders
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}]

resource keyVaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource telemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Cosmos DB's own data-plane RBAC, on the hub's database only.
resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2025-10-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
    principalId: identity.properties.principalId
    scope: '${cosmos.id}/dbs/${cosmosDatabase}'
  }
  dependsOn: [cosmos::database]
}

// The deployer may upload the package (its container only) and set or rotate partner secrets.
resource deployerPackageRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
  name: guid(storage.id, principalId, roles.storageBlobDataContributor, packageContainer)
  scope: storage::blobService::containers[2]
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: principalId
    principalType: principalType
  }
}

resource deployerSecretsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(principalId)) {
  name: guid(keyVault.id, principalId, roles.keyVaultSecretsOfficer)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsOfficer)
    principalId: principalId
    principalType: principalType
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics: every resource's logs and metrics to the one Log Analytics workspace.
// ---------------------------------------------------------------------------------------------------------------
var allLogs = [{ categoryGroup: 'allLogs', enabled: true }]
var allMetrics = [{ category: 'AllMetrics', enabled: true }]
// Storage exports its metrics as one category, Transaction.
var storageMetrics = [{ category: 'Transaction', enabled: true }]

resource functionAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: functionApp
  properties: { workspaceId: logs.id, logs: allLogs, metrics: allMetrics }
}

resource planDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: plan
  properties: { workspaceId: logs.id, metrics: allMetrics }
}

resource serviceBusDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: serviceBus
  properties: { workspaceId: logs.id, logs: allLogs, metrics: allMetrics }
}

resource cosmosDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: cosmos
  properties: { workspaceId: logs.id, logAnalyticsDestinationType: 'Dedicated', logs: allLogs, metrics: allMetrics }
}

resource keyVaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: keyVault
  properties: { workspaceId: logs.id, logs: allLogs, metrics: allMetrics }
}

resource storageDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage
  properties: { workspaceId: logs.id, metrics: storageMetrics }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::blobService
  properties: { workspaceId: logs.id, logs: allLogs, metrics: storageMetrics }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::tableService
  properties: { workspaceId: logs.id, logs: allLogs, metrics: storageMetrics }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: storage::queueService
  properties: { workspaceId: logs.id, logs: allLogs, metrics: storageMetrics }
}

output functionAppName string = functionApp.name
output functionAppUrl string = 'https://${functionApp.properties.defaultHostName}'
output storageAccountName string = storage.name
output packageContainer string = packageContainer
output packageBlob string = packageBlob
output keyVaultName string = keyVault.name
output serviceBusNamespace string = serviceBus.name
output cosmosEndpoint string = cosmos.properties.documentEndpoint
