using BackOffice.Application.Shipping;

namespace BackOffice.Application.Partners.Shipping;

/// <param name="OrderRef">For the logs only.</param>
/// <param name="DestinationPostalCode">The recipient's CEP; the origin's comes from the carrier's settings.</param>
public sealed record QuoteRequest(string OrderRef, string DestinationPostalCode, Parcel Parcel);
