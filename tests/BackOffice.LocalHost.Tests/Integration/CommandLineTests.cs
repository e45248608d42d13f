using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Integration;

/// <summary>The BackOffice.LocalHost executable as the wrapping script runs it: exit codes and signals.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Handler = """
        require('fs').writeFileSync('handler.pid', String(process.pid));
        require('http').createServer((req, res) => {
          if (req.url === '/api/exit') { res.end('bye'); setTimeout(() => process.exit(5), 10); return; }
          res.end('ok');
        }).listen(Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT), '127.0.0.1');
        """;

    private readonly TestScriptRoot _root = new TestScriptRoot(HostJson.Fast(executable: "node", arguments: """["handler.js"]"""))
        .WithFile("handler.js", Handler)
        .WithFunction("Echo", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","route":"{*path}"}]}""");

    // Pid and start time of every host started: a test disposes its Process object, the host may still run.
    private readonly List<(int Pid, DateTime StartedAt)> _started = [];

    /// <summary>A host a test left running (a failed assertion, or a test that ends with it up) goes with its handler.</summary>
    public void Dispose()
    {
        foreach (var (pid, startedAt) in _started)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                if (process.StartTime == startedAt && !process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            catch (Exception gone) when (gone is ArgumentException or InvalidOperationException)
            {
                // It exited already.
            }
        }

        _root.Dispose();
    }

    [Fact]
    public async Task Unsupported_trigger_refuses_to_start_naming_function_and_type()
    {
        _root.WithFunction("Consume", """{"bindings":[{"type":"eventHubTrigger","direction":"in","name":"m","eventHubName":"q","connection":"Eh"}]}""");
        using var host = Start("--script-root", _root.Directory);

        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, host.ExitCode);
        var error = await host.StandardError.ReadToEndAsync();
        Assert.Contains("'Consume'", error);
        Assert.Contains("eventHubTrigger", error);
    }

    [Fact]
    public async Task Sigterm_stops_the_host_and_the_handler()
    {
        var port = FreePort();
        using var host = Start("--script-root", _root.Directory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await WaitForListeningAsync(host, port);
        var handlerPid = int.Parse(await ReadHandlerPidAsync(), System.Globalization.CultureInfo.InvariantCulture);

        using (var kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, host.ExitCode);
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(handlerPid));
    }

    [Fact]
    public async Task Handler_exit_with_an_error_code_is_restarted_and_serves_again()
    {
        var port = FreePort();
        using var host = Start("--script-root", _root.Directory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await WaitForListeningAsync(host, port);
        var firstPid = await ReadHandlerPidAsync();

        using var client = new HttpClient();
        await client.GetStringAsync($"http://127.0.0.1:{port}/api/exit");

        // The host holds calls while the handler restarts, so this one is answered by the new handler.
        await Eventually.HoldsAsync(
            async () => await File.ReadAllTextAsync(Path.Combine(_root.Directory, "handler.pid")) != firstPid,
            "a new handler process starts",
            TimeSpan.FromSeconds(30));
        Assert.Equal("ok", await client.GetStringAsync($"http://127.0.0.1:{port}/api/hello"));
        Assert.False(host.HasExited);
    }

    private Process Start(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BackOffice.LocalHost.dll"));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo)!;
        _started.Add((process.Id, process.StartTime));

        // Drain stdout so the host never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    // The host listens before its handler has started: the handler writes its pid once it runs.
    private async Task<string> ReadHandlerPidAsync()
    {
        var path = Path.Combine(_root.Directory, "handler.pid");
        await Eventually.HoldsAsync(() => Task.FromResult(File.Exists(path) && new FileInfo(path).Length > 0), "the handler writes its pid", TimeSpan.FromSeconds(30));
        return await File.ReadAllTextAsync(path);
    }

    private static async Task WaitForListeningAsync(Process host, int port)
    {
        using var client = new HttpClient();
        await Eventually.HoldsAsync(
            async () =>
            {
                Assert.False(host.HasExited, "the host exited early: " + (host.HasExited ? await host.StandardError.ReadToEndAsync() : string.Empty));
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/admin/host/status");
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            },
            "the host answers its status endpoint",
            TimeSpan.FromSeconds(30));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
