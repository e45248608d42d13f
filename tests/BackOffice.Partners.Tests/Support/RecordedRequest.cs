using System.Net.Http.Headers;
using System.Text.Json;

namespace BackOffice.Partners.Tests.Support;

/// <summary>What left the client: captured when sent, because the request and its content are disposed afterwards.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestHeaders Headers, string? Body, DateTimeOffset SentAt)
{
    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>The header as sent; User-Agent is a list of products separated by spaces, the others by commas.</summary>
    public string? Header(string name)
        => Headers.TryGetValues(name, out var values) ? string.Join(name.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) ? " " : ",", values) : null;

    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;
}
