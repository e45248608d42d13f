namespace BackOffice.Application.Partners.Storefronts;

public enum StorefrontNoticeKind
{
    /// <summary>The hub took the order: VTEX moves it from ready-for-handling to handling.</summary>
    Received,

    /// <summary>The NF-e is authorized: VTEX gets the invoice.</summary>
    Invoiced,

    /// <summary>The label is bought, with its tracking code: Shopify gets a fulfillment, VTEX the tracking.</summary>
    ReadyToShip,

    /// <summary>The carrier has the parcel.</summary>
    Shipped,

    /// <summary>The hub cancelled the order (risk, payment or a person).</summary>
    Cancelled,
}
