using BackOffice.Functions.Hosting.Telemetry;

namespace BackOffice.Functions.Tests.Telemetry;

public sealed class TelemetryAuthenticationTests
{
    [Theory]
    [InlineData("ClientId=6f1c8a52-0000-0000-0000-000000000001;Authorization=AAD")]
    [InlineData("Authorization=AAD")]
    [InlineData(" authorization = aad ; ClientId = x ")]
    public void CredentialFrom_WhenTheSettingAsksForEntraId_GivesTheExporterACredential(string setting) =>
        Assert.NotNull(TelemetryAuthentication.CredentialFrom(setting));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ClientId=x")]
    [InlineData("Authorization=None")]
    public void CredentialFrom_WhenTheSettingDoesNotAskForEntraId_GivesNone(string? setting) =>
        Assert.Null(TelemetryAuthentication.CredentialFrom(setting));
}
