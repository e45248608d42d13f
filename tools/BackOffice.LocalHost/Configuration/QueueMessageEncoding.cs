namespace BackOffice.LocalHost.Configuration;

/// <summary>How queue message bodies are encoded on the wire (host.json extensions.queues.messageEncoding).</summary>
public enum QueueMessageEncoding
{
    Base64,
    None,
}
