using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>Only an unpaid PIX or boleto whose due time has passed may expire; a card authorization never does here.</summary>
public sealed class PaymentMustBeOverdueToExpireRule(ChargeInfo? charge, DateTimeOffset now) : IBusinessRule
{
    public bool IsBroken() => charge is not { State: ChargeState.AwaitingPayment, ExpiresAt: { } expiresAt } || now < expiresAt;

    public string Message => "Only an unpaid PIX or boleto past its due time can expire.";
}
