// What is the same in every environment of one store: who it is, where it ships from, its partner accounts and the
// secrets. Values come from the azd environment (`azd env set STORE_CNPJ ...`) or the shell; main.<env>.bicepparam
// extends this file with the environment's sizes and partner endpoints.
using none

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'dev')
param location = readEnvironmentVariable('AZURE_LOCATION', 'brazilsouth')
param prefix = readEnvironmentVariable('BACKOFFICE_PREFIX', 'backoffice')
param principalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param principalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')

param storeSettings = {
  Hub__Events__Url: readEnvironmentVariable('HUB_EVENTS_URL', '')
  ClearSale__Name: readEnvironmentVariable('CLEARSALE_NAME', '')
  MelhorEnvio__UserAgent: readEnvironmentVariable('MELHORENVIO_USER_AGENT', '')
  Shipping__PromiseBusinessDays: readEnvironmentVariable('SHIPPING_PROMISE_BUSINESS_DAYS', '7')
  Erp__BaseUrl: readEnvironmentVariable('ERP_BASE_URL', '')
  Shopify__BaseUrl: readEnvironmentVariable('SHOPIFY_BASE_URL', '')
  Shopify__ClientId: readEnvironmentVariable('SHOPIFY_CLIENT_ID', '')
  Shopify__HubCreatesCharges: readEnvironmentVariable('SHOPIFY_HUB_CREATES_CHARGES', 'false')
  Vtex__HookUrl: readEnvironmentVariable('VTEX_HOOK_URL', '')
  Vtex__BaseUrl: readEnvironmentVariable('VTEX_BASE_URL', '')
  Vtex__Account: readEnvironmentVariable('VTEX_ACCOUNT', '')
  Vtex__AppKey: readEnvironmentVariable('VTEX_APP_KEY', '')
  Vtex__HookHeaderName: readEnvironmentVariable('VTEX_HOOK_HEADER_NAME', 'X-BackOffice-Hook-Token')
  Fiscal__Emitter__Cnpj: readEnvironmentVariable('STORE_CNPJ', '')
  Fiscal__Emitter__Name: readEnvironmentVariable('STORE_NAME', '')
  Fiscal__Emitter__StateRegistration: readEnvironmentVariable('STORE_IE', '')
  Fiscal__Emitter__Street: readEnvironmentVariable('STORE_STREET', '')
  Fiscal__Emitter__Number: readEnvironmentVariable('STORE_NUMBER', '')
  Fiscal__Emitter__District: readEnvironmentVariable('STORE_DISTRICT', '')
  Fiscal__Emitter__City: readEnvironmentVariable('STORE_CITY', '')
  Fiscal__Emitter__State: readEnvironmentVariable('STORE_STATE', '')
  Fiscal__Emitter__PostalCode: readEnvironmentVariable('STORE_POSTAL_CODE', '')
  Fiscal__DefaultNcm: readEnvironmentVariable('STORE_DEFAULT_NCM', '')
  Shipping__Origin__Name: readEnvironmentVariable('STORE_NAME', '')
  Shipping__Origin__Phone: readEnvironmentVariable('STORE_PHONE', '')
  Shipping__Origin__Email: readEnvironmentVariable('STORE_SHIPPING_EMAIL', '')
  Shipping__Origin__CompanyDocument: readEnvironmentVariable('STORE_CNPJ', '')
  Shipping__Origin__Street: readEnvironmentVariable('STORE_STREET', '')
  Shipping__Origin__Number: readEnvironmentVariable('STORE_NUMBER', '')
  Shipping__Origin__District: readEnvironmentVariable('STORE_DISTRICT', '')
  Shipping__Origin__City: readEnvironmentVariable('STORE_CITY', '')
  Shipping__Origin__State: readEnvironmentVariable('STORE_STATE', '')
  Shipping__Origin__PostalCode: readEnvironmentVariable('STORE_POSTAL_CODE', '')
}

// Who is alerted, at what partner error rate, and who may sign in to the ops page (an Entra app registration's client
// id, and optionally a group of the people of ops). See docs/ops.md.
param ops = {
  alertEmail: readEnvironmentVariable('OPS_ALERT_EMAIL', '')
  partnerErrorRatePercent: int(readEnvironmentVariable('OPS_PARTNER_ERROR_RATE_PERCENT', '20'))
  signInClientId: readEnvironmentVariable('OPS_SIGNIN_CLIENT_ID', '')
  signInGroupId: readEnvironmentVariable('OPS_SIGNIN_GROUP_ID', '')
}

// Stored in Key Vault when set; an unset one is left as it is there (set or rotated with `az keyvault secret set`).
param partnerSecrets = {
  'hub-webhook-secret': readEnvironmentVariable('HUB_WEBHOOK_SECRET', '')
  'hub-events-secret': readEnvironmentVariable('HUB_EVENTS_SECRET', '')
  'shopify-webhook-secret': readEnvironmentVariable('SHOPIFY_WEBHOOK_SECRET', '')
  'shopify-access-token': readEnvironmentVariable('SHOPIFY_ACCESS_TOKEN', '')
  'shopify-client-secret': readEnvironmentVariable('SHOPIFY_CLIENT_SECRET', '')
  'vtex-hook-header-value': readEnvironmentVariable('VTEX_HOOK_HEADER_VALUE', '')
  'vtex-app-token': readEnvironmentVariable('VTEX_APP_TOKEN', '')
  'pagarme-secret-key': readEnvironmentVariable('PAGARME_SECRET_KEY', '')
  'clearsale-password': readEnvironmentVariable('CLEARSALE_PASSWORD', '')
  'clearsale-callback-token': readEnvironmentVariable('CLEARSALE_CALLBACK_TOKEN', '')
  'focusnfe-token': readEnvironmentVariable('FOCUSNFE_TOKEN', '')
  'focusnfe-hook-authorization': readEnvironmentVariable('FOCUSNFE_HOOK_AUTHORIZATION', '')
  'melhorenvio-token': readEnvironmentVariable('MELHORENVIO_TOKEN', '')
  'melhorenvio-webhook-secret': readEnvironmentVariable('MELHORENVIO_WEBHOOK_SECRET', '')
}
