using System.Text.Json;

namespace BackOffice.Application.Callbacks;

/// <summary>Reads what a partner's callback body says: which order, what happened, and its identity for de-duplication.</summary>
public interface ICallbackReader
{
    /// <returns>Null, with <paramref name="error"/> saying what is missing, when the body is not a callback of this partner.</returns>
    PartnerCallback? Read(JsonElement body, out string? error);
}
