using System.Globalization;
using BackOffice.Application.Intake;

namespace BackOffice.Channels.Shopify;

/// <summary>Shopify's decimal strings ("199.90") to integer cents, exactly: never through double.</summary>
public static class ShopifyPrice
{
    // No exponent, no thousands separator, no currency symbol: Shopify sends none, so any is a bad value.
    private const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <returns>The cents, or null when <paramref name="text"/> is null (the caller decides whether it is required) or wrong (then an error is added).</returns>
    public static long? ToCents(string? text, string path, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var amount))
        {
            errors.Add(path, "must be a decimal amount such as \"199.90\".");
            return null;
        }

        var cents = amount * 100m;
        // "10.005" cannot be booked in cents without rounding someone's money; "10.500" can.
        if (cents != decimal.Truncate(cents))
        {
            errors.Add(path, "has more than 2 decimal places: amounts must be a whole number of cents.");
            return null;
        }

        if (cents is > long.MaxValue or < long.MinValue)
        {
            errors.Add(path, "is too large.");
            return null;
        }

        return (long)cents;
    }
}
