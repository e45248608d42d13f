namespace BackOffice.Functions.Features.Ops;

public sealed record ReplayDeadLettersRequest(string? Type);
