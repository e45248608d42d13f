using BackOffice.Domain.SeedWork;

namespace BackOffice.Domain.Orders.Rules;

/// <summary>
/// An authorized NF-e has its 44-digit access key and its XML: the carrier, the storefront and the customer need both.
/// An answer without them is not an authorization to record.
/// </summary>
public sealed class InvoiceMustBeCompleteRule(string? accessKey, string? xmlLocation) : IBusinessRule
{
    public bool IsBroken() => !IsAccessKey(accessKey) || string.IsNullOrWhiteSpace(xmlLocation);

    public string Message => !IsAccessKey(accessKey)
        ? $"The NF-e access key '{accessKey}' is not 44 digits."
        : "The authorized NF-e has no stored XML.";

    public static bool IsAccessKey(string? value) => value is { Length: 44 } && value.All(char.IsAsciiDigit);
}
