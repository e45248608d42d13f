namespace BackOffice.Domain.Orders;

/// <summary>Personal data: never logged in clear.</summary>
public sealed record Customer(string Name, string Email, string? Document, string? Phone);
