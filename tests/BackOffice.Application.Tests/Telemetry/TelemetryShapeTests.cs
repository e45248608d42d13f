using System.Diagnostics;
using BackOffice.Application.Messaging;
using BackOffice.Application.Telemetry;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging;

namespace BackOffice.Application.Tests.Telemetry;

/// <summary>The shape docs/ops.md queries: the attributes of the status log line and the trace context in messages.</summary>
public sealed class TelemetryShapeTests
{
    [Fact]
    public void From_WhenAnActivityIsCurrent_CarriesItsTraceParentInTheMessage()
    {
        using var activity = new Activity("webhook").SetIdFormat(ActivityIdFormat.W3C).Start();

        var message = OrderMessage.From(new OutboxMessage("m-1", OrderMessageTypes.OrderReceived, "hub-1001", DateTimeOffset.UtcNow));

        Assert.Equal(activity.Id, message.Data![OrderMessageData.TraceParent]);
        Assert.True(ActivityContext.TryParse(message.Data[OrderMessageData.TraceParent], null, out var parent));
        Assert.Equal(activity.TraceId, parent.TraceId);
    }

    [Fact]
    public async Task RecordSaved_WhenTheOrderEntersAStatus_LogsTheAttributesTheStuckQueryReads()
    {
        var hub = new Hub();
        await hub.PostSignedAsync(Hub.OrderJson());
        var order = (await hub.Orders.FindAsync(OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None))!.Order;
        hub.Clock.Advance(TimeSpan.FromSeconds(90));
        order.StartRiskAnalysis(Cause.Timer("test"), hub.Clock.GetUtcNow());
        var logger = new CapturingLogger();

        OrderMetrics.RecordSaved(order, order.Timeline.Count - 1, logger);

        var state = Assert.Single(logger.States);
        Assert.Equal("hub-1001", state["OrderId"]);
        Assert.Equal(OrderStatus.RiskReview, state["StatusEntered"]);
        Assert.Equal(OrderStatus.Received, state["StatusLeft"]);
        Assert.Equal(90.0, state["SecondsInStatusLeft"]);
        Assert.Equal("RiskAnalysisStarted", state["Event"]);
    }

    private sealed class CapturingLogger : ILogger
    {
        public List<Dictionary<string, object?>> States { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            States.Add(((IEnumerable<KeyValuePair<string, object?>>)state!).ToDictionary(pair => pair.Key, pair => pair.Value));
    }
}
