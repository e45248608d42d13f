namespace BackOffice.Domain.Orders;

public enum ChargeState
{
    /// <summary>Card authorized by the checkout, waiting for capture.</summary>
    Authorized,

    /// <summary>PIX or boleto issued, waiting for the customer to pay.</summary>
    AwaitingPayment,
    Paid,
    Declined,

    /// <summary>An authorization or unpaid charge cancelled: nothing was taken.</summary>
    Voided,
    Refunded,
    Expired,

    /// <summary>The customer disputed the payment with the card issuer and the money was taken back.</summary>
    ChargedBack,
}
