namespace BackOffice.Channels.Vtex;

public static class VtexTotalIds
{
    public const string Items = "Items";
    public const string Discounts = "Discounts";
    public const string Shipping = "Shipping";
    public const string Tax = "Tax";
}
