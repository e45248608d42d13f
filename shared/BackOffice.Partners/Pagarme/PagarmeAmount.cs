namespace BackOffice.Partners.Pagarme;

/// <summary>Body of capture and cancel: an amount in cents, or none for the whole charge.</summary>
public sealed record PagarmeAmount(long? Amount);
