using BackOffice.Domain.Orders;

namespace BackOffice.Application.Intake;

/// <summary>Who sent an inbound delivery: a sales channel's order webhook or a partner's callback. Names key storage.</summary>
public sealed record DeliverySource
{
    private DeliverySource(string name) => Name = name;

    public string Name { get; }

    public static DeliverySource Of(SalesChannel channel) => new(channel.ToString().ToLowerInvariant());

    public static DeliverySource Callback(string partner) => new($"callback-{partner}");

    public override string ToString() => Name;
}
