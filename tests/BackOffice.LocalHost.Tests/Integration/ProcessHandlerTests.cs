using System.Diagnostics;
using System.Net;
using BackOffice.LocalHost.Handler;
using BackOffice.LocalHost.Tests.Support;

namespace BackOffice.LocalHost.Tests.Integration;

/// <summary>The real launch path: a tiny Node.js custom handler started as a child process.</summary>
public sealed class ProcessHandlerTests : IDisposable
{
    private const string Handler = """
        const http = require('http');
        const fs = require('fs');
        fs.writeFileSync('handler.pid', String(process.pid));
        http.createServer((req, res) => {
          if (req.url === '/api/exit') { res.end('bye'); setTimeout(() => process.exit(3), 10); return; }
          res.setHeader('Content-Type', 'text/plain');
          res.end([process.env.Greeting, process.env.FUNCTIONS_WORKER_RUNTIME, process.env.AzureWebJobsScriptRoot, process.cwd(), process.argv[2]].join('|'));
        }).listen(Number(process.env.FUNCTIONS_CUSTOMHANDLER_PORT), '127.0.0.1');
        """;

    private readonly TestScriptRoot _root = new TestScriptRoot(HostJson.Fast(executable: "node", arguments: """["handler.js","arg-1"]"""))
        .WithFile("handler.js", Handler)
        .WithFunction("Echo", """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","route":"{*path}"}]}""")
        .WithSettings("""{"IsEncrypted":false,"Values":{"Greeting":"hello"}}""");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Handler_gets_port_settings_script_root_and_arguments_and_is_killed_on_dispose()
    {
        int handlerPid;
        await using (var host = await StartAsync(TimeSpan.FromSeconds(30)))
        {
            using var client = new HttpClient { BaseAddress = host.Address };
            var answer = await client.GetStringAsync("api/anything");

            Assert.Equal(string.Join('|', "hello", "custom", _root.Directory, _root.Directory, "arg-1"), answer);
            handlerPid = int.Parse(await File.ReadAllTextAsync(Path.Combine(_root.Directory, "handler.pid")), System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(Process.GetProcessById(handlerPid).HasExited);
        }

        Assert.Throws<ArgumentException>(() => Process.GetProcessById(handlerPid));
    }

    [Fact]
    public async Task Handler_exit_while_running_is_reported_and_restarted()
    {
        await using var host = await StartAsync(TimeSpan.FromSeconds(30));
        var stopped = new TaskCompletionSource<HandlerLifecycleEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.Observed += e =>
        {
            if (e.Kind == HandlerLifecycleKind.Stopped)
            {
                stopped.TrySetResult(e);
            }
        };
        using var client = new HttpClient { BaseAddress = host.Address };

        using var response = await client.GetAsync("api/exit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exit = await stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((3, HandlerStopDecision.RestartHandler), (exit.ExitCode, exit.Decision));
    }

    [Fact]
    public async Task Handler_that_exits_at_startup_fails_the_start()
    {
        _root.WithFile("handler.js", "process.exit(4);");

        var error = await Assert.ThrowsAsync<HandlerStartupException>(() => StartAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains("exited with code 4", error.Message);
    }

    [Fact]
    public async Task Handler_that_never_listens_times_out()
    {
        _root.WithFile("handler.js", "setInterval(() => {}, 1000);");

        var error = await Assert.ThrowsAsync<HandlerStartupException>(() => StartAsync(TimeSpan.FromSeconds(1)));

        Assert.Contains("did not accept connections", error.Message);
    }

    [Fact]
    public async Task Missing_executable_fails_the_start_with_its_name()
    {
        using var root = new TestScriptRoot(HostJson.Fast(executable: "no-such-handler-binary"));

        var error = await Assert.ThrowsAsync<HandlerStartupException>(
            () => TestHost.StartAsync(root.Load(), new ProcessHandlerLauncher(TextWriter.Null, TimeSpan.FromSeconds(5))));

        Assert.Contains("no-such-handler-binary", error.Message);
    }

    private Task<BackOffice.LocalHost.Hosting.FunctionsHost> StartAsync(TimeSpan startupTimeout) =>
        TestHost.StartAsync(_root.Load(), new ProcessHandlerLauncher(TextWriter.Null, startupTimeout));
}
