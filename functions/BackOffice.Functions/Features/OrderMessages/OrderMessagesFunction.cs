using System.Diagnostics;
using BackOffice.Application.Messaging;
using BackOffice.Application.Ops.DeadLetters;
using BackOffice.Application.Processing;
using BackOffice.Application.Telemetry;
using BackOffice.Functions.Hosting;
using BackOffice.Functions.Hosting.CustomHandler;
using BackOffice.Functions.Hosting.Telemetry;
using BackOffice.Infrastructure;

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
        InvocationRequest request,
        OrderMessageHandler handler,
        IMessageFailureLog failures,
        StorageOperationCounter counter,
        TimeProvider clock,
        ILogger<OrderMessageHandler> logger,
        CancellationToken cancellationToken)
    {
        var triggered = TriggeredMessage.From(request, BindingName);
        var parsed = OrderMessageSerializer.TryDeserialize(triggered.Body, out var message, out var error);
        // The span continues the trace of whoever sent the message (the webhook, a callback, the previous step).
        using var activity = BackOfficeTelemetry.Source.StartActivity(
            $"process {message?.Type ?? "unreadable"}", ActivityKind.Consumer, ParentOf(message));
        activity?.SetTag("messaging.message.id", message?.MessageId);
        activity?.SetTag("messaging.destination.name", OrderQueues.Messages);
        activity?.SetTag("messaging.message.delivery_count", triggered.DeliveryCount);
        using var scope = message is null ? null : OrderScope.Begin(logger, message.OrderId);
        // Each step's cost on its own (bench.sh's per-step figures), not only the queue function's total.
        using var step = message is null ? null : counter.BeginInvocation($"{Definition.Name}:{message.Type}");
        try
        {
            if (!parsed)
            {
                throw new UnprocessableMessageException(error!);
            }

            var result = await handler.HandleAsync(message!, cancellationToken);
            activity?.SetTag("backoffice.message.outcome", result.ToString());
            return TypedResults.Ok(InvocationResponse.Completed($"{message!.Type} {message.MessageId} (delivery {triggered.DeliveryCount}): {result}"));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure.Message);
            BackOfficeTelemetry.MessageFailures.Add(1, new TagList { { "type", message?.Type ?? "unreadable" }, { "delivery", triggered.DeliveryCount } });
            logger.LogWarning(failure, "{MessageType} {MessageId} failed on delivery {DeliveryCount}", message?.Type, message?.MessageId, triggered.DeliveryCount);
            // Kept for the ops page: the poison queue will hold only the body. Rethrown: the delivery must fail.
            await failures.RecordAsync(
                new MessageFailure(MessageFailure.KeyOf(triggered.Body), $"{failure.GetType().Name}: {failure.Message}", triggered.DeliveryCount, clock.GetUtcNow()),
                CancellationToken.None);
            throw;
        }
    }

    private static ActivityContext ParentOf(OrderMessage? message) =>
        message?.Data?.GetValueOrDefault(OrderMessageData.TraceParent) is { } traceParent && ActivityContext.TryParse(traceParent, null, out var parent)
            ? parent
            : Activity.Current?.Context ?? default;
}
