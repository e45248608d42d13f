using BackOffice.Application.Intake;
using BackOffice.Channels.Tests.Support;
using BackOffice.Channels.Vtex;

namespace BackOffice.Channels.Tests.Vtex;

internal static class VtexSamples
{
    /// <summary>Shaped after VTEX's documented "Get order" response: BRL, PIX (instantPayment), masked e-mail, CPF.</summary>
    public static string PixOrder => Samples.Read("Vtex", "order-pix.json");

    public static string Hook => Samples.Read("Vtex", "hook-ready-for-handling.json");

    public static string Ping => Samples.Read("Vtex", "hook-ping.json");

    public static VtexOrder Parse(string json)
    {
        var errors = new ValidationErrors();
        var order = VtexOrder.Parse(Samples.Bytes(json), errors);
        ErrorsAssert.None(errors);
        return order!;
    }

    public static MappedOrder MapValid(string json)
    {
        var errors = new ValidationErrors();
        var mapped = VtexOrderMapper.Map(Parse(json), errors);
        ErrorsAssert.None(errors);
        return mapped!;
    }

    public static ValidationErrors MapInvalid(string json)
    {
        var errors = new ValidationErrors();
        Assert.Null(VtexOrderMapper.Map(Parse(json), errors));
        return errors;
    }
}
