namespace BackOffice.Partners.MelhorEnvio;

public sealed record MelhorEnvioInvoice(string Key);
