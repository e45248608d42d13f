namespace BackOffice.Functions.Features.Ops;

public sealed record CancelOrderRequest(string? Reason);
