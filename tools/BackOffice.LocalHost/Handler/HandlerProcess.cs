using System.ComponentModel;
using System.Diagnostics;

namespace BackOffice.LocalHost.Handler;

/// <summary>The custom handler as a child process whose output is echoed with a prefix.</summary>
public sealed class HandlerProcess : IHandlerRuntime
{
    private readonly Process _process;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HandlerProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public Task<int> Exited => _exited.Task;

    public int ProcessId => _process.Id;

    /// <exception cref="HandlerStartupException">The executable could not be started.</exception>
    public static HandlerProcess Start(HandlerLaunchSpec spec, TextWriter console)
    {
        var startInfo = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        foreach (var argument in spec.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var handler = new HandlerProcess(process, spec.Port);
        process.OutputDataReceived += (_, e) => Echo(console, "[handler] ", e.Data);
        process.ErrorDataReceived += (_, e) => Echo(console, "[handler:err] ", e.Data);
        process.Exited += (_, _) => handler._exited.TrySetResult(process.ExitCode);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new HandlerStartupException(
                $"Could not start custom handler '{spec.FileName}' (working directory '{spec.WorkingDirectory}'): {ex.Message}", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return handler;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_exited.Task.IsCompleted)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill: nothing left to stop.
            }

            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Echo(TextWriter console, string prefix, string? line)
    {
        if (line is not null)
        {
            console.WriteLine(prefix + line);
        }
    }
}
