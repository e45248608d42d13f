using System.Text;
using BackOffice.Functions.Features.Webhooks;
using Microsoft.AspNetCore.Http;

namespace BackOffice.Functions.Tests.Webhooks;

public sealed class WebhookBodyTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.shop+json")]
    public async Task ReadAsync_WhenJsonWithinTheLimit_ReturnsTheExactBytes(string contentType)
    {
        var request = Request("{\"a\":1}", contentType);

        var (body, problem) = await WebhookBody.ReadAsync(request, CancellationToken.None);

        Assert.Null(problem);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(body.Span));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task ReadAsync_WhenNotJson_Answers415(string? contentType)
    {
        var (_, problem) = await WebhookBody.ReadAsync(Request("{}", contentType), CancellationToken.None);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, problem!.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_WhenContentLengthIsOverOneMebibyte_Answers413WithoutReading()
    {
        var request = Request("{}", "application/json");
        request.ContentLength = WebhookBody.MaxBytes + 1;

        var (_, problem) = await WebhookBody.ReadAsync(request, CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem!.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_WhenAChunkedBodyGrowsPastTheLimit_Answers413()
    {
        var request = Request(new string(' ', WebhookBody.MaxBytes + 1), "application/json");
        request.ContentLength = null;

        var (_, problem) = await WebhookBody.ReadAsync(request, CancellationToken.None);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem!.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData(null)]
    public async Task ReadAsync_WhenTheBodyArrivesEmpty_Answers411AskingForAContentLength(string? contentType)
    {
        // What the host's request forwarding makes of a chunked webhook: no body, no Content-Type.
        var request = Request(string.Empty, contentType);
        request.ContentLength = null;

        var (_, problem) = await WebhookBody.ReadAsync(request, CancellationToken.None);

        Assert.Equal(StatusCodes.Status411LengthRequired, problem!.StatusCode);
        Assert.Contains("Content-Length", problem.ProblemDetails.Detail);
    }

    [Fact]
    public async Task ReadAsync_WhenAnEmptyBodyIsVerifiedForTheStorefront_PassesItOnToBeParked()
    {
        // Shopify signed an empty body: its delivery is verified, so it must be answered 2xx (and parked), not 411.
        var (body, problem) = await WebhookBody.ReadAsync(Request(string.Empty, "application/json"), CancellationToken.None, () => true);

        Assert.Null(problem);
        Assert.True(body.IsEmpty);
    }

    [Fact]
    public async Task ReadAsync_WhenAnEmptyBodyIsNotVerified_Answers411()
    {
        var (_, problem) = await WebhookBody.ReadAsync(Request(string.Empty, "application/json"), CancellationToken.None, () => false);

        Assert.Equal(StatusCodes.Status411LengthRequired, problem!.StatusCode);
    }

    private static HttpRequest Request(string body, string? contentType)
    {
        var context = new DefaultHttpContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        context.Request.ContentType = contentType;
        return context.Request;
    }
}
