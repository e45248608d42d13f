using BackOffice.Application.Intake;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// The order of VTEX OMS <c>GET /api/oms/pvt/orders/{orderId}</c>, reduced to what the hub reads. Money is integer
/// cents; everything is nullable so that the mapper, not the parser, reports what is missing.
/// </summary>
public sealed record VtexOrder(
    string? OrderId,
    string? Status,
    DateTimeOffset? CreationDate,
    long? Value,
    IReadOnlyList<VtexTotal?>? Totals,
    IReadOnlyList<VtexItem?>? Items,
    VtexClientProfileData? ClientProfileData,
    VtexShippingData? ShippingData,
    VtexPaymentData? PaymentData,
    VtexStorePreferencesData? StorePreferencesData)
{
    /// <summary>Reads an OMS response body; on any problem returns null and says where in <paramref name="errors"/>.</summary>
    public static VtexOrder? Parse(ReadOnlyMemory<byte> body, ValidationErrors errors) =>
        ChannelJson.Read<VtexOrder>(body, VtexJson.Options, errors);
}
