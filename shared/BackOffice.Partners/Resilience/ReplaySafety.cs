namespace BackOffice.Partners.Resilience;

/// <summary>Tells whether a request may be sent again after an outcome that leaves unknown whether the partner acted on it.</summary>
/// <remarks>
/// Reads and writes carrying an idempotency key (Pagar.me's header, a ClearSale order code) are safe to resend whatever
/// happened. A write without one (Melhor Envio's cart and checkout; Focus NFe's issue, whose ref no longer keys it once
/// SEFAZ rejected it) is only resent when the partner surely did not act: it refused with 429 or the connection was
/// never made.
/// </remarks>
public delegate bool ReplaySafety(HttpRequestMessage request);

public static class ReplaySafe
{
    public static readonly ReplaySafety Always = _ => true;
}
