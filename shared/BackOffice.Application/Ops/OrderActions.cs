using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.Orders;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Ops;

/// <summary>What a person can do to an order from the ops side: decide a risk review, retry a stuck step, cancel.</summary>
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
            return await RunAsync(orderId, order => order.Resume(Cause.Person(person), clock.GetUtcNow()), cancellationToken);
        }

        var now = clock.GetUtcNow();
        await publisher.PublishAsync(
            new OutboxMessage($"{orderId.Value}:retry:{now.ToUnixTimeMilliseconds()}", OrderMessageTypes.ContinueOrder, orderId.Value, now),
            cancellationToken);
        return OrderActionResult.Done(OrderViews.From(current));
    }

    private async Task<OrderActionResult> RunAsync(OrderId orderId, Action<Order> action, CancellationToken cancellationToken)
    {
        try
        {
            var updated = await updater.UpdateAsync(orderId, tracked =>
            {
                action(tracked.Order);
                return true;
            }, cancellationToken);
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
