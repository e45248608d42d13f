namespace BackOffice.PartnerSandbox.Configuration;

/// <summary>A setting or argument the sandbox cannot start with; Program turns it into exit code 2.</summary>
public sealed class SettingsException(string message, Exception? inner = null) : Exception(message, inner);
