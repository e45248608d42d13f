using BackOffice.Application.Messaging;
using BackOffice.Application.Orders;
using BackOffice.Domain.SeedWork;

namespace BackOffice.Application.Processing;

/// <summary>Which failures of a step are dead ends that stop the order, and how the order says why.</summary>
public static class DeadEnds
{
    /// <summary>
    /// Every failure that reaches here has no retry left (used up, or one a retry cannot cure), except a cancelled run
    /// (the host is stopping) and a message for an order that does not exist (there is nothing to stop).
    /// </summary>
    public static bool Lands(Exception failure) => failure is not (OperationCanceledException or OrderNotFoundException or StepStoppedException);

    public static string Reason(OrderMessage message, Exception failure) => failure switch
    {
        BusinessRuleValidationException broken => $"{message.Type} broke a rule: {broken.Message}",
        UnprocessableMessageException => $"{message.Type} could not be handled: {failure.Message}",
        _ => $"{message.Type} failed after {message.RetryAttempt} retries: {failure.Message}",
    };
}
