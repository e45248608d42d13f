namespace BackOffice.PartnerSandbox.Shared;

/// <summary>
/// Remembers the first answer per (partner, key). A repeat with the same key gets that answer back and performs no
/// new effect. The effect runs inside the lock so that two concurrent requests with one key cannot both act.
/// </summary>
public sealed class IdempotencyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Partner, string Key), PartnerReply> _replies = [];

    /// <summary>Runs <paramref name="effect"/> unless the key was seen; <c>Replayed</c> tells which happened.</summary>
    public (PartnerReply Reply, bool Replayed) RunOnce(string partner, string? key, Func<PartnerReply> effect)
    {
        if (string.IsNullOrEmpty(key))
        {
            return (effect(), false);
        }

        lock (_gate)
        {
            if (_replies.TryGetValue((partner, key), out var first))
            {
                return (first, true);
            }

            var reply = effect();

            // Server errors are not the partner's answer to the request, so a retry must be able to act.
            if (reply.Status < 500)
            {
                _replies[(partner, key)] = reply;
            }

            return (reply, false);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _replies.Clear();
        }
    }
}
