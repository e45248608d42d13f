// prod: zone-redundant storage, two always-ready instances for Black Friday's first minutes, room to scale out,
// purge-protected Key Vault and longer backups and logs; the partners' production endpoints.
using 'main.bicep'
extends 'store.bicepparam'

param profile = {
  planSku: 'EP1'
  alwaysReadyInstances: 2
  maximumInstances: 20
  storageSku: 'Standard_ZRS'
  blobSoftDeleteDays: 30
  cosmosBackupTier: 'Continuous30Days'
  duplicateDetectionWindow: 'P1D'
  keyVaultRetentionDays: 90
  keyVaultPurgeProtection: true
  logRetentionDays: 90
  logDailyCapGb: 5
}

param partnerEndpoints = {
  Pagarme__BaseUrl: 'https://api.pagar.me/core/v5/'
  ClearSale__BaseUrl: 'https://api.clearsale.com.br/'
  FocusNfe__BaseUrl: 'https://api.focusnfe.com.br/'
  MelhorEnvio__BaseUrl: 'https://melhorenvio.com.br/api/v2/'
  Lifecycle__SweepSchedule: '0 * * * * *'
  Lifecycle__PollAfter: '00:02:00'
  Lifecycle__RetryBaseDelay: '00:00:10'
}
