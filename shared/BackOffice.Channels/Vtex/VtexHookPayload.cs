using System.Text.RegularExpressions;
using BackOffice.Application.Intake;
using ExternalOrderId = BackOffice.Domain.Orders.OrderId;

namespace BackOffice.Channels.Vtex;

/// <summary>
/// A VTEX order hook notification: <c>{ Domain, OrderId, State, LastState, LastChange, CurrentChange, Origin }</c>,
/// or the <c>{"hookConfig":"ping"}</c> VTEX sends when the hook is saved. It carries no order data: read the order
/// from the OMS.
/// </summary>
public sealed partial record VtexHookPayload(
    string? Domain,
    string? OrderId,
    string? State,
    string? LastState,
    DateTimeOffset? LastChange,
    DateTimeOffset? CurrentChange,
    VtexHookOrigin? Origin,
    string? HookConfig)
{
    /// <summary>VTEX's check when the hook is configured: answer 200 and do nothing else, or VTEX refuses the hook.</summary>
    public bool IsPing => HookConfig is not null && HookConfig.Equals("ping", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and validates a hook body; a ping is valid as it is.</summary>
    public static VtexHookPayload? Parse(ReadOnlyMemory<byte> body, ValidationErrors errors)
    {
        var hook = ChannelJson.Read<VtexHookPayload>(body, VtexJson.Options, errors);
        if (hook is null || hook.IsPing)
        {
            return hook;
        }

        var orderId = errors.Required(hook.OrderId, "OrderId");
        if (orderId is not null && !ExternalOrderId.IsValidExternalId(orderId))
        {
            errors.Add("OrderId", "must be a VTEX order id such as 1234567890123-01.");
        }

        var state = errors.Required(hook.State, "State");
        if (state is not null && !IsValidState(state))
        {
            errors.Add("State", "must be a VTEX order state such as ready-for-handling.");
        }

        errors.Required(hook.LastChange, "LastChange");
        return errors.Any ? null : hook;
    }

    /// <summary>The state goes into the de-duplication key, which must stay a valid storage key.</summary>
    public static bool IsValidState(string state) => StatePattern().IsMatch(state);

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex StatePattern();
}
