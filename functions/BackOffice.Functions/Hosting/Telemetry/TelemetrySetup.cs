using Azure.Core;
using Azure.Monitor.OpenTelemetry.Exporter;
using BackOffice.Application.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs. To Application Insights when APPLICATIONINSIGHTS_CONNECTION_STRING is set;
/// locally logs go to the console (one line each, masked) and traces and metrics too with <c>Telemetry__Console=true</c>;
/// with neither, no span or metric is recorded. Personal data is masked before anything leaves the process.
/// </summary>
public static class TelemetrySetup
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string ServiceName = "backoffice-functions";

    /// <param name="exportTraces">Adds an exporter of spans besides the configured ones (tests pass an in-memory one).</param>
    public static void AddBackOfficeTelemetry(this WebApplicationBuilder builder, Action<TracerProviderBuilder>? exportTraces = null)
    {
        var connectionString = builder.Configuration[ConnectionStringSetting] is { Length: > 0 } value ? value : null;
        var console = builder.Configuration.GetValue<bool>("Telemetry:Console");
        var credential = TelemetryAuthentication.CredentialFrom(builder.Configuration[TelemetryAuthentication.Setting]);
        ConfigureLogging(builder.Logging, connectionString, credential: credential);
        if (connectionString is null && !console && exportTraces is null)
        {
            // Nothing would export a span or a metric: no tracer or meter provider, so no listener, and the sources and
            // instrumentations build nothing (ActivitySource.StartActivity answers null). Spans and metrics were recorded
            // and masked for every request and partner or storage call only to be dropped: about 2% of the app's CPU.
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BackOfficeTelemetry.Name)
                    // Health probes answer every few seconds and say nothing a failing dependency would not.
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/api/health"))
                    .AddHttpClientInstrumentation()
                    // Before any exporter: processors see a span in the order they were added.
                    .AddProcessor(new RedactingActivityProcessor());
                if (connectionString is not null)
                {
                    tracing.AddAzureMonitorTraceExporter(options => Export(options, connectionString, credential));
                }
                else if (console)
                {
                    tracing.AddConsoleExporter();
                }

                exportTraces?.Invoke(tracing);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BackOfficeTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (connectionString is not null)
                {
                    metrics.AddAzureMonitorMetricExporter(options => Export(options, connectionString, credential));
                }
                else if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
    }

    /// <param name="export">Adds the exporter of log records (tests pass an in-memory one).</param>
    /// <param name="credential">The Entra credential Application Insights requires when its local authentication is off.</param>
    public static void ConfigureLogging(ILoggingBuilder logging, string? connectionString, Action<OpenTelemetryLoggerOptions>? export = null, TokenCredential? credential = null)
    {
        // One masked line per entry, written in batches (BatchingConsoleLoggerProvider) instead of by the console logger
        // that the web host adds by default, which would also write every line once more, unmasked.
        foreach (var defaultConsole in logging.Services.Where(descriptor => descriptor.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
        {
            logging.Services.Remove(defaultConsole);
        }

        logging.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss.fff ";
            options.UseUtcTimestamp = true;
        });
        logging.Services.TryAddSingleton<RedactingConsoleFormatter>();
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, BatchingConsoleLoggerProvider>());
        // ASP.NET Core's per-request lines repeat what the request span says; warnings still come through.
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Polly reports every execution attempt, a first one that succeeded at Information: one line per partner call,
        // the largest share of the app's log lines at volume, saying what the dependency span says. Retries (Warning)
        // and failures still come through.
        logging.AddFilter("Polly", LogLevel.Warning);
        if (connectionString is null && export is null)
        {
            return;
        }

        logging.AddOpenTelemetry(options =>
        {
            options.IncludeScopes = true;
            options.IncludeFormattedMessage = true;
            options.AddProcessor(new RedactingLogProcessor());
            if (connectionString is not null)
            {
                options.AddAzureMonitorLogExporter(exporter => Export(exporter, connectionString, credential));
            }

            export?.Invoke(options);
        });
    }

    private static void Export(AzureMonitorExporterOptions options, string connectionString, TokenCredential? credential)
    {
        options.ConnectionString = connectionString;
        // No sampling: the exporter's default keeps a few traces per second and drops the logs of the traces it left
        // out, so a dead letter's failure line or a status change could vanish and the alerts and queries of ops
        // (docs/ops.md) would count short. The hub's volume (thousands of orders a day) is small enough to keep it all.
        options.TracesPerSecond = null;
        options.SamplingRatio = 1.0F;
        options.EnableTraceBasedLogsSampler = false;
        if (credential is not null)
        {
            options.Credential = credential;
        }
    }
}
