namespace BackOffice.Partners.Pagarme;

public static class PagarmeHeaders
{
    /// <summary>Pagar.me keeps the answer to a key for 24 h, so a retried write returns the first result instead of acting twice.</summary>
    public const string IdempotencyKey = "idempotency-key";
}
