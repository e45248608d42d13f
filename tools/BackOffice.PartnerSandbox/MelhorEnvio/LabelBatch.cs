namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>The answer to a call over several labels, and the labels it acted on (one ledger entry each).</summary>
public sealed record LabelBatch(Shared.PartnerReply Reply, IReadOnlyList<MelhorEnvioLabelRef> Affected);
