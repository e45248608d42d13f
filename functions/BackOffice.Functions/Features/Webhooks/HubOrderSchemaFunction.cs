using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.Webhooks;

/// <summary>Publishes the JSON Schema of the hub's own order format for storefront developers.</summary>
public static class HubOrderSchemaFunction
{
    public static readonly FunctionDefinition Definition =
        new("HubOrderSchema", new HttpTrigger(["get"], "schemas/hub-order"), Handle);

    private static IResult Handle() =>
        TypedResults.PhysicalFile(Path.Combine(AppContext.BaseDirectory, "schemas", "hub-order.schema.json"), "application/schema+json");
}
