using BackOffice.LocalHost.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace BackOffice.LocalHost.Tests.Hosting;

public sealed class FunctionsHostBuilderTests
{
    [Fact]
    public async Task BuilderOptions_WhenTheAppIsBuilt_NoConfigurationFileIsWatched()
    {
        await using var app = WebApplication.CreateSlimBuilder(FunctionsHost.BuilderOptions()).Build();

        var files = ((IConfigurationRoot)app.Configuration).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, file.Source.Path));
    }
}
