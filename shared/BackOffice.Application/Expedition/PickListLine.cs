namespace BackOffice.Application.Expedition;

/// <summary>One SKU to pick: the quantity over the whole batch and how it splits over the orders.</summary>
public sealed record PickListLine(string Sku, string Description, int Quantity, IReadOnlyList<PickListShare> Orders)
{
    /// <summary>SKUs in order, each summed over the batch; the description is the first one met for the SKU.</summary>
    public static IReadOnlyList<PickListLine> For(IEnumerable<BatchOrder> orders) =>
    [
        .. orders
            .SelectMany(order => order.Items.Select(item => (order.OrderId, Item: item)))
            .GroupBy(entry => entry.Item.Sku, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new PickListLine(
                group.Key,
                group.First().Item.Description,
                group.Sum(entry => entry.Item.Quantity),
                [
                    .. group.GroupBy(entry => entry.OrderId, StringComparer.Ordinal)
                        .Select(perOrder => new PickListShare(perOrder.Key, perOrder.Sum(entry => entry.Item.Quantity))),
                ])),
    ];
}

public sealed record PickListShare(string OrderId, int Quantity);
