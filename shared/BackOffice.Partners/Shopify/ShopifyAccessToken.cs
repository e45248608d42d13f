namespace BackOffice.Partners.Shopify;

/// <summary>The answer of <c>POST /admin/oauth/access_token</c>: <c>{ access_token, scope, expires_in }</c> (seconds, 86399 for 24 h).</summary>
public sealed record ShopifyAccessTokenResponse(string? AccessToken, string? Scope, long? ExpiresIn);

/// <summary>A token in hand and when the hub stops using it.</summary>
public sealed record ShopifyAccessToken(string Value, DateTimeOffset RenewAt);
