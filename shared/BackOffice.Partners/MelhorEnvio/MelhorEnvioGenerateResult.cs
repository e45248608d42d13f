namespace BackOffice.Partners.MelhorEnvio;

public sealed record MelhorEnvioGenerateResult(bool Status, string? Message);
