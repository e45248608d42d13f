using BackOffice.Application.Documents;
using BackOffice.Application.Partners.Fiscal;
using BackOffice.Application.Partners.Payments;
using BackOffice.Application.Partners.Risk;
using BackOffice.Application.Partners.Shipping;
using BackOffice.Application.Stock;
using BackOffice.Domain.Orders;
using BackOffice.Domain.Shipping;

namespace BackOffice.Application.Tests.Fakes;

/// <summary>
/// Every partner in memory, honest about idempotency (a repeated key is one effect) and counting effects, so tests can
/// assert "one charge, one NF-e, one label" however often messages repeat.
/// </summary>
internal sealed class FakePartners : IRiskAnalyzer, IPaymentGateway, IFiscalDocumentIssuer, IShippingCarrier, IStockReservations, IDocumentStore
{
    private readonly Dictionary<string, GatewayCharge> _charges = [];
    private readonly Dictionary<string, GatewayCharge> _byKey = [];
    private readonly Dictionary<string, FiscalDocumentStatus> _invoices = [];
    private readonly Dictionary<string, ShipmentTracking> _labels = [];
    private readonly HashSet<string> _paidLabels = [];
    private int _cartAdds;
    private readonly HashSet<string> _reservations = [];
    private readonly HashSet<string> _riskSubmitted = [];

    // Every call runs whole under this lock, as a partner's idempotency check and effect are one step on its side; the
    // hub's own reads and writes in between still interleave, which is what tests of parallel deliveries exercise.
    private readonly Lock _gate = new();

    public RiskDecision Decision { get; set; } = RiskDecision.Approve;

    /// <summary>What the fiscal API answers to an NF-e request: Processing means "wait for the callback".</summary>
    public FiscalDocumentState InvoiceOutcome { get; set; } = FiscalDocumentState.Authorized;

    public bool CaptureRefused { get; set; }

    /// <summary>What an authorized NF-e lacks in the fiscal API's answer: "key" (no access key) or "xml" (no XML or DANFE path).</summary>
    public string? AuthorizedWithout { get; set; }

    public HashSet<string> ShortSkus { get; } = [];

    public Dictionary<string, int> Effects { get; } = [];

    public Dictionary<string, byte[]> Documents { get; } = [];

    public int EffectsOf(string kind) => Effects.GetValueOrDefault(kind);

    /// <summary>What the storefront's checkout did: a card authorized (default) or a PIX/boleto waiting to be paid.</summary>
    public GatewayCharge CheckoutCreated(string orderRef, PaymentMethod method, long amountCents, DateTimeOffset? expiresAt = null)
    {
        var charge = new GatewayCharge($"or_{orderRef}", $"ch_{orderRef}", orderRef, method,
            method == PaymentMethod.CreditCard ? ChargeStatus.Authorized : ChargeStatus.Pending, amountCents, 0, InstructionsFor(method, orderRef), expiresAt);
        return _charges[charge.ChargeId] = charge;
    }

    /// <summary>What Pagar.me answers for a PIX or boleto: the copy-and-paste code and QR image, or the line and PDF.</summary>
    public static PaymentInstructions? InstructionsFor(PaymentMethod method, string orderRef) => method switch
    {
        PaymentMethod.Pix => new PaymentInstructions($"00020101021226830014br.gov.bcb.pix{orderRef}", $"https://pix.example/qr/{orderRef}.png", null, null, null),
        PaymentMethod.Boleto => new PaymentInstructions(null, null, $"https://boleto.example/{orderRef}", "23790123016000000000150009876543210000010980", $"https://boleto.example/{orderRef}.pdf"),
        _ => null,
    };

    public void Pay(string chargeId) => _charges[chargeId] = _charges[chargeId] with { Status = ChargeStatus.Paid, PaidCents = _charges[chargeId].AmountCents };

    public void Advance(string labelId, ShipmentState state) => _labels[labelId] = _labels[labelId] with { State = state };

    public void Decide(string reference, FiscalDocumentState state) => _invoices[reference] = Status(reference, state);

    public Task SubmitAsync(RiskAnalysisRequest request, CancellationToken cancellationToken) => Locked(() =>
    {
        if (!_riskSubmitted.Contains(request.OrderRef))
        {
            Effect("risk.submit", request.OrderRef);
            _riskSubmitted.Add(request.OrderRef);
        }

        return true;
    });

    /// <summary>As ClearSale: an order it never received has no analysis (its status answers 404).</summary>
    public Task<RiskAssessment> GetAssessmentAsync(string orderRef, CancellationToken cancellationToken) => Locked(() =>
        !_riskSubmitted.Contains(orderRef) ? new RiskAssessment(orderRef, RiskDecision.NotSubmitted, "") : new RiskAssessment(orderRef, Decision, Decision switch
        {
            RiskDecision.Approve => "APA",
            RiskDecision.Review => "AMA",
            RiskDecision.Deny => "RPM",
            RiskDecision.Unrecognized => "XYZ",
            _ => "NVO",
        }));

    /// <summary>Lookups by order reference: at a real gateway a lookup can find what a checkout left behind.</summary>
    public int ChargeLookups { get; private set; }

    public Task<GatewayCharge?> FindChargeByOrderRefAsync(string orderRef, CancellationToken cancellationToken)
    {
        ChargeLookups++;
        return Locked(() => _charges.Values.FirstOrDefault(charge => charge.OrderRef == orderRef));
    }

    public Task<GatewayCharge> CreateChargeAsync(ChargeRequest request, string idempotencyKey, CancellationToken cancellationToken) =>
        Keyed(idempotencyKey, "payment.create", () => CheckoutCreated(request.OrderRef, request.Method, request.AmountCents, request.ExpiresAt));

    public Task<GatewayCharge> GetChargeAsync(string chargeId, CancellationToken cancellationToken) => Locked(() => _charges[chargeId]);

    public Task<GatewayCharge> CaptureAsync(string chargeId, long amountCents, string idempotencyKey, CancellationToken cancellationToken) =>
        Keyed(idempotencyKey, "payment.capture", () => _charges[chargeId] = _charges[chargeId] with
        {
            Status = CaptureRefused ? ChargeStatus.Failed : ChargeStatus.Paid,
            PaidCents = CaptureRefused ? 0 : amountCents,
        });

    public Task<GatewayCharge> CancelOrRefundAsync(string chargeId, long? amountCents, string idempotencyKey, CancellationToken cancellationToken) =>
        Keyed(idempotencyKey, StatusOf(chargeId) == ChargeStatus.Paid ? "payment.refund" : "payment.void", () => _charges[chargeId] = _charges[chargeId] with
        {
            Status = _charges[chargeId].Status == ChargeStatus.Paid ? ChargeStatus.Refunded : ChargeStatus.Canceled,
        });

    public Task<FiscalDocumentStatus> IssueAsync(FiscalDocumentRequest request, CancellationToken cancellationToken) => Locked(() =>
    {
        // As Focus NFe: the same reference again is the same NF-e, unless SEFAZ rejected it: then it is a new attempt.
        if (!_invoices.TryGetValue(request.Reference, out var known) || known.State == FiscalDocumentState.Rejected)
        {
            Effect("fiscal.issue", request.Reference);
            _invoices[request.Reference] = Status(request.Reference, InvoiceOutcome);
        }

        if (FiscalAnswersLost > 0)
        {
            FiscalAnswersLost--;
            throw new HttpRequestException($"fiscal.issue for {request.Reference}: the answer was lost after the effect");
        }

        return _invoices[request.Reference];
    });

    /// <summary>How many of the next NF-e requests take effect and then lose their answer (a timeout after the effect).</summary>
    public int FiscalAnswersLost { get; set; }

    public Task<FiscalDocumentStatus> GetAsync(string reference, CancellationToken cancellationToken) => Locked(() => _invoices[reference]);

    public Task<FiscalDocumentStatus?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Locked(() => _invoices.GetValueOrDefault(reference));

    public Task<FiscalDocumentStatus> CancelAsync(string reference, string justification, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_invoices[reference].State != FiscalDocumentState.Cancelled)
        {
            Effect("fiscal.cancel", reference);
            _invoices[reference] = _invoices[reference] with { State = FiscalDocumentState.Cancelled };
        }

        return _invoices[reference];
    });

    public Task<byte[]> DownloadAsync(string path, CancellationToken cancellationToken) => Task.FromResult("<nfeProc/>"u8.ToArray());

    /// <summary>What the carrier quotes for every parcel; empty means no service can carry it.</summary>
    public List<ServiceQuote> Quotes { get; } = [new(1, "Correios", "PAC", 2350, 5), new(2, "Correios", "SEDEX", 4190, 2)];

    public List<ShipmentRequest> CartRequests { get; } = [];

    /// <summary>The labels paid for, in order.</summary>
    public List<string> CheckedOut { get; } = [];

    /// <summary>Runs inside the next cart call, before the label exists: a second run of the step at that moment, say.</summary>
    public Func<Task>? DuringNextCartAdd { get; set; }

    /// <summary>How many quotes come back empty before <see cref="Quotes"/> is answered.</summary>
    public int EmptyQuotes { get; set; }

    public List<QuoteRequest> QuoteRequests { get; } = [];

    public Task<IReadOnlyList<ServiceQuote>> QuoteAsync(QuoteRequest request, CancellationToken cancellationToken) =>
        Locked<IReadOnlyList<ServiceQuote>>(() =>
        {
            QuoteRequests.Add(request);
            return EmptyQuotes-- > 0 ? [] : [.. Quotes];
        });

    public async Task<string> AddToCartAsync(ShipmentRequest request, CancellationToken cancellationToken)
    {
        if (DuringNextCartAdd is { } during)
        {
            DuringNextCartAdd = null;
            await during();
        }

        return await AddLabelToCart(request);
    }

    private Task<string> AddLabelToCart(ShipmentRequest request) => Locked(() =>
    {
        var labelId = $"lbl_{++_cartAdds}";
        Effect("carrier.cart", labelId);
        CartRequests.Add(request);
        _labels[labelId] = new ShipmentTracking(labelId, ShipmentState.Pending, null, null, null, null);
        return labelId;
    });

    public Task RemoveFromCartAsync(string labelId, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_paidLabels.Contains(labelId))
        {
            throw new InvalidOperationException($"label {labelId} is paid and cannot leave the cart");
        }

        if (_labels.Remove(labelId))
        {
            Effect("carrier.cart.remove", labelId);
        }

        return true;
    });

    public Task<ShipmentLabel> PurchaseLabelAsync(string labelId, CancellationToken cancellationToken) => Locked(() =>
    {
        if (!_paidLabels.Contains(labelId))
        {
            Effect("carrier.checkout", labelId);
            CheckedOut.Add(labelId);
            _paidLabels.Add(labelId);
            _labels[labelId] = _labels[labelId] with { State = ShipmentState.Released, TrackingCode = $"BR{labelId}" };
        }

        return new ShipmentLabel(labelId, $"BR{labelId}", $"https://labels/{labelId}.pdf", "PROTO");
    });

    public Task CancelLabelAsync(string labelId, string reason, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_labels[labelId].State != ShipmentState.Cancelled)
        {
            Effect("carrier.cancel", labelId);
            _labels[labelId] = _labels[labelId] with { State = ShipmentState.Cancelled };
        }

        return true;
    });

    public Task<ShipmentTracking> TrackAsync(string labelId, CancellationToken cancellationToken) => Locked(() => _labels[labelId]);

    public Task<byte[]> DownloadLabelAsync(string url, CancellationToken cancellationToken) => Task.FromResult("%PDF"u8.ToArray());

    public Task<StockReservationResult> ReserveAsync(string orderId, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken) => Locked(() =>
    {
        var shortSkus = lines.Select(line => line.Sku).Where(ShortSkus.Contains).ToList();
        if (shortSkus.Count == 0 && !_reservations.Contains(orderId))
        {
            Effect("stock.reserve", orderId);
            _reservations.Add(orderId);
        }

        return new StockReservationResult(shortSkus);
    });

    public Task ReleaseAsync(string orderId, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_reservations.Contains(orderId))
        {
            Effect("stock.release", orderId);
            _reservations.Remove(orderId);
        }

        return true;
    });

    public Task ConsumeAsync(string orderId, CancellationToken cancellationToken) => Locked(() =>
    {
        if (_reservations.Contains(orderId))
        {
            Effect("stock.consume", orderId);
            _reservations.Remove(orderId);
        }

        return true;
    });

    public Task<string> StoreAsync(string orderId, string name, byte[] content, string contentType, CancellationToken cancellationToken) => Locked(() =>
    {
        Documents[$"{orderId}/{name}"] = content;
        return $"documents/{orderId}/{name}";
    });

    public Task<byte[]> ReadAsync(string location, CancellationToken cancellationToken) =>
        Locked(() => Documents[location["documents/".Length..]]);

    public void ChargeBack(string chargeId) => _charges[chargeId] = _charges[chargeId] with { Status = ChargeStatus.Chargedback };

    private FiscalDocumentStatus Status(string reference, FiscalDocumentState state) => state == FiscalDocumentState.Authorized
        ? new FiscalDocumentStatus(
            reference, state, AuthorizedWithout == "key" ? null : "35261100000000000000550010000000011000000011", "1", "1",
            AuthorizedWithout == "xml" ? null : $"/xml/{reference}", $"/danfe/{reference}", "100", "Autorizado o uso da NF-e")
        : new FiscalDocumentStatus(reference, state, null, null, null, null, null, state == FiscalDocumentState.Rejected ? "539" : null, state == FiscalDocumentState.Rejected ? "Duplicidade de NF-e" : null);

    private Task<GatewayCharge> Keyed(string idempotencyKey, string effect, Func<GatewayCharge> create) => Locked(() =>
    {
        if (!_byKey.TryGetValue(idempotencyKey, out var first))
        {
            Effect(effect, idempotencyKey);
            _byKey[idempotencyKey] = first = create();
        }

        return first;
    });

    private ChargeStatus StatusOf(string chargeId)
    {
        lock (_gate)
        {
            return _charges[chargeId].Status;
        }
    }

    private Task<T> Locked<T>(Func<T> call)
    {
        lock (_gate)
        {
            try
            {
                return Task.FromResult(call());
            }
            catch (Exception failure)
            {
                return Task.FromException<T>(failure);
            }
        }
    }

    /// <summary>How many of the next partner writes fail as an outage would, without any effect.</summary>
    public int Outages { get; set; }

    private void Effect(string kind, string reference)
    {
        if (Outages > 0)
        {
            Outages--;
            throw new HttpRequestException($"{kind} for {reference}: partner unavailable");
        }

        Effects[kind] = Effects.GetValueOrDefault(kind) + 1;
    }
}
