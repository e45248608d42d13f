namespace BackOffice.Partners.Pagarme;

public sealed record PagarmePhones(PagarmePhone? MobilePhone);
