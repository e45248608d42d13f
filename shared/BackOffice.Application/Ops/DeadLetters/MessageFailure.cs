using System.Security.Cryptography;
using System.Text;
using BackOffice.Application.Messaging;

namespace BackOffice.Application.Ops.DeadLetters;

/// <summary>The last failure of a message's handling, kept because a Storage poison queue keeps only the body.</summary>
/// <param name="Key">See <see cref="KeyOf"/>.</param>
public sealed record MessageFailure(string Key, string Reason, int DeliveryCount, DateTimeOffset At)
{
    public const int MaxReasonLength = 1000;

    /// <summary>The message id when the body can be read, else a hash of the body: both survive the move to poison.</summary>
    public static string KeyOf(string body) =>
        OrderMessageSerializer.TryDeserialize(body, out var message, out _)
            ? message.MessageId
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
