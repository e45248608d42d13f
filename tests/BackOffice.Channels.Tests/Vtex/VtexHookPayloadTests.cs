using BackOffice.Application.Intake;
using BackOffice.Channels.Tests.Support;
using BackOffice.Channels.Vtex;

namespace BackOffice.Channels.Tests.Vtex;

public sealed class VtexHookPayloadTests
{
    [Fact]
    public void Parse_WhenPing_IsAValidPing()
    {
        var errors = new ValidationErrors();

        var hook = VtexHookPayload.Parse(Samples.Bytes(VtexSamples.Ping), errors);

        ErrorsAssert.None(errors);
        Assert.True(hook!.IsPing);
        Assert.Null(VtexHookDeduplicationKey.For(hook));
    }

    [Fact]
    public void Parse_WhenNotification_ReadsEveryField()
    {
        var errors = new ValidationErrors();

        var hook = VtexHookPayload.Parse(Samples.Bytes(VtexSamples.Hook), errors);

        ErrorsAssert.None(errors);
        Assert.False(hook!.IsPing);
        Assert.Equal(("Fulfillment", "1468292613054-01", "ready-for-handling", "window-to-cancel"), (hook.Domain, hook.OrderId, hook.State, hook.LastState));
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 14, 58, 11, TimeSpan.Zero).AddTicks(2550122), hook.LastChange);
        Assert.Equal(new VtexHookOrigin("lojaexemplo", "vtexappkey-lojaexemplo-ABCDEF"), hook.Origin);
    }

    [Fact]
    public void Parse_WhenKeysAreCamelCase_ReadsThemToo()
    {
        var errors = new ValidationErrors();

        var hook = VtexHookPayload.Parse(Samples.Bytes("{\"orderId\":\"1-01\",\"state\":\"invoiced\",\"lastChange\":\"2026-11-23T15:00:00Z\"}"), errors);

        ErrorsAssert.None(errors);
        Assert.Equal(("1-01", "invoiced"), (hook!.OrderId, hook.State));
    }

    [Fact]
    public void Parse_WhenNotificationLacksItsKeyParts_ReportsEachPath()
    {
        var errors = new ValidationErrors();

        Assert.Null(VtexHookPayload.Parse(Samples.Bytes("{\"Domain\":\"Fulfillment\",\"State\":\"ready for handling\"}"), errors));
        ErrorsAssert.HasPaths(errors, "OrderId", "State", "LastChange");
    }

    [Theory]
    [InlineData("{\"OrderId\": ", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"OrderId\":\"1-01\",\"State\":\"invoiced\",\"LastChange\":\"not a date\"}", "LastChange")]
    [InlineData("{\"OrderId\":\"1/01\",\"State\":\"invoiced\",\"LastChange\":\"2026-11-23T15:00:00Z\"}", "OrderId")]
    public void Parse_WhenBodyIsWrong_ReportsWhereInsteadOfThrowing(string body, string path)
    {
        var errors = new ValidationErrors();

        Assert.Null(VtexHookPayload.Parse(Samples.Bytes(body), errors));
        ErrorsAssert.HasPaths(errors, path);
    }
}
