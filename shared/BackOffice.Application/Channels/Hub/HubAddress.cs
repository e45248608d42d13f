namespace BackOffice.Application.Channels.Hub;

public sealed record HubAddress(
    string? Street,
    string? Number,
    string? Complement,
    string? District,
    string? City,
    string? State,
    string? PostalCode,
    string? Country);
