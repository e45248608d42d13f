namespace BackOffice.Partners.MelhorEnvio;

/// <summary><c>{ "orders": ["label id", ...] }</c>, the body of checkout, generate and tracking.</summary>
public sealed record MelhorEnvioOrders(IReadOnlyList<string> Orders);
