namespace BackOffice.Partners.Pagarme;

/// <summary>Pagar.me's list envelope: <c>{ data: [...], paging: {...} }</c>.</summary>
public sealed record PagarmeList<T>(IReadOnlyList<T>? Data);
