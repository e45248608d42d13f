namespace BackOffice.Infrastructure.Cosmos;

public sealed class CosmosOperationException(string message) : Exception(message);
