using System.Text.Json.Nodes;
using BackOffice.LocalHost.Configuration;
using BackOffice.LocalHost.Invocation;

namespace BackOffice.LocalHost.Queues;

public sealed class QueueOutputWriter : IQueueOutputWriter
{
    private readonly IQueueClientProvider _queues;
    private readonly QueueMessageCodec _codec;

    public QueueOutputWriter(IQueueClientProvider queues, QueueMessageCodec codec)
    {
        _queues = queues;
        _codec = codec;
    }

    public async Task WriteAsync(FunctionDefinition function, JsonObject outputs, CancellationToken cancellationToken)
    {
        foreach (var binding in function.QueueOutputs)
        {
            var messages = QueueOutputValues.From(outputs[binding.Name]);
            if (messages.Count == 0)
            {
                continue;
            }

            var queue = await _queues.GetQueueAsync(binding.ConnectionString, binding.QueueName, cancellationToken);
            foreach (var message in messages)
            {
                await queue.SendMessageAsync(_codec.Encode(message), cancellationToken);
            }
        }
    }
}
