namespace BackOffice.Partners.MelhorEnvio;

/// <param name="Mode"><c>public</c>: a link that opens without our token, for whoever prints the label.</param>
public sealed record MelhorEnvioPrintRequest(string Mode, IReadOnlyList<string> Orders);
