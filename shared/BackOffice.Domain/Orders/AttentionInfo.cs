namespace BackOffice.Domain.Orders;

/// <param name="ResumeTo">Where the order goes back to once a person has fixed the cause.</param>
/// <param name="Step">The step that could not go on (a message type), when a step stopped the order.</param>
public sealed record AttentionInfo(string Reason, OrderStatus ResumeTo, string? Step = null);
