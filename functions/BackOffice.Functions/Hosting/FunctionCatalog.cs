using BackOffice.Functions.Features.Callbacks;
using BackOffice.Functions.Features.Expedition;
using BackOffice.Functions.Features.Catalog;
using BackOffice.Functions.Features.Health;
using BackOffice.Functions.Features.Lifecycle;
using BackOffice.Functions.Features.Ops;
using BackOffice.Functions.Features.OrderMessages;
using BackOffice.Functions.Features.Outbox;
using BackOffice.Functions.Features.Stock;
using BackOffice.Functions.Features.StoreEvents;
using BackOffice.Functions.Features.Storefronts;
using BackOffice.Functions.Features.Webhooks;

namespace BackOffice.Functions.Hosting;

/// <summary>Every function of the app, declared once: endpoints and function.json files are both made from this list.</summary>
public static class FunctionCatalog
{
    public static readonly IReadOnlyList<FunctionDefinition> All =
    [
        HealthFunction.Definition,
        HubOrderWebhookFunction.Definition,
        HubOrderSchemaFunction.Definition,
        ShopifyWebhookFunction.Definition,
        VtexWebhookFunction.Definition,
        PartnerCallbackFunction.Definition,
        GetOrderFunction.Definition,
        ListOrdersFunction.Definition,
        DecideRiskFunction.Definition,
        CancelOrderFunction.Definition,
        RetryOrderFunction.Definition,
        StorageOperationsFunction.Definition,
        ListDeadLettersFunction.Definition,
        ReplayDeadLetterFunction.Definition,
        ReplayDeadLettersOfTypeFunction.Definition,
        OpsPageFunction.Page,
        OpsPageFunction.Assets,
        OverviewFunction.Definition,
        SearchCustomerFunction.Definition,
        OrderDetailsFunctions.Customer,
        OrderDetailsFunctions.Payloads,
        OrderDetailsFunctions.Documents,
        OrderMessagesFunction.Definition,
        OutboxSweepFunction.Definition,
        DueWorkSweepFunction.Definition,
        StockSyncFunction.Definition,
        PriceSyncFunction.Definition,
        CatalogRunsFunction.Definition,
        LowStockFunction.Definition,
        VtexFeedDrainFunction.Definition,
        VtexSubscriptionCheckFunction.Definition,
        ParkedDeliveryFunctions.List,
        ParkedDeliveryFunctions.Get,
        ParkedDeliveryFunctions.Resume,
        ParkedDeliveryFunctions.Dismiss,
        StoreEventSchemaFunction.Definition,
        StoreEventLogFunction.Definition,
        FailingStoreEventsFunction.Definition,
        ReplayStoreEventFunction.Definition,
        ExpeditionBatchFunctions.Create,
        ExpeditionBatchFunctions.List,
        ExpeditionBatchFunctions.Get,
        ExpeditionBatchFunctions.Pdf,
        ExpeditionBatchFunctions.HandOver,
        ExpeditionBatchFunctions.Waiting,
    ];
}
