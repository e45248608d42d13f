using System.Reflection;
using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Ops;

/// <summary>
/// <c>GET /api/ops</c>: the ops page, and <c>GET /api/ops/assets/{file}</c> its script and style, embedded in the app (no
/// build step, no CDN). The page holds no data: it reads the ops API, passing on the function key it was opened with.
/// </summary>
public static class OpsPageFunction
{
    public static readonly FunctionDefinition Page =
        new("OpsPage", new HttpTrigger(["get"], "ops"), ServePage);

    public static readonly FunctionDefinition Assets =
        new("OpsPageAsset", new HttpTrigger(["get"], "ops/assets/{file}"), ServeAsset);

    private static readonly Lazy<Dictionary<string, (byte[] Content, string ContentType)>> Files = new(Load);

    private static IResult ServePage(HttpResponse response) => Serve("ops.html", response);

    private static IResult ServeAsset(string file, HttpResponse response) =>
        file is "ops.js" or "ops.css" or "expedition.js" or "catalog.js" ? Serve(file, response) : TypedResults.NotFound();

    private static IResult Serve(string file, HttpResponse response)
    {
        var (content, contentType) = Files.Value[file];
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        // Everything the page needs is served from here: no inline script, no other origin.
        response.Headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
        return TypedResults.Bytes(content, contentType);
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return new Dictionary<string, (string ContentType, string Name)>
        {
            ["ops.html"] = ("text/html; charset=utf-8", "OpsPage.ops.html"),
            ["ops.js"] = ("text/javascript; charset=utf-8", "OpsPage.ops.js"),
            ["ops.css"] = ("text/css; charset=utf-8", "OpsPage.ops.css"),
            ["expedition.js"] = ("text/javascript; charset=utf-8", "OpsPage.expedition.js"),
            ["catalog.js"] = ("text/javascript; charset=utf-8", "OpsPage.catalog.js"),
        }.ToDictionary(pair => pair.Key, pair =>
        {
            using var stream = assembly.GetManifestResourceStream(pair.Value.Name)
                ?? throw new InvalidOperationException($"The ops page resource {pair.Value.Name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (copy.ToArray(), pair.Value.ContentType);
        });
    }
}
