using System.Text.Json;
using BackOffice.Application.Channels.Parking;
using BackOffice.Application.Intake;
using BackOffice.Functions.Features.Webhooks;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Storefronts;

/// <summary>
/// Storefront deliveries parked for a person: <c>GET /api/ops/parked-deliveries</c> lists them (newest first),
/// <c>GET .../{id}</c> shows one with its payload, <c>POST .../{id}/resume</c> runs it through its channel's intake again
/// (with a corrected payload as the body, or none to use the one kept), <c>DELETE .../{id}</c> dismisses it.
/// </summary>
public static class ParkedDeliveryFunctions
{
    private const string Route = "ops/parked-deliveries";

    public static readonly FunctionDefinition List =
        new("OpsListParkedDeliveries", new HttpTrigger(["get"], Route, AuthLevel: "function"), ListAsync);

    public static readonly FunctionDefinition Get =
        new("OpsGetParkedDelivery", new HttpTrigger(["get"], Route + "/{id}", AuthLevel: "function"), GetAsync);

    public static readonly FunctionDefinition Resume =
        new("OpsResumeParkedDelivery", new HttpTrigger(["post"], Route + "/{id}/resume", AuthLevel: "function"), ResumeAsync);

    public static readonly FunctionDefinition Dismiss =
        new("OpsDismissParkedDelivery", new HttpTrigger(["delete"], Route + "/{id}", AuthLevel: "function"), DismissAsync);

    private static async Task<IResult> ListAsync(ParkedDeliveries parked, CancellationToken cancellationToken) =>
        TypedResults.Ok(await parked.ListAsync(cancellationToken));

    private static async Task<IResult> GetAsync(string id, ParkedDeliveries parked, CancellationToken cancellationToken)
    {
        if (await parked.FindAsync(id, cancellationToken) is not { } delivery)
        {
            return NotFound(id);
        }

        var payload = await parked.ReadPayloadAsync(id, cancellationToken);
        return TypedResults.Ok(new ParkedDeliveryView(delivery, payload is { } bytes && JsonPayload.TryParse(bytes, out _) ? JsonSerializer.Deserialize<JsonElement>(bytes.Span) : null,
            payload is { } raw ? System.Text.Encoding.UTF8.GetString(raw.Span) : null));
    }

    private static async Task<IResult> ResumeAsync(string id, HttpRequest request, ParkedDeliveries parked, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte>? corrected = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (body, problem) = await WebhookBody.ReadAsync(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            if (body.Length > 0)
            {
                corrected = body;
            }
        }

        return await parked.ResumeAsync(id, corrected, cancellationToken) switch
        {
            null => NotFound(id),
            WebhookOutcome.Parked still => TypedResults.Problem(
                still.Reason, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Still not usable; the delivery stays parked",
                extensions: new Dictionary<string, object?> { ["parkedId"] = still.ParkedId, ["errors"] = (await parked.FindAsync(id, cancellationToken))?.Errors }),
            var outcome => WebhookResults.From(outcome),
        };
    }

    private static async Task<IResult> DismissAsync(string id, ParkedDeliveries parked, CancellationToken cancellationToken) =>
        await parked.DismissAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static IResult NotFound(string id) => TypedResults.Problem(
        $"No parked delivery '{id}'; GET /api/ops/parked-deliveries lists them.", statusCode: StatusCodes.Status404NotFound, title: "Parked delivery not found");
}
