namespace BackOffice.Application.Ops;

public sealed record OrderCustomerView(string Email, string? Document);
