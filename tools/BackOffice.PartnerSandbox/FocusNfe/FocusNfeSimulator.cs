using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>
/// Focus NFe v2 emission. <c>ref</c> is the idempotency key: a repeat gets the first answer and does nothing,
/// except after <c>erro_autorizacao</c>, when Focus accepts a corrected resubmission under the same ref.
/// SEFAZ answers after <see cref="SandboxSettings.NfeDelay"/>: authorized, or rejected for <c>+nfe-reject</c>.
/// </summary>
public sealed class FocusNfeSimulator(OrderFacts facts, FocusNfeHooks hooks, BackgroundWork work, SandboxSettings settings, TimeProvider clock)
{
    private const string DefaultCnpj = "11222333000181";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FocusNfeInvoice> _invoices = new(StringComparer.OrdinalIgnoreCase);

    // The hub fetches each NF-e's XML and DANFE by access key: an index keeps that from scanning every invoice.
    private readonly Dictionary<string, FocusNfeInvoice> _byAccessKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartnerReply> _firstReplies = new(StringComparer.OrdinalIgnoreCase);
    private long _lastNumber;

    public Effect Issue(string? reference, JsonNode? body)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return Effect.Rejected(FocusNfeProfile.Instance.ErrorReply(400, "Parâmetro \"ref\" não informado."));
        }

        if (body is not JsonObject || !body.Items("items").Any())
        {
            return Effect.Rejected(FocusNfeProfile.Instance.ErrorReply(400, "A nota fiscal precisa de ao menos um item."));
        }

        var orderRef = facts.Resolve(reference);
        var total = body.Number("valor_total") ?? 0m;
        facts.Learn(orderRef, body.Text("email_destinatario"), (long)Math.Round(total * 100m));
        lock (_gate)
        {
            if (_invoices.TryGetValue(reference, out var known) && known.Status != "erro_autorizacao")
            {
                return new Effect(_firstReplies[reference], known.OrderRef, Replayed: true);
            }

            var cnpj = Digits(body.Text("cnpj_emitente")) is { Length: 14 } given ? given : DefaultCnpj;
            var invoice = new FocusNfeInvoice(reference, orderRef, cnpj, total) { Attempt = (known?.Attempt ?? 0) + 1 };
            _invoices[reference] = invoice;
            var reply = PartnerReply.Json(202, FocusNfeJson.Invoice(invoice));
            _firstReplies[reference] = reply;
            var attempt = invoice.Attempt;
            work.After(settings.NfeDelay, "focusnfe sefaz " + reference, _ => AnswerFromSefaz(reference, attempt));
            return new Effect(reply, orderRef);
        }
    }

    public (PartnerReply Reply, string? OrderRef) Get(string reference)
    {
        lock (_gate)
        {
            return _invoices.TryGetValue(reference, out var invoice)
                ? (PartnerReply.Json(200, FocusNfeJson.Invoice(invoice)), invoice.OrderRef)
                : (FocusNfeProfile.Instance.ErrorReply(404, "Nota fiscal não encontrada."), null);
        }
    }

    /// <summary>Synchronous cancellation, as Focus NFe does it; repeating it on a cancelled NF-e changes nothing.</summary>
    public Effect Cancel(string reference, string? justificativa)
    {
        if (justificativa is null || justificativa.Trim().Length is < 15 or > 255)
        {
            return Effect.Rejected(FocusNfeProfile.Instance.ErrorReply(400, "Parâmetro \"justificativa\" deve ter entre 15 e 255 caracteres."));
        }

        lock (_gate)
        {
            if (!_invoices.TryGetValue(reference, out var invoice))
            {
                return Effect.Rejected(FocusNfeProfile.Instance.ErrorReply(404, "Nota fiscal não encontrada."));
            }

            if (invoice.Status == "cancelado")
            {
                return new Effect(CancelReply(invoice), invoice.OrderRef, Replayed: true);
            }

            if (invoice.Status != "autorizado")
            {
                return new Effect(FocusNfeProfile.Instance.ErrorReply(422, $"Nota fiscal com status {invoice.Status} não pode ser cancelada."), invoice.OrderRef);
            }

            invoice.Status = "cancelado";
            invoice.StatusSefaz = "135";
            invoice.MensagemSefaz = "Evento registrado e vinculado a NF-e";
            invoice.Justificativa = justificativa.Trim();
            return new Effect(CancelReply(invoice), invoice.OrderRef);
        }
    }

    /// <summary>The XML or DANFE behind a <c>caminho_*</c> path, found by the access key in its file name.</summary>
    public (byte[] Content, string ContentType)? Document(string fileName)
    {
        lock (_gate)
        {
            var key = fileName.Split('-', '.')[0];
            if (!_byAccessKey.TryGetValue(key, out var invoice)
                || !_invoices.TryGetValue(invoice.Ref, out var current) || !ReferenceEquals(current, invoice))
            {
                return null;
            }

            return fileName switch
            {
                _ when fileName.EndsWith("-nfe.xml", StringComparison.Ordinal) => (NfeDocuments.Xml(invoice), "application/xml"),
                _ when fileName.EndsWith("-can.xml", StringComparison.Ordinal) && invoice.Status == "cancelado" => (NfeDocuments.CancellationXml(invoice), "application/xml"),
                _ when fileName.EndsWith(".pdf", StringComparison.Ordinal) => (NfeDocuments.Danfe(invoice), "application/pdf"),
                _ => null,
            };
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _invoices.Clear();
            _byAccessKey.Clear();
            _firstReplies.Clear();
        }
    }

    private Task AnswerFromSefaz(string reference, int attempt)
    {
        JsonObject hook;
        lock (_gate)
        {
            if (!_invoices.TryGetValue(reference, out var invoice) || invoice.Attempt != attempt || invoice.Status != "processando_autorizacao")
            {
                return Task.CompletedTask;
            }

            if (facts.OutcomeOf(invoice.OrderRef) == CustomerOutcome.NfeReject)
            {
                invoice.Status = "erro_autorizacao";
                invoice.StatusSefaz = "778";
                invoice.MensagemSefaz = "Rejeição: Informado NCM inexistente";
            }
            else
            {
                var now = clock.GetUtcNow();
                invoice.Numero = ++_lastNumber;
                invoice.AuthorizedAt = now;
                invoice.ChaveNfe = NfeAccessKey.Create(invoice.Cnpj, now, 1, invoice.Numero.Value, SandboxIds.Digits(8));
                _byAccessKey[invoice.ChaveNfe] = invoice;
                invoice.Protocolo = "135" + now.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
                invoice.Status = "autorizado";
                invoice.StatusSefaz = "100";
                invoice.MensagemSefaz = "Autorizado o uso da NF-e";
            }

            hook = FocusNfeJson.Invoice(invoice);
        }

        hooks.Send(hook, $"{hook["status"]} {reference}");
        return Task.CompletedTask;
    }

    private static PartnerReply CancelReply(FocusNfeInvoice invoice) => PartnerReply.Json(200, new JsonObject
    {
        ["status_sefaz"] = invoice.StatusSefaz,
        ["mensagem_sefaz"] = invoice.MensagemSefaz,
        ["status"] = invoice.Status,
        ["caminho_xml_cancelamento"] = $"{FocusNfeJson.Folder(invoice)}/XMLs/{invoice.ChaveNfe}-can.xml",
    });

    private static string? Digits(string? text) => text is null ? null : new string(text.Where(char.IsAsciiDigit).ToArray());
}
