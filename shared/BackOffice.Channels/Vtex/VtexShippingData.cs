namespace BackOffice.Channels.Vtex;

public sealed record VtexShippingData(VtexAddress? Address, IReadOnlyList<VtexLogisticsInfo?>? LogisticsInfo);
