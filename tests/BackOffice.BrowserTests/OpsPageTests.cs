using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackOffice.BrowserTests;

/// <summary>The ops page in a real browser against the running local stack; each test leaves a screenshot under .run/screenshots.</summary>
public sealed class OpsPageTests(OpsBrowser browser) : IClassFixture<OpsBrowser>
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task Search_WhenTheCustomersEmailIsTyped_ListsTheirOrderWithItsStatus()
    {
        var email = $"sac-{Guid.NewGuid():N}@example.com";
        var orderId = await PostOrderAsync(email, "AwaitingPayment", "PaymentApproved", "Invoiced", "ReadyToShip", "Shipped", "Delivered");
        var page = await browser.OpenAsync();

        await page.GetByTestId("search-input").FillAsync(email.ToUpperInvariant());
        await page.GetByTestId("search-input").PressAsync("Enter");

        var row = page.GetByTestId("customer-table").Locator("tr", new LocatorLocatorOptions { HasText = orderId });
        await Expect(row).ToBeVisibleAsync();
        await Expect(page.GetByTestId("customer-history")).Not.ToContainTextAsync(email);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = OpsBrowser.ScreenshotPath(nameof(Search_WhenTheCustomersEmailIsTyped_ListsTheirOrderWithItsStatus)), FullPage = true });
    }

    [Fact]
    public async Task OpenOrder_WhenTheUrlNamesIt_ShowsTimelineRawPayloadAndMaskedCustomer()
    {
        var orderId = await PostOrderAsync($"maria-{Guid.NewGuid():N}+review@example.com", "RiskReview");

        var page = await browser.OpenAsync("#" + orderId);

        await Expect(page.GetByTestId("order-id")).ToHaveTextAsync(orderId);
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("OrderReceived");
        await Expect(page.GetByTestId("payloads")).ToContainTextAsync("hub");
        await Expect(page.GetByTestId("customer")).ToContainTextAsync("m***@example.com");
        await Expect(page.GetByTestId("customer")).Not.ToContainTextAsync("52998224725");
        await page.GetByTestId("reveal").ClickAsync();
        await Expect(page.GetByTestId("personal-data")).ToContainTextAsync("52998224725");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = OpsBrowser.ScreenshotPath(nameof(OpenOrder_WhenTheUrlNamesIt_ShowsTimelineRawPayloadAndMaskedCustomer)), FullPage = true });
    }

    [Fact]
    public async Task ApproveReview_WhenConfirmed_MovesTheOrderOnWithThePersonOnItsTimeline()
    {
        var orderId = await PostOrderAsync($"maria-{Guid.NewGuid():N}+review@example.com", "RiskReview");
        var page = await browser.OpenAsync("#" + orderId);
        await page.GetByTestId("person").FillAsync("ana.ops");
        await page.GetByTestId("person").DispatchEventAsync("change");

        await page.GetByTestId("approve").ClickAsync();
        await Expect(page.GetByTestId("confirm-text")).ToContainTextAsync(orderId);
        await page.GetByTestId("confirm-yes").ClickAsync();

        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("person:ana.ops");
        await Expect(page.GetByTestId("order").GetByTestId("status")).Not.ToHaveTextAsync("RiskReview");
        var order = await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");
        Assert.Contains(order.GetProperty("timeline").EnumerateArray(), entry =>
            entry.GetProperty("event").GetString() == "RiskApproved" && entry.GetProperty("cause").GetString() == "person:ana.ops");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = OpsBrowser.ScreenshotPath(nameof(ApproveReview_WhenConfirmed_MovesTheOrderOnWithThePersonOnItsTimeline)), FullPage = true });
    }

    [Fact]
    public async Task ReplayDeadLetter_WhenConfirmed_RemovesItAndNotesTheReplayOnTheOrder()
    {
        var orderId = await PostOrderAsync($"maria-{Guid.NewGuid():N}+review@example.com", "RiskReview");
        var poison = Stack.Queue("order-messages-poison");
        await poison.CreateIfNotExistsAsync();
        await poison.SendMessageAsync($$"""{"messageId":"{{orderId}}:0:OrderReceived","type":"OrderReceived","orderId":"{{orderId}}","occurredAt":"2026-11-23T12:00:00+00:00"}""");
        var page = await browser.OpenAsync();
        var row = page.GetByTestId("dead-letter-table").Locator("tr", new LocatorLocatorOptions { HasText = orderId });
        await Expect(row).ToBeVisibleAsync();

        await row.GetByTestId("replay").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();

        await Expect(page.GetByTestId("message")).ToContainTextAsync("Done");
        await Expect(row).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = OpsBrowser.ScreenshotPath(nameof(ReplayDeadLetter_WhenConfirmed_RemovesItAndNotesTheReplayOnTheOrder)), FullPage = true });
        var order = await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");
        Assert.Equal("DeadLetterReplayed", order.GetProperty("timeline").EnumerateArray().Last().GetProperty("event").GetString());
        Assert.Equal("RiskReview", order.GetProperty("status").GetString());
    }

    /// <returns>The order id, once the order has reached one of <paramref name="statuses"/>.</returns>
    private async Task<string> PostOrderAsync(string email, params string[] statuses)
    {
        var externalId = HubOrders.NewExternalId("ui");
        using var posted = await _http.SendAsync(HubOrders.Request(HubOrders.Json(externalId, email), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var orderId = $"hub-{externalId}";
        await Eventually.MatchesAsync(
            async () =>
            {
                using var response = await _http.GetAsync($"/api/ops/orders/{orderId}");
                return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
            },
            status => statuses.Contains(status),
            TimeSpan.FromSeconds(15),
            $"order {orderId} in {string.Join(" or ", statuses)}");
        return orderId;
    }
}
