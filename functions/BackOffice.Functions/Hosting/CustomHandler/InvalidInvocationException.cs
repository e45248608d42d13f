namespace BackOffice.Functions.Hosting.CustomHandler;

public sealed class InvalidInvocationException(string message) : Exception(message);
