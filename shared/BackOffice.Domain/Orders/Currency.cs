namespace BackOffice.Domain.Orders;

public sealed record Currency
{
    // The currencies the partners we integrate with settle in; anything else is a bad order, not a new currency.
    private static readonly HashSet<string> Known = ["BRL", "USD", "EUR", "ARS", "CLP", "COP", "MXN", "PEN", "UYU", "GBP"];

    private Currency(string code) => Code = code;

    public string Code { get; }

    public static bool IsKnown(string? code) => code is not null && Known.Contains(code);

    public static Currency Of(string code) =>
        IsKnown(code) ? new Currency(code) : throw new ArgumentException($"Unknown currency '{code}'.", nameof(code));

    public override string ToString() => Code;
}
