namespace BackOffice.LocalHost.Handler;

/// <summary>The custom handler could not be started or did not start listening in time.</summary>
public sealed class HandlerStartupException : Exception
{
    public HandlerStartupException(string message)
        : base(message)
    {
    }

    public HandlerStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
