namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Where parcels leave from (section <c>Shipping</c>; how they are packed: BackOffice.Application.Shipping.ShippingPlanSettings).</summary>
public sealed class ShippingSettings
{
    public const string Section = "Shipping";

    public ShippingOrigin Origin { get; set; } = new();
}
