namespace BackOffice.Partners.FocusNfe;

/// <summary>Focus NFe's error body: <c>{ codigo, mensagem, erros: [{ codigo, mensagem, campo }] }</c>.</summary>
public sealed record FocusNfeError(string? Codigo, string? Mensagem, IReadOnlyList<FocusNfeFieldError>? Erros);
