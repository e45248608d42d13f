namespace BackOffice.Channels.Vtex;

/// <summary>Personal data: never logged in clear.</summary>
/// <param name="Country">ISO 3166 alpha-3, as VTEX stores it (<c>BRA</c>).</param>
public sealed record VtexAddress(
    string? ReceiverName,
    string? Street,
    string? Number,
    string? Complement,
    string? Neighborhood,
    string? City,
    string? State,
    string? PostalCode,
    string? Country);
