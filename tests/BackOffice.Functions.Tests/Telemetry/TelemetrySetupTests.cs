using System.Diagnostics;
using BackOffice.Application.Telemetry;
using BackOffice.Functions.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackOffice.Functions.Tests.Telemetry;

/// <summary>
/// Spans are recorded only where something exports them, and then masked before any exporter sees them.
/// </summary>
/// <remarks>
/// In <see cref="EmittedShapeTests"/>' collection, which runs alone: a tracer provider listens process-wide, so spans of
/// other tests running at the same time would reach this one's exporter.
/// </remarks>
[Collection(nameof(EmittedShapeTests))]
public sealed class TelemetrySetupTests
{
    private const string Email = "maria.silva@example.com";
    private const string Cpf = "529.982.247-25";

    [Theory]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public async Task AddBackOfficeTelemetry_WhenOnlyTheConsoleCouldExport_BuildsProvidersOnlyIfItDoes(string console, bool built)
    {
        var builder = Builder();
        builder.Configuration["Telemetry:Console"] = console;

        builder.AddBackOfficeTelemetry();

        await using var app = builder.Build();
        Assert.Equal(built, app.Services.GetService<TracerProvider>() is not null);
        Assert.Equal(built, app.Services.GetService<MeterProvider>() is not null);
    }

    [Fact]
    public async Task SpanEnd_WhenAnExporterIsConfigured_ExportsTagsAndStatusMasked()
    {
        var exported = new List<Activity>();
        var builder = Builder();
        builder.AddBackOfficeTelemetry(exportTraces: tracing => tracing.AddInMemoryExporter(exported));
        await using var app = builder.Build();
        var tracer = app.Services.GetRequiredService<TracerProvider>();
        var name = $"masking {Guid.NewGuid():N}";

        using (var span = BackOfficeTelemetry.Source.StartActivity(name))
        {
            Assert.NotNull(span);
            span.SetTag("customer.email", Email);
            span.SetTag("partner.answer", $"destinatario {Email} CPF {Cpf}");
            span.SetTag("server.address", "api.pagar.me");
            span.SetStatus(ActivityStatusCode.Error, $"refused for {Email}");
        }

        tracer.ForceFlush();
        var recorded = Assert.Single(exported, activity => activity.DisplayName == name);
        Assert.Equal(PersonalDataRedactor.Mask, recorded.GetTagItem("customer.email"));
        Assert.Equal("destinatario m***@example.com CPF ***cpf", recorded.GetTagItem("partner.answer"));
        Assert.Equal("api.pagar.me", recorded.GetTagItem("server.address"));
        Assert.Equal("refused for m***@example.com", recorded.StatusDescription);
    }

    /// <summary>A builder that exports nothing, whatever the environment running the tests says.</summary>
    private static WebApplicationBuilder Builder()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[TelemetrySetup.ConnectionStringSetting] = "";
        builder.Configuration["Telemetry:Console"] = "false";
        return builder;
    }
}
