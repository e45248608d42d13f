using System.Text.Json.Serialization;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// The body of <c>POST me/shipment/cancel</c>; Melhor Envio documents <c>reason_id</c> as always 2
/// (https://docs.melhorenvio.com.br/reference/cancelamento-de-etiquetas).
/// </summary>
public sealed record MelhorEnvioCancelRequest(MelhorEnvioCancelOrder Order)
{
    public static MelhorEnvioCancelRequest For(string labelId, string description) => new(new MelhorEnvioCancelOrder(labelId, "2", description));
}

public sealed record MelhorEnvioCancelOrder(
    string Id,
    [property: JsonPropertyName("reason_id")] string ReasonId,
    string Description);

/// <summary>One label's answer to a cancellation.</summary>
public sealed record MelhorEnvioCancelResult(bool Canceled);
