using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.IntegrationTests.Support;
using UglyToad.PdfPig;

namespace BackOffice.IntegrationTests.Expedition;

/// <summary>CONTRACT.md's <c>POST /api/ops/expedition/batches</c> over HTTP, with 50 orders that went through the pipeline.</summary>
[Collection(ExpeditionCollection.Name)]
public sealed class ExpeditionBatchTests(ShippableOrders orders) : IClassFixture<ShippableOrders>
{
    private readonly HttpClient _http = Stack.Http();

    [Fact]
    public async Task CreateBatch_WithFiftyOrders_PrintsEachDanfeAndLabelAndAPickListThatAddsUp_AndMakesNothingNewWhenRepeated()
    {
        var ids = orders.QuantitiesA.Keys.ToList();

        using var created = await _http.PostAsJsonAsync("/api/ops/expedition/batches", new { orderIds = ids });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var batch = await created.Content.ReadFromJsonAsync<JsonElement>();
        var batchId = batch.GetProperty("batchId").GetString()!;
        Assert.Equal(ids.Order(StringComparer.Ordinal), batch.GetProperty("orders").EnumerateArray().Select(order => order.GetProperty("orderId").GetString()));

        var pickList = batch.GetProperty("pickList").EnumerateArray().ToDictionary(line => line.GetProperty("sku").GetString()!);
        Assert.Equal(orders.QuantitiesA.Values.Sum(), pickList[ShippableOrders.SkuA].GetProperty("quantity").GetInt32());
        Assert.Equal(ShippableOrders.Count, pickList[ShippableOrders.SkuB].GetProperty("quantity").GetInt32());
        Assert.All(pickList[ShippableOrders.SkuA].GetProperty("orders").EnumerateArray(), share =>
            Assert.Equal(orders.QuantitiesA[share.GetProperty("orderId").GetString()!], share.GetProperty("quantity").GetInt32()));

        var pdf = await _http.GetByteArrayAsync(batch.GetProperty("pdfUrl").GetString());
        var pages = PageTexts(pdf);
        Assert.Equal(ShippableOrders.Count, pages.Count(text => text.Contains(" DANFE NF-e ", StringComparison.Ordinal) && text.Contains("DANFE - Documento Auxiliar", StringComparison.Ordinal)));
        Assert.Equal(ShippableOrders.Count, pages.Count(text => text.Contains(" LABEL ", StringComparison.Ordinal) && text.Contains("Melhor Envio", StringComparison.Ordinal)));
        var pickListText = string.Join(' ', pages.Where(text => text.Contains("PICK LIST", StringComparison.Ordinal)));
        Assert.Matches($@"{ShippableOrders.SkuA} Caneca esmaltada {orders.QuantitiesA.Values.Sum()}\b", pickListText);
        Assert.Matches($@"{ShippableOrders.SkuB} Pano de prato {ShippableOrders.Count}\b", pickListText);
        Assert.Contains(pages, text => text.Contains("ROMANEIO", StringComparison.Ordinal) && text.Contains($"{ShippableOrders.Count} parcels", StringComparison.Ordinal));

        // The same request again (in another order): the same batch, nothing made.
        var before = await TodaysBatchesAsync();
        using var repeated = await _http.PostAsJsonAsync("/api/ops/expedition/batches", new { orderIds = Enumerable.Reverse(ids).ToList() });
        var again = await repeated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(batchId, again.GetProperty("batchId").GetString());
        Assert.Equal(batch.GetProperty("createdAt").GetDateTimeOffset(), again.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(before, await TodaysBatchesAsync());
        Assert.Equal(pdf, await _http.GetByteArrayAsync(again.GetProperty("pdfUrl").GetString()));

        var read = await _http.GetFromJsonAsync<JsonElement>($"/api/ops/expedition/batches/{batchId}");
        Assert.Equal(ShippableOrders.Count, read.GetProperty("orders").GetArrayLength());
    }

    [Fact]
    public async Task HandOver_RecordsTheBatchOnEachOrdersTimelineOnce()
    {
        var ids = orders.QuantitiesA.Keys.Take(3).ToList();
        using var created = await _http.PostAsJsonAsync("/api/ops/expedition/batches", new { orderIds = ids });
        var batchId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetString();

        using var first = await _http.PostAsync($"/api/ops/expedition/batches/{batchId}/handover", null);
        using var second = await _http.PostAsync($"/api/ops/expedition/batches/{batchId}/handover", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(3, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recorded").GetArrayLength());
        Assert.Equal(3, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyRecorded").GetArrayLength());
        foreach (var orderId in ids)
        {
            var order = await _http.GetFromJsonAsync<JsonElement>($"/api/ops/orders/{orderId}");
            Assert.Single(order.GetProperty("timeline").EnumerateArray(), entry => entry.ToString().Contains("HandedToCarrier", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("""{"orderIds": []}""", 422)]
    [InlineData("""{"orderIds": ["hub-no-such-order-for-a-batch"]}""", 422)]
    [InlineData("""{"orderIds": ["Not An Order Id"]}""", 422)]
    [InlineData("""{"orderIds": "hub-1"}""", 400)]
    [InlineData("""{"orderIds": [""", 400)]
    public async Task CreateBatch_WhenTheRequestIsBad_Answers4xxProblemJsonAndStoresNothing(string body, int status)
    {
        var before = await TodaysBatchesAsync();

        using var response = await _http.PostAsync("/api/ops/expedition/batches", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await TodaysBatchesAsync());
    }

    [Fact]
    public async Task GetBatch_WhenUnknown_Answers404ProblemJson()
    {
        using var response = await _http.GetAsync("/api/ops/expedition/batches/batch-00000000000000000000/pdf");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> TodaysBatchesAsync() =>
        string.Join(',', (await _http.GetFromJsonAsync<JsonElement>("/api/ops/expedition/batches")).EnumerateArray()
            .Select(batch => batch.GetProperty("batchId").GetString()).Order(StringComparer.Ordinal));

    private static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text)))];
    }
}
