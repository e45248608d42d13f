namespace BackOffice.Partners.Http;

/// <summary>Cents to reais for the partners that take decimal amounts (Focus NFe, Melhor Envio, ClearSale).</summary>
public static class Money
{
    /// <summary>Exact, and always with two decimal places (adding 0.00m fixes the scale), so 1250 cents is written as 12.50.</summary>
    public static decimal ToReais(long cents) => cents / 100m + 0.00m;
}
