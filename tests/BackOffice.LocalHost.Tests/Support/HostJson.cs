namespace BackOffice.LocalHost.Tests.Support;

/// <summary>host.json texts for tests: fast polling and short timeouts keep the suite quick.</summary>
public static class HostJson
{
    public static string Fast(int maxDequeueCount = 3, string messageEncoding = "base64", string executable = "handler", string arguments = "[]", string functionTimeout = "00:00:30", string httpMode = "enableProxyingHttpRequest") => $$"""
        {
          "version": "2.0",
          "functionTimeout": "{{functionTimeout}}",
          "customHandler": {
            "description": { "defaultExecutablePath": "{{executable}}", "workingDirectory": "", "arguments": {{arguments}} },
            "{{httpMode}}": true
          },
          "extensions": {
            "http": { "routePrefix": "api" },
            "queues": {
              "maxPollingInterval": "00:00:00.200",
              "visibilityTimeout": "00:00:00",
              "batchSize": 8,
              "newBatchThreshold": 4,
              "maxDequeueCount": {{maxDequeueCount}},
              "messageEncoding": "{{messageEncoding}}"
            }
          }
        }
        """;
}
