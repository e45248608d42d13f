namespace BackOffice.Application.Partners.Payments;

public enum ChargeStatus
{
    /// <summary>PIX or boleto waiting to be paid.</summary>
    Pending,

    /// <summary>Card authorized, waiting for capture.</summary>
    Authorized,
    Processing,
    Paid,
    Failed,
    Canceled,
    Refunded,
    Underpaid,
    Overpaid,
    Chargedback,
}
