// dev: the real shape at the smallest size (one always-ready instance, locally redundant storage), against the
// partners' test environments.
using 'main.bicep'
extends 'store.bicepparam'

param profile = {
  planSku: 'EP1'
  alwaysReadyInstances: 1
  maximumInstances: 3
  storageSku: 'Standard_LRS'
  blobSoftDeleteDays: 7
  cosmosBackupTier: 'Continuous7Days'
  duplicateDetectionWindow: 'PT1H'
  keyVaultRetentionDays: 7
  keyVaultPurgeProtection: false
  logRetentionDays: 30
  logDailyCapGb: 1
}

param partnerEndpoints = {
  Pagarme__BaseUrl: 'https://api.pagar.me/core/v5/'
  // ClearSale hands each store its own test host: set CLEARSALE_BASE_URL to it.
  ClearSale__BaseUrl: readEnvironmentVariable('CLEARSALE_BASE_URL', 'https://api.clearsale.com.br/')
  FocusNfe__BaseUrl: 'https://homologacao.focusnfe.com.br/'
  MelhorEnvio__BaseUrl: 'https://sandbox.melhorenvio.com.br/api/v2/'
  Lifecycle__SweepSchedule: '0 * * * * *'
  Lifecycle__PollAfter: '00:02:00'
  Lifecycle__RetryBaseDelay: '00:00:10'
}
