using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.Store;

/// <summary>
/// <c>POST /store/events</c>: the endpoint of a store on the hub's own format (the hub's <c>Hub__Events__Url</c>);
/// <c>GET /_sandbox/store/events?orderRef=</c> lists what it received. Faults: <c>POST /_sandbox/faults</c> with
/// partner <c>store</c>.
/// </summary>
public static class StoreEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/store/events", async (HttpContext http, StoreInbox inbox, EffectRunner effects) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            var received = inbox.Receive(buffer.ToArray(), http.Request.Headers["X-Hub-Signature-256"].FirstOrDefault(), http.Request.Headers["X-Hub-Delivery"].FirstOrDefault());
            effects.Tag(http, received.OrderRef);
            return received.Status == StatusCodes.Status200OK
                ? Results.Json(new { received = received.EventId, received.Verdict })
                : StoreProfile.Instance.Error(received.Status, $"Sandbox store: {received.Verdict}.");
        }).AddEndpointFilter(new PartnerGate(StoreProfile.Instance, requireAuth: false));

        app.MapGet("/_sandbox/store/events", (string? orderRef, StoreInbox inbox) => Results.Json(inbox.Query(orderRef)));
    }
}
