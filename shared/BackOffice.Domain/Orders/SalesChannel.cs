namespace BackOffice.Domain.Orders;

public enum SalesChannel
{
    Hub,
    Shopify,
    Vtex,
}
