namespace BackOffice.Partners.MelhorEnvio;

/// <summary>A label (Melhor Envio calls it an order) as <c>POST me/cart</c> and <c>GET me/orders/{id}</c> return it.</summary>
/// <param name="Status">pending (in the cart, unpaid), released (paid), generated, posted, delivered, canceled, undelivered, expired.</param>
/// <param name="Tags">The tags put on the label at <c>POST me/cart</c>: the first is our order reference.</param>
public sealed record MelhorEnvioLabel(
    string Id,
    string? Protocol,
    string? Status,
    string? Tracking,
    string? PaidAt,
    string? GeneratedAt,
    IReadOnlyList<MelhorEnvioTag>? Tags = null);
