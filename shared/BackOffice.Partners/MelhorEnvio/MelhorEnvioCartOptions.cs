namespace BackOffice.Partners.MelhorEnvio;

/// <param name="InsuranceValue">Declared value in reais.</param>
/// <param name="Invoice">The NF-e key: carriers refuse commercial parcels without it.</param>
/// <param name="Tags">Our order reference, so the label and its webhooks lead back to the order.</param>
public sealed record MelhorEnvioCartOptions(
    decimal InsuranceValue,
    bool Receipt,
    bool OwnHand,
    bool Reverse,
    bool NonCommercial,
    MelhorEnvioInvoice Invoice,
    IReadOnlyList<MelhorEnvioTag> Tags);
