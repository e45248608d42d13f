using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace BackOffice.Functions.Hosting.Telemetry;

/// <summary>
/// The console's log lines, formatted on the logging thread by <see cref="RedactingConsoleFormatter"/> exactly as the
/// console logger would, and written to standard output by one background writer that takes whatever has come in over
/// <see cref="BatchWindow"/> in one write. Microsoft's console logger woke its writer thread and made one write to the
/// pipe for every line: about a tenth of the app's CPU at volume for some 25 lines per order (h10-cpu's note). Lines
/// keep their order and their time stamps (taken when logged); stopping the app writes what is left.
/// </summary>
[ProviderAlias("Console")]
public sealed class BatchingConsoleLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    /// <summary>How long the writer lets lines gather before a write: short enough that a person tailing the log sees no lag.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(50);

    /// <summary>Lines waiting at most; past it, logging waits for the writer (as the console logger's own queue does).</summary>
    private const int MaxQueuedLines = 10_000;

    private readonly ConsoleFormatter _formatter;
    private readonly TextWriter _output;
    private readonly Channel<string> _lines = Channel.CreateBounded<string>(new BoundedChannelOptions(MaxQueuedLines)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Task _writer;
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    // Standard output as it is now, as the console logger takes it, so that a test that redirects the console sees the lines.
    public BatchingConsoleLoggerProvider(RedactingConsoleFormatter formatter)
        : this(formatter, Console.Out)
    {
    }

    public BatchingConsoleLoggerProvider(RedactingConsoleFormatter formatter, TextWriter output)
    {
        _formatter = formatter;
        _output = output;
        _writer = Task.Run(WriteAsync);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
        _lines.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(5));
    }

    private void Enqueue(string line)
    {
        while (!_lines.Writer.TryWrite(line))
        {
            if (!_lines.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                return;
            }
        }
    }

    private async Task WriteAsync()
    {
        var batch = new StringBuilder();
        while (await _lines.Reader.WaitToReadAsync())
        {
            await Task.Delay(BatchWindow);
            while (_lines.Reader.TryRead(out var line))
            {
                batch.Append(line);
            }

            try
            {
                _output.Write(batch.ToString());
                _output.Flush();
            }
            catch (IOException)
            {
                // Nobody reads standard output any more (the host went away): stop taking lines rather than fill up.
                _lines.Writer.TryComplete();
                return;
            }

            batch.Clear();
        }
    }

    private sealed class Logger(string category, BatchingConsoleLoggerProvider provider) : ILogger
    {
        [ThreadStatic]
        private static StringWriter? t_line;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = t_line ??= new StringWriter();
            provider._formatter.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter), provider._scopes, line);
            var text = line.GetStringBuilder();
            if (text.Length == 0)
            {
                return;
            }

            provider.Enqueue(text.ToString());
            text.Clear();
        }
    }
}
