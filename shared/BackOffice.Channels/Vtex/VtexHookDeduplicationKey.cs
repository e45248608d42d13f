using System.Globalization;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// VTEX's hook has no delivery id and retries at will: the same order in the same state since the same change is
/// the same notification.
/// </summary>
public static class VtexHookDeduplicationKey
{
    /// <returns><c>&lt;orderId&gt;:&lt;state&gt;:&lt;lastChange as yyyyMMddTHHmmssfffffffZ&gt;</c>; only letters, digits and <c>.-_:</c>, so it is a valid delivery id.</returns>
    public static string For(string orderId, string state, DateTimeOffset lastChange) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{orderId.ToLowerInvariant()}:{state.ToLowerInvariant()}:{lastChange.UtcDateTime:yyyyMMdd'T'HHmmssfffffff'Z'}");

    /// <returns>The key, or null for a ping or a notification that lacks one of the three parts.</returns>
    public static string? For(VtexHookPayload hook) =>
        hook is { IsPing: false, OrderId: { } orderId, State: { } state, LastChange: { } lastChange }
            ? For(orderId, state, lastChange)
            : null;
}
