using BackOffice.Functions.Hosting.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BackOffice.Functions.Tests.Telemetry;

public sealed class BatchingConsoleLoggerProviderTests
{
    [Fact]
    public async Task Dispose_WhenLinesAreLoggedFromManyThreads_WritesEveryLineOnceInTheOrderOfEachThread()
    {
        var output = new StringWriter();
        using (var provider = new BatchingConsoleLoggerProvider(Formatter(), output))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
            {
                var logger = provider.CreateLogger("BackOffice.Test");
                for (var line = 0; line < 500; line++)
                {
                    logger.LogInformation("thread {Thread} line {Line}", thread, line);
                }
            })));
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8 * 500, lines.Length);
        for (var thread = 0; thread < 8; thread++)
        {
            var marker = $"thread {thread} line ";
            var numbers = lines.Where(line => line.Contains(marker, StringComparison.Ordinal))
                .Select(line => int.Parse(line[(line.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(0, 500), numbers);
        }
    }

    [Fact]
    public void Log_WhenTheLineCarriesPersonalDataAndAnOrderScope_WritesItMaskedWithTheOrder()
    {
        var output = new StringWriter();
        using (var provider = new BatchingConsoleLoggerProvider(Formatter(), output))
        {
            var scopes = new LoggerExternalScopeProvider();
            provider.SetScopeProvider(scopes);
            var logger = provider.CreateLogger("BackOffice.Test");
            using (OrderScope.Begin(logger, "hub-77"))
            {
                logger.LogWarning("refused for {Email}", "maria.silva@example.com");
            }
        }

        var line = Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("warn: BackOffice.Test[0] refused for m***@example.com [order hub-77]", line, StringComparison.Ordinal);
    }

    private static RedactingConsoleFormatter Formatter() =>
        new(new OptionsMonitor(new SimpleConsoleFormatterOptions { SingleLine = true, TimestampFormat = "HH:mm:ss.fff ", UseUtcTimestamp = true }));

    private sealed class OptionsMonitor(SimpleConsoleFormatterOptions value) : IOptionsMonitor<SimpleConsoleFormatterOptions>
    {
        public SimpleConsoleFormatterOptions CurrentValue => value;

        public SimpleConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SimpleConsoleFormatterOptions, string?> listener) => null;
    }
}
