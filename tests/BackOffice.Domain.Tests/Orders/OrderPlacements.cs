using BackOffice.Domain.Orders;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>A valid placement to vary per test.</summary>
internal static class OrderPlacements
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static OrderPlacement Valid(string externalId = "1001") => new(
        SalesChannel.Hub,
        externalId,
        Now.AddMinutes(-5),
        new OrderAmounts(Currency.Of("BRL"), 9980, 1500, 500, 10980),
        [new OrderLine("SKU-1", "Camiseta", 2, 4990)],
        new Customer("Maria Silva", "maria@example.com", "52998224725", null),
        new Address("Av. Paulista", "1000", null, "Bela Vista", "São Paulo", "SP", "01310-100", "BR"),
        new Payment(PaymentMethod.CreditCard, 10980, ChargeCreatedByCheckout: true, Installments: 1));
}
