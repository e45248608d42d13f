using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>
/// Melhor Envio labels: cart → checkout (paid) → generate, then the carrier moves the parcel posted → in transit →
/// delivered (or undelivered for <c>+undeliverable</c>), one <see cref="SandboxSettings.CarrierStepDelay"/> apart.
/// There is no idempotency key: every <c>POST me/cart</c> is a new label. Checkout and generate on a label that is
/// already past that step change nothing but are still calls the ledger shows.
/// </summary>
public sealed class MelhorEnvioSimulator(OrderFacts facts, MelhorEnvioWebhooks webhooks, BackgroundWork work, SandboxSettings settings, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MelhorEnvioLabel> _labels = [];
    private readonly Dictionary<string, string[]> _printJobs = [];

    public Effect AddToCart(JsonNode? body)
    {
        if (body is not JsonObject)
        {
            return Effect.Rejected(MelhorEnvioProfile.Instance.ErrorReply(422, "The given data was invalid."));
        }

        // A commercial shipment (non_commercial false) needs the NF-e key (as Melhor Envio's own WooCommerce plugin
        // checks, melhorenvio/wp-melhorenvio-v2 Services/CartService.php) and the sender's state registration.
        if (body.At("options", "non_commercial")?.GetValueKind() != JsonValueKind.True)
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body.Text("options", "invoice", "key")))
            {
                errors["options.invoice.key"] = ["É necessário informar a chave de acesso da nota fiscal para envios comerciais."];
            }

            if (string.IsNullOrWhiteSpace(body.Text("from", "state_register")))
            {
                errors["from.state_register"] = ["A inscrição estadual do remetente é obrigatória para envios comerciais."];
            }

            if (errors.Count > 0)
            {
                return Effect.Rejected(PartnerReply.Json(422, new { message = "The given data was invalid.", errors }));
            }
        }

        var tag = body.Items("options", "tags").FirstOrDefault() ?? body.Items("tags").FirstOrDefault();
        var orderRef = tag.Text("tag");
        facts.Learn(orderRef, body.Text("to", "email"));
        // Melhor Envio refuses a cart item without a valid service; the sandbox does not pick one for the client.
        if (body.Number("service") is not { } serviceNumber || MelhorEnvioRates.Find((int)serviceNumber) is not { } service)
        {
            return Effect.Rejected(PartnerReply.Json(422, new { message = "The given data was invalid.", errors = new Dictionary<string, string[]> { ["service"] = ["O serviço selecionado é inválido."] } }));
        }

        var kg = MelhorEnvioRates.WeightKg(body);
        if (kg > service.MaxKg)
        {
            return Effect.Rejected(PartnerReply.Json(422, new { message = "The given data was invalid.", errors = new Dictionary<string, string[]> { ["volumes"] = [$"Peso excede o limite do serviço {service.Company} {service.Name}."] } }));
        }

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var label = new MelhorEnvioLabel(
                Guid.NewGuid().ToString(),
                "ORD-" + now.ToString("yyyyMM", CultureInfo.InvariantCulture) + SandboxIds.Digits(8),
                orderRef,
                service.Id,
                MelhorEnvioRates.PriceOf(service, body),
                now)
            {
                TagUrl = tag.Text("url"),
            };
            _labels[label.Id] = label;
            return new Effect(PartnerReply.Json(201, MelhorEnvioJson.Label(label)), orderRef)
            {
                Detail = string.Create(CultureInfo.InvariantCulture, $"service {service.Id} {service.Company} {service.Name}, {kg:0.000} kg"),
            };
        }
    }

    /// <summary>
    /// <c>DELETE me/cart/{id}</c>: a label still in the cart (unpaid) is removed and is then unknown, as Melhor Envio's
    /// own plugin expects (it reads the label afterwards and takes "not found" for removed); a paid one cannot be.
    /// </summary>
    public LabelBatch RemoveFromCart(string id)
    {
        lock (_gate)
        {
            if (!_labels.TryGetValue(id, out var label))
            {
                return new LabelBatch(MelhorEnvioProfile.Instance.ErrorReply(404, "No query results for model [Order]."), []);
            }

            if (label.Status != "pending")
            {
                return new LabelBatch(PartnerReply.Json(422, new { message = $"O envio {id} já foi pago e não pode ser removido do carrinho ({label.Status})." }), Refs([label]));
            }

            _labels.Remove(id);
            return new LabelBatch(PartnerReply.Empty(204), Refs([label]));
        }
    }

    public LabelBatch Checkout(JsonNode? body)
    {
        lock (_gate)
        {
            if (Unknown(body) is { } error)
            {
                return new LabelBatch(error, []);
            }

            var labels = Labels(body);
            var now = clock.GetUtcNow();
            foreach (var label in labels.Where(l => l.Status == "pending"))
            {
                label.Status = "released";
                label.PaidAt = label.UpdatedAt = now;
            }

            var purchase = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["protocol"] = "PUR-" + now.ToString("yyyyMM", CultureInfo.InvariantCulture) + SandboxIds.Digits(8),
                ["total"] = labels.Sum(l => l.Price),
                ["status"] = "paid",
                ["orders"] = new JsonArray(labels.Select(l => (JsonNode)MelhorEnvioJson.Label(l)).ToArray()),
                ["paid_at"] = Timestamps.Plain(now),
            };
            return new LabelBatch(PartnerReply.Json(200, new JsonObject { ["purchase"] = purchase }), Refs(labels));
        }
    }

    public LabelBatch Generate(JsonNode? body)
    {
        lock (_gate)
        {
            if (Unknown(body) is { } error)
            {
                return new LabelBatch(error, []);
            }

            var labels = Labels(body);
            var answer = new JsonObject();
            foreach (var label in labels)
            {
                if (label.Status == "pending")
                {
                    answer[label.Id] = new JsonObject { ["status"] = false, ["message"] = "Envio não pago." };
                    continue;
                }

                if (label.Status == "released")
                {
                    label.Status = "generated";
                    label.Tracking = string.Create(CultureInfo.InvariantCulture, $"SB{SandboxIds.Digits(9)}BR");
                    label.GeneratedAt = label.UpdatedAt = clock.GetUtcNow();
                    var id = label.Id;
                    work.After(settings.CarrierStepDelay, "melhorenvio post " + id, _ => Advance(id));
                }

                answer[label.Id] = new JsonObject { ["status"] = true, ["message"] = "Envio gerado com sucesso" };
            }

            return new LabelBatch(PartnerReply.Json(200, answer), Refs(labels));
        }
    }

    /// <summary>
    /// <c>{ "order": { "id", "reason_id", "description" } }</c>: a label not yet posted is cancelled (its price goes back
    /// to the balance) and answered <c>{ "&lt;id&gt;": { "canceled": true } }</c>; a posted one cannot be.
    /// </summary>
    public LabelBatch Cancel(JsonNode? body)
    {
        lock (_gate)
        {
            var id = body.Text("order", "id");
            if (id is null || !_labels.TryGetValue(id, out var label))
            {
                return new LabelBatch(PartnerReply.Json(422, new { message = "The given data was invalid.", errors = new Dictionary<string, string[]> { ["order.id"] = ["O envio informado não existe."] } }), []);
            }

            if (label.Status is not ("pending" or "released" or "generated" or "canceled"))
            {
                return new LabelBatch(PartnerReply.Json(422, new { message = $"O envio {id} não pode mais ser cancelado ({label.Status})." }), Refs([label]));
            }

            label.Status = "canceled";
            label.UpdatedAt = clock.GetUtcNow();
            return new LabelBatch(PartnerReply.Json(200, new JsonObject { [id] = new JsonObject { ["canceled"] = true } }), Refs([label]));
        }
    }

    public PartnerReply Print(JsonNode? body, Uri publicBase)
    {
        lock (_gate)
        {
            if (Unknown(body) is { } error)
            {
                return error;
            }

            var key = SandboxIds.Random(string.Empty);
            _printJobs[key] = Labels(body).Select(l => l.Id).ToArray();
            return PartnerReply.Json(200, new { url = new Uri(publicBase, $"melhorenvio/imprimir/{key}.pdf").ToString() });
        }
    }

    public byte[]? PrintedLabels(string key)
    {
        lock (_gate)
        {
            if (!_printJobs.TryGetValue(key, out var ids))
            {
                return null;
            }

            var lines = ids.Select(id => _labels[id]).SelectMany(l => new[] { $"Etiqueta {l.Protocol}", $"Rastreio {l.Tracking ?? "(nao gerada)"}", string.Empty });
            return MinimalPdf.Create(["Melhor Envio - etiquetas (sandbox)", .. lines]);
        }
    }

    public PartnerReply Tracking(JsonNode? body)
    {
        lock (_gate)
        {
            if (Unknown(body) is { } error)
            {
                return error;
            }

            var answer = new JsonObject();
            foreach (var label in Labels(body))
            {
                answer[label.Id] = MelhorEnvioJson.Tracking(label);
            }

            return PartnerReply.Json(200, answer);
        }
    }

    public (PartnerReply Reply, string? OrderRef) Get(string id)
    {
        lock (_gate)
        {
            return _labels.TryGetValue(id, out var label)
                ? (PartnerReply.Json(200, MelhorEnvioJson.Label(label)), label.OrderRef)
                : (MelhorEnvioProfile.Instance.ErrorReply(404, "No query results for model [Order]."), null);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _labels.Clear();
            _printJobs.Clear();
        }
    }

    /// <summary>One carrier step: generated → posted → in transit → delivered/undelivered.</summary>
    private Task Advance(string id)
    {
        string? eventName = null;
        JsonObject data;
        lock (_gate)
        {
            if (!_labels.TryGetValue(id, out var label))
            {
                return Task.CompletedTask;
            }

            var now = clock.GetUtcNow();
            label.UpdatedAt = now;
            switch (label.Status)
            {
                case "generated":
                    label.Status = "posted";
                    label.PostedAt = now;
                    eventName = "order.posted";
                    break;
                case "posted" when !label.InTransit:
                    label.InTransit = true;
                    break;
                case "posted":
                    var undeliverable = facts.OutcomeOf(label.OrderRef) == CustomerOutcome.Undeliverable;
                    label.InTransit = false;
                    label.Status = undeliverable ? "undelivered" : "delivered";
                    label.DeliveredAt = undeliverable ? null : now;
                    eventName = undeliverable ? "order.undelivered" : "order.delivered";
                    break;
                default:
                    return Task.CompletedTask;
            }

            data = MelhorEnvioJson.Event(label);
            if (label.Status == "posted")
            {
                work.After(settings.CarrierStepDelay, "melhorenvio advance " + id, _ => Advance(id));
            }
        }

        if (eventName is not null)
        {
            webhooks.Send(eventName, data);
        }

        return Task.CompletedTask;
    }

    private PartnerReply? Unknown(JsonNode? body)
    {
        var ids = body.Items("orders").Select(o => o.Text() ?? o.Text("id")).ToList();
        if (ids.Count == 0)
        {
            return PartnerReply.Json(422, new { message = "The given data was invalid.", errors = new Dictionary<string, string[]> { ["orders"] = ["O campo orders é obrigatório."] } });
        }

        var missing = ids.Select((id, index) => (id, index)).Where(x => x.id is null || !_labels.ContainsKey(x.id)).ToList();
        return missing.Count == 0
            ? null
            : PartnerReply.Json(422, new
            {
                message = "The given data was invalid.",
                errors = missing.ToDictionary(x => $"orders.{x.index}", _ => new[] { "O envio informado não existe." }),
            });
    }

    private List<MelhorEnvioLabel> Labels(JsonNode? body)
        => body.Items("orders").Select(o => _labels[(o.Text() ?? o.Text("id"))!]).Distinct().ToList();

    private static List<MelhorEnvioLabelRef> Refs(IEnumerable<MelhorEnvioLabel> labels)
        => labels.Select(l => new MelhorEnvioLabelRef(l.Id, l.OrderRef)).ToList();
}
