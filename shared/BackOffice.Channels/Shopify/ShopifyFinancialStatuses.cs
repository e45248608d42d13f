namespace BackOffice.Channels.Shopify;

/// <summary>The <c>financial_status</c> values a new order can arrive with, and those an update can bring.</summary>
public static class ShopifyFinancialStatuses
{
    /// <summary>The checkout authorized a card; the charge waits for capture.</summary>
    public const string Authorized = "authorized";

    /// <summary>The checkout already captured the payment.</summary>
    public const string Paid = "paid";

    /// <summary>Nothing collected yet: PIX or boleto waiting for the customer, or a card still being processed.</summary>
    public const string Pending = "pending";

    /// <summary>The authorization was released without capture: nothing will be collected.</summary>
    public const string Voided = "voided";
}
