using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Processing;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.OrderMessages;

/// <summary>
/// Moves orders along as their messages arrive. Any failure answers non-2xx, so the host retries and finally parks the
/// message in the poison (Storage) or dead-letter (Service Bus) queue: a message is never acknowledged unhandled.
/// </summary>
public static class OrderMessagesFunction
{
    public const string BindingName = "message";

    public static readonly FunctionDefinition Definition =
        new("OrderMessages", new MessageTrigger(BindingName, OrderQueues.Messages), HandleAsync);

    private static async Task<IResult> HandleAsync(
        InvocationRequest request, OrderMessageHandler handler, IMessageFailureLog failures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var triggered = TriggeredMessage.From(request, BindingName);
        try
        {
            if (!OrderMessageSerializer.TryDeserialize(triggered.Body, out var message, out var error))
            {
                throw new UnprocessableMessageException(error!);
            }

            var result = await handler.HandleAsync(message, cancellationToken);
            return TypedResults.Ok(InvocationResponse.Completed($"{message.Type} {message.MessageId} (delivery {triggered.DeliveryCount}): {result}"));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Kept for the ops page: the poison queue will hold only the body. Rethrown: the delivery must fail.
            await failures.RecordAsync(
                new MessageFailure(MessageFailure.KeyOf(triggered.Body), $"{failure.GetType().Name}: {failure.Message}", triggered.DeliveryCount, clock.GetUtcNow()),
                CancellationToken.None);
            throw;
        }
    }
}
