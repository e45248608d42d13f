namespace BackOffice.Application.Intake;

/// <param name="Repeated">True when this delivery, or another delivery of the same order, was already stored.</param>
public sealed record IntakeResult(string OrderId, bool Repeated);
