using System.Text.Json;
using BackOffice.Functions.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    [Fact]
    public async Task InvokeAsync_WhenTheClientSentABodyTooLarge_Answers413AndLogsAWarningWithoutTheStack()
    {
        var logger = new LevelLogger();
        var middleware = new UnhandledExceptionMiddleware(
            _ => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge), logger);
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        context.Request.Path = "/api/ops/orders/hub-1/cancel";
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, context.Response.StatusCode);
        Assert.Equal((LogLevel.Warning, false), Assert.Single(logger.Entries));
    }

    /// <summary>Keeps each entry's level and whether it carried an exception (its stack).</summary>
    private sealed class LevelLogger : ILogger<UnhandledExceptionMiddleware>
    {
        public List<(LogLevel Level, bool WithException)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, exception is not null));
    }
}
