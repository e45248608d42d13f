using System.Text;
using BackOffice.Application.Callbacks;
using BackOffice.Application.Intake;
using BackOffice.Application.Messaging;
using BackOffice.Application.Tests.Fakes;
using BackOffice.Domain.Orders;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Application.Tests.Callbacks;

public sealed class PartnerCallbackIntakeTests
{
    private const string OrderId = "hub-1001";

    private readonly Hub _hub = new();
    private readonly PartnerCallbackIntake _intake;

    // One body per partner per test, so sending it again is a replay of the same notification.
    private readonly Dictionary<string, string> _bodies = [];

    public PartnerCallbackIntakeTests() =>
        _intake = new PartnerCallbackIntake(
            SignedCallbacks.Partners, _hub.Orders, _hub.Deliveries, _hub.Archive, _hub.Publisher, _hub.Clock, NullLogger<PartnerCallbackIntake>.Instance);

    public static TheoryData<string> PartnerNames => ["pagarme", "clearsale", "focusnfe", "melhorenvio"];

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public async Task ReceiveAsync_WhenAuthenticCallbackForAKnownOrder_ArchivesItAndSendsOneMessage(string partner)
    {
        await ExistingOrderAsync();

        var outcome = await ReceiveAsync(partner);

        Assert.Equal(new WebhookOutcome.Accepted(OrderId, Repeated: false), outcome);
        var message = Assert.Single(_hub.Publisher.Sent);
        Assert.Equal((OrderMessageTypes.PartnerCallbackReceived, OrderId, partner), (message.Type, message.OrderId, message.Data![OrderMessageData.Partner]));
        Assert.Single(_hub.Archive.Blobs, blob => blob.Key.StartsWith($"callback-{partner}/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public async Task ReceiveAsync_WhenTheCallbackRepeats_AnswersRepeatedAndResendsOnlyTheSameMessageForTheInbox(string partner)
    {
        await ExistingOrderAsync();
        var (readsBefore, recordsBefore) = (_hub.Deliveries.Reads, _hub.Deliveries.Records.Count);
        await ReceiveAsync(partner);

        var outcome = await ReceiveAsync(partner);

        Assert.Equal(new WebhookOutcome.Accepted(OrderId, Repeated: true), outcome);
        // The delivery log is written, never read first: its insert conflict is what tells a repeat.
        Assert.Equal((readsBefore, recordsBefore + 1), (_hub.Deliveries.Reads, _hub.Deliveries.Records.Count));
        Assert.Single(_hub.Publisher.Sent.Select(message => message.MessageId).Distinct());
        Assert.Single(_hub.Archive.Blobs, blob => blob.Key.StartsWith($"callback-{partner}/", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public async Task ReceiveAsync_WhenTheSameCallbackArrivesFourTimesAtOnce_AnswersOneFirstAndThreeRepeated(string partner)
    {
        await ExistingOrderAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ReceiveAsync(partner))));

        Assert.Equal(1, outcomes.Count(outcome => outcome == new WebhookOutcome.Accepted(OrderId, Repeated: false)));
        Assert.Equal(3, outcomes.Count(outcome => outcome == new WebhookOutcome.Accepted(OrderId, Repeated: true)));
        Assert.Single(_hub.Publisher.Sent.Select(message => message.MessageId).Distinct());
    }

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public async Task ReceiveAsync_WhenNotAuthentic_RejectsUnauthorizedAndChangesNothing(string partner)
    {
        await ExistingOrderAsync();

        var outcome = await ReceiveAsync(partner, authentic: false);

        Assert.Equal(WebhookRejection.Unauthorized, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        Assert.Empty(_hub.Publisher.Sent);
        Assert.DoesNotContain(_hub.Archive.Blobs.Keys, name => name.StartsWith("callback-", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PartnerNames))]
    public async Task ReceiveAsync_WhenTheOrderIsUnknown_RejectsUnknownTarget(string partner)
    {
        var outcome = await ReceiveAsync(partner);

        Assert.Equal(WebhookRejection.UnknownTarget, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
        Assert.Empty(_hub.Publisher.Sent);
    }

    [Fact]
    public async Task ReceiveAsync_WhenThePartnerIsUnknown_RejectsUnknownTargetNamingTheKnownOnes()
    {
        var outcome = await _intake.ReceiveAsync("paypal", _ => null, "{}"u8.ToArray(), CancellationToken.None);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.UnknownTarget, rejected.Reason);
        Assert.Contains("melhorenvio", rejected.Detail);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReceiveAsync_WhenMelhorEnvioSignsInHexInsteadOfBase64_AcceptsEitherCase(bool upper)
    {
        await ExistingOrderAsync();
        var body = PartnerCallbackSamples.Body("melhorenvio", OrderId);
        var hex = Convert.ToHexString(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(SignedCallbacks.Secret), Encoding.UTF8.GetBytes(body)));

        var outcome = await _intake.ReceiveAsync(
            "melhorenvio", name => name == "X-ME-Signature" ? (upper ? hex : hex.ToLowerInvariant()) : null, Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.IsType<WebhookOutcome.Accepted>(outcome);
    }

    [Fact]
    public async Task ReceiveAsync_WhenMelhorEnvioNamesOnlyTheLabel_FindsTheOrderTaggedOnTheLabel()
    {
        await ExistingOrderAsync();
        var labelId = Guid.NewGuid().ToString();
        SignedCallbacks.Labels[labelId] = OrderId;
        var body = $$$"""{"event":"order.posted","data":{"id":"{{{labelId}}}","protocol":"ORD-1","status":"posted","tracking":"AB123456789BR","posted_at":"2026-11-30 10:00:00"}}""";

        var outcome = await _intake.ReceiveAsync("melhorenvio", SignedCallbacks.Headers("melhorenvio", body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.Equal(OrderId, Assert.IsType<WebhookOutcome.Accepted>(outcome).OrderId);
        Assert.Equal(labelId, _hub.Publisher.Sent.Single().Data![OrderMessageData.ResourceId]);
    }

    [Fact]
    public async Task ReceiveAsync_WhenNoOrderIsTaggedOnTheLabel_RejectsUnknownTarget()
    {
        var body = """{"event":"order.posted","data":{"id":"label-of-someone-else","status":"posted"}}""";

        var outcome = await _intake.ReceiveAsync("melhorenvio", SignedCallbacks.Headers("melhorenvio", body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.Equal(WebhookRejection.UnknownTarget, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
    }

    [Theory]
    [InlineData("clearsale", """{"code":"\ud800","type":"status","date":"x"}""")]
    [InlineData("melhorenvio", """{"event":"order.posted","data":{"id":"\udfff\ud800","status":"posted"}}""")]
    [InlineData("melhorenvio", """{"event":"order.posted","data":{"\ud83d":"x"}}""")]
    public async Task ReceiveAsync_WhenAStringEscapesHalfASurrogatePair_RejectsMalformed(string partner, string body)
    {
        // Valid JSON syntax, yet no text: reading the field threw InvalidOperationException, answered 503.
        var outcome = await _intake.ReceiveAsync(partner, SignedCallbacks.Headers(partner, body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal((WebhookRejection.Malformed, true), (rejected.Reason, rejected.Detail.Contains("cannot be read")));
    }

    [Fact]
    public async Task ReceiveAsync_WhenAuthenticButNotJson_RejectsMalformed()
    {
        var body = "not json";

        var outcome = await _intake.ReceiveAsync("melhorenvio", SignedCallbacks.Headers("melhorenvio", body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.Equal(WebhookRejection.Malformed, Assert.IsType<WebhookOutcome.Rejected>(outcome).Reason);
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheBodyNamesNoOrder_RejectsInvalid()
    {
        var body = """{"id":"hook_1","type":"charge.paid","data":{"id":"ch_1"}}""";

        var outcome = await _intake.ReceiveAsync("pagarme", SignedCallbacks.Headers("pagarme", body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal(WebhookRejection.InvalidOrder, rejected.Reason);
        Assert.Contains("order code", rejected.Detail);
    }

    [Theory]
    [InlineData("pagarme", "eventType", """{"id":"hook_1","type":"HUGE","data":{"id":"ch_1","order":{"code":"ORDER"}}}""")]
    [InlineData("pagarme", "resourceId", """{"id":"hook_1","type":"charge.paid","data":{"id":"HUGE","order":{"code":"ORDER"}}}""")]
    [InlineData("clearsale", "eventType", """{"code":"ORDER","date":"2026-11-23T12:00:00Z","type":"HUGE"}""")]
    [InlineData("focusnfe", "eventType", """{"ref":"ORDER-nfe-1","status":"HUGE"}""")]
    [InlineData("focusnfe", "resourceId", """{"ref":"ORDER-nfe-HUGE","status":"autorizado"}""")]
    [InlineData("melhorenvio", "eventType", """{"event":"HUGE","data":{"id":"lbl_1","status":"posted","tags":[{"tag":"ORDER"}]}}""")]
    [InlineData("melhorenvio", "resourceId", """{"event":"order.posted","data":{"id":"HUGE","status":"posted","tags":[{"tag":"ORDER"}]}}""")]
    public async Task ReceiveAsync_WhenAFieldCarriedInTheMessageIsHuge_RejectsInvalidAndStoresNothing(string partner, string field, string template)
    {
        // 70 KiB: past a Storage queue message's 64 KiB, where the send failed with a 5xx (hostile.mjs shows it on the stack).
        await ExistingOrderAsync();
        var body = template.Replace("ORDER", OrderId).Replace("HUGE", new string('x', 70 * 1024));

        var outcome = await _intake.ReceiveAsync(partner, SignedCallbacks.Headers(partner, body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        var rejected = Assert.IsType<WebhookOutcome.Rejected>(outcome);
        Assert.Equal((WebhookRejection.InvalidOrder, field), (rejected.Reason, Assert.Single(rejected.Errors!).Key));
        Assert.Empty(_hub.Publisher.Sent);
        Assert.DoesNotContain(_hub.Archive.Blobs.Keys, name => name.StartsWith("callback-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReceiveAsync_WhenTheResourceIdIsAtTheBound_AcceptsItAndCarriesItWhole()
    {
        await ExistingOrderAsync();
        var labelId = new string('l', CallbackFieldBounds.MaxLength);
        var body = $$$"""{"event":"order.posted","data":{"id":"{{{labelId}}}","status":"posted","tags":[{"tag":"{{{OrderId}}}"}]}}""";

        var outcome = await _intake.ReceiveAsync("melhorenvio", SignedCallbacks.Headers("melhorenvio", body), Encoding.UTF8.GetBytes(body), CancellationToken.None);

        Assert.IsType<WebhookOutcome.Accepted>(outcome);
        Assert.Equal(labelId, _hub.Publisher.Sent.Single().Data![OrderMessageData.ResourceId]);
    }

    [Fact]
    public async Task HandleAsync_WhenTheCallbackMessageArrives_NotesItOnTheTimelineWithoutMovingTheStatus()
    {
        await ExistingOrderAsync();
        await ReceiveAsync("pagarme");

        await _hub.Messages.HandleAsync(OrderMessage.From(_hub.Publisher.Sent.Single()), CancellationToken.None);

        var order = (await _hub.Orders.FindAsync(Domain.Orders.OrderId.For(SalesChannel.Hub, "1001"), CancellationToken.None))!.Order;
        Assert.Equal(OrderStatus.Received, order.Status);
        Assert.Equal(("PartnerCallbackReceived", "pagarme charge.paid"), (order.Timeline[^1].Event, order.Timeline[^1].Detail));
    }

    private async Task ExistingOrderAsync()
    {
        await _hub.PostSignedAsync(Hub.OrderJson());
        _hub.Publisher.Sent.Clear();
    }

    private Task<WebhookOutcome> ReceiveAsync(string partner, bool authentic = true)
    {
        var body = _bodies.TryGetValue(partner, out var known) ? known : _bodies[partner] = PartnerCallbackSamples.Body(partner, OrderId);
        return _intake.ReceiveAsync(partner, SignedCallbacks.Headers(partner, body, authentic), Encoding.UTF8.GetBytes(body), CancellationToken.None);
    }
}
