namespace BackOffice.Domain.Orders;

/// <param name="ResumeTo">Where the order goes back to once a person has fixed the cause.</param>
public sealed record AttentionInfo(string Reason, OrderStatus ResumeTo);
