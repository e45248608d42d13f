using System.Security.Cryptography;
using System.Text;
using BackOffice.PartnerSandbox.Tests.Support;

namespace BackOffice.PartnerSandbox.Tests.Store;

public sealed class StoreTests
{
    private const string Secret = "dev-hub-events-secret-not-for-production";

    [Fact]
    public async Task A_signed_fresh_event_is_accepted_and_recorded_in_the_ledger()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, body) = await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow));

        Assert.Equal(200, status);
        Assert.Equal("accepted", body!["verdict"]!.GetValue<string>());
        var call = Assert.Single(await sandbox.CallsAsync("hub-1", "store"));
        Assert.Equal(("order.received", "hub-1:0", 200), (call!["operation"]!.GetValue<string>(), call["idempotencyKey"]!.GetValue<string>(), call["status"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_repeated_event_is_answered_200_and_shows_as_a_duplicate()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow));

        var (status, body) = await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow));

        Assert.Equal((200, "duplicate"), (status, body!["verdict"]!.GetValue<string>()));
        Assert.Equal(2, (await sandbox.CallsAsync("hub-1", "store")).Count);
    }

    [Fact]
    public async Task A_forged_signature_is_refused_401_and_not_in_the_ledger()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, _) = await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow), secret: "not-the-secret");

        Assert.Equal(401, status);
        Assert.Empty(await sandbox.CallsAsync("hub-1", "store"));
        var (_, received) = await sandbox.SendAsync(HttpMethod.Get, "_sandbox/store/events");
        Assert.Equal("bad-signature", Assert.Single(received!.AsArray())!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_event_sent_more_than_five_minutes_ago_is_refused_as_a_replay()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var (status, _) = await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow.AddMinutes(-6)));

        Assert.Equal(400, status);
        Assert.Empty(await sandbox.CallsAsync("hub-1", "store"));
    }

    [Fact]
    public async Task Faults_for_the_store_fail_its_endpoint_before_it_records_anything()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await sandbox.SetFaultAsync("store", errorRate: 1);

        var (status, _) = await PostAsync(sandbox, Event("hub-1:0", DateTimeOffset.UtcNow));

        Assert.True(status is 500 or 503);
        Assert.Empty(await sandbox.CallsAsync("hub-1", "store"));
    }

    private static string Event(string id, DateTimeOffset sentAt) => new System.Text.Json.Nodes.JsonObject
    {
        ["id"] = id, ["type"] = "order.received", ["createdAt"] = sentAt, ["sentAt"] = sentAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["sequence"] = 0, ["orderId"] = "hub-1", ["externalId"] = "1", ["data"] = new System.Text.Json.Nodes.JsonObject { ["status"] = "Received", ["event"] = "OrderReceived" },
    }.ToJsonString();

    private static async Task<(int Status, System.Text.Json.Nodes.JsonNode? Body)> PostAsync(TestSandbox sandbox, string json, string secret = Secret)
    {
        var id = System.Text.Json.Nodes.JsonNode.Parse(json)!["id"]!.GetValue<string>();
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(json)));
        return await sandbox.SendAsync(HttpMethod.Post, "store/events", json, ("X-Hub-Signature-256", signature), ("X-Hub-Delivery", id));
    }
}
