namespace BackOffice.Channels.Vtex;

/// <summary>The VTEX order states the hub acts on; every other state is acknowledged without change.</summary>
public static class VtexOrderStates
{
    /// <summary>Paid and approved by VTEX: the order is the hub's to handle from here.</summary>
    public const string ReadyForHandling = "ready-for-handling";

    public static bool IsCancellation(string state) =>
        state.Equals("cancel", StringComparison.OrdinalIgnoreCase) || state.Equals("canceled", StringComparison.OrdinalIgnoreCase);

    public static bool IsNewOrder(string state) => state.Equals(ReadyForHandling, StringComparison.OrdinalIgnoreCase);
}
