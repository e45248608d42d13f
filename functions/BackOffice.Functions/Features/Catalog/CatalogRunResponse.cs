using System.Globalization;
using BackOffice.Application.Catalog;
using BackOffice.Functions.Hosting.CustomHandler;

namespace BackOffice.Functions.Features.Catalog;

/// <summary>The host's log line for a catalog run: what it read, changed, pushed, failed and refused.</summary>
public static class CatalogRunResponse
{
    public static InvocationResponse From(CatalogRun run) => InvocationResponse.Completed(string.Create(
        CultureInfo.InvariantCulture,
        $"{run.Kind} sync {run.RunId} {run.Outcome}: {run.SkusRead} SKUs read, {run.Changed} changed, {run.Pushed} pushed, {run.Failed} failed, {run.Refused} refused in {run.DurationMs} ms"));
}
