namespace BackOffice.Infrastructure.Cosmos;

public sealed class CosmosOptions
{
    public const string Section = "Cosmos";

    public string Endpoint { get; set; } = "";

    /// <summary>Account key; empty in Azure, where the managed identity is used.</summary>
    public string? Key { get; set; }

    public string Database { get; set; } = "backoffice";

    public string OrdersContainer { get; set; } = "orders";

    /// <summary>Only for the local emulator's self-signed certificate.</summary>
    public bool AcceptAnyServerCertificate { get; set; }
}
