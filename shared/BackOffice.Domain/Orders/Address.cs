namespace BackOffice.Domain.Orders;

/// <summary>Personal data: never logged in clear.</summary>
public sealed record Address(
    string Street,
    string Number,
    string? Complement,
    string District,
    string City,
    string State,
    string PostalCode,
    string Country);
