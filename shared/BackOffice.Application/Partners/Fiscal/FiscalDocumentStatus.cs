namespace BackOffice.Application.Partners.Fiscal;

/// <param name="AccessKey">The 44-digit NF-e key (chave de acesso).</param>
public sealed record FiscalDocumentStatus(
    string Reference,
    FiscalDocumentState State,
    string? AccessKey,
    string? Number,
    string? Series,
    string? XmlPath,
    string? DanfePath,
    string? SefazStatus,
    string? SefazMessage);
