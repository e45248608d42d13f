using BackOffice.Application.Intake;

namespace BackOffice.Channels.Tests.Support;

public static class ErrorsAssert
{
    /// <summary>Asserts that <paramref name="errors"/> has a problem at each path, and returns the messages at the first.</summary>
    public static string[] HasPaths(ValidationErrors errors, params string[] paths)
    {
        var all = errors.ToDictionary();
        foreach (var path in paths)
        {
            Assert.True(all.ContainsKey(path), $"No error at '{path}'. Errors: {string.Join("; ", all.Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}"))}");
        }

        return all[paths[0]];
    }

    public static void None(ValidationErrors errors) =>
        Assert.False(errors.Any, string.Join("; ", errors.ToDictionary().Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}")));
}
