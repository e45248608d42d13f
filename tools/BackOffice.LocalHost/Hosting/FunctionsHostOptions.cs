using BackOffice.LocalHost.Queues;

namespace BackOffice.LocalHost.Hosting;

public sealed record FunctionsHostOptions
{
    /// <summary>Port on 127.0.0.1; 0 picks a free one (see <see cref="FunctionsHost.Address"/>).</summary>
    public int ListenPort { get; init; } = 7071;

    public IQueueClientProvider QueueClients { get; init; } = new QueueClientProvider();

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public Action<ILoggingBuilder> ConfigureLogging { get; init; } = DefaultLogging;

    private static void DefaultLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        logging.AddFilter("Microsoft", LogLevel.Warning);
    }
}
