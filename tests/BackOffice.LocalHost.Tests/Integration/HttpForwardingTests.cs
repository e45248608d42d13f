using System.Net;
using System.Text;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Integration;

public sealed class HttpForwardingTests : IAsyncLifetime
{
    private FakeHandler _handler = null!;
    private TestScriptRoot _root = null!;

    public async Task InitializeAsync()
    {
        _handler = await FakeHandler.StartAsync();
        _root = new TestScriptRoot(HostJson.Fast())
            .WithFunction("OrdersWebhook", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","methods":["post"],"route":"webhooks/orders"},{"type":"http","direction":"out","name":"res"}]}""")
            .WithFunction("GetOrder", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","methods":["get"],"route":"ops/orders/{orderId}"},{"type":"http","direction":"out","name":"res"}]}""");
    }

    public async Task DisposeAsync()
    {
        await _handler.DisposeAsync();
        _root.Dispose();
    }

    [Fact]
    public async Task Matching_request_is_forwarded_unchanged_and_the_answer_returned_unchanged()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/orders?shop=a&x=1")
        {
            Content = new StringContent("""{"id":42}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Shopify-Hmac-Sha256", "signature==");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("fake", response.Headers.GetValues("X-Handler").Single());
        Assert.Equal("handled /api/webhooks/orders", await response.Content.ReadAsStringAsync());
        var forwarded = Assert.Single(_handler.ForwardedRequests);
        Assert.Equal("POST", forwarded.Method);
        Assert.Equal("/api/webhooks/orders", forwarded.Path);
        Assert.Equal("?shop=a&x=1", forwarded.Query);
        Assert.Equal("signature==", forwarded.Headers["X-Shopify-Hmac-Sha256"]);
        Assert.Equal("application/json; charset=utf-8", forwarded.Headers["Content-Type"]);
        Assert.Equal("""{"id":42}""", forwarded.Body);
    }

    [Fact]
    public async Task Proxying_passes_a_chunked_body_the_key_in_the_query_and_the_hosts_headers()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/webhooks/orders?code=key-1")
        {
            Content = new ChunkedJson("""{"id":42}"""),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var forwarded = Assert.Single(_handler.ForwardedRequests);
        Assert.Equal(("/api/webhooks/orders", "?code=key-1", """{"id":42}"""), (forwarded.Path, forwarded.Query, forwarded.Body));
        Assert.Equal("application/json", forwarded.Headers["Content-Type"]);
        Assert.True(Guid.TryParse(forwarded.Headers["X-Azure-Functions-InvocationId"], out _));
        Assert.Equal(BackOffice.LocalHost.Http.HttpRequestForwarder.HostVersion, forwarded.Headers["X-Azure-Functions-HostVersion"]);
    }

    [Fact]
    public async Task Proxying_keeps_the_content_type_of_an_empty_body_as_yarp_does()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.PostAsync("api/webhooks/orders", new StringContent(string.Empty, Encoding.UTF8, "application/json"));

        var forwarded = Assert.Single(_handler.ForwardedRequests);
        Assert.Equal((string.Empty, "application/json; charset=utf-8"), (forwarded.Body, forwarded.Headers["Content-Type"]));
    }

    [Fact]
    public async Task Forwarding_drops_a_chunked_body_and_its_content_type_as_the_host_does()
    {
        using var root = new TestScriptRoot(HostJson.Fast(httpMode: "enableForwardingHttpRequest"))
            .WithFunction("OrdersWebhook", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","methods":["post"],"route":"webhooks/orders"},{"type":"http","direction":"out","name":"res"}]}""");
        await using var host = await TestHost.StartAsync(root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.PostAsync("api/webhooks/orders?code=key-1&a=b", new ChunkedJson("""{"id":42}"""));

        var forwarded = Assert.Single(_handler.ForwardedRequests);
        Assert.Equal(("?code=key-1&a=b", string.Empty), (forwarded.Query, forwarded.Body));
        Assert.False(forwarded.Headers.ContainsKey("Content-Type"));
        Assert.Contains("Azure-Functions-Host/", forwarded.Headers["User-Agent"]);
    }

    [Fact]
    public async Task Route_parameters_match()
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.GetAsync("api/ops/orders/o-17");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/ops/orders/o-17", Assert.Single(_handler.ForwardedRequests).Path);
    }

    [Theory]
    [InlineData("api/ops/orders/%2500%250d%250a", "/api/ops/orders/%00%0d%0a")]
    [InlineData("api/ops/orders/a%25b%2520c", "/api/ops/orders/a%b%20c")]
    [InlineData("api/ops/orders/%3F%23%26%3D%5C", "/api/ops/orders/?#&=\\")]
    [InlineData("api/ops/orders/Z%C3%A9%20%F0%9F%98%80", "/api/ops/orders/Zé 😀")]
    public async Task Proxying_decodes_the_path_once_as_the_hosts_yarp_does(string sent, string handlerPath)
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.GetAsync(sent);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(handlerPath, Assert.Single(_handler.ForwardedRequests).Path);
    }

    [Theory]
    [InlineData("GET", "api/webhooks/orders")]
    [InlineData("POST", "api/nothing/here")]
    [InlineData("POST", "webhooks/orders")]
    public async Task Unmatched_request_is_404_and_not_forwarded(string method, string path)
    {
        await using var host = await TestHost.StartAsync(_root.Load(), _handler.Launcher);
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(_handler.ForwardedRequests);
    }

    /// <summary>A JSON body sent with Transfer-Encoding: chunked (no Content-Length), as some webhook senders do.</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJson(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
