using System.Text.Json;
using BackOffice.Application.Channels.Parking;

namespace BackOffice.Functions.Features.Storefronts;

/// <param name="Payload">The payload as JSON when it is JSON; <paramref name="RawPayload"/> always, for one that is not.</param>
public sealed record ParkedDeliveryView(ParkedDelivery Delivery, JsonElement? Payload, string? RawPayload);
