namespace BackOffice.Application.Messaging;

/// <summary>The steps of the lifecycle, one message type each.</summary>
public static class OrderMessageTypes
{
    public const string OrderReceived = "OrderReceived";
    public const string SubmitRiskAnalysis = "SubmitRiskAnalysis";
    public const string CollectPayment = "CollectPayment";
    public const string ReserveStock = "ReserveStock";
    public const string IssueInvoice = "IssueInvoice";
    public const string PurchaseLabel = "PurchaseLabel";

    /// <summary>The parcel left: what the order held becomes stock that is gone, as the ERP will report it.</summary>
    public const string ConsumeStock = "ConsumeStock";
    public const string Compensate = "Compensate";

    /// <summary>Runs whichever step the order's state calls for (after a person resumed it, or when it looks stuck).</summary>
    public const string ContinueOrder = "ContinueOrder";
    public const string PartnerCallbackReceived = "PartnerCallbackReceived";

    /// <summary>Tells the order's storefront (Shopify, VTEX) about a status change; never moves the order itself.</summary>
    public const string NotifyStorefront = "NotifyStorefront";

    /// <summary>Wakes the courier of the store on the hub's own format (see StoreEvents); never moves the order itself.</summary>
    public const string NotifyStore = "NotifyStore";
}
