namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Where parcels leave from and how they are packed (section <c>Shipping</c>).</summary>
public sealed class ShippingSettings
{
    public const string Section = "Shipping";

    public ShippingOrigin Origin { get; set; } = new();

    /// <summary>The box used until orders carry their own dimensions.</summary>
    public int PackageHeightCm { get; set; } = 10;

    public int PackageWidthCm { get; set; } = 20;

    public int PackageLengthCm { get; set; } = 30;
}
