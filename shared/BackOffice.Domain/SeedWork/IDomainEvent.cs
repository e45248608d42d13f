namespace BackOffice.Domain.SeedWork;

public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
