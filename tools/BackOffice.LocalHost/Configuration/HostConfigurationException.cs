namespace BackOffice.LocalHost.Configuration;

/// <summary>The script root, host.json, a function.json or local.settings.json cannot be used as given.</summary>
public sealed class HostConfigurationException : Exception
{
    public HostConfigurationException(string message)
        : base(message)
    {
    }

    public HostConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
