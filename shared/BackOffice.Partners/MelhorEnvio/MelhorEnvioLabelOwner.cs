using System.Net;
using BackOffice.Application.Callbacks;
using Microsoft.Extensions.Logging;
using Refit;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// Our order behind a Melhor Envio webhook: the webhook names the label (<c>data.id</c>), the label carries the tag the
/// hub put on it at <c>POST me/cart</c> (<c>options.tags[0].tag</c> = our order reference), read with <c>GET me/orders/{id}</c>.
/// </summary>
public sealed class MelhorEnvioLabelOwner(IMelhorEnvioApi api, ILogger<MelhorEnvioLabelOwner> logger) : ICallbackOrderResolver
{
    public async Task<string?> OrderRefOfAsync(string resourceId, CancellationToken cancellationToken)
    {
        try
        {
            var label = await api.GetLabelAsync(resourceId, cancellationToken);
            var orderRef = label.Tags?.Select(tag => tag.Tag).FirstOrDefault(tag => !string.IsNullOrWhiteSpace(tag));
            logger.LogInformation("Melhor Envio label {LabelId} belongs to order {OrderRef}", resourceId, orderRef ?? "(no tag)");
            return orderRef;
        }
        catch (ApiException error) when (error.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            // 400: an id that cannot even be looked up (control characters, say, refused by the server in front) names
            // no label of ours either; the callback is answered 404 instead of a 5xx that asks for retries.
            return null;
        }
    }
}
