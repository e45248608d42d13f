using BackOffice.Domain.Orders;

namespace BackOffice.Application.Partners.Storefronts;

/// <summary>Tells one storefront about its orders' status changes. Implementations are idempotent per notice.</summary>
public interface IStorefrontNotifier
{
    SalesChannel Channel { get; }

    /// <returns>Accepted (also when the storefront already had it) or a permanent refusal; transient failures throw.</returns>
    Task<StorefrontReply> NotifyAsync(StorefrontNotice notice, CancellationToken cancellationToken);
}
