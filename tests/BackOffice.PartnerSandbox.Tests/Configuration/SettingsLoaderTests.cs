using System.Collections;
using BackOffice.PartnerSandbox.Configuration;

namespace BackOffice.PartnerSandbox.Tests.Configuration;

public sealed class SettingsLoaderTests
{
    [Fact]
    public void Reads_local_settings_values_and_lets_the_environment_win()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                { "IsEncrypted": false, "Values": {
                  "Sandbox__HubBaseUrl": "http://127.0.0.1:7999",
                  "Sandbox__CallbackDelayMs": "250",
                  "MelhorEnvio__WebhookSecret": "from-file",
                  "Pagarme__WebhookUser": "file-user" } }
                """);
            var environment = new Hashtable { ["ClearSale__CallbackToken"] = "env-token", ["Sandbox__NfeDelayMs"] = "5" };

            var settings = SettingsLoader.Load(file, environment);

            Assert.Equal(new Uri("http://127.0.0.1:7999/"), settings.HubBaseUrl);
            Assert.Equal(TimeSpan.FromMilliseconds(250), settings.CallbackDelay);
            Assert.Equal(TimeSpan.FromMilliseconds(250), settings.RiskDelay);
            Assert.Equal(TimeSpan.FromMilliseconds(5), settings.NfeDelay);
            Assert.Equal("from-file", settings.MelhorEnvioWebhookSecret);
            Assert.Equal("env-token", settings.ClearSaleCallbackToken);
            Assert.Equal(7080, settings.Port);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Bad_values_and_arguments_are_reported()
    {
        Assert.Throws<SettingsException>(() => SettingsLoader.Load(null, new Hashtable { ["Sandbox__Port"] = "x" }));
        Assert.Throws<SettingsException>(() => SettingsLoader.Load("/nonexistent/local.settings.json", new Hashtable()));
        Assert.Throws<SettingsException>(() => CommandLine.Parse(["--bogus", "1"]));
        Assert.Equal(new CommandLine("a.json", 7090), CommandLine.Parse(["--settings", "a.json", "--port", "7090"]));
    }
}
