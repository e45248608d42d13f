using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Application.Channels.Hub;
using BackOffice.Application.StoreEvents;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>
/// The store's endpoint: checks each request's signature with the shared secret, keeps what it received, and answers
/// what the test says (<see cref="Answer"/>); <see cref="Hold"/> keeps requests open until released, for races.
/// </summary>
internal sealed class FakeStore : IStoreEndpoint
{
    public const string Secret = "store-secret";
    public static readonly Uri Url = new("https://store.example/hooks/backoffice");

    private readonly Lock _gate = new();
    private readonly List<ReceivedEvent> _received = [];

    /// <summary>The answer to the next request; 200 unless set.</summary>
    public Func<ReceivedEvent, StoreEndpointAnswer> Answer { get; set; } = _ => new StoreEndpointAnswer(200, null);

    public TaskCompletionSource? Hold { get; set; }

    /// <summary>Completes when a second request is held at once: two senders of one event, the race a test waits to rule out.</summary>
    public TaskCompletionSource SecondHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private int _held;

    public IReadOnlyList<ReceivedEvent> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Received and answered 2xx: what the store took.</summary>
    public IReadOnlyList<ReceivedEvent> Delivered => [.. Received.Where(received => received.Answer.IsDelivered)];

    public async Task<StoreEndpointAnswer> PostAsync(Uri url, IReadOnlyDictionary<string, string> headers, byte[] body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signedWith = HubSignatureVerifier.Sign(Secret, body);
        var received = new ReceivedEvent(
            headers, JsonNode.Parse(Encoding.UTF8.GetString(body))!.AsObject(), headers[StoreEventSigner.SignatureHeader] == signedWith, null!);
        if (Hold is { } hold)
        {
            if (Interlocked.Increment(ref _held) > 1)
            {
                SecondHeld.TrySetResult();
            }

            await hold.Task;
        }

        received = received with { Answer = Answer(received) };
        lock (_gate)
        {
            _received.Add(received);
        }

        return received.Answer;
    }

    public sealed record ReceivedEvent(IReadOnlyDictionary<string, string> Headers, JsonObject Body, bool SignatureValid, StoreEndpointAnswer Answer)
    {
        public string Id => Body["id"]!.GetValue<string>();

        public string Type => Body["type"]!.GetValue<string>();
    }
}
