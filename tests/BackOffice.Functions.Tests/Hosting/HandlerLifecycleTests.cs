using System.Net;
using System.Text.Json;
using BackOffice.Functions.Hosting;
using BackOffice.Partners.Resilience;
using BackOffice.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Functions.Tests.Hosting;

/// <summary>The handler as the Functions host runs it: it starts, says what is wrong, and never outlives functionTimeout.</summary>
public sealed class HandlerLifecycleTests
{
    [Fact]
    public async Task StartAsync_WhenASettingIsMissing_ServesAHealth503NamingItInsteadOfExiting()
    {
        await using var app = await FunctionApp.StartAsync(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        using var client = new HttpClient { BaseAddress = Address(app) };

        using var health = await client.GetAsync("api/health");
        using var invocation = await client.PostAsync("OrderMessages", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Contains("setting is required", report.GetProperty("dependencies").GetProperty(MisconfiguredApp.Dependency).GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, invocation.StatusCode);
        Assert.Equal("application/problem+json", invocation.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public void For_WhenReadingTheRepositoryHostJson_EndsAMinuteBeforeFunctionTimeoutAndAfterAnyPartnerCall()
    {
        var budget = InvocationBudget.For(LocalSettings.RepoRoot());

        Assert.Equal(TimeSpan.FromMinutes(4), budget);
        Assert.True(new PartnerResilienceOptions().TotalTimeout * 3 < budget, "three partner calls in one step fit in the budget");
    }

    [Fact]
    public async Task InvokeAsync_WhenTheWorkOutlivesTheBudget_FailsItWithATimeoutAndRestoresTheCallersToken()
    {
        var context = new DefaultHttpContext();
        var callers = context.RequestAborted;
        var budget = new InvocationBudget(async ctx => await Task.Delay(Timeout.Infinite, ctx.RequestAborted), TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAsync<TimeoutException>(() => budget.InvokeAsync(context));

        Assert.Equal(callers, context.RequestAborted);
    }

    [Theory]
    [InlineData("""{"functionTimeout":"00:10:00"}""", 10)]
    [InlineData("""{"functionTimeout":"-1"}""", 5)]
    [InlineData("""{"version":"2.0"}""", 5)]
    public void FunctionTimeoutOf_WhenHostJsonSaysSoOrNothing_UsesItOrTheHostsDefault(string hostJson, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), InvocationBudget.FunctionTimeoutOf(hostJson));

    private static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
}
