using BackOffice.Application.Health;
using Microsoft.Extensions.Options;

namespace BackOffice.Partners.MelhorEnvio;

/// <summary>
/// A setting error, reported by <c>/api/health</c> from start-up rather than by a refused label later: every shipment
/// the hub buys carries an NF-e, so it is commercial, and Melhor Envio wants the sender's state registration (inscrição
/// estadual, <c>from.state_register</c>) and CNPJ on commercial shipments.
/// </summary>
public sealed class ShippingOriginProbe(IOptions<ShippingSettings> shipping) : IDependencyProbe
{
    public string Name => "shipping-origin";

    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        var origin = shipping.Value.Origin;
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(origin.StateRegistration))
        {
            missing.Add("Shipping__Origin__StateRegistration (the sender's inscrição estadual)");
        }

        if (Http.Documents.Cnpj(Http.Documents.TaxIdOf(origin.CompanyDocument)) is null)
        {
            missing.Add("Shipping__Origin__CompanyDocument (the sender's CNPJ)");
        }

        return missing.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException($"Melhor Envio needs on commercial shipments: {string.Join("; ", missing)}. Set it and restart.");
    }
}
