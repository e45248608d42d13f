namespace BackOffice.Partners.Pagarme;

public sealed record PagarmeBoletoPayment(DateTimeOffset DueAt, string? Instructions);
