namespace BackOffice.Application.Messaging;

public static class OrderMessageTypes
{
    public const string OrderReceived = "OrderReceived";

    public const string PartnerCallbackReceived = "PartnerCallbackReceived";
}
