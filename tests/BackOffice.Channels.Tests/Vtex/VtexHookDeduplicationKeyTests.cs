using BackOffice.Application.Intake;
using BackOffice.Channels.Tests.Support;
using BackOffice.Channels.Vtex;

namespace BackOffice.Channels.Tests.Vtex;

public sealed class VtexHookDeduplicationKeyTests
{
    private static readonly DateTimeOffset LastChange = new DateTimeOffset(2026, 11, 23, 14, 58, 11, TimeSpan.Zero).AddTicks(2550122);

    [Fact]
    public void For_WhenNotification_JoinsOrderStateAndLastChange()
    {
        var hook = VtexHookPayload.Parse(Samples.Bytes(VtexSamples.Hook), new ValidationErrors())!;

        Assert.Equal("1468292613054-01:ready-for-handling:20261123T1458112550122Z", VtexHookDeduplicationKey.For(hook));
    }

    [Fact]
    public void For_WhenTheSameNotificationIsRetried_IsTheSameKey()
    {
        var first = VtexHookPayload.Parse(Samples.Bytes(VtexSamples.Hook), new ValidationErrors())!;
        var retry = VtexHookPayload.Parse(Samples.Bytes(Samples.Edit(VtexSamples.Hook, hook => hook["CurrentChange"] = "2026-11-23T15:10:00Z")), new ValidationErrors())!;

        Assert.Equal(VtexHookDeduplicationKey.For(first), VtexHookDeduplicationKey.For(retry));
    }

    [Fact]
    public void For_WhenTheSameInstantComesInAnotherOffset_IsTheSameKey() =>
        Assert.Equal(
            VtexHookDeduplicationKey.For("1468292613054-01", "invoiced", LastChange),
            VtexHookDeduplicationKey.For("1468292613054-01", "invoiced", LastChange.ToOffset(TimeSpan.FromHours(-3))));

    [Fact]
    public void For_WhenStateOrLastChangeDiffers_IsAnotherKey()
    {
        var key = VtexHookDeduplicationKey.For("1468292613054-01", "ready-for-handling", LastChange);

        Assert.NotEqual(key, VtexHookDeduplicationKey.For("1468292613054-01", "handling", LastChange));
        Assert.NotEqual(key, VtexHookDeduplicationKey.For("1468292613054-01", "ready-for-handling", LastChange.AddTicks(1)));
        Assert.NotEqual(key, VtexHookDeduplicationKey.For("1468292613055-01", "ready-for-handling", LastChange));
    }

    [Fact]
    public void For_Always_IsUsableAsADeliveryId()
    {
        var key = VtexHookDeduplicationKey.For("v1468292613054LUX-01", "payment-pending", LastChange);

        Assert.Equal(key, DeliveryIds.From(key, []));
    }
}
