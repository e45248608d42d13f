using BackOffice.Application.Orders;
using BackOffice.Application.StoreEvents;
using BackOffice.Domain.Orders;
using BackOffice.Functions.Features.Ops;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.StoreEvents;

/// <summary>
/// <c>POST /api/ops/orders/{orderId}/store-events/{sequence}/replay</c>: sends one event again now (Stripe's "Resend",
/// GitHub's "Redeliver"). 200 with its log line after the attempt; 404 unknown; 409 while an attempt is under way.
/// </summary>
public static class ReplayStoreEventFunction
{
    public static readonly FunctionDefinition Definition =
        new("OpsReplayStoreEvent", new HttpTrigger(["post"], "ops/orders/{orderId}/store-events/{sequence}/replay", AuthLevel: "function"), HandleAsync);

    private static async Task<IResult> HandleAsync(
        string orderId, string sequence, HttpRequest request, OpsIdentity identity, IOrderRepository orders, StoreEventCourier courier, CancellationToken cancellationToken)
    {
        if (identity.PersonOf(request) is not { } person)
        {
            return OpsProblems.SignInRequired();
        }

        var order = OrderId.TryParse(orderId, out var id) ? await orders.FindAsync(id!, cancellationToken) : null;
        if (order is null)
        {
            return OpsProblems.NotFound(orderId);
        }

        var replay = int.TryParse(sequence, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
            ? await courier.ReplayAsync(order.Order, position, Cause.Person(person), cancellationToken)
            : new StoreEventReplay(StoreEventReplayOutcome.NotFound, null);
        return replay.Outcome switch
        {
            StoreEventReplayOutcome.Replayed => TypedResults.Ok(StoreEventView.From(new StoreEventLog(orderId, null, [replay.Delivery!]))[0]),
            StoreEventReplayOutcome.InFlight => TypedResults.Problem(
                $"Event {replay.Delivery!.EventId} is being delivered right now; replay it once this attempt is over.",
                statusCode: StatusCodes.Status409Conflict, title: "Delivery in progress"),
            _ => TypedResults.Problem(
                $"Order '{orderId}' has no store event {sequence} (the sequence is the event's position, as the delivery log lists it), or no store endpoint is configured.",
                statusCode: StatusCodes.Status404NotFound, title: "Store event not found"),
        };
    }
}
