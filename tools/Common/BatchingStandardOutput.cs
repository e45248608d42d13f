using System.Text;

namespace BackOffice.Tools.Output;

/// <summary>
/// Standard output written in batches: what comes in over <see cref="BatchWindow"/> goes out in one write, in the order
/// it was written. Microsoft's console logger writes, and the console flushes, once per line (the local host echoes
/// every line of the handler as well): a write system call and a wake-up of the logger's thread per line, a tenth of
/// the local host's and the sandbox's CPU under <c>./bench.sh</c> (the function app batches its own lines the same way,
/// BatchingConsoleLoggerProvider). Lines and their time stamps are as before; a person tailing the log sees no lag;
/// disposing writes what is left. Standard error is left unbuffered. A batch that reaches <see cref="MaxPendingChars"/>
/// is written by the writer that filled it, so a stalled reader blocks writers as the console's own writer would,
/// instead of piling lines up in memory.
/// </summary>
internal sealed class BatchingStandardOutput : TextWriter
{
    /// <summary>How long written text may wait before it goes out.</summary>
    public static readonly TimeSpan BatchWindow = TimeSpan.FromMilliseconds(50);

    /// <summary>How much text may wait for the window; far above what 50 ms of logging writes.</summary>
    public const int MaxPendingChars = 1 << 20;

    private readonly TextWriter _target;
    private readonly TimeSpan _window;
    private readonly Lock _gate = new();
    private readonly Lock _writing = new();
    private readonly Timer _timer;
    private StringBuilder _pending = new();
    private StringBuilder _spare = new();
    private bool _scheduled;
    private bool _disposed;

    public BatchingStandardOutput(TextWriter target, TimeSpan window)
        : base(target.FormatProvider)
    {
        _target = target;
        _window = window;
        CoreNewLine = target.NewLine.ToCharArray();
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public override Encoding Encoding => _target.Encoding;

    /// <summary>Puts a batching writer in front of the process's standard output; dispose it before the process exits.</summary>
    public static BatchingStandardOutput Install()
    {
        var output = new BatchingStandardOutput(System.Console.Out, BatchWindow);
        System.Console.SetOut(output);
        return output;
    }

    public override void Write(char value) => Add(new ReadOnlySpan<char>(in value), newLine: false);

    public override void Write(string? value) => Add(value, newLine: false);

    public override void Write(char[] buffer, int index, int count) => Add(buffer.AsSpan(index, count), newLine: false);

    public override void Write(ReadOnlySpan<char> buffer) => Add(buffer, newLine: false);

    public override void WriteLine(string? value) => Add(value, newLine: true);

    /// <summary>Writes out everything written so far, now.</summary>
    public override void Flush()
    {
        // One writer at a time, so batches reach the target in the order they were taken.
        lock (_writing)
        {
            StringBuilder batch;
            lock (_gate)
            {
                _scheduled = false;
                if (_pending.Length == 0)
                {
                    return;
                }

                batch = _pending;
                _pending = _spare;
            }

            try
            {
                _target.Write(batch.ToString());
                _target.Flush();
            }
            catch (IOException)
            {
                // Nobody reads standard output any more: what was written is lost, as with the console's own writer.
            }

            batch.Clear();
            lock (_gate)
            {
                _spare = batch;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // From here on writes go straight through; what was pending goes out first.
            lock (_writing)
            {
                lock (_gate)
                {
                    _disposed = true;
                }

                Flush();
            }

            _timer.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Add(ReadOnlySpan<char> text, bool newLine)
    {
        if (!TryBuffer(text, newLine, out var full))
        {
            // Written after disposal (a last line on the way out): straight through.
            lock (_writing)
            {
                _target.Write(text);
                if (newLine)
                {
                    _target.Write(CoreNewLine);
                }

                _target.Flush();
            }
        }
        else if (full)
        {
            Flush();
        }
    }

    private bool TryBuffer(ReadOnlySpan<char> text, bool newLine, out bool full)
    {
        lock (_gate)
        {
            full = false;
            if (_disposed)
            {
                return false;
            }

            _pending.Append(text);
            if (newLine)
            {
                _pending.Append(CoreNewLine);
            }

            full = _pending.Length >= MaxPendingChars;
            if (!_scheduled && !full)
            {
                _scheduled = true;
                _timer.Change(_window, Timeout.InfiniteTimeSpan);
            }

            return true;
        }
    }
}
