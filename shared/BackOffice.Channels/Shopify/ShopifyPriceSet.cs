namespace BackOffice.Channels.Shopify;

/// <summary>An amount in the shop's currency and in the currency the customer saw; the hub books the shop's.</summary>
public sealed record ShopifyPriceSet(ShopifyMoney? ShopMoney, ShopifyMoney? PresentmentMoney);
