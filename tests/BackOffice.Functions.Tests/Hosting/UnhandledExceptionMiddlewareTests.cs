using System.Text.Json;
using BackOffice.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackOffice.Functions.Tests.Hosting;

public sealed class UnhandledExceptionMiddlewareTests
{
    [Fact]
    public async Task InvokeAsync_WhenADependencyFailsAfterTheOrderWasStored_Answers503WithoutClaimingNothingWasStored()
    {
        var stored = false;
        var middleware = new UnhandledExceptionMiddleware(
            _ =>
            {
                // The order is saved, then recording the delivery fails: the answer must not deny the save.
                stored = true;
                throw new HttpRequestException("table storage unavailable");
            },
            NullLogger<UnhandledExceptionMiddleware>.Instance);
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Path = "/api/webhooks/orders";
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.True(stored);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        var detail = JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("detail").GetString();
        Assert.Equal(UnhandledExceptionMiddleware.UnavailableDetail, detail);
        Assert.DoesNotContain("nothing was stored", detail, StringComparison.OrdinalIgnoreCase);
    }
}
