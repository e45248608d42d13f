using BackOffice.Domain.Orders;

namespace BackOffice.Application.Processing.Outcomes;

/// <summary>A change to apply to the freshly read order; returns false when the order already reflects it.</summary>
public delegate bool OrderChange(Order order);
