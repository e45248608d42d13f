namespace BackOffice.Application.Documents;

/// <summary>Keeps an order's documents (NF-e XML, DANFE, shipping label) for as long as the law and ops need them.</summary>
public interface IDocumentStore
{
    /// <returns>Where the document was stored. Storing the same name again replaces it.</returns>
    Task<string> StoreAsync(string orderId, string name, byte[] content, string contentType, CancellationToken cancellationToken);

    /// <param name="location">What <see cref="StoreAsync"/> returned.</param>
    Task<byte[]> ReadAsync(string location, CancellationToken cancellationToken);

    /// <summary>A read-only link to the document that works without our credentials until <paramref name="expiresOn"/>.</summary>
    /// <returns>Null when this store cannot make one (no key to sign it with).</returns>
    Uri? LinkFor(string location, DateTimeOffset expiresOn) => null;
}
