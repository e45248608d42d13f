using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.PartnerSandbox.Shared;

namespace BackOffice.PartnerSandbox.MelhorEnvio;

/// <summary>
/// The sandbox's price table for <c>POST me/shipment/calculate</c>, deterministic so that tests can predict the choice.
/// Distance is a zone from the postal codes: the difference of their first digits (Brazil's CEP regions), plus one when
/// the first two digits differ. Price = base + per zone + per kg; days = base + per zone. A parcel over a service's
/// weight limit gets that service with an <c>error</c> and no price, as Melhor Envio answers it. A destination CEP
/// starting with 999 is a route no service serves: every service comes back with an error (the test marker for an
/// empty quote). Service ids are Melhor Envio's (melhorenvio/shipment-sdk-php src/Enums/Service.php).
/// </summary>
public static class MelhorEnvioRates
{
    public const string UnservedPrefix = "999";

    public static readonly IReadOnlyList<MelhorEnvioService> Services =
    [
        new(1, "PAC", 1, "Correios", 15.00m, 2.50m, 4.00m, 3, 1.0m, 30m),
        new(2, "SEDEX", 1, "Correios", 25.00m, 4.00m, 7.00m, 1, 0.5m, 30m),
        new(3, ".Package", 2, "Jadlog", 18.00m, 2.00m, 3.50m, 2, 1.0m, 120m),
        new(4, ".Com", 2, "Jadlog", 22.00m, 3.00m, 5.00m, 1, 0.7m, 120m),
    ];

    public static MelhorEnvioService? Find(int id) => Services.FirstOrDefault(service => service.Id == id);

    public static JsonArray Quote(JsonNode? body)
    {
        var from = Digits(body.Text("from", "postal_code"));
        var to = Digits(body.Text("to", "postal_code"));
        var kg = WeightKg(body);
        return new JsonArray(Services.Select(service => (JsonNode)QuoteOf(service, from, to, kg)).ToArray());
    }

    /// <summary>The price of a label for the parcel in a cart body, as the quote would have said it.</summary>
    public static decimal PriceOf(MelhorEnvioService service, JsonNode? cart) =>
        service.Price(Zone(Digits(cart.Text("from", "postal_code")), Digits(cart.Text("to", "postal_code"))), WeightKg(cart));

    public static decimal WeightKg(JsonNode? body)
    {
        var volumes = body.Items("volumes").Select(volume => volume.Number("weight") ?? 0m).ToList();
        if (volumes.Count > 0)
        {
            return volumes.Sum();
        }

        var products = body.Items("products").Select(product => (product.Number("weight") ?? 0m) * (product.Number("quantity") ?? 1m)).ToList();
        return products.Count > 0 ? products.Sum() : body.Number("package", "weight") ?? 0m;
    }

    private static JsonObject QuoteOf(MelhorEnvioService service, string from, string to, decimal kg)
    {
        var answer = new JsonObject
        {
            ["id"] = service.Id,
            ["name"] = service.Name,
            ["company"] = new JsonObject { ["id"] = service.CompanyId, ["name"] = service.Company },
        };
        var error = to.StartsWith(UnservedPrefix, StringComparison.Ordinal) ? "Serviço indisponível para o trecho informado."
            : kg > service.MaxKg ? string.Create(CultureInfo.InvariantCulture, $"Peso excede o limite de {service.MaxKg} kg do serviço.")
            : null;
        if (error is not null)
        {
            answer["error"] = error;
            return answer;
        }

        var zone = Zone(from, to);
        var price = service.Price(zone, kg).ToString("0.00", CultureInfo.InvariantCulture);
        var days = service.Days(zone);
        answer["price"] = price;
        answer["custom_price"] = price;
        answer["discount"] = "0.00";
        answer["currency"] = "R$";
        answer["delivery_time"] = days;
        answer["custom_delivery_time"] = days;
        answer["delivery_range"] = new JsonObject { ["min"] = Math.Max(1, days - 1), ["max"] = days };
        return answer;
    }

    private static int Zone(string from, string to)
    {
        if (from.Length < 2 || to.Length < 2)
        {
            return 5;
        }

        return Math.Abs(from[0] - to[0]) + (from[..2] == to[..2] ? 0 : 1);
    }

    private static string Digits(string? text) => new((text ?? "").Where(char.IsAsciiDigit).ToArray());
}
