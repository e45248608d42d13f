namespace BackOffice.Domain.Orders;

/// <summary>What an order waits for next: the one answer steps, the re-drive and the due-work sweep all ask the order for.</summary>
public enum OrderWork
{
    /// <summary>Delivered, or cancelled with everything undone: nothing left to do.</summary>
    None,

    /// <summary>Received: the risk analysis has not started.</summary>
    StartRiskAnalysis,

    /// <summary>In risk review, waiting for the anti-fraud service's automatic decision.</summary>
    RiskDecision,

    /// <summary>In risk review, a person at the anti-fraud service is looking at it.</summary>
    ManualRiskReview,
    Payment,
    ReserveStock,
    RequestInvoice,

    /// <summary>An NF-e attempt is with the fiscal API, waiting for SEFAZ.</summary>
    InvoiceAuthorization,
    AddLabelToCart,
    PurchaseLabel,

    /// <summary>Label bought, the carrier has not picked the parcel up yet.</summary>
    Pickup,

    /// <summary>Shipped or a delivery attempt failed: the carrier's tracking tells the rest.</summary>
    Delivery,

    /// <summary>A cancellation still has undo steps pending at the partners.</summary>
    Compensation,

    /// <summary>Needs attention: a person decides.</summary>
    Person,
}
