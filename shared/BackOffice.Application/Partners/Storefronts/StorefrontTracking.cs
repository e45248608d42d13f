namespace BackOffice.Application.Partners.Storefronts;

/// <param name="PostedAt">When the carrier took the parcel; null while it is only labelled.</param>
public sealed record StorefrontTracking(string? TrackingCode, string? Carrier, DateTimeOffset? PostedAt);
