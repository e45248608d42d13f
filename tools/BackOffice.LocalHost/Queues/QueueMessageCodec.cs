using System.Text;
using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Queues;

/// <summary>Applies host.json messageEncoding to message bodies; queue clients themselves send bodies raw.</summary>
public sealed class QueueMessageCodec
{
    private readonly QueueMessageEncoding _encoding;

    public QueueMessageCodec(QueueMessageEncoding encoding) => _encoding = encoding;

    public string Encode(string text) =>
        _encoding == QueueMessageEncoding.Base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;

    /// <exception cref="FormatException">Base64 encoding is configured and the body is not base64.</exception>
    public string Decode(string body) =>
        _encoding == QueueMessageEncoding.Base64 ? Encoding.UTF8.GetString(Convert.FromBase64String(body)) : body;
}
