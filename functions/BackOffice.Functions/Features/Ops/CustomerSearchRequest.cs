namespace BackOffice.Functions.Features.Ops;

/// <param name="Query">An e-mail or a CPF/CNPJ. In the body, not the URL, so that it stays out of request logs.</param>
public sealed record CustomerSearchRequest(string? Query);
