using System.Net;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.FocusNfe;

/// <summary>Focus NFe refused a request; <see cref="Codigo"/> and <see cref="Erros"/> say what to fix.</summary>
public sealed class FocusNfeException(HttpStatusCode status, string reference, FocusNfeError? error, string? body)
    : PartnerApiException("Focus NFe", status, $"NF-e {reference}: {error?.Codigo ?? "erro"} - {error?.Mensagem ?? "no message"}", body)
{
    public string Reference { get; } = reference;

    public string? Codigo { get; } = error?.Codigo;

    public string? Mensagem { get; } = error?.Mensagem;

    public IReadOnlyList<FocusNfeFieldError> Erros { get; } = error?.Erros ?? [];
}
