namespace BackOffice.Partners.Vtex;

public sealed record VtexCancelRequest(string Reason);
