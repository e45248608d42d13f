using System.Text;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Orders.Events;

namespace BackOffice.Application.StoreEvents;

/// <summary>
/// Which timeline entries a store on the hub's own format hears of: every change of status (<c>order.&lt;status&gt;</c>,
/// the first entry included) and the payment instructions. Read from the timeline, so the message that announces an
/// event and the courier that delivers it (and every event before it) decide alike.
/// </summary>
public static class StoreEventTypes
{
    public const string PaymentInstructions = "payment.instructions";

    /// <returns>The event type of the entry at <paramref name="position"/>, or null when the store is not told of it.</returns>
    public static string? TypeAt(IReadOnlyList<TimelineEntry> timeline, int position)
    {
        if (position < 0 || position >= timeline.Count)
        {
            return null;
        }

        var entry = timeline[position];
        if (entry.Event == nameof(PaymentInstructionsIssued))
        {
            return PaymentInstructions;
        }

        return position == 0 || timeline[position - 1].Status != entry.Status ? StatusType(entry.Status) : null;
    }

    /// <summary><c>order.ready_to_ship</c> for <see cref="OrderStatus.ReadyToShip"/>: a new status gets its type without a table to update.</summary>
    public static string StatusType(OrderStatus status) => "order." + Snake(status.ToString());

    /// <summary><c>ReadyToShip</c> as <c>ready_to_ship</c>, the case of every name in the events.</summary>
    public static string Snake(string name)
    {
        var snake = new StringBuilder(name.Length * 2);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                snake.Append('_');
            }

            snake.Append(char.ToLowerInvariant(name[i]));
        }

        return snake.ToString();
    }
}
