using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Steps;

/// <summary>
/// The carrier quoted no service that can carry the parcel. Retried like a partner's failure (a quote can come back),
/// and when the retries are used up the order needs attention with this reason. No postal code: it is the address.
/// </summary>
public sealed class NoCarrierServiceException(OrderId orderId, int weightGrams)
    : Exception($"The carrier quoted no service that can carry order {orderId}'s parcel ({weightGrams} g).");
