using System.Text.Json.Nodes;
using BackOffice.LocalHost.Configuration;

namespace BackOffice.LocalHost.Invocation;

public interface IQueueOutputWriter
{
    /// <summary>Enqueues the Outputs of every queue output binding of <paramref name="function"/>.</summary>
    Task WriteAsync(FunctionDefinition function, JsonObject outputs, CancellationToken cancellationToken);
}
