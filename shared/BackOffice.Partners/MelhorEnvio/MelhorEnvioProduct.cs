namespace BackOffice.Partners.MelhorEnvio;

/// <param name="UnitaryValue">Reais.</param>
public sealed record MelhorEnvioProduct(string Name, int Quantity, decimal UnitaryValue);
