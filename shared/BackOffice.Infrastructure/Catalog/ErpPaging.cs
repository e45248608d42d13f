using System.Globalization;
using System.Net.Http.Json;
using BackOffice.Application.Catalog;

namespace BackOffice.Infrastructure.Catalog;

/// <summary>
/// How the ERP's lists are read: <c>?page=N&amp;pageSize=S</c> answered with <c>{ items, nextPage }</c>. The cursor is
/// the page number, so a resumed run asks again for the page it had not finished.
/// </summary>
internal sealed class ErpPaging(int pageSize)
{
    public async Task<SourcePage<T>> ReadAsync<T>(HttpClient http, string path, string? cursor, CancellationToken cancellationToken)
    {
        var number = cursor is null ? 1 : int.Parse(cursor, NumberStyles.None, CultureInfo.InvariantCulture);
        var page = await http.GetFromJsonAsync<ErpPageBody<T>>(string.Create(CultureInfo.InvariantCulture, $"{path}?page={number}&pageSize={pageSize}"), cancellationToken)
                   ?? throw new InvalidDataException($"The ERP answered JSON null for {path} page {number}.");
        var items = page.Items ?? throw new InvalidDataException($"The ERP's {path} page {number} has no items.");
        return new SourcePage<T>(items, page.NextPage?.ToString(CultureInfo.InvariantCulture));
    }

    private sealed record ErpPageBody<T>(IReadOnlyList<T>? Items, int? NextPage);
}
