namespace BackOffice.Application.StoreEvents;

/// <summary>The store's webhook endpoint: one signed POST per attempt.</summary>
public interface IStoreEndpoint
{
    /// <returns>What came back; a network failure or a timeout is an answer without a status, never an exception.</returns>
    Task<StoreEndpointAnswer> PostAsync(Uri url, IReadOnlyDictionary<string, string> headers, byte[] body, TimeSpan timeout, CancellationToken cancellationToken);
}

/// <param name="StatusCode">The store's HTTP status; null when none came (network error, timeout).</param>
public sealed record StoreEndpointAnswer(int? StatusCode, string? Error)
{
    /// <summary>Any 2xx is a delivery, as with Stripe and GitHub; anything else is retried.</summary>
    public bool IsDelivered => StatusCode is >= 200 and < 300;
}
