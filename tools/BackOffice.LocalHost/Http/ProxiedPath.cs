using System.Buffers;
using System.Text;

namespace BackOffice.LocalHost.Http;

/// <summary>
/// The path as YARP, the host's proxy for enableProxyingHttpRequest, puts it on the forwarded request
/// (dotnet/yarp src/ReverseProxy/Forwarder/RequestUtilities.cs, MakeDestinationAddress and EncodePath): the decoded path
/// escaped again, every character outside RFC 3986's unreserved and sub-delims, ':', '@' and '/' percent-encoded,
/// '%' included. <see cref="PathString.ToUriComponent"/> keeps a decoded "%00" as it is, so the handler would decode
/// the client's "%2500" a second time (a NUL, which Kestrel refuses with a bare 400) where the real host passes "%2500" on.
/// </summary>
public static class ProxiedPath
{
    private static readonly SearchValues<char> Kept =
        SearchValues.Create("!$&'()*+,-./0123456789:;=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~");

    public static string Encode(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || !value.AsSpan().ContainsAnyExcept(Kept))
        {
            return value ?? string.Empty;
        }

        var encoded = new StringBuilder(value.Length + 16);
        var start = 0;
        while (start < value.Length)
        {
            // Runs, not single chars: a surrogate pair must reach EscapeDataString whole to become its UTF-8 bytes.
            var escape = !Kept.Contains(value[start]);
            var end = start + 1;
            while (end < value.Length && Kept.Contains(value[end]) != escape)
            {
                end++;
            }

            var run = value[start..end];
            encoded.Append(escape ? Uri.EscapeDataString(run) : run);
            start = end;
        }

        return encoded.ToString();
    }
}
