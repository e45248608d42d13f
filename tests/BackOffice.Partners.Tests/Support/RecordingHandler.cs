using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BackOffice.Partners.Tests.Support;

/// <summary>
/// The network, for tests: records every request and answers from a script (a route table, checked in order,
/// whose first matching entry with answers left is used).
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<(Func<HttpRequestMessage, bool> Match, Queue<Func<HttpResponseMessage>> Answers, Func<HttpResponseMessage>? Always)> _routes = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Answers requests matching <paramref name="method"/> and a path ending with <paramref name="pathSuffix"/>, once per answer, in order.</summary>
    public RecordingHandler On(HttpMethod method, string pathSuffix, params Func<HttpResponseMessage>[] answers)
    {
        _routes.Add((r => r.Method == method && r.RequestUri!.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal), new Queue<Func<HttpResponseMessage>>(answers), null));
        return this;
    }

    /// <summary>Answers every matching request the same way.</summary>
    public RecordingHandler Always(HttpMethod method, string pathSuffix, Func<HttpResponseMessage> answer)
    {
        _routes.Add((r => r.Method == method && r.RequestUri!.AbsolutePath.EndsWith(pathSuffix, StringComparison.Ordinal), new Queue<Func<HttpResponseMessage>>(), answer));
        return this;
    }

    public static Func<HttpResponseMessage> Json(HttpStatusCode status, string json, Action<HttpResponseMessage>? headers = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        headers?.Invoke(response);
        return response;
    };

    public static Func<HttpResponseMessage> Sample(HttpStatusCode status, string partner, string file, Action<HttpResponseMessage>? headers = null)
        => Json(status, Samples.Read(partner, file), headers);

    public static Func<HttpResponseMessage> Status(HttpStatusCode status, Action<HttpResponseMessage>? headers = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("") };
        headers?.Invoke(response);
        return response;
    };

    public static Func<HttpResponseMessage> Bytes(byte[] content) => () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(content) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var copy = new HttpRequestMessage().Headers;
        foreach (var header in request.Headers)
        {
            copy.TryAddWithoutValidation(header.Key, header.Value);
        }

        _requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, copy, body, DateTimeOffset.UtcNow));
        Func<HttpResponseMessage>? answer = null;
        lock (_routes)
        {
            foreach (var route in _routes.Where(route => route.Match(request)))
            {
                if (route.Answers.TryDequeue(out var next))
                {
                    answer = next;
                    break;
                }

                if (route.Always is not null)
                {
                    answer = route.Always;
                    break;
                }
            }
        }

        if (answer is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotImplemented) { Content = new StringContent($"no scripted answer for {request.Method} {request.RequestUri}") };
        }

        var response = answer();
        response.RequestMessage = request;
        return response;
    }
}
