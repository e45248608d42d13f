namespace BackOffice.Partners.ClearSale;

/// <summary>ClearSale flagged the order ERR: the data we sent is wrong and must be fixed and sent again; waiting will not help.</summary>
public sealed class ClearSaleIntegrationException(string orderRef)
    : Exception($"ClearSale reports an integration error (ERR) for order {orderRef}: correct the submitted data and resend.")
{
    public string OrderRef { get; } = orderRef;
}
