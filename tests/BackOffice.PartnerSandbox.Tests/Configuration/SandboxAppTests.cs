using BackOffice.PartnerSandbox.Configuration;
using BackOffice.PartnerSandbox.Hosting;
using Microsoft.Extensions.Configuration;

namespace BackOffice.PartnerSandbox.Tests.Configuration;

public sealed class SandboxAppTests
{
    [Fact]
    public async Task Create_WhenTheAppIsBuilt_NoConfigurationFileIsWatched()
    {
        await using var app = SandboxApp.Create(new SandboxSettings { Port = 0 });

        var files = ((IConfigurationRoot)app.Configuration).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, file.Source.Path));
    }
}
