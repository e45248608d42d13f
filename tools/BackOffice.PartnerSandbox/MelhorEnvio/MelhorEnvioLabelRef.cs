namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>A label id with the order it ships, for the ledger.</summary>
public sealed record MelhorEnvioLabelRef(string LabelId, string? OrderRef);
