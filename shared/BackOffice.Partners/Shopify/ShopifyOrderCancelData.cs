namespace BackOffice.Partners.Shopify;

/// <summary><c>data</c> of the <c>orderCancel</c> mutation: the job that cancels the order in the background.</summary>
public sealed record ShopifyOrderCancelData(ShopifyOrderCancelPayload? OrderCancel);

public sealed record ShopifyOrderCancelPayload(ShopifyJob? Job, IReadOnlyList<ShopifyGraphQlError>? OrderCancelUserErrors);

/// <summary><c>data</c> of a <c>job(id:)</c> query.</summary>
public sealed record ShopifyJobData(ShopifyJob? Job);

public sealed record ShopifyJob(string? Id, bool Done);
