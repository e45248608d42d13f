using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Hosting;

/// <summary>Drives one non-HTTP function: its trigger source, and invocations through the admin API.</summary>
public interface ITriggerListener
{
    FunctionDefinition Function { get; }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled.</summary>
    Task RunAsync(CancellationToken cancellationToken);

    /// <summary>Invokes the function once, as POST /admin/functions/{name} does.</summary>
    Task InvokeFromAdminAsync(string? input, CancellationToken cancellationToken);
}
