namespace BackOffice.Partners.FocusNfe;

/// <summary>The NF-e as Focus reports it (answer to POST, GET and DELETE).</summary>
/// <param name="ChaveNfe">"NFe" followed by the 44-digit access key.</param>
/// <param name="CaminhoXmlNotaFiscal">Path of the authorized XML, relative to the API host.</param>
public sealed record FocusNfeDocument(
    string? Ref,
    string? Status,
    string? StatusSefaz,
    string? MensagemSefaz,
    string? ChaveNfe,
    string? Numero,
    string? Serie,
    string? CaminhoXmlNotaFiscal,
    string? CaminhoDanfe);
