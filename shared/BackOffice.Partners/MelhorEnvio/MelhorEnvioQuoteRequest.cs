namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// Body of <c>POST me/shipment/calculate</c> for packed volumes, as Melhor Envio's own SDK builds it
/// (melhorenvio/shipment-sdk-php src/Resources/Shipment/Calculator.php: <c>from.postal_code</c>, <c>to.postal_code</c>,
/// <c>volumes[]</c> of Package::toArray, <c>options</c>); products and volumes are never sent together.
/// </summary>
public sealed record MelhorEnvioQuoteRequest(
    MelhorEnvioPostalCode From,
    MelhorEnvioPostalCode To,
    IReadOnlyList<MelhorEnvioQuoteVolume> Volumes,
    MelhorEnvioQuoteOptions Options);

public sealed record MelhorEnvioPostalCode(string PostalCode);

/// <param name="Weight">Kilograms.</param>
/// <param name="Insurance">Declared value in reais (Package::toArray's <c>insurance</c>).</param>
public sealed record MelhorEnvioQuoteVolume(int Height, int Width, int Length, decimal Weight, decimal Insurance);

/// <param name="InsuranceValue">Declared value in reais, as the plugin's payload carries it.</param>
public sealed record MelhorEnvioQuoteOptions(decimal InsuranceValue, bool Receipt, bool OwnHand);
