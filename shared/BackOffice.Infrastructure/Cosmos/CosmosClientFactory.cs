using Azure.Core;
using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace BackOffice.Infrastructure.Cosmos;

public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosOptions options, TokenCredential? credential = null)
    {
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "BackOffice",
            ConnectionMode = options.AcceptAnyServerCertificate ? ConnectionMode.Gateway : ConnectionMode.Direct,
            EnableContentResponseOnWrite = false,
        };

        if (options.AcceptAnyServerCertificate)
        {
            // The local emulator serves a self-signed certificate and only its own endpoint.
            clientOptions.LimitToEndpoint = true;
            clientOptions.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            });
        }

        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(options.Endpoint, credential ?? new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(options.Endpoint, options.Key, clientOptions);
    }
}
