namespace BackOffice.Application.Partners.Storefronts;

/// <summary>One order status change in the VTEX feed; it stays there until its handle is committed.</summary>
public sealed record StorefrontFeedEvent(string Handle, string OrderId, string State, DateTimeOffset LastChange);
