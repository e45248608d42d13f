namespace BackOffice.Channels;

/// <summary>A place in a storefront payload that may hold the customer's CPF or CNPJ, and what it holds.</summary>
internal sealed record DocumentCandidate(string Path, string Text);
