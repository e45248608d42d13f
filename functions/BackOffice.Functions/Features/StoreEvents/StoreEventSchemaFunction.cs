using BackOffice.Functions.Hosting;

namespace BackOffice.Functions.Features.StoreEvents;

/// <summary>Publishes the JSON Schema of the events the hub sends to a store on its own format, beside the inbound order's.</summary>
public static class StoreEventSchemaFunction
{
    public static readonly FunctionDefinition Definition =
        new("StoreEventSchema", new HttpTrigger(["get"], "schemas/store-event"), Handle);

    private static IResult Handle() =>
        TypedResults.PhysicalFile(Path.Combine(AppContext.BaseDirectory, "schemas", "store-event.schema.json"), "application/schema+json");
}
