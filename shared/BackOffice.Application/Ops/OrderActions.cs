using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Ops;

/// <summary>
/// What a person can do to an order from the ops side: decide a risk review, retry a stuck step, cancel; and the
/// cancellation a storefront asks for, under the same rules.
/// </summary>
public sealed class OrderActions(OrderUpdater updater, IOrderRepository repository, IMessagePublisher publisher, TimeProvider clock)
{
    public Task<OrderActionResult> DecideRiskAsync(OrderId orderId, bool approve, string person, CancellationToken cancellationToken) =>
        RunAsync(orderId, order =>
        {
            if (approve)
            {
                order.ApproveRisk("manual-approval", Cause.Person(person), clock.GetUtcNow());
            }
            else
            {
                order.DenyRisk("manual-denial", Cause.Person(person), clock.GetUtcNow());
            }
        }, cancellationToken);

    public Task<OrderActionResult> CancelAsync(OrderId orderId, string reason, string person, CancellationToken cancellationToken) =>
        RunAsync(orderId, order => order.Cancel(reason, Cause.Person(person), clock.GetUtcNow()), cancellationToken);

    /// <summary>
    /// A storefront's cancellation, under the same rules as a person's (compensations follow through the lifecycle).
    /// Storefronts repeat themselves and deliver out of order: an order already cancelled, or an event older than the
    /// newest one applied, changes nothing; a cancellation the rules refuse is noted on the timeline for ops.
    /// </summary>
    /// <param name="storefrontVersion">When the storefront made the change (Shopify's updated_at, VTEX's LastChange).</param>
    public async Task<StorefrontChange> CancelFromStorefrontAsync(
        OrderId orderId, string reason, Cause cause, DateTimeOffset? storefrontVersion, CancellationToken cancellationToken)
    {
        var change = StorefrontChange.Unchanged;
        try
        {
            await updater.UpdateAsync(orderId, tracked =>
            {
                change = StorefrontChange.Unchanged;
                if (tracked.IsStale(storefrontVersion) || tracked.Order.Status == OrderStatus.Cancelled)
                {
                    return false;
                }

                var order = tracked.Order;
                try
                {
                    // Cancel checks every rule before it changes anything, so a refusal leaves the order as it was.
                    order.Cancel(reason, cause, clock.GetUtcNow());
                    change = StorefrontChange.Applied;
                }
                catch (BusinessRuleValidationException exception)
                {
                    order.NoteCallback(order.Channel.ToString().ToLowerInvariant(), $"cancellation refused: {exception.Message}", cause, clock.GetUtcNow());
                    change = StorefrontChange.Refused;
                }

                tracked.AdvanceStorefrontVersion(storefrontVersion);
                return true;
            }, cancellationToken);
            return change;
        }
        catch (OrderNotFoundException)
        {
            return StorefrontChange.OrderNotFound;
        }
    }

    /// <summary>Resumes an order that needs attention; any other order gets its current step run again.</summary>
    public async Task<OrderActionResult> RetryAsync(OrderId orderId, string person, CancellationToken cancellationToken)
    {
        var current = await repository.FindAsync(orderId, cancellationToken);
        if (current is null)
        {
            return OrderActionResult.NotFound;
        }

        if (current.Order.Status == OrderStatus.NeedsAttention)
        {
            return await RunAsync(orderId, order => order.Resume(Cause.Person(person), clock.GetUtcNow()), cancellationToken, justRead: current);
        }

        var now = clock.GetUtcNow();
        await publisher.PublishAsync(
            new OutboxMessage($"{orderId.Value}:retry:{now.ToUnixTimeMilliseconds()}", OrderMessageTypes.ContinueOrder, orderId.Value, now),
            cancellationToken);
        return OrderActionResult.Done(OrderViews.From(current));
    }

    private async Task<OrderActionResult> RunAsync(OrderId orderId, Action<Order> action, CancellationToken cancellationToken, TrackedOrder? justRead = null)
    {
        try
        {
            var updated = await updater.UpdateAsync(orderId, tracked =>
            {
                action(tracked.Order);
                return true;
            }, cancellationToken, justRead);
            return OrderActionResult.Done(OrderViews.From(updated));
        }
        catch (OrderNotFoundException)
        {
            return OrderActionResult.NotFound;
        }
        catch (BusinessRuleValidationException exception)
        {
            return OrderActionResult.Refused(exception.Message);
        }
    }
}
