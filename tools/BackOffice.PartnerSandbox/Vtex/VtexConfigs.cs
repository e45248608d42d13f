using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Vtex;

/// <summary>
/// VTEX's hook and feed configuration: one each per app key. Saving a hook first pings its URL with
/// <c>{"hookConfig":"ping"}</c> and the configured headers and refuses the hook unless the answer is 200, as VTEX does.
/// DELETE plays VTEX removing an idle hook or feed.
/// </summary>
public sealed class VtexConfigs(HttpClient http)
{
    private readonly Lock _gate = new();
    private JsonObject? _hook;
    private JsonObject? _feed;

    public JsonObject? Hook
    {
        get
        {
            lock (_gate)
            {
                return (JsonObject?)_hook?.DeepClone();
            }
        }
    }

    public JsonObject? Feed
    {
        get
        {
            lock (_gate)
            {
                return (JsonObject?)_feed?.DeepClone();
            }
        }
    }

    public async Task<PartnerReply> SaveHookAsync(JsonNode? body, CancellationToken cancellationToken)
    {
        if (body.Text("hook", "url") is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var target) || body.At("filter", "type") is null)
        {
            return VtexProfile.Reply(400, "1", "filter.type and hook.url are required.");
        }

        using var ping = new HttpRequestMessage(HttpMethod.Post, target) { Content = JsonContent.Create(new { hookConfig = "ping" }) };
        foreach (var header in body.At("hook", "headers") as JsonObject ?? [])
        {
            ping.Headers.TryAddWithoutValidation(header.Key, header.Value?.ToString());
        }

        try
        {
            using var answer = await http.SendAsync(ping, cancellationToken);
            if ((int)answer.StatusCode != 200)
            {
                return VtexProfile.Reply(400, "1", $"The hook URL answered the ping with {(int)answer.StatusCode}; VTEX needs 200.");
            }
        }
        catch (HttpRequestException exception)
        {
            return VtexProfile.Reply(400, "1", $"The hook URL could not be pinged: {exception.Message}");
        }

        lock (_gate)
        {
            _hook = (JsonObject)body!.DeepClone();
        }

        return PartnerReply.Json(200, body!.DeepClone());
    }

    public PartnerReply SaveFeed(JsonNode? body)
    {
        if (body.At("filter", "type") is null || body.Number("queue", "MessageRetentionPeriodInSeconds") is not { } retention || retention > 1209600)
        {
            return VtexProfile.Reply(400, "1", "filter.type and queue.MessageRetentionPeriodInSeconds (at most 1209600) are required.");
        }

        lock (_gate)
        {
            _feed = (JsonObject)body!.DeepClone();
        }

        return PartnerReply.Empty(200);
    }

    public void RemoveHook()
    {
        lock (_gate)
        {
            _hook = null;
        }
    }

    public void RemoveFeed()
    {
        lock (_gate)
        {
            _feed = null;
        }
    }
}
