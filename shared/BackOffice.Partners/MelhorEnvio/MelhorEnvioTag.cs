namespace BackOffice.Partners.MelhorEnvio;

public sealed record MelhorEnvioTag(string Tag, string? Url = null);
