namespace BackOffice.Application.Ops.DeadLetters;

public enum DeadLetterReplayOutcome
{
    /// <summary>A copy went back to the order queue; the order's inbox still knows it as the original.</summary>
    Replayed,

    /// <summary>The order had already handled the message: nothing was sent, the dead letter is gone.</summary>
    AlreadyDone,

    /// <summary>The body is not an order message: kept, nothing sent.</summary>
    Unreadable,

    /// <summary>No such order: kept, nothing sent (it would only fail again).</summary>
    OrderNotFound,
}
