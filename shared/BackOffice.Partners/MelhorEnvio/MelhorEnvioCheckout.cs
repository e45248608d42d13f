namespace BackOffice.Partners.MelhorEnvio;

/// <summary><c>{ "purchase": { "id", "protocol", "total", "status": "paid", ... } }</c>.</summary>
public sealed record MelhorEnvioCheckout(MelhorEnvioPurchase? Purchase);
