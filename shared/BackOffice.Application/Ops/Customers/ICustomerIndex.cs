namespace BackOffice.Application.Ops.Customers;

/// <summary>Hashed customer keys (<see cref="CustomerKeys"/>) to the ids of their orders.</summary>
public interface ICustomerIndex
{
    /// <summary>Adds the order under each key; adding it again changes nothing.</summary>
    Task AddAsync(IReadOnlyList<string> keys, string orderId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> FindOrderIdsAsync(string key, int limit, CancellationToken cancellationToken);
}
