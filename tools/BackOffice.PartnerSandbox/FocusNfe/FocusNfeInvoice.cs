namespace BackOffice.PartnerSandbox.FocusNfe;

/// <summary>An NF-e by its <c>ref</c>; only touched under <see cref="FocusNfeSimulator"/>'s lock.</summary>
public sealed class FocusNfeInvoice(string reference, string orderRef, string cnpj, decimal total)
{
    public string Ref { get; } = reference;

    public string OrderRef { get; } = orderRef;

    public string Cnpj { get; } = cnpj;

    public decimal Total { get; } = total;

    /// <summary>Bumped on every (re)submission so that a stale SEFAZ answer for an earlier attempt is ignored.</summary>
    public int Attempt { get; set; }

    public string Status { get; set; } = "processando_autorizacao";

    public string? StatusSefaz { get; set; }

    public string? MensagemSefaz { get; set; }

    public long? Numero { get; set; }

    public string? ChaveNfe { get; set; }

    public string? Protocolo { get; set; }

    public DateTimeOffset? AuthorizedAt { get; set; }

    public string? Justificativa { get; set; }
}
