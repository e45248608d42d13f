namespace BackOffice.Partners.FocusNfe;

/// <param name="Justificativa">15 to 255 characters (SEFAZ).</param>
public sealed record FocusNfeCancellation(string Justificativa);
