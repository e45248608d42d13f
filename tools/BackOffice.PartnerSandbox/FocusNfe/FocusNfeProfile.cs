using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>Focus NFe: HTTP Basic with the API token as user (or <c>?token=</c>); errors are <c>{ codigo, mensagem }</c>.</summary>
public static class FocusNfeProfile
{
    public static readonly PartnerProfile Instance = new(
        PartnerNames.FocusNfe,
        request => Credentials.HasBasicUser(request) || !string.IsNullOrWhiteSpace(request.Query["token"]),
        (status, message) => new { codigo = Code(status), mensagem = message });

    private static string Code(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "requisicao_invalida",
        StatusCodes.Status401Unauthorized => "permissao_negada",
        StatusCodes.Status404NotFound => "nao_encontrado",
        StatusCodes.Status422UnprocessableEntity => "nfe_nao_autorizada",
        _ => "erro_interno",
    };
}
