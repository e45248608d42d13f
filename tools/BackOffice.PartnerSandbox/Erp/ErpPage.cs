using System.Globalization;

namespace BackOffice.PartnerSandbox.Erp;

/// <summary>
/// How the ERP simulator pages a list: <c>?page=1&amp;pageSize=500</c> (1-based, at most 1000 a page) answered with
/// <c>{ items, page, pageSize, total, nextPage }</c>; <c>nextPage</c> is null on the last page.
/// </summary>
public static class ErpPage
{
    public const int MaxPageSize = 1000;

    public static IResult Of<T>(IReadOnlyList<T> all, int? page, int? pageSize, Func<T, object> view)
    {
        var number = page ?? 1;
        var size = pageSize ?? MaxPageSize;
        if (number < 1 || size < 1 || size > MaxPageSize)
        {
            return ErpProfile.Instance.Error(400, string.Create(CultureInfo.InvariantCulture, $"page must be 1 or more and pageSize within 1..{MaxPageSize}."));
        }

        var items = all.Skip((number - 1) * size).Take(size).Select(view).ToList();
        var next = (long)number * size < all.Count ? number + 1 : (int?)null;
        return Results.Json(new { items, page = number, pageSize = size, total = all.Count, nextPage = next });
    }
}
