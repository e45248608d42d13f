namespace BackOffice.Partners.Tests.Support;

/// <summary>Realistic partner bodies under <c>{Partner}/Samples/</c>, shaped after the providers' documentation.</summary>
public static class Samples
{
    public static string Read(string partner, string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, partner, "Samples", file));
}
