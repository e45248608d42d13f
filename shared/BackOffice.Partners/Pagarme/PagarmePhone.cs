namespace BackOffice.Partners.Pagarme;

public sealed record PagarmePhone(string CountryCode, string AreaCode, string Number);
