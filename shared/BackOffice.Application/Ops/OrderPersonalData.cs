using BackOffice.Domain.Orders;

namespace BackOffice.Application.Ops;

/// <summary>The customer in clear: shown only when a person opens one order, never in lists or logs.</summary>
public sealed record OrderPersonalData(string OrderId, string Name, string Email, string? Document, string? Phone, Address? ShippingAddress);
