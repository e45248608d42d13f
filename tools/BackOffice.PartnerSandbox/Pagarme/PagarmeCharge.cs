namespace BackOffice.PartnerSandbox.Pagarme;

/// <summary>A charge's live state; only touched under <see cref="PagarmeSimulator"/>'s lock.</summary>
public sealed class PagarmeCharge(string id, PagarmeOrder order, string paymentMethod, long amount, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public PagarmeOrder Order { get; } = order;

    /// <summary><c>credit_card</c>, <c>pix</c> or <c>boleto</c>.</summary>
    public string PaymentMethod { get; } = paymentMethod;

    public long Amount { get; } = amount;

    public string TransactionId { get; } = Shared.SandboxIds.Random("tran_");

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>When a PIX stops being payable (<c>pix.expires_in</c>) or a boleto is due (<c>boleto.due_at</c>).</summary>
    public DateTimeOffset ExpiresAt { get; set; } = createdAt.AddHours(paymentMethod == "boleto" ? 72 : 1);

    public string Status { get; set; } = "pending";

    /// <summary>The last transaction's status (<c>authorized_pending_capture</c>, <c>captured</c>, <c>waiting_payment</c>...).</summary>
    public string TransactionStatus { get; set; } = "pending";

    public long PaidAmount { get; set; }

    public long CanceledAmount { get; set; }

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    public DateTimeOffset? PaidAt { get; set; }

    public DateTimeOffset? CanceledAt { get; set; }
}
