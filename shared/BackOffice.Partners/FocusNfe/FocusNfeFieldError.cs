namespace BackOffice.Partners.FocusNfe;

public sealed record FocusNfeFieldError(string? Codigo, string? Mensagem, string? Campo);
