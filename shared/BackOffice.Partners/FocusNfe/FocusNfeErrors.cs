using System.Text.Json;
using BackOffice.Partners.Http;

namespace BackOffice.Partners.FocusNfe;

public static class FocusNfeErrors
{
    private static readonly string[] DuplicateCodes = ["already_processed", "nfe_autorizada", "nfe_ja_autorizada", "em_processamento", "ja_processada"];

    private static readonly string[] DuplicateMessages = ["já autorizad", "ja autorizad", "já processad", "ja processad", "já existe", "já foi", "already"];

    public static FocusNfeError? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FocusNfeError>(body, PartnerJson.SnakeCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The ref was already used for an NF-e that is authorized or still being processed: our earlier POST arrived, so
    /// the repeat is a success and the current state is read with a GET.
    /// </summary>
    public static bool IsDuplicate(FocusNfeError? error)
        => error is not null
           && (DuplicateCodes.Contains(error.Codigo, StringComparer.OrdinalIgnoreCase)
               || (error.Mensagem is { } message && DuplicateMessages.Any(marker => message.Contains(marker, StringComparison.OrdinalIgnoreCase))));
}
