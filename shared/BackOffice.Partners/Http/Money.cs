namespace BackOffice.Partners.Http;

public static class Money
{
    /// <summary>Exact, and always with two decimal places (adding 0.00m fixes the scale), so 1250 cents is written as 12.50.</summary>
    public static decimal ToReais(long cents) => cents / 100m + 0.00m;

    /// <summary>A partner's price in reais to cents, rounded half away from zero (a price never has more than cents).</summary>
    public static long ToCents(decimal reais) => (long)Math.Round(reais * 100m, MidpointRounding.AwayFromZero);
}
