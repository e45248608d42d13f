namespace BackOffice.Application.Channels.Hub;

public sealed record HubCustomer(string? Name, string? Email, string? Document, string? Phone);
