namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>One carrier service of the sandbox's price table (see <see cref="MelhorEnvioRates"/>).</summary>
public sealed record MelhorEnvioService(
    int Id,
    string Name,
    int CompanyId,
    string Company,
    decimal BasePrice,
    decimal PerZone,
    decimal PerKg,
    int BaseDays,
    decimal DaysPerZone,
    decimal MaxKg)
{
    public decimal Price(int zone, decimal kg) => decimal.Round(BasePrice + (PerZone * zone) + (PerKg * Math.Ceiling(kg)), 2);

    public int Days(int zone) => BaseDays + (int)Math.Ceiling(DaysPerZone * zone);
}
