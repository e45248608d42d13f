// What ops watch in Azure: an Application Insights workbook and log alerts, on the queries of docs/ops.md. Every query
// is a file of infra/queries, loaded here as it is, so the portal, the workbook and the alerts run the same text.
targetScope = 'resourceGroup'

param baseName string
param location string
param tags object
@description('Resource id of the Application Insights component the app exports to.')
param insightsId string
@description('E-mail address that receives the alerts; empty: the alerts fire in the portal only.')
param alertEmail string
@description('Partner error rate (%) per partner host over 15 minutes above which ops are alerted.')
param partnerErrorRatePercent int

var queries = {
  ordersPerStatus: loadTextContent('queries/orders-per-status.kql')
  stuckOrders: loadTextContent('queries/stuck-orders.kql')
  timeInStatus: loadTextContent('queries/time-in-status.kql')
  partnerCalls: loadTextContent('queries/partner-calls.kql')
  partnerErrorRate: loadTextContent('queries/partner-error-rate.kql')
  failuresByFunction: loadTextContent('queries/failures-by-function.kql')
  deadLetters: loadTextContent('queries/dead-letters.kql')
  webhookAck: loadTextContent('queries/webhook-ack.kql')
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook: one section per question ops ask; each runs its query against the app's Application Insights.
// ---------------------------------------------------------------------------------------------------------------
var workbookSections = [
  { name: 'orders-per-status', title: 'Orders per status (last status entered, 30 days)', query: queries.ordersPerStatus, visualization: 'barchart' }
  { name: 'stuck-orders', title: 'Stuck orders (longer in a status than expected, oldest first)', query: queries.stuckOrders, visualization: 'table' }
  { name: 'time-in-status', title: 'Time in each status before moving on (last day, seconds)', query: queries.timeInStatus, visualization: 'table' }
  { name: 'partner-calls', title: 'Partner calls: error rate and p95 latency per partner host (15-minute bins)', query: queries.partnerCalls, visualization: 'table' }
  { name: 'dead-letters', title: 'Dead letters (last failed delivery; replay them on the ops page)', query: queries.deadLetters, visualization: 'table' }
  { name: 'webhook-ack', title: 'Webhook and callback acknowledgement time per function (last day)', query: queries.webhookAck, visualization: 'table' }
  { name: 'failures-by-function', title: 'Failures by function and message type (last day)', query: queries.failuresByFunction, visualization: 'table' }
]

var workbookContent = {
  version: 'Notebook/1.0'
  items: map(workbookSections, section => {
    type: 3
    name: section.name
    content: {
      version: 'KqlItem/1.0'
      title: section.title
      query: section.query
      size: 0
      queryType: 0
      resourceType: 'microsoft.insights/components'
      visualization: section.visualization
    }
  })
  fallbackResourceIds: [insightsId]
  '$schema': 'https://github.com/Microsoft/Application-Insights-Workbooks/blob/master/schema/workbook.json'
}

resource workbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: guid(resourceGroup().id, baseName, 'ops-workbook')
  location: location
  tags: tags
  kind: 'shared'
  properties: {
    displayName: 'BackOffice ops (${baseName})'
    category: 'workbook'
    sourceId: insightsId
    serializedData: string(workbookContent)
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Alerts: log search rules on Application Insights, to one action group.
// ---------------------------------------------------------------------------------------------------------------
resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${baseName}-ops'
  location: 'global'
  tags: tags
  properties: {
    // At most 12 characters: what an SMS or e-mail subject shows.
    groupShortName: 'backoffice'
    enabled: true
    emailReceivers: empty(alertEmail) ? [] : [
      { name: 'ops', emailAddress: alertEmail, useCommonAlertSchema: true }
    ]
  }
}

// Each rule: its query file, how its result is read, and how often. Rows = the number of rows the query returns.
var alerts = [
  {
    name: 'dead-letters'
    displayName: 'Dead letters: a message failed its last delivery'
    description: 'An order message is in the poison queue or the dead-letter queue. Open the ops page, read the reason, replay it.'
    severity: 1
    query: queries.deadLetters
    measure: null
    aggregation: 'Count'
    threshold: 0
    frequency: 'PT5M'
    window: 'PT15M'
    queryTimeRange: null
    dimensions: [{ name: 'MessageType', operator: 'Include', values: ['*'] }]
  }
  {
    name: 'partner-error-rate'
    displayName: 'Partner error rate above ${partnerErrorRatePercent}%'
    description: 'A partner host answered more than ${partnerErrorRatePercent}% of the hub\'s calls with an error over 15 minutes (at least 10 calls).'
    severity: 2
    query: queries.partnerErrorRate
    measure: 'error_rate'
    aggregation: 'Maximum'
    threshold: partnerErrorRatePercent
    frequency: 'PT5M'
    window: 'PT15M'
    queryTimeRange: null
    dimensions: [{ name: 'target', operator: 'Include', values: ['*'] }]
  }
  {
    // A rule's query sees at most two days back, so this catches the statuses expected to last less than that; orders
    // waiting days (boleto, shipping) are on the ops page and in the workbook.
    name: 'stuck-orders'
    displayName: 'Stuck orders: longer in a status than expected'
    description: 'Orders whose last status change is older than the ops page\'s expectation for that status. Open them on the ops page.'
    severity: 2
    query: queries.stuckOrders
    measure: null
    aggregation: 'Count'
    threshold: 0
    frequency: 'PT15M'
    window: 'PT15M'
    queryTimeRange: 'P2D'
    dimensions: [{ name: 'Status', operator: 'Include', values: ['*'] }]
  }
]

resource alertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [for alert in alerts: {
  name: 'alert-${baseName}-${alert.name}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: alert.displayName
    description: alert.description
    severity: alert.severity
    enabled: true
    scopes: [insightsId]
    evaluationFrequency: alert.frequency
    windowSize: alert.window
    overrideQueryTimeRange: alert.queryTimeRange
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: alert.query
          timeAggregation: alert.aggregation
          metricMeasureColumn: alert.measure
          operator: 'GreaterThan'
          threshold: alert.threshold
          dimensions: alert.dimensions
          failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
        }
      ]
    }
    actions: { actionGroups: [actionGroup.id] }
  }
}]

output workbookId string = workbook.id
output actionGroupId string = actionGroup.id
