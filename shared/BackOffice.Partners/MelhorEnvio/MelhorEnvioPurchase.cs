namespace BackOffice.Partners.MelhorEnvio;

public sealed record MelhorEnvioPurchase(string? Id, string? Protocol, decimal? Total, string? Status);
