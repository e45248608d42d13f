using Microsoft.Playwright;

namespace BackOffice.BrowserTests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (its own browser download does not work here; test.sh installs the
/// chromium package when it is missing). One browser for the test class, one page per test.
/// </summary>
public sealed class OpsBrowser : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
                $"No Chromium at {string.Join(", ", Candidates)}: install Debian's chromium package (test.sh does) or set CHROMIUM_PATH.");

    /// <summary>Screenshots go to .run/screenshots at the repository root, one per test.</summary>
    public static string ScreenshotPath(string test)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackOffice.sln")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, ".run", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, test + ".png");
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    public async Task<IPage> OpenAsync(string fragment = "")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(15_000);
        await page.GotoAsync(new Uri(IntegrationTests.Support.Stack.AppUrl, "/api/ops" + fragment).ToString());
        return page;
    }
}
