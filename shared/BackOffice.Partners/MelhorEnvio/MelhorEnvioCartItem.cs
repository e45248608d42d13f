namespace BackOffice.Partners.MelhorEnvio;

/// <summary>Body of <c>POST me/cart</c>.</summary>
public sealed record MelhorEnvioCartItem(
    int Service,
    int? Agency,
    MelhorEnvioParty From,
    MelhorEnvioParty To,
    IReadOnlyList<MelhorEnvioProduct> Products,
    IReadOnlyList<MelhorEnvioVolume> Volumes,
    MelhorEnvioCartOptions Options);
