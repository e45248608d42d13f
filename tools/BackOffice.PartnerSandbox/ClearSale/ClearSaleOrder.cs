namespace BackOffice.PartnerSandbox.ClearSale;

/// <summary>An order sent for analysis; only touched under <see cref="ClearSaleSimulator"/>'s lock.</summary>
public sealed class ClearSaleOrder(string code, DateTimeOffset receivedAt)
{
    public string Code { get; } = code;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public string Status { get; set; } = ClearSaleStatus.New;

    public decimal? Score { get; set; }
}
