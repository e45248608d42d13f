using System.Text.Json.Serialization;
using BackOffice.Application.Intake;

namespace BackOffice.Channels.Shopify;

/// <summary>
/// The order of Shopify's <c>orders/*</c> webhooks (REST Admin API order JSON, snake_case), reduced to what the hub
/// reads. Money is in the shop's currency as decimal strings; everything is nullable so that the mapper, not the
/// parser, reports what is missing.
/// </summary>
public sealed record ShopifyOrder(
    long? Id,
    string? Name,
    string? Email,
    string? ContactEmail,
    string? Phone,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? Currency,
    [property: JsonConverter(typeof(LenientTextConverter))] string? TotalPrice,
    [property: JsonConverter(typeof(LenientTextConverter))] string? SubtotalPrice,
    [property: JsonConverter(typeof(LenientTextConverter))] string? TotalDiscounts,
    [property: JsonConverter(typeof(LenientTextConverter))] string? TotalTax,
    bool? TaxesIncluded,
    ShopifyPriceSet? TotalShippingPriceSet,
    IReadOnlyList<ShopifyShippingLine?>? ShippingLines,
    IReadOnlyList<ShopifyLineItem?>? LineItems,
    ShopifyAddress? ShippingAddress,
    ShopifyAddress? BillingAddress,
    ShopifyCustomer? Customer,
    IReadOnlyList<ShopifyNoteAttribute?>? NoteAttributes,
    IReadOnlyList<string?>? PaymentGatewayNames,
    string? FinancialStatus,
    DateTimeOffset? CancelledAt,
    string? CancelReason)
{
    /// <summary>Reads a webhook body; on any problem returns null and says where in <paramref name="errors"/>.</summary>
    public static ShopifyOrder? Parse(ReadOnlyMemory<byte> body, ValidationErrors errors) =>
        ChannelJson.Read<ShopifyOrder>(body, ShopifyJson.Options, errors);
}
