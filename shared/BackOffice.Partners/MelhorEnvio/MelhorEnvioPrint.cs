namespace BackOffice.Partners.MelhorEnvio;

public sealed record MelhorEnvioPrint(string? Url);
