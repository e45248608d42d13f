namespace BackOffice.Application.Messaging;

/// <summary>Keys of <see cref="OrderMessage.Data"/>.</summary>
public static class OrderMessageData
{
    public const string Partner = "partner";
    public const string Event = "event";
    public const string ResourceId = "resourceId";
    public const string PayloadLocation = "payloadLocation";
}
