using BackOffice.Infrastructure;

namespace BackOffice.Functions.Hosting;

public static class FunctionEndpoints
{
    /// <summary>The host's default HTTP route prefix (host.json extensions.http.routePrefix).</summary>
    public const string RoutePrefix = "api";

    /// <summary>
    /// HTTP functions are served at the path the host forwards unchanged (<c>/api/{route}</c>); every other function at
    /// <c>POST /{FunctionName}</c>, where the host sends its invocation requests.
    /// </summary>
    public static void MapFunctions(this IEndpointRouteBuilder endpoints, IEnumerable<FunctionDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            var builder = definition.Trigger is HttpTrigger http
                ? endpoints.MapMethods($"/{RoutePrefix}/{http.Route}", [.. http.Methods.Select(method => method.ToUpperInvariant())], definition.Handler)
                : endpoints.MapPost($"/{definition.Name}", definition.Handler);
            builder.WithName(definition.Name).AddEndpointFilter(async (context, next) =>
            {
                using var scope = StorageOperationCounter.BeginFunction(definition.Name);
                return await next(context);
            });
        }
    }
}
